package skcrypto

import (
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/mlkem"
	"crypto/sha3"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// mlkemKeyLength is the length of the ML-KEM-768 encapsulation key that
// opens a hybrid public key.
const mlkemKeyLength = HybridKeyLength - X25519KeySize

// CheckOneTimeKey reports whether pub is a usable one-time X25519 key: a
// point of no small order (docs/PROTOCOL.md §6.4). The contract only
// refuses the all-zero key; a user checks every one-time key before it
// names it in open, so that a recipient publishing bad keys cannot make a
// session fail on the user's account.
func CheckOneTimeKey(pub [32]byte) error {
	if err := CheckX25519Order(pub[:]); err != nil {
		return fmt.Errorf("%w: one-time key: %v", ErrPublicKey, err)
	}
	return nil
}

// OneTimeRecipientPublic returns the public key a Method 2 wrap to a
// recipient that uses one-time key oneTime is sealed to (docs/PROTOCOL.md
// §6.4). Suite X25519: the one-time key itself; registered is ignored.
// Suite Hybrid: the ML-KEM-768 part of the recipient's registered hybrid
// key (its first 1184 bytes) followed by the one-time key, so the wrap
// needs both the registered ML-KEM secret and the one-time X25519 secret.
func OneTimeRecipientPublic(s session.Suite, registered []byte, oneTime [32]byte) ([]byte, error) {
	switch s {
	case session.X25519:
		return append([]byte(nil), oneTime[:]...), nil
	case session.Hybrid:
		if len(registered) != HybridKeyLength {
			return nil, fmt.Errorf("%w: registered hybrid key of %d bytes", ErrPublicKey, len(registered))
		}
		out := make([]byte, 0, HybridKeyLength)
		out = append(out, registered[:mlkemKeyLength]...)
		return append(out, oneTime[:]...), nil
	}
	return nil, fmt.Errorf("skcrypto: unknown suite %v", s)
}

// OneTimeRecipientKey returns the private key that opens wraps to
// OneTimeRecipientPublic(s, registered.PublicKey(), oneTime's public key):
// the one-time X25519 key alone for Suite X25519 (registered may be nil),
// and for Suite Hybrid the ML-KEM-768 key of the registered hybrid key
// beside the one-time X25519 key. Its Bytes fails for Suite Hybrid: the
// agent stores the two halves apart, never the combination.
func OneTimeRecipientKey(s session.Suite, registered *RecipientKey, oneTime *ecdh.PrivateKey) (*RecipientKey, error) {
	switch s {
	case session.X25519:
		priv, err := hpke.NewDHKEMPrivateKey(oneTime)
		if err != nil {
			return nil, fmt.Errorf("skcrypto: one-time key: %w", err)
		}
		return &RecipientKey{suite: s, priv: priv}, nil
	case session.Hybrid:
		if registered == nil || registered.suite != session.Hybrid {
			return nil, fmt.Errorf("skcrypto: a hybrid one-time key needs the registered hybrid key")
		}
		dk, err := registered.mlkem()
		if err != nil {
			return nil, err
		}
		priv, err := hpke.NewHybridPrivateKey(dk, oneTime)
		if err != nil {
			return nil, fmt.Errorf("skcrypto: hybrid one-time key: %w", err)
		}
		return &RecipientKey{suite: s, priv: priv}, nil
	}
	return nil, fmt.Errorf("skcrypto: unknown suite %v", s)
}

// mlkem returns the ML-KEM-768 decapsulation key of a hybrid key made from
// a seed: MLKEM768-X25519 (X-Wing) expands its 32-byte seed with SHAKE256
// to 96 bytes, the first 64 of which seed ML-KEM-768.
func (k *RecipientKey) mlkem() (*mlkem.DecapsulationKey768, error) {
	seed, err := k.priv.Bytes()
	if err != nil {
		return nil, fmt.Errorf("skcrypto: registered hybrid key without its seed: %w", err)
	}
	expanded := sha3.SumSHAKE256(seed, 96)
	defer clear(expanded[:])
	dk, err := mlkem.NewDecapsulationKey768(expanded[:64])
	if err != nil {
		return nil, fmt.Errorf("skcrypto: expanding the hybrid seed: %w", err)
	}
	return dk, nil
}
