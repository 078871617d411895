// Package wire translates between the protocol and the contract ABI, both
// ways: it packs protocol calls into calldata, and turns SessionKeystore
// logs into typed protocol events. It
// is the only place where untrusted log bytes are parsed: every log is
// checked (emitter, topics, ABI decoding, enum ranges) and a bad one is an
// error, never a panic.
package wire

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

var (
	// ErrForeign: the log was not emitted by the configured contract.
	ErrForeign = errors.New("wire: log of another contract")
	// ErrUnknown: the log's first topic is no SessionKeystore event.
	ErrUnknown = errors.New("wire: unknown event")
	// ErrMalformed: the log claims to be a SessionKeystore event but does
	// not decode to valid values.
	ErrMalformed = errors.New("wire: malformed log")
)

// KeyRegistered is a registry event: an account's public key of a suite at
// a version.
type KeyRegistered struct {
	Account   common.Address
	Suite     session.Suite
	Version   uint32
	KeyHash   common.Hash
	PublicKey []byte
	Block     uint64
}

// KeyRevoked is a registry event.
type KeyRevoked struct {
	Account common.Address
	Suite   session.Suite
	Version uint32
	Block   uint64
}

// EndpointAnnounced is an account's announcement of the URL its endpoint
// serves at (docs/PROTOCOL.md §13.8); the latest one counts, an empty URL
// withdraws it. The URL is the account's claim: an agent connects to it
// only as a client, and trusts nothing it serves that does not open under
// a session's keys.
type EndpointAnnounced struct {
	Account common.Address
	URL     string
	Block   uint64
}

// OracleNamed is the last event of an open: it indexes the session's
// oracle, which SessionOpened does not (docs/PROTOCOL.md §4.1), so that an
// oracle on a new data directory finds the sessions that name it by a log
// filter. It says nothing SessionOpened does not; a machine never sees it.
type OracleNamed struct {
	Session session.ID
	Oracle  common.Address
	Block   uint64
}

// OneTimeKeysPublished is a registry event: Account published one-time
// keys of Suite numbered FirstKey, FirstKey+1, ... in its pool of that
// suite (docs/PROTOCOL.md §6.4). Keys holds each key whole,
// skcrypto.KeyLength(Suite) bytes: for Suite Hybrid, the batch's shared
// ML-KEM-768 encapsulation key followed by the key's own X25519 part.
type OneTimeKeysPublished struct {
	Account   common.Address
	Suite     session.Suite
	FirstKey  uint32
	BatchHash common.Hash
	Keys      [][]byte
	Block     uint64
}

// MaxOneTimeBatch is the contract's MAX_ONE_TIME_BATCH: the most keys one
// OneTimeKeysPublished carries, of either suite.
const MaxOneTimeBatch = 256

// Decoder decodes the logs of one deployed SessionKeystore.
type Decoder struct {
	chainID  uint64
	contract common.Address
	abi      *bindings.SessionKeystore
}

// NewDecoder returns a decoder for the contract at address on chainID.
func NewDecoder(chainID uint64, contract common.Address) *Decoder {
	return &Decoder{chainID: chainID, contract: contract, abi: bindings.NewSessionKeystore()}
}

func role(v uint8) (session.Role, error) {
	if r := session.Role(v); r.Valid() {
		return r, nil
	}
	return 0, fmt.Errorf("%w: role %d", ErrMalformed, v)
}

// Decode returns a protocol.Event (for session events, including the
// inference package's events), a KeyRegistered, a KeyRevoked or a
// OneTimeKeysPublished. Opened events carry no registered keys yet: the caller
// fills them from its Registry.
func (d *Decoder) Decode(l *types.Log) (any, error) {
	if l.Address != d.contract {
		return nil, fmt.Errorf("%w: %s", ErrForeign, l.Address)
	}
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: no topics", ErrUnknown)
	}
	parsed := d.abi.GetABI()
	ev, err := parsed.EventByID(l.Topics[0])
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknown, l.Topics[0])
	}
	out, err := d.decode(ev.Name, l)
	if err != nil {
		if errors.Is(err, ErrMalformed) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, ev.Name, err)
	}
	return out, nil
}

