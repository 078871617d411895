package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

var fakeContract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")

// fakeChain is a scripted chain for a Source: headers with real hashes,
// logs of fakeContract, reorgs on demand, and log subscriptions.
type fakeChain struct {
	mu           sync.Mutex
	blocks       []fakeBlock // canonical, by number; blocks[0] is genesis
	forks        int         // tells replacement blocks apart
	canSubscribe bool
	reverse      bool // FilterLogs answers in reverse order
	filterHook   func(q ethereum.FilterQuery) error
	queries      [][2]uint64 // FilterLogs ranges asked (a block hash as its number twice)
	byHash       int         // FilterLogs calls by block hash
	headerCalls  int         // HeaderByNumber calls
	subs         []*fakeSub
}

type fakeBlock struct {
	hdr  *types.Header
	logs []types.Log
}

func newFakeChain() *fakeChain {
	c := &fakeChain{canSubscribe: true}
	c.blocks = []fakeBlock{{hdr: &types.Header{Number: new(big.Int)}}}
	return c
}

// add appends n blocks; block i of them holds logsPer(number) logs.
func (c *fakeChain) add(n int, logsPer func(number uint64) int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var added []types.Log
	for range n {
		parent := c.blocks[len(c.blocks)-1].hdr
		num := parent.Number.Uint64() + 1
		hdr := &types.Header{
			Number:     new(big.Int).SetUint64(num),
			ParentHash: parent.Hash(),
			Extra:      []byte(fmt.Sprintf("fork %d", c.forks)),
		}
		var logs []types.Log
		for i := range logsPer(num) {
			data := binary.BigEndian.AppendUint64(nil, num)
			data = append(data, byte(i), byte(c.forks))
			logs = append(logs, types.Log{
				Address:     fakeContract,
				Topics:      []common.Hash{emitterTopic},
				Data:        data,
				BlockNumber: num,
				TxIndex:     uint(i / 2),
				Index:       uint(i),
				TxHash:      common.BytesToHash(data),
			})
			hdr.Bloom.Add(fakeContract.Bytes())
			hdr.Bloom.Add(emitterTopic.Bytes())
		}
		for i := range logs {
			logs[i].BlockHash = hdr.Hash()
		}
		c.blocks = append(c.blocks, fakeBlock{hdr: hdr, logs: logs})
		added = append(added, logs...)
	}
	c.notifyLocked(added)
}

// reorg drops the blocks above keep; the next add builds a new branch. The
// dropped logs are sent to subscribers as removed, as geth does.
func (c *fakeChain) reorg(keep uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var removed []types.Log
	for _, b := range c.blocks[keep+1:] {
		for _, l := range b.logs {
			l.Removed = true
			removed = append(removed, l)
		}
	}
	c.blocks = c.blocks[:keep+1]
	c.forks++
	c.notifyLocked(removed)
}

func (c *fakeChain) notifyLocked(logs []types.Log) {
	for _, s := range c.subs {
		for _, l := range logs {
			select {
			case s.ch <- l:
			default: // a trigger only; the Source drains and re-reads
			}
		}
	}
}

func (c *fakeChain) head() Cursor {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.blocks[len(c.blocks)-1].hdr
	return Cursor{Number: h.Number.Uint64(), Hash: h.Hash()}
}

// canonicalLogs returns the logs of blocks from..head.
func (c *fakeChain) canonicalLogs(from uint64) []types.Log {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []types.Log
	for _, b := range c.blocks[from:] {
		out = append(out, b.logs...)
	}
	return out
}

func (c *fakeChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.headerCalls++
	if n == nil {
		return types.CopyHeader(c.blocks[len(c.blocks)-1].hdr), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.blocks)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.blocks[n.Uint64()].hdr), nil
}

func (c *fakeChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	hook := c.filterHook
	c.mu.Unlock()
	if hook != nil {
		if err := hook(q); err != nil {
			return nil, err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var from, to uint64
	switch {
	case q.BlockHash != nil && q.FromBlock == nil && q.ToBlock == nil:
		i := slices.IndexFunc(c.blocks, func(b fakeBlock) bool { return b.hdr.Hash() == *q.BlockHash })
		if i < 0 {
			return nil, errors.New("unknown block")
		}
		from, to = uint64(i), uint64(i)
		c.byHash++
	case q.BlockHash == nil && q.FromBlock != nil && q.ToBlock != nil:
		from, to = q.FromBlock.Uint64(), q.ToBlock.Uint64()
	default:
		panic("fakeChain: a number range or a block hash")
	}
	c.queries = append(c.queries, [2]uint64{from, to})
	var out []types.Log
	for n := from; n <= to && n < uint64(len(c.blocks)); n++ {
		for _, l := range c.blocks[n].logs {
			if slices.Contains(q.Addresses, l.Address) {
				out = append(out, l)
			}
		}
	}
	if c.reverse {
		slices.Reverse(out)
	}
	return out, nil
}

func (c *fakeChain) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.canSubscribe {
		return nil, rpc.ErrNotificationsUnsupported
	}
	s := &fakeSub{chain: c, ch: ch, err: make(chan error, 1)}
	c.subs = append(c.subs, s)
	return s, nil
}

// calls returns how many headers and log queries were asked for.
func (c *fakeChain) calls() (headers, queries int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.headerCalls, len(c.queries)
}

// live returns the subscriptions not yet unsubscribed.
func (c *fakeChain) live() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.subs)
}

