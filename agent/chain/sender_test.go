package chain

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

var (
	_ SenderBackend = (*ethclient.Client)(nil)
	_ SenderBackend = simulated.Client(nil)
)

var (
	testKey, _ = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	testAddr   = crypto.PubkeyToAddress(testKey.PublicKey)
	testTo     = common.HexToAddress("0x00000000000000000000000000000000000000aa")
)

func newTestSender(t *testing.T, b SenderBackend, clk Clock, mod func(*SenderConfig)) *Sender {
	t.Helper()
	cfg := SenderConfig{
		From:             testAddr,
		Sign:             KeySigner(testKey, big.NewInt(1337)),
		ResubmitInterval: 30 * time.Second,
		ReceiptInterval:  2 * time.Second,
		Timeout:          5 * time.Minute,
		Clock:            clk,
	}
	if mod != nil {
		mod(&cfg)
	}
	s, err := NewSender(cfg, b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sendAsync runs Send in a goroutine; the result arrives on the channel.
func sendAsync(s *Sender, c Candidate) <-chan sendResult {
	ch := make(chan sendResult, 1)
	go func() {
		r, err := s.Send(context.Background(), c)
		ch <- sendResult{r, err}
	}()
	return ch
}

// sendDriven runs Send while advancing clk by step whenever Send waits.
func sendDriven(s *Sender, clk *fakeClock, c Candidate, step time.Duration) sendResult {
	stop := make(chan struct{})
	var res sendResult
	go func() {
		defer close(stop)
		res.r, res.err = s.Send(context.Background(), c)
	}()
	drive(clk, step, stop)
	return res
}

type sendResult struct {
	r   *types.Receipt
	err error
}

func transfer() Candidate { return Candidate{To: &testTo, Value: big.NewInt(1)} }

func TestSenderConfigCheck(t *testing.T) {
	good := SenderConfig{From: testAddr, Sign: KeySigner(testKey, big.NewInt(1))}
	if err := good.Check(); err != nil {
		t.Fatalf("minimal config: %v", err)
	}
	for name, mod := range map[string]func(*SenderConfig){
		"no from":      func(c *SenderConfig) { c.From = common.Address{} },
		"no signer":    func(c *SenderConfig) { c.Sign = nil },
		"zero cap":     func(c *SenderConfig) { c.MaxFeeCap = new(big.Int) },
		"neg timeout":  func(c *SenderConfig) { c.Timeout = -time.Second },
		"bad backoff":  func(c *SenderConfig) { c.Retry = Backoff{Min: time.Second} },
		"neg interval": func(c *SenderConfig) { c.ResubmitInterval = -1 },
	} {
		c := good
		mod(&c)
		if c.Check() == nil {
			t.Errorf("%s: Check passed", name)
		}
	}
}

func TestSendConcurrentNoncesDistinct(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	b.pendingNonce = 3
	s := newTestSender(t, b, newFakeClock(), nil)

	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			r, err := s.Send(context.Background(), transfer())
			if err == nil && r.Status != types.ReceiptStatusSuccessful {
				err = errors.New("status 0 without error")
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if b.nonceCalls != n {
		t.Errorf("PendingNonceAt called %d times, want once per broadcast", b.nonceCalls)
	}
	if len(b.attempts) != n {
		t.Fatalf("%d broadcasts, want %d", len(b.attempts), n)
	}
	for i, tx := range b.attempts {
		if tx.Nonce() != uint64(3+i) {
			t.Fatalf("broadcast %d has nonce %d, want %d (in nonce order, no reuse)", i, tx.Nonce(), 3+i)
		}
	}
}

func TestSendNonceResetAfterSendError(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	b.sendHook = func(*types.Transaction) error { return errors.New("insufficient funds for gas * price + value") }
	s := newTestSender(t, b, newFakeClock(), nil)

	if _, err := s.Send(context.Background(), transfer()); err == nil || errors.Is(err, ErrReverted) {
		t.Fatalf("Send = %v, want the node's rejection", err)
	}
	// Meanwhile the account was used elsewhere; the next Send must ask.
	b.with(func(b *fakeBackend) { b.sendHook = nil; b.pendingNonce = 7 })
	if _, err := s.Send(context.Background(), transfer()); err != nil {
		t.Fatal(err)
	}
	if got := b.accepted[0].Nonce(); got != 7 {
		t.Errorf("nonce after a failed send = %d, want 7 from the node", got)
	}
	if b.nonceCalls != 2 {
		t.Errorf("PendingNonceAt called %d times, want 2", b.nonceCalls)
	}
}

func TestSendNonceTooLowReReadsNonce(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	s := newTestSender(t, b, newFakeClock(), nil)
	if _, err := s.Send(context.Background(), transfer()); err != nil { // caches nonce 1
		t.Fatal(err)
	}
	// Another process spends nonces 1..4.
	b.with(func(b *fakeBackend) {
		b.pendingNonce = 5
		b.sendHook = func(tx *types.Transaction) error {
			if tx.Nonce() < 5 {
				return errors.New("nonce too low: next nonce 5, tx nonce 1")
			}
			return nil
		}
	})
	r, err := s.Send(context.Background(), transfer())
	if err != nil {
		t.Fatal(err)
	}
	if tx := b.accepted[len(b.accepted)-1]; tx.Nonce() != 5 || tx.Hash() != r.TxHash {
		t.Errorf("sent nonce %d, want 5", tx.Nonce())
	}
	if b.nonceCalls != 2 {
		t.Errorf("PendingNonceAt called %d times, want 2", b.nonceCalls)
	}
}

// dataError is an RPC error with data, as geth reports a reverted estimate.
type dataError struct {
	msg  string
	data any
}

func (e dataError) Error() string  { return e.msg }
func (e dataError) ErrorCode() int { return 3 }
func (e dataError) ErrorData() any { return e.data }

func TestSendRevertOnEstimate(t *testing.T) {
	b := newFakeBackend()
	b.estimate = func(ethereum.CallMsg) (uint64, error) {
		return 0, dataError{msg: "execution reverted", data: "0xdeadbeef"}
	}
	s := newTestSender(t, b, newFakeClock(), nil)
	r, err := s.Send(context.Background(), Candidate{To: &testTo, Data: []byte{1, 2, 3, 4}})
	if !errors.Is(err, ErrReverted) || r != nil {
		t.Fatalf("Send = %v, %v; want ErrReverted and no receipt", r, err)
	}
	var re *RevertError
	if !errors.As(err, &re) || !bytes.Equal(re.Data, []byte{0xde, 0xad, 0xbe, 0xef}) || re.TxHash != (common.Hash{}) {
		t.Fatalf("revert details %+v", re)
	}
	if len(b.attempts) != 0 || b.nonceCalls != 0 {
		t.Errorf("a reverting estimate sent %d transactions and read the nonce %d times", len(b.attempts), b.nonceCalls)
	}
}

func TestSendGivenGasLimitSkipsEstimate(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	s := newTestSender(t, b, newFakeClock(), nil)
	if _, err := s.Send(context.Background(), Candidate{To: &testTo, GasLimit: 50_000}); err != nil {
		t.Fatal(err)
	}
	if b.estimates != 0 || b.accepted[0].Gas() != 50_000 {
		t.Errorf("estimates %d, gas %d", b.estimates, b.accepted[0].Gas())
	}
	if _, err := s.Send(context.Background(), transfer()); err != nil {
		t.Fatal(err)
	}
	if got := b.accepted[1].Gas(); got != 21000*120/100 {
		t.Errorf("estimated gas with margin = %d, want %d", got, 21000*120/100)
	}
}

func TestSendStatusZeroIsReverted(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	b.status = types.ReceiptStatusFailed
	s := newTestSender(t, b, newFakeClock(), nil)
	r, err := s.Send(context.Background(), transfer())
	if !errors.Is(err, ErrReverted) || r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("Send = %v, %v; want the receipt and ErrReverted", r, err)
	}
	var re *RevertError
	if !errors.As(err, &re) || re.TxHash != r.TxHash {
		t.Fatalf("revert details %+v", re)
	}
}

func TestSendResubmitsWithFeeBump(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	done := sendAsync(s, transfer())

	first := b.waitAttempts(1)[0]
	clk.WaitTimers(1, nil)
	clk.Advance(29 * time.Second) // a receipt poll, but not yet time to resubmit
	clk.WaitTimers(1, nil)
	if n := len(b.waitAttempts(1)); n != 1 {
		t.Fatalf("%d broadcasts before ResubmitInterval, want 1", n)
	}
	b.with(func(b *fakeBackend) { b.baseFee = big.NewInt(11 * params.GWei) })
	clk.Advance(time.Second)
	second := b.waitAttempts(2)[1]

	if second.Nonce() != first.Nonce() {
		t.Fatalf("replacement nonce %d, want %d", second.Nonce(), first.Nonce())
	}
	for _, c := range []struct {
		name      string
		old, new_ *big.Int
	}{{"tip", first.GasTipCap(), second.GasTipCap()}, {"fee cap", first.GasFeeCap(), second.GasFeeCap()}} {
		// geth's pool wants new >= old * 110 / 100.
		if need := new(big.Int).Div(new(big.Int).Mul(c.old, big.NewInt(110)), big.NewInt(100)); c.new_.Cmp(need) < 0 {
			t.Errorf("%s bumped from %s to %s, less than 10%%", c.name, c.old, c.new_)
		}
	}
	b.mine(second.Hash(), types.ReceiptStatusSuccessful)
	clk.WaitTimers(1, nil)
	clk.Advance(2 * time.Second)
	res := <-done
	if res.err != nil || res.r.TxHash != second.Hash() {
		t.Fatalf("Send = %v, %v; want the replacement's receipt", res.r, res.err)
	}
}

func TestSendFeeCapReached(t *testing.T) {
	b := newFakeBackend() // base fee 10 gwei, tip 1 gwei: first fee cap 21 gwei
	clk := newFakeClock()
	s := newTestSender(t, b, clk, func(c *SenderConfig) {
		c.MaxFeeCap = big.NewInt(24 * params.GWei) // room for one bump (23.1 gwei)
		c.Timeout = 2 * time.Minute
	})
	res := sendDriven(s, clk, transfer(), time.Second)
	if !errors.Is(res.err, ErrTimeout) || !errors.Is(res.err, ErrFeeCapExceeded) {
		t.Fatalf("Send = %v; want ErrTimeout joined with ErrFeeCapExceeded", res.err)
	}
	seen := map[common.Hash]bool{}
	for _, tx := range b.attempts {
		if tx.GasFeeCap().Cmp(s.cfg.MaxFeeCap) > 0 {
			t.Errorf("broadcast with fee cap %s above the maximum", tx.GasFeeCap())
		}
		seen[tx.Hash()] = true
	}
	if len(seen) != 2 {
		t.Errorf("%d distinct transactions, want the original and one bump", len(seen))
	}
	if len(b.attempts) < 3 {
		t.Errorf("%d broadcasts; want rebroadcasts after the cap was reached", len(b.attempts))
	}
}

func TestSendFeeCapBelowMarket(t *testing.T) {
	b := newFakeBackend()
	s := newTestSender(t, b, newFakeClock(), func(c *SenderConfig) { c.MaxFeeCap = big.NewInt(10 * params.GWei) })
	_, err := s.Send(context.Background(), transfer())
	if !errors.Is(err, ErrFeeCapExceeded) || errors.Is(err, ErrTimeout) {
		t.Fatalf("Send = %v, want ErrFeeCapExceeded alone", err)
	}
	if len(b.attempts) != 0 || b.nonceCalls != 0 {
		t.Error("sent although the market is above the cap")
	}
}

func TestSendTimeout(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Timeout = 3 * time.Minute })
	start := clk.Now()
	res := sendDriven(s, clk, transfer(), time.Second)
	if !errors.Is(res.err, ErrTimeout) || errors.Is(res.err, ErrFeeCapExceeded) || res.r != nil {
		t.Fatalf("Send = %v, %v; want ErrTimeout", res.r, res.err)
	}
	if waited := clk.Now().Sub(start); waited < 3*time.Minute || waited > 3*time.Minute+2*time.Second {
		t.Errorf("gave up after %v, want 3m", waited)
	}
	// One broadcast, then one replacement per ResubmitInterval.
	if n := len(b.attempts); n != 6 {
		t.Errorf("%d broadcasts in 3m at 30s intervals, want 6", n)
	}
}