func (d *Decoder) meta(l *types.Log, id [32]byte) protocol.Meta {
	return protocol.Meta{Contract: l.Address, Session: session.ID(id), Block: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
}

func (d *Decoder) decode(name string, l *types.Log) (any, error) {
	a := d.abi
	switch name {
	case "KeyRegistered":
		e, err := a.UnpackKeyRegisteredEvent(l)
		if err != nil {
			return nil, err
		}
		s := session.Suite(e.Suite)
		if !s.Valid() || e.Version == 0 || crypto.Keccak256Hash(e.PublicKey) != common.Hash(e.KeyHash) {
			return nil, fmt.Errorf("%w: KeyRegistered suite %d version %d hash", ErrMalformed, e.Suite, e.Version)
		}
		return KeyRegistered{Account: e.Account, Suite: s, Version: e.Version, KeyHash: e.KeyHash, PublicKey: e.PublicKey, Block: l.BlockNumber}, nil
	case "KeyRevoked":
		e, err := a.UnpackKeyRevokedEvent(l)
		if err != nil {
			return nil, err
		}
		if !session.Suite(e.Suite).Valid() {
			return nil, fmt.Errorf("%w: suite %d", ErrMalformed, e.Suite)
		}
		return KeyRevoked{Account: e.Account, Suite: session.Suite(e.Suite), Version: e.Version, Block: l.BlockNumber}, nil
	case "SessionOpened":
		e, err := a.UnpackSessionOpenedEvent(l)
		if err != nil {
			return nil, err
		}
		p := session.Params{ChainID: d.chainID, Contract: l.Address, ID: e.SessionId, Method: session.Method(e.Method),
			Suite: session.Suite(e.Suite), Coordinator: session.Role(e.Coordinator), User: e.User, Miner: e.Miner, Oracle: e.Oracle}
		if err := p.Check(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		op := protocol.Opened{Meta: d.meta(l, e.SessionId), Params: p, Nonce: e.Nonce, PhaseTimeout: e.PhaseTimeout}
		op.KeyVersions[session.Miner], op.KeyVersions[session.Oracle] = e.MinerKeyVersion, e.OracleKeyVersion
		return op, nil
	case "PhaseAdvanced":
		e, err := a.UnpackPhaseAdvancedEvent(l)
		if err != nil {
			return nil, err
		}
		if !session.Phase(e.Phase).Valid() {
			return nil, fmt.Errorf("%w: phase %d", ErrMalformed, e.Phase)
		}
		return protocol.PhaseAdvanced{Meta: d.meta(l, e.SessionId), Phase: session.Phase(e.Phase), Deadline: e.Deadline}, nil
	case "Committed":
		e, err := a.UnpackCommittedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return protocol.Committed{Meta: d.meta(l, e.SessionId), Role: r, Commitment: e.Commitment}, err
	case "Revealed":
		e, err := a.UnpackRevealedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return protocol.Revealed{Meta: d.meta(l, e.SessionId), Role: r, Key: e.EphemeralKey}, err
	case "PartialPublished":
		e, err := a.UnpackPartialPublishedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return protocol.PartialPublished{Meta: d.meta(l, e.SessionId), Role: r, Partial: e.Partial}, err
	case "UserKeyPublished":
		e, err := a.UnpackUserKeyPublishedEvent(l)
		if err != nil {
			return nil, err
		}
		return protocol.UserKeyPublished{Meta: d.meta(l, e.SessionId), Key: e.PublicKey}, nil
	case "KeyWrapped":
		e, err := a.UnpackKeyWrappedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Recipient)
		return protocol.KeyWrapped{Meta: d.meta(l, e.SessionId), Recipient: r, Wrapped: e.Wrapped}, err
	case "Attested":
		e, err := a.UnpackAttestedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return protocol.Attested{Meta: d.meta(l, e.SessionId), Role: r, Attestation: e.Attestation}, err
	case "SessionEstablished":
		e, err := a.UnpackSessionEstablishedEvent(l)
		if err != nil {
			return nil, err
		}
		return protocol.SessionEstablished{Meta: d.meta(l, e.SessionId), Attestation: e.Attestation}, nil
	case "SessionFailed":
		e, err := a.UnpackSessionFailedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Reporter)
		if err == nil && (!session.Fault(e.Fault).Valid() || !session.RoleSet(e.Culprits).Valid()) {
			err = fmt.Errorf("%w: fault %d culprits %d", ErrMalformed, e.Fault, e.Culprits)
		}
		return protocol.SessionFailed{Meta: d.meta(l, e.SessionId), Fault: session.Fault(e.Fault), Culprits: session.RoleSet(e.Culprits), Reporter: r}, err
	case "SessionExpired":
		e, err := a.UnpackSessionExpiredEvent(l)
		if err != nil {
			return nil, err
		}
		if !session.Phase(e.Phase).Valid() || !session.RoleSet(e.Stalled).Valid() {
			return nil, fmt.Errorf("%w: phase %d stalled %d", ErrMalformed, e.Phase, e.Stalled)
		}
		return protocol.SessionExpired{Meta: d.meta(l, e.SessionId), Phase: session.Phase(e.Phase), Stalled: session.RoleSet(e.Stalled)}, nil
	case "InferenceRequested":
		e, err := a.UnpackInferenceRequestedEvent(l)
		if err != nil {
			return nil, err
		}
		return inference.Requested{Meta: d.meta(l, e.SessionId), Seq: e.Seq, Envelope: e.Ciphertext}, nil
	case "InferenceAnswered":
		e, err := a.UnpackInferenceAnsweredEvent(l)
		if err != nil {
			return nil, err
		}
		return inference.Answered{Meta: d.meta(l, e.SessionId), Seq: e.Seq, Envelope: e.Ciphertext, Commitment: e.Commitment}, nil
	case "StreamRequested":
		e, err := a.UnpackStreamRequestedEvent(l)
		if err != nil {
			return nil, err
		}
		return inference.StreamRequested{Meta: d.meta(l, e.SessionId), Seq: e.Seq,
			Prompt: inference.Digest{Hash: e.PromptHash, Size: e.PromptSize}}, nil
	case "StreamAnswered":
		e, err := a.UnpackStreamAnsweredEvent(l)
		if err != nil {
			return nil, err
		}
		return inference.StreamAnswered{Meta: d.meta(l, e.SessionId), Seq: e.Seq,
			Answer: inference.Digest{Hash: e.AnswerHash, Size: e.AnswerSize}, Commitment: e.Commitment}, nil
	case "OracleNamed":
		e, err := a.UnpackOracleNamedEvent(l)
		if err != nil {
			return nil, err
		}
		if e.Oracle == (common.Address{}) {
			return nil, fmt.Errorf("%w: OracleNamed of the zero address", ErrMalformed)
		}
		return OracleNamed{Session: session.ID(e.SessionId), Oracle: e.Oracle, Block: l.BlockNumber}, nil
	case "EndpointAnnounced":
		e, err := a.UnpackEndpointAnnouncedEvent(l)
		if err != nil {
			return nil, err
		}
		return EndpointAnnounced{Account: e.Account, URL: e.Url, Block: l.BlockNumber}, nil
	case "InferenceJudged":
		e, err := a.UnpackInferenceJudgedEvent(l)
		if err != nil {
			return nil, err
		}
		if e.Valid != (e.Reason == 0) {
			return nil, fmt.Errorf("%w: verdict valid=%v with reason %d", ErrMalformed, e.Valid, e.Reason)
		}
		return inference.Judged{Meta: d.meta(l, e.SessionId), Seq: e.Seq, Valid: e.Valid, Reason: inference.Reason(e.Reason)}, nil
	case "EphemeralDisclosed":
		e, err := a.UnpackEphemeralDisclosedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return protocol.EphemeralDisclosed{Meta: d.meta(l, e.SessionId), Role: r, Secret: e.EphemeralSecret}, err
	case "OneTimeKeysPublished":
		e, err := a.UnpackOneTimeKeysPublishedEvent(l)
		if err != nil {
			return nil, err
		}
		s := session.Suite(e.Suite)
		if !s.Valid() {
			return nil, fmt.Errorf("%w: OneTimeKeysPublished of suite %d", ErrMalformed, e.Suite)
		}
		return oneTimeBatch(s, e.Account, e.FirstKey, e.BatchHash, e.Keys, l.BlockNumber)
	case "OneTimeKeysUsed":
		e, err := a.UnpackOneTimeKeysUsedEvent(l)
		if err != nil {
			return nil, err
		}
		if e.MinerKey == 0 && e.OracleKey == 0 {
			return nil, fmt.Errorf("%w: OneTimeKeysUsed names no key", ErrMalformed)
		}
		ev := protocol.OneTimeKeysUsed{Meta: d.meta(l, e.SessionId)}
		ev.Keys[session.Miner], ev.Keys[session.Oracle] = e.MinerKey, e.OracleKey
		return ev, nil
	case "OneTimeKeyDisclosed":
		e, err := a.UnpackOneTimeKeyDisclosedEvent(l)
		if err != nil {
			return nil, err
		}
		// Any recipient may disclose, the user included (its per-session
		// key); the contract refuses zero.
		// 32 or 96 bytes whose last 32 are not zero, as the contract checks.
		r, err := role(e.Role)
		if n := len(e.Secret); err == nil && n != skcrypto.X25519KeySize && n != skcrypto.HybridOneTimeSecretLength {
			err = fmt.Errorf("%w: OneTimeKeyDisclosed of %d bytes", ErrMalformed, n)
		} else if err == nil && [32]byte(e.Secret[n-32:]) == [32]byte{} {
			err = fmt.Errorf("%w: OneTimeKeyDisclosed of zero", ErrMalformed)
		}
		return protocol.OneTimeKeyDisclosed{Meta: d.meta(l, e.SessionId), Role: r, Secret: e.Secret}, err
	case "SessionClosed":
		e, err := a.UnpackSessionClosedEvent(l)
		if err != nil {
			return nil, err
		}
		r, err := role(e.Role)
		return inference.Closed{Meta: d.meta(l, e.SessionId), Role: r}, err
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknown, name)
}

