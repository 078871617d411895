package wire

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// TestSessionLogsBack: the logs are read back from the head in growing
// windows until every session's SessionOpened, never further; a session
// whose SessionOpened is missing is searched for down to fromBlock.
func TestSessionLogsBack(t *testing.T) {
	a, b := session.ID{1}, session.ID{2}
	opened := func(id session.ID, block uint64) types.Log {
		return types.Log{BlockNumber: block, Topics: []common.Hash{sessionOpenedID, common.Hash(id)}}
	}
	chain := []types.Log{opened(a, 9_000), opened(b, 9_900), {BlockNumber: 9_950, Topics: []common.Hash{{9}, common.Hash(a)}}}
	var queried [][2]uint64
	query := func(from, to uint64) ([]types.Log, error) {
		queried = append(queried, [2]uint64{from, to})
		var out []types.Log
		for _, l := range chain {
			if l.BlockNumber >= from && l.BlockNumber <= to {
				out = append(out, l)
			}
		}
		return out, nil
	}
	logs, err := SessionLogsBack(10, 10_000, []session.ID{a, b}, query)
	if err != nil {
		t.Fatal(err)
	}
	// 256 blocks, then 512, then 1024: [9745, 10000], [9233, 9744], [8209, 9232].
	want := [][2]uint64{{9_745, 10_000}, {9_233, 9_744}, {8_209, 9_232}}
	if len(logs) != 3 || fmt.Sprint(queried) != fmt.Sprint(want) {
		t.Fatalf("%d logs from %v, want 3 from %v", len(logs), queried, want)
	}
	queried = nil
	if logs, err = SessionLogsBack(8_000, 10_000, []session.ID{{3}}, query); err != nil || len(logs) != 3 {
		t.Fatalf("%d logs, %v", len(logs), err)
	}
	if last := queried[len(queried)-1]; last[0] != 8_000 {
		t.Fatalf("a session never opened: the search stopped at %v, want down to 8000", queried)
	}
	queried = nil
	if logs, _ := SessionLogsBack(10, 5, []session.ID{a}, query); logs != nil || queried != nil {
		t.Fatalf("an empty range was queried: %v", queried)
	}
}

// ReadBack hands over windows newest first, each twice the one before,
// marks the one that reaches fromBlock, and stops when seen has enough.
func TestReadBack(t *testing.T) {
	type call struct {
		from, to uint64
		last     bool
	}
	run := func(fromBlock, to uint64, enoughAt int) []call {
		var calls []call
		var got [][2]uint64
		err := ReadBack(fromBlock, to, func(from, to uint64) ([]types.Log, error) {
			got = append(got, [2]uint64{from, to})
			return nil, nil
		}, func(_ []types.Log, last bool) (bool, error) {
			g := got[len(got)-1]
			calls = append(calls, call{g[0], g[1], last})
			return len(calls) == enoughAt, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return calls
	}
	w := uint64(FirstWindow)
	all := run(10, 10+7*w-1, 0)
	want := []call{{10 + 6*w, 10 + 7*w - 1, false}, {10 + 4*w, 10 + 6*w - 1, false}, {10, 10 + 4*w - 1, true}}
	if !slices.Equal(all, want) {
		t.Errorf("windows %v, want %v", all, want)
	}
	if got := run(10, 10+7*w-1, 1); len(got) != 1 {
		t.Errorf("read on after seen had enough: %v", got)
	}
	if got := run(10, 9, 0); len(got) != 0 {
		t.Errorf("read below fromBlock: %v", got)
	}
}
