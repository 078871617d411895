// Package agent is the runtime of a role agent: it follows the contract's
// logs, runs one protocol state machine per session naming its account in
// its role, executes the machines' actions (persisting secrets before the
// calls that depend on them) and sends their calls reliably. Once a
// session is Established it keeps K in its store and carries the session's
// encrypted inferences (package inference) until the session is closed.
//
// Data flows one way: chain logs (agent/chain Source) → decoded events
// (agent/wire) → state machines (agent/protocol) → actions → store
// (agent/store) and transactions (agent/chain Sender) → chain.
//
// The machines are touched only under one mutex, from the log handler or
// from Open; sends run in their own goroutines and never touch a machine.
// Calls are sent when a block is complete and only when the Source has
// caught up, so a restart never resends a step already on chain.
package agent

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/endpoint"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// maxBatch bounds the calls of one batched transaction, keeping it well
// inside a block's gas limit (a hybrid wrap call is the largest, about
// 120k gas).
const maxBatch = 50

// markerSecret is the store entry that records that this agent serves a
// session, before it holds any secret of it, so that a session accepted
// before the persisted cursor is restored after a restart.
const markerSecret = "served"

// Backend is what an agent needs of a chain client. *ethclient.Client and
// the simulated backend's client satisfy it.
type Backend interface {
	chain.SenderBackend
	chain.SourceBackend
	ethereum.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
}

// Config configures an agent.
type Config struct {
	Role     session.Role
	Account  account.Account
	Contract common.Address
	// StartBlock is the contract's deployment block: where the log history
	// begins when there is no cursor.
	StartBlock uint64
	DataDir    string
	// Accept decides whether to serve a session naming this account (a
	// miner may refuse spam). Nil accepts every session.
	Accept func(protocol.Opened) bool
	// OnOutcome, if set, is called when a session ends, with the agent's
	// lock held (it must not call the agent). An Established outcome carries
	// the session key, which the callee then owns (zero it when done); it is
	// shared with the Session handle Open returned, if any. With neither a
	// handle nor OnOutcome, the runtime zeroes the key.
	OnOutcome func(session.ID, protocol.Outcome)
	// Backend runs the prompts of Established sessions: the miner answers
	// with it and the oracle re-runs on it (when it is deterministic). Nil
	// means inference.Deterministic. The user's is not used.
	Backend inference.Backend
	// Batch sends the calls that fall due in one block as one multicall
	// transaction (up to 50 calls each) instead of one transaction each:
	// fewer transactions and less gas per session when an agent serves
	// many sessions at once.
	Batch bool
	// Listen, for a miner, is the address its stream endpoint listens on
	// (PROTOCOL.md §13.8; "127.0.0.1:0" picks a port); empty: no endpoint.
	// PublicURL is the URL announced on chain (default "http://" and the
	// address listened on).
	Listen, PublicURL string
	// EndpointLimits bound the endpoint (zero: endpoint.DefaultLimits).
	EndpointLimits endpoint.Limits
	// StreamFetch is how long the oracle tries to obtain a streamed
	// request's streams before it judges it unavailable, and how long a
	// user tries an endpoint that refuses a prompt or a delivery while
	// its agent may be behind the chain (docs/PROTOCOL.md §13.8).
	// Default 30s.
	StreamFetch time.Duration
	// HTTPClient reaches the endpoints. Default http.DefaultClient.
	HTTPClient *http.Client
	// PollInterval is how often the chain is polled when it cannot push
	// logs. Default 1s.
	PollInterval time.Duration
	// RotateEvery, when positive, makes a miner or an oracle register a new
	// recipient key of each suite it has registered (version + 1) once the
	// current one is this old (keys.go). Whether or not it is set, a
	// private key of an older version is deleted once no session that is
	// not over recorded it (RetireDepth blocks after the newer version's
	// registration).
	RotateEvery time.Duration
	// Now is the clock RotateEvery is measured on. Default time.Now.
	Now func() time.Time
	// OneTimeBatch, for a miner or oracle, is how many one-time X25519 keys
	// a refill of its X25519 pool publishes (0: no pool, the library's zero
	// value; the binaries
	// default to DefaultOneTimeBatch). Without a pool a user opens a
	// Method 2 session with this agent only if allowed to fall back to the
	// registered key (OpenOptions.AllowRegisteredKeys), without forward
	// secrecy before its rotation.
	// OneTimeLowWater is the number of fresh published keys below which
	// the agent refills (docs/PROTOCOL.md §6.4).
	OneTimeBatch    int
	OneTimeLowWater int
	// HybridOneTimeBatch and HybridOneTimeLowWater are the same for the
	// pool of one-time hybrid keys (at most wire.MaxOneTimeBatch a
	// batch; the binaries default to DefaultHybridOneTimeBatch), kept when
	// the agent has an active registered hybrid key: without one it serves
	// no hybrid session.
	HybridOneTimeBatch    int
	HybridOneTimeLowWater int
	// Rand defaults to crypto/rand.
	Rand   io.Reader
	Logger *slog.Logger
	// Metrics, if set, receives the agent's transactions, sessions by phase
	// and outcome, chain head and processed block, reorganisations and
	// inference latencies. (Its RPC counts come from the client the agent
	// is given, dialled with the metrics' transport.)
	Metrics *metrics.Metrics
}

// Check reports the first problem with c.
func (c *Config) Check() error {
	switch {
	case !c.Role.Valid():
		return fmt.Errorf("agent: invalid role %v", c.Role)
	case c.Account.Key == nil:
		return errors.New("agent: no account key")
	case c.Contract == (common.Address{}):
		return errors.New("agent: no contract address")
	case c.DataDir == "":
		return errors.New("agent: no data directory")
	}
	return nil
}

