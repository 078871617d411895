package skcrypto

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hpke"
	"errors"
	"fmt"
	"io"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Sizes of the Method 2 suites' public keys and wraps (enc || sealed secret).
const (
	X25519WrapLength = 32 + KeySize + 16        // enc, secret, Poly1305 tag
	HybridKeyLength  = 1184 + 32                // ML-KEM-768 encapsulation key || X25519
	HybridWrapLength = 1088 + 32 + KeySize + 16 // ML-KEM-768 ciphertext || X25519 enc, secret, tag
)

// ErrWrap is returned for a wrap that has the wrong length or does not open.
// The reason is deliberately not refined further: what failed inside HPKE is
// of no use to a peer, and the agent logs the wrap's session and sender.
var ErrWrap = errors.New("skcrypto: invalid wrap")

// KeyLength is the length of a public key of suite s.
func KeyLength(s session.Suite) int {
	if s == session.Hybrid {
		return HybridKeyLength
	}
	return X25519KeySize
}

// WrapLength is the length of a wrap of suite s.
func WrapLength(s session.Suite) int {
	if s == session.Hybrid {
		return HybridWrapLength
	}
	return X25519WrapLength
}

// kem returns the HPKE KEM of suite s. The KDF and AEAD are the same for
// both suites: HKDF-SHA256 and ChaCha20-Poly1305.
func kem(s session.Suite) (hpke.KEM, error) {
	switch s {
	case session.X25519:
		return hpke.DHKEM(ecdh.X25519()), nil
	case session.Hybrid:
		return hpke.MLKEM768X25519(), nil
	}
	return nil, fmt.Errorf("skcrypto: unknown suite %v", s)
}

// RecipientKey is a Method 2 recipient's private key: a registered key,
// the user's per-session key, or a one-time key of a recipient's pool.
type RecipientKey struct {
	suite session.Suite
	priv  hpke.PrivateKey
	// expanded is, for a hybrid one-time key of a shared batch, its
	// serialization: the batch's ML-KEM-768 seed || the key's X25519
	// scalar (crypto/hpke cannot serialize a key it did not derive from a
	// seed). Nil for every other key.
	expanded []byte
}

// GenerateRecipientKey makes a recipient key of suite s from 32 bytes read
// from rand (HPKE DeriveKeyPair, RFC 9180 Section 7.1.3), so tests can fix it.
func GenerateRecipientKey(s session.Suite, rand io.Reader) (*RecipientKey, error) {
	k, err := kem(s)
	if err != nil {
		return nil, err
	}
	var ikm [32]byte
	if _, err := io.ReadFull(rand, ikm[:]); err != nil {
		return nil, fmt.Errorf("skcrypto: reading randomness: %w", err)
	}
	priv, err := k.DeriveKeyPair(ikm[:])
	clear(ikm[:])
	if err != nil {
		return nil, fmt.Errorf("skcrypto: deriving %v key: %w", s, err)
	}
	return &RecipientKey{suite: s, priv: priv}, nil
}

// ParseRecipientKey parses a private key serialized by Bytes: 32 bytes
// (an X25519 scalar, or a hybrid key's seed), or for Suite Hybrid
// HybridOneTimeSecretLength bytes, a one-time key of a shared batch.
func ParseRecipientKey(s session.Suite, b []byte) (*RecipientKey, error) {
	if s == session.Hybrid && len(b) == HybridOneTimeSecretLength {
		return HybridOneTimeKey(b[:MLKEMSeedSize], b[MLKEMSeedSize:])
	}
	k, err := kem(s)
	if err != nil {
		return nil, err
	}
	priv, err := k.NewPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("skcrypto: invalid %v private key: %w", s, err)
	}
	return &RecipientKey{suite: s, priv: priv}, nil
}

// Suite returns the key's suite.
func (k *RecipientKey) Suite() session.Suite { return k.suite }

// Bytes serializes the private key (RFC 9180 SerializePrivateKey; for the
// hybrid suite, the 32-byte seed, or for a one-time key of a shared hybrid
// batch the HybridOneTimeSecretLength bytes of HybridOneTimeKey), for the
// agent's secret store and a blame disclosure only. The result is a copy
// the caller may clear: crypto/hpke's hybrid key returns its own seed.
func (k *RecipientKey) Bytes() ([]byte, error) {
	if k.expanded != nil {
		return bytes.Clone(k.expanded), nil
	}
	b, err := k.priv.Bytes()
	return bytes.Clone(b), err
}

