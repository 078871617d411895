package agent

import (
	"errors"
	"fmt"
	"net"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/endpoint"
)

// TestWhichRefusalsAreRetried: what the user sends again (docs/PROTOCOL.md
// §13.8). A delivery is tried again on 401, 409, 503 and a failed dial; a
// prompt on the same but 409, which says the endpoint has the request
// already (its answer may come), and nothing else is tried again.
func TestWhichRefusalsAreRetried(t *testing.T) {
	dial := fmt.Errorf("endpoint: sending the prompt: %w", &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")})
	read := fmt.Errorf("endpoint: answer stream: %w", &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset")})
	for _, c := range []struct {
		name             string
		err              error
		delivery, prompt bool
	}{
		{"401", fmt.Errorf("%w: no active session", endpoint.ErrUnauthorized), true, true},
		{"409", fmt.Errorf("%w: 409 Conflict: request already sent", endpoint.ErrConflict), true, false},
		{"503", fmt.Errorf("%w: full", endpoint.ErrBusy), true, true},
		{"dial", dial, true, true},
		{"read", read, false, false},
		{"400", fmt.Errorf("%w: 400 Bad Request: truncated", endpoint.ErrRejected), false, false},
		{"404", fmt.Errorf("%w: not held", endpoint.ErrUnavailable), false, false},
	} {
		if got := notYet(c.err); got != c.delivery {
			t.Errorf("%s: a delivery tried again: %v, want %v", c.name, got, c.delivery)
		}
		if got := promptNotTaken(c.err); got != c.prompt {
			t.Errorf("%s: a prompt tried again: %v, want %v", c.name, got, c.prompt)
		}
	}
}
