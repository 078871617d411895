package endpoint

import (
	"context"
	"fmt"
	"strings"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// BackendMiner serves streamed prompts on a completion backend that
// returns its text whole: it emits the text in batches of whole words of
// about BatchSize bytes (each chunk costs 21 bytes of framing and tag), so
// the user sees it arrive in pieces. The
// answer names the model as inference.Serve does: the one the prompt
// named, else the one the backend reports, else its own.
type BackendMiner struct {
	Backend inference.Backend
}

var _ Miner = BackendMiner{}

// BatchSize is the size from which BackendMiner sends a batch of words.
const BatchSize = 256

// Answer implements Miner.
func (m BackendMiner) Answer(ctx context.Context, _ session.ID, _ uint64, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
	out, err := m.Backend.Complete(ctx, inference.Request{Model: p.Model, Prompt: p.Prompt, MaxTokens: p.MaxTokens})
	if err != nil {
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused}, err
	}
	if out.Text == "" {
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused},
			fmt.Errorf("%w: empty completion", inference.ErrBackend)
	}
	var batch strings.Builder
	for _, w := range strings.SplitAfter(out.Text, " ") {
		batch.WriteString(w)
		if batch.Len() >= BatchSize {
			if err := emit(batch.String()); err != nil {
				return inference.Answer{}, err
			}
			batch.Reset()
		}
	}
	if err := emit(batch.String()); err != nil {
		return inference.Answer{}, err
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
