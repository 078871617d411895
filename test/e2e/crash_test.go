package e2e

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// crashFlows are the kinds of session the crash test cycles through: both
// methods, every Method 2 coordinator, both suites.
var crashFlows = []localnet.Flow{
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid},
	{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.X25519},
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.Hybrid},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.Hybrid},
}

// crashPhaseTimeout is every session's phase timeout: far longer than any
// outage the test causes, so that a session that expires or fails lost a
// secret while it was needed.
const crashPhaseTimeout = 3 * time.Minute

var (
	// panicRE matches what a Go panic or runtime crash writes to a log.
	panicRE = regexp.MustCompile(`(?i)panic|fatal error|^goroutine \d+ \[`)
	// corruptRE matches an agent reporting a record that failed its
	// checksum: after a kill that is a write that was not atomic.
	corruptRE = regexp.MustCompile(`corrupt record`)
	// problemRE matches a warning or an error an agent logged, with its
	// level and message.
	problemRE = regexp.MustCompile(`level=(WARN|ERROR) msg="?([^"=]*?)"? [a-z_]+=`)
)

// TestCrashSafety kills the user's, the miner's and the oracle's agent
// processes with SIGKILL at random moments (the seed is logged; set
// SESSIONKEYSTORE_CRASH_SEED to reuse it) while many sessions of both
// methods and both suites are in flight, restarts each after a short
// random pause, and checks that every session still goes all the way:
// Established, one encrypted inference judged valid, Closed. A session
// that ends Failed or Expired instead (its phase timeout is far longer
// than any outage) means a party lost a secret it still needed. At the
// end no data directory holds a session secret or a temporary file and no
// log shows a panic.
//
// The user side runs as users do: each user account (a lane) runs `user
// open`, then `user ask`, then `user close` for one session after another,
// each command an agent process on the lane's data directory; a killed
// `user open` is carried on by `user run`, as its message says, and a
// killed ask or close is run again. The miner and the oracle are `run`
// agents serving every lane.
//
// The killer (crash_killer_test.go) aims each kill at a lane's session
// and one of its three roles, the (step, role) pair killed least so far,
// and counts it under the protocol step the session stood at: the open,
// each step of both methods' key exchanges, and each of the inference,
// its verdict and the close. The test prints the kills per step and role
// and wants at least one kill per session, and a kill in each of Method
// 1, Method 2 and the inference phase; with SESSIONKEYSTORE_FULL=1 a kill
// of every role at every step.
//
// By default 24 sessions on 8 lanes; SESSIONKEYSTORE_FULL=1 runs 104 on 13.
func TestCrashSafety(t *testing.T) {
	t.Parallel()
	full := os.Getenv("SESSIONKEYSTORE_FULL") == "1"
	sessions, lanes, budget := 24, 8, 10*time.Minute
	if full {
		sessions, lanes, budget = 104, 13, 40*time.Minute
	}
	minKills := sessions
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("SESSIONKEYSTORE_CRASH_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("SESSIONKEYSTORE_CRASH_SEED: %v", err)
		}
	}
	t.Logf("crash seed %d (SESSIONKEYSTORE_CRASH_SEED=%d repeats the killer's choices): %d sessions on %d user lanes", seed, seed, sessions, lanes)

	n := start(t, fastBlocks)
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	c := &crashRun{t: t, n: n, began: time.Now(), rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	var names []string
	for i := range lanes {
		names = append(names, fmt.Sprintf("user%d", i))
	}
	if err := n.Setup(ctx, names...); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		c.lanes = append(c.lanes, &lane{name: name, acct: n.Accounts[name]})
	}
	all := make([]*crashSession, sessions)
	for i := range all {
		all[i] = &crashSession{index: i, flow: crashFlows[i%len(crashFlows)], lane: c.lanes[i%lanes]}
	}
	t.Cleanup(func() {
		if t.Failed() {
			for _, l := range c.lanes {
				if b, err := os.ReadFile(filepath.Join(n.Dir(), l.name+".log")); err == nil {
					t.Logf("%s log (last lines):\n%s", l.name, tail(string(b), 25))
				}
			}
		}
	})

	// The killer runs while any lane has work.
	stopKiller := make(chan struct{})
	killerDone := make(chan struct{})
	go func() { defer close(killerDone); c.killer(ctx, stopKiller) }()
	var wg sync.WaitGroup
	for _, l := range c.lanes {
		wg.Go(func() {
			for _, s := range all {
				if s.lane == l {
					if err := c.run(ctx, s); err != nil {
						s.fail("%v", err)
					}
				}
			}
			if err := c.sweep(ctx, l); err != nil {
				c.t.Errorf("%s: %v", l.name, err)
			}
		})
	}
	wg.Wait()
	close(stopKiller)
	<-killerDone
	busy := time.Since(c.began)
	byRole := c.byRole()
	t.Logf("all lanes done after %.0fs; %d kills (user %d, miner %d, oracle %d) in %d sessions; by the step the session aimed at stood at:\n%s",
		busy.Seconds(), c.total(), byRole[session.User], byRole[session.Miner], byRole[session.Oracle], sessions, c.report())

	// Every session is terminal on chain: Closed, after one valid inference.
	for _, s := range all {
		if s.id == (session.ID{}) {
			t.Errorf("session %d (%v): never opened: %v", s.index, s.flow, s.errs)
			continue
		}
		tl, err := n.Timeline(ctx, s.id)
		if err != nil {
			t.Errorf("session %d (%v) %v: %v (lane errors: %v)", s.index, s.flow, s.id, err, s.errs)
			continue
		}
		switch tl.Phase {
		case session.Closed:
		case session.Expired:
			t.Errorf("session %d (%v) %v EXPIRED on chain, stalled: %v; with a %v phase timeout no outage explains it: those parties lost a secret they still needed (lane errors: %v)", s.index, s.flow, s.id, tl.Stalled, crashPhaseTimeout, s.errs)
		case session.Failed:
			t.Errorf("session %d (%v) %v FAILED on chain: %v, culprits %v: a party acted on a lost or replaced secret (lane errors: %v)", s.index, s.flow, s.id, tl.Fault, tl.Culprits, s.errs)
		default:
			t.Errorf("session %d (%v) %v is %v on chain, not Closed (lane errors: %v)", s.index, s.flow, s.id, tl.Phase, s.errs)
		}
		if tl.Phase == session.Closed && (len(tl.Inferences) == 0 || !tl.Inferences[0].Judged || !tl.Inferences[0].Valid) {
			t.Errorf("session %d (%v) %v closed without a valid inference: %+v", s.index, s.flow, s.id, tl.Inferences)
		}
		if len(s.errs) > 0 && tl.Phase == session.Closed {
			t.Errorf("session %d (%v) %v: %v", s.index, s.flow, s.id, s.errs)
		}
	}

	// The miner and the oracle (running again, caught up) delete every
	// session's secrets; then every agent stops cleanly and no data
	// directory holds a session record or a temporary file.
	for _, name := range []string{"miner", "oracle"} {
		if err := waitNoSessionFiles(ctx, n.DataDir(name), leftoverLimit); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	n.StopAgents()
	for _, name := range append([]string{"miner", "oracle"}, names...) {
		if left := secretLeftovers(n.DataDir(name)); len(left) > 0 {
			t.Errorf("%s's data directory still holds %v", name, left)
		}
	}
	// No agent process panicked or found a torn record, in any of its
	// lives; the warnings and errors they logged are summed up.
	logs, _ := filepath.Glob(filepath.Join(n.Dir(), "*.log"))
	for _, path := range logs {
		if lines := localnet.GrepFile(path, panicRE); len(lines) > 0 {
			t.Errorf("%s: %d lines of a panic, first: %s", filepath.Base(path), len(lines), lines[0])
		}
		if lines := localnet.GrepFile(path, corruptRE); len(lines) > 0 {
			t.Errorf("%s: a store record was corrupt after a kill (%d lines), first: %s", filepath.Base(path), len(lines), lines[0])
		}
		counts := map[string]int{}
		for _, line := range localnet.GrepFile(path, problemRE) {
			m := problemRE.FindStringSubmatch(line)
			counts[m[1]+" "+m[2]]++
		}
		if len(counts) > 0 {
			t.Logf("%s: %v", filepath.Base(path), counts)
		}
	}
	if c.total() < minKills {
		t.Errorf("only %d kills, want at least %d: the sessions were not crashed as much as this test means to", c.total(), minKills)
	}
	// Both methods and the inference phase were crashed; with FULL, every
	// step of them, in every role.
	missed := c.unkilled()
	if full {
		if pairs := c.unkilledRoles(); len(pairs) > 0 {
			t.Errorf("no kill at %d (step, role) pairs: %v", len(pairs), pairs)
		}
	}
	for _, group := range [][]crashStep{{m1Open, m1Commit, m1Reveal, m1Partials, m1Attest}, {m2Open, m2Wrap, m2Attest}, {infRequest, infAnswer, infVerdict, infClose}} {
		if !slices.ContainsFunc(group, func(s crashStep) bool { return !slices.Contains(missed, s) }) {
			t.Errorf("no kill at any of %v", group)
		}
	}
}

