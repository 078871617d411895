// Package blame names, from chain data alone, the party that lied in a
// failed Method 1 session (docs/PROTOCOL.md §5.4), or in a failed Method 2
// session of the X25519 suite whose recipients disclosed their one-time
// keys (§6.4; coordinator.go).
//
// After a Method 1 session fails, each honest party discloses the secret
// scalar of its ephemeral key. The session never established, so nothing
// was protected by a key of that exchange. With the disclosed scalars
// anyone can recompute every partial (a partial is X25519 of its
// publisher's scalar and its partner's key, so either scalar suffices),
// the key each party should have derived, and the attestation it should
// have posted, and check every accusation. Two honest parties of three
// disclose enough to check every step of the third.
//
// The package is pure: Collect takes decoded events, Assess returns a
// Report. It never needs a party's cooperation beyond its disclosure.
package blame

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
)

// ErrNoSession: the events hold no SessionOpened.
var ErrNoSession = errors.New("blame: no SessionOpened among the events")

// Evidence is what the chain shows of one session, indexed by role.
type Evidence struct {
	Params session.Params
	// Phase is the last phase the events show.
	Phase session.Phase
	// Fault, Accused and Reporter are SessionFailed's values (Accused is
	// its culprits bitmap).
	Fault    session.Fault
	Accused  session.RoleSet
	Reporter session.Role
	// Stalled is SessionExpired's bitmap.
	Stalled session.RoleSet
	// FailedBlock is the block of SessionFailed (0 if none).
	FailedBlock uint64
	// ClosedBy is the role whose SessionClosed ended an Established
	// session's inferences (Phase is then Closed).
	ClosedBy session.Role

	Commitments  [3][32]byte
	Committed    session.RoleSet
	Reveals      [3][32]byte
	Revealed     session.RoleSet
	Partials     [3][32]byte
	Published    session.RoleSet
	Attestations [3][32]byte
	Attested     session.RoleSet
	Secrets      [3][]byte
	Disclosed    session.RoleSet

	// Method 2: the recorded key versions, the one-time key numbers, the
	// user's per-session key, the wraps, and each recipient's key as the
	// wrap was sealed to it (filled by Fetch from the registry's events;
	// empty for the coordinator). Secrets and Disclosed then hold the
	// recipients' disclosed one-time secrets (32 bytes, or 96 for a hybrid
	// one-time key: its batch's ML-KEM-768 seed and its X25519 scalar).
	KeyVersions   [3]uint32
	OneTimeKeys   [3]uint32
	UserKey       []byte
	Wraps         [3][]byte
	Wrapped       session.RoleSet
	RecipientKeys [3][]byte
}

