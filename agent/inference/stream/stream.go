// Package stream is the chunked AEAD format of an off-chain inference
// stream (docs/PROTOCOL.md §13.7), in the manner of age's STREAM: a message
// of any size is cut into chunks of at most ChunkSize bytes, each sealed
// with ChaCha20-Poly1305 under the stream's key and associated data, with
// the chunk's counter and a last-chunk flag in its nonce.
//
//	chunk_i = u8(last_i) || u32(len(ct_i)) || ct_i
//	ct_i    = ChaCha20-Poly1305(key).Seal(nonce_i, p_i, ad)
//	nonce_i = 0x000000 || u64(i) || u8(last_i)
//
// So a reader detects a stream cut short (no chunk flagged last), chunks
// reordered, dropped or repeated (the counter), bytes after the end, and
// chunks spliced from another stream (another key or associated data).
// Chunks may be short: a writer flushes one per batch of tokens for an
// interactive answer and fills them for a bulk prompt.
//
// The package knows nothing of sessions: the caller derives the key and the
// associated data (skcrypto.SessionKey.StreamKey) and frames the stream's
// header. It does no I/O beyond the io.Reader and io.Writer it is given,
// and holds one chunk in memory at a time.
package stream

import (
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"
)

// ChunkSize is the largest plaintext of one chunk.
const ChunkSize = 64 << 10

// KeySize is the size of a stream key.
const KeySize = chacha20poly1305.KeySize

// Overhead is the AEAD tag each chunk adds to its plaintext.
const Overhead = chacha20poly1305.Overhead

// FrameHeaderSize is the size of a chunk's frame header: the last flag
// and the ciphertext length.
const FrameHeaderSize = 1 + 4

// MaxFrameSize is the size of the longest chunk on the wire.
const MaxFrameSize = FrameHeaderSize + ChunkSize + Overhead

// The values of a chunk's flag byte.
const (
	flagMore = 0x00
	flagLast = 0x01
)

// Errors a Reader returns. Every one is final: the stream is to be
// discarded, and what it delivered before is not to be trusted as a whole.
var (
	// ErrTruncated: the stream ended before a chunk flagged last (or in
	// the middle of a chunk).
	ErrTruncated = errors.New("stream: truncated")
	// ErrTrailingData: bytes follow the chunk flagged last.
	ErrTrailingData = errors.New("stream: data after the last chunk")
	// ErrMalformedChunk: a frame header that no writer produces: a flag
	// other than 0 or 1, a ciphertext shorter than a tag or longer than
	// ChunkSize plus a tag, or an empty chunk that is not the last.
	ErrMalformedChunk = errors.New("stream: malformed chunk")
	// ErrAuthentication: a chunk does not open under the stream's key,
	// associated data and expected nonce: tampered, reordered, repeated,
	// from another stream, or flagged last (or not) otherwise than sealed.
	ErrAuthentication = errors.New("stream: chunk authentication failed")
	// ErrTooLarge: the stream's plaintext exceeds the reader's limit.
	ErrTooLarge = errors.New("stream: larger than allowed")
)

// nonce returns 0x000000 || u64(counter) || u8(last). A counter is never
// reused within a stream (it only increases, and the Writer stops at the
// last chunk), and a key seals one stream only (the caller's key
// derivation guarantees it), so no (key, nonce) pair repeats.
func nonce(counter uint64, last bool) [chacha20poly1305.NonceSize]byte {
	var n [chacha20poly1305.NonceSize]byte
	binary.BigEndian.PutUint64(n[3:11], counter)
	if last {
		n[11] = flagLast
	}
	return n
}

// Writer seals a stream. Write buffers plaintext and sends a chunk each
// time ChunkSize bytes are buffered; Flush sends what is buffered now, as
// one short chunk (an interactive answer flushes per batch of tokens);
// Close sends the rest as the last chunk, which may be empty. A Writer must
// be closed, or the reader sees a truncated stream.
type Writer struct {
	aead    cipher.AEAD
	ad      []byte
	dst     io.Writer
	buf     []byte // plaintext not yet sent, at most ChunkSize
	frame   []byte // the frame being sent, reused
	counter uint64
	err     error
}

// NewWriter returns a Writer that seals to dst with key and associated data
// ad. The key must seal no other stream.
func NewWriter(key [KeySize]byte, ad []byte, dst io.Writer) (*Writer, error) {
	a, err := chacha20poly1305.New(key[:])
	if err != nil {
		return nil, fmt.Errorf("stream: %w", err)
	}
	return &Writer{
		aead:  a,
		ad:    append([]byte(nil), ad...),
		dst:   dst,
		buf:   make([]byte, 0, ChunkSize),
		frame: make([]byte, 0, MaxFrameSize),
	}, nil
}

// Write buffers p and sends every full chunk. It sends a full chunk only
// once more data follows it, so that Close can always flag a chunk last.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n := len(p)
	for len(p) > 0 {
		if len(w.buf) == ChunkSize {
			if err := w.send(false); err != nil {
				return n - len(p), err
			}
		}
		m := min(len(p), ChunkSize-len(w.buf))
		w.buf = append(w.buf, p[:m]...)
		p = p[m:]
	}
	return n, nil
}

// Flush sends the buffered plaintext, if any, as one chunk that is not the
// last. With nothing buffered it sends nothing: an empty chunk is only ever
// the last.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if len(w.buf) == 0 {
		return nil
	}
	return w.send(false)
}

// Close sends the buffered plaintext as the last chunk. The Writer is
// unusable afterwards.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if err := w.send(true); err != nil {
		return err
	}
	w.err = errors.New("stream: writer already closed")
	return nil
}

// Chunks returns the number of chunks sent so far.
func (w *Writer) Chunks() uint64 { return w.counter }

