// Package openai is an inference.Backend that talks to a server speaking
// the OpenAI-compatible chat-completions HTTP API: llama.cpp's server,
// Ollama's /v1 endpoint, vLLM, or any other server that accepts
// POST {BaseURL}/chat/completions.
//
// Complete sends one non-streaming request per completion, with the
// prompt as a single user message, and returns the first choice's text.
// Stream sends the same request with "stream": true through the official
// openai-go client and hands over the text as the server sends it, so that
// a streaming transport forwards tokens as the model generates them.
// Every error a Complete call returns wraps inference.ErrBackend; when the
// caller's context or the per-request timeout ended the call, the error
// also wraps the context's error, so that errors.Is(err,
// context.DeadlineExceeded) and errors.Is(err, context.Canceled) work.
// The API key is never logged and never appears in an error.
package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
)

// DefaultTimeout is the per-request timeout when Config.Timeout is zero.
const DefaultTimeout = 2 * time.Minute

// DefaultMaxResponseBytes is the longest reply body accepted when
// Config.MaxResponseBytes is zero.
const DefaultMaxResponseBytes int64 = 4 << 20

// maxErrorBodyBytes bounds how much of a non-2xx reply is read to find the
// server's error message.
const maxErrorBodyBytes int64 = 64 << 10

// maxServerMessageBytes bounds the server's own text quoted in an error.
const maxServerMessageBytes = 200

// Config configures a Client.
type Config struct {
	// BaseURL is the API's root, an absolute http or https URL such as
	// http://127.0.0.1:8080/v1 (llama.cpp), http://127.0.0.1:11434/v1
	// (Ollama) or http://127.0.0.1:8000/v1 (vLLM). The client POSTs to
	// BaseURL + "/chat/completions"; a trailing slash is ignored. It must
	// carry no user info, query or fragment.
	BaseURL string
	// Model is the model asked for when a request names none. Required.
	Model string
	// APIKey, when set, is sent as "Authorization: Bearer <key>". It must
	// be printable ASCII without spaces.
	APIKey string
	// Timeout bounds each request, from sending it to reading the whole
	// reply. Zero means DefaultTimeout; negative is an error.
	Timeout time.Duration
	// Temperature is sent as given (0 by default: greedy decoding). It must
	// be finite and not negative.
	Temperature float64
	// Seed, when set, is sent as "seed". New copies the value.
	Seed *int64
	// Deterministic is the operator's word that this server always gives
	// the same completion for the same request (typically temperature 0
	// and a fixed seed on a server that batches deterministically). The
	// client does not check it; Client.Deterministic returns it.
	Deterministic bool
	// HTTPClient sends the requests. Nil means a new client whose Timeout
	// is the per-request timeout. Timeout applies on top of it either way.
	HTTPClient *http.Client
	// MaxResponseBytes bounds a reply's body; a longer one is an error.
	// Zero means DefaultMaxResponseBytes; negative is an error.
	MaxResponseBytes int64
}

// Client is an inference.Backend for an OpenAI-compatible server. It is
// immutable once made and safe for concurrent use.
type Client struct {
	endpoint      string // BaseURL + "/chat/completions"
	model         string
	apiKey        string
	timeout       time.Duration
	temperature   float64
	seed          int64
	hasSeed       bool
	deterministic bool
	httpClient    *http.Client
	maxBytes      int64
}

var _ inference.Backend = (*Client)(nil)

