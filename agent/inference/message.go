package inference

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// MaxMessageLength is the contract's MAX_MESSAGE_LENGTH: the longest
// envelope request and respond accept.
const MaxMessageLength = 16384

// CounterSize is the size of an envelope's counter prefix.
const CounterSize = 8

// MinEnvelopeLength is a counter and an AEAD tag around an empty plaintext.
const MinEnvelopeLength = CounterSize + 16

// Labels of the associated data of the two message kinds.
const (
	labelPrompt = "sessionkeystore/v1/prompt"
	labelAnswer = "sessionkeystore/v1/answer"
)

// Status is how a miner answered.
type Status string

// The statuses of an Answer.
const (
	// StatusOK: the answer's text is the model's completion.
	StatusOK Status = "ok"
	// StatusRefused: the miner did not run the prompt; Reason says why.
	StatusRefused Status = "refused"
)

// Prompt is the plaintext of a request.
type Prompt struct {
	// Prompt is the user's text (UTF-8, not empty).
	Prompt string `json:"prompt"`
	// Model optionally names the model to run; empty: the miner's own.
	Model string `json:"model,omitempty"`
	// MaxTokens optionally bounds the answer (0: the miner's default), at
	// most MaxTokensLimit.
	MaxTokens int `json:"max_tokens,omitempty"`
}

// Answer is the plaintext of a result.
type Answer struct {
	// Status says whether the model ran.
	Status Status `json:"status"`
	// Model is the model that answered (StatusOK).
	Model string `json:"model,omitempty"`
	// Text is the completion (StatusOK).
	Text string `json:"text,omitempty"`
	// Truncated: Text was cut to fit MaxMessageLength.
	Truncated bool `json:"truncated,omitempty"`
	// Reason is why the miner refused (StatusRefused).
	Reason Reason `json:"reason,omitempty"`
}

// MaxTokensLimit is the largest max_tokens a prompt may ask for (2^32 - 1).
const MaxTokensLimit = 1<<32 - 1

// Check reports the first problem with a prompt.
func (p *Prompt) Check() error {
	switch {
	case p.Prompt == "":
		return errors.New("empty prompt")
	case !utf8.ValidString(p.Prompt) || !utf8.ValidString(p.Model):
		return errors.New("prompt is not UTF-8")
	case p.MaxTokens < 0 || p.MaxTokens > MaxTokensLimit:
		return fmt.Errorf("max_tokens %d is not from 0 to %d", p.MaxTokens, MaxTokensLimit)
	}
	return nil
}

// Check reports the first problem with an answer.
func (a *Answer) Check() error {
	switch a.Status {
	case StatusOK:
		if a.Text == "" {
			return errors.New("answer has no text")
		}
		if a.Reason != ReasonNone {
			return errors.New("answer is ok but names a reason")
		}
	case StatusRefused:
		if a.Reason == ReasonNone || !a.Reason.Valid() {
			return fmt.Errorf("refusal with reason %d", a.Reason)
		}
		if a.Text != "" || a.Truncated {
			return errors.New("refusal carries text")
		}
	default:
		return fmt.Errorf("unknown status %q", a.Status)
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Model) {
		return errors.New("answer is not UTF-8")
	}
	return nil
}

// DecodePrompt parses and checks a prompt plaintext (docs/PROTOCOL.md
// §13.3): one JSON object with a non-empty string "prompt", optionally a
// non-empty string "model" and an integer "max_tokens" from 0 to
// MaxTokensLimit, each at most once, and nothing else.
func DecodePrompt(b []byte) (Prompt, error) {
	p, err := decodePrompt(b)
	if err != nil {
		return Prompt{}, fmt.Errorf("malformed prompt: %w", err)
	}
	return p, nil
}

func decodePrompt(b []byte) (Prompt, error) {
	var p Prompt
	f, err := readObject(b)
	if err != nil {
		return p, err
	}
	if err := f.only("prompt", "model", "max_tokens"); err != nil {
		return p, err
	}
	var present bool
	if p.Prompt, present, err = f.str("prompt"); err != nil {
		return p, err
	} else if !present {
		return p, errors.New("no prompt")
	}
	if p.Model, _, err = f.str("model"); err != nil {
		return p, err
	}
	n, _, err := f.integer("max_tokens", MaxTokensLimit)
	if err != nil {
		return p, err
	}
	p.MaxTokens = int(n)
	return p, p.Check()
}

