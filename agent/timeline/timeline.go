// Package timeline rebuilds a session's history from on-chain events alone:
// one entry per transaction that touched the session, with its block, hash,
// acting role, steps and gas, and the outcome. It reads nothing but logs and
// receipts, so anyone can audit a session with it.
package timeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// ErrNoSession is returned when no SessionOpened event has the id.
var ErrNoSession = errors.New("timeline: no such session")

// Step is one event of the session.
type Step struct {
	Name    string       // event name, e.g. "Committed"
	Role    session.Role // the role the event is about, when HasRole
	HasRole bool
	Detail  string // a short, public rendering of the event's values
}

// Entry is one transaction that touched the session.
type Entry struct {
	Block   uint64
	TxHash  common.Hash
	TxIndex uint
	Actor   string // the acting role, or "anyone" (expire)
	Steps   []Step
	GasUsed uint64 // of the whole transaction (a multicall may serve other sessions too)
}

// Timeline is a session's history and outcome.
type Timeline struct {
	ID          session.ID
	Params      session.Params
	Entries     []Entry
	Phase       session.Phase // the last phase seen in events
	Attestation [32]byte      // when Established
	Fault       session.Fault // when Failed
	Culprits    session.RoleSet
	Stalled     session.RoleSet // when Expired
	Attested    [3][32]byte     // each role's attestation, zero if none
	// Inferences are the session's requests, by request number (seq).
	Inferences []Inference
	ClosedBy   session.Role // when Closed
	// KeyVersions are the registered key versions SessionOpened recorded
	// (Method 2 recipients; 0 otherwise), OneTimeKeys the one-time key
	// numbers of OneTimeKeysUsed (0: none).
	KeyVersions [3]uint32
	OneTimeKeys [3]uint32
}

// KeyKind says which kind of key the Method 2 wrap for recipient r was
// sealed to: "one-time key #N" (of r's pool of the session's suite; in the
// hybrid suite both its ML-KEM-768 and its X25519 halves are one-time),
// "registered key vV", or "" when r is no recipient.
func (t *Timeline) KeyKind(r session.Role) string {
	p := &t.Params
	if p.Method != session.Coordinator || r == session.User || r == p.Coordinator {
		return ""
	}
	n, v := t.OneTimeKeys[r], t.KeyVersions[r]
	switch {
	case n != 0 && p.Suite == session.Hybrid:
		return fmt.Sprintf("one-time key #%d (hybrid: ML-KEM-768 and X25519 both one-time)", n)
	case n != 0:
		return fmt.Sprintf("one-time key #%d", n)
	default:
		return fmt.Sprintf("registered key v%d (no forward secrecy before its rotation)", v)
	}
}

// Inference is one request of an Established session as the chain shows
// it: ciphertext sizes and the verdict, never a plaintext.
type Inference struct {
	Seq         uint64
	PromptBytes int
	Answered    bool
	AnswerBytes int
	Commitment  [32]byte
	// Streamed: the stream transport (PROTOCOL.md §13.8); PromptBytes and
	// AnswerBytes are then the recorded stream sizes, and the hashes are
	// the records' (the streams themselves are not on chain).
	Streamed               bool
	PromptHash, AnswerHash [32]byte
	Judged                 bool
	Valid                  bool
	Reason                 inference.Reason
}

// inference returns request seq, or nil.
func (t *Timeline) inference(seq uint64) *Inference {
	if seq < uint64(len(t.Inferences)) {
		return &t.Inferences[seq]
	}
	return nil
}

// Reader is what Build needs of a chain client.
type Reader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Build fetches the session's logs (every session event has the session id
// as its first topic) from fromBlock on and builds the timeline.
func Build(ctx context.Context, r Reader, contract common.Address, fromBlock uint64, id session.ID) (*Timeline, error) {
	chainID, err := r.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: chain id: %w", err)
	}
	logs, err := wire.SessionLogs(ctx, r, contract, fromBlock, id)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	gas := map[common.Hash]uint64{}
	for _, l := range logs {
		if _, ok := gas[l.TxHash]; ok {
			continue
		}
		rcpt, err := r.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return nil, fmt.Errorf("timeline: receipt of %s: %w", l.TxHash, err)
		}
		gas[l.TxHash] = rcpt.GasUsed
	}
	return FromLogs(chainID.Uint64(), contract, id, logs, gas)
}

