package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// TestStreamedAsk: the miner serves its stream endpoint (run -listen,
// announced on chain), and `user ask -stream` sends a prompt larger than
// the on-chain transport allows, prints the answer as it streams, then a
// valid verdict; the timeline shows the records.
func TestStreamedAsk(t *testing.T) {
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.RestartListening(ctx, session.Miner); err != nil {
		t.Fatal(err)
	}
	id, out, err := n.Open(ctx, "user", localnet.Flow{Method: session.Combined, Suite: session.X25519})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	prompt := filepath.Join(t.TempDir(), "prompt.txt")
	if err := os.WriteFile(prompt, []byte(strings.Repeat("a document longer than a message on chain ", 500)), 0o600); err != nil {
		t.Fatal(err)
	}
	env := n.Env(n.Accounts["user"], n.WS)
	out, err = n.CommandEnv(ctx, env, "user", "ask", "-session", id.String(), "-stream", "-file", prompt, "-timeout", "2m")
	if err != nil {
		t.Fatalf("ask -stream: %v\n%s", err, out)
	}
	for _, want := range []string{"answer, as it streams:", "streamed, its hash on chain", "verdict VALID", "own check: the answer opens"} {
		if !strings.Contains(out, want) {
			t.Errorf("ask -stream printed no %q:\n%s", want, out)
		}
	}
	out, err = n.CommandEnv(ctx, env, "user", "status", "-session", id.String())
	if err != nil || !strings.Contains(out, "streamed off chain") {
		t.Fatalf("status: %v\n%s", err, out)
	}
}

// TestStreamedAskOnAnAutominingChain: on a chain that makes a block only
// for a transaction, the miner learns of a request's record before its
// endpoint has finished the answer, and no later block comes to remind
// it: it must post the answer's record when the answer is finished. (It
// once waited for a block that never came, and `user ask` timed out.)
func TestStreamedAskOnAnAutominingChain(t *testing.T) {
	t.Parallel()
	n := start(t, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.RestartListening(ctx, session.Miner); err != nil {
		t.Fatal(err)
	}
	id, out, err := n.Open(ctx, "user", localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	env := n.Env(n.Accounts["user"], n.WS)
	for i, size := range []int{1 << 10, 64 << 10, 256 << 10} {
		prompt := filepath.Join(t.TempDir(), "prompt.txt")
		if err := os.WriteFile(prompt, []byte(strings.Repeat("a document for an automining chain ", size/35+1)[:size]), 0o600); err != nil {
			t.Fatal(err)
		}
		out, err = n.CommandEnv(ctx, env, "user", "ask", "-session", id.String(), "-stream", "-file", prompt, "-timeout", "30s")
		if err != nil {
			t.Fatalf("ask -stream of %d bytes (request %d): %v", size, i, err)
		}
		if !strings.Contains(out, "verdict VALID") {
			t.Fatalf("ask -stream of %d bytes printed no valid verdict:\n%s", size, out[max(0, len(out)-2000):])
		}
	}
	// Too long for the chain: refused before anything is sent, with the
	// way out.
	prompt := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(prompt, []byte(strings.Repeat("too long for a message on chain ", 2048)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = n.CommandEnv(ctx, env, "user", "ask", "-session", id.String(), "-file", prompt)
	if err == nil || !strings.Contains(err.Error(), "message too long") || !strings.Contains(err.Error(), "ask with -stream") || strings.Contains(err.Error(), "went on chain") {
		t.Fatalf("a 64 KiB prompt on the chain transport: %v", err)
	}
}