// DecodeAnswer parses and checks an answer plaintext (docs/PROTOCOL.md
// §13.3). An ok answer has a non-empty "text", optionally "model" (a
// non-empty string; its absence is judged, not malformed) and "truncated"
// (a bool), and no "reason"; a refusal has a defined non-zero "reason",
// optionally "model", and neither "text" nor "truncated". Every field at
// most once, null for none of them, nothing else.
func DecodeAnswer(b []byte) (Answer, error) {
	a, err := decodeAnswer(b)
	if err != nil {
		return Answer{}, fmt.Errorf("malformed answer: %w", err)
	}
	return a, nil
}

func decodeAnswer(b []byte) (Answer, error) {
	var a Answer
	f, err := readObject(b)
	if err != nil {
		return a, err
	}
	if err := f.only("status", "model", "text", "truncated", "reason"); err != nil {
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
	switch a.Status {
	case StatusOK:
		if _, ok := f["reason"]; ok {
			return a, errors.New("an ok answer names a reason")
		}
		var present bool
		if a.Text, present, err = f.str("text"); err != nil {
			return a, err
		} else if !present {
			return a, errors.New("an ok answer without text")
		}
		if a.Truncated, _, err = f.boolean("truncated"); err != nil {
			return a, err
		}
	case StatusRefused:
		for _, k := range []string{"text", "truncated"} {
			if _, ok := f[k]; ok {
				return a, fmt.Errorf("a refusal with %s", k)
			}
		}
		r, present, err := f.integer("reason", 255)
		if err != nil {
			return a, err
		} else if !present {
			return a, errors.New("a refusal without reason")
		}
		a.Reason = Reason(r)
	default:
		return a, fmt.Errorf("unknown status %q", status)
	}
	return a, a.Check()
}

// promptContext is the associated data a prompt is sealed with, after the
// traffic layer's own: the request it belongs to.
func promptContext(seq uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(labelPrompt), seq)
}

// answerContext binds an answer to its request and to the exact prompt
// envelope it answers.
func answerContext(seq uint64, promptEnvelope []byte) []byte {
	h := sha256.Sum256(promptEnvelope)
	return append(binary.BigEndian.AppendUint64([]byte(labelAnswer), seq), h[:]...)
}

// seal builds an envelope: counter (u64, big-endian) || AEAD ciphertext of
// plaintext under sender's traffic key with nonce counter.
func seal(t *skcrypto.Traffic, sender session.Role, counter uint64, plaintext, context []byte) ([]byte, error) {
	ct, err := t.Seal(sender, counter, plaintext, context)
	if err != nil {
		return nil, err
	}
	env := binary.BigEndian.AppendUint64(make([]byte, 0, CounterSize+len(ct)), counter)
	env = append(env, ct...)
	if len(env) > MaxMessageLength {
		return nil, fmt.Errorf("%w: sealed message of %d bytes, at most %d", ErrTooLong, len(env), MaxMessageLength)
	}
	return env, nil
}

// open checks an envelope's length and opens it.
func open(t *skcrypto.Traffic, sender session.Role, env, context []byte) (counter uint64, plaintext []byte, err error) {
	if len(env) < MinEnvelopeLength {
		return 0, nil, fmt.Errorf("%w: %d bytes, at least %d", ErrTruncated, len(env), MinEnvelopeLength)
	}
	if len(env) > MaxMessageLength {
		return 0, nil, fmt.Errorf("%w: sealed message of %d bytes, at most %d", ErrTooLong, len(env), MaxMessageLength)
	}
	counter = binary.BigEndian.Uint64(env)
	pt, err := t.Open(sender, counter, env[CounterSize:], context)
	if err != nil {
		return counter, nil, err
	}
	return counter, pt, nil
}

