package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// SenderBackend is the part of an Ethereum client a Sender uses.
// *ethclient.Client and simulated.Client satisfy it.
type SenderBackend interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Candidate is a transaction as a caller wants it: what to call, with no
// nonce and no fees, which the Sender chooses.
type Candidate struct {
	// To is the contract called; nil creates a contract from Data.
	To *common.Address
	// Data is the calldata (or init code). It is never logged.
	Data []byte
	// GasLimit, if not zero, is used as is. Zero means estimate it (plus
	// SenderConfig.GasMarginPercent), which also refuses, with
	// ErrReverted, a transaction that would revert now.
	GasLimit uint64
	// Value is the wei sent along; nil means zero.
	Value *big.Int
}

// SenderConfig configures a Sender. From and Sign are required; a zero
// value elsewhere means the default given.
type SenderConfig struct {
	// From is the account that signs and pays.
	From common.Address
	// Sign signs transactions for From. It is called from several
	// goroutines at once. See KeySigner.
	Sign SignerFn

	// DecodeRevert, if not nil, names revert data for RevertError.Reason
	// (a contract's custom error with its arguments; see wire.DecodeRevert).
	DecodeRevert func(data []byte) (string, bool)

	// GasMarginPercent is added to a gas estimate, in percent. Default 20.
	GasMarginPercent uint64
	// MaxFeeCap is the highest fee cap (wei per gas) any transaction may
	// carry, first broadcast or fee bump. Default 500 gwei.
	MaxFeeCap *big.Int
	// ResubmitInterval is how long a broadcast may go without a receipt
	// before it is replaced with fees raised by at least 10%. Default 30s.
	ResubmitInterval time.Duration
	// ReceiptInterval is how often receipts are polled. Default 2s.
	ReceiptInterval time.Duration
	// Confirmations is the depth a receipt needs: a transaction included in
	// block B is done once the head is at least B+Confirmations-1, so 1
	// (the default) means "included". Each poll re-reads the receipt, so a
	// reorg that drops the transaction before that depth puts it back to
	// waiting (and, after ResubmitInterval, resubmitting).
	Confirmations uint64
	// Timeout bounds the wait, from the first broadcast, for the
	// transaction to be mined at the required depth; then Send returns
	// ErrTimeout. Default 5 minutes.
	Timeout time.Duration
	// NetworkTimeout bounds each RPC call. Default 10s.
	NetworkTimeout time.Duration
	// Retries is how often an RPC call failing with a transient error
	// (connection refused or reset, timeout, HTTP 429/5xx) is retried
	// before Send gives up. Default 4.
	Retries int
	// Retry is the backoff between those retries. Default 250ms to 5s.
	Retry Backoff

	// Tracker, if set, is the Tracker of a Source following the chain in
	// the same process (the one that delivers the logs of the contracts
	// the Sender's transactions call). The Sender then asks the node for
	// far less: a transaction that emitted a log the Source delivered is
	// mined (no receipt is polled for; the receipt Send returns then has
	// Status, TxHash, BlockNumber and BlockHash, and no GasUsed or Logs),
	// and receipts are polled, every ReceiptInterval, only for a
	// transaction not seen TrackerGrace blocks after its broadcast (a
	// revert emits no log) or ResubmitInterval/2 after it; the base fee
	// comes from the newest header the Source read, and the tip is read
	// again only once the head has moved and TipMaxAge has passed, and the
	// nonce is kept locally (see Sender). Until the Source has read a
	// header the Sender works as without a Tracker.
	Tracker *Tracker
	// TipMaxAge is how long a tip read with a Tracker set is used while
	// new blocks come. Default 15s.
	TipMaxAge time.Duration

	// Clock defaults to SystemClock.
	Clock Clock
	// Logger receives hashes, nonces, gas, fees and status, never calldata.
	// Default: discard.
	Logger *slog.Logger
}

