package chain

import (
	"context"
	"errors"
	"math/big"
	"math/bits"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

// headerTimes serves headers whose timestamps are its entries, counting
// the reads.
type headerTimes struct {
	times []uint64
	reads int
}

func (h *headerTimes) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	h.reads++
	if n == nil || !n.IsUint64() || n.Uint64() >= uint64(len(h.times)) {
		return nil, errors.New("header not found")
	}
	return &types.Header{Number: n, Time: h.times[n.Uint64()]}, nil
}

func TestFirstBlockSince(t *testing.T) {
	// Blocks 0..9 with repeated timestamps (an L2 may give several blocks
	// one second).
	times := []uint64{100, 100, 101, 105, 105, 105, 110, 111, 111, 200}
	for _, c := range []struct {
		lo, hi, t, want uint64
	}{
		{0, 9, 0, 0},
		{0, 9, 100, 0},
		{0, 9, 101, 2},
		{0, 9, 102, 3},
		{0, 9, 105, 3},
		{0, 9, 106, 6},
		{0, 9, 111, 7},
		{0, 9, 200, 9},
		{0, 9, 201, 10}, // none: hi+1
		{4, 9, 100, 4},  // never below lo
		{4, 6, 150, 7},
		{5, 5, 105, 5},
		{5, 5, 106, 6},
	} {
		b := &headerTimes{times: times}
		got, err := FirstBlockSince(context.Background(), b, c.lo, c.hi, c.t)
		if err != nil {
			t.Fatalf("%d..%d since %d: %v", c.lo, c.hi, c.t, err)
		}
		if got != c.want {
			t.Errorf("%d..%d since %d: got %d, want %d", c.lo, c.hi, c.t, got, c.want)
		}
		if most := 1 + bits.Len64(c.hi-c.lo+1); b.reads > most {
			t.Errorf("%d..%d since %d: %d header reads, more than %d", c.lo, c.hi, c.t, b.reads, most)
		}
	}
}

func TestFirstBlockSinceLongChain(t *testing.T) {
	times := make([]uint64, 1_000_000)
	for i := range times {
		times[i] = 1_000 + uint64(i)/4 // four blocks a second
	}
	b := &headerTimes{times: times}
	got, err := FirstBlockSince(context.Background(), b, 0, uint64(len(times)-1), 1_000+200_000)
	if err != nil {
		t.Fatal(err)
	}
	if got != 800_000 {
		t.Errorf("got %d, want 800000", got)
	}
	if b.reads > 21 {
		t.Errorf("%d header reads for a million blocks", b.reads)
	}
}

func TestFirstBlockSinceErrors(t *testing.T) {
	b := &headerTimes{times: []uint64{1, 2}}
	if _, err := FirstBlockSince(context.Background(), b, 0, 5, 3); err == nil {
		t.Error("a header the node lacks: no error")
	}
	if _, err := FirstBlockSince(context.Background(), b, 3, 2, 1); err == nil {
		t.Error("an empty range: no error")
	}
}
