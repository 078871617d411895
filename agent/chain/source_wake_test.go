package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// The Source subscribes through an ethclient's RPC client.
var _ rpcClientBackend = (*ethclient.Client)(nil)

// logsService serves eth_subscribe("logs") and sends what the test hands
// it, verbatim, as the subscription's notifications.
type logsService struct {
	notes chan json.RawMessage
	// subscribed gets a value at each subscription.
	subscribed chan struct{}
	mu         sync.Mutex
	subs       int
	crit       map[string]any
}

func (s *logsService) Logs(ctx context.Context, crit map[string]any) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	s.mu.Lock()
	s.subs++
	s.crit = crit
	s.mu.Unlock()
	s.subscribed <- struct{}{}
	sub := n.CreateSubscription()
	go func() {
		for {
			select {
			case v := <-s.notes:
				if err := n.Notify(sub.ID, v); err != nil {
					return
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// rpcBackend is a fakeChain whose log subscriptions come from an RPC
// client, as *ethclient.Client's do.
type rpcBackend struct {
	*fakeChain
	rc *rpc.Client
}

func (b rpcBackend) Client() *rpc.Client { return b.rc }

// TestSourceWakesFromRawNotifications checks that a Source whose backend
// gives its RPC client subscribes through it, and that a notification
// wakes it whatever it holds: the Source reads the chain in its next
// round, so it decodes no log of the subscription. A notification a log
// decoder would refuse must neither be lost nor end the subscription.
func TestSourceWakesFromRawNotifications(t *testing.T) {
	c := newFakeChain()
	c.canSubscribe = false // the backend's own SubscribeFilterLogs is not the way
	c.add(5, every(1, 1))
	svc := &logsService{notes: make(chan json.RawMessage), subscribed: make(chan struct{}, 10)}
	srv := rpc.NewServer()
	defer srv.Stop()
	if err := srv.RegisterName("eth", svc); err != nil {
		t.Fatal(err)
	}
	rc := rpc.DialInProc(srv)
	defer rc.Close()

	clk := newFakeClock()
	s := newTestSource(t, rpcBackend{c, rc}, clk, func(cfg *SourceConfig) { cfg.Follow = FollowSubscribe })
	rec := newRecorder(t)
	stop, done := runSource(s, rec.handle)
	select {
	case <-svc.subscribed:
	case err := <-done:
		t.Fatalf("Run = %v, without subscribing through the RPC client", err)
	}

	svc.mu.Lock()
	if addr, _ := svc.crit["address"].([]any); len(addr) != 1 || !strings.EqualFold(fmt.Sprint(addr[0]), fakeContract.Hex()) {
		t.Errorf("subscribed with %v, want the contract's address", svc.crit)
	}
	svc.mu.Unlock()

	// New blocks, and notifications without the clock moving: a whole log,
	// then ones no log decoder accepts.
	for _, note := range []string{
		`{"address":"0x00000000000000000000000000000000000c0de1","topics":[],"data":"0x","blockNumber":"0x6","transactionHash":"0x00000000000000000000000000000000000000000000000000000000000000aa","transactionIndex":"0x0","blockHash":"0x00000000000000000000000000000000000000000000000000000000000000bb","logIndex":"0x0","removed":false}`,
		`{"blockNumber":"not a number"}`,
		`"not a log"`,
	} {
		c.add(1, every(1, 1))
		svc.notes <- json.RawMessage(note)
		if err := rec.waitCursorOr(c.head(), done); err != nil {
			t.Fatalf("after notifying %s: %v", note, err)
		}
	}
	svc.mu.Lock()
	subs := svc.subs
	svc.mu.Unlock()
	if subs != 1 {
		t.Errorf("%d subscriptions, want 1: a notification ended one", subs)
	}
	if err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v", err)
	}
}
