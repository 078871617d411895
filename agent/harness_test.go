package agent_test

// The misbehaving-party harness (issue 7): on the simulated chain with the
// real contract, two honest agents run while the test plays the third role
// by hand, honestly up to one step and then deviating there. Every case
// checks the same invariants afterwards (see rig.verify): the honest agents
// are still running and still serve a fresh session, they never attested
// a key other than the honest parties' common key, the chain records the
// outcome the protocol prescribes with the culprit named wherever the
// protocol can know it, the honest agents' outcomes and logs say the same,
// and their secrets are gone (or disclosed, after a failed Method 1
// session).
//
// Cases run concurrently, each on its own chain (harnessParallel at a
// time). Every case runs in make test; -short skips the rarer variants.
// SESSIONKEYSTORE_HARNESS_LOGS=1 prints the
// agents' logs of every case (they are printed anyway when a case fails).

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

const (
	// harnessTimeout is the phase timeout of the harness's sessions, in
	// chain seconds. The fleet mines a block every 50 ms and a block's
	// timestamp is at least its parent's plus one second, so chain time
	// runs about twenty times faster than the wall clock: a stalled phase
	// expires after harnessTimeout blocks, about 2 s. An honest agent
	// needs a few blocks per step, and about a dozen more when its call
	// ran out of gas and is retried (see the report of issue 7).
	harnessTimeout = 40
	// harnessParallel is how many cases run at once, each on its own chain.
	harnessParallel = 4
	// revertGas is the gas limit of transactions mined to show that they
	// revert (no estimate: it would refuse them). It covers 16 KiB of
	// calldata.
	revertGas = 3_000_000
	// harnessWait bounds every wait for the chain or the agents.
	harnessWait = 90 * time.Second
)

// harnessABI packs calls and views and names revert errors.
var harnessABI = bindings.NewSessionKeystore()

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

// harnessCase is one deviation.
type harnessCase struct {
	name string
	// deviant is the role the test plays; its agent serves no session
	// until the case is over.
	deviant session.Role
	// keys are the suites whose recipient keys the honest miner and oracle
	// agents register before the case plays.
	keys []session.Suite
	// full marks a rarer variant, skipped under -short.
	full bool
	// pools gives the honest miner and oracle agents one-time key pools
	// (the binaries' default); otherwise they keep none.
	pools bool
	// play deviates and says what must follow.
	play func(r *rig) played
}

// played is what a case did and what it expects.
type played struct {
	// none: no session was opened (the deviation was refused up front).
	none bool
	id   session.ID
	// key is the honest parties' common key as the test derived it, when
	// the test can: every honest attestation must be of it.
	key *skcrypto.SessionKey
	// keys, for an equivocating coordinator, is the key each honest role
	// was given; it takes precedence over key.
	keys [3]*skcrypto.SessionKey
	// free are honest roles whose attestation the test cannot predict: they
	// derived a key from a lie only another party could check (a wrong
	// partial meant for them). Such a role must still not end Established.
	free session.RoleSet
	want expect
	// warn requires a warning or an error in the honest agents' logs for
	// the end of a failed or expired session (see checkLogs).
	warn bool
}

// expect is the outcome a session must have.
type expect struct {
	phase    session.Phase // Established, Failed or Expired
	fault    session.Fault
	culprits session.RoleSet // SessionFailed.culprits
	// reporters are the roles any of which may have reported an abort (0:
	// not checked, as for an attestation mismatch).
	reporters session.RoleSet
	// mismatched, if set, is what each honest outcome's Mismatched must be.
	mismatched session.RoleSet
	stalled    session.RoleSet // SessionExpired.stalled
	in         session.Phase   // the phase it expired in
}

// established expects the session Established.
func established() expect { return expect{phase: session.Established} }

// failedBy expects an abort for fault f naming culprit, reported by one of
// reporters.
func failedBy(f session.Fault, culprit session.Role, reporters session.RoleSet) expect {
	return expect{phase: session.Failed, fault: f, culprits: culprit.Bit(), reporters: reporters}
}

// mismatch expects the contract to fail the session on differing
// attestations, naming culprits.
func mismatch(culprits session.RoleSet) expect {
	return expect{phase: session.Failed, fault: session.AttestationMismatch, culprits: culprits}
}

// expiredIn expects the session to expire in phase p, naming stalled.
func expiredIn(p session.Phase, stalled session.Role) expect {
	return expect{phase: session.Expired, in: p, stalled: stalled.Bit()}
}

// String describes the expectation, for messages.
func (w expect) String() string {
	switch w.phase {
	case session.Failed:
		return fmt.Sprintf("failed %v, culprits %v", w.fault, w.culprits)
	case session.Expired:
		return fmt.Sprintf("expired in %v, stalled %v", w.in, w.stalled)
	}
	return w.phase.String()
}

// TestMisbehavingParties runs every deviation of the harness.
func TestMisbehavingParties(t *testing.T) {
	var cases []harnessCase
	cases = append(cases, combinedCases()...)
	cases = append(cases, coordinatorCases()...)
	cases = append(cases, replayCases()...)
	cases = append(cases, outsiderCases()...)
	cases = append(cases, oneTimeCases()...)
	runHarness(t, cases)
}

// runHarness runs the cases as subtests, harnessParallel at a time (t.Run
// may be called from several goroutines; t.Parallel would be capped by
// -parallel, which is the number of CPUs, while these cases mostly wait).
func runHarness(t *testing.T, cases []harnessCase) {
	sem := make(chan struct{}, harnessParallel)
	var wg sync.WaitGroup
	for _, tc := range cases {
		if tc.full && testing.Short() {
			t.Run(tc.name, func(t *testing.T) { t.Skip("a rarer variant: skipped under -short, runs in make test") })
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t.Run(tc.name, func(t *testing.T) {
				r := newRig(t, tc.deviant, tc.pools, tc.keys...)
				pl := tc.play(r)
				r.verify(pl)
				r.fresh()
			})
		}()
	}
	wg.Wait()
}

// Values a liar uses.
var (
	zero32 [32]byte
	// lowOrder are X25519 public keys of small order (every agreement with
	// them is all-zero), canonical and not, that the contract accepts (it
	// rejects only all-zero bytes).
	lowOrder = map[string][32]byte{
		"u=1":            mustHex32("0100000000000000000000000000000000000000000000000000000000000000"),
		"u=p-1":          mustHex32("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
		"order-8-a":      mustHex32("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
		"order-8-b":      mustHex32("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
		"u=p":            mustHex32("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
		"u=p+1":          mustHex32("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
		"u=1,bit-255":    mustHex32("0100000000000000000000000000000000000000000000000000000000000080"),
		"u=p-1,bit-255":  mustHex32("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
		"order-8-b,b255": mustHex32("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f11d7"),
	}
)

// mustHex32 decodes 32 bytes of hex.
func mustHex32(s string) [32]byte {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		panic(s)
	}
	return [32]byte(b)
}

// junk is a fixed value of no meaning (not of small order).
func junk(label string) [32]byte { return sha256.Sum256([]byte(label)) }

// randomBytes returns n random bytes.
func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// steps of Method 1, in order, with the phase each is taken in.
var combinedSteps = []struct {
	step  protocol.Step
	phase session.Phase
}{
	{protocol.StepJoin, session.Committing},
	{protocol.StepReveal, session.Revealing},
	{protocol.StepPartial, session.Partials},
	{protocol.StepAttest, session.Attesting},
}

// combinedCases are the Method 1 deviations.
func combinedCases() []harnessCase {
	var cases []harnessCase
	// A wrong partial: only its checker, the role after the liar, can prove
	// it; the role it is meant for derives a key from it and may attest.
	for _, liar := range session.Roles {
		cases = append(cases, harnessCase{name: "combined/wrong-partial/" + liar.String(), deviant: liar,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepReveal)
				p.publish(junk("a wrong partial"))
				checker, recipient := (liar+1)%3, (liar+2)%3
				return played{id: p.id, free: recipient.Bit(), want: failedBy(session.InvalidPartial, liar, checker.Bit())}
			}})
	}
	// A partial of small order: its checker and its recipient (whose Z is
	// all-zero) both find it.
	for _, liar := range []session.Role{session.Miner, session.User} {
		cases = append(cases, harnessCase{name: "combined/low-order-partial/" + liar.String(), deviant: liar, full: liar == session.User,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepReveal)
				p.publish(lowOrder["u=1"])
				return played{id: p.id, want: failedBy(session.InvalidPartial, liar, session.AllRoles&^liar.Bit())}
			}})
	}
	// An all-zero partial is refused by the contract; the liar then stalls.
	cases = append(cases, harnessCase{name: "combined/zero-partial", deviant: session.Oracle,
		play: func(r *rig) played {
			p := r.combined(nil)
			p.honestThrough(protocol.StepReveal)
			p.reverts(session.Partials, protocol.PartialCall{ID: p.id, Partial: zero32}, "SessionKeystoreZeroValue")
			return played{id: p.id, want: expiredIn(session.Partials, session.Oracle)}
		}})
	// A reveal that does not match its commitment reverts; the party can
	// still reveal before the deadline, and when it does not the session
	// expires naming it.
	for _, liar := range []session.Role{session.Miner, session.User} {
		cases = append(cases, harnessCase{name: "combined/reveal-not-committed/" + liar.String(), deviant: liar, full: liar == session.User,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepJoin)
				other := newParty(r.t, r.d, liar)
				p.reverts(session.Revealing, protocol.RevealCall{ID: p.id, Key: other.pub()}, "SessionKeystoreCommitmentMismatch")
				return played{id: p.id, want: expiredIn(session.Revealing, liar)}
			}})
	}
	// A revealed key of small order: every other party finds its agreement
	// all-zero and accuses the revealer. All-zero itself is refused by the
	// contract (and then the revealer stalls).
	for _, name := range []string{"zero", "u=1", "order-8-a", "u=p-1", "order-8-b", "u=p", "u=p+1", "u=1,bit-255", "u=p-1,bit-255", "order-8-b,b255"} {
		liar := session.Miner
		full := name != "zero" && name != "u=1" && name != "order-8-a" && name != "u=p+1"
		if name == "u=p-1" {
			liar = session.User
		}
		cases = append(cases, harnessCase{name: "combined/low-order-key/" + name, deviant: liar, full: full,
			play: func(r *rig) played {
				key, ok := lowOrder[name]
				if !ok && name != "zero" {
					r.t.Fatalf("no low-order point %q", name)
				}
				p := r.combined(func(p *party) [32]byte { return p.commitmentTo(key) })
				if liar != session.User {
					p.join(p.commitmentTo(key))
				}
				if key == zero32 {
					p.reverts(session.Revealing, protocol.RevealCall{ID: p.id, Key: key}, "SessionKeystoreZeroValue")
					return played{id: p.id, want: expiredIn(session.Revealing, liar)}
				}
				p.reveal(key)
				return played{id: p.id, want: failedBy(session.InvalidPublicKey, liar, session.AllRoles&^liar.Bit())}
			}})
	}
	// A stall at every step: the honest agents expire the session after the
	// deadline and the chain names the staller.
	for _, liar := range session.Roles {
		for i, s := range combinedSteps {
			if liar == session.User && s.step == protocol.StepJoin {
				continue // the user commits in open: a user that never opens is no session
			}
			full := liar != session.Miner && !(liar == session.User && s.step == protocol.StepReveal) && !(liar == session.Oracle && s.step == protocol.StepAttest)
			cases = append(cases, harnessCase{name: fmt.Sprintf("combined/stall-at-%v/%v", s.step, liar), deviant: liar, full: full,
				play: func(r *rig) played {
					p := r.combined(nil)
					if i > 0 {
						p.honestThrough(combinedSteps[i-1].step)
					}
					pl := played{id: p.id, want: expiredIn(s.phase, liar)}
					if s.step == protocol.StepAttest {
						pl.key = p.sessionKey() // the honest parties attested it
					}
					return pl
				}})
		}
	}
	// A party copies another's attestation without deriving the key: the
	// session establishes on chain (the copy equals the others'), the
	// honest parties hold the key and the copier's agent holds nothing.
	for _, liar := range []session.Role{session.Miner, session.User} {
		cases = append(cases, harnessCase{name: "combined/copied-attestation/" + liar.String(), deviant: liar, full: liar == session.User,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepPartial)
				k := p.sessionKey() // for the checks only: the copier never uses it
				v := r.d.await(r.t, p.id, "an honest attestation", func(v *view) bool { return v.attested&^liar.Bit() != 0 })
				var copied [32]byte
				for _, h := range (v.attested &^ liar.Bit()).Members() {
					copied = v.attests[h]
				}
				p.attest(copied)
				return played{id: p.id, key: k, want: established()}
			}})
	}
	// A wrong attestation: the contract names the odd one out, and every
	// honest agent sees whose attestation differed.
	for _, liar := range []session.Role{session.Oracle, session.User} {
		cases = append(cases, harnessCase{name: "combined/wrong-attestation/" + liar.String(), deviant: liar, full: liar == session.User,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepPartial)
				k := p.sessionKey()
				p.attest(junk("a wrong attestation"))
				w := mismatch(liar.Bit())
				w.mismatched = liar.Bit()
				return played{id: p.id, key: k, want: w}
			}})
	}
	// Another party's commitment copied in the same session: the copier
	// cannot reveal a key that opens it (the commitment binds role and
	// account), so it stalls.
	cases = append(cases, harnessCase{name: "combined/copied-commitment", deviant: session.Oracle,
		play: func(r *rig) played {
			p := r.combined(nil)
			v := r.d.await(r.t, p.id, "the miner's commitment", func(v *view) bool { return v.committed.Has(session.Miner) })
			p.join(v.commits[session.Miner])
			v = r.d.await(r.t, p.id, "the miner's reveal", func(v *view) bool { return v.revealed.Has(session.Miner) })
			p.reverts(session.Revealing, protocol.RevealCall{ID: p.id, Key: v.reveals[session.Miner]}, "SessionKeystoreCommitmentMismatch")
			return played{id: p.id, want: expiredIn(session.Revealing, session.Oracle)}
		}})
	return cases
}

