// Package localnet runs the system as its users do, on this machine: an
// Anvil chain on 127.0.0.1, the deploy binary, and the user, miner and
// oracle binaries as separate processes with their own accounts and data
// directories. make demo and the end-to-end tests in test/ are built on it.
package localnet

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Binaries are the programs a Net runs, built from this module.
var Binaries = []string{"user", "miner", "oracle", "deploy"}

// Build compiles the role binaries and deploy into dir, without DWARF
// debugging information (-ldflags=-w): nothing here runs them under a
// debugger, a panic's stack trace does not need it, and leaving it out
// saves about a third of the link time, which the end-to-end tests wait
// for before any of them can start.
func Build(ctx context.Context, root, dir string) error {
	args := []string{"build", "-ldflags=-w", "-o", dir + string(filepath.Separator)}
	for _, b := range Binaries {
		if b == "deploy" {
			args = append(args, "./deploy")
		} else {
			args = append(args, "./cmd/"+b)
		}
	}
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %w\n%s", err, out)
	}
	return nil
}

// Root finds the module root (the directory holding go.mod) from the
// working directory up.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("localnet: go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Options configure a Net.
type Options struct {
	// Root is the module root; Anvil is looked for in its node_modules.
	Root string
	// Bin holds the built binaries (see Build).
	Bin string
	// Dir is the working directory: data directories, logs, the record.
	Dir string
	// BlockTime is Anvil's block interval; 0 mines a block per transaction.
	BlockTime time.Duration
	// Port is Anvil's port on 127.0.0.1; 0 picks a free one.
	Port int
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Net is a running local chain with SessionKeystore deployed.
type Net struct {
	opts       Options
	RPC        string // http://127.0.0.1:PORT
	WS         string // ws://127.0.0.1:PORT
	ChainID    uint64
	Deployment deployment.Record
	Record     string // path of the deployment record
	Accounts   map[string]*Account

	anvil *exec.Cmd
	// anvilExited is closed when the Anvil process has ended.
	anvilExited chan struct{}
	client      *ethclient.Client
	mu          sync.Mutex
	procs       map[string]*Proc // running agents by account name
}

// Account is a funded account with its private key.
type Account struct {
	Name    string
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// HexKey returns the private key as hex, for the binaries' ACCOUNT_KEY.
func (a *Account) HexKey() string { return hexutil.Encode(crypto.FromECDSA(a.Key))[2:] }

// Start starts Anvil and deploys SessionKeystore with a fresh funded
// account. Call Stop to end every process it and its callers started.
func Start(ctx context.Context, o Options) (*Net, error) {
	anvil, err := Foundry(o.Root, "anvil")
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return nil, err
	}
	port := o.Port
	if port == 0 {
		if port, err = freePort(); err != nil {
			return nil, err
		}
	} else if err := portFree(port); err != nil {
		return nil, err
	}
	n := &Net{opts: o, RPC: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port), Accounts: map[string]*Account{}, procs: map[string]*Proc{}}
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", "31337", "--accounts", "0", "--silent"}
	if o.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(o.BlockTime.Seconds(), 'f', -1, 64))
	}
	logf, err := os.Create(filepath.Join(o.Dir, "anvil.log"))
	if err != nil {
		return nil, err
	}
	n.anvil = exec.Command(anvil, args...)
	n.anvil.Stdout, n.anvil.Stderr = logf, logf
	n.anvil.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := n.anvil.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("localnet: starting anvil: %w", err)
	}
	n.anvilExited = make(chan struct{})
	go func() { _ = n.anvil.Wait(); logf.Close(); close(n.anvilExited) }()
	if err := n.connect(ctx); err != nil {
		n.Stop()
		return nil, err
	}
	n.logf("anvil listening on %s (block time %v)", n.RPC, o.BlockTime)
	deployer, err := n.NewAccount(ctx, "deployer")
	if err != nil {
		n.Stop()
		return nil, err
	}
	n.Record = filepath.Join(o.Dir, "deployments", fmt.Sprintf("%d.json", n.ChainID))
	out, err := n.Command(ctx, "deploy", "-rpc", n.RPC, "-key", deployer.HexKey(), "-out", filepath.Dir(n.Record))
	if err != nil {
		n.Stop()
		return nil, err
	}
	n.logf("%s", strings.TrimSpace(out))
	if n.Deployment, err = deployment.Load(n.Record); err != nil {
		n.Stop()
		return nil, err
	}
	return n, nil
}

