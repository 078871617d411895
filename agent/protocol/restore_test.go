package protocol

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// restore rebuilds role r's machine as the runtime does after a crash: New
// with the stored secrets, replay of the events seen so far (executing
// Persist, discarding Send), then Pending is sent once the transaction's
// events are all delivered.
func (w *world) restore(r session.Role, lostInFlight bool) {
	w.t.Helper()
	m, err := New(w.cfgs[r], w.secrets[r])
	if err != nil {
		w.t.Fatalf("restoring %v: %v", r, err)
	}
	for _, ev := range w.log {
		acts, err := m.Consume(ev)
		if err != nil {
			w.t.Fatalf("replaying %T into %v: %v", ev, r, err)
		}
		for _, a := range acts {
			if p, ok := a.(Persist); ok {
				w.secrets[r][p.Name] = p.Value
			}
		}
	}
	w.machines[r] = m
	var kept []queued
	for _, q := range w.queue {
		if q.from == r && lostInFlight {
			continue
		}
		kept = append(kept, q)
	}
	w.queue = kept
	// The runtime asks Pending once the block's events are all applied.
	w.afterTx = append(w.afterTx, func() {
		c := m.Pending()
		if c == nil {
			return
		}
		for _, q := range w.queue {
			if q.from == r && q.call.Step() == c.Step() {
				return // in flight
			}
		}
		w.queue = append(w.queue, queued{r, c})
	})
}

func TestRestoreAfterCrashAtEveryStep(t *testing.T) {
	crashes := 0
	defer func() {
		t.Logf("%d crashes restored", crashes)
		if crashes < 100 {
			t.Errorf("only %d crashes exercised", crashes)
		}
	}()
	for _, c := range configs() {
		// How many events a clean run has.
		ref := newWorld(t, 9, c.method, c.suite, c.coord, "restore")
		ref.start()
		ref.run()
		for _, r := range session.Roles {
			for cut := 0; cut < len(ref.log); cut++ {
				for _, lost := range []bool{true, false} {
					name := fmt.Sprintf("%s/%v/after-%d/lost-%v", c.name, r, cut, lost)
					w := newWorld(t, 9, c.method, c.suite, c.coord, "restore")
					crashed := false
					w.onEvent = func(i int) {
						if i == cut && !crashed && w.machines[r].State() == Running {
							crashed = true
							w.restore(r, lost)
						}
					}
					w.start()
					w.run()
					if !crashed {
						continue // the session had already ended for r
					}
					crashes++
					if len(w.rejected) != 0 {
						t.Fatalf("%s: duplicate or invalid calls: %v", name, w.rejected)
					}
					for _, role := range session.Roles {
						if o := w.outcomes[role]; o == nil || o.Phase != session.Established {
							t.Fatalf("%s: %v outcome %+v", name, role, o)
						}
					}
					k := w.outcomes[0].Key
					for _, role := range session.Roles[1:] {
						if !w.outcomes[role].Key.Equal(k) {
							t.Fatalf("%s: keys differ", name)
						}
					}
					if len(w.secrets[r]) != 0 {
						t.Fatalf("%s: secrets left after the end: %v", name, len(w.secrets[r]))
					}
				}
			}
		}
	}
}

// TestRebuiltCoordinatorSendsItsFirstWraps: a coordinator rebuilt from its
// stored secrets and the chain's events (after a crash, or after a
// reorganisation took its distribute back) sends the very wraps it made
// first, whatever its randomness now: new wraps would change the
// transcript, and an attestation a recipient already sent for the first
// ones would then mismatch, blaming that recipient.
func TestRebuiltCoordinatorSendsItsFirstWraps(t *testing.T) {
	for _, c := range configs() {
		if c.method != session.Coordinator || c.coord == session.User {
			continue // the user's wraps ride in its open
		}
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 9, c.method, c.suite, c.coord, "rewrap")
			var first *DistributeCall
			w.onEvent = func(int) {
				for _, q := range w.queue {
					if d, ok := q.call.(DistributeCall); ok && first == nil {
						first = &d
						cfg := w.cfgs[c.coord]
						cfg.Rand = &detRand{seed: "another process"}
						m, err := New(cfg, w.secrets[c.coord])
						if err != nil {
							t.Fatal(err)
						}
						for _, ev := range w.log {
							if e, ok := ev.(OneTimeKeysUsed); ok {
								ev = w.oneTimeEvent(e, c.coord)
							}
							if _, err := m.Consume(ev); err != nil {
								t.Fatalf("replaying %T: %v", ev, err)
							}
						}
						again, ok := m.Pending().(DistributeCall)
						if !ok || !bytes.Equal(again.WrapUser, d.WrapUser) || !bytes.Equal(again.WrapOther, d.WrapOther) {
							t.Fatalf("the rebuilt coordinator sends %T (other wraps, or no distribute), want the wraps it sent first", m.Pending())
						}
					}
				}
			}
			w.start()
			w.run()
			if first == nil {
				t.Fatal("the coordinator never distributed")
			}
			for _, r := range session.Roles {
				if o := w.outcomes[r]; o == nil || o.Phase != session.Established {
					t.Fatalf("%v outcome %+v", r, o)
				}
			}
		})
	}
	// Wraps kept for another transcript are not reused.
	pre, other := [32]byte{1}, [32]byte{2}
	v := encodeWraps(pre, [2][]byte{{1, 2, 3}, {4, 5}})
	if got, ok := decodeWraps(v, pre); !ok || !bytes.Equal(got[0], []byte{1, 2, 3}) || !bytes.Equal(got[1], []byte{4, 5}) {
		t.Errorf("decodeWraps(encodeWraps) = %v, %v", got, ok)
	}
	for _, bad := range [][]byte{nil, v[:33], v[:36], append(v[:32:32], 0, 0, 9)} {
		if _, ok := decodeWraps(bad, pre); ok {
			t.Errorf("decodeWraps accepted %x", bad)
		}
	}
	if _, ok := decodeWraps(v, other); ok {
		t.Error("wraps made for another transcript reused")
	}
}
