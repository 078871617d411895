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

// TestOneTimeRecipientKey: a wrap sealed to the one-time recipient public
// key opens with the one-time recipient key, and with nothing else: not the
// registered key, not another one-time key. For the hybrid suite the public
// key keeps the registered key's ML-KEM part and replaces its X25519 part.
func TestOneTimeRecipientKey(t *testing.T) {
	info := []byte("info")
	secret := bytes.Repeat([]byte{7}, skcrypto.KeySize)
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(s.String(), func(t *testing.T) {
			reg, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			ot, _ := ecdh.X25519().GenerateKey(rand.Reader)
			other, _ := ecdh.X25519().GenerateKey(rand.Reader)
			pub, err := skcrypto.OneTimeRecipientPublic(s, reg.PublicKey(), [32]byte(ot.PublicKey().Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if len(pub) != skcrypto.KeyLength(s) {
				t.Fatalf("public key of %d bytes", len(pub))
			}
			if s == session.Hybrid && !bytes.Equal(pub[:1184], reg.PublicKey()[:1184]) {
				t.Fatal("hybrid: the ML-KEM part is not the registered key's")
			}
			if !bytes.Equal(pub[len(pub)-32:], ot.PublicKey().Bytes()) {
				t.Fatal("the X25519 part is not the one-time key")
			}
			w, err := skcrypto.Wrap(s, pub, info, secret)
			if err != nil {
				t.Fatal(err)
			}
			k, err := skcrypto.OneTimeRecipientKey(s, reg, ot)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(k.PublicKey(), pub) {
				t.Fatal("private key's public half differs")
			}
			got, err := k.Unwrap(info, w)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("unwrap: %x, %v", got, err)
			}
			if _, err := reg.Unwrap(info, w); !errors.Is(err, skcrypto.ErrWrap) {
				t.Fatalf("the registered key alone opened a one-time wrap: %v", err)
			}
			wrong, err := skcrypto.OneTimeRecipientKey(s, reg, other)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := wrong.Unwrap(info, w); !errors.Is(err, skcrypto.ErrWrap) {
				t.Fatalf("another one-time key opened the wrap: %v", err)
			}
		})
	}
	if _, err := skcrypto.OneTimeRecipientPublic(session.Hybrid, make([]byte, 32), [32]byte{9}); !errors.Is(err, skcrypto.ErrPublicKey) {
		t.Fatalf("hybrid with a short registered key: %v", err)
	}
	ot, _ := ecdh.X25519().GenerateKey(rand.Reader)
	x, _ := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
	if _, err := skcrypto.OneTimeRecipientKey(session.Hybrid, x, ot); err == nil {
		t.Fatal("hybrid one-time key from an X25519 registered key")
	}
}

// TestCheckOneTimeKey: low-order points are refused, a real key passes.
func TestCheckOneTimeKey(t *testing.T) {
	ot, _ := ecdh.X25519().GenerateKey(rand.Reader)
	if err := skcrypto.CheckOneTimeKey([32]byte(ot.PublicKey().Bytes())); err != nil {
		t.Fatalf("a real key: %v", err)
	}
	// Points of small order (RFC 7748 §6.1 and the curve's 8-torsion).
	lowOrder := [][32]byte{
		{},
		{1},
		{0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00},
	}
	for _, p := range lowOrder {
		if err := skcrypto.CheckOneTimeKey(p); !errors.Is(err, skcrypto.ErrPublicKey) {
			t.Errorf("low-order %x accepted: %v", p, err)
		}
	}
}
