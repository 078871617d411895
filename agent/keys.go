package agent

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// KeyInfo is an account's registry record for one suite.
type KeyInfo struct {
	Version uint32
	Hash    common.Hash
	Revoked bool
}

// KeyOf reads the registry record of account for suite.
func (a *Agent) KeyOf(ctx context.Context, acct common.Address, suite session.Suite) (KeyInfo, error) {
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackKeyOf(acct, uint8(suite)))
	if err != nil {
		return KeyInfo{}, err
	}
	r, err := abi.UnpackKeyOf(out)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("agent: keyOf: %w", err)
	}
	return KeyInfo{Version: r.Version, Hash: r.KeyHash, Revoked: r.Revoked}, nil
}

func (a *Agent) call(ctx context.Context, data []byte) ([]byte, error) {
	to := a.cfg.Contract
	out, err := a.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("agent: calling the contract: %w", err)
	}
	return out, nil
}

// RegisterKey makes a new recipient key of suite, stores its private half
// durably, then registers (or rotates to) it on chain and returns its
// version. Keys of older versions stay in the store while sessions that
// recorded them are not over (manageKeys then deletes them).
func (a *Agent) RegisterKey(ctx context.Context, suite session.Suite) (uint32, error) {
	cur, err := a.KeyOf(ctx, a.cfg.Account.Address, suite)
	if err != nil {
		return 0, err
	}
	next := cur.Version + 1
	k, err := skcrypto.GenerateRecipientKey(suite, a.cfg.Rand)
	if err != nil {
		return 0, err
	}
	priv, err := k.Bytes()
	if err != nil {
		return 0, err
	}
	if err := a.store.PutKey(store.KeyRecord{Suite: suite, Version: next, Private: priv, Created: a.cfg.Now().UTC()}); err != nil {
		return 0, err
	}
	clear(priv)
	data, err := wire.PackRegisterKey(suite, k.PublicKey())
	if err != nil {
		return 0, err
	}
	to := a.cfg.Contract
	rcpt, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data})
	if err != nil {
		return 0, fmt.Errorf("agent: registering the %v key: %w", suite, err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := a.dec.Decode(l); err == nil {
			if reg, ok := ev.(wire.KeyRegistered); ok && reg.Account == a.cfg.Account.Address {
				if reg.Version != next {
					return reg.Version, fmt.Errorf("agent: registered version %d, stored the key as %d", reg.Version, next)
				}
				a.log.Info("key registered", "suite", suite, "version", next)
				return next, nil
			}
		}
	}
	return 0, errors.New("agent: registration mined without a KeyRegistered event")
}

// RevokeKey revokes this account's key of suite on chain.
func (a *Agent) RevokeKey(ctx context.Context, suite session.Suite) error {
	data, err := wire.PackRevokeKey(suite)
	if err != nil {
		return err
	}
	to := a.cfg.Contract
	if _, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data}); err != nil {
		return fmt.Errorf("agent: revoking the %v key: %w", suite, err)
	}
	return nil
}

// recipientKey loads the private key of a registered version.
func (a *Agent) recipientKey(suite session.Suite, version uint32) (*skcrypto.RecipientKey, error) {
	rec, err := a.store.Key(suite, version)
	if err != nil {
		return nil, fmt.Errorf("agent: %v key version %d: %w", suite, version, err)
	}
	defer clear(rec.Private)
	return skcrypto.ParseRecipientKey(suite, rec.Private)
}

// Address returns the agent's account address.
func (a *Agent) Address() common.Address { return a.cfg.Account.Address }

// HasKey reports whether the store holds the private key of a suite and
// registered version.
func (a *Agent) HasKey(suite session.Suite, version uint32) bool {
	rec, err := a.store.Key(suite, version)
	clear(rec.Private)
	return err == nil
}

// RetireDepth is how many blocks a newer key version's registration must
// be below the processed head before the private key of an older version
// may be deleted: as deep as the runtime rewinds after a reorganisation
// (rewindDepth), so that no reorganisation it recovers from can bring back
// a session that needs the old key.
const RetireDepth = rewindDepth

// manageKeys deletes the private keys of this miner's or oracle's older
// registered versions that no session still needs, and starts a rotation
// of each suite whose current key is older than RotateEvery. It runs once
// per block when live, with a.mu held, and makes no RPC call.
func (a *Agent) manageKeys(ctx context.Context, block uint64) {
	if a.cfg.Role == session.User {
		return
	}
	recs, err := a.store.Keys()
	if err != nil {
		a.log.Warn("cannot list the stored keys", "err", err)
		return
	}
	me := a.cfg.Account.Address
	for _, rec := range recs {
		latest, at, _, ok := a.reg.Latest(me, rec.Suite)
		if !ok || rec.Version >= latest || block < at+RetireDepth || a.keyInUse(rec.Suite, rec.Version) {
			continue
		}
		if err := a.store.DeleteKey(rec.Suite, rec.Version); err != nil {
			a.log.Warn("cannot delete a retired key", "suite", rec.Suite, "version", rec.Version, "err", err)
			continue
		}
		a.log.Info("retired key deleted: no session that is not over recorded it", "suite", rec.Suite, "version", rec.Version, "current", latest)
	}
	if a.cfg.RotateEvery <= 0 {
		return
	}
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		latest, _, revoked, ok := a.reg.Latest(me, suite)
		rot := a.rotating[suite]
		if !ok || revoked || rot.busy || latest < rot.waitFor || a.cfg.Now().Before(rot.retryAt) {
			continue // never registered here, revoked by the operator, under way or backing off
		}
		created, err := a.store.KeyCreated(suite, latest)
		if err != nil {
			continue // not this directory's key: rotating it here would orphan the other's
		}
		if age := a.cfg.Now().Sub(created); age < a.cfg.RotateEvery {
			continue
		}
		a.rotating[suite] = rotation{busy: true}
		a.wg.Go(func() {
			v, err := a.RegisterKey(ctx, suite)
			a.mu.Lock()
			defer a.mu.Unlock()
			if err != nil {
				a.rotating[suite] = rotation{retryAt: a.cfg.Now().Add(rotateRetry)}
				a.log.Warn("key rotation failed; trying again later", "suite", suite, "in", rotateRetry, "err", err)
				return
			}
			// Until its log is applied, the registry still shows the old
			// version as current: wait for v rather than rotate again.
			a.rotating[suite] = rotation{waitFor: v}
			a.log.Info("key rotated", "suite", suite, "version", v, "every", a.cfg.RotateEvery)
		})
	}
}

// rotation is where a suite's automatic key rotation stands.
type rotation struct {
	busy    bool      // RegisterKey is under way
	waitFor uint32    // the version registered, until the registry shows it
	retryAt time.Time // after a failure, no attempt before this
}

// rotateRetry is how long a failed rotation waits before the next try.
const rotateRetry = time.Minute

// keyInUse reports whether a session that is not over recorded this
// agent's key of suite and version. The caller holds a.mu.
func (a *Agent) keyInUse(suite session.Suite, version uint32) bool {
	for _, m := range a.machines {
		p := m.Params()
		if p.Method == session.Coordinator && p.Suite == suite && !m.Phase().Terminal() && m.KeyVersions()[a.cfg.Role] == version {
			return true
		}
	}
	return false
}
