package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// block is a delivered block the Source remembers: its hash, to notice
// when it leaves the canonical chain, and its logs, to remove them then.
// Source.mem holds every delivered block with logs, every block a range
// ended at, and the newest such block ReorgDepth or more below the last
// one (the anchor), so between the anchor and the head no delivered log is
// forgotten.
type block struct {
	Cursor
	logs []types.Log
}

// errInconsistent reports log query results that do not fit the headers
// read around them: the chain moved during the query.
var errInconsistent = errors.New("chain: the chain moved during a log query")

// catchUp delivers everything up to the current head.
func (s *Source) catchUp(ctx context.Context, b SourceBackend, h Handler) error {
	for {
		more, err := s.step(ctx, b, h)
		if err != nil || !more {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// step delivers the logs of one range of blocks after s.last, or undoes a
// reorg, and reports whether there is more to do.
//
// Consistency: the range's last block is read before the log query, and
// the logs of that block must carry its hash. Whether it is still
// canonical is checked by the next step, as every delivered block is
// (its hash, or its child's parent hash, against the chain's): if the
// chain moved during the query, that step finds the block replaced and
// removes the logs delivered from it and above, as for any
// reorganisation. So a range costs the head, the block s.last (unless the
// range is one block past it) and one log query; reading the range's last
// block again after the query would tell nothing the next step does not.
func (s *Source) step(ctx context.Context, b SourceBackend, h Handler) (bool, error) {
	head, err := s.header(ctx, b, nil)
	if err != nil {
		return false, err
	}
	headN := head.Number.Uint64()
	if s.cfg.OnHead != nil {
		s.cfg.OnHead(headN)
	}
	if headN < s.last.Number {
		// The node is behind what was delivered: a lagging node, or a
		// reorg to a shorter chain. Either way, wait until it is as high
		// again; a replaced s.last is noticed then.
		return false, nil
	}
	to := min(headN, s.last.Number+s.chunk)
	toHdr := head
	if to != headN {
		if toHdr, err = s.header(ctx, b, &to); err != nil {
			return false, err
		}
	}
	if s.last.Hash != (common.Hash{}) {
		var canon common.Hash
		switch to - s.last.Number {
		case 0:
			canon = toHdr.Hash()
		case 1:
			canon = toHdr.ParentHash
		default:
			hdr, err := s.header(ctx, b, &s.last.Number)
			if err != nil {
				return false, err
			}
			canon = hdr.Hash()
		}
		if canon != s.last.Hash {
			return true, s.reorg(ctx, b, h)
		}
	}
	if to == s.last.Number {
		return false, nil
	}
	from := s.last.Number + 1
	var logs []types.Log
	if from == to {
		// One block, its header in hand: its bloom filter says whether it
		// may hold a log of the contract at all (no false negatives), and
		// a query by its hash (EIP-234) answers for exactly that block, so
		// neither needs the header read again.
		if bloomMatches(toHdr.Bloom, s.cfg.Address, s.cfg.Topics) {
			if logs, err = s.filterBlock(ctx, b, toHdr.Hash()); err != nil {
				return false, err
			}
		}
	} else {
		if logs, err = s.filter(ctx, b, from, to); err != nil {
			if !isTransient(err) && s.chunk > 1 {
				s.chunk = max(1, (to-from+1)/2)
				if !IsTooManyResults(err) {
					// The node bounds its ranges: grow no wider than
					// this again (a narrower width that is taken is
					// then the bound, since growth stops here).
					s.most = s.chunk
				}
				s.log.Warn("log query refused, querying fewer blocks", "from", from, "to", to, "chunk", s.chunk, "err", err)
				return true, nil
			}
			return false, err
		}
	}
	if err := arrange(logs, from, to, toHdr.Hash()); err != nil {
		return false, err
	}
	if err := s.deliver(ctx, h, logs); err != nil {
		return false, err
	}
	s.last = Cursor{Number: to, Hash: toHdr.Hash()}
	if n := len(s.mem); n == 0 || s.mem[n-1].Number != to {
		s.mem = append(s.mem, block{Cursor: s.last})
	}
	if to-from+1 == s.chunk && to < headN {
		// A full range with more to go: wider next time.
		s.chunk = min(2*s.chunk, s.most)
	}
	s.prune()
	s.log.Debug("delivered", "from", from, "to", to, "logs", len(logs))
	if err := s.emit(ctx, h, Event{Kind: BlockDone, Block: s.last, Time: toHdr.Time}); err != nil {
		return false, err
	}
	if t := s.cfg.Tracker; t != nil {
		t.done(s.last)
	}
	return to < headN, nil
}

// bloomMatches reports whether a block with bloom filter bloom may hold a
// log of address matching topics (as in ethereum.FilterQuery: each
// position lists the accepted topics, none meaning any).
func bloomMatches(bloom types.Bloom, address common.Address, topics [][]common.Hash) bool {
	if !types.BloomLookup(bloom, address) {
		return false
	}
	for _, alternatives := range topics {
		if len(alternatives) == 0 {
			continue
		}
		if !slices.ContainsFunc(alternatives, func(t common.Hash) bool { return types.BloomLookup(bloom, t) }) {
			return false
		}
	}
	return true
}

// arrange sorts logs into delivery order, (block, transaction, log index),
// and checks they fit the range: within it, one hash per block, the last
// block's hash as read, none marked removed.
func arrange(logs []types.Log, from, to uint64, toHash common.Hash) error {
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.TxIndex, b.TxIndex), cmp.Compare(a.Index, b.Index))
	})
	for i, l := range logs {
		switch {
		case l.Removed, l.BlockNumber < from, l.BlockNumber > to,
			l.BlockNumber == to && l.BlockHash != toHash,
			i > 0 && logs[i-1].BlockNumber == l.BlockNumber && logs[i-1].BlockHash != l.BlockHash:
			return fmt.Errorf("%w: log %d of block %d (%s)", errInconsistent, l.Index, l.BlockNumber, l.BlockHash)
		}
	}
	return nil
}

