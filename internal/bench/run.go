//go:build linux

// Package bench is make bench: it measures both methods side by side on a
// local Anvil chain it starts itself (gas, transactions, bytes, latency in
// blocks and in wall-clock time, each role's CPU and memory, scale with
// and without batching, off-chain micro-benchmarks, and the integrator's
// code) and writes BENCHMARKS.md and its charts from that one run.
package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// Options configure a run.
type Options struct {
	Root string // module root
	Dir  string // working directory (chain data, agent data and logs)
	// Sessions is how many sessions of each config the gas, CPU and
	// wall-clock measurements take (one after the other, automine).
	Sessions int
	// Scale are the concurrency levels; ScaleConfigs the configs run at
	// each, unbatched and batched.
	Scale        []int
	ScaleConfigs []Config
	// ScaleBlockTime is the block interval of the scale runs (0: automine).
	ScaleBlockTime time.Duration
	// RPCScale are the concurrency levels at which the JSON-RPC calls of
	// each role are counted (rpc.go), for each of ScaleConfigs.
	RPCScale []int
	// BlockTimes are the block intervals of the latency runs.
	BlockTimes []time.Duration
	// BenchTime is go test's -benchtime for the micro-benchmarks.
	BenchTime string
	// StartupPast, if set, replaces StartupPast: the past sessions of
	// goal 4's two chains.
	StartupPast [2]int
	Log         io.Writer
}

// Results is everything a run measured.
type Results struct {
	Options  Options
	Machine  Machine
	Started  time.Time
	Took     time.Duration
	Sessions []ConfigResult
	Infer    []InferenceResult
	Latency  []LatencyResult
	Scale    []ScaleResult
	Startup  []StartupResult // goal 4 (startup.go)
	RPC      []RPCResult
	Micro    Micro
	DX       DX
	Stream   *StreamResult
	OneTime  []OneTimeResult
}

// Tx is one transaction of a session.
type Tx struct {
	Hash     common.Hash
	Call     string // the contract function, from its first event
	Actor    string
	Block    uint64
	Gas      uint64
	Calldata int    // bytes
	Floor    uint64 // 21000 + calldata cost (4 per zero byte, 16 per other)
	Paper    uint64 // the paper minimum (paper.go)
	LogBytes int    // data and topics of this session's logs in it
	Sessions int    // how many sessions the transaction served
}

// Step is the gas of one kind of call in a session, averaged.
type Step struct {
	Call  string
	Actor string
	Count float64 // per session
	Gas   float64 // per session, all of them
	Floor float64
}

// ConfigResult is the sequential-session measurement of one config.
type ConfigResult struct {
	Config     string
	N, Failed  int
	Gas        float64 // per session
	Floor      float64
	Paper      float64 // the paper minimum per session (paper.go)
	Txs        float64
	Calldata   float64 // bytes per session
	LogBytes   float64
	Steps      []Step
	WallP50    time.Duration
	WallP95    time.Duration
	CPU        [3]time.Duration // per session, by role
	UserSteps  []string         // the calls the user's agent makes
	EventKinds int              // distinct events of a session
	// RPC is each role's JSON-RPC requests per session, and RPCMethods
	// the same by method, read from the agents' metrics.
	RPC        [3]float64
	RPCMethods [3]map[string]float64
}

// InferenceResult is the gas of one inference round and the close.
type InferenceResult struct {
	Config string
	Steps  []Step
	Bytes  [2]int // prompt and answer ciphertext
}

// LatencyResult is one session at a block time.
type LatencyResult struct {
	BlockTime time.Duration
	Config    string
	Blocks    uint64 // SessionOpened's block to SessionEstablished's
	Rounds    int    // distinct blocks holding the session's transactions
	Wall      time.Duration
	Failed    bool
}