// Keys a liar registers or publishes in Method 2.
var malformedKeys = []struct {
	name  string
	suite session.Suite
	key   func(t *testing.T) []byte
}{
	{"x25519-u=1", session.X25519, func(*testing.T) []byte { k := lowOrder["u=1"]; return k[:] }},
	{"x25519-order-8", session.X25519, func(*testing.T) []byte { k := lowOrder["order-8-a"]; return k[:] }},
	{"hybrid-bad-mlkem", session.Hybrid, func(t *testing.T) []byte {
		k := hybridKey(t)
		for i := range 1184 {
			k[i] = 0xff // coefficients out of range: not an ML-KEM-768 encapsulation key
		}
		return k
	}},
	{"hybrid-low-order-x25519", session.Hybrid, func(t *testing.T) []byte {
		k := hybridKey(t)
		u := lowOrder["u=1"]
		copy(k[1184:], u[:])
		return k
	}},
	// An all-zero hybrid key (its X25519 part zero) never reaches the
	// agents: the contract refuses it at registration and as a user key
	// (test_registerKey_revertsOnHybridWithZeroX25519Part,
	// test_open_revertsOnHybridUserKeyWithZeroX25519Part).
}

// hybridKey returns a fresh, valid hybrid public key.
func hybridKey(t *testing.T) []byte {
	k, err := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k.PublicKey()
}

// coordinatorCases are the Method 2 deviations.
func coordinatorCases() []harnessCase {
	var cases []harnessCase
	// A recipient registers an unusable key. The contract refuses only
	// all-zero X25519 bytes; for any other, an honest user refuses to open
	// a session that wraps to it, and an honest miner or oracle coordinator
	// accuses its owner.
	cases = append(cases, harnessCase{name: "coordinator/register-zero-x25519-key", deviant: session.Miner,
		play: func(r *rig) played {
			data, err := wire.PackRegisterKey(session.X25519, make([]byte, 32))
			if err != nil {
				r.t.Fatal(err)
			}
			r.d.reverts(r.t, r.d.keys[session.Miner], data, "SessionKeystoreInvalidField")
			return played{none: true}
		}})
	for _, mk := range malformedKeys {
		full := mk.name == "x25519-order-8"
		cases = append(cases, harnessCase{name: "coordinator/registered-key/" + mk.name + "/user-coordinates", deviant: session.Miner, keys: []session.Suite{mk.suite}, full: full,
			play: func(r *rig) played {
				r.registerRaw(session.Miner, mk.suite, mk.key(r.t))
				err := r.openRefused(agent.OpenOptions{Method: session.Coordinator, Suite: mk.suite, Coordinator: session.User, AllowRegisteredKeys: true})
				if !strings.Contains(err.Error(), "miner") {
					r.t.Fatalf("the user's refusal does not name the miner: %v", err)
				}
				return played{none: true}
			}})
		// Whichever role coordinates (issue 17 point 9): before, with the
		// oracle coordinating, the session opened, spent gas, and failed.
		cases = append(cases, harnessCase{name: "coordinator/registered-key/" + mk.name + "/oracle-coordinates", deviant: session.Miner, keys: []session.Suite{mk.suite}, full: full,
			play: func(r *rig) played {
				r.registerRaw(session.Miner, mk.suite, mk.key(r.t))
				err := r.openRefused(agent.OpenOptions{Method: session.Coordinator, Suite: mk.suite, Coordinator: session.Oracle, AllowRegisteredKeys: true})
				if !strings.Contains(err.Error(), "miner") {
					r.t.Fatalf("the user's refusal does not name the miner: %v", err)
				}
				return played{none: true}
			}})
		// The same key as the user's per-session key, to a miner coordinator.
		cases = append(cases, harnessCase{name: "coordinator/user-key/" + mk.name, deviant: session.User, keys: []session.Suite{mk.suite}, full: full,
			play: func(r *rig) played {
				p := newParty(r.t, r.d, session.User)
				p.prepare(session.Coordinator, mk.suite, session.Miner)
				p.openKeyed(mk.key(r.t))
				return played{id: p.id, want: failedBy(session.InvalidPublicKey, session.User, session.Miner.Bit())}
			}})
	}
	// A user key the contract refuses: all-zero X25519 bytes, wrong lengths.
	for _, bad := range []struct {
		name  string
		suite session.Suite
		key   []byte
		want  string
	}{
		{"x25519-all-zero", session.X25519, make([]byte, 32), "SessionKeystoreInvalidField"},
		{"x25519-31-bytes", session.X25519, bytes.Repeat([]byte{9}, 31), "SessionKeystoreInvalidLength"},
		{"hybrid-1215-bytes", session.Hybrid, bytes.Repeat([]byte{9}, skcrypto.HybridKeyLength-1), "SessionKeystoreInvalidLength"},
	} {
		cases = append(cases, harnessCase{name: "coordinator/user-key/" + bad.name, deviant: session.User, keys: []session.Suite{bad.suite},
			play: func(r *rig) played {
				p := newParty(r.t, r.d, session.User)
				p.prepare(session.Coordinator, bad.suite, session.Miner)
				data := p.pack(p.openCall(bad.key, nil, nil))
				r.d.reverts(r.t, r.d.keys[session.User], data, bad.want)
				return played{none: true}
			}})
	}
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		// Wraps whose encapsulation is of small order (X25519 enc, or the
		// X25519 part of the hybrid enc): neither recipient can open its
		// wrap, and either accuses the coordinator.
		cases = append(cases, harnessCase{name: "coordinator/low-order-encapsulation/" + suite.String(), deviant: session.User, keys: []session.Suite{suite},
			play: func(r *rig) played {
				p := newParty(r.t, r.d, session.User)
				p.prepare(session.Coordinator, suite, session.User)
				tr := p.prewrap()
				s := randomBytes(r.t, 32)
				wm, wo := p.wrapTo(tr, session.Miner, s), p.wrapTo(tr, session.Oracle, s)
				at := 0
				if suite == session.Hybrid {
					at = 1088 // after the ML-KEM ciphertext
				}
				u := lowOrder["u=1"]
				copy(wm[at:], u[:])
				copy(wo[at:], u[:])
				p.open(p.openCall(nil, wm, wo))
				return played{id: p.id, want: failedBy(session.InvalidWrap, session.User, session.Miner.Bit()|session.Oracle.Bit())}
			}})
		// Garbage of the right length for one recipient, a good wrap for
		// the other: the victim accuses the coordinator; the other may
		// attest, and only to the key the coordinator gave it.
		for _, c := range session.Roles {
			full := !(suite == session.X25519 && c != session.Miner) && !(suite == session.Hybrid && c == session.Miner)
			cases = append(cases, harnessCase{name: fmt.Sprintf("coordinator/garbage-wrap/%v/%v", suite, c), deviant: c, keys: []session.Suite{suite}, full: full,
				play: func(r *rig) played {
					victim := recipientsOf(c)[1]
					if c == session.Oracle {
						victim = session.User
					}
					p := r.coordinate(suite)
					s := randomBytes(r.t, 32)
					var w [3][]byte
					tr := p.prewrap()
					for _, rc := range recipientsOf(c) {
						w[rc] = p.wrapTo(tr, rc, s)
					}
					w[victim] = bytes.Repeat([]byte{0x5a}, skcrypto.WrapLength(suite))
					p.deliver(w)
					return played{id: p.id, key: p.keyFrom(s), want: failedBy(session.InvalidWrap, c, victim.Bit())}
				}})
		}
		// Truncated and overlong wraps revert on their length. A user
		// coordinator's open then never happens; a miner or oracle
		// coordinator stalls in Wrapping.
		for _, c := range []session.Role{session.User, session.Miner} {
			cases = append(cases, harnessCase{name: fmt.Sprintf("coordinator/truncated-wrap/%v/%v", suite, c), deviant: c, keys: []session.Suite{suite}, full: suite == session.Hybrid && c == session.User,
				play: func(r *rig) played {
					p := r.coordinate(suite)
					s := randomBytes(r.t, 32)
					tr := p.prewrap()
					var short, long [3][]byte
					for _, rc := range recipientsOf(c) {
						w := p.wrapTo(tr, rc, s)
						short[rc], long[rc] = w[:len(w)-1], append(w, 0)
					}
					p.deliverReverts(short, "SessionKeystoreInvalidLength")
					p.deliverReverts(long, "SessionKeystoreInvalidLength")
					if c == session.User {
						return played{none: true}
					}
					return played{id: p.id, want: expiredIn(session.Wrapping, c)}
				}})
		}
		// An equivocating coordinator gives its two recipients different
		// secrets and attests along with the first: the majority names the
		// second, an honest party (PROTOCOL.md §7); each honest party
		// attested the key it was given, and nobody established.
		for _, c := range []session.Role{session.User, session.Miner} {
			cases = append(cases, harnessCase{name: fmt.Sprintf("coordinator/equivocation/%v/%v", suite, c), deviant: c, keys: []session.Suite{suite}, full: suite == session.Hybrid && c == session.User,
				play: func(r *rig) played {
					p := r.coordinate(suite)
					rc := recipientsOf(c)
					s1, s2 := randomBytes(r.t, 32), randomBytes(r.t, 32)
					tr := p.prewrap()
					var w [3][]byte
					w[rc[0]], w[rc[1]] = p.wrapTo(tr, rc[0], s1), p.wrapTo(tr, rc[1], s2)
					p.deliver(w)
					pl := played{id: p.id, want: mismatch(rc[1].Bit())}
					pl.keys[rc[0]], pl.keys[rc[1]] = p.keyFrom(s1), p.keyFrom(s2)
					p.attest(pl.keys[rc[0]].Attestation())
					return pl
				}})
		}
	}
	// A miner or oracle coordinator that never distributes.
	for _, c := range []session.Role{session.Miner, session.Oracle} {
		cases = append(cases, harnessCase{name: "coordinator/stall-in-wrapping/" + c.String(), deviant: c, keys: []session.Suite{session.X25519}, full: c == session.Oracle,
			play: func(r *rig) played {
				h := r.openHonest(agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: c})
				return played{id: h.ID(), want: expiredIn(session.Wrapping, c)}
			}})
	}
	// A coordinator or a recipient that never attests: the honest parties
	// attested the key the coordinator gave, and the session expires.
	cases = append(cases, harnessCase{name: "coordinator/stall-in-attesting/user-coordinator", deviant: session.User, keys: []session.Suite{session.X25519},
		play: func(r *rig) played {
			p := r.coordinate(session.X25519)
			s := randomBytes(r.t, 32)
			tr := p.prewrap()
			p.deliver([3][]byte{nil, p.wrapTo(tr, session.Miner, s), p.wrapTo(tr, session.Oracle, s)})
			return played{id: p.id, key: p.keyFrom(s), want: expiredIn(session.Attesting, session.User)}
		}})
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		cases = append(cases, harnessCase{name: "coordinator/stall-in-attesting/recipient/" + suite.String(), deviant: session.Miner, keys: []session.Suite{suite}, full: suite == session.X25519,
			play: func(r *rig) played {
				p := r.recipient(suite, agent.OpenOptions{Method: session.Coordinator, Suite: suite, Coordinator: session.User})
				k := p.keyFrom(p.unwrap())
				return played{id: p.id, key: k, want: expiredIn(session.Attesting, session.Miner)}
			}})
	}
	// A recipient that copies an attestation instead of opening its wrap.
	cases = append(cases, harnessCase{name: "coordinator/copied-attestation", deviant: session.Miner, keys: []session.Suite{session.X25519},
		play: func(r *rig) played {
			p := r.recipient(session.X25519, agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.Oracle})
			k := p.keyFrom(p.unwrap()) // for the checks only
			v := r.d.await(r.t, p.id, "an honest attestation", func(v *view) bool { return v.attested != 0 })
			p.attest(v.attests[v.attested.Members()[0]])
			return played{id: p.id, key: k, want: established()}
		}})
	return cases
}

