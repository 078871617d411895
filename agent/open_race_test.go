package agent_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// nonceGate is a user's chain backend whose next read of the user's open
// nonce answers from the state it reads at once, but only after hold
// returns: an Open that reads while an earlier open is in flight gets the
// count from before that open, and sees it settled by the time it looks.
type nonceGate struct {
	agent.Backend
	selector []byte
	mu       sync.Mutex
	hold     func() error
}

func (g *nonceGate) arm(hold func() error) {
	g.mu.Lock()
	g.hold = hold
	g.mu.Unlock()
}

// CallContract implements ethereum.ContractCaller.
func (g *nonceGate) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := g.Backend.CallContract(ctx, msg, block)
	g.mu.Lock()
	hold := g.hold
	if hold != nil && bytes.HasPrefix(msg.Data, g.selector) {
		g.hold = nil
	} else {
		hold = nil
	}
	g.mu.Unlock()
	if hold != nil {
		if herr := hold(); herr != nil {
			return nil, herr
		}
	}
	return out, err
}

// TestOpenRereadsTheNonceWhenAnOpenSettles: an Open whose read of the
// on-chain nonce predates an earlier open that settles before the Open
// looks at the opens in flight must read again, not number itself with
// the earlier open's nonce ("is already being opened").
func TestOpenRereadsTheNonceWhenAnOpenSettles(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	abi := bindings.NewSessionKeystore()
	gate := &nonceGate{Backend: c.Client, selector: abi.PackNonces(c.Accounts[session.User])[:4]}
	f := startFleetOn(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, nil, func(r session.Role) agent.Backend {
		if r == session.User {
			return gate
		}
		return c.Client
	})
	defer f.stop(t)
	defer func() {
		if t.Failed() {
			t.Log(f.logs.String())
		}
	}()
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
	first := openWhenReady(t, f.agents[session.User], opts)
	// The second Open's first nonce read is answered from before the first
	// open was mined, and only once the first session is Established (its
	// open long settled).
	gate.arm(func() error {
		deadline := time.Now().Add(30 * time.Second)
		for {
			if _, done := out.complete(first.ID()); done {
				return nil
			}
			if time.Now().After(deadline) {
				return errors.New("the first session was never established")
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	second, err := f.agents[session.User].Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if second.ID() == first.ID() {
		t.Fatalf("both sessions are %v", first.ID())
	}
	res := out.wait(t, second.ID(), 30*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("second session, %v: %+v", r, res[r])
		}
	}
}
