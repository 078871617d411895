package endpoint

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// BackendMiner serves streamed prompts on a completion backend. A backend
// that streams (inference.Streamer: the built-in deterministic model, the
// OpenAI-compatible client with "stream": true) has its pieces forwarded as
// they come: the first at once (the time to the first token is the
// model's), the rest in batches, each sent once it holds BatchSize bytes or
// FlushAfter after its first piece came, whether or not another piece
// follows; so a model's tokens reach the user as it makes them while a
// burst of them shares a chunk (each chunk costs 21 bytes of framing and
// tag). A backend that returns its text whole is sent the same way once it
// has it. The answer names the model as inference.Serve does: the one the
// prompt named, else the one the backend reports, else its own.
type BackendMiner struct {
	Backend inference.Backend
}

var _ Miner = BackendMiner{}

// BatchSize is the size from which BackendMiner sends a batch at once.
const BatchSize = 256

// FlushAfter is how long BackendMiner holds a piece for more to join it.
const FlushAfter = 20 * time.Millisecond

// Answer implements Miner.
func (m BackendMiner) Answer(ctx context.Context, _ session.ID, _ uint64, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
	b := &batcher{emit: emit}
	out, err := inference.StreamCompletion(ctx, m.Backend, inference.Request{Model: p.Model, Prompt: p.Prompt, MaxTokens: p.MaxTokens}, b.add)
	if err != nil {
		b.close(false)
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused}, err
	}
	if out.Text == "" {
		b.close(false)
		return inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused},
			fmt.Errorf("%w: empty completion", inference.ErrBackend)
	}
	if err := b.close(true); err != nil {
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

// batcher is BackendMiner's batching of one answer. emit is called under
// mu, from the backend's goroutine or from the flush timer's, never after
// close.
type batcher struct {
	mu      sync.Mutex
	emit    func(string) error
	pending strings.Builder
	started bool        // the first piece has been sent
	timer   *time.Timer // flushes pending FlushAfter after its first piece
	closed  bool
	err     error // of an emit, returned by the next add or close
}

// add takes the backend's next piece.
func (b *batcher) add(piece string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return b.err
	}
	if !b.started {
		b.started = true
		b.err = b.emit(piece)
		return b.err
	}
	b.pending.WriteString(piece)
	if b.pending.Len() >= BatchSize {
		// Whole words where a batch is cut by size: the rest waits.
		s := b.pending.String()
		if i := strings.LastIndexByte(s, ' '); i > 0 {
			s = s[:i+1]
		}
		rest := b.pending.String()[len(s):]
		b.pending.Reset()
		b.pending.WriteString(rest)
		if b.err = b.emit(s); b.err != nil {
			return b.err
		}
	}
	if b.pending.Len() > 0 && b.timer == nil {
		b.timer = time.AfterFunc(FlushAfter, b.flush)
	}
	return nil
}

// flush sends what is pending: the timer's work.
func (b *batcher) flush() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.timer = nil
	if b.closed || b.err != nil || b.pending.Len() == 0 {
		return
	}
	s := b.pending.String()
	b.pending.Reset()
	b.err = b.emit(s)
}

// close stops the timer and, if send, sends what is pending. No emit
// follows it.
func (b *batcher) close(send bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	if b.err != nil || !send || b.pending.Len() == 0 {
		return b.err
	}
	s := b.pending.String()
	b.pending.Reset()
	b.err = b.emit(s)
	return b.err
}
