package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/blame"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

func TestSettingsPrecedence(t *testing.T) {
	dir := t.TempDir()
	envFile := filepath.Join(dir, ".env")
	os.WriteFile(envFile, []byte("RPC_URL=http://from-dotenv\nDATA_DIR=/dotenv/data\nMINER_LOG_LEVEL=warn\nCONTRACT=0xdotenv\n"), 0o600)
	t.Setenv("CONTRACT", "0xbare")
	t.Setenv("MINER_CONTRACT", "0xprefixed")
	t.Setenv("ORACLE_CONTRACT", "0xoracle")
	c := newConfig(session.Miner)
	fl := flagSet(c, groupsAgent|groupBatch|groupModel)
	if err := fl.Parse([]string{"-env", envFile, "-data-dir", "/flag/data"}); err != nil {
		t.Fatal(err)
	}
	if err := c.resolve(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		c.dataDir.value:   "/flag/data",         // flag beats everything
		c.contract.value:  "0xprefixed",         // role-prefixed beats bare and .env
		c.rpc.value:       "http://from-dotenv", // .env fills what the environment lacks
		c.logLevel.value:  "warn",               // prefixed, from .env
		c.logFormat.value: "text",               // default
	} {
		if name != want {
			t.Errorf("got %q, want %q", name, want)
		}
	}
	os.Unsetenv("RPC_URL")
	os.Unsetenv("DATA_DIR")
	os.Unsetenv("MINER_LOG_LEVEL")
}

