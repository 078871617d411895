package e2e

// Chain faults end to end (issue 7, deliverable 4). The three agents run
// as processes on an Anvil chain while their WebSocket connections are cut,
// the chain reorganises under them, and their transactions are dropped,
// replaced and their nonces moved behind their backs. Every session must
// still end Established on chain, and every agent's view must agree with
// the chain: its outcome, the session key in its data directory, and (for
// the agents that ran throughout) a cursor on the canonical chain.
//
// SESSIONKEYSTORE_FULL=1 runs larger counts: more sessions per round, and
// every reorganisation depth in both kinds, twice. Every test here runs
// in every run (TestReorgRecovery, once behind SESSIONKEYSTORE_KNOWN_BUGS,
// too: the agent bugs it showed are fixed, and nothing reads that
// variable any more).

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// faultsFull reports whether the larger counts were asked for.
func faultsFull() bool { return os.Getenv("SESSIONKEYSTORE_FULL") == "1" }

// faultFlows are the kinds of session the fault tests cycle through: both
// methods, every coordinator, both suites.
var faultFlows = []localnet.Flow{
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid},
	{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.X25519},
}

// userOpen is one `user open` process of a user account that has opened
// nothing before, so that its session id is known before the process
// starts: the contract derives it from the user's first nonce, 0.
type userOpen struct {
	user string
	flow localnet.Flow
	id   session.ID
	out  string
	err  error
	done chan struct{}
}

// fundUsers funds count new user accounts named prefix0, prefix1, ...
// Call it from the test's goroutine (it adds to n.Accounts).
func fundUsers(ctx context.Context, t *testing.T, n *localnet.Net, prefix string, count int) []*localnet.Account {
	t.Helper()
	var out []*localnet.Account
	for i := range count {
		acct, err := n.NewAccount(ctx, fmt.Sprintf("%s%d", prefix, i))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, acct)
	}
	return out
}

// startOpen runs `user open` for f as acct in the background, connected
// to rpcURL, with extra flags after the flow's.
func startOpen(ctx context.Context, n *localnet.Net, acct *localnet.Account, f localnet.Flow, rpcURL string, extra ...string) *userOpen {
	o := &userOpen{user: acct.Name, flow: f, id: skcrypto.SessionID(n.ChainID, n.Deployment.Address, acct.Address, 0), done: make(chan struct{})}
	// The process's own bound comes before the test's, so that a session
	// that does not end shows up with the process's log.
	args := append(append(f.Args(n), "-timeout", "150s"), extra...)
	env := n.Env(acct, rpcURL)
	go func() {
		defer close(o.done)
		o.out, o.err = n.CommandEnv(ctx, env, "user", args...)
	}()
	return o
}

// openSessions opens count sessions, cycling through faultFlows from the
// given offset, for new users named prefix0, prefix1, ...
func openSessions(ctx context.Context, t *testing.T, n *localnet.Net, prefix string, count, offset int, rpcURL string) []*userOpen {
	t.Helper()
	return openSessionsFor(ctx, n, fundUsers(ctx, t, n, prefix, count), offset, rpcURL)
}

// openSessionsFor opens a session for each of users, cycling through
// faultFlows from the given offset.
func openSessionsFor(ctx context.Context, n *localnet.Net, users []*localnet.Account, offset int, rpcURL string) []*userOpen {
	var out []*userOpen
	for i, u := range users {
		out = append(out, startOpen(ctx, n, u, faultFlows[(offset+i)%len(faultFlows)], rpcURL))
	}
	return out
}

// waitEstablished waits for every `user open` to exit and fails the test
// for any that did not report its session Established.
func waitEstablished(ctx context.Context, t *testing.T, opens []*userOpen) {
	t.Helper()
	for _, o := range opens {
		select {
		case <-o.done:
		case <-ctx.Done():
			t.Fatalf("user open of %s (%v) still running: %v", o.user, o.flow, ctx.Err())
		}
		if o.err != nil {
			t.Errorf("user open of %s (%v, session %v): %v\n%s", o.user, o.flow, o.id, o.err, o.out)
		} else if !strings.Contains(o.out, "outcome: ESTABLISHED") || !strings.Contains(o.out, o.id.String()) {
			t.Errorf("user open of %s (%v) printed no established outcome for %v:\n%s", o.user, o.flow, o.id, o.out)
		}
	}
}