// Errors of sealing and opening.
var (
	// ErrTooLong: a sealed message would exceed MaxMessageLength.
	ErrTooLong = errors.New("inference: message too long")
	// ErrTruncated: an envelope shorter than a counter and a tag.
	ErrTruncated = errors.New("inference: truncated message")
)

// SealPrompt seals p as request seq from the user with traffic counter
// counter, which the caller has persisted as used.
func SealPrompt(t *skcrypto.Traffic, seq, counter uint64, p Prompt) ([]byte, error) {
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("inference: %w", err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("inference: encoding prompt: %w", err)
	}
	defer clear(b)
	return seal(t, session.User, counter, b, promptContext(seq))
}

// OpenPrompt opens request seq's envelope. Errors: ErrTruncated,
// ErrTooLong, skcrypto.ErrDecrypt (tampered, moved from another request
// or session, or not the user's), or a malformed plaintext.
func OpenPrompt(t *skcrypto.Traffic, seq uint64, env []byte) (counter uint64, p Prompt, err error) {
	counter, pt, err := open(t, session.User, env, promptContext(seq))
	if err != nil {
		return counter, Prompt{}, err
	}
	defer clear(pt)
	p, err = DecodePrompt(pt)
	return counter, p, err
}

// EncodeAnswer returns an answer's plaintext encoding (compact JSON, no
// HTML escaping, so each character of the text takes EscapedWidth bytes).
// When its envelope would not fit MaxMessageLength it cuts the text to the
// longest prefix, ending on a character boundary, with which it fits, and
// marks it Truncated (docs/PROTOCOL.md §13.3): the oracle checks that the
// next character would not have fit.
func EncodeAnswer(a Answer) ([]byte, Answer, error) {
	if err := a.Check(); err != nil {
		return nil, a, fmt.Errorf("inference: %w", err)
	}
	b, err := encodeJSON(a)
	if err != nil {
		return nil, a, err
	}
	if MinEnvelopeLength+len(b) <= MaxMessageLength {
		return b, a, nil
	}
	if a.Text == "" {
		return nil, a, fmt.Errorf("%w: answer of %d bytes without text", ErrTooLong, len(b))
	}
	// The encoding grows with the prefix: find the longest prefix that
	// fits by bisection over the character boundaries.
	full := a.Text
	starts := make([]int, 0, len(full))
	for i := range full {
		starts = append(starts, i)
	}
	starts = append(starts, len(full))
	fits := func(n int) ([]byte, bool) {
		c := a
		c.Text, c.Truncated = full[:n], true
		b, err := encodeJSON(c)
		return b, err == nil && MinEnvelopeLength+len(b) <= MaxMessageLength
	}
	lo, hi := 0, len(starts)-1 // starts[lo] fits (or is 0); starts[hi] does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if _, ok := fits(starts[mid]); ok {
			lo = mid
		} else {
			hi = mid
		}
	}
	if starts[lo] == 0 {
		return nil, a, fmt.Errorf("%w: answer cannot fit", ErrTooLong)
	}
	b, _ = fits(starts[lo])
	a.Text, a.Truncated = full[:starts[lo]], true
	return b, a, nil
}

// encodeJSON is json.Marshal without HTML escaping (and without the
// encoder's trailing newline).
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("inference: encoding: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// SealAnswer seals an encoded answer to request seq, whose prompt envelope
// is promptEnvelope, from the miner with traffic counter counter.
func SealAnswer(t *skcrypto.Traffic, seq, counter uint64, promptEnvelope, encodedAnswer []byte) ([]byte, error) {
	return seal(t, session.Miner, counter, encodedAnswer, answerContext(seq, promptEnvelope))
}

// OpenAnswer opens the answer envelope of request seq and returns its
// plaintext encoding (for the commitment) and its parsed value.
func OpenAnswer(t *skcrypto.Traffic, seq uint64, promptEnvelope, env []byte) (counter uint64, plaintext []byte, a Answer, err error) {
	counter, pt, err := open(t, session.Miner, env, answerContext(seq, promptEnvelope))
	if err != nil {
		return counter, nil, Answer{}, err
	}
	a, err = DecodeAnswer(pt)
	return counter, pt, a, err
}
