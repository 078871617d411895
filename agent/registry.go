package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// The key registry is kept in the store (registry.json) beside the
// cursor, so that a start-up reads only what its sessions need rather
// than every registry event since the deployment:
//
//   - a miner or an oracle follows every block, so the stored registry
//     holds every registry event up to its cursor: it is written before
//     the cursor passes a block whose registry events changed it, and a
//     restart reads no registry event before its cursor;
//   - the user follows from the head, so its registry is a cache of
//     registered keys (a key of a version never changes): an open reads
//     the recipients' current versions with keyOf, and the logs of a
//     recipient's registrations (by its indexed account and suite) only
//     when the cache lacks that version; and, once per recipient while it
//     runs, the recipient's newest published one-time keys (by its
//     indexed account), back from the head to its newest batch.
//
// Published one-time keys are kept too, with the block from which each is
// known consumed (the followed OneTimeKeysUsed logs, or the contract when
// an open picks one). A consumed key is never named again: once its
// consumption is RetireDepth blocks deep it is forgotten (pruneOneTime),
// unless a session the agent still serves names it, so that the registry
// holds the pools' fresh keys and the last blocks' consumed ones, not
// every key the chain ever published. A consumption alone does not make
// the registry be stored again before the cursor passes its block (under
// load that would be at every block): it is stored at the next pruning
// (every pruneEvery blocks) or when the agent stops, so after a crash
// what the stored registry says of consumption may be behind its cursor.
// So a miner or an oracle asks the contract at start-up which of the keys
// its registry believes fresh are consumed (markConsumedOneTime), whether
// the registry was stored or read from the published batches (a new data
// directory); the user's picks ask the contract anyway (pickOneTimeKey).

// registryEvents are the topics of the registry's events of registered
// keys; oneTimePublished that of a batch of one-time keys; sessionOpened
// that of an open; oracleNamed that of the event that indexes its oracle.
var (
	registryEvents = func() []common.Hash {
		ev := bindings.NewSessionKeystore().GetABI().Events
		return []common.Hash{ev["KeyRegistered"].ID, ev["KeyRevoked"].ID}
	}()
	oneTimePublished = bindings.NewSessionKeystore().GetABI().Events["OneTimeKeysPublished"].ID
	sessionOpened    = bindings.NewSessionKeystore().GetABI().Events["SessionOpened"].ID
	oracleNamed      = bindings.NewSessionKeystore().GetABI().Events["OracleNamed"].ID
)

// oneTimePool names a recipient's pool of one-time keys of one suite: the
// user's agent notes whose newest batch it has read (lookupOneTimeKeys)
// and the floor of its first pick (pickOneTimeKey).
type oneTimePool struct {
	account common.Address
	suite   session.Suite
}

// loadRegistry adds the stored registry to a.reg and reports whether
// there was one; an unreadable record is reported and ignored (the
// registry is read from the chain again). The caller holds a.mu.
func (a *Agent) loadRegistry() (bool, error) {
	r, err := a.store.Registry()
	switch {
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	case errors.Is(err, store.ErrCorrupt):
		a.log.Warn("the stored key registry is unreadable; reading it from the chain again", "err", err)
		return false, nil
	case err != nil:
		return false, err
	}
	entries := make([]wire.Entry, len(r.Keys))
	for i, k := range r.Keys {
		entries[i] = wire.Entry{Account: k.Account, Suite: k.Suite, Version: k.Version, PublicKey: k.Public, Block: k.Block, Revoked: k.Revoked}
	}
	a.reg.Load(entries)
	ots := make([]wire.OneTimeEntry, len(r.OneTime))
	for i, k := range r.OneTime {
		ots[i] = wire.OneTimeEntry{Account: k.Account, Suite: k.Suite, Number: k.Number, Key: k.Public, Used: k.Used}
	}
	a.reg.LoadOneTime(ots)
	return true, nil
}