func TestCommandLineErrors(t *testing.T) {
	t.Chdir(t.TempDir()) // no .env here
	for _, tc := range []struct {
		role session.Role
		args []string
		code int
		want string
	}{
		{session.Miner, nil, ExitUsage, "commands:"},
		{session.Miner, []string{"help"}, ExitOK, "keys rotate"},
		{session.Miner, []string{"open"}, ExitUsage, "miner: open is a command of the user's binary"}, // only the user opens
		{session.User, []string{"frobnicate", "-h"}, ExitUsage, "user: unknown command \"frobnicate\"\n"},
		{session.User, []string{"keys", "-h"}, ExitOK, "usage: user keys register|rotate|revoke|show"},
		{session.Oracle, []string{"keys"}, ExitUsage, "oracle keys: want register, rotate, revoke or show"},
		{session.Oracle, []string{"keys", "list"}, ExitUsage, "oracle keys: unknown command \"list\"; want register, rotate, revoke or show"},
		{session.User, []string{"open", "-h"}, ExitOK, "-coordinator"},
		{session.User, []string{"open", "-miner", "nope"}, ExitUsage, "want an account address"},
		{session.User, []string{"open", "-miner", "0x0000000000000000000000000000000000000001", "-oracle", "0x0000000000000000000000000000000000000002", "-method", "combined", "-suite", "hybrid"}, ExitUsage, "x25519 suite only"},
		{session.User, []string{"open", "-miner", "0x0000000000000000000000000000000000000001", "-oracle", "0x0000000000000000000000000000000000000002", "-method", "third"}, ExitUsage, "user open: unknown method \"third\" (want combined or coordinator)\n"},
		{session.User, []string{"open", "-miner", "0x0000000000000000000000000000000000000001", "-oracle", "0x0000000000000000000000000000000000000002", "-phase-timeout", "1s"}, ExitUsage, "from 10s to 720h0m0s"},
		{session.Oracle, []string{"status"}, ExitUsage, "one SESSION_ID"},
		{session.Oracle, []string{"status", "0x12"}, ExitUsage, "session"},
		{session.Miner, []string{"verify"}, ExitUsage, "one SESSION_ID"},
		{session.User, []string{"verify", "0x12"}, ExitUsage, "session"},
		{session.User, []string{"help"}, ExitOK, "verify"},
		{session.Oracle, []string{"run", "-log-level", "loud"}, ExitUsage, "oracle run: -log-level \"loud\": want debug, info, warn or error\n"},
		{session.Oracle, []string{"run", "extra"}, ExitUsage, "unexpected arguments"},
		{session.Oracle, []string{"keys", "register", "-suite", "rsa"}, ExitUsage, "suite"},
		{session.Oracle, []string{"run", "-key", "00"}, ExitFailure, "not a valid secp256k1 private key"},
		{session.Oracle, []string{"run", "-key", "abc", "-keystore", "k.json"}, ExitFailure, "not both"},
		{session.Miner, []string{"run", "-model-backend", "gpu"}, ExitUsage, "-model-backend"},
		{session.Miner, []string{"run", "-batch=often"}, ExitUsage, "-batch"},
		{session.Miner, []string{"run", "-model-backend", "openai", "-model", "m"}, ExitUsage, "-model-backend openai:"},
		{session.Miner, []string{"run", "-model-backend", "openai", "-model-url", "http://127.0.0.1:1/v1"}, ExitUsage, "-model-backend openai:"},
		{session.Miner, []string{"run", "-model-backend", "openai", "-model-url", "http://127.0.0.1:1/v1", "-model", "m", "-model-timeout", "0s"}, ExitUsage, "-model-timeout"},
		{session.Oracle, []string{"run", "-model-backend", "openai", "-model-url", "http://127.0.0.1:1/v1", "-model", "m", "-model-deterministic=perhaps"}, ExitUsage, "-model-deterministic"},
		{session.User, []string{"open", "-model", "m"}, ExitUsage, "not defined"}, // model flags are run's
		{session.Miner, []string{"ask", "-session", "SID", "hi"}, ExitUsage, "miner: ask is a command of the user's binary"},
		{session.User, []string{"ask", "hello"}, ExitUsage, "-session"},
		{session.User, []string{"ask", "-session", "0x12", "hello"}, ExitUsage, "-session"},
		{session.User, []string{"ask", "-session", "SID", "-file", "p.txt", "hello"}, ExitUsage, "not both"},
		{session.User, []string{"ask", "-session", "SID"}, ExitUsage, "empty prompt"},
		{session.User, []string{"ask", "-session", "SID", "-file", "missing.txt"}, ExitFailure, "missing.txt"},
		{session.User, []string{"ask", "-session", "SID", "-max-tokens", "-1", "hi"}, ExitUsage, "max_tokens"},
		{session.Oracle, []string{"close"}, ExitUsage, "-session"},
		{session.User, []string{"answer", "-request", "0"}, ExitUsage, "-session"},
		{session.User, []string{"answer", "-session", "SID"}, ExitUsage, "-request"},
		{session.User, []string{"answer", "-session", "SID", "-request", "first"}, ExitUsage, "request number"},
		{session.Miner, []string{"answer", "-session", "SID", "-request", "0"}, ExitUsage, "miner: answer is a command of the user's binary"},
		{session.User, []string{"status", "SID", "-session", "SID"}, ExitUsage, "one SESSION_ID"},
		{session.Oracle, []string{"close", "-session", "SID", "extra"}, ExitUsage, "unexpected arguments"},
	} {
		for i, a := range tc.args {
			if a == "SID" {
				tc.args[i] = "0xabababababababababababababababababababababababababababababababab"
			}
		}
		var out, errOut bytes.Buffer
		code := Main(context.Background(), tc.role, tc.args, strings.NewReader(""), &out, &errOut)
		all := out.String() + errOut.String()
		if code != tc.code || !strings.Contains(all, tc.want) {
			t.Errorf("%v %q: exit %d, want %d with %q; output:\n%s", tc.role, tc.args, code, tc.code, tc.want, all)
		}
		if strings.Contains(all, "panic") {
			t.Errorf("%v %q panicked:\n%s", tc.role, tc.args, all)
		}
	}
}