// New checks c and returns a client for it. Its errors describe the first
// problem found in c; they never contain the API key or any password in
// BaseURL.
func New(c Config) (*Client, error) {
	endpoint, err := endpointOf(c.BaseURL)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(c.Model) == "" {
		return nil, errors.New("openai: Model is required")
	}
	if !utf8.ValidString(c.Model) {
		return nil, errors.New("openai: Model is not valid UTF-8")
	}
	for _, b := range []byte(c.APIKey) {
		if b <= ' ' || b >= 0x7f {
			// Do not say which character: it is part of a secret.
			return nil, errors.New("openai: APIKey may hold only printable ASCII without spaces (is there a trailing newline?)")
		}
	}
	if c.Timeout < 0 {
		return nil, fmt.Errorf("openai: Timeout must not be negative, got %s", c.Timeout)
	}
	if math.IsNaN(c.Temperature) || math.IsInf(c.Temperature, 0) || c.Temperature < 0 {
		return nil, fmt.Errorf("openai: Temperature must be a finite number >= 0, got %v", c.Temperature)
	}
	if c.MaxResponseBytes < 0 {
		return nil, fmt.Errorf("openai: MaxResponseBytes must not be negative, got %d", c.MaxResponseBytes)
	}
	cl := &Client{
		endpoint:      endpoint,
		model:         c.Model,
		apiKey:        c.APIKey,
		timeout:       c.Timeout,
		temperature:   c.Temperature,
		deterministic: c.Deterministic,
		httpClient:    c.HTTPClient,
		maxBytes:      c.MaxResponseBytes,
	}
	if cl.timeout == 0 {
		cl.timeout = DefaultTimeout
	}
	if cl.maxBytes == 0 {
		cl.maxBytes = DefaultMaxResponseBytes
	}
	if c.Seed != nil {
		cl.seed, cl.hasSeed = *c.Seed, true
	}
	if cl.httpClient == nil {
		cl.httpClient = &http.Client{Timeout: cl.timeout}
	}
	return cl, nil
}

// endpointOf checks a BaseURL and returns its chat-completions URL.
func endpointOf(base string) (string, error) {
	if strings.TrimSpace(base) == "" {
		return "", errors.New("openai: BaseURL is required (e.g. http://127.0.0.1:8080/v1)")
	}
	u, err := url.Parse(base)
	if err != nil {
		// url.Parse's error quotes the whole URL, password included.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return "", fmt.Errorf("openai: BaseURL is not a valid URL: %v", err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("openai: BaseURL %q must be an absolute http or https URL (e.g. http://127.0.0.1:8080/v1)", u.Redacted())
	case u.Opaque != "" || u.Host == "":
		return "", fmt.Errorf("openai: BaseURL %q has no host", u.Redacted())
	case u.User != nil:
		return "", fmt.Errorf("openai: BaseURL %q must not carry user info; use APIKey", u.Redacted())
	case u.RawQuery != "" || u.ForceQuery:
		return "", fmt.Errorf("openai: BaseURL %q must not have a query", u.Redacted())
	case u.Fragment != "":
		return "", fmt.Errorf("openai: BaseURL %q must not have a fragment", u.Redacted())
	}
	u.Path = strings.TrimRight(u.Path, "/") + "/chat/completions"
	if u.RawPath != "" {
		u.RawPath = strings.TrimRight(u.RawPath, "/") + "/chat/completions"
	}
	return u.String(), nil
}

// Model returns the model a request naming none is sent with.
func (c *Client) Model() string { return c.model }

// Deterministic returns Config.Deterministic: the operator's word that the
// server answers the same request with the same completion.
func (c *Client) Deterministic() bool { return c.deterministic }

// chatMessage is one message of a chat-completions request.
type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// chatRequest is the body of a chat-completions request.
type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	Temperature float64       `json:"temperature"`
	MaxTokens   int           `json:"max_tokens,omitempty"`
	Seed        *int64        `json:"seed,omitempty"`
	Stream      bool          `json:"stream"`
}

