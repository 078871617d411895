package chain

import (
	"context"
	"errors"
	"fmt"
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
	queries   []ethereum.FilterQuery
	refused   int
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
	var logs []types.Log
	for b := from; b <= to; b++ {
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

// TestLogRangesBoundedEndpoint: behind an endpoint that refuses more than
// 7 blocks, a query of 20,001 blocks returns every block's log in order;
// the span that worked is kept, so the next query is refused no more.
func TestLogRangesBoundedEndpoint(t *testing.T) {
	ctx := context.Background()
	n := &boundedNode{limit: 7}
	r := NewLogRanges(n, nil)
	logs, err := r.FilterLogs(ctx, rangeQuery(5, 20_005))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 5, 20_005)
	if s := r.Span(); s > 7 || s < 4 {
		t.Fatalf("span %d after the refusals, want the piece that worked (4 to 7)", s)
	}
	if n.refused == 0 || n.refused > 12 {
		t.Fatalf("%d refusals, want the halvings from %d to at most 7 once", n.refused, MaxLogRange)
	}
	n.refused = 0
	logs, err = r.FilterLogs(ctx, rangeQuery(100, 160))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 100, 160)
	if n.refused != 0 {
		t.Fatalf("the second query was refused %d times: the span was not kept", n.refused)
	}
}

// TestLogRangesUnboundedEndpoint: a node that takes any range gets one
// query per MaxLogRange blocks.
func TestLogRangesUnboundedEndpoint(t *testing.T) {
	n := &boundedNode{limit: 1 << 40}
	logs, err := NewLogRanges(n, nil).FilterLogs(context.Background(), rangeQuery(0, 2*MaxLogRange))
	if err != nil {
		t.Fatal(err)
	}
	wantBlocks(t, logs, 0, 2*MaxLogRange)
	if len(n.queries) != 3 {
		t.Fatalf("%d queries, want 3", len(n.queries))
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
	if s := r.Span(); s != MaxLogRange {
		t.Fatalf("span %d after transient failures, want %d", s, MaxLogRange)
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
	if s := r.Span(); s != MaxLogRange {
		t.Fatalf("span %d after a query that never succeeded, want %d", s, MaxLogRange)
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
