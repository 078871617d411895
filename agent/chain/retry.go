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

// delay returns the wait before retry number attempt (0-based).
func (b Backoff) delay(attempt int) time.Duration {
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
		// -32005: "limit exceeded", the rate limit code of EIP-1474.
		return re.ErrorCode() == -32005
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

// Messages of geth's transaction pool, matched as text because they cross
// the RPC boundary as strings (other clients use the same wording).
func isNonceError(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "nonce too low") || strings.Contains(err.Error(), "nonce too high"))
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}

func isAlreadyKnown(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "known transaction"))
}

// retrier runs RPC calls with a per-call timeout, retrying transient
// failures with backoff.
type retrier struct {
	clock   Clock
	backoff Backoff
	retries int           // retries after the first attempt
	timeout time.Duration // per call
}

// do calls f until it succeeds, fails permanently, ctx ends or the retries
// are used up; it returns f's last error.
func (r retrier) do(ctx context.Context, f func(ctx context.Context) error) error {
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
		if !isTransient(err) || attempt >= r.retries {
			return err
		}
		if err := sleep(ctx, r.clock, r.backoff.delay(attempt)); err != nil {
			return err
		}
	}
}