// crashRun is the state of one TestCrashSafety.
type crashRun struct {
	t     *testing.T
	n     *localnet.Net
	began time.Time
	lanes []*lane

	rng *rand.Rand // the killer's alone
	// restarts are the miner's and the oracle's agents the killer is
	// bringing back after their pause.
	restarts sync.WaitGroup

	mu    sync.Mutex
	kills [numCrashSteps][3]int // by step aimed at, and role
	down  [3]bool               // an agent killed and not yet restarted
	done  int                   // sessions taken to their end
}

// lane is one user account and the command it is running.
type lane struct {
	name string
	acct *localnet.Account

	mu    sync.Mutex
	job   *localnet.Job // nil between commands
	what  string
	pause time.Duration // set by the killer before it kills job
	// cur is the session the lane is taking to its end (nil between
	// sessions), and id that session's id once it is known.
	cur *crashSession
	id  session.ID
}

// crashSession is one session of the test and what went wrong with it.
type crashSession struct {
	index int
	flow  localnet.Flow
	lane  *lane
	id    session.ID

	mu   sync.Mutex
	errs []string
}

func (s *crashSession) fail(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.errs = append(s.errs, fmt.Sprintf(format, args...))
}

// start starts `user args...` on the lane, where the killer can find it.
func (c *crashRun) start(l *lane, args ...string) (*localnet.Job, error) {
	j, err := c.n.StartJob(session.User, l.acct, c.n.WS, args)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.job, l.what = j, args[0]
	l.mu.Unlock()
	return j, nil
}

