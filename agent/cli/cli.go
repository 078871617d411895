// Package cli is the command line shared by the user, miner and oracle
// binaries: each main calls Main with its role. Configuration comes from
// flags, then the environment (role-prefixed first), then a .env file; the
// commands drive an agent.Agent and print for a person.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/blame"
	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// progressEvery is how often a long wait on a terminal says where the
// session stands.
const progressEvery = 15 * time.Second

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1 // the command ran and failed, or the session did not establish
	ExitUsage   = 2
	// ExitPending: verify found no lie proven yet while a party that
	// committed has not disclosed its ephemeral secret; run it again later.
	ExitPending = 3
	// ExitInterrupted: the command was interrupted (SIGINT or SIGTERM),
	// 128 + SIGINT as shells report it.
	ExitInterrupted = 130
)

// command is one subcommand.
type command struct {
	name, args, summary string
	roles               []session.Role // nil: every role
	readOnly            bool           // sends no transaction
	groups              group          // the shared settings it takes; zero: groupsAgent
	flags               func(fl *flag.FlagSet) func(context.Context, *env, []string) error
}

// env is what a running command has: its configuration and output.
type env struct {
	cfg    *config
	stdin  io.Reader
	stdout io.Writer
	log    *slog.Logger
	// progress is where a long wait says what it waits for: stderr on a
	// terminal, else io.Discard.
	progress io.Writer
	// sends: the command signs transactions, so its account must hold
	// funds.
	sends bool
	// metrics, if set, counts what the agent does (run -metrics).
	metrics *metrics.Metrics
}

func commands() []command {
	return []command{
		{name: "run", groups: groupsAgent | groupBatch | groupModel | groupAccept | groupKeys | groupListen | groupMetrics, summary: "serve every session that names this account, until interrupted", flags: runFlags},
		{name: "keys register", args: "", summary: "register this account's recipient keys (Method 2), if not registered yet", flags: keysFlags(keysRegister)},
		{name: "keys rotate", summary: "register new recipient keys (version + 1); sessions already opened keep theirs", flags: keysFlags(keysRotate)},
		{name: "keys revoke", summary: "revoke this account's recipient keys, those that are active", flags: keysFlags(keysRevoke)},
		{name: "keys show", args: "[ADDRESS]", readOnly: true, groups: groupChain | groupAccount | groupLog, summary: "print the registry record of an account (default: this one; an ADDRESS needs no key)", flags: keysShowFlags},
		{name: "open", summary: "open a session, wait until it ends and print its outcome", roles: []session.Role{session.User}, flags: openFlags},
		{name: "ask", args: "[PROMPT...]", summary: "ask a prompt in an Established session (from the arguments, -file or stdin); print the answer and the oracle's verdict", roles: []session.Role{session.User}, flags: askFlags},
		{name: "serve", summary: "serve an OpenAI-compatible API (POST /v1/chat/completions, GET /v1/models): each request an encrypted inference in a session opened on demand", roles: []session.Role{session.User}, flags: serveFlags},
		{name: "answer", summary: "print the answer and the verdict of a request asked before (after ask timed out or was interrupted)", roles: []session.Role{session.User}, flags: answerFlags},
		{name: "close", summary: "close an Established session: no more requests; every party deletes its key", flags: closeFlags},
		{name: "status", args: "[SESSION_ID]", readOnly: true, groups: groupChain | groupLog, summary: "rebuild a session's timeline from on-chain events alone", flags: sessionCommand(render)},
		{name: "verify", args: "[SESSION_ID]", readOnly: true, groups: groupChain | groupLog, summary: "name, from on-chain data alone, the party that lied in a failed Method 1 session (exit 3: disclosures pending, nothing proven yet)", flags: sessionCommand(verify)},
		{name: "version", readOnly: true, groups: groupLog, summary: "print the module version, the commit and the hash of the contract's bytecode", flags: versionFlags},
	}
}

