package agent_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/blame"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
)

// oneTimeCases are the deviations around one-time recipient keys (issue
// 13, item 5; they replace TestHostileOneTimeKeys): a consumed and an unpublished key named in an open (the
// contract refuses), a recipient that publishes small-order or
// non-canonical keys (the user refuses to open, whichever role
// coordinates), an exhausted pool (refused, or with the fallback allowed a
// wrap to the registered key), a disclosure for a key the session never
// used (refused), and a coordinator that equivocates over one-time keys
// (named by verify); and forward secrecy after a failed Method 1 session.
func oneTimeCases() []harnessCase {
	var cases []harnessCase
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		cases = append(cases, harnessCase{name: "one-time/consumed-and-unpublished-keys/" + suite.String(), deviant: session.User, keys: []session.Suite{suite}, pools: true,
			play: func(r *rig) played { return consumedAndUnpublished(r, suite) }})
	}
	cases = append(cases, harnessCase{name: "one-time/malformed-hybrid-keys/miner/user-coordinates", deviant: session.Miner, keys: []session.Suite{session.Hybrid}, pools: true,
		play: func(r *rig) played {
			// The miner's hybrid pool holds only keys no honest user may
			// name: an ML-KEM-768 encapsulation key with a coefficient out
			// of range, a small-order X25519 part (the contract refuses only
			// an all-zero X25519 part).
			recv, err := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
			if err != nil {
				r.t.Fatal(err)
			}
			r.registerRaw(session.Miner, session.Hybrid, recv.PublicKey())
			badKEM := recv.PublicKey()
			badKEM[0], badKEM[1] = 0xff, 0xff
			x := lowOrder["order-8-a"]
			lowX := append(append([]byte(nil), recv.PublicKey()[:1184]...), x[:]...)
			// Two batches: the keys of a batch share their ML-KEM-768 key.
			keys := [][]byte{badKEM, lowX}
			for _, k := range keys {
				data, err := wire.PackPublishOneTimeKeys(session.Hybrid, [][]byte{k})
				if err != nil {
					r.t.Fatal(err)
				}
				r.d.sendData(r.t, session.Miner, data)
			}
			r.awaitFresh(session.Miner, session.Hybrid, len(keys))
			r.awaitFresh(session.Oracle, session.Hybrid, 1)
			err = r.openRefused(agent.OpenOptions{Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.User})
			if !errors.Is(err, agent.ErrNoOneTimeKey) || !strings.Contains(err.Error(), "miner") {
				r.t.Fatalf("the user's refusal is not for the miner's hybrid one-time keys: %v", err)
			}
			return played{none: true}
		}})
	cases = append(cases, harnessCase{name: "one-time/x25519-key-number-in-a-hybrid-open", deviant: session.User, keys: []session.Suite{session.X25519, session.Hybrid}, pools: true,
		play: func(r *rig) played {
			// The miner's X25519 pool has keys its hybrid pool does not (8
			// against 4): a hybrid open naming the miner's X25519 key 6 is
			// refused as unpublished.
			r.awaitFresh(session.Miner, session.X25519, 6)
			q := newParty(r.t, r.d, session.User)
			q.prepare(session.Coordinator, session.Hybrid, session.User)
			tq := q.prewrap()
			s := randomBytes(r.t, 32)
			w := [3][]byte{nil, q.wrapTo(tq, session.Miner, s), q.wrapTo(tq, session.Oracle, s)}
			q.oneTime[session.Miner] = 6
			q.deliverReverts(w, "SessionKeystoreOneTimeKeyNotPublished")
			return played{none: true}
		}})
	// A recipient publishes only keys no honest user may name: small-order
	// points, canonical or not, and non-canonical encodings (the contract
	// refuses only all-zero bytes). The user refuses to open rather than
	// wrap to them, whichever role coordinates, naming the recipient.
	for _, dev := range []session.Role{session.Miner, session.Oracle} {
		other := session.Miner + session.Oracle - dev
		for _, c := range []session.Role{session.User, other} {
			cases = append(cases, harnessCase{name: fmt.Sprintf("one-time/small-order-keys/%v/%v-coordinates", dev, c), deviant: dev,
				keys: []session.Suite{session.X25519}, pools: true, full: dev == session.Oracle,
				play: func(r *rig) played {
					recv, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
					if err != nil {
						r.t.Fatal(err)
					}
					r.registerRaw(dev, session.X25519, recv.PublicKey())
					var keys [][]byte
					for _, k := range lowOrder {
						keys = append(keys, k[:])
					}
					data, err := wire.PackPublishOneTimeKeys(session.X25519, keys)
					if err != nil {
						r.t.Fatal(err)
					}
					r.d.sendData(r.t, dev, data)
					r.awaitFresh(dev, session.X25519, len(keys))
					if c == session.User {
						r.awaitFresh(other, session.X25519, 1)
					}
					err = r.openRefused(agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: c})
					if !errors.Is(err, agent.ErrNoOneTimeKey) || !strings.Contains(err.Error(), dev.String()) {
						r.t.Fatalf("the user's refusal is not for the %v's one-time keys: %v", dev, err)
					}
					return played{none: true}
				}})
		}
	}
	// A recipient revoked its registered key (a compromise response, §3)
	// but its published one-time keys stay available on chain, and the
	// contract does not read the registry for an X25519 one-time key: the
	// user must refuse to open to it all the same, whichever role
	// coordinates, naming the recipient.
	for _, dev := range []session.Role{session.Miner, session.Oracle} {
		other := session.Miner + session.Oracle - dev
		for _, c := range []session.Role{session.User, other} {
			cases = append(cases, harnessCase{name: fmt.Sprintf("one-time/revoked-registered-key/%v/%v-coordinates", dev, c), deviant: dev,
				keys: []session.Suite{session.X25519}, pools: true, full: dev == session.Oracle,
				play: func(r *rig) played {
					recv, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
					if err != nil {
						r.t.Fatal(err)
					}
					r.registerRaw(dev, session.X25519, recv.PublicKey())
					one, err := skcrypto.GenerateX25519(rand.Reader)
					if err != nil {
						r.t.Fatal(err)
					}
					pub := skcrypto.PublicBytes(one)
					data, err := wire.PackPublishOneTimeKeys(session.X25519, [][]byte{pub[:]})
					if err != nil {
						r.t.Fatal(err)
					}
					r.d.sendData(r.t, dev, data)
					r.awaitFresh(dev, session.X25519, 1)
					if c == session.User {
						r.awaitFresh(other, session.X25519, 1)
					}
					r.d.sendData(r.t, dev, packed(wire.PackRevokeKey(session.X25519)))
					if len(r.freshKeys(dev, session.X25519)) != 1 {
						r.t.Fatal("the revocation withdrew the published one-time key: the case tests nothing")
					}
					err = r.openRefused(agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: c})
					if err == nil || !strings.Contains(err.Error(), dev.String()) || !strings.Contains(err.Error(), "no active") {
						r.t.Fatalf("the user's refusal is not for the %v's revoked key: %v", dev, err)
					}
					return played{none: true}
				}})
		}
	}
	// An exhausted pool: the oracle's one key is consumed. Without the
	// fallback the user refuses to open, naming the oracle; allowed to fall
	// back, it wraps to the oracle's registered key (and to the miner's
	// one-time key) and the session establishes.
	cases = append(cases, harnessCase{name: "one-time/exhausted-pool", deviant: session.Oracle, keys: []session.Suite{session.X25519}, pools: true,
		play: func(r *rig) played {
			recv, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
			if err != nil {
				r.t.Fatal(err)
			}
			r.registerRaw(session.Oracle, session.X25519, recv.PublicKey())
			one, err := skcrypto.GenerateX25519(rand.Reader)
			if err != nil {
				r.t.Fatal(err)
			}
			data, err := wire.PackPublishOneTimeKeys(session.X25519, [][]byte{one.PublicKey().Bytes()})
			if err != nil {
				r.t.Fatal(err)
			}
			r.d.sendData(r.t, session.Oracle, data)
			r.awaitFresh(session.Oracle, session.X25519, 1)
			r.awaitFresh(session.Miner, session.X25519, 1)
			// Another open (the test's, as the user) consumes it.
			q := newParty(r.t, r.d, session.User)
			q.prepare(session.Coordinator, session.X25519, session.User)
			q.oneTime[session.Oracle] = r.freshKeys(session.Oracle, session.X25519)[0]
			tq := q.prewrap()
			s := randomBytes(r.t, 32)
			q.deliver([3][]byte{nil, q.wrapTo(tq, session.Miner, s), q.wrapTo(tq, session.Oracle, s)})
			for i := 0; r.f.agents[session.User].FreshOneTimeKeys(r.d.accounts[session.Oracle], session.X25519) != 0; i++ {
				if i == 400 {
					r.t.Fatal("the user's agent never saw the oracle's key consumed")
				}
				time.Sleep(25 * time.Millisecond)
			}
			o := agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User}
			err = r.openRefused(o)
			if !errors.Is(err, agent.ErrNoOneTimeKey) || !strings.Contains(err.Error(), "oracle") || !strings.Contains(err.Error(), "-allow-registered-keys") {
				r.t.Fatalf("the user's refusal does not name the oracle and the remedy: %v", err)
			}
			p := r.recipient(session.X25519, o) // its key v2; openHonest allows the fallback
			v := r.d.view(r.t, p.id)
			if v.oneTime[session.Oracle] != 0 || v.oneTime[session.Miner] == 0 {
				r.t.Fatalf("one-time keys named: %v, want the miner's only", v.oneTime)
			}
			// status says which kind of key each wrap used.
			tl, err := timeline.Build(context.Background(), r.d.client, r.d.address, r.d.from, p.id)
			if err != nil {
				r.t.Fatal(err)
			}
			var b strings.Builder
			if err := tl.Render(&b); err != nil || !strings.Contains(b.String(), "wrap for the oracle sealed to its registered key v2") ||
				!strings.Contains(b.String(), "wrap for the miner sealed to its one-time key #") {
				r.t.Fatalf("status (%v):\n%s", err, b.String())
			}
			k := p.keyFrom(p.unwrap())
			p.attest(k.Attestation())
			return played{id: p.id, key: k, want: established()}
		}})
	// A disclosure for a key the session never used: the oracle (the
	// test) was wrapped to with its registered key in a session that then
	// failed, and discloses anyway; the contract refuses.
	cases = append(cases, harnessCase{name: "one-time/disclosure-of-an-unused-key", deviant: session.Oracle, keys: []session.Suite{session.X25519}, pools: true,
		play: func(r *rig) played {
			r.awaitFresh(session.Miner, session.X25519, 1)
			p := r.recipient(session.X25519, agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User})
			p.attest(junk("not the key"))
			v := r.d.await(r.t, p.id, "failed", func(v *view) bool { return v.failed != nil })
			if v.oneTime[session.Oracle] != 0 {
				r.t.Fatal("the oracle's wrap used a one-time key")
			}
			r.d.reverts(r.t, r.d.keys[session.Oracle], packed(harnessABI.TryPackDiscloseOneTimeKey(p.id, func(b [32]byte) []byte { return b[:] }(junk("a scalar of no used key")))), "SessionKeystoreNothingToDisclose")
			k := p.keyFrom(p.unwrap())
			return played{id: p.id, key: k, want: mismatch(session.Oracle.Bit())}
		}})
	// A user coordinator that equivocates over one-time keys: different
	// secrets to the miner and the oracle, attesting the miner's. The
	// contract names the honest oracle; once the recipients disclosed their
	// one-time scalars, verify names the user.
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		cases = append(cases, harnessCase{name: "one-time/equivocation/user/" + suite.String(), deviant: session.User, keys: []session.Suite{suite}, pools: true,
			play: func(r *rig) played { return equivocation(r, suite) }})
	}
	// Forward secrecy after a failure (issue 13, item 4): a Method 1
	// session is established and closed; then the miner publishes a wrong
	// partial in another, which fails, and the honest user and oracle
	// disclose their ephemeral scalars for blame. Neither the disclosures
	// nor the stores hold the closed session's K or a scalar of its
	// ephemeral keys.
	cases = append(cases, harnessCase{name: "one-time/forward-secrecy/failed-combined", deviant: session.Miner,
		play: func(r *rig) played {
			ctx := context.Background()
			r.serve.Store(true)
			h := openWhenReady(r.t, r.f.agents[session.User], agent.OpenOptions{Miner: r.d.accounts[session.Miner], Oracle: r.d.accounts[session.Oracle],
				Method: session.Combined, Suite: session.X25519, PhaseTimeout: r.d.timeout})
			res := r.out.wait(r.t, h.ID(), harnessWait)
			if res[session.User].Phase != session.Established {
				r.t.Fatalf("the honest session: %+v", res[session.User])
			}
			k := res[session.User].Key.Clone()
			if err := r.f.agents[session.User].CloseSession(ctx, h.ID()); err != nil {
				r.t.Fatal(err)
			}
			for _, role := range session.Roles {
				waitGone(r.t, sessionFile(r.dirs[role], h.ID()))
			}
			r.serve.Store(false)
			closed := r.d.view(r.t, h.ID())

			p := r.combined(nil)
			p.honestThrough(protocol.StepReveal)
			p.publish(junk("a wrong partial"))
			v := r.d.poll(r.t, p.id, "the honest disclosures", false, func(v *view) bool {
				_, u := v.disclosed[session.User]
				_, o := v.disclosed[session.Oracle]
				return u && o
			})
			if got := traces(r.t, r.dirs, k.Bytes()); len(got) != 0 {
				r.t.Fatalf("the closed session's key is stored: %v", got)
			}
			for role, d := range v.disclosed {
				x, err := skcrypto.ParseX25519Private(d[:])
				if err != nil {
					continue
				}
				for _, e := range closed.reveals {
					if skcrypto.PublicBytes(x) == e {
						r.t.Fatalf("the %v's disclosure is a scalar of the closed session", role)
					}
				}
			}
			for _, st := range storedSecrets(r.t, r.dirs) {
				if x, err := skcrypto.ParseX25519Private(st[:32]); err == nil {
					for _, e := range closed.reveals {
						if skcrypto.PublicBytes(x) == e {
							r.t.Fatal("a store keeps a scalar of the closed session")
						}
					}
				}
			}
			return played{id: p.id, free: session.User.Bit(), want: failedBy(session.InvalidPartial, session.Miner, session.Oracle.Bit())}
		}})
	return cases
}