// FromLogs builds the timeline from logs already fetched; gas maps
// transaction hashes to gas used (missing entries read 0). Logs of other
// contracts or sessions, removed logs and undecodable logs are errors: the
// caller asked for this session's logs.
func FromLogs(chainID uint64, contract common.Address, id session.ID, logs []types.Log, gas map[common.Hash]uint64) (*Timeline, error) {
	logs = append([]types.Log(nil), logs...)
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	abi := bindings.NewSessionKeystore()
	t := &Timeline{ID: id, Params: session.Params{ChainID: chainID, Contract: contract, ID: id}}
	opened := false
	for i := range logs {
		l := &logs[i]
		if l.Address != contract || len(l.Topics) < 2 || session.ID(l.Topics[1]) != id || l.Removed {
			return nil, fmt.Errorf("timeline: log %d of tx %s is not a live log of session %v", l.Index, l.TxHash, id)
		}
		step, actor, err := t.apply(abi, l)
		if err != nil {
			return nil, fmt.Errorf("timeline: log %d of tx %s: %w", l.Index, l.TxHash, err)
		}
		if step.Name == "SessionOpened" {
			opened = true
		}
		n := len(t.Entries)
		if n == 0 || t.Entries[n-1].TxHash != l.TxHash {
			t.Entries = append(t.Entries, Entry{Block: l.BlockNumber, TxHash: l.TxHash, TxIndex: l.TxIndex, GasUsed: gas[l.TxHash]})
			n++
		}
		e := &t.Entries[n-1]
		if e.Actor == "" && actor != "" {
			e.Actor = actor
		}
		e.Steps = append(e.Steps, step)
	}
	if !opened {
		return nil, fmt.Errorf("%w: %v", ErrNoSession, id)
	}
	return t, nil
}

func hexShort(b []byte) string {
	const n = 6
	if len(b) <= 2*n {
		return fmt.Sprintf("0x%x", b)
	}
	return fmt.Sprintf("0x%x…%x", b[:n], b[len(b)-n:])
}

func roleOf(v uint8) (session.Role, error) {
	r := session.Role(v)
	if !r.Valid() {
		return 0, fmt.Errorf("invalid role %d", v)
	}
	return r, nil
}