// eventually calls cond every 100 ms until it reports true, fails, or ctx
// ends (which fails the test).
func eventually(ctx context.Context, t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		if ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// nextBlock waits for a block above the current head.
func nextBlock(ctx context.Context, t *testing.T, n *localnet.Net) {
	t.Helper()
	head, err := n.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	eventually(ctx, t, "the next block", func() (bool, error) {
		h, err := n.Head(ctx)
		return h > head, err
	})
}

// agentLog returns the lines of an agent's log (<dir>/<name>.log) from
// byte offset from on.
func agentLog(t *testing.T, n *localnet.Net, name string, from int64) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(n.Dir(), name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(from, 0); err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// agentLogSize returns the current size of an agent's log.
func agentLogSize(t *testing.T, n *localnet.Net, name string) int64 {
	t.Helper()
	fi, err := os.Stat(filepath.Join(n.Dir(), name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// countLines returns how many lines contain every one of parts.
func countLines(lines []string, parts ...string) int {
	c := 0
	for _, l := range lines {
		if hasAll(l, parts...) {
			c++
		}
	}
	return c
}

// findLine returns the first line at or after from that contains every
// one of parts, or -1.
func findLine(lines []string, from int, parts ...string) int {
	for i := max(from, 0); i < len(lines); i++ {
		if hasAll(lines[i], parts...) {
			return i
		}
	}
	return -1
}

// firstLine returns the index of the first line at or after from that
// contains any of subs, or -1.
func firstLine(lines []string, from int, subs ...string) int {
	for i := max(from, 0); i < len(lines); i++ {
		for _, sub := range subs {
			if strings.Contains(lines[i], sub) {
				return i
			}
		}
	}
	return -1
}

func hasAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// agentCursor reads an agent's stored cursor while the agent runs (its
// store's lock keeps store.Open out).
func agentCursor(n *localnet.Net, name string) (store.Cursor, error) {
	return store.ReadCursor(n.DataDir(name))
}

// canonical reports whether the block numbered c.Block has hash c.Hash.
func canonical(ctx context.Context, n *localnet.Net, c store.Cursor) (bool, error) {
	h, err := n.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(c.Block))
	if err != nil {
		return false, err
	}
	return h.Hash().Hex() == c.Hash, nil
}

// waitCaughtUp waits until each named running agent has applied every
// block up to the head, on the canonical chain. Stop mining first, or the
// head may keep moving.
func waitCaughtUp(ctx context.Context, t *testing.T, n *localnet.Net, names ...string) {
	t.Helper()
	eventually(ctx, t, fmt.Sprintf("%v to catch up", names), func() (bool, error) {
		head, err := n.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			return false, err
		}
		for _, name := range names {
			c, err := agentCursor(n, name)
			if err != nil || c.Block != head.Number.Uint64() || c.Hash != head.Hash().Hex() {
				return false, nil
			}
		}
		return true, nil
	})
}

// agentsAgree stops every agent, then checks, for every session, that the
// chain has it Established with three equal attestations, and that each
// party's view agrees: its store holds the session's key (kept from
// Established until close), and the miner's and the oracle's last word on
// the session in their logs is the chain's phase. The miner and the oracle
// ran throughout: their cursors must name canonical blocks (a user's agent
// stopped once its session was Established; what the chain did after is
// not its to see).
func agentsAgree(ctx context.Context, t *testing.T, n *localnet.Net, opens []*userOpen) {
	t.Helper()
	n.StopAgents()
	served := map[string][]session.ID{}
	for _, o := range opens {
		established(t, n, o.id)
		for _, name := range []string{"miner", "oracle", o.user} {
			served[name] = append(served[name], o.id)
		}
	}
	for name, ids := range served {
		st, err := store.Open(n.DataDir(name))
		if err != nil {
			t.Fatalf("%s's store: %v", name, err)
		}
		for _, id := range ids {
			secrets, err := st.Secrets(id)
			_, hasKey := secrets["session-key"]
			secrets.Zero()
			if err != nil || !hasKey {
				t.Errorf("%s: session %v is Established on chain, but its store has no session key (%v)", name, id, err)
			}
		}
		cur, err := st.Cursor()
		st.Close()
		if name != "miner" && name != "oracle" {
			continue
		}
		if err != nil {
			t.Errorf("%s: cursor: %v", name, err)
			continue
		}
		if ok, err := canonical(ctx, n, cur); err != nil || !ok {
			t.Errorf("%s: cursor at block %d %s is not on the canonical chain (%v)", name, cur.Block, cur.Hash, err)
		}
	}
	for _, name := range []string{"miner", "oracle"} {
		lines := agentLog(t, n, name, 0)
		for _, o := range opens {
			var last string
			for _, l := range lines {
				if hasAll(l, `msg="session ended"`, "session="+o.id.String()) {
					last = l
				}
			}
			if !strings.Contains(last, "phase=established") {
				t.Errorf("%s: the last outcome it logged for %v is %q; the chain's is established", name, o.id, last)
			}
		}
	}
}

// restartVia restarts the miner's and the oracle's agents connected to
// rpcURL, and returns where each one's log stood before.
func restartVia(ctx context.Context, t *testing.T, n *localnet.Net, rpcURL string) map[string]int64 {
	t.Helper()
	from := map[string]int64{}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		name := r.String()
		// Stop it only once it runs (a SIGTERM before it handles signals
		// would kill it, which is not what this test is about).
		eventually(ctx, t, name+" to start", func() (bool, error) {
			return countLines(agentLog(t, n, name, 0), `msg="caught up with the chain"`) > 0, nil
		})
		if err := n.StopAgent(name); err != nil {
			t.Fatal(err)
		}
		from[name] = agentLogSize(t, n, name)
		if _, err := n.StartAgent(r, n.Accounts[name], rpcURL); err != nil {
			t.Fatal(err)
		}
	}
	return from
}

// deliveredRE matches the log source's report of a range of blocks
// delivered.
var deliveredRE = regexp.MustCompile(`msg=delivered .*from=(\d+) to=(\d+) `)

// TestWebSocketCut runs the miner's and the oracle's agents through a TCP
// proxy and breaks their WebSocket connections twice: a cut while
// sessions of both methods are in flight (the users go through the proxy
// too), and an outage during which other users, connected directly, open
// sessions that the miner and the oracle can only learn of by backfilling
// once the proxy lets them in again. Every session must end Established,
// and the agents must log that they lost their subscription, subscribed
// again and delivered the blocks they missed.
func TestWebSocketCut(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := n.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := n.NewProxy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	from := restartVia(ctx, t, n, p.URL())
	agents := []string{"miner", "oracle"}
	eventually(ctx, t, "the agents to subscribe through the proxy", func() (bool, error) {
		for _, name := range agents {
			if countLines(agentLog(t, n, name, from[name]), `msg="subscribed to logs"`) == 0 {
				return false, nil
			}
		}
		return true, nil
	})
	perBatch := 2
	if faultsFull() {
		perBatch = 8
	}

	// 1. A cut while sessions are in flight.
	batch1 := openSessions(ctx, t, n, "cut", perBatch, 0, p.URL())
	inFlight := 0
	eventually(ctx, t, "the first sessions to open", func() (bool, error) {
		inFlight = 0
		for _, o := range batch1 {
			ph, err := n.Phase(ctx, o.id)
			if err != nil || ph == session.PhaseNone {
				return false, err
			}
			if !ph.Terminal() {
				inFlight++
			}
		}
		return true, nil
	})
	cut := p.Cut()
	t.Logf("cut %d connections with %d of %d sessions in flight", cut, inFlight, len(batch1))
	if inFlight == 0 || cut < len(agents) {
		t.Fatalf("the cut came too late: %d sessions in flight, %d connections", inFlight, cut)
	}
	waitEstablished(ctx, t, batch1)

	// 2. An outage: while the miner and the oracle cannot connect, users
	// connected directly open sessions.
	mark := map[string]int{}
	for _, name := range agents {
		mark[name] = len(agentLog(t, n, name, from[name]))
	}
	p.Pause()
	batch2 := openSessions(ctx, t, n, "outage", perBatch, 1, n.WS)
	var opened uint64 // the newest block holding one of their opens
	eventually(ctx, t, "the sessions opened during the outage", func() (bool, error) {
		for _, o := range batch2 {
			tl, err := n.Timeline(ctx, o.id)
			if err != nil {
				return false, nil // not opened yet
			}
			opened = max(opened, tl.Entries[0].Block)
		}
		return true, nil
	})
	nextBlock(ctx, t, n) // the outage outlasts the opens' block
	for _, o := range batch2 {
		if ph, err := n.Phase(ctx, o.id); err != nil || ph.Terminal() {
			t.Fatalf("session %v is %v during the outage (%v)", o.id, ph, err)
		}
	}
	if err := p.Resume(); err != nil {
		t.Fatal(err)
	}
	waitEstablished(ctx, t, batch2)

	for _, name := range agents {
		lines := agentLog(t, n, name, from[name])
		t.Logf("%s: %d lost subscriptions, %d subscriptions, %d failed rounds", name,
			countLines(lines, `msg="log subscription lost"`), countLines(lines, `msg="subscribed to logs"`), countLines(lines, `msg="log source round failed"`))
		if c := countLines(lines, `msg="log subscription lost"`); c < 2 {
			t.Errorf("%s logged %d lost subscriptions, want at least 2", name, c)
		}
		// The outage begins with the first sign of it after the mark: a
		// failed round (the head read fails at once) or the subscription's
		// loss (reported when the client notices, which under load can
		// come after the dials already failed, or only once it reconnects).
		outage := firstLine(lines, mark[name], `msg="log source round failed"`, `msg="log subscription lost"`)
		if outage < 0 {
			t.Errorf("%s did not log the outage", name)
			continue
		}
		if findLine(lines, outage, `msg="log source round failed"`) < 0 {
			t.Errorf("%s logged no failed round while the proxy refused it", name)
		}
		if findLine(lines, outage, `msg="subscribed to logs"`) < 0 {
			t.Errorf("%s did not subscribe again after the outage", name)
		}
		// It backfilled: after the outage it delivered a range of blocks
		// holding the opens it missed.
		backfilled := false
		for _, l := range lines[outage:] {
			if m := deliveredRE.FindStringSubmatch(l); m != nil {
				lo, _ := strconv.ParseUint(m[1], 10, 64)
				hi, _ := strconv.ParseUint(m[2], 10, 64)
				backfilled = backfilled || (lo <= opened && opened <= hi)
			}
		}
		if !backfilled {
			t.Errorf("%s delivered no range holding block %d after the outage", name, opened)
		}
		for _, o := range batch2 {
			// The session was opened while the agent was cut off: it
			// learned of it only after the outage began.
			if i := findLine(lines, 0, `msg="serving session"`, "session="+o.id.String()); i < outage {
				t.Errorf("%s served %v at log line %d, before the outage began (line %d)", name, o.id, i, outage)
			}
		}
	}
	agentsAgree(ctx, t, n, append(batch1, batch2...))
}

// The events that matter to a reorganisation plan, by their first topic.
var (
	faultsABI         = bindings.NewSessionKeystore().GetABI()
	topicOpened       = faultsABI.Events["SessionOpened"].ID
	topicEstablished  = faultsABI.Events["SessionEstablished"].ID
	topicsNotASession = map[common.Hash]bool{faultsABI.Events["KeyRegistered"].ID: true, faultsABI.Events["KeyRevoked"].ID: true}
)

// reorgPlan is what a reorganisation does with the transactions of the
// blocks it replaces.
type reorgPlan struct {
	keep    []localnet.ReorgTx // mined again, in their order, in the last new block
	dropped []*types.Transaction
	from    map[common.Hash]common.Address
	// touched counts the replaced transactions that touched a session;
	// droppedTouched, those of them dropped.
	touched, droppedTouched int
}

// planReorg looks at the newest depth blocks. With drop unset it keeps
// every transaction (the logs move to another block). With drop set it
// drops every session transaction it can, keeping only the opens and the
// transactions of a session that became Established in those blocks
// (TestReorgRecovery shows why), and, for each account, every
// transaction below a kept one's nonce (the rest could not be mined).
func planReorg(ctx context.Context, n *localnet.Net, depth int, drop bool) (reorgPlan, error) {
	plan := reorgPlan{from: map[common.Hash]common.Address{}}
	head, err := n.Head(ctx)
	if err != nil {
		return plan, err
	}
	txs, err := n.Transactions(ctx, depth)
	if err != nil {
		return plan, err
	}
	logs, err := n.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(head - uint64(depth) + 1), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{n.Deployment.Address},
	})
	if err != nil {
		return plan, err
	}
	sessionOf := map[common.Hash]common.Hash{} // transaction → session
	seed := map[common.Hash]bool{}             // transactions that must stay
	established := map[common.Hash]bool{}      // sessions
	for _, l := range logs {
		if len(l.Topics) < 2 || topicsNotASession[l.Topics[0]] {
			continue
		}
		sessionOf[l.TxHash] = l.Topics[1]
		switch l.Topics[0] {
		case topicOpened:
			seed[l.TxHash] = true
		case topicEstablished:
			seed[l.TxHash] = true
			established[l.Topics[1]] = true
		}
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(n.ChainID))
	for _, tx := range txs {
		if plan.from[tx.Hash()], err = types.Sender(signer, tx); err != nil {
			return plan, err
		}
	}
	keep := map[common.Hash]bool{}
	for _, tx := range txs {
		keep[tx.Hash()] = !drop || seed[tx.Hash()]
	}
	for changed := true; changed; {
		changed = false
		for _, tx := range txs {
			h := tx.Hash()
			if keep[h] {
				continue
			}
			below := false // a kept transaction of the same account has a higher nonce
			for _, k := range txs {
				below = below || (keep[k.Hash()] && plan.from[k.Hash()] == plan.from[h] && k.Nonce() > tx.Nonce())
			}
			if s, ok := sessionOf[h]; below || (ok && established[s]) {
				keep[h], changed = true, true
			}
		}
	}
	for _, tx := range txs {
		_, touched := sessionOf[tx.Hash()]
		if touched {
			plan.touched++
		}
		if keep[tx.Hash()] {
			plan.keep = append(plan.keep, localnet.ReorgTx{Tx: tx, Offset: depth - 1})
			continue
		}
		plan.dropped = append(plan.dropped, tx)
		if touched {
			plan.droppedTouched++
		}
	}
	return plan, nil
}

