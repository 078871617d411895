//go:build linux

package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Goal 4 of issue 15: start-up independent of history. Two chains, one
// with few past sessions and one with many (all closed), and on each the
// miner's and the oracle's restart to caught up and the wall time of the
// user's one-shot commands; the goal is the ratio of the two.

// StartupPast are the past sessions of the two chains goal 4 compares,
// unless Options.StartupPast sets others.
var StartupPast = [2]int{10, 2000}

// startupPast is o's, else StartupPast.
func (o Options) startupPast() [2]int {
	if o.StartupPast != ([2]int{}) {
		return o.StartupPast
	}
	return StartupPast
}

// StartupResult is goal 4's measurement on one chain.
type StartupResult struct {
	// Past is the sessions opened, established and closed before the
	// measurement (Failed of them did not end so); Blocks the chain's
	// height when it began.
	Past, Failed int
	Blocks       uint64
	// Create is how long the past sessions took to make.
	Create time.Duration
	// Restart is the miner's and the oracle's time from their process's
	// start to caught up with the chain, the median of startupRestarts
	// (by role; the user's is unused).
	Restart [3]time.Duration
	// Fresh is the time to caught up of a miner and an oracle of new
	// accounts, on new data directories, the median of startupRestarts
	// (by role).
	Fresh [3]time.Duration
	// Aged is Fresh once the chain's clock has moved past the longest
	// phase timeout, so that the past sessions are older than any a new
	// agent could still join (by role).
	Aged [3]time.Duration
	// OneShot is the wall time of each one-shot command of a user (run on
	// its own data directory, first used on this chain by the first open),
	// the median of startupOneShots, in startupCommands order.
	OneShot [len(startupCommands)]time.Duration
}

// startupRestarts is how many times the miner and the oracle are
// restarted; Restart is the median.
const startupRestarts = 5

// startupOneShots is how many times the one-shot commands run (each on a
// session of its own); OneShot is the median.
const startupOneShots = 3

// startupCommands are the one-shot commands timed, in order.
var startupCommands = [...]string{"open", "ask", "close", "status"}

// RunStartup measures goal 4 alone, as Run does among the rest.
func RunStartup(ctx context.Context, o Options) ([]StartupResult, error) {
	bin, self, err := build(ctx, o)
	if err != nil {
		return nil, err
	}
	return startup(ctx, o, bin, self)
}

// StartupSection is goal 4's rows of the goals table for rs.
func StartupSection(rs []StartupResult) string {
	var b strings.Builder
	goalTable(&b, startupRows(&Results{Startup: rs}))
	return b.String()
}

// startup measures goal 4 on a new chain for each of StartupPast. Both
// chains stay up and every measurement alternates between them, so that
// the machine's load, which moves over a run, weighs on both alike.
func startup(ctx context.Context, o Options, bin, self string) ([]StartupResult, error) {
	past := o.startupPast()
	nets := make([]*benchNet, len(past))
	out := make([]StartupResult, len(past))
	defer func() {
		for _, n := range nets {
			if n != nil {
				n.stop()
			}
		}
	}()
	for i, n := range past {
		net, err := newNet(ctx, o, bin, self, o.ScaleBlockTime, fmt.Sprintf("startup-%d", n), true)
		if err != nil {
			return nil, err
		}
		nets[i] = net
		if out[i], err = net.history(ctx, n); err != nil {
			return nil, err
		}
		o.logf("  %5d past sessions made in %v (%d failed, %d blocks)", n, out[i].Create.Round(time.Second), out[i].Failed, out[i].Blocks)
	}
	// Let the agents and the nodes settle after the bursts, then take the
	// median of a few measurements of each: tens of milliseconds, where a
	// busy machine's noise is not small.
	time.Sleep(2 * time.Second)
	restarts := make([][3][]time.Duration, len(nets))
	for range startupRestarts {
		for i, net := range nets {
			d, err := net.restartFromLogEnd(ctx)
			if err != nil {
				return nil, err
			}
			for role := range d {
				restarts[i][role] = append(restarts[i][role], d[role])
			}
		}
	}
	times := make([][len(startupCommands)][]time.Duration, len(nets))
	for range startupOneShots {
		for i, net := range nets {
			if err := net.oneShots(ctx, &times[i]); err != nil {
				return nil, err
			}
		}
	}
	fresh, err := freshStarts(ctx, nets, "new")
	if err != nil {
		return nil, err
	}
	// The same on chains whose past is older than the longest phase
	// timeout: what a network's history mostly is.
	for _, net := range nets {
		if err := net.age(ctx, session.MaxPhaseTimeout+time.Hour); err != nil {
			return nil, err
		}
	}
	aged, err := freshStarts(ctx, nets, "aged")
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Fresh, out[i].Aged = fresh[i], aged[i]
	}
	for i := range nets {
		r := &out[i]
		for role := range restarts[i] {
			r.Restart[role] = percentile(restarts[i][role], 50)
		}
		for c := range times[i] {
			r.OneShot[c] = percentile(times[i][c], 50)
		}
		o.logf("  %5d past sessions: restart miner %v oracle %v; new miner %v oracle %v (past aged: %v, %v); open %v ask %v close %v status %v",
			r.Past, r.Restart[session.Miner].Round(time.Millisecond), r.Restart[session.Oracle].Round(time.Millisecond),
			r.Fresh[session.Miner].Round(time.Millisecond), r.Fresh[session.Oracle].Round(time.Millisecond),
			r.Aged[session.Miner].Round(time.Millisecond), r.Aged[session.Oracle].Round(time.Millisecond),
			r.OneShot[0].Round(time.Millisecond), r.OneShot[1].Round(time.Millisecond), r.OneShot[2].Round(time.Millisecond), r.OneShot[3].Round(time.Millisecond))
		o.logf("    each: restarts %v, %v; one-shots %v", restarts[i][session.Miner], restarts[i][session.Oracle], times[i])
	}
	return out, nil
}

