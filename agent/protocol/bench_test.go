package protocol

import (
	"fmt"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// BenchmarkSession measures one role's complete off-chain work for one
// session: building its machine (the user's Open, drawing its material, or
// New) and every Consume of the session's events, up to SessionEstablished.
// Read it beside skcrypto's primitive benchmarks
// (go test -bench . ./agent/skcrypto ./agent/protocol).
//
// Approach: a reference session of each configuration is run once, outside
// the timer, in the in-memory world (world_test.go), which records every
// chain event in order. Each iteration then builds a fresh machine for the
// measured role and feeds it that log. This is sound although every machine
// draws its own ephemeral keys, because a machine draws all its randomness
// from Config.Rand and the fresh machine gets the same deterministic stream
// as the reference one: it redraws the same ephemeral key, secret or
// per-session key, so the others' recorded commitments, reveals, partials
// and wraps fit it. Only HPKE's encapsulation randomness comes from
// crypto/rand, so a coordinator makes fresh wraps each iteration (real work,
// measured) while the key it derives uses the recorded wraps, as on chain.
// Every iteration must end with Done{Established} carrying K; otherwise the
// benchmark fails, so it never times a session that went wrong.
//
// Names are benchstat keys: method, coord (Method 2 only), suite, role.
func BenchmarkSession(b *testing.B) {
	const seed = "bench"
	for _, c := range configs() {
		ref := newWorld(b, 1, c.method, c.suite, c.coord, seed)
		ref.start()
		ref.run()
		if len(ref.rejected) != 0 {
			b.Fatalf("%s: chain rejected calls: %v", c.name, ref.rejected)
		}
		for _, r := range session.Roles {
			if o := ref.outcomes[r]; o == nil || o.Phase != session.Established {
				b.Fatalf("%s: reference session not established for the %v", c.name, r)
			}
		}
		name := fmt.Sprintf("method=%v/suite=%v", c.method, c.suite)
		if c.method == session.Coordinator {
			name = fmt.Sprintf("method=%v/coord=%v/suite=%v", c.method, c.coord, c.suite)
		}
		for _, r := range session.Roles {
			b.Run(fmt.Sprintf("%s/role=%v", name, r), func(b *testing.B) {
				b.ReportAllocs()
				var acts []Action
				for b.Loop() {
					acts = benchReplay(b, ref, r, seed, acts[:0])
					benchCheckEstablished(b, r, acts)
				}
			})
		}
	}
}

// benchReplay runs role r through the recorded session from its start, as
// the role lives it, and returns every action its machine produced
// (appended to acts).
func benchReplay(b *testing.B, ref *world, r session.Role, seed string, acts []Action) []Action {
	cfg := ref.cfgs[r]
	cfg.Rand = &detRand{seed: fmt.Sprintf("%s/%v", seed, r)} // the reference machine's stream, from its start
	var m *Machine
	var err error
	if r == session.User {
		req := OpenRequest{Params: ref.params, Nonce: ref.nonce, PhaseTimeout: 60}
		if ref.params.Method == session.Coordinator {
			for _, o := range []session.Role{session.Miner, session.Oracle} {
				if o != ref.params.Coordinator {
					req.RegisteredKeys[o] = ref.regKeys[o].PublicKey()
					req.KeyVersions[o] = 1
				}
			}
		}
		var first []Action
		m, first, err = Open(cfg, req)
		acts = append(acts, first...)
	} else {
		m, err = New(cfg, nil)
	}
	if err != nil {
		b.Fatalf("%v: %v", r, err)
	}
	for _, ev := range ref.log {
		a, err := m.Consume(ev)
		if err != nil {
			b.Fatalf("%v consuming %T: %v", r, ev, err)
		}
		acts = append(acts, a...)
	}
	if m.State() != Ended {
		b.Fatalf("%v: machine not ended after the session's events", r)
	}
	return acts
}

// benchCheckEstablished fails unless the actions end the session as
// Established with a key, after the role sent at least one call.
func benchCheckEstablished(b *testing.B, r session.Role, acts []Action) {
	sent, ok := 0, false
	for _, a := range acts {
		switch a := a.(type) {
		case Send:
			sent++
		case Done:
			ok = a.Outcome.Phase == session.Established && a.Outcome.Key != nil
		}
	}
	if !ok || sent == 0 {
		b.Fatalf("%v: session not established (sent %d calls)", r, sent)
	}
}
