package skcrypto

import (
	"crypto/ecdh"
	"errors"
	"fmt"
	"io"
)

// X25519 sizes.
const (
	X25519KeySize = 32
)

var (
	// ErrPublicKey is returned for a public key, ephemeral key or partial of
	// the wrong length.
	ErrPublicKey = errors.New("skcrypto: invalid public key")
	// ErrLowOrder is returned when an X25519 agreement yields the all-zero
	// value: the peer's point has small order, and the result carries no
	// secret. Every agreement, partials included, is checked.
	ErrLowOrder = errors.New("skcrypto: low-order point (all-zero X25519 output)")
)

// GenerateX25519 makes an X25519 private key from 32 bytes read from rand.
// Reading the scalar ourselves (rather than ecdh's GenerateKey, which ignores
// its reader) makes test vectors reproducible from a fixed reader.
func GenerateX25519(rand io.Reader) (*ecdh.PrivateKey, error) {
	var seed [X25519KeySize]byte
	if _, err := io.ReadFull(rand, seed[:]); err != nil {
		return nil, fmt.Errorf("skcrypto: reading randomness: %w", err)
	}
	k, err := ecdh.X25519().NewPrivateKey(seed[:])
	clear(seed[:])
	return k, err
}

// ParseX25519Private parses a 32-byte X25519 scalar (as stored by an agent).
func ParseX25519Private(b []byte) (*ecdh.PrivateKey, error) {
	k, err := ecdh.X25519().NewPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("skcrypto: invalid X25519 private key: %w", err)
	}
	return k, nil
}

// ParseX25519Public parses a 32-byte X25519 public key. Low-order points are
// accepted here and rejected by X25519 when they are used, where the
// all-zero check is exact (RFC 7748, Section 6.1).
func ParseX25519Public(b []byte) (*ecdh.PublicKey, error) {
	if len(b) != X25519KeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrPublicKey, len(b), X25519KeySize)
	}
	k, err := ecdh.X25519().NewPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPublicKey, err)
	}
	return k, nil
}

// X25519 returns X25519(priv, peer), rejecting a peer of the wrong length and
// an all-zero result (ErrLowOrder).
func X25519(priv *ecdh.PrivateKey, peer []byte) ([32]byte, error) {
	pub, err := ParseX25519Public(peer)
	if err != nil {
		return [32]byte{}, err
	}
	z, err := priv.ECDH(pub)
	if err != nil {
		// crypto/ecdh's only X25519 failure is the all-zero output.
		return [32]byte{}, fmt.Errorf("%w: %v", ErrLowOrder, err)
	}
	out := [32]byte(z)
	clear(z)
	return out, nil
}

// PublicBytes returns the 32-byte public key of priv.
func PublicBytes(priv *ecdh.PrivateKey) [32]byte {
	return [32]byte(priv.PublicKey().Bytes())
}
