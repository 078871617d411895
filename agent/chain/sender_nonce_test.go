package chain

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Nonces the chain takes back: a reorganisation removes the blocks of
// transactions whose Sends have returned (Anvil, like many nodes, does not
// put them back into its pool). The next Send must use those nonces again:
// a transaction above them could never be mined across the gap. Found by
// the end-to-end TestReorgDuringSessions: the miner's agent kept counting
// from its cached nonce and every session stalled until it expired.
func TestSendReusesNoncesTheChainTookBack(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	s := newTestSender(t, b, newFakeClock(), nil)
	for range 3 { // nonces 0, 1, 2
		if _, err := s.Send(context.Background(), transfer()); err != nil {
			t.Fatal(err)
		}
	}
	// A reorganisation removes the blocks of nonces 1 and 2.
	b.with(func(b *fakeBackend) {
		b.pendingNonce = 1
		for _, tx := range b.accepted[1:] {
			delete(b.receipts, tx.Hash())
		}
	})
	r, err := s.Send(context.Background(), transfer())
	if err != nil {
		t.Fatal(err)
	}
	if tx := b.accepted[len(b.accepted)-1]; tx.Nonce() != 1 || tx.Hash() != r.TxHash {
		t.Fatalf("the Send after the reorganisation used nonce %d, want 1 (the chain's next)", tx.Nonce())
	}
}

// A transaction the node dropped while its Send still waits keeps its
// nonce: another Send must not take it (that would replace the first
// call, or be refused), but the next free one.
func TestSendSkipsNoncesStillWaiting(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	first := sendAsync(s, transfer())
	a := b.waitAttempts(1)[0]
	b.with(func(b *fakeBackend) { b.pendingNonce = a.Nonce() }) // dropped from the pool
	second := sendAsync(s, transfer())
	c := b.waitAttempts(2)[1]
	if c.Nonce() != a.Nonce()+1 {
		t.Fatalf("second Send used nonce %d while nonce %d still waits; want %d", c.Nonce(), a.Nonce(), a.Nonce()+1)
	}
	b.mine(a.Hash(), types.ReceiptStatusSuccessful)
	b.mine(c.Hash(), types.ReceiptStatusSuccessful)
	stop := make(chan struct{})
	var errs []error
	go func() {
		defer close(stop)
		errs = append(errs, (<-first).err, (<-second).err)
	}()
	drive(clk, 2*time.Second, stop)
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// A transaction the node lost (dropped from its pool, or mined in a block
// a reorganisation removed, before its Send saw the receipt) is broadcast
// again unchanged within lostPolls receipt polls, not only after
// ResubmitInterval.
func TestSendRebroadcastsLostTransaction(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	start := clk.Now()
	done := sendAsync(s, transfer())
	first := b.waitAttempts(1)[0]
	clk.WaitTimers(1, nil)
	clk.Advance(2 * time.Second)
	clk.WaitTimers(1, nil)
	b.with(func(b *fakeBackend) { b.pendingNonce = first.Nonce() }) // lost
	var attempts []*types.Transaction
	for len(attempts) < 2 {
		clk.Advance(2 * time.Second)
		clk.WaitTimers(1, nil)
		b.with(func(b *fakeBackend) { attempts = append([]*types.Transaction(nil), b.attempts...) })
		if clk.Now().Sub(start) >= s.cfg.ResubmitInterval {
			t.Fatalf("no broadcast again before ResubmitInterval (%d attempts)", len(attempts))
		}
	}
	if attempts[1].Hash() != first.Hash() {
		t.Fatalf("broadcast again as %s, want the same transaction %s", attempts[1].Hash(), first.Hash())
	}
	b.mine(first.Hash(), types.ReceiptStatusSuccessful)
	clk.Advance(2 * time.Second)
	if res := <-done; res.err != nil || res.r.TxHash != first.Hash() {
		t.Fatalf("Send = %v, %v", res.r, res.err)
	}
}

// Another process replaces the transaction: its nonce is mined, by a
// transaction that is none of the Send's. Send returns ErrReplaced soon
// after the node calls the nonce spent (not at Timeout), and the nonce is
// free for the next Send, which takes the node's next one.
func TestSendReplacedReturnsErrReplaced(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	start := clk.Now()
	stop := make(chan struct{})
	var res sendResult
	go func() {
		defer close(stop)
		res.r, res.err = s.Send(context.Background(), transfer())
	}()
	ours := b.waitAttempts(1)[0]
	// The replacement is mined: the nonce is spent, our receipt never comes.
	other := common.HexToHash("0x0ff1ce")
	b.with(func(b *fakeBackend) {
		b.pendingNonce = ours.Nonce() + 1
		b.mineLocked(other, types.ReceiptStatusSuccessful)
		b.sendHook = func(tx *types.Transaction) error {
			if tx.Nonce() <= ours.Nonce() {
				return errors.New("nonce too low: next nonce 1, tx nonce 0")
			}
			return nil
		}
	})
	drive(clk, 2*time.Second, stop)
	if !errors.Is(res.err, ErrReplaced) || res.r != nil {
		t.Fatalf("Send = %v, %v; want ErrReplaced", res.r, res.err)
	}
	if waited := clk.Now().Sub(start); waited > s.cfg.ResubmitInterval+(lostPolls+1)*s.cfg.ReceiptInterval {
		t.Errorf("gave up after %v, want soon after the resubmission at %v found the nonce spent", waited, s.cfg.ResubmitInterval)
	}
	b.with(func(b *fakeBackend) { b.autoMine = true })
	r, err := s.Send(context.Background(), transfer())
	if err != nil {
		t.Fatal(err)
	}
	if tx := b.accepted[len(b.accepted)-1]; tx.Nonce() != ours.Nonce()+1 || tx.Hash() != r.TxHash {
		t.Errorf("next Send used nonce %d, want %d", tx.Nonce(), ours.Nonce()+1)
	}
}

// A transaction waits above a nonce gap that no Send of this Sender holds
// (the transactions below it were mined, their Sends returned, and a
// reorganisation removed their blocks): no new Send may come to take those
// nonces, so the waiting Send fills them with empty transactions and its
// own can be mined. Found by the end-to-end TestReorgDuringSessions: the
// miner's next steps waited behind the removed ones until their sessions
// expired.
func TestSendFillsAGapNoSendHolds(t *testing.T) {
	b := newFakeBackend()
	b.pendingNonce = 2
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	done := sendAsync(s, transfer())
	ours := b.waitAttempts(1)[0]
	if ours.Nonce() != 2 {
		t.Fatalf("nonce %d, want 2", ours.Nonce())
	}
	b.with(func(b *fakeBackend) { b.pendingNonce = 0 }) // nonces 0 and 1 taken back
	var fills []*types.Transaction
	clk.WaitTimers(1, nil)
	for len(fills) < 2 {
		clk.Advance(2 * time.Second)
		clk.WaitTimers(1, nil) // asleep again: its broadcasts are done
		if clk.Now().Sub(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)) > s.cfg.ResubmitInterval {
			t.Fatalf("the gap was not filled before ResubmitInterval")
		}
		b.with(func(b *fakeBackend) {
			fills = fills[:0]
			for _, tx := range b.attempts[1:] {
				fills = append(fills, tx)
			}
		})
	}
	for i, tx := range fills {
		if tx.Nonce() != uint64(i) || *tx.To() != testAddr || tx.Value().Sign() != 0 || len(tx.Data()) != 0 {
			t.Errorf("fill %d: nonce %d to %s value %s, %d bytes; want an empty transfer to itself at nonce %d", i, tx.Nonce(), tx.To(), tx.Value(), len(tx.Data()), i)
		}
	}
	select {
	case res := <-done:
		t.Fatalf("Send returned before its transaction was mined: %v, %v", res.r, res.err)
	default:
	}
	b.mine(ours.Hash(), types.ReceiptStatusSuccessful)
	clk.Advance(2 * time.Second)
	if res := <-done; res.err != nil || res.r.TxHash != ours.Hash() {
		t.Fatalf("Send = %v, %v", res.r, res.err)
	}
}

