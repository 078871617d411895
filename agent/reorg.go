package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// What a reorganisation can undo, and how the runtime recovers (the log
// source undoes removed logs; rebuildSession replays a session's
// canonical logs into a new machine):
//
//   - the user's own open: the machine is made again from the stored
//     secrets and, if the open has not come back within reopenGrace
//     blocks (a reorganisation may move it to a later block), it is sent
//     again (reopen); a failure of that open never deletes the secrets;
//   - a session another party opened: its record is deleted once the
//     session has been missing from the canonical chain for orphanGrace
//     blocks (the open may yet come back, from the user's resend);
//   - an establishment, after the exchange's secrets were replaced by K:
//     the agent attests again with K, and expires the session if it stalls
//     (unsettled);
//   - the block at the agent's cursor, or more blocks than the log source
//     remembers: the agent rewinds rewindDepth blocks and rebuilds all its
//     state from the store and the canonical logs (rewind).

// reopenGrace is how many blocks the user waits for its removed open to
// come back before sending it again.
const reopenGrace = 3

// orphanGrace is how many blocks a session may stay missing from the
// canonical chain before its record is deleted.
const orphanGrace = 16

// rewindDepth is how far back the agent restarts after a reorganisation
// deeper than its log source remembers.
const rewindDepth = 256

// unsettled is an Established session whose establishment a
// reorganisation removed: this agent holds K and must see the session
// established again, or ended.
type unsettled struct {
	deadline uint64 // of the Attesting phase, from its PhaseAdvanced
	attested bool   // this agent's attestation is on the canonical chain
}

// afterRebuild recovers what rebuildSession's replay left undone; old is
// the session's machine before the rebuild (nil for an Established one).
// The caller holds a.mu.
func (a *Agent) afterRebuild(id session.ID, old *protocol.Machine, logs []types.Log, block uint64) {
	if a.convs[id] != nil {
		a.resettle(id, logs)
		return
	}
	if a.machines[id] != nil {
		delete(a.orphans, id)
		return
	}
	if old != nil && old.Role() == session.User && a.ownOpen(id) {
		stored, err := a.store.Secrets(id)
		if err == nil {
			secrets := protocol.Secrets{}
			for k, v := range stored {
				if k != markerSecret {
					secrets[protocol.SecretName(k)] = v
				}
			}
			m, err := old.Reopen(secrets)
			if err == nil {
				a.machines[id] = m
				a.reopen[id] = block
				if c := m.OpenCall(); c != nil {
					a.unopened[id] = c.Nonce
				}
				a.log.Warn("a reorganisation removed this agent's open; sending it again unless it comes back", "session", id, "blocks", reopenGrace)
				return
			}
			a.log.Error("cannot open again a session a reorganisation removed", "session", id, "err", err)
		}
	}
	if _, seen := a.orphans[id]; !seen {
		a.orphans[id] = block
		a.log.Warn("a reorganisation removed a session from the chain; its secrets go unless it comes back", "session", id, "blocks", orphanGrace)
	}
}

// ownOpen reports whether the store records session id as this user's own
// open (its marker holds the open's nonce).
func (a *Agent) ownOpen(id session.ID) bool {
	s, err := a.store.Secrets(id)
	if err != nil {
		return false
	}
	defer s.Zero()
	_, ok := openNonce(s[markerSecret])
	return ok
}

// resettle checks an Established session's canonical logs after a
// reorganisation: still established, nothing to do; failed or expired, K
// goes; otherwise the establishment was removed and the session is
// unsettled until the chain establishes or ends it again. The caller
// holds a.mu.
func (a *Agent) resettle(id session.ID, logs []types.Log) {
	_, was := a.unsettled[id]
	a.unsettled[id] = unsettled{}
	for i := range logs {
		if ev, err := a.dec.Decode(&logs[i]); err == nil {
			if ev, ok := ev.(protocol.Event); ok {
				a.settleEvent(ev)
			}
		}
		if _, still := a.unsettled[id]; !still {
			return // established (or ended) on the canonical chain
		}
	}
	if !was {
		a.log.Warn("a reorganisation removed the session's establishment; attesting again", "session", id)
	}
}

// settleEvent applies a key-exchange event of an unsettled session. The
// caller holds a.mu.
func (a *Agent) settleEvent(ev protocol.Event) {
	id := ev.EventMeta().Session
	u, ok := a.unsettled[id]
	if !ok {
		return
	}
	switch ev := ev.(type) {
	case protocol.SessionEstablished:
		delete(a.unsettled, id)
		return
	case protocol.SessionFailed, protocol.SessionExpired:
		a.endUnsettled(id, ev)
		return
	case protocol.PhaseAdvanced:
		u.deadline = ev.Deadline
	case protocol.Attested:
		if ev.Role == a.cfg.Role {
			u.attested = true
		}
	}
	a.unsettled[id] = u
}

// endUnsettled deletes K of a session that, on the canonical chain, ended
// without being established. The caller holds a.mu.
func (a *Agent) endUnsettled(id session.ID, ev protocol.Event) {
	delete(a.unsettled, id)
	cv := a.convs[id]
	if cv == nil {
		return
	}
	a.log.Warn("session ended unestablished after a reorganisation; its key deleted", "session", id, "event", fmt.Sprintf("%T", ev))
	a.endConversation(id, cv)
	cv.notify()
}

