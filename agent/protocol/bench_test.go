package protocol

import (
	"fmt"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// BenchmarkSession measures each role's complete off-chain work for one
// session: every Consume of the session's events and every call it makes,
// with the chain's events prerecorded. Read it beside skcrypto's primitive
// benchmarks (go test -bench . ./agent/skcrypto ./agent/protocol).
func BenchmarkSession(b *testing.B) {
	for _, c := range configs() {
		ref := newWorld(b, 1, c.method, c.suite, c.coord, "bench")
		ref.start()
		ref.run()
		for _, r := range session.Roles {
			b.Run(fmt.Sprintf("%s/%v", c.name, r), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					benchRole(b, ref, r)
				}
			})
		}
	}
}

// benchRole replays a recorded session for role r from its start, as the
// role lives it: the user's Open (drawing its material) or New, then every
// event. The recorded events stay valid because the role's own randomness
// is replayed from the same seed.
func benchRole(b *testing.B, ref *world, r session.Role) {
	cfg := ref.cfgs[r]
	cfg.Rand = &detRand{seed: fmt.Sprintf("bench/%v", r)}
	var m *Machine
	var err error
	if r == session.User {
		req := OpenRequest{Params: ref.params, Nonce: 0, PhaseTimeout: 60}
		if ref.params.Method == session.Coordinator {
			for _, o := range []session.Role{session.Miner, session.Oracle} {
				if o != ref.params.Coordinator {
					req.RegisteredKeys[o] = ref.regKeys[o].PublicKey()
					req.KeyVersions[o] = 1
				}
			}
		}
		m, _, err = Open(cfg, req)
	} else {
		m, err = New(cfg, nil)
	}
	if err != nil {
		b.Fatal(err)
	}
	for _, ev := range ref.log {
		if _, err := m.Consume(ev); err != nil {
			b.Fatalf("%v: %v", r, err)
		}
	}
}
