package agent_test

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
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

// callCounter is a backend that counts eth_call by function selector.
type callCounter struct {
	agent.Backend
	mu    sync.Mutex
	calls map[[4]byte]int
}

func (b *callCounter) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.mu.Lock()
	if len(msg.Data) >= 4 {
		b.calls[[4]byte(msg.Data[:4])]++
	}
	b.mu.Unlock()
	return b.Backend.CallContract(ctx, msg, block)
}

// TestOpensBehindOpensReadTheRegistryOnce: opens sent one right behind
// the other read the recipients' registry records once and the user's
// on-chain nonce only for the first, and all establish.
func TestOpensBehindOpensReadTheRegistryOnce(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	counter := &callCounter{Backend: c.Client, calls: map[[4]byte]int{}}
	f := startFleetOn(t, c, dirs, out, nil, func(r session.Role) agent.Backend {
		if r == session.User {
			return counter
		}
		return c.Client
	})
	defer f.stop(t)
	f.registerRecipients(t, session.X25519)
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Suite: session.X25519, Coordinator: session.User}
	first := openWhenReady(t, f.agents[session.User], opts)
	out.wait(t, first.ID(), 30*time.Second) // its gas is known from now on
	abi := bindings.NewSessionKeystore()
	keyOf, nonces := [4]byte(abi.PackKeyOf(common.Address{}, 0)[:4]), [4]byte(abi.PackNonces(common.Address{})[:4])
	counter.mu.Lock()
	clear(counter.calls)
	counter.mu.Unlock()
	var hs []*agent.Session
	for range 4 {
		hs = append(hs, openWhenReady(t, f.agents[session.User], opts))
	}
	for _, h := range hs {
		if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
			t.Fatalf("session %v: %+v", h.ID(), res[session.User])
		}
	}
	counter.mu.Lock()
	defer counter.mu.Unlock()
	// The nonce is read again only if the opens in flight were all mined
	// before the next was prepared.
	if counter.calls[keyOf] != 0 || counter.calls[nonces] > 2 {
		t.Fatalf("4 opens behind one another read keyOf %d times and nonces %d times; want 0 (remembered) and at most 2",
			counter.calls[keyOf], counter.calls[nonces])
	}
}

// rangeCounter is a backend that records the block range of every log
// query by block numbers.
type rangeCounter struct {
	agent.Backend
	mu     sync.Mutex
	ranges [][2]uint64
}

func (b *rangeCounter) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash == nil && q.FromBlock != nil {
		to := uint64(math.MaxUint64)
		if q.ToBlock != nil {
			to = q.ToBlock.Uint64()
		}
		b.mu.Lock()
		b.ranges = append(b.ranges, [2]uint64{q.FromBlock.Uint64(), to})
		b.mu.Unlock()
	}
	return b.Backend.FilterLogs(ctx, q)
}

// TestRestartReadsNoHistory: on a chain with history, after a session
// that ended and one still Established, a restart of the three agents on
// their data directories, and the user's open of a Method 2 session to
// the recipients it dealt with before, query no log since the deployment:
// the key registry comes from the store, the restart reads the chain from
// the cursor on, and the live session's logs back to its SessionOpened.
func TestRestartReadsNoHistory(t *testing.T) {
	c := simchain.New(t)
	for range 2 * wire.FirstWindow {
		c.Backend.Commit() // history before the sessions
	}
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleet(t, c, dirs, out)
	ctx := context.Background()
	f.registerRecipients(t, session.X25519)
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User, NoOneTimeKeys: true}
	s := openWhenReady(t, f.agents[session.User], opts)
	if res := out.wait(t, s.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("first session: %+v", res[session.User])
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	if err := f.agents[session.User].CloseSession(cctx, s.ID()); err != nil {
		t.Fatal(err)
	}
	cancel()
	live := openWhenReady(t, f.agents[session.User], opts)
	if res := out.wait(t, live.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("second session: %+v", res[session.User])
	}
	f.stop(t)

	var counters [3]*rangeCounter
	pools := func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 4, 2
		}
	}
	f = startFleetOn(t, c, dirs, out, pools, func(r session.Role) agent.Backend {
		counters[r] = &rangeCounter{Backend: c.Client}
		return counters[r]
	})
	for _, a := range f.agents {
		select {
		case <-a.Ready():
		case <-time.After(30 * time.Second):
			t.Fatal("a restarted agent did not catch up")
		}
	}
	if _, err := f.agents[session.User].Session(live.ID()); err != nil {
		t.Fatalf("the Established session after the restart: %v", err)
	}
	s = openWhenReady(t, f.agents[session.User], opts)
	if res := out.wait(t, s.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("session after the restart: %+v", res[session.User])
	}
	// The same user on a new data directory: its open reads the
	// recipients' registrations back from the head, not from the
	// deployment.
	fresh := &rangeCounter{Backend: c.Client}
	fctx, stopFresh := context.WithCancel(ctx)
	u, err := agent.New(fctx, agent.Config{Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(), PollInterval: 100 * time.Millisecond}, fresh)
	if err != nil {
		t.Fatal(err)
	}
	ran := make(chan error, 1)
	go func() { ran <- u.Run(fctx) }()
	<-u.Ready()
	// with one-time keys: it reads the recipients' newest batches back
	// from the head too.
	deadline := time.Now().Add(30 * time.Second)
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		for f.agents[r].FreshOneTimeKeys(c.Accounts[r], session.X25519) == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("the %v published no one-time keys", r)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	withPools := opts
	withPools.NoOneTimeKeys = false
	h := openWhenReady(t, u, withPools)
	if u.FreshOneTimeKeys(c.Accounts[session.Miner], session.X25519) == 0 && u.FreshOneTimeKeys(c.Accounts[session.Oracle], session.X25519) == 0 {
		t.Error("the user on a new data directory found no one-time key")
	}
	wctx, cancelWait := context.WithTimeout(ctx, 30*time.Second)
	if err := h.Wait(wctx); err != nil {
		t.Fatalf("open on a new data directory: %v", err)
	}
	cancelWait()
	stopFresh()
	<-ran
	_ = u.Close()
	f.stop(t)
	for _, rg := range fresh.ranges {
		if rg[0] <= c.DeployBlock {
			t.Errorf("a user on a new data directory queried the logs of blocks %d to %d: the history since the deployment (block %d)", rg[0], rg[1], c.DeployBlock)
		}
	}
	for _, r := range session.Roles {
		for _, rg := range counters[r].ranges {
			if rg[0] <= c.DeployBlock {
				t.Errorf("the restarted %v queried the logs of blocks %d to %d: the history since the deployment (block %d)", r, rg[0], rg[1], c.DeployBlock)
			}
		}
	}
}

