package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// wait polls for a receipt of any broadcast of one Send (they share a
// nonce, so at most one is mined) until it is at the configured depth,
// replacing the newest broadcast with a fee bump every ResubmitInterval
// while there is no receipt, until Timeout has passed since the first.
func (s *Sender) wait(ctx context.Context, first *types.Transaction) (*types.Receipt, error) {
	start := s.cfg.Clock.Now()
	deadline := start.Add(s.cfg.Timeout)
	sent := []*types.Transaction{first}
	lastSend := start
	capped := false  // the fee cap stops further bumps
	resubmit := true // false once the nonce is known to be spent
	for {
		r := s.receipt(ctx, sent)
		if r != nil {
			done, err := s.deep(ctx, r)
			if err != nil {
				return nil, err
			}
			if done {
				return s.outcome(r)
			}
		}
		now := s.cfg.Clock.Now()
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
			resubmit = !spent
			if next != nil {
				sent = append(sent, next)
			}
			lastSend = now
		}
		d := min(s.cfg.ReceiptInterval, deadline.Sub(now))
		if r == nil && resubmit {
			d = min(d, lastSend.Add(s.cfg.ResubmitInterval).Sub(now))
		}
		if err := sleep(ctx, s.cfg.Clock, d); err != nil {
			return nil, err
		}
	}
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
