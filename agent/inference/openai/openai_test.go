package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
)

// testKey is an API key that must never show up in an error.
const testKey = "sk-test-9f8e7d6c5b4a-SECRET"

// received is what a test server saw of one request.
type received struct {
	method string
	path   string
	header http.Header
	body   string
}

// recorder is a test server that records the requests it gets and answers
// each with a fixed status and body.
type recorder struct {
	srv  *httptest.Server
	mu   sync.Mutex
	reqs []received
}

// newRecorder starts a recorder answering status and body.
func newRecorder(t *testing.T, status int, body string) *recorder {
	t.Helper()
	rec := &recorder{}
	rec.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			t.Errorf("server: reading the request body: %v", err)
		}
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, received{method: r.Method, path: r.URL.Path, header: r.Header.Clone(), body: string(b)})
		rec.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, body)
	}))
	t.Cleanup(rec.srv.Close)
	return rec
}

// requests returns the requests received so far.
func (rec *recorder) requests() []received {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]received(nil), rec.reqs...)
}

// newServer starts a test server running h.
func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// mustNew calls New and fails the test on an error.
func mustNew(t *testing.T, c Config) *Client {
	t.Helper()
	cl, err := New(c)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return cl
}

// reply is a well-formed chat-completions reply.
func reply(model, content string) string {
	b, err := json.Marshal(map[string]any{
		"id":      "chatcmpl-1",
		"object":  "chat.completion",
		"created": 1700000000,
		"model":   model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": content},
			"finish_reason": "stop",
		}},
		"usage": map[string]any{"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
	})
	if err != nil {
		panic(err)
	}
	return string(b)
}

// checkBackendError fails the test unless err wraps inference.ErrBackend,
// contains every one of wants, and does not contain the API key.
func checkBackendError(t *testing.T, err error, wants ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one containing %q", wants)
	}
	if !errors.Is(err, inference.ErrBackend) {
		t.Errorf("error %q does not wrap inference.ErrBackend", err)
	}
	msg := err.Error()
	for _, w := range wants {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not contain %q", msg, w)
		}
	}
	if strings.Contains(msg, testKey) {
		t.Errorf("error %q contains the API key", msg)
	}
}

func TestCompleteSuccess(t *testing.T) {
	seed := int64(42)
	tests := []struct {
		name        string
		baseSuffix  string
		apiKey      string
		temperature float64
		seed        *int64
		req         inference.Request
		replyModel  string
		replyText   string
		wantBody    string
		wantModel   string
	}{
		{
			name:       "minimal",
			baseSuffix: "/v1",
			req:        inference.Request{Prompt: "hello"},
			replyModel: "llama-3-8b",
			replyText:  "hi there",
			wantBody:   `{"model":"llama-3-8b","messages":[{"role":"user","content":"hello"}],"temperature":0,"stream":false}`,
			wantModel:  "llama-3-8b",
		},
		{
			name:       "trailing slash, API key, seed, max tokens",
			baseSuffix: "/v1/",
			apiKey:     testKey,
			seed:       &seed,
			req:        inference.Request{Prompt: "say <b> & \"q\"\n", MaxTokens: 64},
			replyModel: "llama-3-8b-q4",
			replyText:  "ok <b> & ünïcödé",
			wantBody:   `{"model":"llama-3-8b","messages":[{"role":"user","content":"say <b> & \"q\"\n"}],"temperature":0,"max_tokens":64,"seed":42,"stream":false}`,
			wantModel:  "llama-3-8b-q4",
		},
		{
			name:        "request names a model, server reports none",
			baseSuffix:  "/v1",
			temperature: 0.7,
			req:         inference.Request{Model: "qwen2.5:7b", Prompt: "x"},
			replyModel:  "",
			replyText:   "",
			wantBody:    `{"model":"qwen2.5:7b","messages":[{"role":"user","content":"x"}],"temperature":0.7,"stream":false}`,
			wantModel:   "qwen2.5:7b",
		},
		{
			name:       "no path prefix",
			baseSuffix: "",
			req:        inference.Request{Prompt: "p", MaxTokens: 1},
			replyModel: "m",
			replyText:  "t",
			wantBody:   `{"model":"llama-3-8b","messages":[{"role":"user","content":"p"}],"temperature":0,"max_tokens":1,"stream":false}`,
			wantModel:  "m",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, http.StatusOK, reply(tt.replyModel, tt.replyText))
			cl := mustNew(t, Config{
				BaseURL:     rec.srv.URL + tt.baseSuffix,
				Model:       "llama-3-8b",
				APIKey:      tt.apiKey,
				Temperature: tt.temperature,
				Seed:        tt.seed,
			})
			got, err := cl.Complete(context.Background(), tt.req)
			if err != nil {
				t.Fatalf("Complete: %v", err)
			}
			want := inference.Completion{Model: tt.wantModel, Text: tt.replyText}
			if got != want {
				t.Errorf("Complete = %+v, want %+v", got, want)
			}
			reqs := rec.requests()
			if len(reqs) != 1 {
				t.Fatalf("server got %d requests, want 1", len(reqs))
			}
			r := reqs[0]
			if r.method != http.MethodPost {
				t.Errorf("method = %q, want POST", r.method)
			}
			wantPath := strings.TrimSuffix(tt.baseSuffix, "/") + "/chat/completions"
			if r.path != wantPath {
				t.Errorf("path = %q, want %q", r.path, wantPath)
			}
			if r.body != tt.wantBody {
				t.Errorf("body =\n%s\nwant\n%s", r.body, tt.wantBody)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q, want application/json", ct)
			}
			if a := r.header.Get("Accept"); a != "application/json" {
				t.Errorf("Accept = %q, want application/json", a)
			}
			auth, hasAuth := r.header["Authorization"]
			switch {
			case tt.apiKey == "" && hasAuth:
				t.Errorf("Authorization sent without an API key: %q", auth)
			case tt.apiKey != "" && r.header.Get("Authorization") != "Bearer "+tt.apiKey:
				t.Errorf("Authorization = %q, want the bearer key", r.header.Get("Authorization"))
			}
		})
	}
}