func TestPromptText(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.txt")
	os.WriteFile(file, []byte("from a file\n"), 0o600)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("a"), maxPromptInput+1), 0o600)
	for _, tc := range []struct {
		file  string
		args  []string
		stdin string
		want  string
		err   string
	}{
		{args: []string{"two", "words"}, want: "two words"},
		{file: file, want: "from a file"},
		{stdin: "from stdin\r\n", want: "from stdin"},
		{file: "-", stdin: "dash", want: "dash"},
		{file: big, err: "longer than"},
		{stdin: "\n", err: "empty prompt"},
	} {
		got, err := promptText(tc.file, tc.args, strings.NewReader(tc.stdin))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%+v: %v", tc, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%+v: %q, %v", tc, got, err)
		}
	}
}

// TestEnvFileNamedMustExist: the default .env may be absent, but a file
// named with -env that does not exist is reported, not silently ignored.
func TestEnvFileNamedMustExist(t *testing.T) {
	t.Chdir(t.TempDir()) // no .env here
	c := newConfig(session.Miner)
	if err := flagSet(c, groupsAgent|groupBatch|groupModel).Parse(nil); err != nil {
		t.Fatal(err)
	}
	if err := c.resolve(); err != nil {
		t.Fatalf("no .env and no -env: %v", err)
	}
	c = newConfig(session.Miner)
	if err := flagSet(c, groupsAgent|groupBatch|groupModel).Parse([]string{"-env", "missing.env"}); err != nil {
		t.Fatal(err)
	}
	if err := c.resolve(); err == nil || !strings.Contains(err.Error(), "missing.env") {
		t.Fatalf("-env missing.env: %v, want an error naming the file", err)
	}
}

// TestNoContractAtAddress: an explicit -contract with no code on the chain
// (a typo, or a chain that was reset) is said in those words, not as an
// ABI decoding error later.
func TestNoContractAtAddress(t *testing.T) {
	c := simchain.New(t)
	cfg := newConfig(session.User)
	cfg.contract.value = "0x000000000000000000000000000000000000dEaD"
	cfg.startBlock.value = "0"
	_, _, err := cfg.target(context.Background(), c.Client, c.ChainID)
	if err == nil || !strings.Contains(err.Error(), "no contract at 0x000000000000000000000000000000000000dEaD on chain") {
		t.Fatalf("target: %v", err)
	}
	cfg.contract.value = c.Address.Hex()
	if addr, _, err := cfg.target(context.Background(), c.Client, c.ChainID); err != nil || addr != c.Address {
		t.Fatalf("target of the deployed contract: %v, %v", addr, err)
	}
}

