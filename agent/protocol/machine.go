package protocol

import (
	"crypto/ecdh"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Sentinel errors, one per decision the runtime makes about an event.
var (
	// ErrWrongSession: the event belongs to another session or contract;
	// the runtime routed it wrongly or it is a replay. Ignore it.
	ErrWrongSession = errors.New("protocol: event of another session or contract")
	// ErrUnexpectedEvent: the event is out of order or a duplicate for the
	// machine's state. Ignore it; the state is unchanged.
	ErrUnexpectedEvent = errors.New("protocol: unexpected event")
	// ErrMalformed: the event's values are impossible for a valid contract
	// (wrong lengths, unknown enums, a reveal not matching its commitment).
	ErrMalformed = errors.New("protocol: malformed event")
	// ErrNotServed: the session does not involve this agent's account in its
	// role, or lacks what this agent needs to take part (a recipient key).
	ErrNotServed = errors.New("protocol: session not served by this agent")
)

// Config is what a machine knows about its agent.
type Config struct {
	Role    session.Role
	Account common.Address
	// Rand supplies every random byte the machine draws.
	Rand io.Reader
	// RecipientKey is the Method 2 miner's or oracle's registered private
	// key of the version the session recorded (nil otherwise).
	RecipientKey *skcrypto.RecipientKey
}

// Secrets are a session's persisted secrets, by the names of Persist.
type Secrets map[SecretName][]byte

// State is where this party is in the protocol.
type State uint8

// The states, in order; the names say what happened last.
const (
	// AwaitingOpened: nothing seen on chain yet.
	AwaitingOpened State = iota
	// Running: the session is open and not terminal.
	Running
	// Disclosing: a Method 1 session failed and this party still holds its
	// ephemeral secret, to publish for blame (docs/PROTOCOL.md §5.4). Its
	// outcome was reported; only the disclosure is pending.
	Disclosing
	// Ended: a terminal event was seen; the machine is inert.
	Ended
)

// Machine is one party's state for one session. It is not safe for
// concurrent use; the runtime owns each machine from one goroutine.
type Machine struct {
	cfg   Config
	state State

	// Set by Opened (or by Open for the user).
	params       session.Params
	nonce        uint64
	phaseTimeout uint32
	versions     [3]uint32
	expected     *OpenCall // the user's own open call, to match against Opened
	// openedIn is the transaction of SessionOpened, lastIn that of the
	// last event consumed: while they are one, a user coordinator's
	// attestation may still come with the open (openTxPending).
	openedIn, lastIn txRef

	phase session.Phase // the chain's phase as last seen
	// deadline is the current phase's end (unix seconds), from its
	// PhaseAdvanced; after it anyone may expire the session.
	deadline uint64

	// Method 1.
	eph         *ecdh.PrivateKey // cannot be wiped in place; dropped at the end
	ephSeed     []byte
	commitments [3][32]byte
	reveals     [3][32]byte
	// shared[r] is X25519(own ephemeral, r's revealed key), computed once:
	// it is this role's partial (r its partner) or the partial r's checker
	// must see (r the role this one checks). Both are public on chain.
	shared    [3]*[32]byte
	partials  [3][32]byte
	committed session.RoleSet
	revealed  session.RoleSet
	published session.RoleSet

	// Method 2.
	keys    [3][]byte
	userKey *skcrypto.RecipientKey // the user's per-session key
	// restoredRecipient is the stored user key, parsed once the suite is known.
	restoredRecipient []byte
	secret            []byte // coordinator's secret, or the unwrapped one
	wraps             [3][]byte
	wrapped           session.RoleSet
	myWraps           *DistributeCall // cached so a resend does not re-encapsulate
	storedWraps       []byte          // SecretWraps as restored, used if its pre-wrap hash is this transcript's

	// One-time recipient keys (docs/PROTOCOL.md §6.4). awaitingOneTime are
	// the recipients whose X25519 one-time key replaces their registered
	// key (recorded version 0): OneTimeKeysUsed must name them before any
	// other Method 2 event. oneTime[r] is r's one-time key number (0: none),
	// ownOneTime this agent's private key for its own one.
	awaitingOneTime session.RoleSet
	oneTimeSeen     bool
	oneTime         [3]uint32
	ownOneTime      *skcrypto.RecipientKey
	// oneTimeScalar is, after a failed session, this recipient's
	// one-time (or the user's per-session) secret, to disclose for blame:
	// the X25519 scalar or the hybrid seed.
	oneTimeScalar []byte

	// Attestation.
	key          *skcrypto.SessionKey
	attestations [3][32]byte
	attested     session.RoleSet

	// A proven fault of another party, to report by abort, and what this
	// agent found (for the log and the outcome; never secret).
	abort       *AbortCall
	abortReason error

	issued map[Step]bool
}

// New returns a machine that waits for the session's Opened event, restoring
// any persisted secrets (nil for a new session).
func New(cfg Config, secrets Secrets) (*Machine, error) {
	if !cfg.Role.Valid() || cfg.Rand == nil {
		return nil, fmt.Errorf("protocol: invalid config: role %v, rand set %v", cfg.Role, cfg.Rand != nil)
	}
	m := &Machine{cfg: cfg, issued: map[Step]bool{}}
	if err := m.restore(secrets); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Machine) restore(s Secrets) error {
	if v, ok := s[SecretEphemeral]; ok {
		k, err := skcrypto.ParseX25519Private(v)
		if err != nil {
			return fmt.Errorf("protocol: restoring %s: %w", SecretEphemeral, err)
		}
		m.eph, m.ephSeed = k, append([]byte(nil), v...)
	}
	if v, ok := s[SecretCoordinator]; ok {
		if len(v) != skcrypto.KeySize {
			return fmt.Errorf("protocol: restoring %s: %d bytes", SecretCoordinator, len(v))
		}
		m.secret = append([]byte(nil), v...)
	}
	if v, ok := s[SecretWraps]; ok {
		m.storedWraps = append([]byte(nil), v...)
	}
	if v, ok := s[SecretRecipientKey]; ok {
		// Parsed at Opened, when the suite is known.
		m.restoredRecipient = append([]byte(nil), v...)
	}
	return nil
}

// Role returns the machine's role.
func (m *Machine) Role() session.Role { return m.cfg.Role }

// State returns the machine's state.
func (m *Machine) State() State { return m.state }

// Phase returns the chain phase last seen.
func (m *Machine) Phase() session.Phase { return m.phase }

// Params returns the session's parameters (zero before Opened, except for
// the user's own open).
func (m *Machine) Params() session.Params { return m.params }

// KeyVersions returns the registered key versions the session recorded
// (Method 2: the miner's and the oracle's when they are recipients; 0
// otherwise and before SessionOpened).
func (m *Machine) KeyVersions() [3]uint32 { return m.versions }

// Consume applies one event and returns the actions it made due. On error
// the machine is unchanged.
func (m *Machine) Consume(ev Event) ([]Action, error) {
	if m.state == Ended {
		return nil, fmt.Errorf("%w: %T after the session ended", ErrUnexpectedEvent, ev)
	}
	if m.state == Disclosing {
		return m.consumeDisclosing(ev)
	}
	if op, ok := ev.(Opened); ok {
		return m.consumeOpened(op)
	}
	if m.state == AwaitingOpened {
		return nil, fmt.Errorf("%w: %T before SessionOpened", ErrUnexpectedEvent, ev)
	}
	meta := ev.EventMeta()
	if meta.Contract != m.params.Contract || meta.Session != m.params.ID {
		return nil, fmt.Errorf("%w: %v at %s", ErrWrongSession, meta.Session, meta.Contract)
	}
	var err error
	switch e := ev.(type) {
	case PhaseAdvanced:
		err = m.onPhase(e)
	case Committed:
		err = m.onCommitted(e)
	case Revealed:
		err = m.onRevealed(e)
	case PartialPublished:
		err = m.onPartial(e)
	case UserKeyPublished:
		err = m.onUserKey(e)
	case KeyWrapped:
		err = m.onWrapped(e)
	case OneTimeKeysUsed:
		err = m.onOneTimeKeys(e)
	case OneTimeKeyDisclosed:
		return nil, fmt.Errorf("%w: OneTimeKeyDisclosed(%v) before the session failed", ErrUnexpectedEvent, e.Role)
	case Attested:
		err = m.onAttested(e)
	case SessionEstablished:
		return m.onEstablished(e)
	case SessionFailed:
		return m.failed(Outcome{Phase: session.Failed, Fault: e.Fault, Culprits: e.Culprits, Reporter: e.Reporter, Mismatched: m.mismatched(), Reason: m.abortReason}), nil
	case SessionExpired:
		return m.end(Outcome{Phase: session.Expired, Stalled: e.Stalled}), nil
	case EphemeralDisclosed:
		return nil, fmt.Errorf("%w: EphemeralDisclosed(%v) before the session failed", ErrUnexpectedEvent, e.Role)
	default:
		return nil, fmt.Errorf("%w: unknown event %T", ErrMalformed, ev)
	}
	if err != nil {
		return nil, err
	}
	m.lastIn = txOf(meta)
	return m.due()
}

// txRef names an event's transaction: its block and hash (a model chain
// without hashes makes a block per transaction).
type txRef struct {
	block uint64
	hash  common.Hash
}

func txOf(m Meta) txRef { return txRef{m.Block, m.TxHash} }

// openTxPending reports whether call is the attestation of a user that
// coordinates Method 2 while the events consumed so far all belong to the
// open's transaction: that attestation rides in the open
// (docs/PROTOCOL.md §6.1), so its Attested may still follow. Pending,
// which the runtime asks once a block's events are all applied, still
// returns it when the open did not carry it.
func (m *Machine) openTxPending(call Call) bool {
	return call.Step() == StepAttest && m.cfg.Role == session.User && m.params.Method == session.Coordinator &&
		m.params.Coordinator == session.User && m.lastIn == m.openedIn
}

// consumeOpened validates SessionOpened and starts the session.
func (m *Machine) consumeOpened(op Opened) ([]Action, error) {
	if m.state != AwaitingOpened {
		return nil, fmt.Errorf("%w: second SessionOpened", ErrUnexpectedEvent)
	}
	p := op.Params
	if op.Contract != p.Contract || op.Session != p.ID {
		return nil, fmt.Errorf("%w: SessionOpened meta does not match its params", ErrMalformed)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if p.Account(m.cfg.Role) != m.cfg.Account {
		return nil, fmt.Errorf("%w: %v is not the %v of %v", ErrNotServed, m.cfg.Account, m.cfg.Role, p.ID)
	}
	if e := m.expected; e != nil {
		if p.ID != e.ID || p.Miner != e.Miner || p.Oracle != e.Oracle || p.Method != e.Method || p.Suite != e.Suite ||
			p.Coordinator != e.Coordinator || op.Nonce != e.Nonce || op.PhaseTimeout != e.PhaseTimeout ||
			(p.Method == session.Coordinator && op.KeyVersions != m.versions) || p.ChainID != m.params.ChainID ||
			p.Contract != m.params.Contract || p.User != m.params.User {
			return nil, fmt.Errorf("%w: SessionOpened differs from the open call this agent sent", ErrMalformed)
		}
	}
	if skcrypto.SessionID(p.ChainID, p.Contract, p.User, op.Nonce) != p.ID {
		return nil, fmt.Errorf("%w: session id is not derived from chain, contract, user and nonce", ErrMalformed)
	}
	if p.Method == session.Coordinator {
		if err := m.checkOpenedKeys(op); err != nil {
			return nil, err
		}
	}
	if err := m.restoreRecipient(p); err != nil {
		return nil, err
	}
	m.params, m.nonce, m.phaseTimeout, m.versions = p, op.Nonce, op.PhaseTimeout, op.KeyVersions
	if p.Method == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r == p.Coordinator {
				continue
			}
			m.keys[r] = append([]byte(nil), op.RegisteredKeys[r]...)
			if op.KeyVersions[r] == 0 {
				m.awaitingOneTime |= r.Bit()
			}
		}
	}
	m.state = Running
	m.phase = session.PhaseNone
	m.openedIn, m.lastIn = txOf(op.Meta), txOf(op.Meta)
	return m.due()
}