// recipientsOf returns the two roles other than the coordinator c, in
// role order.
func recipientsOf(c session.Role) [2]session.Role {
	var out [2]session.Role
	i := 0
	for _, r := range session.Roles {
		if r != c {
			out[i] = r
			i++
		}
	}
	return out
}

// Where replayed data comes from.
const (
	fromSession    = "another-session"
	fromDeployment = "another-deployment"
	fromChain      = "another-chain"
)

// replayCases copy a wrap, a commitment and its reveal, a partial or an
// attestation from another session of the same contract, from another
// SessionKeystore on the same chain, and from a chain with another chain
// id (same accounts, same contract address, same user nonce: only the
// chain id differs).
func replayCases() []harnessCase {
	var cases []harnessCase
	for _, src := range []string{fromSession, fromDeployment, fromChain} {
		cases = append(cases,
			harnessCase{name: "replay/wrap/" + src, deviant: session.User, keys: []session.Suite{session.X25519},
				play: func(r *rig) played {
					wm, wo := r.sourceWraps(r.source(src), session.X25519)
					p := newParty(r.t, r.d, session.User)
					p.prepare(session.Coordinator, session.X25519, session.User)
					p.open(p.openCall(nil, wm, wo))
					return played{id: p.id, want: failedBy(session.InvalidWrap, session.User, session.Miner.Bit()|session.Oracle.Bit())}
				}},
			harnessCase{name: "replay/commitment-and-reveal/" + src, deviant: session.Miner,
				play: func(r *rig) played {
					s := r.sourceCombined(r.source(src))
					p := r.combined(nil)
					p.join(s.commits[session.Miner])
					p.reverts(session.Revealing, protocol.RevealCall{ID: p.id, Key: s.reveals[session.Miner]}, "SessionKeystoreCommitmentMismatch")
					return played{id: p.id, want: expiredIn(session.Revealing, session.Miner)}
				}},
			harnessCase{name: "replay/partial/" + src, deviant: session.Miner,
				play: func(r *rig) played {
					s := r.sourceCombined(r.source(src))
					p := r.combined(nil)
					p.honestThrough(protocol.StepReveal)
					p.publish(s.partials[session.Miner])
					return played{id: p.id, free: session.User.Bit(), want: failedBy(session.InvalidPartial, session.Miner, session.Oracle.Bit())}
				}},
			harnessCase{name: "replay/attestation/" + src, deviant: session.Miner,
				play: func(r *rig) played {
					s := r.sourceCombined(r.source(src))
					p := r.combined(nil)
					p.honestThrough(protocol.StepPartial)
					k := p.sessionKey()
					p.attest(s.attests[session.Miner])
					w := mismatch(session.Miner.Bit())
					w.mismatched = session.Miner.Bit()
					return played{id: p.id, key: k, want: w}
				}},
		)
	}
	return cases
}

// outsiderCases are a stranger calling every state-changing function of a
// live session, and oversized payloads.
func outsiderCases() []harnessCase {
	return []harnessCase{
		{name: "stranger/combined", deviant: session.Miner,
			play: func(r *rig) played {
				r.d.timeout = 120 // room for the stranger's calls in every phase
				s := r.stranger()
				p := r.combined(nil)
				for _, st := range combinedSteps {
					v := r.d.await(r.t, p.id, st.phase.String(), func(v *view) bool { return v.phase == st.phase })
					r.strangerCalls(s, p.id, v)
					switch st.step {
					case protocol.StepJoin:
						p.join(p.commitmentTo(p.pub()))
					case protocol.StepReveal:
						p.reveal(p.pub())
					case protocol.StepPartial:
						p.publish(p.partialFor())
					case protocol.StepAttest:
						p.attest(p.sessionKey().Attestation())
					}
				}
				v := r.d.await(r.t, p.id, "established", func(v *view) bool { return v.established != nil })
				r.strangerCalls(s, p.id, v)
				return played{id: p.id, key: p.sessionKey(), want: established()}
			}},
		{name: "stranger/coordinator", deviant: session.Miner, keys: []session.Suite{session.X25519},
			play: func(r *rig) played {
				r.d.timeout = 120
				s := r.stranger()
				h := r.openHonest(agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.Miner})
				p := r.partyIn(h)
				v := r.d.await(r.t, p.id, "wrapping", func(v *view) bool { return v.phase == session.Wrapping })
				r.strangerCalls(s, p.id, v)
				sec := randomBytes(r.t, 32)
				tr := p.prewrap()
				p.deliver([3][]byte{p.wrapTo(tr, session.User, sec), nil, p.wrapTo(tr, session.Oracle, sec)})
				v = r.d.await(r.t, p.id, "attesting", func(v *view) bool { return v.phase == session.Attesting })
				r.strangerCalls(s, p.id, v)
				k := p.keyFrom(sec)
				p.attest(k.Attestation())
				v = r.d.await(r.t, p.id, "established", func(v *view) bool { return v.established != nil })
				r.strangerCalls(s, p.id, v)
				return played{id: p.id, key: k, want: established()}
			}},
		{name: "oversized", deviant: session.Miner, play: playOversized},
		// An operator learns of a misbehaving counterparty from a warning.
		{name: "logs/failed-session-is-a-warning", deviant: session.Miner,
			play: func(r *rig) played {
				p := r.combined(nil)
				p.honestThrough(protocol.StepReveal)
				p.publish(junk("a wrong partial"))
				return played{id: p.id, free: session.User.Bit(), want: failedBy(session.InvalidPartial, session.Miner, session.Oracle.Bit()), warn: true}
			}},
		{name: "logs/expired-session-is-a-warning", deviant: session.Miner,
			play: func(r *rig) played {
				p := r.combined(nil)
				return played{id: p.id, want: expiredIn(session.Committing, session.Miner), warn: true}
			}},
	}
}

