package openai

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	oai "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/packages/ssestream"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
)

var _ inference.Streamer = (*Client)(nil)

// Stream sends r with "stream": true through the official openai-go
// client and calls onText with each piece of the first choice's text as
// the server sends it (server-sent events), so that a streaming transport
// forwards tokens as the model generates them. The request is the one
// Complete sends; the checks on the reply are Complete's too: a refusal, a
// content filter, an error event, a reply larger than MaxResponseBytes or
// one without text is an error. Every error wraps inference.ErrBackend and
// never contains the API key; an error from onText stops the stream and is
// wrapped.
func (c *Client) Stream(ctx context.Context, r inference.Request, onText func(string) error) (inference.Completion, error) {
	model, err := c.check(ctx, r)
	if err != nil {
		return inference.Completion{}, err
	}
	params := oai.ChatCompletionNewParams{
		Model:       model,
		Messages:    []oai.ChatCompletionMessageParamUnion{oai.UserMessage(r.Prompt)},
		Temperature: oai.Float(c.temperature),
	}
	if r.MaxTokens > 0 {
		params.MaxTokens = oai.Int(int64(r.MaxTokens))
	}
	if c.hasSeed {
		params.Seed = oai.Int(c.seed)
	}
	reqCtx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	client := oai.NewClient(
		option.WithBaseURL(strings.TrimSuffix(c.endpoint, "chat/completions")),
		option.WithHTTPClient(c.httpClient),
		option.WithMaxRetries(0),
		option.WithMiddleware(c.ownHeaders),
	)
	st := client.Chat.Completions.NewStreaming(reqCtx, params)
	defer st.Close()

	var text strings.Builder
	got := model
	reported := false
	for st.Next() {
		ch := st.Current()
		if ch.Model != "" && !reported {
			got, reported = ch.Model, true
		}
		if len(ch.Choices) == 0 {
			continue // a usage chunk, or a keep-alive
		}
		choice := ch.Choices[0]
		for _, other := range ch.Choices[1:] {
			if other.Index == 0 {
				choice = other
			}
		}
		if choice.Index != 0 {
			continue
		}
		if choice.Delta.Refusal != "" {
			return inference.Completion{}, c.errorf("model refused: %s", c.quote([]byte(choice.Delta.Refusal)))
		}
		if choice.FinishReason == "content_filter" {
			return inference.Completion{}, c.errorf("the server's content filter withheld the completion (finish_reason %q)", choice.FinishReason)
		}
		piece := choice.Delta.Content
		if piece == "" {
			continue
		}
		if !utf8.ValidString(piece) {
			return inference.Completion{}, c.errorf("reply is not valid UTF-8")
		}
		if int64(text.Len()+len(piece)) > c.maxBytes {
			return inference.Completion{}, c.errorf("streamed text exceeds the limit of %d bytes (MaxResponseBytes)", c.maxBytes)
		}
		text.WriteString(piece)
		if err := onText(piece); err != nil {
			return inference.Completion{}, fmt.Errorf("%w: openai %s: streaming stopped: %w", inference.ErrBackend, c.endpoint, err)
		}
	}
	if err := st.Err(); err != nil {
		return inference.Completion{}, c.streamError(ctx, reqCtx, err)
	}
	if text.Len() == 0 {
		return inference.Completion{}, c.errorf("the stream ended without text")
	}
	return inference.Completion{Model: got, Text: text.String()}, nil
}

// streamError describes what ended a stream early: a non-2xx reply, an
// error event, or the transport.
func (c *Client) streamError(ctx, reqCtx context.Context, err error) error {
	var apiErr *oai.Error
	if errors.As(err, &apiErr) {
		status := fmt.Sprintf("HTTP %d", apiErr.StatusCode)
		if t := http.StatusText(apiErr.StatusCode); t != "" {
			status += " " + t
		}
		switch apiErr.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			status += " (check APIKey)"
		case http.StatusNotFound:
			status += " (check BaseURL and the model name)"
		case http.StatusTooManyRequests:
			status += " (rate limited or overloaded; try later)"
		}
		if apiErr.Message == "" {
			return c.errorf("server answered %s", status)
		}
		return c.errorf("server answered %s: %s", status, c.quote([]byte(apiErr.Message)))
	}
	var se *ssestream.StreamError
	if errors.As(err, &se) {
		msg := strings.TrimPrefix(se.Message, "received error while streaming: ")
		return c.errorf("server reported an error while streaming: %s", c.quote([]byte(msg)))
	}
	return c.transportError(ctx, reqCtx, "streaming the reply", err)
}

// ownHeaders sends a request with this client's headers only. openai-go
// takes OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID and
// OPENAI_CUSTOM_HEADERS from the environment by default: an operator's
// OpenAI key must not reach a local model server the miner was pointed at.
func (c *Client) ownHeaders(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
	h := http.Header{}
	for _, k := range []string{"Content-Type", "Accept", "User-Agent", "Content-Length"} {
		if v, ok := req.Header[k]; ok {
			h[k] = v
		}
	}
	if c.apiKey != "" {
		h.Set("Authorization", "Bearer "+c.apiKey)
	}
	req.Header = h
	return next(req)
}
