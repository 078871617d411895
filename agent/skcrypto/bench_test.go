package skcrypto

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// The raw primitives each role's per-session work is made of; read them
// beside agent/protocol's BenchmarkSession. Names are benchstat-friendly.

var suites = []session.Suite{session.X25519, session.Hybrid}

func BenchmarkX25519Generate(b *testing.B) {
	for b.Loop() {
		if _, err := GenerateX25519(rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkX25519Agree(b *testing.B) {
	priv, _ := GenerateX25519(rand.Reader)
	peer, _ := GenerateX25519(rand.Reader)
	pub := PublicBytes(peer)
	for b.Loop() {
		if _, err := X25519(priv, pub[:]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGenerateRecipientKey(b *testing.B) {
	for _, s := range suites {
		b.Run(s.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := GenerateRecipientKey(s, rand.Reader); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrap(b *testing.B) {
	secret := bytes.Repeat([]byte{1}, KeySize)
	info := WrapInfo([32]byte{1}, session.Miner)
	for _, s := range suites {
		k, _ := GenerateRecipientKey(s, rand.Reader)
		b.Run(s.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := Wrap(s, k.PublicKey(), info, secret); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkUnwrap(b *testing.B) {
	secret := bytes.Repeat([]byte{1}, KeySize)
	info := WrapInfo([32]byte{1}, session.Miner)
	for _, s := range suites {
		k, _ := GenerateRecipientKey(s, rand.Reader)
		w, _ := Wrap(s, k.PublicKey(), info, secret)
		b.Run(s.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := k.Unwrap(info, w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCommitment(b *testing.B) {
	for b.Loop() {
		Commitment(1, common.Address{1}, session.ID{1}, session.Miner, common.Address{2}, [32]byte{3})
	}
}

func BenchmarkTranscriptHash(b *testing.B) {
	b.Run("combined", func(b *testing.B) {
		t := CombinedTranscript{Params: baseParams(session.Combined)}
		for b.Loop() {
			t.Hash()
		}
	})
	for _, s := range suites {
		b.Run("coordinator-"+s.String(), func(b *testing.B) {
			t := CoordinatorTranscript{Params: baseParams(session.Coordinator)}
			t.Params.Suite = s
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				t.Keys[r], t.Wraps[r] = make([]byte, KeyLength(s)), make([]byte, WrapLength(s))
			}
			for b.Loop() {
				t.Hash()
			}
		})
	}
}

func BenchmarkDeriveSessionKey(b *testing.B) {
	ikm := bytes.Repeat([]byte{7}, 32)
	for b.Loop() {
		if _, err := DeriveSessionKey(session.ID{1}, ikm, [32]byte{2}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAttestation(b *testing.B) {
	k, _ := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	for b.Loop() {
		k.Attestation()
	}
}

var messageSizes = []struct {
	name string
	n    int
}{{"64B", 64}, {"1KiB", 1 << 10}, {"16KiB", 16 << 10}}

func BenchmarkTrafficSeal(b *testing.B) {
	k, _ := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	t := k.Traffic()
	for _, m := range messageSizes {
		msg := make([]byte, m.n)
		b.Run(m.name, func(b *testing.B) {
			b.SetBytes(int64(m.n))
			b.ReportAllocs()
			var seq uint64
			for b.Loop() {
				if _, err := t.Seal(session.User, seq, msg, nil); err != nil {
					b.Fatal(err)
				}
				seq++
			}
		})
	}
}

func BenchmarkTrafficOpen(b *testing.B) {
	k, _ := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	t := k.Traffic()
	for _, m := range messageSizes {
		ct, err := t.Seal(session.Miner, 1, make([]byte, m.n), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(m.name, func(b *testing.B) {
			b.SetBytes(int64(m.n))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := t.Open(session.Miner, 1, ct, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
