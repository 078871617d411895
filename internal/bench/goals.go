package bench

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// goalRow is one line of the goals table: a goal of issue 15, its target,
// what this run measured, and whether it is met (with the reason when not).
type goalRow struct {
	Goal, Target, Measured string
	Met                    bool
	Why                    string
	// By, when set, names the test that checks the goal instead of this
	// run: the met column says so rather than met or not.
	By string
}

// testedGoals are the goals `make test` checks rather than `make bench`.
var testedGoals = []goalRow{
	{Goal: "2. a rate-limited public endpoint", Target: "100 concurrent sessions of each method through 10 requests/s, 100 ms endpoints at 250 ms blocks, zero failures",
		Measured: "not by this run", By: "checked by `TestRateLimitedEndpoints` in `make test` (10 sessions of each method; 100 with `FULL=1`): every session must be Established; `TestLossyEndpoints` also loses 5 % of the requests (4 sessions of each method; 25 with `FULL=1`)"},
	{Goal: "6. metrics", Target: "`run -metrics`: Prometheus metrics, /healthz, /readyz; `make bench` reads its RPC counts from them",
		Measured: "the RPC counts in this file come from the agents' /metrics", By: "checked by `TestRunServesMetrics` (Anvil) and the agent/metrics tests"},
	{Goal: "7. charts from a plotting library", Target: "gonum.org/v1/plot replaces internal/chart",
		Measured: "every chart here is drawn by gonum/plot", By: "checked by the internal/bench chart tests (each SVG parses and carries its title, axes and series)"},
}

// signNs is the micro-benchmark of signing one transaction, or 0.
func signNs(m Micro) float64 {
	for _, p := range m.Primitives {
		if p.Name == "SignTx" {
			return p.Ns
		}
	}
	return 0
}

// irreducible returns a role's irreducible work per session of a config:
// its protocol work (the micro-benchmark) plus signing its transactions.
func irreducible(res *Results, s *ConfigResult, role int) time.Duration {
	proto := res.Micro.Session[s.Config][role]
	return time.Duration(proto + roleTxs(s, role)*signNs(res.Micro))
}

// roleTxs returns a role's transactions per session of a config.
func roleTxs(s *ConfigResult, role int) float64 {
	var txs float64
	name := [3]string{"user", "miner", "oracle"}[role]
	for _, st := range s.Steps {
		if st.Actor == name {
			txs += st.Count
		}
	}
	return txs
}

