//go:build linux

package bench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// Goal 4's rows compare the chain with the most past sessions with the
// one with the fewest, restart and one-shot commands apart, each met at
// 1.5× or less.
func TestGoalStartupRows(t *testing.T) {
	ms := time.Millisecond
	res := &Results{Startup: []StartupResult{
		{Past: 2000, Blocks: 400, Restart: [3]time.Duration{0, 140 * ms, 120 * ms}, OneShot: [4]time.Duration{2000 * ms, 1500 * ms, 600 * ms, 90 * ms}},
		{Past: 10, Blocks: 40, Restart: [3]time.Duration{0, 100 * ms, 100 * ms}, OneShot: [4]time.Duration{1900 * ms, 1400 * ms, 500 * ms, 80 * ms}},
	}}
	rows := goalRows(res)
	var got []goalRow
	for _, r := range rows {
		if strings.HasPrefix(r.Goal, "4. ") {
			got = append(got, r)
		}
	}
	if len(got) != 2 || !got[0].Met || !got[1].Met {
		t.Fatalf("all within 1.5×: %+v, want two rows met", got)
	}
	for _, want := range []string{"10 → 2,000 past sessions (40 → 400 blocks)", "miner 100ms → 140ms (1.40×)", "oracle 100ms → 120ms (1.20×)"} {
		if !strings.Contains(got[0].Measured, want) {
			t.Errorf("restart row %q lacks %q", got[0].Measured, want)
		}
	}
	if !strings.Contains(got[1].Measured, "`open` 1.9s → 2s (1.05×)") || !strings.Contains(got[1].Measured, "`status` 80ms → 90ms (1.12×)") {
		t.Errorf("one-shot row: %q", got[1].Measured)
	}
	res.Startup[0].Restart[2] = 400 * ms
	res.Startup[0].OneShot[1] = 3 * time.Second
	res.Startup[0].Failed = 3
	rows = goalRows(res)
	got = got[:0]
	for _, r := range rows {
		if strings.HasPrefix(r.Goal, "4. ") {
			got = append(got, r)
		}
	}
	if len(got) != 2 || got[0].Met || got[1].Met {
		t.Fatalf("oracle 4× and ask 2.1×: %+v, want neither met", got)
	}
	if !strings.HasPrefix(got[0].Why, "oracle above 1.5×") || !strings.HasPrefix(got[1].Why, "`ask` above 1.5×") {
		t.Errorf("reasons: %q; %q", got[0].Why, got[1].Why)
	}
	if !strings.Contains(got[0].Measured, "0 and 3 of them not closed") {
		t.Errorf("failed sessions not reported: %q", got[0].Measured)
	}
	// The first start of new agents: its own row, between the two.
	res.Startup[0].Fresh = [3]time.Duration{0, 3 * time.Second, 2 * time.Second}
	res.Startup[1].Fresh = [3]time.Duration{0, 50 * ms, 50 * ms}
	got = startupGoalRows(res)
	if len(got) != 3 || got[1].Met || !strings.Contains(got[1].Goal, "new data directories") ||
		!strings.Contains(got[1].Measured, "miner 50ms → 3s (60.00×); oracle 50ms → 2s (40.00×)") || !strings.HasPrefix(got[1].Why, "miner and oracle above 1.5×") {
		t.Fatalf("new agents 60× and 40×: %+v", got)
	}
	// The first start once the past has aged: a row of its own, after it.
	res.Startup[1].Aged = [3]time.Duration{0, 40 * ms, 40 * ms}
	res.Startup[0].Aged = [3]time.Duration{0, 50 * ms, 70 * ms}
	got = startupGoalRows(res)
	if len(got) != 4 || got[2].Met || !strings.Contains(got[2].Goal, "older than 30 days") ||
		!strings.Contains(got[2].Measured, "miner 40ms → 50ms (1.25×); oracle 40ms → 70ms (1.75×)") || !strings.HasPrefix(got[2].Why, "oracle above 1.5×") {
		t.Fatalf("aged past, 1.25× and 1.75×: %+v", got)
	}
	res.Startup[0].Aged[2] = 55 * ms // the oracle
	for _, r := range goalRows(res) {
		if strings.Contains(r.Goal, "older than 30 days") && !r.Met {
			t.Fatalf("aged past, 1.25× and 1.38×: %+v, want met", r)
		}
	}
	// One chain only (or none): no row.
	res.Startup = res.Startup[:1]
	for _, r := range goalRows(res) {
		if strings.HasPrefix(r.Goal, "4. ") {
			t.Fatalf("a row from one chain: %+v", r)
		}
	}
}

// TestStartupMeasure runs goal 4's measurement alone, on Anvil, when
// BENCH_STARTUP is set (to "small" for 10 and 100 past sessions): make
// bench runs it with the rest.
func TestStartupMeasure(t *testing.T) {
	mode := os.Getenv("BENCH_STARTUP")
	if mode == "" {
		t.Skip("goal 4's measurement starts Anvil chains with 2,000 past sessions (minutes): make bench runs it; set BENCH_STARTUP=1 (or =small for 10 against 100) to run it here")
	}
	var past [2]int
	if mode == "small" {
		past = [2]int{10, 100}
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if d := os.Getenv("BENCH_STARTUP_DIR"); d != "" {
		dir = d
	}
	o := Options{Root: root, Dir: dir, ScaleBlockTime: 250 * time.Millisecond, Log: os.Stdout, StartupPast: past}
	bin := filepath.Join(dir, "bin")
	ctx := context.Background()
	self := filepath.Join(dir, "bench")
	build := exec.Command("go", "build", "-o", self, "./cmd/bench")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building cmd/bench: %v\n%s", err, out)
	}
	if err := localnet.Build(ctx, root, bin); err != nil {
		t.Fatal(err)
	}
	res := &Results{}
	if res.Startup, err = startup(ctx, o, bin, self); err != nil {
		t.Fatal(err)
	}
	for _, r := range startupRows(res) {
		t.Logf("%s | %s | met %v | %s", r.Goal, r.Measured, r.Met, r.Why)
	}
}

// startupGoalRows are goal 4's rows of res.
func startupGoalRows(res *Results) []goalRow {
	var rows []goalRow
	for _, r := range goalRows(res) {
		if strings.HasPrefix(r.Goal, "4. ") {
			rows = append(rows, r)
		}
	}
	return rows
}
