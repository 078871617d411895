package chain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	_ SourceBackend = (*ethclient.Client)(nil)
	_ SourceBackend = simulated.Client(nil)
)

func newTestSource(t *testing.T, b SourceBackend, clk Clock, mod func(*SourceConfig)) *Source {
	t.Helper()
	cfg := SourceConfig{Address: fakeContract, Follow: FollowPoll, PollInterval: 2 * time.Second, Clock: clk}
	if mod != nil {
		mod(&cfg)
	}
	s, err := NewSource(cfg, b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// runSource runs s in a goroutine. stop cancels it and returns what Run
// returned; Run must return (the goroutine must end) for stop to.
func runSource(s *Source, h Handler) (stop func() error, done <-chan error) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan error, 1)
	go func() { ch <- s.Run(ctx, h) }()
	return func() error { cancel(); return <-ch }, ch
}

func every(k uint64, n int) func(uint64) int {
	return func(num uint64) int {
		if num%k == 0 {
			return n
		}
		return 0
	}
}

// poll fires the Source's poll timer and waits until it is idle again.
func poll(clk *fakeClock, d time.Duration) {
	n := clk.Created()
	clk.Advance(d)
	clk.WaitCreated(n)
}

// since returns the events after the first n.
func since(r *recorder, n int) []Event {
	ev, _ := r.snapshot()
	return ev[n:]
}

// kinds summarises events as (kind, block, log index).
type summary struct {
	kind  EventKind
	block uint64
	index uint
}

func summarise(evs []Event) []summary {
	var out []summary
	for _, e := range evs {
		if e.Kind == BlockDone {
			out = append(out, summary{e.Kind, e.Block.Number, 0})
		} else {
			out = append(out, summary{e.Kind, e.Log.BlockNumber, e.Log.Index})
		}
	}
	return out
}

func TestSourceConfigCheck(t *testing.T) {
	if err := (SourceConfig{Address: fakeContract}).Check(); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]SourceConfig{
		"no address":   {},
		"bad follow":   {Address: fakeContract, Follow: 9},
		"neg interval": {Address: fakeContract, PollInterval: -1},
		"bad backoff":  {Address: fakeContract, Retry: Backoff{Min: 2, Max: 1}},
	} {
		if c.Check() == nil {
			t.Errorf("%s: Check passed", name)
		}
	}
}

// TestSourceBackfillInChunks: a backfill of 10,000 blocks from pieces of
// 1,000 delivers every log in order, a BlockDone per piece; each piece
// taken in full makes the next twice as wide (up to MaxChunkSize), so a
// long downtime costs few queries; a node that refuses a range bounds the
// pieces for the rest of the run, and one that refuses an answer of too
// many logs only the piece it refused.
func TestSourceBackfillInChunks(t *testing.T) {
	for _, c := range []struct {
		name   string
		most   uint64
		refuse func(from, to uint64) error
		widths []uint64 // of the queries taken
	}{
		{name: "growing", widths: []uint64{1000, 2000, 4000, 3000}},
		{name: "at most MaxChunkSize", most: 1000, widths: []uint64{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}},
		{name: "bounded node", refuse: func(from, to uint64) error {
			if to-from+1 > 2500 {
				return errors.New("query exceeds max block range 2500")
			}
			return nil
		}, widths: []uint64{1000, 2000, 2000, 2000, 2000, 1000}},
		{name: "too many logs in a stretch", refuse: func(from, to uint64) error {
			if from <= 5000 && to > 5000 && to-from+1 > 1000 {
				return tooManyLogs
			}
			return nil
		}, widths: []uint64{1000, 2000, 2000, 4000, 1000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fc := newFakeChain()
			fc.reverse = true // delivery order must not depend on the node's
			fc.add(10_000, every(7, 3))
			if c.refuse != nil {
				fc.filterHook = func(q ethereum.FilterQuery) error {
					return c.refuse(q.FromBlock.Uint64(), q.ToBlock.Uint64())
				}
			}
			clk := newFakeClock()
			s := newTestSource(t, fc, clk, func(cfg *SourceConfig) { cfg.ChunkSize, cfg.MaxChunkSize = 1000, c.most })
			rec := newRecorder(t)
			stop, _ := runSource(s, rec.handle)
			clk.WaitTimers(1, nil) // caught up, waiting to poll
			if err := stop(); !errors.Is(err, context.Canceled) {
				t.Fatalf("Run = %v, want context.Canceled", err)
			}

			events, cursor := rec.snapshot()
			if cursor != fc.head() {
				t.Errorf("cursor %v, want the head %v", cursor, fc.head())
			}
			var added []types.Log
			var done []uint64
			for _, e := range events {
				switch e.Kind {
				case LogAdded:
					added = append(added, e.Log)
				case BlockDone:
					done = append(done, e.Block.Number)
				default:
					t.Fatalf("unexpected %v", e.Kind)
				}
			}
			if err := sameLogs(added, fc.canonicalLogs(1)); err != nil {
				t.Error(err)
			}
			next := uint64(1)
			var widths []uint64
			for _, q := range fc.queries {
				if q[0] != next {
					t.Fatalf("query %v after block %d; want contiguous ranges", q, next-1)
				}
				widths = append(widths, q[1]-q[0]+1)
				next = q[1] + 1
			}
			if next != 10_001 || !slices.Equal(widths, c.widths) {
				t.Errorf("queries up to %d of %v blocks, want %v", next-1, widths, c.widths)
			}
			if !slices.IsSorted(done) || len(done) != len(c.widths) {
				t.Errorf("BlockDone at %v", done)
			}
		})
	}
}