// playOversized sends oversized and undersized inference messages, keys of
// wrong lengths and truncated calldata (all revert), then checks that the
// session still carries an inference end to end.
func playOversized(r *rig) played {
	t := r.t
	p := r.combined(nil)
	p.honestThrough(protocol.StepAttest)
	k := p.sessionKey()
	r.d.await(t, p.id, "established", func(v *view) bool { return v.established != nil })
	ctx, cancel := context.WithTimeout(context.Background(), harnessWait)
	defer cancel()
	if err := p.h.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	user, miner := r.d.keys[session.User], r.d.keys[session.Miner]
	huge := bytes.Repeat([]byte{0xa5}, inference.MaxMessageLength+1)
	// The user's agent is idle (nothing to send) while the test uses its account.
	r.d.reverts(t, user, p.pack(protocol.RequestCall{ID: p.id, Seq: 0, Ciphertext: huge}), "SessionKeystoreMessageTooLarge")
	r.d.reverts(t, user, p.pack(protocol.RequestCall{ID: p.id, Seq: 0, Ciphertext: make([]byte, 15)}), "SessionKeystoreInvalidLength")
	for _, kl := range []struct {
		suite session.Suite
		n     int
	}{{session.X25519, 31}, {session.X25519, 33}, {session.X25519, 0}, {session.Hybrid, skcrypto.HybridKeyLength - 1}, {session.Hybrid, skcrypto.HybridKeyLength + 1}, {session.Hybrid, 32}} {
		data, err := wire.PackRegisterKey(kl.suite, bytes.Repeat([]byte{7}, kl.n))
		if err != nil {
			t.Fatal(err)
		}
		r.d.reverts(t, miner, data, "SessionKeystoreInvalidLength")
	}
	attest := p.pack(protocol.AttestCall{ID: p.id, Attestation: junk("x")})
	r.d.reverts(t, miner, attest[:len(attest)-1], "") // truncated calldata: no error data

	// The honest user asks; the miner (the test) answers too large, too
	// small, then properly.
	type asked struct {
		res *agent.Result
		err error
	}
	done := make(chan asked, 1)
	prompt := inference.Prompt{Prompt: "how large may an answer be?"}
	go func() {
		res, err := p.h.Ask(ctx, prompt)
		done <- asked{res, err}
	}()
	v := r.d.await(t, p.id, "the request", func(v *view) bool { return len(v.requests) > 0 })
	env := v.requests[0]
	r.d.reverts(t, miner, p.pack(protocol.RespondCall{ID: p.id, Seq: 0, Ciphertext: huge, Commitment: junk("c")}), "SessionKeystoreMessageTooLarge")
	r.d.reverts(t, miner, p.pack(protocol.RespondCall{ID: p.id, Seq: 0, Ciphertext: make([]byte, 15), Commitment: junk("c")}), "SessionKeystoreInvalidLength")
	tr := k.Traffic()
	_, got, err := inference.OpenPrompt(tr, 0, env)
	if err != nil || got != prompt {
		t.Fatalf("the miner cannot open the prompt: %+v, %v", got, err)
	}
	c, err := inference.Deterministic{}.Complete(ctx, inference.Request{Prompt: got.Prompt})
	if err != nil {
		t.Fatal(err)
	}
	pt, _, err := inference.EncodeAnswer(inference.Answer{Status: inference.StatusOK, Model: c.Model, Text: c.Text})
	if err != nil {
		t.Fatal(err)
	}
	ans, err := inference.SealAnswer(tr, 0, 0, env, pt)
	if err != nil {
		t.Fatal(err)
	}
	r.d.send(t, session.Miner, protocol.RespondCall{ID: p.id, Seq: 0, Ciphertext: ans, Commitment: k.ResultCommitment(0, env, pt)})
	a := <-done
	if a.err != nil {
		t.Fatal(a.err)
	}
	if !a.res.Valid || !a.res.Check.OK() || a.res.Answer.Text != c.Text {
		t.Fatalf("the inference after the oversized messages: %+v", a.res)
	}
	return played{id: p.id, key: k, want: established()}
}

// ---------------------------------------------------------------------------
// The rig: a chain, the fleet and the role the test plays
// ---------------------------------------------------------------------------

// rig is one case's world: a fresh chain with SessionKeystore, the three
// agents (the deviant role's serving nothing until fresh), and decks to act
// on it and on other deployments.
type rig struct {
	t       *testing.T
	c       *simchain.Chain
	d       *deck // the agents' contract
	f       *fleet
	out     *outcomes
	dirs    [3]string
	deviant session.Role
	// serve lets the deviant role's agent serve sessions (for fresh).
	serve atomic.Bool
	// others caches the decks of other deployments.
	others map[string]*deck
}

// newRig starts a chain and the fleet; the honest miner and oracle agents
// register keys of the given suites.
func newRig(t *testing.T, deviant session.Role, pools bool, suites ...session.Suite) *rig {
	t.Helper()
	c := simchain.New(t)
	r := &rig{t: t, c: c, d: chainDeck(c), out: newOutcomes(), dirs: [3]string{t.TempDir(), t.TempDir(), t.TempDir()},
		deviant: deviant, others: map[string]*deck{}}
	r.f = startFleetWith(t, c, r.dirs, r.out, func(role session.Role, cfg *agent.Config) {
		if role == deviant {
			cfg.Accept = func(protocol.Opened) bool { return r.serve.Load() }
		} else if pools && role != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 8, 2
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 4, 1
		}
	})
	t.Cleanup(func() {
		if t.Failed() || os.Getenv("SESSIONKEYSTORE_HARNESS_LOGS") == "1" {
			t.Logf("agent logs:\n%s", r.f.logs.String())
		}
		r.f.stop(t)
	})
	for _, a := range r.f.agents {
		select {
		case <-a.Ready():
		case <-time.After(harnessWait):
			t.Fatal("an agent never caught up with the chain")
		}
	}
	for _, s := range suites {
		for _, role := range []session.Role{session.Miner, session.Oracle} {
			if role == deviant {
				continue
			}
			if _, err := r.f.agents[role].RegisterKey(context.Background(), s); err != nil {
				t.Fatal(err)
			}
		}
	}
	return r
}

// honest is the set of roles whose agents serve the case's sessions.
func (r *rig) honest() session.RoleSet { return session.AllRoles &^ r.deviant.Bit() }

// openHonest has the honest user's agent open a session with the rig's
// phase timeout. The rig's agents keep no one-time key pools unless the
// case asks for them, and its deviant recipients unwrap with registered
// keys: the user is allowed to fall back to them (it still names a fresh
// one-time key where there is one).
func (r *rig) openHonest(o agent.OpenOptions) *agent.Session {
	r.t.Helper()
	o.Miner, o.Oracle = r.d.accounts[session.Miner], r.d.accounts[session.Oracle]
	o.AllowRegisteredKeys = true
	if o.PhaseTimeout == 0 {
		o.PhaseTimeout = r.d.timeout
	}
	return openWhenReady(r.t, r.f.agents[session.User], o)
}

// openRefused expects the honest user's agent to refuse to open a session
// (once it has seen the registrations) and returns its error. Nothing
// reaches the chain.
func (r *rig) openRefused(o agent.OpenOptions) error {
	r.t.Helper()
	o.Miner, o.Oracle, o.PhaseTimeout = r.d.accounts[session.Miner], r.d.accounts[session.Oracle], r.d.timeout
	_, before := r.d.nextID(r.t)
	for range 400 {
		h, err := r.f.agents[session.User].Open(context.Background(), o)
		if err == nil {
			r.t.Fatalf("the user's agent opened session %v", h.ID())
		}
		if !errors.Is(err, agent.ErrKeysNotSeen) {
			if _, n := r.d.nextID(r.t); n != before {
				r.t.Fatalf("the user's nonce is %d after a refused open, was %d", n, before)
			}
			return err
		}
		time.Sleep(25 * time.Millisecond)
	}
	r.t.Fatal("registrations never seen")
	return nil
}

// partyIn returns the deviant's party in a session the honest user opened.
func (r *rig) partyIn(h *agent.Session) *party {
	p := newParty(r.t, r.d, r.deviant)
	v := r.d.await(r.t, h.ID(), "SessionOpened", func(v *view) bool { return v.opened != nil })
	p.id, p.p, p.h = h.ID(), v.opened.Params, h
	return p
}

// combined starts a Method 1 session in which the test plays the deviant
// role. A deviant user opens it, committing to commit(p) (nil: its own
// key); otherwise the honest user's agent opens it.
func (r *rig) combined(commit func(*party) [32]byte) *party {
	r.t.Helper()
	if r.deviant != session.User {
		return r.partyIn(r.openHonest(agent.OpenOptions{Method: session.Combined, Suite: session.X25519}))
	}
	p := newParty(r.t, r.d, session.User)
	p.prepare(session.Combined, session.X25519, session.User)
	c := p.commitmentTo(p.pub())
	if commit != nil {
		c = commit(p)
	}
	call := p.openCall(nil, nil, nil)
	call.Commitment = c
	p.open(call)
	return p
}

// coordinate starts a Method 2 session of suite in which the test plays the
// deviant role as coordinator. A deviant user only prepares it (deliver
// opens it with the wraps); a miner or oracle waits for the Wrapping
// phase of the session the honest user opened.
func (r *rig) coordinate(suite session.Suite) *party {
	r.t.Helper()
	if r.deviant == session.User {
		p := newParty(r.t, r.d, session.User)
		p.prepare(session.Coordinator, suite, session.User)
		return p
	}
	p := r.partyIn(r.openHonest(agent.OpenOptions{Method: session.Coordinator, Suite: suite, Coordinator: r.deviant}))
	r.d.await(r.t, p.id, "wrapping", func(v *view) bool { return v.phase == session.Wrapping && v.userKey != nil })
	return p
}

// recipient registers a key of suite for the deviant (miner or oracle),
// has the honest user open o, and returns the deviant's party once the
// session is Attesting.
func (r *rig) recipient(suite session.Suite, o agent.OpenOptions) *party {
	r.t.Helper()
	k, err := skcrypto.GenerateRecipientKey(suite, rand.Reader)
	if err != nil {
		r.t.Fatal(err)
	}
	r.registerRaw(r.deviant, suite, k.PublicKey())
	p := r.partyIn(r.openHonest(o))
	p.recv = k
	r.d.await(r.t, p.id, "attesting", func(v *view) bool { return v.phase == session.Attesting })
	return p
}

// registerRaw registers key as role's key of suite, behind its agent.
func (r *rig) registerRaw(role session.Role, suite session.Suite, key []byte) {
	r.t.Helper()
	data, err := wire.PackRegisterKey(suite, key)
	if err != nil {
		r.t.Fatal(err)
	}
	r.d.sendData(r.t, role, data)
}

