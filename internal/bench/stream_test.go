//go:build linux

package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// TestModelServerPace: the model server answers as the deterministic
// backend does, streamed token by token at its pace and whole, through
// the official client.
func TestModelServerPace(t *testing.T) {
	m, err := StartModelServer(60*time.Millisecond, 5*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	c := openai.NewClient(option.WithBaseURL(m.URL+"/"), option.WithAPIKey("k"), option.WithMaxRetries(0))
	prompt := "how fast does the encrypted path stream"
	want, err := Answer(prompt, 0)
	if err != nil {
		t.Fatal(err)
	}
	run, text, err := streamOnce(context.Background(), c, prompt, false)
	if err != nil {
		t.Fatal(err)
	}
	n := len(Tokens(want))
	if text != want || strings.Join(Tokens(want), "") != want || n < 8 {
		t.Fatalf("streamed %q, want %q in %d tokens", text, want, n)
	}
	if run.First < 60*time.Millisecond || run.Last < run.First+time.Duration(n-1)*5*time.Millisecond {
		t.Fatalf("first token at %v, last at %v: faster than the pace (60ms, then %d tokens every 5ms)", run.First, run.Last, n)
	}
	whole, err := c.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{Model: "m",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)}})
	if err != nil || len(whole.Choices) != 1 || whole.Choices[0].Message.Content != want {
		t.Fatalf("whole answer %v, %v", whole, err)
	}
}

// TestStreamSection: the section states each goal beside its measure.
func TestStreamSection(t *testing.T) {
	runs := func(first, last time.Duration) []TokenRun {
		return []TokenRun{{First: first, Last: last, Done: last}, {First: first + time.Millisecond, Last: last, Done: last}, {First: first, Last: last, Done: last}}
	}
	s := &StreamResult{BlockTime: time.Second, Think: 200 * time.Millisecond, PerToken: 10 * time.Millisecond, PromptBytes: 600, Tokens: 100,
		Direct: runs(200*time.Millisecond, 1200*time.Millisecond), Encrypted: runs(260*time.Millisecond, 1250*time.Millisecond),
		Sizes: []SizeGas{
			{Transport: "stream", PromptBytes: 1 << 20, AnswerBytes: 1<<20 + 71, PromptCipher: 1<<20 + 400, AnswerCipher: 1<<20 + 500, Request: 55955, Answer: 42556, Verdict: 42580},
			{Transport: "chain", PromptBytes: 1 << 20, Refused: "message too long: sealed message of 1048613 bytes, at most 16384"},
		},
		LargestPrompt: 1 << 20, LargestAnswer: 1<<20 + 71}
	got := StreamSection(s)
	for _, want := range []string{"**1.30×** (not met)", "**1.04×** (met)", "| 1,048,576 B | stream | 1,048,647 B |", "141,091",
		"refused: message too long", "(goal: at least 1 MiB each: met)", "83.3"} {
		if !strings.Contains(got, want) {
			t.Errorf("the section lacks %q:\n%s", want, got)
		}
	}
	s.LargestAnswer = 1000
	if got := StreamSection(s); !strings.Contains(got, "each: not met") {
		t.Errorf("a 1,000-byte answer meets the 1 MiB goal:\n%s", got)
	}
	if got := StreamSection(nil); !strings.Contains(got, "Not measured") {
		t.Errorf("no result: %s", got)
	}
}

// TestOneTimeSection: each config's added cost against its suite's
// budget, with the publications' share.
func TestOneTimeSection(t *testing.T) {
	rs := []OneTimeResult{
		{Config: "M2 user x25519", N: 5, Registered: 260000, OneTime: 268000, Keys: 2, PublishPerKey: 1700, Batches: 2},
		{Config: "M2 user hybrid", N: 5, Registered: 300000, OneTime: 350000, Keys: 2, PublishPerKey: 1700, Batches: 3, Batch: 16},
	}
	got := OneTimeSection(rs)
	for _, want := range []string{"| M2 user x25519 | 260,000 | 268,000 | 2 | 3,400 | 271,400 | +4.4 % | ≤ 5 %: met |",
		"| M2 user hybrid | 300,000 | 350,000 | 2 | 3,400 | 353,400 | +17.8 % | ≤ 15 %: not met |", "x25519: 2 batches in this run, 1,700 gas per key",
		"hybrid: 3 batches", "Why the hybrid batch shares its ML-KEM-768 key", "A batch of 16 keys publishes its encapsulation key once and 32 bytes per key: 1,700 gas per key"} {
		if !strings.Contains(got, want) {
			t.Errorf("the section lacks %q:\n%s", want, got)
		}
	}
	if got := OneTimeSection(nil); !strings.Contains(got, "Not measured") {
		t.Errorf("no result: %s", got)
	}
	if got := OneTimeSection(rs[:1]); strings.Contains(got, "Why the hybrid batch") {
		t.Errorf("an explanation without a hybrid row:\n%s", got)
	}
}
