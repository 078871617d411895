package skcrypto

import (
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// ErrDecrypt is returned when a ciphertext does not authenticate, or is too
// short or has a nonce of the wrong length to be one.
var ErrDecrypt = errors.New("skcrypto: message authentication failed")

// AEAD is ChaCha20-Poly1305 or XChaCha20-Poly1305 with the length checks that
// cipher.AEAD leaves to the caller: its Seal and Open panic on a nonce of the
// wrong length, these return an error.
type AEAD struct {
	aead cipher.AEAD
}

// NewChaCha20Poly1305 returns ChaCha20-Poly1305 (RFC 8439, 12-byte nonces).
func NewChaCha20Poly1305(key []byte) (*AEAD, error) {
	a, err := chacha20poly1305.New(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKey, err)
	}
	return &AEAD{a}, nil
}

// NewXChaCha20Poly1305 returns XChaCha20-Poly1305 (24-byte nonces).
func NewXChaCha20Poly1305(key []byte) (*AEAD, error) {
	a, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKey, err)
	}
	return &AEAD{a}, nil
}

// NonceSize is the nonce length in bytes.
func (a *AEAD) NonceSize() int { return a.aead.NonceSize() }

// Overhead is the tag length in bytes.
func (a *AEAD) Overhead() int { return a.aead.Overhead() }

// Seal encrypts and authenticates plaintext and additional data.
func (a *AEAD) Seal(nonce, plaintext, additionalData []byte) ([]byte, error) {
	if len(nonce) != a.aead.NonceSize() {
		return nil, fmt.Errorf("skcrypto: nonce of %d bytes, want %d", len(nonce), a.aead.NonceSize())
	}
	return a.aead.Seal(nil, nonce, plaintext, additionalData), nil
}

// Open authenticates and decrypts. Every failure is ErrDecrypt.
func (a *AEAD) Open(nonce, ciphertext, additionalData []byte) ([]byte, error) {
	if len(nonce) != a.aead.NonceSize() || len(ciphertext) < a.aead.Overhead() {
		return nil, ErrDecrypt
	}
	pt, err := a.aead.Open(nil, nonce, ciphertext, additionalData)
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

// Traffic is the message layer of an established session: one
// ChaCha20-Poly1305 key per sending role, derived from K.
//
// Each message carries its sender's traffic counter (docs/PROTOCOL.md §8):
// one per role and session, never reused, and not the contract's request
// number seq. The nonce is 4 zero bytes || counter (big-endian u64). It may
// be a counter because each sender has its own key and the agent persists
// the counter before it uses it, so a (key, nonce) pair never repeats,
// across restarts included. The associated data binds the session, the
// sender and the counter, so a message cannot be moved to another session,
// claimed by another sender, or reordered:
//
//	ad = "sessionkeystore/v1/message" || sessionId (32) || TH (32)
//	     || sender (1) || counter (u64) || caller's context
type Traffic struct {
	id    session.ID
	th    [32]byte
	aeads [3]*AEAD
}

// Traffic returns the message layer of the session key.
func (k *SessionKey) Traffic() *Traffic {
	t := &Traffic{id: k.id, th: k.th}
	for _, r := range session.Roles {
		key := k.trafficKey(r)
		a, err := NewChaCha20Poly1305(key)
		clear(key)
		if err != nil {
			panic("skcrypto: ChaCha20-Poly1305 rejected a 32-byte key: " + err.Error()) // cannot happen
		}
		t.aeads[r] = a
	}
	return t
}

func messageNonce(counter uint64) []byte {
	var n [chacha20poly1305.NonceSize]byte
	binary.BigEndian.PutUint64(n[4:], counter)
	return n[:]
}

func (t *Traffic) messageAD(sender session.Role, counter uint64, context []byte) []byte {
	ad := make([]byte, 0, len(labelMessage)+32+32+1+8+len(context))
	ad = append(ad, labelMessage...)
	ad = append(ad, t.id[:]...)
	ad = append(ad, t.th[:]...)
	ad = append(ad, byte(sender))
	ad = binary.BigEndian.AppendUint64(ad, counter)
	return append(ad, context...)
}

// Seal encrypts the message with traffic counter counter from sender. The
// caller guarantees that it never seals two messages with the same
// (sender, counter).
func (t *Traffic) Seal(sender session.Role, counter uint64, plaintext, context []byte) ([]byte, error) {
	if !sender.Valid() {
		return nil, fmt.Errorf("skcrypto: invalid sender %v", sender)
	}
	return t.aeads[sender].Seal(messageNonce(counter), plaintext, t.messageAD(sender, counter, context))
}

// Open decrypts the message with traffic counter counter from sender.
// Every failure is ErrDecrypt.
func (t *Traffic) Open(sender session.Role, counter uint64, ciphertext, context []byte) ([]byte, error) {
	if !sender.Valid() {
		return nil, ErrDecrypt
	}
	return t.aeads[sender].Open(messageNonce(counter), ciphertext, t.messageAD(sender, counter, context))
}