func (c SenderConfig) withDefaults() SenderConfig {
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))
	}
	if c.ResubmitInterval == 0 {
		c.ResubmitInterval = 30 * time.Second
	}
	if c.ReceiptInterval == 0 {
		c.ReceiptInterval = 2 * time.Second
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.Timeout == 0 {
		c.Timeout = 5 * time.Minute
	}
	if c.NetworkTimeout == 0 {
		c.NetworkTimeout = 10 * time.Second
	}
	if c.Retries == 0 {
		c.Retries = 4
	}
	if c.Retry == (Backoff{}) {
		c.Retry = Backoff{Min: 250 * time.Millisecond, Max: 5 * time.Second}
	}
	if c.TipMaxAge == 0 {
		c.TipMaxAge = 15 * time.Second
	}
	if c.Clock == nil {
		c.Clock = SystemClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return c
}

// Check reports a configuration NewSender would refuse (after filling in
// defaults).
func (c SenderConfig) Check() error {
	c = c.withDefaults()
	switch {
	case c.From == (common.Address{}):
		return errors.New("chain: SenderConfig.From is required")
	case c.Sign == nil:
		return errors.New("chain: SenderConfig.Sign is required")
	case c.MaxFeeCap.Sign() <= 0:
		return errors.New("chain: SenderConfig.MaxFeeCap must be positive")
	case c.ResubmitInterval < 0 || c.ReceiptInterval < 0 || c.Timeout < 0 || c.NetworkTimeout < 0 || c.Retries < 0 || c.TipMaxAge < 0:
		return errors.New("chain: SenderConfig durations and Retries must not be negative")
	}
	return c.Retry.check("SenderConfig.Retry")
}

// Sender sends transactions for one account and waits until they are
// mined. It owns the account's nonces: nothing else should send from the
// account while a Sender is in use (another process doing so costs failed
// sends, retries and, for a transaction it replaces, ErrReplaced; not
// correctness).
//
// Send is safe for concurrent use. Nonce allocation, signing and the first
// broadcast happen under a mutex, one transaction at a time in nonce order;
// waiting for receipts (and resubmitting) happens outside it, so many
// transactions are in flight at once.
//
// Nonces: each broadcast takes the node's pending nonce for the account,
// or, if a transaction of this Sender still waiting for its receipt has
// that nonce (the node may have dropped it; its Send will broadcast it
// again), the next nonce no such transaction has. So a nonce the chain
// took back (its transaction dropped from the pool, or mined in a block a
// reorganisation removed, after its Send returned) is used again by the
// next transaction, instead of leaving a gap that no transaction above it
// could be mined across.
//
// With a Tracker the pending nonce is read once and then kept locally
// (one past the last broadcast), and read again only when it may be
// wrong: after the node rejected a broadcast or a broadcast failed, once
// the Tracker's Epoch changed (a reorganisation may have taken nonces
// back), and after a Send found its transaction lost, dropped or
// replaced, or returned without a receipt. A gap left by a
// reorganisation the Source had not yet seen when a nonce was taken is
// found by the waiting Send as soon as the Source undoes it (see wait),
// and filled (see fillGap).
type Sender struct {
	cfg     SenderConfig
	backend SenderBackend
	rpc     retrier
	log     *slog.Logger

	mu      sync.Mutex      // guards waiting and the local nonce, and orders broadcasts
	waiting map[uint64]bool // nonces of broadcasts whose Send is waiting
	// With a Tracker: the next nonce, valid while nonceOK and the
	// Tracker's Epoch is still nonceEpoch.
	nonce      uint64
	nonceOK    bool
	nonceEpoch uint64

	tipMu   sync.Mutex // guards the tip held with a Tracker
	tip     *big.Int
	tipAt   uint64    // the head's number when it was read
	tipTime time.Time // and the time
}

// TrackerGrace is how many blocks past the head at its broadcast a
// Sender with a Tracker waits for a transaction's log before it polls for
// the receipt.
const TrackerGrace = 3

// maxNonceRetries bounds how often one Send re-reads the nonce after the
// node rejected the one it used.
const maxNonceRetries = 3

// lostPolls is how many receipt polls a transaction may go without a
// receipt before the Sender asks the node for the account's pending nonce,
// to notice that the node lost the transaction or that a nonce gap below
// it keeps it from being mined (see wait); and how many polls a Send waits
// for a receipt of its own once the node called its nonce spent, before it
// returns ErrReplaced.
const lostPolls = 4

// NewSender returns a Sender for cfg.From using backend.
func NewSender(cfg SenderConfig, backend SenderBackend) (*Sender, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if backend == nil {
		return nil, errors.New("chain: NewSender needs a backend")
	}
	cfg = cfg.withDefaults()
	return &Sender{
		cfg:     cfg,
		backend: backend,
		rpc:     retrier{clock: cfg.Clock, backoff: cfg.Retry, retries: cfg.Retries, timeout: cfg.NetworkTimeout},
		log:     cfg.Logger.With("from", cfg.From),
		waiting: map[uint64]bool{},
	}, nil
}

// From returns the sending account.
func (s *Sender) From() common.Address { return s.cfg.From }

// Send estimates, prices, signs and broadcasts c, then waits until it is
// mined at the configured depth, resubmitting with higher fees while it is
// not. It returns the receipt of whichever broadcast was mined.
//
// Errors, by what they mean for the caller:
//   - ErrReverted with a nil receipt: the gas estimate reverted, nothing was
//     sent; errors.As gives a *RevertError with the revert data.
//   - ErrReverted with a receipt: mined with status 0; the nonce is spent.
//   - ErrFeeCapExceeded alone: the market is above MaxFeeCap; nothing sent.
//   - ErrTimeout: sent but not mined in time. It may still be mined.
//   - ErrReplaced: the nonce was mined, by a transaction that is none of
//     this Send's broadcasts; nothing of c was or will be mined.
//   - ctx's error after broadcasting: likewise, it may still be mined.
//   - other errors before broadcasting (RPC failures, rejection by the
//     node): nothing was sent, or at least its nonce was not counted on.
func (s *Sender) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	wait, err := s.Submit(ctx, c)
	if err != nil {
		return nil, err
	}
	return wait(ctx)
}

