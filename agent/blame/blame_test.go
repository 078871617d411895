package blame

import (
	"bytes"
	"crypto/ecdh"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// world is an honest Method 1 exchange; tests make one party deviate.
type world struct {
	p      session.Params
	keys   [3]*ecdh.PrivateKey
	seeds  [3][32]byte
	events []any
}

func newWorld(t *testing.T, label string) *world {
	t.Helper()
	w := &world{p: session.Params{
		ChainID: 31337, Contract: common.HexToAddress("0x5e55"), ID: session.ID(sha256.Sum256([]byte(label))),
		Method: session.Combined, Suite: session.X25519, Coordinator: session.User,
		User: common.HexToAddress("0x01"), Miner: common.HexToAddress("0x02"), Oracle: common.HexToAddress("0x03"),
	}}
	for _, r := range session.Roles {
		w.seeds[r] = sha256.Sum256([]byte(label + r.String()))
		k, err := skcrypto.ParseX25519Private(w.seeds[r][:])
		if err != nil {
			t.Fatal(err)
		}
		w.keys[r] = k
	}
	return w
}

func (w *world) meta() protocol.Meta { return protocol.Meta{Contract: w.p.Contract, Session: w.p.ID} }

func (w *world) add(ev any) { w.events = append(w.events, ev) }

// exchange emits the events of the exchange up to the attestations, with
// reveals and partials overridden where given.
func (w *world) exchange(t *testing.T, reveals map[session.Role][32]byte, partials map[session.Role][32]byte) (reveal [3][32]byte, partial [3][32]byte) {
	t.Helper()
	w.add(protocol.Opened{Meta: w.meta(), Params: w.p})
	for _, r := range session.Roles {
		reveal[r] = skcrypto.PublicBytes(w.keys[r])
		if v, ok := reveals[r]; ok {
			reveal[r] = v
		}
		c := skcrypto.Commitment(w.p.ChainID, w.p.Contract, w.p.ID, r, w.p.Account(r), reveal[r])
		w.add(protocol.Committed{Meta: w.meta(), Role: r, Commitment: c})
	}
	for _, r := range session.Roles {
		w.add(protocol.Revealed{Meta: w.meta(), Role: r, Key: reveal[r]})
	}
	for _, r := range session.Roles {
		v, err := skcrypto.X25519(w.keys[r], reveal[protocol.PartnerOf(r)][:])
		if err != nil && partials[r] == ([32]byte{}) {
			v = [32]byte{1} // a party facing a low-order key publishes something
		}
		if o, ok := partials[r]; ok {
			v = o
		}
		partial[r] = v
		w.add(protocol.PartialPublished{Meta: w.meta(), Role: r, Partial: v})
	}
	return reveal, partial
}

// attestation is what role r attests honestly given the chain's values.
func (w *world) attestation(t *testing.T, r session.Role, reveal, partial [3][32]byte) [32]byte {
	t.Helper()
	var commit [3][32]byte
	for _, x := range session.Roles {
		commit[x] = skcrypto.Commitment(w.p.ChainID, w.p.Contract, w.p.ID, x, w.p.Account(x), reveal[x])
	}
	z, err := skcrypto.X25519(w.keys[r], partial[protocol.SourceOf(r)][:])
	if err != nil {
		t.Fatal(err)
	}
	tr := skcrypto.CombinedTranscript{Params: w.p, Commitments: commit, EphemeralKeys: reveal, Partials: partial}
	k, err := skcrypto.DeriveSessionKey(w.p.ID, z[:], tr.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return k.Attestation()
}

func (w *world) disclose(roles ...session.Role) {
	for _, r := range roles {
		w.add(protocol.EphemeralDisclosed{Meta: w.meta(), Role: r, Secret: w.seeds[r]})
	}
}

func (w *world) assess(t *testing.T) *Report {
	t.Helper()
	e, err := Collect(w.events)
	if err != nil {
		t.Fatal(err)
	}
	r := Assess(e)
	var out bytes.Buffer
	if _, err := r.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("verify:\n%s", out.String())
	return r
}

func finding(r *Report, role session.Role, c Check) Verdict {
	for _, f := range r.Findings {
		if f.Role == role && f.Check == c {
			return f.Verdict
		}
	}
	return Unknown
}

func TestWrongPartialIsNamed(t *testing.T) {
	w := newWorld(t, "wrong partial")
	w.exchange(t, nil, map[session.Role][32]byte{session.Miner: {7}})
	// The oracle checks the miner's partial and aborts.
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.InvalidPartial, Culprits: session.Miner.Bit(), Reporter: session.Oracle})
	w.disclose(session.User, session.Oracle)
	r := w.assess(t)
	if r.Liars != session.Miner.Bit() {
		t.Fatalf("liars %v, want miner", r.Liars)
	}
	if finding(r, session.Oracle, CheckAccusation) != Honest || finding(r, session.Miner, CheckPartial) != Lied {
		t.Fatalf("findings %+v", r.Findings)
	}
}