// Agent serves one account in one role.
type Agent struct {
	cfg     Config
	backend Backend
	log     *slog.Logger
	chainID uint64
	store   *store.Store
	sender  *chain.Sender
	// tracker is shared by the log source and the sender: the sender
	// learns from the delivered logs that its transactions were mined.
	tracker *chain.Tracker
	// logs reads the log ranges of restore and of rebuilds in pieces the
	// node accepts (an endpoint may bound eth_getLogs's range).
	logs *chain.LogRanges
	dec  *wire.Decoder
	// gas holds the gas estimate of each kind of single call sent, so
	// that the node is asked once per kind (again after a failed send).
	gas *gasProfile

	mu sync.Mutex
	// staging is set while the agent applies a log it follows: what that
	// changes of the store is staged, and committed once per block, before
	// the block's cursor is stored and anything is sent (putSecret).
	staging bool
	reg     *wire.Registry
	// regStale is set when the agent learnt of a consumed one-time key
	// since reg was last stored: that alone does not store it before the
	// cursor passes the block (registry.go), but at the next pruning or
	// on the way out.
	regStale bool
	// prunedAt is the block of pruneOneTime's last run.
	prunedAt uint64
	// regDirty is set when a registry event changed reg since it was
	// last stored (registry.go).
	regDirty bool
	// oneTimeRead holds the recipients whose newest one-time keys the
	// user has read (lookupOneTimeKeys).
	oneTimeRead map[oneTimePool]bool
	machines    map[session.ID]*protocol.Machine
	rebuild     map[session.ID]bool
	inFlight    map[session.ID]protocol.Step
	// mined holds the block of a call mined before the agent processed
	// that block: the session stays busy until it has, so that the
	// machine has seen its own step before its next one is chosen.
	mined map[session.ID]uint64
	// discloseFailures counts failed disclosures per session; after
	// maxDiscloseTries the secret is deleted undisclosed.
	discloseFailures map[session.ID]int
	processed        uint64 // the last block whose logs were all applied
	// openMu serialises Open. opensInFlight counts the open transactions
	// not yet mined; openIdle is closed when it drops to zero; openNonce is
	// the nonce after the last one sent; openGas is the gas the last open
	// of each kind was estimated (or seen) to use.
	openMu        sync.Mutex
	opensInFlight int
	openIdle      chan struct{}
	openNonce     uint64
	openGas       map[openKind]uint64
	// keyInfo holds the registry records opens read (recipientInfo),
	// dropped when a registry event of the account and suite is applied.
	keyInfo     map[keyRef]KeyInfo
	handles     map[session.ID]*Session
	convs       map[session.ID]*conversation // Established sessions not yet closed
	live        bool
	ready       chan struct{} // closed when live
	endpointURL string        // a miner's announced endpoint, once listening
	endpoint    *endpoint.Server
	// endpoints are the endpoint URLs of accounts (latest announcement,
	// "" withdrawn) looked up once and kept current by the logs the
	// agent follows.
	endpoints map[common.Address]string
	wg        sync.WaitGroup
	// stopping is closed when Run stops following the chain: background
	// waits end then, whatever context their caller gave.
	stopping chan struct{}
	stopOnce sync.Once
	// done is closed when Run has returned, with its error in runErr.
	done     chan struct{}
	doneOnce sync.Once
	runErr   error
	// unopened holds the user's own opens not yet seen on chain, with
	// their nonces: if the chain's nonce passes one, that open can never
	// be mined and its secret goes.
	unopened map[session.ID]uint64
	// corrupt holds the sessions whose stored record cannot be read: the
	// agent cannot take part, and deletes the record when the session ends.
	corrupt map[session.ID]error
	// Recovery from reorganisations (reorg.go): the user's opens to send
	// again, sessions missing from the canonical chain (since a block),
	// and Established sessions whose establishment was removed.
	reopen    map[session.ID]uint64
	orphans   map[session.ID]uint64
	unsettled map[session.ID]unsettled
	// rotating holds the suites whose key rotation is in flight.
	rotating map[session.Suite]rotation
	// lastOpened is the last SessionOpened seen: OneTimeKeysUsed follows
	// its session's in the same transaction. refilling is set while a
	// one-time key batch is being published.
	lastOpened protocol.Opened
	refilling  map[session.Suite]bool
	// deadOneTime holds, per suite, the numbers of this account's fresh
	// published one-time keys whose private halves this data directory
	// lacks (published from another one): found at the first live block,
	// counted out of the pool (usableOneTimeKeys).
	deadOneTime map[session.Suite]map[uint32]bool
	// claimed are the recipients' one-time keys this user named in an
	// open: never named twice, even when that open failed.
	claimed map[oneTimeClaim]bool
	// namedBy is the session that consumed each one-time key a session
	// this agent serves named (its own or a recipient's): pruneOneTime
	// keeps such a key in the registry while the session is served.
	namedBy map[oneTimeClaim]session.ID
	// oneTimeFloor holds, per recipient and suite, the lowest of its
	// one-time keys the contract called available when this user first
	// picked one (pickOneTimeKey): the one read of availability per pool
	// and run; from then on the followed OneTimeKeysUsed logs say which
	// keys are fresh.
	oneTimeFloor map[oneTimePool]uint32
}

// New checks the configuration, opens the store and connects the sender.
func New(ctx context.Context, cfg Config, backend Backend) (*Agent, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("role", cfg.Role.String(), "account", cfg.Account.Address.Hex())
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("agent: chain id: %w", err)
	}
	st, err := store.Open(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	tracker := chain.NewTracker()
	sender, err := chain.NewSender(chain.SenderConfig{
		From: cfg.Account.Address, Sign: chain.KeySigner(cfg.Account.Key, id),
		ReceiptInterval: cfg.PollInterval / 2, Logger: log, DecodeRevert: wire.DecodeRevert,
		Tracker: tracker,
	}, backend)
	if err != nil {
		return nil, err
	}
	return &Agent{
		cfg: cfg, backend: backend, log: log, chainID: id.Uint64(), store: st, sender: sender, tracker: tracker, logs: chain.NewLogRanges(backend, log), gas: newGasProfile(),
		dec: wire.NewDecoder(id.Uint64(), cfg.Contract), reg: wire.NewRegistry(),
		machines: map[session.ID]*protocol.Machine{}, rebuild: map[session.ID]bool{}, inFlight: map[session.ID]protocol.Step{},
		mined: map[session.ID]uint64{}, discloseFailures: map[session.ID]int{}, handles: map[session.ID]*Session{}, convs: map[session.ID]*conversation{}, openGas: map[openKind]uint64{}, keyInfo: map[keyRef]KeyInfo{}, ready: make(chan struct{}),
		stopping: make(chan struct{}), done: make(chan struct{}), unopened: map[session.ID]uint64{}, corrupt: map[session.ID]error{},
		reopen: map[session.ID]uint64{}, orphans: map[session.ID]uint64{}, unsettled: map[session.ID]unsettled{},
		rotating: map[session.Suite]rotation{},
		claimed:  map[oneTimeClaim]bool{}, namedBy: map[oneTimeClaim]session.ID{}, oneTimeRead: map[oneTimePool]bool{}, oneTimeFloor: map[oneTimePool]uint32{},
		refilling: map[session.Suite]bool{}, deadOneTime: map[session.Suite]map[uint32]bool{},
	}, nil
}

// Close releases the agent's store (and its directory lock). Call it after
// Run has returned (which has committed what its logs staged).
func (a *Agent) Close() error { return a.store.Close() }

// Ready is closed once Run has caught up with the chain head: from then on
// the agent acts on new blocks as they come, and Open finds every key
// registration made before. A Run that fails before it catches up never
// closes Ready: wait on Done as well.
//
//	go a.Run(ctx)
//	select {
//	case <-a.Ready():
//	case <-a.Done():
//		return a.Err()
//	}
func (a *Agent) Ready() <-chan struct{} { return a.ready }

// Processed returns the last block whose logs Run has applied (0 before
// the first).
func (a *Agent) Processed() uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.processed
}

// Done is closed when Run has returned; Err then says why.
func (a *Agent) Done() <-chan struct{} { return a.done }

// Err returns the error Run returned, once Done is closed; nil before.
func (a *Agent) Err() error {
	select {
	case <-a.done:
		return a.runErr
	default:
		return nil
	}
}

