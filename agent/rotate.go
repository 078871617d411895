package agent

import (
	"context"
	"math/big"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
)

// DefaultRotateEvery is the rotation period `run` uses: a day. A
// registered key protects only the sessions that fall back to it (no fresh
// one-time key); a daily rotation bounds what a stolen data directory
// opens to about a day of such sessions, for one registerKey transaction a
// day (about 50k gas, 110k for a hybrid key), and leaves in-flight opens,
// which pin the version they read, little chance to race a rotation.
const DefaultRotateEvery = 24 * time.Hour

// retireDepth is how many blocks deep a newer registration must be before
// the older private key is deleted: a reorganisation shallower than this
// cannot bring back a session that needs it.
const retireDepth = 16

// ownKey is this account's latest registration of a suite.
type ownKey struct {
	version uint32
	block   uint64
	time    uint64 // the registration block's time, read once
}

// noteOwnKey records a registration of this account. The caller holds a.mu.
func (a *Agent) noteOwnKey(k wire.KeyRegistered) {
	if k.Account != a.cfg.Account.Address || k.Version <= a.ownKeys[k.Suite].version {
		return
	}
	a.ownKeys[k.Suite] = ownKey{version: k.Version, block: k.Block}
}

// rotateKeys rotates, in the background, a registered key whose rotation
// is due at block's time, and deletes the private halves that are retired.
// The caller holds a.mu.
func (a *Agent) rotateKeys(ctx context.Context, block uint64) {
	if a.cfg.RotateEvery <= 0 || a.cfg.Role == session.User || len(a.ownKeys) == 0 {
		return
	}
	a.deleteRetiredKeys(block)
	if a.rotating {
		return
	}
	head, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return
	}
	period := uint64(a.cfg.RotateEvery.Seconds())
	for suite, k := range a.ownKeys {
		if k.time == 0 {
			h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(k.block))
			if err != nil {
				continue
			}
			k.time = h.Time
			a.ownKeys[suite] = k
		}
		if head.Time < k.time+period {
			continue
		}
		a.rotating = true
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			if v, err := a.RegisterKey(ctx, suite); err != nil {
				a.log.Warn("rotating the registered key failed", "suite", suite, "err", err)
			} else {
				a.log.Info("registered key rotated", "suite", suite, "version", v)
			}
			a.mu.Lock()
			a.rotating = false
			a.mu.Unlock()
		}()
		return // one rotation at a time
	}
}

// deleteRetiredKeys deletes the stored private halves of registered keys
// older than the current version (registered at least retireDepth blocks
// before block) that no session in its key exchange recorded. Established
// sessions hold K instead, and ended ones nothing. The caller holds a.mu.
func (a *Agent) deleteRetiredKeys(block uint64) {
	recs, err := a.store.Keys()
	if err != nil {
		return
	}
	for _, rec := range recs {
		cur, ok := a.ownKeys[rec.Suite]
		if !ok || rec.Version >= cur.version || cur.block+retireDepth > block || a.keyInUse(rec.Suite, rec.Version) {
			continue
		}
		if err := a.store.DeleteKey(rec.Suite, rec.Version); err != nil {
			a.log.Error("deleting a retired registered key failed", "suite", rec.Suite, "version", rec.Version, "err", err)
			continue
		}
		a.log.Info("retired registered key deleted", "suite", rec.Suite, "version", rec.Version)
	}
}

// keyInUse reports whether a session in its key exchange recorded this
// agent's registered key of suite at version. The caller holds a.mu.
func (a *Agent) keyInUse(suite session.Suite, version uint32) bool {
	for _, m := range a.machines {
		p := m.Params()
		if m.State() == protocol.Ended || p.Method != session.Coordinator || p.Suite != suite {
			continue
		}
		if m.KeyVersions()[a.cfg.Role] == version {
			return true
		}
	}
	return false
}
