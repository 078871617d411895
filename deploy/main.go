// Command deploy deploys SessionKeystore to the chain at RPC_URL and records
// it in deployments/<chainId>.json. It never replaces an existing record
// unless -overwrite is given: with a record of the contract the chain has,
// it has nothing to do; with one the chain does not bear out (restarted),
// it says so.
//
// Configuration comes from flags, then the environment, then a .env file
// (-env, default ".env" if present). Like the agents, each variable is read
// with the prefix DEPLOYER_ first, then bare, so one .env serves deploy and
// the three agents:
//
//	RPC_URL                JSON-RPC endpoint (default http://127.0.0.1:8545)
//	ACCOUNT_KEYSTORE       go-ethereum keystore file, with
//	ACCOUNT_PASSWORD_FILE  the file holding its password, or
//	ACCOUNT_KEY            a hex private key (development chains only)
//	DEPLOYMENTS_DIR        where records go (default deployments)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/joho/godotenv"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	interrupted := ctx.Err() != nil // before stop, which cancels ctx
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2)
	case err != nil && interrupted:
		fmt.Fprintln(os.Stderr, "deploy: interrupted")
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, "deploy:", err)
		os.Exit(1)
	}
}

// errUsage marks a command line that did not parse (already reported).
var errUsage = errors.New("usage")

// env returns the variable DEPLOYER_name, else name, else def.
func env(name, def string) string {
	for _, n := range []string{"DEPLOYER_" + name, name} {
		if v, ok := os.LookupEnv(n); ok && v != "" {
			return v
		}
	}
	return def
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fl.SetOutput(stderr)
	envFile := fl.String("env", "", "dotenv file to read (default .env, if it exists; a file named here must exist)")
	rpcURL := fl.String("rpc", "", "JSON-RPC endpoint (env DEPLOYER_RPC_URL or RPC_URL; default http://127.0.0.1:8545)")
	key := fl.String("key", "", "hex private key of the account: development chains only (env DEPLOYER_ACCOUNT_KEY or ACCOUNT_KEY)")
	keystoreFile := fl.String("keystore", "", "go-ethereum keystore file of the account (env DEPLOYER_ACCOUNT_KEYSTORE or ACCOUNT_KEYSTORE)")
	passwordFile := fl.String("password-file", "", "file holding the keystore's password (env DEPLOYER_ACCOUNT_PASSWORD_FILE or ACCOUNT_PASSWORD_FILE)")
	dir := fl.String("out", "", "directory of the deployment records (env DEPLOYER_DEPLOYMENTS_DIR or DEPLOYMENTS_DIR; default deployments)")
	overwrite := fl.Bool("overwrite", false, "replace an existing record for this chain")
	timeout := fl.Duration("timeout", 2*time.Minute, "how long to wait for the deployment")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "usage: deploy [flags]\n\nDeploy SessionKeystore and record it in deployments/<chainId>.json.\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "deploy: unexpected arguments %q\n", fl.Args())
		return errUsage
	}
	if *envFile != "" {
		if err := godotenv.Load(*envFile); err != nil {
			return fmt.Errorf("reading the dotenv file %s: %w", *envFile, err)
		}
	} else if err := godotenv.Load(".env"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading the dotenv file .env: %w", err)
	}
	pick := func(flagVal, name, def string) string {
		if flagVal != "" {
			return flagVal
		}
		return env(name, def)
	}
	acct, err := account.Load(account.Source{
		HexKey:       pick(*key, "ACCOUNT_KEY", ""),
		KeystoreFile: pick(*keystoreFile, "ACCOUNT_KEYSTORE", ""),
		PasswordFile: pick(*passwordFile, "ACCOUNT_PASSWORD_FILE", ""),
	})
	if errors.Is(err, account.ErrNoKey) {
		return errors.New("no account to sign with: give -keystore FILE -password-file FILE (or ACCOUNT_KEYSTORE and ACCOUNT_PASSWORD_FILE), or for a development chain a hex private key with -key (or ACCOUNT_KEY); DEPLOYER_ before a variable's name sets it for deploy alone")
	}
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	url := pick(*rpcURL, "RPC_URL", "http://127.0.0.1:8545")
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", url, err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id from %s: %w", url, err)
	}
	path := deployment.Path(pick(*dir, "DEPLOYMENTS_DIR", "deployments"), chainID.Uint64())
	if !*overwrite {
		rec, ok, err := deployment.Existing(ctx, client, path)
		switch {
		case ok:
			// Deploying again would only strand the agents' data on the
			// old address: the README's steps may be run twice.
			fmt.Fprintf(stdout, "SessionKeystore is already deployed at %s on chain %d (block %d), as %s records; nothing to do (-overwrite deploys a new one)\n",
				rec.Address, rec.ChainID, rec.Block, path)
			return nil
		case errors.Is(err, deployment.ErrStale) && rec.Address == (common.Address{}):
			why := strings.TrimPrefix(err.Error(), deployment.ErrStale.Error()+": ")
			why = strings.TrimPrefix(strings.TrimPrefix(why, "deployment: "), path+": ")
			return fmt.Errorf("%s cannot be read (%s): pass -overwrite to deploy again and replace it", path, why)
		case errors.Is(err, deployment.ErrStale):
			return fmt.Errorf("%s records SessionKeystore at %s on chain %d, but chain %d has no such contract there (restarted?): pass -overwrite to deploy again and replace the record",
				path, rec.Address, rec.ChainID, chainID)
		case err != nil:
			return err
		}
	}
	if err := account.CheckFunds(ctx, client, chainID.Uint64(), acct.Address); err != nil {
		return err
	}
	opts := bind.NewKeyedTransactor(acct.Key, chainID)
	opts.Context = ctx
	rec, err := deployment.Deploy(ctx, client, opts)
	if err != nil {
		return err
	}
	if err := deployment.Save(path, rec, *overwrite); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "SessionKeystore deployed at %s on chain %d (tx %s, block %d); recorded in %s\n",
		rec.Address, rec.ChainID, rec.Transaction, rec.Block, path)
	return nil
}
