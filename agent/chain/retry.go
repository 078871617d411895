package chain

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Backoff bounds the waits between retries: the first wait is Min, each
// further one doubles, none exceeds Max.
type Backoff struct {
	Min time.Duration
	Max time.Duration
}

// Delay returns the wait before retry number attempt (0-based): Min,
// doubling with each attempt, at most Max.
func (b Backoff) Delay(attempt int) time.Duration {
	d := b.Min
	for i := 0; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}

func (b Backoff) check(name string) error {
	if b.Min <= 0 || b.Max < b.Min {
		return errors.New("chain: " + name + " needs 0 < Min <= Max")
	}
	return nil
}

// sleep waits d on clk, or until ctx is done.
func sleep(ctx context.Context, clk Clock, d time.Duration) error {
	t := clk.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C():
		return nil
	}
}

// IsTransient reports whether an RPC error is worth retrying unchanged:
// the node could not be reached, the connection broke under the call, the
// call timed out, or the node said it is overloaded or rate-limited.
func IsTransient(err error) bool { return isTransient(err) }

// isTransient reports whether err is worth retrying unchanged: the node
// could not be reached or did not answer in time, or said it is overloaded.
// Everything else (a JSON-RPC error the node returned after looking at the
// request) is permanent for the caller to handle.
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == 429 || he.StatusCode >= 500
	}
	var re rpc.Error
	if errors.As(err, &re) {
		// -32005: "limit exceeded", the rate limit code of EIP-1474; but
		// not when it says the answer would hold too many logs: the same
		// query fails again however long one waits.
		return re.ErrorCode() == -32005 && !IsTooManyResults(err)
	}
	// Errors that crossed a process boundary as text, and a WebSocket
	// connection that broke under a call: gorilla's CloseError (code 1006,
	// "abnormal closure: unexpected EOF") wraps nothing errors.Is knows.
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "i/o timeout", "too many requests",
		"unexpected eof", "websocket: close 1006", "use of closed network connection"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// IsBehind reports whether an RPC error says the node lacks the block a
// call named, or took as its latest: a reorganisation under way (Anvil:
// "BlockOutOfRangeError: block height is 14 but requested was 15"), or a
// node behind the one that answered before, as behind a load balancer
// (geth: "header not found"; others: "unknown block"). Asking again later
// is the answer; retrying at once, unchanged, is not (IsTransient).
func IsBehind(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"blockoutofrange", "block out of range", "header not found", "unknown block"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Messages of geth's transaction pool, matched as text because they cross
// the RPC boundary as strings (other clients use the same wording).
// isNonceError is a nonce the node will not take for a new transaction:
// spent, beyond its limit of queued ones, or held by a transaction in its
// pool that the new one does not outbid (a nonce kept locally that another
// sender of the account took).
func isNonceError(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "nonce too high") ||
		strings.Contains(msg, "replacement transaction underpriced")
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}

func isAlreadyKnown(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "known transaction"))
}

// IsTooManyResults reports whether a node refused a log query because its
// answer would hold more logs than the node returns at once, rather than
// for its range or its rate limit: Infura's -32005 "query returned more
// than 10000 results", Alchemy's "Log response size exceeded". A narrower
// range is the answer; waiting and asking the same is not, though the code
// may be the rate limit's.
func IsTooManyResults(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "more than") && strings.Contains(msg, "results") ||
		strings.Contains(msg, "response size") && strings.Contains(msg, "exceed")
}

// rateLimited reports whether err says the node refused the request for
// its rate limit (HTTP 429, or JSON-RPC -32005 "limit exceeded", EIP-1474)
// and the wait it asks for, if it names one: the error data's
// "backoff_seconds" (Infura's form) or "retryAfter" (seconds).
func rateLimited(err error) (wait time.Duration, limited bool) {
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == 429 {
		return 0, true
	}
	var re rpc.Error
	if !errors.As(err, &re) || re.ErrorCode() != -32005 || IsTooManyResults(err) {
		return 0, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if m, ok := de.ErrorData().(map[string]any); ok {
			for _, k := range []string{"backoff_seconds", "retryAfter"} {
				if v, ok := m[k].(float64); ok && v > 0 && v < 3600 {
					return time.Duration(v * float64(time.Second)), true
				}
			}
		}
	}
	return 0, true
}

// maxRateLimited bounds how often one retrier call waits out a rate
// limit; these waits do not use up its retries.
const maxRateLimited = 100

// retrier runs RPC calls with a per-call timeout, retrying transient
// failures with backoff. A refusal for the node's rate limit is waited
// out (as long as the node asks, at least the backoff) without counting
// as a retry.
type retrier struct {
	clock   Clock
	backoff Backoff
	retries int           // retries after the first attempt
	timeout time.Duration // per call
}

// do calls f until it succeeds, fails permanently, ctx ends or the retries
// are used up; it returns f's last error.
func (r retrier) do(ctx context.Context, f func(ctx context.Context) error) error {
	limited := 0
	for attempt := 0; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		err := f(cctx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		d := r.backoff.Delay(attempt)
		if hint, ok := rateLimited(err); ok && limited < maxRateLimited {
			limited++
			attempt--
			d = max(r.backoff.Delay(limited-1), hint)
		} else if !isTransient(err) || attempt >= r.retries {
			return err
		}
		if err := sleep(ctx, r.clock, d); err != nil {
			return err
		}
	}
}