// ScaleResult is N concurrent sessions of one config.
type ScaleResult struct {
	Config     string
	Batched    bool
	N, Failed  int
	Wall       time.Duration // the whole run
	Throughput float64       // sessions per second
	// WallP50 and WallP95 are the sessions' own latencies, Open to
	// Established at the user.
	WallP50, WallP95 time.Duration
	Gas              float64 // per session: all their transactions' gas / N
	Txs              float64 // per session
	CPU              [3]time.Duration
	RPC              [3]float64 // JSON-RPC requests per session, by role
	// RoleGas is the gas per session of each role's transactions (user,
	// miner, oracle); RoleBatch the sessions one of its transactions
	// served on average (1 unbatched).
	RoleGas   [3]float64
	RoleBatch [3]float64
	MaxRSS    [3]int64 // KiB, by role
	// Errors counts the failed sessions' errors (their first 120 bytes).
	Errors map[string]int
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// Run runs every measurement.
func Run(ctx context.Context, o Options) (*Results, error) {
	res := &Results{Options: o, Started: time.Now(), Machine: machine()}
	o.logf("• building the agents")
	bin, self, err := build(ctx, o)
	if err != nil {
		return nil, err
	}
	// Automine: gas, CPU, wall-clock, inference, scale.
	o.logf("• automining chain: %d sessions of each of %d configs, one after the other", o.Sessions, len(Configs))
	net, err := newNet(ctx, o, bin, self, 0, "automine", false)
	if err != nil {
		return nil, err
	}
	defer net.stop()
	for _, c := range Configs {
		r, err := net.sequential(ctx, c, o.Sessions)
		if err != nil {
			return nil, err
		}
		o.logf("  %-16s %6.0f gas  %4.1f txs  p50 %v  cpu user %v miner %v oracle %v", r.Config, r.Gas, r.Txs, r.WallP50.Round(time.Millisecond),
			r.CPU[0].Round(10*time.Microsecond), r.CPU[1].Round(10*time.Microsecond), r.CPU[2].Round(10*time.Microsecond))
		res.Sessions = append(res.Sessions, r)
	}
	o.logf("• one encrypted inference per method")
	for _, c := range []Config{Configs[0], Configs[1]} {
		r, err := net.inference(ctx, c)
		if err != nil {
			return nil, err
		}
		res.Infer = append(res.Infer, r)
	}
	net.stop()
	o.logf("• one-time recipient keys against registered keys, every Method 2 config")
	if res.OneTime, err = oneTimeKeys(ctx, o, bin, self, min(o.Sessions, 5)); err != nil {
		return nil, err
	}
	o.logf("• streaming: the token path at 1s blocks, then gas against size")
	if res.Stream, err = runStream(ctx, o, bin); err != nil {
		return nil, err
	}
	o.logf("• scale: %v concurrent sessions, %v blocks, a new chain for each run", o.Scale, blockName(o.ScaleBlockTime))
	for _, c := range o.ScaleConfigs {
		for _, batched := range []bool{false, true} {
			for _, n := range o.Scale {
				t0 := time.Now()
				// A new chain: the agents' catch-up is empty and their memory
				// is this run's sessions'.
				snet, err := newNet(ctx, o, bin, self, o.ScaleBlockTime, fmt.Sprintf("scale-%s-%v-%d", strings.ReplaceAll(Key(c), " ", "-"), batched, n), batched)
				if err != nil {
					return nil, err
				}
				r, err := snet.scale(ctx, c, n, batched)
				snet.stop()
				if err != nil {
					return nil, err
				}
				o.logf("  %-14s batched=%-5v N=%-5d %6.1f sessions/s  failed %d  %6.0f gas/session  %.2f txs/session (%v)", r.Config, batched, n, r.Throughput, r.Failed, r.Gas, r.Txs, time.Since(t0).Round(time.Second))
				for e, k := range r.Errors {
					o.logf("    %d× %s", k, e)
				}
				res.Scale = append(res.Scale, r)
			}
		}
	}
	o.logf("• start-up: %v past sessions (M1 x25519, closed), %v blocks: restart and one-shot commands", o.startupPast(), blockName(o.ScaleBlockTime))
	if res.Startup, err = startup(ctx, o, bin, self); err != nil {
		return nil, err
	}
	if res.RPC, err = rpcRuns(ctx, o, bin, self); err != nil {
		return nil, err
	}
	for _, bt := range o.BlockTimes {
		o.logf("• %v blocks: one session of each config", bt)
		lnet, err := newNet(ctx, o, bin, self, bt, fmt.Sprintf("blocks-%v", bt), false)
		if err != nil {
			return nil, err
		}
		rs, err := lnet.latency(ctx, bt)
		lnet.stop()
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			o.logf("  %-16s %d blocks, %d rounds", r.Config, r.Blocks, r.Rounds)
		}
		res.Latency = append(res.Latency, rs...)
	}
	o.logf("• micro-benchmarks (go test -bench, -benchtime %s)", o.BenchTime)
	if res.Micro, err = micro(ctx, o); err != nil {
		return nil, err
	}
	if res.DX, err = dx(o.Root, res.Sessions); err != nil {
		return nil, err
	}
	res.Took = time.Since(res.Started)
	return res, nil
}

