package inference

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Requested is InferenceRequested: the user's prompt envelope for request Seq.
type Requested struct {
	protocol.Meta
	Seq      uint64
	Envelope []byte
}

// Answered is InferenceAnswered: the miner's answer envelope and commitment.
type Answered struct {
	protocol.Meta
	Seq        uint64
	Envelope   []byte
	Commitment [32]byte
}

// Judged is InferenceJudged: the oracle's verdict. Reason may be a code this
// version does not know (Valid false); it is reported as such.
type Judged struct {
	protocol.Meta
	Seq    uint64
	Valid  bool
	Reason Reason
}

// StreamRequested is StreamRequested: the user requested inference Seq
// over the stream transport (docs/PROTOCOL.md §13.8); Prompt is the
// digest of its prompt stream, which travels off chain.
type StreamRequested struct {
	protocol.Meta
	Seq    uint64
	Prompt Digest
}

// StreamAnswered is StreamAnswered: the miner answered streamed inference
// Seq; Answer is the digest of its answer stream, Commitment binds both
// streams (skcrypto.SessionKey.StreamResultCommitment).
type StreamAnswered struct {
	protocol.Meta
	Seq        uint64
	Answer     Digest
	Commitment [32]byte
}

// Closed is SessionClosed: no more inferences; every party deletes K.
type Closed struct {
	protocol.Meta
	Role session.Role
}

// ErrOutOfOrder is returned by Apply for an event the contract could not
// have emitted in that order (a request skipping a number, an answer to a
// request not seen). The runtime logs and drops it.
var ErrOutOfOrder = errors.New("inference: event out of order")

// Finding is the result of one check: a reason code (ReasonNone when the
// check passed) and the error that gave it. Err never holds a plaintext.
type Finding struct {
	Reason Reason
	Err    error
}

// OK reports whether the check passed.
func (f Finding) OK() bool { return f.Reason == ReasonNone }

func (f Finding) String() string {
	if f.OK() {
		return "ok"
	}
	return fmt.Sprintf("%v: %v", f.Reason, f.Err)
}

// Exchange is one request and what followed it, as the chain shows it and
// as this party could open it.
type Exchange struct {
	Seq uint64
	// PromptEnvelope is the request's ciphertext as on chain.
	PromptEnvelope []byte
	// PromptCheck is the result of opening the prompt.
	PromptCheck Finding
	// Answered: the miner has answered.
	Answered       bool
	AnswerEnvelope []byte
	Commitment     [32]byte
	// AnswerCheck is the result of opening the answer and checking the
	// commitment (when Answered).
	AnswerCheck Finding
	// Judged: the oracle has posted its verdict.
	Judged bool
	Valid  bool
	Reason Reason
	// The blocks of the three steps (0 until seen).
	RequestBlock, AnswerBlock, VerdictBlock uint64
	// Streamed: the request was made over the stream transport (§13.8).
	// Its messages are not on chain: PromptDigest and AnswerDigest are
	// their records, and PromptCheck and AnswerCheck stay zero here (the
	// stream layer checks the streams themselves).
	Streamed                   bool
	PromptDigest, AnswerDigest Digest

	prompt Prompt
	answer Answer
	// answerSize is the length of the answer's plaintext (when AnswerCheck
	// passed): the oracle checks a truncated answer's cut against it.
	answerSize int
}

// Prompt returns the opened prompt (when PromptCheck passed).
func (e *Exchange) Prompt() Prompt { return e.prompt }

// Answer returns the opened answer (when AnswerCheck passed).
func (e *Exchange) Answer() Answer { return e.answer }

// Conversation is the inference state of one Established session as one
// party sees it: pure, fed the session's inference events in chain order
// (Apply), it opens and checks every message once, and seals this party's
// own. It holds the session key; Zero wipes it.
//
// Its checks are the protocol's (docs/PROTOCOL.md §13): each envelope must
// open under its sender's traffic key for its request (and, for an answer,
// its exact prompt envelope); no envelope may repeat an earlier one and no
// sender may reuse a counter; the commitment must be the one the messages
// give.
type Conversation struct {
	key       *skcrypto.SessionKey
	traffic   *skcrypto.Traffic
	exchanges []*Exchange
	counters  [3]map[uint64]uint64 // sender → counter → the request it was first seen in
	envelopes map[[32]byte]uint64  // SHA-256 of every envelope → its request
	closed    bool
}

