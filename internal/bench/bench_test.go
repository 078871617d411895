//go:build linux

package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

func TestKeysRoundTrip(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Configs {
		k := Key(c)
		if seen[k] {
			t.Fatalf("duplicate key %q", k)
		}
		seen[k] = true
		back, err := parseKey(k)
		if err != nil || back != c {
			t.Fatalf("%q: %+v, %v", k, back, err)
		}
	}
	if _, err := parseKey("M3 x25519"); err == nil {
		t.Fatal("unknown key accepted")
	}
}

func TestSummarizeCountsABatchOnce(t *testing.T) {
	txs := []Tx{
		{Hash: common.Hash{1}, Call: "open", Actor: "user", Gas: 100_000, Floor: 22_000, Calldata: 400, Sessions: 1},
		{Hash: common.Hash{2}, Call: "open", Actor: "user", Gas: 100_000, Floor: 22_000, Calldata: 400, Sessions: 1},
		{Hash: common.Hash{3}, Call: "attest", Actor: "miner", Gas: 60_000, Floor: 23_000, Calldata: 300, Sessions: 2},
	}
	steps, gas, floor, count, calldata, _ := summarize(txs, 2)
	if gas != 130_000 || floor != 33_500 || count != 1.5 || calldata != 550 {
		t.Fatalf("gas %v floor %v txs %v calldata %v", gas, floor, count, calldata)
	}
	if len(steps) != 2 || steps[0].Call != "open" || steps[0].Count != 1 || steps[1].Gas != 30_000 {
		t.Fatalf("%+v", steps)
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i))
	}
	if percentile(d, 50) != 50 || percentile(d, 95) != 95 || percentile(d[:1], 95) != 1 || percentile(nil, 50) != 0 {
		t.Fatal(percentile(d, 50), percentile(d, 95))
	}
}

func TestReadProcOfSelf(t *testing.T) {
	ps, err := ReadProc(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if ps.MaxRSS <= 0 {
		t.Fatalf("%+v", ps)
	}
	if err := ResetPeak(os.Getpid()); err != nil {
		t.Fatal(err)
	}
	// After a reset the peak is the current size: positive, and it grows
	// again with what is allocated after.
	after := peakSelf()
	if after <= 0 {
		t.Fatalf("peak after reset %d", after)
	}
	grow := make([]byte, 64<<20)
	for i := range grow {
		grow[i] = 1
	}
	if again := peakSelf(); again < after+32<<10 {
		t.Fatalf("peak %d KiB did not grow with 64 MiB touched (from %d)", again, after)
	}
	_ = grow[len(grow)-1]
	if _, err := ReadProc(1 << 30); err == nil {
		t.Fatal("a process that does not exist")
	}
}

// TestReadProcResolvesLessThanATick checks that a process's CPU time is
// read finer than /proc/<pid>/stat's 10 ms ticks: an agent that served one
// session used a few milliseconds, which whole ticks read as 0 or 10.
func TestReadProcResolvesLessThanATick(t *testing.T) {
	for attempt := 0; ; attempt++ {
		before, err := ReadProc(os.Getpid())
		if err != nil {
			t.Fatal(err)
		}
		r0 := cpuSelf()
		for cpuSelf()-r0 < 3*time.Millisecond { // getrusage burns the CPU it reads
		}
		after, err := ReadProc(os.Getpid())
		if err != nil {
			t.Fatal(err)
		}
		spent := cpuSelf() - r0
		d := after.CPU - before.CPU
		// Other goroutines (the test runner's, the GC) may add a little;
		// a tick's worth means whole ticks.
		if d >= spent-time.Millisecond && d < spent+5*time.Millisecond {
			return
		}
		if attempt == 4 {
			t.Fatalf("ReadProc measured %v for %v of CPU: not finer than a tick", d, spent)
		}
	}
}

func TestDXCountsTheExample(t *testing.T) {
	root, err := localnet.Root()
	if err != nil {
		t.Fatal(err)
	}
	d, err := dx(root, []ConfigResult{{Config: "M1 x25519", UserSteps: []string{"open", "reveal"}, EventKinds: 9}})
	if err != nil {
		t.Fatal(err)
	}
	if d.MethodFields["M1"] != 3 || d.MethodFields["M2"] != 5 || d.MethodLines["M2"] < d.MethodLines["M1"] ||
		d.ExampleLines < 10 || d.ExampleLines > 60 || d.UserSteps["M1 x25519"][1] != "reveal" || d.Events["M1 x25519"] != 9 {
		t.Fatalf("%+v", d)
	}
}

// TestReport renders a report from made-up results: every section, the
// recommendation and the charts come out, and numbers are where they
// belong.
func TestReport(t *testing.T) {
	res := &Results{
		Options: Options{Sessions: 2, Scale: []int{1, 10}, ScaleConfigs: []Config{Configs[0], Configs[1]}, BlockTimes: []time.Duration{time.Second, 2 * time.Second}, BenchTime: "1x"},
		Machine: Machine{CPU: "test cpu", Cores: 2, MemGB: 1, OS: "linux/amd64", Go: "go"},
		Started: time.Unix(0, 0), Took: time.Minute,
		Micro: Micro{Session: map[string][3]float64{"M1 x25519": {1000, 2000, 3000}}, Primitives: []Primitive{{Name: "X25519Agree", Ns: 35000}}, Raw: "BenchmarkX 1 2 ns/op\n"},
		DX:    DX{ExampleLines: 27, MethodLines: map[string]int{"M1": 27, "M2": 27}, MethodFields: map[string]int{"M1": 3, "M2": 5}, UserSteps: map[string][]string{"M1 x25519": {"open", "reveal", "publishPartial", "attest"}, "M2 user x25519": {"open", "attest"}}, Events: map[string]int{}},
	}
	for i, c := range Configs {
		res.Sessions = append(res.Sessions, ConfigResult{Config: Key(c), N: 2, Gas: float64(600_000 - i*40_000), Floor: 200_000, Txs: 4,
			Steps:     []Step{{Call: "open", Actor: "user", Count: 1, Gas: 100_000, Floor: 20_000}, {Call: "attest", Actor: "miner", Count: 1, Gas: 50_000}},
			UserSteps: res.DX.UserSteps[Key(c)]})
		for _, bt := range res.Options.BlockTimes {
			res.Latency = append(res.Latency, LatencyResult{BlockTime: bt, Config: Key(c), Blocks: uint64(4 - min(i, 2)), Rounds: 5 - min(i, 2)})
		}
	}
	res.Sessions[1].Gas = 250_000
	res.Sessions[0].RPC = [3]float64{12.5, 20, 18}
	res.Sessions[0].RPCMethods[0] = map[string]float64{"eth_getLogs": 2.5, "eth_sendRawTransaction": 4, "eth_blockNumber": 6}
	for _, c := range res.Options.ScaleConfigs {
		for _, batched := range []bool{false, true} {
			for _, n := range res.Options.Scale {
				res.Scale = append(res.Scale, ScaleResult{Config: Key(c), Batched: batched, N: n, Throughput: float64(n), Gas: 300_000, Txs: 4, MaxRSS: [3]int64{1024 * int64(n), 2048, 4096}})
			}
		}
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "charts"), 0o755)
	os.WriteFile(filepath.Join(dir, "charts", "stale.png"), []byte("old"), 0o644)
	if err := Write(res, filepath.Join(dir, "BENCHMARKS.md"), filepath.Join(dir, "charts")); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "BENCHMARKS.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Recommendation", "**Default: Method 2 coordinated by the user", "250,000", "## Latency", "## Scale", "## Waste found and fixed",
		"## Developer experience", "Method 1, 27 lines", "## Micro-benchmarks", "X25519Agree", "test cpu", "(charts/gas-per-session.svg)", "KiB / session",
		"| M1 x25519 | 12.5 | 20.0 | 18.0 | 4 |", "| M1 x25519 | user | eth_blockNumber 6.0, eth_sendRawTransaction 4.0, eth_getLogs 2.5 |", "| M1 x25519 | miner | none |"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "charts", "stale.png")); !os.IsNotExist(err) {
		t.Error("a chart of an earlier run survived")
	}
	if i, j := strings.Index(string(md), "## Recommendation"), strings.Index(string(md), "## Micro-benchmarks"); i < j {
		t.Error("the report does not end with its recommendation")
	}
	for _, svg := range []string{"gas-per-session.svg", "blocks-to-established.svg", "scale-throughput.svg", "scale-latency.svg", "scale-cpu.svg", "scale-gas.svg"} {
		if st, err := os.Stat(filepath.Join(dir, "charts", svg)); err != nil || st.Size() < 1000 {
			t.Errorf("%s: %v", svg, err)
		}
	}
}

