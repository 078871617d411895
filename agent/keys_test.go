package agent_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// TestKeysRotateAndRetire: with RotateEvery set, the miner registers a new
// key once its key is that old, and deletes the old private key only once
// the one session that recorded it is over (and the rotation is
// RetireDepth blocks deep), never before.
func TestKeysRotateAndRetire(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	clock := &fakeClock{now: time.Now()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		switch r {
		case session.Miner:
			cfg.RotateEvery, cfg.Now = time.Hour, clock.Now
		case session.Oracle:
			cfg.Accept = func(protocol.Opened) bool { return false } // the session stalls
		}
	})
	defer f.stop(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	miner := f.agents[session.Miner]
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if v, err := f.agents[r].RegisterKey(ctx, session.X25519); err != nil || v != 1 {
			t.Fatalf("%v: register: %d %v", r, v, err)
		}
	}
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Coordinator: session.User, Suite: session.X25519, PhaseTimeout: 3600})
	until(ctx, t, "the miner to serve the session", func() bool {
		return strings.Contains(f.logs.String(), "role=miner") && strings.Contains(f.logs.String(), `msg="serving session"`)
	})

	t.Logf("session served")
	clock.add(2 * time.Hour)
	until(ctx, t, "the miner to rotate its key", func() bool {
		k, err := miner.KeyOf(ctx, c.Accounts[session.Miner], session.X25519)
		return err == nil && k.Version == 2
	})
	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	until(ctx, t, "the rotation to be RetireDepth blocks deep", func() bool {
		return miner.Processed() > head+agent.RetireDepth+2
	})
	t.Logf("retire depth reached at block %d", miner.Processed())
	if !miner.HasKey(session.X25519, 1) {
		t.Fatal("the miner deleted key version 1 while a session that recorded it is not over")
	}
	if !miner.HasKey(session.X25519, 2) {
		t.Fatal("the miner has no private key of the version it registered")
	}

	// The session expires: nothing needs version 1 any more.
	// The simulated chain moves its clock only in an empty block.
	until(ctx, t, "a block two hours later", func() bool {
		var err error
		f.exclusive(func() { err = c.AdjustTime(2 * time.Hour) })
		return err == nil
	})
	t.Logf("time adjusted")
	if err := h.Wait(ctx); err == nil || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("session: %v, want expired", err)
	}
	until(ctx, t, "the miner to delete key version 1", func() bool { return !miner.HasKey(session.X25519, 1) })
	if !miner.HasKey(session.X25519, 2) {
		t.Fatal("the current key was deleted")
	}
	if k, err := miner.KeyOf(ctx, c.Accounts[session.Miner], session.X25519); err != nil || k.Version != 2 {
		t.Errorf("key after: %+v %v, want one rotation only", k, err)
	}
	if !f.agents[session.Oracle].HasKey(session.X25519, 1) {
		t.Error("the oracle, which does not rotate, lost its only key")
	}
}

// until polls cond every 20 ms until it holds or ctx ends.
func until(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