// ChainID returns the chain the agent is connected to.
func (a *Agent) ChainID() uint64 { return a.chainID }

// Run follows the chain and serves sessions until ctx ends. It returns
// ctx's error, or the first error it cannot recover from; Done and Err
// tell the same to other goroutines.
func (a *Agent) Run(ctx context.Context) error {
	err := a.run(ctx)
	a.doneOnce.Do(func() {
		a.runErr = err
		close(a.done)
	})
	return err
}

func (a *Agent) run(ctx context.Context) error {
	start := a.cfg.StartBlock
	var parent common.Hash
	cur, err := a.store.Cursor()
	newDir := false
	switch {
	case err == nil:
		start, parent = cur.Block+1, common.HexToHash(cur.Hash)
	case !errors.Is(err, store.ErrNotFound):
		return err
	default:
		newDir = a.cfg.Role != session.User
	}
	head, err := a.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("agent: head: %w", err)
	}
	var named []session.ID
	switch {
	case a.cfg.Role == session.User && head.Number.Uint64() >= start:
		// The user takes part only in the sessions its store holds (it
		// opened them): restore those, and the registry, up to the head
		// and follow from there, rather than replay every session of
		// every user since the cursor (or since the deployment).
		start, parent = head.Number.Uint64()+1, head.Hash()
	case newDir && head.Number.Uint64() >= start:
		// A miner or an oracle on a new data directory: of the chain's
		// past it needs the registry and the sessions that name it (a
		// Method 1 session it may still join), not every session of every
		// party. Find those by their SessionOpened, restore them with the
		// registry up to the head, and follow from there. A session
		// opened more than the longest phase timeout before the head is
		// past its first phase's deadline, and a new data directory holds
		// no secret of a later phase: only the opens since then are read.
		from, err := a.opensWorthReading(ctx, start, head)
		if err != nil {
			return err
		}
		if named, err = a.sessionsNamingMe(ctx, from, head.Number.Uint64()); err != nil {
			return err
		}
		start, parent = head.Number.Uint64()+1, head.Hash()
	}
	// On a new data directory the registry is read from the deployment
	// whatever the store holds: a registry stored by an earlier start that
	// stopped before its first block was done ends at that start's head.
	if err := a.restore(ctx, start, newDir, named...); err != nil {
		return err
	}
	if err := a.findUnopened(); err != nil {
		return err
	}
	if a.cfg.Listen != "" && (a.cfg.Role == session.Miner || a.cfg.Role == session.Oracle) {
		if err := a.serveEndpoint(ctx); err != nil {
			return err
		}
	}
	liveFrom := head.Number.Uint64()
	switch {
	case start == liveFrom+1 && parent == head.Hash():
		// Already at the head, which the restore applied (or the cursor
		// names): the head's block is done now, not at the next block,
		// which an idle chain that mines on demand may never make. So the
		// agent is live, refills its one-time key pools and sends its
		// restored sessions' pending calls at once.
		a.mu.Lock()
		err := a.blockDone(ctx, chain.Cursor{Number: liveFrom, Hash: head.Hash()}, head.Time, liveFrom)
		a.mu.Unlock()
		if err != nil {
			return err
		}
	case start > liveFrom:
		// Ahead of the head (the chain went back): live now; the log
		// source finds out what changed.
		a.mu.Lock()
		a.live = true
		close(a.ready)
		a.mu.Unlock()
		a.log.Info("caught up with the chain", "block", liveFrom)
	}
	for {
		err = a.follow(ctx, start, parent, liveFrom)
		a.mu.Lock()
		// What the logs of an unfinished block staged: harmless to keep
		// (those logs are applied again from the cursor), and deletions
		// among it are due.
		if cerr := a.store.Commit(); cerr != nil {
			a.log.Error("cannot store the secrets of the last logs applied", "err", cerr)
		}
		a.mu.Unlock()
		if ctx.Err() != nil || !errors.Is(err, chain.ErrReorgTooDeep) {
			break
		}
		if start, parent, err = a.rewind(ctx, start, err); err != nil {
			break
		}
	}
	a.stopOnce.Do(func() { close(a.stopping) })
	a.wg.Wait()
	a.mu.Lock()
	if a.regStale {
		// What the agent learnt of consumed one-time keys since the
		// registry was last stored (registry.go).
		if serr := a.saveRegistry(); serr != nil {
			a.log.Warn("cannot store the key registry on the way out", "err", serr)
		}
	}
	a.mu.Unlock()
	return err
}

// follow runs a log source from start and applies what it delivers.
func (a *Agent) follow(ctx context.Context, start uint64, parent common.Hash, liveFrom uint64) error {
	cfg := chain.SourceConfig{
		Address: a.cfg.Contract, Start: start, StartParentHash: parent,
		PollInterval: a.cfg.PollInterval, ResyncInterval: 5 * a.cfg.PollInterval, Logger: a.log,
		Tracker: a.tracker,
		OnHead:  a.cfg.Metrics.Head, OnReorg: func(uint64, uint64) { a.cfg.Metrics.Reorg() },
	}
	if b := a.logs.Bound(); b > 0 {
		// The endpoint refused a wider range of the start's log queries:
		// the follower keeps to the width it took, rather than learn it
		// again from refusals of its own.
		cfg.ChunkSize, cfg.MaxChunkSize = min(b, chain.DefaultChunkSize), b
	}
	src, err := chain.NewSource(cfg, a.backend)
	if err != nil {
		return err
	}
	a.mu.Lock()
	restored := len(a.machines)
	a.mu.Unlock()
	a.log.Info("agent running", "from_block", start, "sessions", restored)
	return src.Run(ctx, func(ctx context.Context, ev chain.Event) error {
		a.mu.Lock()
		defer a.mu.Unlock()
		switch ev.Kind {
		case chain.LogAdded:
			a.staging = true
			a.handleLog(ev.Log)
			a.staging = false
		case chain.LogRemoved:
			a.staging = true
			a.handleRemoved(ev.Log)
			a.staging = false
		case chain.BlockDone:
			if err := a.blockDone(ctx, ev.Block, ev.Time, liveFrom); err != nil {
				return err
			}
		}
		return nil
	})
}

