package skcrypto

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/mlkem"
	"crypto/sha3"
	"errors"
	"fmt"
	"io"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// A one-time recipient key (docs/PROTOCOL.md §6.4) is a recipient key of
// its suite like any other: for Suite X25519 a one-time X25519 key
// (GenerateRecipientKey, ParseRecipientKey), serialized as its 32-byte
// scalar. For Suite Hybrid the keys of one published batch share one
// ML-KEM-768 key and each has its own X25519 key: the public key of key i
// is ek || x_i, 1,216 bytes, the format of every hybrid recipient key, so
// wraps and transcripts do not tell it from a registered key. Its private
// half is the batch's 64-byte ML-KEM-768 seed (d || z, FIPS 203) and its
// own X25519 scalar (HybridOneTimeKey); serialized as seed || scalar
// (HybridOneTimeSecretLength bytes), which is also what a blame disclosure
// publishes. The hybrid KEM's combiner binds both public halves: ML-KEM-768's
// shared secret hashes its encapsulation key, and the combiner hashes the
// X25519 ciphertext and public key beside both shared secrets (RFC 9180
// with draft-ietf-hpke-pq's MLKEM768-X25519). A wrap to such a key needs
// both secrets: the batch's ML-KEM-768 seed alone opens none of its wraps.

// Sizes of a shared-batch hybrid one-time key's secrets.
const (
	// MLKEMSeedSize is the length of an ML-KEM-768 decapsulation key seed
	// (d || z), the secret a hybrid batch's keys share.
	MLKEMSeedSize = mlkem.SeedSize
	// MLKEMEncapsulationKeySize is the length of an ML-KEM-768
	// encapsulation key, the first part of a hybrid public key.
	MLKEMEncapsulationKeySize = mlkem.EncapsulationKeySize768
	// HybridOneTimeSecretLength is the serialization of a hybrid one-time
	// key of a shared batch: its batch's ML-KEM-768 seed, then its X25519
	// scalar.
	HybridOneTimeSecretLength = MLKEMSeedSize + X25519KeySize
)

// GenerateMLKEMSeed reads a fresh ML-KEM-768 seed, the shared secret of a
// hybrid one-time batch, from rand, and returns it with the encapsulation
// key it determines (the first 1,184 bytes of each of the batch's keys).
func GenerateMLKEMSeed(rand io.Reader) (seed, encapsulationKey []byte, err error) {
	seed = make([]byte, MLKEMSeedSize)
	if _, err := io.ReadFull(rand, seed); err != nil {
		return nil, nil, fmt.Errorf("skcrypto: reading randomness: %w", err)
	}
	dk, err := mlkem.NewDecapsulationKey768(seed)
	if err != nil {
		clear(seed)
		return nil, nil, fmt.Errorf("skcrypto: ML-KEM-768 seed: %w", err)
	}
	return seed, dk.EncapsulationKey().Bytes(), nil
}

// HybridOneTimeKey returns the hybrid one-time key made of the ML-KEM-768
// key of mlkemSeed (its batch's) and the X25519 key of scalar: public key
// ek || X25519(scalar, G). The key keeps a copy of both secrets (its
// Bytes); the caller may clear its own.
func HybridOneTimeKey(mlkemSeed, scalar []byte) (*RecipientKey, error) {
	if len(mlkemSeed) != MLKEMSeedSize || len(scalar) != X25519KeySize {
		return nil, fmt.Errorf("%w: a hybrid one-time key from %d + %d bytes, want %d + %d",
			ErrKey, len(mlkemSeed), len(scalar), MLKEMSeedSize, X25519KeySize)
	}
	if bytes.Equal(scalar, make([]byte, X25519KeySize)) {
		return nil, fmt.Errorf("%w: a hybrid one-time key with a zero X25519 scalar", ErrKey)
	}
	dk, err := mlkem.NewDecapsulationKey768(mlkemSeed)
	if err != nil {
		return nil, fmt.Errorf("%w: ML-KEM-768 seed: %v", ErrKey, err)
	}
	x, err := ecdh.X25519().NewPrivateKey(scalar)
	if err != nil {
		return nil, fmt.Errorf("%w: X25519 scalar: %v", ErrKey, err)
	}
	priv, err := hpke.NewHybridPrivateKey(dk, x)
	if err != nil {
		return nil, fmt.Errorf("skcrypto: hybrid one-time key: %w", err)
	}
	expanded := make([]byte, 0, HybridOneTimeSecretLength)
	expanded = append(append(expanded, mlkemSeed...), scalar...)
	return &RecipientKey{suite: session.Hybrid, priv: priv, expanded: expanded}, nil
}

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
// stored secrets opens a session's wraps.
func MixHybridKey(h *RecipientKey, x *ecdh.PrivateKey) (*RecipientKey, error) {
	if h == nil || h.suite != session.Hybrid {
		return nil, errors.New("skcrypto: mixing needs a hybrid key")
	}
	if x == nil {
		return nil, errors.New("skcrypto: mixing needs an X25519 key")
	}
	seed := h.expanded
	if seed == nil {
		s, err := h.priv.Bytes()
		if err != nil {
			return nil, fmt.Errorf("skcrypto: hybrid key without its seed: %w", err)
		}
		// MLKEM768-X25519 expands its 32-byte seed with SHAKE256 to 96
		// bytes, the first 64 of which seed ML-KEM-768.
		expanded := sha3.SumSHAKE256(s, 96)
		defer clear(expanded[:])
		seed = expanded[:]
	}
	return HybridOneTimeKey(seed[:MLKEMSeedSize], x.Bytes())
}
