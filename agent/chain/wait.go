package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// wait polls for a receipt of any broadcast of one Send (they share a
// nonce, so at most one is mined) until it is at the configured depth,
// replacing the newest broadcast with a fee bump every ResubmitInterval
// while there is no receipt, until Timeout has passed since the first.
// Every lostPolls polls without a receipt it asks the node for the
// account's pending nonce: if that is this nonce, the node has lost the
// transaction (dropped from its pool, or mined in a block a reorganisation
// removed) and it is broadcast again at once; if it is lower, the nonces
// in between that no waiting Send holds are filled (see fillGap). Once the
// node calls the nonce spent and lostPolls more polls find no receipt of
// any broadcast, another transaction took the nonce: ErrReplaced. With a
// Tracker the pending nonce is also asked for at once when the Tracker's
// Epoch moves (the Source undid a reorganisation, which may have taken
// back a nonce below this one). mark is the Tracker's state read before
// the first broadcast (see trackerMark). A wait that returns without a
// receipt, or finds the transaction lost or behind a gap, makes the next
// broadcast read the nonce again.
func (s *Sender) wait(ctx context.Context, first *types.Transaction, mark trackerMark) (r *types.Receipt, err error) {
	defer s.release(first.Nonce())
	defer func() {
		if r == nil {
			s.forgetNonce()
		}
	}()
	start := s.cfg.Clock.Now()
	deadline := start.Add(s.cfg.Timeout)
	sent := []*types.Transaction{first}
	lastSend, lastCheck := start, start
	var spentAt time.Time // when the node first called the nonce spent
	capped := false       // the fee cap stops further bumps
	resubmit := true      // false once the nonce is known to be spent
	check := lostPolls * s.cfg.ReceiptInterval
	tw := s.newTrackerWait(start, mark)
	for {
		changed := tw.changed()
		r := tw.receipt(ctx, s, sent)
		reorged := r == nil && tw.reorged()
		if r != nil {
			done, err := tw.deep(ctx, s, r)
			if err != nil {
				return nil, err
			}
			if done {
				return s.outcome(r)
			}
		}
		now := s.cfg.Clock.Now()
		if r == nil && !resubmit && now.Sub(spentAt) >= check {
			last := sent[len(sent)-1].Hash()
			s.log.Warn("another transaction took the nonce", "tx", last, "nonce", first.Nonce(), "broadcasts", len(sent))
			return nil, fmt.Errorf("%w: nonce %d, %d broadcasts, last %s", ErrReplaced, first.Nonce(), len(sent), last)
		}
		if !now.Before(deadline) {
			last := sent[len(sent)-1].Hash()
			err := fmt.Errorf("%w: nonce %d, %d broadcasts, last %s", ErrTimeout, first.Nonce(), len(sent), last)
			if capped {
				err = fmt.Errorf("%w: nonce %d, %d broadcasts, last %s, bumps stopped by %w", ErrTimeout, first.Nonce(), len(sent), last, ErrFeeCapExceeded)
			}
			s.log.Warn("transaction not mined in time", "tx", sent[len(sent)-1].Hash(), "nonce", first.Nonce(), "capped", capped)
			return nil, err
		}
		if r == nil && resubmit && now.Sub(lastSend) >= s.cfg.ResubmitInterval {
			next, ok, spent := s.resubmit(ctx, sent[len(sent)-1])
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			capped = capped || !ok
			if spent {
				resubmit, spentAt = false, now
			}
			if next != nil {
				sent = append(sent, next)
			}
			lastSend, lastCheck = now, now
		} else if r == nil && resubmit && (reorged || now.Sub(lastCheck) >= check && tw.overdue(now)) {
			lastCheck = now
			pending, ok := s.pendingNonce(ctx)
			switch {
			case !ok:
			case pending == first.Nonce():
				s.forgetNonce()
				if spent := s.rebroadcast(ctx, sent[len(sent)-1]); spent {
					resubmit, spentAt = false, now
				}
			case pending < first.Nonce():
				s.forgetNonce()
				s.fillGap(ctx, first.Nonce())
			}
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
		}
		d := min(s.cfg.ReceiptInterval, deadline.Sub(now))
		if r == nil && !resubmit {
			d = min(d, spentAt.Add(check).Sub(now))
		}
		if r == nil && resubmit {
			d = min(d, lastSend.Add(s.cfg.ResubmitInterval).Sub(now))
		}
		if err := sleepOrChange(ctx, s.cfg.Clock, d, changed); err != nil {
			return nil, err
		}
	}
}

