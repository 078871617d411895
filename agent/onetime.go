package agent

import (
	"context"
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
)

// oneTimeSecret is the session secret that holds a recipient's one-time
// private key once a session consumed it: it leaves the pool then, and the
// session's end (or its establishment, which replaces the exchange's
// secrets with K) deletes it.
const oneTimeSecret = "one-time-key"

// DefaultOneTimeBatch is a good number of keys for a pool refill: one
// batch of 128 keys costs about 213k gas (calldata and event bytes
// dominate), about 1.7k gas per key; larger batches save little more (256
// keys: 1.5k per key) and smaller ones pay the transaction's 21k base more
// often (64 keys: 2.2k per key). docs/PROTOCOL.md §6.4 gives the numbers.
const DefaultOneTimeBatch = 128

// DefaultOneTimeLowWaterDivisor sets the default low-water mark of a pool:
// a refill starts when fewer than batch/4 fresh keys remain (32 of 128).
// A refill is mined within a few blocks; the quarter left serves the opens
// that arrive meanwhile (32 opens in those blocks), so users find the pool
// empty only under a load that wants a larger batch. A higher mark buys
// nothing: unconsumed keys protect no session, and the batch costs the same.
const DefaultOneTimeLowWaterDivisor = 4

// PublishOneTimeKeys makes n one-time X25519 keys, stores their private
// halves durably in the pool, then publishes them in one transaction and
// returns the first key's number.
func (a *Agent) PublishOneTimeKeys(ctx context.Context, n int) (uint32, error) {
	if a.cfg.Role == session.User {
		return 0, errors.New("agent: the user has no one-time keys: it makes a key per session")
	}
	if n < 1 || n > wire.MaxOneTimeBatch {
		return 0, fmt.Errorf("agent: a batch of %d one-time keys, want 1 to %d", n, wire.MaxOneTimeBatch)
	}
	pubs := make([][32]byte, n)
	for i := range pubs {
		k, err := skcrypto.GenerateX25519(a.cfg.Rand)
		if err != nil {
			return 0, err
		}
		pubs[i] = skcrypto.PublicBytes(k)
		priv := k.Bytes()
		err = a.store.PutOneTimeKey(store.OneTimeKey{Public: pubs[i], Private: priv})
		clear(priv)
		if err != nil {
			return 0, err
		}
	}
	data, err := wire.PackPublishOneTimeKeys(pubs)
	if err != nil {
		return 0, err
	}
	to := a.cfg.Contract
	rcpt, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data})
	if err != nil {
		return 0, fmt.Errorf("agent: publishing %d one-time keys: %w", n, err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := a.dec.Decode(l); err == nil {
			if b, ok := ev.(wire.OneTimeKeysPublished); ok && b.Account == a.cfg.Account.Address {
				a.log.Info("one-time keys published", "first", b.FirstKey, "count", len(b.Keys))
				return b.FirstKey, nil
			}
		}
	}
	return 0, errors.New("agent: publication mined without a OneTimeKeysPublished event")
}

// FreshOneTimeKeys returns how many published one-time keys of account no
// session has consumed, as far as the agent has followed the chain.
func (a *Agent) FreshOneTimeKeys(acct [20]byte) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.reg.FreshOneTimeKeys(acct))
}

// refillOneTimeKeys publishes a batch in the background when the pool of
// fresh published keys is below the low-water mark. The caller holds a.mu.
func (a *Agent) refillOneTimeKeys(ctx context.Context) {
	if a.cfg.OneTimeBatch <= 0 || a.cfg.Role == session.User {
		return
	}
	fresh := len(a.reg.FreshOneTimeKeys(a.cfg.Account.Address))
	a.cfg.Metrics.OneTimeKeys(fresh)
	if a.refilling || fresh >= a.cfg.OneTimeLowWater {
		return
	}
	a.refilling = true
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if _, err := a.PublishOneTimeKeys(ctx, a.cfg.OneTimeBatch); err != nil {
			a.log.Warn("refilling the one-time key pool failed", "err", err)
		}
		a.mu.Lock()
		a.refilling = false
		a.mu.Unlock()
	}()
}

