package inference

import (
	"errors"
	"fmt"
	"hash"
	"io"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/inference/stream"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Digest is what the chain records of an off-chain stream: the keccak256
// of its bytes on the wire (the salt and every chunk frame) and their
// number (docs/PROTOCOL.md §13.7).
type Digest struct {
	// Hash is keccak256 of the whole stream.
	Hash [32]byte
	// Size is the stream's length in bytes.
	Size uint64
}

// ErrStreamHeader: a stream shorter than its salt.
var ErrStreamHeader = errors.New("inference: stream ends inside its salt")

// hashingWriter counts and hashes everything written through it.
type hashingWriter struct {
	dst  io.Writer
	h    hash.Hash
	size uint64
}

func (w *hashingWriter) Write(p []byte) (int, error) {
	n, err := w.dst.Write(p)
	w.h.Write(p[:n])
	w.size += uint64(n)
	return n, err
}

// hashingReader counts and hashes everything read through it.
type hashingReader struct {
	src  io.Reader
	h    hash.Hash
	size uint64
}

func (r *hashingReader) Read(p []byte) (int, error) {
	n, err := r.src.Read(p)
	r.h.Write(p[:n])
	r.size += uint64(n)
	return n, err
}

func digestOf(h hash.Hash, size uint64) Digest {
	var d Digest
	h.Sum(d.Hash[:0])
	d.Size = size
	return d
}

// bindFor returns the bytes a stream of direction d binds in its
// associated data: nothing for a prompt, the prompt stream's hash for an
// answer.
func bindFor(d skcrypto.Direction, promptHash [32]byte) []byte {
	if d == skcrypto.DirectionAnswer {
		return promptHash[:]
	}
	return nil
}

// StreamWriter seals one prompt or answer stream of an Established
// session to a destination and hashes it on the way. Write, Flush and
// Close are those of stream.Writer; Digest is valid after Close.
type StreamWriter struct {
	*stream.Writer
	hw *hashingWriter
}

// NewStreamWriter starts the stream of direction d for request seq: it
// draws a fresh salt from random, writes it to dst and derives the stream
// key (skcrypto.SessionKey.StreamKey). An answer passes the prompt
// stream's hash; a prompt passes the zero hash, which is ignored.
func NewStreamWriter(k *skcrypto.SessionKey, d skcrypto.Direction, seq uint64, promptHash [32]byte, dst io.Writer, random io.Reader) (*StreamWriter, error) {
	var salt [skcrypto.StreamSaltSize]byte
	if _, err := io.ReadFull(random, salt[:]); err != nil {
		return nil, fmt.Errorf("inference: drawing a stream salt: %w", err)
	}
	return newStreamWriter(k, d, seq, promptHash, dst, salt)
}

func newStreamWriter(k *skcrypto.SessionKey, d skcrypto.Direction, seq uint64, promptHash [32]byte, dst io.Writer, salt [skcrypto.StreamSaltSize]byte) (*StreamWriter, error) {
	key, ad, err := k.StreamKey(d, seq, salt, bindFor(d, promptHash))
	if err != nil {
		return nil, err
	}
	defer clear(key[:])
	hw := &hashingWriter{dst: dst, h: crypto.NewKeccakState()}
	if _, err := hw.Write(salt[:]); err != nil {
		return nil, fmt.Errorf("inference: writing the stream salt: %w", err)
	}
	w, err := stream.NewWriter(key, ad, hw)
	if err != nil {
		return nil, err
	}
	return &StreamWriter{Writer: w, hw: hw}, nil
}

// Digest returns the hash and size of what was written so far: the
// stream's record once it is closed.
func (w *StreamWriter) Digest() Digest { return digestOf(w.hw.h, w.hw.size) }

// StreamReader opens one prompt or answer stream of an Established session
// and hashes it on the way. Next and Read are those of stream.Reader;
// Digest is the stream's record once Next reported the last chunk (or Read
// returned io.EOF).
type StreamReader struct {
	*stream.Reader
	hr *hashingReader
}

// OpenStream reads the salt of the stream of direction d for request seq
// from src and returns its reader, which fails with stream.ErrTooLarge past
// limit bytes of plaintext. An answer passes the prompt stream's hash.
func OpenStream(k *skcrypto.SessionKey, d skcrypto.Direction, seq uint64, promptHash [32]byte, src io.Reader, limit int64) (*StreamReader, error) {
	hr := &hashingReader{src: src, h: crypto.NewKeccakState()}
	var salt [skcrypto.StreamSaltSize]byte
	if _, err := io.ReadFull(hr, salt[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %w", ErrStreamHeader, stream.ErrTruncated)
		}
		return nil, fmt.Errorf("inference: reading the stream salt: %w", err)
	}
	key, ad, err := k.StreamKey(d, seq, salt, bindFor(d, promptHash))
	if err != nil {
		return nil, err
	}
	defer clear(key[:])
	r, err := stream.NewReader(key, ad, hr, limit)
	if err != nil {
		return nil, err
	}
	return &StreamReader{Reader: r, hr: hr}, nil
}

// Digest returns the hash and size of what was read so far.
func (r *StreamReader) Digest() Digest { return digestOf(r.hr.h, r.hr.size) }
