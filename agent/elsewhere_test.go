package agent_test

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestSessionsOpenedElsewhereAreNotJudged: a second agent of the same user
// account on another data directory sees the sessions the first opens,
// holds none of their secrets, and must neither judge them nor warn about
// them (issue 16 item 4); the first is not disturbed either. The second
// session is a Method 2 one on keys registered before the other agent
// started: it never saw them, and must not warn about that either.
func TestSessionsOpenedElsewhereAreNotJudged(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	f := startFleet(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out)
	defer f.stop(t)
	f.registerRecipients(t, session.Hybrid)

	logs := &syncBuffer{}
	var mu sync.Mutex
	var judged []session.ID
	ctx, cancel := context.WithCancel(context.Background())
	other, err := agent.New(ctx, agent.Config{
		Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(), PollInterval: 100 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		OnOutcome: func(id session.ID, _ protocol.Outcome) {
			mu.Lock()
			judged = append(judged, id)
			mu.Unlock()
		},
	}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- other.Run(ctx) }()
	defer func() {
		cancel()
		<-done
		other.Close()
	}()

	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
	first := openWhenReady(t, f.agents[session.User], opts)
	if res := out.wait(t, first.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("the first agent's session: %+v", res[session.User])
	}
	ask(t, first, "asked in the first data directory", 0)
	// A second session, mined after everything of the first: once it has
	// ended, the other agent has seen all of the first's events.
	second := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: opts.Miner, Oracle: opts.Oracle,
		Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.User, AllowRegisteredKeys: true})
	if res := out.wait(t, second.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("the first agent's Method 2 session: %+v", res[session.User])
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), second.ID().String()) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(judged) > 0 {
		t.Errorf("the other data directory judged sessions it did not open: %v", judged)
	}
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR") || strings.Contains(l, "phase=failed") {
			t.Errorf("the other data directory warned: %s", l)
		}
	}
}
