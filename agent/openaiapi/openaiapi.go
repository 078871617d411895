// Package openaiapi serves an OpenAI-compatible HTTP API in front of a
// user's agent, so that programs that already speak the OpenAI API (the
// official clients, curl, anything built on them) run encrypted inferences
// without learning a new client.
//
// Two routes, a subset of the OpenAI API:
//
//	POST /v1/chat/completions   with and without "stream": true
//	GET  /v1/models             the model names this server accepts
//
// Each completion request becomes one encrypted inference (an Inferrer
// runs it: in `user serve`, a request in an Established session). The
// answer is returned as the assistant's message once the oracle's verdict
// is known to be valid and the user's own check of the answer passed; the
// verdict travels with it, in the response headers X-Sessionkeystore-*
// and in the extension field "sessionkeystore" of the completion (of the
// last chunk, when streaming). An inference that is not valid is an error
// (HTTP 502), never an answer: a client that ignores the extension field
// cannot mistake it for one.
//
// The conversation in "messages" is sent to the miner as one prompt: a
// single user message as its text, several messages as a transcript, one
// "ROLE: TEXT" paragraph per message (see Transcript). Of the request's
// parameters, "model", "messages", "max_tokens" (or
// "max_completion_tokens"), "stream" and "n" (1 only) are honoured; the
// sampling parameters belong to the miner and are ignored.
//
// Errors have the OpenAI shape: {"error": {"message", "type", "code"}}.
package openaiapi

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// DefaultModel is the model name listed, and accepted as "the miner's
// own model", when Config.Model is empty.
const DefaultModel = "sessionkeystore"

// DefaultMaxBodyBytes bounds a request body when Config.MaxBodyBytes is
// zero: a prompt of up to 1 MiB plus its JSON framing.
const DefaultMaxBodyBytes int64 = 1<<20 + 64<<10

// DefaultMaxConcurrent bounds the inferences run at once when
// Config.MaxConcurrent is zero.
const DefaultMaxConcurrent = 8

// Header names of the verdict on a non-streamed answer.
const (
	HeaderSession = "X-Sessionkeystore-Session"
	HeaderRequest = "X-Sessionkeystore-Request"
	HeaderVerdict = "X-Sessionkeystore-Verdict"
)

// Completion is the outcome of one encrypted inference.
type Completion struct {
	// Session and Request name the inference on chain.
	Session session.ID
	Request uint64
	// Answer is the miner's answer as the user opened it (zero when
	// Check failed).
	Answer inference.Answer
	// Check is the user's own check of the answer.
	Check inference.Finding
	// Valid and Reason are the oracle's verdict on chain.
	Valid  bool
	Reason inference.Reason
	// Blocks of the request, the answer and the verdict.
	RequestBlock, AnswerBlock, VerdictBlock uint64
	// Streamed: the ciphertexts went off chain, through the miner's
	// endpoint (only their records are on chain).
	Streamed bool
}

// Inferrer runs encrypted inferences.
type Inferrer interface {
	// Infer runs p as one inference and returns its outcome once the
	// verdict is on chain. onText, when not nil, may be called with
	// pieces of the answer's text as they become known, before Infer
	// returns (a transport that streams the answer calls it per chunk;
	// one that delivers it whole need not call it at all). The error is
	// for what kept the inference from reaching a verdict.
	Infer(ctx context.Context, p inference.Prompt, onText func(string)) (*Completion, error)
}

// Config configures a Handler.
type Config struct {
	// Model is the model name /v1/models lists; a request naming it (or
	// no model) asks for the miner's own model. Empty: DefaultModel. A
	// request naming any other model passes that name to the miner, whose
	// answer must then name it (the oracle checks).
	Model string
	// APIKey, when set, must be presented as "Authorization: Bearer KEY".
	APIKey string
	// MaxBodyBytes bounds a request body. Zero: DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxConcurrent bounds the inferences in flight; past it a request is
	// refused with 429. Zero: DefaultMaxConcurrent.
	MaxConcurrent int
	// Timeout bounds one inference, from the request to the verdict. Zero
	// means no bound beyond the client's own.
	Timeout time.Duration
	// Logger receives one line per request (never its text).
	Logger *slog.Logger
	// Now defaults to time.Now ("created" fields).
	Now func() time.Time
}