// dropSubscriptions fails every subscription, as a lost connection does.
func (c *fakeChain) dropSubscriptions() {
	c.mu.Lock()
	subs := c.subs
	c.subs = nil
	c.mu.Unlock()
	for _, s := range subs {
		s.err <- fmt.Errorf("connection lost")
	}
}

type fakeSub struct {
	chain *fakeChain
	ch    chan<- types.Log
	err   chan error
	once  sync.Once
}

func (s *fakeSub) Err() <-chan error { return s.err }

func (s *fakeSub) Unsubscribe() {
	s.once.Do(func() {
		c := s.chain
		c.mu.Lock()
		defer c.mu.Unlock()
		c.subs = slices.DeleteFunc(c.subs, func(x *fakeSub) bool { return x == s })
	})
}

// recorder is a Handler that keeps every event and checks, as it goes,
// that a log is never added twice while live nor removed unless live.
type recorder struct {
	t       *testing.T
	mu      sync.Mutex
	events  []Event
	live    map[logKey]types.Log
	cursor  Cursor // the last BlockDone
	changed chan struct{}
}

type logKey struct {
	block common.Hash
	index uint
}

func newRecorder(t *testing.T) *recorder {
	return &recorder{t: t, live: map[logKey]types.Log{}, changed: make(chan struct{})}
}

func (r *recorder) handle(ctx context.Context, ev Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := logKey{ev.Log.BlockHash, ev.Log.Index}
	switch ev.Kind {
	case LogAdded:
		if _, dup := r.live[k]; dup {
			r.t.Errorf("log %d of block %d delivered twice", ev.Log.Index, ev.Log.BlockNumber)
		}
		if ev.Block != (Cursor{ev.Log.BlockNumber, ev.Log.BlockHash}) {
			r.t.Errorf("event block %v for a log of %d", ev.Block, ev.Log.BlockNumber)
		}
		r.live[k] = ev.Log
	case LogRemoved:
		if _, ok := r.live[k]; !ok || !ev.Log.Removed {
			r.t.Errorf("removal of log %d of block %d, which was not delivered (removed flag %v)", ev.Log.Index, ev.Log.BlockNumber, ev.Log.Removed)
		}
		delete(r.live, k)
	case BlockDone:
		r.cursor = ev.Block
	}
	r.events = append(r.events, ev)
	close(r.changed)
	r.changed = make(chan struct{})
	return nil
}

func (r *recorder) snapshot() ([]Event, Cursor) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events), r.cursor
}

// liveLogs returns the delivered, not removed, logs in delivery order.
func (r *recorder) liveLogs() []types.Log {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]types.Log, 0, len(r.live))
	for _, l := range r.live {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return int(a.BlockNumber) - int(b.BlockNumber)
		}
		return int(a.Index) - int(b.Index)
	})
	return out
}

// waitCursor blocks until the recorder's cursor is c (no timeout: used
// with fakes only, where the event is certain).
func (r *recorder) waitCursor(c Cursor) {
	for {
		r.mu.Lock()
		if r.cursor == c {
			r.mu.Unlock()
			return
		}
		ch := r.changed
		r.mu.Unlock()
		<-ch
	}
}

// waitCursorOr is waitCursor that gives up, with Run's error, if Run
// returns first.
func (r *recorder) waitCursorOr(c Cursor, done <-chan error) error {
	for {
		r.mu.Lock()
		if r.cursor == c {
			r.mu.Unlock()
			return nil
		}
		ch := r.changed
		r.mu.Unlock()
		select {
		case <-ch:
		case err := <-done:
			return fmt.Errorf("Run returned %v before reaching %d", err, c.Number)
		}
	}
}

// sameLogs reports whether got and want hold the same logs in order.
func sameLogs(got, want []types.Log) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d logs, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].BlockHash != want[i].BlockHash || got[i].Index != want[i].Index || string(got[i].Data) != string(want[i].Data) {
			return fmt.Errorf("log %d is %d/%d, want %d/%d", i, got[i].BlockNumber, got[i].Index, want[i].BlockNumber, want[i].Index)
		}
	}
	return nil
}
