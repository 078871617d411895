package openaiapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// scripted is an Inferrer whose outcome the test sets: it records the
// prompts it was given and streams the answer in the pieces given.
type scripted struct {
	mu      sync.Mutex
	prompts []inference.Prompt
	pieces  []string // streamed before returning, when onText is set
	out     Completion
	err     error
	block   chan struct{} // if set, Infer waits for it to close
}

func (s *scripted) Infer(ctx context.Context, p inference.Prompt, onText func(string)) (*Completion, error) {
	s.mu.Lock()
	s.prompts = append(s.prompts, p)
	s.mu.Unlock()
	if s.block != nil {
		select {
		case <-s.block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	if onText != nil {
		for _, piece := range s.pieces {
			onText(piece)
		}
	}
	c := s.out
	return &c, nil
}

func (s *scripted) last(t *testing.T) inference.Prompt {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.prompts) == 0 {
		t.Fatal("the inferrer was not called")
	}
	return s.prompts[len(s.prompts)-1]
}

var testSession = session.ID{0xab, 0xcd, 1, 2, 3, 4, 5, 6, 7}

func valid(text string) Completion {
	return Completion{Session: testSession, Request: 7, Valid: true,
		Answer:       inference.Answer{Status: inference.StatusOK, Model: "det-1", Text: text},
		RequestBlock: 10, AnswerBlock: 11, VerdictBlock: 12}
}

func serve(t *testing.T, cfg Config, inf Inferrer) (*httptest.Server, openai.Client) {
	t.Helper()
	h, err := NewHandler(cfg, inf)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	key := cfg.APIKey
	if key == "" {
		key = "unused"
	}
	c := openai.NewClient(option.WithBaseURL(srv.URL+"/v1/"), option.WithAPIKey(key), option.WithMaxRetries(0))
	return srv, c
}

func params(msgs ...openai.ChatCompletionMessageParamUnion) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: DefaultModel, Messages: msgs}
}

// TestOfficialClient drives the API with the official openai-go client,
// streaming and not, and checks the answer, the verdict extension and the
// prompt the inferrer received.
func TestOfficialClient(t *testing.T) {
	inf := &scripted{out: valid("four, as it happens"), pieces: []string{"four, ", "as it"}}
	_, c := serve(t, Config{}, inf)
	ctx := context.Background()

	var resp *http.Response
	got, err := c.Chat.Completions.New(ctx, params(openai.UserMessage("what is two and two?")), option.WithResponseInto(&resp))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Choices) != 1 || got.Choices[0].Message.Content != "four, as it happens" || got.Choices[0].FinishReason != "stop" {
		t.Fatalf("completion %+v", got.Choices)
	}
	if got.Model != "det-1" {
		t.Errorf("model %q, want the answer's det-1", got.Model)
	}
	if p := inf.last(t); p.Prompt != "what is two and two?" || p.Model != "" || p.MaxTokens != 0 {
		t.Errorf("prompt %+v", p)
	}
	if resp.Header.Get(HeaderVerdict) != "valid" || resp.Header.Get(HeaderRequest) != "7" || resp.Header.Get(HeaderSession) != testSession.String() {
		t.Errorf("verdict headers %v", resp.Header)
	}
	var ext Verdict
	if err := json.Unmarshal([]byte(got.JSON.ExtraFields["sessionkeystore"].Raw()), &ext); err != nil {
		t.Fatalf("extension field: %v (%q)", err, got.RawJSON())
	}
	if ext.Verdict != "valid" || ext.OwnCheck != "ok" || ext.VerdictBlock != 12 || ext.Session != testSession.String() {
		t.Errorf("extension %+v", ext)
	}

	st := c.Chat.Completions.NewStreaming(ctx, params(openai.UserMessage("again")))
	var text strings.Builder
	var pieces int
	var final openai.ChatCompletionChunk
	for st.Next() {
		ch := st.Current()
		if len(ch.Choices) == 1 && ch.Choices[0].Delta.Content != "" {
			pieces++
			text.WriteString(ch.Choices[0].Delta.Content)
		}
		if len(ch.Choices) == 1 && ch.Choices[0].FinishReason != "" {
			final = ch
		}
	}
	if err := st.Err(); err != nil {
		t.Fatal(err)
	}
	if text.String() != "four, as it happens" || pieces != 3 {
		t.Errorf("streamed %q in %d pieces, want the answer in 3 (two streamed, the rest)", text.String(), pieces)
	}
	if final.Choices[0].FinishReason != "stop" {
		t.Errorf("final chunk %+v", final)
	}
	ext = Verdict{}
	if err := json.Unmarshal([]byte(final.JSON.ExtraFields["sessionkeystore"].Raw()), &ext); err != nil || ext.Verdict != "valid" {
		t.Errorf("final chunk's extension %+v: %v", ext, err)
	}

	models, err := c.Models.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(models.Data) != 1 || models.Data[0].ID != DefaultModel {
		t.Errorf("models %+v", models.Data)
	}
	if m, err := c.Models.Get(ctx, DefaultModel); err != nil || m.ID != DefaultModel {
		t.Errorf("model %v: %v", m, err)
	}
}

