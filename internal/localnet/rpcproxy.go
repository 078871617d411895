package localnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// RPCProxyOptions configure an RPCProxy: the behaviour of a public
// JSON-RPC endpoint, which limits the request rate, answers slowly and
// loses requests now and then. The zero value forwards everything at once.
type RPCProxyOptions struct {
	// Rate is how many JSON-RPC calls per second the proxy forwards (each
	// call of a batch counts); 0 means no limit. Calls past it are
	// refused: a single call with HTTP 429, a Retry-After header and a
	// JSON-RPC error -32005 in the body; a batch with HTTP 200 and error
	// -32005 for each of its calls. The error's data carries the wait,
	// {"allowed_rps": Rate, "backoff_seconds": s}, as Infura does.
	Rate float64
	// Burst is how many calls may come at once after a quiet spell;
	// default max(1, Rate).
	Burst float64
	// Latency is added before each request is forwarded; Jitter spreads it
	// uniformly over [Latency-Jitter, Latency+Jitter].
	Latency, Jitter time.Duration
	// Drop is the share of requests (0 to 1) that get no answer: the
	// connection is closed, half the time before the request reaches the
	// node and half the time after (its effect happened, its answer is
	// lost).
	Drop float64
	// Seed seeds the proxy's randomness (jitter, drops), so a run can be
	// repeated.
	Seed uint64
	// Now is the clock of the rate limit; default time.Now.
	Now func() time.Time
	// MaxLogRange, if set, bounds the block range of an eth_getLogs call,
	// as public endpoints do (10,000 blocks is common; free tiers allow a
	// few hundred, some five): a call over more blocks, counted from its
	// fromBlock to its toBlock inclusive ("latest" and the other tags read
	// from the node, an absent fromBlock as "latest", an absent toBlock
	// as "latest", "earliest" as 0), is refused with JSON-RPC error -32602
	// (CodeRangeTooLarge) and never reaches the node. A query by block
	// hash covers one block. A request with a refused call is refused
	// whole, each of its calls answered with that error.
	MaxLogRange uint64
	// MaxLogs, if set, bounds the logs of one eth_getLogs answer, as some
	// public endpoints do (Infura: 10,000): a call whose answer from the
	// node holds more is answered instead with JSON-RPC error -32005, the
	// code of a rate limit, and Infura's message ("query returned more
	// than N results"). The call reaches the node; a request with such a
	// call is refused whole, each of its calls answered with that error.
	MaxLogs int
	// Refuse, if set, is asked about each call the proxy is about to
	// forward: a non-empty answer refuses the request with JSON-RPC error
	// -32603 (internal error) and that message, every call of it, and it
	// never reaches the node. A test's way of making a node fail a kind of
	// request for a while.
	Refuse func(method string, params json.RawMessage) string
	// BeforeSend, if set, is called with the raw transaction of each
	// eth_sendRawTransaction the proxy is about to forward, before the
	// node sees it: a test's way of acting just ahead of a client's
	// transaction (the proxy forwards it once BeforeSend returns).
	BeforeSend func(raw []byte)
}

func (o RPCProxyOptions) check() error {
	switch {
	case o.Rate < 0 || math.IsNaN(o.Rate) || math.IsInf(o.Rate, 0):
		return fmt.Errorf("localnet: RPCProxyOptions.Rate %v: want a finite rate >= 0", o.Rate)
	case o.Burst < 0 || math.IsNaN(o.Burst) || math.IsInf(o.Burst, 0):
		return fmt.Errorf("localnet: RPCProxyOptions.Burst %v: want a finite burst >= 0", o.Burst)
	case o.Latency < 0 || o.Jitter < 0 || o.Jitter > o.Latency:
		return fmt.Errorf("localnet: RPCProxyOptions latency %v ± %v: want 0 <= jitter <= latency", o.Latency, o.Jitter)
	case !(o.Drop >= 0 && o.Drop <= 1):
		return fmt.Errorf("localnet: RPCProxyOptions.Drop %v: want a share in [0, 1]", o.Drop)
	}
	return nil
}

// CodeLimitExceeded is the JSON-RPC error code of a refused call: "limit
// exceeded" (EIP-1474).
const CodeLimitExceeded = -32005

// CodeRangeTooLarge is the JSON-RPC error code of an eth_getLogs call
// refused for its block range (RPCProxyOptions.MaxLogRange): -32602,
// invalid params, which several providers use for it.
const CodeRangeTooLarge = -32602

// CodeInternalError is the JSON-RPC error code of a call RPCProxyOptions.
// Refuse refused: -32603, internal error.
const CodeInternalError = -32603