// oneTimeBatch checks a batch of suite s as the contract publishes it
// (for Suite Hybrid after the batch's 1,184-byte ML-KEM-768 encapsulation
// key): 1 to MaxOneTimeBatch 32-byte X25519 keys, none zero, numbered from
// first >= 1 within a uint32, under their keccak256; and expands it into
// whole keys (a hybrid key is the shared encapsulation key followed by its
// X25519 part). The keys themselves are checked by the user that names one
// (skcrypto.CheckOneTimeKey).
func oneTimeBatch(s session.Suite, account common.Address, first uint32, hash [32]byte, keys []byte, block uint64) (OneTimeKeysPublished, error) {
	shared := sharedLength(s)
	n := 0
	if len(keys) > shared {
		n = (len(keys) - shared) / skcrypto.X25519KeySize
	}
	if (len(keys)-shared)%skcrypto.X25519KeySize != 0 || n == 0 || n > MaxOneTimeBatch || first == 0 || uint64(first)+uint64(n)-1 > math.MaxUint32 {
		return OneTimeKeysPublished{}, fmt.Errorf("%w: %v OneTimeKeysPublished of %d bytes from key %d", ErrMalformed, s, len(keys), first)
	}
	if crypto.Keccak256Hash(keys) != common.Hash(hash) {
		return OneTimeKeysPublished{}, fmt.Errorf("%w: %v OneTimeKeysPublished hash", ErrMalformed, s)
	}
	out := OneTimeKeysPublished{Account: account, Suite: s, FirstKey: first, BatchHash: hash, Keys: make([][]byte, n), Block: block}
	for i := range out.Keys {
		x := keys[shared+skcrypto.X25519KeySize*i : shared+skcrypto.X25519KeySize*(i+1)]
		if [32]byte(x) == [32]byte{} {
			return OneTimeKeysPublished{}, fmt.Errorf("%w: %v OneTimeKeysPublished key %d is zero", ErrMalformed, s, i)
		}
		k := make([]byte, 0, shared+len(x))
		out.Keys[i] = append(append(k, keys[:shared]...), x...)
	}
	return out, nil
}

