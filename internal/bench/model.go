package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
)

// ModelServer is the model of the streaming measurements: an
// OpenAI-compatible chat-completions server on 127.0.0.1 that answers
// like the built-in deterministic backend (so an oracle can re-run and
// compare) at the pace of a hosted model: Think before the first token,
// then one token, a word with its trailing space, every PerToken. No model
// runs on this machine; what the measurement compares is the same server
// called directly and through the encrypted path, so only its pace, not
// its text, matters.
type ModelServer struct {
	Think, PerToken time.Duration
	URL             string // base URL, ending in /v1
	srv             *http.Server
}

// StartModelServer serves on a free port of 127.0.0.1 until Close.
func StartModelServer(think, perToken time.Duration) (*ModelServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	m := &ModelServer{Think: think, PerToken: perToken, URL: "http://" + ln.Addr().String() + "/v1"}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", m.completions)
	m.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go m.srv.Serve(ln)
	return m, nil
}

// Close stops the server.
func (m *ModelServer) Close() { m.srv.Close() }

// modelName is what the server reports answering with.
const modelName = "bench/paced-deterministic"

// Tokens splits an answer into the server's tokens: words, each with the
// spaces that follow it.
func Tokens(text string) []string {
	var out []string
	for len(text) > 0 {
		i := strings.IndexByte(text, ' ')
		if i < 0 {
			out = append(out, text)
			break
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		out = append(out, text[:j])
		text = text[j:]
	}
	return out
}

// Answer is the server's answer to prompt (the deterministic backend's).
func Answer(prompt string, maxTokens int) (string, error) {
	c, err := inference.Deterministic{}.Complete(context.Background(), inference.Request{Prompt: prompt, MaxTokens: maxTokens})
	return c.Text, err
}

func (m *ModelServer) completions(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Stream    bool `json:"stream"`
		MaxTokens int  `json:"max_tokens"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<20)).Decode(&req); err != nil || len(req.Messages) == 0 {
		http.Error(w, `{"error":{"message":"want a JSON chat-completions request with messages","type":"invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	text, err := Answer(req.Messages[len(req.Messages)-1].Content, req.MaxTokens)
	if err != nil {
		http.Error(w, fmt.Sprintf(`{"error":{"message":%q,"type":"invalid_request_error"}}`, err.Error()), http.StatusBadRequest)
		return
	}
	tokens := Tokens(text)
	id, created := fmt.Sprintf("chatcmpl-bench-%d", time.Now().UnixNano()), time.Now().Unix()
	pace := time.NewTimer(m.Think)
	defer pace.Stop()
	wait := func() bool {
		select {
		case <-pace.C:
			pace.Reset(m.PerToken)
			return true
		case <-r.Context().Done():
			return false
		}
	}
	if !req.Stream {
		// The whole answer once it would have been generated.
		for range tokens {
			if !wait() {
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": id, "object": "chat.completion", "created": created, "model": modelName,
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": text}, "finish_reason": "stop"}},
		})
		return
	}
	fl, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	event := func(delta map[string]any, finish any) {
		b, _ := json.Marshal(map[string]any{
			"id": id, "object": "chat.completion.chunk", "created": created, "model": modelName,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		fmt.Fprintf(w, "data: %s\n\n", b)
		if fl != nil {
			fl.Flush()
		}
	}
	event(map[string]any{"role": "assistant", "content": ""}, nil)
	for _, t := range tokens {
		if !wait() {
			return
		}
		event(map[string]any{"content": t}, nil)
	}
	event(map[string]any{}, "stop")
	fmt.Fprint(w, "data: [DONE]\n\n")
	if fl != nil {
		fl.Flush()
	}
}
