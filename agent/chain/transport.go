package chain

import (
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
// included; a request that failed in any other way (a connection lost
// with the request perhaps delivered) is returned to the caller as is.
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
	for attempt := 0; ; attempt++ {
		resp, err := base.RoundTrip(req)
		if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
			return resp, err
		}
		if req.Body != nil && req.GetBody == nil {
			return resp, nil // cannot be sent again
		}
		wait, named := retryAfter(resp.Header.Get("Retry-After"), clk.Now())
		if !named {
			wait = backoff.delay(attempt)
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
