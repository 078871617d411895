//go:build linux

package bench

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// Config names one kind of session: a method, its coordinator and a suite.
type Config = localnet.Flow

// Configs are every kind of session, in report order.
var Configs = []Config{
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.Hybrid},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid},
	{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.Hybrid},
}

// Key is a short, stable name of a config: "M1 x25519", "M2 user hybrid".
func Key(c Config) string {
	if c.Method == session.Combined {
		return "M1 " + c.Suite.String()
	}
	return fmt.Sprintf("M2 %v %v", c.Coordinator, c.Suite)
}

func parseKey(s string) (Config, error) {
	for _, c := range Configs {
		if Key(c) == s {
			return c, nil
		}
	}
	return Config{}, fmt.Errorf("bench: unknown config %q", s)
}

// Opened is one session a driver opened, as JSON.
type Opened struct {
	ID     session.ID    `json:"id"`
	Config string        `json:"config"`
	Wall   time.Duration `json:"wall_ns"` // from the Open call to Established at the user
	Err    string        `json:"err,omitempty"`
}

// DriverReport is what a driver prints.
type DriverReport struct {
	Sessions []Opened `json:"sessions"`
	// CPU is the driver's CPU time (user + system) from the first Open to
	// the last outcome; MaxRSS its peak resident set over that time, in KiB.
	CPU    time.Duration `json:"cpu_ns"`
	MaxRSS int64         `json:"max_rss_kib"`
	Wall   time.Duration `json:"wall_ns"`
	// RPC is the driver's JSON-RPC requests over the same time, by method,
	// from its metrics (the collectors a user's run -metrics serves).
	RPC map[string]float64 `json:"rpc"`
}

// Drive is the `bench drive` subcommand: a user agent in a process of its
// own that opens sessions and reports, as JSON on stdout, how each ended
// and what the process spent. Its parent measures the miner and the
// oracle the same way, so that each role's cost is its own process's.
func Drive(ctx context.Context, args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("drive", flag.ContinueOnError)
	rpcURL := fl.String("rpc", "", "ws:// endpoint")
	contract := fl.String("contract", "", "SessionKeystore address")
	start := fl.Uint64("start-block", 0, "deployment block")
	key := fl.String("key", "", "user's hex private key")
	dir := fl.String("dir", "", "data directory")
	miner := fl.String("miner", "", "miner address")
	oracle := fl.String("oracle", "", "oracle address")
	configs := fl.String("configs", "", "comma-separated config keys, e.g. 'M1 x25519,M2 user hybrid'")
	n := fl.Int("n", 1, "sessions per config")
	concurrent := fl.Bool("concurrent", false, "open every session, then wait for all (default: one after the other)")
	ask := fl.Bool("ask", false, "ask one prompt in the first session of each config and close it")
	batch := fl.Bool("batch", false, "batch the agent's calls")
	closeAll := fl.Bool("close", false, "close every session once established (a history of ended sessions)")
	keys := fl.String("keys", "auto", "Method 2 recipient keys: auto (one-time where published, else registered), one-time (required) or registered (never one-time)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	var cfgs []Config
	for _, k := range strings.Split(*configs, ",") {
		c, err := parseKey(k)
		if err != nil {
			return err
		}
		cfgs = append(cfgs, c)
	}
	if *keys != "auto" && *keys != "one-time" && *keys != "registered" {
		return fmt.Errorf("drive: -keys %q: want auto, one-time or registered", *keys)
	}
	pk, err := crypto.HexToECDSA(*key)
	if err != nil {
		return fmt.Errorf("drive: -key: %w", err)
	}
	reg := prometheus.NewRegistry()
	m, err := metrics.New(reg, nil)
	if err != nil {
		return err
	}
	rc, err := gethrpc.DialOptions(ctx, *rpcURL, gethrpc.WithWebsocketDialer(m.WebsocketDialer()),
		gethrpc.WithHTTPClient(&http.Client{Transport: m.Transport(nil)}))
	if err != nil {
		return err
	}
	client := ethclient.NewClient(rc)
	defer client.Close()
	a, err := agent.New(ctx, agent.Config{Role: session.User, Account: account.Account{Address: crypto.PubkeyToAddress(pk.PublicKey), Key: pk},
		Contract: common.HexToAddress(*contract), StartBlock: *start, DataDir: *dir, PollInterval: 100 * time.Millisecond,
		Batch: *batch, Metrics: m, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}, client)
	if err != nil {
		return err
	}
	defer a.Close()
	runCtx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- a.Run(runCtx) }()
	defer func() { stop(); <-runErr }()
	select {
	case <-a.Ready():
	case err := <-runErr:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
	// What the run costs, not catching up with the chain's history.
	_ = ResetPeak(os.Getpid())
	cpu0 := cpuSelf()
	rpc0, err := metrics.Gather(reg)
	if err != nil {
		return err
	}
	t0 := time.Now()
	var mu sync.Mutex
	var rep DriverReport
	var wg sync.WaitGroup
	record := func(o Opened) {
		mu.Lock()
		rep.Sessions = append(rep.Sessions, o)
		mu.Unlock()
	}
	for _, c := range cfgs {
		for i := range *n {
			// The bench's default (auto): the registered keys where the
			// recipients keep no pool (its main configs).
			opts := agent.OpenOptions{Miner: common.HexToAddress(*miner), Oracle: common.HexToAddress(*oracle), Method: c.Method, Suite: c.Suite, Coordinator: c.Coordinator,
				AllowRegisteredKeys: *keys != "one-time", NoOneTimeKeys: *keys == "registered"}
			began := time.Now()
			h, err := openRetrying(ctx, a, opts)
			if err != nil {
				record(Opened{Config: Key(c), Err: err.Error()})
				continue
			}
			wait := func() {
				err := h.Wait(ctx)
				o := Opened{ID: h.ID(), Config: Key(c), Wall: time.Since(began)}
				if err == nil && *ask && i == 0 {
					err = askAndClose(ctx, a, h)
				} else if err == nil && *closeAll {
					err = a.CloseSession(ctx, h.ID())
				}
				if err != nil {
					o.Err = err.Error()
				}
				h.WipeKey()
				record(o)
			}
			if *concurrent {
				wg.Go(wait)
			} else {
				wait()
			}
		}
	}
	wg.Wait()
	rep.Wall = time.Since(t0)
	rep.CPU = cpuSelf() - cpu0
	rep.MaxRSS = peakSelf()
	rpc1, err := metrics.Gather(reg)
	if err != nil {
		return err
	}
	rep.RPC = rpcDelta(rpc0, rpc1)
	return json.NewEncoder(stdout).Encode(rep)
}

func openRetrying(ctx context.Context, a *agent.Agent, o agent.OpenOptions) (*agent.Session, error) {
	for {
		h, err := a.Open(ctx, o)
		if !errors.Is(err, agent.ErrKeysNotSeen) {
			return h, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// InferencePrompt is the prompt of the inference round.
const InferencePrompt = "How much gas does an encrypted inference cost on chain?"

func askAndClose(ctx context.Context, a *agent.Agent, h *agent.Session) error {
	r, err := h.Ask(ctx, inference.Prompt{Prompt: InferencePrompt})
	if err != nil {
		return err
	}
	if !r.Valid {
		return fmt.Errorf("inference judged invalid: %v", r.Reason)
	}
	return a.CloseSession(ctx, h.ID())
}

func cpuSelf() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