// untilStopped returns ctx, also cancelled when Run stops.
func (a *Agent) untilStopped(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		select {
		case <-a.stopping:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// restore rebuilds the key registry and the machines of the sessions in
// the store from their logs before start. What it reads does not grow
// with the chain's history: the registry comes from the store (see
// registry.go), and of the chain it reads only the logs of the sessions
// the store still holds, by their indexed ids, back to the oldest one's
// SessionOpened. With full (a rebuild after
// a deep reorganisation) a miner or an oracle reads the registry's events
// since the deployment again.
func (a *Agent) restore(ctx context.Context, start uint64, full bool, named ...session.ID) error {
	a.mu.Lock()
	loaded := false
	var err error
	if !full || a.cfg.Role == session.User {
		loaded, err = a.loadRegistry()
	}
	if !loaded && a.cfg.Role != session.User {
		// Read below (or followed from the deployment): stored at the
		// next block, even if empty.
		a.regDirty = true
	}
	a.mu.Unlock()
	if err != nil {
		return err
	}
	if start <= a.cfg.StartBlock {
		return nil
	}
	to := new(big.Int).SetUint64(start - 1)
	from := new(big.Int).SetUint64(a.cfg.StartBlock)
	var regLogs []types.Log
	if !loaded && a.cfg.Role != session.User {
		// No stored registry (a store from before it was kept): read it
		// once, registered keys and published one-time keys (those others
		// consumed are not read back, which would read every session's
		// open: Open asks the contract whether the key it picks is still
		// available); it is stored from now on. The user's is a cache,
		// filled by the opens that need it.
		regLogs, err = a.logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{a.cfg.Contract},
			Topics: [][]common.Hash{append(slices.Clone(registryEvents), oneTimePublished)}})
		if err != nil {
			return fmt.Errorf("agent: restoring the key registry: %w", err)
		}
	}
	ids, err := a.store.Sessions()
	if err != nil {
		return err
	}
	for _, id := range named {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	served := map[session.ID]bool{}
	topics := make([]common.Hash, 0, len(ids))
	for _, id := range ids {
		served[id] = true
		topics = append(topics, common.Hash(id))
	}
	var logs []types.Log
	if len(topics) > 0 {
		// Back from the head until every stored session's SessionOpened:
		// as far back as the oldest of them, not to the deployment.
		logs, err = wire.SessionLogsBack(a.cfg.StartBlock, start-1, ids, func(f, t uint64) ([]types.Log, error) {
			return a.logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(f), ToBlock: new(big.Int).SetUint64(t),
				Addresses: []common.Address{a.cfg.Contract}, Topics: [][]common.Hash{nil, topics}})
		})
		if err != nil {
			return fmt.Errorf("agent: restoring %d sessions: %w", len(topics), err)
		}
		wire.SortLogs(logs)
		a.skipSettled(named, served, logs)
	}
	a.mu.Lock()
	for _, l := range regLogs {
		a.handleLog(l)
	}
	var opens []protocol.Opened
	for i := range logs {
		if ev, err := a.dec.Decode(&logs[i]); err == nil {
			if op, ok := ev.(protocol.Opened); ok && served[op.Params.ID] {
				opens = append(opens, op)
			}
		}
	}
	a.mu.Unlock()
	if a.cfg.Role == session.User {
		if err := a.fillKeys(ctx, opens); err != nil {
			return err
		}
	} else {
		// The batches read, or the registry stored, say nothing of the
		// keys consumed since (registry.go).
		if err := a.markConsumedOneTime(ctx); err != nil {
			return err
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for i := range logs {
		if len(logs[i].Topics) > 1 && served[session.ID(logs[i].Topics[1])] {
			a.handleLog(logs[i])
		}
	}
	if a.regDirty {
		return a.saveRegistry()
	}
	return nil
}

// settledEvents are the topics of the events after which a party that
// holds nothing of a session cannot take part in it: its establishment
// (the key it would need is gone with the data directory) and its ends.
var settledEvents = func() map[common.Hash]bool {
	ev := bindings.NewSessionKeystore().GetABI().Events
	out := map[common.Hash]bool{}
	for _, name := range []string{"SessionEstablished", "SessionFailed", "SessionExpired", "SessionClosed"} {
		out[ev[name].ID] = true
	}
	return out
}()

// skipSettled drops from served the sessions of named (found by a new
// data directory, which holds no secret of them) whose logs show them
// established or ended: nothing is left in them for this agent to do, and
// a machine made from their logs would only stall. The caller does not
// hold a.mu.
func (a *Agent) skipSettled(named []session.ID, served map[session.ID]bool, logs []types.Log) {
	settled := map[session.ID]bool{}
	for i := range logs {
		if len(logs[i].Topics) > 1 && settledEvents[logs[i].Topics[0]] {
			settled[session.ID(logs[i].Topics[1])] = true
		}
	}
	skipped := 0
	for _, id := range named {
		if settled[id] && served[id] && !a.holds(id) {
			delete(served, id)
			skipped++
		}
	}
	if skipped > 0 {
		a.log.Info("new data directory: past sessions already established or ended, not served", "sessions", skipped)
	}
}

// opensWorthReading returns the first block from start on whose
// timestamp is within session.MaxPhaseTimeout of head's: a session
// opened before it had its first phase's deadline before the head, so an
// agent that has not acted in it (a new data directory has no secret of
// any session) can no longer take part. It reads the range's first
// header and, when that block is older, about log2 of the range's
// headers more.
func (a *Agent) opensWorthReading(ctx context.Context, start uint64, head *types.Header) (uint64, error) {
	window := uint64(session.MaxPhaseTimeout / time.Second)
	if head.Time <= window || start >= head.Number.Uint64() {
		return start, nil
	}
	since := head.Time - window
	first, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(start))
	if err != nil {
		return 0, fmt.Errorf("agent: reading header %d: %w", start, err)
	}
	if first.Time >= since {
		return start, nil
	}
	from, err := chain.FirstBlockSince(ctx, a.backend, start+1, head.Number.Uint64(), since)
	if err != nil {
		return 0, fmt.Errorf("agent: finding the first open that may still name this %v: %w", a.cfg.Role, err)
	}
	if from > start {
		a.log.Info("new data directory: opens older than the longest phase timeout skipped", "from_block", from, "phase_timeout", session.MaxPhaseTimeout)
	}
	return from, nil
}

// sessionsNamingMe returns the sessions opened from block from to block
// to that name this agent's account in its role: one log query (chunked)
// by the indexed account, of SessionOpened's miner for a miner, of
// OracleNamed's oracle for an oracle (SessionOpened cannot index it too).
// So what it reads grows with the sessions that name this account, not
// with every party's.
func (a *Agent) sessionsNamingMe(ctx context.Context, from, to uint64) ([]session.ID, error) {
	me := a.cfg.Account.Address
	topics := [][]common.Hash{{sessionOpened}, nil, nil, {common.BytesToHash(me.Bytes())}}
	if a.cfg.Role == session.Oracle {
		topics = [][]common.Hash{{oracleNamed}, nil, {common.BytesToHash(me.Bytes())}}
	}
	logs, err := a.logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{a.cfg.Contract}, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("agent: finding the sessions that name this %v: %w", a.cfg.Role, err)
	}
	var ids []session.ID
	for i := range logs {
		ev, err := a.dec.Decode(&logs[i])
		if err != nil {
			continue // handleLog says so when the session's logs are read
		}
		switch ev := ev.(type) {
		case protocol.Opened:
			if a.cfg.Role == session.Miner && ev.Params.Miner == me {
				ids = append(ids, ev.Params.ID)
			}
		case wire.OracleNamed:
			// Its SessionOpened, read with the session's logs, is checked
			// whole by opened before the session is served.
			if a.cfg.Role == session.Oracle && ev.Oracle == me {
				ids = append(ids, ev.Session)
			}
		}
	}
	if len(ids) > 0 {
		a.log.Info("new data directory: sessions of the past that name this account", "sessions", len(ids))
	}
	return ids, nil
}

