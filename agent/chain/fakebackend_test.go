package chain

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// fakeBackend is a scripted SenderBackend: a node with a pool that accepts
// what sendHook allows, and blocks that exist when the test says so.
type fakeBackend struct {
	mu           sync.Mutex
	pendingNonce uint64 // what PendingNonceAt answers
	nonceCalls   int
	estimate     func(ethereum.CallMsg) (uint64, error) // nil: 21000
	estimates    int
	tipCalls     int
	headerCalls  int
	receiptCalls int
	tip, baseFee *big.Int
	head         uint64
	sendHook     func(*types.Transaction) error // nil: accept
	attempts     []*types.Transaction           // every SendTransaction call
	accepted     []*types.Transaction
	receipts     map[common.Hash]*types.Receipt
	autoMine     bool   // mine each accepted transaction in its own block
	status       uint64 // status of mined transactions
	changed      chan struct{}
}

func newFakeBackend() *fakeBackend {
	return &fakeBackend{
		tip:      big.NewInt(params.GWei),
		baseFee:  big.NewInt(10 * params.GWei),
		receipts: map[common.Hash]*types.Receipt{},
		status:   types.ReceiptStatusSuccessful,
		changed:  make(chan struct{}),
	}
}

var _ SenderBackend = (*fakeBackend)(nil)

func (b *fakeBackend) PendingNonceAt(ctx context.Context, _ common.Address) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nonceCalls++
	return b.pendingNonce, nil
}

func (b *fakeBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.mu.Lock()
	b.estimates++
	f := b.estimate
	b.mu.Unlock()
	if f != nil {
		return f(msg)
	}
	return 21000, nil
}

func (b *fakeBackend) SuggestGasTipCap(context.Context) (*big.Int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.tipCalls++
	return new(big.Int).Set(b.tip), nil
}

func (b *fakeBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n != nil {
		panic("fakeBackend: only the latest header")
	}
	b.headerCalls++
	return &types.Header{Number: new(big.Int).SetUint64(b.head), BaseFee: new(big.Int).Set(b.baseFee)}, nil
}

func (b *fakeBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.attempts = append(b.attempts, tx)
	defer b.notify()
	if b.sendHook != nil {
		if err := b.sendHook(tx); err != nil {
			return err
		}
	}
	b.accepted = append(b.accepted, tx)
	b.pendingNonce = max(b.pendingNonce, tx.Nonce()+1)
	if b.autoMine {
		b.mineLocked(tx.Hash(), b.status)
	}
	return nil
}

func (b *fakeBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.receiptCalls++
	if r, ok := b.receipts[h]; ok {
		return r, nil
	}
	return nil, ethereum.NotFound
}

// mine includes h in a new block with the given status.
func (b *fakeBackend) mine(h common.Hash, status uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.mineLocked(h, status)
}

func (b *fakeBackend) mineLocked(h common.Hash, status uint64) {
	b.head++
	b.receipts[h] = &types.Receipt{TxHash: h, Status: status, BlockNumber: new(big.Int).SetUint64(b.head)}
}

func (b *fakeBackend) notify() {
	close(b.changed)
	b.changed = make(chan struct{})
}

// waitAttempts blocks until SendTransaction was called at least n times.
func (b *fakeBackend) waitAttempts(n int) []*types.Transaction {
	for {
		b.mu.Lock()
		if len(b.attempts) >= n {
			out := append([]*types.Transaction(nil), b.attempts...)
			b.mu.Unlock()
			return out
		}
		ch := b.changed
		b.mu.Unlock()
		<-ch
	}
}

func (b *fakeBackend) with(f func(b *fakeBackend)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f(b)
}
