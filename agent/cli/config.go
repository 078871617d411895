package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/joho/godotenv"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// setting is one configuration value: a flag, and the environment
// variable that supplies it when the flag is not given. The variable is
// looked up first with the role's prefix (MINER_RPC_URL), then bare
// (RPC_URL), so one .env file can configure all three agents.
type setting struct {
	flag, env, def, usage string
	value                 string
}

// config is the configuration every command shares.
type config struct {
	role     session.Role
	settings []*setting
	envFile  string

	rpc, contract, deploymentFile, startBlock *setting
	hexKey, keystore, passwordFile, dataDir   *setting
	logLevel, logFormat, pollInterval         *setting
}

func newConfig(role session.Role) *config {
	c := &config{role: role}
	add := func(flag, env, def, usage string) *setting {
		s := &setting{flag: flag, env: env, def: def, usage: usage}
		c.settings = append(c.settings, s)
		return s
	}
	c.rpc = add("rpc", "RPC_URL", "http://127.0.0.1:8545", "JSON-RPC endpoint: ws:// or wss:// subscribes to logs, http(s):// polls")
	c.contract = add("contract", "CONTRACT", "", "SessionKeystore address (overrides the deployment record)")
	c.deploymentFile = add("deployment", "DEPLOYMENT", "", "deployment record to read the address from (default deployments/<chainId>.json)")
	c.startBlock = add("start-block", "START_BLOCK", "0", "block the log history begins at, with -contract (a record gives it)")
	c.hexKey = add("key", "ACCOUNT_KEY", "", "hex private key of the account: development chains only")
	c.keystore = add("keystore", "ACCOUNT_KEYSTORE", "", "go-ethereum keystore file of the account")
	c.passwordFile = add("password-file", "ACCOUNT_PASSWORD_FILE", "", "file holding the keystore's password")
	c.dataDir = add("data-dir", "DATA_DIR", "data/"+role.String(), "directory of the agent's secrets and chain cursor (one agent at a time)")
	c.logLevel = add("log-level", "LOG_LEVEL", "info", "debug, info, warn or error")
	c.logFormat = add("log-format", "LOG_FORMAT", "text", "text or json")
	c.pollInterval = add("poll-interval", "POLL_INTERVAL", "1s", "how often to poll an HTTP endpoint for new blocks")
	return c
}

// register adds the shared settings to a command's flag set.
func (c *config) register(fl *flag.FlagSet) {
	fl.StringVar(&c.envFile, "env", ".env", "dotenv file to read, if it exists (its values never override the environment)")
	for _, s := range c.settings {
		fl.StringVar(&s.value, s.flag, "", fmt.Sprintf("%s (env %s_%s or %s; default %q)", s.usage, strings.ToUpper(c.role.String()), s.env, s.env, s.def))
	}
}

// resolve fills every setting not given as a flag from the environment
// (after loading the dotenv file), then from its default.
func (c *config) resolve() error {
	if err := godotenv.Load(c.envFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", c.envFile, err)
	}
	prefix := strings.ToUpper(c.role.String()) + "_"
	for _, s := range c.settings {
		if s.value != "" {
			continue
		}
		if v, ok := os.LookupEnv(prefix + s.env); ok && v != "" {
			s.value = v
		} else if v, ok := os.LookupEnv(s.env); ok && v != "" {
			s.value = v
		} else {
			s.value = s.def
		}
	}
	return nil
}

// logger builds the slog logger the settings ask for, writing to stderr.
func (c *config) logger() (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel.value)); err != nil {
		return nil, fmt.Errorf("-log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.logFormat.value {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	}
	return nil, fmt.Errorf("-log-format %q: want text or json", c.logFormat.value)
}

// account loads the signing account.
func (c *config) account() (account.Account, error) {
	return account.Load(account.Source{HexKey: c.hexKey.value, KeystoreFile: c.keystore.value, PasswordFile: c.passwordFile.value})
}

func (c *config) poll() (time.Duration, error) {
	d, err := time.ParseDuration(c.pollInterval.value)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("-poll-interval %q: want a positive duration such as 1s", c.pollInterval.value)
	}
	return d, nil
}

// dial connects to the RPC endpoint and returns the client and chain id.
func (c *config) dial(ctx context.Context) (*ethclient.Client, uint64, error) {
	client, err := ethclient.DialContext(ctx, c.rpc.value)
	if err != nil {
		return nil, 0, fmt.Errorf("connecting to %s: %w", c.rpc.value, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("chain id from %s: %w", c.rpc.value, err)
	}
	return client, id.Uint64(), nil
}

// target finds the contract and the block its history starts at: an
// explicit address, or a deployment record whose code hash is checked
// against the chain.
func (c *config) target(ctx context.Context, client *ethclient.Client, chainID uint64) (common.Address, uint64, error) {
	if c.contract.value != "" {
		if !common.IsHexAddress(c.contract.value) {
			return common.Address{}, 0, fmt.Errorf("-contract %q is not an address", c.contract.value)
		}
		start, err := strconv.ParseUint(c.startBlock.value, 10, 64)
		if err != nil {
			return common.Address{}, 0, fmt.Errorf("-start-block %q: %w", c.startBlock.value, err)
		}
		return common.HexToAddress(c.contract.value), start, nil
	}
	path := c.deploymentFile.value
	if path == "" {
		path = deployment.Path("deployments", chainID)
	}
	rec, err := deployment.Load(path)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("no -contract given and no deployment record: %w", err)
	}
	if err := deployment.Verify(ctx, client, rec); err != nil {
		return common.Address{}, 0, fmt.Errorf("deployment record %s: %w", path, err)
	}
	return rec.Address, rec.Block, nil
}
