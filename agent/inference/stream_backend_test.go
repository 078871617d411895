package inference

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// wholeOnly hides Deterministic's Stream: a backend that cannot stream.
type wholeOnly struct{ d Deterministic }

func (w wholeOnly) Complete(ctx context.Context, r Request) (Completion, error) {
	return w.d.Complete(ctx, r)
}
func (w wholeOnly) Model() string       { return w.d.Model() }
func (w wholeOnly) Deterministic() bool { return true }

func TestStreamCompletion(t *testing.T) {
	r := Request{Prompt: "the quick  brown fox jumps over the lazy dog"}
	want, err := Deterministic{}.Complete(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]Backend{"streamer": Deterministic{}, "whole": wholeOnly{}} {
		var pieces []string
		c, err := StreamCompletion(context.Background(), b, r, func(s string) error {
			if s == "" {
				t.Errorf("%s: an empty piece", name)
			}
			pieces = append(pieces, s)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c != want || strings.Join(pieces, "") != want.Text {
			t.Errorf("%s: completion %+v from pieces %q, want %+v", name, c, pieces, want)
		}
		if _, ok := b.(Streamer); ok && len(pieces) < 10 {
			t.Errorf("%s: %d pieces, want one per word", name, len(pieces))
		}
		if _, ok := b.(Streamer); !ok && len(pieces) != 1 {
			t.Errorf("%s: %d pieces, want the whole text once", name, len(pieces))
		}
	}
	// Truncated to a few bytes: the pieces still add up.
	r.MaxTokens = 7
	var got strings.Builder
	c, err := StreamCompletion(context.Background(), Deterministic{}, r, func(s string) error { got.WriteString(s); return nil })
	if err != nil || got.String() != c.Text || len(c.Text) != 7 {
		t.Errorf("truncated: %q from %q, %v", c.Text, got.String(), err)
	}
}

func TestStreamStops(t *testing.T) {
	stop := errors.New("client went away")
	n := 0
	_, err := StreamCompletion(context.Background(), Deterministic{}, Request{Prompt: "one two three four"}, func(string) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("err %v after %d pieces, want the callback's error after 2", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := StreamCompletion(ctx, Deterministic{}, Request{Prompt: "x"}, func(string) error { return nil }); !errors.Is(err, ErrBackend) || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
