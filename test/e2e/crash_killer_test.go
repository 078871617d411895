package e2e

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// The killer of TestCrashSafety and its accounts: which protocol step each
// kill hit, and whose process it was.

// crashStep is where a session stands when a kill is aimed at it: the
// step whose transactions are due, read from the contract (phaseOf, and
// stepOf for the session's inference) just before the kill.
type crashStep uint8

// The steps of both methods and of the inference phase, in the order a
// session goes through them.
const (
	// m1Open: Method 1, the user's open is not on chain yet.
	m1Open crashStep = iota
	// m1Commit: Committing, the miner's and the oracle's commitments due.
	m1Commit
	// m1Reveal: Revealing, the three ephemeral keys due.
	m1Reveal
	// m1Partials: Partials, the three partials due.
	m1Partials
	// m1Attest: Attesting, the three attestations due.
	m1Attest
	// m2Open: Method 2, the user's open (with the wraps, when the user
	// coordinates) is not on chain yet.
	m2Open
	// m2Wrap: Wrapping, the miner's or the oracle's wraps due.
	m2Wrap
	// m2Attest: Attesting, the three attestations due.
	m2Attest
	// infRequest: Established, the user's encrypted prompt due.
	infRequest
	// infAnswer: requested, the miner's encrypted answer due.
	infAnswer
	// infVerdict: answered, the oracle's verdict due.
	infVerdict
	// infClose: judged, the user's close due (then every party deletes K).
	infClose
	numCrashSteps
)

var crashStepNames = [numCrashSteps]string{
	"Method 1: open", "Method 1: commit", "Method 1: reveal", "Method 1: partials", "Method 1: attest",
	"Method 2: open", "Method 2: wrap", "Method 2: attest",
	"inference: request", "inference: answer", "inference: verdict", "inference: close",
}

func (s crashStep) String() string {
	if s >= numCrashSteps {
		return fmt.Sprintf("crashStep(%d)", uint8(s))
	}
	return crashStepNames[s]
}

// stepOf reads where session id of flow f stands; ok is false once the
// key exchange has ended other than Established, or the session is Closed.
func stepOf(ctx context.Context, n *localnet.Net, f localnet.Flow, id session.ID) (step crashStep, ok bool, err error) {
	phase, err := n.Phase(ctx, id)
	if err != nil {
		return 0, false, err
	}
	m1 := f.Method == session.Combined
	switch phase {
	case session.PhaseNone:
		return pick(m1, m1Open, m2Open), true, nil
	case session.Committing:
		return m1Commit, true, nil
	case session.Revealing:
		return m1Reveal, true, nil
	case session.Partials:
		return m1Partials, true, nil
	case session.Wrapping:
		return m2Wrap, true, nil
	case session.Attesting:
		return pick(m1, m1Attest, m2Attest), true, nil
	case session.Established:
		st, err := n.InferenceStep(ctx, id, 0)
		if err != nil || !st.Valid() {
			return 0, false, err
		}
		return [...]crashStep{infRequest, infAnswer, infVerdict, infClose}[st], true, nil
	}
	return 0, false, nil
}

func pick(cond bool, a, b crashStep) crashStep {
	if cond {
		return a
	}
	return b
}

// target is a process the killer may kill: a role's, while lane's session
// stands at step.
type target struct {
	l    *lane
	s    *crashSession
	id   session.ID
	step crashStep
	role session.Role
}

// killer kills a process every 0.3 to 1.2 s (0.1 to 0.4 s while fewer
// than five kills per four sessions ended have been made) until stop. It
// aims at the (step, role) pair killed least so far among those it can
// hit now, ties broken at random: the lanes' sessions at each step, and
// for each the user's command the lane is running, the miner's agent and
// the oracle's agent (unless it is down). A killed lane waits its pause of
// 0.2 to 2 s before it goes on; a killed agent is restarted after its
// pause, while the killer goes on. killer returns once the agents it
// killed run again.
func (c *crashRun) killer(ctx context.Context, stop <-chan struct{}) {
	defer c.restarts.Wait()
	for {
		lo, hi := 300*time.Millisecond, 1200*time.Millisecond
		if c.behind() {
			lo, hi = 100*time.Millisecond, 400*time.Millisecond
		}
		gap, pause, pick := c.between(lo, hi), c.between(200*time.Millisecond, 2*time.Second), c.rng.Uint64()
		select {
		case <-stop:
			return
		case <-ctx.Done():
			return
		case <-time.After(gap):
		}
		targets := c.targets(ctx)
		if len(targets) == 0 {
			continue
		}
		c.kill(ctx, c.choose(targets, pick), pause)
	}
}

// behind reports whether fewer than five kills per four sessions ended
// have been made.
func (c *crashRun) behind() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return 4*c.totalLocked() < 5*c.done
}

// between returns a random duration in [lo, hi).
func (c *crashRun) between(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(c.rng.Int64N(int64(hi-lo)))
}