// Submit is Send in two halves: it returns once c is broadcast, so that
// calls submitted one after the other take the account's nonces in that
// order, and wait, which waits for the receipt exactly as Send does (its
// errors are Send's after broadcasting). An error from Submit itself is
// one of Send's errors before broadcasting. Call wait: until it returns,
// the nonce counts as taken.
func (s *Sender) Submit(ctx context.Context, c Candidate) (wait func(context.Context) (*types.Receipt, error), err error) {
	gas := c.GasLimit
	if gas == 0 {
		est, err := s.estimate(ctx, c)
		if err != nil {
			return nil, err
		}
		gas = est + est*s.cfg.GasMarginPercent/100
	}
	tip, baseFee, err := s.market(ctx)
	if err != nil {
		return nil, err
	}
	f, err := initialFees(tip, baseFee, s.cfg.MaxFeeCap)
	if err != nil {
		return nil, err
	}
	tx, mark, err := s.publish(ctx, c, gas, f)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (*types.Receipt, error) { return s.wait(ctx, tx, mark) }, nil
}

// Estimate asks the node for c's gas, as Submit does for a Candidate
// with no GasLimit (without the margin): a revert is a *RevertError
// (ErrReverted), decoded with SenderConfig.DecodeRevert.
func (s *Sender) Estimate(ctx context.Context, c Candidate) (uint64, error) {
	return s.estimate(ctx, c)
}

// estimate asks the node for c's gas, recognising a revert.
func (s *Sender) estimate(ctx context.Context, c Candidate) (uint64, error) {
	msg := ethereum.CallMsg{From: s.cfg.From, To: c.To, Value: c.Value, Data: c.Data}
	var gas uint64
	err := s.rpc.do(ctx, func(ctx context.Context) error {
		var err error
		gas, err = s.backend.EstimateGas(ctx, msg)
		return err
	})
	if rev, ok := asRevert(err); ok {
		if s.cfg.DecodeRevert != nil {
			rev.Reason, _ = s.cfg.DecodeRevert(rev.Data)
		}
		s.log.Info("estimate reverted", "to", c.To, "err", rev)
		return 0, rev
	}
	if err != nil {
		return 0, fmt.Errorf("chain: estimating gas: %w", err)
	}
	return gas, nil
}