// saveRegistry stores a.reg durably and clears regDirty. The caller holds
// a.mu.
func (a *Agent) saveRegistry() error {
	entries := a.reg.Entries()
	r := store.Registry{Keys: make([]store.RegisteredKey, len(entries))}
	for i, e := range entries {
		r.Keys[i] = store.RegisteredKey{Account: e.Account, Suite: e.Suite, Version: e.Version, Public: e.PublicKey, Block: e.Block, Revoked: e.Revoked}
	}
	for _, e := range a.reg.OneTimeEntries() {
		r.OneTime = append(r.OneTime, store.OneTimePublic{Account: e.Account, Suite: e.Suite, Number: e.Number, Public: e.Key, Used: e.Used})
	}
	if err := a.store.SetRegistry(r); err != nil {
		return err
	}
	a.regDirty, a.regStale = false, false
	return nil
}

// lookupKey reads, when the registry lacks it, the registration of
// account's key of suite and version from the chain: the logs of that
// account's registrations of that suite only (both are indexed topics),
// back from the head until it is found. What it finds is kept in the
// store.
func (a *Agent) lookupKey(ctx context.Context, acct common.Address, suite session.Suite, version uint32) ([]byte, bool, error) {
	a.mu.Lock()
	key, ok := a.reg.Key(acct, suite, version)
	a.mu.Unlock()
	if ok {
		return key, true, nil
	}
	head, err := a.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("agent: head: %w", err)
	}
	// Back from the head in growing windows, as for a session's logs
	// (wire.SessionLogsBack): a recent rotation is found in the first.
	topics := [][]common.Hash{registryEvents, {common.BytesToHash(acct.Bytes())}, {common.BigToHash(big.NewInt(int64(suite)))}}
	err = a.readBack(ctx, head.Number.Uint64(), topics, func(logs []types.Log, _ bool) (bool, error) {
		a.mu.Lock()
		defer a.mu.Unlock()
		for _, l := range logs {
			a.handleLog(l)
		}
		key, ok = a.reg.Key(acct, suite, version)
		if a.regDirty {
			if err := a.saveRegistry(); err != nil {
				return false, err
			}
		}
		return ok, nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("agent: reading the %v keys of %s: %w", suite, acct.Hex(), err)
	}
	return key, ok, nil
}

// readBack reads the contract's logs matching topics back from block to,
// in growing windows down to the deployment (wire.ReadBack), handing each
// window's logs to seen until it has what it looks for.
func (a *Agent) readBack(ctx context.Context, to uint64, topics [][]common.Hash, seen func(logs []types.Log, last bool) (bool, error)) error {
	return wire.ReadBack(a.cfg.StartBlock, to, func(from, to uint64) ([]types.Log, error) {
		return a.logs.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{a.cfg.Contract}, Topics: topics,
		})
	}, seen)
}

