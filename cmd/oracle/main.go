// Command oracle is the oracle's agent of the SessionKeystore protocol. Run
// "oracle help" for its commands and configuration; agent/cli implements them.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/sessionkeystore/sessionkeystore/agent/cli"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, session.Oracle, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
