// Package e2e runs the system as its users do: Anvil on 127.0.0.1, the
// deploy binary, and the user, miner and oracle binaries as separate
// processes. Outcomes are judged from on-chain events alone.
//
// The tests need Anvil from node_modules (make tools). Without it they
// skip, unless SESSIONKEYSTORE_E2E=require (set by make test), when they
// fail.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// parallel is how many tests of this package run at once unless go test
// is given -parallel: every test runs on a chain of its own and spends
// most of its time waiting for blocks, so all of them run together
// rather than GOMAXPROCS at a time (go test's default, 2 on a small
// machine).
const parallel = 16

// fastBlocks is the block time of the tests whose subject is not block
// timing: they wait for blocks, not for the clock, so shorter blocks only
// make them shorter. The fault tests that stop and restart mining keep
// 1 s blocks (Anvil's interval mining takes whole seconds), and so do
// the tests that mean to run as make demo does.
const fastBlocks = 500 * time.Millisecond

// TestMain runs the tests with the parallelism above, unless -parallel
// says otherwise, and removes the binaries they built (about 60 MB) when
// they end.
func TestMain(m *testing.M) {
	flag.Parse()
	explicit := false
	flag.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "test.parallel" })
	if !explicit {
		if err := flag.Set("test.parallel", fmt.Sprint(parallel)); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			os.Exit(2)
		}
	}
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// start builds the binaries (once per test binary) and starts a net of
// the test's own: its own Anvil on a free port, deployment, accounts and
// directory, so that tests run in parallel (see parallel).
func start(t *testing.T, blockTime time.Duration) *localnet.Net {
	t.Helper()
	root, err := localnet.Root()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := localnet.Foundry(root, "anvil"); err != nil {
		if os.Getenv("SESSIONKEYSTORE_E2E") == "require" {
			t.Fatal(err)
		}
		t.Skip("anvil is not installed (run make tools); skipping the end-to-end tests")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "sessionkeystore-e2e-bin-")
		if buildErr == nil {
			buildErr = localnet.Build(context.Background(), root, binDir)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	n, err := localnet.Start(context.Background(), localnet.Options{Root: root, Bin: binDir, Dir: dir, BlockTime: blockTime, Log: testWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		n.Stop()
		if t.Failed() {
			for _, name := range []string{"miner", "oracle"} {
				if b, err := os.ReadFile(filepath.Join(dir, name+".log")); err == nil {
					t.Logf("%s log (its last 60 lines above debug level):\n%s", name, tail(aboveDebug(string(b)), 60))
				}
			}
		}
	})
	return n
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// aboveDebug drops an agent log's debug lines, which would fill a
// failure's tail with the log source's "delivered" lines.
func aboveDebug(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, " level=DEBUG ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func tail(s string, n int) string {
	l := strings.Split(s, "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

// established asserts, from the chain's events alone, that the session is
// Established with three equal attestations.
func established(t *testing.T, n *localnet.Net, id session.ID) {
	t.Helper()
	tl, err := n.Timeline(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Phase != session.Established {
		t.Fatalf("session %v is %v on chain", id, tl.Phase)
	}
	for _, r := range session.Roles {
		if tl.Attested[r] != tl.Attestation {
			t.Fatalf("session %v: %v attested %x, established with %x", id, r, tl.Attested[r], tl.Attestation)
		}
	}
}

// TestBothMethodsBothSuites runs every kind of session at once, each user a
// process of its own, at a 1 s block time.
func TestBothMethodsBothSuites(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	flows := []localnet.Flow{
		{Method: session.Combined, Suite: session.X25519},
		{Method: session.Coordinator, Coordinator: session.User, Suite: session.Hybrid},
		{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.X25519},
		{Method: session.Coordinator, Coordinator: session.Oracle, Suite: session.Hybrid},
	}
	var users []string
	for i := range flows {
		users = append(users, fmt.Sprintf("user%d", i))
	}
	if err := n.Setup(ctx, users...); err != nil {
		t.Fatal(err)
	}
	ids := make([]session.ID, len(flows))
	errs := make([]error, len(flows))
	outs := make([]string, len(flows))
	var wg sync.WaitGroup
	for i, f := range flows {
		wg.Go(func() { ids[i], outs[i], errs[i] = n.Open(ctx, users[i], f) })
	}
	wg.Wait()
	for i, f := range flows {
		t.Run(f.String(), func(t *testing.T) {
			if errs[i] != nil {
				t.Fatalf("%v\n%s", errs[i], outs[i])
			}
			if !strings.Contains(outs[i], "outcome: ESTABLISHED") {
				t.Errorf("user open printed no established outcome:\n%s", outs[i])
			}
			established(t, n, ids[i])
		})
	}
	// One encrypted inference in each session, every user at once, each
	// `user ask` a process that restores the session key from its store.
	asked := make([]string, len(flows))
	for i := range flows {
		if errs[i] == nil {
			wg.Go(func() {
				asked[i], errs[i] = n.Ask(ctx, users[i], ids[i], fmt.Sprintf("question %d for %v", i, flows[i]))
			})
		}
	}
	wg.Wait()
	for i, f := range flows {
		t.Run(f.String()+"/inference", func(t *testing.T) {
			if errs[i] != nil {
				t.Fatalf("%v\n%s", errs[i], asked[i])
			}
			if !strings.Contains(asked[i], "verdict VALID") || !strings.Contains(asked[i], "reversed:") {
				t.Fatalf("user ask printed:\n%s", asked[i])
			}
			tl, err := n.Timeline(ctx, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if len(tl.Inferences) != 1 || !tl.Inferences[0].Valid {
				t.Fatalf("on chain: %+v", tl.Inferences)
			}
			if found, _, err := n.Plaintext(ctx, ids[i], fmt.Sprintf("question %d", i)); err != nil || found != 0 {
				t.Fatalf("prompt on chain in %d logs (%v)", found, err)
			}
			// `miner close` beside the running miner agent refuses clearly
			// (one agent per data directory); the user closes, and every
			// agent deletes the key.
			if out, err := n.Close(ctx, "miner", "miner", ids[i]); err == nil || !strings.Contains(err.Error(), "in use") {
				t.Fatalf("close beside a running miner agent: %v\n%s", err, out)
			}
			if out, err := n.Close(ctx, "user", users[i], ids[i]); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			tl, err = n.Timeline(ctx, ids[i])
			if err != nil || tl.Phase != session.Closed {
				t.Fatalf("after close: %v, %v", tl.Phase, err)
			}
			if out, err := n.Ask(ctx, users[i], ids[i], "after close"); err == nil || !strings.Contains(err.Error(), "closed") {
				t.Fatalf("ask after close: %v\n%s", err, out)
			}
		})
	}
}

// TestOperatorCommands covers what an operator does beside run: status from
// another role's binary, key rotation and revocation, one agent per data
// directory, and a deployment record never overwritten.
func TestOperatorCommands(t *testing.T) {
	t.Parallel()
	n := start(t, 0) // automine
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil {
		t.Fatal(err)
	}
	user, miner, oracle := n.Accounts["user"], n.Accounts["miner"], n.Accounts["oracle"]
	run := func(acct *localnet.Account, role string, args ...string) (string, error) {
		return n.CommandEnv(ctx, n.Env(acct, n.RPC), role, args...)
	}

	// One agent per data directory: a second process is refused.
	if out, err := run(miner, "miner", "run"); err == nil || !strings.Contains(err.Error(), "already running") {
		t.Fatalf("second miner on one data directory: %v\n%s", err, out)
	}

	f := localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.Hybrid}
	id, out, err := n.Open(ctx, "user", f)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	established(t, n, id)

	// status from another role's binary, with no account configured.
	env := append(os.Environ(), "RPC_URL="+n.RPC, "DEPLOYMENT="+n.Record)
	out, err = n.CommandEnv(ctx, env, "miner", "status", id.String())
	if err != nil || !strings.Contains(out, "ESTABLISHED") || !strings.Contains(out, "KeyWrapped(oracle)") {
		t.Fatalf("status: %v\n%s", err, out)
	}
	if _, err := n.CommandEnv(ctx, env, "miner", "status", "0x1234"); err == nil {
		t.Fatal("status accepted a malformed session id")
	}

	// The oracle rotates its hybrid key while stopped: version 2 is the
	// registered key users read, and the next session establishes (on
	// the oracle's one-time keys, which the rotation leaves alone).
	if err := n.StopAgent("oracle"); err != nil {
		t.Fatal(err)
	}
	if out, err := run(oracle, "oracle", "keys", "rotate", "-suite", "hybrid"); err != nil || !strings.Contains(out, "hybrid key version 2 registered") {
		t.Fatalf("keys rotate: %v\n%s", err, out)
	}
	if out, err := run(oracle, "oracle", "keys", "register"); err != nil || !strings.Contains(out, "version 2 already registered") {
		t.Fatalf("keys register after rotate: %v\n%s", err, out)
	}
	if _, err := n.StartAgent(session.Oracle, oracle, n.WS); err != nil {
		t.Fatal(err)
	}
	id, out, err = n.Open(ctx, "user", f)
	if err != nil {
		t.Fatalf("after rotation: %v\n%s", err, out)
	}
	established(t, n, id)
	if out, err := run(user, "user", "keys", "show", "-suite", "hybrid", oracle.Address.Hex()); err != nil || !strings.Contains(out, "version 2") {
		t.Errorf("keys show after the rotation: %v\n%s", err, out)
	}

	// The miner revokes its x25519 key: a session naming it is refused
	// before anything is sent, with a clear error.
	if err := n.StopAgent("miner"); err != nil {
		t.Fatal(err)
	}
	if out, err := run(miner, "miner", "keys", "revoke", "-suite", "x25519"); err != nil {
		t.Fatalf("keys revoke: %v\n%s", err, out)
	}
	if out, err := run(user, "user", "keys", "show", "-suite", "x25519", miner.Address.Hex()); err != nil || !strings.Contains(out, "revoked") {
		t.Fatalf("keys show of a revoked key: %v\n%s", err, out)
	}
	_, out, err = n.Open(ctx, "user", localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519})
	if err == nil || !strings.Contains(err.Error(), "no active x25519 key") {
		t.Fatalf("open naming a revoked key: %v\n%s", err, out)
	}

	// Bad input gets a usage error, not a crash.
	if _, err := run(user, "user", "open", "-miner", "nope", "-oracle", oracle.Address.Hex()); err == nil || !strings.Contains(err.Error(), "exit status 2") {
		t.Fatalf("open with a malformed address: %v", err)
	}

	// The deployment record is never replaced silently: deploying again
	// over the record of the live contract has nothing to do (so the
	// README's steps may run twice); over a stale record it refuses and
	// names -overwrite.
	before, err := os.ReadFile(n.Record)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := n.Command(ctx, "deploy", "-rpc", n.RPC, "-key", n.Accounts["deployer"].HexKey(), "-out", filepath.Dir(n.Record)); err != nil || !strings.Contains(out, "already deployed") {
		t.Fatalf("second deploy over the record: %v\n%s", err, out)
	}
	if after, err := os.ReadFile(n.Record); err != nil || string(after) != string(before) {
		t.Fatalf("the second deploy changed the record: %v\n%s", err, after)
	}
	stale := filepath.Join(t.TempDir(), filepath.Base(n.Record))
	if err := os.WriteFile(stale, []byte(strings.Replace(string(before), strings.ToLower(n.Deployment.Address.Hex()[2:]), strings.Repeat("0", 39)+"1", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Command(ctx, "deploy", "-rpc", n.RPC, "-key", n.Accounts["deployer"].HexKey(), "-out", filepath.Dir(stale)); err == nil || !strings.Contains(err.Error(), "-overwrite") {
		t.Fatalf("deploy over a stale record: %v", err)
	}
}