// RPCProxy is an HTTP JSON-RPC proxy on 127.0.0.1 in front of one node
// (an Anvil's http:// endpoint) that behaves like a public endpoint (see
// RPCProxyOptions) and counts the calls it receives, by method. It reads
// every request, so it sees single calls and batches alike.
type RPCProxy struct {
	opts   RPCProxyOptions
	target string
	srv    *http.Server
	ln     net.Listener
	client *http.Client
	done   chan struct{}

	mu       sync.Mutex
	rng      *rand.Rand
	tokens   float64
	refilled time.Time
	calls    map[string]int // by method, every call received
	requests int            // HTTP requests received
	limited  int            // calls refused for the rate
	dropped  int            // requests left unanswered
	ranged   int            // eth_getLogs calls refused for their range
	tooMany  int            // eth_getLogs calls refused for their answer's size
}

// NewRPCProxy listens on a free port of 127.0.0.1 and forwards JSON-RPC
// over HTTP to target, an http://127.0.0.1:PORT URL. Close stops it.
func NewRPCProxy(target string, o RPCProxyOptions) (*RPCProxy, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "http" || u.Hostname() != "127.0.0.1" {
		return nil, fmt.Errorf("localnet: RPC proxy target %q: want http://127.0.0.1:PORT", target)
	}
	if o.Burst == 0 {
		o.Burst = max(1, o.Rate)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &RPCProxy{
		opts: o, target: target, ln: ln, done: make(chan struct{}),
		client:   &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}},
		rng:      rand.New(rand.NewPCG(o.Seed, o.Seed^0x5e55)),
		tokens:   o.Burst,
		refilled: o.Now(),
		calls:    map[string]int{},
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		defer close(p.done)
		_ = p.srv.Serve(ln)
	}()
	return p, nil
}

// NewRPCProxy returns an RPCProxy in front of the net's Anvil node.
func (n *Net) NewRPCProxy(o RPCProxyOptions) (*RPCProxy, error) {
	return NewRPCProxy(n.RPC, o)
}

// URL returns the proxy's endpoint, http://127.0.0.1:PORT, for an agent's
// RPC_URL.
func (p *RPCProxy) URL() string { return "http://" + p.ln.Addr().String() }

// Close stops the proxy and waits for it.
func (p *RPCProxy) Close() error {
	err := p.srv.Close()
	<-p.done
	p.client.CloseIdleConnections()
	return err
}

// RPCCounts is what an RPCProxy has seen.
type RPCCounts struct {
	// Calls counts the JSON-RPC calls received, by method, those refused
	// or dropped included.
	Calls map[string]int
	// Requests counts HTTP requests (a batch is one).
	Requests int
	// Limited counts the calls refused for the rate.
	Limited int
	// Dropped counts the requests left unanswered.
	Dropped int
	// Ranged counts the eth_getLogs calls refused for their block range
	// (RPCProxyOptions.MaxLogRange).
	Ranged int
	// TooMany counts the eth_getLogs calls refused for the logs of their
	// answer (RPCProxyOptions.MaxLogs).
	TooMany int
}

// Total returns the number of calls received.
func (c RPCCounts) Total() int {
	n := 0
	for _, v := range c.Calls {
		n += v
	}
	return n
}

// String lists the calls by method, most frequent first, then the totals.
func (c RPCCounts) String() string {
	methods := make([]string, 0, len(c.Calls))
	for m := range c.Calls {
		methods = append(methods, m)
	}
	sort.Slice(methods, func(i, j int) bool {
		if c.Calls[methods[i]] != c.Calls[methods[j]] {
			return c.Calls[methods[i]] > c.Calls[methods[j]]
		}
		return methods[i] < methods[j]
	})
	var b bytes.Buffer
	for _, m := range methods {
		fmt.Fprintf(&b, "%s %d, ", m, c.Calls[m])
	}
	fmt.Fprintf(&b, "total %d (%d requests, %d limited, %d dropped, %d refused for their range, %d for too many logs)", c.Total(), c.Requests, c.Limited, c.Dropped, c.Ranged, c.TooMany)
	return b.String()
}

// Counts returns a copy of what the proxy has seen so far.
func (p *RPCProxy) Counts() RPCCounts {
	p.mu.Lock()
	defer p.mu.Unlock()
	calls := make(map[string]int, len(p.calls))
	for m, n := range p.calls {
		calls[m] = n
	}
	return RPCCounts{Calls: calls, Requests: p.requests, Limited: p.limited, Dropped: p.dropped, Ranged: p.ranged, TooMany: p.tooMany}
}

// Reset sets every count back to zero.
func (p *RPCProxy) Reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls, p.requests, p.limited, p.dropped, p.ranged, p.tooMany = map[string]int{}, 0, 0, 0, 0, 0
}

// rpcCall is the part of a JSON-RPC request the proxy reads.
type rpcCall struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// rpcError is a JSON-RPC error answer.
type rpcError struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcErrorBody    `json:"error"`
}