// Handler is the API's http.Handler.
type Handler struct {
	cfg   Config
	inf   Inferrer
	slots chan struct{}
	mux   *http.ServeMux
	seq   atomic.Uint64
}

// NewHandler returns the API in front of inf.
func NewHandler(cfg Config, inf Inferrer) (*Handler, error) {
	if inf == nil {
		return nil, errors.New("openaiapi: no inferrer")
	}
	if cfg.Model == "" {
		cfg.Model = DefaultModel
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxConcurrent == 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	switch {
	case cfg.MaxBodyBytes < 0:
		return nil, fmt.Errorf("openaiapi: MaxBodyBytes %d is negative", cfg.MaxBodyBytes)
	case cfg.MaxConcurrent < 0:
		return nil, fmt.Errorf("openaiapi: MaxConcurrent %d is negative", cfg.MaxConcurrent)
	case cfg.Timeout < 0:
		return nil, fmt.Errorf("openaiapi: Timeout %v is negative", cfg.Timeout)
	case !utf8.ValidString(cfg.Model) || strings.ContainsAny(cfg.Model, "\r\n"):
		return nil, errors.New("openaiapi: the model name is not one line of UTF-8")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	h := &Handler{cfg: cfg, inf: inf, slots: make(chan struct{}, cfg.MaxConcurrent), mux: http.NewServeMux()}
	h.mux.HandleFunc("/v1/chat/completions", h.completions)
	h.mux.HandleFunc("/v1/models", h.models)
	h.mux.HandleFunc("/v1/models/{id}", h.model)
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "", fmt.Sprintf("no route %s %s: this server has POST /v1/chat/completions and GET /v1/models", r.Method, r.URL.Path))
	})
	return h, nil
}

// ServeHTTP checks the API key, then routes the request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.cfg.APIKey != "" {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(h.cfg.APIKey)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sessionkeystore"`)
			writeError(w, http.StatusUnauthorized, "invalid_request_error", "invalid_api_key", "missing or wrong API key: send Authorization: Bearer KEY")
			return
		}
	}
	h.mux.ServeHTTP(w, r)
}

// models lists the one model name this server accepts as the miner's own.
func (h *Handler) models(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		methodNotAllowed(w, http.MethodGet)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": []any{h.modelObject()}})
}

func (h *Handler) model(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		methodNotAllowed(w, http.MethodGet)
		return
	}
	if r.PathValue("id") != h.cfg.Model {
		writeError(w, http.StatusNotFound, "invalid_request_error", "model_not_found", fmt.Sprintf("no model %q here; this server lists %q", r.PathValue("id"), h.cfg.Model))
		return
	}
	writeJSON(w, http.StatusOK, h.modelObject())
}

func (h *Handler) modelObject() map[string]any {
	return map[string]any{"id": h.cfg.Model, "object": "model", "created": 0, "owned_by": "sessionkeystore"}
}

// chatRequest is the part of a chat-completions request this server reads.
type chatRequest struct {
	Model               string          `json:"model"`
	Messages            []chatMessage   `json:"messages"`
	Stream              bool            `json:"stream"`
	MaxTokens           *int            `json:"max_tokens"`
	MaxCompletionTokens *int            `json:"max_completion_tokens"`
	N                   *int            `json:"n"`
	StreamOptions       json.RawMessage `json:"stream_options"`
}

type chatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// errBadRequest marks an error that is the client's: HTTP 400.
type badRequest struct {
	param string
	msg   string
}

func (e *badRequest) Error() string { return e.msg }

func badf(param, format string, args ...any) error {
	return &badRequest{param: param, msg: fmt.Sprintf(format, args...)}
}

