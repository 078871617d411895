package agent_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// outcomes collects every agent's session outcomes.
type outcomes struct {
	mu   sync.Mutex
	byID map[session.ID][3]*protocol.Outcome
	ch   chan struct{}
}

func (o *outcomes) record(r session.Role) func(session.ID, protocol.Outcome) {
	return func(id session.ID, out protocol.Outcome) {
		o.mu.Lock()
		v := o.byID[id]
		v[r] = &out
		o.byID[id] = v
		o.mu.Unlock()
		select {
		case o.ch <- struct{}{}:
		default:
		}
	}
}

func (o *outcomes) complete(id session.ID) ([3]*protocol.Outcome, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	v := o.byID[id]
	return v, v[0] != nil && v[1] != nil && v[2] != nil
}

// syncBuffer collects the agents' logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type fleet struct {
	// chainMu serialises the blocks the fleet's miner makes with those a
	// test makes itself (the simulated beacon deadlocks on two at once).
	chainMu sync.Mutex
	logs    *syncBuffer
	c       *simchain.Chain
	agents  [3]*agent.Agent
	out     *outcomes
	dirs    [3]string
	cancel  context.CancelFunc
	done    chan error
}

// startFleet starts a miner of blocks and the three role agents.
func startFleet(t *testing.T, c *simchain.Chain, dirs [3]string, out *outcomes) *fleet {
	return startFleetWith(t, c, dirs, out, nil)
}

// startFleetWith is startFleet with a change to each role's configuration.
func startFleetWith(t *testing.T, c *simchain.Chain, dirs [3]string, out *outcomes, change func(session.Role, *agent.Config)) *fleet {
	t.Helper()
	return startFleetOn(t, c, dirs, out, change, nil)
}

// startFleetOn is startFleetWith with each role's chain backend given by
// backend (nil: the simulated chain's client).
func startFleetOn(t *testing.T, c *simchain.Chain, dirs [3]string, out *outcomes, change func(session.Role, *agent.Config),
	backend func(session.Role) agent.Backend) *fleet {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	f := &fleet{c: c, out: out, dirs: dirs, cancel: cancel, done: make(chan error, 4), logs: &syncBuffer{}}
	logger := slog.New(slog.NewTextHandler(f.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	for _, r := range session.Roles {
		cfg := agent.Config{
			Role: r, Account: account.Account{Address: c.Accounts[r], Key: c.Keys[r]},
			Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dirs[r],
			OnOutcome: out.record(r), PollInterval: 100 * time.Millisecond, Logger: logger,
		}
		if change != nil {
			change(r, &cfg)
		}
		var b agent.Backend = c.Client
		if backend != nil {
			b = backend(r)
		}
		a, err := agent.New(ctx, cfg, b)
		if err != nil {
			t.Fatal(err)
		}
		f.agents[r] = a
		go func() { f.done <- a.Run(ctx) }()
	}
	go f.mine(ctx)
	return f
}

// fleetLag is how many blocks a running agent may be behind the head
// before the fleet's miner waits for it; fleetLagWait bounds that wait.
const (
	fleetLag     = 10
	fleetLagWait = 2 * time.Second
)

// mine makes a block every 50 ms for as long as the test runs, but waits
// (up to fleetLagWait) while a running agent is more than fleetLag blocks
// behind: on a starved machine the chain then slows with the agents
// instead of expiring phases they had no chance to act in.
func (f *fleet) mine(ctx context.Context) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	last := time.Now()
	for {
		select {
		case <-ctx.Done():
			f.done <- nil
			return
		case <-tick.C:
			if f.lagging(ctx) && time.Since(last) < fleetLagWait {
				continue
			}
			f.chainMu.Lock()
			f.c.Backend.Commit()
			f.chainMu.Unlock()
			last = time.Now()
		}
	}
}

// lagging reports whether a running agent that has caught up is more than
// fleetLag blocks behind the head.
func (f *fleet) lagging(ctx context.Context) bool {
	head, err := f.c.Client.BlockNumber(ctx)
	if err != nil {
		return false
	}
	for _, a := range f.agents {
		select {
		case <-a.Done():
			continue // stopped: nothing to wait for
		case <-a.Ready():
		default:
			continue // catching up (at an idle head it applies no block until the next)
		}
		if p := a.Processed(); p != 0 && p+fleetLag < head { // 0: live at an idle head, no block applied yet
			return true
		}
	}
	return false
}

// registerRecipients registers a key of suite for the miner and the
// oracle, through their agents.
func (f *fleet) registerRecipients(t *testing.T, suite session.Suite) {
	t.Helper()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if _, err := f.agents[r].RegisterKey(context.Background(), suite); err != nil {
			t.Fatal(err)
		}
	}
}