func TestSourcePollsAndUndoesReorgs(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, nil)
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)

	mark := len(since(rec, 0))
	c.add(2, every(1, 2))
	poll(clk, 2*time.Second)
	want := []summary{{LogAdded, 11, 0}, {LogAdded, 11, 1}, {LogAdded, 12, 0}, {LogAdded, 12, 1}, {BlockDone, 12, 0}}
	if got := summarise(since(rec, mark)); !slices.Equal(got, want) {
		t.Fatalf("following: %v, want %v", got, want)
	}

	// Blocks 9-12 are replaced by a longer branch 9'-14'.
	mark = len(since(rec, 0))
	c.reorg(8)
	c.add(6, every(1, 1))
	poll(clk, 2*time.Second)
	want = []summary{
		{LogRemoved, 12, 1}, {LogRemoved, 12, 0}, {LogRemoved, 11, 1}, {LogRemoved, 11, 0}, {LogRemoved, 10, 0}, {LogRemoved, 9, 0},
		{BlockDone, 8, 0},
		{LogAdded, 9, 0}, {LogAdded, 10, 0}, {LogAdded, 11, 0}, {LogAdded, 12, 0}, {LogAdded, 13, 0}, {LogAdded, 14, 0},
		{BlockDone, 14, 0},
	}
	if got := summarise(since(rec, mark)); !slices.Equal(got, want) {
		t.Fatalf("reorg: %v, want %v", got, want)
	}
	if err := sameLogs(rec.liveLogs(), c.canonicalLogs(1)); err != nil {
		t.Error(err)
	}
	if _, cur := rec.snapshot(); cur != c.head() {
		t.Errorf("cursor %v, want %v", cur, c.head())
	}
}

func TestSourceWaitsOutAShorterChain(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, nil)
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)

	mark := len(since(rec, 0))
	c.reorg(6)
	c.add(2, every(1, 1)) // head 8, below the 10 delivered
	poll(clk, 2*time.Second)
	if got := since(rec, mark); len(got) != 0 {
		t.Fatalf("events while the node is below the cursor: %v", summarise(got))
	}
	c.add(3, every(1, 1)) // head 11
	poll(clk, 2*time.Second)
	got := summarise(since(rec, mark))
	want := []summary{
		{LogRemoved, 10, 0}, {LogRemoved, 9, 0}, {LogRemoved, 8, 0}, {LogRemoved, 7, 0}, {BlockDone, 6, 0},
		{LogAdded, 7, 0}, {LogAdded, 8, 0}, {LogAdded, 9, 0}, {LogAdded, 10, 0}, {LogAdded, 11, 0}, {BlockDone, 11, 0},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestSourceReorgBelowSparseLogs(t *testing.T) {
	// One 1000-block range with a single log at 500: after the reorg of
	// the top 5 blocks the Source falls back to block 500, not to an error.
	c := newFakeChain()
	c.add(1000, func(n uint64) int { return map[bool]int{true: 1}[n == 500] })
	clk := newFakeClock()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.ChunkSize = 1000; cfg.ReorgDepth = 10 })
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	mark := len(since(rec, 0))
	c.reorg(995)
	c.add(10, every(1005, 1))
	poll(clk, 2*time.Second)
	want := []summary{{BlockDone, 500, 0}, {LogAdded, 1005, 0}, {BlockDone, 1005, 0}}
	if got := summarise(since(rec, mark)); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestSourceReorgTooDeep(t *testing.T) {
	c := newFakeChain()
	c.add(20, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.ReorgDepth = 4 })
	rec := newRecorder(t)
	_, done := runSource(s, rec.handle)
	clk.WaitTimers(1, nil)
	c.reorg(10)
	c.add(15, every(1, 1))
	clk.Advance(2 * time.Second)
	if err := <-done; !errors.Is(err, ErrReorgTooDeep) {
		t.Fatalf("Run = %v, want ErrReorgTooDeep", err)
	}
}