// apply decodes one log into a step, updating the outcome fields.
func (t *Timeline) apply(abi *bindings.SessionKeystore, l *types.Log) (Step, string, error) {
	parsed := abi.GetABI()
	ev, err := parsed.EventByID(l.Topics[0])
	if err != nil {
		return Step{}, "", fmt.Errorf("unknown event %s", l.Topics[0])
	}
	s := Step{Name: ev.Name}
	actor := ""
	withRole := func(v uint8) error {
		r, err := roleOf(v)
		s.Role, s.HasRole, actor = r, true, r.String()
		return err
	}
	switch ev.Name {
	case "SessionOpened":
		e, err := abi.UnpackSessionOpenedEvent(l)
		if err != nil {
			return s, "", err
		}
		t.Params.Method, t.Params.Suite, t.Params.Coordinator = session.Method(e.Method), session.Suite(e.Suite), session.Role(e.Coordinator)
		t.Params.User, t.Params.Miner, t.Params.Oracle = e.User, e.Miner, e.Oracle
		t.KeyVersions[session.Miner], t.KeyVersions[session.Oracle] = e.MinerKeyVersion, e.OracleKeyVersion
		s.Detail = fmt.Sprintf("method %v, suite %v, coordinator %v, timeout %ds, key versions miner %d oracle %d",
			t.Params.Method, t.Params.Suite, t.Params.Coordinator, e.PhaseTimeout, e.MinerKeyVersion, e.OracleKeyVersion)
		actor = session.User.String()
	case "OracleNamed":
		e, err := abi.UnpackOracleNamedEvent(l)
		if err != nil {
			return s, "", err
		}
		if e.Oracle != t.Params.Oracle {
			return s, "", fmt.Errorf("OracleNamed names %s, SessionOpened %s", e.Oracle.Hex(), t.Params.Oracle.Hex())
		}
		s.Detail = "oracle " + e.Oracle.Hex()
	case "PhaseAdvanced":
		e, err := abi.UnpackPhaseAdvancedEvent(l)
		if err != nil {
			return s, "", err
		}
		t.Phase = session.Phase(e.Phase)
		s.Detail = fmt.Sprintf("→ %v until %s", t.Phase, time.Unix(int64(e.Deadline), 0).UTC().Format("2006-01-02 15:04:05 UTC"))
	case "Committed":
		e, err := abi.UnpackCommittedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		s.Detail = hexShort(e.Commitment[:])
		return s, actor, err
	case "Revealed":
		e, err := abi.UnpackRevealedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		s.Detail = hexShort(e.EphemeralKey[:])
		return s, actor, err
	case "PartialPublished":
		e, err := abi.UnpackPartialPublishedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		s.Detail = hexShort(e.Partial[:])
		return s, actor, err
	case "UserKeyPublished":
		e, err := abi.UnpackUserKeyPublishedEvent(l)
		if err != nil {
			return s, "", err
		}
		s.Detail = fmt.Sprintf("%d bytes %s", len(e.PublicKey), hexShort(e.PublicKey))
		actor = session.User.String()
	case "KeyWrapped":
		e, err := abi.UnpackKeyWrappedEvent(l)
		if err != nil {
			return s, "", err
		}
		r, err := roleOf(e.Recipient)
		if err != nil {
			return s, "", err
		}
		s.Role, s.HasRole = r, true
		s.Detail = fmt.Sprintf("for %v: %d bytes", r, len(e.Wrapped))
		actor = t.Params.Coordinator.String()
	case "Attested":
		e, err := abi.UnpackAttestedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		if err == nil {
			t.Attested[s.Role] = e.Attestation
		}
		s.Detail = hexShort(e.Attestation[:])
		return s, actor, err
	case "SessionEstablished":
		e, err := abi.UnpackSessionEstablishedEvent(l)
		if err != nil {
			return s, "", err
		}
		t.Phase, t.Attestation = session.Established, e.Attestation
		s.Detail = hexShort(e.Attestation[:])
	case "SessionFailed":
		e, err := abi.UnpackSessionFailedEvent(l)
		if err != nil {
			return s, "", err
		}
		t.Phase, t.Fault, t.Culprits = session.Failed, session.Fault(e.Fault), session.RoleSet(e.Culprits)
		s.Detail = fmt.Sprintf("%v, culprits %v", t.Fault, t.Culprits)
		if t.Fault != session.AttestationMismatch {
			r, err := roleOf(e.Reporter)
			if err != nil {
				return s, "", err
			}
			actor = r.String()
			s.Detail += ", reported by " + actor
		}
	case "SessionExpired":
		e, err := abi.UnpackSessionExpiredEvent(l)
		if err != nil {
			return s, "", err
		}
		t.Phase, t.Stalled = session.Expired, session.RoleSet(e.Stalled)
		s.Detail = fmt.Sprintf("in %v, stalled %v", session.Phase(e.Phase), t.Stalled)
		actor = "anyone"
	case "InferenceRequested":
		e, err := abi.UnpackInferenceRequestedEvent(l)
		if err != nil {
			return s, "", err
		}
		if e.Seq != uint64(len(t.Inferences)) {
			return s, "", fmt.Errorf("request %d out of order", e.Seq)
		}
		t.Inferences = append(t.Inferences, Inference{Seq: e.Seq, PromptBytes: len(e.Ciphertext)})
		s.Detail, actor = fmt.Sprintf("request %d, %d bytes of ciphertext", e.Seq, len(e.Ciphertext)), session.User.String()
	case "InferenceAnswered":
		e, err := abi.UnpackInferenceAnsweredEvent(l)
		if err != nil {
			return s, "", err
		}
		in := t.inference(e.Seq)
		if in == nil || in.Answered {
			return s, "", fmt.Errorf("answer to request %d out of order", e.Seq)
		}
		in.Answered, in.AnswerBytes, in.Commitment = true, len(e.Ciphertext), e.Commitment
		s.Detail, actor = fmt.Sprintf("request %d, %d bytes of ciphertext, commitment %s", e.Seq, len(e.Ciphertext), hexShort(e.Commitment[:])), session.Miner.String()
	case "StreamRequested":
		e, err := abi.UnpackStreamRequestedEvent(l)
		if err != nil {
			return s, "", err
		}
		if e.Seq != uint64(len(t.Inferences)) {
			return s, "", fmt.Errorf("request %d out of order", e.Seq)
		}
		t.Inferences = append(t.Inferences, Inference{Seq: e.Seq, PromptBytes: int(min(e.PromptSize, 1<<62)), Streamed: true, PromptHash: e.PromptHash})
		s.Detail = fmt.Sprintf("request %d streamed off chain, %d bytes of ciphertext, hash %s", e.Seq, e.PromptSize, hexShort(e.PromptHash[:]))
		actor = session.User.String()
	case "StreamAnswered":
		e, err := abi.UnpackStreamAnsweredEvent(l)
		if err != nil {
			return s, "", err
		}
		in := t.inference(e.Seq)
		if in == nil || in.Answered || !in.Streamed {
			return s, "", fmt.Errorf("streamed answer to request %d out of order", e.Seq)
		}
		in.Answered, in.AnswerBytes, in.AnswerHash, in.Commitment = true, int(min(e.AnswerSize, 1<<62)), e.AnswerHash, e.Commitment
		s.Detail = fmt.Sprintf("request %d streamed off chain, %d bytes of ciphertext, hash %s, commitment %s",
			e.Seq, e.AnswerSize, hexShort(e.AnswerHash[:]), hexShort(e.Commitment[:]))
		actor = session.Miner.String()
	case "InferenceJudged":
		e, err := abi.UnpackInferenceJudgedEvent(l)
		if err != nil {
			return s, "", err
		}
		in := t.inference(e.Seq)
		if in == nil || !in.Answered || in.Judged {
			return s, "", fmt.Errorf("verdict on request %d out of order", e.Seq)
		}
		in.Judged, in.Valid, in.Reason = true, e.Valid, inference.Reason(e.Reason)
		verdict := "valid"
		if !e.Valid {
			verdict = "INVALID: " + in.Reason.String()
		}
		s.Detail, actor = fmt.Sprintf("request %d, %s", e.Seq, verdict), session.Oracle.String()
	case "SessionClosed":
		e, err := abi.UnpackSessionClosedEvent(l)
		if err != nil {
			return s, "", err
		}
		if err := withRole(e.Role); err != nil {
			return s, "", err
		}
		t.Phase, t.ClosedBy = session.Closed, s.Role
		var unjudged, unanswered int
		for _, in := range t.Inferences {
			switch {
			case !in.Answered:
				unanswered++
			case !in.Judged:
				unjudged++
			}
		}
		// The contract closes with answers awaiting a verdict only after the
		// verdict deadline: the oracle stalled.
		if unjudged > 0 || unanswered > 0 {
			s.Detail = fmt.Sprintf("closed with %d answer(s) awaiting a verdict (past the verdict deadline), %d request(s) unanswered", unjudged, unanswered)
		}
	case "OneTimeKeysUsed":
		e, err := abi.UnpackOneTimeKeysUsedEvent(l)
		if err != nil {
			return s, "", err
		}
		t.OneTimeKeys[session.Miner], t.OneTimeKeys[session.Oracle] = e.MinerKey, e.OracleKey
		s.Detail = fmt.Sprintf("miner key #%d, oracle key #%d (0: registered key)", e.MinerKey, e.OracleKey)
		actor = session.User.String()
	case "OneTimeKeyDisclosed":
		e, err := abi.UnpackOneTimeKeyDisclosedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		s.Detail = "one-time secret " + hexShort(e.Secret[:]) + " (for blame: verify SESSION_ID)"
		return s, actor, err
	case "EphemeralDisclosed":
		e, err := abi.UnpackEphemeralDisclosedEvent(l)
		if err != nil {
			return s, "", err
		}
		err = withRole(e.Role)
		s.Detail = "ephemeral secret " + hexShort(e.EphemeralSecret[:]) + " (for blame: verify SESSION_ID)"
		return s, actor, err
	default:
		return s, "", fmt.Errorf("event %s is not a session event", ev.Name)
	}
	return s, actor, nil
}

