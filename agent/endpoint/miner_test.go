package endpoint

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// slowModel streams its pieces one at a time: each waits until the one
// before has been emitted, as tokens from a model that is still thinking.
type slowModel struct {
	pieces  []string
	emitted chan string
}

func (s slowModel) Model() string       { return "slow" }
func (s slowModel) Deterministic() bool { return false }
func (s slowModel) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	return inference.Completion{Model: "slow", Text: strings.Join(s.pieces, "")}, nil
}
func (s slowModel) Stream(ctx context.Context, r inference.Request, onText func(string) error) (inference.Completion, error) {
	for i, p := range s.pieces {
		if err := onText(p); err != nil {
			return inference.Completion{}, err
		}
		if i == len(s.pieces)-1 {
			break
		}
		select { // the next token only once this one reached the user
		case <-s.emitted:
		case <-time.After(5 * time.Second):
			return inference.Completion{}, context.DeadlineExceeded
		}
	}
	return inference.Completion{Model: "slow", Text: strings.Join(s.pieces, "")}, nil
}

// TestBackendMinerForwardsTokens: a streaming backend's pieces are
// emitted as they come: the first at once, each later one within
// FlushAfter even when no piece follows it (the slow model sends its next
// piece only once the one before has been emitted); a burst is batched.
func TestBackendMinerForwardsTokens(t *testing.T) {
	emitted := make(chan string, 10)
	m := BackendMiner{Backend: slowModel{pieces: []string{"one ", "two ", "three"}, emitted: emitted}}
	var got []string
	a, err := m.Answer(context.Background(), session.ID{}, 0, inference.Prompt{Prompt: "count"}, func(s string) error {
		got = append(got, s)
		emitted <- s
		return nil
	})
	if err != nil || a.Status != inference.StatusOK || a.Model != "slow" {
		t.Fatalf("answer %+v, %v", a, err)
	}
	if strings.Join(got, "|") != "one |two |three" {
		t.Errorf("emitted %q, want each token as it came", got)
	}

	// A burst is batched after its first piece, cut at a word once a
	// batch reaches BatchSize.
	words := strings.Repeat("word ", 100)
	got = nil
	m = BackendMiner{Backend: inference.Deterministic{}}
	a, err = m.Answer(context.Background(), session.ID{}, 0, inference.Prompt{Prompt: words}, func(s string) error { got = append(got, s); return nil })
	if err != nil {
		t.Fatal(err)
	}
	want, _ := inference.Deterministic{}.Complete(context.Background(), inference.Request{Prompt: words})
	if strings.Join(got, "") != want.Text || len(got) < 3 {
		t.Fatalf("%d batches adding up to %d bytes, want the %d-byte answer in several", len(got), len(strings.Join(got, "")), len(want.Text))
	}
	if len(got[0]) > 32 {
		t.Errorf("first emit of %d bytes %q: want the model's first piece alone", len(got[0]), got[0])
	}
	for _, b := range got[1 : len(got)-1] {
		if len(b) > BatchSize+64 {
			t.Errorf("batch of %d bytes %q: want about %d", len(b), b[max(0, len(b)-10):], BatchSize)
		}
	}
}

// brokenModel streams its pieces at once, then fails.
type brokenModel struct{ pieces []string }

func (b brokenModel) Model() string       { return "broken" }
func (b brokenModel) Deterministic() bool { return false }
func (b brokenModel) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	return inference.Completion{}, inference.ErrBackend
}
func (b brokenModel) Stream(ctx context.Context, r inference.Request, onText func(string) error) (inference.Completion, error) {
	for _, p := range b.pieces {
		if err := onText(p); err != nil {
			return inference.Completion{}, err
		}
	}
	return inference.Completion{}, inference.ErrBackend
}

// TestBackendMinerEmitsNothingAfterAnswer: a batch the timer would flush
// is not emitted once Answer has returned (here: the backend failed after
// two pieces, the second still pending).
func TestBackendMinerEmitsNothingAfterAnswer(t *testing.T) {
	var mu sync.Mutex
	var got []string
	m := BackendMiner{Backend: brokenModel{pieces: []string{"one ", "two "}}}
	_, err := m.Answer(context.Background(), session.ID{}, 0, inference.Prompt{Prompt: "count"}, func(s string) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, s)
		return nil
	})
	if err == nil {
		t.Fatal("a failing backend answered")
	}
	time.Sleep(3 * FlushAfter)
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(got, "|") != "one " {
		t.Fatalf("emitted %q: want only the first piece, nothing after Answer returned", got)
	}
}
