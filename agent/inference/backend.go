package inference

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Request is one completion a miner or an oracle asks of its backend.
type Request struct {
	// Model names the model; empty means the backend's own.
	Model string
	// Prompt is the user's text, sent as a single user message.
	Prompt string
	// MaxTokens bounds the answer's length; 0 means the backend's default.
	MaxTokens int
}

// Completion is a backend's answer.
type Completion struct {
	// Model is the model that answered, as the backend reports it.
	Model string
	// Text is the answer.
	Text string
}

// Backend runs inference. Implementations must be safe for concurrent use
// and must honour ctx: a cancelled or timed-out call returns promptly with
// an error wrapping ctx.Err().
type Backend interface {
	// Complete answers one request.
	Complete(ctx context.Context, r Request) (Completion, error)
	// Model is the model the backend answers with when a request names none.
	Model() string
	// Deterministic reports whether the same request always gets the same
	// completion, so that an oracle may re-run it and compare.
	Deterministic() bool
}

// ErrBackend wraps every error a backend returns for a request it could not
// answer (unreachable, refused, timed out, malformed reply).
var ErrBackend = errors.New("inference: backend failed")

// DeterministicModel is the model name of the built-in deterministic backend.
const DeterministicModel = "sessionkeystore/deterministic-v1"

// Deterministic is the built-in backend: it needs nothing installed and
// answers every prompt with a reproducible text derived from it (its word
// and character counts, its words in reverse order, and a digest), so that
// an oracle can re-run it and compare byte for byte. It stands in for a
// model in the demo and the tests; it is not a language model.
type Deterministic struct{}

// Model returns DeterministicModel.
func (Deterministic) Model() string { return DeterministicModel }

// Deterministic returns true.
func (Deterministic) Deterministic() bool { return true }

// Complete answers r. It fails only for a request naming another model or
// a prompt that is not UTF-8.
func (Deterministic) Complete(ctx context.Context, r Request) (Completion, error) {
	if err := ctx.Err(); err != nil {
		return Completion{}, fmt.Errorf("%w: %w", ErrBackend, err)
	}
	if r.Model != "" && r.Model != DeterministicModel {
		return Completion{}, fmt.Errorf("%w: model %q not served (only %q)", ErrBackend, r.Model, DeterministicModel)
	}
	if !utf8.ValidString(r.Prompt) {
		return Completion{}, fmt.Errorf("%w: prompt is not UTF-8", ErrBackend)
	}
	words := strings.Fields(r.Prompt)
	rev := make([]string, len(words))
	for i, w := range words {
		rev[len(words)-1-i] = w
	}
	sum := sha256.Sum256([]byte(r.Prompt))
	text := fmt.Sprintf("%d words, %d characters; reversed: %q; digest %016x",
		len(words), utf8.RuneCountInString(r.Prompt), strings.Join(rev, " "), binary.BigEndian.Uint64(sum[:8]))
	if r.MaxTokens > 0 {
		// One "token" per byte here: a bound the oracle can check exactly.
		text = truncateUTF8(text, r.MaxTokens)
	}
	return Completion{Model: DeterministicModel, Text: text}, nil
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