// finish waits for the lane's command to exit. If the killer killed it,
// it waits the killer's pause and until nothing the command broadcast is
// still pending (so that what it sent is on chain, and what it had not
// sent never will be), and reports killed.
func (c *crashRun) finish(ctx context.Context, l *lane, j *localnet.Job) (killed bool, err error) {
	err = j.Wait()
	l.mu.Lock()
	l.job = nil
	pause := l.pause
	l.mu.Unlock()
	if !localnet.Killed(err) {
		return false, err
	}
	select {
	case <-time.After(pause):
	case <-ctx.Done():
		return true, ctx.Err()
	}
	return true, c.n.WaitNoPending(ctx, l.acct.Address)
}

// run takes one session from open to closed on its lane, through every
// kill of the lane's commands. It returns what prevented that.
func (c *crashRun) run(ctx context.Context, s *crashSession) error {
	l := s.lane
	l.mu.Lock()
	l.cur, l.id = s, session.ID{}
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.cur = nil
		l.mu.Unlock()
		c.mu.Lock()
		c.done++
		c.mu.Unlock()
	}()
	// Open. The id is known before the command runs: a killed open may
	// have put the session on chain without printing it.
	for opened := false; !opened; {
		id, err := c.n.NextSessionID(ctx, l.acct)
		if err != nil {
			return err
		}
		s.id = id
		l.mu.Lock()
		l.id = id
		l.mu.Unlock()
		args := append(s.flow.Args(c.n), "-phase-timeout", crashPhaseTimeout.String())
		j, err := c.start(l, args...)
		if err != nil {
			return err
		}
		killed, err := c.finish(ctx, l, j)
		switch {
		case err != nil && !killed:
			return fmt.Errorf("user open: %w\n%s", err, j.Output())
		case err != nil:
			return err
		case !killed:
			if !strings.Contains(j.Output(), "opened session "+id.String()) {
				return fmt.Errorf("user open did not open %v:\n%s", id, j.Output())
			}
			opened = true
		default:
			phase, err := c.n.Phase(ctx, id)
			if err != nil {
				return err
			}
			if phase == session.PhaseNone {
				c.t.Logf("%s: session %d's open never went out; opening it again", l.name, s.index)
				continue // with the same id
			}
			c.t.Logf("%s: session %d (%v) is %v on chain; carrying it on with user run", l.name, s.index, s.flow, phase)
			if err := c.carry(ctx, l, id); err != nil {
				return err
			}
			opened = true
		}
	}
	// One inference. A killed ask whose request is on chain is not asked
	// again: the miner and the oracle carry it on by themselves.
	for {
		tl, err := c.n.Timeline(ctx, s.id)
		if err != nil {
			return err
		}
		if tl.Phase != session.Established {
			return fmt.Errorf("%v after the open, not Established", tl.Phase)
		}
		if len(tl.Inferences) > 0 {
			c.t.Logf("%s: session %d's request is on chain; not asking again", l.name, s.index)
			break
		}
		j, err := c.start(l, "ask", "-session", s.id.String(), fmt.Sprintf("crash test question %d", s.index))
		if err != nil {
			return err
		}
		killed, err := c.finish(ctx, l, j)
		if err != nil && !killed {
			return fmt.Errorf("user ask: %w\n%s", err, j.Output())
		}
		if err != nil {
			return err
		}
		if !killed {
			if !strings.Contains(j.Output(), "verdict VALID") {
				return fmt.Errorf("user ask printed no valid verdict:\n%s", j.Output())
			}
			break
		}
	}
	if err := waitJudged(ctx, c.n, s.id); err != nil {
		return fmt.Errorf("waiting for the verdict: %w", err)
	}
	// Close.
	for {
		phase, err := c.n.Phase(ctx, s.id)
		if err != nil {
			return err
		}
		if phase == session.Closed {
			return nil
		}
		if phase != session.Established {
			return fmt.Errorf("%v before the close", phase)
		}
		j, err := c.start(l, "close", "-session", s.id.String())
		if err != nil {
			return err
		}
		killed, err := c.finish(ctx, l, j)
		if err != nil && !killed {
			return fmt.Errorf("user close: %w\n%s", err, j.Output())
		}
		if err != nil {
			return err
		}
	}
}

