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
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

func main() {
	blockTime := flag.Duration("block-time", time.Second, "Anvil's block time")
	port := flag.Int("port", 8545, "Anvil's port on 127.0.0.1 (0: any free port)")
	keep := flag.Bool("keep", false, "leave Anvil running afterwards, until Ctrl-C, to check the sessions with cast")
	dir := flag.String("dir", "", "working directory for logs and data, kept afterwards (default: a new temporary directory, removed after a successful run)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root, err := localnet.Root()
	temporary := *dir == ""
	if err == nil && temporary {
		*dir, err = os.MkdirTemp("", "sessionkeystore-demo-")
	}
	if err == nil {
		err = localnet.Demo(ctx, os.Stdout, localnet.Options{Root: root, Bin: filepath.Join(*dir, "bin"), Dir: *dir, BlockTime: *blockTime, Port: *port}, *keep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		if entries, _ := os.ReadDir(*dir); temporary && len(entries) == 0 {
			os.Remove(*dir) // it failed before writing anything
		} else if *dir != "" {
			fmt.Fprintf(os.Stderr, "demo: logs and the agents' data (secret stores included) are kept in %s\n", *dir)
		}
		os.Exit(1)
	}
	// A successful run leaves nothing behind in a directory of its own
	// (the agents' secret stores included) unless asked to.
	if temporary {
		os.RemoveAll(*dir)
	}
}