// Main runs the command line args of the role's binary (without the
// program name) and returns the process exit code. ctx ends the command
// (the mains cancel it on SIGINT and SIGTERM); stdin is where `user ask`
// reads a prompt given neither as arguments nor as a file.
func Main(ctx context.Context, role session.Role, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	prog := role.String()
	var cmd *command
	rest := args
	for _, c := range commands() {
		words := strings.Fields(c.name)
		if len(args) >= len(words) && strings.Join(args[:len(words)], " ") == c.name && allowed(c, role) {
			cmd, rest = &c, args[len(words):]
			break
		}
	}
	if cmd == nil {
		if len(args) > 0 && !isHelp(args[0]) {
			return unknownCommand(args, role, stdout, stderr)
		}
		usage(stdout, role)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	cfg := newConfig(role)
	own := flag.NewFlagSet(prog+" "+cmd.name, flag.ContinueOnError)
	action := cmd.flags(own)
	groups := cmd.groups
	if groups == 0 {
		groups = groupsAgent
	}
	if role == session.User {
		groups &^= groupModel | groupAccept | groupKeys // the user runs no model, serves no sessions, has no registered keys
	}
	if role == session.User {
		groups &^= groupListen // the miner and the oracle serve stream endpoints
	}
	if cmd.name != "run" && cmd.name != "serve" {
		// A one-shot command prints its result and the warnings; what the
		// agent does on the way is for -v (run logs it by default).
		cfg.logLevel.def = "warn"
	}
	fl := flagSet(cfg, groups)
	fl.Init(prog+" "+cmd.name, flag.ContinueOnError)
	fl.SetOutput(stderr)
	own.VisitAll(func(f *flag.Flag) { fl.Var(f.Value, f.Name, f.Usage) })
	// -v: one step more verbose than the command's default (a one-shot
	// command's warn, run's and serve's info).
	verbose := "info"
	if cmd.name == "run" || cmd.name == "serve" {
		verbose = "debug"
	}
	fl.BoolFunc("v", "verbose: log what the agent does on the way (as -log-level "+verbose+")", func(string) error {
		if cfg.logLevel.value == "" {
			cfg.logLevel.value = verbose
		}
		return nil
	})
	fl.Usage = func() {
		w := fl.Output()
		fmt.Fprintf(w, "usage: %s\n\n%s.\n", strings.TrimSpace(prog+" "+cmd.name+" [flags] "+cmd.args), cmd.summary)
		var ownHelp strings.Builder
		if printFlags(&ownHelp, fl, func(f *flag.Flag) bool { return own.Lookup(f.Name) != nil }) {
			fmt.Fprintf(w, "\nflags:\n%s", ownHelp.String())
		}
		fmt.Fprint(w, "\ncommon flags:\n")
		printFlags(w, fl, func(f *flag.Flag) bool { return own.Lookup(f.Name) == nil })
	}
	args, err := parseInterleaved(fl, rest)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	if err := cfg.resolve(); err != nil {
		fmt.Fprintf(stderr, "%s %s: %s\n", prog, cmd.name, sentence(err.Error()))
		return ExitUsage
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s %s: %s\n", prog, cmd.name, sentence(err.Error()))
		return ExitUsage
	}
	if err := action(ctx, &env{cfg: cfg, stdin: stdin, stdout: stdout, log: log, progress: terminal(stderr), sends: !cmd.readOnly}, args); err != nil {
		var u usageError
		if errors.Is(err, errInvalidVerdict) {
			return ExitFailure // already printed
		}
		if errors.Is(err, errPending) {
			return ExitPending // already printed
		}
		if ctx.Err() != nil {
			// Interrupted (SIGINT or SIGTERM): whatever the command was
			// waiting for, that is the reason it stopped.
			fmt.Fprintf(stderr, "%s %s: interrupted\n", prog, cmd.name)
			return ExitInterrupted
		}
		if errors.As(err, &u) {
			fmt.Fprintf(stderr, "%s %s: %s\n", prog, cmd.name, sentence(err.Error()))
			return ExitUsage
		}
		fmt.Fprintf(stderr, "%s %s: %s\n", prog, cmd.name, sentence(err.Error()))
		return ExitFailure
	}
	return ExitOK
}

// groupsAgent are the settings of a command that runs an agent.
const groupsAgent = groupChain | groupAccount | groupData | groupLog

// flagSet returns a flag set with the shared settings of groups
// registered.
func flagSet(c *config, groups group) *flag.FlagSet {
	fl := flag.NewFlagSet(c.role.String(), flag.ContinueOnError)
	c.register(fl, groups)
	return fl
}

// parseInterleaved parses flags before, between and after the positional
// arguments (`status 0x… -rpc X`), and returns the positional ones; "--"
// ends the flags (a prompt that starts with "-").
func parseInterleaved(fl *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at "--" (consumed) or at the first non-flag.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// printFlags prints the flags of fl that keep selects, as PrintDefaults
// does but without empty defaults, and reports whether there were any.
func printFlags(w io.Writer, fl *flag.FlagSet, keep func(*flag.Flag) bool) bool {
	some := false
	fl.VisitAll(func(f *flag.Flag) {
		if !keep(f) {
			return
		}
		some = true
		typ, usage := flag.UnquoteUsage(f)
		if sf, ok := f.Value.(settingFlag); ok {
			typ = sf.s.kind.String()
		}
		line := "  -" + f.Name
		if typ != "" {
			line += " " + typ
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
	return some
}

// usageError marks an error in the command line itself.
type usageError struct{ error }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

func allowed(c command, role session.Role) bool {
	if c.roles == nil {
		return true
	}
	for _, r := range c.roles {
		if r == role {
			return true
		}
	}
	return false
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

// unknownCommand answers args that name no command of the role: the
// subcommands of a group ("keys", "keys -h"), the binary a command of
// another role belongs to, or an unknown command and the usage.
func unknownCommand(args []string, role session.Role, stdout, stderr io.Writer) int {
	prog := role.String()
	var sub []command
	for _, c := range commands() {
		if group, name, ok := strings.Cut(c.name, " "); ok && group == args[0] && allowed(c, role) {
			c.name = name
			sub = append(sub, c)
		}
	}
	if len(sub) > 0 {
		names := make([]string, len(sub))
		for i, c := range sub {
			names[i] = c.name
		}
		want := strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
		switch {
		case len(args) > 1 && isHelp(args[1]):
			fmt.Fprintf(stdout, "usage: %s %s %s [flags] [args]\n\ncommands:\n", prog, args[0], strings.Join(names, "|"))
			for _, c := range sub {
				fmt.Fprintf(stdout, "  %-28s %s\n", strings.TrimSpace(args[0]+" "+c.name+" "+c.args), c.summary)
			}
			fmt.Fprintf(stdout, "\nRun \"%s %s COMMAND -h\" for a command's flags.\n", prog, args[0])
			return ExitOK
		case len(args) > 1:
			fmt.Fprintf(stderr, "%s %s: unknown command %q; want %s\n", prog, args[0], args[1], want)
		default:
			fmt.Fprintf(stderr, "%s %s: want %s\n", prog, args[0], want)
		}
		return ExitUsage
	}
	for _, c := range commands() {
		if strings.Fields(c.name)[0] == args[0] && len(c.roles) > 0 {
			owners := make([]string, len(c.roles))
			for i, r := range c.roles {
				owners[i] = r.String() + "'s"
			}
			fmt.Fprintf(stderr, "%s: %s is a command of the %s binary, not of the %s's\n", prog, args[0], strings.Join(owners, " or "), prog)
			return ExitUsage
		}
	}
	fmt.Fprintf(stderr, "%s: unknown command %q\n\n", prog, args[0])
	usage(stderr, role)
	return ExitUsage
}

func usage(w io.Writer, role session.Role) {
	prog := role.String()
	fmt.Fprintf(w, "%s is the %s's agent of the SessionKeystore three-party session-key protocol.\n\nusage: %s COMMAND [flags] [args]\n\ncommands:\n", prog, prog, prog)
	for _, c := range commands() {
		if allowed(c, role) {
			fmt.Fprintf(w, "  %-28s %s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
		}
	}
	fmt.Fprintf(w, `
Run "%s COMMAND -h" for a command's flags. Every flag can also be set in the
environment or in a .env file, as %s_NAME or NAME (the first wins):
`, prog, strings.ToUpper(prog))
	c := newConfig(role)
	for _, st := range c.settings {
		if role == session.User && st.group&(groupModel|groupAccept|groupKeys|groupListen) != 0 {
			continue // as Main: the user runs no model, serves no sessions, has no registered keys to rotate
		}
		fmt.Fprintf(w, "  %-24s -%-20s %s\n", st.env, st.flag, st.usage)
	}
	if role != session.User {
		fmt.Fprintf(w, "  %-24s %-21s %s\n", "INFERENCE_API_KEY", "", "openai: the server's API key (never logged)")
	} else {
		fmt.Fprintf(w, "  %-24s %-21s %s\n", apiKeyEnv, "-api-key", "serve: the bearer token the API requires (no prefix; never logged)")
	}
	fmt.Fprint(w, "Flags win over the environment; the environment wins over the .env file.\n")
}

// conn is an agent's connection: its client, the contract, and how often
// it polls.
type conn struct {
	client   *ethclient.Client
	contract common.Address
	poll     time.Duration
	close    func() // releases the agent and the client
}

// agentFor builds the agent of the configured account.
func agentFor(ctx context.Context, e *env, opts func(*agent.Config)) (*agent.Agent, *conn, error) {
	acct, err := e.cfg.account()
	if err != nil {
		return nil, nil, err
	}
	poll, err := e.cfg.poll()
	if err != nil {
		return nil, nil, usageError{err}
	}
	client, chainID, err := e.cfg.dial(ctx, e.metrics)
	if err != nil {
		return nil, nil, err
	}
	addr, start, err := e.cfg.target(ctx, client, chainID)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	if e.sends {
		if err := account.CheckFunds(ctx, client, chainID, acct.Address); err != nil {
			client.Close()
			return nil, nil, err
		}
	}
	cfg := agent.Config{
		Role: e.cfg.role, Account: acct, Contract: addr, StartBlock: start,
		DataDir: e.cfg.dataDir.value, PollInterval: poll, Logger: e.log, Metrics: e.metrics,
	}
	if opts != nil {
		opts(&cfg)
	}
	a, err := agent.New(ctx, cfg, client)
	if err != nil {
		client.Close()
		if errors.Is(err, store.ErrLocked) {
			return nil, nil, fmt.Errorf("%w (is a %s agent already running on it?)", err, e.cfg.role)
		}
		return nil, nil, err
	}
	e.log.Info("agent configured", "chain", chainID, "contract", addr.Hex(), "account", acct.Address.Hex(), "data_dir", cfg.DataDir)
	return a, &conn{client: client, contract: addr, poll: poll, close: func() { a.Close(); client.Close() }}, nil
}

func runFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		model, err := e.cfg.model()
		if err != nil {
			return err
		}
		batch, err := strconv.ParseBool(e.cfg.batch.value)
		if err != nil {
			return usagef("-batch %q: want true or false", e.cfg.batch.value)
		}
		policy, err := e.cfg.accept()
		if err != nil {
			return usageError{err}
		}
		var rotate time.Duration
		if e.cfg.role != session.User {
			if rotate, err = time.ParseDuration(e.cfg.rotateEvery.value); err != nil || rotate < 0 {
				return usagef("-rotate-every %q: want a duration such as 24h, or 0 for never", e.cfg.rotateEvery.value)
			}
		}
		oneTimeBatch, err := strconv.ParseUint(e.cfg.oneTimeBatch.value, 10, 32)
		if err != nil || oneTimeBatch > wire.MaxOneTimeBatch {
			return usagef("-one-time-batch %q: want 0 to %d", e.cfg.oneTimeBatch.value, wire.MaxOneTimeBatch)
		}
		lowWater, err := strconv.ParseUint(e.cfg.oneTimeLowWater.value, 10, 32)
		if err != nil {
			return usagef("-one-time-low-water %q: want a count", e.cfg.oneTimeLowWater.value)
		}
		// A pool refills below its low-water mark: at least 1, so that a
		// batch of fewer keys than the divisor still refills when empty.
		if lowWater == 0 {
			lowWater = max(1, oneTimeBatch/agent.DefaultOneTimeLowWaterDivisor)
		}
		hybridBatch, err := strconv.ParseUint(e.cfg.hybridOneTimeBatch.value, 10, 32)
		if err != nil || hybridBatch > wire.MaxOneTimeBatch {
			return usagef("-hybrid-one-time-batch %q: want 0 to %d", e.cfg.hybridOneTimeBatch.value, wire.MaxOneTimeBatch)
		}
		hybridLowWater, err := strconv.ParseUint(e.cfg.hybridOneTimeLowWater.value, 10, 32)
		if err != nil {
			return usagef("-hybrid-one-time-low-water %q: want a count", e.cfg.hybridOneTimeLowWater.value)
		}
		if hybridLowWater == 0 {
			hybridLowWater = max(1, hybridBatch/agent.DefaultOneTimeLowWaterDivisor)
		}
		var reg *prometheus.Registry
		var ln net.Listener
		if e.cfg.metricsAddr.value != "" {
			// Listen first: a -metrics address that cannot be served is a
			// usage error, before anything connects.
			if ln, err = metrics.Listen(e.cfg.metricsAddr.value); err != nil {
				return usageError{fmt.Errorf("-metrics: %w", err)}
			}
			defer ln.Close()
			reg = prometheus.NewRegistry()
			reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
			if e.metrics, err = metrics.New(reg, nil); err != nil {
				return err
			}
		}
		a, c, err := agentFor(ctx, e, func(c *agent.Config) {
			c.Backend, c.Batch = model, batch
			c.Listen, c.PublicURL = e.cfg.listen.value, e.cfg.publicURL.value
			if e.cfg.role != session.User {
				c.Accept, c.RotateEvery = policy.Accept, rotate
				c.OneTimeBatch, c.OneTimeLowWater = int(oneTimeBatch), int(lowWater)
				c.HybridOneTimeBatch, c.HybridOneTimeLowWater = int(hybridBatch), int(hybridLowWater)
			}
		})
		if err != nil {
			return err
		}
		defer c.close()
		if reg != nil {
			serveMetrics(ctx, e, ln, reg, a, c.poll)
		}
		if e.cfg.role != session.User {
			e.log.Info("model", "backend", e.cfg.modelBackend.value, "model", model.Model(), "deterministic", model.Deterministic())
		}
		err = a.Run(ctx)
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			e.log.Info("stopped")
			return nil
		}
		return err
	}
}

// serveMetrics serves /metrics, /healthz and /readyz at -metrics until ctx
// ends. The agent is ready once it has caught up, while it is at most 10
// blocks behind the head and its node answered within the last 30 s (or
// ten poll intervals, if longer).
func serveMetrics(ctx context.Context, e *env, ln net.Listener, reg *prometheus.Registry, a *agent.Agent, poll time.Duration) {
	r := metrics.Readiness{CaughtUp: a.Ready(), Stopped: a.Done(), Recent: max(30*time.Second, 10*poll)}
	errc := metrics.Serve(ctx, ln, metrics.Handler(reg, func() error { return e.metrics.Check(r) }))
	e.log.Info("serving metrics", "addr", ln.Addr().String())
	go func() {
		for err := range errc {
			e.log.Error("metrics server stopped", "err", err)
		}
	}()
}

// suites parses a -suite value: one suite, or "all".
func suites(v string) ([]session.Suite, error) {
	if v == "all" {
		return []session.Suite{session.X25519, session.Hybrid}, nil
	}
	s, err := session.ParseSuite(v)
	if err != nil {
		return nil, usageError{err}
	}
	return []session.Suite{s}, nil
}

type keysAction func(ctx context.Context, e *env, a *agent.Agent, s session.Suite, args []string) error

func keysFlags(act keysAction) func(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(fl *flag.FlagSet) func(context.Context, *env, []string) error {
		suite := fl.String("suite", "all", "x25519, hybrid or all")
		return func(ctx context.Context, e *env, args []string) error {
			ss, err := suites(*suite)
			if err != nil {
				return err
			}
			a, c, err := agentFor(ctx, e, nil)
			if err != nil {
				return err
			}
			defer c.close()
			for _, s := range ss {
				if err := act(ctx, e, a, s, args); err != nil {
					return err
				}
			}
			return nil
		}
	}
}

func keysRegister(ctx context.Context, e *env, a *agent.Agent, s session.Suite, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected arguments %q", args)
	}
	cur, err := a.KeyOf(ctx, a.Address(), s)
	if err != nil {
		return err
	}
	if cur.Version > 0 && !cur.Revoked {
		if !a.HasKey(s, cur.Version) {
			return fmt.Errorf("the %v key version %d is registered on chain but its private half is not in %s: run keys rotate", s, cur.Version, e.cfg.dataDir.value)
		}
		fmt.Fprintf(e.stdout, "%v key version %d already registered\n", s, cur.Version)
		return nil
	}
	return keysRotate(ctx, e, a, s, args)
}

func keysRotate(ctx context.Context, e *env, a *agent.Agent, s session.Suite, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected arguments %q", args)
	}
	v, err := a.RegisterKey(ctx, s)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%v key version %d registered\n", s, v)
	return nil
}

func keysRevoke(ctx context.Context, e *env, a *agent.Agent, s session.Suite, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected arguments %q", args)
	}
	// Like register, safe to run again: nothing active, nothing to send
	// (the contract would revert with NoActiveKey).
	cur, err := a.KeyOf(ctx, a.Address(), s)
	if err != nil {
		return err
	}
	if cur.Version == 0 || cur.Revoked {
		fmt.Fprintf(e.stdout, "%v key: none active; nothing to revoke\n", s)
		return nil
	}
	if err := a.RevokeKey(ctx, s); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%v key revoked\n", s)
	return nil
}

// keysShowFlags is keys show: it reads the registry only, so it needs no
// agent, and no key when given an ADDRESS.
func keysShowFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	suite := fl.String("suite", "all", "x25519, hybrid or all")
	return func(ctx context.Context, e *env, args []string) error {
		ss, err := suites(*suite)
		if err != nil {
			return err
		}
		var acct common.Address
		switch {
		case len(args) == 1 && common.IsHexAddress(args[0]):
			acct = common.HexToAddress(args[0])
		case len(args) > 0:
			return usagef("want at most one account address, got %q", args)
		default:
			a, err := e.cfg.account()
			if err != nil {
				return fmt.Errorf("%w (or give an ADDRESS)", err)
			}
			acct = a.Address
		}
		client, chainID, err := e.cfg.dial(ctx, nil)
		if err != nil {
			return err
		}
		defer client.Close()
		addr, _, err := e.cfg.target(ctx, client, chainID)
		if err != nil {
			return err
		}
		abi := bindings.NewSessionKeystore()
		for _, s := range ss {
			out, err := client.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: abi.PackKeyOf(acct, uint8(s))}, nil)
			if err != nil {
				return fmt.Errorf("reading the key record of %s: %w", acct, err)
			}
			k, err := abi.UnpackKeyOf(out)
			if err != nil {
				return fmt.Errorf("reading the key record of %s: %w", acct, err)
			}
			state := "active"
			switch {
			case k.Version == 0:
				state = "none"
			case k.Revoked:
				state = "revoked"
			}
			fmt.Fprintf(e.stdout, "%s %-7v version %d %-8s hash %s\n", acct.Hex(), s, k.Version, state, common.Hash(k.KeyHash).Hex())
		}
		return nil
	}
}