// equivocation: the test's user coordinates a session of suite on
// one-time keys and equivocates, different secrets to the miner and the
// oracle, attesting the miner's. The contract names the honest oracle;
// once the recipients disclosed their one-time secrets (the hybrid seed in
// the hybrid suite), verify names the user.
func equivocation(r *rig, suite session.Suite) played {
	p := r.userOnOneTimeKeys(suite)
	s1, s2 := randomBytes(r.t, 32), randomBytes(r.t, 32)
	tr := p.prewrap()
	p.deliver([3][]byte{nil, p.wrapTo(tr, session.Miner, s1), p.wrapTo(tr, session.Oracle, s2)})
	pl := played{id: p.id, want: mismatch(session.Oracle.Bit())}
	pl.keys[session.Miner], pl.keys[session.Oracle] = p.keyFrom(s1), p.keyFrom(s2)
	p.attest(pl.keys[session.Miner].Attestation())
	rep := r.blame(p.id)
	var b strings.Builder
	rep.WriteTo(&b)
	if rep.Liars != session.User.Bit() || !strings.Contains(b.String(), "it equivocated") {
		r.t.Fatalf("verify does not name the user alone, as an equivocator:\n%s", b.String())
	}
	return pl
}

// consumedAndUnpublished: an honest session of suite by the test's user on
// one-time keys; then opens naming its consumed miner key, and a key the
// miner never published, are refused by the contract.
func consumedAndUnpublished(r *rig, suite session.Suite) played {
	// An honest session by the test's user, on one-time keys.
	p := r.userOnOneTimeKeys(suite)
	s := randomBytes(r.t, 32)
	tr := p.prewrap()
	p.deliver([3][]byte{nil, p.wrapTo(tr, session.Miner, s), p.wrapTo(tr, session.Oracle, s)})
	k := p.keyFrom(s)
	p.attest(k.Attestation())
	// The next open names its consumed miner key, then a key the
	// miner never published.
	for _, c := range []struct {
		key  uint32
		want string
	}{{p.oneTime[session.Miner], "SessionKeystoreOneTimeKeyUsed"}, {1 << 20, "SessionKeystoreOneTimeKeyNotPublished"}} {
		q := newParty(r.t, r.d, session.User)
		q.prepare(session.Coordinator, suite, session.User)
		q.oneTime = p.oneTime
		q.oneTime[session.Oracle] = 0
		tq := q.prewrap()
		w := [3][]byte{nil, q.wrapTo(tq, session.Miner, s), q.wrapTo(tq, session.Oracle, s)}
		q.oneTime[session.Miner] = c.key
		q.deliverReverts(w, c.want)
	}
	return played{id: p.id, key: k, want: established()}
}

