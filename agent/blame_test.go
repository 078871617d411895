package agent_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/blame"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// waitPhase polls the chain until session id is in phase p.
func waitPhase(t *testing.T, c *simchain.Chain, id session.ID, p session.Phase) {
	t.Helper()
	for range 400 {
		if c.Phase(id) == p {
			return
		}
		<-time.After(25 * time.Millisecond)
	}
	t.Fatalf("session %v never reached %v (it is %v)", id, p, c.Phase(id))
}

// A miner publishes a wrong partial in a Method 1 session. The oracle, who
// checks that partial, aborts naming it; the user and the oracle then
// disclose their ephemeral secrets and delete them; and blame, from the
// chain alone, names the miner and finds the oracle's accusation right.
func TestFailedCombinedSessionIsBlamed(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Accept = func(protocol.Opened) bool { return false } // the test plays the miner
		}
	})
	defer f.stop(t)
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120})
	id := h.ID()

	seed := sha256.Sum256([]byte("a dishonest miner"))
	k, err := skcrypto.ParseX25519Private(seed[:])
	if err != nil {
		t.Fatal(err)
	}
	pub := skcrypto.PublicBytes(k)
	waitPhase(t, c, id, session.Committing)
	sendAs(t, c, session.Miner, protocol.JoinCall{ID: id, Commitment: skcrypto.Commitment(c.ChainID, c.Address, id, session.Miner, c.Accounts[session.Miner], pub)})
	waitPhase(t, c, id, session.Revealing)
	sendAs(t, c, session.Miner, protocol.RevealCall{ID: id, Key: pub})
	waitPhase(t, c, id, session.Partials)
	sendAs(t, c, session.Miner, protocol.PartialCall{ID: id, Partial: [32]byte{0x42}})

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := h.Wait(ctx); !errors.Is(err, agent.ErrNotEstablished) {
		t.Fatalf("Wait: %v", err)
	}
	if o, _ := h.Outcome(); o.Phase != session.Failed || o.Fault != session.InvalidPartial || o.Culprits != session.Miner.Bit() || o.Reporter != session.Oracle {
		t.Fatalf("outcome %+v", o)
	}
	// Each honest party's secret is deleted once its disclosure is on chain.
	for _, r := range []session.Role{session.User, session.Oracle} {
		waitGone(t, sessionFile(dirs[r], id))
	}
	// The timeline shows the disclosures too.
	tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	var rendered bytes.Buffer
	if err := tl.Render(&rendered); err != nil || strings.Count(rendered.String(), "EphemeralDisclosed") != 2 {
		t.Fatalf("timeline (%v):\n%s", err, rendered.String())
	}
	ev, err := blame.Fetch(ctx, c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Disclosed != session.User.Bit()|session.Oracle.Bit() {
		t.Fatalf("disclosed %v, want user+oracle", ev.Disclosed)
	}
	if ev.FailedBlock == 0 {
		t.Fatal("no block for SessionFailed")
	}
	r := blame.Assess(ev)
	var buf bytes.Buffer
	if _, err := r.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("verify:\n%s", buf.String())
	if r.Liars != session.Miner.Bit() || !strings.Contains(buf.String(), "verdict: miner lied") {
		t.Fatalf("liars %v", r.Liars)
	}
	// The liar never discloses; the verdict is final all the same.
	if r.Pending != session.Miner.Bit() || !r.Final() || !strings.Contains(buf.String(), "waiting for the disclosure of miner") {
		t.Fatalf("pending %v, final %v", r.Pending, r.Final())
	}
	for _, fd := range r.Findings {
		if fd.Role == session.Oracle && fd.Check == blame.CheckAccusation && fd.Verdict != blame.Honest {
			t.Fatalf("the oracle's accusation judged %v: %s", fd.Verdict, fd.Detail)
		}
	}
}