// benchNet is a chain with the agents of one miner and one oracle.
type benchNet struct {
	o      Options
	n      *localnet.Net
	self   string
	client *ethclient.Client
	miner  *localnet.Proc
	oracle *localnet.Proc
	batch  bool
	users  int
	// driveURL, if set, is the endpoint of the next driver instead of the
	// net's WebSocket.
	driveURL string
	// driveArgs are more flags of the next drivers (startup.go).
	driveArgs []string
	// keys, if set, is the next driver's -keys.
	keys string
	// agentEnv are extra environment entries of the miner's and the
	// oracle's agents.
	agentEnv []string
	// generation numbers the miner and oracle accounts; accts are the
	// current ones.
	generation int
	accts      [3]*localnet.Account
	// metrics are the /metrics URLs of the current miner's and oracle's
	// agents (run -metrics).
	metrics [3]string
}

func newNet(ctx context.Context, o Options, bin, self string, blockTime time.Duration, name string, batch bool) (*benchNet, error) {
	return newNetEnv(ctx, o, bin, self, blockTime, name, batch)
}

// newNetEnv is newNet whose miner and oracle agents run with the extra
// environment entries env.
func newNetEnv(ctx context.Context, o Options, bin, self string, blockTime time.Duration, name string, batch bool, env ...string) (*benchNet, error) {
	n, err := localnet.Start(ctx, localnet.Options{Root: o.Root, Bin: bin, Dir: filepath.Join(o.Dir, name), BlockTime: blockTime})
	if err != nil {
		return nil, err
	}
	b := &benchNet{o: o, n: n, self: self, client: n.Client(), agentEnv: env}
	if err := b.fresh(ctx, batch); err != nil {
		n.Stop()
		return nil, err
	}
	return b, nil
}

func (b *benchNet) stop() { b.n.Stop() }

var runningRE = regexp.MustCompile(`caught up with the chain`)

// metricsRE finds where an agent serves its metrics (run -metrics
// 127.0.0.1:0 logs the port it got).
var metricsRE = regexp.MustCompile(`msg="serving metrics".* addr=(\S+)`)

// fresh starts the agents of a new miner and a new oracle account (with
// registered keys), so that a measurement's CPU and peak memory are its own
// and not those of the sessions before it, and waits until they have
// caught up with the chain's history.
func (b *benchNet) fresh(ctx context.Context, batch bool) error {
	b.n.StopAgents()
	b.generation++
	// No one-time key pool (the agents' default is one) unless agentEnv
	// asks for one: the main configs measure Method 2 on the registered
	// keys, which the driver allows.
	env := append([]string{"LOG_LEVEL=info", fmt.Sprintf("BATCH=%v", batch), "POLL_INTERVAL=100ms", "METRICS_ADDR=127.0.0.1:0", "ONE_TIME_BATCH=0", "HYBRID_ONE_TIME_BATCH=0"}, b.agentEnv...)
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		acct, err := b.n.NewAccount(ctx, fmt.Sprintf("%v%d", r, b.generation))
		if err != nil {
			return err
		}
		if _, err := b.n.CommandEnv(ctx, b.n.Env(acct, b.n.RPC), r.String(), "keys", "register"); err != nil {
			return err
		}
		logPath := filepath.Join(b.n.Dir(), acct.Name+".log")
		p, err := b.n.StartAgentEnv(r, acct, b.n.WS, env...)
		if err != nil {
			return err
		}
		b.accts[r] = acct
		if r == session.Miner {
			b.miner = p
		} else {
			b.oracle = p
		}
		deadline := time.Now().Add(30 * time.Second)
		for countMatches(logPath, runningRE) == 0 {
			if time.Now().After(deadline) {
				return fmt.Errorf("bench: the %s agent did not start (see %s)", r, logPath)
			}
			time.Sleep(50 * time.Millisecond)
		}
		logged, _ := os.ReadFile(logPath)
		m := metricsRE.FindSubmatch(logged)
		if m == nil {
			return fmt.Errorf("bench: the %s agent serves no metrics (see %s)", r, logPath)
		}
		b.metrics[r] = "http://" + string(m[1]) + "/metrics"
	}
	b.batch = batch
	time.Sleep(300 * time.Millisecond) // past catching up: ready to act
	return nil
}