// oneTimeUsed records the keys a session consumed (for every session: they
// are no longer fresh) and returns the event filled for the machine, if the
// agent serves the session: each recipient's wrap key, and this agent's
// own one-time private key, moved from the pool into the session's
// secrets. A consumed key of this agent in a session it does not serve is
// deleted from the pool: it can never be used. The caller holds a.mu;
// op is the session's SessionOpened (the log before this one).
func (a *Agent) oneTimeUsed(op protocol.Opened, e protocol.OneTimeKeysUsed, serving bool) (protocol.OneTimeKeysUsed, error) {
	p := op.Params
	me := a.cfg.Role
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		n := e.Keys[r]
		if n == 0 {
			continue
		}
		acct := p.Account(r)
		a.reg.MarkUsed(acct, n)
		pub, ok := a.reg.OneTimeKey(acct, n)
		if !ok {
			return e, fmt.Errorf("agent: one-time key %d of the %v was never seen published", n, r)
		}
		if e.PublicKeys[r], ok = a.wrapKey(op, r, pub); !ok {
			return e, fmt.Errorf("agent: no registered key of the %v for its hybrid one-time key", r)
		}
		if r != me || acct != a.cfg.Account.Address {
			continue
		}
		own, err := a.takeOneTimeKey(op, pub, serving)
		if err != nil {
			return e, err
		}
		e.Own = own
	}
	return e, nil
}

// wrapKey is the key the wrap for recipient r is sealed to when it uses
// one-time key pub.
func (a *Agent) wrapKey(op protocol.Opened, r session.Role, pub [32]byte) ([]byte, bool) {
	var registered []byte
	if op.Params.Suite == session.Hybrid {
		k, ok := a.reg.Key(op.Params.Account(r), op.Params.Suite, op.KeyVersions[r])
		if !ok {
			return nil, false
		}
		registered = k
	}
	k, err := skcrypto.OneTimeRecipientPublic(op.Params.Suite, registered, pub)
	return k, err == nil
}

// takeOneTimeKey moves this agent's one-time private key for pub from the
// pool into the session's secrets (it is there already after a restart)
// and returns the recipient key it makes with the registered key.
func (a *Agent) takeOneTimeKey(op protocol.Opened, pub [32]byte, serving bool) (*skcrypto.RecipientKey, error) {
	id := op.Params.ID
	if !serving {
		if err := a.store.DeleteOneTimeKey(pub); err != nil {
			a.log.Error("deleting a consumed one-time key failed", "err", err)
		}
		return nil, nil
	}
	var priv []byte
	if s, err := a.store.Secrets(id); err == nil && len(s[oneTimeSecret]) != 0 {
		priv = s[oneTimeSecret]
	} else {
		k, err := a.store.OneTimeKey(pub)
		if err != nil {
			return nil, fmt.Errorf("agent: this agent's one-time key: %w", err)
		}
		if err := a.store.PutSecret(id, oneTimeSecret, k.Private); err != nil {
			return nil, err
		}
		if err := a.store.DeleteOneTimeKey(pub); err != nil {
			a.log.Error("deleting a consumed one-time key from the pool failed", "err", err)
		}
		priv = k.Private
	}
	defer clear(priv)
	x, err := skcrypto.ParseX25519Private(priv)
	if err != nil {
		return nil, fmt.Errorf("agent: stored one-time key: %w", err)
	}
	var registered *skcrypto.RecipientKey
	if op.Params.Suite == session.Hybrid {
		if registered, err = a.recipientKey(op.Params.Suite, op.KeyVersions[a.cfg.Role]); err != nil {
			return nil, err
		}
	}
	return skcrypto.OneTimeRecipientKey(op.Params.Suite, registered, x)
}
