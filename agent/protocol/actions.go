package protocol

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Action is something the runtime must do, in order.
type Action interface{ isAction() }

// SecretName names a secret in the runtime's store.
type SecretName string

// The secrets a machine asks the runtime to persist.
const (
	// SecretEphemeral is the Method 1 ephemeral X25519 scalar.
	SecretEphemeral SecretName = "ephemeral"
	// SecretRecipientKey is the Method 2 user's per-session recipient key.
	SecretRecipientKey SecretName = "recipient-key"
	// SecretCoordinator is the Method 2 coordinator's 32-byte secret.
	SecretCoordinator SecretName = "coordinator-secret"
	// SecretWraps is the Method 2 coordinator's distribute wraps as it
	// first made them, with the pre-wrap hash they were made for. Not
	// secret; kept with the secret so that a coordinator rebuilt after a
	// crash or a reorganisation sends the very same wraps: new ones would
	// change the transcript, and an attestation a recipient already sent
	// for the first ones would then mismatch (and blame it).
	SecretWraps SecretName = "coordinator-wraps"
)

// K itself is never persisted by the machine: on replay it is derived again
// from the persisted secret above and the chain's public values, which is
// why those secrets live until the session ends. Done hands K to the owner.

// Persist asks the runtime to store a secret durably before going on.
type Persist struct {
	Name  SecretName
	Value []byte
}

// Send asks the runtime to make a contract call.
type Send struct{ Call Call }

// Done reports the terminal outcome.
type Done struct{ Outcome Outcome }

// Forget asks the runtime to delete every stored secret of the session.
type Forget struct{}

func (Persist) isAction() {}
func (Send) isAction()    {}
func (Done) isAction()    {}
func (Forget) isAction()  {}

// Step names a protocol step: the kind of a Call.
type Step uint8

// The steps.
const (
	StepOpen Step = iota + 1
	StepJoin
	StepReveal
	StepPartial
	StepDistribute
	StepAttest
	StepAbort
	// The inference steps of an Established session (package inference).
	StepRequest
	StepRespond
	StepJudge
	StepClose
	// StepExpire ends a session whose phase deadline has passed.
	StepExpire
	// StepDisclose publishes a failed Method 1 session's ephemeral secret.
	StepDisclose
	// The stream transport's records and announcements (PROTOCOL.md §13.8).
	StepRequestStream
	StepRespondStream
	StepAnnounceEndpoint
)

var stepNames = [...]string{"", "open", "join", "reveal", "partial", "distribute", "attest", "abort", "request", "respond", "judge", "close", "expire", "disclose",
	"requestStream", "respondStream", "announceEndpoint"}

// String returns the step's contract-function-like name.
func (s Step) String() string {
	if int(s) < len(stepNames) && s != 0 {
		return stepNames[s]
	}
	return fmt.Sprintf("Step(%d)", uint8(s))
}

// Call is a contract call with exactly the contract's arguments.
type Call interface {
	Step() Step
	SessionID() session.ID
}

// OpenCall is open(OpenParams). ID is the id the contract will derive.
type OpenCall struct {
	ID           session.ID
	Miner        common.Address
	Oracle       common.Address
	Method       session.Method
	Suite        session.Suite
	Coordinator  session.Role
	PhaseTimeout uint32
	Nonce        uint64
	// MinerKeyVersion and OracleKeyVersion pin, in Method 2, the registered
	// key versions of the recipients the open was built for (0 for the
	// coordinator and in Method 1): the contract refuses the open if a
	// recipient rotated since (SessionKeystoreKeyVersionMismatch).
	MinerKeyVersion  uint32
	OracleKeyVersion uint32
	// MinerOneTimeKey and OracleOneTimeKey name, in Method 2, the one-time
	// key of each recipient the open consumes (0: its registered key).
	MinerOneTimeKey  uint32
	OracleOneTimeKey uint32
	Commitment       [32]byte
	UserKey          []byte
	WrapMiner        []byte
	WrapOracle       []byte
	// Attestation, when not zero, is the user's attestation of a Method 2
	// session it coordinates, sent in the open's own transaction as
	// multicall([open, attest]): the open carries the whole transcript, so
	// the user knows K before it is mined.
	Attestation [32]byte
}

// JoinCall is join(sessionId, commitment).
type JoinCall struct {
	ID         session.ID
	Commitment [32]byte
}

// RevealCall is reveal(sessionId, ephemeralKey).
type RevealCall struct {
	ID  session.ID
	Key [32]byte
}

// PartialCall is publishPartial(sessionId, partial).
type PartialCall struct {
	ID      session.ID
	Partial [32]byte
}

// DistributeCall is distribute(sessionId, wrapUser, wrapOther).
type DistributeCall struct {
	ID        session.ID
	WrapUser  []byte
	WrapOther []byte
}

// AttestCall is attest(sessionId, attestation).
type AttestCall struct {
	ID          session.ID
	Attestation [32]byte
}

// AbortCall is abort(sessionId, accused, fault).
type AbortCall struct {
	ID      session.ID
	Accused session.RoleSet
	Fault   session.Fault
}