// findUnopened records the user's own opens in the store that were never
// seen on chain (the agent stopped before the open was mined): they are
// kept until their fate is known (dropUnopened).
func (a *Agent) findUnopened() error {
	if a.cfg.Role != session.User {
		return nil
	}
	ids, err := a.store.Sessions()
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, id := range ids {
		if a.machines[id] != nil || a.convs[id] != nil {
			continue
		}
		s, err := a.store.Secrets(id)
		if err != nil {
			a.log.Error("cannot read a stored session", "session", id, "err", err)
			a.noteCorrupt(id, err)
			continue
		}
		if n, ok := openNonce(s[markerSecret]); ok {
			a.unopened[id] = n
		}
	}
	return nil
}

// noteCorrupt records a session whose stored record cannot be read. The
// caller holds a.mu.
func (a *Agent) noteCorrupt(id session.ID, err error) {
	if errors.Is(err, store.ErrCorrupt) {
		a.corrupt[id] = err
	}
}

// endCorrupt deletes the unreadable record of a session when the event
// ends it: what is left of its secrets must not outlive it. The caller
// holds a.mu.
func (a *Agent) endCorrupt(ev protocol.Event) {
	id := ev.EventMeta().Session
	if a.corrupt[id] == nil {
		return
	}
	switch ev.(type) {
	case protocol.SessionFailed, protocol.SessionExpired, inference.Closed:
	default:
		return
	}
	delete(a.corrupt, id)
	if err := a.deleteSession(id); err != nil {
		a.log.Error("deleting an unreadable session record failed", "session", id, "err", err)
		return
	}
	a.log.Warn("session ended; its unreadable record deleted", "session", id, "event", fmt.Sprintf("%T", ev))
}

// openNonce decodes the nonce a user's marker records for its own open.
func openNonce(v []byte) (uint64, bool) {
	if len(v) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(v), true
}

// dropUnopened deletes the stored secrets of the user's opens that can no
// longer be mined: the chain's nonce for this account, as of block, has
// passed theirs, and their SessionOpened was not in any block up to it.
// The caller holds a.mu.
func (a *Agent) dropUnopened(ctx context.Context, block uint64) {
	waiting := false
	for id := range a.unopened {
		if _, busy := a.inFlight[id]; !busy {
			waiting = true
		}
	}
	if !waiting {
		return
	}
	abi := bindings.NewSessionKeystore()
	to := a.cfg.Contract
	out, err := a.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: abi.PackNonces(a.cfg.Account.Address)}, new(big.Int).SetUint64(block))
	if err != nil {
		a.log.Warn("cannot read the account's nonce", "block", block, "err", err)
		return
	}
	chainNonce, err := abi.UnpackNonces(out)
	if err != nil {
		a.log.Warn("cannot read the account's nonce", "block", block, "err", err)
		return
	}
	for id, n := range a.unopened {
		if _, busy := a.inFlight[id]; busy || n >= chainNonce {
			continue
		}
		delete(a.unopened, id)
		delete(a.reopen, id)
		if m := a.machines[id]; m != nil && m.Phase() != session.PhaseNone {
			continue
		}
		delete(a.machines, id)
		if err := a.store.DeleteSession(id); err != nil {
			a.log.Error("deleting session secrets failed", "session", id, "err", err)
			continue
		}
		a.log.Info("an open that was never mined: its nonce is used; secrets deleted", "session", id, "nonce", n)
		if h := a.handles[id]; h != nil {
			delete(a.handles, id)
			h.end(protocol.Outcome{Reason: fmt.Errorf("opening the session: nonce %d was used by another transaction", n)})
		}
	}
}

// handleLog decodes one log and feeds it to its session's machine.
func (a *Agent) handleLog(l types.Log) {
	ev, err := a.dec.Decode(&l)
	if err != nil {
		a.log.Warn("ignoring undecodable log", "block", l.BlockNumber, "tx", l.TxHash, "index", l.Index, "err", err)
		return
	}
	switch ev := ev.(type) {
	case wire.KeyRegistered:
		a.reg.Add(ev)
		a.regDirty = true
		ref := keyRef{ev.Account, ev.Suite}
		if info, ok := a.keyInfo[ref]; ok && (info.Version != ev.Version || info.Hash != ev.KeyHash || info.Revoked) {
			// Stale; an open that read the registry before this agent
			// applied the registration remembers the same record: kept.
			delete(a.keyInfo, ref)
		}
	case wire.KeyRevoked:
		a.reg.Revoke(ev)
		a.regDirty = true
		delete(a.keyInfo, keyRef{ev.Account, ev.Suite})
	case wire.OneTimeKeysPublished:
		a.reg.AddOneTime(ev)
		a.regDirty = true
	case wire.OracleNamed:
		// An index for oracles without history (sessionsNamingMe):
		// SessionOpened, just before it, says the same.
	case wire.EndpointAnnounced:
		if a.endpoints == nil {
			a.endpoints = map[common.Address]string{}
		}
		a.endpoints[ev.Account] = ev.URL
	case protocol.Opened:
		a.lastOpened = ev
		a.opened(ev)
	case protocol.OneTimeKeysUsed:
		op := a.lastOpened
		m := a.machines[ev.Session]
		if op.Params.ID != ev.Session {
			a.log.Warn("OneTimeKeysUsed without its SessionOpened", "session", ev.Session)
			return
		}
		if m != nil || a.convs[ev.Session] != nil {
			// A restart or a rebuild replays this log: its keys stay in
			// the registry while the session is served (pruneOneTime).
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				if n := ev.Keys[r]; n != 0 {
					a.namedBy[oneTimeClaim{op.Params.Account(r), op.Params.Suite, n}] = ev.Session
				}
			}
		}
		if m == nil && a.cfg.Role == session.User {
			// Not a session this user takes part in (its registry is a
			// cache, which may not hold these keys): only that they are
			// consumed matters.
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				if n := ev.Keys[r]; n != 0 {
					a.reg.MarkUsed(op.Params.Account(r), op.Params.Suite, n, ev.Block)
					a.regStale = true
				}
			}
			return
		}
		filled, err := a.oneTimeUsed(op, ev, m != nil && m.State() != protocol.Ended)
		if err != nil {
			a.log.Warn("cannot use the session's one-time keys", "session", ev.Session, "err", err)
			return
		}
		if m == nil || m.State() == protocol.Ended {
			return
		}
		acts, err := m.Consume(filled)
		if err != nil {
			a.log.Warn("event rejected", "session", ev.Session, "event", "OneTimeKeysUsed", "err", err)
			return
		}
		a.execute(ev.Session, acts)
	case protocol.Event:
		if cv := a.convs[ev.EventMeta().Session]; cv != nil {
			// An Established session: the key exchange's events (replayed
			// after a restart) are behind it; only inference events count.
			switch ev.(type) {
			case inference.Requested, inference.Answered, inference.Judged, inference.Closed,
				inference.StreamRequested, inference.StreamAnswered:
				a.applyInference(ev.EventMeta().Session, cv, ev)
			default:
				a.settleEvent(ev)
			}
			return
		}
		m := a.machines[ev.EventMeta().Session]
		if m == nil || m.State() == protocol.Ended {
			a.endCorrupt(ev)
			return
		}
		accused, _ := m.Abort()
		acts, err := m.Consume(ev)
		if err != nil {
			a.log.Warn("event rejected", "session", ev.EventMeta().Session, "event", fmt.Sprintf("%T", ev), "err", err)
			return
		}
		if now, why := m.Abort(); accused == nil && now != nil {
			a.log.Warn("another party deviated; aborting the session", "session", ev.EventMeta().Session,
				"accused", now.Accused, "fault", now.Fault, "finding", why)
		}
		a.execute(ev.EventMeta().Session, acts)
	}
}