// decodeBody decodes a recorded request body into a map.
func decodeBody(t *testing.T, body string) map[string]json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("request body %q is not a JSON object: %v", body, err)
	}
	return m
}

func TestMaxTokensOmittedWhenZero(t *testing.T) {
	for _, n := range []int{0, 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			rec := newRecorder(t, http.StatusOK, reply("m", "t"))
			cl := mustNew(t, Config{BaseURL: rec.srv.URL + "/v1", Model: "m"})
			if _, err := cl.Complete(context.Background(), inference.Request{Prompt: "p", MaxTokens: n}); err != nil {
				t.Fatalf("Complete: %v", err)
			}
			m := decodeBody(t, rec.requests()[0].body)
			v, ok := m["max_tokens"]
			if n == 0 && ok {
				t.Errorf("max_tokens = %s sent for MaxTokens 0", v)
			}
			if n != 0 && string(v) != fmt.Sprint(n) {
				t.Errorf("max_tokens = %q, want %d", v, n)
			}
			if string(m["stream"]) != "false" {
				t.Errorf("stream = %q, want false", m["stream"])
			}
		})
	}
}

func TestSeedSentOnlyWhenSet(t *testing.T) {
	for _, seed := range []*int64{nil, new(int64), func() *int64 { s := int64(-9007199254740993); return &s }()} {
		name := "nil"
		if seed != nil {
			name = fmt.Sprint(*seed)
		}
		t.Run(name, func(t *testing.T) {
			rec := newRecorder(t, http.StatusOK, reply("m", "t"))
			cl := mustNew(t, Config{BaseURL: rec.srv.URL + "/v1", Model: "m", Seed: seed})
			if _, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"}); err != nil {
				t.Fatalf("Complete: %v", err)
			}
			v, ok := decodeBody(t, rec.requests()[0].body)["seed"]
			switch {
			case seed == nil && ok:
				t.Errorf("seed = %s sent when unset", v)
			case seed != nil && string(v) != fmt.Sprint(*seed):
				t.Errorf("seed = %q, want %d", v, *seed)
			}
		})
	}
}

func TestSeedCopiedByNew(t *testing.T) {
	seed := int64(1)
	rec := newRecorder(t, http.StatusOK, reply("m", "t"))
	cl := mustNew(t, Config{BaseURL: rec.srv.URL, Model: "m", Seed: &seed})
	seed = 2
	if _, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"}); err != nil {
		t.Fatalf("Complete: %v", err)
	}
	if v := decodeBody(t, rec.requests()[0].body)["seed"]; string(v) != "1" {
		t.Errorf("seed = %s, want 1 (the value at New)", v)
	}
}

