package endpoint

import (
	"context"
	"strings"
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

// TestBackendMinerForwardsTokens: a streaming backend's pieces are emitted
// as they come (once FlushAfter has passed), not after the whole answer;
// a burst is batched.
func TestBackendMinerForwardsTokens(t *testing.T) {
	emitted := make(chan string, 10)
	var clock time.Time
	tick := func() time.Time { clock = clock.Add(FlushAfter); return clock }
	m := BackendMiner{Backend: slowModel{pieces: []string{"one ", "two ", "three"}, emitted: emitted}, Now: tick}
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

	// A burst within FlushAfter (a clock that stands still) is one batch,
	// cut at a word once it reaches BatchSize.
	words := strings.Repeat("word ", 100)
	got = nil
	still := func() time.Time { return time.Unix(0, 0) }
	m = BackendMiner{Backend: inference.Deterministic{}, Now: still}
	a, err = m.Answer(context.Background(), session.ID{}, 0, inference.Prompt{Prompt: words}, func(s string) error { got = append(got, s); return nil })
	if err != nil {
		t.Fatal(err)
	}
	want, _ := inference.Deterministic{}.Complete(context.Background(), inference.Request{Prompt: words})
	if strings.Join(got, "") != want.Text || len(got) < 2 {
		t.Fatalf("%d batches adding up to %d bytes, want the %d-byte answer in several", len(got), len(strings.Join(got, "")), len(want.Text))
	}
	for _, b := range got[:len(got)-1] {
		if len(b) > BatchSize+64 || !strings.HasSuffix(b, " ") {
			t.Errorf("batch of %d bytes %q: want whole words of about %d", len(b), b[max(0, len(b)-10):], BatchSize)
		}
	}
}
