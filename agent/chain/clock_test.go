package chain

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// fakeClock is a Clock that moves only when a test calls Advance.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []*fakeTimer
	created int           // timers ever created with d > 0
	changed chan struct{} // closed and replaced whenever a timer is added
}

type fakeTimer struct {
	clk *fakeClock
	at  time.Time
	ch  chan time.Time
}

func newFakeClock() *fakeClock {
	// A fixed instant, not the wall clock.
	return &fakeClock{now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), changed: make(chan struct{})}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) NewTimer(d time.Duration) Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{clk: c, at: c.now.Add(d), ch: make(chan time.Time, 1)}
	if d <= 0 {
		t.ch <- c.now
		return t
	}
	c.timers = append(c.timers, t)
	c.created++
	close(c.changed)
	c.changed = make(chan struct{})
	return t
}

func (t *fakeTimer) C() <-chan time.Time { return t.ch }

func (t *fakeTimer) Stop() bool {
	c := t.clk
	c.mu.Lock()
	defer c.mu.Unlock()
	i := slices.Index(c.timers, t)
	if i < 0 {
		return false
	}
	c.timers = slices.Delete(c.timers, i, i+1)
	return true
}

// Advance moves the clock on by d and fires the timers that are due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	c.timers = slices.DeleteFunc(c.timers, func(t *fakeTimer) bool {
		if t.at.After(c.now) {
			return false
		}
		t.ch <- c.now
		return true
	})
}

// Pending returns how many timers are waiting.
func (c *fakeClock) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

// WaitTimers blocks until at least n timers are waiting (true) or stop is
// closed (false).
func (c *fakeClock) WaitTimers(n int, stop <-chan struct{}) bool {
	return c.await(stop, func() bool { return len(c.timers) >= n })
}

// Created returns how many timers have been created so far.
func (c *fakeClock) Created() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.created
}

// WaitCreated blocks until more than n timers have been created and one is
// waiting: whoever created timer n+1 is idle again.
func (c *fakeClock) WaitCreated(n int) {
	c.await(nil, func() bool { return c.created > n && len(c.timers) > 0 })
}

func (c *fakeClock) await(stop <-chan struct{}, cond func() bool) bool {
	for {
		c.mu.Lock()
		if cond() {
			c.mu.Unlock()
			return true
		}
		ch := c.changed
		c.mu.Unlock()
		select {
		case <-ch:
		case <-stop:
			return false
		}
	}
}

// drive advances clk by step whenever something waits on it, until done is
// closed.
func drive(clk *fakeClock, step time.Duration, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		default:
		}
		if !clk.WaitTimers(1, done) {
			return
		}
		clk.Advance(step)
	}
}

func TestFakeClock(t *testing.T) {
	c := newFakeClock()
	start := c.Now()
	a, b := c.NewTimer(time.Second), c.NewTimer(3*time.Second)
	c.Advance(2 * time.Second)
	select {
	case <-a.C():
	default:
		t.Fatal("timer due after 1s did not fire at 2s")
	}
	select {
	case <-b.C():
		t.Fatal("timer due after 3s fired at 2s")
	default:
	}
	if !b.Stop() || b.Stop() || c.Pending() != 0 {
		t.Fatal("Stop of an active timer")
	}
	if got := c.Now().Sub(start); got != 2*time.Second {
		t.Fatalf("Now moved %v, want 2s", got)
	}
}