// boundedBackend refuses a log query over more than limit blocks, as
// public endpoints do, counting apart the refusals of the follower's
// queries (the contract's every log: no topics) and of the others.
type boundedBackend struct {
	agent.Backend
	limit uint64

	mu                      sync.Mutex
	followerRefused, others int
}

func (b *boundedBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash == nil && q.FromBlock != nil && q.ToBlock != nil && q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > b.limit {
		b.mu.Lock()
		if len(q.Topics) == 0 {
			b.followerRefused++
		} else {
			b.others++
		}
		b.mu.Unlock()
		return nil, fmt.Errorf("query exceeds max block range %d", b.limit)
	}
	return b.Backend.FilterLogs(ctx, q)
}

// TestFollowerKeepsTheBoundLearnedAtStart: a miner restarted behind an
// endpoint that takes at most 8 blocks a log query learns the bound from
// the refusals of its start's reads (its stored session's logs, read back
// from the head), and its follower, catching up over the blocks since its
// cursor, keeps to it: none of its queries is refused.
func TestFollowerKeepsTheBoundLearnedAtStart(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleet(t, c, dirs, out)
	f.registerRecipients(t, session.X25519)
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User, NoOneTimeKeys: true}
	s := openWhenReady(t, f.agents[session.User], opts)
	if res := out.wait(t, s.ID(), 30*time.Second); res[session.Miner].Phase != session.Established {
		t.Fatalf("the session: %+v", res[session.Miner])
	}
	// The miner keeps the Established session in its store once it has
	// applied blocks past it.
	for range 2 {
		c.Backend.Commit()
		head, err := c.Client.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		eventually(t, "the miner at the head", func() bool { return f.agents[session.Miner].Processed() >= head })
	}
	f.stop(t)
	for range 40 {
		c.Backend.Commit() // the downtime the follower catches up on
	}
	bounded := &boundedBackend{Backend: c.Client, limit: 8}
	f = startFleetOn(t, c, dirs, newOutcomes(), nil, func(r session.Role) agent.Backend {
		if r == session.Miner {
			return bounded
		}
		return c.Client
	})
	defer f.stop(t)
	select {
	case <-f.agents[session.Miner].Ready():
	case <-time.After(30 * time.Second):
		t.Fatal("the restarted miner did not catch up")
	}
	bounded.mu.Lock()
	defer bounded.mu.Unlock()
	if bounded.others == 0 {
		t.Fatalf("no read of the miner's start was refused: the test tried nothing\n%s", f.logs.String())
	}
	if bounded.followerRefused != 0 {
		t.Errorf("the follower had %d log queries refused after the start learned the bound (%d refusals)", bounded.followerRefused, bounded.others)
	}
}

