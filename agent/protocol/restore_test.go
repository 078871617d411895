package protocol

import (
	"fmt"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// restore rebuilds role r's machine as the runtime does after a crash: New
// with the stored secrets, replay of the events seen so far (executing
// Persist, discarding Send), then Pending is sent.
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
	inFlight := map[Step]bool{}
	for _, q := range w.queue {
		if q.from == r && lostInFlight {
			continue
		}
		if q.from == r {
			inFlight[q.call.Step()] = true
		}
		kept = append(kept, q)
	}
	w.queue = kept
	if c := m.Pending(); c != nil && !inFlight[c.Step()] {
		w.queue = append(w.queue, queued{r, c})
	}
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
