package blame

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// TestClosedSessionSaysClosed: verify on a closed session says it was
// closed, not only that it established (issue 16 item 12).
func TestClosedSessionSaysClosed(t *testing.T) {
	r := Assess(&Evidence{Params: session.Params{Method: session.Combined, Suite: session.X25519}, Phase: session.Closed})
	if !strings.Contains(r.Note, "closed") || !r.Final() {
		t.Fatalf("closed session: %q (final %v)", r.Note, r.Final())
	}
}

// TestCollectSeesTheClose: the events of a session that established and
// was then closed, as package wire decodes them (SessionClosed is an
// inference.Closed), give a Closed phase and name who closed it: verify
// must not print "established" for it.
func TestCollectSeesTheClose(t *testing.T) {
	w := newWorld(t, "closed")
	w.exchange(t, nil, nil)
	w.add(protocol.SessionEstablished{Meta: w.meta()})
	w.add(inference.Closed{Meta: w.meta(), Role: session.Miner})
	e, err := Collect(w.events)
	if err != nil {
		t.Fatal(err)
	}
	if e.Phase != session.Closed || e.ClosedBy != session.Miner {
		t.Fatalf("collected phase %v closed by %v, want closed by the miner", e.Phase, e.ClosedBy)
	}
	var out bytes.Buffer
	if _, err := Assess(e).WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "on chain: Established, then closed by the miner") {
		t.Fatalf("verify on a closed session printed:\n%s", out.String())
	}
}

// TestExpiredSessionNote: an expired session's note names who did not
// act in time as a sentence does (issue 16 item 3).
func TestExpiredSessionNote(t *testing.T) {
	for stalled, want := range map[session.RoleSet]string{
		session.Miner.Bit():                       "the session expired: the miner did not act in time; nobody to blame",
		session.User.Bit() | session.Oracle.Bit(): "the session expired: the user and the oracle did not act in time; nobody to blame",
		session.AllRoles:                          "the session expired: the user, the miner and the oracle did not act in time; nobody to blame",
	} {
		r := Assess(&Evidence{Params: session.Params{Method: session.Combined, Suite: session.X25519}, Phase: session.Expired, Stalled: stalled})
		if r.Note != want || !r.Final() {
			t.Errorf("expired, stalled %v: %q (final %v), want %q", stalled, r.Note, r.Final(), want)
		}
	}
}