// PublicKey returns the serialized public key, as registered on chain.
func (k *RecipientKey) PublicKey() []byte { return k.priv.PublicKey().Bytes() }

// CheckRecipientPublicKey reports whether b is a usable public key of suite
// s: of the right length, accepted by the KEM, and with an X25519 part
// (the whole key, or X-Wing's last 32 bytes) of no small order: such a key
// would make the KEM's shared secret predictable. Encapsulation fails on
// it later anyway; rejecting it when it is seen lets its owner be named
// (docs/PROTOCOL.md §6.2).
func CheckRecipientPublicKey(s session.Suite, b []byte) error {
	if _, err := parseRecipientPublic(s, b); err != nil {
		return err
	}
	if err := CheckX25519Order(b[len(b)-X25519KeySize:]); err != nil {
		return fmt.Errorf("%w: %v key: %v", ErrPublicKey, s, err)
	}
	return nil
}

func parseRecipientPublic(s session.Suite, b []byte) (hpke.PublicKey, error) {
	k, err := kem(s)
	if err != nil {
		return nil, err
	}
	if len(b) != KeyLength(s) {
		return nil, fmt.Errorf("%w: %v key of %d bytes, want %d", ErrPublicKey, s, len(b), KeyLength(s))
	}
	pub, err := k.NewPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPublicKey, err)
	}
	return pub, nil
}

// checkX25519Order reports an X25519 public key of small order: every
// clamped scalar is a multiple of the cofactor, so X25519 of any scalar
// with such a point is all-zero.
func CheckX25519Order(pub []byte) error {
	probe, err := ecdh.X25519().NewPrivateKey([]byte("sessionkeystore/v1/order-probe!!"))
	if err != nil {
		return err
	}
	_, err = X25519(probe, pub)
	return err
}

// WrapInfo returns the HPKE info of a wrap: "sessionkeystore/v1/wrap" ||
// prewrap transcript hash || recipient role. It binds the wrap to this
// session (chain, contract, id, parties, keys) and to its recipient, so a
// wrap cannot be replayed into another session or redirected to the other
// recipient.
func WrapInfo(prewrapHash [32]byte, recipient session.Role) []byte {
	info := make([]byte, 0, len(labelWrap)+33)
	info = append(info, labelWrap...)
	info = append(info, prewrapHash[:]...)
	return append(info, byte(recipient))
}

// Wrap seals the 32-byte secret to a recipient's public key of suite s with
// HPKE base mode (KEM of s, HKDF-SHA256, ChaCha20-Poly1305) and returns
// enc || ciphertext. The encapsulation randomness comes from crypto/rand.
func Wrap(s session.Suite, recipientPublic []byte, info []byte, secret []byte) ([]byte, error) {
	if len(secret) != KeySize {
		return nil, fmt.Errorf("%w: secret of %d bytes, want %d", ErrKey, len(secret), KeySize)
	}
	pub, err := parseRecipientPublic(s, recipientPublic)
	if err != nil {
		return nil, err
	}
	out, err := hpke.Seal(pub, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), info, secret)
	if err != nil {
		// For DHKEM(X25519) this is a low-order recipient key.
		return nil, fmt.Errorf("%w: sealing to %v key: %v", ErrPublicKey, s, err)
	}
	return out, nil
}

// Unwrap opens a wrap made by Wrap. The length is checked before anything
// is parsed; any failure is ErrWrap.
func (k *RecipientKey) Unwrap(info, wrapped []byte) ([]byte, error) {
	if len(wrapped) != WrapLength(k.suite) {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrWrap, len(wrapped), WrapLength(k.suite))
	}
	secret, err := hpke.Open(k.priv, hpke.HKDFSHA256(), hpke.ChaCha20Poly1305(), info, wrapped)
	if err != nil {
		return nil, fmt.Errorf("%w: it does not open with this key and info", ErrWrap)
	}
	if len(secret) != KeySize {
		clear(secret)
		return nil, fmt.Errorf("%w: secret of %d bytes", ErrWrap, len(secret))
	}
	return secret, nil
}