// verify checks the invariants of the harness for a played case.
func (r *rig) verify(pl played) {
	t := r.t
	t.Helper()
	r.alive()
	if pl.none {
		return
	}
	w := pl.want
	id := pl.id
	outs := r.waitOutcomes(id)
	v := r.d.view(t, id)

	// The chain's record names the culprit.
	switch w.phase {
	case session.Established:
		if v.established == nil {
			t.Fatalf("on chain: %s, want established", v.outcome())
		}
	case session.Failed:
		f := v.failed
		if f == nil || f.Fault != w.fault || f.Culprits != w.culprits || (w.reporters != 0 && !w.reporters.Has(f.Reporter)) {
			t.Fatalf("on chain: %s, want %s reported by one of %v", v.outcome(), w, w.reporters)
		}
	case session.Expired:
		e := v.expired
		if e == nil || e.Phase != w.in || e.Stalled != w.stalled {
			t.Fatalf("on chain: %s, want %s", v.outcome(), w)
		}
	default:
		t.Fatalf("bad expectation %v", w.phase)
	}

	// Each honest agent's outcome says the same.
	var key *skcrypto.SessionKey
	for _, h := range r.honest().Members() {
		o := outs[h]
		bad := o.Phase != w.phase
		switch w.phase {
		case session.Failed:
			bad = bad || o.Fault != w.fault || o.Culprits != w.culprits || o.Reporter != v.failed.Reporter ||
				(w.mismatched != 0 && o.Mismatched != w.mismatched)
		case session.Expired:
			bad = bad || o.Stalled != w.stalled
		case session.Established:
			bad = bad || o.Key == nil || o.Key.Attestation() != v.established.Attestation || o.Key.ID() != id ||
				(key != nil && !o.Key.Equal(key)) || (pl.key != nil && !o.Key.Equal(pl.key))
			key = o.Key
		}
		if bad {
			t.Fatalf("the honest %v's outcome %+v does not match the chain's %s (want %s)", h, *o, v.outcome(), w)
		}
		if w.phase != session.Established && o.Key != nil {
			t.Fatalf("the honest %v holds a key of a session that did not establish", h)
		}
	}

	// No honest party attested a key other than the honest parties'
	// common key (or, given different secrets, the one it was given).
	for _, h := range (v.attested & r.honest()).Members() {
		want := pl.key
		if pl.keys[h] != nil {
			want = pl.keys[h]
		}
		switch {
		case want != nil:
			if v.attests[h] != want.Attestation() {
				t.Fatalf("the honest %v attested %x, not the attestation of the key it holds", h, v.attests[h])
			}
		case pl.free.Has(h):
		default:
			t.Fatalf("the honest %v attested %x, which the case cannot check", h, v.attests[h])
		}
	}

	// Secrets: a failed or expired session's are deleted (a failed Method 1
	// party's once disclosed); an Established session's K is kept.
	for _, h := range r.honest().Members() {
		path := sessionFile(r.dirs[h], id)
		if w.phase == session.Established {
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("the honest %v lost the key of the established session: %v", h, err)
			}
			continue
		}
		waitGone(t, path)
	}
	v = r.d.view(t, id)
	method := v.opened.Params.Method
	for _, h := range r.honest().Members() {
		s, disclosed := v.disclosed[h]
		wantDisclosed := method == session.Combined && w.phase == session.Failed
		if disclosed != wantDisclosed {
			t.Fatalf("the honest %v disclosed %v, want %v (%v session, %s)", h, disclosed, wantDisclosed, method, w)
		}
		if disclosed {
			// The secret opens the party's reveal or, if it had not revealed
			// (it aborted first), its commitment (PROTOCOL.md §5.4).
			k, err := skcrypto.ParseX25519Private(s[:])
			ok := err == nil && skcrypto.PublicBytes(k) == v.reveals[h]
			if err == nil && !v.revealed.Has(h) {
				p := v.opened.Params
				ok = skcrypto.Commitment(p.ChainID, p.Contract, id, h, p.Account(h), skcrypto.PublicBytes(k)) == v.commits[h]
			}
			if !ok {
				t.Fatalf("the honest %v disclosed a secret that is not the one of its ephemeral key", h)
			}
		}
	}
	if r.deviant.Valid() {
		// The deviant's agent served nothing: no outcome, no secret.
		if o := r.outcomeOf(id, r.deviant); o != nil {
			t.Fatalf("the deviant %v's agent has an outcome %+v", r.deviant, *o)
		}
		if _, err := os.Stat(sessionFile(r.dirs[r.deviant], id)); err == nil {
			t.Fatalf("the deviant %v's agent stored secrets of the session", r.deviant)
		}
	}
	r.checkLogs(id, v, pl.warn)
	r.alive()
}

// checkLogs checks (waiting, bounded, for the agents' goroutines to log)
// that each honest agent logged how the session ended, with the fault and
// culprits or the stalled roles, that the agent that found a fault logged
// its accusation, and that an agent logged the stall it expired. With
// warn, an honest agent must also have logged the end of a failed or
// expired session at level WARN or ERROR.
func (r *rig) checkLogs(id session.ID, v *view, warn bool) {
	r.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		err := r.logProblem(id, v, warn)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			r.t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// logProblem returns what the honest agents' logs lack (see checkLogs).
func (r *rig) logProblem(id session.ID, v *view, warn bool) error {
	logs := strings.Split(r.f.logs.String(), "\n")
	sid := "session=" + id.String()
	lines := func(role session.Role, msg string) []string {
		var out []string
		for _, l := range logs {
			if strings.Contains(l, "role="+role.String()+" ") && strings.Contains(l, sid) && strings.Contains(l, `msg="`+msg+`"`) {
				out = append(out, l)
			}
		}
		return out
	}
	var want []string
	// Only what applies to the outcome: no "fault=none" on an expiry, no
	// "reason=<nil>" (issue 16 item 5).
	unwanted := []string{"reason=<nil>"}
	switch {
	case v.failed != nil:
		want = []string{"phase=failed", "fault=" + v.failed.Fault.String(), "culprits=" + v.failed.Culprits.String()}
		unwanted = append(unwanted, "stalled=")
	case v.expired != nil:
		want = []string{"phase=expired", "stalled=" + v.expired.Stalled.String()}
		unwanted = append(unwanted, "fault=", "culprits=", "=none")
	default:
		want = []string{"phase=established"}
		unwanted = append(unwanted, "fault=", "culprits=", "stalled=", "=none")
	}
	warned := false
	for _, h := range r.honest().Members() {
		ended := lines(h, "session ended")
		if len(ended) != 1 {
			return fmt.Errorf("the honest %v logged %d session-ended lines for %v", h, len(ended), id)
		}
		for _, s := range want {
			if !strings.Contains(ended[0], s) {
				return fmt.Errorf("the honest %v's log %q lacks %q", h, ended[0], s)
			}
		}
		for _, s := range unwanted {
			if strings.Contains(ended[0], s) {
				return fmt.Errorf("the honest %v's log %q has %q, which does not apply", h, ended[0], s)
			}
		}
		warned = warned || strings.Contains(ended[0], "level=WARN") || strings.Contains(ended[0], "level=ERROR")
	}
	if warn && !warned {
		return fmt.Errorf("no honest agent logged the end of session %v (%s) as a warning or an error", id, v.outcome())
	}
	if f := v.failed; f != nil && f.Fault != session.AttestationMismatch {
		found := false
		for _, l := range lines(f.Reporter, "call mined") {
			found = found || strings.Contains(l, "step=abort")
		}
		if !found {
			return fmt.Errorf("the %v, who reported the fault, logged no abort", f.Reporter)
		}
	}
	if v.expired != nil {
		found := false
		for _, h := range r.honest().Members() {
			found = found || len(lines(h, "session stalled past its deadline; expiring it")) > 0
		}
		if !found {
			return errors.New("no honest agent logged that the session stalled")
		}
	}
	return nil
}

// alive fails the test if an agent's Run has returned.
func (r *rig) alive() {
	r.t.Helper()
	if len(r.f.done) > 0 {
		err := <-r.f.done
		r.f.done <- err // stop still counts it
		r.t.Fatalf("an agent stopped: %v", err)
	}
}

// outcomeOf returns role's recorded outcome of a session, if any.
func (r *rig) outcomeOf(id session.ID, role session.Role) *protocol.Outcome {
	r.out.mu.Lock()
	defer r.out.mu.Unlock()
	return r.out.byID[id][role]
}

// waitOutcomes waits (bounded) for every honest agent's outcome.
func (r *rig) waitOutcomes(id session.ID) [3]*protocol.Outcome {
	r.t.Helper()
	deadline := time.After(harnessWait)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		r.out.mu.Lock()
		v := r.out.byID[id]
		r.out.mu.Unlock()
		done := true
		for _, h := range r.honest().Members() {
			done = done && v[h] != nil
		}
		if done {
			return v
		}
		r.alive()
		select {
		case <-r.out.ch:
		case <-tick.C:
		case <-deadline:
			r.t.Fatalf("the honest agents did not all end session %v: %v %v %v (chain: %s)", id, v[0], v[1], v[2], r.d.view(r.t, id).outcome())
		}
	}
}

// fresh checks that all three agents, the deviant's now serving too, still
// establish a session after the case.
func (r *rig) fresh() {
	r.t.Helper()
	r.serve.Store(true)
	h := openWhenReady(r.t, r.f.agents[session.User], agent.OpenOptions{Miner: r.d.accounts[session.Miner], Oracle: r.d.accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519})
	res := r.out.wait(r.t, h.ID(), harnessWait)
	for _, role := range session.Roles {
		if res[role].Phase != session.Established || !res[role].Key.Equal(res[session.User].Key) {
			r.t.Fatalf("a fresh session after the case: the %v's outcome %+v", role, *res[role])
		}
	}
	r.alive()
}

// stranger funds a new account that plays no role anywhere.
func (r *rig) stranger() *ecdsa.PrivateKey {
	t := r.t
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := r.d.keys[r.deviant]
	to := crypto.PubkeyToAddress(k.PublicKey)
	ctx := context.Background()
	head, err := r.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	r.d.book.mu.Lock()
	sender := crypto.PubkeyToAddress(from.PublicKey)
	nonce := r.d.book.nonce(t, r.d, sender)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(r.d.chainID), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 21_000, To: &to,
		Value: new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil),
	}), types.LatestSignerForChainID(new(big.Int).SetUint64(r.d.chainID)), from)
	if err == nil {
		if err = r.c.Client.SendTransaction(ctx, tx); err == nil {
			r.d.book.next[sender] = nonce + 1
		}
	}
	r.d.book.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if rcpt := r.d.receipt(t, tx); rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("funding the stranger failed")
	}
	return k
}

