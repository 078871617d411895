package agent_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// logCounter is a backend that records the logs its FilterLogs returned.
type logCounter struct {
	agent.Backend
	mu   sync.Mutex
	logs []types.Log
}

func (b *logCounter) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := b.Backend.FilterLogs(ctx, q)
	b.mu.Lock()
	b.logs = append(b.logs, logs...)
	b.mu.Unlock()
	return logs, err
}

// startUser starts a user agent on dir through a logCounter and waits
// until it has caught up; stop ends it.
func startUser(t *testing.T, c *simchain.Chain, dir string) (b *logCounter, stop func()) {
	t.Helper()
	b = &logCounter{Backend: c.Client}
	ctx, cancel := context.WithCancel(context.Background())
	a, err := agent.New(ctx, agent.Config{Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dir, PollInterval: 100 * time.Millisecond}, b)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	select {
	case <-a.Ready():
	case err := <-done:
		t.Fatalf("user agent stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("user agent did not catch up")
	}
	return b, func() { cancel(); <-done; _ = a.Close() }
}

// TestStartUpReadsOnlyWhatItsSessionsNeed: a user agent starting on a
// chain with history reads the key registry's events and the logs of the
// sessions its store still holds, nothing of the sessions that ended or
// that others opened; with an empty store, the registry alone.
func TestStartUpReadsOnlyWhatItsSessionsNeed(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleet(t, c, dirs, out)
	ctx := context.Background()
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
	var ids []session.ID
	for range 3 {
		s := openWhenReady(t, f.agents[session.User], opts)
		out.wait(t, s.ID(), 30*time.Second)
		ids = append(ids, s.ID())
	}
	for _, id := range ids[:2] {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		if err := f.agents[session.User].CloseSession(cctx, id); err != nil {
			t.Fatal(err)
		}
		cancel()
	}
	f.stop(t)

	registered := bindings.NewSessionKeystore().GetABI().Events["KeyRegistered"].ID
	check := func(name string, b *logCounter, allowed map[common.Hash]bool) {
		t.Helper()
		b.mu.Lock()
		defer b.mu.Unlock()
		for _, l := range b.logs {
			if l.Topics[0] == registered || len(l.Topics) > 1 && allowed[l.Topics[1]] {
				continue
			}
			t.Errorf("%s: start-up read a log of another or an ended session: topic %s, session %s, block %d", name, l.Topics[0], l.Topics[1], l.BlockNumber)
		}
	}
	b, stop := startUser(t, c, dirs[session.User])
	stop()
	check("restart", b, map[common.Hash]bool{common.Hash(ids[2]): true})
	b, stop = startUser(t, c, t.TempDir())
	stop()
	check("empty store", b, nil)
}