// sleepOrChange waits d on clk, or until changed is closed (a nil channel
// never is) or ctx is done.
func sleepOrChange(ctx context.Context, clk Clock, d time.Duration, changed <-chan struct{}) error {
	t := clk.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C():
	case <-changed:
	}
	return nil
}

// trackerWait is how one wait learns of inclusion: by polling for
// receipts (no Tracker), or from the Tracker, polling only for a
// transaction that is overdue.
type trackerWait struct {
	t        *Tracker
	start    time.Time
	mark     uint64        // the Tracker's head at the broadcast
	epoch    uint64        // the Tracker's Epoch at the broadcast, then at the last reorged
	patience time.Duration // ResubmitInterval/2
	lastPoll time.Time     // of a receipt, with a Tracker
}

func (s *Sender) newTrackerWait(start time.Time, mark trackerMark) *trackerWait {
	return &trackerWait{t: s.cfg.Tracker, start: start, mark: mark.head, epoch: mark.epoch, patience: s.cfg.ResubmitInterval / 2}
}

// trackerMark is the Tracker's state before a broadcast.
type trackerMark struct {
	head  uint64 // the number of its head (0 without a Tracker, or before its first header)
	epoch uint64 // its Epoch
}

// trackerMark returns the Tracker's state. publish reads it right before the
// broadcast: read after, it could count blocks the Source delivered in
// between, and a transaction that emits no log would wait for blocks
// that may never come before it is polled for; and a reorganisation
// undone in between could have taken back a nonce below the one sent.
func (s *Sender) trackerMark() trackerMark {
	t := s.cfg.Tracker
	if t == nil {
		return trackerMark{}
	}
	m := trackerMark{epoch: t.Epoch()}
	if h := t.Head(); h != nil {
		m.head = h.Number.Uint64()
	}
	return m
}

// reorged reports, once per change, whether the Tracker's Epoch moved
// since the broadcast or the last time it reported true.
func (tw *trackerWait) reorged() bool {
	if !tw.tracking() {
		return false
	}
	e := tw.t.Epoch()
	if e == tw.epoch {
		return false
	}
	tw.epoch = e
	return true
}

// tracking reports whether a Source feeds the Tracker (it has read a
// header): a Sender used while no Source runs polls for receipts.
func (tw *trackerWait) tracking() bool { return tw.t != nil && tw.t.Head() != nil }

// changed returns the Tracker's change channel (nil without a Tracker).
func (tw *trackerWait) changed() <-chan struct{} {
	if tw.t == nil {
		return nil
	}
	return tw.t.Changed()
}

// overdue reports whether the transaction should have been seen by now:
// always without a Tracker; with one, once the Source has delivered
// TrackerGrace blocks past the head at the broadcast, or half a
// ResubmitInterval has passed (a Source that lags far behind).
func (tw *trackerWait) overdue(now time.Time) bool {
	return !tw.tracking() || tw.t.Delivered() >= tw.mark+TrackerGrace || now.Sub(tw.start) >= tw.patience
}

