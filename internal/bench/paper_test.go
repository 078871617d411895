package bench

import (
	"bytes"
	"strings"
	"testing"
	"time"

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

func TestByRole(t *testing.T) {
	txs := []Tx{
		{Actor: "user", Gas: 100, Sessions: 1}, {Actor: "user", Gas: 100, Sessions: 1},
		{Actor: "miner", Gas: 300, Sessions: 2}, // one batch for both sessions
		{Actor: "oracle", Gas: 50, Sessions: 1}, {Actor: "oracle", Gas: 50, Sessions: 1},
	}
	gas, batch := byRole(txs, 2)
	if gas != [3]float64{100, 150, 50} || batch != [3]float64{1, 2, 1} {
		t.Errorf("byRole = %v, %v", gas, batch)
	}
}

func TestGoalRows(t *testing.T) {
	res := &Results{
		Sessions: []ConfigResult{{Config: "M2 user x25519", Gas: 110, Paper: 100, CPU: [3]time.Duration{900, 300, 3000},
			Steps: []Step{{Call: "open", Actor: "user", Count: 1}, {Call: "attest", Actor: "miner", Count: 1}, {Call: "attest", Actor: "oracle", Count: 1}}}},
		Micro: Micro{Session: map[string][3]float64{"M2 user x25519": {200, 60, 60}}, Primitives: []Primitive{{Name: "SignTx", Ns: 40}}},
		Scale: []ScaleResult{
			{Config: "M2 user x25519", N: 100, RoleGas: [3]float64{100, 40, 40}},
			{Config: "M2 user x25519", N: 100, Batched: true, RoleGas: [3]float64{100, 19, 21}, RoleBatch: [3]float64{1, 33, 33}},
		},
	}
	rows := goalRows(res)
	met := map[string]bool{}
	for _, r := range rows {
		met[r.Goal] = r.Met
	}
	// CPU: the oracle's 3,000 ns against 60 + 40 of irreducible work is 30×.
	if m, ok := met["3. agent CPU per session"]; !ok || m {
		t.Errorf("goal 3: %v %v, want measured and not met", m, ok)
	}
	if m, ok := met["5. gas per session"]; !ok || !m {
		t.Errorf("goal 5 gas: %v %v, want met (1.10)", m, ok)
	}
	// The oracle's cut is 47.5 %: not met.
	if m, ok := met["5. batched gas, M2 user x25519"]; !ok || m {
		t.Errorf("goal 5 batch: %v %v, want measured and not met", m, ok)
	}
	res.Scale[1].RoleGas[2] = 20
	for _, r := range goalRows(res) {
		if r.Goal == "5. batched gas, M2 user x25519" && !r.Met {
			t.Errorf("a 50 %% cut for both: not met: %+v", r)
		}
	}
	var b strings.Builder
	goals(&b, res)
	if !strings.Contains(b.String(), "| 5. gas per session | ≤ 1.15 × paper minimum, every config | worst 1.10× (M2 user x25519) | **met** |") {
		t.Errorf("goals table:\n%s", b.String())
	}
}
