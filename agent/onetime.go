package agent

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

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

// DefaultOneTimeBatch is a good number of keys for an X25519 pool refill: one
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

// DefaultHybridOneTimeBatch is the default batch of a hybrid pool's
// refill: 16 keys sharing one ML-KEM-768 key (docs/PROTOCOL.md §6.4). A
// batch publishes the 1,184-byte encapsulation key once (about 47k gas of
// calldata at EIP-7623's floor, plus the transaction's base and storage
// writes) and 32 bytes per key, so its cost per key falls with its size.
// Measured (go run ./cmd/bench -only-one-time, first batches included), a
// user-coordinated hybrid session, which consumes two keys, adds 8.2 % at
// 16 keys a batch, 11.6 % at 8 and 67.6 % at 1 (108k gas a key), against
// issue 13's budget of 15 %: 16 is the smallest power of two that meets it
// with a margin. The batch is also the
// unit of post-quantum forward secrecy: its ML-KEM-768 seed is deleted only
// once none of its keys is fresh and every session that consumed one has
// ended, so a smaller batch narrows what a stolen disk plus a broken X25519
// would open; -hybrid-one-time-batch 1 gives every session its own.
const DefaultHybridOneTimeBatch = 16

// PublishOneTimeKeys makes n one-time keys of suite s (X25519 keys, or
// hybrid keys each from a seed of its own), stores their private halves
// durably in the pool, then publishes them in one transaction and returns
// the first key's number in the pool of s.
func (a *Agent) PublishOneTimeKeys(ctx context.Context, s session.Suite, n int) (uint32, error) {
	if a.cfg.Role == session.User {
		return 0, errors.New("agent: the user has no one-time keys: it makes a key per session")
	}
	if !s.Valid() {
		return 0, fmt.Errorf("agent: one-time keys of suite %d", s)
	}
	if n < 1 || n > wire.MaxOneTimeBatch {
		return 0, fmt.Errorf("agent: a batch of %d %v one-time keys, want 1 to %d", n, s, wire.MaxOneTimeBatch)
	}
	pubs, err := a.makeOneTimeKeys(s, n)
	if err != nil {
		return 0, err
	}
	data, err := wire.PackPublishOneTimeKeys(s, pubs)
	if err != nil {
		return 0, err
	}
	to := a.cfg.Contract
	rcpt, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data})
	if err != nil {
		return 0, fmt.Errorf("agent: publishing %d %v one-time keys: %w", n, s, err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := a.dec.Decode(l); err == nil {
			if b, ok := ev.(wire.OneTimeKeysPublished); ok && b.Account == a.cfg.Account.Address && b.Suite == s {
				a.log.Info("one-time keys published", "suite", s, "first", b.FirstKey, "count", len(b.Keys))
				return b.FirstKey, nil
			}
		}
	}
	return 0, errors.New("agent: publication mined without its OneTimeKeysPublished event")
}

// makeOneTimeKeys makes n one-time keys of suite s and stores their
// private halves durably in the pool, and returns their public keys. An
// X25519 key is its own scalar. The keys of a hybrid batch share one
// ML-KEM-768 key, whose seed is stored first, once (the store deletes it
// with the batch's last key); each has an X25519 scalar of its own.
func (a *Agent) makeOneTimeKeys(s session.Suite, n int) ([][]byte, error) {
	var seed []byte
	if s == session.Hybrid {
		var ek []byte
		var err error
		if seed, ek, err = skcrypto.GenerateMLKEMSeed(a.cfg.Rand); err != nil {
			return nil, err
		}
		defer clear(seed)
		if err := a.store.PutHybridBatchSeed(ek, seed); err != nil {
			return nil, err
		}
	}
	pubs := make([][]byte, n)
	keys := make([]store.OneTimeKey, 0, n)
	defer func() {
		for _, k := range keys {
			clear(k.Private)
		}
	}()
	for i := range pubs {
		x, err := skcrypto.GenerateX25519(a.cfg.Rand)
		if err != nil {
			return nil, err
		}
		scalar := x.Bytes()
		pubs[i] = x.PublicKey().Bytes()
		if s == session.Hybrid {
			k, err := skcrypto.HybridOneTimeKey(seed, scalar)
			if err != nil {
				clear(scalar)
				return nil, err
			}
			pubs[i] = k.PublicKey()
		}
		keys = append(keys, store.OneTimeKey{Suite: s, Public: pubs[i], Private: scalar})
	}
	// One directory sync for the batch, not one per key.
	if err := a.store.PutOneTimeKeys(keys); err != nil {
		return nil, err
	}
	return pubs, nil
}

