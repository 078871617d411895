package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

type codeError struct{ code int }

func (e codeError) Error() string  { return fmt.Sprintf("rpc error %d", e.code) }
func (e codeError) ErrorCode() int { return e.code }

// messageError is a JSON-RPC error with a code and a message.
type messageError struct {
	code int
	msg  string
}

func (e messageError) Error() string  { return e.msg }
func (e messageError) ErrorCode() int { return e.code }

// tooManyLogs is Infura's answer to a log query of more than 10,000 logs:
// the rate limit's code, not its meaning.
var tooManyLogs = messageError{-32005, "query returned more than 10000 results. Try with this block range [0x1, 0x2]."}

type timeoutError struct{}

func (timeoutError) Error() string   { return "timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

var _ net.Error = timeoutError{}

func TestIsTransient(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{context.Canceled, false},
		{context.DeadlineExceeded, true},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{fmt.Errorf("post: %w", syscall.ECONNRESET), true},
		{io.ErrUnexpectedEOF, true},
		{timeoutError{}, true},
		{rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, true},
		{rpc.HTTPError{StatusCode: 429}, true},
		{rpc.HTTPError{StatusCode: 401}, false},
		{codeError{-32005}, true},
		{codeError{-32000}, false},
		{tooManyLogs, false},
		{fmt.Errorf("wrapped: %w", tooManyLogs), false},
		{messageError{-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"}, false},
		{errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), true},
		{errors.New("websocket: close 1006 (abnormal closure): unexpected EOF"), true},
		{errors.New("write tcp 127.0.0.1:1->127.0.0.1:2: use of closed network connection"), true},
		{errors.New("nonce too low"), false},
		{errors.New("insufficient funds for gas * price + value"), false},
		{errors.New("execution reverted"), false},
	} {
		if got := isTransient(c.err); got != c.want {
			t.Errorf("isTransient(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func TestIsTooManyResults(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{tooManyLogs, true},
		{messageError{-32602, "Log response size exceeded."}, true},
		{limitError{nil}, false},
		{codeError{-32005}, false},
		{errors.New("query exceeds max block range 10000"), false},
	} {
		if got := IsTooManyResults(c.err); got != c.want {
			t.Errorf("IsTooManyResults(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func TestAsRevert(t *testing.T) {
	if re, ok := asRevert(dataError{msg: "execution reverted: no", data: "0x08c379a0"}); !ok || len(re.Data) != 4 {
		t.Errorf("geth revert with data: %v %v", re, ok)
	}
	if re, ok := asRevert(errors.New("execution reverted")); !ok || re.Data != nil {
		t.Errorf("revert without data: %v %v", re, ok)
	}
	if _, ok := asRevert(errors.New("insufficient funds for transfer")); ok {
		t.Error("insufficient funds taken for a revert")
	}
	if !errors.Is(&RevertError{}, ErrReverted) {
		t.Error("RevertError does not wrap ErrReverted")
	}
}

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Min: time.Second, Max: 5 * time.Second}
	for attempt, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second} {
		if got := b.Delay(attempt); got != want {
			t.Errorf("delay(%d) = %v, want %v", attempt, got, want)
		}
	}
}

func TestFeeBump(t *testing.T) {
	for _, c := range []struct{ in, want int64 }{{0, 1}, {1, 2}, {10, 11}, {11, 13}, {1000, 1100}} {
		if got := bump10(big.NewInt(c.in)); got.Int64() != c.want {
			t.Errorf("bump10(%d) = %s, want %d", c.in, got, c.want)
		}
	}
	old := fees{tip: big.NewInt(100), cap: big.NewInt(1000)}
	// A market above the bump wins.
	f, ok := bumpFees(old, big.NewInt(200), big.NewInt(600), big.NewInt(10_000))
	if !ok || f.tip.Int64() != 200 || f.cap.Int64() != 1400 {
		t.Errorf("bump to market: %v %v %v", f.tip, f.cap, ok)
	}
	// A quiet market still gets the 10%.
	f, ok = bumpFees(old, big.NewInt(1), big.NewInt(1), big.NewInt(10_000))
	if !ok || f.tip.Int64() != 110 || f.cap.Int64() != 1100 {
		t.Errorf("bump in a quiet market: %v %v %v", f.tip, f.cap, ok)
	}
	// The market is clamped to the cap if the 10% fits under it.
	f, ok = bumpFees(old, big.NewInt(100), big.NewInt(600), big.NewInt(1200))
	if !ok || f.cap.Int64() != 1200 {
		t.Errorf("clamped bump: %v %v %v", f.tip, f.cap, ok)
	}
	if _, ok := bumpFees(old, big.NewInt(1), big.NewInt(1), big.NewInt(1099)); ok {
		t.Error("bumped above the cap")
	}
	if _, err := initialFees(big.NewInt(1), big.NewInt(10), big.NewInt(15)); err != nil {
		t.Errorf("initial fees clamped to the cap: %v", err)
	}
	if _, err := initialFees(big.NewInt(1), big.NewInt(10), big.NewInt(10)); !errors.Is(err, ErrFeeCapExceeded) {
		t.Errorf("initial fees over the cap: %v", err)
	}
}

// limitError is a JSON-RPC -32005 error with data, as a node refusing a
// call for its rate limit returns it (over WebSocket, or in a batch).
type limitError struct{ data any }

func (e limitError) Error() string  { return "rate limit exceeded" }
func (e limitError) ErrorCode() int { return -32005 }
func (e limitError) ErrorData() any { return e.data }

// TestRetrierWaitsOutRateLimits: refusals for the rate limit do not use
// up the retries, and each wait is as long as the node asks.
func TestRetrierWaitsOutRateLimits(t *testing.T) {
	clk := newFakeClock()
	r := retrier{clock: clk, backoff: Backoff{Min: 100 * time.Millisecond, Max: time.Second}, retries: 2, timeout: time.Second}
	refusals := 6 // more than the retries
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		err = r.do(context.Background(), func(context.Context) error {
			switch {
			case refusals > 0:
				refusals--
				return limitError{map[string]any{"backoff_seconds": 3.0}}
			case refusals == 0:
				refusals--
				return syscall.ECONNRESET // a transient failure still has its retries
			}
			return nil
		})
	}()
	for i := range 6 {
		if !clk.WaitTimers(1, done) {
			t.Fatalf("gave up after %d rate-limit refusals: %v", i, err)
		}
		clk.Advance(3*time.Second - time.Millisecond)
		if clk.Pending() != 1 {
			t.Fatalf("refusal %d: waited less than the 3 s the node asked", i+1)
		}
		clk.Advance(time.Millisecond)
	}
	if !clk.WaitTimers(1, done) {
		t.Fatalf("a reset after the rate-limit refusals was not retried: %v", err)
	}
	clk.Advance(100 * time.Millisecond)
	if <-done; err != nil {
		t.Fatalf("after 6 rate-limit refusals and a reset with 2 retries: %v", err)
	}
	for _, c := range []struct {
		err   error
		wait  time.Duration
		limit bool
	}{
		{limitError{map[string]any{"retryAfter": 0.5}}, 500 * time.Millisecond, true},
		{limitError{nil}, 0, true},
		{rpc.HTTPError{StatusCode: 429}, 0, true},
		{codeError{-32000}, 0, false},
		{tooManyLogs, 0, false},
		{fmt.Errorf("wrapped: %w", limitError{map[string]any{"backoff_seconds": 2.0}}), 2 * time.Second, true},
	} {
		if wait, limit := rateLimited(c.err); wait != c.wait || limit != c.limit {
			t.Errorf("rateLimited(%v) = %v %v, want %v %v", c.err, wait, limit, c.wait, c.limit)
		}
	}
}
