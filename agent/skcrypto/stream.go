package skcrypto

import (
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// StreamSaltSize is the size of the random salt that opens every off-chain
// inference stream (docs/PROTOCOL.md §13.7).
const StreamSaltSize = 32

// Direction is which message of an inference a stream carries, and so who
// sends it: the prompt (the user) or the answer (the miner). Its value is
// part of the wire format.
type Direction uint8

// The two directions of an inference.
const (
	// DirectionPrompt: the user's prompt to the miner.
	DirectionPrompt Direction = 0
	// DirectionAnswer: the miner's answer to the user.
	DirectionAnswer Direction = 1
)

// Valid reports whether d is a defined direction.
func (d Direction) Valid() bool { return d <= DirectionAnswer }

// Sender is the role that seals a stream of direction d.
func (d Direction) Sender() session.Role {
	if d == DirectionAnswer {
		return session.Miner
	}
	return session.User
}

// String returns "prompt" or "answer".
func (d Direction) String() string {
	switch d {
	case DirectionPrompt:
		return "prompt"
	case DirectionAnswer:
		return "answer"
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// StreamKey returns the ChaCha20-Poly1305 key and the associated data of
// one off-chain stream (docs/PROTOCOL.md §13.7):
//
//	k_s = HKDF(ikm = k_r, salt = salt,
//	           info = "sessionkeystore/v1/stream" || u8(d) || u64(seq), 32)
//	ad  = "sessionkeystore/v1/stream" || sessionId || TH || u8(d) || u64(seq) || bind
//
// where k_r is the traffic key of d's sender (§8) and bind is empty for a
// prompt and keccak256 of the complete prompt stream for an answer.
//
// The chunk nonces of a stream are its chunk counter, so they repeat from
// stream to stream: k_s must never seal two streams. The 32-byte salt,
// drawn fresh for each stream and sent in its clear, makes it so even when
// a sender streams the same request twice (a retry after a crash), without
// persisting anything: two streams share a key only if their salts
// collide (probability 2^-256 per pair). Deriving from k_r keeps each
// sender's streams under its own keys; d and seq in the info and in ad keep
// a stream from opening as another request's or the other direction's.
func (k *SessionKey) StreamKey(d Direction, seq uint64, salt [StreamSaltSize]byte, bind []byte) (key [KeySize]byte, ad []byte, err error) {
	if !d.Valid() {
		return key, nil, fmt.Errorf("skcrypto: invalid stream direction %v", d)
	}
	if (d == DirectionPrompt) != (len(bind) == 0) || (d == DirectionAnswer && len(bind) != 32) {
		return key, nil, fmt.Errorf("skcrypto: a %v stream binds %d bytes", d, len(bind))
	}
	kr := k.trafficKey(d.Sender())
	defer clear(kr)
	info := binary.BigEndian.AppendUint64(append([]byte(labelStream), byte(d)), seq)
	ks, err := HKDF(kr, salt[:], string(info), KeySize)
	if err != nil {
		return key, nil, err
	}
	copy(key[:], ks)
	clear(ks)
	ad = make([]byte, 0, len(labelStream)+32+32+1+8+len(bind))
	ad = append(ad, labelStream...)
	ad = append(ad, k.id[:]...)
	ad = append(ad, k.th[:]...)
	ad = append(ad, byte(d))
	ad = binary.BigEndian.AppendUint64(ad, seq)
	ad = append(ad, bind...)
	return key, ad, nil
}

// StreamResultCommitment returns the miner's commitment to a streamed
// inference seq (docs/PROTOCOL.md §13.7):
//
//	C = HKDF-Expand(K, "sessionkeystore/v1/stream-result" || TH || u64(seq)
//	                   || keccak256(prompt stream) || keccak256(answer stream), 32)
//
// The two hashes are the ones the request and answer records carry on
// chain. Under K each stream determines its plaintext, so C binds the
// answer to the exact prompt; keyed by K it reveals nothing, and its own
// label keeps it apart from the commitment of an on-chain inference.
func (k *SessionKey) StreamResultCommitment(seq uint64, promptHash, answerHash [32]byte) [32]byte {
	info := make([]byte, 0, len(labelStreamResult)+32+8+64)
	info = append(info, labelStreamResult...)
	info = append(info, k.th[:]...)
	info = binary.BigEndian.AppendUint64(info, seq)
	info = append(info, promptHash[:]...)
	info = append(info, answerHash[:]...)
	c, err := hkdf.Expand(sha256.New, k.key[:], string(info), 32)
	if err != nil {
		panic("skcrypto: hkdf.Expand of 32 bytes failed: " + err.Error()) // cannot happen: 32 <= 255*32
	}
	return [32]byte(c)
}

// EndpointToken returns the bearer token with which role authenticates to
// an endpoint for request seq of the session (docs/PROTOCOL.md §13.8):
//
//	token = HKDF-Expand(K, "sessionkeystore/v1/endpoint" || TH || u8(role) || u64(seq), 32)
//
// Only the session's parties can compute it, so an endpoint serves only
// traffic of a session it takes part in, and it reveals nothing about K.
// It is a bearer token: whoever sees it may fetch that request's streams,
// which are ciphertext under K; it opens nothing.
func (k *SessionKey) EndpointToken(role session.Role, seq uint64) [32]byte {
	info := make([]byte, 0, len(labelEndpoint)+32+1+8)
	info = append(info, labelEndpoint...)
	info = append(info, k.th[:]...)
	info = append(info, byte(role))
	info = binary.BigEndian.AppendUint64(info, seq)
	t, err := hkdf.Expand(sha256.New, k.key[:], string(info), 32)
	if err != nil {
		panic("skcrypto: hkdf.Expand of 32 bytes failed: " + err.Error()) // cannot happen: 32 <= 255*32
	}
	return [32]byte(t)
}