// goalRows measures each goal this run has data for.
func goalRows(res *Results) []goalRow {
	var rows []goalRow
	// Goal 1: JSON-RPC calls per session per role ≤ its transactions + 1,
	// at the largest N counted (rpc.go).
	if len(res.RPC) > 0 {
		top := 0
		for _, r := range res.RPC {
			top = max(top, r.N)
		}
		met := true
		var parts []string
		for _, r := range res.RPC {
			if r.N != top {
				continue
			}
			var rs []string
			for role := range 3 {
				calls, goal := r.PerSession(session.Role(role))
				met = met && calls <= goal && r.Failed == 0
				rs = append(rs, fmt.Sprintf("%.2f (goal %.2f)", calls, goal))
			}
			parts = append(parts, fmt.Sprintf("%s N=%d: %s", r.Config, r.N, strings.Join(rs, ", ")))
		}
		rows = append(rows, goalRow{Goal: "1. RPC calls per session per role, N concurrent", Target: "≤ its transactions + 1, amortised over N concurrent sessions",
			Measured: "user, miner, oracle: " + strings.Join(parts, "; "), Met: met,
			Why: "a poll that finds several new blocks costs three calls (head, logs, the range's last header again), and the first call of each kind is estimated; see the RPC section"})
	}
	// Goal 1: JSON-RPC requests per session per role ≤ its transactions
	// + 1, from the agents' metrics.
	if len(res.Sessions) > 0 && res.Sessions[0].RPC != [3]float64{} {
		worst, worstAt, met := 0.0, "", true
		for i := range res.Sessions {
			s := &res.Sessions[i]
			for role := range 3 {
				txs := roleTxs(s, role)
				met = met && s.RPC[role] <= txs+1
				if r := s.RPC[role] / (txs + 1); r > worst {
					worst = r
					worstAt = fmt.Sprintf("%s %s: %.1f requests for %.0f transactions", s.Config, [3]string{"user", "miner", "oracle"}[role], s.RPC[role], txs)
				}
			}
		}
		rows = append(rows, goalRow{Goal: "1. RPC requests per session per role, sequential", Target: "≤ its transactions + 1", Measured: fmt.Sprintf("worst %.1f× the target (%s)", worst, worstAt), Met: met,
			Why: "following the chain costs a header read per poll (and logs when a block may hold the contract's), which a session run alone does not share with others; a start reads the nonce and the one-time keys once, which only concurrent sessions share (by method: the table under Agent cost per session)"})
	}
	// Goal 4: start-up independent of history (startup.go).
	rows = append(rows, startupRows(res)...)
	// Goal 3: agent CPU per session ≤ 3× the irreducible work.
	if signNs(res.Micro) > 0 {
		worst, worstAt := 0.0, ""
		var parts []string
		for i := range res.Sessions {
			s := &res.Sessions[i]
			for role := range 3 {
				irr := irreducible(res, s, role)
				if irr <= 0 || s.CPU[role] <= 0 {
					continue
				}
				r := float64(s.CPU[role]) / float64(irr)
				if r > worst {
					worst, worstAt = r, fmt.Sprintf("%s %s", s.Config, [3]string{"user", "miner", "oracle"}[role])
				}
			}
		}
		for _, sc := range res.Scale {
			if !sc.Batched || sc.Failed > 0 {
				continue
			}
			s := find(res, sc.Config)
			if s == nil {
				continue
			}
			var rs []string
			for role := range 3 {
				if irr := irreducible(res, s, role); irr > 0 {
					rs = append(rs, fmt.Sprintf("%.0f×", float64(sc.CPU[role])/float64(irr)))
				}
			}
			parts = append(parts, fmt.Sprintf("%s batched N=%d: %s", sc.Config, sc.N, strings.Join(rs, ", ")))
		}
		measured := fmt.Sprintf("sequential sessions: worst %.0f× (%s)", worst, worstAt)
		if len(parts) > 0 {
			measured += "; at scale (user, miner, oracle): " + strings.Join(parts, "; ")
		}
		rows = append(rows, goalRow{Goal: "3. agent CPU per session", Target: "≤ 3× protocol work + signing", Measured: measured, Met: worst > 0 && worst <= 3,
			Why: "each process also follows the chain and keeps its secrets durably, which the protocol work leaves out. Three changes cut that part: the store commits what one block's logs change at once rather than a full write round per record, the cursor (written every block) is overwritten in place, and the log subscription only wakes the follower rather than decoding every log of the contract a second time (at N=1000, M2 user x25519 batched, the miner and the oracle went from 19× to about 13×, M1 from about 9× to 6×; the subscription's part alone was about 7 % of their CPU at N=1000 for M1). A perf profile (cpu-clock sampling: Go's own profiler misses most of the short bursts an agent runs in) of the miner at N=1000 (M2 user x25519, batched) still puts about 40 % of its CPU in the store's commits, 22 % creating the session records' files (on this machine's ext4, which has no journal, allocating an inode scans the recently deleted ones) and 11 % in fsync; about 14 % in decoding the JSON of the logs and headers it reads; the rest in the Go runtime (its monitor thread, garbage collection), the follow loop and logging. For M1 the store is about 21 %. Without the store the rest would still be about 5× (M1) to 8× (M2). A session record written in place in two slots, as the cursor is, would save one file per session, but a record that falls back to its older slot when the newer one is damaged would roll a message counter back and reuse a nonce: the cursor may fall back, a session's secrets may not. The sequential rows are fixed costs per block (a header read, a commit and a cursor write, shared by one session)"})
	}
	// Goal 5: gas ≤ 1.15 × the paper minimum, every config.
	if len(res.Sessions) > 0 && res.Sessions[0].Paper > 0 {
		worst, worstAt := 0.0, ""
		for _, s := range res.Sessions {
			if r := s.Gas / s.Paper; r > worst {
				worst, worstAt = r, s.Config
			}
		}
		rows = append(rows, goalRow{Goal: "5. gas per session", Target: "≤ 1.15 × paper minimum, every config", Measured: fmt.Sprintf("worst %.2f× (%s)", worst, worstAt), Met: worst <= 1.15,
			Why: "the contract keeps several slots per session (parties, phase and deadline, commitments, attestation) where the paper minimum counts one, and its checks (ABI decoding, hashing) cost execution gas the minimum leaves out. When the user coordinates Method 2 its attestation now rides in its open (one transaction fewer: the gas table's M2 user rows have 3); that lowers the gas but raises the ratio, since the minimum loses the whole transaction and its slot update while the gas keeps the attestation's execution"})
	}
	// Goal 5: batched miner and oracle gas ≥ 50 % below unbatched.
	for _, b := range res.Scale {
		if !b.Batched || b.Failed > 0 {
			continue
		}
		var u *ScaleResult
		for i := range res.Scale {
			if s := &res.Scale[i]; !s.Batched && s.Config == b.Config && s.N == b.N {
				u = s
			}
		}
		if u == nil || b.N < 32 {
			continue
		}
		var ms []string
		met := true
		for role := 1; role <= 2; role++ {
			if u.RoleGas[role] == 0 {
				continue
			}
			cut := 1 - b.RoleGas[role]/u.RoleGas[role]
			met = met && cut >= 0.5
			ms = append(ms, fmt.Sprintf("%s %s → %s (−%.0f%%, %.1f sessions per transaction)", [3]string{"", "miner", "oracle"}[role],
				thousands(u.RoleGas[role]), thousands(b.RoleGas[role]), 100*cut, b.RoleBatch[role]))
		}
		rows = append(rows, goalRow{Goal: "5. batched gas, " + b.Config, Target: "miner and oracle gas per session ≥ 50 % below unbatched at 32 sessions per transaction",
			Measured: fmt.Sprintf("N=%d: %s", b.N, strings.Join(ms, "; ")), Met: met,
			Why: "a batch saves each call's 21,000 base and cold accesses, not its storage writes and events, and its size is what falls due in one block"})
	}
	return rows
}

// goals writes the goals table.
func goals(b *strings.Builder, res *Results) {
	rows := goalRows(res)
	if len(rows) == 0 {
		return
	}
	rows = append(rows, testedGoals...)
	fmt.Fprintf(b, "## Goals on a real network (issue 15)\n\n")
	fmt.Fprintf(b, "Each goal beside this run's measurement; where it is not met, why.\n\n")
	goalTable(b, rows)
}

// goalTable writes rows as a table: each goal, its target, its
// measurement and whether it is met (or why not).
func goalTable(b *strings.Builder, rows []goalRow) {
	w := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	w("| goal | target | measured | met |\n|---|---|---|---|\n")
	for _, r := range rows {
		met := "**met**"
		switch {
		case r.By != "":
			met = r.By
		case !r.Met:
			met = "not met: " + r.Why
		}
		w("| %s | %s | %s | %s |\n", r.Goal, r.Target, r.Measured, met)
	}
	w("\n")
}

// scaleConfigs lists the configs of the scale runs, in their order.
func scaleConfigs(res *Results) []string {
	var out []string
	for _, s := range res.Scale {
		if !slices.Contains(out, s.Config) {
			out = append(out, s.Config)
		}
	}
	return out
}
