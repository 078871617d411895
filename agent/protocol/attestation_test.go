package protocol

import (
	"errors"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// TestEstablishedWithAnotherAttestationFails: when the chain establishes a
// session with an attestation that is not this agent's, the agent must
// never use its key: the session ends Failed with AttestationMismatch
// (docs/PROTOCOL.md §7 and §14.1, "the session is Established only by a
// SessionEstablished carrying its own attestation"). Every configuration,
// every role, and the genuine event as the control.
func TestEstablishedWithAnotherAttestationFails(t *testing.T) {
	for _, c := range configs() {
		w := newWorld(t, 5, c.method, c.suite, c.coord, "attest/"+c.name)
		w.start()
		w.run()
		last := len(w.log) - 1
		genuine, ok := w.log[last].(SessionEstablished)
		if !ok {
			t.Fatalf("%s: last event %T, want SessionEstablished", c.name, w.log[last])
		}
		for _, r := range session.Roles {
			for _, forged := range []bool{false, true} {
				m, err := New(w.cfgs[r], w.secretsAt(r, last))
				if err != nil {
					t.Fatal(err)
				}
				for _, ev := range w.log[:last] {
					if _, err := m.Consume(ev); err != nil {
						t.Fatalf("%s/%v: replay: %v", c.name, r, err)
					}
				}
				ev := genuine
				if forged {
					ev.Attestation[7] ^= 0x40
				}
				acts, err := m.Consume(ev)
				if err != nil {
					t.Fatalf("%s/%v forged=%v: %v", c.name, r, forged, err)
				}
				if len(acts) != 2 {
					t.Fatalf("%s/%v forged=%v: actions %v", c.name, r, forged, acts)
				}
				d, ok := acts[0].(Done)
				if !ok {
					t.Fatalf("%s/%v forged=%v: first action %T, want Done", c.name, r, forged, acts[0])
				}
				if _, ok := acts[1].(Forget); !ok {
					t.Fatalf("%s/%v forged=%v: second action %T, want Forget", c.name, r, forged, acts[1])
				}
				switch {
				case !forged && (d.Outcome.Phase != session.Established || !d.Outcome.Key.Equal(w.outcomes[r].Key)):
					t.Errorf("%s/%v: genuine SessionEstablished gave %v", c.name, r, d.Outcome.Phase)
				case forged && (d.Outcome.Phase != session.Failed || d.Outcome.Fault != session.AttestationMismatch || d.Outcome.Key != nil):
					t.Errorf("%s/%v: SessionEstablished with another attestation gave %v/%v (key held: %v), want Failed/AttestationMismatch and no key",
						c.name, r, d.Outcome.Phase, d.Outcome.Fault, d.Outcome.Key != nil)
				}
			}
		}
	}
}

// TestOwnAttestationOnChainMustBeThisAgents: an Attested event naming this
// agent's role with a value that is not its attestation (it never sent
// it) is malformed (docs/PROTOCOL.md §12): an error, and the machine is
// unchanged, so the forged value never stands in for its own in the
// comparison of attestations. The genuine event is the control.
func TestOwnAttestationOnChainMustBeThisAgents(t *testing.T) {
	for _, c := range configs() {
		w := newWorld(t, 5, c.method, c.suite, c.coord, "own-attest/"+c.name)
		w.start()
		w.run()
		for _, r := range session.Roles {
			at := -1
			for i, ev := range w.log {
				if a, ok := ev.(Attested); ok && a.Role == r {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("%s: no Attested of %v", c.name, r)
			}
			m, err := New(w.cfgs[r], w.secretsAt(r, at))
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range w.log[:at] {
				if _, err := m.Consume(ev); err != nil {
					t.Fatalf("%s/%v: replay: %v", c.name, r, err)
				}
			}
			forged := w.log[at].(Attested)
			forged.Attestation[0] ^= 1
			before := snapshot(m)
			if _, err := m.Consume(forged); !errors.Is(err, ErrMalformed) {
				t.Errorf("%s/%v: its own Attested with another value: %v, want ErrMalformed", c.name, r, err)
			}
			if snapshot(m) != before {
				t.Errorf("%s/%v: the forged own attestation changed the machine", c.name, r)
			}
			if _, err := m.Consume(w.log[at]); err != nil {
				t.Errorf("%s/%v: the genuine Attested: %v", c.name, r, err)
			}
		}
	}
}
