package main

import (
	"bytes"
	"context"
	"net"
	"path/filepath"
	"strconv"
	"testing"
)

// TestBusyPortIsOneSentence: on a busy port the demo stops at once with
// one line for a person (no Go package prefix), exit 1, and leaves no
// temporary directory behind (issue 16 items 1, 3 and 14).
func TestBusyPortIsOneSentence(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-port", port}, &out, &errOut)
	want := "demo: 127.0.0.1:" + port + " is already in use (another Anvil or server?); stop it or choose another port (0 picks a free one)\n"
	if code != 1 || errOut.String() != want {
		t.Fatalf("demo on a busy port: exit %d, stderr %q; want exit 1 and %q", code, errOut.String(), want)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "sessionkeystore-demo-*")); len(left) > 0 {
		t.Errorf("the demo left %v behind", left)
	}
	if code := run(context.Background(), []string{"-port", port, "extra"}, &out, &errOut); code != 2 {
		t.Errorf("demo with an argument: exit %d, want 2", code)
	}
}
