package protocol

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// TestOneTimeKeysEveryCoordinator: with one-time keys named in open, every
// Method 2 configuration establishes one key for all three, each
// recipient's wrap opens with its one-time recipient key and not with its
// registered key, and every machine records the same key numbers.
func TestOneTimeKeysEveryCoordinator(t *testing.T) {
	for _, c := range configs() {
		if c.method != session.Coordinator {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 31337, c.method, c.suite, c.coord, "one-time/"+c.name)
			w.useOneTimeKeys(c.name)
			w.start()
			w.run()
			if len(w.rejected) != 0 {
				t.Fatalf("chain rejected calls: %v", w.rejected)
			}
			var key *skcrypto.SessionKey
			for _, r := range session.Roles {
				o := w.outcomes[r]
				if o == nil || o.Phase != session.Established || o.Key == nil {
					t.Fatalf("%v: outcome %+v", r, o)
				}
				if key == nil {
					key = o.Key
				} else if !key.Equal(o.Key) {
					t.Fatalf("%v derived a different key", r)
				}
				var want [3]uint32
				for _, x := range []session.Role{session.Miner, session.Oracle} {
					if x != c.coord {
						want[x] = oneTimeNumber(x)
					}
				}
				if got := w.machines[r].OneTimeKeys(); got != want {
					t.Errorf("%v recorded one-time keys %v, want %v", r, got, want)
				}
			}
			info := w.machines[session.User].transcript().PrewrapHash()
			for _, ev := range w.log {
				kw, ok := ev.(KeyWrapped)
				if !ok || kw.Recipient == session.User {
					continue
				}
				if _, err := w.regKeys[kw.Recipient].Unwrap(skcrypto.WrapInfo(info, kw.Recipient), kw.Wrapped); !errors.Is(err, skcrypto.ErrWrap) {
					t.Errorf("the %v's registered key opened its one-time wrap: %v", kw.Recipient, err)
				}
				if _, err := w.oneTime[kw.Recipient].Unwrap(skcrypto.WrapInfo(info, kw.Recipient), kw.Wrapped); err != nil {
					t.Errorf("the %v's one-time key does not open its wrap: %v", kw.Recipient, err)
				}
			}
		})
	}
}

// TestOneTimeKeysRefusedBeforeOpening: the user refuses, before sending
// anything, a one-time key that is missing or of the wrong length, one
// whose X25519 part is of small order, a hybrid one whose ML-KEM-768
// encapsulation key is malformed, and a one-time key for the coordinator
// or in Method 1.
func TestOneTimeKeysRefusedBeforeOpening(t *testing.T) {
	for _, c := range configs() {
		if c.method != session.Coordinator {
			continue
		}
		w := newWorld(t, 31337, c.method, c.suite, c.coord, "low-order/"+c.name)
		req := OpenRequest{Params: w.params, PhaseTimeout: 60}
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			req.RegisteredKeys[r], req.KeyVersions[r] = w.regKeys[r].PublicKey(), 1
		}
		if c.coord == session.Miner || c.coord == session.Oracle {
			req.KeyVersions[c.coord], req.RegisteredKeys[c.coord] = 0, nil
		}
		victim := session.Oracle
		if c.coord == session.Oracle {
			victim = session.Miner
		}
		req.OneTimeKeys[victim] = 3 // OneTimePublic left empty
		if _, _, err := Open(w.cfgs[session.User], req); err == nil || !errors.Is(err, skcrypto.ErrPublicKey) {
			t.Errorf("%s: a missing one-time key was accepted: %v", c.name, err)
		}
		good := mustKey(t, c.suite).PublicKey()
		req.OneTimePublic[victim] = good
		if _, _, err := Open(w.cfgs[session.User], req); err != nil {
			t.Fatalf("%s: a good one-time key was refused: %v", c.name, err)
		}
		req.OneTimePublic[victim] = good[1:]
		if _, _, err := Open(w.cfgs[session.User], req); err == nil || !errors.Is(err, skcrypto.ErrPublicKey) {
			t.Errorf("%s: a short one-time key was accepted: %v", c.name, err)
		}
		for _, x := range [][]byte{make([]byte, 32), append([]byte{1}, make([]byte, 31)...)} { // orders 4 and 1
			bad := append(append([]byte(nil), good[:len(good)-32]...), x...)
			req.OneTimePublic[victim] = bad
			if _, _, err := Open(w.cfgs[session.User], req); err == nil || !errors.Is(err, skcrypto.ErrPublicKey) {
				t.Errorf("%s: a small-order one-time key was accepted: %v", c.name, err)
			}
		}
		if c.suite == session.Hybrid {
			bad := append([]byte(nil), good...)
			bad[0], bad[1] = 0xff, 0xff // a coefficient of 4095 >= q
			req.OneTimePublic[victim] = bad
			if _, _, err := Open(w.cfgs[session.User], req); err == nil || !errors.Is(err, skcrypto.ErrPublicKey) {
				t.Errorf("%s: a malformed ML-KEM key was accepted: %v", c.name, err)
			}
		}
		if c.coord != session.User {
			req.OneTimeKeys[victim], req.OneTimeKeys[c.coord] = 0, 4
			req.OneTimePublic[c.coord] = good
			if _, _, err := Open(w.cfgs[session.User], req); err == nil || !strings.Contains(err.Error(), "coordinating") {
				t.Errorf("%s: a one-time key for the coordinator was accepted: %v", c.name, err)
			}
		}
	}
	w := newWorld(t, 31337, session.Combined, session.X25519, session.User, "one-time/m1")
	req := OpenRequest{Params: w.params, PhaseTimeout: 60}
	req.OneTimeKeys[session.Miner] = 1
	if _, _, err := Open(w.cfgs[session.User], req); err == nil {
		t.Error("a one-time key in Method 1 was accepted")
	}
}