type rpcErrorBody struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// maxRPCBody bounds a request the proxy reads (a transaction carries at
// most a few tens of kilobytes here).
const maxRPCBody = 8 << 20

// ServeHTTP implements http.Handler.
func (p *RPCProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "localnet: the RPC proxy takes JSON-RPC over HTTP POST", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRPCBody+1))
	if err != nil || len(body) > maxRPCBody {
		http.Error(w, "localnet: request unreadable or too large", http.StatusBadRequest)
		return
	}
	calls, batch, err := parseCalls(body)
	if err != nil {
		http.Error(w, "localnet: "+err.Error(), http.StatusBadRequest)
		return
	}
	wait, delay, drop, dropAfter := p.admit(calls)
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if drop && !dropAfter {
		hangUp(w)
		return
	}
	if wait > 0 {
		p.refuse(w, calls, batch, wait)
		return
	}
	if p.opts.Refuse != nil {
		for _, c := range calls {
			if msg := p.opts.Refuse(c.Method, c.Params); msg != "" {
				answerError(w, calls, batch, rpcErrorBody{Code: CodeInternalError, Message: msg})
				return
			}
		}
	}
	if p.opts.MaxLogRange > 0 {
		msg, err := p.overRange(r.Context(), calls)
		if err != nil {
			http.Error(w, "localnet: upstream: "+err.Error(), http.StatusBadGateway)
			return
		}
		if msg != "" {
			answerError(w, calls, batch, rpcErrorBody{Code: CodeRangeTooLarge, Message: msg})
			return
		}
	}
	if p.opts.BeforeSend != nil {
		for _, c := range calls {
			if raw, ok := rawTransaction(c); ok {
				p.opts.BeforeSend(raw)
			}
		}
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.target, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, "localnet: upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "localnet: upstream: "+err.Error(), http.StatusBadGateway)
		return
	}
	if drop {
		hangUp(w) // the node acted; the answer is lost
		return
	}
	if p.opts.MaxLogs > 0 && resp.StatusCode == http.StatusOK {
		if n := p.tooManyLogs(calls, batch, out); n > 0 {
			answerError(w, calls, batch, rpcErrorBody{Code: CodeLimitExceeded,
				Message: fmt.Sprintf("query returned more than %d results. Try with a narrower block range (%d logs).", p.opts.MaxLogs, n)})
			return
		}
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// tooManyLogs returns the most logs an eth_getLogs answer in out (the
// node's answer to calls) holds past MaxLogs, counting each such call; 0
// when none holds more.
func (p *RPCProxy) tooManyLogs(calls []rpcCall, batch bool, out []byte) int {
	type answer struct {
		ID     json.RawMessage `json:"id"`
		Result json.RawMessage `json:"result"`
	}
	var answers []answer
	if batch {
		if json.Unmarshal(out, &answers) != nil {
			return 0
		}
	} else {
		var a answer
		if json.Unmarshal(out, &a) != nil {
			return 0
		}
		answers = []answer{a}
	}
	most := 0
	for _, c := range calls {
		if c.Method != "eth_getLogs" {
			continue
		}
		for _, a := range answers {
			var logs []json.RawMessage
			if !bytes.Equal(bytes.TrimSpace(a.ID), bytes.TrimSpace(c.ID)) || json.Unmarshal(a.Result, &logs) != nil || len(logs) <= p.opts.MaxLogs {
				continue
			}
			p.mu.Lock()
			p.tooMany++
			p.mu.Unlock()
			most = max(most, len(logs))
		}
	}
	return most
}

// rawTransaction returns the transaction an eth_sendRawTransaction call
// carries.
func rawTransaction(c rpcCall) ([]byte, bool) {
	var params []string
	if c.Method != "eth_sendRawTransaction" || json.Unmarshal(c.Params, &params) != nil || len(params) != 1 {
		return nil, false
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(params[0], "0x"))
	return raw, err == nil
}

// parseCalls reads a single call or a batch.
func parseCalls(body []byte) (calls []rpcCall, batch bool, err error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		if err := json.Unmarshal(body, &calls); err != nil {
			return nil, true, fmt.Errorf("malformed JSON-RPC batch: %w", err)
		}
		if len(calls) == 0 {
			return nil, true, errors.New("empty JSON-RPC batch")
		}
		return calls, true, nil
	}
	var c rpcCall
	if err := json.Unmarshal(body, &c); err != nil {
		return nil, false, fmt.Errorf("malformed JSON-RPC request: %w", err)
	}
	return []rpcCall{c}, false, nil
}