// due returns Persist actions for new secrets and the Send that became due
// and was not issued before.
func (m *Machine) due() ([]Action, error) {
	var acts []Action
	call, persist, err := m.pending()
	if err != nil {
		return nil, err
	}
	acts = append(acts, persist...)
	if call != nil && !m.issued[call.Step()] && !m.openTxPending(call) {
		m.issued[call.Step()] = true
		acts = append(acts, Send{Call: call})
	}
	return acts, nil
}

// Pending returns the call that is due now and not yet reflected on chain,
// or nil. It never returns a call whose secret has not been handed out in a
// Persist action.
func (m *Machine) Pending() Call {
	if m.state == Disclosing {
		return m.disclosure()
	}
	if m.state != Running {
		return nil
	}
	call, _, err := m.pending()
	if err != nil {
		return nil
	}
	return call
}

// pending computes the due call, creating (and returning Persist actions
// for) any secret it needs first.
func (m *Machine) pending() (Call, []Action, error) {
	if m.state != Running {
		return nil, nil, nil
	}
	if m.abort != nil {
		return *m.abort, nil, nil
	}
	if m.params.Method == session.Combined {
		return m.pendingCombined()
	}
	return m.pendingCoordinator()
}

// onPhase records a phase change; phases only move forward.
func (m *Machine) onPhase(e PhaseAdvanced) error {
	if !e.Phase.Valid() || e.Phase.Terminal() || e.Phase == session.PhaseNone {
		return fmt.Errorf("%w: PhaseAdvanced to %v", ErrMalformed, e.Phase)
	}
	if err := m.requireOneTimeKeys("PhaseAdvanced"); err != nil {
		return err
	}
	if e.Phase <= m.phase {
		return fmt.Errorf("%w: phase %v after %v", ErrUnexpectedEvent, e.Phase, m.phase)
	}
	if !m.phaseFits(e.Phase) {
		return fmt.Errorf("%w: phase %v in a %v session", ErrMalformed, e.Phase, m.params.Method)
	}
	if err := m.enterPhase(e.Phase); err != nil {
		return err
	}
	m.phase, m.deadline = e.Phase, e.Deadline
	return nil
}