// TestOneTimeKeysUsedChecked: a machine refuses OneTimeKeysUsed that
// differs from the open the user sent, a wrap before the one-time keys
// were named, and a one-time key for which a recipient lacks the private
// half.
func TestOneTimeKeysUsedChecked(t *testing.T) {
	w := newWorld(t, 31337, session.Coordinator, session.X25519, session.User, "checked")
	w.useOneTimeKeys("checked")
	w.start()
	open := w.queue[0].call.(OpenCall)
	events, err := w.chain.apply(session.User, open)
	if err != nil {
		t.Fatal(err)
	}
	op, used := events[0].(Opened), events[1].(OneTimeKeysUsed)
	wrap := events[2].(KeyWrapped)
	for _, r := range session.Roles {
		if _, err := w.machines[r].Consume(op); err != nil {
			t.Fatalf("%v: Opened: %v", r, err)
		}
	}
	// A wrap before OneTimeKeysUsed: the recipients' keys are not known.
	if _, err := w.machines[session.Miner].Consume(wrap); !errors.Is(err, ErrMalformed) {
		t.Errorf("KeyWrapped before OneTimeKeysUsed: %v", err)
	}
	// The user's machine checks the numbers against its own open call.
	bad := w.oneTimeEvent(used, session.User)
	bad.Keys[session.Oracle]++
	if _, err := w.machines[session.User].Consume(bad); !errors.Is(err, ErrMalformed) {
		t.Errorf("user: OneTimeKeysUsed with another number: %v", err)
	}
	// A recipient without the private half is not served.
	noOwn := w.oneTimeEvent(used, session.Miner)
	noOwn.Own = nil
	if _, err := w.machines[session.Miner].Consume(noOwn); !errors.Is(err, ErrNotServed) {
		t.Errorf("miner without its one-time key: %v", err)
	}
	// A recipient named without a one-time key and without a registered one.
	none := w.oneTimeEvent(used, session.Oracle)
	none.Keys[session.Miner] = 0
	if _, err := w.machines[session.Oracle].Consume(none); !errors.Is(err, ErrMalformed) {
		t.Errorf("oracle: a recipient with no key at all: %v", err)
	}
	for _, r := range session.Roles {
		if _, err := w.machines[r].Consume(w.oneTimeEvent(used, r)); err != nil {
			t.Fatalf("%v: the genuine OneTimeKeysUsed after the refused ones: %v", r, err)
		}
	}
}