// userOnOneTimeKeys prepares the test's user's Method 2 session of suite
// (the user coordinating) naming each recipient's lowest fresh one-time
// key of that suite.
func (r *rig) userOnOneTimeKeys(suite session.Suite) *party {
	r.t.Helper()
	p := newParty(r.t, r.d, session.User)
	p.prepare(session.Coordinator, suite, session.User)
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		r.awaitFresh(role, suite, 1)
		p.oneTime[role] = r.freshKeys(role, suite)[0]
	}
	return p
}

// freshKeys are the published one-time keys of role's pool of suite that
// no session consumed, lowest first, as the contract says.
func (r *rig) freshKeys(role session.Role, suite session.Suite) []uint32 {
	r.t.Helper()
	acct := r.d.accounts[role]
	var fresh []uint32
	for _, n := range r.d.oneTimeKeys(r.t, acct, suite) {
		out, err := r.d.client.CallContract(context.Background(), ethereum.CallMsg{To: &r.d.address, Data: harnessABI.PackIsOneTimeKeyAvailable(acct, uint8(suite), n)}, nil)
		if err != nil {
			r.t.Fatal(err)
		}
		if ok, err := harnessABI.UnpackIsOneTimeKeyAvailable(out); err != nil {
			r.t.Fatal(err)
		} else if ok {
			fresh = append(fresh, n)
		}
	}
	return fresh
}