// Collect gathers the evidence of one session from its decoded events in
// chain order (protocol events and SessionClosed as package wire decodes
// them; others are ignored). A second value for a role is an error: the
// contract accepts one per role.
func Collect(events []any) (*Evidence, error) {
	e := &Evidence{}
	opened := false
	once := func(set *session.RoleSet, r session.Role, what string) error {
		if !r.Valid() {
			return fmt.Errorf("blame: %s of invalid role %v", what, r)
		}
		if set.Has(r) {
			return fmt.Errorf("blame: a second %s of %v", what, r)
		}
		*set |= r.Bit()
		return nil
	}
	for _, ev := range events {
		var err error
		switch ev := ev.(type) {
		case protocol.Opened:
			if opened {
				return nil, errors.New("blame: a second SessionOpened")
			}
			opened, e.Params, e.KeyVersions = true, ev.Params, ev.KeyVersions
		case protocol.OneTimeKeysUsed:
			e.OneTimeKeys = ev.Keys
		case protocol.UserKeyPublished:
			e.UserKey = ev.Key
		case protocol.KeyWrapped:
			if err = once(&e.Wrapped, ev.Recipient, "wrap"); err == nil {
				e.Wraps[ev.Recipient] = ev.Wrapped
			}
		case protocol.OneTimeKeyDisclosed:
			if err = once(&e.Disclosed, ev.Role, "disclosure"); err == nil {
				e.Secrets[ev.Role] = bytes.Clone(ev.Secret)
			}
		case protocol.PhaseAdvanced:
			e.Phase = ev.Phase
		case protocol.Committed:
			if err = once(&e.Committed, ev.Role, "commitment"); err == nil {
				e.Commitments[ev.Role] = ev.Commitment
			}
		case protocol.Revealed:
			if err = once(&e.Revealed, ev.Role, "reveal"); err == nil {
				e.Reveals[ev.Role] = ev.Key
			}
		case protocol.PartialPublished:
			if err = once(&e.Published, ev.Role, "partial"); err == nil {
				e.Partials[ev.Role] = ev.Partial
			}
		case protocol.Attested:
			if err = once(&e.Attested, ev.Role, "attestation"); err == nil {
				e.Attestations[ev.Role] = ev.Attestation
			}
		case protocol.EphemeralDisclosed:
			if err = once(&e.Disclosed, ev.Role, "disclosure"); err == nil {
				e.Secrets[ev.Role] = bytes.Clone(ev.Secret[:])
			}
		case protocol.SessionEstablished:
			e.Phase = session.Established
		case protocol.SessionFailed:
			e.Phase, e.Fault, e.Accused, e.Reporter, e.FailedBlock = session.Failed, ev.Fault, ev.Culprits, ev.Reporter, ev.Block
		case protocol.SessionExpired:
			e.Phase, e.Stalled = session.Expired, ev.Stalled
		case inference.Closed:
			// The contract closes only an Established session.
			e.Phase, e.ClosedBy = session.Closed, ev.Role
		}
		if err != nil {
			return nil, err
		}
	}
	if !opened {
		return nil, ErrNoSession
	}
	return e, nil
}

// Check names one of a role's public steps.
type Check string

// The checks, in the order of the protocol.
const (
	CheckDisclosure  Check = "disclosure"
	CheckReveal      Check = "reveal"
	CheckPartial     Check = "partial"
	CheckAttestation Check = "attestation"
	CheckAccusation  Check = "accusation"
	CheckWrap        Check = "wrap"
)

// Verdict is the result of one check.
type Verdict uint8

// The verdicts.
const (
	// Unknown: the chain does not hold what the check needs (nobody
	// disclosed a scalar that would decide it), or the step was not taken.
	Unknown Verdict = iota
	// Honest: the step is what the protocol requires.
	Honest
	// Lied: the step is provably not what the protocol requires.
	Lied
	// Excused: the step is wrong only because another party's was.
	Excused
)

func (v Verdict) String() string {
	switch v {
	case Honest:
		return "ok"
	case Lied:
		return "LIED"
	case Excused:
		return "excused"
	}
	return "unknown"
}

// Finding is one check of one role's step.
type Finding struct {
	Role    session.Role
	Check   Check
	Verdict Verdict
	Detail  string
}

// Report is the outcome of Assess.
type Report struct {
	Evidence *Evidence
	Findings []Finding
	// Liars are the roles with a Lied finding: what the chain proves.
	Liars session.RoleSet
	// Note says why blame does not apply, when it does not (an
	// established, expired or Method 2 session).
	Note string
	// Pending are the roles that committed, and so hold an ephemeral
	// scalar, but have not disclosed it (yet): honest agents disclose in
	// the blocks after SessionFailed (Evidence.FailedBlock); a liar may
	// never do so.
	Pending session.RoleSet
}

// Final reports whether more disclosures could not change the verdict's
// "nobody proven": a lie is proven, or nobody's disclosure is pending.
// A report that is not final says nobody is proven to have lied *yet*.
func (r *Report) Final() bool { return r.Note != "" || r.Liars != 0 || r.Pending == 0 }

// Assess checks every public step of a failed Method 1 session against
// the disclosed scalars.
func Assess(e *Evidence) *Report {
	r := &Report{Evidence: e}
	switch {
	case e.Phase == session.Established:
		r.Note = "the session established: all three attested the same key; nobody to blame"
		return r
	case e.Phase == session.Closed:
		r.Note = "the session established (all three attested the same key) and was then closed; nobody to blame"
		return r
	case e.Phase == session.Expired:
		r.Note = fmt.Sprintf("the session expired: %s did not act in time; nobody to blame", theRoles(e.Stalled))
		return r
	case e.Phase != session.Failed:
		r.Note = fmt.Sprintf("the session is still under way (%v)", e.Phase)
		return r
	}
	if e.Params.Method == session.Coordinator {
		assessCoordinator(e, r)
		return r
	}
	r.Pending = e.Committed &^ e.Disclosed
	a := assessor{e: e, r: r}
	a.disclosures()
	a.reveals()
	a.partials()
	a.attestations()
	a.accusation()
	return r
}