// opened starts serving a session that names this account in its role.
func (a *Agent) opened(op protocol.Opened) {
	id := op.Params.ID
	delete(a.unopened, id)
	delete(a.reopen, id)
	delete(a.orphans, id)
	if op.Params.Account(a.cfg.Role) != a.cfg.Account.Address {
		return
	}
	m := a.machines[id]
	if m == nil && a.cfg.Role == session.User && !a.holds(id) {
		// The user opens sessions only from its own store: one this
		// directory holds nothing of was opened elsewhere by the same
		// account (another data directory or program). Not ours to judge,
		// nor to warn about: its keys may be ones this agent never saw.
		a.log.Debug("session opened elsewhere by this account; not followed", "session", id)
		return
	}
	if err := a.reg.Fill(&op); err != nil {
		a.log.Warn("session names keys not seen", "session", id, "err", err)
		return
	}
	if m == nil {
		// An Established session restored from the store: its key exchange
		// is over; only its inferences follow.
		if ok, err := a.resume(id); err != nil || ok {
			if err != nil {
				a.log.Error("cannot restore session", "session", id, "err", err)
				a.noteCorrupt(id, err)
			}
			return
		}
		if a.cfg.Accept != nil && !a.cfg.Accept(op) {
			a.log.Info("session refused by policy", "session", id)
			return
		}
		var err error
		m, err = a.newMachine(op)
		if err != nil {
			a.log.Warn("cannot serve session", "session", id, "err", err)
			a.noteCorrupt(id, err)
			return
		}
		if err := a.putSecret(id, markerSecret, nil); err != nil {
			a.log.Error("cannot record session", "session", id, "err", err)
			return
		}
		a.machines[id] = m
	}
	acts, err := m.Consume(op)
	if err != nil {
		a.log.Warn("SessionOpened rejected", "session", id, "err", err)
		return
	}
	a.log.Info("serving session", "session", id, "method", op.Params.Method, "suite", op.Params.Suite, "coordinator", op.Params.Coordinator)
	a.execute(id, acts)
}

// endedAttrs are the log attributes of a session's outcome: only those
// that apply to it (the fault, culprits and reporter of a failure, the
// stalled roles of an expiry, the roles whose attestation differed from
// this agent's, its own finding if it has one).
func endedAttrs(id session.ID, o protocol.Outcome) []any {
	attrs := []any{"session", id, "phase", o.Phase}
	switch o.Phase {
	case session.Failed:
		attrs = append(attrs, "fault", o.Fault, "culprits", o.Culprits, "reporter", o.Reporter)
	case session.Expired:
		attrs = append(attrs, "stalled", o.Stalled)
	}
	if o.Mismatched != 0 {
		attrs = append(attrs, "mismatched", o.Mismatched)
	}
	if o.Reason != nil {
		attrs = append(attrs, "reason", o.Reason)
	}
	return attrs
}

// putSecret stores one named secret of a session: staged while the agent
// applies a log (committed with the block, by blockDone), durably at once
// otherwise. The caller holds a.mu.
func (a *Agent) putSecret(id session.ID, name string, value []byte) error {
	if a.staging {
		return a.store.StageSecret(id, name, value)
	}
	return a.store.PutSecret(id, name, value)
}

// replaceSecrets replaces every secret of a session, staged or at once as
// putSecret. The caller holds a.mu.
func (a *Agent) replaceSecrets(id session.ID, secrets store.Secrets) error {
	if a.staging {
		return a.store.StageSecrets(id, secrets)
	}
	return a.store.ReplaceSecrets(id, secrets)
}

// deleteSession deletes a session's secrets, staged or at once as
// putSecret. The caller holds a.mu.
func (a *Agent) deleteSession(id session.ID) error {
	if a.staging {
		a.store.StageDeleteSession(id)
		return nil
	}
	return a.store.DeleteSession(id)
}

// deleteOneTimeKey deletes a pool key, staged or at once as putSecret: a
// staged deletion happens after the session records staged with it are
// on disk. The caller holds a.mu.
func (a *Agent) deleteOneTimeKey(s session.Suite, pub []byte) error {
	if a.staging {
		a.store.StageDeleteOneTimeKey(s, pub)
		return nil
	}
	return a.store.DeleteOneTimeKey(s, pub)
}

// holds reports whether the store has anything of session id.
func (a *Agent) holds(id session.ID) bool {
	_, err := a.store.Secrets(id)
	return !errors.Is(err, store.ErrNotFound)
}

// newMachine builds a machine with the session's stored secrets and, for a
// Method 2 recipient, its registered key of the recorded version.
func (a *Agent) newMachine(op protocol.Opened) (*protocol.Machine, error) {
	id := op.Params.ID
	secrets := protocol.Secrets{}
	stored, err := a.store.Secrets(id)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	for k, v := range stored {
		if k != markerSecret {
			secrets[protocol.SecretName(k)] = v
		}
	}
	cfg := protocol.Config{Role: a.cfg.Role, Account: a.cfg.Account.Address, Rand: a.cfg.Rand}
	if op.Params.Method == session.Coordinator && a.cfg.Role != session.User && a.cfg.Role != op.Params.Coordinator &&
		op.KeyVersions[a.cfg.Role] != 0 {
		if cfg.RecipientKey, err = a.recipientKey(op.Params.Suite, op.KeyVersions[a.cfg.Role]); err != nil {
			return nil, err
		}
	}
	return protocol.New(cfg, secrets)
}

