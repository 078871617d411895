package skcrypto

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Fuzz targets for every function that takes bytes from the chain or a
// peer. Each must return an error, never panic, and accept exactly what it
// should. Seed corpora are under testdata/fuzz.

// fixedRand is a deterministic reader for fuzz fixtures.
type fixedRand byte

func (f fixedRand) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(f) + byte(i)
	}
	return len(p), nil
}

func suiteOf(b byte) session.Suite { return session.Suite(b % 2) }

// FuzzX25519 feeds arbitrary peer keys and partials to the agreement.
func FuzzX25519(f *testing.F) {
	priv, err := GenerateX25519(fixedRand(1))
	if err != nil {
		f.Fatal(err)
	}
	peer, _ := GenerateX25519(fixedRand(2))
	pub := PublicBytes(peer)
	f.Add(pub[:])
	f.Add(make([]byte, 32))                       // the zero point: low order
	f.Add(append([]byte{1}, make([]byte, 31)...)) // u = 1: low order
	f.Add(bytes.Repeat([]byte{0xff}, 32))         // non-canonical
	f.Add(pub[:31])                               // truncated
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		z, err := X25519(priv, b)
		_, perr := ParseX25519Public(b)
		switch {
		case len(b) != 32:
			if !errors.Is(err, ErrPublicKey) || perr == nil {
				t.Fatalf("%d-byte key: %v, %v", len(b), err, perr)
			}
		case err == nil:
			if z == ([32]byte{}) {
				t.Fatal("all-zero agreement accepted")
			}
		case !errors.Is(err, ErrLowOrder):
			t.Fatalf("32-byte key: unexpected error %v", err)
		}
	})
}

// fuzzRecipients are fixed recipient keys of both suites.
func fuzzRecipients(tb testing.TB) [2]*RecipientKey {
	var ks [2]*RecipientKey
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		k, err := GenerateRecipientKey(s, fixedRand(3))
		if err != nil {
			tb.Fatal(err)
		}
		ks[s] = k
	}
	return ks
}

// FuzzUnwrap feeds arbitrary wraps and infos to both suites' Unwrap.
func FuzzUnwrap(f *testing.F) {
	ks := fuzzRecipients(f)
	info := WrapInfo([32]byte{9}, session.Miner)
	secret := bytes.Repeat([]byte{0x5a}, KeySize)
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		w, err := Wrap(s, ks[s].PublicKey(), info, secret)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(byte(s), info, w)                                  // valid
		f.Add(byte(s), info, w[:len(w)-1])                       // truncated
		f.Add(byte(s), WrapInfo([32]byte{9}, session.Oracle), w) // redirected
		f.Add(byte(s), info, make([]byte, WrapLength(s)))        // zero enc
	}
	f.Add(byte(0), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, sb byte, info, wrapped []byte) {
		s := suiteOf(sb)
		got, err := ks[s].Unwrap(info, wrapped)
		if err != nil {
			if !errors.Is(err, ErrWrap) {
				t.Fatalf("error %v is not ErrWrap", err)
			}
			return
		}
		if len(got) != KeySize {
			t.Fatalf("unwrapped %d bytes", len(got))
		}
	})
}

// FuzzTrafficOpen feeds arbitrary messages to the traffic layer.
func FuzzTrafficOpen(f *testing.F) {
	k, err := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	if err != nil {
		f.Fatal(err)
	}
	tr := k.Traffic()
	ct, err := tr.Seal(session.User, 3, []byte("prompt"), []byte("ctx"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(byte(session.User), uint64(3), ct, []byte("ctx"))      // valid
	f.Add(byte(session.Miner), uint64(3), ct, []byte("ctx"))     // another sender
	f.Add(byte(session.User), uint64(4), ct, []byte("ctx"))      // another seq
	f.Add(byte(session.User), uint64(3), ct[:10], []byte("ctx")) // truncated
	f.Add(byte(7), uint64(0), []byte{}, []byte{})                // not a role
	f.Fuzz(func(t *testing.T, sender byte, seq uint64, ct, context []byte) {
		pt, err := tr.Open(session.Role(sender), seq, ct, context)
		if err != nil {
			if !errors.Is(err, ErrDecrypt) {
				t.Fatalf("error %v is not ErrDecrypt", err)
			}
			return
		}
		if len(pt) != len(ct)-16 {
			t.Fatalf("opened %d bytes from %d", len(pt), len(ct))
		}
	})
}

// FuzzRecipientKeys feeds arbitrary public and private keys of both
// suites to the parsers; an accepted private key round-trips (up to
// X25519 scalar clamping, which Bytes applies: the public key is the same).
func FuzzRecipientKeys(f *testing.F) {
	ks := fuzzRecipients(f)
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		priv, err := ks[s].Bytes()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(byte(s), ks[s].PublicKey(), priv)
		f.Add(byte(s), ks[s].PublicKey()[1:], priv[1:])
		f.Add(byte(s), make([]byte, KeyLength(s)), make([]byte, len(priv)))
	}
	r := make([]byte, HybridKeyLength)
	rand.Read(r)
	f.Add(byte(session.Hybrid), r, r[:32])
	f.Fuzz(func(t *testing.T, sb byte, pub, priv []byte) {
		s := suiteOf(sb)
		if err := CheckRecipientPublicKey(s, pub); err != nil && !errors.Is(err, ErrPublicKey) {
			t.Fatalf("public key error %v is not ErrPublicKey", err)
		} else if err == nil && len(pub) != KeyLength(s) {
			t.Fatalf("accepted a %d-byte %v key", len(pub), s)
		}
		k, err := ParseRecipientKey(s, priv)
		if err != nil {
			return
		}
		again, err := k.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		k2, err := ParseRecipientKey(s, again)
		if err != nil || !bytes.Equal(k2.PublicKey(), k.PublicKey()) {
			t.Fatalf("private key does not round-trip: %v", err)
		}
		if err := CheckRecipientPublicKey(s, k.PublicKey()); err != nil {
			t.Fatalf("the public key of a parsed private key is rejected: %v", err)
		}
	})
}