// send seals w.buf as chunk w.counter and writes its frame.
func (w *Writer) send(last bool) error {
	n := nonce(w.counter, last)
	flag := byte(flagMore)
	if last {
		flag = flagLast
	}
	f := append(w.frame[:0], flag, 0, 0, 0, 0)
	f = w.aead.Seal(f, n[:], w.buf, w.ad)
	binary.BigEndian.PutUint32(f[1:FrameHeaderSize], uint32(len(f)-FrameHeaderSize))
	clear(w.buf)
	w.buf = w.buf[:0]
	w.counter++
	if _, err := w.dst.Write(f); err != nil {
		w.err = fmt.Errorf("stream: writing chunk: %w", err)
		return w.err
	}
	return nil
}

// Reader opens a stream chunk by chunk. Next returns each chunk's plaintext
// as it arrives (an interactive answer shows tokens as they come); Read
// makes the stream an io.Reader. Only after Next reported the last chunk, or
// Read returned io.EOF, is the stream known to be complete: until then what
// was delivered may be a prefix of the stream or of an attack on it.
type Reader struct {
	aead    cipher.AEAD
	ad      []byte
	src     io.Reader
	limit   int64
	total   int64
	counter uint64
	frame   []byte // the chunk being read, reused
	out     []byte // the last chunk's plaintext, backed by its own buffer
	unread  []byte // what Read has not returned of out
	done    bool   // the last chunk was read and nothing followed it
	err     error
}

// NewReader returns a Reader that opens the stream from src with key and
// associated data ad, and fails with ErrTooLarge once the plaintext exceeds
// limit bytes (limit <= 0: no limit).
func NewReader(key [KeySize]byte, ad []byte, src io.Reader, limit int64) (*Reader, error) {
	a, err := chacha20poly1305.New(key[:])
	if err != nil {
		return nil, fmt.Errorf("stream: %w", err)
	}
	return &Reader{
		aead:  a,
		ad:    append([]byte(nil), ad...),
		src:   src,
		limit: limit,
		frame: make([]byte, MaxFrameSize),
		out:   make([]byte, 0, ChunkSize),
	}, nil
}

// Next reads, checks and opens the next chunk. It returns the chunk's
// plaintext, valid until the next call, and whether it was the last; after
// the last chunk it returns io.EOF. Any other error is final.
func (r *Reader) Next() (plaintext []byte, last bool, err error) {
	if r.err != nil {
		return nil, false, r.err
	}
	if r.done {
		return nil, false, io.EOF
	}
	plaintext, last, err = r.next()
	if err != nil {
		r.err = err
		return nil, false, err
	}
	return plaintext, last, nil
}

func (r *Reader) next() ([]byte, bool, error) {
	h := r.frame[:FrameHeaderSize]
	if _, err := io.ReadFull(r.src, h); err != nil {
		return nil, false, readError(err, fmt.Sprintf("chunk %d", r.counter))
	}
	var last bool
	switch h[0] {
	case flagMore:
	case flagLast:
		last = true
	default:
		return nil, false, fmt.Errorf("%w: chunk %d has flag %#02x", ErrMalformedChunk, r.counter, h[0])
	}
	n := binary.BigEndian.Uint32(h[1:])
	switch {
	case n < Overhead || n > ChunkSize+Overhead:
		return nil, false, fmt.Errorf("%w: chunk %d of %d bytes, from %d to %d", ErrMalformedChunk, r.counter, n, Overhead, ChunkSize+Overhead)
	case n == Overhead && !last:
		return nil, false, fmt.Errorf("%w: chunk %d is empty and not the last", ErrMalformedChunk, r.counter)
	}
	ct := r.frame[FrameHeaderSize : FrameHeaderSize+int(n)]
	if _, err := io.ReadFull(r.src, ct); err != nil {
		return nil, false, readError(err, fmt.Sprintf("chunk %d", r.counter))
	}
	if r.limit > 0 && r.total+int64(n-Overhead) > r.limit {
		return nil, false, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.limit)
	}
	nc := nonce(r.counter, last)
	clear(r.out)
	out, err := r.aead.Open(r.out[:0], nc[:], ct, r.ad)
	if err != nil {
		return nil, false, fmt.Errorf("%w: chunk %d", ErrAuthentication, r.counter)
	}
	r.out = out
	r.counter++
	r.total += int64(len(out))
	if last {
		// The stream ends at its last chunk: anything after it is
		// someone else's data, or an attack on a reader that stops
		// early.
		var b [1]byte
		switch k, err := io.ReadFull(r.src, b[:]); {
		case k > 0:
			return nil, false, ErrTrailingData
		case err != io.EOF:
			return nil, false, fmt.Errorf("stream: after the last chunk: %w", err)
		}
		r.done = true
	}
	return out, last, nil
}

// readError maps an end of input inside or before a chunk to ErrTruncated.
func readError(err error, what string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: ends before %s", ErrTruncated, what)
	}
	return fmt.Errorf("stream: reading %s: %w", what, err)
}

// Read reads the stream's plaintext. It returns io.EOF only after the last
// chunk was read, opened and found to end the stream.
func (r *Reader) Read(p []byte) (int, error) {
	for len(r.unread) == 0 {
		if len(p) == 0 {
			return 0, nil
		}
		out, _, err := r.Next()
		if err != nil {
			return 0, err
		}
		r.unread = out
	}
	n := copy(p, r.unread)
	r.unread = r.unread[n:]
	return n, nil
}

// Chunks returns the number of chunks opened so far.
func (r *Reader) Chunks() uint64 { return r.counter }

// Size returns the plaintext bytes opened so far.
func (r *Reader) Size() int64 { return r.total }
