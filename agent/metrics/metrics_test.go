package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// service is a JSON-RPC service on go-ethereum's real server: test_echo
// answers, test_fail fails with an ordinary error, test_limited with the
// rate-limit code -32005.
type service struct{}

func (service) Echo(s string) string { return s }
func (service) Fail() error          { return errors.New("boom") }
func (service) Limited() error       { return limitErr{} }

type limitErr struct{}

func (limitErr) Error() string  { return "limit exceeded" }
func (limitErr) ErrorCode() int { return -32005 }

func newServer(t *testing.T) *rpc.Server {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("test", service{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	return srv
}

func requests(m *Metrics, method string) float64 {
	return testutil.ToFloat64(m.rpcRequests.WithLabelValues(method))
}

func errs(m *Metrics, method string, class ErrorClass) float64 {
	return testutil.ToFloat64(m.rpcErrors.WithLabelValues(method, string(class)))
}

// exercise makes the same calls on c over any transport: two echoes, a
// batch of an echo and a failing call, a failing call and a rate-limited
// one.
func exercise(t *testing.T, c *rpc.Client) {
	t.Helper()
	ctx := context.Background()
	var out string
	for range 2 {
		if err := c.CallContext(ctx, &out, "test_echo", "hi"); err != nil || out != "hi" {
			t.Fatalf("echo: %q, %v", out, err)
		}
	}
	batch := []rpc.BatchElem{{Method: "test_echo", Args: []any{"a"}, Result: new(string)}, {Method: "test_fail", Result: new(string)}}
	if err := c.BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error == nil {
		t.Fatalf("batch: %v, %v, %v", err, batch[0].Error, batch[1].Error)
	}
	if err := c.CallContext(ctx, nil, "test_fail"); err == nil {
		t.Fatal("test_fail did not fail")
	}
	if err := c.CallContext(ctx, nil, "test_limited"); err == nil {
		t.Fatal("test_limited did not fail")
	}
}

func checkExercised(t *testing.T, m *Metrics) {
	t.Helper()
	if got := requests(m, "test_echo"); got != 3 {
		t.Errorf("test_echo requests %v, want 3", got)
	}
	if got := requests(m, "test_fail"); got != 2 {
		t.Errorf("test_fail requests %v, want 2", got)
	}
	if got := errs(m, "test_fail", ErrRPC); got != 2 {
		t.Errorf("test_fail rpc errors %v, want 2", got)
	}
	if got := errs(m, "test_echo", ErrRPC); got != 0 {
		t.Errorf("test_echo errors %v, want 0", got)
	}
	if got := errs(m, "test_limited", ErrRateLimit); got != 1 {
		t.Errorf("test_limited rate_limit errors %v, want 1", got)
	}
	if got := testutil.ToFloat64(m.rpcRateLimited); got != 1 {
		t.Errorf("rate limited %v, want 1", got)
	}
	if m.LastSuccess().IsZero() {
		t.Error("no RPC success recorded")
	}
}

func TestTransportCountsHTTP(t *testing.T) {
	hs := httptest.NewServer(newServer(t))
	defer hs.Close()
	m := MustNew(prometheus.NewRegistry())
	c, err := rpc.DialOptions(context.Background(), hs.URL, rpc.WithHTTPClient(&http.Client{Transport: m.Transport(nil)}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	exercise(t, c)
	checkExercised(t, m)
}

func TestWebsocketDialerCounts(t *testing.T) {
	hs := httptest.NewServer(newServer(t).WebsocketHandler([]string{"*"}))
	defer hs.Close()
	m := MustNew(prometheus.NewRegistry())
	c, err := rpc.DialOptions(context.Background(), "ws"+strings.TrimPrefix(hs.URL, "http"), rpc.WithWebsocketDialer(m.WebsocketDialer()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	exercise(t, c)
	checkExercised(t, m)
	// A message larger than the 1 KiB write buffer goes out in several
	// frames: still one request.
	var out string
	long := strings.Repeat("x", 5000)
	if err := c.CallContext(context.Background(), &out, "test_echo", long); err != nil || out != long {
		t.Fatalf("long echo: %d bytes, %v", len(out), err)
	}
	if got := requests(m, "test_echo"); got != 4 {
		t.Errorf("test_echo requests %v, want 4", got)
	}
	if got := requests(m, "unknown"); got != 0 {
		t.Errorf("%v unknown requests", got)
	}
}

// TestTransportRateLimitStatus: an endpoint answering HTTP 429 (as a
// public endpoint's rate limit does) counts every call of the request as
// rate-limited, and is no RPC success.
func TestTransportRateLimitStatus(t *testing.T) {
	status := http.StatusTooManyRequests
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(status)
	}))
	defer hs.Close()
	m := MustNew(prometheus.NewRegistry())
	c, err := rpc.DialOptions(context.Background(), hs.URL, rpc.WithHTTPClient(&http.Client{Transport: m.Transport(nil)}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	batch := []rpc.BatchElem{{Method: "eth_blockNumber", Result: new(string)}, {Method: "eth_chainId", Result: new(string)}}
	if err := c.BatchCallContext(context.Background(), batch); err == nil {
		t.Fatal("a 429 batch succeeded")
	}
	if errs(m, "eth_blockNumber", ErrHTTP429) != 1 || errs(m, "eth_chainId", ErrHTTP429) != 1 || testutil.ToFloat64(m.rpcRateLimited) != 1 {
		t.Errorf("429: %v %v %v", errs(m, "eth_blockNumber", ErrHTTP429), errs(m, "eth_chainId", ErrHTTP429), testutil.ToFloat64(m.rpcRateLimited))
	}
	status = http.StatusBadGateway
	if err := c.CallContext(context.Background(), nil, "eth_blockNumber"); err == nil {
		t.Fatal("a 502 succeeded")
	}
	if errs(m, "eth_blockNumber", ErrHTTPStatus) != 1 || testutil.ToFloat64(m.rpcRateLimited) != 1 {
		t.Error("a 502 not counted as http_status alone")
	}
	if !m.LastSuccess().IsZero() {
		t.Error("an RPC success recorded with no answer")
	}
	hs.Close()
	if err := c.CallContext(context.Background(), nil, "eth_blockNumber"); err == nil {
		t.Fatal("a closed server answered")
	}
	if errs(m, "eth_blockNumber", ErrTransport) != 1 {
		t.Error("a refused connection not counted as a transport error")
	}
}

func TestMethodLabel(t *testing.T) {
	for in, want := range map[string]string{"eth_getLogs": "eth_getLogs", "": "other", "a b": "other", "x\"y": "other", strings.Repeat("a", 65): "other"} {
		if got := MethodLabel(in); got != want {
			t.Errorf("MethodLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMalformedAnswer(t *testing.T) {
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html>not json</html>")
	}))
	defer hs.Close()
	m := MustNew(prometheus.NewRegistry())
	c, err := rpc.DialOptions(context.Background(), hs.URL, rpc.WithHTTPClient(&http.Client{Transport: m.Transport(nil)}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(context.Background(), nil, "eth_chainId"); err == nil {
		t.Fatal("a malformed answer succeeded")
	}
	if errs(m, "unknown", ErrMalformed) != 1 || requests(m, "eth_chainId") != 1 {
		t.Error("a malformed answer not counted")
	}
}

func TestHandlerAndReadiness(t *testing.T) {
	reg := prometheus.NewRegistry()
	now := time.Unix(1_800_000_000, 0)
	m, err := New(reg, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(reg, nil); err == nil {
		t.Error("registering twice on one registry succeeded")
	}
	caught, stopped := make(chan struct{}), make(chan struct{})
	r := Readiness{CaughtUp: caught, Stopped: stopped}
	h := Handler(reg, func() error { return m.Check(r) })
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, ErrNotCaughtUp.Error()) {
		t.Errorf("/readyz before catching up: %d %q", code, body)
	}
	close(caught)
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "never answered") {
		t.Errorf("/readyz with no RPC: %d %q", code, body)
	}
	m.succeeded()
	m.Head(120)
	m.Processed(100)
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "20 blocks") {
		t.Errorf("/readyz 20 blocks behind: %d %q", code, body)
	}
	m.Processed(119)
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready: %d %q", code, body)
	}
	now = now.Add(time.Minute)
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "1m0s ago") {
		t.Errorf("/readyz a minute after the last answer: %d %q", code, body)
	}
	m.succeeded()
	close(stopped)
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, ErrStopped.Error()) {
		t.Errorf("/readyz after stopping: %d %q", code, body)
	}
	m.SessionPhases(map[string]int{"commit": 2})
	m.SessionEnded("established")
	m.TxSent()
	m.TxFailed(TxReverted)
	m.Reorg()
	m.ObserveInference(InferenceModel, 30*time.Millisecond)
	code, body := get("/metrics")
	for _, want := range []string{
		`sessionkeystore_sessions{phase="commit"} 2`, `sessionkeystore_sessions_ended_total{outcome="established"} 1`,
		`sessionkeystore_transactions_sent_total 1`, `sessionkeystore_transactions_failed_total{reason="reverted"} 1`,
		`sessionkeystore_reorgs_total 1`, `sessionkeystore_head_lag_blocks 1`, `sessionkeystore_head_block 120`,
		`sessionkeystore_inference_seconds_bucket{stage="model",le="0.0625"} 1`, `sessionkeystore_rpc_last_success_timestamp_seconds 1.80000006e+09`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics (%d) lacks %q", code, want)
		}
	}
	if t.Failed() {
		t.Log(body)
	}
}

// A nil *Metrics records nothing and does not panic.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.TxSent()
	m.TxFailed(TxError)
	m.TxReplaced()
	m.Head(3)
	m.Processed(2)
	m.Reorg()
	m.SessionEnded("failed")
	m.SessionPhases(nil)
	m.OneTimeKeys(3)
	m.ObserveInference(InferenceVerdict, time.Second)
	if m.HeadLag() != 0 || !m.LastSuccess().IsZero() {
		t.Error("nil metrics report values")
	}
	if m.Transport(http.DefaultTransport) != http.DefaultTransport {
		t.Error("nil metrics wrap the transport")
	}
}