func countMatches(path string, re *regexp.Regexp) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	return len(re.FindAll(b, -1))
}

// drive runs a driver process for a fresh user account.
func (b *benchNet) drive(ctx context.Context, cfgs []Config, n int, concurrent, ask bool) (*DriverReport, error) {
	b.users++
	name := fmt.Sprintf("user%d", b.users)
	acct, err := b.n.NewAccount(ctx, name)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, c := range cfgs {
		keys = append(keys, Key(c))
	}
	url := b.n.WS
	if b.driveURL != "" {
		url = b.driveURL
	}
	args := []string{"drive", "-rpc", url, "-contract", b.n.Deployment.Address.Hex(), "-start-block", strconv.FormatUint(b.n.Deployment.Block, 10),
		"-key", acct.HexKey(), "-dir", filepath.Join(b.n.Dir(), "data", name),
		"-miner", b.accts[session.Miner].Address.Hex(), "-oracle", b.accts[session.Oracle].Address.Hex(),
		"-configs", strings.Join(keys, ","), "-n", strconv.Itoa(n), fmt.Sprintf("-concurrent=%v", concurrent), fmt.Sprintf("-ask=%v", ask), fmt.Sprintf("-batch=%v", b.batch)}
	args = append(args, b.driveArgs...)
	if b.keys != "" {
		args = append(args, "-keys", b.keys)
	}
	cmd := exec.CommandContext(ctx, b.self, args...)
	logPath := filepath.Join(b.n.Dir(), name+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, logf
	if err := cmd.Run(); err != nil {
		b, _ := os.ReadFile(logPath)
		return nil, fmt.Errorf("bench drive: %w\n%s", err, tail(string(b), 30))
	}
	var rep DriverReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		return nil, fmt.Errorf("bench drive: %w\n%s", err, out.String())
	}
	return &rep, nil
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// agentsCPU reads the miner's and the oracle's process statistics.
func (b *benchNet) agentsCPU() ([3]ProcStat, error) {
	var s [3]ProcStat
	var err error
	if s[session.Miner], err = ReadProc(b.miner.Pid()); err != nil {
		return s, err
	}
	s[session.Oracle], err = ReadProc(b.oracle.Pid())
	return s, err
}

// agentsRPC scrapes the miner's and the oracle's /metrics.
func (b *benchNet) agentsRPC(ctx context.Context) ([3]metrics.Samples, error) {
	var s [3]metrics.Samples
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		var err error
		if s[r], err = metrics.Scrape(ctx, b.metrics[r]); err != nil {
			return s, err
		}
	}
	return s, nil
}

// rpcDelta returns the JSON-RPC requests by method counted from a to b.
func rpcDelta(a, b metrics.Samples) map[string]float64 {
	before := metrics.RPCRequests(a)
	out := map[string]float64{}
	for m, v := range metrics.RPCRequests(b) {
		if d := v - before[m]; d > 0 {
			out[m] = d
		}
	}
	return out
}

// measured runs a driver and returns its report, the roles' CPU deltas
// and peaks, and each role's JSON-RPC requests by method (from the
// agents' metrics: the driver's own, the miner's and oracle's /metrics).
func (b *benchNet) measured(ctx context.Context, cfgs []Config, n int, concurrent, ask bool) (*DriverReport, [3]time.Duration, [3]int64, [3]map[string]float64, error) {
	var cpu [3]time.Duration
	var rss [3]int64
	var rpc [3]map[string]float64
	for _, p := range []*localnet.Proc{b.miner, b.oracle} {
		if err := ResetPeak(p.Pid()); err != nil {
			return nil, cpu, rss, rpc, err
		}
	}
	before, err := b.agentsCPU()
	if err != nil {
		return nil, cpu, rss, rpc, err
	}
	rpcBefore, err := b.agentsRPC(ctx)
	if err != nil {
		return nil, cpu, rss, rpc, err
	}
	rep, err := b.drive(ctx, cfgs, n, concurrent, ask)
	if err != nil {
		return nil, cpu, rss, rpc, err
	}
	time.Sleep(200 * time.Millisecond) // the last events reach the agents
	after, err := b.agentsCPU()
	if err != nil {
		return nil, cpu, rss, rpc, err
	}
	rpcAfter, err := b.agentsRPC(ctx)
	if err != nil {
		return nil, cpu, rss, rpc, err
	}
	rpc[session.User] = rep.RPC
	cpu[session.User], rss[session.User] = rep.CPU, rep.MaxRSS
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		cpu[r], rss[r] = after[r].CPU-before[r].CPU, after[r].MaxRSS
		rpc[r] = rpcDelta(rpcBefore[r], rpcAfter[r])
	}
	return rep, cpu, rss, rpc, nil
}

