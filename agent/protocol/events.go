package protocol

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Meta locates an event on chain.
type Meta struct {
	Contract common.Address
	Session  session.ID
	Block    uint64
	TxHash   common.Hash
	LogIndex uint
}

// EventMeta returns the event's location; it makes every event an Event.
func (m Meta) EventMeta() Meta { return m }

// Event is one decoded contract event concerning a session.
type Event interface {
	EventMeta() Meta
}

// Opened is SessionOpened, with what the runtime adds for Method 2: the
// recipients' registered public keys at the recorded versions, indexed by
// role (empty for the user and for the coordinator). The runtime checks
// them against the registry's key hashes before it fills them in.
type Opened struct {
	Meta
	Params         session.Params
	Nonce          uint64
	PhaseTimeout   uint32
	KeyVersions    [3]uint32 // miner and oracle; 0 when not a recipient
	RegisteredKeys [3][]byte
}

// PhaseAdvanced is PhaseAdvanced: the session entered Phase.
type PhaseAdvanced struct {
	Meta
	Phase    session.Phase
	Deadline uint64
}

// Committed is Committed (Method 1).
type Committed struct {
	Meta
	Role       session.Role
	Commitment [32]byte
}

// Revealed is Revealed (Method 1).
type Revealed struct {
	Meta
	Role session.Role
	Key  [32]byte
}

// PartialPublished is PartialPublished (Method 1).
type PartialPublished struct {
	Meta
	Role    session.Role
	Partial [32]byte
}

// UserKeyPublished is UserKeyPublished (Method 2).
type UserKeyPublished struct {
	Meta
	Key []byte
}

// KeyWrapped is KeyWrapped (Method 2).
type KeyWrapped struct {
	Meta
	Recipient session.Role
	Wrapped   []byte
}

// Attested is Attested.
type Attested struct {
	Meta
	Role        session.Role
	Attestation [32]byte
}

// SessionEstablished is SessionEstablished.
type SessionEstablished struct {
	Meta
	Attestation [32]byte
}

// SessionFailed is SessionFailed.
type SessionFailed struct {
	Meta
	Fault    session.Fault
	Culprits session.RoleSet
	Reporter session.Role
}

// SessionExpired is SessionExpired.
type SessionExpired struct {
	Meta
	Phase   session.Phase
	Stalled session.RoleSet
}

// EphemeralDisclosed is EphemeralDisclosed (Method 1, after Failed): Role
// published the secret scalar of its ephemeral key.
type EphemeralDisclosed struct {
	Meta
	Role   session.Role
	Secret [32]byte
}

// OneTimeKeysUsed is OneTimeKeysUsed (Method 2, emitted by open right after
// SessionOpened): the session consumed the one-time key numbered Keys[r] of
// recipient r (0: r uses its registered key, or coordinates). The runtime
// fills PublicKeys[r] with the recipient key each wrap is sealed to
// (docs/PROTOCOL.md §6.4): r's one-time key of the session's suite, from
// its pool of that suite. It fills Own with this agent's private key for
// its own one-time key, if it has one.
type OneTimeKeysUsed struct {
	Meta
	Keys       [3]uint32
	PublicKeys [3][]byte
	Own        *skcrypto.RecipientKey
}

// OneTimeKeyDisclosed is OneTimeKeyDisclosed (Method 2, after Failed): the
// recipient Role published the secret of its one-time key, as
// skcrypto.RecipientKey.Bytes serializes it: the X25519 scalar, the user's
// 32-byte hybrid seed, or a hybrid one-time key's batch ML-KEM-768 seed and
// X25519 scalar (96 bytes).
type OneTimeKeyDisclosed struct {
	Meta
	Role   session.Role
	Secret []byte
}