// exclusive runs fn (which makes blocks itself) between the fleet
// miner's blocks.
func (f *fleet) exclusive(fn func()) {
	f.chainMu.Lock()
	defer f.chainMu.Unlock()
	fn()
}

func (f *fleet) stop(t *testing.T) {
	f.cancel()
	for range 4 {
		select {
		case <-f.done:
		case <-time.After(20 * time.Second):
			t.Fatal("agents did not stop")
		}
	}
	for _, a := range f.agents {
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func (o *outcomes) wait(t *testing.T, id session.ID, within time.Duration) [3]*protocol.Outcome {
	t.Helper()
	deadline := time.After(within)
	for {
		if v, ok := o.complete(id); ok {
			return v
		}
		select {
		case <-o.ch:
		case <-deadline:
			v, _ := o.complete(id)
			t.Fatalf("session %v did not end for all three: %v %v %v", id, v[0], v[1], v[2])
		}
	}
}

// openWhenReady opens a session, retrying while the user's agent has not
// yet seen the recipients' key registrations or, for a Method 2 session
// without AllowRegisteredKeys, their first batch of one-time keys (a
// bounded wait on a condition, not a fixed sleep).
func openWhenReady(t *testing.T, a *agent.Agent, o agent.OpenOptions) *agent.Session {
	t.Helper()
	var err error
	for range 200 {
		var s *agent.Session
		if s, err = a.Open(context.Background(), o); err == nil {
			return s
		}
		if !errors.Is(err, agent.ErrKeysNotSeen) && !errors.Is(err, agent.ErrNoOneTimeKey) {
			t.Fatal(err)
		}
		<-time.After(25 * time.Millisecond)
	}
	t.Fatalf("registrations or one-time keys never seen: %v", err)
	return nil
}

// openTogether opens a session for each of opts through the user's
// agent, all in one block: the fleet's miner makes no block until every
// open is in the pool. The user's agent must have opened a session of
// each kind in opts before: until then an open waits for a block.
func (f *fleet) openTogether(t *testing.T, opts []agent.OpenOptions) []*agent.Session {
	t.Helper()
	f.chainMu.Lock()
	defer f.chainMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	user := f.c.Accounts[session.User]
	sent, err := f.c.Client.PendingNonceAt(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	var handles []*agent.Session
	for i, o := range opts {
		h, err := f.agents[session.User].Open(ctx, o)
		if err != nil {
			t.Fatalf("open %d of %d in one block: %v", i+1, len(opts), err)
		}
		handles = append(handles, h)
	}
	for { // Open sends from a goroutine of its own
		n, err := f.c.Client.PendingNonceAt(ctx, user)
		if err != nil {
			t.Fatalf("%d of %d opens in the pool: %v", n-sent, len(opts), err)
		}
		if n >= sent+uint64(len(opts)) {
			return handles
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestAgentsResumeFromTheirCursor(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleet(t, c, dirs, out)
	f.registerRecipients(t, session.Hybrid)
	opts := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Suite: session.Hybrid, Coordinator: session.Oracle}
	first := openWhenReady(t, f.agents[session.User], opts)
	out.wait(t, first.ID(), 30*time.Second)
	ask(t, first, "before the restart", 0)
	f.stop(t)

	// Restarted agents resume from their stored cursors: the registrations
	// are behind them now, and must be restored from the log history. The
	// Established session resumes from the stored K, and the user's traffic
	// counter goes on where it was: no nonce is used twice.
	f = startFleet(t, c, dirs, out)
	defer f.stop(t)
	<-f.agents[session.User].Ready()
	h, err := f.agents[session.User].Session(first.ID())
	if err != nil {
		t.Fatal(err)
	}
	ask(t, h, "after the restart", 1)
	counters := map[uint64]bool{}
	for _, ev := range sessionEvents(t, c, first.ID()) {
		if r, ok := ev.(inference.Requested); ok {
			n := binary.BigEndian.Uint64(r.Envelope)
			if counters[n] {
				t.Fatalf("traffic counter %d used twice", n)
			}
			counters[n] = true
		}
	}
	if len(counters) != 2 {
		t.Fatalf("counters %v", counters)
	}
	if _, err := f.agents[session.User].Session(session.ID{1}); !errors.Is(err, agent.ErrClosed) {
		t.Fatalf("handle on an unknown session: %v", err)
	}
	second := openWhenReady(t, f.agents[session.User], opts)
	res := out.wait(t, second.ID(), 30*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("%v after restart: %+v", r, res[r])
		}
	}
}

// ask asks a prompt and wants a valid verdict on request seq.
func ask(t *testing.T, h *agent.Session, prompt string, seq uint64) *agent.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := h.Ask(ctx, inference.Prompt{Prompt: prompt})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Valid || !r.Check.OK() || r.Seq != seq {
		t.Fatalf("%+v", r)
	}
	return r
}

// sessionEvents decodes every log of a session.
func sessionEvents(t *testing.T, c *simchain.Chain, id session.ID) []any {
	t.Helper()
	logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.DeployBlock), Addresses: []common.Address{c.Address},
		Topics: [][]common.Hash{nil, {common.Hash(id)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	dec := wire.NewDecoder(c.ChainID, c.Address)
	var out []any
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

func sessionFile(dir string, id session.ID) string {
	return filepath.Join(dir, "sessions", hex.EncodeToString(id[:])+".json")
}

// waitGone waits (bounded) until an agent has deleted a file.
func waitGone(t *testing.T, path string) {
	t.Helper()
	for range 200 {
		if _, err := os.Stat(path); os.IsNotExist(err) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s still exists", path)
}

func newOutcomes() *outcomes {
	return &outcomes{byID: map[session.ID][3]*protocol.Outcome{}, ch: make(chan struct{}, 1)}
}

func TestAgentsEstablishSessionsOnSimulatedChain(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	// Pools as the binaries keep by default: every Method 2 session below
	// wraps to one-time keys (the user may not fall back).
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 8, 2
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 8, 2
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		for _, s := range []session.Suite{session.X25519, session.Hybrid} {
			if v, err := f.agents[r].RegisterKey(ctx, s); err != nil || v != 1 {
				t.Fatalf("%v registering %v: %d, %v", r, s, v, err)
			}
		}
	}
	cases := []agent.OpenOptions{
		{Method: session.Combined, Suite: session.X25519},
		{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User},
		{Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.Miner},
		{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.Oracle},
		{Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.User},
		{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.Miner},
		{Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.Oracle},
	}
	for _, o := range cases {
		t.Run(fmt.Sprintf("%v-%v-%v", o.Method, o.Coordinator, o.Suite), func(t *testing.T) {
			o.Miner, o.Oracle = c.Accounts[session.Miner], c.Accounts[session.Oracle]
			h := openWhenReady(t, f.agents[session.User], o)
			id := h.ID()
			res := out.wait(t, id, 30*time.Second)
			for _, r := range session.Roles {
				if res[r].Phase != session.Established || !res[r].Key.Equal(res[0].Key) {
					t.Fatalf("%v: %+v", r, res[r])
				}
			}
			// The user's handle seals for the miner and opens the miner's reply.
			if err := h.Wait(ctx); err != nil {
				t.Fatal(err)
			}
			seq, ct, err := h.Seal([]byte("prompt"), nil)
			if err != nil || seq != 0 {
				t.Fatalf("Seal: %d, %v", seq, err)
			}
			mt := res[session.Miner].Key.Traffic()
			if pt, err := mt.Open(session.User, seq, ct, nil); err != nil || string(pt) != "prompt" {
				t.Fatalf("miner opens the user's message: %q, %v", pt, err)
			}
			reply, _ := mt.Seal(session.Miner, 0, []byte("answer"), nil)
			if pt, err := h.Unseal(session.Miner, 0, reply, nil); err != nil || string(pt) != "answer" {
				t.Fatalf("user opens the miner's reply: %q, %v", pt, err)
			}
			if _, err := h.Unseal(session.Oracle, 0, reply, nil); err == nil {
				t.Fatal("a reply claimed by another role opened")
			}
			// One encrypted inference: the miner answers on the built-in
			// deterministic backend, the oracle re-runs it and finds it valid.
			prompt := inference.Prompt{Prompt: "what is the capital of France? " + id.String()[:10]}
			askCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			r, err := h.Ask(askCtx, prompt)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := inference.Deterministic{}.Complete(ctx, inference.Request{Prompt: prompt.Prompt})
			if !r.Valid || r.Reason != inference.ReasonNone || !r.Check.OK() || r.Answer.Text != want.Text || r.Seq != 0 {
				t.Fatalf("inference: %+v", r)
			}
			if r.PromptCiphertext <= r.PromptLength || r.AnswerCiphertext <= r.AnswerLength {
				t.Fatalf("sizes: %+v", r)
			}
			// While the session is open every party keeps K on disk.
			for _, r := range session.Roles {
				if _, err := os.Stat(sessionFile(dirs[r], id)); err != nil {
					t.Fatalf("the %v lost the key of the open session: %v", r, err)
				}
			}
			h.WipeKey()
			if _, _, err := h.Seal([]byte("x"), nil); !errors.Is(err, agent.ErrNotEstablished) {
				t.Fatalf("Seal after Close: %v", err)
			}
			// Closing the session deletes K everywhere.
			if err := f.agents[session.Oracle].CloseSession(askCtx, id); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Ask(askCtx, prompt); !errors.Is(err, agent.ErrClosed) {
				t.Fatalf("Ask after close: %v", err)
			}
			// No secret reaches a log, and none stays on disk.
			logs := f.logs.String()
			if strings.Contains(logs, prompt.Prompt) || strings.Contains(logs, want.Text) {
				t.Fatal("a plaintext is in the logs")
			}
			for _, r := range session.Roles {
				k := res[r].Key.Bytes()
				for _, enc := range []string{hex.EncodeToString(k), base64.StdEncoding.EncodeToString(k), fmt.Sprintf("%v", k)} {
					if strings.Contains(logs, enc) {
						t.Fatalf("the %v's session key is in the logs", r)
					}
				}
				if strings.Contains(logs, hex.EncodeToString(crypto.FromECDSA(c.Keys[r]))) {
					t.Fatalf("the %v's account key is in the logs", r)
				}
				waitGone(t, sessionFile(dirs[r], id))
			}
			// Judge from the chain alone.
			tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, id)
			if err != nil {
				t.Fatal(err)
			}
			if tl.Phase != session.Closed || tl.Attestation != res[session.Miner].Key.Attestation() {
				t.Fatalf("chain says %v", tl.Phase)
			}
		})
	}
}

// With Batch set, the calls that fall due in one block go out as one
// multicall: sessions opened together share transactions, and all still
// establish.
func TestBatchedAgents(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		cfg.Batch = true
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 8, 2
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 8, 2
		}
	})
	defer f.stop(t)
	defer func() {
		if t.Failed() {
			t.Log(f.logs.String())
		}
	}()
	ctx := context.Background()
	f.registerRecipients(t, session.X25519)
	var opts []agent.OpenOptions
	for i := range 6 {
		o := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], Method: session.Combined, Suite: session.X25519}
		if i%2 == 1 {
			o.Method, o.Coordinator = session.Coordinator, session.Oracle
		}
		opts = append(opts, o)
	}
	// The six open in one block: opens spread over several blocks (as on
	// a loaded machine) start waves of their own, and the count below
	// would measure the machine, not the batching. One session of each
	// kind first, so that the user's agent knows the gas of each open and
	// need not wait for a block between them.
	for _, o := range opts[:2] {
		out.wait(t, openWhenReady(t, f.agents[session.User], o).ID(), 30*time.Second)
	}
	handles := f.openTogether(t, opts)
	txs := map[common.Hash]map[session.ID]bool{}
	for _, h := range handles {
		res := out.wait(t, h.ID(), 30*time.Second)
		for _, r := range session.Roles {
			if res[r].Phase != session.Established || !res[r].Key.Equal(res[0].Key) {
				t.Fatalf("%v: %+v", r, res[r])
			}
		}
		tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, h.ID())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range tl.Entries {
			if txs[e.TxHash] == nil {
				txs[e.TxHash] = map[session.ID]bool{}
			}
			txs[e.TxHash][h.ID()] = true
		}
	}
	shared := 0
	for _, ids := range txs {
		if len(ids) > 1 {
			shared++
		}
	}
	if shared == 0 {
		t.Fatalf("no transaction served two sessions (%d transactions)", len(txs))
	}
	t.Logf("%d transactions for %d sessions, %d of them batched", len(txs), len(handles), shared)
	// Unbatched these sessions take 51 transactions. The simulated chain
	// mines a block every 50 ms, so a receipt often arrives after the
	// agent has applied its block: the sessions it frees go on at once,
	// and must go on together, as they came. Here 18 (17 to 20 on a loaded
	// machine); 37 when each went on in a transaction of its own (30 to
	// 37 loaded).
	if len(txs) > 24 {
		t.Errorf("%d transactions for %d sessions: the sessions a batch frees do not go on in one", len(txs), len(handles))
	}
}

