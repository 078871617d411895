package protocol

import (
	"encoding/binary"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// fuzzRuns are complete reference sessions, one per configuration, built
// once per fuzz process.
var fuzzRuns []*world

func fuzzWorlds(tb testing.TB) []*world {
	if fuzzRuns == nil {
		for _, c := range configs() {
			w := newWorld(tb, 3, c.method, c.suite, c.coord, "fuzz")
			w.start()
			w.run()
			fuzzRuns = append(fuzzRuns, w)
		}
	}
	return fuzzRuns
}

// fuzzEvent decodes one event from b, returning it and the rest of b.
func fuzzEvent(w *world, b []byte) (Event, []byte) {
	if len(b) < 4 {
		return nil, nil
	}
	kind, role, flags, n := b[0]%13, session.Role(b[1]%4), b[2], int(b[3])
	b = b[4:]
	var v32 [32]byte
	copy(v32[:], b)
	if len(b) >= 32 {
		b = b[32:]
	} else {
		b = nil
	}
	if n > len(b) {
		n = len(b)
	}
	var blob []byte
	switch flags % 4 {
	case 0: // a blob of the suite's wrap or key length
		blob = make([]byte, 1168)[:n%2*1168+(1-n%2)*80]
		copy(blob, b[:n])
	default:
		blob = append([]byte(nil), b[:n]...)
	}
	b = b[n:]
	meta := w.meta()
	if flags&0x10 != 0 {
		meta.Session[31] ^= flags
	}
	if flags&0x20 != 0 {
		meta.Contract[19] ^= flags
	}
	switch kind {
	case 0:
		p := w.params
		if flags&0x40 != 0 {
			p.ChainID += uint64(flags)
		}
		return Opened{Meta: meta, Params: p, Nonce: uint64(n), PhaseTimeout: 60}, b
	case 1:
		return PhaseAdvanced{Meta: meta, Phase: session.Phase(role + session.Role(flags%3)*3), Deadline: binary.BigEndian.Uint64(v32[:8])}, b
	case 2:
		return Committed{Meta: meta, Role: role, Commitment: v32}, b
	case 3:
		return Revealed{Meta: meta, Role: role, Key: v32}, b
	case 4:
		return PartialPublished{Meta: meta, Role: role, Partial: v32}, b
	case 5:
		return UserKeyPublished{Meta: meta, Key: blob}, b
	case 6:
		return KeyWrapped{Meta: meta, Recipient: role, Wrapped: blob}, b
	case 7:
		return Attested{Meta: meta, Role: role, Attestation: v32}, b
	case 8:
		return SessionEstablished{Meta: meta, Attestation: v32}, b
	case 9:
		return SessionFailed{Meta: meta, Fault: session.Fault(flags % 7), Culprits: session.RoleSet(n), Reporter: role}, b
	case 10:
		return SessionExpired{Meta: meta, Phase: session.Phase(flags % 10), Stalled: session.RoleSet(n)}, b
	case 11:
		return EphemeralDisclosed{Meta: meta, Role: role, Secret: v32}, b
	default:
		// A genuine event of the reference run, possibly out of order.
		return w.log[int(flags)%len(w.log)], b
	}
}

// FuzzConsume feeds arbitrary events to a machine restored at any point of
// a genuine session: it must never panic, an event it rejects must leave it
// unchanged, and it must never report Established with a key of its own
// that is not the genuine one, nor on anything but a SessionEstablished
// carrying its own attestation.
func FuzzConsume(f *testing.F) {
	f.Add([]byte{0, 3, 1, 0, 2, 1, 0, 0})
	f.Add([]byte{1, 9, 2, 11, 0, 0, 0, 11, 1, 1, 0, 11, 2, 2, 0})
	f.Add([]byte{4, 5, 0, 6, 1, 0, 80, 7, 2, 0, 0})
	f.Add(append([]byte{2, 12, 1, 3, 1, 0, 0}, make([]byte, 40)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		worlds := fuzzWorlds(t)
		if len(data) < 3 {
			return
		}
		w := worlds[int(data[0])%len(worlds)]
		cut := int(data[1]) % len(w.log)
		r := session.Role(data[2] % 3)
		m, err := New(w.cfgs[r], w.secretsAt(r, cut))
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range w.log[:cut] {
			if _, err := m.Consume(ev); err != nil {
				t.Fatalf("replaying the genuine prefix: %v", err)
			}
		}
		genuine := w.outcomes[r].Key
		rest := data[3:]
		for len(rest) > 0 {
			var ev Event
			ev, rest = fuzzEvent(w, rest)
			if ev == nil {
				break
			}
			before := ""
			if m.State() != Ended {
				before = snapshot(m)
			}
			acts, err := m.Consume(ev)
			if err != nil {
				if m.State() != Ended && snapshot(m) != before {
					t.Fatalf("rejected %T changed the machine: %v", ev, err)
				}
				continue
			}
			for _, a := range acts {
				if d, ok := a.(Done); ok && d.Outcome.Phase == session.Established && !d.Outcome.Key.Equal(genuine) {
					t.Fatal("established with a key that is not the genuine one")
				}
				// Established only by the chain's SessionEstablished carrying
				// this agent's own attestation (PROTOCOL.md §7).
				if d, ok := a.(Done); ok && d.Outcome.Phase == session.Established {
					if se, ok := ev.(SessionEstablished); !ok || se.Attestation != genuine.Attestation() {
						t.Fatalf("established on %T, not on a SessionEstablished carrying its own attestation", ev)
					}
				}
				// A secret is disclosed only on the chain's SessionFailed:
				// a Method 1 ephemeral with disclose, a Method 2 one-time
				// key with discloseOneTimeKey (§5.4, §6.4).
				if s, ok := a.(Send); ok && s.Call.Step() == StepDisclose {
					_, failed := ev.(SessionFailed)
					_, method1 := s.Call.(DiscloseCall)
					_, method2 := s.Call.(DiscloseOneTimeCall)
					if !failed || (w.params.Method == session.Combined) != method1 || (w.params.Method == session.Coordinator) != method2 {
						t.Fatalf("%T due on %T in a %v session", s.Call, ev, w.params.Method)
					}
				}
			}
			if c := m.Pending(); c != nil && c.Step() == StepDisclose && m.State() != Disclosing {
				t.Fatal("disclose pending outside the Disclosing state")
			}
		}
	})
}