// FreshOneTimeKeys returns how many published one-time keys of account's
// pool of suite s no session has consumed, as far as the agent has
// followed the chain.
func (a *Agent) FreshOneTimeKeys(acct [20]byte, s session.Suite) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.reg.FreshOneTimeKeys(acct, s))
}

// refillOneTimeKeys publishes a batch in the background for each suite
// whose pool of fresh published keys is below its low-water mark. A suite
// has a pool if its batch is configured and the agent has an active
// registered key of it (it serves that suite). The caller holds a.mu.
func (a *Agent) refillOneTimeKeys(ctx context.Context) {
	if a.cfg.Role == session.User {
		return
	}
	me := a.cfg.Account.Address
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		batch, low := a.cfg.OneTimeBatch, a.cfg.OneTimeLowWater
		if s == session.Hybrid {
			batch, low = a.cfg.HybridOneTimeBatch, a.cfg.HybridOneTimeLowWater
		}
		if batch <= 0 {
			continue
		}
		if _, _, revoked, ok := a.reg.Latest(me, s); s == session.Hybrid && (!ok || revoked) {
			continue // no hybrid key registered: the agent does not serve the suite
		}
		fresh := a.usableOneTimeKeys(s)
		if s == session.X25519 {
			a.cfg.Metrics.OneTimeKeys(fresh)
		} else {
			a.cfg.Metrics.HybridOneTimeKeys(fresh)
		}
		if a.refilling[s] || fresh >= low {
			continue
		}
		a.refilling[s] = true
		a.wg.Go(func() {
			if _, err := a.PublishOneTimeKeys(ctx, s, batch); err != nil {
				a.log.Warn("refilling the one-time key pool failed", "suite", s, "err", err)
			}
			a.mu.Lock()
			a.refilling[s] = false
			a.mu.Unlock()
		})
	}
}

// usableOneTimeKeys returns how many of this account's fresh published
// one-time keys of suite s the agent holds the private halves of. Those
// it lacks (its account published them from another data directory, or
// they were lost) are dead: sessions that name them expire, naming this
// recipient, and published keys cannot be withdrawn. It finds them once,
// at its first live block, warns, and counts them out, so that the pool is
// refilled as if they were gone. The caller holds a.mu.
func (a *Agent) usableOneTimeKeys(s session.Suite) int {
	me := a.cfg.Account.Address
	fresh := a.reg.FreshOneTimeKeys(me, s)
	dead, found := a.deadOneTime[s]
	if !found {
		held, err := a.store.OneTimeKeys(s)
		if err != nil {
			a.log.Warn("cannot list the one-time key pool", "suite", s, "err", err)
			return len(fresh)
		}
		have := make(map[string]bool, len(held))
		for _, k := range held {
			have[string(k.Public)] = true
		}
		dead = map[uint32]bool{}
		for _, n := range fresh {
			if pub, ok := a.reg.OneTimeKey(me, s, n); ok && !have[string(pub)] {
				dead[n] = true
			}
		}
		if len(dead) != 0 {
			a.log.Warn("published one-time keys whose private halves this data directory lacks (published from another?): sessions naming them will expire; refilling the pool as if they were gone",
				"suite", s, "keys", len(dead), "fresh", len(fresh))
		}
		a.deadOneTime[s] = dead
	}
	n := 0
	for _, k := range fresh {
		if !dead[k] {
			n++
		}
	}
	return n
}

