package e2e

import (
	"context"
	"encoding/json"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/openaiapi"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

var servingRE = regexp.MustCompile(`serving the OpenAI-compatible API on (http://\S+/v1)`)

// serveBase waits for `user serve` (job) to listen and returns its API's
// base URL.
func serveBase(ctx context.Context, t *testing.T, job *localnet.Job) string {
	t.Helper()
	var base string
	eventually(ctx, t, "serve to listen", func() (bool, error) {
		if job.Exited() {
			t.Fatalf("serve exited: %v\n%s", job.Wait(), job.Output())
		}
		m := servingRE.FindStringSubmatch(job.Output())
		if m == nil {
			return false, nil
		}
		base = m[1]
		return true, nil
	})
	return base
}

// TestServeOpenAI runs `user serve` in front of a user's agent on Anvil
// and drives it with the official openai-go client (not streaming, then
// streaming) and with curl: every request becomes an encrypted inference
// in the one session serve opened on demand, with the oracle's verdict in
// the reply. On interrupt serve closes the session it opened.
func TestServeOpenAI(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	// The miner serves the stream transport: serve's answers come through
	// its endpoint, token batches as they are produced.
	if _, err := n.RestartListening(ctx, session.Miner); err != nil {
		t.Fatal(err)
	}
	job, err := n.StartJob(session.User, n.Accounts["user"], n.WS, []string{"serve", "-listen", "127.0.0.1:0",
		"-miner", n.Accounts["miner"].Address.Hex(), "-oracle", n.Accounts["oracle"].Address.Hex(),
		"-method", "coordinator", "-coordinator", "user", "-api-key", "test-key", "-transport", "stream"})
	if err != nil {
		t.Fatal(err)
	}
	base := serveBase(ctx, t, job)
	c := openai.NewClient(option.WithBaseURL(base+"/"), option.WithAPIKey("test-key"), option.WithMaxRetries(0))
	params := openai.ChatCompletionNewParams{Model: openaiapi.DefaultModel,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("what is two and two?")}}

	got, err := c.Chat.Completions.New(ctx, params)
	if err != nil {
		t.Fatalf("completion: %v\n%s", err, job.Output())
	}
	if len(got.Choices) != 1 || got.Choices[0].Message.Content == "" || got.Choices[0].FinishReason == "" {
		t.Fatalf("completion %s", got.RawJSON())
	}
	var v openaiapi.Verdict
	if err := json.Unmarshal([]byte(got.JSON.ExtraFields["sessionkeystore"].Raw()), &v); err != nil || v.Verdict != "valid" || v.Request != 0 || v.Transport != "stream" {
		t.Fatalf("verdict %+v (%v) in %s", v, err, got.RawJSON())
	}
	id, err := session.ParseID(v.Session)
	if err != nil {
		t.Fatal(err)
	}
	if ph, err := n.Phase(ctx, id); err != nil || ph != session.Established {
		t.Fatalf("session %v is %v (%v)", id, ph, err)
	}
	if step, err := n.InferenceStep(ctx, id, 0); err != nil || step != session.Judged {
		t.Errorf("request 0 is at step %v on chain (%v), want judged", step, err)
	}

	// A prompt larger than a message on chain may carry, streamed back.
	big := strings.Repeat("a document longer than a message on chain ", 500)
	want, err := inference.Deterministic{}.Complete(ctx, inference.Request{Prompt: big})
	if err != nil {
		t.Fatal(err)
	}
	st := c.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{Model: openaiapi.DefaultModel,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(big)}})
	var text strings.Builder
	var final openai.ChatCompletionChunk
	for st.Next() {
		ch := st.Current()
		for _, choice := range ch.Choices {
			text.WriteString(choice.Delta.Content)
			if choice.FinishReason != "" {
				final = ch
			}
		}
	}
	if err := st.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if text.String() != want.Text {
		t.Errorf("streamed %q, want the deterministic model's %q", text.String(), want.Text)
	}
	v = openaiapi.Verdict{}
	if err := json.Unmarshal([]byte(final.JSON.ExtraFields["sessionkeystore"].Raw()), &v); err != nil || v.Verdict != "valid" || v.Request != 1 || v.Session != id.String() || v.Transport != "stream" {
		t.Errorf("stream verdict %+v (%v): want request 1 of the same session", v, err)
	}

	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Fatal("curl is not installed; the README's example uses it")
	}
	out, err := exec.CommandContext(ctx, curl, "-sS", "--fail-with-body", "-D", "-", base+"/chat/completions",
		"-H", "Authorization: Bearer test-key", "-H", "Content-Type: application/json",
		"-d", `{"model":"sessionkeystore","messages":[{"role":"user","content":"what is two and two?"}]}`).CombinedOutput()
	if err != nil {
		t.Fatalf("curl: %v\n%s", err, out)
	}
	for _, want := range []string{openaiapi.HeaderVerdict + ": valid", `"object":"chat.completion"`, `"request":2`, id.String()} {
		if !strings.Contains(strings.ToLower(string(out)), strings.ToLower(want)) {
			t.Errorf("curl output lacks %q:\n%s", want, out)
		}
	}
	out, _ = exec.CommandContext(ctx, curl, "-sS", "-o", "/dev/null", "-w", "%{http_code}", base+"/models").CombinedOutput()
	if string(out) != "401" {
		t.Errorf("GET /models without the key: %s, want 401", out)
	}

	if err := job.Stop(); err == nil || !strings.Contains(job.Output(), "session "+id.String()+" closed") {
		t.Errorf("serve after SIGTERM: %v (want exit 130 after closing the session)\n%s", err, job.Output())
	}
	if ph, err := n.Phase(ctx, id); err != nil || ph != session.Closed {
		t.Errorf("session %v is %v after serve stopped (%v), want Closed", id, ph, err)
	}
}