// NewConversation starts the inference state of a session with its key,
// which the conversation then owns.
func NewConversation(k *skcrypto.SessionKey) *Conversation {
	c := &Conversation{key: k, traffic: k.Traffic(), envelopes: map[[32]byte]uint64{}}
	for i := range c.counters {
		c.counters[i] = map[uint64]uint64{}
	}
	return c
}

// Key returns the session key.
func (c *Conversation) Key() *skcrypto.SessionKey { return c.key }

// Next returns the request number (seq, §8) of the next request.
func (c *Conversation) Next() uint64 { return uint64(len(c.exchanges)) }

// Exchange returns request seq.
func (c *Conversation) Exchange(seq uint64) (*Exchange, bool) {
	if seq >= uint64(len(c.exchanges)) {
		return nil, false
	}
	return c.exchanges[seq], true
}

// Closed reports whether SessionClosed has been applied.
func (c *Conversation) Closed() bool { return c.closed }

// Zero wipes the session key and drops the opened plaintexts.
func (c *Conversation) Zero() {
	c.key.Zero()
	c.traffic = nil
	for _, e := range c.exchanges {
		e.prompt, e.answer = Prompt{}, Answer{}
	}
}

// Apply feeds one event, in chain order.
func (c *Conversation) Apply(ev protocol.Event) error {
	if c.closed {
		return fmt.Errorf("%w: %T after SessionClosed", ErrOutOfOrder, ev)
	}
	switch ev := ev.(type) {
	case Requested:
		if ev.Seq != c.Next() {
			return fmt.Errorf("%w: request %d, expected %d", ErrOutOfOrder, ev.Seq, c.Next())
		}
		e := &Exchange{Seq: ev.Seq, PromptEnvelope: ev.Envelope, RequestBlock: ev.Block}
		e.prompt, e.PromptCheck = c.openPrompt(ev.Seq, ev.Envelope)
		c.exchanges = append(c.exchanges, e)
	case Answered:
		e, ok := c.Exchange(ev.Seq)
		if !ok || e.Answered || e.Streamed {
			return fmt.Errorf("%w: answer to request %d", ErrOutOfOrder, ev.Seq)
		}
		e.Answered, e.AnswerEnvelope, e.Commitment, e.AnswerBlock = true, ev.Envelope, ev.Commitment, ev.Block
		e.answer, e.answerSize, e.AnswerCheck = c.openAnswer(e)
	case StreamRequested:
		if ev.Seq != c.Next() {
			return fmt.Errorf("%w: request %d, expected %d", ErrOutOfOrder, ev.Seq, c.Next())
		}
		c.exchanges = append(c.exchanges, &Exchange{Seq: ev.Seq, Streamed: true, PromptDigest: ev.Prompt, RequestBlock: ev.Block})
	case StreamAnswered:
		e, ok := c.Exchange(ev.Seq)
		if !ok || e.Answered || !e.Streamed {
			return fmt.Errorf("%w: streamed answer to request %d", ErrOutOfOrder, ev.Seq)
		}
		e.Answered, e.AnswerDigest, e.Commitment, e.AnswerBlock = true, ev.Answer, ev.Commitment, ev.Block
	case Judged:
		e, ok := c.Exchange(ev.Seq)
		if !ok || !e.Answered || e.Judged {
			return fmt.Errorf("%w: verdict on request %d", ErrOutOfOrder, ev.Seq)
		}
		e.Judged, e.Valid, e.Reason, e.VerdictBlock = true, ev.Valid, ev.Reason, ev.Block
	case Closed:
		c.closed = true
	default:
		return fmt.Errorf("inference: not an inference event: %T", ev)
	}
	return nil
}

// seen records an envelope and its counter; it reports a replay if either
// was seen before in this session.
func (c *Conversation) seen(seq uint64, sender session.Role, counter uint64) error {
	if first, ok := c.counters[sender][counter]; ok {
		return fmt.Errorf("the %v's traffic counter %d reused (first in request %d)", sender, counter, first)
	}
	c.counters[sender][counter] = seq
	return nil
}