func TestCompleteErrors(t *testing.T) {
	long := strings.Repeat("x", 5000)
	tests := []struct {
		name     string
		status   int
		body     string
		maxBytes int64
		wants    []string
		notWants []string
	}{
		{
			name:   "500 with error object",
			status: 500,
			body:   `{"error":{"code":500,"message":"model failed to load","type":"server_error"}}`,
			wants:  []string{"HTTP 500", "Internal Server Error", `"model failed to load"`},
		},
		{
			name:   "500 with error string",
			status: 500,
			body:   `{"error":"llama runner process has terminated"}`,
			wants:  []string{"HTTP 500", `"llama runner process has terminated"`},
		},
		{
			name:   "400 with top-level message",
			status: 400,
			body:   `{"object":"error","message":"This model's maximum context length is 4096 tokens","type":"BadRequestError","code":400}`,
			wants:  []string{"HTTP 400", "maximum context length is 4096 tokens"},
		},
		{
			name:   "401",
			status: 401,
			body:   `{"error":{"message":"Invalid API Key","type":"authentication_error"}}`,
			wants:  []string{"HTTP 401", "Unauthorized", "check APIKey", `"Invalid API Key"`},
		},
		{
			name:   "404",
			status: 404,
			body:   `{"error":{"message":"model \"nope\" not found, try pulling it first","type":"api_error"}}`,
			wants:  []string{"HTTP 404", "check BaseURL and the model name", "not found, try pulling it first"},
		},
		{
			name:   "429",
			status: 429,
			body:   `{"error":{"message":"server busy, please try again later"}}`,
			wants:  []string{"HTTP 429", "Too Many Requests", "server busy"},
		},
		{
			name:   "502 plain text",
			status: 502,
			body:   "<html>Bad Gateway</html>\r\n",
			wants:  []string{"HTTP 502", `"<html>Bad Gateway</html>"`},
		},
		{
			name:   "503 empty body",
			status: 503,
			body:   "",
			wants:  []string{"HTTP 503 Service Unavailable"},
		},
		{
			name:     "500 long message truncated",
			status:   500,
			body:     `{"error":{"message":"` + long + `"}}`,
			wants:    []string{"HTTP 500", strings.Repeat("x", maxServerMessageBytes) + `"…`},
			notWants: []string{strings.Repeat("x", maxServerMessageBytes+1)},
		},
		{
			name:   "invalid JSON",
			status: 200,
			body:   `{"choices":[{"message":`,
			wants:  []string{"not valid chat-completions JSON"},
		},
		{
			name:   "not JSON at all",
			status: 200,
			body:   "OK",
			wants:  []string{"not valid chat-completions JSON", `"OK"`},
		},
		{
			name:   "empty body",
			status: 200,
			body:   "",
			wants:  []string{"not valid chat-completions JSON"},
		},
		{
			name:   "JSON array",
			status: 200,
			body:   `[1,2,3]`,
			wants:  []string{"not valid chat-completions JSON", "the reply is a JSON array, not an object"},
		},
		{
			name:   "trailing garbage",
			status: 200,
			body:   reply("m", "t") + "}",
			wants:  []string{"not valid chat-completions JSON"},
		},
		{
			name:   "empty choices",
			status: 200,
			body:   `{"model":"m","choices":[]}`,
			wants:  []string{"no choices"},
		},
		{
			name:   "missing choices",
			status: 200,
			body:   `{"model":"m"}`,
			wants:  []string{"no choices"},
		},
		{
			name:   "null body",
			status: 200,
			body:   `null`,
			wants:  []string{"no choices"},
		},
		{
			name:   "200 with error and no choices",
			status: 200,
			body:   `{"error":{"message":"out of memory"}}`,
			wants:  []string{"server reported an error", `"out of memory"`},
		},
		{
			name:   "null content",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null},"finish_reason":"length"}]}`,
			wants:  []string{"no content", `finish_reason "length"`},
		},
		{
			name:   "missing content",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant"},"finish_reason":"stop"}]}`,
			wants:  []string{"no content"},
		},
		{
			name:   "missing message",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"finish_reason":"stop"}]}`,
			wants:  []string{"no message"},
		},
		{
			name:   "null choice",
			status: 200,
			body:   `{"model":"m","choices":[null]}`,
			wants:  []string{"no message"},
		},
		{
			name:   "content filter",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"partial"},"finish_reason":"content_filter"}]}`,
			wants:  []string{"content filter", "content_filter"},
		},
		{
			name:   "refusal",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":"I can't help with that."},"finish_reason":"stop"}]}`,
			wants:  []string{"model refused", "I can't help with that."},
		},
		{
			name:   "content not a string",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":[{"type":"text","text":"hi"}]},"finish_reason":"stop"}]}`,
			wants:  []string{"content is not a string"},
		},
		{
			name:   "choices not an array",
			status: 200,
			body:   `{"model":"m","choices":{"0":{}}}`,
			wants:  []string{"not valid chat-completions JSON", `"choices" is a JSON object of the wrong kind`},
		},
		{
			name:   "model not a string",
			status: 200,
			body:   `{"model":7,"choices":[{"message":{"content":"t"}}]}`,
			wants:  []string{"not valid chat-completions JSON", `"model" is a JSON number of the wrong kind`},
		},
		{
			name:   "non-UTF-8 content",
			status: 200,
			body:   `{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"caf` + "\xe9" + `"},"finish_reason":"stop"}]}`,
			wants:  []string{"not valid UTF-8"},
		},
		{
			name:     "oversized body",
			status:   200,
			body:     reply("m", strings.Repeat("a", 300)),
			maxBytes: 256,
			wants:    []string{"exceeds the limit of 256 bytes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, tt.status, tt.body)
			cl := mustNew(t, Config{BaseURL: rec.srv.URL + "/v1", Model: "m", APIKey: testKey, MaxResponseBytes: tt.maxBytes})
			got, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
			if err == nil {
				t.Fatalf("Complete = %+v, want an error", got)
			}
			if got != (inference.Completion{}) {
				t.Errorf("Complete returned %+v with its error, want the zero Completion", got)
			}
			checkBackendError(t, err, tt.wants...)
			for _, nw := range tt.notWants {
				if strings.Contains(err.Error(), nw) {
					t.Errorf("error %q contains %q", err, nw)
				}
			}
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				t.Errorf("error %q wraps a context error", err)
			}
		})
	}
}

