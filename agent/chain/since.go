package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// HeaderReader reads a block's header by number.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FirstBlockSince returns the lowest block of lo..hi whose timestamp is at
// least t, or hi+1 when none is. Block timestamps never decrease along a
// chain, so a binary search finds it, reading about log2(hi-lo+1)
// headers.
func FirstBlockSince(ctx context.Context, b HeaderReader, lo, hi, t uint64) (uint64, error) {
	if lo > hi {
		return 0, fmt.Errorf("chain: finding the first block since %d: empty range %d..%d", t, lo, hi)
	}
	end := hi + 1 // the answer is in lo..end
	for lo < end {
		mid := lo + (end-lo)/2
		h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, fmt.Errorf("chain: reading header %d: %w", mid, err)
		}
		if h == nil {
			return 0, fmt.Errorf("chain: reading header %d: no header", mid)
		}
		if h.Time >= t {
			end = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