// Render writes the timeline for a person to read at a glance.
func (t *Timeline) Render(w io.Writer) error {
	var b strings.Builder
	p := &t.Params
	fmt.Fprintf(&b, "session %v\n", t.ID)
	fmt.Fprintf(&b, "  chain %d, contract %s\n", p.ChainID, p.Contract.Hex())
	fmt.Fprintf(&b, "  method %v, suite %v", p.Method, p.Suite)
	if p.Method == session.Coordinator {
		fmt.Fprintf(&b, ", coordinator %v", p.Coordinator)
	}
	fmt.Fprintf(&b, "\n  user %s\n  miner %s\n  oracle %s\n", p.User.Hex(), p.Miner.Hex(), p.Oracle.Hex())
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if k := t.KeyKind(r); k != "" {
			fmt.Fprintf(&b, "  wrap for the %v sealed to its %s\n", r, k)
		}
	}
	fmt.Fprintf(&b, "  %-8s %-66s %-10s %-8s %s\n", "block", "tx", "actor", "gas", "steps")
	var total uint64
	for _, e := range t.Entries {
		total += e.GasUsed
		for i, s := range e.Steps {
			block, tx, actor, gas := "", "", "", ""
			if i == 0 {
				block, tx, actor, gas = fmt.Sprint(e.Block), e.TxHash.Hex(), e.Actor, fmt.Sprint(e.GasUsed)
			}
			name := s.Name
			if s.HasRole {
				name += "(" + s.Role.String() + ")"
			}
			line := fmt.Sprintf("  %-8s %-66s %-10s %-8s %s %s", block, tx, actor, gas, name, s.Detail)
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
	}
	fmt.Fprintf(&b, "  %d transactions, %d gas\n", len(t.Entries), total)
	for _, in := range t.Inferences {
		fmt.Fprintf(&b, "  request %d: prompt %d bytes on chain", in.Seq, in.PromptBytes)
		switch {
		case !in.Answered:
			b.WriteString(", not answered\n")
			continue
		case !in.Judged && t.Phase == session.Closed:
			fmt.Fprintf(&b, ", answer %d bytes, NO VERDICT (closed after the verdict deadline)\n", in.AnswerBytes)
			continue
		case !in.Judged:
			fmt.Fprintf(&b, ", answer %d bytes, not judged\n", in.AnswerBytes)
			continue
		case in.Valid:
			fmt.Fprintf(&b, ", answer %d bytes, verdict valid\n", in.AnswerBytes)
		default:
			fmt.Fprintf(&b, ", answer %d bytes, verdict INVALID (%v)\n", in.AnswerBytes, in.Reason)
		}
	}
	switch t.Phase {
	case session.Established:
		fmt.Fprintf(&b, "  outcome: ESTABLISHED, attestation %x (all three equal)\n", t.Attestation)
	case session.Closed:
		fmt.Fprintf(&b, "  outcome: ESTABLISHED then CLOSED by the %v, attestation %x\n", t.ClosedBy, t.Attestation)
	case session.Failed:
		fmt.Fprintf(&b, "  outcome: FAILED, %v, culprits %v\n", t.Fault, t.Culprits)
	case session.Expired:
		fmt.Fprintf(&b, "  outcome: EXPIRED, stalled %v\n", t.Stalled)
	default:
		fmt.Fprintf(&b, "  outcome: in progress (%v)\n", t.Phase)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
