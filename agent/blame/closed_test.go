package blame

import (
	"strings"
	"testing"

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
