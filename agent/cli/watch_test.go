package cli

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// phaseCaller answers the contract's session view with a fixed phase.
type phaseCaller struct {
	t     *testing.T
	phase session.Phase
}

func (c phaseCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	abi, err := bindings.SessionKeystoreMetaData.ParseABI()
	if err != nil {
		c.t.Fatal(err)
	}
	return abi.Methods["session"].Outputs.Pack(bindings.ISessionKeystoreSessionView{Phase: uint8(c.phase), Deadline: 1})
}

// TestOpenedOnlyOnChain: an open whose transaction failed is never
// reported as opened; one the chain shows is.
func TestOpenedOnlyOnChain(t *testing.T) {
	ctx := context.Background()
	done := make(chan struct{})
	close(done)
	reverted := errors.New("the open reverted")
	err := waitOnChain(ctx, phaseCaller{t, session.PhaseNone}, [20]byte{}, session.ID{1}, time.Millisecond, done, func() error { return reverted })
	if !errors.Is(err, errNeverOpened) || !errors.Is(err, reverted) {
		t.Fatalf("a failed open: %v", err)
	}
	if err := waitOnChain(ctx, phaseCaller{t, session.Established}, [20]byte{}, session.ID{1}, time.Millisecond, make(chan struct{}), nil); err != nil {
		t.Fatalf("an open on chain: %v", err)
	}
}

// flakyCaller fails its first calls as a cut WebSocket does, then answers
// like phaseCaller.
type flakyCaller struct {
	phaseCaller
	fails *int
	msg   string
}

func (c flakyCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if *c.fails > 0 {
		*c.fails--
		return nil, errors.New(c.msg)
	}
	return c.phaseCaller.CallContract(ctx, msg, n)
}

// TestWaitOnChainRidesOutACut: a connection that breaks under the wait
// (TestWebSocketCut's cut), or a node in the middle of a reorganisation
// (TestReorgRecovery/open_removed: Anvil answered for a block it had just
// taken back), is asked again, not taken for the end of the open; an
// error that is neither still ends it.
func TestWaitOnChainRidesOutACut(t *testing.T) {
	for _, msg := range []string{"websocket: close 1006 (abnormal closure): unexpected EOF",
		"BlockOutOfRangeError: block height is 14 but requested was 15", "header not found"} {
		fails := 2
		err := waitOnChain(context.Background(), flakyCaller{phaseCaller{t, session.Established}, &fails, msg}, [20]byte{}, session.ID{1}, time.Millisecond, make(chan struct{}), nil)
		if err != nil || fails != 0 {
			t.Fatalf("after two calls failing with %q: %v (%d failures left)", msg, err, fails)
		}
	}
	bad := errCaller{errors.New("execution reverted")}
	if err := waitOnChain(context.Background(), bad, [20]byte{}, session.ID{1}, time.Millisecond, make(chan struct{}), nil); err == nil {
		t.Fatal("a permanent error was retried forever")
	}
}

type errCaller struct{ err error }

func (c errCaller) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, c.err
}

// TestReadSessionOnChain reads a real session's state: where it stands,
// whom it waits for, the deadline as a time.
func TestReadSessionOnChain(t *testing.T) {
	c := simchain.New(t)
	id, _ := c.NextID()
	st, err := readSession(context.Background(), c.Client, c.Address, id)
	if err != nil || st.Phase != session.PhaseNone || !strings.Contains(st.String(), "not on chain yet") {
		t.Fatalf("an unopened session: %+v, %v", st, err)
	}
	st = sessionState{Phase: session.Phase(1), Deadline: time.Unix(1700000000, 0), Acted: session.User.Bit()}
	if got := st.String(); !strings.Contains(got, "miner+oracle") || !strings.Contains(got, "2023-11-14 22:13:20 UTC") {
		t.Fatalf("state: %s", got)
	}
}

// TestStandingExpiredPending: status says expired-pending once a deadline
// has passed (issue 16 item 12).
func TestStandingExpiredPending(t *testing.T) {
	st := sessionState{Phase: session.Phase(1), Deadline: time.Unix(1700000000, 0)}
	if got := standing(st, time.Unix(1700000001, 0)); !strings.Contains(got, "expired-pending") || !strings.Contains(got, "2023-11-14 22:13:20 UTC") {
		t.Errorf("after the deadline: %s", got)
	}
	if got := standing(st, time.Unix(1699999999, 0)); strings.Contains(got, "expired-pending") {
		t.Errorf("before the deadline: %s", got)
	}
}
