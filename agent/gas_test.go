package agent

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// TestGasProfileAsksOncePerKind: calls of one kind falling due together
// share one estimate; another kind, a failed estimate and a forgotten
// one are asked again.
func TestGasProfileAsksOncePerKind(t *testing.T) {
	p := newGasProfile()
	var asked atomic.Int32
	release := make(chan struct{})
	slow := func(context.Context) (uint64, error) {
		asked.Add(1)
		<-release
		return 42_000, nil
	}
	attest, _ := gasKindOf([]byte{1, 2, 3, 4, 5, 6}, true)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if v, err := p.get(context.Background(), attest, slow); err != nil || v != 42_000 {
				t.Errorf("get = %d, %v", v, err)
			}
		})
	}
	close(release)
	wg.Wait()
	if n := asked.Load(); n != 1 {
		t.Fatalf("8 calls of one kind asked for %d estimates, want 1", n)
	}
	other, _ := gasKindOf([]byte{1, 2, 3, 4, 5, 6, 7}, true)
	if _, err := p.get(context.Background(), other, slow); err != nil || asked.Load() != 2 {
		t.Fatalf("another length: %v, %d estimates; want a second", err, asked.Load())
	}
	boom := errors.New("boom")
	failing := func(context.Context) (uint64, error) { asked.Add(1); return 0, boom }
	third, _ := gasKindOf([]byte{9, 9, 9, 9}, true)
	if _, err := p.get(context.Background(), third, failing); !errors.Is(err, boom) {
		t.Fatalf("failed estimate: %v", err)
	}
	if _, err := p.get(context.Background(), third, slow); err != nil || asked.Load() != 4 {
		t.Fatalf("after a failed estimate: %v, %d estimates; want it asked again", err, asked.Load())
	}
	p.forget(attest)
	if _, err := p.get(context.Background(), attest, slow); err != nil || asked.Load() != 5 {
		t.Fatalf("after forget: %v, %d estimates; want it asked again", err, asked.Load())
	}
	if _, single := gasKindOf([]byte{1, 2, 3, 4}, false); single {
		t.Fatal("a batch has a kind")
	}
}