// receipt returns the receipt of one of sent, or nil: polled from the
// node without a Tracker; with one, made from the Tracker's record of the
// transaction's logs, or polled at most every ReceiptInterval once the
// transaction is overdue.
func (tw *trackerWait) receipt(ctx context.Context, s *Sender, sent []*types.Transaction) *types.Receipt {
	if !tw.tracking() {
		return s.receipt(ctx, sent)
	}
	hashes := make([]common.Hash, len(sent))
	for i, tx := range sent {
		hashes[len(sent)-1-i] = tx.Hash() // newest first
	}
	if in, ok := tw.t.Included(hashes...); ok {
		logs := make([]*types.Log, len(in.Logs))
		for i := range in.Logs {
			logs[i] = &in.Logs[i]
		}
		return &types.Receipt{
			Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, Logs: logs,
			TxHash: in.TxHash, BlockHash: in.Block.Hash, BlockNumber: new(big.Int).SetUint64(in.Block.Number),
		}
	}
	now := s.cfg.Clock.Now()
	if !tw.overdue(now) || now.Sub(tw.lastPoll) < s.cfg.ReceiptInterval {
		return nil
	}
	tw.lastPoll = now
	return s.receipt(ctx, sent)
}

// deep is Sender.deep, with the Tracker's delivered block for the head.
func (tw *trackerWait) deep(ctx context.Context, s *Sender, r *types.Receipt) (bool, error) {
	if !tw.tracking() || s.cfg.Confirmations <= 1 {
		return s.deep(ctx, r)
	}
	return tw.t.Delivered()+1 >= r.BlockNumber.Uint64()+s.cfg.Confirmations, nil
}

// receipt returns the receipt of one of sent, newest first, or nil. RPC
// errors count as "not yet": the loop polling it is the retry.
func (s *Sender) receipt(ctx context.Context, sent []*types.Transaction) *types.Receipt {
	for i := len(sent) - 1; i >= 0; i-- {
		cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
		r, err := s.backend.TransactionReceipt(cctx, sent[i].Hash())
		cancel()
		switch {
		case err == nil && r != nil:
			return r
		case err != nil && !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil:
			s.log.Debug("receipt lookup failed", "tx", sent[i].Hash(), "err", err)
		}
	}
	return nil
}

// deep reports whether r's block is Confirmations deep: head >=
// r.BlockNumber + Confirmations - 1.
func (s *Sender) deep(ctx context.Context, r *types.Receipt) (bool, error) {
	if s.cfg.Confirmations <= 1 {
		return true, nil
	}
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	head, err := s.backend.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		s.log.Debug("head lookup failed", "err", err)
		return false, nil
	}
	need := new(big.Int).SetUint64(s.cfg.Confirmations - 1)
	need.Add(need, r.BlockNumber)
	return head.Number.Cmp(need) >= 0, nil
}

// outcome turns a final receipt into Send's result.
func (s *Sender) outcome(r *types.Receipt) (*types.Receipt, error) {
	s.log.Info("transaction mined", "tx", r.TxHash, "block", r.BlockNumber, "gasUsed", r.GasUsed, "status", r.Status)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, &RevertError{TxHash: r.TxHash, Msg: fmt.Sprintf("status %d in block %s", r.Status, r.BlockNumber)}
	}
	return r, nil
}