// waitDeep waits until the head is 4 blocks past where it is now, so
// that what was mined so far (a funding: anvil_setBalance is no
// transaction, so a reorganisation below it would take the funds back) is
// deeper than any reorganisation of these tests.
func waitDeep(ctx context.Context, t *testing.T, n *localnet.Net) {
	t.Helper()
	now, err := n.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	eventually(ctx, t, "what was mined to be deeper than any reorganisation", func() (bool, error) {
		h, err := n.Head(ctx)
		return h > now+3, err
	})
}

// waitOpened waits until the session of every open is on chain.
func waitOpened(ctx context.Context, t *testing.T, n *localnet.Net, opens []*userOpen) {
	t.Helper()
	eventually(ctx, t, "the sessions to open", func() (bool, error) {
		for _, o := range opens {
			if ph, err := n.Phase(ctx, o.id); err != nil || ph == session.PhaseNone {
				return false, err
			}
		}
		return true, nil
	})
}

// reorgWhenReady stops mining, waits until the miner's and the oracle's
// agents have applied the head (so that the reorganisation removes logs
// they have seen), and, once the newest depth blocks hold what the kind of
// reorganisation needs (a session transaction to drop, or with drop unset
// one to move), reorganises them as planReorg plans and starts mining
// again. Until then it lets one more block be mined and looks again.
func reorgWhenReady(ctx context.Context, t *testing.T, n *localnet.Net, depth int, drop bool) reorgPlan {
	t.Helper()
	for {
		if err := n.StopMining(ctx); err != nil {
			t.Fatal(err)
		}
		waitCaughtUp(ctx, t, n, "miner", "oracle")
		plan, err := planReorg(ctx, n, depth, drop)
		if err != nil {
			t.Fatal(err)
		}
		if (drop && plan.droppedTouched > 0) || (!drop && plan.touched > 0) {
			// The miner's and the oracle's calls behind the dropped
			// transactions have returned (their Sends saw them mined), so
			// only the chain can tell them that they were taken back.
			for _, tx := range plan.dropped {
				for _, name := range []string{"miner", "oracle"} {
					if plan.from[tx.Hash()] != n.Accounts[name].Address {
						continue
					}
					hash := "tx=" + tx.Hash().Hex()
					if countLines(agentLog(t, n, name, 0), `msg="transaction sent"`, hash) == 0 {
						continue // not a call (a nonce gap filled)
					}
					eventually(ctx, t, name+" to see its transaction mined", func() (bool, error) {
						return countLines(agentLog(t, n, name, 0), `msg="transaction mined"`, hash) > 0, nil
					})
				}
			}
			if err := n.Reorg(ctx, depth, plan.keep); err != nil {
				t.Fatal(err)
			}
			if err := n.StartMining(ctx); err != nil {
				t.Fatal(err)
			}
			return plan
		}
		if err := n.StartMining(ctx); err != nil {
			t.Fatal(err)
		}
		nextBlock(ctx, t, n)
	}
}

