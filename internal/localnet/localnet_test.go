package localnet

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
)

// TestBusyPortIsRefused: with something already listening on the port,
// the demo must say so at once instead of running on whatever answers
// there (another Anvil, or a server printing HTML).
func TestBusyPortIsRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	err = Demo(context.Background(), io.Discard, Options{Root: t.TempDir(), Dir: t.TempDir(), Port: port}, false)
	if err == nil || !strings.Contains(err.Error(), "already in use") {
		t.Fatalf("Demo on a busy port: %v, want an 'already in use' error", err)
	}
	l.Close()
	if err := portFree(port); err != nil {
		t.Fatalf("the port is free again: %v", err)
	}
}
