package bench

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestPaperMinimum(t *testing.T) {
	log := &types.Log{Topics: []common.Hash{{1}, {2}}, Data: make([]byte, 10)}
	for _, c := range []struct {
		name     string
		calldata []byte
		logs     []*types.Log
		call     string
		calls    int
		want     uint64
	}{
		// 21,000 + 4 + 2×16 calldata + (375 + 2×375 + 10×8) log + 22,100 new slot.
		{"open", []byte{0, 1, 2}, []*types.Log{log}, "open", 1, 21_000 + 36 + 1_205 + 22_100},
		// A batch of three attestations updates three sessions' slots.
		{"batch", []byte{1}, nil, "attest", 3, 21_000 + 16 + 3*5_000},
		// 1,000 non-zero bytes and nothing else: the EIP-7623 floor
		// (10 × 4,000 tokens) is above the standard cost (16,000).
		{"floor", bytes.Repeat([]byte{7}, 1000), nil, "unknown", 1, 21_000 + 40_000},
	} {
		if got := paperMinimum(c.calldata, c.logs, c.call, c.calls); got != c.want {
			t.Errorf("%s: paperMinimum = %d, want %d", c.name, got, c.want)
		}
	}
	txs := []Tx{{Paper: 100}, {Paper: 300}}
	if got := paperPerSession(txs, 2); got != 200 {
		t.Errorf("paperPerSession = %v, want 200", got)
	}
}
