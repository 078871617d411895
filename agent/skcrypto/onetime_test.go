package skcrypto_test

import (
	"bytes"
	"crypto/ecdh"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// TestOneTimeKeyDisclosure: a one-time key of either suite serializes to
// the 32 bytes a blame disclosure publishes, and those bytes alone rebuild
// a key that opens the wrap sealed to the one-time public key; another
// one-time key does not, nor does a hybrid key that shares only the
// X25519 half (so neither half alone opens a hybrid wrap).
func TestOneTimeKeyDisclosure(t *testing.T) {
	info := []byte("info")
	secret := bytes.Repeat([]byte{7}, skcrypto.KeySize)
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(s.String(), func(t *testing.T) {
			ot, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			other, _ := skcrypto.GenerateRecipientKey(s, rand.Reader)
			if err := skcrypto.CheckOneTimeKey(s, ot.PublicKey()); err != nil {
				t.Fatal(err)
			}
			w, err := skcrypto.Wrap(s, ot.PublicKey(), info, secret)
			if err != nil {
				t.Fatal(err)
			}
			disclosed, err := ot.Bytes()
			if err != nil || len(disclosed) != 32 {
				t.Fatalf("disclosure of %d bytes: %v", len(disclosed), err)
			}
			k, err := skcrypto.ParseRecipientKey(s, disclosed)
			if err != nil || !bytes.Equal(k.PublicKey(), ot.PublicKey()) {
				t.Fatalf("the disclosed secret rebuilds another key: %v", err)
			}
			if got, err := k.Unwrap(info, w); err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("unwrap with the disclosed key: %x, %v", got, err)
			}
			if _, err := other.Unwrap(info, w); !errors.Is(err, skcrypto.ErrWrap) {
				t.Fatalf("another one-time key opened the wrap: %v", err)
			}
			if s != session.Hybrid {
				return
			}
			// The other key's ML-KEM half with this key's X25519 half.
			mixed := append(append([]byte(nil), other.PublicKey()[:1184]...), ot.PublicKey()[1184:]...)
			w2, err := skcrypto.Wrap(s, mixed, info, secret)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := k.Unwrap(info, w2); !errors.Is(err, skcrypto.ErrWrap) {
				t.Fatalf("a hybrid key opened a wrap to its X25519 half alone: %v", err)
			}
			// The other key's ML-KEM half with this key's X25519 scalar
			// (from an X25519 key made with the same randomness) opens the
			// mixed wrap: MixHybridKey builds what it says.
			x, err := ecdh.X25519().GenerateKey(rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			mixKey, err := skcrypto.MixHybridKey(other, x)
			if err != nil {
				t.Fatal(err)
			}
			w3, err := skcrypto.Wrap(s, mixKey.PublicKey(), info, secret)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(mixKey.PublicKey()[:1184], other.PublicKey()[:1184]) || !bytes.Equal(mixKey.PublicKey()[1184:], x.PublicKey().Bytes()) {
				t.Fatal("the mixed key is not made of the two halves")
			}
			if got, err := mixKey.Unwrap(info, w3); err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("the mixed key does not open its wrap: %v", err)
			}
			if _, err := other.Unwrap(info, w3); !errors.Is(err, skcrypto.ErrWrap) {
				t.Fatalf("the ML-KEM half alone opened a wrap: %v", err)
			}
		})
	}
}

