package skcrypto

import (
	"encoding/binary"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// The transcript is one unambiguous encoding of everything public about a
// session. Fixed-width fields are written as they are; the only
// variable-length fields (Method 2 keys and wraps) carry a 4-byte big-endian
// length prefix. So no two different sessions encode to the same bytes, and
// its SHA-256 hash, TH, salts every derivation and is bound into every AEAD.
//
//	header  = u8 len(label) || label "sessionkeystore/v1/transcript"
//	          || chainId (32, big-endian) || contract (20) || sessionId (32)
//	          || method (1) || suite (1) || coordinator (1)
//	          || user (20) || miner (20) || oracle (20)
//
// Method 1 (Combined):
//
//	body    = commitment[user, miner, oracle] (3 x 32)
//	          || ephemeralKey[user, miner, oracle] (3 x 32)
//	          || partial[user, miner, oracle] (3 x 32)
//
// Method 2 (Coordinator):
//
//	prewrap = header || lp(userKey) || minerKeyVersion (u32) || lp(minerKey)
//	          || oracleKeyVersion (u32) || lp(oracleKey)
//	full    = prewrap || lp(wrap[user]) || lp(wrap[miner]) || lp(wrap[oracle])
//
// where lp(x) = u32 len(x) || x, and the coordinator's own key and wrap are
// empty (its key is not used; it wraps to the two others).

func appendHeader(b []byte, p *session.Params) []byte {
	b = append(b, byte(len(labelTranscript)))
	b = append(b, labelTranscript...)
	var chain [32]byte
	binary.BigEndian.PutUint64(chain[24:], p.ChainID)
	b = append(b, chain[:]...)
	b = append(b, p.Contract[:]...)
	b = append(b, p.ID[:]...)
	b = append(b, byte(p.Method), byte(p.Suite), byte(p.Coordinator))
	b = append(b, p.User[:]...)
	b = append(b, p.Miner[:]...)
	b = append(b, p.Oracle[:]...)
	return b
}

func appendLP(b, x []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(x)))
	return append(b, x...)
}

// CombinedTranscript holds the public values of a Method 1 session, indexed
// by role.
type CombinedTranscript struct {
	Params        session.Params
	Commitments   [3][32]byte
	EphemeralKeys [3][32]byte
	Partials      [3][32]byte
}

// Encode returns the transcript bytes.
func (t *CombinedTranscript) Encode() []byte {
	b := appendHeader(make([]byte, 0, 256+9*32), &t.Params)
	for _, r := range session.Roles {
		b = append(b, t.Commitments[r][:]...)
	}
	for _, r := range session.Roles {
		b = append(b, t.EphemeralKeys[r][:]...)
	}
	for _, r := range session.Roles {
		b = append(b, t.Partials[r][:]...)
	}
	return b
}

// Hash returns TH = SHA-256(Encode()).
func (t *CombinedTranscript) Hash() [32]byte { return transcriptHash(t.Encode()) }

// CoordinatorTranscript holds the public values of a Method 2 session.
// Keys and Wraps are indexed by role; the coordinator's entries are empty.
// KeyVersions are the registered-key versions the contract recorded (0 for
// the user, whose key is per session, and for the coordinator).
type CoordinatorTranscript struct {
	Params      session.Params
	Keys        [3][]byte
	KeyVersions [3]uint32
	Wraps       [3][]byte
}

// EncodePrewrap returns the transcript up to and excluding the wraps.
func (t *CoordinatorTranscript) EncodePrewrap() []byte {
	b := appendHeader(make([]byte, 0, 256+3*1220), &t.Params)
	b = appendLP(b, t.Keys[session.User])
	b = binary.BigEndian.AppendUint32(b, t.KeyVersions[session.Miner])
	b = appendLP(b, t.Keys[session.Miner])
	b = binary.BigEndian.AppendUint32(b, t.KeyVersions[session.Oracle])
	b = appendLP(b, t.Keys[session.Oracle])
	return b
}

// PrewrapHash returns SHA-256(EncodePrewrap()), bound into each wrap's HPKE info.
func (t *CoordinatorTranscript) PrewrapHash() [32]byte { return transcriptHash(t.EncodePrewrap()) }

// Encode returns the full transcript bytes.
func (t *CoordinatorTranscript) Encode() []byte {
	b := t.EncodePrewrap()
	for _, r := range session.Roles {
		b = appendLP(b, t.Wraps[r])
	}
	return b
}

// Hash returns TH = SHA-256(Encode()).
func (t *CoordinatorTranscript) Hash() [32]byte { return transcriptHash(t.Encode()) }

// Check reports whether the transcript's shape fits its parameters: the
// coordinator's entries empty, every other key and wrap of its suite's size.
// It is called before hashing untrusted material, so that a malformed
// session fails with a clear error rather than a confusing mismatch.
func (t *CoordinatorTranscript) Check(withWraps bool) error {
	if err := t.Params.Check(); err != nil {
		return err
	}
	if t.Params.Method != session.Coordinator {
		return fmt.Errorf("skcrypto: coordinator transcript for method %v", t.Params.Method)
	}
	for _, r := range session.Roles {
		wantKey, wantWrap := KeyLength(t.Params.Suite), WrapLength(t.Params.Suite)
		if r == t.Params.Coordinator {
			wantKey, wantWrap = 0, 0
		}
		if len(t.Keys[r]) != wantKey {
			return fmt.Errorf("%w: %v key of %d bytes, want %d", ErrPublicKey, r, len(t.Keys[r]), wantKey)
		}
		if withWraps && len(t.Wraps[r]) != wantWrap {
			return fmt.Errorf("%w: wrap for %v of %d bytes, want %d", ErrWrap, r, len(t.Wraps[r]), wantWrap)
		}
	}
	return nil
}