// TestInvalidIsAnError: an inference the oracle judged invalid, whose own
// check failed, or that the miner refused is an error, streamed or not,
// never an answer.
func TestInvalidIsAnError(t *testing.T) {
	invalid := valid("forged")
	invalid.Valid, invalid.Reason = false, inference.ReasonMismatch
	ownCheck := valid("forged")
	ownCheck.Check = inference.Finding{Reason: inference.ReasonCommitmentMismatch, Err: errors.New("commitment differs")}
	refused := valid("")
	refused.Answer = inference.Answer{Status: inference.StatusRefused, Reason: inference.ReasonRefused}
	for name, c := range map[string]struct {
		out  Completion
		code string
	}{
		"oracle": {invalid, "mismatch"},
		"own":    {ownCheck, "own_check_failed"},
		"refuse": {refused, "refused"},
	} {
		t.Run(name, func(t *testing.T) {
			inf := &scripted{out: c.out, pieces: []string{"forg"}}
			_, client := serve(t, Config{}, inf)
			_, err := client.Chat.Completions.New(context.Background(), params(openai.UserMessage("hi")))
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadGateway || apiErr.Code != c.code {
				t.Fatalf("err = %v, want a 502 with code %q", err, c.code)
			}
			st := client.Chat.Completions.NewStreaming(context.Background(), params(openai.UserMessage("hi")))
			var text strings.Builder
			for st.Next() {
				for _, ch := range st.Current().Choices {
					text.WriteString(ch.Delta.Content)
					if ch.FinishReason != "" {
						t.Errorf("a finish reason %q for an invalid inference", ch.FinishReason)
					}
				}
			}
			if st.Err() == nil || !strings.Contains(st.Err().Error(), c.code) {
				t.Errorf("stream ended with %v, want an error naming %q", st.Err(), c.code)
			}
		})
	}
}

// TestStreamSplitCharacter: a character split between two pieces of the
// stream reaches the client whole.
func TestStreamSplitCharacter(t *testing.T) {
	text := "naïve café"
	i := strings.Index(text, "é") + 1 // inside é
	inf := &scripted{out: valid(text), pieces: []string{text[:3], text[3:i]}}
	_, c := serve(t, Config{}, inf)
	st := c.Chat.Completions.NewStreaming(context.Background(), params(openai.UserMessage("hi")))
	var got strings.Builder
	for st.Next() {
		for _, ch := range st.Current().Choices {
			if strings.ContainsRune(ch.Delta.Content, utf8.RuneError) {
				t.Errorf("piece %q holds a broken character", ch.Delta.Content)
			}
			got.WriteString(ch.Delta.Content)
		}
	}
	if err := st.Err(); err != nil || got.String() != text {
		t.Fatalf("streamed %q (%v), want %q", got.String(), err, text)
	}
}

// TestStreamMismatch: text streamed before the verdict that is not the
// start of the judged answer ends the stream with an error.
func TestStreamMismatch(t *testing.T) {
	inf := &scripted{out: valid("the judged answer"), pieces: []string{"another "}}
	_, c := serve(t, Config{}, inf)
	st := c.Chat.Completions.NewStreaming(context.Background(), params(openai.UserMessage("hi")))
	for st.Next() {
	}
	if st.Err() == nil || !strings.Contains(st.Err().Error(), "stream_mismatch") {
		t.Fatalf("stream ended with %v, want stream_mismatch", st.Err())
	}
}