// TestReorgDuringSessions reorganises the chain under sessions in flight,
// at depths 1, 2 and 3, each with a new batch of sessions: either moving
// the replaced blocks' transactions to another block (every agent sees its
// logs removed and added again), or dropping them (every agent must send
// its removed steps again, under nonces the chain has taken back, while
// its next steps, sent on the old chain, wait above them or revert). Every
// session must end Established, and each agent's view agree with the
// chain.
func TestReorgDuringSessions(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := n.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	type round struct {
		depth int
		drop  bool
	}
	rounds := []round{{1, true}, {2, false}, {3, true}}
	perRound := 3
	if faultsFull() {
		rounds = nil
		for range 2 {
			for depth := 1; depth <= 3; depth++ {
				rounds = append(rounds, round{depth, false}, round{depth, true})
			}
		}
		perRound = 6
	}
	// Every user is funded now: anvil_setBalance is no transaction, so a
	// reorganisation below it would take the funds back.
	users := make([][]*localnet.Account, len(rounds))
	for i := range rounds {
		users[i] = fundUsers(ctx, t, n, fmt.Sprintf("r%d-", i), perRound)
	}
	waitDeep(ctx, t, n)
	var all []*userOpen
	for i, r := range rounds {
		kind := "moving"
		if r.drop {
			kind = "dropping"
		}
		before := map[string]int{}
		for _, name := range []string{"miner", "oracle"} {
			before[name] = countLines(agentLog(t, n, name, 0), `msg="chain reorganised"`)
		}
		batch := openSessionsFor(ctx, n, users[i], i, n.WS)
		// Anvil answers calls made while it reorganises with errors, and
		// `user open` gives up on an error of its first calls (its agent
		// retries everything after): reorganise once every open is mined.
		waitOpened(ctx, t, n, batch)
		plan := reorgWhenReady(ctx, t, n, r.depth, r.drop)
		t.Logf("round %d: reorganisation of depth %d %s: %d transactions replaced, %d of them session calls; %d kept, %d dropped",
			i, r.depth, kind, len(plan.keep)+len(plan.dropped), plan.touched, len(plan.keep), len(plan.dropped))
		// Both long-running agents had applied the replaced blocks: each
		// must notice the reorganisation.
		eventually(ctx, t, "the agents to notice the reorganisation", func() (bool, error) {
			for _, name := range []string{"miner", "oracle"} {
				if countLines(agentLog(t, n, name, 0), `msg="chain reorganised"`) <= before[name] {
					return false, nil
				}
			}
			return true, nil
		})
		waitEstablished(ctx, t, batch)
		if t.Failed() {
			t.FailNow()
		}
		all = append(all, batch...)
	}
	for _, name := range []string{"miner", "oracle"} {
		lines := agentLog(t, n, name, 0)
		t.Logf("%s: %d reorganisations noticed, %d transactions broadcast again, %d nonce gaps filled, %d calls failed (and sent again)", name,
			countLines(lines, `msg="chain reorganised"`), countLines(lines, `msg="the node lost the transaction; broadcast it again"`),
			countLines(lines, `msg="filled a nonce gap`), countLines(lines, `msg="call failed"`))
	}
	agentsAgree(ctx, t, n, all)
}