// prompt turns a request into the inference's prompt.
func (h *Handler) prompt(req *chatRequest) (inference.Prompt, error) {
	var p inference.Prompt
	if req.N != nil && *req.N != 1 {
		return p, badf("n", "n = %d: this server returns one choice", *req.N)
	}
	switch {
	case req.MaxTokens != nil && req.MaxCompletionTokens != nil && *req.MaxTokens != *req.MaxCompletionTokens:
		return p, badf("max_tokens", "max_tokens and max_completion_tokens disagree")
	case req.MaxCompletionTokens != nil:
		p.MaxTokens = *req.MaxCompletionTokens
	case req.MaxTokens != nil:
		p.MaxTokens = *req.MaxTokens
	}
	if p.MaxTokens < 0 || p.MaxTokens > inference.MaxTokensLimit {
		return p, badf("max_tokens", "max_tokens %d is not from 1 to %d", p.MaxTokens, inference.MaxTokensLimit)
	}
	if req.Model != "" && req.Model != h.cfg.Model {
		p.Model = req.Model
	}
	msgs := make([]Message, 0, len(req.Messages))
	for i, m := range req.Messages {
		text, err := contentText(m.Content)
		if err != nil {
			return p, badf(fmt.Sprintf("messages[%d].content", i), "messages[%d].content: %v", i, err)
		}
		msgs = append(msgs, Message{Role: m.Role, Text: text})
	}
	text, err := Transcript(msgs)
	if err != nil {
		return p, badf("messages", "%v", err)
	}
	p.Prompt = text
	if err := p.Check(); err != nil {
		return p, badf("messages", "%v", err)
	}
	return p, nil
}

// contentText reads a message's content: a string, or an array of parts
// of which only "text" parts are supported.
func contentText(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New("no content")
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []struct {
		Type string  `json:"type"`
		Text *string `json:"text"`
	}
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", errors.New("want a string or an array of text parts")
	}
	var b strings.Builder
	for j, part := range parts {
		if part.Type != "text" || part.Text == nil {
			return "", fmt.Errorf("part %d is of type %q: only text parts are supported", j, part.Type)
		}
		b.WriteString(*part.Text)
	}
	return b.String(), nil
}

// Message is one message of a conversation.
type Message struct {
	Role string
	Text string
}

// Transcript renders a conversation as the one prompt text the miner
// receives: a lone user message as its own text; otherwise one paragraph
// "ROLE: TEXT" per message (ROLE one of system, developer, user,
// assistant), separated by blank lines, so that the model sees who said
// what.
func Transcript(msgs []Message) (string, error) {
	if len(msgs) == 0 {
		return "", errors.New("messages is empty: give at least one user message")
	}
	for i, m := range msgs {
		switch m.Role {
		case "system", "developer", "user", "assistant":
		case "":
			return "", fmt.Errorf("messages[%d] has no role", i)
		default:
			return "", fmt.Errorf("messages[%d] has role %q: want system, developer, user or assistant", i, m.Role)
		}
		if !utf8.ValidString(m.Text) {
			return "", fmt.Errorf("messages[%d] is not UTF-8", i)
		}
	}
	if len(msgs) == 1 {
		if msgs[0].Role != "user" {
			return "", fmt.Errorf("the only message is from the %s: give a user message", msgs[0].Role)
		}
		return msgs[0].Text, nil
	}
	var b strings.Builder
	for i, m := range msgs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(m.Role)
		b.WriteString(": ")
		b.WriteString(m.Text)
	}
	return b.String(), nil
}

// Verdict is the extension field "sessionkeystore" of a completion: where
// the inference is on chain and what the oracle and the user found.
type Verdict struct {
	Session string `json:"session"`
	Request uint64 `json:"request"`
	// Verdict is "valid" or "invalid"; Reason names what was wrong.
	Verdict string `json:"verdict"`
	Reason  string `json:"reason,omitempty"`
	// OwnCheck is "ok" or what the user's own check of the answer found.
	OwnCheck string `json:"own_check"`
	// Transport is "stream" (off chain, records on chain) or "chain".
	Transport    string `json:"transport"`
	RequestBlock uint64 `json:"request_block"`
	AnswerBlock  uint64 `json:"answer_block"`
	VerdictBlock uint64 `json:"verdict_block"`
}

