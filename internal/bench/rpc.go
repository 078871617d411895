//go:build linux

package bench

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// RPCResult is the JSON-RPC calls each role's agent made for N sessions
// of one config opened at once (issue 15, goal 1), counted by an RPCProxy
// in front of each agent (over HTTP, polling every second, as a user runs
// them by default), from when the agents had caught up to the sessions'
// end.
type RPCResult struct {
	Config string
	N      int
	Failed int
	// Calls are by role, then by method.
	Calls [3]map[string]int
	// Txs are each role's transactions, from the chain.
	Txs [3]int
}

// PerSession returns role r's calls per session and the goal: its
// transactions per session plus one.
func (r RPCResult) PerSession(role session.Role) (calls, goal float64) {
	total := 0
	for _, n := range r.Calls[role] {
		total += n
	}
	ok := float64(max(r.N-r.Failed, 1))
	return float64(total) / ok, float64(r.Txs[role])/ok + 1
}

// RunRPC builds the binaries and measures the RPC requests per session
// alone, for each of o.ScaleConfigs at each of o.RPCScale (make bench
// measures them with everything else): `go run ./cmd/bench -only-rpc`.
func RunRPC(ctx context.Context, o Options) ([]RPCResult, error) {
	bin, self, err := build(ctx, o)
	if err != nil {
		return nil, err
	}
	return rpcRuns(ctx, o, bin, self)
}

// RPCSection is the RPC requests section of BENCHMARKS.md for rs,
// measured with o.
func RPCSection(o Options, rs []RPCResult) string {
	var b strings.Builder
	writeRPC(&b, &Results{Options: o, RPC: rs})
	return b.String()
}

// rpcRuns measures each of o.ScaleConfigs at each of o.RPCScale, each on
// a chain of its own.
func rpcRuns(ctx context.Context, o Options, bin, self string) ([]RPCResult, error) {
	if len(o.RPCScale) > 0 {
		o.logf("• RPC calls per role: %v concurrent sessions, %v blocks, over HTTP through counting proxies", o.RPCScale, blockName(o.ScaleBlockTime))
	}
	var out []RPCResult
	for _, c := range o.ScaleConfigs {
		for _, n := range o.RPCScale {
			rnet, err := newNet(ctx, o, bin, self, o.ScaleBlockTime, fmt.Sprintf("rpc-%s-%d", strings.ReplaceAll(Key(c), " ", "-"), n), false)
			if err != nil {
				return nil, err
			}
			r, err := rnet.rpc(ctx, c, n)
			rnet.stop()
			if err != nil {
				return nil, err
			}
			for _, role := range session.Roles {
				calls, goal := r.PerSession(role)
				o.logf("  %-14s N=%-4d %-6v %6.2f calls/session (goal %.2f)", r.Config, n, role, calls, goal)
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// rpc runs n concurrent sessions of c with every agent behind a counting
// RPCProxy, on the net's chain, with a new miner and oracle.
func (b *benchNet) rpc(ctx context.Context, c Config, n int) (RPCResult, error) {
	r := RPCResult{Config: Key(c), N: n}
	var px [3]*localnet.RPCProxy
	for i := range px {
		p, err := b.n.NewRPCProxy(localnet.RPCProxyOptions{})
		if err != nil {
			return r, err
		}
		defer p.Close()
		px[i] = p
	}
	b.n.StopAgents()
	b.generation++
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		acct, err := b.n.NewAccount(ctx, fmt.Sprintf("%v%d", role, b.generation))
		if err != nil {
			return r, err
		}
		if _, err := b.n.CommandEnv(ctx, b.n.Env(acct, b.n.RPC), role.String(), "keys", "register"); err != nil {
			return r, err
		}
		logPath := filepath.Join(b.n.Dir(), acct.Name+".log")
		if _, err := b.n.StartAgentEnv(role, acct, px[role].URL(), "LOG_LEVEL=info", "POLL_INTERVAL=1s"); err != nil {
			return r, err
		}
		b.accts[role] = acct
		deadline := time.Now().Add(30 * time.Second)
		for countMatches(logPath, runningRE) == 0 {
			if time.Now().After(deadline) {
				return r, fmt.Errorf("bench: the %s agent did not start (see %s)", role, logPath)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	b.batch = false
	for _, p := range px {
		p.Reset()
	}
	b.driveURL = px[session.User].URL()
	rep, err := b.drive(ctx, []Config{c}, n, true, false)
	b.driveURL = ""
	if err != nil {
		return r, err
	}
	time.Sleep(2 * time.Second) // the miner's and the oracle's last steps
	for i, p := range px {
		r.Calls[i] = p.Counts().Calls
	}
	var ids []session.ID
	for _, s := range rep.Sessions {
		if s.Err == "" {
			ids = append(ids, s.ID)
		}
	}
	r.Failed = n - len(ids)
	txs, _, err := b.collect(ctx, ids)
	if err != nil {
		return r, err
	}
	for _, t := range txs {
		switch t.Actor {
		case "miner":
			r.Txs[session.Miner]++
		case "oracle":
			r.Txs[session.Oracle]++
		default:
			r.Txs[session.User]++
		}
	}
	return r, nil
}

// writeRPC is the report's section on RPC requests.
func writeRPC(b *strings.Builder, res *Results) {
	if len(res.RPC) == 0 {
		return
	}
	w := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	w("## RPC requests per session\n\n")
	w("Issue 15's goal 1: each role's JSON-RPC calls per session at most its transactions per session + 1, amortised over N sessions opened at once. Each agent reaches the chain over HTTP through a counting proxy (`internal/localnet` RPCProxy), polling every second, at %s blocks; the user's agent is one process opening the N sessions (`bench drive`). Calls are counted from when the agents have caught up to the sessions' end.\n\n", blockName(res.Options.ScaleBlockTime))
	w("| config | N | role | calls / session | goal (txs + 1) | met | calls by method (whole run) |\n|---|---|---|---|---|---|---|\n")
	for _, r := range res.RPC {
		for _, role := range session.Roles {
			calls, goal := r.PerSession(role)
			met := "yes"
			if calls > goal {
				met = "no"
			}
			methods := make([]string, 0, len(r.Calls[role]))
			for m := range r.Calls[role] {
				methods = append(methods, m)
			}
			sort.Slice(methods, func(i, j int) bool {
				a, c := r.Calls[role][methods[i]], r.Calls[role][methods[j]]
				return a > c || a == c && methods[i] < methods[j]
			})
			var parts []string
			for _, m := range methods {
				parts = append(parts, fmt.Sprintf("%s %d", strings.TrimPrefix(m, "eth_"), r.Calls[role][m]))
			}
			w("| %s | %d | %v | %.2f | %.2f | %s | %s |\n", r.Config, r.N, role, calls, goal, met, strings.Join(parts, ", "))
		}
	}
	w("\n")
}
