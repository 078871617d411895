package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// fees is the EIP-1559 price of one transaction, in wei per gas.
type fees struct {
	tip *big.Int // GasTipCap
	cap *big.Int // GasFeeCap
}

func feesOf(tx *types.Transaction) fees {
	return fees{tip: tx.GasTipCap(), cap: tx.GasFeeCap()}
}

// market returns the node's suggested tip and the base fee of the latest
// block. With a Tracker, the base fee is the newest header's the Source
// read, and the tip is read again only once the head has moved on and
// the one held is TipMaxAge old.
func (s *Sender) market(ctx context.Context) (tip, baseFee *big.Int, err error) {
	var head *types.Header
	if t := s.cfg.Tracker; t != nil {
		head = t.Head()
	}
	if tip, err = s.suggestTip(ctx, head); err != nil {
		return nil, nil, err
	}
	if head != nil && head.BaseFee != nil {
		return tip, head.BaseFee, nil
	}
	err = s.rpc.do(ctx, func(ctx context.Context) error {
		var err error
		head, err = s.backend.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("chain: reading the latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("chain: the latest block has no base fee; the chain must support EIP-1559")
	}
	return tip, head.BaseFee, nil
}

// suggestTip returns the node's suggested tip, or with a Tracker (head is
// its newest header, nil without) the one held while it is fresh enough.
func (s *Sender) suggestTip(ctx context.Context, head *types.Header) (*big.Int, error) {
	now := s.cfg.Clock.Now()
	if s.cfg.Tracker != nil {
		// Held while reading, so that Sends pricing at once read it once.
		s.tipMu.Lock()
		defer s.tipMu.Unlock()
		if s.tip != nil && head != nil && (head.Number.Uint64() == s.tipAt || now.Sub(s.tipTime) < s.cfg.TipMaxAge) {
			return new(big.Int).Set(s.tip), nil
		}
	}
	var tip *big.Int
	err := s.rpc.do(ctx, func(ctx context.Context) error {
		var err error
		tip, err = s.backend.SuggestGasTipCap(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("chain: suggesting a tip: %w", err)
	}
	if s.cfg.Tracker != nil && head != nil {
		s.tip, s.tipAt, s.tipTime = new(big.Int).Set(tip), head.Number.Uint64(), now
	}
	return tip, nil
}

// initialFees prices a first broadcast: the suggested tip, and a fee cap of
// twice the base fee plus the tip, which stays valid through six blocks of
// base fee growth at the maximum 12.5% each. The cap is clamped to max; if
// max does not even cover base fee plus tip, the transaction could not be
// included now and ErrFeeCapExceeded is returned.
func initialFees(tip, baseFee, max *big.Int) (fees, error) {
	feeCap := new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), tip)
	if feeCap.Cmp(max) > 0 {
		feeCap = new(big.Int).Set(max)
	}
	if need := new(big.Int).Add(baseFee, tip); feeCap.Cmp(need) < 0 {
		return fees{}, fmt.Errorf("%w: base fee %s + tip %s wei exceed the cap of %s wei", ErrFeeCapExceeded, baseFee, tip, max)
	}
	return fees{tip: new(big.Int).Set(tip), cap: feeCap}, nil
}

// bumpFees prices a replacement of a transaction that paid old. geth's pool
// accepts a replacement only if both the tip and the fee cap rise by at
// least 10% (txpool.pricebump), so both do, and each is raised further to
// the current market if that is higher. The result is false when the
// bumped fee cap would exceed max (or the tip the cap).
func bumpFees(old fees, tip, baseFee, max *big.Int) (fees, bool) {
	newTip := bigMax(bump10(old.tip), tip)
	market := new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), newTip)
	if market.Cmp(max) > 0 {
		market = max
	}
	newCap := bigMax(bump10(old.cap), market)
	if newCap.Cmp(max) > 0 || newTip.Cmp(newCap) > 0 {
		return fees{}, false
	}
	return fees{tip: newTip, cap: newCap}, true
}

// bump10 returns x raised by 10%, rounded up, and by at least 1 wei.
func bump10(x *big.Int) *big.Int {
	inc := new(big.Int).Add(x, big.NewInt(9))
	inc.Div(inc, big.NewInt(10))
	if inc.Sign() == 0 {
		inc.SetInt64(1)
	}
	return inc.Add(inc, x)
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