// TestVerifyPendingExitsDistinctly: a failed Method 1 session whose
// disclosures are not all in and where no lie is proven yet is reported
// as pending, naming whose disclosure and since which block, and verify
// exits with ExitPending (issue 17 point 10).
func TestVerifyPendingExitsDistinctly(t *testing.T) {
	ev := &blame.Evidence{
		Params: session.Params{Method: session.Combined, Suite: session.X25519},
		Phase:  session.Failed, Fault: session.FaultOther, Accused: session.Miner.Bit(), Reporter: session.Oracle,
		FailedBlock: 17, Committed: session.AllRoles,
	}
	var out bytes.Buffer
	err := writeBlame(&out, ev)
	if !errors.Is(err, errPending) {
		t.Fatalf("writeBlame: %v, want errPending\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "waiting for the disclosure of user+miner+oracle") || !strings.Contains(out.String(), "since block 17") {
		t.Fatalf("report:\n%s", out.String())
	}
	if ExitPending == ExitOK || ExitPending == ExitFailure || ExitPending == ExitUsage {
		t.Fatal("ExitPending is not distinct")
	}
	ev.Disclosed = session.AllRoles
	out.Reset()
	if err := writeBlame(&out, ev); err != nil {
		t.Fatalf("all disclosed: %v\n%s", err, out.String())
	}
}

// TestNoAccountNamesItsSources: with no account configured, the error
// names the flags and the role's variables that give one.
func TestNoAccountNamesItsSources(t *testing.T) {
	t.Chdir(t.TempDir()) // no .env here
	var out, errOut bytes.Buffer
	// -v too: run takes it as every command does (more logging).
	code := Main(context.Background(), session.Miner, []string{"run", "-v", "-rpc", "http://127.0.0.1:1"}, strings.NewReader(""), &out, &errOut)
	for _, want := range []string{"-key", "MINER_ACCOUNT_KEY", "-keystore", "MINER_ACCOUNT_KEYSTORE", "-password-file"} {
		if code != ExitFailure || !strings.Contains(errOut.String(), want) {
			t.Errorf("exit %d, want %d and %q in:\n%s", code, ExitFailure, want, errOut.String())
		}
	}
}

// TestUnfundedAccountIsRefused: an account with no ether is refused in
// those words before it sends anything, not with "out of gas" later.
func TestUnfundedAccountIsRefused(t *testing.T) {
	c := simchain.New(t)
	k, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(k.PublicKey)
	err := account.CheckFunds(context.Background(), c.Client, c.ChainID, addr)
	if !errors.Is(err, account.ErrNoFunds) || !strings.Contains(err.Error(), "account "+addr.Hex()+" has no funds on chain") {
		t.Fatalf("CheckFunds of an empty account: %v", err)
	}
	if err := account.CheckFunds(context.Background(), c.Client, c.ChainID, c.Opts(session.User).From); err != nil {
		t.Fatalf("CheckFunds of a funded account: %v", err)
	}
}

// TestInterruptedExits130: a command stopped by SIGINT (its context
// cancelled) says it was interrupted and exits 130, not "context
// canceled" and 1.
func TestInterruptedExits130(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := Main(ctx, session.User, []string{"open", "-miner", "0x0000000000000000000000000000000000000001", "-oracle", "0x0000000000000000000000000000000000000002",
		"-key", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "-rpc", "http://127.0.0.1:1"}, strings.NewReader(""), &out, &errOut)
	if code != ExitInterrupted || strings.TrimSpace(errOut.String()) != "user open: interrupted" {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitInterrupted, errOut.String())
	}
}