// carry runs `user run` on the lane until the session is terminal on
// chain, then stops it: how a user carries on a session after its `user
// open` died.
func (c *crashRun) carry(ctx context.Context, l *lane, id session.ID) error {
	for {
		if phase, err := c.n.Phase(ctx, id); err != nil || phase.Terminal() {
			return err
		}
		j, err := c.start(l, "run")
		if err != nil {
			return err
		}
		for !j.Exited() {
			phase, err := c.n.Phase(ctx, id)
			if err != nil {
				_ = j.Stop()
				return err
			}
			if phase.Terminal() {
				_ = j.Stop()
				break
			}
			select {
			case <-ctx.Done():
				_ = j.Stop()
				return fmt.Errorf("carrying the session on: %v: %w", phase, ctx.Err())
			case <-time.After(250 * time.Millisecond):
			}
		}
		killed, err := c.finish(ctx, l, j)
		switch {
		case err != nil && !killed && !terminated(err):
			return fmt.Errorf("user run: %w", err)
		case err != nil && killed:
			return err
		}
	}
}

// terminated reports whether err, from Wait, says the process died of the
// SIGTERM Stop sent before it had set up its handler (a `run` stopped as
// soon as it started).
func terminated(err error) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGTERM
}

// leftoverLimit is how long an agent running again may take to delete
// the records of sessions that have ended: generous, since a loaded
// machine is slow to start a process and catch up with the chain; a
// record that stays is a secret kept forever.
const leftoverLimit = 3 * time.Minute