// execute runs a machine's actions: Persist and Forget synchronously; Send
// is left to blockDone, which sends what is pending.
func (a *Agent) execute(id session.ID, acts []protocol.Action) {
	for _, act := range acts {
		switch act := act.(type) {
		case protocol.Persist:
			if err := a.putSecret(id, string(act.Name), act.Value); err != nil {
				// Not persisted: the dependent call must not go out. Drop the
				// machine; it is rebuilt (and retried) on the next block.
				a.log.Error("persisting a secret failed; session paused", "session", id, "err", err)
				a.rebuild[id] = true
				return
			}
		case protocol.Done:
			o := act.Outcome
			if o.Phase == session.Established && o.Key != nil {
				if err := a.establish(id, o.Key); err != nil {
					a.log.Error("cannot keep the session key: no inferences on this session", "session", id, "err", err)
				}
			}
			level := slog.LevelInfo
			if o.Phase != session.Established {
				level = slog.LevelWarn // a deviation, a stall or a lost secret: worth an operator's look
			}
			a.log.Log(context.Background(), level, "session ended", endedAttrs(id, o)...)
			a.cfg.Metrics.SessionEnded(o.Phase.String())
			h := a.handles[id]
			delete(a.handles, id)
			if a.cfg.OnOutcome != nil {
				a.cfg.OnOutcome(id, o)
			}
			if h != nil {
				h.end(o)
			} else if a.cfg.OnOutcome == nil && o.Key != nil {
				o.Key.Zero()
			}
		case protocol.Forget:
			delete(a.discloseFailures, id)
			if a.convs[id] != nil {
				// Established: the exchange's secrets were replaced by K.
				delete(a.machines, id)
				continue
			}
			if err := a.deleteSession(id); err != nil {
				a.log.Error("deleting session secrets failed", "session", id, "err", err)
			}
			delete(a.machines, id)
		}
	}
}

// handleRemoved marks a session whose log a reorg removed for rebuilding.
func (a *Agent) handleRemoved(l types.Log) {
	ev, err := a.dec.Decode(&l)
	if err != nil {
		return
	}
	switch ev := ev.(type) {
	case wire.KeyRegistered:
		a.reg.Remove(ev)
		a.regDirty = true
		delete(a.keyInfo, keyRef{ev.Account, ev.Suite})
	case wire.KeyRevoked:
		a.reg.Unrevoke(ev)
		a.regDirty = true
		delete(a.keyInfo, keyRef{ev.Account, ev.Suite})
	case wire.OneTimeKeysPublished:
		a.reg.RemoveOneTime(ev)
		a.regDirty = true
	case wire.EndpointAnnounced:
		delete(a.endpoints, ev.Account) // looked up again
	case protocol.Event:
		a.rebuild[ev.EventMeta().Session] = true
	}
}

// blockDone rebuilds reorged sessions, persists the cursor, and sends every
// pending call once the agent has caught up.
func (a *Agent) blockDone(ctx context.Context, b chain.Cursor, blockTime, liveFrom uint64) error {
	// The block's staged secrets, before the cursor passes it and before
	// anything that depends on them is sent.
	if err := a.store.Commit(); err != nil {
		return fmt.Errorf("agent: storing the secrets of block %d: %w", b.Number, err)
	}
	var again []session.ID
	for id := range a.rebuild {
		delete(a.rebuild, id)
		if err := a.rebuildSession(ctx, id, b.Number); err != nil {
			// The session keeps its machine as it was until its logs can
			// be read: dropped, it would stall for good (its open, deeper
			// than the reorganisation, comes no more).
			a.log.Warn("rebuilding session failed; trying again at the next block", "session", id, "err", err)
			again = append(again, id)
		}
	}
	for _, id := range again {
		a.rebuild[id] = true
	}
	a.pruneOneTime(b.Number)
	if a.regDirty {
		// Before the cursor passes the block: the stored registry holds
		// every registry event up to the cursor (registry.go).
		if err := a.saveRegistry(); err != nil {
			return err
		}
	}
	if err := a.store.SetCursor(store.Cursor{Block: b.Number, Hash: b.Hash.Hex()}); err != nil {
		return err
	}
	a.processed = b.Number
	a.observeBlock(b.Number)
	for id, at := range a.mined {
		if at <= b.Number {
			delete(a.mined, id)
			delete(a.inFlight, id)
		}
	}
	if b.Number >= liveFrom && !a.live {
		a.live = true
		close(a.ready)
		a.log.Info("caught up with the chain", "block", b.Number, "sessions", len(a.machines)+len(a.convs))
	}
	if !a.live {
		return nil
	}
	a.refillOneTimeKeys(ctx)
	a.serveInferences(ctx)
	a.manageKeys(ctx, b.Number)
	a.dropUnopened(ctx, b.Number)
	overdue := a.overdue(ctx, b.Number, blockTime)
	var ids []session.ID
	var calls []protocol.Call
	for id, m := range a.machines {
		call := m.Pending()
		if e := overdue[id]; e != nil {
			call = *e // a stalled session: its own steps would revert now
		}
		if call == nil {
			continue
		}
		if _, busy := a.inFlight[id]; busy {
			continue
		}
		ids, calls = append(ids, id), append(calls, call)
	}
	rids, rcalls := a.recoveryCalls(ctx, b.Number)
	ids, calls = append(ids, rids...), append(calls, rcalls...)
	a.sendDue(ctx, ids, calls)
	return nil
}

// overdue returns the expire calls of the sessions whose phase deadline
// has passed by the block's own timestamp (which the contract checks):
// blockTime, or if that is 0 the header's, read only while some session
// is under way. The caller holds a.mu.
func (a *Agent) overdue(ctx context.Context, block, blockTime uint64) map[session.ID]*protocol.ExpireCall {
	active := false
	for _, m := range a.machines {
		if m.Overdue(math.MaxUint64) != nil {
			active = true
			break
		}
	}
	if !active {
		return nil
	}
	if blockTime == 0 {
		h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		if err != nil {
			a.log.Warn("cannot read the block time; not expiring yet", "block", block, "err", err)
			return nil
		}
		blockTime = h.Time
	}
	var out map[session.ID]*protocol.ExpireCall
	for id, m := range a.machines {
		if c := m.Overdue(blockTime); c != nil {
			if out == nil {
				out = map[session.ID]*protocol.ExpireCall{}
			}
			out[id] = c
			if a.inFlight[id] != protocol.StepExpire {
				a.log.Info("session stalled past its deadline; expiring it", "session", id, "phase", m.Phase())
			}
		}
	}
	return out
}

// rebuildSession replays a session's canonical logs up to block into a new
// machine.
func (a *Agent) rebuildSession(ctx context.Context, id session.ID, block uint64) error {
	// Back from block to the session's SessionOpened, not from the
	// deployment.
	logs, err := wire.SessionLogsBack(a.cfg.StartBlock, block, []session.ID{id}, func(f, t uint64) ([]types.Log, error) {
		return a.logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(f), ToBlock: new(big.Int).SetUint64(t),
			Addresses: []common.Address{a.cfg.Contract}, Topics: [][]common.Hash{nil, {common.Hash(id)}}})
	})
	if err != nil {
		return err
	}
	wire.SortLogs(logs)
	old := a.machines[id]
	delete(a.machines, id)
	for _, l := range logs {
		a.handleLog(l)
	}
	a.afterRebuild(id, old, logs, block)
	return nil
}

// send makes a call in its own goroutine; one call per session at a time.
func (a *Agent) send(ctx context.Context, id session.ID, call protocol.Call) {
	a.sendCalls(ctx, []session.ID{id}, []protocol.Call{call})
}

