package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"strings"
	"testing"
)

// TestHelpAndAccount: -h succeeds in the agents' format, and with no
// account the error names the flags and the shared variables.
func TestHelpAndAccount(t *testing.T) {
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, &out, &errOut); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("-h: %v", err)
	}
	if !strings.HasPrefix(errOut.String(), "usage: deploy [flags]") || !strings.Contains(errOut.String(), "ACCOUNT_KEY") {
		t.Errorf("-h printed:\n%s", errOut.String())
	}
	t.Setenv("ACCOUNT_KEY", "")
	err := run(context.Background(), []string{"-rpc", "http://127.0.0.1:1"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "-key") || !strings.Contains(err.Error(), "ACCOUNT_KEYSTORE") {
		t.Fatalf("no account: %v", err)
	}
	if err := run(context.Background(), []string{"-env", "missing.env"}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "missing.env") {
		t.Fatalf("-env missing.env: %v", err)
	}
}
