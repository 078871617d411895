package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// TestAnswerAfterAskTimedOut: an ask that gives up before the verdict says
// how to collect it, and `user answer` collects it later (issue 16 item 9).
// The oracle is stopped while the user asks, so the verdict cannot come in
// time; it is started again before the answer is collected.
func TestAnswerAfterAskTimedOut(t *testing.T) {
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	id, out, err := n.Open(ctx, "user", localnet.Flow{Method: session.Combined, Suite: session.X25519})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if err := n.StopAgent("oracle"); err != nil {
		t.Fatal(err)
	}
	env := n.Env(n.Accounts["user"], n.WS)
	out, err = n.CommandEnv(ctx, env, "user", "ask", "-session", id.String(), "-timeout", "8s", "what is two and two?")
	want := "user answer -session " + id.String() + " -request 0"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("ask without an oracle: %v, want an error naming %q\n%s", err, want, out)
	}
	if _, err := n.StartAgent(session.Oracle, n.Accounts["oracle"], n.WS); err != nil {
		t.Fatal(err)
	}
	out, err = n.CommandEnv(ctx, env, "user", "answer", "-session", id.String(), "-request", "0", "-timeout", "2m")
	if err != nil || !strings.Contains(out, "request 0\n") || !strings.Contains(out, "verdict VALID") {
		t.Fatalf("user answer: %v\n%s", err, out)
	}
}