// deliver hands sorted logs to h and remembers their blocks.
func (s *Source) deliver(ctx context.Context, h Handler, logs []types.Log) error {
	for i, l := range logs {
		c := Cursor{Number: l.BlockNumber, Hash: l.BlockHash}
		if i == 0 || logs[i-1].BlockNumber != l.BlockNumber {
			s.mem = append(s.mem, block{Cursor: c})
		}
		m := &s.mem[len(s.mem)-1]
		m.logs = append(m.logs, l)
		if err := s.emit(ctx, h, Event{Kind: LogAdded, Log: l, Block: c}); err != nil {
			return err
		}
		if t := s.cfg.Tracker; t != nil {
			t.added(l)
		}
	}
	return nil
}

// reorg handles s.last having left the canonical chain: it finds the
// newest remembered block still canonical (the fork point; being
// canonical is monotone in the height, so the first match from the top),
// removes every log delivered above it, newest first, and moves s.last
// back to it.
func (s *Source) reorg(ctx context.Context, b SourceBackend, h Handler) error {
	for i := len(s.mem) - 1; i >= 0; i-- {
		hdr, err := s.header(ctx, b, &s.mem[i].Number)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if hdr.Hash() != s.mem[i].Hash {
			continue
		}
		fork, removed := s.mem[i].Cursor, 0
		for j := len(s.mem) - 1; j > i; j-- {
			m := s.mem[j]
			for k := len(m.logs) - 1; k >= 0; k-- {
				l := m.logs[k]
				l.Removed = true
				if err := s.emit(ctx, h, Event{Kind: LogRemoved, Log: l, Block: m.Cursor}); err != nil {
					return err
				}
				if t := s.cfg.Tracker; t != nil {
					t.removed(l)
				}
				removed++
			}
			s.mem = s.mem[:j]
		}
		s.log.Warn("chain reorganised", "fork", fork.Number, "was", s.last.Number, "removedLogs", removed)
		if s.cfg.OnReorg != nil {
			s.cfg.OnReorg(fork.Number, s.last.Number)
		}
		s.last = fork
		if t := s.cfg.Tracker; t != nil {
			t.forked()
		}
		if err := s.emit(ctx, h, Event{Kind: BlockDone, Block: fork, Time: hdr.Time}); err != nil {
			return err
		}
		if t := s.cfg.Tracker; t != nil {
			t.done(fork)
		}
		return nil
	}
	return fmt.Errorf("%w: block %d %s was replaced, and so were all %d remembered blocks", ErrReorgTooDeep, s.last.Number, s.last.Hash, len(s.mem))
}

// prune forgets blocks more than ReorgDepth below s.last, keeping the
// newest of those as the anchor.
func (s *Source) prune() {
	if s.last.Number <= s.cfg.ReorgDepth {
		return
	}
	bound := s.last.Number - s.cfg.ReorgDepth
	anchor := -1
	for i, m := range s.mem {
		if m.Number > bound {
			break
		}
		anchor = i
	}
	if anchor > 0 {
		s.mem = slices.Delete(s.mem, 0, anchor)
	}
}

func (s *Source) emit(ctx context.Context, h Handler, ev Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := h(ctx, ev); err != nil {
		return handlerError{err}
	}
	return nil
}

// header reads the header of block n, or of the head if n is nil.
func (s *Source) header(ctx context.Context, b SourceBackend, n *uint64) (*types.Header, error) {
	var num *big.Int
	if n != nil {
		num = new(big.Int).SetUint64(*n)
	}
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	defer cancel()
	hdr, err := b.HeaderByNumber(cctx, num)
	if err != nil {
		if n == nil {
			return nil, fmt.Errorf("chain: reading the head: %w", err)
		}
		return nil, fmt.Errorf("chain: reading header %d: %w", *n, err)
	}
	if t := s.cfg.Tracker; t != nil {
		t.sawHeader(hdr)
	}
	return hdr, nil
}

// filterBlock reads the logs of the block with hash h.
func (s *Source) filterBlock(ctx context.Context, b SourceBackend, h common.Hash) ([]types.Log, error) {
	q := s.query()
	q.BlockHash = &h
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	defer cancel()
	logs, err := b.FilterLogs(cctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: log query of block %s: %w", h, err)
	}
	return logs, nil
}

func (s *Source) filter(ctx context.Context, b SourceBackend, from, to uint64) ([]types.Log, error) {
	q := s.query()
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	defer cancel()
	logs, err := b.FilterLogs(cctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: log query %d-%d: %w", from, to, err)
	}
	return logs, nil
}