// admit counts calls and decides their fate: wait > 0 refuses them for
// the rate (the caller may come back after wait); delay is the latency to
// add; drop leaves the request unanswered, after forwarding it if
// dropAfter.
func (p *RPCProxy) admit(calls []rpcCall) (wait, delay time.Duration, drop, dropAfter bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.requests++
	for _, c := range calls {
		p.calls[c.Method]++
	}
	delay = p.opts.Latency
	if j := p.opts.Jitter; j > 0 {
		delay += time.Duration(p.rng.Int64N(int64(2*j)+1)) - j
	}
	if p.opts.Drop > 0 && p.rng.Float64() < p.opts.Drop {
		p.dropped++
		return 0, delay, true, p.rng.IntN(2) == 0
	}
	if p.opts.Rate > 0 {
		now := p.opts.Now()
		p.tokens = min(p.opts.Burst, p.tokens+now.Sub(p.refilled).Seconds()*p.opts.Rate)
		p.refilled = now
		need := float64(len(calls))
		if p.tokens < need {
			p.limited += len(calls)
			missing := min(need, p.opts.Burst) - p.tokens
			return time.Duration(missing / p.opts.Rate * float64(time.Second)), delay, false, false
		}
		p.tokens -= need
	}
	return 0, delay, false, false
}

// refuse answers calls refused for the rate.
func (p *RPCProxy) refuse(w http.ResponseWriter, calls []rpcCall, batch bool, wait time.Duration) {
	body := rpcErrorBody{Code: CodeLimitExceeded, Message: "rate limit exceeded",
		Data: map[string]float64{"allowed_rps": p.opts.Rate, "backoff_seconds": wait.Seconds()}}
	if !batch {
		// HTTP's Retry-After counts whole seconds; the body has the exact wait.
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		_ = json.NewEncoder(w).Encode(errorAnswer(calls[0], body))
		return
	}
	answerError(w, calls, batch, body)
}

// answerError answers every call with the error body, with HTTP 200.
func answerError(w http.ResponseWriter, calls []rpcCall, batch bool, body rpcErrorBody) {
	w.Header().Set("Content-Type", "application/json")
	if !batch {
		_ = json.NewEncoder(w).Encode(errorAnswer(calls[0], body))
		return
	}
	out := make([]rpcError, len(calls))
	for i, c := range calls {
		out[i] = errorAnswer(c, body)
	}
	_ = json.NewEncoder(w).Encode(out)
}

// errorAnswer is the error answer to call c.
func errorAnswer(c rpcCall, body rpcErrorBody) rpcError {
	id := c.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return rpcError{JSONRPC: "2.0", ID: id, Error: body}
}

// logFilter is the part of eth_getLogs's filter the range check reads.
type logFilter struct {
	FromBlock *string `json:"fromBlock"`
	ToBlock   *string `json:"toBlock"`
	BlockHash *string `json:"blockHash"`
}

// overRange returns the error message for the first eth_getLogs call of
// calls whose block range exceeds MaxLogRange ("" when none does). It
// reads the node's head when a bound is a tag.
func (p *RPCProxy) overRange(ctx context.Context, calls []rpcCall) (string, error) {
	var head *uint64
	bound := func(v *string) (uint64, error) {
		s := "latest"
		if v != nil {
			s = *v
		}
		switch s {
		case "earliest":
			return 0, nil
		case "latest", "pending", "safe", "finalized":
			if head == nil {
				h, err := p.blockNumber(ctx)
				if err != nil {
					return 0, err
				}
				head = &h
			}
			return *head, nil
		}
		n, err := strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64)
		if err != nil || !strings.HasPrefix(s, "0x") {
			return 0, fmt.Errorf("block %q is neither a tag nor a hex number", s)
		}
		return n, nil
	}
	for _, c := range calls {
		var params []logFilter
		if c.Method != "eth_getLogs" || json.Unmarshal(c.Params, &params) != nil || len(params) != 1 || params[0].BlockHash != nil {
			continue // the node judges what the proxy cannot read
		}
		from, err := bound(params[0].FromBlock)
		if err != nil {
			return err.Error(), nil
		}
		to, err := bound(params[0].ToBlock)
		if err != nil {
			return err.Error(), nil
		}
		if to >= from && to-from >= p.opts.MaxLogRange {
			p.mu.Lock()
			p.ranged++
			p.mu.Unlock()
			return fmt.Sprintf("query exceeds max block range %d: eth_getLogs from block %d to %d covers %d blocks", p.opts.MaxLogRange, from, to, to-from+1), nil
		}
	}
	return "", nil
}

// blockNumber asks the node for its head.
func (p *RPCProxy) blockNumber(ctx context.Context) (uint64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.target, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Result string `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	n, err := strconv.ParseUint(strings.TrimPrefix(out.Result, "0x"), 16, 64)
	if err != nil {
		return 0, fmt.Errorf("eth_blockNumber answered %q", out.Result)
	}
	return n, nil
}

// hangUp closes the client's connection without an answer.
func hangUp(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
			return
		}
	}
	panic(http.ErrAbortHandler) // net/http closes the connection, quietly
}

var _ http.Handler = (*RPCProxy)(nil)