func TestSendRetriesTransientErrors(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true
	failures := 2
	b.sendHook = func(*types.Transaction) error {
		if failures > 0 {
			failures--
			return &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
		}
		return nil
	}
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	res := sendDriven(s, clk, transfer(), 100*time.Millisecond)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if len(b.attempts) != 3 || b.attempts[0].Hash() != b.attempts[2].Hash() {
		t.Errorf("%d attempts; want the same transaction three times", len(b.attempts))
	}

	// Retries used up: the error comes back and the nonce is re-read.
	b.with(func(b *fakeBackend) {
		b.sendHook = func(*types.Transaction) error { return &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED} }
	})
	res = sendDriven(s, clk, transfer(), 100*time.Millisecond)
	if !errors.Is(res.err, syscall.ECONNREFUSED) {
		t.Fatalf("Send = %v, want the connection error", res.err)
	}
	if n := len(b.attempts); n != 3+1+s.cfg.Retries {
		t.Errorf("%d attempts, want %d", n-3, 1+s.cfg.Retries)
	}
	b.with(func(b *fakeBackend) { b.sendHook = nil })
	if _, err := s.Send(context.Background(), transfer()); err != nil {
		t.Fatal(err)
	}
	if b.nonceCalls != 3 {
		t.Errorf("PendingNonceAt called %d times, want once per Send", b.nonceCalls)
	}
}