// theRoles names the roles of s as a sentence does: "the miner", "the
// user and the oracle", "the user, the miner and the oracle".
func theRoles(s session.RoleSet) string {
	m := s.Members()
	if len(m) == 0 {
		return "nobody"
	}
	names := make([]string, len(m))
	for i, r := range m {
		names[i] = "the " + r.String()
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

type assessor struct {
	e *Evidence
	r *Report
	// keys[x] is x's disclosed scalar when it matches x's public key.
	keys [3]*ecdh.PrivateKey
	// partialOK[x] is the verdict on x's partial.
	partialOK [3]Verdict
	lowOrder  session.RoleSet
}

func (a *assessor) add(role session.Role, c Check, v Verdict, format string, args ...any) {
	a.r.Findings = append(a.r.Findings, Finding{Role: role, Check: c, Verdict: v, Detail: fmt.Sprintf(format, args...)})
	if v == Lied {
		a.r.Liars |= role.Bit()
	}
}

// disclosures checks each disclosed scalar against its role's reveal (or,
// without one, its commitment).
func (a *assessor) disclosures() {
	e := a.e
	for _, x := range session.Roles {
		if !e.Disclosed.Has(x) {
			a.add(x, CheckDisclosure, Unknown, "did not disclose its ephemeral secret")
			continue
		}
		k, err := skcrypto.ParseX25519Private(e.Secrets[x])
		if err != nil {
			a.add(x, CheckDisclosure, Lied, "disclosed a value that is no X25519 scalar: %v", err)
			continue
		}
		pub := skcrypto.PublicBytes(k)
		switch {
		case e.Revealed.Has(x) && pub == e.Reveals[x]:
			a.keys[x] = k
			a.add(x, CheckDisclosure, Honest, "the disclosed scalar matches its revealed key")
		case e.Revealed.Has(x):
			a.add(x, CheckDisclosure, Lied, "the disclosed scalar does not match its revealed key")
		case e.Committed.Has(x) && skcrypto.Commitment(e.Params.ChainID, e.Params.Contract, e.Params.ID, x, e.Params.Account(x), pub) == e.Commitments[x]:
			a.keys[x] = k
			a.add(x, CheckDisclosure, Honest, "the disclosed scalar matches its commitment (it never revealed)")
		default:
			a.add(x, CheckDisclosure, Lied, "the disclosed scalar matches neither a reveal nor its commitment")
		}
	}
}

// reveals flags low-order revealed keys: they force a known shared value.
func (a *assessor) reveals() {
	e := a.e
	for _, x := range session.Roles {
		if !e.Revealed.Has(x) {
			continue
		}
		if err := skcrypto.CheckX25519Order(e.Reveals[x][:]); err != nil {
			a.lowOrder |= x.Bit()
			a.add(x, CheckReveal, Lied, "revealed a low-order key %x", e.Reveals[x])
			continue
		}
		a.add(x, CheckReveal, Honest, "revealed a usable key matching its commitment")
	}
}

// expectedPartial recomputes x's partial from x's or its partner's scalar.
func (a *assessor) expectedPartial(x session.Role) ([32]byte, bool, error) {
	e, p := a.e, protocol.PartnerOf(x)
	if !e.Revealed.Has(x) || !e.Revealed.Has(p) {
		return [32]byte{}, false, nil
	}
	if k := a.keys[x]; k != nil {
		v, err := skcrypto.X25519(k, e.Reveals[p][:])
		return v, true, err
	}
	if k := a.keys[p]; k != nil {
		v, err := skcrypto.X25519(k, e.Reveals[x][:])
		return v, true, err
	}
	return [32]byte{}, false, nil
}

func (a *assessor) partials() {
	e := a.e
	for _, x := range session.Roles {
		if !e.Published.Has(x) {
			continue
		}
		p := protocol.PartnerOf(x)
		want, known, err := a.expectedPartial(x)
		switch {
		case !known:
			a.add(x, CheckPartial, Unknown, "cannot be recomputed: neither it nor the %v disclosed", p)
		case err != nil:
			// A low-order key on either side: that reveal was the lie.
			a.partialOK[x] = Excused
			a.add(x, CheckPartial, Excused, "has no correct value: a low-order key was revealed")
		case want != e.Partials[x]:
			a.partialOK[x] = Lied
			a.add(x, CheckPartial, Lied, "published %x; X25519 of its key and the %v's is %x", e.Partials[x], p, want)
		default:
			a.partialOK[x] = Honest
			a.add(x, CheckPartial, Honest, "equals X25519 of its key and the %v's", p)
		}
	}
}

// attestations recomputes the key every party should hold and checks each
// attestation made with a correct partial in hand.
func (a *assessor) attestations() {
	e := a.e
	if e.Attested == 0 {
		return
	}
	if e.Published != session.AllRoles {
		return // attestations need all three partials: the contract enforces it
	}
	var want [32]byte
	found := false
	for _, x := range session.Roles {
		k := a.keys[x]
		if k == nil || a.partialOK[protocol.SourceOf(x)] != Honest {
			continue
		}
		z, err := skcrypto.X25519(k, e.Partials[protocol.SourceOf(x)][:])
		if err != nil {
			continue
		}
		t := skcrypto.CombinedTranscript{Params: e.Params, Commitments: e.Commitments, EphemeralKeys: e.Reveals, Partials: e.Partials}
		key, err := skcrypto.DeriveSessionKey(e.Params.ID, z[:], t.Hash())
		clear(z[:])
		if err != nil {
			continue
		}
		want, found = key.Attestation(), true
		key.Zero()
		break
	}
	for _, x := range session.Roles {
		if !e.Attested.Has(x) {
			continue
		}
		src := protocol.SourceOf(x)
		switch {
		case a.partialOK[src] == Lied || a.partialOK[src] == Excused:
			a.add(x, CheckAttestation, Excused, "the partial meant for it (the %v's) was wrong", src)
		case !found || a.partialOK[src] != Honest:
			a.add(x, CheckAttestation, Unknown, "the key it should hold cannot be recomputed from what was disclosed")
		case e.Attestations[x] != want:
			a.add(x, CheckAttestation, Lied, "attested %x; the key its partials give attests %x", e.Attestations[x], want)
		default:
			a.add(x, CheckAttestation, Honest, "attested the key its partials give")
		}
	}
}

// accusation checks an abort's claim against the evidence.
func (a *assessor) accusation() {
	e := a.e
	if e.Fault == session.AttestationMismatch || e.Fault == session.FaultNone {
		return
	}
	rep := e.Reporter
	for _, x := range session.Roles {
		if !e.Accused.Has(x) {
			continue
		}
		var v Verdict
		var why string
		switch e.Fault {
		case session.InvalidPublicKey:
			switch {
			case a.lowOrder.Has(x):
				v, why = Honest, "its revealed key has low order"
			case e.Revealed.Has(x):
				v, why = Lied, "its revealed key is usable"
			default:
				v, why = Lied, "it revealed no key"
			}
		case session.InvalidPartial:
			v, why = a.partialClaim(x, rep)
		case session.InvalidWrap:
			v, why = Lied, "Method 1 has no wraps"
		default:
			v, why = Unknown, "a claim the chain cannot check"
		}
		switch v {
		case Honest:
			a.add(rep, CheckAccusation, Honest, "accused the %v of %v rightly: %s", x, e.Fault, why)
		case Lied:
			a.add(rep, CheckAccusation, Lied, "accused the %v of %v falsely: %s", x, e.Fault, why)
		default:
			a.add(rep, CheckAccusation, Unknown, "accused the %v of %v: %s", x, e.Fault, why)
		}
	}
}

// partialClaim judges "x's partial is invalid" reported by rep: true when
// the partial is wrong, or when it is the one meant for rep and gives an
// all-zero key with rep's scalar.
func (a *assessor) partialClaim(x, rep session.Role) (Verdict, string) {
	e := a.e
	if !e.Published.Has(x) {
		return Lied, "it published no partial"
	}
	switch a.partialOK[x] {
	case Lied:
		return Honest, "its partial is wrong"
	case Excused:
		return Honest, "its partial involves a low-order key"
	case Unknown:
		return Unknown, "its partial cannot be recomputed from what was disclosed"
	}
	if protocol.SourceOf(rep) == x {
		if k := a.keys[rep]; k != nil {
			if _, err := skcrypto.X25519(k, e.Partials[x][:]); err != nil {
				return Honest, "its partial gives an all-zero key"
			}
		}
	}
	return Lied, "its partial is correct"
}

// WriteTo prints the report: the on-chain outcome, each finding, and the
// verdict.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	e := r.Evidence
	p := e.Params
	fmt.Fprintf(&b, "session %v\n", p.ID)
	fmt.Fprintf(&b, "  chain %d, contract %s, method %v, suite %v\n", p.ChainID, p.Contract.Hex(), p.Method, p.Suite)
	switch e.Phase {
	case session.Failed:
		fmt.Fprintf(&b, "  on chain: Failed, %v, culprits %v", e.Fault, e.Accused)
		if e.Fault != session.AttestationMismatch {
			fmt.Fprintf(&b, ", reported by %v", e.Reporter)
		}
		b.WriteString("\n")
	case session.Expired:
		fmt.Fprintf(&b, "  on chain: Expired, stalled %v\n", e.Stalled)
	case session.Established:
		b.WriteString("  on chain: Established\n")
	case session.Closed:
		fmt.Fprintf(&b, "  on chain: Established, then closed by the %v\n", e.ClosedBy)
	default:
		fmt.Fprintf(&b, "  on chain: %v\n", e.Phase)
	}
	if r.Note != "" {
		fmt.Fprintf(&b, "  %s\n", r.Note)
		n, err := io.WriteString(w, b.String())
		return int64(n), err
	}
	fmt.Fprintf(&b, "  disclosed: %v\n", e.Disclosed)
	if r.Pending != 0 {
		fmt.Fprintf(&b, "  waiting for the disclosure of %v, due since block %d (SessionFailed); honest agents disclose within a few blocks\n", r.Pending, e.FailedBlock)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "  %-6s %-11s %-7s %s\n", f.Role, f.Check, f.Verdict, f.Detail)
	}
	switch {
	case r.Liars != 0:
		fmt.Fprintf(&b, "verdict: %v lied\n", r.Liars)
	case r.Pending != 0:
		fmt.Fprintf(&b, "verdict: pending: nobody is proven to have lied yet; waiting for the disclosure of %v since block %d\n", r.Pending, e.FailedBlock)
	default:
		b.WriteString("verdict: no party is proven to have lied by what was disclosed\n")
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Reader is what Fetch needs of a chain client.
type Reader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Fetch reads the session's logs of the contract from fromBlock on (every
// session event has the session id as its first topic), decodes them and
// collects the evidence.
func Fetch(ctx context.Context, r Reader, contract common.Address, fromBlock uint64, id session.ID) (*Evidence, error) {
	chainID, err := r.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("blame: chain id: %w", err)
	}
	logs, err := wire.SessionLogs(ctx, r, contract, fromBlock, id)
	if err != nil {
		return nil, fmt.Errorf("blame: %w", err)
	}
	dec := wire.NewDecoder(chainID.Uint64(), contract)
	events := make([]any, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("blame: log %d of tx %s: %w", logs[i].Index, logs[i].TxHash, err)
		}
		events = append(events, ev)
	}
	e, err := Collect(events)
	if errors.Is(err, ErrNoSession) {
		return nil, fmt.Errorf("%w: %v at %s", ErrNoSession, id, contract.Hex())
	}
	if err != nil || e.Params.Method != session.Coordinator {
		return e, err
	}
	return e, fillRecipientKeys(ctx, r, dec, contract, fromBlock, e)
}
