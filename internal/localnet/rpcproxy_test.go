package localnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// node is a JSON-RPC server that answers every call with its method name
// and counts the HTTP requests that reach it; with head set, it answers
// eth_blockNumber with it instead (in hex).
type node struct {
	srv  *httptest.Server
	hits atomic.Int64
	head atomic.Uint64
	logs atomic.Int64 // when not 0, eth_getLogs answers this many logs
}

func newNode(t *testing.T) *node {
	t.Helper()
	n := &node{}
	n.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.hits.Add(1)
		body, _ := io.ReadAll(r.Body)
		calls, batch, err := parseCalls(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		type answer struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Result  any             `json:"result"`
		}
		var out []answer
		for _, c := range calls {
			var res any = c.Method
			if h := n.head.Load(); h > 0 && c.Method == "eth_blockNumber" {
				res = fmt.Sprintf("%#x", h)
			}
			if k := n.logs.Load(); k > 0 && c.Method == "eth_getLogs" {
				res = make([]struct{}, k)
			}
			out = append(out, answer{"2.0", c.ID, res})
		}
		w.Header().Set("Content-Type", "application/json")
		if batch {
			_ = json.NewEncoder(w).Encode(out)
		} else {
			_ = json.NewEncoder(w).Encode(out[0])
		}
	}))
	t.Cleanup(n.srv.Close)
	return n
}

// clock is a hand-advanced clock for the rate limit.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func startProxy(t *testing.T, target string, o RPCProxyOptions) *RPCProxy {
	t.Helper()
	p, err := NewRPCProxy(target, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func post(t *testing.T, url, body string) (*http.Response, []byte, error) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

func TestRPCProxyForwardsAndCountsByMethod(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{})
	resp, body, err := post(t, p.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)
	if err != nil || resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`"result":"eth_blockNumber"`)) {
		t.Fatalf("single call: %v %v %s", err, resp, body)
	}
	_, body, err = post(t, p.URL(), `[{"jsonrpc":"2.0","id":2,"method":"eth_getLogs"},{"jsonrpc":"2.0","id":3,"method":"eth_blockNumber"}]`)
	if err != nil || !bytes.Contains(body, []byte(`"result":"eth_getLogs"`)) {
		t.Fatalf("batch: %v %s", err, body)
	}
	c := p.Counts()
	if c.Calls["eth_blockNumber"] != 2 || c.Calls["eth_getLogs"] != 1 || c.Total() != 3 || c.Requests != 2 || c.Limited != 0 || c.Dropped != 0 {
		t.Fatalf("counts %v", c)
	}
	if got := c.String(); !strings.HasPrefix(got, "eth_blockNumber 2, eth_getLogs 1, total 3") {
		t.Fatalf("String() = %q", got)
	}
	p.Reset()
	if c := p.Counts(); c.Total() != 0 || c.Requests != 0 {
		t.Fatalf("after Reset: %v", c)
	}
}

func TestRPCProxyRefusesMalformedRequests(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{})
	for _, body := range []string{`{"jsonrpc":`, `[]`, `[1,2]`, `nonsense`} {
		resp, _, err := post(t, p.URL(), body)
		if err != nil || resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%q: %v %v, want 400", body, err, resp)
		}
	}
	if n.hits.Load() != 0 {
		t.Fatalf("malformed requests reached the node %d times", n.hits.Load())
	}
}