func (b *benchNet) sequential(ctx context.Context, c Config, k int) (ConfigResult, error) {
	if b.batch {
		if err := b.fresh(ctx, false); err != nil {
			return ConfigResult{}, err
		}
	}
	rep, cpu, _, rpc, err := b.measured(ctx, []Config{c}, k, false, false)
	if err != nil {
		return ConfigResult{}, err
	}
	r := ConfigResult{Config: Key(c), N: len(rep.Sessions)}
	var ids []session.ID
	var walls []time.Duration
	for _, s := range rep.Sessions {
		if s.Err != "" {
			r.Failed++
			continue
		}
		ids = append(ids, s.ID)
		walls = append(walls, s.Wall)
	}
	if len(ids) == 0 {
		return r, fmt.Errorf("bench: no %s session established: %s", r.Config, rep.Sessions[0].Err)
	}
	for i := range cpu {
		r.CPU[i] = cpu[i] / time.Duration(len(ids))
		r.RPCMethods[i] = map[string]float64{}
		for m, v := range rpc[i] {
			r.RPCMethods[i][m] = v / float64(len(ids))
			r.RPC[i] += v / float64(len(ids))
		}
	}
	r.WallP50, r.WallP95 = percentile(walls, 50), percentile(walls, 95)
	txs, events, err := b.collect(ctx, ids)
	if err != nil {
		return r, err
	}
	r.EventKinds = events
	r.Steps, r.Gas, r.Floor, r.Txs, r.Calldata, r.LogBytes = summarize(txs, len(ids))
	r.Paper = paperPerSession(txs, len(ids))
	seen := map[string]bool{}
	for _, t := range txs {
		if t.Actor == "user" && !seen[t.Call] {
			seen[t.Call] = true
			r.UserSteps = append(r.UserSteps, t.Call)
		}
	}
	return r, nil
}

func (b *benchNet) inference(ctx context.Context, c Config) (InferenceResult, error) {
	rep, err := b.drive(ctx, []Config{c}, 1, false, true)
	if err != nil {
		return InferenceResult{}, err
	}
	s := rep.Sessions[0]
	if s.Err != "" {
		return InferenceResult{}, fmt.Errorf("bench: inference in %s: %s", Key(c), s.Err)
	}
	txs, _, err := b.collect(ctx, []session.ID{s.ID})
	if err != nil {
		return InferenceResult{}, err
	}
	var inf []Tx
	for _, t := range txs {
		switch t.Call {
		case "request", "respond", "judge", "close":
			inf = append(inf, t)
		}
	}
	steps, _, _, _, _, _ := summarize(inf, 1)
	r := InferenceResult{Config: Key(c), Steps: steps}
	for _, t := range inf {
		switch t.Call {
		case "request":
			r.Bytes[0] = t.LogBytes
		case "respond":
			r.Bytes[1] = t.LogBytes
		}
	}
	return r, nil
}