// A party that never acts stalls the session; once the phase deadline has
// passed the honest agents expire it, the chain names the staller, and
// every agent ends the session and deletes its secrets.
func TestStalledSessionsExpire(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Accept = func(protocol.Opened) bool { return false } // never joins
		}
	})
	defer f.stop(t)
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 10})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := h.Wait(ctx)
	if !errors.Is(err, agent.ErrNotEstablished) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("Wait: %v", err)
	}
	o, _ := h.Outcome()
	if o.Phase != session.Expired || o.Stalled != session.Miner.Bit() {
		t.Fatalf("outcome %+v", o)
	}
	tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, h.ID())
	if err != nil || tl.Phase != session.Expired || tl.Stalled != session.Miner.Bit() {
		t.Fatalf("on chain: %v, stalled %v (%v)", tl.Phase, tl.Stalled, err)
	}
	for _, r := range []session.Role{session.User, session.Oracle} {
		waitGone(t, sessionFile(dirs[r], h.ID()))
	}
}

// TestRunFailureIsReachable: a Run that fails before it catches up (here
// on a corrupt cursor.json) never closes Ready, so a caller waiting on
// Ready alone hangs; Done closes and Err says why.
func TestRunFailureIsReachable(t *testing.T) {
	c := simchain.New(t)
	dir := t.TempDir()
	a, err := agent.New(context.Background(), agent.Config{
		Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dir,
	}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := os.WriteFile(filepath.Join(dir, "cursor.json"), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if a.Err() != nil {
		t.Fatal("Err before Run returned")
	}
	go a.Run(context.Background())
	select {
	case <-a.Ready():
		t.Fatal("Ready closed on a corrupt cursor")
	case <-a.Done():
		if a.Err() == nil {
			t.Fatal("Done closed with no error")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("neither Ready nor Done within 30 s")
	}
}