// duplicate reports whether env repeats an earlier envelope; it records it.
func (c *Conversation) duplicate(seq uint64, env []byte) error {
	h := sha256.Sum256(env)
	if first, ok := c.envelopes[h]; ok {
		return fmt.Errorf("message duplicates one of request %d", first)
	}
	c.envelopes[h] = seq
	return nil
}

func (c *Conversation) openPrompt(seq uint64, env []byte) (Prompt, Finding) {
	if err := c.duplicate(seq, env); err != nil {
		return Prompt{}, Finding{ReasonReplay, fmt.Errorf("prompt of request %d: %w", seq, err)}
	}
	counter, p, err := OpenPrompt(c.traffic, seq, env)
	switch {
	case errors.Is(err, ErrTruncated), errors.Is(err, ErrTooLong), errors.Is(err, skcrypto.ErrDecrypt):
		return Prompt{}, Finding{ReasonPromptUndecryptable, fmt.Errorf("prompt of request %d does not open (tampered, truncated, moved from another request or not the user's): %w", seq, err)}
	case err != nil:
		// It opened, so its counter was used.
		if rerr := c.seen(seq, session.User, counter); rerr != nil {
			return Prompt{}, Finding{ReasonReplay, fmt.Errorf("prompt of request %d: %w", seq, rerr)}
		}
		return Prompt{}, Finding{ReasonPromptMalformed, fmt.Errorf("request %d: %w", seq, err)}
	}
	if err := c.seen(seq, session.User, counter); err != nil {
		return Prompt{}, Finding{ReasonReplay, fmt.Errorf("prompt of request %d: %w", seq, err)}
	}
	return p, Finding{}
}

func (c *Conversation) openAnswer(e *Exchange) (Answer, int, Finding) {
	seq := e.Seq
	if err := c.duplicate(seq, e.AnswerEnvelope); err != nil {
		return Answer{}, 0, Finding{ReasonReplay, fmt.Errorf("answer to request %d: %w", seq, err)}
	}
	counter, pt, a, err := OpenAnswer(c.traffic, seq, e.PromptEnvelope, e.AnswerEnvelope)
	defer clear(pt)
	switch {
	case errors.Is(err, ErrTruncated), errors.Is(err, ErrTooLong), errors.Is(err, skcrypto.ErrDecrypt):
		return Answer{}, 0, Finding{ReasonAnswerUndecryptable, fmt.Errorf("answer to request %d does not open (tampered, truncated, moved from another request or not the miner's): %w", seq, err)}
	}
	if rerr := c.seen(seq, session.Miner, counter); rerr != nil {
		return Answer{}, 0, Finding{ReasonReplay, fmt.Errorf("answer to request %d: %w", seq, rerr)}
	}
	if err != nil {
		return Answer{}, 0, Finding{ReasonAnswerMalformed, fmt.Errorf("request %d: %w", seq, err)}
	}
	want := c.key.ResultCommitment(seq, e.PromptEnvelope, pt)
	if subtle.ConstantTimeCompare(want[:], e.Commitment[:]) != 1 {
		return Answer{}, 0, Finding{ReasonCommitmentMismatch, fmt.Errorf("request %d: the commitment on chain is not the one prompt and answer give", seq)}
	}
	return a, len(pt), Finding{}
}

// SealPrompt seals p as request Next() with traffic counter counter (which
// the caller has persisted as used).
func (c *Conversation) SealPrompt(counter uint64, p Prompt) (seq uint64, env []byte, err error) {
	if c.closed {
		return 0, nil, errors.New("inference: session closed")
	}
	seq = c.Next()
	env, err = SealPrompt(c.traffic, seq, counter, p)
	return seq, env, err
}

// SealAnswer seals a as the answer to request seq with traffic counter
// counter (persisted as used by the caller) and returns the envelope and
// the commitment.
func (c *Conversation) SealAnswer(seq, counter uint64, a Answer) (env []byte, commitment [32]byte, err error) {
	e, ok := c.Exchange(seq)
	if !ok {
		return nil, commitment, fmt.Errorf("inference: no request %d", seq)
	}
	pt, _, err := EncodeAnswer(a)
	if err != nil {
		return nil, commitment, err
	}
	defer clear(pt)
	env, err = SealAnswer(c.traffic, seq, counter, e.PromptEnvelope, pt)
	if err != nil {
		return nil, commitment, err
	}
	return env, c.key.ResultCommitment(seq, e.PromptEnvelope, pt), nil
}