func (b *benchNet) scale(ctx context.Context, c Config, n int, batched bool) (ScaleResult, error) {
	rep, cpu, rss, rpc, err := b.measured(ctx, []Config{c}, n, true, false)
	if err != nil {
		return ScaleResult{}, err
	}
	r := ScaleResult{Config: Key(c), Batched: batched, N: n, Wall: rep.Wall, MaxRSS: rss, Errors: map[string]int{}}
	var ids []session.ID
	for _, s := range rep.Sessions {
		if s.Err != "" {
			r.Failed++
			e := s.Err
			if len(e) > 120 {
				e = e[:120]
			}
			r.Errors[e]++
			continue
		}
		ids = append(ids, s.ID)
	}
	r.Failed += n - len(rep.Sessions)
	var walls []time.Duration
	for _, s := range rep.Sessions {
		if s.Err == "" {
			walls = append(walls, s.Wall)
		}
	}
	r.WallP50, r.WallP95 = percentile(walls, 50), percentile(walls, 95)
	r.Throughput = float64(len(ids)) / rep.Wall.Seconds()
	for i := range cpu {
		r.CPU[i] = cpu[i] / time.Duration(max(len(ids), 1))
		for _, v := range rpc[i] {
			r.RPC[i] += v / float64(max(len(ids), 1))
		}
	}
	if len(ids) > 0 {
		txs, _, err := b.collect(ctx, ids)
		if err != nil {
			return r, err
		}
		_, r.Gas, _, r.Txs, _, _ = summarize(txs, len(ids))
		r.RoleGas, r.RoleBatch = byRole(txs, len(ids))
		if os.Getenv("BENCH_DEBUG") != "" {
			f, _ := os.Create(filepath.Join(b.n.Dir(), fmt.Sprintf("txs-%s-%v-%d.txt", strings.ReplaceAll(r.Config, " ", "_"), batched, n)))
			for _, t := range txs {
				fmt.Fprintf(f, "%s %s %s block=%d gas=%d sessions=%d calldata=%d\n", t.Hash.Hex()[:10], t.Call, t.Actor, t.Block, t.Gas, t.Sessions, t.Calldata)
			}
			f.Close()
		}
	}
	return r, nil
}

func (b *benchNet) latency(ctx context.Context, bt time.Duration) ([]LatencyResult, error) {
	rep, err := b.drive(ctx, Configs, 1, true, false)
	if err != nil {
		return nil, err
	}
	var out []LatencyResult
	for _, s := range rep.Sessions {
		r := LatencyResult{BlockTime: bt, Config: s.Config, Wall: s.Wall, Failed: s.Err != ""}
		if !r.Failed {
			txs, _, err := b.collect(ctx, []session.ID{s.ID})
			if err != nil {
				return nil, err
			}
			blocks := map[uint64]bool{}
			var first, last uint64
			for _, t := range txs {
				blocks[t.Block] = true
				if t.Call == "open" {
					first = t.Block
				}
				if t.Call == "attest" && t.Block > last {
					last = t.Block
				}
			}
			r.Blocks, r.Rounds = last-first, len(blocks)
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return order(out[i].Config) < order(out[j].Config) })
	return out, nil
}

func blockName(d time.Duration) string {
	if d == 0 {
		return "automine"
	}
	return d.String()
}

func order(key string) int {
	for i, c := range Configs {
		if Key(c) == key {
			return i
		}
	}
	return len(Configs)
}

// firstEventCall names the contract function whose transaction emits an
// event first.
var firstEventCall = map[string]string{
	"SessionOpened": "open", "Committed": "join", "Revealed": "reveal", "PartialPublished": "publishPartial",
	"KeyWrapped": "distribute", "Attested": "attest", "InferenceRequested": "request", "InferenceAnswered": "respond",
	"InferenceJudged": "judge", "SessionClosed": "close", "SessionFailed": "abort", "SessionExpired": "expire",
}

// collect fetches the sessions' logs in one query, and each transaction's
// receipt and calldata once.
func (b *benchNet) collect(ctx context.Context, ids []session.ID) ([]Tx, int, error) {
	want := map[common.Hash]bool{}
	for _, id := range ids {
		want[common.Hash(id)] = true
	}
	logs, err := b.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(b.n.Deployment.Block), Addresses: []common.Address{b.n.Deployment.Address}})
	if err != nil {
		return nil, 0, err
	}
	abi := bindings.NewSessionKeystore().GetABI()
	type acc struct {
		tx       *Tx
		sessions map[common.Hash]bool
	}
	byTx := map[common.Hash]*acc{}
	var order []common.Hash
	kinds := map[string]bool{}
	for _, l := range logs {
		if len(l.Topics) < 2 || !want[l.Topics[1]] {
			continue
		}
		ev, err := abi.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		if ids[0] == session.ID(l.Topics[1]) {
			kinds[ev.Name] = true
		}
		a := byTx[l.TxHash]
		if a == nil {
			a = &acc{tx: &Tx{Hash: l.TxHash, Block: l.BlockNumber, Call: firstEventCall[ev.Name]}, sessions: map[common.Hash]bool{}}
			byTx[l.TxHash] = a
			order = append(order, l.TxHash)
		}
		a.sessions[l.Topics[1]] = true
		a.tx.LogBytes += len(l.Data) + 32*len(l.Topics)
	}
	actor := map[common.Address]string{}
	for _, a := range b.n.Accounts {
		switch {
		case strings.HasPrefix(a.Name, "miner"):
			actor[a.Address] = "miner"
		case strings.HasPrefix(a.Name, "oracle"):
			actor[a.Address] = "oracle"
		}
	}
	// Fetch receipts and transactions with a few workers: a scale run has
	// thousands.
	errs := make([]error, len(order))
	work := make(chan int)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := range work {
				errs[i] = b.fill(ctx, byTx[order[i]].tx, actor)
			}
		})
	}
	for _, a := range byTx {
		a.tx.Sessions = len(a.sessions)
	}
	for i := range order {
		work <- i
	}
	close(work)
	wg.Wait()
	var out []Tx
	for i, h := range order {
		if errs[i] != nil {
			return nil, 0, errs[i]
		}
		a := byTx[h]
		a.tx.Sessions = len(a.sessions)
		out = append(out, *a.tx)
	}
	return out, len(kinds), nil
}