func TestSourceResumesFromCursor(t *testing.T) {
	c := newFakeChain()
	c.add(50, every(3, 2))
	clk := newFakeClock()
	rec1 := newRecorder(t)
	stop, _ := runSource(newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.ChunkSize = 16 }), rec1.handle)
	clk.WaitTimers(1, nil)
	stop()
	_, cursor := rec1.snapshot()

	c.add(30, every(3, 2))
	resume := func(cfg *SourceConfig) { cfg.Start, cfg.StartParentHash = cursor.Number+1, cursor.Hash }
	rec2 := newRecorder(t)
	stop, _ = runSource(newTestSource(t, c, clk, resume), rec2.handle)
	clk.WaitTimers(1, nil)
	stop()
	if err := sameLogs(rec2.liveLogs(), c.canonicalLogs(cursor.Number+1)); err != nil {
		t.Errorf("second run: %v", err)
	}
	if err := sameLogs(append(rec1.liveLogs(), rec2.liveLogs()...), c.canonicalLogs(1)); err != nil {
		t.Errorf("both runs: %v", err)
	}

	// The cursor's block replaced while stopped: the Source cannot know
	// what to remove and says so.
	c.reorg(cursor.Number - 1)
	c.add(40, every(3, 1))
	rec3 := newRecorder(t)
	_, done := runSource(newTestSource(t, c, clk, resume), rec3.handle)
	if err := <-done; !errors.Is(err, ErrReorgTooDeep) {
		t.Fatalf("Run from a replaced cursor = %v, want ErrReorgTooDeep", err)
	}
	if ev, _ := rec3.snapshot(); len(ev) != 0 {
		t.Errorf("events from a replaced cursor: %v", summarise(ev))
	}
}

func TestSourceSubscriptionReconnects(t *testing.T) {
	c := newFakeChain()
	c.add(5, every(1, 1))
	clk := newFakeClock()
	var dials atomic.Int32
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) {
		cfg.Follow = FollowSubscribe
		cfg.Dial = func(context.Context) (SourceBackend, error) { dials.Add(1); return c, nil }
	})
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	clk.WaitTimers(1, nil)
	if c.live() != 1 {
		t.Fatalf("%d subscriptions, want 1", c.live())
	}

	// New logs arrive without the clock moving: the subscription woke it.
	c.add(2, every(1, 1))
	rec.waitCursor(c.head())

	// The connection drops; blocks come meanwhile; the gap is backfilled.
	c.dropSubscriptions()
	c.add(3, every(1, 2))
	rec.waitCursor(c.head())
	if dials.Load() != 1 {
		t.Errorf("%d dials, want 1", dials.Load())
	}
	if err := sameLogs(rec.liveLogs(), c.canonicalLogs(1)); err != nil {
		t.Error(err)
	}
	clk.WaitTimers(1, nil)
	if err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v", err)
	}
	if c.live() != 0 {
		t.Errorf("%d subscriptions left after Run returned", c.live())
	}
}

