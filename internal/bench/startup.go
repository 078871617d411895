//go:build linux

package bench

import (
	"context"
	"fmt"
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

// StartupPast are the past sessions of the two chains goal 4 compares.
var StartupPast = [2]int{10, 2000}

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

// startup measures goal 4 on a new chain for each of StartupPast.
func startup(ctx context.Context, o Options, bin, self string) ([]StartupResult, error) {
	var out []StartupResult
	for _, n := range StartupPast {
		t0 := time.Now()
		net, err := newNet(ctx, o, bin, self, o.ScaleBlockTime, fmt.Sprintf("startup-%d", n), true)
		if err != nil {
			return nil, err
		}
		r, err := net.startup(ctx, n)
		net.stop()
		if err != nil {
			return nil, err
		}
		o.logf("  %5d past sessions (%d failed, %d blocks, made in %v): restart miner %v oracle %v; open %v ask %v close %v status %v (%v)",
			r.Past, r.Failed, r.Blocks, r.Create.Round(time.Second), r.Restart[session.Miner].Round(time.Millisecond), r.Restart[session.Oracle].Round(time.Millisecond),
			r.OneShot[0].Round(time.Millisecond), r.OneShot[1].Round(time.Millisecond), r.OneShot[2].Round(time.Millisecond), r.OneShot[3].Round(time.Millisecond),
			time.Since(t0).Round(time.Second))
		out = append(out, r)
	}
	return out, nil
}

var openedRE = regexp.MustCompile(`(?m)^opened session (0x[0-9a-f]{64})`)

// startup makes n closed sessions (concurrent, batched, Method 1), then
// restarts the miner and the oracle and runs the user's one-shot
// commands, timing each.
func (b *benchNet) startup(ctx context.Context, n int) (StartupResult, error) {
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
	// Let the agents and the node settle after the burst, then take the
	// median of a few restarts: each is tens of milliseconds, where a busy
	// machine's noise is not small.
	time.Sleep(2 * time.Second)
	var restarts [3][]time.Duration
	for range startupRestarts {
		d, err := b.restart(ctx)
		if err != nil {
			return r, err
		}
		for role := range d {
			restarts[role] = append(restarts[role], d[role])
		}
	}
	for role := range restarts {
		r.Restart[role] = percentile(restarts[role], 50)
	}
	acct, err := b.n.NewAccount(ctx, "oneshot")
	if err != nil {
		return r, err
	}
	env := append(b.n.Env(acct, b.n.WS), "POLL_INTERVAL=100ms", "LOG_LEVEL=warn")
	var times [len(startupCommands)][]time.Duration
	run := func(i int, args ...string) (string, error) {
		start := time.Now()
		out, err := b.n.CommandEnv(ctx, env, "user", append([]string{startupCommands[i]}, args...)...)
		times[i] = append(times[i], time.Since(start))
		return out, err
	}
	for range startupOneShots {
		out, err := run(0, "-miner", b.accts[session.Miner].Address.Hex(), "-oracle", b.accts[session.Oracle].Address.Hex(), "-method", "combined")
		if err != nil {
			return r, err
		}
		m := openedRE.FindStringSubmatch(out)
		if m == nil {
			return r, fmt.Errorf("bench: user open printed no session:\n%s", tail(out, 10))
		}
		id := m[1]
		if _, err := run(1, "-session", id, InferencePrompt); err != nil {
			return r, err
		}
		if _, err := run(2, "-session", id); err != nil {
			return r, err
		}
		if _, err := run(3, "-session", id); err != nil {
			return r, err
		}
	}
	for i := range times {
		r.OneShot[i] = percentile(times[i], 50)
	}
	if b.o.Log != nil {
		fmt.Fprintf(b.o.Log, "    restarts %v %v; one-shots %v\n", restarts[session.Miner], restarts[session.Oracle], times)
	}
	if os.Getenv("BENCH_DEBUG") != "" {
		_ = os.WriteFile(filepath.Join(b.n.Dir(), "startup.txt"), []byte(fmt.Sprintf("%+v\n", r)), 0o600)
	}
	return r, nil
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
		Why: fmt.Sprintf("%s above 1.5×: a restart reads the key registry from its store and the chain from its cursor on, and the logs of the sessions its store still holds (none here), so what is left is the node's own cost on a longer chain", strings.Join(restartSlow, " and "))}}
	slow = nil
	ms = nil
	for i, c := range startupCommands {
		ms = append(ms, side("`"+c+"`", lo.OneShot[i], hi.OneShot[i]))
	}
	rows = append(rows, goalRow{Goal: "4. start-up: one-shot `user` commands", Target: target,
		Measured: "wall time of each (Method 1 session, " + past + "): " + strings.Join(ms, "; "), Met: len(slow) == 0,
		Why: fmt.Sprintf("%s above 1.5×: a one-shot command starts at the head and reads the logs of its own session only, by its indexed id, but over every block since the deployment (a node without a log index scans them)", strings.Join(slow, " and "))})
	return rows
}
