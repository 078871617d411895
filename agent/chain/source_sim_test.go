package chain

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

// simEmitter is the test contract on a simulated chain, driven block by
// block: nothing is mined but by Commit.
type simEmitter struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	sign    SignerFn
	address common.Address
	// nonce is testAddr's next nonce, counted here: PendingNonceAt can
	// lag behind a Fork putting the orphaned transactions back in the pool.
	nonce uint64
}

func newSimEmitter(t *testing.T) *simEmitter {
	e := &simEmitter{t: t, sim: newSim(t), sign: KeySigner(testKey, big.NewInt(1337))}
	e.client = e.sim.Client()
	e.send(nil, emitterCode())
	e.sim.Commit()
	e.address = emitterAddress(0)
	return e
}

// send signs and sends one transaction from testAddr, to be mined by the
// next Commit.
func (e *simEmitter) send(to *common.Address, data []byte) {
	e.t.Helper()
	tx, err := e.sign(types.NewTx(&types.DynamicFeeTx{
		Nonce: e.nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 200_000, To: to, Data: data,
	}))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(context.Background(), tx); err != nil {
		e.t.Fatal(err)
	}
	e.nonce++
}

// block mines a block with one emitting call per payload.
func (e *simEmitter) block(payloads ...string) {
	for _, p := range payloads {
		e.send(&e.address, []byte(p))
	}
	e.sim.Commit()
}

func (e *simEmitter) head() Cursor {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return Cursor{Number: h.Number.Uint64(), Hash: h.Hash()}
}

// logs returns the canonical logs of the emitter, from the node.
func (e *simEmitter) logs() []types.Log {
	e.t.Helper()
	logs, err := e.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(e.head().Number), Addresses: []common.Address{e.address},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return logs
}

// fork replaces the blocks above number back with a strictly longer
// branch: the orphaned transactions return to the pool and are mined
// again, in blocks with other hashes, then extra mines one more log.
func (e *simEmitter) fork(back uint64, extra string) {
	e.t.Helper()
	var old Cursor
	for try := 1; ; try++ {
		old = e.head()
		parent, err := e.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(old.Number-back))
		if err != nil {
			e.t.Fatal(err)
		}
		err = e.sim.Fork(parent.Hash())
		if err == nil {
			break
		}
		// The simulated node's pool can take a transaction in after the
		// Commit meant for it; Fork then refuses ("pending block dirty").
		// Mine the straggler and fork from the new head.
		if !strings.Contains(err.Error(), "pending block dirty") || try == 5 {
			e.t.Fatal(err)
		}
		e.sim.Commit()
	}
	for e.head().Number < old.Number {
		e.sim.Commit()
	}
	e.block(extra)
}

func (e *simEmitter) source(clk Clock, mod func(*SourceConfig)) *Source {
	cfg := SourceConfig{Address: e.address, Topics: [][]common.Hash{{emitterTopic}}, ChunkSize: 4, Clock: clk}
	mod(&cfg)
	s, err := NewSource(cfg, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// TestSourceSimulatedSubscription backfills real logs in chunks, follows
// them through the simulated node's log subscription, and undoes a reorg.
// The fake clock never moves: every round after the first is woken by the
// subscription.
func TestSourceSimulatedSubscription(t *testing.T) {
	e := newSimEmitter(t)
	for i := range 12 {
		switch i % 3 {
		case 0:
			e.block("a", "b")
		case 1:
			e.block()
		case 2:
			e.block("c")
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rec := newRecorder(t)
	s := e.source(newFakeClock(), func(c *SourceConfig) { c.Follow = FollowSubscribe })
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, rec.handle) }()

	if err := rec.waitCursorOr(e.head(), done); err != nil {
		t.Fatal(err)
	}
	if err := sameLogs(rec.liveLogs(), e.logs()); err != nil {
		t.Fatalf("backfill: %v", err)
	}

	e.block("d")
	e.block("e", "f")
	if err := rec.waitCursorOr(e.head(), done); err != nil {
		t.Fatal(err)
	}

	before := rec.liveLogs()
	mark := len(since(rec, 0))
	e.fork(3, "g")
	if err := rec.waitCursorOr(e.head(), done); err != nil {
		t.Fatal(err)
	}
	after := e.logs()
	if err := sameLogs(rec.liveLogs(), after); err != nil {
		t.Fatalf("after the reorg: %v", err)
	}
	removed := 0
	for _, ev := range since(rec, mark) {
		if ev.Kind == LogRemoved {
			removed++
			if slices.ContainsFunc(after, func(l types.Log) bool { return l.BlockHash == ev.Log.BlockHash }) {
				t.Errorf("removed a log of block %d, which is still canonical", ev.Log.BlockNumber)
			}
		}
	}
	if removed == 0 || removed > len(before) {
		t.Errorf("%d logs removed by a 3-block reorg", removed)
	}

	cancel()
	if err := <-done; err != context.Canceled {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
}

// TestSourceSimulatedPolling follows the simulated chain by polling on the
// fake clock, so the reorg's events are exactly predictable.
func TestSourceSimulatedPolling(t *testing.T) {
	e := newSimEmitter(t)
	for range 6 {
		e.block("x", "y")
	}
	clk := newFakeClock()
	rec := newRecorder(t)
	stop, _ := runSource(e.source(clk, func(c *SourceConfig) { c.Follow = FollowPoll }), rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	if err := sameLogs(rec.liveLogs(), e.logs()); err != nil {
		t.Fatalf("backfill: %v", err)
	}

	e.block("z")
	poll(clk, 2*time.Second)
	if _, cur := rec.snapshot(); cur != e.head() {
		t.Fatalf("cursor %v, want %v", cur, e.head())
	}

	before := rec.liveLogs()
	forkAt := e.head().Number - 2
	mark := len(since(rec, 0))
	e.fork(2, "w")
	poll(clk, 2*time.Second)

	// Removals of the orphaned logs, newest first; the fork point; the new
	// branch's logs; its head.
	var want []summary
	for i := len(before) - 1; i >= 0 && before[i].BlockNumber > forkAt; i-- {
		want = append(want, summary{LogRemoved, before[i].BlockNumber, before[i].Index})
	}
	if len(want) == 0 {
		t.Fatal("no delivered log above the fork point: the test proves nothing")
	}
	want = append(want, summary{BlockDone, forkAt, 0})
	after := e.logs()
	for _, l := range after {
		if l.BlockNumber > forkAt {
			want = append(want, summary{LogAdded, l.BlockNumber, l.Index})
		}
	}
	want = append(want, summary{BlockDone, e.head().Number, 0})
	if got := summarise(since(rec, mark)); !slices.Equal(got, want) {
		t.Fatalf("reorg events\n got %v\nwant %v", got, want)
	}
	if err := sameLogs(rec.liveLogs(), after); err != nil {
		t.Fatal(err)
	}
}
