package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// boundedNode answers log queries with one log per block of the range,
// refusing a range wider than limit blocks (as public endpoints do), and
// failing the next transient queries with a connection reset.
type boundedNode struct {
	limit     uint64
	head      uint64
	transient int
	empty     bool // answer no logs
	queries   []ethereum.FilterQuery
	refused   int
	maxLogs   int // when not 0, an answer of more logs is refused as Infura does
}

func (n *boundedNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.queries = append(n.queries, q)
	if q.BlockHash != nil {
		return []types.Log{{BlockHash: *q.BlockHash}}, nil
	}
	if q.ToBlock == nil {
		return nil, errors.New("open range reached the node")
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if n.transient > 0 {
		n.transient--
		return nil, fmt.Errorf("post: %w", syscall.ECONNRESET)
	}
	if to-from+1 > n.limit {
		n.refused++
		return nil, fmt.Errorf("query exceeds max block range %d", n.limit)
	}
	if n.maxLogs > 0 && !n.empty && to-from+1 > uint64(n.maxLogs) {
		n.refused++
		return nil, tooManyLogs
	}
	var logs []types.Log
	for b := from; b <= to && !n.empty; b++ {
		logs = append(logs, types.Log{BlockNumber: b})
	}
	return logs, nil
}

func (n *boundedNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number != nil {
		return nil, errors.New("want the head")
	}
	return &types.Header{Number: new(big.Int).SetUint64(n.head)}, nil
}

func rangeQuery(from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
}

// wantBlocks checks that logs hold one log per block from..to, in order.
func wantBlocks(t *testing.T, logs []types.Log, from, to uint64) {
	t.Helper()
	if uint64(len(logs)) != to-from+1 {
		t.Fatalf("%d logs, want %d (blocks %d to %d)", len(logs), to-from+1, from, to)
	}
	for i, l := range logs {
		if l.BlockNumber != from+uint64(i) {
			t.Fatalf("log %d is of block %d, want %d", i, l.BlockNumber, from+uint64(i))
		}
	}
}

// TestLogRangesTooManyLogs: a node that refuses answers of more than
// 3,000 logs (Infura's -32005, the rate limit's code) gets narrower pieces
// at once, without the pause of a transient failure, and no bound on its
// ranges is kept from it.
func TestLogRangesTooManyLogs(t *testing.T) {
	n := &boundedNode{limit: math.MaxUint64, head: 30_000, maxLogs: 3000}
	r := NewLogRanges(n, nil)
	r.pause = time.Hour // a pause would outlast the test
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	logs, err := r.FilterLogs(ctx, rangeQuery(1, 20_001))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 1, 20_001)
	if r.Bound() != 0 {
		t.Errorf("a bound of %d blocks kept from answers refused for their size", r.Bound())
	}
	if n.refused == 0 || len(n.queries) > 30 {
		t.Errorf("%d queries, %d refused", len(n.queries), n.refused)
	}
}

// TestLogRangesBoundedEndpoint: behind an endpoint that refuses more than
// 7 blocks, a query of 20,001 blocks returns every block's log in order;
// the width that worked is kept as the node's bound, so the next query is
// refused no more and grows no wider.
func TestLogRangesBoundedEndpoint(t *testing.T) {
	ctx := context.Background()
	n := &boundedNode{limit: 7}
	r := NewLogRanges(n, nil)
	logs, err := r.FilterLogs(ctx, rangeQuery(5, 20_005))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 5, 20_005)
	if b := r.Bound(); b > 7 || b < 4 {
		t.Fatalf("bound %d after the refusals, want the piece that worked (4 to 7)", b)
	}
	if n.refused == 0 || n.refused > 12 {
		t.Fatalf("%d refusals, want the halvings from %d to at most 7 once", n.refused, FirstLogRange)
	}
	n.refused = 0
	logs, err = r.FilterLogs(ctx, rangeQuery(100, 160))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 100, 160)
	if n.refused != 0 {
		t.Fatalf("the second query was refused %d times: the bound was not kept", n.refused)
	}
}

