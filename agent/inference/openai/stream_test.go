package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
)

// sseServer answers every request with the events send writes, after
// recording the request.
func sseServer(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, send func(data string))) (*httptest.Server, chan received) {
	t.Helper()
	got := make(chan received, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- received{method: r.Method, path: r.URL.Path, header: r.Header.Clone(), body: string(b)}
		send := func(data string) {
			fmt.Fprintf(w, "data: %s\n\n", data)
			w.(http.Flusher).Flush()
		}
		handle(w, r, send)
	}))
	t.Cleanup(srv.Close)
	return srv, got
}

func chunk(model, content, finish string) string {
	c := map[string]any{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": model,
		"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": content}, "finish_reason": nilIfEmpty(finish)}}}
	b, _ := json.Marshal(c)
	return string(b)
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func sseHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
}

// TestStreamDeliversPiecesAsTheyCome: the server sends the second piece
// only after the caller has received the first, so a client that buffered
// the reply would never finish.
func TestStreamDeliversPiecesAsTheyCome(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "sk-ambient-LEAK")
	t.Setenv("OPENAI_ORG_ID", "org-LEAK")
	t.Setenv("OPENAI_CUSTOM_HEADERS", "X-Leak: yes")
	first := make(chan struct{})
	srv, reqs := sseServer(t, func(w http.ResponseWriter, r *http.Request, send func(string)) {
		sseHeaders(w)
		send(chunk("served-model", "", ""))
		send(chunk("served-model", "Hel", ""))
		select {
		case <-first:
		case <-time.After(5 * time.Second):
			return // the client did not hand over the first piece
		}
		send(chunk("served-model", "lo", ""))
		send(chunk("served-model", "", "stop"))
		send("[DONE]")
	})
	seed := int64(42)
	c, err := New(Config{BaseURL: srv.URL + "/v1/", Model: "m", APIKey: testKey, Seed: &seed, Temperature: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	var pieces []string
	got, err := c.Stream(context.Background(), inference.Request{Prompt: "say hello", MaxTokens: 9}, func(s string) error {
		pieces = append(pieces, s)
		if len(pieces) == 1 {
			close(first)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != "Hello" || got.Model != "served-model" || strings.Join(pieces, "|") != "Hel|lo" {
		t.Errorf("completion %+v from pieces %q", got, pieces)
	}
	r := <-reqs
	if r.method != http.MethodPost || r.path != "/v1/chat/completions" {
		t.Errorf("request %s %s", r.method, r.path)
	}
	if r.header.Get("Authorization") != "Bearer "+testKey {
		t.Errorf("Authorization %q, want the configured key", r.header.Get("Authorization"))
	}
	for _, h := range []string{"OpenAI-Organization", "X-Leak"} {
		if r.header.Get(h) != "" {
			t.Errorf("the ambient %s reached the model server: %q", h, r.header.Get(h))
		}
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(r.body), &body); err != nil {
		t.Fatal(err)
	}
	msgs, _ := json.Marshal(body["messages"])
	if body["stream"] != true || body["model"] != "m" || body["max_tokens"] != 9.0 || body["seed"] != 42.0 || body["temperature"] != 0.5 ||
		string(msgs) != `[{"content":"say hello","role":"user"}]` {
		t.Errorf("request body %s", r.body)
	}
}

func TestStreamErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		handle func(w http.ResponseWriter, r *http.Request, send func(string))
		limit  int64
		want   string
	}{
		{"unauthorized", func(w http.ResponseWriter, _ *http.Request, _ func(string)) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"error":{"message":"bad key `+testKey+`","type":"auth"}}`)
		}, 0, "HTTP 401 Unauthorized (check APIKey)"},
		{"error event", func(w http.ResponseWriter, _ *http.Request, send func(string)) {
			sseHeaders(w)
			send(chunk("m", "par", ""))
			send(`{"error":{"message":"model crashed"}}`)
		}, 0, "model crashed"},
		{"content filter", func(w http.ResponseWriter, _ *http.Request, send func(string)) {
			sseHeaders(w)
			send(chunk("m", "par", ""))
			send(chunk("m", "", "content_filter"))
			send("[DONE]")
		}, 0, "content filter"},
		{"refusal", func(w http.ResponseWriter, _ *http.Request, send func(string)) {
			sseHeaders(w)
			send(`{"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"refusal":"no"},"finish_reason":null}]}`)
			send("[DONE]")
		}, 0, "model refused"},
		{"empty", func(w http.ResponseWriter, _ *http.Request, send func(string)) {
			sseHeaders(w)
			send(chunk("m", "", "stop"))
			send("[DONE]")
		}, 0, "without text"},
		{"too long", func(w http.ResponseWriter, _ *http.Request, send func(string)) {
			sseHeaders(w)
			for range 5 {
				send(chunk("m", "abcdef", ""))
			}
			send("[DONE]")
		}, 16, "MaxResponseBytes"},
		{"not sse", func(w http.ResponseWriter, _ *http.Request, _ func(string)) {
			sseHeaders(w)
			io.WriteString(w, "data: {not json\n\n")
		}, 0, "streaming the reply"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv, _ := sseServer(t, c.handle)
			cl, err := New(Config{BaseURL: srv.URL, Model: "m", APIKey: testKey, MaxResponseBytes: c.limit})
			if err != nil {
				t.Fatal(err)
			}
			_, err = cl.Stream(context.Background(), inference.Request{Prompt: "hi"}, func(string) error { return nil })
			if !errors.Is(err, inference.ErrBackend) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want ErrBackend naming %q", err, c.want)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Errorf("the API key is in the error: %v", err)
			}
		})
	}
}

func TestStreamStopsAndEnds(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	srv, _ := sseServer(t, func(w http.ResponseWriter, r *http.Request, send func(string)) {
		sseHeaders(w)
		send(chunk("m", "one ", ""))
		send(chunk("m", "two ", ""))
		select { // a slow model
		case <-release:
		case <-r.Context().Done():
		}
	})
	cl, err := New(Config{BaseURL: srv.URL, Model: "m", Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("reader gone")
	_, err = cl.Stream(context.Background(), inference.Request{Prompt: "hi"}, func(string) error { return stop })
	if !errors.Is(err, stop) || !errors.Is(err, inference.ErrBackend) {
		t.Errorf("callback error: %v", err)
	}
	_, err = cl.Stream(context.Background(), inference.Request{Prompt: "hi"}, func(string) error { return nil })
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, inference.ErrBackend) {
		t.Errorf("a stream past Timeout: %v, want DeadlineExceeded", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err = cl.Stream(ctx, inference.Request{Prompt: "hi"}, func(string) error { cancel(); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled stream: %v, want Canceled", err)
	}
}