// Overdue returns the expire call due when the session's current phase
// ended before now (unix seconds): the session has stalled, and expiring
// it ends it for every party and names who stalled. Nil otherwise.
func (m *Machine) Overdue(now uint64) *ExpireCall {
	if m.state != Running || m.deadline == 0 || m.phase.Terminal() || now <= m.deadline {
		return nil
	}
	return &ExpireCall{ID: m.params.ID}
}

func (m *Machine) phaseFits(p session.Phase) bool {
	if m.params.Method == session.Combined {
		return p == session.Committing || p == session.Revealing || p == session.Partials || p == session.Attesting
	}
	if m.params.Coordinator == session.User {
		return p == session.Attesting
	}
	return p == session.Wrapping || p == session.Attesting
}

// enterPhase checks that everything the phase needs has been seen (the
// contract emits it all before PhaseAdvanced) and derives K on Attesting.
func (m *Machine) enterPhase(p session.Phase) error {
	if p != session.Attesting || m.abort != nil {
		return nil
	}
	if m.params.Method == session.Combined {
		return m.deriveCombined()
	}
	return m.deriveCoordinator()
}

func (m *Machine) onAttested(e Attested) error {
	if !e.Role.Valid() {
		return fmt.Errorf("%w: role %v", ErrMalformed, e.Role)
	}
	if m.phase != session.Attesting || m.attested.Has(e.Role) {
		return fmt.Errorf("%w: Attested(%v) in %v", ErrUnexpectedEvent, e.Role, m.phase)
	}
	// Without K (a lost secret) this agent cannot check its own attestation.
	if e.Role == m.cfg.Role && m.key != nil && e.Attestation != m.key.Attestation() {
		return fmt.Errorf("%w: own attestation on chain is not this agent's", ErrMalformed)
	}
	m.attestations[e.Role] = e.Attestation
	m.attested |= e.Role.Bit()
	return nil
}

