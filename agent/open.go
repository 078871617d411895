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

// Open opens a session as the user and returns its id; the agent's Run
// carries it to its end (see Config.OnOutcome). Run must be following the
// chain, so that the registered keys it needs have been seen.
func (a *Agent) Open(ctx context.Context, o OpenOptions) (session.ID, error) {
	if a.cfg.Role != session.User {
		return session.ID{}, fmt.Errorf("agent: the %v does not open sessions", a.cfg.Role)
	}
	if o.PhaseTimeout == 0 {
		o.PhaseTimeout = 120
	}
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackNonces(a.cfg.Account.Address))
	if err != nil {
		return session.ID{}, err
	}
	nonce, err := abi.UnpackNonces(out)
	if err != nil {
		return session.ID{}, fmt.Errorf("agent: nonces: %w", err)
	}
	id := skcrypto.SessionID(a.chainID, a.cfg.Contract, a.cfg.Account.Address, nonce)
	req := protocol.OpenRequest{
		Params: session.Params{ChainID: a.chainID, Contract: a.cfg.Contract, ID: id, Method: o.Method, Suite: o.Suite,
			Coordinator: o.Coordinator, User: a.cfg.Account.Address, Miner: o.Miner, Oracle: o.Oracle},
		Nonce: nonce, PhaseTimeout: o.PhaseTimeout,
	}
	if o.Method == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r == o.Coordinator {
				continue
			}
			acct := req.Params.Account(r)
			info, err := a.KeyOf(ctx, acct, o.Suite)
			if err != nil {
				return session.ID{}, err
			}
			if info.Version == 0 || info.Revoked {
				return session.ID{}, fmt.Errorf("agent: the %v %s has no active %v key", r, acct.Hex(), o.Suite)
			}
			a.mu.Lock()
			key, ok := a.reg.Key(acct, o.Suite, info.Version)
			a.mu.Unlock()
			if !ok {
				return session.ID{}, fmt.Errorf("%w (%v version %d)", ErrKeysNotSeen, r, info.Version)
			}
			req.RegisteredKeys[r], req.KeyVersions[r] = key, info.Version
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	m, acts, err := protocol.Open(protocol.Config{Role: session.User, Account: a.cfg.Account.Address, Rand: a.cfg.Rand}, req)
	if err != nil {
		return session.ID{}, err
	}
	if err := a.store.PutSecret(id, markerSecret, nil); err != nil {
		return session.ID{}, err
	}
	a.machines[id] = m
	a.execute(id, acts) // persists the user's secret before anything is sent
	if _, ok := a.machines[id]; !ok || a.rebuild[id] {
		return session.ID{}, errors.New("agent: could not persist the session's secret")
	}
	a.send(ctx, id, *m.OpenCall())
	return id, nil
}