// TestRPCProxyRateLimit: past Rate calls per second a single call gets
// HTTP 429 with Retry-After and error -32005 naming the wait, a batch
// error -32005 for each call; none reaches the node; calls pass again
// once the bucket has refilled.
func TestRPCProxyRateLimit(t *testing.T) {
	n := newNode(t)
	clk := &clock{now: time.Unix(1_000_000, 0)}
	p := startProxy(t, n.srv.URL, RPCProxyOptions{Rate: 10, Now: clk.Now})
	call := `{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}`
	for i := range 10 {
		if resp, _, err := post(t, p.URL(), call); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("call %d within the burst: %v %v", i, err, resp)
		}
	}
	resp, body, err := post(t, p.URL(), call)
	if err != nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("call past the rate: %v %v, want 429", err, resp)
	}
	if ra := resp.Header.Get("Retry-After"); ra != "1" {
		t.Errorf("Retry-After %q, want 1 (whole seconds, rounded up)", ra)
	}
	var e rpcError
	if err := json.Unmarshal(body, &e); err != nil || e.Error.Code != CodeLimitExceeded || string(e.ID) != "7" {
		t.Fatalf("429 body %s: %v", body, err)
	}
	if d, _ := e.Error.Data.(map[string]any); d == nil || d["backoff_seconds"].(float64) < 0.09 || d["backoff_seconds"].(float64) > 0.11 {
		t.Errorf("data %v, want backoff_seconds 0.1 (one call at 10/s)", e.Error.Data)
	}
	_, body, err = post(t, p.URL(), `[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","id":2,"method":"b"}]`)
	var es []rpcError
	if err != nil || json.Unmarshal(body, &es) != nil || len(es) != 2 || es[0].Error.Code != CodeLimitExceeded || es[1].Error.Code != CodeLimitExceeded {
		t.Fatalf("batch past the rate: %v %s", err, body)
	}
	if got := n.hits.Load(); got != 10 {
		t.Fatalf("the node saw %d requests, want the 10 admitted", got)
	}
	clk.Add(100 * time.Millisecond)
	if resp, _, err := post(t, p.URL(), call); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("after 100ms at 10/s: %v %v, want admitted", err, resp)
	}
	if c := p.Counts(); c.Limited != 3 || c.Calls["eth_chainId"] != 12 {
		t.Fatalf("counts %v, want 3 limited and 12 eth_chainId", c)
	}
}

// TestRPCProxyDrops: a dropped request gets no answer, and some dropped
// requests reached the node first.
func TestRPCProxyDrops(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{Drop: 1, Seed: 3})
	for range 20 {
		if resp, _, err := post(t, p.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction"}`); err == nil {
			t.Fatalf("a dropped request was answered: %v", resp.Status)
		}
	}
	if c := p.Counts(); c.Dropped != 20 {
		t.Fatalf("counts %v, want 20 dropped", c)
	}
	if h := n.hits.Load(); h == 0 || h == 20 {
		t.Fatalf("the node saw %d of 20 dropped requests; want some before and some after", h)
	}
}

func TestRPCProxyLatency(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{Latency: 80 * time.Millisecond, Jitter: 20 * time.Millisecond})
	start := time.Now()
	if _, _, err := post(t, p.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 60*time.Millisecond {
		t.Fatalf("answered after %v, want at least latency - jitter = 60ms", d)
	}
}

// TestRPCProxyMaxLogRange: an eth_getLogs call over more than MaxLogRange
// blocks, its tags read as the node's head, is refused with -32602 and
// never reaches the node; one within the range, or by block hash, passes.
func TestRPCProxyMaxLogRange(t *testing.T) {
	n := newNode(t)
	n.head.Store(1000)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{MaxLogRange: 100})
	call := func(filter string) string {
		return `{"jsonrpc":"2.0","id":7,"method":"eth_getLogs","params":[` + filter + `]}`
	}
	for _, c := range []struct {
		filter string
		ok     bool
	}{
		{`{"fromBlock":"0x1","toBlock":"0x64"}`, true},       // 100 blocks
		{`{"fromBlock":"0x1","toBlock":"0x65"}`, false},      // 101
		{`{"fromBlock":"0x385","toBlock":"latest"}`, true},   // 901..1000
		{`{"fromBlock":"0x384","toBlock":"latest"}`, false},  // 900..1000
		{`{"fromBlock":"0x384"}`, false},                     // toBlock absent: latest
		{`{"fromBlock":"earliest","toBlock":"0x63"}`, true},  // 0..99
		{`{"fromBlock":"earliest","toBlock":"0x64"}`, false}, // 0..100
		{`{}`, true}, // latest..latest
		{`{"fromBlock":"0x10","toBlock":"0x5"}`, true},               // empty: the node's to judge
		{`{"blockHash":"0x` + strings.Repeat("ab", 32) + `"}`, true}, // one block
	} {
		before := n.hits.Load()
		_, body, err := post(t, p.URL(), call(c.filter))
		if err != nil {
			t.Fatal(err)
		}
		reached := n.hits.Load() - before
		refused := bytes.Contains(body, []byte(`"code":-32602`)) && bytes.Contains(body, []byte("max block range 100"))
		if c.ok && (refused || reached == 0) || !c.ok && (!refused || reached > 1) {
			t.Errorf("%s: answered %s (reached the node %d times), want ok=%v", c.filter, body, reached, c.ok)
		}
	}
	_, body, err := post(t, p.URL(), `[`+call(`{"fromBlock":"0x1","toBlock":"0x2"}`)+`,`+call(`{"fromBlock":"0x0","toBlock":"0x3e8"}`)+`]`)
	if err != nil || bytes.Count(body, []byte(`"code":-32602`)) != 2 {
		t.Errorf("a batch with one call over the range: %v %s, want both refused", err, body)
	}
	if c := p.Counts(); c.Ranged != 5 {
		t.Errorf("Ranged = %d, want 5", c.Ranged)
	}
}