func TestOversizedBodyWithoutContentLength(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		// Several flushes make the reply chunked, so no Content-Length.
		io.WriteString(w, `{"model":"m","choices":[{"message":{"content":"`)
		w.(http.Flusher).Flush()
		for range 100 {
			io.WriteString(w, strings.Repeat("a", 1024))
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, `"}}]}`)
	})
	cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m", MaxResponseBytes: 10 << 10})
	_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
	checkBackendError(t, err, "exceeds the limit of 10240 bytes")

	// The same reply fits a larger limit.
	cl = mustNew(t, Config{BaseURL: srv.URL, Model: "m", MaxResponseBytes: 200 << 10})
	got, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
	if err != nil {
		t.Fatalf("Complete with a large enough limit: %v", err)
	}
	if len(got.Text) != 100*1024 {
		t.Errorf("len(Text) = %d, want %d", len(got.Text), 100*1024)
	}
}

// blockingServerRelease bounds how long blockingServer holds a request, so
// that a client that ignores its timeout fails its test instead of hanging
// it. Far above the tests' 50 ms timeouts, it is no timing assertion.
const blockingServerRelease = 20 * time.Second

// blockingServer starts a server whose handler runs before (if not nil)
// and then waits until the request's context ends, the test finishes, or
// blockingServerRelease passes.
func blockingServer(t *testing.T, before func(http.ResponseWriter)) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	done := make(chan struct{})
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if before != nil {
			before(w)
		}
		select {
		case <-r.Context().Done():
		case <-done:
		case <-time.After(blockingServerRelease):
			// A client that ignores its timeout gets an answer without a
			// deadline error and its test fails, rather than hanging.
		}
	})
	t.Cleanup(func() { close(done) }) // runs before srv.Close
	return srv, &hits
}