// fill completes a transaction's gas, calldata, floor and actor.
func (b *benchNet) fill(ctx context.Context, t *Tx, actor map[common.Address]string) error {
	rcpt, err := b.client.TransactionReceipt(ctx, t.Hash)
	if err != nil {
		return err
	}
	tx, _, err := b.client.TransactionByHash(ctx, t.Hash)
	if err != nil {
		return err
	}
	t.Gas = rcpt.GasUsed
	data := tx.Data()
	t.Calldata = len(data)
	t.Floor = 21000
	for _, c := range data {
		if c == 0 {
			t.Floor += 4
		} else {
			t.Floor += 16
		}
	}
	logs := make([]*types.Log, 0, len(rcpt.Logs))
	for _, l := range rcpt.Logs {
		if l.Address == b.n.Deployment.Address {
			logs = append(logs, l)
		}
	}
	t.Paper = paperMinimum(data, logs, t.Call, max(t.Sessions, 1))
	t.Actor = "user"
	if from, err := senderOf(tx, b.n.ChainID); err == nil {
		if name, ok := actor[from]; ok {
			t.Actor = name
		}
	}
	return nil
}

// summarize averages the distinct transactions of n sessions over them: a
// batch that served several of them counts once, so its cost is shared.
// Steps are keyed by each transaction's first call (in a batch, the calls
// of one kind come together).
func summarize(txs []Tx, n int) (steps []Step, gas, floor, count, calldata, logBytes float64) {
	by := map[string]*Step{}
	var names []string
	for _, t := range txs {
		key := t.Call + "/" + t.Actor
		s := by[key]
		if s == nil {
			s = &Step{Call: t.Call, Actor: t.Actor}
			by[key] = s
			names = append(names, key)
		}
		s.Count++
		s.Gas += float64(t.Gas)
		s.Floor += float64(t.Floor)
		gas += float64(t.Gas)
		floor += float64(t.Floor)
		count++
		calldata += float64(t.Calldata)
		logBytes += float64(t.LogBytes)
	}
	f := float64(max(n, 1))
	for _, k := range names {
		s := by[k]
		s.Count, s.Gas, s.Floor = s.Count/f, s.Gas/f, s.Floor/f
		steps = append(steps, *s)
	}
	return steps, gas / f, floor / f, count / f, calldata / f, logBytes / f
}

// byRole returns the gas per session of each role's transactions and the
// sessions each of its transactions served on average.
func byRole(txs []Tx, n int) (gas, batch [3]float64) {
	var count, served [3]float64
	for _, t := range txs {
		i := map[string]int{"user": 0, "miner": 1, "oracle": 2}[t.Actor]
		gas[i] += float64(t.Gas)
		count[i]++
		served[i] += float64(max(t.Sessions, 1))
	}
	for i := range gas {
		gas[i] /= float64(max(n, 1))
		if count[i] > 0 {
			batch[i] = served[i] / count[i]
		}
	}
	return gas, batch
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (p*len(s) + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)]
}

// build builds the binaries into o.Dir/bin and returns that directory
// and this executable's path (the user's driver, `bench drive`).
func build(ctx context.Context, o Options) (bin, self string, err error) {
	bin = filepath.Join(o.Dir, "bin")
	if err := localnet.Build(ctx, o.Root, bin); err != nil {
		return "", "", err
	}
	if self, err = os.Executable(); err != nil {
		return "", "", err
	}
	return bin, self, nil
}