func (n *Net) logf(format string, args ...any) {
	if n.opts.Log != nil {
		fmt.Fprintf(n.opts.Log, "• "+format+"\n", args...)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Foundry returns the path of Foundry's TOOL (forge, anvil, cast) as
// tools/foundry resolves it under root: the platform binary from the pinned
// npm package, never the npm launcher, which exits 0 whatever the tool
// returns. The error is tools/foundry's one line (not installed, or an
// unsupported platform).
func Foundry(root, tool string) (string, error) {
	out, err := exec.Command(filepath.Join(root, "tools", "foundry"), "--path", tool).Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) && len(exit.Stderr) > 0 {
			return "", fmt.Errorf("localnet: %s", strings.TrimSpace(string(exit.Stderr)))
		}
		return "", fmt.Errorf("localnet: resolving %s with tools/foundry: %w", tool, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// portFree fails with one clear line when something already listens on
// 127.0.0.1:port: Anvil would die there, and the chain that answered would
// be somebody else's.
func portFree(port int) error {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("localnet: 127.0.0.1:%d is already in use (another Anvil or server?); stop it or choose another port (0 picks a free one)", port)
	}
	return l.Close()
}

// connect waits for Anvil to answer, and fails at once when our Anvil
// ended (whatever else might answer on its port).
func (n *Net) connect(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := ethclient.DialContext(ctx, n.RPC)
		if err == nil {
			id, err2 := c.ChainID(ctx)
			if err2 == nil {
				if err := n.anvilAlive(); err != nil {
					c.Close()
					return err
				}
				n.client, n.ChainID = c, id.Uint64()
				return nil
			}
			c.Close()
			err = err2
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("localnet: anvil did not answer on %s: %w", n.RPC, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-n.anvilExited:
			return n.anvilAlive()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// anvilAlive returns an error naming the last line of anvil.log once the
// Anvil process has ended.
func (n *Net) anvilAlive() error {
	select {
	case <-n.anvilExited:
	default:
		return nil
	}
	last := "no output"
	if b, err := os.ReadFile(filepath.Join(n.opts.Dir, "anvil.log")); err == nil {
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if l := strings.TrimSpace(lines[len(lines)-1]); l != "" {
			last = l
		}
	}
	return fmt.Errorf("localnet: anvil exited before it served %s (anvil.log: %s)", n.RPC, last)
}

// Client returns a client of the chain.
func (n *Net) Client() *ethclient.Client { return n.client }

// NewAccount makes a fresh account and funds it with 1,000 ether through
// anvil_setBalance (no well-known development keys are used).
func (n *Net) NewAccount(ctx context.Context, name string) (*Account, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	a := &Account{Name: name, Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
	bal := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	if err := n.client.Client().CallContext(ctx, nil, "anvil_setBalance", a.Address, (*hexutil.Big)(bal)); err != nil {
		return nil, fmt.Errorf("localnet: funding %s: %w", name, err)
	}
	n.Accounts[name] = a
	return a, nil
}

// Dir returns the working directory.
func (n *Net) Dir() string { return n.opts.Dir }

// Env returns the environment of a role binary acting for acct, with its
// own data directory under the net's directory.
func (n *Net) Env(acct *Account, rpcURL string) []string {
	return append(os.Environ(),
		"RPC_URL="+rpcURL,
		"DEPLOYMENT="+n.Record,
		"ACCOUNT_KEY="+acct.HexKey(),
		"DATA_DIR="+filepath.Join(n.opts.Dir, "data", acct.Name),
		"POLL_INTERVAL=250ms",
		"LOG_LEVEL=debug",
	)
}

// Command runs a binary to completion and returns its standard output;
// its standard error is appended to the returned error on failure.
func (n *Net) Command(ctx context.Context, bin string, args ...string) (string, error) {
	return n.CommandEnv(ctx, nil, bin, args...)
}

// CommandEnv is Command with an environment.
func (n *Net) CommandEnv(ctx context.Context, env []string, bin string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(n.opts.Bin, bin), args...)
	cmd.Dir = n.opts.Dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		return stdout.String(), fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, tail(stderr.String(), 40))
	}
	return stdout.String(), nil
}

func tail(s string, lines int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > lines {
		l = l[len(l)-lines:]
	}
	return strings.Join(l, "\n")
}

// Proc is a long-running agent process.
type Proc struct {
	Name string
	Log  string // its stderr, where slog writes
	cmd  *exec.Cmd
	done chan error
}

// StartAgent starts `<role> run` for acct in the background; its logs go
// to <dir>/<name>.log.
func (n *Net) StartAgent(role session.Role, acct *Account, rpcURL string) (*Proc, error) {
	return n.StartAgentEnv(role, acct, rpcURL)
}

// Pid returns the process id.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// StartAgentEnv is StartAgent with extra environment entries (they win
// over n.Env's, e.g. "BATCH=true" or "LOG_LEVEL=info").
func (n *Net) StartAgentEnv(role session.Role, acct *Account, rpcURL string, extra ...string) (*Proc, error) {
	p := &Proc{Name: acct.Name, Log: filepath.Join(n.opts.Dir, acct.Name+".log"), done: make(chan error, 1)}
	f, err := os.OpenFile(p.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	p.cmd = exec.Command(filepath.Join(n.opts.Bin, role.String()), "run")
	p.cmd.Dir = n.opts.Dir
	p.cmd.Env = append(n.Env(acct, rpcURL), extra...)
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		f.Close()
		return nil, err
	}
	go func() { p.done <- p.cmd.Wait(); f.Close() }()
	n.mu.Lock()
	n.procs[acct.Name] = p
	n.mu.Unlock()
	n.logf("%s agent started (pid %d, account %s, log %s)", acct.Name, p.cmd.Process.Pid, acct.Address.Hex(), p.Log)
	return p, nil
}

// Stop ends the process with SIGTERM (SIGKILL after 10 s) and returns
// how it exited.
func (p *Proc) Stop() error {
	select {
	case err := <-p.done:
		p.done <- err
		return fmt.Errorf("%s had already exited: %v", p.Name, err)
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		p.done <- err
		return err
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		return fmt.Errorf("%s did not stop on SIGTERM", p.Name)
	}
}

// Kill ends the process with SIGKILL, as a crash would.
func (p *Proc) Kill() {
	_ = p.cmd.Process.Kill()
	err := <-p.done
	p.done <- err
}

// Grep returns the lines of the process's log that match re.
func (p *Proc) Grep(re *regexp.Regexp) []string { return GrepFile(p.Log, re) }

// GrepFile returns the lines of the file at path that match re (none if
// it cannot be read).
func GrepFile(path string, re *regexp.Regexp) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if re.MatchString(sc.Text()) {
			out = append(out, sc.Text())
		}
	}
	return out
}

// StopAgents stops every agent process started by StartAgent.
func (n *Net) StopAgents() {
	n.mu.Lock()
	procs := n.procs
	n.procs = map[string]*Proc{}
	n.mu.Unlock()
	for _, p := range procs {
		_ = p.Stop()
	}
}

// StopAgent stops the agent of the named account, if it runs.
func (n *Net) StopAgent(name string) error {
	n.mu.Lock()
	p := n.procs[name]
	delete(n.procs, name)
	n.mu.Unlock()
	if p == nil {
		return fmt.Errorf("localnet: no agent %s running", name)
	}
	return p.Stop()
}

// Stop stops every agent process and Anvil.
func (n *Net) Stop() {
	n.StopAgents()
	if n.client != nil {
		n.client.Close()
	}
	if n.anvil != nil && n.anvil.Process != nil {
		_ = syscall.Kill(-n.anvil.Process.Pid, syscall.SIGTERM)
	}
}