func TestTimeout(t *testing.T) {
	tests := []struct {
		name   string
		before func(http.ResponseWriter)
		client *http.Client
	}{
		{name: "no headers"},
		{
			name: "body stalls",
			before: func(w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusOK)
				io.WriteString(w, `{"model":"m","choices":[`)
				w.(http.Flusher).Flush()
			},
		},
		{name: "custom HTTP client without timeout", client: &http.Client{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The server holds every request until the test ends: Complete
			// returning at all, with DeadlineExceeded, shows the timeout
			// ended it (no wall-clock bound, which a loaded machine breaks).
			srv, hits := blockingServer(t, tt.before)
			cl := mustNew(t, Config{BaseURL: srv.URL + "/v1", Model: "m", APIKey: testKey, Timeout: 50 * time.Millisecond, HTTPClient: tt.client})
			_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
			checkBackendError(t, err, "50ms")
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %q does not wrap context.DeadlineExceeded", err)
			}
			if hits.Load() != 1 {
				t.Errorf("server got %d requests, want 1 (a timed-out call is not sent again)", hits.Load())
			}
		})
	}
}

func TestHTTPClientTimeout(t *testing.T) {
	// A caller's client with a shorter timeout than Config.Timeout.
	// The server holds the request until the test ends (see TestTimeout).
	srv, hits := blockingServer(t, nil)
	cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m", HTTPClient: &http.Client{Timeout: 50 * time.Millisecond}})
	_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
	checkBackendError(t, err, "timed out")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %q does not wrap context.DeadlineExceeded", err)
	}
	if hits.Load() != 1 {
		t.Errorf("server got %d requests, want 1", hits.Load())
	}
}

func TestContextEnded(t *testing.T) {
	t.Run("cancelled mid-request", func(t *testing.T) {
		srv, hits := blockingServer(t, nil)
		cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m", APIKey: testKey})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		time.AfterFunc(50*time.Millisecond, cancel)
		_, err := cl.Complete(ctx, inference.Request{Prompt: "p"})
		checkBackendError(t, err, "call ended")
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %q does not wrap context.Canceled", err)
		}
		if hits.Load() != 1 {
			t.Errorf("server got %d requests, want 1", hits.Load())
		}
	})
	t.Run("caller's deadline", func(t *testing.T) {
		srv, _ := blockingServer(t, nil)
		cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m"})
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := cl.Complete(ctx, inference.Request{Prompt: "p"})
		checkBackendError(t, err, "call ended")
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("error %q does not wrap context.DeadlineExceeded", err)
		}
	})
	t.Run("cancelled before the call", func(t *testing.T) {
		srv, hits := blockingServer(t, nil)
		cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m"})
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := cl.Complete(ctx, inference.Request{Prompt: "p"})
		checkBackendError(t, err, "not sent")
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %q does not wrap context.Canceled", err)
		}
		if hits.Load() != 0 {
			t.Errorf("server got %d requests, want none", hits.Load())
		}
	})
}

func TestConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL + "/v1"
	srv.Close()
	cl := mustNew(t, Config{BaseURL: base, Model: "m", APIKey: testKey})
	_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
	checkBackendError(t, err, "sending the request", base+"/chat/completions")
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("error %q does not wrap ECONNREFUSED", err)
	}
	// Not a context error: the refusal ended the call, not a timeout.
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		t.Errorf("error %q wraps a context error", err)
	}
}

func TestAPIKeyNotInErrorsWhenServerEchoesIt(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   func(auth string) string
	}{
		{"error object", 401, func(a string) string {
			return fmt.Sprintf(`{"error":{"message":"bad header %s"}}`, a)
		}},
		{"error string", 403, func(a string) string { return fmt.Sprintf(`{"error":%q}`, a) }},
		{"plain text", 500, func(a string) string { return "you sent " + a }},
		{"plain text, long", 500, func(a string) string { return strings.Repeat("y", 180) + a }},
		{"invalid JSON", 200, func(a string) string { return a }},
		{"200 with error", 200, func(a string) string { return fmt.Sprintf(`{"error":{"message":%q}}`, a) }},
		{"refusal", 200, func(a string) string {
			return fmt.Sprintf(`{"choices":[{"message":{"content":null,"refusal":%q}}]}`, a)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				io.WriteString(w, tt.body(r.Header.Get("Authorization")))
			})
			cl := mustNew(t, Config{BaseURL: srv.URL, Model: "m", APIKey: testKey})
			_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
			checkBackendError(t, err)
			if strings.Contains(err.Error(), "SECRET") {
				t.Errorf("error %q contains part of the API key", err)
			}
		})
	}
}