// resubmit replaces prev with a copy paying bumped fees; if the fee cap
// forbids a bump it rebroadcasts prev unchanged (in case the node dropped
// it) and reports ok false. spent reports that the node called the nonce
// too low: a transaction with it was mined, hopefully one of ours, so
// there is nothing left to replace. A failed broadcast is logged and
// retried at the next interval; next is still returned, to be polled for,
// if the failure leaves open whether the node got it.
func (s *Sender) resubmit(ctx context.Context, prev *types.Transaction) (next *types.Transaction, ok, spent bool) {
	tip, baseFee, err := s.market(ctx)
	if err != nil {
		s.log.Warn("cannot price a resubmission", "tx", prev.Hash(), "err", err)
		return nil, true, false
	}
	tx := prev
	f, ok := bumpFees(feesOf(prev), tip, baseFee, s.cfg.MaxFeeCap)
	if ok {
		c := Candidate{To: prev.To(), Data: prev.Data(), GasLimit: prev.Gas(), Value: prev.Value()}
		if tx, err = s.sign(c, prev.Nonce(), prev.Gas(), f); err != nil {
			s.log.Warn("cannot sign a resubmission", "nonce", prev.Nonce(), "err", err)
			return nil, true, false
		}
	} else {
		s.log.Warn("fee cap reached, rebroadcasting unchanged", "tx", prev.Hash(), "nonce", prev.Nonce(), "maxFeeCap", s.cfg.MaxFeeCap)
	}
	maybeSent, err := s.broadcast(ctx, tx)
	if tx == prev {
		tx = nil // nothing new to poll for
	}
	switch {
	case isNonceTooLow(err):
		s.log.Info("nonce already mined, waiting for its receipt", "nonce", prev.Nonce())
		if !maybeSent {
			tx = nil
		}
		return tx, ok, true
	case err != nil:
		s.log.Warn("resubmission failed", "tx", prev.Hash(), "nonce", prev.Nonce(), "err", err)
		if !maybeSent {
			tx = nil // the node has not seen it: no receipt can come
		}
		return tx, ok, false
	case tx != nil:
		s.log.Info("transaction resubmitted", "tx", tx.Hash(), "replaces", prev.Hash(), "nonce", tx.Nonce(), "tip", f.tip, "feeCap", f.cap)
	}
	return tx, ok, false
}

// pendingNonce returns the node's pending nonce for the account; an RPC
// failure reports false (the next check asks again).
func (s *Sender) pendingNonce(ctx context.Context) (uint64, bool) {
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	defer cancel()
	pending, err := s.backend.PendingNonceAt(cctx, s.cfg.From)
	if err != nil {
		s.log.Debug("pending nonce lookup failed", "err", err)
		return 0, false
	}
	return pending, true
}

// rebroadcast sends tx again, unchanged, to a node that lost it. spent
// reports that the node calls the nonce too low: it was mined after all.
func (s *Sender) rebroadcast(ctx context.Context, tx *types.Transaction) (spent bool) {
	_, err := s.broadcast(ctx, tx)
	switch {
	case isNonceTooLow(err):
		s.log.Info("nonce already mined, waiting for its receipt", "nonce", tx.Nonce())
		return true
	case err != nil:
		s.log.Warn("broadcasting a lost transaction again failed", "tx", tx.Hash(), "nonce", tx.Nonce(), "err", err)
	default:
		s.log.Info("the node lost the transaction; broadcast it again", "tx", tx.Hash(), "nonce", tx.Nonce())
	}
	return false
}

// fillGap plugs each nonce below below that the node has no transaction
// for and no waiting Send holds with an empty transaction (a transfer of
// nothing to the account itself). The chain took those nonces back (their
// transactions were dropped, or mined in blocks a reorganisation removed,
// after their Sends returned) and no Send may come to take them, while the
// transaction waiting at below cannot be mined across the gap. A nonce a
// waiting Send holds is left to it: it broadcasts its own again.
func (s *Sender) fillGap(ctx context.Context, below uint64) {
	tip, baseFee, err := s.market(ctx)
	if err != nil {
		s.log.Warn("cannot price transactions to fill a nonce gap", "err", err)
		return
	}
	f, err := initialFees(tip, baseFee, s.cfg.MaxFeeCap)
	if err != nil {
		s.log.Warn("cannot fill a nonce gap", "err", err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	pending, ok := s.pendingNonce(ctx) // again, under s.mu: no broadcast races this
	if !ok {
		return
	}
	self := s.cfg.From
	for n := pending; n < below; n++ {
		if s.waiting[n] {
			continue
		}
		tx, err := s.sign(Candidate{To: &self}, n, params.TxGas, f)
		if err != nil {
			s.log.Warn("cannot sign a transaction to fill a nonce gap", "nonce", n, "err", err)
			return
		}
		if _, err := s.broadcast(ctx, tx); err != nil {
			s.log.Warn("filling a nonce gap failed", "nonce", n, "err", err)
			continue
		}
		s.log.Info("filled a nonce gap with an empty transaction", "tx", tx.Hash(), "nonce", n, "waiting", below)
	}
}
