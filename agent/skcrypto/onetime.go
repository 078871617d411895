package skcrypto

import (
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/mlkem"
	"crypto/sha3"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// A one-time recipient key (docs/PROTOCOL.md §6.4) is a recipient key of
// its suite like any other (GenerateRecipientKey, ParseRecipientKey): a
// one-time X25519 key for Suite X25519; for Suite Hybrid a whole one-time
// MLKEM768-X25519 key, an ML-KEM-768 encapsulation key and an X25519 key
// both derived from one 32-byte seed, so that a wrap to it needs both
// one-time secrets and neither half outlives the session. The hybrid KEM's
// combiner binds both public halves: ML-KEM-768's shared secret hashes its
// encapsulation key, and the combiner hashes the X25519 ciphertext and
// public key beside both shared secrets (RFC 9180 with
// draft-ietf-hpke-pq's MLKEM768-X25519). The serialized private key
// (Bytes) is the X25519 scalar or the hybrid seed: 32 bytes either way,
// what a blame disclosure publishes.

// CheckOneTimeKey reports whether pub is a usable one-time key of suite s
// (docs/PROTOCOL.md §6.4): of the suite's length, accepted by the KEM (for
// Suite Hybrid: an ML-KEM-768 encapsulation key whose coefficients are
// reduced), and with an X25519 part of no small order. The contract only
// refuses an all-zero X25519 part; a user checks every one-time key before
// it names it in open, so that a recipient publishing bad keys cannot make
// a session fail on the user's account.
func CheckOneTimeKey(s session.Suite, pub []byte) error {
	if err := CheckRecipientPublicKey(s, pub); err != nil {
		return fmt.Errorf("one-time key: %w", err)
	}
	return nil
}

// MixHybridKey returns the hybrid private key made of the ML-KEM-768 half
// of hybrid key h and the X25519 key x: what someone holding the secrets
// of two different keys would try against a hybrid wrap. The agent never
// uses it; the forward-secrecy tests do, to show that no combination of
// stored secrets opens a session's wraps. Its Bytes fails: it has no seed.
func MixHybridKey(h *RecipientKey, x *ecdh.PrivateKey) (*RecipientKey, error) {
	if h == nil || h.suite != session.Hybrid {
		return nil, fmt.Errorf("skcrypto: mixing needs a hybrid key")
	}
	seed, err := h.priv.Bytes()
	if err != nil {
		return nil, fmt.Errorf("skcrypto: hybrid key without its seed: %w", err)
	}
	// MLKEM768-X25519 expands its 32-byte seed with SHAKE256 to 96 bytes,
	// the first 64 of which seed ML-KEM-768.
	expanded := sha3.SumSHAKE256(seed, 96)
	defer clear(expanded[:])
	dk, err := mlkem.NewDecapsulationKey768(expanded[:64])
	if err != nil {
		return nil, fmt.Errorf("skcrypto: expanding the hybrid seed: %w", err)
	}
	priv, err := hpke.NewHybridPrivateKey(dk, x)
	if err != nil {
		return nil, fmt.Errorf("skcrypto: mixed hybrid key: %w", err)
	}
	return &RecipientKey{suite: session.Hybrid, priv: priv}, nil
}
