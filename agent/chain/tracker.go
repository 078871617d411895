package chain

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Tracker carries what a Source reads to the Senders of the same process,
// so that they ask the node for less: the newest header the Source read
// (a Sender prices transactions from its base fee instead of reading the
// head again), the blocks it delivered, and the transactions whose logs
// it delivered (a Sender whose transaction emitted a log of the followed
// contract learns that it was mined without polling for its receipt).
// A reorganisation the Source undoes is passed on too: the removed
// transactions count as not mined again, and a Sender re-reads its nonce
// (see Epoch).
//
// Set the same Tracker in SourceConfig.Tracker and SenderConfig.Tracker.
// It is safe for concurrent use; its zero value is not: use NewTracker.
type Tracker struct {
	mu        sync.Mutex
	head      *types.Header
	delivered uint64
	reorgs    uint64                     // logs removed
	forks     uint64                     // reorganisations undone
	txs       map[common.Hash]*Inclusion // by transaction, from its delivered logs
	changed   chan struct{}              // closed and replaced at every change
}

// trackerMemory is how many blocks below the newest delivered one a
// Tracker remembers transactions for: far more than a Send waits.
const trackerMemory = 1024

// NewTracker returns an empty Tracker.
func NewTracker() *Tracker {
	return &Tracker{txs: map[common.Hash]*Inclusion{}, changed: make(chan struct{})}
}

// Inclusion is what a Tracker knows of a mined transaction: its block
// and its logs of the followed contract, in order.
type Inclusion struct {
	TxHash common.Hash
	Block  Cursor
	Logs   []types.Log
}

// notifyLocked wakes every waiter. The caller holds t.mu.
func (t *Tracker) notifyLocked() {
	close(t.changed)
	t.changed = make(chan struct{})
}

// Changed returns a channel closed at the next change.
func (t *Tracker) Changed() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.changed
}

// Head returns the newest header the Source read (nil before the first).
// It may be ahead of Delivered.
func (t *Tracker) Head() *types.Header {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.head
}

// Delivered returns the newest block every log of which the Source has
// delivered.
func (t *Tracker) Delivered() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.delivered
}

// Included returns the inclusion of the first of hashes whose logs the
// Source delivered (and no reorganisation removed).
func (t *Tracker) Included(hashes ...common.Hash) (Inclusion, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, h := range hashes {
		if in, ok := t.txs[h]; ok {
			return Inclusion{TxHash: in.TxHash, Block: in.Block, Logs: append([]types.Log(nil), in.Logs...)}, true
		}
	}
	return Inclusion{}, false
}

// Reorgs returns how many logs reorganisations have removed so far.
func (t *Tracker) Reorgs() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.reorgs
}

// Epoch changes whenever the Source undoes a reorganisation or removes a
// log: a Sender's nonce read before a change of Epoch may count a
// transaction the reorganisation took back, so it reads it again.
func (t *Tracker) Epoch() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.reorgs + t.forks
}

// forked records that the Source undid a reorganisation (whether or not
// it removed a log: a reverted transaction emits none, yet its nonce goes
// back too).
func (t *Tracker) forked() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.forks++
	t.notifyLocked()
}

// sawHeader records a header the Source read.
func (t *Tracker) sawHeader(h *types.Header) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.head == nil || h.Number.Cmp(t.head.Number) >= 0 {
		t.head = h
		t.notifyLocked()
	}
}

// added records a delivered log's transaction.
func (t *Tracker) added(l types.Log) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := Cursor{Number: l.BlockNumber, Hash: l.BlockHash}
	in := t.txs[l.TxHash]
	if in == nil || in.Block != c {
		in = &Inclusion{TxHash: l.TxHash, Block: c}
		t.txs[l.TxHash] = in
	}
	in.Logs = append(in.Logs, l)
}

// removed forgets a transaction whose log a reorganisation removed.
func (t *Tracker) removed(l types.Log) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if in, ok := t.txs[l.TxHash]; ok && in.Block.Hash == l.BlockHash {
		delete(t.txs, l.TxHash)
	}
	t.reorgs++
	t.notifyLocked()
}

// done records that every log up to block b has been delivered (and every
// one above it removed), and wakes the waiters.
func (t *Tracker) done(b Cursor) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.delivered = b.Number
	if b.Number > trackerMemory && b.Number%64 == 0 {
		for h, in := range t.txs {
			if in.Block.Number < b.Number-trackerMemory {
				delete(t.txs, h)
			}
		}
	}
	t.notifyLocked()
}