// TestDroppedReplacedTransactionsAndNonceGaps moves the agents' account
// nonces and takes their pending transactions away behind their backs,
// with sessions in flight. After a first session (so that each agent has
// sent before), mining stops and another process spends the miner's next
// nonce and sends from the oracle's account one nonce ahead, leaving a
// gap. New sessions are opened and one block is mined: the miner must go
// on from the nonce after the one spent, and the oracle fill the gap. Once
// the miner's and the oracle's next steps wait in the pool, the miner's
// first is replaced by another process's transaction at its nonce (with a
// higher fee), and every other pending transaction of the agents is
// dropped from the pool. Mining starts again: the agents must broadcast
// what the node lost, notice that another transaction took the replaced
// one's nonce (at its next resubmission, ResubmitInterval later), send
// that step again, and every session end Established.
func TestDroppedReplacedTransactionsAndNonceGaps(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := n.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	miner, oracle := n.Accounts["miner"], n.Accounts["oracle"]
	client := n.Client()
	warmUp, perBatch := 1, 2
	if faultsFull() {
		warmUp, perBatch = 4, 8
	}
	waitEstablished(ctx, t, openSessions(ctx, t, n, "warm", warmUp, 0, n.WS))
	from := map[string]int64{"miner": agentLogSize(t, n, "miner"), "oracle": agentLogSize(t, n, "oracle")}

	// Nonces moved behind the agents' backs. With mining stopped no block
	// comes for the idle agents to act on, so nothing of theirs races this.
	if err := n.StopMining(ctx); err != nil {
		t.Fatal(err)
	}
	outOfBand := map[common.Hash]bool{}
	spent, err := client.PendingNonceAt(ctx, miner.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(2e9)
	tx, err := n.SendFrom(ctx, miner, spent, tip)
	if err != nil {
		t.Fatal(err)
	}
	outOfBand[tx.Hash()] = true
	gap, err := client.PendingNonceAt(ctx, oracle.Address)
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = n.SendFrom(ctx, oracle, gap+1, tip); err != nil {
		t.Fatal(err)
	}
	outOfBand[tx.Hash()] = true
	batch := openSessions(ctx, t, n, "fault", perBatch, 1, n.WS)
	eventually(ctx, t, "the opens to wait in the pool", func() (bool, error) {
		pool, err := n.Pool(ctx)
		return len(pool) >= len(batch)+len(outOfBand), err
	})
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}

	// The agents' next steps wait in the pool: replace the miner's first,
	// drop every other.
	var pool []localnet.PoolTx
	eventually(ctx, t, "the miner's and the oracle's steps to wait in the pool", func() (bool, error) {
		var err error
		pool, err = n.Pool(ctx)
		has := map[common.Address]bool{}
		for _, p := range pool {
			has[p.From] = has[p.From] || !outOfBand[p.Tx.Hash()]
		}
		return has[miner.Address] && has[oracle.Address], err
	})
	var replaced *types.Transaction
	for _, p := range pool {
		if p.From == miner.Address && !outOfBand[p.Tx.Hash()] && (replaced == nil || p.Tx.Nonce() < replaced.Nonce()) {
			replaced = p.Tx
		}
	}
	dropped := 0
	for _, p := range pool {
		if p.Tx.Hash() == replaced.Hash() || outOfBand[p.Tx.Hash()] {
			continue
		}
		if err := n.DropTransaction(ctx, p.Tx.Hash()); err != nil {
			t.Fatal(err)
		}
		dropped++
	}
	// A replacement pays at least 10% more, tip and fee cap.
	if tx, err = n.SendFrom(ctx, miner, replaced.Nonce(), replaced.GasFeeCap()); err != nil {
		t.Fatal(err)
	}
	outOfBand[tx.Hash()] = true
	// An agent may send a step again (its sender broadcasts lost
	// transactions again) between the drops and this look: drop again,
	// a few rounds at most, until only the out-of-band transactions wait.
	for round := 1; ; round++ {
		after, err := n.Pool(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var left []localnet.PoolTx
		for _, p := range after {
			if !outOfBand[p.Tx.Hash()] {
				left = append(left, p)
			}
		}
		if len(left) == 0 {
			break
		}
		if round == 5 {
			t.Fatalf("transaction %s of %s still in the pool after %d rounds of drops and the replacement", left[0].Tx.Hash(), left[0].From.Hex(), round)
		}
		for _, p := range left {
			if err := n.DropTransaction(ctx, p.Tx.Hash()); err != nil {
				t.Fatal(err)
			}
			dropped++
		}
	}
	t.Logf("spent the miner's nonce %d, left the oracle's nonce %d free, replaced the miner's nonce %d, dropped %d transactions",
		spent, gap, replaced.Nonce(), dropped)
	if err := n.StartMining(ctx); err != nil {
		t.Fatal(err)
	}
	waitEstablished(ctx, t, batch)

	lines := map[string][]string{}
	for _, name := range []string{"miner", "oracle"} {
		lines[name] = agentLog(t, n, name, from[name])
		t.Logf("%s: %d transactions broadcast again, %d nonce gaps filled, %d resubmitted, %d replaced, %d calls failed (and sent again)", name,
			countLines(lines[name], `msg="the node lost the transaction; broadcast it again"`), countLines(lines[name], `msg="filled a nonce gap`),
			countLines(lines[name], `msg="transaction resubmitted"`), countLines(lines[name], `msg="another transaction took the nonce"`),
			countLines(lines[name], `msg="call failed"`))
	}
	sent := func(name string, nonce uint64) bool {
		return countLines(lines[name], `msg="transaction sent"`, fmt.Sprintf("nonce=%d ", nonce)) > 0
	}
	if sent("miner", spent) || !sent("miner", spent+1) {
		t.Errorf("the miner did not go on from nonce %d after another process spent %d (sent %d: %v, %d: %v)",
			spent+1, spent, spent, sent("miner", spent), spent+1, sent("miner", spent+1))
	}
	if !sent("oracle", gap) {
		t.Errorf("the oracle did not fill the gap at its nonce %d below another process's transaction", gap)
	}
	if countLines(lines["miner"], `msg="another transaction took the nonce"`, fmt.Sprintf("nonce=%d ", replaced.Nonce())) == 0 {
		t.Errorf("the miner did not notice that another transaction took its nonce %d", replaced.Nonce())
	}
	agentsAgree(ctx, t, n, batch)
}

// TestReorgRecovery covers three reorganisations TestReorgDuringSessions
// keeps clear of, each asserting what a correct agent does:
//
//   - open removed: a reorganisation drops the user's open transaction.
//     The user's agent makes the session's machine again from its stored
//     secrets and sends the open again; the session establishes.
//   - establishment removed: a reorganisation drops the attestations that
//     made a session Established, after every agent replaced the
//     exchange's secrets with K. The miner and the oracle attest again
//     with K; the user's agent is gone, so they expire the session, and
//     then delete K.
//   - restart below the cursor: an agent whose cursor block was replaced
//     while it was stopped rewinds and rebuilds its state instead of
//     exiting with chain.ErrReorgTooDeep.
func TestReorgRecovery(t *testing.T) {
	t.Parallel()
	// prepare starts a net with a funded user whose funding is deeper than
	// any reorganisation here.
	prepare := func(t *testing.T) (*localnet.Net, *localnet.Account, context.Context) {
		n := start(t, time.Second)
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		t.Cleanup(cancel)
		if err := n.Setup(ctx); err != nil {
			t.Fatal(err)
		}
		user := fundUsers(ctx, t, n, "user", 1)[0]
		waitDeep(ctx, t, n)
		return n, user, ctx
	}
	flow := localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519}

	t.Run("open removed", func(t *testing.T) {
		t.Parallel()
		n, user, ctx := prepare(t)
		if err := n.StopMining(ctx); err != nil {
			t.Fatal(err)
		}
		o := startOpen(ctx, n, user, flow, n.WS, "-timeout", "60s")
		eventually(ctx, t, "the open to wait in the pool", func() (bool, error) {
			pool, err := n.Pool(ctx)
			return len(pool) == 1, err
		})
		if err := n.Mine(ctx, 1); err != nil {
			t.Fatal(err)
		}
		waitCaughtUp(ctx, t, n, "miner", "oracle", user.Name)
		if err := n.Reorg(ctx, 1, nil); err != nil { // the open is gone
			t.Fatal(err)
		}
		if err := n.StartMining(ctx); err != nil {
			t.Fatal(err)
		}
		waitEstablished(ctx, t, []*userOpen{o})
		if !t.Failed() {
			agentsAgree(ctx, t, n, []*userOpen{o})
		}
	})

	t.Run("establishment removed", func(t *testing.T) {
		t.Parallel()
		n, user, ctx := prepare(t)
		o := startOpen(ctx, n, user, flow, n.WS, "-phase-timeout", "20s")
		waitEstablished(ctx, t, []*userOpen{o})
		if err := n.StopMining(ctx); err != nil {
			t.Fatal(err)
		}
		waitCaughtUp(ctx, t, n, "miner", "oracle")
		tl, err := n.Timeline(ctx, o.id)
		if err != nil {
			t.Fatal(err)
		}
		head, err := n.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Replace the blocks from the attestations' on, empty.
		if err := n.Reorg(ctx, int(head-tl.Entries[len(tl.Entries)-1].Block+1), nil); err != nil {
			t.Fatal(err)
		}
		if err := n.StartMining(ctx); err != nil {
			t.Fatal(err)
		}
		// The user's agent is gone; the miner and the oracle must carry the
		// session to an end: attest again, then expire it when the user
		// does not.
		// By its events (phaseOf already reads Expired once the deadline
		// has passed, before anyone has called expire).
		var final session.Phase
		eventually(ctx, t, "the session to end on chain", func() (bool, error) {
			tl, err := n.Timeline(ctx, o.id)
			if err != nil {
				return false, err
			}
			final = tl.Phase
			return final.Terminal(), nil
		})
		waitCaughtUp(ctx, t, n, "miner", "oracle") // they have seen the end too
		n.StopAgents()
		for _, name := range []string{"miner", "oracle"} {
			st, err := store.Open(n.DataDir(name))
			if err != nil {
				t.Fatal(err)
			}
			secrets, _ := st.Secrets(o.id)
			_, hasKey := secrets["session-key"]
			secrets.Zero()
			st.Close()
			if hasKey != (final == session.Established) {
				t.Errorf("%s keeps the session key: %v; the session is %v on chain", name, hasKey, final)
			}
		}
	})

	t.Run("restart below the cursor", func(t *testing.T) {
		t.Parallel()
		n, user, ctx := prepare(t)
		o := startOpen(ctx, n, user, flow, n.WS)
		waitEstablished(ctx, t, []*userOpen{o})
		if err := n.StopMining(ctx); err != nil {
			t.Fatal(err)
		}
		c, err := agentCursor(n, user.Name)
		if err != nil {
			t.Fatal(err)
		}
		head, err := n.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		depth := int(head - c.Block + 1)
		plan, err := planReorg(ctx, n, depth, false) // the same transactions, in another block
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Reorg(ctx, depth, plan.keep); err != nil {
			t.Fatal(err)
		}
		if err := n.StartMining(ctx); err != nil {
			t.Fatal(err)
		}
		p, err := n.StartAgent(session.User, user, n.WS)
		if err != nil {
			t.Fatal(err)
		}
		eventually(ctx, t, "the restarted user agent to follow the canonical chain", func() (bool, error) {
			if p.Exited() {
				return false, fmt.Errorf("it exited: %s", strings.Join(agentLog(t, n, user.Name, 0), "\n"))
			}
			c, err := agentCursor(n, user.Name)
			if err != nil || c.Block <= head {
				return false, nil
			}
			return canonical(ctx, n, c)
		})
		established(t, n, o.id)
	})
}
