package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// caller reads the contract's views (an ethclient.Client is one).
type caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// sessionState is what the contract stores of a session, as a person
// waiting for it wants to see it.
type sessionState struct {
	Phase    session.Phase
	Deadline time.Time       // the current phase's deadline
	Acted    session.RoleSet // the roles that acted in the current phase
	Requests uint64          // the requests made so far: the next is this number
}

// String says where the session stands and whom it waits for.
func (s sessionState) String() string {
	if s.Phase == session.PhaseNone {
		return "not on chain yet (the open transaction is not mined)"
	}
	if s.Phase.Terminal() {
		return s.Phase.String()
	}
	return fmt.Sprintf("%v, not yet acted in this phase: %v, deadline %s", s.Phase, session.AllRoles&^s.Acted, clock(s.Deadline))
}

// clock formats a chain time for a person: UTC, to the second.
func clock(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// readSession reads session id's state from the contract at addr.
func readSession(ctx context.Context, c caller, addr common.Address, id session.ID) (sessionState, error) {
	abi := bindings.NewSessionKeystore()
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: abi.PackSession(id)}, nil)
	if err != nil {
		return sessionState{}, fmt.Errorf("reading session %v: %w", id, err)
	}
	v, err := abi.UnpackSession(out)
	if err != nil {
		return sessionState{}, fmt.Errorf("reading session %v: %w", id, err)
	}
	return sessionState{Phase: session.Phase(v.Phase), Deadline: time.Unix(int64(v.Deadline), 0), Acted: session.RoleSet(v.Acted) & session.AllRoles, Requests: v.Requests}, nil
}

// errNeverOpened is what waitOnChain returns when the session ended
// before the chain ever showed it: its open transaction failed.
var errNeverOpened = errors.New("the session was never opened on chain")

// waitOnChain waits until the contract shows session id (its open was
// mined), polling every poll. done closing first means the session ended
// without being seen on chain: errNeverOpened, with why, unless the chain
// shows it after all.
func waitOnChain(ctx context.Context, c caller, addr common.Address, id session.ID, poll time.Duration, done <-chan struct{}, why func() error) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		st, err := readSession(ctx, c, addr, id)
		switch {
		case err != nil && !chain.IsTransient(err) && !chain.IsBehind(err):
			return err
		case err == nil && st.Phase != session.PhaseNone:
			return nil
		}
		// Not on chain yet, or the node could not answer this time (a
		// broken connection, a rate limit, a reorganisation under way):
		// ask again at the next tick.
		select {
		case <-done:
			if st, err := readSession(ctx, c, addr, id); err == nil && st.Phase != session.PhaseNone {
				return nil
			}
			if err := why(); err != nil {
				return fmt.Errorf("%w: %w", errNeverOpened, err)
			}
			return errNeverOpened
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// progress prints, every every, where session id stands, while a command
// waits on it; it returns when stop closes. w is a terminal's, or
// io.Discard.
func progress(ctx context.Context, w io.Writer, c caller, addr common.Address, id session.ID, every time.Duration, stop <-chan struct{}) {
	if w == io.Discard {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			if st, err := readSession(ctx, c, addr, id); err == nil {
				fmt.Fprintf(w, "waiting: session %v is %v\n", id, st)
			}
		}
	}
}

// terminal returns w if it is a terminal, else io.Discard: progress lines
// are for a person watching, not for a log or a pipe.
func terminal(w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return io.Discard
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return io.Discard
	}
	return w
}

// waiting prints, every every, how long a command has waited for what,
// until stop closes. w is a terminal's, or io.Discard.
func waiting(w io.Writer, what string, every time.Duration, stop <-chan struct{}) {
	if w == io.Discard {
		return
	}
	start := time.Now()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			fmt.Fprintf(w, "waiting for %s (%v so far)\n", what, time.Since(start).Round(time.Second))
		}
	}
}