func TestFalseAccusationIsNamed(t *testing.T) {
	w := newWorld(t, "false accusation")
	w.exchange(t, nil, nil)
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.InvalidPartial, Culprits: session.Miner.Bit(), Reporter: session.Oracle})
	w.disclose(session.User, session.Miner) // the liar does not disclose
	r := w.assess(t)
	if r.Liars != session.Oracle.Bit() {
		t.Fatalf("liars %v, want oracle", r.Liars)
	}
	if finding(r, session.Oracle, CheckDisclosure) != Unknown {
		t.Fatalf("the oracle did not disclose: %+v", r.Findings)
	}
	for _, x := range session.Roles {
		if finding(r, x, CheckPartial) != Honest {
			t.Fatalf("%v's partial: %v", x, finding(r, x, CheckPartial))
		}
	}
}

func TestWrongAttestationIsNamed(t *testing.T) {
	for _, liar := range session.Roles {
		t.Run(liar.String(), func(t *testing.T) {
			w := newWorld(t, "attestation "+liar.String())
			reveal, partial := w.exchange(t, nil, nil)
			for _, r := range session.Roles {
				a := w.attestation(t, r, reveal, partial)
				if r == liar {
					a[0] ^= 1
				}
				w.add(protocol.Attested{Meta: w.meta(), Role: r, Attestation: a})
			}
			w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.AttestationMismatch, Culprits: liar.Bit()})
			var honest []session.Role
			for _, r := range session.Roles {
				if r != liar {
					honest = append(honest, r)
				}
			}
			w.disclose(honest...)
			r := w.assess(t)
			if r.Liars != liar.Bit() {
				t.Fatalf("liars %v, want %v", r.Liars, liar)
			}
		})
	}
}

// A wrong partial makes its victim attest a different key: the victim is
// the odd one out on chain, but blame names the publisher.
func TestMismatchVictimIsExcused(t *testing.T) {
	w := newWorld(t, "victim")
	_, partial := w.exchange(t, nil, map[session.Role][32]byte{session.User: {9}}) // meant for the oracle
	reveal := [3][32]byte{}
	for _, r := range session.Roles {
		reveal[r] = skcrypto.PublicBytes(w.keys[r])
	}
	for _, r := range session.Roles {
		w.add(protocol.Attested{Meta: w.meta(), Role: r, Attestation: w.attestation(t, r, reveal, partial)})
	}
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.AttestationMismatch, Culprits: session.Oracle.Bit()})
	w.disclose(session.Miner, session.Oracle)
	r := w.assess(t)
	if r.Liars != session.User.Bit() {
		t.Fatalf("liars %v, want user", r.Liars)
	}
	if finding(r, session.Oracle, CheckAttestation) != Excused {
		t.Fatalf("the oracle's attestation: %v", finding(r, session.Oracle, CheckAttestation))
	}
}

func TestLowOrderRevealIsNamed(t *testing.T) {
	w := newWorld(t, "low order")
	low := [32]byte{1} // u = 1: a point of order 4
	w.exchange(t, map[session.Role][32]byte{session.Miner: low}, nil)
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.InvalidPublicKey, Culprits: session.Miner.Bit(), Reporter: session.User})
	w.disclose(session.User, session.Oracle)
	r := w.assess(t)
	if !r.Liars.Has(session.Miner) || r.Liars.Has(session.User) || r.Liars.Has(session.Oracle) {
		t.Fatalf("liars %v, want miner only", r.Liars)
	}
	if finding(r, session.User, CheckAccusation) != Honest {
		t.Fatalf("the user's accusation: %+v", r.Findings)
	}
}

func TestFalseDisclosureIsNamed(t *testing.T) {
	w := newWorld(t, "false disclosure")
	w.exchange(t, nil, map[session.Role][32]byte{session.Oracle: {3}})
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.InvalidPartial, Culprits: session.Oracle.Bit(), Reporter: session.Miner})
	w.disclose(session.User, session.Miner)
	w.add(protocol.EphemeralDisclosed{Meta: w.meta(), Role: session.Oracle, Secret: [32]byte{42}})
	r := w.assess(t)
	if r.Liars != session.Oracle.Bit() || finding(r, session.Oracle, CheckDisclosure) != Lied {
		t.Fatalf("liars %v findings %+v", r.Liars, r.Findings)
	}
}