// RequestCall is request(sessionId, seq, ciphertext).
type RequestCall struct {
	ID         session.ID
	Seq        uint64
	Ciphertext []byte
}

// RespondCall is respond(sessionId, seq, ciphertext, commitment).
type RespondCall struct {
	ID         session.ID
	Seq        uint64
	Ciphertext []byte
	Commitment [32]byte
}

// JudgeCall is judge(sessionId, seq, valid, reason).
type JudgeCall struct {
	ID     session.ID
	Seq    uint64
	Valid  bool
	Reason uint8
}

// RequestStreamCall is requestStream(sessionId, seq, promptHash, promptSize).
type RequestStreamCall struct {
	ID         session.ID
	Seq        uint64
	PromptHash [32]byte
	PromptSize uint64
}

// RespondStreamCall is respondStream(sessionId, seq, answerHash, answerSize, commitment).
type RespondStreamCall struct {
	ID         session.ID
	Seq        uint64
	AnswerHash [32]byte
	AnswerSize uint64
	Commitment [32]byte
}

// AnnounceEndpointCall is announceEndpoint(url). It concerns no session:
// SessionID is zero.
type AnnounceEndpointCall struct {
	URL string
}

// ExpireCall is expire(sessionId).
type ExpireCall struct {
	ID session.ID
}

// DiscloseCall is disclose(sessionId, ephemeralSecret): after a Method 1
// session failed, the party publishes its ephemeral secret for blame.
type DiscloseCall struct {
	ID     session.ID
	Secret [32]byte
}

// DiscloseOneTimeCall is discloseOneTimeKey(sessionId, secret): after a
// Method 2 session failed, a recipient publishes the secret of its one-time
// key (the user: of its per-session key) for blame (docs/PROTOCOL.md §6.4):
// 32 bytes (an X25519 scalar, the user's hybrid seed), or
// skcrypto.HybridOneTimeSecretLength for a hybrid one-time key.
type DiscloseOneTimeCall struct {
	ID     session.ID
	Secret []byte
}

// CloseCall is close(sessionId).
type CloseCall struct {
	ID session.ID
}

// Step implementations.
func (OpenCall) Step() Step       { return StepOpen }
func (JoinCall) Step() Step       { return StepJoin }
func (RevealCall) Step() Step     { return StepReveal }
func (PartialCall) Step() Step    { return StepPartial }
func (DistributeCall) Step() Step { return StepDistribute }
func (AttestCall) Step() Step     { return StepAttest }
func (AbortCall) Step() Step      { return StepAbort }
func (RequestCall) Step() Step    { return StepRequest }
func (RespondCall) Step() Step    { return StepRespond }
func (JudgeCall) Step() Step      { return StepJudge }
func (CloseCall) Step() Step      { return StepClose }
func (ExpireCall) Step() Step     { return StepExpire }
func (DiscloseCall) Step() Step   { return StepDisclose }

// Step implementations of the stream transport.
func (RequestStreamCall) Step() Step    { return StepRequestStream }
func (RespondStreamCall) Step() Step    { return StepRespondStream }
func (AnnounceEndpointCall) Step() Step { return StepAnnounceEndpoint }

// SessionID implementations of the stream transport.
func (c RequestStreamCall) SessionID() session.ID  { return c.ID }
func (c RespondStreamCall) SessionID() session.ID  { return c.ID }
func (AnnounceEndpointCall) SessionID() session.ID { return session.ID{} }

// Step implements Call.
func (DiscloseOneTimeCall) Step() Step { return StepDisclose }

// SessionID implements Call.
func (c DiscloseOneTimeCall) SessionID() session.ID { return c.ID }

// SessionID implementations.
func (c OpenCall) SessionID() session.ID       { return c.ID }
func (c JoinCall) SessionID() session.ID       { return c.ID }
func (c RevealCall) SessionID() session.ID     { return c.ID }
func (c PartialCall) SessionID() session.ID    { return c.ID }
func (c DistributeCall) SessionID() session.ID { return c.ID }
func (c AttestCall) SessionID() session.ID     { return c.ID }
func (c AbortCall) SessionID() session.ID      { return c.ID }
func (c RequestCall) SessionID() session.ID    { return c.ID }
func (c RespondCall) SessionID() session.ID    { return c.ID }
func (c JudgeCall) SessionID() session.ID      { return c.ID }
func (c CloseCall) SessionID() session.ID      { return c.ID }
func (c ExpireCall) SessionID() session.ID     { return c.ID }
func (c DiscloseCall) SessionID() session.ID   { return c.ID }

// Outcome is how a session ended, as this agent sees it.
type Outcome struct {
	// Phase is Established, Failed or Expired.
	Phase session.Phase
	// Key is K, when Established.
	Key *skcrypto.SessionKey
	// Fault, Culprits and Reporter are the chain's SessionFailed values.
	Fault    session.Fault
	Culprits session.RoleSet
	Reporter session.Role
	// Stalled are the roles SessionExpired named.
	Stalled session.RoleSet
	// Mismatched are the roles whose attestation differed from this agent's.
	Mismatched session.RoleSet
	// Reason is this agent's own finding, if it found one (for the log).
	Reason error
}
