package e2e

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// TestChainResetStopsTheAgent: when the chain is reset under a running
// agent (a development node restarted: the contract's code is gone), the
// agent stops with a clear error instead of serving an address with no
// code (issue 16 item 15).
func TestChainResetStopsTheAgent(t *testing.T) {
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := n.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	miner := n.Agent("miner")
	// Let the chain and the agent's cursor move past the deployment.
	if err := n.Mine(ctx, 5); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	if miner.Exited() {
		t.Fatal("the miner stopped before the reset")
	}
	if err := n.RawCall(ctx, nil, "anvil_reset"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- miner.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the miner exited 0 after the chain was reset")
		}
	case <-ctx.Done():
		t.Fatal("the miner still runs after the chain was reset")
	}
	b, _ := os.ReadFile(miner.Log)
	if !strings.Contains(string(b), "no contract at "+n.Deployment.Address.Hex()) {
		t.Fatalf("the miner's log does not say the contract is gone:\n%s", tail(string(b), 20))
	}
}