// TestRPCProxyMaxLogs: an eth_getLogs answer of more logs than MaxLogs
// is replaced by Infura's -32005 "more than N results", a batch holding
// one whole; answers within the bound, and other calls, pass.
func TestRPCProxyMaxLogs(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{MaxLogs: 3})
	getLogs := `{"jsonrpc":"2.0","id":7,"method":"eth_getLogs","params":[{"fromBlock":"0x1","toBlock":"0x2"}]}`
	for _, c := range []struct {
		logs int64
		ok   bool
	}{{1, true}, {3, true}, {4, false}, {100, false}} {
		n.logs.Store(c.logs)
		_, body, err := post(t, p.URL(), getLogs)
		if err != nil {
			t.Fatal(err)
		}
		refused := bytes.Contains(body, []byte(`"code":-32005`)) && bytes.Contains(body, []byte("query returned more than 3 results"))
		if refused == c.ok || !c.ok && !bytes.Contains(body, []byte(`"id":7`)) {
			t.Errorf("%d logs: answered %s, want ok=%v", c.logs, body, c.ok)
		}
	}
	_, body, err := post(t, p.URL(), `[`+getLogs+`,{"jsonrpc":"2.0","id":8,"method":"eth_chainId","params":[]}]`)
	if err != nil || bytes.Count(body, []byte(`"code":-32005`)) != 2 {
		t.Errorf("a batch with an answer of too many logs: %v %s, want both refused", err, body)
	}
	n.logs.Store(0)
	_, body, err = post(t, p.URL(), `{"jsonrpc":"2.0","id":9,"method":"eth_chainId","params":[]}`)
	if err != nil || !bytes.Contains(body, []byte(`"result":"eth_chainId"`)) {
		t.Errorf("another call: %v %s", err, body)
	}
	if c := p.Counts(); c.TooMany != 3 {
		t.Errorf("TooMany = %d, want 3", c.TooMany)
	}
}

// TestRPCProxyRefuse: a call Refuse answers is refused with -32603 and
// its message, and never reaches the node; the others pass.
func TestRPCProxyRefuse(t *testing.T) {
	n := newNode(t)
	p := startProxy(t, n.srv.URL, RPCProxyOptions{Refuse: func(method string, params json.RawMessage) string {
		if method == "eth_getLogs" && bytes.Contains(params, []byte(`"topics":[null,[`)) {
			return "no session logs now"
		}
		return ""
	}})
	_, body, err := post(t, p.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{"topics":[null,["0x01"]]}]}`)
	if err != nil || !bytes.Contains(body, []byte(`"code":-32603`)) || !bytes.Contains(body, []byte("no session logs now")) || n.hits.Load() != 0 {
		t.Fatalf("refused call: %v %s (reached the node %d times)", err, body, n.hits.Load())
	}
	_, body, err = post(t, p.URL(), `{"jsonrpc":"2.0","id":2,"method":"eth_getLogs","params":[{"topics":[["0x02"]]}]}`)
	if err != nil || !bytes.Contains(body, []byte(`"result":"eth_getLogs"`)) {
		t.Fatalf("other call: %v %s", err, body)
	}
}

func TestRPCProxyOptionsChecked(t *testing.T) {
	for _, o := range []RPCProxyOptions{{Rate: -1}, {Drop: 1.5}, {Latency: time.Millisecond, Jitter: time.Second}, {Burst: -2}} {
		if _, err := NewRPCProxy("http://127.0.0.1:1", o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
	for _, target := range []string{"ws://127.0.0.1:1", "http://example.com:80", "::"} {
		if _, err := NewRPCProxy(target, RPCProxyOptions{}); err == nil {
			t.Errorf("target %q accepted", target)
		}
	}
}