var openedRE = regexp.MustCompile(`(?m)^opened session (0x[0-9a-f]{64})`)

// history makes n closed sessions (concurrent, batched, Method 1).
func (b *benchNet) history(ctx context.Context, n int) (StartupResult, error) {
	r := StartupResult{Past: n}
	b.driveArgs = []string{"-close"}
	t0 := time.Now()
	rep, err := b.drive(ctx, []Config{Configs[0]}, n, true, false)
	b.driveArgs = nil
	if err != nil {
		return r, err
	}
	r.Create = time.Since(t0)
	r.Failed = n - len(rep.Sessions)
	for _, s := range rep.Sessions {
		if s.Err != "" {
			r.Failed++
		}
	}
	head, err := b.client.BlockNumber(ctx)
	if err != nil {
		return r, err
	}
	r.Blocks = head
	return r, nil
}

// oneShots runs the user's one-shot commands once, on a new session,
// adding each one's wall time to times. The user is one account with one
// data directory throughout.
func (b *benchNet) oneShots(ctx context.Context, times *[len(startupCommands)][]time.Duration) error {
	acct := b.n.Accounts["oneshot"]
	if acct == nil {
		var err error
		if acct, err = b.n.NewAccount(ctx, "oneshot"); err != nil {
			return err
		}
	}
	env := append(b.n.Env(acct, b.n.WS), "POLL_INTERVAL=100ms", "LOG_LEVEL=warn")
	run := func(i int, args ...string) (string, error) {
		start := time.Now()
		out, err := b.n.CommandEnv(ctx, env, "user", append([]string{startupCommands[i]}, args...)...)
		times[i] = append(times[i], time.Since(start))
		return out, err
	}
	out, err := run(0, "-miner", b.accts[session.Miner].Address.Hex(), "-oracle", b.accts[session.Oracle].Address.Hex(), "-method", "combined")
	if err != nil {
		return err
	}
	m := openedRE.FindStringSubmatch(out)
	if m == nil {
		return fmt.Errorf("bench: user open printed no session:\n%s", tail(out, 10))
	}
	id := m[1]
	if _, err := run(1, "-session", id, InferencePrompt); err != nil {
		return err
	}
	if _, err := run(2, "-session", id); err != nil {
		return err
	}
	_, err = run(3, "-session", id)
	return err
}