// mismatched returns the roles whose seen attestation differs from ours.
func (m *Machine) mismatched() session.RoleSet {
	if m.key == nil || !m.attested.Has(m.cfg.Role) {
		return 0
	}
	var out session.RoleSet
	mine := m.attestations[m.cfg.Role]
	for _, r := range session.Roles {
		if m.attested.Has(r) && m.attestations[r] != mine {
			out |= r.Bit()
		}
	}
	return out
}

func (m *Machine) onEstablished(e SessionEstablished) ([]Action, error) {
	if m.phase != session.Attesting {
		return nil, fmt.Errorf("%w: SessionEstablished in %v", ErrUnexpectedEvent, m.phase)
	}
	if m.key == nil || e.Attestation != m.key.Attestation() {
		// The chain established a key this agent does not hold: never use it.
		return m.end(Outcome{Phase: session.Failed, Fault: session.AttestationMismatch,
			Reason: errors.New("protocol: session established with an attestation that is not this agent's")}), nil
	}
	key := m.key
	m.key = nil // handed over in Done: the owner keeps it, end must not wipe it
	return m.end(Outcome{Phase: session.Established, Key: key}), nil
}

// end moves to Ended, wipes the secrets this machine holds, and returns
// Done and Forget.
func (m *Machine) end(o Outcome) []Action {
	m.state = Ended
	clear(m.ephSeed)
	m.ephSeed, m.eph = nil, nil // *ecdh.PrivateKey cannot be wiped; dropped
	m.shared = [3]*[32]byte{}
	clear(m.secret)
	m.secret = nil
	clear(m.restoredRecipient)
	m.userKey, m.restoredRecipient = nil, nil
	clear(m.oneTimeScalar)
	m.oneTimeScalar, m.ownOneTime = nil, nil
	if m.key != nil {
		m.key.Zero()
		m.key = nil
	}
	return []Action{Done{Outcome: o}, Forget{}}
}

// accuse records a proven fault of another party and why; the abort call
// becomes due. Once this party has attested (or sent its attestation) it
// no longer accuses: the contract refuses an abort from a role that
// attested (docs/PROTOCOL.md §4.2), and its attestation is its say.
func (m *Machine) accuse(culprit session.Role, f session.Fault, why error) {
	if m.attested.Has(m.cfg.Role) || m.issued[StepAttest] {
		return
	}
	if m.abort == nil && culprit != m.cfg.Role {
		m.abort = &AbortCall{ID: m.params.ID, Accused: culprit.Bit(), Fault: f}
		m.abortReason = fmt.Errorf("protocol: %v accused of %v: %w", culprit, f, why)
	}
}

// Abort returns the abort this agent found due, if any, and what it found.
func (m *Machine) Abort() (*AbortCall, error) { return m.abort, m.abortReason }
