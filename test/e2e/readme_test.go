package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// readmeSection is the README heading whose first ```sh block a newcomer
// pastes into a shell.
const readmeSection = "## Running the agents"

// TestReadmeRunningTheAgents runs the first shell block of the README's
// "Running the agents" section exactly as written, in a copy of the tree
// as a fresh clone has it (plus the installed tools), against a fresh
// Anvil: it must end with an answered inference the oracle judged valid.
// Only RPC_URL and ETH_RPC_URL (cast's) are set, to that Anvil.
func TestReadmeRunningTheAgents(t *testing.T) {
	n := start(t, time.Second)
	root, err := localnet.Root()
	if err != nil {
		t.Fatal(err)
	}
	script, err := readmeBlock(filepath.Join(root, "README.md"), readmeSection)
	if err != nil {
		t.Fatal(err)
	}
	clone := filepath.Join(t.TempDir(), "clone")
	if err := copyTree(root, clone); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	outPath := filepath.Join(t.TempDir(), "out.txt")
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	// -e: a command that fails stops the script, as a person would stop.
	cmd := exec.CommandContext(ctx, "bash", "-e", "-o", "pipefail", "-c", script)
	cmd.Dir = clone
	cmd.Env = append(cleanEnv(), "RPC_URL="+n.RPC, "ETH_RPC_URL="+n.RPC)
	// Everything the script starts, in the background too, is in one
	// process group that ends with the test.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	runErr := cmd.Wait()
	b, _ := os.ReadFile(outPath)
	t.Logf("the README's script printed:\n%s", b)
	if runErr != nil {
		for _, log := range []string{"miner.log", "oracle.log"} {
			if l, err := os.ReadFile(filepath.Join(clone, log)); err == nil {
				t.Logf("%s:\n%s", log, tail(string(l), 40))
			}
		}
		t.Fatalf("the README's %q script failed: %v", readmeSection, runErr)
	}
	for _, want := range []string{"established", "verdict VALID", "own check: the answer opens", "closed"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the script's output lacks %q", want)
		}
	}
	// The attestation is printed once, in the timeline's outcome line
	// (issue 16 item 12), not again by open's last line.
	if m := regexp.MustCompile(`outcome: ESTABLISHED, attestation ([0-9a-f]{64})`).FindSubmatch(b); m == nil {
		t.Error("the script's output has no established outcome with its attestation")
	} else if n := bytes.Count(b, m[1]); n != 1 {
		t.Errorf("the attestation %s is printed %d times", m[1], n)
	}
}

// readmeBlock returns the first ```sh block under the heading.
func readmeBlock(path, heading string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var block strings.Builder
	in, inBlock := false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case inBlock && strings.HasPrefix(line, "```"):
			return block.String(), nil
		case inBlock:
			block.WriteString(line + "\n")
		case line == heading:
			in = true
		case in && strings.HasPrefix(line, "## "):
			return "", fmt.Errorf("%s: no ```sh block under %q", path, heading)
		case in && line == "```sh":
			inBlock = true
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s: no complete ```sh block under %q", path, heading)
}

// copyTree copies what a clone of root would hold (the files git tracks
// or would track) to dir, and links the installed tools (node_modules) in.
func copyTree(root, dir string) error {
	ls := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	ls.Dir = root
	list, err := ls.Output()
	if err != nil {
		return fmt.Errorf("git ls-files: %w", err)
	}
	for _, name := range strings.Split(strings.TrimRight(string(list), "\x00"), "\x00") {
		if name == "node_modules" {
			continue
		}
		src, dst := filepath.Join(root, name), filepath.Join(dir, name)
		fi, err := os.Lstat(src)
		if errors.Is(err, os.ErrNotExist) {
			continue // deleted in the work tree
		}
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if fi.Mode()&os.ModeSymlink != 0 {
			target, err := os.Readlink(src)
			if err != nil {
				return err
			}
			if err := os.Symlink(target, dst); err != nil {
				return err
			}
			continue
		}
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, fi.Mode().Perm()); err != nil {
			return err
		}
	}
	modules, err := filepath.EvalSymlinks(filepath.Join(root, "node_modules"))
	if err != nil {
		return fmt.Errorf("the installed tools (make tools): %w", err)
	}
	return os.Symlink(modules, filepath.Join(dir, "node_modules"))
}

// cleanEnv is this process's environment without the settings the agents
// and deploy read, so that only what the README sets counts.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		bare := name
		for _, p := range []string{"USER_", "MINER_", "ORACLE_", "DEPLOYER_"} {
			bare = strings.TrimPrefix(bare, p)
		}
		switch bare {
		case "RPC_URL", "CONTRACT", "START_BLOCK", "DEPLOYMENT", "ACCOUNT_KEY", "ACCOUNT_KEYSTORE",
			"ACCOUNT_PASSWORD_FILE", "DATA_DIR", "LOG_LEVEL", "LOG_FORMAT", "POLL_INTERVAL", "BATCH", "KEY", "KEYSTORE", "PASSWORD_FILE", "DEPLOYMENTS_DIR":
			continue
		}
		if name == "ETH_RPC_URL" || strings.HasPrefix(name, "INFERENCE_") {
			continue
		}
		env = append(env, kv)
	}
	return env
}
