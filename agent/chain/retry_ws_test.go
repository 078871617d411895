package chain

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// slowService answers after a pause, so that a call can be in flight when
// its connection is cut.
type slowService struct{ entered chan struct{} }

func (s *slowService) Wait(ctx context.Context) (string, error) {
	s.entered <- struct{}{}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(10 * time.Second):
		return "late", nil
	}
}

// TestIsTransientWebSocketCut cuts the TCP connection under a WebSocket
// RPC client while a call is in flight and checks that the error the call
// returns counts as transient: a cut is a network failure, and a sender
// that gave up on it would fail a session for it.
func TestIsTransientWebSocketCut(t *testing.T) {
	srv := rpc.NewServer()
	defer srv.Stop()
	svc := &slowService{entered: make(chan struct{}, 1)}
	if err := srv.RegisterName("test", svc); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// Keep the server's side of every connection, to cut it.
	var mu sync.Mutex
	var conns []net.Conn
	hs := &http.Server{
		Handler: srv.WebsocketHandler([]string{"*"}),
		ConnState: func(c net.Conn, st http.ConnState) {
			if st == http.StateNew {
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
			}
		},
	}
	go hs.Serve(ln)
	defer hs.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := rpc.DialContext(ctx, "ws://"+ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	errc := make(chan error, 1)
	go func() {
		var out string
		errc <- c.CallContext(ctx, &out, "test_wait")
	}()
	select {
	case <-svc.entered:
	case <-ctx.Done():
		t.Fatal("the call never reached the server")
	}
	mu.Lock()
	for _, conn := range conns {
		conn.Close()
	}
	mu.Unlock()
	err = <-errc
	if err == nil {
		t.Fatal("the call succeeded through a cut connection")
	}
	if !isTransient(err) {
		t.Errorf("isTransient(%q) = false, want true for a cut WebSocket", err)
	}
	if strings.Contains(err.Error(), "late") {
		t.Errorf("unexpected answer %v", err)
	}
}
