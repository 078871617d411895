package chain

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// trackerHeader is a header of block n with a base fee.
func trackerHeader(n uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), BaseFee: big.NewInt(10 * params.GWei), Extra: []byte("tracker")}
}

// deliverBlock plays a Source delivering block n with a log of each of
// txs.
func deliverBlock(tr *Tracker, n uint64, txs ...common.Hash) Cursor {
	h := trackerHeader(n)
	c := Cursor{Number: n, Hash: h.Hash()}
	tr.sawHeader(h)
	for i, tx := range txs {
		tr.added(types.Log{TxHash: tx, BlockNumber: n, BlockHash: c.Hash, Index: uint(i)})
	}
	tr.done(c)
	return c
}

// TestSendWithTrackerAsksTheNodeOnlyToBroadcast: with a Tracker, a Send
// whose transaction's log the Source delivers returns without a receipt
// poll; the base fee is never read (the Tracker's header has it), the tip
// once while the head stays; the nonce once, kept locally across heads.
func TestSendWithTrackerAsksTheNodeOnlyToBroadcast(t *testing.T) {
	b := newFakeBackend()
	b.pendingNonce = 7
	clk := newFakeClock()
	tr := NewTracker()
	deliverBlock(tr, 5)
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Tracker = tr })
	var blocks []Cursor
	for i := range 3 {
		ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
		tx := b.waitAttempts(i + 1)[i]
		if tx.Nonce() != 7+uint64(i) {
			t.Fatalf("send %d has nonce %d, want %d", i, tx.Nonce(), 7+i)
		}
		blocks = append(blocks, deliverBlock(tr, 5, tx.Hash()))
		res := <-ch
		if res.err != nil {
			t.Fatal(res.err)
		}
		if res.r.TxHash != tx.Hash() || res.r.BlockNumber.Uint64() != 5 || res.r.BlockHash != blocks[i].Hash || res.r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt %+v, want tx %s in block 5", res.r, tx.Hash())
		}
	}
	b.with(func(b *fakeBackend) {
		if b.receiptCalls != 0 || b.nonceCalls != 1 || b.headerCalls != 0 || b.tipCalls != 1 {
			t.Fatalf("3 sends asked for %d receipts, %d nonces, %d headers, %d tips; want 0, 1, 0, 1",
				b.receiptCalls, b.nonceCalls, b.headerCalls, b.tipCalls)
		}
	})

	// The head moves on and the tip is old: the tip is read again, once;
	// the nonce is not.
	deliverBlock(tr, 6)
	clk.Advance(16 * time.Second)
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	tx := b.waitAttempts(4)[3]
	deliverBlock(tr, 7, tx.Hash())
	if res := <-ch; res.err != nil {
		t.Fatal(res.err)
	}
	if tx.Nonce() != 10 {
		t.Fatalf("the send after the head moved has nonce %d, want 10", tx.Nonce())
	}
	b.with(func(b *fakeBackend) {
		if b.tipCalls != 2 || b.receiptCalls != 0 || b.nonceCalls != 1 {
			t.Fatalf("after an old tip: %d tip reads, %d receipts, %d nonce reads; want 2, 0, 1", b.tipCalls, b.receiptCalls, b.nonceCalls)
		}
	})
}

// TestSendWithTrackerPollsAnOverdueReceipt: a transaction that emitted no
// log (it reverted) is found by polling for its receipt once the Source
// has delivered TrackerGrace blocks past the head at its broadcast. The
// Source delivers the blocks while the node takes the broadcast, before
// the Sender starts waiting: they count (a head read after the broadcast
// once made this wait for blocks that never came).
func TestSendWithTrackerPollsAnOverdueReceipt(t *testing.T) {
	b := newFakeBackend()
	b.autoMine, b.status = true, types.ReceiptStatusFailed
	clk := newFakeClock()
	tr := NewTracker()
	deliverBlock(tr, 5)
	b.sendHook = func(*types.Transaction) error {
		for n := uint64(6); n < 5+TrackerGrace; n++ {
			deliverBlock(tr, n)
		}
		return nil
	}
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Tracker = tr })
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	b.waitAttempts(1)
	select {
	case res := <-ch:
		t.Fatalf("Send returned before the transaction was overdue: %v", res.err)
	default:
	}
	b.with(func(b *fakeBackend) {
		if b.receiptCalls != 0 {
			t.Fatalf("%d receipt polls before the transaction was overdue", b.receiptCalls)
		}
	})
	deliverBlock(tr, 5+TrackerGrace)
	var res sendResult
	select {
	case res = <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("Send still waits %d blocks after its broadcast", TrackerGrace)
	}
	if !errors.Is(res.err, ErrReverted) || res.r == nil {
		t.Fatalf("overdue reverted transaction: %v, %v; want ErrReverted with its receipt", res.r, res.err)
	}
}