// chatResponse is the part of a chat-completions reply the client reads.
type chatResponse struct {
	Model   string `json:"model"`
	Choices []struct {
		Message *struct {
			Content json.RawMessage `json:"content"`
			Refusal *string         `json:"refusal"`
		} `json:"message"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Error json.RawMessage `json:"error"`
}

// check reports what keeps r from being sent (the call's context has
// ended, text that is not UTF-8, a negative MaxTokens) and returns the
// model to ask for: r.Model, or the client's when r names none.
func (c *Client) check(ctx context.Context, r inference.Request) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", c.errorf("not sent: %w", err)
	}
	model := r.Model
	if model == "" {
		model = c.model
	}
	switch {
	case !utf8.ValidString(model):
		return "", c.errorf("request's model is not valid UTF-8")
	case !utf8.ValidString(r.Prompt):
		return "", c.errorf("prompt is not valid UTF-8")
	case r.MaxTokens < 0:
		return "", c.errorf("MaxTokens must not be negative, got %d", r.MaxTokens)
	}
	return model, nil
}

// Complete sends r as one user message and returns the first choice's
// text. The model is r.Model, or the client's when r names none; the
// completion's Model is the one the server reports, or the requested one
// when the server reports none. Every error wraps inference.ErrBackend.
func (c *Client) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	model, err := c.check(ctx, r)
	if err != nil {
		return inference.Completion{}, err
	}
	body, err := c.encode(model, r)
	if err != nil {
		return inference.Completion{}, c.errorf("encoding the request: %w", err)
	}

	reqCtx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return inference.Completion{}, c.errorf("building the request: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}

	resp, err := c.httpClient.Do(req)
	if err != nil {
		return inference.Completion{}, c.transportError(ctx, reqCtx, "sending the request", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return inference.Completion{}, c.statusError(ctx, reqCtx, resp)
	}
	if resp.ContentLength > c.maxBytes {
		return inference.Completion{}, c.errorf("reply of %d bytes exceeds the limit of %d bytes (MaxResponseBytes)", resp.ContentLength, c.maxBytes)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return inference.Completion{}, c.transportError(ctx, reqCtx, "reading the reply", err)
	}
	if int64(len(raw)) > c.maxBytes {
		return inference.Completion{}, c.errorf("reply exceeds the limit of %d bytes (MaxResponseBytes)", c.maxBytes)
	}
	return c.decode(model, raw)
}

// encode marshals the request body, leaving <, > and & unescaped.
func (c *Client) encode(model string, r inference.Request) ([]byte, error) {
	req := chatRequest{
		Model:       model,
		Messages:    []chatMessage{{Role: "user", Content: r.Prompt}},
		Temperature: c.temperature,
		MaxTokens:   r.MaxTokens,
	}
	if c.hasSeed {
		seed := c.seed
		req.Seed = &seed
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(req); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// decode reads a 2xx reply's body.
func (c *Client) decode(model string, raw []byte) (inference.Completion, error) {
	if !utf8.Valid(raw) {
		return inference.Completion{}, c.errorf("reply is not valid UTF-8")
	}
	var resp chatResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return inference.Completion{}, c.errorf("reply is not valid chat-completions JSON: %s (body starts %s)", jsonProblem(err), c.quote(raw))
	}
	if len(resp.Choices) == 0 {
		if msg := serverMessage(resp.Error, nil); msg != "" {
			return inference.Completion{}, c.errorf("server reported an error: %s", c.quote([]byte(msg)))
		}
		return inference.Completion{}, c.errorf("reply has no choices")
	}
	choice := resp.Choices[0]
	finish := ""
	if choice.FinishReason != nil {
		finish = *choice.FinishReason
	}
	if finish == "content_filter" {
		return inference.Completion{}, c.errorf("the server's content filter withheld the completion (finish_reason %q)", finish)
	}
	if choice.Message == nil {
		return inference.Completion{}, c.errorf("reply's first choice has no message")
	}
	content := bytes.TrimSpace(choice.Message.Content)
	if len(content) == 0 || string(content) == "null" {
		if choice.Message.Refusal != nil && *choice.Message.Refusal != "" {
			return inference.Completion{}, c.errorf("model refused: %s", c.quote([]byte(*choice.Message.Refusal)))
		}
		return inference.Completion{}, c.errorf("reply's first choice has no content (finish_reason %q)", finish)
	}
	var text string
	if err := json.Unmarshal(content, &text); err != nil {
		return inference.Completion{}, c.errorf("reply's content is not a string")
	}
	if resp.Model != "" {
		model = resp.Model
	}
	return inference.Completion{Model: model, Text: text}, nil
}

// jsonProblem describes a decoding error briefly: a type mismatch's own
// text spells out the whole Go type.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Sprintf("the reply is a JSON %s, not an object", te.Value)
		}
		return fmt.Sprintf("%q is a JSON %s of the wrong kind", te.Field, te.Value)
	}
	return err.Error()
}

// statusError describes a non-2xx reply, quoting the server's error
// message when it gave one.
func (c *Client) statusError(ctx, reqCtx context.Context, resp *http.Response) error {
	limit := min(c.maxBytes, maxErrorBodyBytes)
	raw, readErr := io.ReadAll(io.LimitReader(resp.Body, limit))
	if readErr != nil && (ctx.Err() != nil || reqCtx.Err() != nil) {
		return c.transportError(ctx, reqCtx, fmt.Sprintf("reading the HTTP %d reply", resp.StatusCode), readErr)
	}
	status := fmt.Sprintf("HTTP %d", resp.StatusCode)
	if t := http.StatusText(resp.StatusCode); t != "" {
		status += " " + t
	}
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		status += " (check APIKey)"
	case http.StatusNotFound:
		status += " (check BaseURL and the model name)"
	case http.StatusTooManyRequests:
		status += " (rate limited or overloaded; try later)"
	}
	var msg string
	if utf8.Valid(raw) {
		var body struct {
			Error   json.RawMessage `json:"error"`
			Message json.RawMessage `json:"message"`
		}
		if json.Unmarshal(raw, &body) == nil {
			msg = serverMessage(body.Error, body.Message)
		}
	}
	if msg == "" {
		msg = string(raw)
	}
	if strings.TrimSpace(msg) == "" {
		return c.errorf("server answered %s", status)
	}
	return c.errorf("server answered %s: %s", status, c.quote([]byte(msg)))
}

// serverMessage finds the text of an error reply: {"error":{"message":
// "..."}} (OpenAI, llama.cpp, Ollama, recent vLLM), {"error":"..."}
// (Ollama's native API) or {"message":"..."} (older vLLM).
func serverMessage(errField, msgField json.RawMessage) string {
	var s string
	if json.Unmarshal(errField, &s) == nil && s != "" {
		return s
	}
	var obj struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(errField, &obj) == nil && obj.Message != "" {
		return obj.Message
	}
	if json.Unmarshal(msgField, &s) == nil && s != "" {
		return s
	}
	return ""
}

// transportError describes a failure to send the request or read the
// reply, wrapping the context's error when the call's context or the
// per-request timeout ended it.
func (c *Client) transportError(ctx, reqCtx context.Context, doing string, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return c.errorf("%s: call ended: %w", doing, cerr)
	}
	if reqCtx.Err() != nil {
		return c.errorf("%s: no complete reply within %s (Timeout): %w", doing, c.timeout, context.DeadlineExceeded)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its text repeats the method and URL
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		if errors.Is(err, context.DeadlineExceeded) {
			return c.errorf("%s: timed out: %w", doing, err)
		}
		return c.errorf("%s: timed out: %w (%w)", doing, context.DeadlineExceeded, err)
	}
	return c.errorf("%s: %w", doing, err)
}

// errorf returns an error wrapping inference.ErrBackend that names the
// endpoint and never contains the API key.
func (c *Client) errorf(format string, args ...any) error {
	err := fmt.Errorf("%w: openai %s: "+format, append([]any{inference.ErrBackend, c.endpoint}, args...)...)
	if c.apiKey != "" && strings.Contains(err.Error(), c.apiKey) {
		// Only server-supplied text could hold it, and that is quoted
		// through quote, which redacts it; this is a last resort that
		// keeps the error's chain for errors.Is.
		return &redactedError{msg: strings.ReplaceAll(err.Error(), c.apiKey, "[redacted]"), err: err}
	}
	return err
}

// redactedError is an error whose text had the API key removed.
type redactedError struct {
	msg string
	err error
}

// Error returns the redacted text.
func (e *redactedError) Error() string { return e.msg }

// Unwrap returns the original error, for errors.Is and errors.As.
func (e *redactedError) Unwrap() error { return e.err }

// quote renders server-supplied text for an error: the API key redacted,
// at most maxServerMessageBytes of it, control characters escaped.
func (c *Client) quote(b []byte) string {
	s := strings.ToValidUTF8(string(b), "\uFFFD")
	if c.apiKey != "" {
		s = strings.ReplaceAll(s, c.apiKey, "[redacted]")
	}
	s = strings.TrimSpace(s)
	cut := false
	if len(s) > maxServerMessageBytes {
		n := maxServerMessageBytes
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s, cut = s[:n], true
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	q := fmt.Sprintf("%q", s)
	if cut {
		q += "…"
	}
	return q
}