// recoveryCalls returns the calls recovery owes at block b: opens to send
// again, attestations to repeat, expiries of unsettled sessions that
// stalled; and deletes the records of sessions orphaned for orphanGrace
// blocks. The caller holds a.mu; the agent is live.
func (a *Agent) recoveryCalls(ctx context.Context, b uint64) (ids []session.ID, calls []protocol.Call) {
	for id, since := range a.reopen {
		if b < since+reopenGrace {
			continue
		}
		m := a.machines[id]
		c := (*protocol.OpenCall)(nil)
		if m != nil {
			c = m.OpenCall()
		}
		if c == nil {
			delete(a.reopen, id)
			continue
		}
		if _, busy := a.inFlight[id]; !busy {
			ids, calls = append(ids, id), append(calls, *c)
		}
	}
	var now uint64
	for id, u := range a.unsettled {
		cv := a.convs[id]
		if cv == nil {
			delete(a.unsettled, id)
			continue
		}
		if _, busy := a.inFlight[id]; busy {
			continue
		}
		if now == 0 {
			h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
			if err != nil {
				a.log.Warn("cannot read the block time", "block", b, "err", err)
				return ids, calls
			}
			now = h.Time
		}
		switch {
		case u.deadline != 0 && now > u.deadline:
			ids, calls = append(ids, id), append(calls, protocol.ExpireCall{ID: id})
		case !u.attested:
			ids, calls = append(ids, id), append(calls, protocol.AttestCall{ID: id, Attestation: cv.c.Key().Attestation()})
		}
	}
	for id, since := range a.orphans {
		if a.machines[id] != nil || a.convs[id] != nil {
			delete(a.orphans, id)
			continue
		}
		if b < since+orphanGrace {
			continue
		}
		delete(a.orphans, id)
		if err := a.deleteSession(id); err != nil && !errors.Is(err, store.ErrNotFound) {
			a.log.Error("deleting session secrets failed", "session", id, "err", err)
			continue
		}
		a.log.Warn("a session removed by a reorganisation did not come back; its secrets deleted", "session", id)
	}
	return ids, calls
}

// rewind prepares following the chain again after a reorganisation deeper
// than the log source remembers (or below the stored cursor): all state
// is rebuilt from the store and the canonical logs before the new start,
// rewindDepth blocks behind the last block applied. It returns the new
// start and its parent's hash.
func (a *Agent) rewind(ctx context.Context, start uint64, cause error) (uint64, common.Hash, error) {
	// A chain that was reset (a development node restarted) looks like a
	// deep reorganisation; but the contract is gone, and there is nothing
	// left to serve.
	if err := a.contractPresent(ctx); err != nil {
		return 0, common.Hash{}, err
	}
	a.mu.Lock()
	from := max(a.processed, start-1)
	a.resetLocked()
	a.mu.Unlock()
	newStart := a.cfg.StartBlock
	if from+1 > newStart+rewindDepth {
		newStart = from + 1 - rewindDepth
	}
	a.log.Warn("the chain reorganised below what the agent remembers; rebuilding from an earlier block", "err", cause, "from_block", newStart)
	var parent common.Hash
	if newStart > a.cfg.StartBlock {
		h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(newStart-1))
		if err != nil {
			return 0, common.Hash{}, fmt.Errorf("agent: rewinding: %w", err)
		}
		parent = h.Hash()
	}
	if err := a.restore(ctx, newStart, true); err != nil {
		return 0, common.Hash{}, err
	}
	if err := a.findUnopened(); err != nil {
		return 0, common.Hash{}, err
	}
	return newStart, parent, nil
}

// resetLocked drops every session's in-memory state (the store keeps
// what matters) and the key registry, for a rebuild. Handles and calls in
// flight stay. The caller holds a.mu.
func (a *Agent) resetLocked() {
	for _, cv := range a.convs {
		cv.c.Zero()
	}
	a.machines = map[session.ID]*protocol.Machine{}
	a.convs = map[session.ID]*conversation{}
	a.reg = wire.NewRegistry()
	a.rebuild = map[session.ID]bool{}
	a.mined = map[session.ID]uint64{}
	a.unopened = map[session.ID]uint64{}
	a.corrupt = map[session.ID]error{}
	a.reopen = map[session.ID]uint64{}
	a.orphans = map[session.ID]uint64{}
	a.unsettled = map[session.ID]unsettled{}
}

// ErrContractGone is what Run returns when the contract's address holds no
// code any more: the chain was reset.
var ErrContractGone = errors.New("agent: the contract is gone")

// contractPresent fails with ErrContractGone when the contract has no code
// at the head: a call to an address without code returns nothing, where
// the contract's nonces view returns a word.
func (a *Agent) contractPresent(ctx context.Context) error {
	out, err := a.call(ctx, bindings.NewSessionKeystore().PackNonces(common.Address{}))
	if err != nil {
		return err
	}
	if len(out) == 0 {
		return fmt.Errorf("%w: no contract at %s on chain %d any more (the chain was reset?); deploy again and point the agent at the new contract", ErrContractGone, a.cfg.Contract, a.chainID)
	}
	return nil
}