// sweep ends a lane: if its data directory still holds a session's
// secrets (its last command was killed before it saw the session end),
// `user run` catches up and deletes them.
func (c *crashRun) sweep(ctx context.Context, l *lane) error {
	dir := c.n.DataDir(l.name)
	sctx, cancel := context.WithTimeout(ctx, leftoverLimit)
	defer cancel()
	for len(sessionFiles(dir)) > 0 {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if sctx.Err() != nil {
			return fmt.Errorf("session records left after %v of user run: %v", leftoverLimit, sessionFiles(dir))
		}
		j, err := c.start(l, "run")
		if err != nil {
			return err
		}
	poll:
		for !j.Exited() && len(sessionFiles(dir)) > 0 {
			select {
			case <-sctx.Done():
				break poll
			case <-time.After(250 * time.Millisecond):
			}
		}
		_ = j.Stop()
		if killed, err := c.finish(ctx, l, j); err != nil && !killed && !terminated(err) {
			return fmt.Errorf("user run: %w", err)
		}
	}
	return nil
}

// waitJudged polls the session's timeline until its first inference is
// judged, and checks the verdict.
func waitJudged(ctx context.Context, n *localnet.Net, id session.ID) error {
	for {
		tl, err := n.Timeline(ctx, id)
		if err != nil {
			return err
		}
		if len(tl.Inferences) > 0 && tl.Inferences[0].Judged {
			if !tl.Inferences[0].Valid {
				return fmt.Errorf("the inference was judged invalid: %v", tl.Inferences[0].Reason)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("session %v is %v with %d inferences: %w", id, tl.Phase, len(tl.Inferences), ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// waitNoSessionFiles polls dir until it holds no session record, for at
// most limit.
func waitNoSessionFiles(ctx context.Context, dir string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		files := sessionFiles(dir)
		if len(files) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("session records left after %v: %v", limit, files)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%v: %w", files, ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// sessionFiles lists the session records in a data directory (see
// agent/store: sessions/<id>.json).
func sessionFiles(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "sessions", "*.json"))
	var out []string
	for _, f := range files {
		if !strings.HasPrefix(filepath.Base(f), ".") {
			out = append(out, filepath.Base(f))
		}
	}
	return out
}

// secretLeftovers lists what a stopped agent must not leave in its data
// directory: anything under sessions/ (a session's secrets, or a
// temporary a write left) and a temporary anywhere. Registered keys are
// long-term and not listed.
func secretLeftovers(dir string) []string {
	var out []string
	ents, _ := os.ReadDir(filepath.Join(dir, "sessions"))
	for _, e := range ents {
		out = append(out, filepath.Join("sessions", e.Name()))
	}
	for _, sub := range []string{".", "keys"} {
		tmps, _ := filepath.Glob(filepath.Join(dir, sub, ".tmp-*"))
		for _, t := range tmps {
			out = append(out, filepath.Join(sub, filepath.Base(t)))
		}
	}
	slices.Sort(out)
	return out
}

// sessionFile is the path of a session's record in a data directory.
func sessionFile(dir string, id session.ID) string {
	return filepath.Join(dir, "sessions", hex.EncodeToString(id[:])+".json")
}

// TestCorruptSessionRecord restarts agents on data directories holding a
// torn session record and a leftover temporary file, as a crash or a
// failing disk could leave them. The miner's record of an Established
// session A is cut short; the user's record of another, C, has a byte
// flipped. Each agent reports the record as corrupt, naming the session,
// does not panic, removes the temporary, and goes on serving its other
// sessions (an inference in B is answered and judged valid); the user's
// ask in C fails with the same clear error instead of waiting. Once A is
// closed, the miner must delete A's unreadable record like any record of
// an ended session (PROTOCOL.md §9: K is deleted at SessionClosed); the
// subtest "unreadable record deleted when its session closes" checks it.
// Last, a corrupt cursor (both of its slots): the miner refuses to start
// with an error naming cursor.json, and once the operator removes it, replays the chain from
// the deployment, serves a new session, and brings back no record of a
// closed one.
func TestCorruptSessionRecord(t *testing.T) {
	t.Parallel()
	n := start(t, fastBlocks)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	var a, b, c session.ID
	for _, s := range []struct {
		id   *session.ID
		flow localnet.Flow
	}{
		{&a, localnet.Flow{Method: session.Combined, Suite: session.X25519}},
		{&b, localnet.Flow{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid}},
		{&c, localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519}},
	} {
		id, out, err := n.Open(ctx, "user", s.flow)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		established(t, n, id)
		*s.id = id
	}
	t.Logf("A %v, B %v, C %v", a, b, c)

	if err := n.StopAgent("miner"); err != nil {
		t.Fatal(err)
	}
	minerDir, userDir := n.DataDir("miner"), n.DataDir("user")
	mangle := func(path string, f func([]byte) []byte) {
		t.Helper()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("the record to corrupt: %v", err)
		}
		if err := os.WriteFile(path, f(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	mangle(sessionFile(minerDir, a), func(d []byte) []byte { return d[:len(d)*2/3] })
	mangle(sessionFile(userDir, c), func(d []byte) []byte { d[len(d)-20] ^= 0x04; return d })
	leftover := filepath.Join(minerDir, "sessions", ".tmp-4242")
	if err := os.WriteFile(leftover, []byte("sessionkeystore-store v1 00"), 0o600); err != nil {
		t.Fatal(err)
	}
	miner, err := n.StartAgent(session.Miner, n.Accounts["miner"], n.WS)
	if err != nil {
		t.Fatal(err)
	}

	// The miner serves B as before.
	out, err := n.Ask(ctx, "user", b, "is B still served?")
	if err != nil || !strings.Contains(out, "verdict VALID") {
		t.Fatalf("ask in B beside a corrupt record of A: %v\n%s", err, out)
	}
	if lines := miner.Grep(regexp.MustCompile(`level=ERROR .*session=` + a.String() + `.*corrupt record`)); len(lines) == 0 {
		t.Errorf("the miner's log names no corrupt record of A")
	} else {
		t.Logf("miner: %s", lines[0])
	}
	if lines := miner.Grep(regexp.MustCompile(`corrupt record`)); len(lines) != 1 {
		t.Errorf("the miner reported %d corrupt records, want A's once: %q", len(lines), lines)
	}
	if _, err := os.Stat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the miner left the temporary file a crash left (%v)", err)
	}

	// The user's ask in C fails at once, saying why.
	out, err = n.Ask(ctx, "user", c, "can C be asked?")
	switch {
	case err == nil:
		t.Errorf("ask in C, whose record is corrupt, succeeded:\n%s", out)
	case !strings.Contains(err.Error(), "corrupt record") || !strings.Contains(err.Error(), c.String()):
		t.Errorf("ask in C, whose record is corrupt, does not say so: %v", err)
	default:
		t.Logf("ask in C: %s", lastLine(err.Error()))
	}

	// The user closes A, then B: the miner deletes B's record when it sees
	// B close, and must have deleted A's by then too.
	for _, id := range []session.ID{a, b} {
		if out, err := n.Close(ctx, "user", "user", id); err != nil {
			t.Fatalf("closing %v: %v\n%s", id, err, out)
		}
	}
	if err := waitGone(ctx, sessionFile(minerDir, b)); err != nil {
		t.Fatalf("the miner kept B's record after B closed: %v", err)
	}
	if miner.Exited() {
		t.Fatalf("the miner agent exited: %v", miner.Wait())
	}
	for _, name := range []string{"miner", "user"} {
		if lines := localnet.GrepFile(filepath.Join(n.Dir(), name+".log"), panicRE); len(lines) > 0 {
			t.Errorf("%s's log shows a panic: %s", name, lines[0])
		}
	}
	t.Run("unreadable record deleted when its session closes", func(t *testing.T) {
		if _, err := os.Stat(sessionFile(minerDir, a)); err == nil {
			t.Errorf("session A is closed on chain but the miner keeps its unreadable record (with most of K in it) in %s forever: "+
				"an agent must delete a session's record when the session ends, readable or not", sessionFile(minerDir, a))
		}
	})

	// A corrupt cursor: the miner refuses to start, saying so; without the
	// cursor it replays the chain from the deployment and serves again.
	t.Run("corrupt cursor", func(t *testing.T) {
		if err := n.StopAgent("miner"); err != nil {
			t.Fatal(err)
		}
		// A byte of each of the cursor's two slots (store.SetCursor): a
		// torn write of one slot leaves the other, the cursor before.
		mangle(filepath.Join(minerDir, "cursor.json"), func(d []byte) []byte {
			for off := 0; off < len(d); off += 512 {
				d[off] ^= 0xff
			}
			return d
		})
		rctx, rcancel := context.WithTimeout(ctx, 30*time.Second)
		out, err := n.CommandEnv(rctx, n.Env(n.Accounts["miner"], n.WS), "miner", "run")
		rcancel()
		if err == nil || !strings.Contains(err.Error(), "cursor.json") || panicRE.MatchString(err.Error()) {
			t.Fatalf("miner run on a corrupt cursor: %v\n%s", err, out)
		}
		t.Logf("miner run: %s", lastLine(err.Error()))
		if err := os.Remove(filepath.Join(minerDir, "cursor.json")); err != nil {
			t.Fatal(err)
		}
		if _, err := n.StartAgent(session.Miner, n.Accounts["miner"], n.WS); err != nil {
			t.Fatal(err)
		}
		d, out, err := n.Open(ctx, "user", localnet.Flow{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.X25519})
		if err != nil {
			t.Fatalf("open after the miner replayed the chain: %v\n%s", err, out)
		}
		established(t, n, d)
		if out, err := n.Ask(ctx, "user", d, "served after a replay?"); err != nil || !strings.Contains(out, "verdict VALID") {
			t.Fatalf("ask after the miner replayed the chain: %v\n%s", err, out)
		}
		if out, err := n.Close(ctx, "user", "user", d); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if err := waitGone(ctx, sessionFile(minerDir, d)); err != nil {
			t.Fatal(err)
		}
		// The replay brought back no record of a closed session.
		for _, id := range []session.ID{b, d} {
			if _, err := os.Stat(sessionFile(minerDir, id)); err == nil {
				t.Errorf("after the replay the miner holds a record of %v, which is closed", id)
			}
		}
		if _, err := os.Stat(sessionFile(minerDir, c)); err != nil {
			t.Errorf("after the replay the miner lost its record of C, which is Established: %v", err)
		}
	})
}

// waitGone polls until path does not exist.
func waitGone(ctx context.Context, path string) error {
	for {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s still there: %w", filepath.Base(path), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