// strangerCalls has the stranger call every state-changing function on the
// session in its current phase (as v shows it): each reverts with the
// error of the contract's check order, and a multicall that lets its
// calls fail on their own gains nothing.
func (r *rig) strangerCalls(s *ecdsa.PrivateKey, id session.ID, v *view) {
	t := r.t
	t.Helper()
	ph := v.phase
	live := !ph.Terminal()
	either := func(ok bool, a, b string) string {
		if ok {
			return a
		}
		return b
	}
	inPhase := func(p session.Phase) string {
		return either(ph == p, "SessionKeystoreUnauthorized", "SessionKeystoreUnexpectedPhase")
	}
	pack := func(c protocol.Call) []byte {
		b, err := wire.Pack(c)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	attest := pack(protocol.AttestCall{ID: id, Attestation: junk("stranger")})
	calls := []struct {
		name string
		data []byte
		want string
	}{
		{"join", pack(protocol.JoinCall{ID: id, Commitment: junk("c")}), inPhase(session.Committing)},
		{"reveal", pack(protocol.RevealCall{ID: id, Key: junk("k")}), inPhase(session.Revealing)},
		{"publishPartial", pack(protocol.PartialCall{ID: id, Partial: junk("p")}), inPhase(session.Partials)},
		{"distribute", pack(protocol.DistributeCall{ID: id, WrapUser: make([]byte, 80), WrapOther: make([]byte, 80)}), inPhase(session.Wrapping)},
		{"attest", attest, inPhase(session.Attesting)},
		{"abort", pack(protocol.AbortCall{ID: id, Accused: session.Miner.Bit(), Fault: session.InvalidPartial}), either(live, "SessionKeystoreUnauthorized", "SessionKeystoreUnexpectedPhase")},
		{"expire", pack(protocol.ExpireCall{ID: id}), either(live, "SessionKeystoreDeadlineNotReached", "SessionKeystoreUnexpectedPhase")},
		{"disclose", pack(protocol.DiscloseCall{ID: id, Secret: junk("s")}), "SessionKeystoreUnexpectedPhase"},
		{"request", pack(protocol.RequestCall{ID: id, Seq: 0, Ciphertext: make([]byte, 32)}), inPhase(session.Established)},
		{"respond", pack(protocol.RespondCall{ID: id, Seq: 0, Ciphertext: make([]byte, 32), Commitment: junk("r")}), inPhase(session.Established)},
		{"judge", pack(protocol.JudgeCall{ID: id, Seq: 0, Valid: true}), inPhase(session.Established)},
		{"close", pack(protocol.CloseCall{ID: id}), inPhase(session.Established)},
		{"revokeKey", packed(wire.PackRevokeKey(session.X25519)), "SessionKeystoreNoActiveKey"},
	}
	var all [][]byte
	var txs []*types.Transaction
	for _, c := range calls {
		if name, reverted := r.d.callError(t, crypto.PubkeyToAddress(s.PublicKey), c.data); !reverted || name != c.want {
			t.Fatalf("in %v, the stranger's %s: reverted %v with %q, want %q", ph, c.name, reverted, name, c.want)
		}
		all = append(all, c.data)
		txs = append(txs, r.d.submit(t, s, c.data, revertGas))
	}
	// A multicall that must not fail bubbles its first call's error; one
	// that may fail gives each call's failure and emits nothing.
	strict := packed(wire.PackMulticall([][]byte{attest}, false))
	if name, reverted := r.d.callError(t, crypto.PubkeyToAddress(s.PublicKey), strict); !reverted || name != inPhase(session.Attesting) {
		t.Fatalf("in %v, the stranger's strict multicall: reverted %v with %q", ph, reverted, name)
	}
	txs = append(txs, r.d.submit(t, s, strict, revertGas))
	for _, tx := range txs {
		if rcpt := r.d.receipt(t, tx); rcpt.Status != types.ReceiptStatusFailed {
			t.Fatalf("in %v, a stranger's transaction %x succeeded", ph, tx.Data()[:4])
		}
	}
	lenient := packed(wire.PackMulticall(all, true))
	rcpt := r.d.transact(t, s, lenient, revertGas)
	if rcpt.Status != types.ReceiptStatusSuccessful || len(rcpt.Logs) != 0 {
		t.Fatalf("in %v, the stranger's lenient multicall: status %d, %d logs", ph, rcpt.Status, len(rcpt.Logs))
	}
	after := r.d.view(t, id)
	if after.phase != ph && !(live && after.phase > ph) {
		t.Fatalf("the stranger moved the session from %v to %v", ph, after.phase)
	}
}

// packed returns calldata, panicking on a packing error (a bug of the
// test itself, never of the code under test).
func packed(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// source returns the deck replayed data comes from.
func (r *rig) source(src string) *deck {
	r.t.Helper()
	if d := r.others[src]; d != nil {
		return d
	}
	var d *deck
	switch src {
	case fromSession:
		d = r.d
	case fromDeployment:
		d = r.otherDeployment()
	case fromChain:
		d = otherChain(r.t, r.c)
	default:
		r.t.Fatalf("unknown source %q", src)
	}
	r.others[src] = d
	return d
}

// sourceCombined runs a Method 1 session to Established on d and returns
// its chain view. On the agents' contract the honest agents take part and
// the test plays the deviant honestly; elsewhere the test plays all three.
func (r *rig) sourceCombined(d *deck) *view {
	t := r.t
	t.Helper()
	if d == r.d {
		p := r.combined(nil)
		p.honestThrough(protocol.StepAttest)
		return d.await(t, p.id, "the source session to establish", func(v *view) bool { return v.established != nil })
	}
	var ps [3]*party
	for _, role := range session.Roles {
		ps[role] = newParty(t, d, role)
	}
	ps[session.User].prepare(session.Combined, session.X25519, session.User)
	for _, p := range ps[1:] {
		p.id, p.p = ps[session.User].id, ps[session.User].p
	}
	ps[session.User].open(ps[session.User].openCall(nil, nil, nil))
	for _, st := range combinedSteps {
		for _, p := range ps {
			if p.role != session.User || st.step != protocol.StepJoin {
				p.step(st.step)
			}
		}
	}
	return d.await(t, ps[0].id, "the source session to establish", func(v *view) bool { return v.established != nil })
}

// sourceWraps opens a user-coordinated session of suite on d, with wraps
// to the miner's and oracle's keys registered on the agents' contract
// (registering the same keys under the same accounts on d first), and
// returns the wraps. On the agents' contract the test attests too, so the
// session establishes.
func (r *rig) sourceWraps(d *deck, suite session.Suite) (wm, wo []byte) {
	t := r.t
	t.Helper()
	if d != r.d {
		for _, role := range []session.Role{session.Miner, session.Oracle} {
			_, pub := r.d.registered(t, r.d.accounts[role], suite)
			d.sendData(t, role, packed(wire.PackRegisterKey(suite, pub)))
		}
	}
	p := newParty(t, d, session.User)
	p.prepare(session.Coordinator, suite, session.User)
	tr := p.prewrap()
	s := randomBytes(t, 32)
	wm, wo = p.wrapTo(tr, session.Miner, s), p.wrapTo(tr, session.Oracle, s)
	p.open(p.openCall(nil, wm, wo))
	if d == r.d {
		p.attest(p.keyFrom(s).Attestation())
		d.await(t, p.id, "the source session to establish", func(v *view) bool { return v.established != nil })
	}
	return wm, wo
}

// otherDeployment deploys a second SessionKeystore on the rig's chain,
// from the deviant's account.
func (r *rig) otherDeployment() *deck {
	t := r.t
	t.Helper()
	key := r.d.keys[r.deviant]
	opts := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(r.d.chainID))
	from := crypto.PubkeyToAddress(key.PublicKey)
	r.d.book.mu.Lock()
	opts.Nonce = new(big.Int).SetUint64(r.d.book.nonce(t, r.d, from))
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.SessionKeystoreMetaData.Bin), r.c.Client, nil)
	if err == nil {
		r.d.book.next[from] = tx.Nonce() + 1
	}
	r.d.book.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	rcpt := r.d.receipt(t, tx)
	if rcpt.Status != types.ReceiptStatusSuccessful || addr == r.d.address {
		t.Fatal("deploying a second SessionKeystore failed")
	}
	// The simulated node may give the receipt before its latest state
	// holds the block (seen once under load: "no contract code at given
	// address"): wait for the code.
	for deadline := time.Now().Add(harnessWait); ; time.Sleep(10 * time.Millisecond) {
		code, err := r.c.Client.CodeAt(context.Background(), addr, nil)
		if err == nil && len(code) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a second SessionKeystore: no code at %s after its deployment was mined: %v", addr.Hex(), err)
		}
	}
	return &deck{name: "a second deployment", client: r.c.Client, backend: r.c.Backend, address: addr,
		contract: harnessABI.Instance(r.c.Client, addr), chainID: r.d.chainID, from: rcpt.BlockNumber.Uint64(),
		keys: r.d.keys, accounts: r.d.accounts, timeout: harnessTimeout, book: r.d.book}
}

// otherChain deploys SessionKeystore on a new simulated chain whose chain
// id is c's plus one, from the same account at the same nonce, so that
// only the chain id differs: same accounts, same contract address. No
// block is mined there but by the test.
func otherChain(t *testing.T, c *simchain.Chain) *deck {
	t.Helper()
	id := c.ChainID + 1
	alloc := types.GenesisAlloc{}
	for _, a := range c.Accounts {
		alloc[a] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	b := simulated.NewBackend(alloc, func(_ *node.Config, e *ethconfig.Config) {
		cfg := *e.Genesis.Config
		cfg.ChainID = new(big.Int).SetUint64(id)
		e.Genesis.Config = &cfg
		e.NetworkId = id
	})
	t.Cleanup(func() { b.Close() })
	client := b.Client()
	if got, err := client.ChainID(context.Background()); err != nil || got.Uint64() != id {
		t.Fatalf("the other chain's id: %v, %v", got, err)
	}
	opts := bind.NewKeyedTransactor(c.Keys[session.User], new(big.Int).SetUint64(id))
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.SessionKeystoreMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := &deck{name: fmt.Sprintf("chain %d", id), client: client, backend: b, address: addr,
		contract: harnessABI.Instance(client, addr), chainID: id, keys: c.Keys, accounts: c.Accounts, manual: true, timeout: harnessTimeout,
		book: &nonceBook{next: map[common.Address]uint64{}}}
	b.Commit()
	rcpt := d.receipt(t, tx)
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploying on the other chain failed")
	}
	if addr != c.Address {
		t.Fatalf("the other chain's contract is at %v, not %v: more than the chain id would differ", addr, c.Address)
	}
	d.from = rcpt.BlockNumber.Uint64()
	return d
}

// ---------------------------------------------------------------------------
// Decks: a deployed SessionKeystore the test drives by hand
// ---------------------------------------------------------------------------

// deck is one SessionKeystore deployment: the agents' contract, a second
// deployment on the same chain, or one on a chain with another chain id.
type deck struct {
	name     string
	client   simulated.Client
	backend  *simulated.Backend
	address  common.Address
	contract *bind.BoundContract
	chainID  uint64
	from     uint64 // the deployment block: where logs begin
	keys     [3]*ecdsa.PrivateKey
	accounts [3]common.Address
	// manual: nobody mines, the test commits a block after each transaction.
	manual bool
	// timeout is the phase timeout of the sessions opened here.
	timeout uint32
	// book serialises the test's transactions on the deck's chain.
	book *nonceBook
}

// chainDeck is the deck of the agents' contract.
func chainDeck(c *simchain.Chain) *deck {
	return &deck{name: "the agents' contract", client: c.Client, backend: c.Backend, address: c.Address, contract: c.Contract,
		chainID: c.ChainID, from: c.DeployBlock, keys: c.Keys, accounts: c.Accounts, timeout: harnessTimeout,
		book: &nonceBook{next: map[common.Address]uint64{}}}
}

