package skcrypto

import (
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Labels of every derivation. Each is distinct, so no two derivations from the
// same secret can collide; each names the protocol version, so a future
// version derives unrelated keys from the same inputs.
const (
	labelTranscript = "sessionkeystore/v1/transcript"
	labelSessionKey = "sessionkeystore/v1/session-key"
	labelAttest     = "sessionkeystore/v1/attest"
	labelTraffic    = "sessionkeystore/v1/traffic"
	labelWrap       = "sessionkeystore/v1/wrap"
	labelMessage    = "sessionkeystore/v1/message"
	labelResult     = "sessionkeystore/v1/result"
	// labelStream keys and binds an off-chain inference stream (stream.go).
	labelStream = "sessionkeystore/v1/stream"
	// labelStreamResult is the result commitment of a streamed inference.
	labelStreamResult = "sessionkeystore/v1/stream-result"
	// labelEndpoint derives the bearer tokens of the endpoints (stream.go).
	labelEndpoint = "sessionkeystore/v1/endpoint"
	// LabelCommitment is hashed into COMMITMENT_DOMAIN on chain.
	LabelCommitment = "sessionkeystore/v1/commitment"
)

// KeySize is the size of the session key, of traffic keys and of the Method 2
// wrapped secret.
const KeySize = 32

// ErrKey is returned when key material has the wrong size.
var ErrKey = errors.New("skcrypto: invalid key size")

// HKDF is HKDF-SHA256 (RFC 5869): Extract with salt, then Expand with info to
// length bytes. It fails for length > 255*32, as the RFC requires.
func HKDF(secret, salt []byte, info string, length int) ([]byte, error) {
	out, err := hkdf.Key(sha256.New, secret, salt, info, length)
	if err != nil {
		return nil, fmt.Errorf("skcrypto: hkdf: %w", err)
	}
	return out, nil
}

// SessionKey is the shared symmetric key K of an established session, bound
// to the session's transcript hash. It never leaves the process except into
// the agent's secret store, and is never compared with ==.
type SessionKey struct {
	id  session.ID
	th  [32]byte
	key [KeySize]byte
}

// DeriveSessionKey computes K = HKDF-SHA256(ikm, salt = transcript hash,
// info = "sessionkeystore/v1/session-key"), 32 bytes. ikm is Z (Method 1) or
// the unwrapped secret (Method 2). Salting with the full transcript hash makes
// K unique to this session even when ikm repeats (a replayed wrap).
func DeriveSessionKey(id session.ID, ikm []byte, transcriptHash [32]byte) (*SessionKey, error) {
	if len(ikm) != KeySize {
		return nil, fmt.Errorf("%w: secret of %d bytes, want %d", ErrKey, len(ikm), KeySize)
	}
	k, err := HKDF(ikm, transcriptHash[:], labelSessionKey, KeySize)
	if err != nil {
		return nil, err
	}
	sk := &SessionKey{id: id, th: transcriptHash}
	copy(sk.key[:], k)
	clear(k)
	return sk, nil
}

// RestoreSessionKey rebuilds a SessionKey from its stored bytes (see Bytes).
func RestoreSessionKey(id session.ID, transcriptHash [32]byte, key []byte) (*SessionKey, error) {
	if len(key) != KeySize {
		return nil, fmt.Errorf("%w: session key of %d bytes, want %d", ErrKey, len(key), KeySize)
	}
	sk := &SessionKey{id: id, th: transcriptHash}
	copy(sk.key[:], key)
	return sk, nil
}

// Clone returns an independent copy of k: zeroing one leaves the other.
func (k *SessionKey) Clone() *SessionKey {
	c := *k
	return &c
}

// ID returns the session the key belongs to.
func (k *SessionKey) ID() session.ID { return k.id }

// TranscriptHash returns the transcript hash the key is bound to.
func (k *SessionKey) TranscriptHash() [32]byte { return k.th }

// Bytes returns a copy of K, for the agent's secret store only.
func (k *SessionKey) Bytes() []byte { return append([]byte(nil), k.key[:]...) }

// Equal reports whether two session keys are equal, in constant time.
func (k *SessionKey) Equal(o *SessionKey) bool {
	return subtle.ConstantTimeCompare(k.key[:], o.key[:]) == 1 && k.th == o.th && k.id == o.id
}

// Attestation returns A = HKDF-Expand(K, "sessionkeystore/v1/attest" || TH, 32).
// It is published on chain: it reveals nothing about K (HKDF-Expand is a PRF
// keyed by K), unlike a plain hash of K which would let anyone test guesses
// of a low-entropy K, and it binds the transcript so it cannot be replayed
// into another session.
func (k *SessionKey) Attestation() [32]byte {
	a, err := hkdf.Expand(sha256.New, k.key[:], labelAttest+string(k.th[:]), 32)
	if err != nil {
		panic("skcrypto: hkdf.Expand of 32 bytes failed: " + err.Error()) // cannot happen: 32 <= 255*32
	}
	return [32]byte(a)
}

// ResultCommitment returns the miner's commitment to inference seq:
//
//	C = HKDF-Expand(K, "sessionkeystore/v1/result" || TH || seq (u64)
//	                   || SHA-256(prompt envelope) || SHA-256(answer), 32)
//
// It binds the answer to the exact prompt ciphertext on chain (which, under
// K, determines the prompt) and is keyed by K, so only the session's
// parties can compute or check it and it reveals nothing about either text.
func (k *SessionKey) ResultCommitment(seq uint64, promptEnvelope, answer []byte) [32]byte {
	p, a := sha256.Sum256(promptEnvelope), sha256.Sum256(answer)
	info := make([]byte, 0, len(labelResult)+32+8+64)
	info = append(info, labelResult...)
	info = append(info, k.th[:]...)
	info = binary.BigEndian.AppendUint64(info, seq)
	info = append(info, p[:]...)
	info = append(info, a[:]...)
	c, err := hkdf.Expand(sha256.New, k.key[:], string(info), 32)
	if err != nil {
		panic("skcrypto: hkdf.Expand of 32 bytes failed: " + err.Error()) // cannot happen
	}
	return [32]byte(c)
}

// trafficKey returns HKDF-Expand(K, "sessionkeystore/v1/traffic" || TH || role, 32):
// one key per sending role, so the three senders never share a (key, nonce).
func (k *SessionKey) trafficKey(sender session.Role) []byte {
	t, err := hkdf.Expand(sha256.New, k.key[:], labelTraffic+string(k.th[:])+string([]byte{byte(sender)}), KeySize)
	if err != nil {
		panic("skcrypto: hkdf.Expand of 32 bytes failed: " + err.Error()) // cannot happen
	}
	return t
}

// Zero overwrites K. The key is unusable afterwards.
func (k *SessionKey) Zero() { clear(k.key[:]) }

// transcriptHash is SHA-256 over the encoded transcript.
func transcriptHash(enc []byte) [32]byte { return sha256.Sum256(enc) }
