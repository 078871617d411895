package agent

import (
	"context"
	"errors"
	"fmt"

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
// version. Keys of older versions stay in the store for the sessions that
// recorded them.
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
	if err := a.store.PutKey(store.KeyRecord{Suite: suite, Version: next, Private: priv}); err != nil {
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
