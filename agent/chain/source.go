package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"
)

// SourceBackend is the part of an Ethereum client a Source uses.
// *ethclient.Client and simulated.Client satisfy it; over HTTP,
// SubscribeFilterLogs fails with rpc.ErrNotificationsUnsupported and the
// Source polls.
type SourceBackend interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FollowMode says how a Source learns of new blocks once it has caught up.
type FollowMode uint8

const (
	// FollowAuto subscribes if the client can, and polls otherwise.
	FollowAuto FollowMode = iota
	// FollowSubscribe subscribes; a client that cannot is an error.
	FollowSubscribe
	// FollowPoll polls every PollInterval.
	FollowPoll
)

// String returns "auto", "subscribe" or "poll".
func (m FollowMode) String() string {
	switch m {
	case FollowAuto:
		return "auto"
	case FollowSubscribe:
		return "subscribe"
	case FollowPoll:
		return "poll"
	}
	return fmt.Sprintf("FollowMode(%d)", uint8(m))
}

// Cursor names a block by number and hash.
type Cursor struct {
	Number uint64
	Hash   common.Hash
}

// EventKind is what an Event reports.
type EventKind uint8

const (
	// LogAdded: Log is a log of a canonical block, delivered for the first
	// time since the block was last removed (if ever).
	LogAdded EventKind = iota + 1
	// LogRemoved: Log, delivered before with LogAdded, is no longer on the
	// canonical chain. Log.Removed is true. The consumer undoes its effect.
	LogRemoved
	// BlockDone: every log of the blocks up to Block.Number, on the chain
	// whose block Block.Number has hash Block.Hash, has been delivered, and
	// every log delivered above it has been removed. After handling this
	// event the consumer may persist Block as its cursor.
	BlockDone
)

// String returns the kind's name.
func (k EventKind) String() string {
	switch k {
	case LogAdded:
		return "LogAdded"
	case LogRemoved:
		return "LogRemoved"
	case BlockDone:
		return "BlockDone"
	}
	return fmt.Sprintf("EventKind(%d)", uint8(k))
}

// Event is one step of a Source's output.
type Event struct {
	Kind EventKind
	// Log is set for LogAdded and LogRemoved.
	Log types.Log
	// Block is the block of Log, or for BlockDone the block now complete.
	Block Cursor
	// Time is, for BlockDone, the timestamp of Block (the time the
	// contract's deadlines are checked against in its transactions).
	Time uint64
}

// Handler consumes a Source's events, one at a time, in order. An error
// stops the Source: Run returns it.
type Handler func(ctx context.Context, ev Event) error

// SourceConfig configures a Source. Address is required; a zero value
// elsewhere means the default given.
type SourceConfig struct {
	// Address is the contract whose logs are delivered.
	Address common.Address
	// Topics optionally restricts the logs, as in ethereum.FilterQuery.
	Topics [][]common.Hash

	// Start is the first block whose logs are delivered: the persisted
	// cursor's number plus one, or the contract's deployment block. Zero
	// is taken as 1 (a genesis block has no logs).
	Start uint64
	// StartParentHash, if set, is the hash of block Start-1: the persisted
	// cursor's hash. A reorg that replaced that block while the consumer
	// was stopped is then detected (as ErrReorgTooDeep, because the Source
	// does not know what was delivered before it started).
	StartParentHash common.Hash

	// ChunkSize is the most blocks the first log query of a backfill
	// covers. Default 2000. Each range delivered in full with more blocks
	// to go makes the next twice as wide, up to MaxChunkSize, so a long
	// backfill (after a downtime) costs few queries. A range the node
	// refuses is halved, and the width then taken bounds the rest of the
	// run (many providers limit the range); one refused for holding too
	// many logs (IsTooManyResults) is halved too, but bounds nothing.
	ChunkSize uint64
	// MaxChunkSize is the widest a log query grows: it bounds the logs
	// held in memory at once. Default 32 times ChunkSize; below
	// ChunkSize, it is taken as ChunkSize (no growth).
	MaxChunkSize uint64
	// Follow says how new blocks are noticed once caught up.
	Follow FollowMode
	// PollInterval is how often the head is polled when not subscribed.
	// Default 2s.
	PollInterval time.Duration
	// ResyncInterval is how often the head is polled while subscribed,
	// which moves BlockDone on over blocks without logs and catches
	// anything a subscription missed. Default 1 minute.
	ResyncInterval time.Duration
	// ReorgDepth is how many blocks below the newest delivered one the
	// Source remembers (hashes and delivered logs), so the reorgs it can
	// undo. Default 128; a deeper reorg is ErrReorgTooDeep.
	ReorgDepth uint64
	// NetworkTimeout bounds each RPC call. Default 10s.
	NetworkTimeout time.Duration
	// Retry is the backoff after a failed round (an RPC error, a lost
	// subscription). Default 1s to 30s.
	Retry Backoff
	// OnHead, if set, is called with the number of each chain head the
	// Source reads (for metrics: the head lag).
	OnHead func(number uint64)
	// OnReorg, if set, is called when the Source follows a reorganisation,
	// with the block it forked from and the block it had reached.
	OnReorg func(fork, was uint64)
	// Dial, if set, makes a new client after the subscription failed or
	// three rounds in a row did; the gap is then backfilled from the last
	// delivered block. A dialed client with a Close method is closed when
	// it is replaced or Run returns. Nil keeps the backend given.
	Dial func(ctx context.Context) (SourceBackend, error)

	// Tracker, if set, is told every header the Source reads and every
	// log, removal and block it delivers (see Tracker).
	Tracker *Tracker

	// Clock defaults to SystemClock.
	Clock Clock
	// Logger defaults to discarding.
	Logger *slog.Logger
}