// LogFilterer is what SessionLogs needs of a chain client.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// SessionLogs returns the logs of session id emitted by contract from
// fromBlock on, in chain order: every session event has the session id as
// its first indexed topic. When r can read the head, the logs are read
// back from it in growing windows until the session's SessionOpened
// (SessionLogsBack), so that what is read grows with the session's age,
// not with the chain's history.
func SessionLogs(ctx context.Context, r LogFilterer, contract common.Address, fromBlock uint64, id session.ID) ([]types.Log, error) {
	query := func(from, to *big.Int) ([]types.Log, error) {
		return r.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: from, ToBlock: to,
			Addresses: []common.Address{contract},
			Topics:    [][]common.Hash{nil, {common.Hash(id)}},
		})
	}
	var logs []types.Log
	var err error
	if hr, ok := r.(HeadReader); ok {
		var head *types.Header
		if head, err = hr.HeaderByNumber(ctx, nil); err != nil {
			return nil, fmt.Errorf("wire: fetching the logs of session %v: head: %w", id, err)
		}
		logs, err = SessionLogsBack(fromBlock, head.Number.Uint64(), []session.ID{id}, func(from, to uint64) ([]types.Log, error) {
			return query(new(big.Int).SetUint64(from), new(big.Int).SetUint64(to))
		})
	} else {
		logs, err = query(new(big.Int).SetUint64(fromBlock), nil)
	}
	if err != nil {
		return nil, fmt.Errorf("wire: fetching the logs of session %v: %w", id, err)
	}
	SortLogs(logs)
	return logs, nil
}