func mustKey(t *testing.T, s session.Suite) *skcrypto.RecipientKey {
	t.Helper()
	k, err := skcrypto.GenerateRecipientKey(s, &detRand{seed: "x"})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestOneTimeKeysDisclosedAfterFailure: when a Method 2 session fails
// (here the oracle attests garbage), each honest recipient discloses the
// secret of its one-time key (the user: of its per-session key), the
// X25519 scalar or the hybrid seed, and then forgets it; the coordinator
// discloses nothing.
func TestOneTimeKeysDisclosedAfterFailure(t *testing.T) {
	for _, c := range configs() {
		if c.method != session.Coordinator {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 31337, c.method, c.suite, c.coord, "disclose/"+c.name)
			w.useOneTimeKeys(c.name)
			w.dishonest = session.Oracle.Bit()
			w.tamper = func(from session.Role, call Call) Call {
				if a, ok := call.(AttestCall); ok && from == session.Oracle {
					a.Attestation = [32]byte{0xbad % 256}
					return a
				}
				return call
			}
			userKey := func() []byte {
				if w.machines[session.User].userKey == nil {
					return nil
				}
				b, _ := w.machines[session.User].userKey.Bytes()
				return b
			}
			var userScalar []byte
			w.onEvent = func(int) {
				if userScalar == nil {
					userScalar = userKey()
				}
			}
			w.start()
			w.run()
			disclosed := map[session.Role][]byte{}
			for _, ev := range w.log {
				if d, ok := ev.(OneTimeKeyDisclosed); ok {
					disclosed[d.Role] = d.Secret
				}
			}
			for _, r := range []session.Role{session.User, session.Miner} {
				if r == c.coord {
					if _, ok := disclosed[r]; ok {
						t.Fatalf("the coordinating %v disclosed", r)
					}
					continue
				}
				got, ok := disclosed[r]
				if !ok {
					t.Fatalf("the honest recipient %v did not disclose (rejected: %v)", r, w.rejected)
				}
				// HPKE serializes an X25519 private key clamped (RFC 9180
				// §7.1.2): compare the public keys the secrets give.
				want := w.oneTime[r]
				if r == session.User {
					want = mustParse(t, c.suite, userScalar)
				}
				if k := mustParse(t, c.suite, got[:]); !bytes.Equal(k.PublicKey(), want.PublicKey()) {
					t.Fatalf("the %v disclosed %x, not its one-time scalar", r, got)
				}
				if w.machines[r].State() != Ended || w.forgot[r] != 1 {
					t.Fatalf("%v: state %v, forgot %d after disclosing", r, w.machines[r].State(), w.forgot[r])
				}
			}
		})
	}
}

func mustParse(t *testing.T, s session.Suite, b []byte) *skcrypto.RecipientKey {
	t.Helper()
	k, err := skcrypto.ParseRecipientKey(s, b)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestReopenReplaysTheLog: after a reorganisation removes the user's open,
// the runtime makes its machine again (Reopen) and feeds it the canonical
// logs once the open is back. The new machine must take them as the first
// one did, one-time keys and the user's published key included, and reach
// the same key. (Reopen once kept the user key the old machine had learnt
// from UserKeyPublished, so the replayed OneTimeKeysUsed and
// UserKeyPublished were refused and the session failed with a false
// accusation.)
func TestReopenReplaysTheLog(t *testing.T) {
	for _, c := range configs() {
		if c.method != session.Coordinator {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 31337, c.method, c.suite, c.coord, "reopen/"+c.name)
			w.useOneTimeKeys(c.name)
			w.start()
			w.run()
			want := w.outcomes[session.User]
			if want == nil || want.Phase != session.Established {
				t.Fatalf("first run: %+v", want)
			}
			// The secrets the open persisted, as the store holds them.
			stored := Secrets{}
			for _, p := range w.persisted[session.User] {
				if p.at == 0 {
					stored[p.name] = p.value
				}
			}
			n, err := w.machines[session.User].Reopen(stored)
			if err != nil {
				t.Fatal(err)
			}
			var got *Outcome
			for i, ev := range w.log {
				if e, ok := ev.(OneTimeKeysUsed); ok {
					ev = w.oneTimeEvent(e, session.User)
				}
				acts, err := n.Consume(ev)
				if err != nil {
					t.Fatalf("event %d (%T) refused by the reopened machine: %v", i, ev, err)
				}
				for _, a := range acts {
					if d, ok := a.(Done); ok {
						got = &d.Outcome
					}
				}
			}
			if got == nil || got.Phase != session.Established || got.Key == nil || !got.Key.Equal(want.Key) {
				t.Fatalf("the reopened machine ended with %+v, want the first run's key", got)
			}
		})
	}
}
