package endpoint

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// BackendMiner serves streamed prompts on a completion backend. A backend
// that streams (inference.Streamer: the built-in deterministic model, the
// OpenAI-compatible client with "stream": true) has its pieces forwarded as
// they come, in batches: a batch is sent once it holds BatchSize bytes or
// FlushAfter has passed since its first piece, so that a model's tokens
// reach the user as it makes them while a burst of them shares a chunk
// (each chunk costs 21 bytes of framing and tag). A backend that returns
// its text whole is sent the same way once it has it. The answer names the
// model as inference.Serve does: the one the prompt named, else the one
// the backend reports, else its own.
type BackendMiner struct {
	Backend inference.Backend
	// Now defaults to time.Now.
	Now func() time.Time
}

var _ Miner = BackendMiner{}

// BatchSize is the size from which BackendMiner sends a batch at once.
const BatchSize = 256

// FlushAfter is how long BackendMiner holds a piece for more to join it.
const FlushAfter = 20 * time.Millisecond

// Answer implements Miner.
func (m BackendMiner) Answer(ctx context.Context, _ session.ID, _ uint64, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
	now := m.Now
	if now == nil {
		now = time.Now
	}
	var batch strings.Builder
	var since time.Time
	out, err := inference.StreamCompletion(ctx, m.Backend, inference.Request{Model: p.Model, Prompt: p.Prompt, MaxTokens: p.MaxTokens}, func(piece string) error {
		if batch.Len() == 0 {
			since = now()
		}
		batch.WriteString(piece)
		if batch.Len() < BatchSize && now().Sub(since) < FlushAfter {
			return nil
		}
		// Whole words where a batch is cut by size: the rest waits.
		s := batch.String()
		if batch.Len() >= BatchSize {
			if i := strings.LastIndexByte(s, ' '); i > 0 {
				s = s[:i+1]
			}
		}
		if err := emit(s); err != nil {
			return err
		}
		rest := batch.String()[len(s):]
		batch.Reset()
		batch.WriteString(rest)
		since = now()
		return nil
	})
	if err != nil {
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused}, err
	}
	if out.Text == "" {
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused},
			fmt.Errorf("%w: empty completion", inference.ErrBackend)
	}
	if batch.Len() > 0 {
		if err := emit(batch.String()); err != nil {
			return inference.Answer{}, err
		}
	}
	model := p.Model
	if model == "" {
		model = out.Model
	}
	if model == "" {
		model = m.Backend.Model()
	}
	return inference.Answer{Status: inference.StatusOK, Model: model}, nil
}
