// Command deploy deploys SessionKeystore to the chain at RPC_URL and records
// it in deployments/<chainId>.json. It never replaces an existing record
// unless -overwrite is given.
//
// Configuration comes from flags, then the environment, then a .env file
// (-env, default ".env" if present):
//
//	RPC_URL            JSON-RPC endpoint (default http://127.0.0.1:8545)
//	DEPLOYER_KEY       hex private key (development chains only), or
//	DEPLOYER_KEYSTORE  go-ethereum keystore file, with
//	DEPLOYER_PASSWORD_FILE
//	DEPLOYMENTS_DIR    where records go (default deployments)
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
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/joho/godotenv"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "deploy:", err)
		os.Exit(1)
	}
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fl.SetOutput(stderr)
	envFile := fl.String("env", ".env", "dotenv file to read (ignored if absent)")
	rpcURL := fl.String("rpc", "", "JSON-RPC URL (env RPC_URL, default http://127.0.0.1:8545)")
	key := fl.String("key", "", "hex private key, development chains only (env DEPLOYER_KEY)")
	keystoreFile := fl.String("keystore", "", "keystore file (env DEPLOYER_KEYSTORE)")
	passwordFile := fl.String("password-file", "", "keystore password file (env DEPLOYER_PASSWORD_FILE)")
	dir := fl.String("out", "", "deployments directory (env DEPLOYMENTS_DIR, default deployments)")
	overwrite := fl.Bool("overwrite", false, "replace an existing record for this chain")
	timeout := fl.Duration("timeout", 2*time.Minute, "how long to wait for the deployment")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := godotenv.Load(*envFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", *envFile, err)
	}
	pick := func(flagVal, name, def string) string {
		if flagVal != "" {
			return flagVal
		}
		return env(name, def)
	}
	acct, err := account.Load(account.Source{
		HexKey:       pick(*key, "DEPLOYER_KEY", ""),
		KeystoreFile: pick(*keystoreFile, "DEPLOYER_KEYSTORE", ""),
		PasswordFile: pick(*passwordFile, "DEPLOYER_PASSWORD_FILE", ""),
	})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, pick(*rpcURL, "RPC_URL", "http://127.0.0.1:8545"))
	if err != nil {
		return err
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	path := deployment.Path(pick(*dir, "DEPLOYMENTS_DIR", "deployments"), chainID.Uint64())
	if !*overwrite {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%w: %s (pass -overwrite to replace it)", deployment.ErrExists, path)
		}
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