// DefaultChunkSize is SourceConfig.ChunkSize when it is zero.
const DefaultChunkSize = 2000

func (c SourceConfig) withDefaults() SourceConfig {
	if c.Start == 0 {
		c.Start = 1
	}
	if c.ChunkSize == 0 {
		c.ChunkSize = DefaultChunkSize
	}
	if c.MaxChunkSize == 0 {
		c.MaxChunkSize = 32 * c.ChunkSize
	}
	c.MaxChunkSize = max(c.MaxChunkSize, c.ChunkSize)
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.ResyncInterval == 0 {
		c.ResyncInterval = time.Minute
	}
	if c.ReorgDepth == 0 {
		c.ReorgDepth = 128
	}
	if c.NetworkTimeout == 0 {
		c.NetworkTimeout = 10 * time.Second
	}
	if c.Retry == (Backoff{}) {
		c.Retry = Backoff{Min: time.Second, Max: 30 * time.Second}
	}
	if c.Clock == nil {
		c.Clock = SystemClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return c
}

// Check reports a configuration NewSource would refuse (after filling in
// defaults).
func (c SourceConfig) Check() error {
	c = c.withDefaults()
	switch {
	case c.Address == (common.Address{}):
		return errors.New("chain: SourceConfig.Address is required")
	case c.Follow > FollowPoll:
		return fmt.Errorf("chain: SourceConfig.Follow: unknown %s", c.Follow)
	case c.PollInterval < 0 || c.ResyncInterval < 0 || c.NetworkTimeout < 0:
		return errors.New("chain: SourceConfig durations must not be negative")
	}
	return c.Retry.check("SourceConfig.Retry")
}

// Source delivers the logs of one contract: see the package documentation
// for its guarantees. A Source runs once; to resume, make a new one from
// the persisted cursor.
type Source struct {
	cfg     SourceConfig
	backend SourceBackend
	log     *slog.Logger
	ran     atomic.Bool

	// Owned by Run's goroutine.
	last  Cursor  // the newest block delivered completely
	mem   []block // delivered blocks, ascending; see sync.go
	chunk uint64  // blocks of the next log query
	most  uint64  // the widest chunk may grow: MaxChunkSize, or the width taken after a refusal
}

// redialAfter is how many failed rounds in a row make Run dial anew.
const redialAfter = 3

// NewSource returns a Source reading through backend.
func NewSource(cfg SourceConfig, backend SourceBackend) (*Source, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if backend == nil {
		return nil, errors.New("chain: NewSource needs a backend")
	}
	cfg = cfg.withDefaults()
	s := &Source{
		cfg:     cfg,
		backend: backend,
		log:     cfg.Logger.With("contract", cfg.Address),
		last:    Cursor{Number: cfg.Start - 1, Hash: cfg.StartParentHash},
		chunk:   cfg.ChunkSize,
		most:    cfg.MaxChunkSize,
	}
	if cfg.StartParentHash != (common.Hash{}) {
		s.mem = []block{{Cursor: s.last}}
	}
	return s, nil
}

func (s *Source) query() ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{s.cfg.Address}, Topics: s.cfg.Topics}
}