// TestPrompts: conversations, content parts, models and max tokens become
// the prompt the miner gets; bad requests get a 400 naming the field.
func TestPrompts(t *testing.T) {
	inf := &scripted{out: valid("ok")}
	_, c := serve(t, Config{Model: "house"}, inf)
	ctx := context.Background()
	p := params(openai.SystemMessage("be brief"), openai.UserMessage("hi"), openai.AssistantMessage("hello"), openai.UserMessage("sum 2+2"))
	p.Model = "llama-3"
	p.MaxTokens = openai.Int(32)
	if _, err := c.Chat.Completions.New(ctx, p); err != nil {
		t.Fatal(err)
	}
	got := inf.last(t)
	want := "system: be brief\n\nuser: hi\n\nassistant: hello\n\nuser: sum 2+2"
	if got.Prompt != want || got.Model != "llama-3" || got.MaxTokens != 32 {
		t.Errorf("prompt %+v, want %q for llama-3 with 32 tokens", got, want)
	}
	p = openai.ChatCompletionNewParams{Model: "house", Messages: []openai.ChatCompletionMessageParamUnion{
		openai.UserMessage([]openai.ChatCompletionContentPartUnionParam{openai.TextContentPart("part one, "), openai.TextContentPart("part two")}),
	}, MaxCompletionTokens: openai.Int(5)}
	if _, err := c.Chat.Completions.New(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := inf.last(t); got.Prompt != "part one, part two" || got.Model != "" || got.MaxTokens != 5 {
		t.Errorf("prompt %+v: the listed model is the miner's own", got)
	}

	for name, body := range map[string]string{
		"no messages":  `{"model":"house","messages":[]}`,
		"bad role":     `{"model":"house","messages":[{"role":"tool","content":"x"}]}`,
		"no user":      `{"model":"house","messages":[{"role":"system","content":"x"}]}`,
		"image":        `{"model":"house","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"http://x"}}]}]}`,
		"empty":        `{"model":"house","messages":[{"role":"user","content":""}]}`,
		"null content": `{"model":"house","messages":[{"role":"user","content":null}]}`,
		"n":            `{"model":"house","n":2,"messages":[{"role":"user","content":"x"}]}`,
		"max tokens":   `{"model":"house","max_tokens":-1,"messages":[{"role":"user","content":"x"}]}`,
		"disagree":     `{"model":"house","max_tokens":1,"max_completion_tokens":2,"messages":[{"role":"user","content":"x"}]}`,
		"not json":     `{"model":`,
		"wrong type":   `{"model":"house","messages":"hi"}`,
	} {
		t.Run(name, func(t *testing.T) {
			var e openai.Error
			err := c.Post(ctx, "chat/completions", json.RawMessage(body), &e)
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || apiErr.Message == "" {
				t.Fatalf("%s: err = %v, want a 400 with a message", body, err)
			}
		})
	}
}

// TestLimits: the API key, body size, concurrency, method and route
// checks give clear errors in the OpenAI shape.
func TestLimits(t *testing.T) {
	block := make(chan struct{})
	inf := &scripted{out: valid("ok"), block: block}
	srv, _ := serve(t, Config{APIKey: "sekrit", MaxBodyBytes: 512, MaxConcurrent: 1}, inf)
	post := func(key, body string) (int, map[string]any) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/chat/completions", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		b, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("status %d, body %q is not JSON", resp.StatusCode, b)
		}
		if _, ok := out["error"]; !ok && resp.StatusCode != 200 {
			t.Errorf("status %d without an error object: %s", resp.StatusCode, b)
		}
		return resp.StatusCode, out
	}
	ok := `{"messages":[{"role":"user","content":"hi"}]}`
	if code, _ := post("", ok); code != http.StatusUnauthorized {
		t.Errorf("no key: %d", code)
	}
	if code, _ := post("wrong", ok); code != http.StatusUnauthorized {
		t.Errorf("wrong key: %d", code)
	}
	if code, _ := post("sekrit", `{"messages":[{"role":"user","content":"`+strings.Repeat("x", 600)+`"}]}`); code != http.StatusRequestEntityTooLarge {
		t.Errorf("large body: %d", code)
	}
	done := make(chan int)
	go func() { code, _ := post("sekrit", ok); done <- code }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		inf.mu.Lock()
		n := len(inf.prompts)
		inf.mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first request never reached the inferrer")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if code, out := post("sekrit", ok); code != http.StatusTooManyRequests {
		t.Errorf("second concurrent request: %d %v", code, out)
	}
	close(block)
	if code := <-done; code != http.StatusOK {
		t.Errorf("first request: %d", code)
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/chat/completions", nil)
	req.Header.Set("Authorization", "Bearer sekrit")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != http.MethodPost {
		t.Errorf("GET completions: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	req, _ = http.NewRequest(http.MethodGet, srv.URL+"/v1/embeddings", nil)
	req.Header.Set("Authorization", "Bearer sekrit")
	if resp, err = http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown route: %d", resp.StatusCode)
	}
}

// TestInferErrors: an inference that reached no verdict maps to a gateway
// error, streamed or not.
func TestInferErrors(t *testing.T) {
	for _, c := range []struct {
		err    error
		status int
	}{
		{errors.New("agent: the request transaction failed"), http.StatusBadGateway},
		{context.DeadlineExceeded, http.StatusGatewayTimeout},
	} {
		_, client := serve(t, Config{}, &scripted{err: c.err})
		_, err := client.Chat.Completions.New(context.Background(), params(openai.UserMessage("hi")))
		var apiErr *openai.Error
		if !errors.As(err, &apiErr) || apiErr.StatusCode != c.status {
			t.Errorf("%v: err = %v, want status %d", c.err, err, c.status)
		}
		st := client.Chat.Completions.NewStreaming(context.Background(), params(openai.UserMessage("hi")))
		for st.Next() {
		}
		if st.Err() == nil {
			t.Errorf("%v: the stream ended without an error", c.err)
		}
	}
}

func TestTranscript(t *testing.T) {
	if _, err := Transcript(nil); err == nil {
		t.Error("empty conversation accepted")
	}
	if s, err := Transcript([]Message{{Role: "user", Text: "x"}}); err != nil || s != "x" {
		t.Errorf("lone user message: %q %v", s, err)
	}
	if _, err := Transcript([]Message{{Role: "user", Text: "\xff"}}); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
}