// sessionFlags registers the flags that choose a session's parties and
// method (open and serve share them) and returns their parser.
func sessionFlags(fl *flag.FlagSet) func() (agent.OpenOptions, error) {
	miner := fl.String("miner", "", "the miner's account address (required)")
	oracle := fl.String("oracle", "", "the oracle's account address (required)")
	method := fl.String("method", "combined", "combined (Method 1) or coordinator (Method 2)")
	coord := fl.String("coordinator", "user", "Method 2: the role that makes and wraps the key: user, miner or oracle")
	suite := fl.String("suite", "x25519", "Method 2: x25519 or hybrid (ML-KEM-768+X25519); Method 1 is x25519")
	phase := fl.Duration("phase-timeout", 2*time.Minute, "how long each phase may take on chain before anyone may expire the session")
	allowRegistered := fl.Bool("allow-registered-keys", false, "Method 2: wrap to a recipient's registered key when it has no fresh one-time key (no forward secrecy until that key rotates); without it such an open fails")
	requireOneTime := fl.Bool("require-one-time-keys", false, "Method 2: fail unless each recipient has a fresh one-time key; the default now, kept for old scripts")
	return func() (agent.OpenOptions, error) {
		o := agent.OpenOptions{AllowRegisteredKeys: *allowRegistered}
		if *allowRegistered && *requireOneTime {
			return o, usagef("-allow-registered-keys and -require-one-time-keys contradict each other")
		}
		var err error
		for _, a := range []struct {
			name, v string
			to      *common.Address
		}{{"-miner", *miner, &o.Miner}, {"-oracle", *oracle, &o.Oracle}} {
			if !common.IsHexAddress(a.v) {
				return o, usagef("%s %q: want an account address", a.name, a.v)
			}
			*a.to = common.HexToAddress(a.v)
		}
		if o.Method, err = session.ParseMethod(*method); err != nil {
			return o, usageError{err}
		}
		if o.Suite, err = session.ParseSuite(*suite); err != nil {
			return o, usageError{err}
		}
		if o.Method == session.Coordinator {
			if o.Coordinator, err = session.ParseRole(*coord); err != nil {
				return o, usageError{err}
			}
		} else if o.Suite != session.X25519 {
			return o, usagef("Method 1 (combined) runs on the x25519 suite only")
		}
		if *phase < session.MinPhaseTimeout || *phase > session.MaxPhaseTimeout || *phase%time.Second != 0 {
			return o, usagef("-phase-timeout %v: the contract takes whole seconds from %v to %v (30 days)", *phase, session.MinPhaseTimeout, session.MaxPhaseTimeout)
		}
		o.PhaseTimeout = uint32(phase.Seconds())
		return o, nil
	}
}

func openFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	options := sessionFlags(fl)
	timeout := fl.Duration("timeout", 10*time.Minute, "how long to wait for the session to end")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		o, err := options()
		if err != nil {
			return err
		}

		ctx, cancel := context.WithTimeout(ctx, *timeout)
		defer cancel()
		a, err := startAgent(ctx, e)
		if err != nil {
			return err
		}
		defer a.stop()

		s, err := openOnChain(ctx, e, a, o)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "opened session %v (%v", s.ID(), o.Method)
		if o.Method == session.Coordinator {
			fmt.Fprintf(e.stdout, ", coordinated by the %v", o.Coordinator)
		}
		fmt.Fprintf(e.stdout, ", %v suite)\n", o.Suite)
		stopProgress := make(chan struct{})
		defer close(stopProgress)
		go progress(ctx, e.progress, a.client, a.contract, s.ID(), progressEvery, stopProgress)
		select {
		case <-s.Done():
		case err := <-a.runErr:
			a.runErr <- err // for the deferred stop
			return fmt.Errorf("the agent stopped before the session ended: %w", err)
		case <-ctx.Done():
			return fmt.Errorf("session %v did not end within %v: %w (run `user run` to carry it on)", s.ID(), *timeout, ctx.Err())
		}
		defer s.WipeKey()
		outcome := s.Wait(ctx)
		var printed error
		if outcome == nil {
			printed = printWhenEstablished(ctx, e, s.ID())
		} else {
			printed = printTimeline(ctx, e, s.ID())
		}
		if printed != nil {
			e.log.Warn("cannot print the timeline", "err", printed)
		}
		if outcome != nil {
			return outcome
		}
		if printed == nil {
			// The timeline's outcome line holds the attestation: once is enough.
			fmt.Fprintf(e.stdout, "session %v established\n", s.ID())
			return nil
		}
		o2, _ := s.Outcome()
		fmt.Fprintf(e.stdout, "session %v established; attestation %x\n", s.ID(), o2.Key.Attestation())
		return nil
	}
}

