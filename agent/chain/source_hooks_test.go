package chain

import (
	"sync"
	"testing"
	"time"
)

// TestSourceReportsHeadsAndReorgs: OnHead sees each head the Source reads
// and OnReorg each reorganisation it follows, with the fork block and the
// block it had reached.
func TestSourceReportsHeadsAndReorgs(t *testing.T) {
	c := newFakeChain()
	c.add(10, every(1, 1))
	clk := newFakeClock()
	var mu sync.Mutex
	var heads []uint64
	var reorgs [][2]uint64
	s := newTestSource(t, c, clk, func(cfg *SourceConfig) {
		cfg.OnHead = func(n uint64) { mu.Lock(); heads = append(heads, n); mu.Unlock() }
		cfg.OnReorg = func(fork, was uint64) { mu.Lock(); reorgs = append(reorgs, [2]uint64{fork, was}); mu.Unlock() }
	})
	rec := newRecorder(t)
	stop, _ := runSource(s, rec.handle)
	defer stop()
	clk.WaitTimers(1, nil)
	c.add(2, every(1, 1))
	poll(clk, 2*time.Second)
	mu.Lock()
	if len(heads) == 0 || heads[len(heads)-1] != 12 || len(reorgs) != 0 {
		t.Fatalf("after following to 12: heads %v, reorgs %v", heads, reorgs)
	}
	mu.Unlock()
	// Blocks 9-12 are replaced by a longer branch 9'-14'.
	c.reorg(8)
	c.add(6, every(1, 1))
	poll(clk, 2*time.Second)
	mu.Lock()
	defer mu.Unlock()
	if len(reorgs) != 1 || reorgs[0] != [2]uint64{8, 12} {
		t.Fatalf("reorgs %v, want one from 12 back to 8", reorgs)
	}
	if heads[len(heads)-1] != 14 {
		t.Fatalf("heads %v, want the last at 14", heads)
	}
}