// A gap whose nonce a waiting Send holds is that Send's to fill (it
// broadcasts its own transaction again): it is not filled with an empty
// one.
func TestSendLeavesAGapItsOwnSendHolds(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	first := sendAsync(s, transfer())
	a := b.waitAttempts(1)[0]
	second := sendAsync(s, transfer())
	c := b.waitAttempts(2)[1]
	b.with(func(b *fakeBackend) { b.pendingNonce = a.Nonce() }) // both dropped
	for range 2 * lostPolls {
		clk.WaitTimers(2, nil)
		clk.Advance(2 * time.Second)
	}
	clk.WaitTimers(2, nil) // both asleep again: their broadcasts are done
	var attempts []*types.Transaction
	b.with(func(b *fakeBackend) { attempts = append(attempts, b.attempts...) })
	for _, tx := range attempts[2:] {
		if tx.Hash() != a.Hash() && tx.Hash() != c.Hash() {
			t.Errorf("broadcast %s at nonce %d; want only the two transactions again", tx.Hash(), tx.Nonce())
		}
	}
	if len(attempts) < 3 || attempts[2].Hash() != a.Hash() {
		t.Errorf("the first transaction was not broadcast again (%d broadcasts)", len(attempts))
	}
	b.mine(a.Hash(), types.ReceiptStatusSuccessful)
	b.mine(c.Hash(), types.ReceiptStatusSuccessful)
	stop := make(chan struct{})
	go func() { <-first; <-second; close(stop) }()
	drive(clk, 2*time.Second, stop)
}