// TestLogRangesGrowUntilRefused: a node that takes any range gets pieces
// twice as wide each time, so a query over many blocks costs few queries;
// a node whose bound is above FirstLogRange is found by its first refusal,
// and later queries keep to it.
func TestLogRangesGrowUntilRefused(t *testing.T) {
	ctx := context.Background()
	n := &boundedNode{limit: 1 << 40}
	r := NewLogRanges(n, nil)
	logs, err := r.FilterLogs(ctx, rangeQuery(0, 2*FirstLogRange))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 0, 2*FirstLogRange)
	if len(n.queries) != 2 {
		t.Fatalf("%d queries for %d blocks, want 2 (%d, then twice as many)", len(n.queries), 2*FirstLogRange+1, FirstLogRange)
	}
	n.queries, n.empty = nil, true
	if _, err := r.FilterLogs(ctx, rangeQuery(0, 10_000_000)); err != nil {
		t.Fatal(err)
	}
	if len(n.queries) > 11 || r.Bound() != 0 {
		t.Fatalf("%d queries for 10,000,001 blocks (bound %d), want at most 11 and none", len(n.queries), r.Bound())
	}

	n = &boundedNode{limit: 50_000}
	r = NewLogRanges(n, nil)
	logs, err = r.FilterLogs(ctx, rangeQuery(1, 200_000))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 1, 200_000)
	if b := r.Bound(); b != 40_000 {
		t.Fatalf("bound %d, want 40,000 (80,000 refused, then halved)", b)
	}
	n.refused, n.queries = 0, nil
	if _, err := r.FilterLogs(ctx, rangeQuery(1, 200_000)); err != nil {
		t.Fatal(err)
	}
	if n.refused != 0 || len(n.queries) != 5 {
		t.Fatalf("again: %d refusals and %d queries, want none and 5 of 40,000 blocks", n.refused, len(n.queries))
	}
}

// TestLogRangesTransientFailures: transient failures are retried (with a
// narrower piece) without narrowing later queries; too many in a row
// fail the query with the node's error.
func TestLogRangesTransientFailures(t *testing.T) {
	ctx := context.Background()
	n := &boundedNode{limit: 1 << 40, transient: 2}
	r := NewLogRanges(n, nil)
	r.pause = time.Millisecond
	logs, err := r.FilterLogs(ctx, rangeQuery(0, 99))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 0, 99)
	if b := r.Bound(); b != 0 {
		t.Fatalf("bound %d after transient failures, want none", b)
	}
	n.transient = maxLogFailures + 1
	if _, err := r.FilterLogs(ctx, rangeQuery(0, 99)); !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("after %d failures in a row: %v, want the node's error", maxLogFailures+1, err)
	}
}

// TestLogRangesSingleBlockRefused: a node that refuses even one block
// fails the query with its error, and the span is left as it was.
func TestLogRangesSingleBlockRefused(t *testing.T) {
	n := &boundedNode{limit: 0}
	r := NewLogRanges(n, nil)
	if _, err := r.FilterLogs(context.Background(), rangeQuery(0, 99)); err == nil {
		t.Fatal("no error")
	}
	if b := r.Bound(); b != 0 {
		t.Fatalf("bound %d after a query that never succeeded, want none", b)
	}
}

// TestLogRangesOpenAndHashQueries: without a ToBlock the range ends at
// the head; a query by block hash and one with a tag pass unchanged.
func TestLogRangesOpenAndHashQueries(t *testing.T) {
	ctx := context.Background()
	n := &boundedNode{limit: 10, head: 42}
	r := NewLogRanges(n, nil)
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(30)})
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 30, 42)
	logs, err = r.FilterLogs(ctx, ethereum.FilterQuery{})
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 0, 42)
	h := common.HexToHash("0xab")
	if logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h}); err != nil || len(logs) != 1 || logs[0].BlockHash != h {
		t.Fatalf("by hash: %v %v", logs, err)
	}
	n.queries = nil
	if _, _ = r.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(-2)}); len(n.queries) != 1 || n.queries[0].ToBlock.Int64() != -2 {
		t.Fatalf("a query to a tag reached the node as %v, want it unchanged", n.queries)
	}
	if logs, err := r.FilterLogs(ctx, rangeQuery(9, 8)); err != nil || logs != nil {
		t.Fatalf("empty range: %v %v", logs, err)
	}
}
