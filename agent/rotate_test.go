package agent_test

import (
	"context"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestRegisteredKeysRotateAndRetire (issue 13, item 2): a miner run with
// RotateEvery rotates its registered key once the chain's time is past
// the period, deletes the retired private half once the new registration
// is deep enough (no session needs it), and sessions then use the new
// version.
func TestRegisteredKeysRotateAndRetire(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.RotateEvery = time.Hour
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if _, err := f.agents[r].RegisterKey(ctx, session.X25519); err != nil {
			t.Fatal(err)
		}
	}
	miner := f.agents[session.Miner]
	if !miner.HasKey(session.X25519, 1) {
		t.Fatal("version 1 not stored")
	}
	// Not due yet: blocks pass without a rotation.
	start := miner.Processed()
	for i := 0; i < 400 && miner.Processed() < start+5; i++ {
		time.Sleep(25 * time.Millisecond)
	}
	if k, _ := miner.KeyOf(ctx, c.Accounts[session.Miner], session.X25519); k.Version != 1 {
		t.Fatalf("rotated before the period: version %d", k.Version)
	}
	if err := c.Backend.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	var v uint32
	for range 400 {
		k, err := miner.KeyOf(ctx, c.Accounts[session.Miner], session.X25519)
		if err != nil {
			t.Fatal(err)
		}
		if v = k.Version; v >= 2 && !miner.HasKey(session.X25519, 1) {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	if v < 2 || miner.HasKey(session.X25519, 1) || !miner.HasKey(session.X25519, v) {
		t.Fatalf("version %d on chain; version 1 stored %v, version %d stored %v", v, miner.HasKey(session.X25519, 1), v, miner.HasKey(session.X25519, v))
	}
	if f.agents[session.Oracle].HasKey(session.X25519, 1) == false {
		t.Fatal("the oracle, without RotateEvery, lost its key")
	}
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519,
		Coordinator: session.User, Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]})
	res := out.wait(t, h.ID(), 30*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("%v after the rotation: %+v", r, res[r])
		}
	}
}