// printWhenEstablished prints session id's timeline once the chain's
// record shows it Established (or Closed since). The agent reports the
// outcome on the block that made it, which a reorganisation may take back
// before the timeline is read; meanwhile the agent runs on and sends again
// what was taken back, so the timeline printed agrees with the outcome.
// When the command's time runs out first it prints what the chain shows
// and returns ctx's error.
func printWhenEstablished(ctx context.Context, e *env, id session.ID) error {
	every, err := e.cfg.poll()
	if err != nil {
		return err
	}
	var last *timeline.Timeline
	waited := waitPhase(ctx, every, func(ctx context.Context) (session.Phase, error) {
		err := onChain(ctx, e, id, func(ctx context.Context, _ io.Writer, client chainReader, addr common.Address, start uint64, id session.ID) error {
			tl, err := timeline.Build(ctx, client, addr, start, id)
			if err == nil {
				last = tl
			}
			return err
		})
		if err != nil || last == nil {
			return session.PhaseNone, err
		}
		return last.Phase, nil
	})
	if last == nil {
		return fmt.Errorf("reading the session's timeline: %w", waited)
	}
	if err := last.Render(e.stdout); err != nil {
		return err
	}
	return waited
}

// waitPhase calls phaseOf every interval until it reports Established or
// Closed (an error only means "not yet": the node may be reorganising),
// or ctx ends: then it returns ctx's error, with the last read's error if
// that read failed (the node may refuse every read, and the operator
// should learn why rather than only that time ran out).
func waitPhase(ctx context.Context, every time.Duration, phaseOf func(context.Context) (session.Phase, error)) error {
	for {
		p, err := phaseOf(ctx)
		if err == nil && (p == session.Established || p == session.Closed) {
			return nil
		}
		select {
		case <-ctx.Done():
			if err != nil && ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
				return fmt.Errorf("%w; the last read of the session failed: %w", ctx.Err(), err)
			}
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

// running is an agent whose Run goes on in the background.
type running struct {
	*agent.Agent
	*conn
	runErr chan error // Run's result; a reader puts it back for stop
	stop   func()     // ends Run and releases the agent and its client
}

// startAgent builds the configured agent and starts its Run.
func startAgent(ctx context.Context, e *env) (*running, error) {
	a, c, err := agentFor(ctx, e, nil)
	if err != nil {
		return nil, err
	}
	runCtx, stopRun := context.WithCancel(ctx)
	r := &running{Agent: a, conn: c, runErr: make(chan error, 1)}
	go func() { r.runErr <- a.Run(runCtx) }()
	r.stop = func() { stopRun(); <-r.runErr; c.close() }
	return r, nil
}

// ready waits until the agent has caught up with the chain.
func (r *running) ready(ctx context.Context) error {
	select {
	case <-r.Ready():
		return nil
	case err := <-r.runErr:
		r.runErr <- err
		return fmt.Errorf("the agent stopped while catching up: %w", err)
	case <-ctx.Done():
		return fmt.Errorf("catching up with the chain: %w", ctx.Err())
	}
}

// maxOpenRetries bounds how often open sends a new open after one was
// mined and refused for a recipient key taken meanwhile. Users opening at
// once to one miner race for its fresh one-time keys: each picks one at
// random, and two opens sent before either is mined may name the same.
// Each lost race costs a reverted open, and the next pick asks the
// contract again; with 100 users opening at once, three tries lost a
// session in about one run in five (TestRateLimitedEndpoints with
// SESSIONKEYSTORE_FULL=1).
const maxOpenRetries = 8

// openOnChain opens a session and returns it once the chain shows it
// opened. A mined open the contract refused because a recipient's key
// changed, or because another open took the one-time key it named, leaves
// nothing on chain: it opens again with what the chain says now, up to
// maxOpenRetries times. The open and serve commands both open this way.
func openOnChain(ctx context.Context, e *env, a *running, o agent.OpenOptions) (*agent.Session, error) {
	for try := 1; ; try++ {
		s, err := openWhenReady(ctx, a, o)
		if err != nil {
			return nil, err
		}
		// The open is sent, not mined: "opened" only once the chain
		// shows the session.
		fmt.Fprintf(e.progress, "session %v: open sent; waiting for it to be mined\n", s.ID())
		why := func() error { return s.Wait(ctx) }
		err = waitOnChain(ctx, a.client, a.contract, s.ID(), a.poll, s.Done(), why)
		if err == nil {
			return s, nil
		}
		if try < maxOpenRetries && errors.Is(err, errNeverOpened) && errors.Is(err, agent.ErrKeyRotated) {
			e.log.Info("the open was refused for a recipient key taken meanwhile; opening again", "session", s.ID(), "try", try)
			continue
		}
		return nil, fmt.Errorf("opening session %v: %w", s.ID(), err)
	}
}

// openWhenReady opens the session once the agent has caught up with the
// chain and seen the recipients' keys.
func openWhenReady(ctx context.Context, a *running, o agent.OpenOptions) (*agent.Session, error) {
	if err := a.ready(ctx); err != nil {
		return nil, err
	}
	for {
		s, err := a.Open(ctx, o)
		if !errors.Is(err, agent.ErrKeysNotSeen) {
			return s, err
		}
		select { // the registration is on chain but not yet delivered
		case <-time.After(250 * time.Millisecond):
		case <-ctx.Done():
			return nil, err
		}
	}
}

// chainReader is what status and verify read of a chain: logs, receipts,
// the contract's session record and the head.
type chainReader interface {
	timeline.Reader
	caller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// chainReport prints something about one session from chain data alone.
type chainReport func(ctx context.Context, w io.Writer, client chainReader, addr common.Address, start uint64, id session.ID) error

// sessionCommand is a command on one SESSION_ID that reads the chain only
// (it needs no account).
func sessionCommand(report chainReport) func(*flag.FlagSet) func(context.Context, *env, []string) error {
	return func(fl *flag.FlagSet) func(context.Context, *env, []string) error {
		flagID := fl.String("session", "", "the session (or give it as the argument)")
		return func(ctx context.Context, e *env, args []string) error {
			v := *flagID
			switch {
			case v != "" && len(args) == 0:
			case v == "" && len(args) == 1:
				v = args[0]
			default:
				return usagef("want one SESSION_ID: -session ID, or ID as the argument")
			}
			id, err := session.ParseID(v)
			if err != nil {
				return usageError{err}
			}
			return onChain(ctx, e, id, report)
		}
	}
}

// onChain connects to the configured chain and contract and runs report.
func onChain(ctx context.Context, e *env, id session.ID, report chainReport) error {
	client, chainID, err := e.cfg.dial(ctx, nil)
	if err != nil {
		return err
	}
	defer client.Close()
	addr, start, err := e.cfg.target(ctx, client, chainID)
	if err != nil {
		return err
	}
	return reportOn(ctx, e.stdout, rangedClient{client, chain.NewLogRanges(client, nil)}, chainID, addr, start, id, report)
}

// rangedClient is a client whose log queries are read in pieces the node
// accepts (chain.LogRanges): a session's logs are read back from the
// head in growing windows, and a failed session's blame reads the key
// registry's from the deployment, both wider than a public endpoint may
// take at once.
type rangedClient struct {
	*ethclient.Client
	logs *chain.LogRanges
}

// FilterLogs implements timeline.Reader and blame.Reader.
func (c rangedClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return c.logs.FilterLogs(ctx, q)
}

// reportOn runs report on session id of the contract at addr, and says in
// one sentence when no session has that id there.
func reportOn(ctx context.Context, w io.Writer, client chainReader, chainID uint64, addr common.Address, start uint64, id session.ID, report chainReport) error {
	err := report(ctx, w, client, addr, start, id)
	if errors.Is(err, timeline.ErrNoSession) || errors.Is(err, blame.ErrNoSession) {
		return fmt.Errorf("no session %v at contract %s on chain %d (check the id, and -contract or -start-block if given)", id, addr.Hex(), chainID)
	}
	return err
}

// printTimeline renders a session's timeline; it needs no account.
func printTimeline(ctx context.Context, e *env, id session.ID) error {
	return onChain(ctx, e, id, render)
}

// errPending is what verify returns when its report is not final: no lie
// is proven yet and a disclosure is still missing (ExitPending).
var errPending = errors.New("disclosures pending")

// verify prints blame for a failed Method 1 session (docs/PROTOCOL.md
// §5.4) or a failed Method 2 session of the X25519 suite (§6.4).
func verify(ctx context.Context, w io.Writer, client chainReader, addr common.Address, start uint64, id session.ID) error {
	ev, err := blame.Fetch(ctx, client, addr, start, id)
	if err != nil {
		return err
	}
	return writeBlame(w, ev)
}

// writeBlame prints the blame report of ev; errPending when it is not
// final.
func writeBlame(w io.Writer, ev *blame.Evidence) error {
	r := blame.Assess(ev)
	if _, err := r.WriteTo(w); err != nil {
		return err
	}
	if !r.Final() {
		return errPending
	}
	return nil
}

// blameLine is what status adds to a failed session's outcome when blame
// (verify) proves a liar other than the contract's culprits: the chain's
// raw culprit set names the attestation minority, which may be the victim.
func blameLine(r *blame.Report, culprits session.RoleSet) string {
	if r.Liars == 0 || r.Liars == culprits {
		return ""
	}
	return fmt.Sprintf("  blame (verify): %v proven to have lied; the contract's culprits %v differ", r.Liars, culprits)
}

// render prints a session's timeline and, for a session under way, where
// it stands now: whom it waits for, or that its deadline has passed.
func render(ctx context.Context, w io.Writer, client chainReader, addr common.Address, start uint64, id session.ID) error {
	tl, err := timeline.Build(ctx, client, addr, start, id)
	if err != nil {
		return err
	}
	if err := tl.Render(w); err != nil {
		return err
	}
	if tl.Phase == session.Failed {
		if ev, err := blame.Fetch(ctx, client, addr, start, id); err == nil {
			if line := blameLine(blame.Assess(ev), tl.Culprits); line != "" {
				fmt.Fprintln(w, line)
			}
		}
	}
	st, err := readSession(ctx, client, addr, id)
	if err != nil || st.Phase == session.PhaseNone || st.Phase.Terminal() {
		return err
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the chain's head: %w", err)
	}
	_, err = io.WriteString(w, "  "+standing(st, time.Unix(int64(head.Time), 0))+"\n")
	return err
}

// standing says where a session under way stands at chain time now:
// expired-pending once its deadline has passed (anyone may expire it).
func standing(st sessionState, now time.Time) string {
	if now.After(st.Deadline) {
		return fmt.Sprintf("now: expired-pending: the %v phase's deadline passed at %s; anyone may expire the session", st.Phase, clock(st.Deadline))
	}
	return fmt.Sprintf("now: %v", st)
}
