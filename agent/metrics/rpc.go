package metrics

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sync"
)

// maxInspect bounds the bytes of one message (a request body, a response
// body, a WebSocket message) that are parsed for the metrics. A larger
// response is passed on whole but only its status counts (a node's error
// answers are small); a larger request counts as one call of method
// "unknown".
const maxInspect = 8 << 20

// MethodLabel returns the label a JSON-RPC method name is counted under:
// the name itself when it looks like one (1 to 64 letters, digits and
// underscores), else "other", so that a strange request cannot create an
// unbounded number of series.
func MethodLabel(method string) string {
	if len(method) == 0 || len(method) > 64 {
		return "other"
	}
	for _, c := range []byte(method) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return "other"
		}
	}
	return method
}

// call is one request of a message: its id (raw JSON, "" for a
// notification) and method label.
type call struct {
	id     string
	method string
}

// rpcMessage is the part of a JSON-RPC request or response the metrics
// read.
type rpcMessage struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Error  *struct {
		Code int `json:"code"`
	} `json:"error"`
}

// parseMessages parses a single JSON-RPC message or a batch. ok is false
// when body is neither.
func parseMessages(body []byte) (msgs []rpcMessage, ok bool) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		if err := json.Unmarshal(body, &msgs); err != nil {
			return nil, false
		}
		return msgs, true
	}
	var one rpcMessage
	if err := json.Unmarshal(body, &one); err != nil {
		return nil, false
	}
	return []rpcMessage{one}, true
}

// idKey is the key a request's id is matched by (compact JSON).
func idKey(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

// requests counts the calls of a request message and returns them.
func (m *Metrics) requests(body []byte) []call {
	if len(body) > maxInspect {
		m.rpcRequests.WithLabelValues("unknown").Inc()
		return []call{{method: "unknown"}}
	}
	msgs, ok := parseMessages(body)
	if !ok {
		m.rpcRequests.WithLabelValues("unknown").Inc()
		return []call{{method: "unknown"}}
	}
	calls := make([]call, 0, len(msgs))
	for _, r := range msgs {
		c := call{method: MethodLabel(r.Method)}
		if len(r.ID) > 0 && string(r.ID) != "null" {
			c.id = idKey(r.ID)
		}
		m.rpcRequests.WithLabelValues(c.method).Inc()
		calls = append(calls, c)
	}
	return calls
}

// failAll counts every call as failed with class.
func (m *Metrics) failAll(calls []call, class ErrorClass) {
	for _, c := range calls {
		m.rpcErrors.WithLabelValues(c.method, string(class)).Inc()
	}
}

// responses counts the errors of a response message; method names the
// method of a response id (ok false: unknown, counted as "unknown").
func (m *Metrics) responses(body []byte, method func(id string) (string, bool)) {
	if len(body) > maxInspect {
		m.succeeded()
		return
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && !bytes.Contains(trimmed, []byte(`"error"`)) {
		// No error member anywhere: every response in it is a result (or
		// a notification). Skipping the parse keeps the cost of counting
		// to one scan of the bytes, however large the result.
		m.succeeded()
		return
	}
	msgs, ok := parseMessages(body)
	if !ok {
		m.rpcErrors.WithLabelValues("unknown", string(ErrMalformed)).Inc()
		return
	}
	answered := false
	for _, r := range msgs {
		name := "unknown"
		if len(r.ID) > 0 {
			if n, ok := method(idKey(r.ID)); ok {
				name = n
			}
		}
		switch {
		case r.Error == nil:
			answered = true
		case r.Error.Code == rateLimitCode:
			m.rpcErrors.WithLabelValues(name, string(ErrRateLimit)).Inc()
			m.rpcRateLimited.Inc()
		default:
			answered = true
			m.rpcErrors.WithLabelValues(name, string(ErrRPC)).Inc()
		}
	}
	if answered {
		m.succeeded()
	}
}

func (m *Metrics) succeeded() {
	t := m.now()
	m.lastOK.Store(t.UnixNano())
	m.rpcLastSuccess.Set(float64(t.UnixNano()) / 1e9)
}

// Transport returns an http.RoundTripper that sends through next
// (http.DefaultTransport if nil) and counts the JSON-RPC requests it
// carries, single or batched, by method, and their failures by method and
// class: the transport's error, an HTTP status outside 2xx (429 counted as
// a rate limit), a malformed answer, or a JSON-RPC error in the answer
// (-32005 counted as a rate limit). Give it to go-ethereum's rpc client
// with rpc.WithHTTPClient. A nil *Metrics returns next unchanged.
func (m *Metrics) Transport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if m == nil {
		return next
	}
	return &transport{m: m, next: next}
}

type transport struct {
	m    *Metrics
	next http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body == nil || req.Method != http.MethodPost {
		return t.next.RoundTrip(req)
	}
	body, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, err
	}
	// A RoundTripper must not change the request it was given: send a
	// copy with the body restored.
	out := req.Clone(req.Context())
	out.Body = io.NopCloser(bytes.NewReader(body))
	out.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	out.ContentLength = int64(len(body))
	calls := t.m.requests(body)
	resp, err := t.next.RoundTrip(out)
	if err != nil {
		t.m.failAll(calls, ErrTransport)
		return nil, err
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		t.m.failAll(calls, ErrHTTP429)
		t.m.rpcRateLimited.Inc()
		return resp, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		t.m.failAll(calls, ErrHTTPStatus)
		return resp, nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxInspect+1))
	if err != nil {
		resp.Body.Close()
		t.m.failAll(calls, ErrTransport)
		return nil, err
	}
	if len(data) > maxInspect {
		// Too large to parse here: pass it on whole, counted as answered.
		resp.Body = readCloser{io.MultiReader(bytes.NewReader(data), resp.Body), resp.Body}
		t.m.succeeded()
		return resp, nil
	}
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(data))
	byID := map[string]string{}
	for _, c := range calls {
		if c.id != "" {
			byID[c.id] = c.method
		}
	}
	t.m.responses(data, func(id string) (string, bool) {
		n, ok := byID[id]
		return n, ok
	})
	return resp, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// pending maps the ids of requests sent on a connection to their methods
// until their responses arrive (WebSocket, where requests and responses
// are separate messages).
type pending struct {
	mu  sync.Mutex
	ids map[string]string
}

// maxPending bounds the ids remembered; past it, the oldest are forgotten
// all at once (their errors then count as method "unknown").
const maxPending = 10000

func (p *pending) add(calls []call) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ids == nil || len(p.ids) > maxPending {
		p.ids = map[string]string{}
	}
	for _, c := range calls {
		if c.id != "" {
			p.ids[c.id] = c.method
		}
	}
}

func (p *pending) take(id string) (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n, ok := p.ids[id]
	delete(p.ids, id)
	return n, ok
}
