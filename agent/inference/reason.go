package inference

import "fmt"

// Reason is the code of a verdict (InferenceJudged's reason) and of a
// miner's refusal: 0 for a valid inference, otherwise what was wrong. The
// codes are part of the protocol (docs/PROTOCOL.md §13).
type Reason uint8

// The reason codes.
const (
	// ReasonNone: the inference is valid.
	ReasonNone Reason = iota
	// ReasonPromptUndecryptable: the prompt envelope does not open under
	// the user's traffic key for its request: tampered, truncated, moved
	// from another request or session, or not sealed by the user.
	ReasonPromptUndecryptable
	// ReasonPromptMalformed: the prompt opens but is not a valid prompt.
	ReasonPromptMalformed
	// ReasonAnswerUndecryptable: the answer envelope does not open under the
	// miner's traffic key for its request and prompt.
	ReasonAnswerUndecryptable
	// ReasonAnswerMalformed: the answer opens but is not a valid answer.
	ReasonAnswerMalformed
	// ReasonCommitmentMismatch: the on-chain commitment is not the one the
	// prompt and answer give.
	ReasonCommitmentMismatch
	// ReasonReplay: a message duplicates an earlier one of the session, or
	// reuses its sender's traffic counter (a nonce).
	ReasonReplay
	// ReasonRefused: the miner refused a valid prompt, or its model failed.
	ReasonRefused
	// ReasonMismatch: re-running the prompt on the deterministic model gave
	// another answer.
	ReasonMismatch
	// ReasonDoesNotFit: the answer is longer than the request's max_tokens
	// allows.
	ReasonDoesNotFit
	// ReasonUnverifiable: the oracle could not re-run the prompt (its model
	// failed), so it cannot vouch for the answer.
	ReasonUnverifiable
	// ReasonWrongModel: an ok answer names no model, or not exactly the
	// model the request named.
	ReasonWrongModel
	// ReasonUnavailable: a streamed inference (docs/PROTOCOL.md §13.8)
	// whose prompt or answer stream the oracle could not obtain, whole and
	// matching its record on chain, from any party's endpoint: a party
	// withheld it.
	ReasonUnavailable
)

var reasonNames = [...]string{
	"valid", "prompt-undecryptable", "prompt-malformed", "answer-undecryptable", "answer-malformed",
	"commitment-mismatch", "replay", "refused", "mismatch", "does-not-fit", "unverifiable",
	"wrong-model", "unavailable",
}

// Valid reports whether r is a defined code.
func (r Reason) Valid() bool { return int(r) < len(reasonNames) }

// String returns the code's name.
func (r Reason) String() string {
	if !r.Valid() {
		return fmt.Sprintf("Reason(%d)", uint8(r))
	}
	return reasonNames[r]
}