func TestSourceRemovedLogsFromSubscription(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.Follow = FollowAuto })
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	mark := len(since(rec, 0))
	c.reorg(7) // notifies removed logs
	c.add(5, every(1, 1))
	rec.waitCursor(c.head())
	want := []summary{
		{LogRemoved, 10, 0}, {LogRemoved, 9, 0}, {LogRemoved, 8, 0}, {BlockDone, 7, 0},
		{LogAdded, 8, 0}, {LogAdded, 9, 0}, {LogAdded, 10, 0}, {LogAdded, 11, 0}, {LogAdded, 12, 0}, {BlockDone, 12, 0},
	}
	if got := summarise(since(rec, mark)); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestSourceFallsBackToPolling(t *testing.T) {
	c := newFakeChain()
	c.canSubscribe = false
	c.add(3, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.Follow = FollowAuto })
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	c.add(3, every(1, 1))
	poll(clk, 2*time.Second)
	if _, cur := rec.snapshot(); cur != c.head() {
		t.Fatalf("cursor %v, want %v", cur, c.head())
	}

	strict := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.Follow = FollowSubscribe })
	if err := strict.Run(context.Background(), rec.handle); !errors.Is(err, rpc.ErrNotificationsUnsupported) {
		t.Fatalf("FollowSubscribe without subscriptions: %v", err)
	}
}

func TestSourceRetriesRPCErrors(t *testing.T) {
	c := newFakeChain()
	c.add(5, every(1, 1))
	failures := 1
	c.filterHook = func(ethereum.FilterQuery) error {
		if failures > 0 {
			failures--
			return syscall.ECONNREFUSED
		}
		return nil
	}
	clk := newFakeClock()
	s := newTestSource(t, c, clk, nil)
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil) // the backoff
	if _, cur := rec.snapshot(); cur != (Cursor{}) {
		t.Fatalf("delivered despite the error: %v", cur)
	}
	clk.Advance(time.Second)
	rec.waitCursor(c.head())
}

// TestSourceHalvesRefusedRanges: a range the node refuses is halved until
// it is taken, whether the refusal names the range, or the answer's size
// under the rate limit's code (-32005, Infura's), which is no reason to
// wait and ask the same again.
func TestSourceHalvesRefusedRanges(t *testing.T) {
	for name, refusal := range map[string]error{
		"range":              errors.New("query exceeds max block range 100"),
		"too many, no code":  errors.New("query returned more than 10000 results"),
		"too many, -32005":   tooManyLogs,
		"too many, wrapped":  fmt.Errorf("eth_getLogs: %w", tooManyLogs),
		"response too large": messageError{-32602, "Log response size exceeded."},
	} {
		t.Run(name, func(t *testing.T) {
			c := newFakeChain()
			c.add(1000, every(10, 1))
			c.filterHook = func(q ethereum.FilterQuery) error {
				if q.ToBlock.Uint64()-q.FromBlock.Uint64() >= 100 {
					return refusal
				}
				return nil
			}
			clk := newFakeClock()
			s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.ChunkSize = 1000 })
			rec := newRecorder(t)
			stop, _ := runSource(s, rec.handle)
			clk.WaitTimers(1, nil)
			stop()
			if err := sameLogs(rec.liveLogs(), c.canonicalLogs(1)); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSourceChainMovingDuringQuery(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	s := newTestSource(t, c, clk, nil)
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)

	c.add(5, every(1, 1))
	var once atomic.Bool
	c.filterHook = func(ethereum.FilterQuery) error {
		if !once.Swap(true) { // a reorg lands between the headers and the logs
			c.reorg(12)
			c.add(5, every(1, 1))
		}
		return nil
	}
	mark := len(since(rec, 0))
	n := clk.Created()
	clk.Advance(2 * time.Second)
	clk.WaitCreated(n) // the backoff after the inconsistent answer
	if got := since(rec, mark); len(got) != 0 {
		t.Fatalf("delivered an inconsistent answer: %v", summarise(got))
	}
	clk.Advance(time.Second)
	rec.waitCursor(c.head())
	if err := sameLogs(rec.liveLogs(), c.canonicalLogs(1)); err != nil {
		t.Error(err)
	}
}

func TestSourceHandlerErrorStops(t *testing.T) {
	c := newFakeChain()
	c.add(5, every(1, 1))
	boom := errors.New("boom")
	s := newTestSource(t, c, newFakeClock(), func(cfg *SourceConfig) { cfg.Follow = FollowSubscribe })
	err := s.Run(context.Background(), boomHandler(boom))
	if err != boom {
		t.Fatalf("Run = %v, want the handler's error", err)
	}
	if c.live() != 0 {
		t.Error("subscription left open")
	}
	if err := s.Run(context.Background(), boomHandler(boom)); err == nil {
		t.Error("second Run accepted")
	}
}

func boomHandler(err error) Handler {
	return func(context.Context, Event) error { return err }
}

func TestSourceRedialsAfterRepeatedFailures(t *testing.T) {
	c := newFakeChain()
	c.add(5, every(1, 1))
	var failures atomic.Int32
	failures.Store(redialAfter)
	c.filterHook = func(ethereum.FilterQuery) error {
		if failures.Add(-1) >= 0 {
			return syscall.ECONNRESET
		}
		return nil
	}
	var dials atomic.Int32
	clk := newFakeClock()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) {
		cfg.Dial = func(context.Context) (SourceBackend, error) { dials.Add(1); return c, nil }
	})
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	driving := make(chan struct{})
	go drive(clk, time.Second, driving)
	rec.waitCursor(c.head())
	close(driving)
	if n := dials.Load(); n != 1 {
		t.Errorf("%d dials after %d failed rounds, want 1", n, redialAfter)
	}
}