// oneTimeUsed records the keys a session consumed (for every session: they
// are no longer fresh) and returns the event filled for the machine, if the
// agent serves the session: each recipient's wrap key (its one-time key of
// the session's suite), and this agent's own one-time private key, moved
// from the pool into the session's secrets. A consumed key of this agent in
// a session it does not serve is deleted from the pool: it can never be
// used. The caller holds a.mu; op is the session's SessionOpened (the log
// before this one).
func (a *Agent) oneTimeUsed(op protocol.Opened, e protocol.OneTimeKeysUsed, serving bool) (protocol.OneTimeKeysUsed, error) {
	p := op.Params
	me := a.cfg.Role
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		n := e.Keys[r]
		if n == 0 {
			continue
		}
		acct := p.Account(r)
		a.reg.MarkUsed(acct, p.Suite, n, e.Block)
		a.regStale = true
		pub, ok := a.reg.OneTimeKey(acct, p.Suite, n)
		if !ok {
			return e, fmt.Errorf("agent: %v one-time key %d of the %v was never seen published", p.Suite, n, r)
		}
		e.PublicKeys[r] = append([]byte(nil), pub...)
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

// takeOneTimeKey moves this agent's one-time private key for pub from the
// pool into the session's secrets (it is there already after a restart)
// and returns it. For a hybrid key the session's secret is its batch's
// ML-KEM-768 seed and its X25519 scalar (skcrypto.HybridOneTimeKey); a
// key consumed by a session this agent does not serve is deleted, and with
// the batch's last pool key the batch's seed (store.DeleteOneTimeKey).
func (a *Agent) takeOneTimeKey(op protocol.Opened, pub []byte, serving bool) (*skcrypto.RecipientKey, error) {
	id, s := op.Params.ID, op.Params.Suite
	if !serving {
		if err := a.deleteOneTimeKey(s, pub); err != nil {
			a.log.Error("deleting a consumed one-time key failed", "err", err)
		}
		return nil, nil
	}
	var priv []byte
	if sec, err := a.store.Secrets(id); err == nil && len(sec[oneTimeSecret]) != 0 {
		priv = sec[oneTimeSecret]
		// A crash after the move and before the pool's copy was deleted
		// leaves it there: delete it now (deleting an absent key is no
		// error), and with it the batch's seed if it was the last.
		if err := a.deleteOneTimeKey(s, pub); err != nil {
			a.log.Error("deleting a consumed one-time key from the pool failed", "err", err)
		}
	} else {
		k, err := a.store.OneTimeKey(s, pub)
		if err != nil {
			return nil, fmt.Errorf("agent: this agent's one-time key: %w", err)
		}
		priv = k.Private
		if s == session.Hybrid {
			// The session keeps its own copy of the batch's ML-KEM-768
			// seed beside the key's scalar (what a disclosure publishes):
			// the pool's copy goes with the batch's last fresh key.
			seed, err := a.store.HybridBatchSeed(pub[:skcrypto.MLKEMEncapsulationKeySize])
			if err != nil {
				clear(priv)
				return nil, fmt.Errorf("agent: the ML-KEM-768 seed of this agent's one-time key's batch: %w", err)
			}
			priv = append(seed, k.Private...)
			clear(k.Private)
		}
		if err := a.putSecret(id, oneTimeSecret, priv); err != nil {
			clear(priv)
			return nil, err
		}
		if err := a.deleteOneTimeKey(s, pub); err != nil {
			a.log.Error("deleting a consumed one-time key from the pool failed", "err", err)
		}
	}
	defer clear(priv)
	k, err := skcrypto.ParseRecipientKey(s, priv)
	if err != nil {
		return nil, fmt.Errorf("agent: stored one-time key: %w", err)
	}
	return k, nil
}

// pruneEvery is how many blocks apart (at least) pruneOneTime forgets
// consumed one-time keys: each time it forgets some, the registry is
// stored again, which under load would otherwise be at every block.
const pruneEvery = 64

// pruneOneTime forgets the published one-time keys consumed at least
// RetireDepth blocks below block (deep enough that no reorganisation the
// runtime recovers from brings their consumption back), except those
// named by a session this agent still serves, whose logs a restart or a
// rebuild replays. Without it the registry, and the registry.json the
// agent rewrites and reads at every start, would grow with every session
// the chain ever saw. It runs at a block done at least pruneEvery blocks
// after its last run, before the registry is stored; the caller holds
// a.mu.
func (a *Agent) pruneOneTime(block uint64) {
	if block <= RetireDepth || block < a.prunedAt+pruneEvery {
		return
	}
	a.prunedAt = block
	n := a.reg.PruneUsed(block-RetireDepth+1, func(acct common.Address, s session.Suite, number uint32) bool {
		k := oneTimeClaim{acct, s, number}
		id, ok := a.namedBy[k]
		if ok && (a.machines[id] != nil || a.convs[id] != nil) {
			return true
		}
		delete(a.namedBy, k)
		delete(a.claimed, k) // a user's claim: the key is no longer a candidate
		return false
	})
	if n > 0 || a.regStale {
		a.regDirty = true
	}
	if n > 0 {
		a.log.Debug("consumed one-time keys forgotten", "keys", n, "block", block)
	}
}
