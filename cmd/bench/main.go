//go:build linux

// Command bench is make bench: it measures Method 1 and Method 2 side by
// side on an Anvil chain it starts on 127.0.0.1 and writes BENCHMARKS.md
// and the charts in docs/bench/ from that one run. `bench drive` is its
// user-agent process (internal).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/sessionkeystore/sessionkeystore/internal/bench"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if len(os.Args) > 1 && os.Args[1] == "drive" {
		if err := bench.Drive(ctx, os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "bench drive:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	out := flag.String("out", "BENCHMARKS.md", "the report to write")
	charts := flag.String("charts", "docs/bench", "directory of the SVG charts")
	dir := flag.String("dir", "", "working directory (default: a new temporary one, removed afterwards)")
	full := flag.Bool("full", false, "the larger run: 30 sessions per config, N up to 3,000, and the hybrid suite at scale")
	sessions := flag.Int("sessions", 20, "sessions of each config for gas, CPU and wall-clock")
	scale := flag.String("scale", "1,10,100,1000", "concurrency levels")
	blockTimes := flag.String("block-times", "1s,2s", "block times of the latency runs")
	scaleBlock := flag.Duration("scale-block-time", 250*time.Millisecond, "block time of the scale runs (0: a block per transaction); Arbitrum's is 250ms")
	benchTime := flag.String("benchtime", "200ms", "go test -benchtime of the micro-benchmarks")
	onlyStream := flag.Bool("only-stream", false, "measure streaming alone and print its section of the report (writes no file)")
	onlyOneTime := flag.Bool("only-one-time", false, "measure one-time recipient keys alone and print their section of the report (writes no file)")
	onlyRPC := flag.Bool("only-rpc", false, "measure the RPC requests per session alone (N=1 and 100) and print their section of the report (writes no file)")
	onlyStartup := flag.Bool("only-startup", false, "measure start-up alone (issue 15's goal 4) and print its goal rows (writes no file)")
	flag.Parse()
	root, err := localnet.Root()
	if err != nil {
		return err
	}
	o := bench.Options{Root: root, Sessions: *sessions, BenchTime: *benchTime, Log: os.Stdout, ScaleBlockTime: *scaleBlock,
		ScaleConfigs: []bench.Config{bench.Configs[0], bench.Configs[1]}, RPCScale: []int{1, 100}}
	if *full {
		o.Sessions = 30
		*scale = "1,10,100,1000,3000"
		o.ScaleConfigs = append(o.ScaleConfigs, bench.Configs[4])
	}
	for _, s := range strings.Split(*scale, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("-scale %q: want positive integers", *scale)
		}
		o.Scale = append(o.Scale, n)
	}
	for _, s := range strings.Split(*blockTimes, ",") {
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil || d < time.Second {
			return fmt.Errorf("-block-times %q: want durations of at least 1s", *blockTimes)
		}
		o.BlockTimes = append(o.BlockTimes, d)
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "sessionkeystore-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		*dir = d
	}
	o.Dir = *dir
	if *onlyStream {
		s, err := bench.RunStream(ctx, o)
		if err != nil {
			return fmt.Errorf("%w (logs in %s)", err, o.Dir)
		}
		fmt.Print(bench.StreamSection(s))
		return nil
	}
	if *onlyOneTime {
		rs, err := bench.RunOneTime(ctx, o)
		if err != nil {
			return fmt.Errorf("%w (logs in %s)", err, o.Dir)
		}
		fmt.Print(bench.OneTimeSection(rs))
		return nil
	}
	if *onlyRPC {
		rs, err := bench.RunRPC(ctx, o)
		if err != nil {
			return fmt.Errorf("%w (logs in %s)", err, o.Dir)
		}
		fmt.Print(bench.RPCSection(o, rs))
		return nil
	}
	if *onlyStartup {
		rs, err := bench.RunStartup(ctx, o)
		if err != nil {
			return fmt.Errorf("%w (logs in %s)", err, o.Dir)
		}
		fmt.Print(bench.StartupSection(rs))
		return nil
	}
	res, err := bench.Run(ctx, o)
	if err != nil {
		return fmt.Errorf("%w (logs in %s)", err, o.Dir)
	}
	if !filepath.IsAbs(*out) {
		*out = filepath.Join(root, *out)
	}
	if !filepath.IsAbs(*charts) {
		*charts = filepath.Join(root, *charts)
	}
	if err := bench.Write(res, *out, *charts); err != nil {
		return err
	}
	fmt.Printf("• wrote %s and the charts in %s (%v)\n", *out, *charts, res.Took.Round(time.Second))
	return nil
}
