package inference

import (
	"context"
	"fmt"
	"strings"
)

// Streamer is a Backend that can also deliver a completion while the model
// generates it, so that a transport that streams answers (docs/PROTOCOL.md
// §13) forwards tokens as they come instead of after the whole answer.
type Streamer interface {
	Backend
	// Stream answers r as Complete does, calling onText with each piece of
	// the text as the backend produces it, in order, never with an empty
	// piece; the pieces concatenated are the returned Completion's Text.
	// An error from onText stops the stream: Stream returns it wrapped.
	Stream(ctx context.Context, r Request, onText func(string) error) (Completion, error)
}

// StreamCompletion runs r on b, streaming when b is a Streamer; a backend
// that cannot stream delivers its whole text as one piece once it has it.
// Either way, onText has seen exactly the returned Completion's Text when
// the error is nil.
func StreamCompletion(ctx context.Context, b Backend, r Request, onText func(string) error) (Completion, error) {
	if s, ok := b.(Streamer); ok {
		return s.Stream(ctx, r, onText)
	}
	c, err := b.Complete(ctx, r)
	if err != nil {
		return Completion{}, err
	}
	if c.Text != "" {
		if err := onText(c.Text); err != nil {
			return Completion{}, fmt.Errorf("inference: streaming the completion: %w", err)
		}
	}
	return c, nil
}

var _ Streamer = Deterministic{}

// Stream answers r as Complete does, delivering the text a word at a time
// (each piece a word and the spaces after it), as a model delivers
// tokens.
func (d Deterministic) Stream(ctx context.Context, r Request, onText func(string) error) (Completion, error) {
	c, err := d.Complete(ctx, r)
	if err != nil {
		return Completion{}, err
	}
	for rest := c.Text; rest != ""; {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			i = len(rest) - 1
		}
		for i+1 < len(rest) && rest[i+1] == ' ' {
			i++
		}
		if err := ctx.Err(); err != nil {
			return Completion{}, fmt.Errorf("%w: %w", ErrBackend, err)
		}
		if err := onText(rest[:i+1]); err != nil {
			return Completion{}, fmt.Errorf("inference: streaming the completion: %w", err)
		}
		rest = rest[i+1:]
	}
	return c, nil
}
