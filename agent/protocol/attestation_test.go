package protocol

import (
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
