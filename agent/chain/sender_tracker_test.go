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
// once while the head stays; the nonce, for every broadcast.
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
		if b.receiptCalls != 0 || b.nonceCalls != 3 || b.headerCalls != 0 || b.tipCalls != 1 {
			t.Fatalf("3 sends asked for %d receipts, %d nonces, %d headers, %d tips; want 0, 3, 0, 1",
				b.receiptCalls, b.nonceCalls, b.headerCalls, b.tipCalls)
		}
	})

	// The head moves on and the tip is old: read again, once.
	deliverBlock(tr, 6)
	clk.Advance(16 * time.Second)
	ch := sendAsync(s, Candidate{To: &testTo, GasLimit: 21000})
	tx := b.waitAttempts(4)[3]
	deliverBlock(tr, 7, tx.Hash())
	if res := <-ch; res.err != nil {
		t.Fatal(res.err)
	}
	b.with(func(b *fakeBackend) {
		if b.tipCalls != 2 || b.receiptCalls != 0 {
			t.Fatalf("after an old tip: %d tip reads, %d receipts; want 2, 0", b.tipCalls, b.receiptCalls)
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