// TestSourceFollowsABlockWithOneOrTwoCalls: once caught up, a new block
// costs one header read when its bloom filter rules the contract out, and
// one more log query, by the block's hash, when it does not; the Tracker
// learns the header, the delivered transactions, the blocks and the
// reorganisations.
func TestSourceFollowsABlockWithOneOrTwoCalls(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	tr := NewTracker()
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) { cfg.Tracker = tr })
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	rec.waitCursor(c.head())

	headers, queries := c.calls()
	c.add(1, every(1, 0)) // block 11, no log
	poll(clk, 2*time.Second)
	rec.waitCursor(c.head())
	h2, q2 := c.calls()
	if h2-headers != 1 || q2 != queries {
		t.Fatalf("a block without logs cost %d header reads and %d log queries, want 1 and 0", h2-headers, q2-queries)
	}
	if evs := since(rec, 0); evs[len(evs)-1].Kind != BlockDone || evs[len(evs)-1].Time != c.blocks[11].hdr.Time {
		t.Fatalf("last event %+v, want BlockDone with the block's time", evs[len(evs)-1])
	}

	c.add(1, every(1, 2)) // block 12, two logs
	poll(clk, 2*time.Second)
	rec.waitCursor(c.head())
	h3, q3 := c.calls()
	if h3-h2 != 1 || q3-q2 != 1 || c.byHash != 1 {
		t.Fatalf("a block with logs cost %d header reads and %d log queries (%d by hash), want 1 and 1 by hash", h3-h2, q3-q2, c.byHash)
	}
	tx := c.blocks[12].logs[0].TxHash
	if in, ok := tr.Included(common.Hash{1}, tx); !ok || in.TxHash != tx || in.Block != (Cursor{12, c.blocks[12].hdr.Hash()}) || len(in.Logs) != 1 {
		t.Fatalf("Tracker.Included = %+v %v, want block 12 with its log", in, ok)
	}
	if tr.Delivered() != 12 || tr.Head().Number.Uint64() != 12 {
		t.Fatalf("Tracker at %d, head %v; want 12", tr.Delivered(), tr.Head().Number)
	}

	c.reorg(11)
	c.add(2, every(1, 0))
	poll(clk, 2*time.Second)
	rec.waitCursor(c.head())
	if _, ok := tr.Included(tx); ok || tr.Reorgs() != 2 {
		t.Fatalf("after the reorg: included %v, %d removals; want gone, 2", ok, tr.Reorgs())
	}

	// Several blocks in one poll: the head, the last delivered block (is
	// it still canonical?) and one log query for the range; the range's
	// last block is not read again (the next poll checks it).
	h4, q4 := c.calls()
	c.add(4, every(1, 1))
	poll(clk, 2*time.Second)
	rec.waitCursor(c.head())
	h5, q5 := c.calls()
	if h5-h4 != 2 || q5-q4 != 1 {
		t.Fatalf("a poll finding 4 blocks cost %d header reads and %d log queries, want 2 and 1", h5-h4, q5-q4)
	}
}
