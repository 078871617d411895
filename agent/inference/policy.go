package inference

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxBytesPerToken bounds how many bytes of text one token may account for
// when an oracle checks an answer against a request's max_tokens.
const MaxBytesPerToken = 32

// Verdict is an oracle's judgement of one inference.
type Verdict struct {
	Reason Reason
	// Detail says which checks were made, or which failed; never a
	// plaintext.
	Detail string
}

// Valid reports whether the verdict is valid.
func (v Verdict) Valid() bool { return v.Reason == ReasonNone }

// Serve is the miner's work on request e: run the prompt on b and return
// the answer to seal, or a refusal naming what was wrong with the request
// or that the model failed (the error, for the miner's log).
func Serve(ctx context.Context, b Backend, e *Exchange) (Answer, error) {
	if !e.PromptCheck.OK() {
		return Answer{Status: StatusRefused, Reason: e.PromptCheck.Reason}, e.PromptCheck.Err
	}
	p := e.Prompt()
	out, err := b.Complete(ctx, Request{Model: p.Model, Prompt: p.Prompt, MaxTokens: p.MaxTokens})
	if err != nil {
		return Answer{Status: StatusRefused, Reason: ReasonRefused}, err
	}
	if out.Text == "" {
		return Answer{Status: StatusRefused, Reason: ReasonRefused}, fmt.Errorf("%w: empty completion", ErrBackend)
	}
	// The answer names the model that ran: the one the request named (a
	// backend may report a provider's longer name for it, such as a dated
	// version of an alias), else the one the backend reports, else its own.
	model := p.Model
	if model == "" {
		model = out.Model
	}
	if model == "" {
		model = b.Model()
	}
	return Answer{Status: StatusOK, Model: model, Text: out.Text}, nil
}

// Assess is the oracle's policy for an answered request e:
//
//  1. both messages open, are well-formed, are no replay, and the
//     commitment matches (else the failed check's reason);
//  2. the prompt was valid and the miner did not refuse it;
//  3. the answer names a model, exactly the requested one if the request
//     named one (else ReasonWrongModel);
//  4. it is no longer than max_tokens allows (else ReasonDoesNotFit);
//  5. if b is deterministic and the answer names b's model, re-running the
//     prompt on b gives the same text, or, for an answer marked truncated,
//     a longer text it is a prefix of (ReasonMismatch otherwise, and
//     ReasonUnverifiable if b fails).
//
// The Detail of a valid verdict says whether step 5 ran.
func Assess(ctx context.Context, b Backend, e *Exchange) Verdict {
	if !e.Answered {
		return Verdict{ReasonUnverifiable, fmt.Sprintf("request %d has no answer", e.Seq)}
	}
	if !e.AnswerCheck.OK() {
		return Verdict{e.AnswerCheck.Reason, e.AnswerCheck.Err.Error()}
	}
	if !e.PromptCheck.OK() {
		return Verdict{e.PromptCheck.Reason, e.PromptCheck.Err.Error()}
	}
	p, a := e.Prompt(), e.Answer()
	if a.Status != StatusOK {
		return Verdict{ReasonRefused, fmt.Sprintf("request %d: the miner refused a valid prompt (%v)", e.Seq, a.Reason)}
	}
	if a.Model == "" {
		return Verdict{ReasonWrongModel, fmt.Sprintf("request %d: the answer names no model", e.Seq)}
	}
	if p.Model != "" && a.Model != p.Model {
		return Verdict{ReasonWrongModel, fmt.Sprintf("request %d: answered by model %q, %q requested", e.Seq, a.Model, p.Model)}
	}
	if p.MaxTokens > 0 && len(a.Text) > p.MaxTokens*MaxBytesPerToken {
		return Verdict{ReasonDoesNotFit, fmt.Sprintf("request %d: answer of %d bytes exceeds max_tokens %d", e.Seq, len(a.Text), p.MaxTokens)}
	}
	if b == nil || !b.Deterministic() || a.Model != b.Model() {
		return Verdict{ReasonNone, fmt.Sprintf("request %d: opens, well-formed, commitment matches, fits the request (model %q not re-runnable here)", e.Seq, a.Model)}
	}
	out, err := b.Complete(ctx, Request{Model: p.Model, Prompt: p.Prompt, MaxTokens: p.MaxTokens})
	if err != nil {
		return Verdict{ReasonUnverifiable, fmt.Sprintf("request %d: re-running on %q failed: %v", e.Seq, b.Model(), err)}
	}
	same := out.Text == a.Text
	if a.Truncated {
		same = len(a.Text) < len(out.Text) && strings.HasPrefix(out.Text, a.Text)
		if same && !cutToFit(e.answerSize, out.Text[len(a.Text):]) {
			return Verdict{ReasonMismatch, fmt.Sprintf("request %d: the answer is cut shorter than a message allows", e.Seq)}
		}
	}
	if !same {
		return Verdict{ReasonMismatch, fmt.Sprintf("request %d: re-running on %q gave another answer", e.Seq, b.Model())}
	}
	return Verdict{ReasonNone, fmt.Sprintf("request %d: re-ran on %q: identical answer; commitment matches", e.Seq, b.Model())}
}

// cutToFit reports whether a truncated answer of size plaintext bytes was
// cut no shorter than it had to be: the first character of rest, the part
// of the re-run's text it left out, would not have fit, even at its
// shortest escaping (docs/PROTOCOL.md §13.3).
func cutToFit(size int, rest string) bool {
	c, _ := utf8.DecodeRuneInString(rest)
	return MinEnvelopeLength+size+EscapedWidth(c) > MaxMessageLength
}
