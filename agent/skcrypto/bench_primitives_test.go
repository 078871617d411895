package skcrypto_test

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Primitives used by the per-session and per-request work that
// bench_test.go does not cover: the traffic key schedule (once per session,
// when a Conversation starts), the inference result commitment (per
// request, by every role) and the recipient public-key check (a Method 2
// coordinator checks each recipient key; the user checks the registered
// keys before opening). Sub-benchmark names are benchstat keys.

func benchPrimitivesKey(b *testing.B) *skcrypto.SessionKey {
	b.Helper()
	k, err := skcrypto.DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, skcrypto.KeySize), [32]byte{2})
	if err != nil {
		b.Fatal(err)
	}
	return k
}

// BenchmarkTrafficKeys is SessionKey.Traffic: three HKDF-Expand traffic
// keys and three ChaCha20-Poly1305 instances.
func BenchmarkTrafficKeys(b *testing.B) {
	k := benchPrimitivesKey(b)
	b.ReportAllocs()
	for b.Loop() {
		if k.Traffic() == nil {
			b.Fatal("no traffic layer")
		}
	}
}

// BenchmarkResultCommitment is the miner's commitment to one inference
// (§13.4), which the user and the oracle recompute: two SHA-256 and one
// HKDF-Expand, for a prompt envelope and an answer of about the sizes of
// BenchmarkInference's.
func BenchmarkResultCommitment(b *testing.B) {
	k := benchPrimitivesKey(b)
	promptEnvelope := bytes.Repeat([]byte{0x55}, 240)
	answer := bytes.Repeat([]byte{'a'}, 320)
	b.ReportAllocs()
	var c [32]byte
	for b.Loop() {
		c = k.ResultCommitment(7, promptEnvelope, answer)
	}
	if c == ([32]byte{}) {
		b.Fatal("zero commitment")
	}
}

// BenchmarkCheckRecipientPublicKey parses and validates a recipient public
// key of each suite (for hybrid, the ML-KEM-768 encapsulation key's
// modulus check dominates).
func BenchmarkCheckRecipientPublicKey(b *testing.B) {
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		k, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
		if err != nil {
			b.Fatal(err)
		}
		pub := k.PublicKey()
		b.Run("suite="+s.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := skcrypto.CheckRecipientPublicKey(s, pub); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