func verdictOf(c *Completion) Verdict {
	transport := "chain"
	if c.Streamed {
		transport = "stream"
	}
	v := Verdict{Session: c.Session.String(), Request: c.Request, Verdict: "valid", OwnCheck: "ok", Transport: transport,
		RequestBlock: c.RequestBlock, AnswerBlock: c.AnswerBlock, VerdictBlock: c.VerdictBlock}
	if !c.Valid {
		v.Verdict, v.Reason = "invalid", c.Reason.String()
	}
	if !c.Check.OK() {
		v.OwnCheck = c.Check.String()
	}
	return v
}

// problem says why a completion cannot be given as an answer, or "".
func problem(c *Completion) (typ, code, msg string) {
	switch {
	case !c.Check.OK():
		return "invalid_inference", "own_check_failed", fmt.Sprintf("the answer failed the user's own check (%v); session %v request %d", c.Check, c.Session, c.Request)
	case !c.Valid:
		return "invalid_inference", c.Reason.String(), fmt.Sprintf("the oracle judged the inference invalid (%v); session %v request %d", c.Reason, c.Session, c.Request)
	case c.Answer.Status == inference.StatusRefused:
		return "refused", c.Answer.Reason.String(), fmt.Sprintf("the miner refused the prompt (%v); session %v request %d", c.Answer.Reason, c.Session, c.Request)
	}
	return "", "", ""
}

func (h *Handler) completions(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		methodNotAllowed(w, http.MethodPost)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "invalid_request_error", "", fmt.Sprintf("Content-Type %q: send application/json", ct))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "invalid_request_error", "request_too_large", fmt.Sprintf("request body larger than %d bytes", h.cfg.MaxBodyBytes))
			return
		}
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "reading the request body: "+err.Error())
		return
	}
	var req chatRequest
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "the body is not a chat-completions request: "+err.Error())
		return
	}
	p, err := h.prompt(&req)
	if err != nil {
		var br *badRequest
		errors.As(err, &br)
		writeErrorParam(w, http.StatusBadRequest, "invalid_request_error", "", br.param, err.Error())
		return
	}
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, "rate_limit_exceeded", "too_many_inferences", fmt.Sprintf("%d inferences already in flight; retry later", h.cfg.MaxConcurrent))
		return
	}
	ctx := r.Context()
	if h.cfg.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, h.cfg.Timeout)
		defer cancel()
	}
	n := h.seq.Add(1)
	start := h.cfg.Now()
	model := req.Model
	if model == "" {
		model = h.cfg.Model
	}
	if req.Stream {
		h.stream(ctx, w, p, model, start, n)
	} else {
		h.whole(ctx, w, p, model, start)
	}
	h.cfg.Logger.Info("completion served", "n", n, "stream", req.Stream, "prompt_bytes", len(p.Prompt), "took", h.cfg.Now().Sub(start).Round(time.Millisecond))
}

// inferError writes the error of an Infer call.
func (h *Handler) inferError(err error) (status int, typ, code, msg string) {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout", "inference_timeout", "no verdict in time: " + err.Error()
	case errors.Is(err, context.Canceled):
		return 499, "cancelled", "", "the request was cancelled"
	}
	var br *badRequest
	if errors.As(err, &br) {
		return http.StatusBadRequest, "invalid_request_error", "", err.Error()
	}
	return http.StatusBadGateway, "inference_failed", "", err.Error()
}

func (h *Handler) whole(ctx context.Context, w http.ResponseWriter, p inference.Prompt, model string, start time.Time) {
	c, err := h.inf.Infer(ctx, p, nil)
	if err != nil {
		status, typ, code, msg := h.inferError(err)
		writeError(w, status, typ, code, msg)
		return
	}
	v := verdictOf(c)
	w.Header().Set(HeaderSession, v.Session)
	w.Header().Set(HeaderRequest, strconv.FormatUint(v.Request, 10))
	w.Header().Set(HeaderVerdict, v.Verdict)
	if typ, code, msg := problem(c); typ != "" {
		writeJSON(w, http.StatusBadGateway, map[string]any{
			"error":           map[string]any{"message": msg, "type": typ, "code": code, "param": nil},
			"sessionkeystore": v,
		})
		return
	}
	finish := "stop"
	if c.Answer.Truncated {
		finish = "length"
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id":      completionID(c),
		"object":  "chat.completion",
		"created": start.Unix(),
		"model":   answerModel(c, model),
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": c.Answer.Text, "refusal": nil},
			"finish_reason": finish,
			"logprobs":      nil,
		}},
		"sessionkeystore": v,
	})
}

