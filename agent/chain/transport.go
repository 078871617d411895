package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"
)

// RateLimitTransport is an http.RoundTripper for a JSON-RPC endpoint that
// limits the request rate, as public endpoints do: a request refused
// with HTTP 429 (Too Many Requests) or 503 (Service Unavailable) is sent
// again after the wait the server names in Retry-After (seconds or an
// HTTP date), or after Backoff when it names none, for as long as the
// request's context allows. The node did not act on a refused request,
// so sending it again is safe for every method, eth_sendRawTransaction
// included. A request that got no answer at all (the connection was lost,
// with the request perhaps delivered and acted on, as a public endpoint's
// load balancer may do) is sent again, up to MaxLost times with Backoff
// between, only when every call it carries reads (ReadOnlyMethod): a
// read asked twice changes nothing. Others, eth_sendRawTransaction among
// them, are returned to the caller as they failed: the Sender knows
// whether the node may have the transaction.
//
// Use it as the Transport of the http.Client an rpc.Client dials with
// (rpc.WithHTTPClient): every call of an agent then waits out a rate
// limit instead of failing.
type RateLimitTransport struct {
	// Base sends the requests; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Backoff is the wait when the server names none, doubling per
	// refusal. Zero means 250ms to 10s.
	Backoff Backoff
	// MaxWait caps a single wait, whatever the server asks. Zero means 30s.
	MaxWait time.Duration
	// MaxLost is how many times a read-only request that got no answer is
	// sent again. Zero means 5; negative, never.
	MaxLost int
	// Clock defaults to SystemClock.
	Clock Clock
	// Logger receives one line per refusal; nil discards.
	Logger *slog.Logger
}

var _ http.RoundTripper = (*RateLimitTransport)(nil)

// RoundTrip implements http.RoundTripper.
func (t *RateLimitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	backoff := t.Backoff
	if backoff == (Backoff{}) {
		backoff = Backoff{Min: 250 * time.Millisecond, Max: 10 * time.Second}
	}
	maxWait := t.MaxWait
	if maxWait <= 0 {
		maxWait = 30 * time.Second
	}
	clk := t.Clock
	if clk == nil {
		clk = SystemClock{}
	}
	maxLost := t.MaxLost
	if maxLost == 0 {
		maxLost = 5
	}
	lost := 0
	for attempt := 0; ; attempt++ {
		resp, err := base.RoundTrip(req)
		if err != nil {
			if req.Context().Err() != nil || lost >= maxLost || !readsOnly(req) {
				return nil, err
			}
			wait := min(backoff.Delay(lost), maxWait)
			lost++
			if t.Logger != nil {
				t.Logger.Debug("no answer from the RPC endpoint; asking again", "err", err, "wait", wait, "attempt", lost)
			}
			if err := sleep(req.Context(), clk, wait); err != nil {
				return nil, err
			}
		} else {
			if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
				return resp, nil
			}
			if req.Body != nil && req.GetBody == nil {
				return resp, nil // cannot be sent again
			}
			wait, named := retryAfter(resp.Header.Get("Retry-After"), clk.Now())
			if !named {
				wait = backoff.Delay(attempt)
			}
			wait = min(wait, maxWait)
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			_ = resp.Body.Close()
			if t.Logger != nil {
				t.Logger.Debug("rate limited by the RPC endpoint; waiting", "status", resp.StatusCode, "wait", wait, "attempt", attempt+1)
			}
			if err := sleep(req.Context(), clk, wait); err != nil {
				return nil, err
			}
		}
		next := req.Clone(req.Context())
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, errors.Join(errors.New("chain: resending a rate-limited request"), err)
			}
			next.Body = body
		}
		req = next
	}
}

// readsOnly reports whether every JSON-RPC call in req's body (one call
// or a batch) is a ReadOnlyMethod; false for a body that cannot be read
// again.
func readsOnly(req *http.Request) bool {
	if req.GetBody == nil {
		return req.Body == nil
	}
	body, err := req.GetBody()
	if err != nil {
		return false
	}
	defer body.Close()
	b, err := io.ReadAll(io.LimitReader(body, 1<<20))
	if err != nil {
		return false
	}
	return jsonRPCReadsOnly(b)
}

// jsonRPCReadsOnly reports whether every call in the JSON-RPC message b
// (one call or a batch) is a ReadOnlyMethod.
func jsonRPCReadsOnly(b []byte) bool {
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(t, &calls); err != nil {
			return false
		}
	} else {
		var c call
		if err := json.Unmarshal(t, &c); err != nil {
			return false
		}
		calls = []call{c}
	}
	for _, c := range calls {
		if !ReadOnlyMethod(c.Method) {
			return false
		}
	}
	return len(calls) > 0
}

// ReadOnlyMethod reports whether the JSON-RPC method only reads the
// node's state, so that asking again changes nothing. Filter methods are
// not among them (eth_getFilterChanges consumes what it returns), nor is
// eth_sendRawTransaction.
func ReadOnlyMethod(m string) bool {
	switch m {
	case "eth_chainId", "net_version", "web3_clientVersion", "eth_syncing",
		"eth_blockNumber", "eth_getBlockByNumber", "eth_getBlockByHash", "eth_getHeaderByNumber", "eth_getHeaderByHash",
		"eth_call", "eth_estimateGas", "eth_getLogs", "eth_getCode", "eth_getBalance", "eth_getStorageAt",
		"eth_getTransactionCount", "eth_getTransactionByHash", "eth_getTransactionReceipt", "eth_getBlockReceipts",
		"eth_gasPrice", "eth_maxPriorityFeePerGas", "eth_feeHistory", "eth_blobBaseFee":
		return true
	}
	return false
}

// retryAfter parses a Retry-After header: delay seconds or an HTTP date.
// named is false when there is none or it cannot be read.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseUint(v, 10, 32); err == nil {
		return time.Duration(s) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(0, at.Sub(now)), true
	}
	return 0, false
}
