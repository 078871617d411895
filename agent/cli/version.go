package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// versionFlags is the version command: what was built, from which commit,
// and which contract it deploys and speaks to.
func versionFlags(*flag.FlagSet) func(context.Context, *env, []string) error {
	return func(_ context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		info, _ := debug.ReadBuildInfo()
		return writeVersion(e.stdout, info)
	}
}

// writeVersion prints the module version, the commit (and whether the
// tree had changes) and the keccak256 of the contract's creation code in
// bindings/.
func writeVersion(w io.Writer, info *debug.BuildInfo) error {
	module, commit, when, modified := "(unknown)", "(unknown)", "", false
	if info != nil {
		module = info.Main.Path + " " + info.Main.Version
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				when = " of " + s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if modified {
		commit += " (with uncommitted changes)"
	}
	code := crypto.Keccak256Hash(common.FromHex(bindings.SessionKeystoreMetaData.Bin))
	_, err := fmt.Fprintf(w, "module   %s\ncommit   %s%s\ncontract SessionKeystore, creation code keccak256 %s\n", module, commit, when, code.Hex())
	return err
}