// sendTracked sends one transaction with s and plays the Source
// delivering its log in block n; it returns the transaction.
func sendTracked(t *testing.T, b *fakeBackend, s *Sender, tr *Tracker, n uint64) *types.Transaction {
	t.Helper()
	var before int
	b.with(func(b *fakeBackend) { before, b.attempts = len(b.accepted), nil })
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	var tx *types.Transaction
	for n := 1; tx == nil; n++ { // until the node accepts an attempt
		b.waitAttempts(n)
		b.with(func(b *fakeBackend) {
			if len(b.accepted) > before {
				tx = b.accepted[before]
			}
		})
	}
	deliverBlock(tr, n, tx.Hash())
	if res := <-ch; res.err != nil {
		t.Fatal(res.err)
	}
	return tx
}

// TestSendWithTrackerReadsTheNonceAgainWhenItMayBeWrong: the nonce kept
// locally is read again after a reorganisation the Source undid (with a
// removed log, or none: a reverted transaction emits no log, yet its
// nonce goes back too), after the node rejected one, and after a Send
// returned without a receipt; and only then.
func TestSendWithTrackerReadsTheNonceAgainWhenItMayBeWrong(t *testing.T) {
	b := newFakeBackend()
	b.pendingNonce = 3
	clk := newFakeClock()
	tr := NewTracker()
	deliverBlock(tr, 5)
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Tracker = tr })
	nonceCalls := func() (n int) {
		b.with(func(b *fakeBackend) { n = b.nonceCalls })
		return n
	}
	expect := func(step string, tx *types.Transaction, nonce uint64, reads int) {
		t.Helper()
		if tx.Nonce() != nonce || nonceCalls() != reads {
			t.Fatalf("%s: nonce %d after %d nonce reads; want %d after %d", step, tx.Nonce(), nonceCalls(), nonce, reads)
		}
	}
	expect("first send", sendTracked(t, b, s, tr, 6), 3, 1)
	expect("second send", sendTracked(t, b, s, tr, 7), 4, 1)

	// A reorganisation without a removed log takes nonce 4 back.
	b.with(func(b *fakeBackend) { b.pendingNonce = 4 })
	tr.forked()
	expect("after a reorganisation", sendTracked(t, b, s, tr, 8), 4, 2)

	// A removed log of nonce 4's transaction.
	b.with(func(b *fakeBackend) { b.pendingNonce = 4 })
	tr.removed(types.Log{TxHash: common.Hash{4}, BlockNumber: 8})
	expect("after a removed log", sendTracked(t, b, s, tr, 9), 4, 3)

	// Another sender of the account took nonces 5 and 6: the node refuses
	// nonce 5, the Sender reads 7 and sends with it.
	b.with(func(b *fakeBackend) {
		b.pendingNonce = 7
		b.sendHook = func(tx *types.Transaction) error {
			if tx.Nonce() < 7 {
				return errors.New("nonce too low: next nonce 7, tx nonce 5")
			}
			return nil
		}
	})
	expect("after a rejected nonce", sendTracked(t, b, s, tr, 10), 7, 4)
	b.with(func(b *fakeBackend) { b.sendHook = nil })
	expect("kept again", sendTracked(t, b, s, tr, 11), 8, 4)

	// A Send that times out (nothing mined, the node's pool lost it).
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	b.waitAttempts(1)
	stop := make(chan struct{})
	var res sendResult
	go func() { defer close(stop); res = <-ch }()
	drive(clk, 10*time.Second, stop)
	if !errors.Is(res.err, ErrTimeout) {
		t.Fatalf("unmined send: %v, want ErrTimeout", res.err)
	}
	b.with(func(b *fakeBackend) { b.pendingNonce = 9 }) // the pool dropped it
	reads := nonceCalls()
	expect("after a timeout", sendTracked(t, b, s, tr, 12), 9, reads+1)
}