func TestSendWaitsForConfirmations(t *testing.T) {
	b := newFakeBackend()
	b.autoMine = true // included in block 1, the head
	clk := newFakeClock()
	s := newTestSender(t, b, clk, func(c *SenderConfig) { c.Confirmations = 3 })
	done := sendAsync(s, transfer())
	for _, head := range []uint64{2, 3} { // done once head >= 1+3-1
		clk.WaitTimers(1, nil)
		select {
		case res := <-done:
			t.Fatalf("returned at head %d: %v", head-1, res.err)
		default:
		}
		b.with(func(b *fakeBackend) { b.head = head })
		clk.Advance(2 * time.Second)
	}
	res := <-done
	if res.err != nil || res.r.BlockNumber.Uint64() != 1 {
		t.Fatalf("Send = %v, %v", res.r, res.err)
	}
}

func TestSendContextCancelled(t *testing.T) {
	b := newFakeBackend()
	clk := newFakeClock()
	s := newTestSender(t, b, clk, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(ctx, transfer())
		done <- err
	}()
	clk.WaitTimers(1, nil)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Send = %v, want context.Canceled", err)
	}
}

// TestSendLostAnswerThenNonceTooLow: the node got a broadcast whose answer
// was lost and mined it before the retry, which it calls "nonce too low":
// the Send succeeds with that transaction's receipt. When the node has no
// receipt of the transaction (another took its nonce) the Send fails, as
// sending under a new nonce could do the caller's action twice.
func TestSendLostAnswerThenNonceTooLow(t *testing.T) {
	for _, mined := range []bool{true, false} {
		b := newFakeBackend()
		calls := 0
		b.sendHook = func(tx *types.Transaction) error {
			calls++
			if calls == 1 {
				if mined {
					// The node acted; its answer was lost.
					b.accepted = append(b.accepted, tx)
					b.pendingNonce = max(b.pendingNonce, tx.Nonce()+1)
					b.mineLocked(tx.Hash(), 1)
				}
				return io.EOF
			}
			return errors.New("nonce too low: next nonce 1, tx nonce 0")
		}
		clk := newFakeClock()
		s := newTestSender(t, b, clk, nil)
		res := sendDriven(s, clk, transfer(), 100*time.Millisecond)
		switch {
		case mined && res.err != nil:
			t.Fatalf("mined before the retry: %v", res.err)
		case mined && (res.r == nil || res.r.TxHash != b.attempts[0].Hash()):
			t.Fatalf("mined before the retry: receipt %v, want the first attempt's", res.r)
		case !mined && res.err == nil:
			t.Fatal("the nonce taken by another transaction: no error")
		}
	}
}