// TestNewMinerAndOracleReadOnlyTheirSessions: a miner and an oracle on new
// data directories, started on a chain with history, find the session
// that named them while they were not running (a Method 1 session they can
// still join, an hour before its deadline) by an indexed topic (the miner
// SessionOpened's, the oracle OracleNamed's) and establish it, and read no
// log of the sessions that do not name them, their opens included: the
// registry and their own session, not every block since the deployment.
// (The accounts swap roles, so that the past sessions name neither agent
// in its role.) Nor does either read the opens of the sessions opened more
// than the longest phase timeout before it starts, which it could no
// longer join.
func TestNewMinerAndOracleReadOnlyTheirSessions(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleet(t, c, dirs, out)
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
	past, old := map[common.Hash]bool{}, map[common.Hash]bool{}
	for i := range 3 {
		if i == 2 {
			// The first two are older than any phase timeout.
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			until(ctx, t, "a block past the longest phase timeout", func() bool {
				var err error
				f.exclusive(func() { err = c.AdjustTime(session.MaxPhaseTimeout + time.Hour) })
				return err == nil
			})
			cancel()
		}
		s := openWhenReady(t, f.agents[session.User], opts)
		if res := out.wait(t, s.ID(), 30*time.Second); res[session.User].Phase != session.Established {
			t.Fatalf("past session: %+v", res[session.User])
		}
		past[common.Hash(s.ID())] = true
		old[common.Hash(s.ID())] = i < 2
	}
	swapped := opts
	swapped.Miner, swapped.Oracle = c.Accounts[session.Oracle], c.Accounts[session.Miner]
	swapped.PhaseTimeout = uint32(session.MaxPhaseTimeout / time.Second)
	named := openWhenReady(t, f.agents[session.User], swapped)
	for deadline := time.Now().Add(30 * time.Second); c.Phase(named.ID()) != session.Committing; {
		if time.Now().After(deadline) {
			t.Fatalf("the session naming the swapped accounts is not open on chain: %v", c.Phase(named.ID()))
		}
		time.Sleep(20 * time.Millisecond)
	}
	f.stop(t)
	if p := c.Phase(named.ID()); p != session.Committing {
		t.Fatalf("the session was joined before the new agents started: %v", p)
	}
	// The new agents start an hour before the session's first deadline:
	// it is old, and still theirs to join.
	if err := c.AdjustTime(session.MaxPhaseTimeout - time.Hour); err != nil {
		t.Fatal(err)
	}

	out = newOutcomes()
	counters := map[session.Role]*logCounter{}
	dirs[session.Miner], dirs[session.Oracle] = t.TempDir(), t.TempDir()
	f = startFleetOn(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		switch r {
		case session.Miner:
			cfg.Account = account.Account{Address: c.Accounts[session.Oracle], Key: c.Keys[session.Oracle]}
		case session.Oracle:
			cfg.Account = account.Account{Address: c.Accounts[session.Miner], Key: c.Keys[session.Miner]}
		}
	}, func(r session.Role) agent.Backend {
		if r == session.User {
			return c.Client
		}
		counters[r] = &logCounter{Backend: c.Client}
		return counters[r]
	})
	defer f.stop(t)
	if res := out.wait(t, named.ID(), 60*time.Second); res[session.Miner] == nil || res[session.Miner].Phase != session.Established ||
		res[session.Oracle] == nil || res[session.Oracle].Phase != session.Established {
		t.Fatalf("the session opened before the new agents started: %+v %+v", res[session.Miner], res[session.Oracle])
	}
	opened := bindings.NewSessionKeystore().GetABI().Events["SessionOpened"].ID
	for r, b := range counters {
		b.mu.Lock()
		others, opens, oldOpens := 0, 0, 0
		for _, l := range b.logs {
			switch {
			case len(l.Topics) < 2 || !past[l.Topics[1]]:
			case l.Topics[0] != opened:
				others++
			case old[l.Topics[1]]:
				oldOpens++
				opens++
			default:
				opens++
			}
		}
		b.mu.Unlock()
		if others != 0 {
			t.Errorf("the new %v read %d logs of past sessions that do not name it", r, others)
		}
		if oldOpens != 0 {
			t.Errorf("the new %v read %d SessionOpened older than the longest phase timeout", r, oldOpens)
		}
		if opens != 0 {
			t.Errorf("the new %v read %d SessionOpened of past sessions that do not name it (it finds its own by an indexed topic)", r, opens)
		}
	}
}

// TestStartAtAnIdleHead: an agent that starts at the head of a chain that
// makes no block until a transaction comes (an automining chain) does at
// once what it does when a block is done: a miner on a new data directory
// sends its one-time key pool's first batch without waiting for a block
// that would never come.
func TestStartAtAnIdleHead(t *testing.T) {
	c := simchain.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	me := c.Accounts[session.Miner]
	a, err := agent.New(ctx, agent.Config{Role: session.Miner, Account: account.Account{Address: me, Key: c.Keys[session.Miner]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(), PollInterval: 50 * time.Millisecond,
		OneTimeBatch: 4, OneTimeLowWater: 2}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done; _ = a.Close() }()
	select {
	case <-a.Ready():
	case err := <-done:
		t.Fatalf("agent stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the agent did not catch up")
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		pending, err := c.Client.PendingNonceAt(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		if pending > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no transaction sent while no block came: the pool's first batch waits for a block")
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.Backend.Commit()
	for a.FreshOneTimeKeys(me, session.X25519) != 4 {
		if time.Now().After(deadline) {
			t.Fatalf("%d fresh one-time keys after the batch's block, want 4", a.FreshOneTimeKeys(me, session.X25519))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