// stream answers as server-sent events: a first chunk with the role once
// the inference is under way, the text as the Inferrer delivers it, then
// the last chunk with the finish reason and the verdict, and [DONE]. An
// inference that is not valid ends the stream with an error event.
func (h *Handler) stream(ctx context.Context, w http.ResponseWriter, p inference.Prompt, model string, start time.Time, n uint64) {
	fl, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, "server_error", "", "streaming is not supported by this connection")
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	id := fmt.Sprintf("chatcmpl-%d-%d", start.UnixNano(), n)
	chunk := func(delta map[string]any, finish any, ext *Verdict) {
		c := map[string]any{
			"id": id, "object": "chat.completion.chunk", "created": start.Unix(), "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": nil}},
		}
		if ext != nil {
			c["sessionkeystore"] = ext
		}
		writeEvent(w, c)
		fl.Flush()
	}
	chunk(map[string]any{"role": "assistant", "content": ""}, nil, nil)
	sent := 0
	var streamed strings.Builder
	pending := "" // the start of a character split between pieces
	onText := func(s string) {
		pending += s
		cut := len(pending)
		for i := len(pending) - 1; i >= 0 && i >= len(pending)-utf8.UTFMax; i-- {
			if utf8.RuneStart(pending[i]) {
				if !utf8.FullRuneInString(pending[i:]) {
					cut = i
				}
				break
			}
		}
		if cut == 0 {
			return
		}
		out := pending[:cut]
		pending = pending[cut:]
		streamed.WriteString(out)
		sent += len(out)
		chunk(map[string]any{"content": out}, nil, nil)
	}
	c, err := h.inf.Infer(ctx, p, onText)
	if err != nil {
		status, typ, code, msg := h.inferError(err)
		writeEvent(w, map[string]any{"error": map[string]any{"message": msg, "type": typ, "code": code, "status": status}})
		fl.Flush()
		return
	}
	v := verdictOf(c)
	if typ, code, msg := problem(c); typ != "" {
		writeEvent(w, map[string]any{"error": map[string]any{"message": msg, "type": typ, "code": code}, "sessionkeystore": v})
		fl.Flush()
		return
	}
	// What was streamed must be the start of the answer that was judged;
	// the rest of it follows in one chunk.
	if !strings.HasPrefix(c.Answer.Text, streamed.String()) {
		writeEvent(w, map[string]any{"error": map[string]any{"message": "the streamed text is not the answer that was judged", "type": "invalid_inference", "code": "stream_mismatch"}, "sessionkeystore": v})
		fl.Flush()
		return
	}
	if rest := c.Answer.Text[sent:]; rest != "" {
		chunk(map[string]any{"content": rest}, nil, nil)
	}
	finish := "stop"
	if c.Answer.Truncated {
		finish = "length"
	}
	chunk(map[string]any{}, finish, &v)
	io.WriteString(w, "data: [DONE]\n\n")
	fl.Flush()
}

func completionID(c *Completion) string {
	return fmt.Sprintf("chatcmpl-%x-%d", c.Session[:8], c.Request)
}

func answerModel(c *Completion, asked string) string {
	if c.Answer.Model != "" {
		return c.Answer.Model
	}
	return asked
}

func writeEvent(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"error":{"message":"internal error encoding an event","type":"server_error"}}`)
	}
	fmt.Fprintf(w, "data: %s\n\n", b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"message":"internal error encoding the response","type":"server_error"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func writeError(w http.ResponseWriter, status int, typ, code, msg string) {
	writeErrorParam(w, status, typ, code, "", msg)
}

func writeErrorParam(w http.ResponseWriter, status int, typ, code, param, msg string) {
	e := map[string]any{"message": msg, "type": typ, "code": nil, "param": nil}
	if code != "" {
		e["code"] = code
	}
	if param != "" {
		e["param"] = param
	}
	writeJSON(w, status, map[string]any{"error": e})
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, "invalid_request_error", "", "method not allowed: use "+allow)
}
