package wire

import (
	"fmt"
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
