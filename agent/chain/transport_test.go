package chain

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// recordingServer answers each request with answer(n, body, w, r), n
// counting from 1; it records the bodies it got.
func recordingServer(t *testing.T, answer func(n int, body []byte, w http.ResponseWriter, r *http.Request)) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		n := len(bodies)
		mu.Unlock()
		answer(n, b, w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), bodies...)
	}
}

// limitedServer refuses the first refusals requests with status (and
// Retry-After ra, if not empty), then answers eth_chainId; it records the
// bodies it got.
func limitedServer(t *testing.T, refusals, status int, ra string) (*httptest.Server, func() []string) {
	t.Helper()
	return recordingServer(t, func(n int, _ []byte, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if n <= refusals {
			if ra != "" {
				w.Header().Set("Retry-After", ra)
			}
			w.WriteHeader(status)
			_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"rate limit exceeded"}}`)
			return
		}
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x539"}`)
	})
}

func dialThrough(t *testing.T, url string, tr http.RoundTripper) *ethclient.Client {
	t.Helper()
	rc, err := rpc.DialOptions(context.Background(), url, rpc.WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		t.Fatal(err)
	}
	c := ethclient.NewClient(rc)
	t.Cleanup(c.Close)
	return c
}

// TestRateLimitTransportHonoursRetryAfter: a call refused with 429 is
// sent again, with the same body, after exactly the Retry-After the
// server named, until it is answered; the caller sees only the answer.
func TestRateLimitTransportHonoursRetryAfter(t *testing.T) {
	srv, bodies := limitedServer(t, 2, http.StatusTooManyRequests, "2")
	clk := newFakeClock()
	c := dialThrough(t, srv.URL, &RateLimitTransport{Clock: clk})
	done := make(chan error, 1)
	go func() {
		id, err := c.ChainID(context.Background())
		if err == nil && id.Uint64() != 1337 {
			err = errors.New("wrong chain id " + id.String())
		}
		done <- err
	}()
	for i := range 2 {
		clk.WaitTimers(1, nil)
		clk.Advance(2*time.Second - time.Millisecond)
		if clk.Pending() != 1 {
			t.Fatalf("refusal %d: the wait ended before Retry-After had passed", i+1)
		}
		clk.Advance(time.Millisecond)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	b := bodies()
	if len(b) != 3 || b[0] != b[1] || b[1] != b[2] || !strings.Contains(b[0], "eth_chainId") {
		t.Fatalf("the server got %q; want the same call three times", b)
	}
}

// TestRateLimitTransportBacksOffWithoutRetryAfter: a 503 naming no wait
// is sent again after the backoff; other statuses are returned at once.
func TestRateLimitTransportBacksOffWithoutRetryAfter(t *testing.T) {
	srv, bodies := limitedServer(t, 1, http.StatusServiceUnavailable, "")
	clk := newFakeClock()
	c := dialThrough(t, srv.URL, &RateLimitTransport{Clock: clk, Backoff: Backoff{Min: time.Second, Max: time.Second}})
	done := make(chan error, 1)
	go func() { _, err := c.ChainID(context.Background()); done <- err }()
	clk.WaitTimers(1, nil)
	clk.Advance(time.Second)
	if err := <-done; err != nil || len(bodies()) != 2 {
		t.Fatalf("after one 503: %v, %d requests", err, len(bodies()))
	}

	srv2, bodies2 := limitedServer(t, 1, http.StatusUnauthorized, "1")
	c2 := dialThrough(t, srv2.URL, &RateLimitTransport{Clock: clk})
	var he rpc.HTTPError
	if _, err := c2.ChainID(context.Background()); !errors.As(err, &he) || he.StatusCode != http.StatusUnauthorized || len(bodies2()) != 1 {
		t.Fatalf("401: %v after %d requests; want it returned at once", err, len(bodies2()))
	}
}

// TestRateLimitTransportStopsWithTheContext: a wait ends with the call's
// context.
func TestRateLimitTransportStopsWithTheContext(t *testing.T) {
	srv, _ := limitedServer(t, 100, http.StatusTooManyRequests, "30")
	clk := newFakeClock()
	c := dialThrough(t, srv.URL, &RateLimitTransport{Clock: clk})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := c.ChainID(ctx); done <- err }()
	clk.WaitTimers(1, nil)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled during a wait: %v", err)
	}
}

func TestRetryAfterParses(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		v     string
		want  time.Duration
		named bool
	}{
		{"", 0, false}, {"3", 3 * time.Second, true}, {"-1", 0, false}, {"soon", 0, false},
		{now.Add(5 * time.Second).Format(http.TimeFormat), 5 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
	} {
		if got, named := retryAfter(c.v, now); got != c.want || named != c.named {
			t.Errorf("retryAfter(%q) = %v %v, want %v %v", c.v, got, named, c.want, c.named)
		}
	}
}