// Run backfills from SourceConfig.Start to the head, then follows the
// chain, calling h for each event, until ctx ends (it returns ctx.Err()),
// h fails (it returns h's error), or the chain reorganises deeper than it
// can undo (ErrReorgTooDeep). RPC failures are retried with backoff, not
// returned. Run starts no goroutine that outlives it.
func (s *Source) Run(ctx context.Context, h Handler) error {
	if h == nil {
		return errors.New("chain: Source.Run needs a Handler")
	}
	if s.ran.Swap(true) {
		return errors.New("chain: Source.Run called twice")
	}
	backend, dialed := s.backend, false
	defer func() {
		if dialed {
			closeBackend(backend)
		}
	}()
	logs := make(chan wake, 256)
	var sub ethereum.Subscription
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	polling := s.cfg.Follow == FollowPoll
	failures := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if !polling && sub == nil {
			// Subscribe before catching up, so that nothing falls between.
			sub, err = s.subscribe(ctx, backend, logs)
			if errors.Is(err, rpc.ErrNotificationsUnsupported) {
				if s.cfg.Follow == FollowSubscribe {
					return fmt.Errorf("chain: the client cannot subscribe to logs: %w", err)
				}
				s.log.Info("the client cannot subscribe; polling", "interval", s.cfg.PollInterval)
				polling, err = true, nil
			}
		}
		if err == nil {
			err = s.catchUp(ctx, backend, h)
		}
		if err != nil {
			if err := fatal(ctx, err); err != nil {
				return err
			}
			failures++
			s.log.Warn("log source round failed", "failures", failures, "err", err)
			if failures%redialAfter == 0 && s.cfg.Dial != nil {
				if sub != nil {
					sub.Unsubscribe()
					sub = nil
				}
				if err := s.redial(ctx, &backend, &dialed); err != nil {
					return err
				}
			}
			d := s.cfg.Retry.Delay(failures - 1)
			if hint, ok := rateLimited(err); ok {
				d = max(min(s.cfg.Retry.Min, d), hint) // the node says how long
			}
			if err := sleep(ctx, s.cfg.Clock, d); err != nil {
				return err
			}
			continue
		}
		failures = 0

		interval, subErr := s.cfg.PollInterval, (<-chan error)(nil)
		if sub != nil {
			interval, subErr = s.cfg.ResyncInterval, sub.Err()
		}
		t := s.cfg.Clock.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C():
		case <-logs:
			// A log (added or removed) says the chain moved; what it moved
			// to is read by the next round.
			s.log.Debug("subscription notified")
			drain(logs)
		case err := <-subErr:
			s.log.Warn("log subscription lost", "err", err)
			sub.Unsubscribe()
			sub = nil
			if s.cfg.Dial != nil {
				if err := s.redial(ctx, &backend, &dialed); err != nil {
					t.Stop()
					return err
				}
			}
		}
		t.Stop()
	}
}

func (s *Source) subscribe(ctx context.Context, b SourceBackend, ch chan<- wake) (ethereum.Subscription, error) {
	cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
	defer cancel()
	var sub ethereum.Subscription
	var err error
	if rc, ok := b.(rpcClientBackend); ok {
		q := s.query()
		sub, err = rc.Client().EthSubscribe(cctx, ch, "logs", map[string]any{"address": q.Addresses, "topics": q.Topics})
	} else {
		sub, err = forwardWakes(cctx, b, s.query(), ch)
	}
	if err != nil {
		return nil, err
	}
	s.log.Info("subscribed to logs")
	return sub, nil
}

// wake is a log the subscription delivered, read no further: a log only
// says that the chain moved, and the next round's query reads what it
// moved to. Decoding the whole log (its topics and data, from hex) would
// do that round's work twice for every log of the contract (about a tenth
// of a miner's CPU at 1,000 concurrent sessions); and a log the client
// could not decode would end the subscription, where any notification can
// wake the Source.
type wake struct{}

// UnmarshalJSON accepts any notification.
func (*wake) UnmarshalJSON([]byte) error { return nil }

// rpcClientBackend is a backend that gives its RPC client, as
// *ethclient.Client does: the Source subscribes through it with a channel
// of wakes, so that no log is decoded.
type rpcClientBackend interface {
	Client() *rpc.Client
}

// forwardWakes subscribes with b's own SubscribeFilterLogs, for a backend
// without an RPC client (a simulated chain), and turns each log into a
// wake. The forwarding goroutine ends when the subscription is
// unsubscribed or fails.
func forwardWakes(ctx context.Context, b SourceBackend, q ethereum.FilterQuery, ch chan<- wake) (ethereum.Subscription, error) {
	logs := make(chan types.Log, cap(ch))
	inner, err := b.SubscribeFilterLogs(ctx, q, logs)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer inner.Unsubscribe()
		for {
			select {
			case <-logs:
				select {
				case ch <- wake{}:
				default: // a wake is waiting already
				}
			case err := <-inner.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// redial replaces *b with a client from Dial, retrying with backoff until
// it succeeds or ctx ends.
func (s *Source) redial(ctx context.Context, b *SourceBackend, dialed *bool) error {
	for attempt := 0; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, s.cfg.NetworkTimeout)
		nb, err := s.cfg.Dial(cctx)
		cancel()
		if err == nil {
			if *dialed {
				closeBackend(*b)
			}
			*b, *dialed = nb, true
			s.log.Info("reconnected", "attempts", attempt+1)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.log.Warn("dial failed", "attempt", attempt+1, "err", err)
		if err := sleep(ctx, s.cfg.Clock, s.cfg.Retry.Delay(attempt)); err != nil {
			return err
		}
	}
}

func closeBackend(b SourceBackend) {
	if c, ok := b.(interface{ Close() }); ok {
		c.Close()
	}
}

func drain(ch <-chan wake) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// handlerError marks an error returned by the Handler.
type handlerError struct{ err error }

func (e handlerError) Error() string { return e.err.Error() }
func (e handlerError) Unwrap() error { return e.err }

// fatal returns the error Run must return for err, or nil if the round
// may be retried.
func fatal(ctx context.Context, err error) error {
	var he handlerError
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, &he):
		return he.err
	case errors.Is(err, ErrReorgTooDeep):
		return err
	}
	return nil
}