// TestTypedFlags: the settings that are not text are typed flags: a
// boolean stands alone and does not eat the next flag, a duration or a
// number is checked as it is parsed; flags may follow the positional
// arguments.
func TestTypedFlags(t *testing.T) {
	t.Chdir(t.TempDir())
	c := newConfig(session.Miner)
	fl := flagSet(c, groupsAgent|groupBatch|groupModel)
	args, err := parseInterleaved(fl, []string{"-batch", "-rpc", "http://x", "-model-deterministic"})
	if err != nil || len(args) != 0 || c.batch.value != "true" || c.rpc.value != "http://x" || c.modelDeterministic.value != "true" {
		t.Fatalf("-batch -rpc X: args %q, err %v, batch %q, rpc %q", args, err, c.batch.value, c.rpc.value)
	}
	for _, bad := range [][]string{{"-poll-interval", "fast"}, {"-poll-interval", "0s"}, {"-start-block", "-1"}, {"-model-timeout", "soon"}} {
		c := newConfig(session.Miner)
		fl := flagSet(c, groupsAgent|groupBatch|groupModel)
		fl.SetOutput(new(bytes.Buffer))
		if _, err := parseInterleaved(fl, bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	c = newConfig(session.User)
	fl = flagSet(c, groupChain|groupLog)
	args, err = parseInterleaved(fl, []string{"0xab", "-rpc", "http://y"})
	if err != nil || len(args) != 1 || args[0] != "0xab" || c.rpc.value != "http://y" {
		t.Fatalf("status 0xab -rpc Y: %q, %v, rpc %q", args, err, c.rpc.value)
	}
	args, err = parseInterleaved(fl, []string{"--", "-not-a-flag"})
	if err != nil || len(args) != 1 || args[0] != "-not-a-flag" {
		t.Fatalf("-- -not-a-flag: %q, %v", args, err)
	}
	t.Setenv("BATCH", "often")
	c = newConfig(session.Miner)
	flagSet(c, groupsAgent|groupBatch)
	if err := c.resolve(); err == nil || !strings.Contains(err.Error(), "BATCH") {
		t.Fatalf("BATCH=often: %v", err)
	}
}

// TestHelp: a command's own flags come first, then the common ones; only
// the flags that apply are shown; no empty defaults.
func TestHelp(t *testing.T) {
	t.Chdir(t.TempDir())
	help := func(role session.Role, args ...string) string {
		var out, errOut bytes.Buffer
		if code := Main(context.Background(), role, append(args, "-h"), strings.NewReader(""), &out, &errOut); code != ExitOK {
			t.Fatalf("%v %q -h: exit %d", role, args, code)
		}
		return errOut.String()
	}
	open := help(session.User, "open")
	if i, j := strings.Index(open, "-miner"), strings.Index(open, "-rpc"); i < 0 || j < 0 || i > j {
		t.Errorf("open -h: own flags not first:\n%s", open)
	}
	if strings.Contains(open, `default ""`) {
		t.Errorf("open -h shows an empty default:\n%s", open)
	}
	for _, cmd := range []string{"status", "verify"} {
		h := help(session.Oracle, cmd)
		if strings.Contains(h, "-key") || strings.Contains(h, "-data-dir") || !strings.Contains(h, "-rpc") {
			t.Errorf("%s -h lists flags that do not apply:\n%s", cmd, h)
		}
	}
	// One-shot commands are quiet unless -v; run logs what it does.
	if h := help(session.User, "ask"); !strings.Contains(h, "default warn") || !strings.Contains(h, "  -v\n") {
		t.Errorf("ask -h: not quiet by default, or no -v:\n%s", h)
	}
	if h := help(session.User, "run"); strings.Contains(h, "-model") || !strings.Contains(h, "default info") {
		t.Errorf("user run -h lists model flags:\n%s", h)
	}
	if h := help(session.Miner, "run"); !strings.Contains(h, "-model-timeout duration") || !strings.Contains(h, "-batch\n") {
		t.Errorf("miner run -h:\n%s", h)
	}
	// The environment list names what each binary reads, and only that:
	// the user's serve reads SESSIONKEYSTORE_API_KEY; it has no
	// -rotate-every (no registered keys to rotate in run).
	var out, errOut bytes.Buffer
	Main(context.Background(), session.User, []string{"-h"}, strings.NewReader(""), &out, &errOut)
	if h := out.String(); !strings.Contains(h, "SESSIONKEYSTORE_API_KEY") || strings.Contains(h, "ROTATE_EVERY") {
		t.Errorf("user -h's environment list:\n%s", h)
	}
	out.Reset()
	Main(context.Background(), session.Miner, []string{"-h"}, strings.NewReader(""), &out, &errOut)
	if h := out.String(); strings.Contains(h, "SESSIONKEYSTORE_API_KEY") || !strings.Contains(h, "ROTATE_EVERY") {
		t.Errorf("miner -h's environment list:\n%s", h)
	}
}

// TestKeysShowAddressNeedsNoKey: the registry record of a given account is
// read with no account configured; version prints what was built.
func TestKeysShowAddressNeedsNoKey(t *testing.T) {
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	code := Main(context.Background(), session.Oracle, []string{"keys", "show", "0x0000000000000000000000000000000000000001", "-rpc", "http://127.0.0.1:1"}, strings.NewReader(""), &out, &errOut)
	if code != ExitFailure || strings.Contains(errOut.String(), "no account") || !strings.Contains(errOut.String(), "from http://127.0.0.1:1 (is the node running?)") {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut.String())
	}
	out.Reset()
	if code := Main(context.Background(), session.User, []string{"version"}, strings.NewReader(""), &out, &errOut); code != ExitOK ||
		!strings.Contains(out.String(), "github.com/sessionkeystore/sessionkeystore") || !strings.Contains(out.String(), "creation code keccak256 0x") {
		t.Fatalf("version: exit %d\n%s", code, out.String())
	}
}

// TestBlameLine: status adds blame's verdict only when it names someone
// other than the contract's culprits.
func TestBlameLine(t *testing.T) {
	r := &blame.Report{Liars: session.User.Bit()}
	if got := blameLine(r, session.Oracle.Bit()); !strings.Contains(got, "user proven to have lied") || !strings.Contains(got, "culprits oracle differ") {
		t.Fatalf("differing verdict: %q", got)
	}
	if got := blameLine(r, session.User.Bit()); got != "" {
		t.Fatalf("same verdict: %q", got)
	}
	if got := blameLine(&blame.Report{}, session.Oracle.Bit()); got != "" {
		t.Fatalf("nobody proven: %q", got)
	}
}

// TestUnknownSessionIsOneSentence: status and verify of an id no session
// has say the same plain sentence, naming the contract and the chain, not
// a decoder's "no SessionOpened among the events" (issue 16 item 3).
func TestUnknownSessionIsOneSentence(t *testing.T) {
	c := simchain.New(t)
	id := session.ID{0x11}
	for name, report := range map[string]chainReport{"status": render, "verify": verify} {
		var out bytes.Buffer
		err := reportOn(context.Background(), &out, c.Client, c.ChainID, c.Address, c.DeployBlock, id, report)
		want := fmt.Sprintf("no session %v at contract %s on chain %d", id, c.Address.Hex(), c.ChainID)
		if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "SessionOpened") {
			t.Errorf("%s of an unknown session: %v, want %q…", name, err, want)
		}
	}
}