// fillKeys makes sure the registry holds the recipients' keys that the
// SessionOpened logs among logs record, reading those it lacks (the
// user's, whose registry is a cache). The caller does not hold a.mu.
func (a *Agent) fillKeys(ctx context.Context, opens []protocol.Opened) error {
	for _, op := range opens {
		if op.Params.Method != session.Coordinator {
			continue
		}
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			v := op.KeyVersions[r]
			if v == 0 {
				continue
			}
			if _, _, err := a.lookupKey(ctx, op.Params.Account(r), op.Params.Suite, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// lookupOneTimeKeys reads, once per recipient and suite while the agent
// runs, the recipient's newest batch of published one-time keys of suite
// s: its OneTimeKeysPublished logs (by the indexed account and suite)
// back from the head in growing windows, up to the first
// window that holds one. Keys are consumed lowest first, so the newest
// batch is where fresh keys are; batches published later are followed
// live. A user's, before an open.
func (a *Agent) lookupOneTimeKeys(ctx context.Context, acct common.Address, s session.Suite) error {
	if !s.Valid() {
		return fmt.Errorf("agent: one-time keys of suite %d", s)
	}
	read := oneTimePool{acct, s}
	a.mu.Lock()
	done := a.oneTimeRead[read]
	a.mu.Unlock()
	if done {
		return nil
	}
	head, err := a.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("agent: head: %w", err)
	}
	topics := [][]common.Hash{{oneTimePublished}, {common.BytesToHash(acct.Bytes())}, {common.BigToHash(big.NewInt(int64(s)))}}
	err = a.readBack(ctx, head.Number.Uint64(), topics, func(logs []types.Log, last bool) (bool, error) {
		a.mu.Lock()
		defer a.mu.Unlock()
		for _, l := range logs {
			a.handleLog(l)
		}
		if a.regDirty {
			if err := a.saveRegistry(); err != nil {
				return false, err
			}
		}
		if len(logs) > 0 || last {
			a.oneTimeRead[read] = true
		}
		return len(logs) > 0, nil
	})
	if err != nil {
		return fmt.Errorf("agent: reading the one-time keys of %s: %w", acct.Hex(), err)
	}
	return nil
}

// oneTimeCheckChunk is how many one-time keys markConsumedOneTime asks
// about in one eth_call.
const oneTimeCheckChunk = 256

// markConsumedOneTime asks the contract, as of the head, which of the
// one-time keys the registry believes fresh are consumed, and records them
// consumed as of the head (pruneOneTime forgets them RetireDepth blocks
// later; the head, not an older block, since a node that is not an
// archive keeps the state of recent blocks only, and a key consumed in a
// block not yet followed must not be forgotten sooner). Without it a
// registry read from the published batches alone (a new data directory,
// or a rebuild after a deep reorganisation) would keep every key the chain
// ever published as fresh, for good, and a stored one the keys consumed
// after it was last stored. It makes one eth_call per oneTimeCheckChunk
// keys (a multicall of isOneTimeKeyAvailable), none when the registry
// holds no fresh key. The caller does not hold a.mu.
func (a *Agent) markConsumedOneTime(ctx context.Context) error {
	a.mu.Lock()
	var fresh []wire.OneTimeEntry
	for _, e := range a.reg.OneTimeEntries() {
		if e.Used == 0 {
			fresh = append(fresh, wire.OneTimeEntry{Account: e.Account, Suite: e.Suite, Number: e.Number})
		}
	}
	a.mu.Unlock()
	if len(fresh) == 0 {
		return nil
	}
	head, err := a.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("agent: head: %w", err)
	}
	abi := bindings.NewSessionKeystore()
	to, at, block := a.cfg.Contract, head.Number, head.Number.Uint64()
	consumed := 0
	for chunk := range slices.Chunk(fresh, oneTimeCheckChunk) {
		calls := make([][]byte, len(chunk))
		for i, e := range chunk {
			calls[i] = abi.PackIsOneTimeKeyAvailable(e.Account, uint8(e.Suite), e.Number)
		}
		data, err := wire.PackMulticall(calls, false)
		if err != nil {
			return err
		}
		out, err := a.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
		if err != nil {
			return fmt.Errorf("agent: asking the contract which one-time keys are available: %w", err)
		}
		res, err := abi.UnpackMulticall(out)
		if err == nil && len(res) != len(chunk) {
			err = fmt.Errorf("%d results for %d calls", len(res), len(chunk))
		}
		if err != nil {
			return fmt.Errorf("agent: the contract's answer on which one-time keys are available: %w", err)
		}
		a.mu.Lock()
		for i, r := range res {
			ok, err := abi.UnpackIsOneTimeKeyAvailable(r.ReturnData)
			if err != nil {
				a.mu.Unlock()
				return fmt.Errorf("agent: the contract's answer on one-time key %d of %s: %w", chunk[i].Number, chunk[i].Account.Hex(), err)
			}
			if !ok {
				a.reg.MarkUsed(chunk[i].Account, chunk[i].Suite, chunk[i].Number, block)
				a.regDirty = true
				consumed++
			}
		}
		a.mu.Unlock()
	}
	if consumed > 0 {
		a.log.Info("published one-time keys already consumed", "keys", consumed, "of", len(fresh))
	}
	return nil
}
