package agent

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// ErrKeysNotSeen is returned by Open when the agent has not yet seen the
// registration of a recipient's current key; retry once Run has caught up.
var ErrKeysNotSeen = errors.New("agent: the recipients' registered keys have not been seen yet")

// OpenOptions describe a session the user opens.
type OpenOptions struct {
	Miner       common.Address
	Oracle      common.Address
	Method      session.Method
	Suite       session.Suite
	Coordinator session.Role // Method 2 only
	// PhaseTimeout in seconds; default 120.
	PhaseTimeout uint32
}

// Open opens a session as the user and returns its handle once the open
// transaction is sent (after the previous Open's transaction is mined:
// concurrent Opens are served in turn, each taking the next nonce); the agent's Run carries the session to its end
// (Session.Wait). Run must be following the chain (see Ready), so that the
// registered keys a Method 2 session needs have been seen.
func (a *Agent) Open(ctx context.Context, o OpenOptions) (*Session, error) {
	if a.cfg.Role != session.User {
		return nil, fmt.Errorf("agent: the %v does not open sessions", a.cfg.Role)
	}
	if o.PhaseTimeout == 0 {
		o.PhaseTimeout = 120
	}
	req := protocol.OpenRequest{
		Params: session.Params{ChainID: a.chainID, Contract: a.cfg.Contract, Method: o.Method, Suite: o.Suite,
			Coordinator: o.Coordinator, User: a.cfg.Account.Address, Miner: o.Miner, Oracle: o.Oracle},
		PhaseTimeout: o.PhaseTimeout,
	}
	if o.Method == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r == o.Coordinator {
				continue
			}
			acct := req.Params.Account(r)
			info, err := a.KeyOf(ctx, acct, o.Suite)
			if err != nil {
				return nil, err
			}
			if info.Version == 0 || info.Revoked {
				return nil, fmt.Errorf("agent: the %v %s has no active %v key", r, acct.Hex(), o.Suite)
			}
			a.mu.Lock()
			key, ok := a.reg.Key(acct, o.Suite, info.Version)
			a.mu.Unlock()
			if !ok {
				return nil, fmt.Errorf("%w (%v version %d)", ErrKeysNotSeen, r, info.Version)
			}
			req.RegisteredKeys[r], req.KeyVersions[r] = key, info.Version
		}
	}
	// One open at a time, each after the last one's transaction is mined:
	// its nonce is the chain's count, and its gas is estimated on a state
	// that has the previous session.
	a.openMu.Lock()
	defer a.openMu.Unlock()
	if a.lastOpen != nil {
		select {
		case <-a.lastOpen:
		case <-ctx.Done():
			return nil, fmt.Errorf("agent: waiting for the previous open: %w", ctx.Err())
		}
	}
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackNonces(a.cfg.Account.Address))
	if err != nil {
		return nil, err
	}
	chainNonce, err := abi.UnpackNonces(out)
	if err != nil {
		return nil, fmt.Errorf("agent: nonces: %w", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	nonce := chainNonce
	id := skcrypto.SessionID(a.chainID, a.cfg.Contract, a.cfg.Account.Address, nonce)
	req.Params.ID, req.Nonce = id, nonce
	if _, dup := a.machines[id]; dup {
		return nil, fmt.Errorf("agent: session %v (nonce %d) is already being opened", id, nonce)
	}
	m, acts, err := protocol.Open(protocol.Config{Role: session.User, Account: a.cfg.Account.Address, Rand: a.cfg.Rand}, req)
	if err != nil {
		return nil, err
	}
	if err := a.store.PutSecret(id, markerSecret, nil); err != nil {
		return nil, err
	}
	a.machines[id] = m
	a.execute(id, acts) // persists the user's secret before anything is sent
	if _, ok := a.machines[id]; !ok || a.rebuild[id] {
		return nil, errors.New("agent: could not persist the session's secret")
	}
	h := newSession(a, id, session.User)
	a.handles[id] = h
	sent := make(chan struct{})
	a.lastOpen = sent
	a.sendCalls(ctx, []session.ID{id}, []protocol.Call{*m.OpenCall()}, func() { close(sent) })
	return h, nil
}