// losingServer closes the connection of the first lost requests without
// an answer (after reading them), then answers each call with the chain
// id; it records the bodies it got.
func losingServer(t *testing.T, lost int) (*httptest.Server, func() []string) {
	t.Helper()
	return recordingServer(t, func(n int, b []byte, w http.ResponseWriter, _ *http.Request) {
		if n <= lost {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				_ = conn.Close()
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(strings.TrimSpace(string(b)), "[") {
			_, _ = io.WriteString(w, `[{"jsonrpc":"2.0","id":1,"result":"0x539"},{"jsonrpc":"2.0","id":2,"result":"0x539"}]`)
			return
		}
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x539"}`)
	})
}

// TestRateLimitTransportAsksAgainWhenLost: a read that gets no answer is
// sent again after the backoff, up to MaxLost times; a transaction that
// gets none is returned to the caller at once (the node may have it).
func TestRateLimitTransportAsksAgainWhenLost(t *testing.T) {
	quick := Backoff{Min: time.Millisecond, Max: time.Millisecond}
	srv, bodies := losingServer(t, 2)
	c := dialThrough(t, srv.URL, &RateLimitTransport{Backoff: quick})
	id, err := c.ChainID(context.Background())
	if err != nil || id.Uint64() != 1337 {
		t.Fatalf("a read lost twice: %v, %v", id, err)
	}
	if b := bodies(); len(b) != 3 || b[0] != b[2] {
		t.Fatalf("the server got %q; want the same call three times", b)
	}

	srv, bodies = losingServer(t, 100)
	c = dialThrough(t, srv.URL, &RateLimitTransport{Backoff: quick, MaxLost: 2})
	if _, err := c.ChainID(context.Background()); err == nil || len(bodies()) != 3 {
		t.Fatalf("a read lost every time, MaxLost 2: %v after %d requests; want an error after 3", err, len(bodies()))
	}

	// The wait between is the backoff.
	srv, _ = losingServer(t, 1)
	clk := newFakeClock()
	c = dialThrough(t, srv.URL, &RateLimitTransport{Clock: clk, Backoff: Backoff{Min: time.Second, Max: time.Second}})
	done, returned := make(chan error, 1), make(chan struct{})
	go func() { _, err := c.ChainID(context.Background()); done <- err; close(returned) }()
	if !clk.WaitTimers(1, returned) {
		t.Fatalf("a read lost once: no wait (%v)", <-done)
	}
	clk.Advance(time.Second - time.Millisecond)
	if clk.Pending() != 1 {
		t.Fatal("the wait ended before the backoff had passed")
	}
	clk.Advance(time.Millisecond)
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	srv, bodies = losingServer(t, 1)
	rc, err := rpc.DialOptions(context.Background(), srv.URL, rpc.WithHTTPClient(&http.Client{Transport: &RateLimitTransport{Backoff: quick}}))
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.CallContext(context.Background(), nil, "eth_sendRawTransaction", "0x01"); err == nil || len(bodies()) != 1 {
		t.Fatalf("a transaction lost once: %v after %d requests; want the error at once", err, len(bodies()))
	}
	srv, bodies = losingServer(t, 1)
	rc2, err := rpc.DialOptions(context.Background(), srv.URL, rpc.WithHTTPClient(&http.Client{Transport: &RateLimitTransport{Backoff: quick}}))
	if err != nil {
		t.Fatal(err)
	}
	defer rc2.Close()
	batch := []rpc.BatchElem{{Method: "eth_chainId", Result: new(string)}, {Method: "eth_sendRawTransaction", Args: []any{"0x01"}, Result: new(string)}}
	if err := rc2.BatchCallContext(context.Background(), batch); err == nil || len(bodies()) != 1 {
		t.Fatalf("a batch with a transaction lost once: %v after %d requests; want the error at once", err, len(bodies()))
	}
}

func TestJSONRPCReadsOnly(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[]}`, true},
		{` [{"method":"eth_getLogs"},{"method":"eth_blockNumber"}]`, true},
		{`{"method":"eth_sendRawTransaction","params":["0x01"]}`, false},
		{`[{"method":"eth_chainId"},{"method":"eth_sendRawTransaction"}]`, false},
		{`{"method":"eth_getFilterChanges","params":["0x1"]}`, false},
		{`[]`, false},
		{`{"method":`, false},
		{``, false},
		{`{"id":1}`, false},
	} {
		if got := jsonRPCReadsOnly([]byte(c.body)); got != c.want {
			t.Errorf("%s: %v, want %v", c.body, got, c.want)
		}
	}
}