// leakyTransport fails every request with an error quoting its
// Authorization header, as a careless proxy or middleware might.
type leakyTransport struct{}

// RoundTrip fails.
func (leakyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("proxy refused header %q", r.Header.Get("Authorization"))
}

func TestAPIKeyNotInErrorsFromTransport(t *testing.T) {
	cl := mustNew(t, Config{BaseURL: "http://127.0.0.1:1/v1", Model: "m", APIKey: testKey, HTTPClient: &http.Client{Transport: leakyTransport{}}})
	_, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"})
	checkBackendError(t, err, "proxy refused header", "[redacted]")
}

func TestInvalidRequests(t *testing.T) {
	tests := []struct {
		name string
		req  inference.Request
		want string
	}{
		{"prompt not UTF-8", inference.Request{Prompt: "caf\xe9"}, "prompt is not valid UTF-8"},
		{"model not UTF-8", inference.Request{Model: "m\xff", Prompt: "p"}, "model is not valid UTF-8"},
		{"negative MaxTokens", inference.Request{Prompt: "p", MaxTokens: -1}, "MaxTokens must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, http.StatusOK, reply("m", "t"))
			cl := mustNew(t, Config{BaseURL: rec.srv.URL, Model: "m"})
			_, err := cl.Complete(context.Background(), tt.req)
			checkBackendError(t, err, tt.want)
			if n := len(rec.requests()); n != 0 {
				t.Errorf("server got %d requests, want none", n)
			}
		})
	}
}

func TestNewValidation(t *testing.T) {
	valid := Config{BaseURL: "http://127.0.0.1:8080/v1", Model: "m"}
	with := func(f func(*Config)) Config {
		c := valid
		f(&c)
		return c
	}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"empty BaseURL", with(func(c *Config) { c.BaseURL = "" }), "BaseURL is required"},
		{"relative BaseURL", with(func(c *Config) { c.BaseURL = "/v1" }), "absolute http or https URL"},
		{"host without scheme", with(func(c *Config) { c.BaseURL = "127.0.0.1:8080/v1" }), "BaseURL"},
		{"ftp BaseURL", with(func(c *Config) { c.BaseURL = "ftp://127.0.0.1/v1" }), "absolute http or https URL"},
		{"no host", with(func(c *Config) { c.BaseURL = "http:///v1" }), "has no host"},
		{"opaque", with(func(c *Config) { c.BaseURL = "http:127.0.0.1" }), "has no host"},
		{"unparsable", with(func(c *Config) { c.BaseURL = "http://127.0.0.1:80 80/v1" }), "not a valid URL"},
		{"query", with(func(c *Config) { c.BaseURL = "http://127.0.0.1:8080/v1?x=1" }), "must not have a query"},
		{"fragment", with(func(c *Config) { c.BaseURL = "http://127.0.0.1:8080/v1#f" }), "must not have a fragment"},
		{"user info", with(func(c *Config) { c.BaseURL = "http://user:" + testKey + "@127.0.0.1:8080/v1" }), "must not carry user info"},
		{"unparsable with password", with(func(c *Config) { c.BaseURL = "http://user:" + testKey + "@127.0.0.1:bad/v1" }), "not a valid URL"},
		{"empty Model", with(func(c *Config) { c.Model = "" }), "Model is required"},
		{"blank Model", with(func(c *Config) { c.Model = " \t" }), "Model is required"},
		{"Model not UTF-8", with(func(c *Config) { c.Model = "\xff" }), "Model is not valid UTF-8"},
		{"APIKey with newline", with(func(c *Config) { c.APIKey = testKey + "\n" }), "APIKey may hold only printable ASCII"},
		{"APIKey with space", with(func(c *Config) { c.APIKey = "Bearer " + testKey }), "APIKey may hold only printable ASCII"},
		{"APIKey not ASCII", with(func(c *Config) { c.APIKey = testKey + "é" }), "APIKey may hold only printable ASCII"},
		{"negative Timeout", with(func(c *Config) { c.Timeout = -time.Second }), "Timeout must not be negative"},
		{"negative Temperature", with(func(c *Config) { c.Temperature = -0.1 }), "Temperature must be a finite number"},
		{"NaN Temperature", with(func(c *Config) { c.Temperature = math.NaN() }), "Temperature must be a finite number"},
		{"infinite Temperature", with(func(c *Config) { c.Temperature = math.Inf(1) }), "Temperature must be a finite number"},
		{"negative MaxResponseBytes", with(func(c *Config) { c.MaxResponseBytes = -1 }), "MaxResponseBytes must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, err := New(tt.cfg)
			if err == nil {
				t.Fatalf("New = %+v, want an error containing %q", cl, tt.want)
			}
			if cl != nil {
				t.Errorf("New returned a client with its error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Errorf("error %q contains the secret", err)
			}
		})
	}
}