// publish takes the next nonce (see Sender), signs and broadcasts, all
// under s.mu so that broadcasts leave in nonce order; a nonce the node
// calls too low or too high is read again and retried here. mark is the
// Tracker's state read right before the nonce of the broadcast that
// succeeded was taken: after
// the wait for s.mu (behind many broadcasts it can last several blocks,
// which would make the transaction look overdue at once) and before the
// broadcast (a Source may deliver blocks while wait starts).
func (s *Sender) publish(ctx context.Context, c Candidate, gas uint64, f fees) (*types.Transaction, trackerMark, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		mark := s.trackerMark() // before the nonce: a later Epoch must wake the wait
		nonce, err := s.nextNonce(ctx)
		if err != nil {
			return nil, trackerMark{}, err
		}
		for s.waiting[nonce] {
			nonce++
		}
		tx, err := s.sign(c, nonce, gas, f)
		if err != nil {
			return nil, trackerMark{}, err
		}
		maybeSent, err := s.broadcast(ctx, tx)
		if isNonceTooLow(err) && maybeSent && s.mined(ctx, tx) {
			// An attempt whose answer was lost reached the node, and
			// the transaction was mined before the next: sent.
			s.log.Info("a broadcast whose answer was lost was mined", "tx", tx.Hash(), "nonce", tx.Nonce())
			err = nil
		}
		if err != nil {
			s.nonceOK = false
		}
		if err == nil {
			s.waiting[nonce] = true
			s.nonce = nonce + 1
			s.log.Info("transaction sent", "tx", tx.Hash(), "nonce", tx.Nonce(), "gas", gas, "tip", f.tip, "feeCap", f.cap)
			return tx, mark, nil
		}
		// After a broadcast that may have reached the node, "nonce too low"
		// may mean it was mined meanwhile: sending again under a new nonce
		// could do the caller's action twice, so give up instead.
		if isNonceError(err) && !maybeSent && attempt < maxNonceRetries {
			s.log.Warn("nonce rejected, re-reading it", "nonce", tx.Nonce(), "err", err)
			continue
		}
		return nil, trackerMark{}, fmt.Errorf("chain: sending nonce %d: %w", tx.Nonce(), err)
	}
}

// mined reports whether the node has a receipt of tx: false when it has
// none, or cannot say.
func (s *Sender) mined(ctx context.Context, tx *types.Transaction) bool {
	var rcpt *types.Receipt
	err := s.rpc.do(ctx, func(ctx context.Context) error {
		var err error
		rcpt, err = s.backend.TransactionReceipt(ctx, tx.Hash())
		return err
	})
	return err == nil && rcpt != nil
}

// nextNonce returns the nonce of the next broadcast, before skipping the
// ones waiting Sends hold: the node's pending nonce, or with a Tracker
// that has read a header the one kept locally while it is valid (see
// Sender). The caller holds s.mu.
func (s *Sender) nextNonce(ctx context.Context) (uint64, error) {
	t := s.cfg.Tracker
	local := t != nil && t.Head() != nil
	var epoch uint64
	if local {
		epoch = t.Epoch()
		if s.nonceOK && s.nonceEpoch == epoch {
			return s.nonce, nil
		}
	}
	var nonce uint64
	err := s.rpc.do(ctx, func(ctx context.Context) error {
		var err error
		nonce, err = s.backend.PendingNonceAt(ctx, s.cfg.From)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("chain: reading the pending nonce: %w", err)
	}
	s.nonce, s.nonceOK, s.nonceEpoch = nonce, local, epoch
	return nonce, nil
}

// forgetNonce makes the next broadcast read the node's pending nonce.
func (s *Sender) forgetNonce() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nonceOK = false
}

// sign builds and signs the EIP-1559 transaction.
func (s *Sender) sign(c Candidate, nonce, gas uint64, f fees) (*types.Transaction, error) {
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := s.cfg.Sign(types.NewTx(&types.DynamicFeeTx{
		Nonce:     nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.cap,
		Gas:       gas,
		To:        c.To,
		Value:     value,
		Data:      c.Data,
	}))
	if err != nil {
		return nil, fmt.Errorf("chain: signing: %w", err)
	}
	return tx, nil
}

// broadcast sends tx, retrying transient failures. "already known" is
// success: an earlier attempt arrived. maybeSent reports whether an attempt
// failed in a way that leaves open whether the node got the transaction.
func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) (maybeSent bool, err error) {
	err = s.rpc.do(ctx, func(ctx context.Context) error {
		err := s.backend.SendTransaction(ctx, tx)
		if isTransient(err) {
			maybeSent = true
		}
		return err
	})
	if isAlreadyKnown(err) {
		return maybeSent, nil
	}
	return maybeSent, err
}

// release marks a nonce as no longer waited for: Send has returned.
func (s *Sender) release(nonce uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.waiting, nonce)
}