// startupRows are goal 4's rows: the restart and the one-shot commands on
// the chain with the most past sessions against the one with the fewest.
func startupRows(res *Results) []goalRow {
	if len(res.Startup) < 2 {
		return nil
	}
	lo, hi := &res.Startup[0], &res.Startup[0]
	for i := range res.Startup {
		s := &res.Startup[i]
		if s.Past < lo.Past {
			lo = s
		}
		if s.Past > hi.Past {
			hi = s
		}
	}
	if lo.Past == hi.Past {
		return nil
	}
	target := fmt.Sprintf("with %s past sessions on the chain ≤ 1.5 × with %d", thousands(float64(hi.Past)), lo.Past)
	ratio := func(a, b time.Duration) float64 { return float64(b) / float64(max(a, time.Millisecond)) }
	var slow []string
	side := func(name string, a, b time.Duration) string {
		x := ratio(a, b)
		if x > 1.5 {
			slow = append(slow, name)
		}
		return fmt.Sprintf("%s %v → %v (%.2f×)", name, a.Round(time.Millisecond), b.Round(time.Millisecond), x)
	}
	past := fmt.Sprintf("%d → %s past sessions (%d → %d blocks)", lo.Past, thousands(float64(hi.Past)), lo.Blocks, hi.Blocks)
	if hi.Failed+lo.Failed > 0 {
		past += fmt.Sprintf(", %d and %d of them not closed", lo.Failed, hi.Failed)
	}
	var ms []string
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		ms = append(ms, side(role.String(), lo.Restart[role], hi.Restart[role]))
	}
	restartSlow := slices.Clone(slow)
	rows := []goalRow{{Goal: "4. start-up: miner and oracle restart", Target: target,
		Measured: "restart to caught up, " + past + ": " + strings.Join(ms, "; "), Met: len(restartSlow) == 0,
		Why: fmt.Sprintf("%s above 1.5×: what a restart reads does not grow with the history (the key registry from its store, the chain from its cursor, the logs of the sessions its store still holds back to their SessionOpened), so the difference is the node's answers on a longer chain and the machine's noise at tens of milliseconds", strings.Join(restartSlow, " and "))}}
	// newAgents is the row of a new miner's and oracle's first start, when
	// both chains measured it.
	newAgents := func(lo, hi [3]time.Duration, goal, measured, why string) {
		if lo == ([3]time.Duration{}) || hi == ([3]time.Duration{}) {
			return
		}
		slow, ms = nil, nil
		for _, role := range []session.Role{session.Miner, session.Oracle} {
			ms = append(ms, side(role.String(), lo[role], hi[role]))
		}
		rows = append(rows, goalRow{Goal: "4. start-up: a new miner and oracle (new data directories), " + goal, Target: target,
			Measured: "first start to caught up, " + past + ", " + measured + ": " + strings.Join(ms, "; "), Met: len(slow) == 0,
			Why: strings.Join(slow, " and ") + " above 1.5×: " + why})
	}
	newAgents(lo.Fresh, hi.Fresh, "past sessions of the last 30 days", "all opened within the longest phase timeout",
		"an agent without a cursor finds the sessions of the last 30 days (the longest phase timeout; an older session is past the only phase a new data directory could still act in) that name it by an indexed topic (the miner SessionOpened's, the oracle OracleNamed's), so it reads none of the past sessions here, which name other accounts; but it still reads the key registry's events since the deployment (one-time key batches included, which grow with the history), and Anvil, which keeps no log index, answers each log query by scanning every log of every block in its range")
	newAgents(lo.Aged, hi.Aged, "past sessions older than 30 days", "the chain's clock then moved past the longest phase timeout",
		"it reads no open older than the longest phase timeout (it finds where they end by a binary search of the headers), but still the key registry's events since the deployment (one-time key batches included, which grow with the history), and Anvil, which keeps no log index, answers that query by scanning every log of every block since the deployment")
	slow, ms = nil, nil
	for i, c := range startupCommands {
		ms = append(ms, side("`"+c+"`", lo.OneShot[i], hi.OneShot[i]))
	}
	rows = append(rows, goalRow{Goal: "4. start-up: one-shot `user` commands", Target: target,
		Measured: "wall time of each (Method 1 session, " + past + "): " + strings.Join(ms, "; "), Met: len(slow) == 0,
		Why: fmt.Sprintf("%s above 1.5×: a one-shot command follows the chain from the head, reads a recipient's registrations only for a key version it lacks, and its session's logs by the indexed id back from the head to its SessionOpened, in windows of 256 blocks and more: on a chain this short, every block since the deployment, which Anvil (no log index) scans", strings.Join(slow, " and "))})
	return rows
}

