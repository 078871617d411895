package chain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

// newSim returns a simulated chain in which testAddr holds 1000 ether.
func newSim(t *testing.T) *simulated.Backend {
	t.Helper()
	sim := simulated.NewBackend(types.GenesisAlloc{
		testAddr: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
	})
	t.Cleanup(func() { sim.Close() })
	return sim
}

// committing mines a block every interval until the returned stop is
// called. The simulated chain mines only on Commit.
func committing(sim *simulated.Backend, interval time.Duration) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	return sync.OnceFunc(func() { close(quit); <-done })
}

// TestSenderSimulatedConcurrent sends 20 transactions at once, half value
// transfers and half contract creations, to a real EVM.
func TestSenderSimulatedConcurrent(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSender(SenderConfig{
		From:            testAddr,
		Sign:            KeySigner(testKey, chainID),
		ReceiptInterval: 5 * time.Millisecond,
		Timeout:         15 * time.Second,
	}, client)
	if err != nil {
		t.Fatal(err)
	}
	stop := committing(sim, 10*time.Millisecond)
	defer stop()

	const n = 20
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			c := Candidate{Data: emitterCode()}
			if i%2 == 0 {
				to := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
				c = Candidate{To: &to, Value: big.NewInt(int64(i + 1))}
			}
			receipts[i], errs[i] = s.Send(ctx, c)
		})
	}
	wg.Wait()
	stop()

	nonces := map[uint64]bool{}
	for i, r := range receipts {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("send %d: status %d", i, r.Status)
		}
		tx, _, err := client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		nonces[tx.Nonce()] = true
		if i%2 == 1 && r.ContractAddress != emitterAddress(tx.Nonce()) {
			t.Errorf("send %d created %s", i, r.ContractAddress)
		}
	}
	for nonce := range uint64(n) {
		if !nonces[nonce] {
			t.Errorf("nonce %d unused (nonces %v)", nonce, nonces)
		}
	}
	if got, err := client.NonceAt(ctx, testAddr, nil); err != nil || got != n {
		t.Errorf("account nonce %d, %v; want %d", got, err, n)
	}
}

// TestSenderSimulatedRevert checks that a real node's revert on estimate
// is recognised, with its data, and nothing is sent.
func TestSenderSimulatedRevert(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := NewSender(SenderConfig{From: testAddr, Sign: KeySigner(testKey, big.NewInt(1337)), ReceiptInterval: 5 * time.Millisecond}, client)
	if err != nil {
		t.Fatal(err)
	}
	stop := committing(sim, 10*time.Millisecond)
	defer stop()
	r, err := s.Send(ctx, Candidate{Data: reverterCode()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Send(ctx, Candidate{To: &r.ContractAddress, Data: []byte{1}})
	var re *RevertError
	if !errors.Is(err, ErrReverted) || !errors.As(err, &re) || !bytes.Equal(re.Data, []byte{0xde, 0xad, 0xbe, 0xef}) {
		t.Fatalf("Send = %v; want ErrReverted with data deadbeef", err)
	}
	if n, err := client.PendingNonceAt(ctx, testAddr); err != nil || n != 1 {
		t.Errorf("pending nonce %d, %v; want 1 (the revert not sent)", n, err)
	}
}

// TestSenderSubmitKeepsOrder submits transactions one after the other and
// waits for them together: their nonces follow the submission order.
func TestSenderSubmitKeepsOrder(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSender(SenderConfig{From: testAddr, Sign: KeySigner(testKey, chainID), ReceiptInterval: 5 * time.Millisecond, Timeout: 15 * time.Second}, client)
	if err != nil {
		t.Fatal(err)
	}
	stop := committing(sim, 10*time.Millisecond)
	defer stop()
	const n = 10
	waits := make([]func(context.Context) (*types.Receipt, error), n)
	for i := range n {
		to := common.BigToAddress(big.NewInt(int64(0x2000 + i)))
		if waits[i], err = s.Submit(ctx, Candidate{To: &to, Value: big.NewInt(1), GasLimit: 21000}); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { receipts[i], errs[i] = waits[i](ctx) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		tx, _, err := client.TransactionByHash(ctx, receipts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Nonce() != uint64(i) {
			t.Fatalf("submission %d got nonce %d", i, tx.Nonce())
		}
	}
}