func TestNewDefaultsAndAccessors(t *testing.T) {
	tests := []struct {
		name          string
		cfg           Config
		wantEndpoint  string
		wantTimeout   time.Duration
		wantMaxBytes  int64
		deterministic bool
	}{
		{
			name:         "defaults",
			cfg:          Config{BaseURL: "http://127.0.0.1:11434/v1", Model: "llama3.2"},
			wantEndpoint: "http://127.0.0.1:11434/v1/chat/completions",
			wantTimeout:  DefaultTimeout,
			wantMaxBytes: DefaultMaxResponseBytes,
		},
		{
			name:          "explicit",
			cfg:           Config{BaseURL: "HTTPS://example.test:8000/openai/v1//", Model: "m", Timeout: time.Second, MaxResponseBytes: 10, Deterministic: true},
			wantEndpoint:  "https://example.test:8000/openai/v1/chat/completions",
			wantTimeout:   time.Second,
			wantMaxBytes:  10,
			deterministic: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl := mustNew(t, tt.cfg)
			if cl.endpoint != tt.wantEndpoint {
				t.Errorf("endpoint = %q, want %q", cl.endpoint, tt.wantEndpoint)
			}
			if cl.timeout != tt.wantTimeout {
				t.Errorf("timeout = %s, want %s", cl.timeout, tt.wantTimeout)
			}
			if cl.httpClient.Timeout != tt.wantTimeout {
				t.Errorf("default HTTP client's Timeout = %s, want %s", cl.httpClient.Timeout, tt.wantTimeout)
			}
			if cl.maxBytes != tt.wantMaxBytes {
				t.Errorf("maxBytes = %d, want %d", cl.maxBytes, tt.wantMaxBytes)
			}
			if cl.Model() != tt.cfg.Model {
				t.Errorf("Model() = %q, want %q", cl.Model(), tt.cfg.Model)
			}
			if cl.Deterministic() != tt.deterministic {
				t.Errorf("Deterministic() = %v, want %v", cl.Deterministic(), tt.deterministic)
			}
		})
	}
}

// countingTransport counts the requests it forwards.
type countingTransport struct{ n atomic.Int32 }

// RoundTrip forwards r to http.DefaultTransport.
func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

func TestCustomHTTPClientUsed(t *testing.T) {
	rec := newRecorder(t, http.StatusOK, reply("m", "t"))
	tr := &countingTransport{}
	hc := &http.Client{Transport: tr}
	cl := mustNew(t, Config{BaseURL: rec.srv.URL, Model: "m", HTTPClient: hc})
	if cl.httpClient != hc {
		t.Errorf("New did not keep the given HTTP client")
	}
	if _, err := cl.Complete(context.Background(), inference.Request{Prompt: "p"}); err != nil {
		t.Fatalf("Complete: %v", err)
	}
	if tr.n.Load() != 1 {
		t.Errorf("custom transport carried %d requests, want 1", tr.n.Load())
	}
}

func TestConcurrentCompletes(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Messages []struct {
				Content string `json:"content"`
			} `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) != 1 {
			http.Error(w, `{"error":"bad request"}`, http.StatusBadRequest)
			return
		}
		io.WriteString(w, reply("m", "echo: "+req.Messages[0].Content))
	})
	cl := mustNew(t, Config{BaseURL: srv.URL + "/v1", Model: "m"})
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			prompt := fmt.Sprintf("prompt %d", i)
			got, err := cl.Complete(context.Background(), inference.Request{Prompt: prompt})
			if err != nil {
				t.Errorf("Complete(%q): %v", prompt, err)
				return
			}
			if want := "echo: " + prompt; got.Text != want {
				t.Errorf("Complete(%q).Text = %q, want %q", prompt, got.Text, want)
			}
		})
	}
	wg.Wait()
}