// restartFromLogEnd is restart, but it looks for the agent's "caught up"
// only in what its log gained since the start: restart reads the whole
// log at every look, which takes longer the more sessions the agent logged
// before, and would add the history's length to the time measured.
func (b *benchNet) restartFromLogEnd(ctx context.Context) ([3]time.Duration, error) {
	var out [3]time.Duration
	// As fresh started them (no one-time key pool unless agentEnv).
	env := append([]string{"LOG_LEVEL=info", fmt.Sprintf("BATCH=%v", b.batch), "POLL_INTERVAL=100ms", "METRICS_ADDR=127.0.0.1:0", "ONE_TIME_BATCH=0", "HYBRID_ONE_TIME_BATCH=0"}, b.agentEnv...)
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		acct := b.accts[r]
		logPath := filepath.Join(b.n.Dir(), acct.Name+".log")
		if err := b.n.StopAgent(acct.Name); err != nil {
			return out, fmt.Errorf("bench: stopping the %v: %w", r, err)
		}
		fi, err := os.Stat(logPath)
		if err != nil {
			return out, err
		}
		start := time.Now()
		p, err := b.n.StartAgentEnv(r, acct, b.n.WS, env...)
		if err != nil {
			return out, err
		}
		for !loggedSince(logPath, fi.Size(), runningRE) {
			if time.Since(start) > time.Minute || ctx.Err() != nil {
				return out, fmt.Errorf("bench: the restarted %v did not catch up (see %s)", r, logPath)
			}
			time.Sleep(2 * time.Millisecond)
		}
		out[r] = time.Since(start)
		if r == session.Miner {
			b.miner = p
		} else {
			b.oracle = p
		}
	}
	return out, nil
}

// freshStarts is the median of startupRestarts first starts of a new
// miner and a new oracle on each of nets (by net and role), alternating
// between the nets; each start is a new account's, named prefix, role and
// round.
func freshStarts(ctx context.Context, nets []*benchNet, prefix string) ([][3]time.Duration, error) {
	times := make([][3][]time.Duration, len(nets))
	for round := range startupRestarts {
		for _, role := range []session.Role{session.Miner, session.Oracle} {
			for i, net := range nets {
				d, err := net.freshStart(ctx, role, fmt.Sprintf("%s%d", prefix, round))
				if err != nil {
					return nil, err
				}
				times[i][role] = append(times[i][role], d)
			}
		}
	}
	out := make([][3]time.Duration, len(nets))
	for i := range times {
		for _, role := range []session.Role{session.Miner, session.Oracle} {
			out[i][role] = percentile(times[i][role], 50)
		}
	}
	return out, nil
}

// age moves the chain's clock d ahead and mines a block at the new time.
func (b *benchNet) age(ctx context.Context, d time.Duration) error {
	rc := b.client.Client()
	if err := rc.CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		return fmt.Errorf("bench: moving the chain's clock: %w", err)
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("bench: mining a block after moving the clock: %w", err)
	}
	return nil
}

// freshStart starts the agent of a new account of role (named prefix
// then role) on a new data directory, returns its time from start to caught
// up, and stops it.
func (b *benchNet) freshStart(ctx context.Context, role session.Role, prefix string) (time.Duration, error) {
	acct, err := b.n.NewAccount(ctx, prefix+role.String())
	if err != nil {
		return 0, err
	}
	logPath := filepath.Join(b.n.Dir(), acct.Name+".log")
	start := time.Now()
	if _, err := b.n.StartAgentEnv(role, acct, b.n.WS, append([]string{"LOG_LEVEL=info", "POLL_INTERVAL=100ms", "ONE_TIME_BATCH=0", "HYBRID_ONE_TIME_BATCH=0"}, b.agentEnv...)...); err != nil {
		return 0, err
	}
	for !loggedSince(logPath, 0, runningRE) {
		if time.Since(start) > time.Minute || ctx.Err() != nil {
			return 0, fmt.Errorf("bench: the new %v did not catch up (see %s)", role, logPath)
		}
		time.Sleep(2 * time.Millisecond)
	}
	d := time.Since(start)
	return d, b.n.StopAgent(acct.Name)
}

// loggedSince reports whether what the file at path holds after its first
// off bytes matches re.
func loggedSince(path string, off int64, re *regexp.Regexp) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return false
	}
	b, err := io.ReadAll(f)
	return err == nil && re.Match(b)
}
