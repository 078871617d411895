package endpoint

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Client talks to one endpoint.
type Client struct {
	// BaseURL is the endpoint's announced URL, without a trailing slash.
	BaseURL string
	HTTP    *http.Client
	// MaxAnswer bounds the answer's plaintext the client accepts.
	MaxAnswer int64
}

// SealPrompt seals p as the prompt stream of request seq, whole, and
// returns it with its digest: the record requestStream posts.
func SealPrompt(k *skcrypto.SessionKey, seq uint64, p inference.Prompt, random io.Reader) ([]byte, inference.Digest, error) {
	if err := p.Check(); err != nil {
		return nil, inference.Digest{}, fmt.Errorf("endpoint: %w", err)
	}
	b, err := inference.EncodePrompt(p)
	if err != nil {
		return nil, inference.Digest{}, err
	}
	defer clear(b)
	var buf bytes.Buffer
	w, err := inference.NewStreamWriter(k, skcrypto.DirectionPrompt, seq, [32]byte{}, &buf, random)
	if err != nil {
		return nil, inference.Digest{}, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, inference.Digest{}, err
	}
	if err := w.Close(); err != nil {
		return nil, inference.Digest{}, err
	}
	return buf.Bytes(), w.Digest(), nil
}

// Reply is what the miner streamed back.
type Reply struct {
	Answer inference.Answer
	// Digest is the answer stream's: compare it with the record
	// respondStream posts.
	Digest inference.Digest
	// Stream is the answer stream as received.
	Stream []byte
}

// Ask sends the prompt stream of request seq (as SealPrompt made it, with
// its digest) and reads the answer stream, calling text with each chunk
// of the answer's text as it opens. The answer is known good only when
// Ask returns without error.
func (c *Client) Ask(ctx context.Context, k *skcrypto.SessionKey, seq uint64, prompt []byte, promptDigest inference.Digest, text func([]byte)) (Reply, error) {
	url := fmt.Sprintf("%s/v1/sessions/%s/requests/%d", c.BaseURL, idText(k.ID()), seq)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(prompt))
	if err != nil {
		return Reply{}, fmt.Errorf("endpoint: %w", err)
	}
	authorize(req, k, session.User, seq)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Reply{}, fmt.Errorf("endpoint: sending the prompt: %w", err)
	}
	defer resp.Body.Close()
	if err := statusError(resp); err != nil {
		return Reply{}, err
	}
	var raw bytes.Buffer
	r, err := inference.OpenStream(k, skcrypto.DirectionAnswer, seq, promptDigest.Hash, io.TeeReader(resp.Body, &raw), c.MaxAnswer)
	if err != nil {
		return Reply{}, fmt.Errorf("endpoint: answer stream: %w", err)
	}
	var all []byte
	var head []byte
	for {
		p, last, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Reply{}, fmt.Errorf("endpoint: answer stream: %w", err)
		}
		if last {
			head = bytes.Clone(p)
			continue
		}
		all = append(all, p...)
		if text != nil {
			text(p)
		}
	}
	a, err := inference.DecodeStreamedAnswer(all, head)
	if err != nil {
		return Reply{}, fmt.Errorf("endpoint: %w", err)
	}
	return Reply{Answer: a, Digest: r.Digest(), Stream: raw.Bytes()}, nil
}

// Fetch returns the stream of direction d of request seq as the endpoint
// holds it, authenticating as role; the caller checks it against its
// record (Verify) and opens it. ErrUnavailable if the endpoint does not
// hold it.
func (c *Client) Fetch(ctx context.Context, k *skcrypto.SessionKey, role session.Role, seq uint64, d skcrypto.Direction, max int64) ([]byte, error) {
	url := fmt.Sprintf("%s/v1/sessions/%s/requests/%d/%v", c.BaseURL, idText(k.ID()), seq, d)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("endpoint: %w", err)
	}
	authorize(req, k, role, seq)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("endpoint: fetching the %v: %w", d, err)
	}
	defer resp.Body.Close()
	if err := statusError(resp); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("endpoint: fetching the %v: %w", d, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %v stream over %d bytes", ErrRejected, d, max)
	}
	return b, nil
}

// Deliver sends the stream of direction d of request seq to an oracle's
// endpoint, as the user: it keeps the stream if it matches its record on
// chain. ErrConflict (HTTP 409) while the endpoint's agent has not
// applied the record yet.
func (c *Client) Deliver(ctx context.Context, k *skcrypto.SessionKey, seq uint64, d skcrypto.Direction, stream []byte) error {
	url := fmt.Sprintf("%s/v1/sessions/%s/requests/%d/%v", c.BaseURL, idText(k.ID()), seq, d)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, url, bytes.NewReader(stream))
	if err != nil {
		return fmt.Errorf("endpoint: %w", err)
	}
	authorize(req, k, session.User, seq)
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("endpoint: delivering the %v: %w", d, err)
	}
	defer resp.Body.Close()
	return statusError(resp)
}

// idText is a session id as the routes take it: 64 hex digits.
func idText(id session.ID) string { return hex.EncodeToString(id[:]) }

func authorize(req *http.Request, k *skcrypto.SessionKey, role session.Role, seq uint64) {
	t := k.EndpointToken(role, seq)
	req.Header.Set("Authorization", "Bearer "+hex.EncodeToString(t[:]))
	req.Header.Set(HeaderRole, role.String())
}

// statusError maps a response's status to the package's errors, with the
// endpoint's message (which carries no secret: the server writes none).
func statusError(resp *http.Response) error {
	if resp.StatusCode == http.StatusOK {
		return nil
	}
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	m := strings.TrimSpace(string(msg))
	switch resp.StatusCode {
	case http.StatusUnauthorized:
		return fmt.Errorf("%w: %s", ErrUnauthorized, m)
	case http.StatusNotFound:
		return fmt.Errorf("%w: %s", ErrUnavailable, m)
	case http.StatusServiceUnavailable:
		return fmt.Errorf("%w: %s", ErrBusy, m)
	case http.StatusConflict:
		return fmt.Errorf("%w: %s: %s", ErrConflict, resp.Status, m)
	}
	return fmt.Errorf("%w: %s: %s", ErrRejected, resp.Status, m)
}
