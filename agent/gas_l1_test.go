package agent_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// l1Backend charges every transaction extra gas on top of its execution,
// as an L2 such as Arbitrum charges for posting its calldata to L1 (in L2
// gas units, which follow the L1 price): its estimates include the extra,
// and it refuses a transaction whose gas limit does not cover it, as such
// a node does ("intrinsic gas too low").
type l1Backend struct {
	agent.Backend
	extra   *atomic.Uint64
	refused *atomic.Int64
}

func (b l1Backend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	g, err := b.Backend.EstimateGas(ctx, msg)
	if err != nil {
		return 0, err
	}
	return g + b.extra.Load(), nil
}

func (b l1Backend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if x := b.extra.Load(); x > 0 {
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			return err
		}
		g, err := b.Backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Value: tx.Value()})
		if err == nil && tx.Gas() < g+x {
			b.refused.Add(1)
			return fmt.Errorf("intrinsic gas too low: gas %d, minimum needed %d", tx.Gas(), g+x)
		}
	}
	return b.Backend.SendTransaction(ctx, tx)
}

// startL1Fleet starts a fleet whose every role reaches the chain through
// an l1Backend, with no extra gas yet, and returns it with its outcomes,
// the extra gas to set, the count of refused transactions, and the
// options of a Method 1 session. The fleet's logs are printed when the
// test fails; stop it when done.
func startL1Fleet(t *testing.T) (*fleet, *outcomes, *atomic.Uint64, *atomic.Int64, agent.OpenOptions) {
	t.Helper()
	c := simchain.New(t)
	out := newOutcomes()
	extra, refused := &atomic.Uint64{}, &atomic.Int64{}
	f := startFleetOn(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, nil, func(session.Role) agent.Backend {
		return l1Backend{Backend: c.Client, extra: extra, refused: refused}
	})
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(f.logs.String())
		}
	})
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
	return f, out, extra, refused, opts
}

// TestGasEstimateRenewedWhenTheNodeAsksForMore: the agents keep one gas
// estimate per kind of call, but on an L2 the gas a transaction needs
// follows the L1 price. Once a first session has filled every estimate,
// the price rises past the margin the agents add: the node refuses their
// calls for too little gas, and the agents must estimate again, not send
// the same limit at every block until their sessions expire.
func TestGasEstimateRenewedWhenTheNodeAsksForMore(t *testing.T) {
	f, out, extra, refused, opts := startL1Fleet(t)
	defer f.stop(t)
	for round, x := range []uint64{0, 2_000_000} {
		extra.Store(x)
		s := openWhenReady(t, f.agents[session.User], opts)
		res := out.wait(t, s.ID(), 60*time.Second)
		for _, r := range session.Roles {
			if res[r].Phase != session.Established {
				t.Fatalf("session %d (L1 gas %d), %v: %+v", round, x, r, res[r])
			}
		}
	}
	if refused.Load() == 0 {
		t.Fatal("the node refused no call for its gas: the test tried nothing")
	}
	t.Logf("%d transactions refused for too little gas, then estimated again", refused.Load())
}

// TestOpenAfterARefusedPipelinedOpenEstimatesAgain: an open sent behind
// opens in flight cannot be estimated (the state lacks the opens ahead of
// it) and takes the gas the last open of its kind used, plus a margin. When
// the L1 price has risen past that margin meanwhile, the node refuses it;
// the next open must not take the same stale gas, but wait for the opens
// in flight and estimate.
func TestOpenAfterARefusedPipelinedOpenEstimatesAgain(t *testing.T) {
	f, out, extra, refused, opts := startL1Fleet(t)
	defer f.stop(t)
	user := f.agents[session.User]
	first := openWhenReady(t, user, opts) // the gas an open of this kind uses
	out.wait(t, first.ID(), 60*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// No block until the three opens are sent: a is in flight throughout.
	f.chainMu.Lock()
	a, err := user.Open(ctx, opts)
	if err != nil {
		f.chainMu.Unlock()
		t.Fatal(err)
	}
	extra.Store(2_000_000)
	b, err := user.Open(ctx, opts) // behind a: the last open's gas, refused
	if err != nil {
		f.chainMu.Unlock()
		t.Fatal(err)
	}
	select {
	case <-b.Done():
	case <-ctx.Done():
		f.chainMu.Unlock()
		t.Fatal("the open behind the first was not refused")
	}
	var next *agent.Session
	opened := make(chan error, 1)
	go func() {
		var err error
		next, err = user.Open(ctx, opts)
		opened <- err
	}()
	time.Sleep(100 * time.Millisecond) // an open that does not wait is refused by now
	f.chainMu.Unlock()
	if err := <-opened; err != nil {
		t.Fatal(err)
	}
	if refused.Load() == 0 {
		t.Fatal("the node refused no open: the test tried nothing")
	}
	for name, s := range map[string]*agent.Session{"the open in flight": a, "the open after the refusal": next} {
		if err := s.Wait(ctx); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		res := out.wait(t, s.ID(), 60*time.Second)
		for _, r := range session.Roles {
			if res[r].Phase != session.Established {
				t.Fatalf("%s, %v: %+v", name, r, res[r])
			}
		}
	}
}