// submit sends data from key (gas 0: estimated, and the test fails if the
// estimate reverts) and returns the transaction without waiting.
func (d *deck) submit(t *testing.T, key *ecdsa.PrivateKey, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	opts := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(d.chainID))
	if gas == 0 {
		// With a margin: the call may be mined after another party's step
		// and become the one that advances the phase, which costs more.
		from := crypto.PubkeyToAddress(key.PublicKey)
		est, err := d.client.EstimateGas(context.Background(), ethereum.CallMsg{From: from, To: &d.address, Data: data})
		if err != nil {
			t.Fatalf("%s: estimating a call from %v: %v", d.name, from, err)
		}
		gas = est + est/2 + 50_000
	}
	opts.GasLimit = gas
	from := crypto.PubkeyToAddress(key.PublicKey)
	d.book.mu.Lock()
	defer d.book.mu.Unlock()
	opts.Nonce = new(big.Int).SetUint64(d.book.nonce(t, d, from))
	tx, err := bind.Transact(d.contract, opts, data)
	if err != nil {
		t.Fatalf("%s: sending from %v: %v", d.name, from, err)
	}
	d.book.next[from] = tx.Nonce() + 1
	if d.manual {
		d.backend.Commit()
	}
	return tx
}

// nonceBook hands out the test's account nonces on one chain. The node's
// pending nonce lags behind a transaction just sent (the pool promotes it
// in the background), so back-to-back sends would reuse a nonce. The test
// sends from an agent's account only while that agent is idle.
type nonceBook struct {
	mu   sync.Mutex
	next map[common.Address]uint64
}

// nonce returns from's next nonce; the caller holds b.mu.
func (b *nonceBook) nonce(t *testing.T, d *deck, from common.Address) uint64 {
	t.Helper()
	n, err := d.client.PendingNonceAt(context.Background(), from)
	if err != nil {
		t.Fatal(err)
	}
	return max(n, b.next[from])
}

// receipt waits (bounded, polling often: bind.WaitMined polls once a
// second, which is twenty blocks here) until tx is mined.
func (d *deck) receipt(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(harnessWait)
	for {
		rcpt, err := d.client.TransactionReceipt(context.Background(), tx.Hash())
		if err == nil {
			return rcpt
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: transaction %v not mined: %v", d.name, tx.Hash(), err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// transact sends data from key and waits until it is mined.
func (d *deck) transact(t *testing.T, key *ecdsa.PrivateKey, data []byte, gas uint64) *types.Receipt {
	t.Helper()
	return d.receipt(t, d.submit(t, key, data, gas))
}

// sendData sends data as role and fails the test unless it succeeds.
func (d *deck) sendData(t *testing.T, role session.Role, data []byte) *types.Receipt {
	t.Helper()
	rcpt := d.transact(t, d.keys[role], data, 0)
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s: the %v's transaction reverted", d.name, role)
	}
	return rcpt
}

// send makes a protocol call as role and fails the test unless it succeeds.
func (d *deck) send(t *testing.T, role session.Role, call protocol.Call) *types.Receipt {
	t.Helper()
	data, err := wire.Pack(call)
	if err != nil {
		t.Fatal(err)
	}
	return d.sendData(t, role, data)
}

// callError runs data as an eth_call from `from` and returns the name of
// the contract error it reverts with ("" for a revert without data);
// reverted is false when it succeeds.
func (d *deck) callError(t *testing.T, from common.Address, data []byte) (name string, reverted bool) {
	t.Helper()
	_, err := d.client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &d.address, Data: data}, nil)
	if err == nil {
		return "", false
	}
	if !strings.Contains(err.Error(), "execution reverted") {
		t.Fatalf("%s: eth_call: %v", d.name, err)
	}
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return "", true
	}
	s, _ := de.ErrorData().(string)
	ret := common.FromHex(s)
	if len(ret) < 4 {
		return "", true
	}
	parsed := harnessABI.GetABI()
	e, err := parsed.ErrorByID([4]byte(ret[:4]))
	if err != nil {
		return "0x" + hex.EncodeToString(ret[:4]), true
	}
	return e.Name, true
}

// reverts checks that data from key reverts with the contract error want
// ("": a revert without data): as an eth_call, for the error, and mined
// with a fixed gas limit, for the failed receipt.
func (d *deck) reverts(t *testing.T, key *ecdsa.PrivateKey, data []byte, want string) {
	t.Helper()
	if name, reverted := d.callError(t, crypto.PubkeyToAddress(key.PublicKey), data); !reverted || name != want {
		t.Fatalf("%s: call %x: reverted %v with %q, want %q", d.name, data[:min(4, len(data))], reverted, name, want)
	}
	if rcpt := d.transact(t, key, data, revertGas); rcpt.Status != types.ReceiptStatusFailed {
		t.Fatalf("%s: call %x was mined and succeeded", d.name, data[:4])
	}
}

// nextID returns the id and nonce of the user's next session.
func (d *deck) nextID(t *testing.T) (session.ID, uint64) {
	t.Helper()
	n, err := bind.Call(d.contract, nil, harnessABI.PackNonces(d.accounts[session.User]), harnessABI.UnpackNonces)
	if err != nil {
		t.Fatal(err)
	}
	return skcrypto.SessionID(d.chainID, d.address, d.accounts[session.User], n), n
}

// registered returns the version and bytes of an account's current
// registered key of suite (0, nil if none).
func (d *deck) registered(t *testing.T, acct common.Address, suite session.Suite) (uint32, []byte) {
	t.Helper()
	rec, err := bind.Call(d.contract, nil, harnessABI.PackKeyOf(acct, uint8(suite)), harnessABI.UnpackKeyOf)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Version == 0 {
		return 0, nil
	}
	return rec.Version, d.keyAt(t, acct, suite, rec.Version)
}

// keyAt returns the bytes of a registered key version, from its
// KeyRegistered event.
func (d *deck) keyAt(t *testing.T, acct common.Address, suite session.Suite, version uint32) []byte {
	t.Helper()
	parsed := harnessABI.GetABI()
	logs, err := d.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.from), Addresses: []common.Address{d.address},
		Topics: [][]common.Hash{{parsed.Events["KeyRegistered"].ID}, {common.BytesToHash(acct.Bytes())}},
	})
	if err != nil {
		t.Fatal(err)
	}
	dec := wire.NewDecoder(d.chainID, d.address)
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if k, ok := ev.(wire.KeyRegistered); ok && k.Suite == suite && k.Version == version {
			return k.PublicKey
		}
	}
	t.Fatalf("%s: no %v key version %d of %v", d.name, suite, version, acct)
	return nil
}

// view is a session as its events tell it.
type view struct {
	opened   *protocol.Opened
	phase    session.Phase // the latest PhaseAdvanced, or the terminal phase
	commits  [3][32]byte
	reveals  [3][32]byte
	partials [3][32]byte
	attests  [3][32]byte
	userKey  []byte
	wraps    [3][]byte
	requests [][]byte // inference prompt envelopes by seq

	committed, revealed, published, attested session.RoleSet

	established *protocol.SessionEstablished
	failed      *protocol.SessionFailed
	expired     *protocol.SessionExpired
	disclosed   map[session.Role][32]byte
	// oneTime are the one-time keys the open named (OneTimeKeysUsed).
	oneTime [3]uint32
}

// ended reports whether the key exchange is over.
func (v *view) ended() bool { return v.established != nil || v.failed != nil || v.expired != nil }

// broken reports whether the session ended without a key.
func (v *view) broken() bool { return v.failed != nil || v.expired != nil }

// outcome describes the session's end, for messages.
func (v *view) outcome() string {
	switch {
	case v.established != nil:
		return "established"
	case v.failed != nil:
		return fmt.Sprintf("failed %v, culprits %v, reported by the %v", v.failed.Fault, v.failed.Culprits, v.failed.Reporter)
	case v.expired != nil:
		return fmt.Sprintf("expired in %v, stalled %v", v.expired.Phase, v.expired.Stalled)
	}
	return "in " + v.phase.String()
}

// view decodes every event of a session.
func (d *deck) view(t *testing.T, id session.ID) *view {
	t.Helper()
	logs, err := d.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.from), Addresses: []common.Address{d.address},
		Topics: [][]common.Hash{nil, {common.Hash(id)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	dec := wire.NewDecoder(d.chainID, d.address)
	v := &view{disclosed: map[session.Role][32]byte{}}
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatalf("%s: a log of session %v does not decode: %v", d.name, id, err)
		}
		switch e := ev.(type) {
		case protocol.Opened:
			v.opened = &e
		case protocol.PhaseAdvanced:
			v.phase = e.Phase
		case protocol.Committed:
			v.commits[e.Role], v.committed = e.Commitment, v.committed|e.Role.Bit()
		case protocol.Revealed:
			v.reveals[e.Role], v.revealed = e.Key, v.revealed|e.Role.Bit()
		case protocol.PartialPublished:
			v.partials[e.Role], v.published = e.Partial, v.published|e.Role.Bit()
		case protocol.Attested:
			v.attests[e.Role], v.attested = e.Attestation, v.attested|e.Role.Bit()
		case protocol.UserKeyPublished:
			v.userKey = e.Key
		case protocol.KeyWrapped:
			v.wraps[e.Recipient] = e.Wrapped
		case protocol.SessionEstablished:
			v.established, v.phase = &e, session.Established
		case protocol.SessionFailed:
			v.failed, v.phase = &e, session.Failed
		case protocol.SessionExpired:
			v.expired, v.phase = &e, session.Expired
		case protocol.EphemeralDisclosed:
			v.disclosed[e.Role] = e.Secret
		case protocol.OneTimeKeysUsed:
			v.oneTime = e.Keys
		case inference.Requested:
			if e.Seq == uint64(len(v.requests)) {
				v.requests = append(v.requests, e.Envelope)
			}
		}
	}
	return v
}

// await polls (bounded) until cond holds for the session, failing the test
// if the session fails or expires first.
func (d *deck) await(t *testing.T, id session.ID, what string, cond func(*view) bool) *view {
	t.Helper()
	return d.poll(t, id, what, true, cond)
}

