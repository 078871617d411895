// Command demo is make demo: it builds the agents, starts Anvil on
// 127.0.0.1 with a 1 s block time, deploys SessionKeystore, starts the
// miner and oracle agents as processes, establishes a Method 1 session and
// two Method 2 sessions (coordinated by the user and by the miner, the
// latter on the hybrid suite) with the user binary, prints each session's
// timeline and attestations from the chain, runs one encrypted inference in
// each (printing the ciphertext sizes beside the decrypted answer) and
// closes it, stops everything, and exits 0 only if every session is
// Established with an inference judged valid.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the demo with its command line args (without the program name);
// it returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("demo", flag.ContinueOnError)
	fl.SetOutput(stderr)
	blockTime := fl.Duration("block-time", time.Second, "Anvil's block time")
	port := fl.Int("port", 8545, "Anvil's port on 127.0.0.1 (0: any free port)")
	keep := fl.Bool("keep", false, "leave Anvil running afterwards, until Ctrl-C, to check the sessions with cast")
	dir := fl.String("dir", "", "working directory for logs and data, kept afterwards (default: a new temporary directory, removed after a successful run)")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "demo: unexpected arguments %q\n", fl.Args())
		return 2
	}
	root, err := localnet.Root()
	temporary := *dir == ""
	if err == nil && temporary {
		*dir, err = os.MkdirTemp("", "sessionkeystore-demo-")
	}
	if err == nil {
		err = localnet.Demo(ctx, stdout, localnet.Options{Root: root, Bin: filepath.Join(*dir, "bin"), Dir: *dir, BlockTime: *blockTime, Port: *port}, *keep)
	}
	if err != nil {
		// A sentence for a person: the package prefix is for Go callers.
		fmt.Fprintln(stderr, "demo:", strings.TrimPrefix(err.Error(), "localnet: "))
		if entries, _ := os.ReadDir(*dir); temporary && len(entries) == 0 {
			os.Remove(*dir) // it failed before writing anything
		} else if *dir != "" {
			fmt.Fprintf(stderr, "demo: logs and the agents' data (secret stores included) are kept in %s\n", *dir)
		}
		return 1
	}
	// A successful run leaves nothing behind in a directory of its own
	// (the agents' secret stores included) unless asked to.
	if temporary {
		os.RemoveAll(*dir)
	}
	return 0
}