// HeadReader reads a block header (nil: the head).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FirstWindow is how many blocks back from the head SessionLogsBack's
// first query covers; each further query covers twice the one before.
const FirstWindow = 256

var sessionOpenedID = bindings.NewSessionKeystore().GetABI().Events["SessionOpened"].ID

// SessionLogsBack returns the logs that query (a query of the logs of
// sessions ids, by their indexed id, from one block to another inclusive)
// returns between fromBlock and to, reading back from to in windows of
// FirstWindow blocks and then twice as many each time, until it has seen
// the SessionOpened of every session of ids or reached fromBlock: a
// session's events all follow its SessionOpened, so what it reads grows
// with the age of the oldest session, not with the chain's history. The
// logs come in the order of the windows, newest first: sort them.
func SessionLogsBack(fromBlock, to uint64, ids []session.ID, query func(from, to uint64) ([]types.Log, error)) ([]types.Log, error) {
	missing := make(map[session.ID]bool, len(ids))
	for _, id := range ids {
		missing[id] = true
	}
	var out []types.Log
	err := ReadBack(fromBlock, to, query, func(logs []types.Log, _ bool) (bool, error) {
		out = append(out, logs...)
		for _, l := range logs {
			if len(l.Topics) > 1 && l.Topics[0] == sessionOpenedID {
				delete(missing, session.ID(l.Topics[1]))
			}
		}
		return len(missing) == 0, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReadBack reads logs back from block to: it calls query (the logs of
// one filter from one block to another inclusive) for windows of
// FirstWindow blocks and then twice as many each time, newest first, and
// hands each window's logs to seen, with last set for the window that
// reaches fromBlock, until seen reports it has what it looks for (or an
// error) or the windows reach fromBlock. So what a lookup reads grows with
// the age of what it looks for, not with the chain's history.
func ReadBack(fromBlock, to uint64, query func(from, to uint64) ([]types.Log, error), seen func(logs []types.Log, last bool) (bool, error)) error {
	if to < fromBlock {
		return nil
	}
	window := uint64(FirstWindow)
	for {
		from := fromBlock
		if to-fromBlock >= window {
			from = to - window + 1
		}
		logs, err := query(from, to)
		if err != nil {
			return err
		}
		last := from == fromBlock
		if enough, err := seen(logs, last); err != nil || enough || last {
			return err
		}
		to, window = from-1, window*2
	}
}

// SortLogs puts logs in chain order: by block, then by index in the block.
func SortLogs(logs []types.Log) {
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
}