// targets lists what the killer can hit now.
func (c *crashRun) targets(ctx context.Context) []target {
	c.mu.Lock()
	down := c.down
	c.mu.Unlock()
	var out []target
	for _, l := range c.lanes {
		l.mu.Lock()
		s, id, running := l.cur, l.id, l.job != nil
		l.mu.Unlock()
		if s == nil || id == (session.ID{}) {
			continue
		}
		step, ok, err := stepOf(ctx, c.n, s.flow, id)
		if err != nil || !ok {
			continue
		}
		for _, r := range session.Roles {
			if (r == session.User && running) || (r != session.User && !down[r]) {
				out = append(out, target{l: l, s: s, id: id, step: step, role: r})
			}
		}
	}
	return out
}

// choose returns one of the targets whose (step, role) was killed least,
// the pick-th modulo their number.
func (c *crashRun) choose(targets []target, pick uint64) target {
	c.mu.Lock()
	defer c.mu.Unlock()
	least := -1
	var best []target
	for _, tg := range targets {
		k := c.kills[tg.step][tg.role]
		if least < 0 || k < least {
			least, best = k, best[:0]
		}
		if k == least {
			best = append(best, tg)
		}
	}
	return best[pick%uint64(len(best))]
}

// kill kills the target's process with SIGKILL and counts it under the
// step its session stood at just before (read again, which the kill is
// skipped if the session has ended).
func (c *crashRun) kill(ctx context.Context, tg target, pause time.Duration) {
	at := time.Since(c.began).Seconds()
	if tg.role == session.User {
		l := tg.l
		// Under the lane's lock the lane can start no other command.
		l.mu.Lock()
		defer l.mu.Unlock()
		j := l.job
		if j == nil || l.id != tg.id {
			return
		}
		step, ok, err := stepOf(ctx, c.n, tg.s.flow, tg.id)
		if err != nil || !ok {
			return
		}
		l.pause = pause
		if pid := j.Pid(); j.Crash() {
			k := c.count(step, tg.role)
			c.t.Logf("kill #%d at %.1fs: %s `user %s` (pid %d), session %d (%v) at %v; restart after %v",
				k, at, l.name, l.what, pid, tg.s.index, tg.s.flow, step, pause.Round(time.Millisecond))
		}
		return
	}
	step, ok, err := stepOf(ctx, c.n, tg.s.flow, tg.id)
	if err != nil || !ok {
		return
	}
	p := c.n.Agent(tg.role.String())
	if pid := p.Pid(); p.Crash() {
		k := c.count(step, tg.role)
		c.t.Logf("kill #%d at %.1fs: %v agent (pid %d), aimed at session %d (%v) at %v; restart after %v",
			k, at, tg.role, pid, tg.s.index, tg.s.flow, step, pause.Round(time.Millisecond))
	} else if err := p.Wait(); err != nil {
		c.t.Errorf("the %v agent had exited on its own: %v", tg.role, err)
	}
	c.mu.Lock()
	c.down[tg.role] = true
	c.mu.Unlock()
	c.restarts.Go(func() {
		time.Sleep(pause) // the outage: how long the agent stays dead
		if _, err := c.n.StartAgentEnv(tg.role, c.n.Accounts[tg.role.String()], c.n.WS); err != nil {
			c.t.Errorf("restarting the %v agent: %v", tg.role, err)
			return // it stays down: no more kills of it
		}
		c.mu.Lock()
		c.down[tg.role] = false
		c.mu.Unlock()
	})
}

// count counts a kill and returns how many there have been.
func (c *crashRun) count(step crashStep, r session.Role) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.kills[step][r]++
	return c.totalLocked()
}

func (c *crashRun) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.totalLocked()
}

func (c *crashRun) totalLocked() int {
	total := 0
	for _, byRole := range c.kills {
		for _, k := range byRole {
			total += k
		}
	}
	return total
}

// byRole returns the kills of each role, over every step.
func (c *crashRun) byRole() [3]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out [3]int
	for _, byRole := range c.kills {
		for r, k := range byRole {
			out[r] += k
		}
	}
	return out
}

// report renders the kills as a table: a row per step, a column per role.
func (c *crashRun) report() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "step\tuser\tminer\toracle\tall\t")
	var sum [3]int
	for s := range numCrashSteps {
		k := c.kills[s]
		fmt.Fprintf(w, "%v\t%d\t%d\t%d\t%d\t\n", s, k[0], k[1], k[2], k[0]+k[1]+k[2])
		for r := range sum {
			sum[r] += k[r]
		}
	}
	fmt.Fprintf(w, "all steps\t%d\t%d\t%d\t%d\t\n", sum[0], sum[1], sum[2], sum[0]+sum[1]+sum[2])
	_ = w.Flush()
	return b.String()
}

// unkilled returns the steps no kill hit.
func (c *crashRun) unkilled() []crashStep {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []crashStep
	for s := range numCrashSteps {
		if k := c.kills[s]; k[0]+k[1]+k[2] == 0 {
			out = append(out, s)
		}
	}
	return out
}

// unkilledRoles returns, for every step, "step: role" for each role no
// kill at that step hit.
func (c *crashRun) unkilledRoles() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for s := range numCrashSteps {
		for _, r := range session.Roles {
			if c.kills[s][r] == 0 {
				out = append(out, fmt.Sprintf("%v: %v", s, r))
			}
		}
	}
	return out
}