// TestKeysRevokeWithNothingToRevoke: like keys register, keys revoke is
// safe to run again: a suite with no active key has nothing to revoke,
// said so, instead of a transaction the contract reverts (issue 16: a
// newcomer's commands do not end in a custom error for a no-op).
func TestKeysRevokeWithNothingToRevoke(t *testing.T) {
	c := simchain.New(t)
	a, err := agent.New(context.Background(), agent.Config{
		Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(),
	}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var out bytes.Buffer
	e := &env{cfg: newConfig(session.User), stdout: &out}
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		if err := keysRevoke(context.Background(), e, a, s, nil); err != nil {
			t.Fatalf("revoking the %v key that is not there: %v", s, err)
		}
	}
	if want := "x25519 key: none active; nothing to revoke\nhybrid key: none active; nothing to revoke\n"; out.String() != want {
		t.Fatalf("keys revoke printed %q, want %q", out.String(), want)
	}
}

// TestWaitPhase: `user open` prints the timeline only once the chain shows
// the outcome its agent reported (a reorganisation may have taken the
// establishing block back meanwhile), and gives up when its time is up.
func TestWaitPhase(t *testing.T) {
	seq := []session.Phase{session.Attesting, session.PhaseNone, session.Attesting, session.Established}
	reads := 0
	phaseOf := func(context.Context) (session.Phase, error) {
		p := seq[min(reads, len(seq)-1)]
		reads++
		if p == session.PhaseNone {
			return 0, errors.New("node reorganising")
		}
		return p, nil
	}
	if err := waitPhase(context.Background(), time.Millisecond, phaseOf); err != nil || reads != len(seq) {
		t.Fatalf("waitPhase: %v after %d reads, want nil after %d", err, reads, len(seq))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := waitPhase(ctx, time.Millisecond, func(context.Context) (session.Phase, error) { return session.Attesting, nil }); !errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "last read") {
		t.Fatalf("waitPhase on a session that stays attesting: %v", err)
	}
	// A node that refuses every read: the error says why, not only that
	// time ran out.
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	refused := errors.New("query exceeds max block range 8")
	err := waitPhase(ctx, time.Millisecond, func(context.Context) (session.Phase, error) { return 0, refused })
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, refused) {
		t.Fatalf("waitPhase on a node that refuses every read: %v, want the deadline and the refusal", err)
	}
}