// awaitFresh waits until the honest user's agent counts at least n fresh
// one-time keys of role's pool of suite.
func (r *rig) awaitFresh(role session.Role, suite session.Suite, n int) {
	r.t.Helper()
	for i := 0; r.f.agents[session.User].FreshOneTimeKeys(r.d.accounts[role], suite) < n; i++ {
		if i == 400 {
			r.t.Fatalf("the user's agent never saw %d fresh one-time keys of the %v", n, role)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// blame waits until verify's verdict on failed session id is final and
// waits for no disclosure (a liar may be proven before every honest
// recipient disclosed), and returns it.
func (r *rig) blame(id session.ID) *blame.Report {
	r.t.Helper()
	for range 400 {
		e, err := blame.Fetch(context.Background(), r.d.client, r.d.address, r.d.from, id)
		if err != nil {
			r.t.Fatal(err)
		}
		if rep := blame.Assess(e); e.Phase == session.Failed && rep.Final() && rep.Pending == 0 {
			return rep
		}
		time.Sleep(25 * time.Millisecond)
	}
	r.t.Fatalf("no final verdict on session %v", id)
	return nil
}

// oneTimeKeys lists the numbers of every one-time key of suite acct
// published.
func (d *deck) oneTimeKeys(t *testing.T, acct common.Address, suite session.Suite) []uint32 {
	t.Helper()
	var out []uint32
	for _, b := range d.batches(t, acct, suite) {
		for i := range b.Keys {
			out = append(out, b.FirstKey+uint32(i))
		}
	}
	return out
}

// oneTimeKey returns one-time key n of acct's pool of suite.
func (d *deck) oneTimeKey(t *testing.T, acct common.Address, suite session.Suite, n uint32) []byte {
	t.Helper()
	for _, b := range d.batches(t, acct, suite) {
		if n >= b.FirstKey && n-b.FirstKey < uint32(len(b.Keys)) {
			return b.Keys[n-b.FirstKey]
		}
	}
	t.Fatalf("%s: %v one-time key %d of %s was never published", d.name, suite, n, acct.Hex())
	return nil
}

// batches reads acct's OneTimeKeysPublished events of suite.
func (d *deck) batches(t *testing.T, acct common.Address, suite session.Suite) []wire.OneTimeKeysPublished {
	t.Helper()
	logs, err := d.client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.from), Addresses: []common.Address{d.address},
		Topics: [][]common.Hash{{harnessABI.GetABI().Events["OneTimeKeysPublished"].ID}, {common.BytesToHash(acct.Bytes())}, {common.BigToHash(big.NewInt(int64(suite)))}}})
	if err != nil {
		t.Fatal(err)
	}
	dec := wire.NewDecoder(d.chainID, d.address)
	var out []wire.OneTimeKeysPublished
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev.(wire.OneTimeKeysPublished))
	}
	return out
}

// wrapKey is the key recipient r's wrap is sealed to: its registered key,
// or its one-time key n of the session's suite.
func (d *deck) wrapKey(t *testing.T, p session.Params, r session.Role, registered []byte, n uint32) []byte {
	t.Helper()
	if n == 0 {
		return registered
	}
	return d.oneTimeKey(t, p.Account(r), p.Suite, n)
}