// sendDue sends calls of distinct sessions that fall due together: with
// Batch, as multicalls of at most maxBatch calls; else one transaction
// each. The caller holds a.mu.
func (a *Agent) sendDue(ctx context.Context, ids []session.ID, calls []protocol.Call) {
	if !a.cfg.Batch {
		for i := range calls {
			a.send(ctx, ids[i], calls[i])
		}
		return
	}
	for start := 0; start < len(calls); start += maxBatch {
		end := min(start+maxBatch, len(calls))
		a.sendCalls(ctx, ids[start:end], calls[start:end])
	}
}

// sendCalls sends calls of distinct sessions in one transaction (a
// multicall that lets each call fail on its own, when there are several)
// from its own goroutine. The caller holds a.mu.
func (a *Agent) sendCalls(ctx context.Context, ids []session.ID, calls []protocol.Call) {
	var datas [][]byte
	var sent []int
	for i, call := range calls {
		data, err := wire.Pack(call)
		if err != nil {
			a.log.Error("cannot pack call", "session", ids[i], "step", call.Step(), "err", err)
			continue
		}
		datas, sent = append(datas, data), append(sent, i)
	}
	if len(datas) == 0 {
		return
	}
	data := datas[0]
	if len(datas) > 1 {
		var err error
		if data, err = wire.PackMulticall(datas, true); err != nil {
			a.log.Error("cannot pack a batch", "calls", len(datas), "err", err)
			return
		}
	}
	for _, i := range sent {
		a.inFlight[ids[i]] = calls[i].Step()
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		to := a.cfg.Contract
		// A call may cost more when mined than when estimated: another
		// party's call landing first in the same block makes this one the
		// step that completes the phase (a PhaseAdvanced, the last attest).
		// Leave a wide margin; a call that runs out wastes its gas and a
		// block, and in a batch every call reverts. If the estimate fails,
		// the sender estimates again and reports the revert.
		estimate := func(ctx context.Context) (uint64, error) {
			return a.backend.EstimateGas(ctx, ethereum.CallMsg{From: a.cfg.Account.Address, To: &to, Data: data})
		}
		kind, single := gasKindOf(data, len(datas) == 1)
		var est uint64
		var err error
		if single {
			est, err = a.gas.get(ctx, kind, estimate)
		} else {
			est, err = estimate(ctx)
		}
		var gasLimit uint64
		if err == nil {
			gasLimit = est + est/2 + 50_000
		}
		rcpt, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data, GasLimit: gasLimit})
		if err != nil && single && ctx.Err() == nil {
			// Estimate again next time. A revert may be the limit; a
			// refusal may be too ("intrinsic gas too low": on an L2 such
			// as Arbitrum the gas a transaction needs includes its L1
			// calldata's, which follows the L1 price); whatever the node's
			// words, a kept estimate would be refused at every block.
			a.gas.forget(kind)
		}
		a.mu.Lock()
		var nextIDs []session.ID
		var nextCalls []protocol.Call
		for _, i := range sent {
			if next := a.settle(ctx, ids[i], rcpt, err); next != nil {
				nextIDs, nextCalls = append(nextIDs, ids[i]), append(nextCalls, next)
			}
			if err != nil && calls[i].Step() == protocol.StepDisclose {
				a.disclosureFailed(ids[i], err)
			}
		}
		// The sessions this transaction freed at once go on together, as
		// they came: one batch again, not a transaction each.
		a.sendDue(ctx, nextIDs, nextCalls)
		a.mu.Unlock()
		for _, i := range sent {
			id, call := ids[i], calls[i]
			if err != nil && ctx.Err() != nil {
				a.log.Info("call abandoned: the agent is stopping", "session", id, "step", call.Step(), "err", err)
				continue
			}
			if err != nil {
				a.log.Warn("call failed", "session", id, "step", call.Step(), "batch", len(sent), "err", err)
				if call.Step() == protocol.StepOpen {
					a.openFailed(id, err)
				}
				continue
			}
			a.log.Info("call mined", "session", id, "step", call.Step(), "batch", len(sent), "block", rcpt.BlockNumber, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
		}
	}()
}

// settle frees a session whose call was sent: at once after a failure (it
// is retried on the next block), or once the agent has applied the block
// that holds it. When the agent has applied that block already it returns
// the session's next call, for the caller to send now (sendDue, with the
// others its transaction freed): no block may come to wake it. The
// caller holds a.mu.
func (a *Agent) settle(ctx context.Context, id session.ID, rcpt *types.Receipt, err error) protocol.Call {
	switch {
	case err != nil:
		delete(a.inFlight, id) // retried on the next block
	case rcpt.BlockNumber.Uint64() > a.processed:
		a.mined[id] = rcpt.BlockNumber.Uint64() // freed by blockDone
	default:
		// The agent has already applied the call's block, and perhaps
		// the blocks that enabled the next step: no block may come to
		// wake it (an automining chain), so act now.
		delete(a.inFlight, id)
		if m := a.machines[id]; m != nil && a.live {
			return m.Pending()
		}
	}
	return nil
}

// maxDiscloseTries bounds the attempts to disclose a failed session's
// ephemeral secret: blame is worth a few tries, not keeping a secret
// forever (an old contract without disclose, an account without funds).
const maxDiscloseTries = 3

// disclosureFailed counts a failed disclose call and, at the last try,
// deletes the secret undisclosed. The caller holds a.mu.
func (a *Agent) disclosureFailed(id session.ID, err error) {
	a.discloseFailures[id]++
	if a.discloseFailures[id] < maxDiscloseTries {
		return
	}
	delete(a.discloseFailures, id)
	if m := a.machines[id]; m != nil {
		a.log.Warn("cannot disclose the ephemeral secret of a failed session; deleting it undisclosed", "session", id, "tries", maxDiscloseTries, "err", err)
		a.execute(id, m.Abandon())
	}
}

// openFailed ends a session whose open transaction failed (reverted or
// never mined): nothing of it is on chain, so its secret goes and its
// handle reports the error.
func (a *Agent) openFailed(id session.ID, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, again := a.reopen[id]; again {
		// An open sent again after a reorganisation: the first may yet be
		// mined (moved to a later block). Retried; the secrets go only
		// when the nonce shows it never can be (dropUnopened).
		return
	}
	m := a.machines[id]
	if m == nil || m.Phase() != session.PhaseNone {
		return // the session was seen on chain after all
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		// Whether the open will be mined is unknown: keep its secret; the
		// session proceeds if it is, and the secret goes once the chain's
		// nonce shows it never can be (dropUnopened).
		if h := a.handles[id]; h != nil {
			delete(a.handles, id)
			h.end(protocol.Outcome{Reason: fmt.Errorf("opening the session: stopped waiting before it was mined: %w", err)})
		}
		return
	}
	delete(a.machines, id)
	delete(a.unopened, id)
	if err := a.store.DeleteSession(id); err != nil {
		a.log.Error("deleting session secrets failed", "session", id, "err", err)
	}
	if h := a.handles[id]; h != nil {
		delete(a.handles, id)
		h.end(protocol.Outcome{Reason: fmt.Errorf("opening the session: %w", err)})
	}
}
