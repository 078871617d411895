package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Handler serves /metrics (the collectors of g in the Prometheus text
// format), /healthz (200 while the process serves HTTP at all) and /readyz
// (200 when ready returns nil, else 503 with its error).
func Handler(g prometheus.Gatherer, ready func() error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := ready(); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "not ready:", err)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	return mux
}

// Readiness is what /readyz checks.
type Readiness struct {
	// CaughtUp is closed once the agent has caught up with the chain head
	// (agent.Agent.Ready).
	CaughtUp <-chan struct{}
	// Stopped is closed when the agent has stopped (agent.Agent.Done).
	Stopped <-chan struct{}
	// MaxLag is the most blocks the agent may be behind the head and be
	// ready. Zero means 10.
	MaxLag uint64
	// Recent is how long ago the last RPC success may be. Zero means 30s.
	Recent time.Duration
}

// Errors /readyz reports.
var (
	ErrNotCaughtUp = errors.New("still catching up with the chain")
	ErrStopped     = errors.New("the agent has stopped")
	ErrBehind      = errors.New("behind the chain head")
	ErrNoRPC       = errors.New("no recent RPC success")
)

// Check returns nil when the agent is ready: it has caught up, has not
// stopped, is at most MaxLag blocks behind the head, and its node
// answered within Recent.
func (m *Metrics) Check(r Readiness) error {
	if r.MaxLag == 0 {
		r.MaxLag = 10
	}
	if r.Recent == 0 {
		r.Recent = 30 * time.Second
	}
	select {
	case <-r.Stopped:
		return ErrStopped
	default:
	}
	select {
	case <-r.CaughtUp:
	default:
		return ErrNotCaughtUp
	}
	if lag := m.HeadLag(); lag > r.MaxLag {
		return fmt.Errorf("%w: %d blocks", ErrBehind, lag)
	}
	if m == nil {
		return nil
	}
	last := m.LastSuccess()
	if last.IsZero() {
		return fmt.Errorf("%w: the node never answered", ErrNoRPC)
	}
	if age := m.now().Sub(last); age > r.Recent {
		return fmt.Errorf("%w: the node last answered %s ago", ErrNoRPC, age.Round(time.Second))
	}
	return nil
}

// Listen opens the listener of the metrics server at addr (host:port;
// port 0 picks a free one: ln.Addr() says which).
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listening on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve serves h on ln until ctx ends, then shuts the server down (which
// closes ln). A serving error other than the shutdown is sent on the
// returned channel, which is closed when the server has stopped.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) <-chan error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	out := make(chan error, 1)
	go func() {
		defer close(out)
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			out <- err
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	return out
}