// What Gather reads in-process is what Scrape reads over HTTP.
func TestGatherAndScrapeAgree(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := MustNew(reg)
	m.rpcRequests.WithLabelValues("eth_getLogs").Add(3)
	m.rpcRequests.WithLabelValues("eth_blockNumber").Inc()
	m.TxSent()
	m.ObserveInference(InferenceModel, time.Second)
	hs := httptest.NewServer(Handler(reg, func() error { return nil }))
	defer hs.Close()
	scraped, err := Scrape(context.Background(), hs.URL+"/metrics")
	if err != nil {
		t.Fatal(err)
	}
	gathered, err := Gather(reg)
	if err != nil {
		t.Fatal(err)
	}
	if len(scraped) != len(gathered) || len(scraped) < 5 {
		t.Fatalf("scraped %d samples, gathered %d", len(scraped), len(gathered))
	}
	for k, v := range gathered {
		if scraped[k] != v {
			t.Errorf("%s: scraped %v, gathered %v", k, scraped[k], v)
		}
	}
	rpc := RPCRequests(scraped)
	if len(rpc) != 2 || rpc["eth_getLogs"] != 3 || rpc["eth_blockNumber"] != 1 {
		t.Errorf("RPCRequests %v", rpc)
	}
	if scraped[`sessionkeystore_inference_seconds_count{stage="model"}`] != 1 || scraped["sessionkeystore_transactions_sent_total"] != 1 {
		t.Errorf("samples %v", scraped)
	}
	if _, err := Scrape(context.Background(), hs.URL+"/nothing"); err == nil {
		t.Error("scraping a 404 succeeded")
	}
}