// TestCheckOneTimeKey: low-order X25519 parts, wrong lengths and an
// ML-KEM-768 encapsulation key out of range are refused; real keys pass.
func TestCheckOneTimeKey(t *testing.T) {
	lowOrder := [][]byte{
		make([]byte, 32),
		append([]byte{1}, make([]byte, 31)...),
		{0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00},
	}
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		k, _ := skcrypto.GenerateRecipientKey(s, rand.Reader)
		pub := k.PublicKey()
		if err := skcrypto.CheckOneTimeKey(s, pub); err != nil {
			t.Fatalf("%v: a real key: %v", s, err)
		}
		for _, p := range lowOrder {
			bad := append(append([]byte(nil), pub[:len(pub)-32]...), p...)
			if err := skcrypto.CheckOneTimeKey(s, bad); !errors.Is(err, skcrypto.ErrPublicKey) {
				t.Errorf("%v: low-order %x accepted: %v", s, p, err)
			}
		}
		if err := skcrypto.CheckOneTimeKey(s, pub[1:]); !errors.Is(err, skcrypto.ErrPublicKey) {
			t.Errorf("%v: a short key accepted: %v", s, err)
		}
	}
	// ML-KEM-768 encapsulation key with a coefficient of 0xfff >= q = 3329.
	k, _ := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
	bad := k.PublicKey()
	bad[0], bad[1] = 0xff, 0xff
	if err := skcrypto.CheckOneTimeKey(session.Hybrid, bad); !errors.Is(err, skcrypto.ErrPublicKey) {
		t.Errorf("a malformed ML-KEM key accepted: %v", err)
	}
}

// TestHybridOneTimeBatch: the keys of a hybrid batch share its ML-KEM-768
// encapsulation key and differ in their X25519 part; a key serializes to
// the batch's seed and its own scalar (what a disclosure publishes), which
// rebuild it; no other key of the batch opens its wrap, so knowing the
// batch's ML-KEM-768 seed and another key's scalar opens nothing.
func TestHybridOneTimeBatch(t *testing.T) {
	seed, ek, err := skcrypto.GenerateMLKEMSeed(rand.Reader)
	if err != nil || len(seed) != skcrypto.MLKEMSeedSize || len(ek) != skcrypto.MLKEMEncapsulationKeySize {
		t.Fatalf("seed %d bytes, encapsulation key %d: %v", len(seed), len(ek), err)
	}
	var keys [2]*skcrypto.RecipientKey
	for i := range keys {
		x, err := skcrypto.GenerateX25519(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if keys[i], err = skcrypto.HybridOneTimeKey(seed, x.Bytes()); err != nil {
			t.Fatal(err)
		}
		pub := keys[i].PublicKey()
		if !bytes.Equal(pub[:1184], ek) || !bytes.Equal(pub[1184:], x.PublicKey().Bytes()) {
			t.Fatalf("key %d is not ek || X25519 public key", i)
		}
		if err := skcrypto.CheckOneTimeKey(session.Hybrid, pub); err != nil {
			t.Fatal(err)
		}
	}
	info, secret := []byte("info"), bytes.Repeat([]byte{9}, skcrypto.KeySize)
	w, err := skcrypto.Wrap(session.Hybrid, keys[0].PublicKey(), info, secret)
	if err != nil {
		t.Fatal(err)
	}
	disclosed, err := keys[0].Bytes()
	if err != nil || len(disclosed) != skcrypto.HybridOneTimeSecretLength || !bytes.Equal(disclosed[:64], seed) {
		t.Fatalf("disclosure of %d bytes: %v", len(disclosed), err)
	}
	k, err := skcrypto.ParseRecipientKey(session.Hybrid, disclosed)
	if err != nil || !bytes.Equal(k.PublicKey(), keys[0].PublicKey()) {
		t.Fatalf("the disclosure rebuilds another key: %v", err)
	}
	if got, err := k.Unwrap(info, w); err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("the disclosed key does not open its wrap: %v", err)
	}
	if _, err := keys[1].Unwrap(info, w); !errors.Is(err, skcrypto.ErrWrap) {
		t.Fatalf("another key of the batch (same ML-KEM-768 seed) opened the wrap: %v", err)
	}
	// Malformed secrets: wrong lengths, a zero scalar.
	for _, b := range [][]byte{disclosed[:95], append(bytes.Clone(disclosed), 1), append(bytes.Clone(seed), make([]byte, 32)...)} {
		if _, err := skcrypto.ParseRecipientKey(session.Hybrid, b); err == nil {
			t.Errorf("a %d-byte hybrid secret accepted", len(b))
		}
	}
	if _, err := skcrypto.HybridOneTimeKey(seed[:63], disclosed[64:]); !errors.Is(err, skcrypto.ErrKey) {
		t.Errorf("a short ML-KEM-768 seed: %v", err)
	}
}
