package inference

import (
	"bytes"
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

// EncodeAnswerHead returns the last chunk of an answer stream
// (docs/PROTOCOL.md §13.7): the answer object without its text, which the
// chunks before it carried. a is the answer without its text; a streamed
// answer is never cut, so it is never truncated.
func EncodeAnswerHead(a Answer) ([]byte, error) {
	if a.Text != "" || a.Truncated {
		return nil, errors.New("inference: an answer head carries no text and is never truncated")
	}
	check := a
	if a.Status == StatusOK {
		check.Text = " " // an ok answer's text is in the chunks before the head
	}
	if err := check.Check(); err != nil {
		return nil, fmt.Errorf("inference: %w", err)
	}
	return encodeJSON(a)
}

// DecodeStreamedAnswer rebuilds an answer from its stream (§13.7): text is
// the concatenation of the chunks before the last, head the last chunk.
// It is malformed as §13.3 says, and also when head carries text or
// truncated, or text is not UTF-8, or a refusal has text.
func DecodeStreamedAnswer(text, head []byte) (Answer, error) {
	a, err := decodeAnswerHead(head)
	if err != nil {
		return Answer{}, fmt.Errorf("malformed answer: %w", err)
	}
	switch {
	case a.Status == StatusOK && len(text) == 0:
		return Answer{}, errors.New("malformed answer: an ok answer without text")
	case a.Status == StatusRefused && len(text) != 0:
		return Answer{}, errors.New("malformed answer: a refusal with text")
	}
	a.Text = string(text)
	if err := a.Check(); err != nil {
		return Answer{}, fmt.Errorf("malformed answer: %w", err)
	}
	return a, nil
}

func decodeAnswerHead(b []byte) (Answer, error) {
	var a Answer
	f, err := readObject(b)
	if err != nil {
		return a, err
	}
	if err := f.only("status", "model", "reason"); err != nil {
		return a, err
	}
	status, present, err := f.str("status")
	if err != nil {
		return a, err
	} else if !present {
		return a, errors.New("no status")
	}
	a.Status = Status(status)
	if a.Model, _, err = f.str("model"); err != nil {
		return a, err
	}
	r, present, err := f.integer("reason", 255)
	if err != nil {
		return a, err
	}
	switch a.Status {
	case StatusOK:
		if present {
			return a, errors.New("an ok answer names a reason")
		}
	case StatusRefused:
		if !present {
			return a, errors.New("a refusal without reason")
		}
		a.Reason = Reason(r)
		if a.Reason == ReasonNone || !a.Reason.Valid() {
			return a, fmt.Errorf("refusal with reason %d", r)
		}
	default:
		return a, fmt.Errorf("unknown status %q", status)
	}
	return a, nil
}

// EncodePrompt returns a prompt's plaintext encoding (compact JSON, the
// fields in the order of §13.3), as a prompt stream carries it.
func EncodePrompt(p Prompt) ([]byte, error) {
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("inference: %w", err)
	}
	return encodeJSON(p)
}

// ErrStreamMismatch: a stream offered for a streamed request is not the
// one its record on chain names. The party that offered it did not
// deliver the stream; look for it elsewhere, and judge the request
// unavailable if it is nowhere by the verdict deadline.
var ErrStreamMismatch = errors.New("inference: stream does not match its record")

// DigestOf returns the digest of a whole stream.
func DigestOf(stream []byte) Digest {
	return Digest{Hash: crypto.Keccak256Hash(stream), Size: uint64(len(stream))}
}

// AttachStreams checks the streams of the answered streamed request seq
// against its records and opens them (docs/PROTOCOL.md §13.8): it sets the
// exchange's PromptCheck and AnswerCheck as §13.4's steps 2, 4 and 5 give
// them for streams (a stream that does not open for its request, its
// direction and, an answer, its prompt stream is undecryptable; a
// plaintext that is not a prompt, or not an answer laid out as §13.7 says,
// is malformed; the commitment must be StreamResultCommitment's), so that
// Assess then judges it as any other. A stream that does not match its
// record is ErrStreamMismatch and changes nothing.
func (c *Conversation) AttachStreams(seq uint64, prompt, answer []byte) error {
	e, ok := c.Exchange(seq)
	if !ok || !e.Streamed || !e.Answered {
		return fmt.Errorf("%w: request %d is not an answered streamed request", ErrOutOfOrder, seq)
	}
	if DigestOf(prompt) != e.PromptDigest {
		return fmt.Errorf("%w: prompt of request %d", ErrStreamMismatch, seq)
	}
	if DigestOf(answer) != e.AnswerDigest {
		return fmt.Errorf("%w: answer of request %d", ErrStreamMismatch, seq)
	}
	e.PromptCheck, e.prompt = c.openPromptStream(seq, prompt)
	e.AnswerCheck, e.answer = c.openAnswerStream(e, answer)
	if e.AnswerCheck.OK() && c.key.StreamResultCommitment(seq, e.PromptDigest.Hash, e.AnswerDigest.Hash) != e.Commitment {
		e.AnswerCheck = Finding{ReasonCommitmentMismatch, fmt.Errorf("request %d: the commitment is not the streams'", seq)}
	}
	return nil
}

func (c *Conversation) openPromptStream(seq uint64, s []byte) (Finding, Prompt) {
	r, err := OpenStream(c.key, skcrypto.DirectionPrompt, seq, [32]byte{}, bytes.NewReader(s), 0)
	var plain []byte
	if err == nil {
		plain, err = io.ReadAll(r)
	}
	if err != nil {
		return Finding{ReasonPromptUndecryptable, err}, Prompt{}
	}
	defer clear(plain)
	p, err := DecodePrompt(plain)
	if err != nil {
		return Finding{ReasonPromptMalformed, err}, Prompt{}
	}
	return Finding{}, p
}

func (c *Conversation) openAnswerStream(e *Exchange, s []byte) (Finding, Answer) {
	r, err := OpenStream(c.key, skcrypto.DirectionAnswer, e.Seq, e.PromptDigest.Hash, bytes.NewReader(s), 0)
	if err != nil {
		return Finding{ReasonAnswerUndecryptable, err}, Answer{}
	}
	var text, head []byte
	for {
		p, last, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Finding{ReasonAnswerUndecryptable, err}, Answer{}
		}
		if last {
			head = bytes.Clone(p)
		} else {
			text = append(text, p...)
		}
	}
	a, err := DecodeStreamedAnswer(text, head)
	if err != nil {
		return Finding{ReasonAnswerMalformed, err}, Answer{}
	}
	return Finding{}, a
}

// Unavailable is the oracle's verdict on a streamed request whose streams
// it could not obtain, matching their records, from any party by the
// verdict deadline.
func Unavailable(seq uint64, why error) Verdict {
	return Verdict{ReasonUnavailable, fmt.Sprintf("request %d: streams not obtained: %v", seq, why)}
}
