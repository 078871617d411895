package skcrypto

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func TestSuiteSizes(t *testing.T) {
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		k, err := GenerateRecipientKey(s, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(k.PublicKey()); got != KeyLength(s) {
			t.Errorf("%v: public key %d bytes, want %d", s, got, KeyLength(s))
		}
		info := WrapInfo([32]byte{1}, session.Miner)
		w, err := Wrap(s, k.PublicKey(), info, bytes.Repeat([]byte{7}, KeySize))
		if err != nil {
			t.Fatal(err)
		}
		if len(w) != WrapLength(s) {
			t.Errorf("%v: wrap %d bytes, want %d", s, len(w), WrapLength(s))
		}
		got, err := k.Unwrap(info, w)
		if err != nil || !bytes.Equal(got, bytes.Repeat([]byte{7}, KeySize)) {
			t.Errorf("%v: unwrap = %x, %v", s, got, err)
		}
		if _, err := k.Unwrap(WrapInfo([32]byte{1}, session.Oracle), w); !errors.Is(err, ErrWrap) {
			t.Errorf("%v: unwrap with another recipient's info: %v, want ErrWrap", s, err)
		}
	}
}

func TestTripartiteAgreement(t *testing.T) {
	u, _ := GenerateX25519(rand.Reader)
	m, _ := GenerateX25519(rand.Reader)
	o, _ := GenerateX25519(rand.Reader)
	U, M, O := PublicBytes(u), PublicBytes(m), PublicBytes(o)
	pu, _ := X25519(u, M[:]) // user's partial, for the oracle
	pm, _ := X25519(m, O[:]) // miner's partial, for the user
	po, _ := X25519(o, U[:]) // oracle's partial, for the miner
	zu, err1 := X25519(u, pm[:])
	zm, err2 := X25519(m, po[:])
	zo, err3 := X25519(o, pu[:])
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if zu != zm || zm != zo {
		t.Fatalf("Z differs: %x %x %x", zu, zm, zo)
	}
}

func TestSessionKeyCloneIsIndependent(t *testing.T) {
	k, err := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, KeySize), [32]byte{2})
	if err != nil {
		t.Fatal(err)
	}
	c := k.Clone()
	if !c.Equal(k) || c.Attestation() != k.Attestation() {
		t.Fatal("clone differs")
	}
	k.Zero()
	if c.Equal(k) || bytes.Equal(c.Bytes(), make([]byte, KeySize)) {
		t.Fatal("zeroing the original zeroed the clone")
	}
}
