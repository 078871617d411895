package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// FirstLogRange is how many blocks the first query of LogRanges covers.
// Public endpoints bound eth_getLogs by its block range: 10,000 blocks is
// common, free tiers allow a few hundred, some five; others take any range
// (and bound the logs of one answer instead).
const FirstLogRange = 10_000

// maxLogFailures is how many transient failures in a row LogRanges takes
// before it gives up a query.
const maxLogFailures = 5

// LogFilterer reads logs, as ethclient.Client does.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// LogRanges reads logs over block ranges of any length in pieces the node
// accepts, so that a query from a deployment long ago, or back from the
// head in growing windows, works behind an endpoint that bounds the range,
// and costs few queries behind one that does not.
//
// The first piece covers FirstLogRange blocks; each piece the node answers
// in full makes the next twice as wide, until the node first refuses one.
// A refused piece (an error neither transient, see IsTransient, nor of a
// node behind, see IsBehind) is halved at once, down to one block; the
// width that then succeeds is the node's bound, kept for later queries,
// which no longer grow past it: a bounded endpoint costs its refusals
// once, not at every query. A refusal of a single block is returned. An
// answer refused for holding too many logs (IsTooManyResults) halves the
// piece at once, for this query only: it says the range was dense, not
// that the node bounds ranges. A transient failure also halves the piece
// (a node may time out on a wide range), for this query only, and is
// retried after a pause, up to maxLogFailures times in a row.
//
// A query by block hash, or with a bound given as a tag (a negative
// number), passes unchanged. Without a ToBlock the range ends at the head,
// read first when the filterer can (HeaderByNumber), else the query
// passes unchanged. LogRanges is safe for concurrent use.
type LogRanges struct {
	f     LogFilterer
	log   *slog.Logger
	pause time.Duration // after the nth failure in a row, n times this

	mu    sync.Mutex
	bound uint64 // the widest piece the node took after refusing a wider one; 0 until then
}

// NewLogRanges returns a LogRanges reading from f; log (nil: discarded)
// says when a piece is refused.
func NewLogRanges(f LogFilterer, log *slog.Logger) *LogRanges {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &LogRanges{f: f, log: log, pause: 200 * time.Millisecond}
}

// Bound returns the widest piece the node took after refusing a wider
// one, or 0 when it has refused none.
func (r *LogRanges) Bound() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.bound
}

// headReader is what LogRanges needs to end an open range at the head.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FilterLogs runs q over its block range in pieces the node accepts and
// returns the logs of all of them, in the order of the pieces.
func (r *LogRanges) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash != nil || q.FromBlock != nil && q.FromBlock.Sign() < 0 || q.ToBlock != nil && q.ToBlock.Sign() < 0 {
		return r.f.FilterLogs(ctx, q)
	}
	var from, to uint64
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil {
		to = q.ToBlock.Uint64()
	} else {
		hr, ok := r.f.(headReader)
		if !ok {
			return r.f.FilterLogs(ctx, q)
		}
		head, err := hr.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("chain: reading the head to end a log query at: %w", err)
		}
		to = head.Number.Uint64()
	}
	if to < from {
		return nil, nil
	}
	bound := r.Bound()
	piece, narrowed := uint64(FirstLogRange), false
	if bound > 0 {
		piece = bound
	}
	failures := 0
	var out []types.Log
	for from <= to {
		end := to
		if to-from >= piece {
			end = from + piece - 1
		}
		cq := q
		cq.FromBlock, cq.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(end)
		logs, err := r.f.FilterLogs(ctx, cq)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			n := end - from + 1
			if IsTooManyResults(err) && n > 1 {
				// The range held more logs than one answer takes: this
				// range, not the node's bound on ranges, so the next
				// piece may grow again.
				piece = max(1, n/2)
				r.log.Warn("too many logs for one answer, querying fewer blocks", "from", from, "to", end, "next_blocks", piece, "err", err)
				continue
			}
			if !IsTransient(err) && !IsBehind(err) {
				if n == 1 {
					return nil, err
				}
				piece, narrowed = max(1, n/2), true
				r.log.Warn("log query refused, querying fewer blocks", "from", from, "to", end, "next_blocks", piece, "err", err)
				continue
			}
			if failures++; failures > maxLogFailures {
				return nil, err
			}
			piece = max(1, n/2)
			r.log.Warn("log query failed; trying again", "from", from, "to", end, "next_blocks", piece, "err", err)
			select {
			case <-time.After(time.Duration(failures) * r.pause):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			continue
		}
		switch {
		case narrowed:
			r.mu.Lock()
			if r.bound == 0 || piece < r.bound {
				r.bound = piece
			}
			bound = r.bound
			r.mu.Unlock()
			narrowed = false
		case bound == 0 && end-from+1 == piece && piece <= math.MaxUint64/2:
			piece *= 2 // no bound seen: wider next time
		}
		failures = 0
		out = append(out, logs...)
		from = end + 1
	}
	return out, nil
}