// The report claims zero failures at scale only when there were none.
func TestScaleFailuresAreReported(t *testing.T) {
	res := &Results{Scale: []ScaleResult{{Config: "M1 x25519", N: 10}, {Config: "M1 x25519", N: 1000, Batched: true}}}
	if got := scaleFailures(res); !strings.Contains(got, "zero failures at every N") {
		t.Fatalf("no failures: %q", got)
	}
	res.Scale[1].Failed, res.Scale[1].Errors = 1, map[string]int{"agent: session 0x13 is already being opened": 1}
	got := scaleFailures(res)
	if strings.Contains(got, "zero failures") || !strings.Contains(got, "M1 x25519 batched at N = 1000: 1 failed (1× agent: session 0x13 is already being opened)") {
		t.Fatalf("one failure: %q", got)
	}
}

// Goal 1 compares each role's RPC requests per session, from the agents'
// metrics, with its transactions + 1.
func TestGoalRPCRequests(t *testing.T) {
	res := &Results{Sessions: []ConfigResult{{Config: "M2 user x25519", RPC: [3]float64{2, 2, 2},
		Steps: []Step{{Call: "open", Actor: "user", Count: 1}, {Call: "attest", Actor: "miner", Count: 1}, {Call: "attest", Actor: "oracle", Count: 1}}}}}
	goal := func() *goalRow {
		for _, r := range goalRows(res) {
			if r.Goal == "1. RPC requests per session per role, sequential" {
				return &r
			}
		}
		return nil
	}
	if g := goal(); g == nil || !g.Met {
		t.Fatalf("2 requests for 1 transaction: %+v, want met", g)
	}
	res.Sessions[0].RPC[2] = 7.5
	g := goal()
	if g == nil || g.Met || !strings.Contains(g.Measured, "worst 3.8× the target (M2 user x25519 oracle: 7.5 requests for 1 transactions)") {
		t.Fatalf("7.5 requests for 1 transaction: %+v, want not met", g)
	}
	// Without RPC counts (an older run), no row.
	res.Sessions[0].RPC = [3]float64{}
	if g := goal(); g != nil {
		t.Fatalf("a row without data: %+v", g)
	}
}