// TestSendWithTrackerFillsAGapAsSoonAsTheReorganisationIsSeen: a nonce
// kept locally can run ahead of the chain when a reorganisation drops a
// transaction of the Sender's before the Source has seen it. The Send
// that took the next nonce asks the node at once when the Source undoes
// the reorganisation, and fills the gap, without waiting for its
// transaction to be overdue (the fake clock never moves here).
func TestSendWithTrackerFillsAGapAsSoonAsTheReorganisationIsSeen(t *testing.T) {
	b := newFakeBackend()
	b.pendingNonce = 3
	clk := newFakeClock()
	tr := NewTracker()
	deliverBlock(tr, 5)
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Tracker = tr })
	first := sendTracked(t, b, s, tr, 6)
	// The node reorganises: nonce 3's block is gone, its transaction too.
	b.with(func(b *fakeBackend) { b.attempts = nil })
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	second := b.waitAttempts(1)[0]
	if second.Nonce() != 4 {
		t.Fatalf("second send has nonce %d, want 4 (the local one)", second.Nonce())
	}
	b.with(func(b *fakeBackend) { b.pendingNonce = 3 }) // nonce 4 waits behind the gap
	tr.removed(types.Log{TxHash: first.Hash(), BlockNumber: 6})
	tr.forked()
	done := make(chan []*types.Transaction)
	go func() { done <- b.waitAttempts(2) }()
	var attempts []*types.Transaction
	select {
	case attempts = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the reorganisation was undone, and the gap at nonce 3 is still not filled")
	}
	fill := attempts[1]
	if fill.Nonce() != 3 || fill.To() == nil || *fill.To() != testAddr {
		t.Fatalf("after the reorganisation: nonce %d to %v; want an empty transaction to the account at nonce 3", fill.Nonce(), fill.To())
	}
	deliverBlock(tr, 7, second.Hash())
	if res := <-ch; res.err != nil {
		t.Fatal(res.err)
	}
}

// TestSendWithTrackerMarksTheBroadcastThatSucceeded: a transaction is
// overdue (its receipt polled) TrackerGrace blocks after the head at the
// broadcast that took, not at the Send's start: here the first attempt
// is refused once TrackerGrace blocks went by (as while a Send waits for
// the broadcasts queued before it, 100 opens at once), and the Send then
// learns from the log that it was mined, with no receipt poll.
func TestSendWithTrackerMarksTheBroadcastThatSucceeded(t *testing.T) {
	b := newFakeBackend()
	b.pendingNonce = 3
	clk := newFakeClock()
	tr := NewTracker()
	deliverBlock(tr, 5)
	refused := false
	b.sendHook = func(*types.Transaction) error {
		if refused {
			return nil
		}
		refused = true
		for n := uint64(6); n <= 5+TrackerGrace; n++ {
			deliverBlock(tr, n)
		}
		return errors.New("nonce too low: next nonce 4, tx nonce 3")
	}
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Tracker = tr })
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	tx := b.waitAttempts(2)[1]
	clk.WaitTimers(1, nil) // the Send waits
	b.with(func(b *fakeBackend) {
		if b.receiptCalls != 0 {
			t.Fatalf("%d receipt polls for a transaction broadcast at block %d, now %d", b.receiptCalls, 5+TrackerGrace, 5+TrackerGrace)
		}
	})
	deliverBlock(tr, 6+TrackerGrace, tx.Hash())
	if res := <-ch; res.err != nil {
		t.Fatal(res.err)
	}
}