// poll polls (bounded) until cond holds; with strict, a session that failed
// or expired first fails the test.
func (d *deck) poll(t *testing.T, id session.ID, what string, strict bool, cond func(*view) bool) *view {
	t.Helper()
	deadline := time.Now().Add(harnessWait)
	for {
		v := d.view(t, id)
		if cond(v) {
			return v
		}
		if strict && v.broken() {
			t.Fatalf("%s: session %v ended (%s) before %s", d.name, id, v.outcome(), what)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: session %v never reached %s (it is %s)", d.name, id, what, v.outcome())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ---------------------------------------------------------------------------
// Parties: a role played by the test
// ---------------------------------------------------------------------------

// party is one role of one session played by the test: it computes every
// honest value as an agent would (from docs/PROTOCOL.md and skcrypto) and
// sends whatever the case decides.
type party struct {
	t     *testing.T
	d     *deck
	role  session.Role
	id    session.ID
	p     session.Params
	nonce uint64
	// Method 1: the ephemeral key.
	eph *ecdh.PrivateKey
	// Method 2: the recipient key (registered, or the user's per session).
	recv *skcrypto.RecipientKey
	// h is the honest user's handle, when its agent opened the session.
	h *agent.Session
	// oneTime, for a user that opens a Method 2 session itself, are the
	// recipients' one-time keys it names (0: the registered key).
	oneTime [3]uint32
}

// newParty makes a party with a fresh ephemeral key.
func newParty(t *testing.T, d *deck, role session.Role) *party {
	k, err := skcrypto.GenerateX25519(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &party{t: t, d: d, role: role, eph: k}
}

// pub is the party's ephemeral public key.
func (p *party) pub() [32]byte { return skcrypto.PublicBytes(p.eph) }

// commitmentTo is the party's commitment to key in its session.
func (p *party) commitmentTo(key [32]byte) [32]byte {
	return skcrypto.Commitment(p.d.chainID, p.d.address, p.id, p.role, p.d.accounts[p.role], key)
}

// pack returns a call's calldata.
func (p *party) pack(c protocol.Call) []byte {
	p.t.Helper()
	b, err := wire.Pack(c)
	if err != nil {
		p.t.Fatal(err)
	}
	return b
}

// prepare fixes the parameters of the user's next session.
func (p *party) prepare(m session.Method, s session.Suite, coordinator session.Role) {
	p.id, p.nonce = p.d.nextID(p.t)
	p.p = session.Params{ChainID: p.d.chainID, Contract: p.d.address, ID: p.id, Method: m, Suite: s, Coordinator: coordinator,
		User: p.d.accounts[session.User], Miner: p.d.accounts[session.Miner], Oracle: p.d.accounts[session.Oracle]}
	if m == session.Coordinator && coordinator != session.User {
		k, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
		if err != nil {
			p.t.Fatal(err)
		}
		p.recv = k
	}
}

// openCall is the user's open call of the prepared session (commitment
// zero; the caller sets it for Method 1).
// In Method 2 it pins the recipients' current registered key versions.
func (p *party) openCall(userKey, wrapMiner, wrapOracle []byte) protocol.OpenCall {
	c := protocol.OpenCall{ID: p.id, Miner: p.p.Miner, Oracle: p.p.Oracle, Method: p.p.Method, Suite: p.p.Suite,
		Coordinator: p.p.Coordinator, PhaseTimeout: p.d.timeout, Nonce: p.nonce, Commitment: zero32,
		UserKey: userKey, WrapMiner: wrapMiner, WrapOracle: wrapOracle}
	if p.p.Method == session.Coordinator {
		if p.p.Coordinator != session.Miner && p.oneTime[session.Miner] == 0 {
			c.MinerKeyVersion, _ = p.d.registered(p.t, p.p.Miner, p.p.Suite)
		}
		if p.p.Coordinator != session.Oracle && p.oneTime[session.Oracle] == 0 {
			c.OracleKeyVersion, _ = p.d.registered(p.t, p.p.Oracle, p.p.Suite)
		}
		c.MinerOneTimeKey, c.OracleOneTimeKey = p.oneTime[session.Miner], p.oneTime[session.Oracle]
	}
	return c
}

// open sends the user's open call and checks the id it derived.
func (p *party) open(c protocol.OpenCall) {
	p.t.Helper()
	if p.p.Method == session.Combined && c.Commitment == zero32 {
		c.Commitment = p.commitmentTo(p.pub())
	}
	p.d.send(p.t, session.User, c)
	p.d.await(p.t, p.id, "SessionOpened", func(v *view) bool { return v.opened != nil })
}

// openKeyed opens the prepared Method 2 session with userKey as the user's
// per-session key.
func (p *party) openKeyed(userKey []byte) { p.open(p.openCall(userKey, nil, nil)) }

// awaitPhase waits until the session is in phase ph.
func (p *party) awaitPhase(ph session.Phase) *view {
	p.t.Helper()
	return p.d.await(p.t, p.id, ph.String(), func(v *view) bool { return v.phase == ph })
}

// join commits (Method 1, miner or oracle).
func (p *party) join(c [32]byte) {
	p.t.Helper()
	p.awaitPhase(session.Committing)
	p.d.send(p.t, p.role, protocol.JoinCall{ID: p.id, Commitment: c})
}

// reveal reveals key.
func (p *party) reveal(key [32]byte) {
	p.t.Helper()
	p.awaitPhase(session.Revealing)
	p.d.send(p.t, p.role, protocol.RevealCall{ID: p.id, Key: key})
}

// partialFor is the party's honest partial: X25519(e, E of the next role).
func (p *party) partialFor() [32]byte {
	p.t.Helper()
	v := p.awaitPhase(session.Partials)
	s, err := skcrypto.X25519(p.eph, v.reveals[(p.role+1)%3][:])
	if err != nil {
		p.t.Fatal(err)
	}
	return s
}

// publish publishes a partial.
func (p *party) publish(val [32]byte) {
	p.t.Helper()
	p.awaitPhase(session.Partials)
	p.d.send(p.t, p.role, protocol.PartialCall{ID: p.id, Partial: val})
}

// sessionKey derives the honest K of a Method 1 session once it is
// Attesting (from the partial meant for this party).
func (p *party) sessionKey() *skcrypto.SessionKey {
	p.t.Helper()
	v := p.d.poll(p.t, p.id, "every partial", false, func(v *view) bool { return v.published == session.AllRoles })
	z, err := skcrypto.X25519(p.eph, v.partials[(p.role+1)%3][:])
	if err != nil {
		p.t.Fatal(err)
	}
	tr := skcrypto.CombinedTranscript{Params: p.p, Commitments: v.commits, EphemeralKeys: v.reveals, Partials: v.partials}
	k, err := skcrypto.DeriveSessionKey(p.id, z[:], tr.Hash())
	if err != nil {
		p.t.Fatal(err)
	}
	return k
}

// attest attests a.
func (p *party) attest(a [32]byte) {
	p.t.Helper()
	p.awaitPhase(session.Attesting)
	p.d.send(p.t, p.role, protocol.AttestCall{ID: p.id, Attestation: a})
}

// step takes one honest Method 1 step.
func (p *party) step(s protocol.Step) {
	p.t.Helper()
	switch s {
	case protocol.StepJoin:
		p.join(p.commitmentTo(p.pub()))
	case protocol.StepReveal:
		p.reveal(p.pub())
	case protocol.StepPartial:
		p.publish(p.partialFor())
	case protocol.StepAttest:
		p.attest(p.sessionKey().Attestation())
	}
}

// honestThrough takes the honest Method 1 steps up to and including last
// (the user's commitment is in open).
func (p *party) honestThrough(last protocol.Step) {
	p.t.Helper()
	for _, s := range combinedSteps {
		if p.role != session.User || s.step != protocol.StepJoin {
			p.step(s.step)
		}
		if s.step == last {
			return
		}
	}
}

// reverts waits for phase ph and checks that the party's call reverts with
// the contract error want.
func (p *party) reverts(ph session.Phase, c protocol.Call, want string) {
	p.t.Helper()
	p.awaitPhase(ph)
	p.d.reverts(p.t, p.d.keys[p.role], p.pack(c), want)
}

// prewrap is the Method 2 transcript before the wraps: from the registry
// for a user coordinator that has not opened yet, else from the chain.
func (p *party) prewrap() *skcrypto.CoordinatorTranscript {
	p.t.Helper()
	tr := &skcrypto.CoordinatorTranscript{Params: p.p}
	v := p.d.view(p.t, p.id)
	if v.opened != nil {
		tr.Params, tr.KeyVersions = v.opened.Params, v.opened.KeyVersions
		tr.Keys[session.User] = v.userKey
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r == tr.Params.Coordinator {
				continue
			}
			var registered []byte
			if tr.KeyVersions[r] != 0 {
				registered = p.d.keyAt(p.t, tr.Params.Account(r), tr.Params.Suite, tr.KeyVersions[r])
			}
			tr.Keys[r] = p.d.wrapKey(p.t, tr.Params, r, registered, v.oneTime[r])
		}
		return tr
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if p.oneTime[r] != 0 {
			tr.Keys[r] = p.d.wrapKey(p.t, p.p, r, nil, p.oneTime[r])
			continue
		}
		tr.KeyVersions[r], tr.Keys[r] = p.d.registered(p.t, p.p.Account(r), p.p.Suite)
		if tr.KeyVersions[r] == 0 {
			p.t.Fatalf("the %v has no %v key", r, p.p.Suite)
		}
	}
	return tr
}

// wrapTo wraps secret to recipient r of the transcript.
func (p *party) wrapTo(tr *skcrypto.CoordinatorTranscript, r session.Role, secret []byte) []byte {
	p.t.Helper()
	w, err := skcrypto.Wrap(tr.Params.Suite, tr.Keys[r], skcrypto.WrapInfo(tr.PrewrapHash(), r), secret)
	if err != nil {
		p.t.Fatal(err)
	}
	return w
}

// deliver hands out the coordinator's wraps (indexed by recipient): in
// open for the user, by distribute for a miner or oracle.
func (p *party) deliver(w [3][]byte) {
	p.t.Helper()
	if p.role == session.User {
		p.open(p.openCall(nil, w[session.Miner], w[session.Oracle]))
		return
	}
	other := recipientsOf(p.role)[1]
	p.d.send(p.t, p.role, protocol.DistributeCall{ID: p.id, WrapUser: w[session.User], WrapOther: w[other]})
}

// deliverReverts checks that delivering the wraps reverts with want.
func (p *party) deliverReverts(w [3][]byte, want string) {
	p.t.Helper()
	var c protocol.Call = p.openCall(nil, w[session.Miner], w[session.Oracle])
	if p.role != session.User {
		c = protocol.DistributeCall{ID: p.id, WrapUser: w[session.User], WrapOther: w[recipientsOf(p.role)[1]]}
	}
	p.d.reverts(p.t, p.d.keys[p.role], p.pack(c), want)
}

// keyFrom derives K of a Method 2 session from its secret, once every
// wrap is on chain.
func (p *party) keyFrom(secret []byte) *skcrypto.SessionKey {
	p.t.Helper()
	v := p.d.poll(p.t, p.id, "every wrap", false, func(v *view) bool {
		return v.wraps[recipientsOf(p.p.Coordinator)[0]] != nil && v.wraps[recipientsOf(p.p.Coordinator)[1]] != nil
	})
	tr := p.prewrap()
	tr.Wraps = v.wraps
	k, err := skcrypto.DeriveSessionKey(p.id, secret, tr.Hash())
	if err != nil {
		p.t.Fatal(err)
	}
	return k
}

// unwrap opens the party's own wrap.
func (p *party) unwrap() []byte {
	p.t.Helper()
	v := p.d.poll(p.t, p.id, "the party's wrap", false, func(v *view) bool { return v.wraps[p.role] != nil })
	s, err := p.recv.Unwrap(skcrypto.WrapInfo(p.prewrap().PrewrapHash(), p.role), v.wraps[p.role])
	if err != nil {
		p.t.Fatal(err)
	}
	return s
}