func TestNothingDisclosedProvesNothing(t *testing.T) {
	w := newWorld(t, "silent")
	w.exchange(t, nil, map[session.Role][32]byte{session.Miner: {7}})
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.InvalidPartial, Culprits: session.Miner.Bit(), Reporter: session.Oracle})
	r := w.assess(t)
	if r.Liars != 0 {
		t.Fatalf("liars %v from nothing disclosed", r.Liars)
	}
	if finding(r, session.Miner, CheckPartial) != Unknown || finding(r, session.Oracle, CheckAccusation) != Unknown {
		t.Fatalf("findings %+v", r.Findings)
	}
}

func TestBlameAppliesToFailedSessionsOnly(t *testing.T) {
	w := newWorld(t, "not failed")
	w.exchange(t, nil, nil)
	w.add(protocol.SessionExpired{Meta: w.meta(), Phase: session.Attesting, Stalled: session.Oracle.Bit()})
	r := w.assess(t)
	if r.Note == "" || r.Liars != 0 || len(r.Findings) != 0 {
		t.Fatalf("expired session: %+v", r)
	}
	w2 := newWorld(t, "method 2")
	w2.p.Method = session.Coordinator
	w2.add(protocol.Opened{Meta: w2.meta(), Params: w2.p})
	w2.add(protocol.SessionFailed{Meta: w2.meta(), Fault: session.InvalidWrap, Culprits: session.User.Bit(), Reporter: session.Miner})
	// A failed Method 2 session is assessed (coordinator.go); with nothing
	// disclosed (and no one-time keys to disclose), nobody is proven to
	// have lied.
	if r := w2.assess(t); r.Note != "" || r.Liars != 0 || r.Pending != 0 || finding(r, session.Miner, CheckDisclosure) != Unknown {
		t.Fatalf("method 2: note %q liars %v pending %v", r.Note, r.Liars, r.Pending)
	}
}

func TestCollectRejectsDuplicatesAndMissingOpen(t *testing.T) {
	w := newWorld(t, "dup")
	if _, err := Collect(nil); !errors.Is(err, ErrNoSession) {
		t.Fatalf("no events: %v", err)
	}
	w.exchange(t, nil, nil)
	w.add(protocol.PartialPublished{Meta: w.meta(), Role: session.User, Partial: [32]byte{1}})
	if _, err := Collect(w.events); err == nil || !strings.Contains(err.Error(), "second partial") {
		t.Fatalf("duplicate partial: %v", err)
	}
	bad := []any{protocol.Opened{Meta: w.meta(), Params: w.p}, protocol.Revealed{Meta: w.meta(), Role: session.Role(5)}}
	if _, err := Collect(bad); err == nil {
		t.Fatal("invalid role accepted")
	}
}

// TestPendingDisclosuresAreNamed: while a party that committed has not
// disclosed, the report says whose disclosure it waits for and since which
// block, and is not final unless a lie is already proven (issue 17 point 10).
func TestPendingDisclosuresAreNamed(t *testing.T) {
	// The oracle accuses the miner's correct partial; only the user has
	// disclosed, and the user's scalar cannot decide the miner's partial.
	w := newWorld(t, "pending")
	w.exchange(t, nil, nil)
	failed := w.meta()
	failed.Block = 41
	w.add(protocol.SessionFailed{Meta: failed, Fault: session.InvalidPartial, Culprits: session.Miner.Bit(), Reporter: session.Oracle})
	w.disclose(session.User)

	r := w.assess(t)
	if r.Liars != 0 || r.Pending != session.Miner.Bit()|session.Oracle.Bit() || r.Final() {
		t.Fatalf("liars %v, pending %v, final %v; want none, miner+oracle, not final", r.Liars, r.Pending, r.Final())
	}
	var out bytes.Buffer
	if _, err := r.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"waiting for the disclosure of miner+oracle", "since block 41", "verdict: pending"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("report does not say %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "verdict: no party is proven to have lied") {
		t.Fatalf("a pending report reads as final:\n%s", out.String())
	}

	// The miner's disclosure proves the accusation false: final, though
	// the oracle (the liar) never discloses.
	w.disclose(session.Miner)
	r = w.assess(t)
	if r.Liars != session.Oracle.Bit() || r.Pending != session.Oracle.Bit() || !r.Final() {
		t.Fatalf("liars %v, pending %v, final %v; want oracle, oracle, final", r.Liars, r.Pending, r.Final())
	}

	// Everyone disclosed: nothing pending.
	w = newWorld(t, "all disclosed")
	w.exchange(t, nil, nil)
	w.add(protocol.SessionFailed{Meta: w.meta(), Fault: session.FaultOther, Culprits: session.Miner.Bit(), Reporter: session.Oracle})
	w.disclose(session.User, session.Miner, session.Oracle)
	if r := w.assess(t); r.Pending != 0 || !r.Final() {
		t.Fatalf("pending %v, final %v", r.Pending, r.Final())
	}
}