// The head lag follows whichever of the head and the processed block
// moved last.
func TestHeadLag(t *testing.T) {
	m := MustNew(prometheus.NewRegistry())
	m.Head(10)
	m.Processed(8)
	if m.HeadLag() != 2 {
		t.Fatalf("head 10, processed 8: lag %d", m.HeadLag())
	}
	m.Head(15)
	if m.HeadLag() != 7 || testutil.ToFloat64(m.headLag) != 7 {
		t.Fatalf("head 15, processed 8: lag %d", m.HeadLag())
	}
	m.Head(12) // an older head changes nothing
	m.Processed(15)
	if m.HeadLag() != 0 || testutil.ToFloat64(m.headBlock) != 15 {
		t.Fatalf("head 15, processed 15: lag %d", m.HeadLag())
	}
}

// The pool gauge reads what it was last set to.
func TestOneTimeKeysGauge(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := MustNew(reg)
	m.OneTimeKeys(7)
	m.OneTimeKeys(5)
	m.HybridOneTimeKeys(2)
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{Namespace + "_one_time_keys_fresh": 5, Namespace + "_hybrid_one_time_keys_fresh": 2}
	for _, f := range fams {
		if w, ok := want[f.GetName()]; ok {
			if v := f.GetMetric()[0].GetGauge().GetValue(); v != w {
				t.Errorf("%s = %v, want %v", f.GetName(), v, w)
			}
			delete(want, f.GetName())
		}
	}
	if len(want) != 0 {
		t.Errorf("gauges missing: %v", want)
	}
}
