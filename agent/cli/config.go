package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/joho/godotenv"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/inference/openai"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// setting is one configuration value: a flag, and the environment
// variable that supplies it when the flag is not given. The variable is
// looked up first with the role's prefix (MINER_RPC_URL), then bare
// (RPC_URL), so one .env file can configure all three agents.
type setting struct {
	flag, env, def, usage string
	value                 string
	kind                  kind
	group                 group
}

// kind is the type of a setting's value, checked when the flag or the
// variable is read.
type kind uint8

const (
	text kind = iota
	boolean
	unsigned
	duration
)

// check reports whether v is a value of kind k; name is the flag or the
// variable it came from.
func (k kind) check(name, v string) error {
	if name != "" {
		name += " " + strconv.Quote(v) + ": "
	}
	var err error
	switch k {
	case boolean:
		_, err = strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("%swant true or false", name)
		}
	case unsigned:
		_, err = strconv.ParseUint(v, 10, 64)
		if err != nil {
			return fmt.Errorf("%swant a whole number such as 0", name)
		}
	case duration:
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("%swant a positive duration such as 1s or 2m", name)
		}
	}
	return nil
}

// String names the kind as flag help does: "" for a boolean, which
// stands alone.
func (k kind) String() string {
	return [...]string{text: "string", boolean: "", unsigned: "uint", duration: "duration"}[k]
}

// group is a set of settings a command takes or not.
type group uint16

const (
	groupChain   group = 1 << iota // rpc, contract, deployment, start-block, poll-interval
	groupAccount                   // key, keystore, password-file
	groupData                      // data-dir
	groupLog                       // log-level, log-format
	groupBatch                     // batch: run only
	groupModel                     // the model: the miner's and the oracle's run only
	groupAccept                    // the acceptance policy: the miner's and the oracle's run only
	groupKeys                      // key rotation: the miner's and the oracle's run only
	groupMetrics                   // metrics: run only
	groupListen                    // the stream endpoint: the miner's and the oracle's run
)

// settingFlag is a setting as a flag.Value: the value is checked against
// its kind as it is parsed, and a boolean one may stand alone (-batch).
type settingFlag struct{ s *setting }

func (f settingFlag) String() string {
	if f.s == nil {
		return ""
	}
	return f.s.value
}

func (f settingFlag) Set(v string) error {
	if err := f.s.kind.check("", v); err != nil {
		return err
	}
	f.s.value = v
	return nil
}

// IsBoolFlag lets a boolean setting be given as -flag alone.
func (f settingFlag) IsBoolFlag() bool { return f.s != nil && f.s.kind == boolean }

// config is the configuration every command shares.
type config struct {
	role     session.Role
	settings []*setting
	envFile  string
	envGiven bool // -env was given: the file must exist

	rpc, contract, deploymentFile, startBlock *setting
	hexKey, keystore, passwordFile, dataDir   *setting
	logLevel, logFormat, pollInterval         *setting

	// The model a miner answers with and an oracle re-runs on.
	modelBackend, modelURL, modelName, modelKeyFile *setting
	modelTimeout, modelDeterministic                *setting
	batch                                           *setting
	metricsAddr                                     *setting
	// The miner's stream endpoint (PROTOCOL.md §13.8).
	listen, publicURL *setting
	// The miner's and oracle's acceptance policy (agent.AcceptPolicy).
	acceptUsers, minPhaseTimeout, maxPhaseTimeout *setting
	// How often the miner's and the oracle's registered keys rotate.
	rotateEvery *setting
	// The miner's and oracle's one-time key pool (agent.Config.OneTimeBatch).
	oneTimeBatch, oneTimeLowWater *setting
	// The same for the pool of one-time hybrid keys.
	hybridOneTimeBatch, hybridOneTimeLowWater *setting
	// given holds the settings a command takes.
	given group
}

func newConfig(role session.Role) *config {
	c := &config{role: role}
	add := func(g group, k kind, flag, env, def, usage string) *setting {
		s := &setting{flag: flag, env: env, def: def, usage: usage, kind: k, group: g}
		c.settings = append(c.settings, s)
		return s
	}
	c.rpc = add(groupChain, text, "rpc", "RPC_URL", "http://127.0.0.1:8545", "JSON-RPC endpoint: ws:// or wss:// subscribes to logs, http(s):// polls")
	c.contract = add(groupChain, text, "contract", "CONTRACT", "", "SessionKeystore address (overrides the deployment record)")
	c.deploymentFile = add(groupChain, text, "deployment", "DEPLOYMENT", "deployments/<chainId>.json", "deployment record to read the address from")
	c.startBlock = add(groupChain, unsigned, "start-block", "START_BLOCK", "0", "block the log history begins at, with -contract (a record gives it)")
	c.pollInterval = add(groupChain, duration, "poll-interval", "POLL_INTERVAL", "1s", "how often to poll an HTTP endpoint for new blocks")
	c.hexKey = add(groupAccount, text, "key", "ACCOUNT_KEY", "", "hex private key of the account: development chains only")
	c.keystore = add(groupAccount, text, "keystore", "ACCOUNT_KEYSTORE", "", "go-ethereum keystore file of the account")
	c.passwordFile = add(groupAccount, text, "password-file", "ACCOUNT_PASSWORD_FILE", "", "file holding the keystore's password")
	c.dataDir = add(groupData, text, "data-dir", "DATA_DIR", "data/"+role.String(), "directory of the agent's secrets and chain cursor (one agent at a time)")
	c.logLevel = add(groupLog, text, "log-level", "LOG_LEVEL", "info", "debug, info, warn or error")
	c.logFormat = add(groupLog, text, "log-format", "LOG_FORMAT", "text", "text or json")
	c.batch = add(groupBatch, boolean, "batch", "BATCH", "false", "send the calls that fall due in one block as one multicall transaction")
	c.metricsAddr = add(groupMetrics, text, "metrics", "METRICS_ADDR", "", "serve Prometheus /metrics, /healthz and /readyz at this host:port, e.g. 127.0.0.1:9464 (port 0: any free port, logged)")
	c.listen = add(groupListen, text, "listen", "LISTEN", "", "serve the stream endpoint on this address (e.g. 127.0.0.1:8601) and announce it on chain: a miner's runs streamed prompts, an oracle's takes the user's delivery of both streams")
	c.publicURL = add(groupListen, text, "public-url", "PUBLIC_URL", "", "the endpoint's URL to announce (default http://ADDR of -listen)")
	c.modelBackend = add(groupModel, text, "model-backend", "INFERENCE_BACKEND", "deterministic", "what runs prompts: deterministic (built in) or openai (an OpenAI-compatible chat-completions server)")
	c.modelURL = add(groupModel, text, "model-url", "INFERENCE_URL", "", "openai: base URL of the server, e.g. http://127.0.0.1:8080/v1 (llama.cpp), http://127.0.0.1:11434/v1 (Ollama)")
	c.modelName = add(groupModel, text, "model", "INFERENCE_MODEL", "", "openai: the model to run")
	c.modelKeyFile = add(groupModel, text, "model-api-key-file", "INFERENCE_API_KEY_FILE", "", "openai: file holding the server's API key (or set INFERENCE_API_KEY)")
	c.modelTimeout = add(groupModel, duration, "model-timeout", "INFERENCE_TIMEOUT", "2m", "openai: how long one completion may take")
	c.modelDeterministic = add(groupModel, boolean, "model-deterministic", "INFERENCE_DETERMINISTIC", "false", "openai: the server answers deterministically (temperature 0, fixed seed), so an oracle re-runs and compares")
	c.acceptUsers = add(groupAccept, text, "accept-users", "ACCEPT_USERS", "", "comma-separated user accounts whose sessions to serve (default: any)")
	c.minPhaseTimeout = add(groupAccept, unsigned, "min-phase-timeout", "MIN_PHASE_TIMEOUT", "0", "serve only sessions whose phase timeout is at least this many seconds (0: no bound)")
	c.maxPhaseTimeout = add(groupAccept, unsigned, "max-phase-timeout", "MAX_PHASE_TIMEOUT", "0", "serve only sessions whose phase timeout is at most this many seconds (0: no bound)")
	c.rotateEvery = add(groupKeys, duration, "rotate-every", "ROTATE_EVERY", "24h", "register a new recipient key of each registered suite once the current one is this old (0: never); old private keys are deleted once no open session recorded them")
	c.oneTimeBatch = add(groupAccept, unsigned, "one-time-batch", "ONE_TIME_BATCH", strconv.Itoa(agent.DefaultOneTimeBatch), "publish one-time keys in batches of this many (1 to 256) so that Method 2 sessions get forward secrecy; users refuse a recipient without a fresh one unless allowed to fall back (0: no pool)")
	c.oneTimeLowWater = add(groupAccept, unsigned, "one-time-low-water", "ONE_TIME_LOW_WATER", "0", "refill the one-time key pool when fewer fresh published keys remain (0: a quarter of the batch)")
	c.hybridOneTimeBatch = add(groupAccept, unsigned, "hybrid-one-time-batch", "HYBRID_ONE_TIME_BATCH", strconv.Itoa(agent.DefaultHybridOneTimeBatch), "publish one-time hybrid keys in batches of this many (1 to 256) sharing one ML-KEM-768 key, each with its own X25519 key, while a hybrid key is registered: forward secrecy for hybrid Method 2 sessions, post-quantum per batch (1: per session, at about 108k gas a key; 0: no hybrid pool)")
	c.hybridOneTimeLowWater = add(groupAccept, unsigned, "hybrid-one-time-low-water", "HYBRID_ONE_TIME_LOW_WATER", "0", "refill the hybrid one-time key pool when fewer fresh published keys remain (0: a quarter of the batch)")
	return c
}

// register adds the settings of groups g to a command's flag set.
func (c *config) register(fl *flag.FlagSet, g group) {
	c.given = g
	fl.Func("env", "dotenv `file` to read (default .env, if it exists; a file named here must exist); its values never override the environment", func(path string) error {
		c.envFile, c.envGiven = path, true
		return nil
	})
	for _, s := range c.settings {
		if s.group&g == 0 {
			continue
		}
		u := fmt.Sprintf("%s (env %s_%s or %s", s.usage, strings.ToUpper(c.role.String()), s.env, s.env)
		if s.def != "" {
			u += "; default " + s.def
		}
		fl.Var(settingFlag{s}, s.flag, u+")")
	}
}

// resolve fills every setting not given as a flag from the environment
// (after loading the dotenv file), then from its default.
func (c *config) resolve() error {
	envFile := c.envFile
	if !c.envGiven {
		envFile = ".env"
	}
	if err := godotenv.Load(envFile); err != nil && (c.envGiven || !errors.Is(err, fs.ErrNotExist)) {
		// Only the default .env may be absent: a file named with -env that
		// does not exist is a mistake to report, not to ignore.
		return fmt.Errorf("reading the dotenv file %s: %w", envFile, err)
	}
	prefix := strings.ToUpper(c.role.String()) + "_"
	for _, s := range c.settings {
		if s.value != "" {
			continue
		}
		if v, ok := os.LookupEnv(prefix + s.env); ok && v != "" {
			s.value = v
			if err := s.kind.check(prefix+s.env, v); err != nil && s.group&c.given != 0 {
				return err
			}
		} else if v, ok := os.LookupEnv(s.env); ok && v != "" {
			s.value = v
			if err := s.kind.check(s.env, v); err != nil && s.group&c.given != 0 {
				return err
			}
		} else if s.flag != "deployment" { // its default depends on the chain
			s.value = s.def
		}
	}
	return nil
}

// logger builds the slog logger the settings ask for, writing to w
// (stderr).
func (c *config) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel.value)); err != nil {
		return nil, fmt.Errorf("-log-level %q: want debug, info, warn or error", c.logLevel.value)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.logFormat.value {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("-log-format %q: want text or json", c.logFormat.value)
}

// account loads the signing account; with none configured, the error
// names every flag and variable that gives one.
func (c *config) account() (account.Account, error) {
	a, err := account.Load(account.Source{HexKey: c.hexKey.value, KeystoreFile: c.keystore.value, PasswordFile: c.passwordFile.value})
	if errors.Is(err, account.ErrNoKey) {
		p := strings.ToUpper(c.role.String()) + "_"
		return a, fmt.Errorf("no account to sign with: give -keystore FILE -password-file FILE (or %sACCOUNT_KEYSTORE and %sACCOUNT_PASSWORD_FILE, or ACCOUNT_KEYSTORE and ACCOUNT_PASSWORD_FILE), or for a development chain a hex private key with -key (or %sACCOUNT_KEY, or ACCOUNT_KEY)", p, p, p)
	}
	return a, err
}

// poll returns the poll interval (checked when it was read).
func (c *config) poll() (time.Duration, error) {
	d, err := time.ParseDuration(c.pollInterval.value)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("-poll-interval %q: want a positive duration such as 1s", c.pollInterval.value)
	}
	return d, nil
}

// accept builds the acceptance policy the settings ask for.
func (c *config) accept() (agent.AcceptPolicy, error) {
	var p agent.AcceptPolicy
	for _, f := range strings.Split(c.acceptUsers.value, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if !common.IsHexAddress(f) {
			return p, fmt.Errorf("-accept-users: %q is not an account address", f)
		}
		p.Users = append(p.Users, common.HexToAddress(f))
	}
	for _, b := range []struct {
		s   *setting
		dst *uint32
	}{{c.minPhaseTimeout, &p.MinPhaseTimeout}, {c.maxPhaseTimeout, &p.MaxPhaseTimeout}} {
		v, err := strconv.ParseUint(b.s.value, 10, 32)
		if err != nil {
			return p, fmt.Errorf("-%s %q: want a number of seconds", b.s.flag, b.s.value)
		}
		*b.dst = uint32(v)
	}
	if p.MaxPhaseTimeout != 0 && p.MinPhaseTimeout > p.MaxPhaseTimeout {
		return p, fmt.Errorf("-min-phase-timeout %d is above -max-phase-timeout %d", p.MinPhaseTimeout, p.MaxPhaseTimeout)
	}
	return p, nil
}

// model builds the inference backend the settings ask for.
func (c *config) model() (inference.Backend, error) {
	switch c.modelBackend.value {
	case "deterministic":
		return inference.Deterministic{}, nil
	case "openai":
	default:
		return nil, usagef("-model-backend %q: want deterministic or openai", c.modelBackend.value)
	}
	timeout, err := time.ParseDuration(c.modelTimeout.value)
	if err != nil || timeout <= 0 {
		return nil, usagef("-model-timeout %q: want a positive duration such as 2m", c.modelTimeout.value)
	}
	det, err := strconv.ParseBool(c.modelDeterministic.value)
	if err != nil {
		return nil, usagef("-model-deterministic %q: want true or false", c.modelDeterministic.value)
	}
	key := os.Getenv("INFERENCE_API_KEY")
	if v := os.Getenv(strings.ToUpper(c.role.String()) + "_INFERENCE_API_KEY"); v != "" {
		key = v
	}
	if c.modelKeyFile.value != "" {
		b, err := os.ReadFile(c.modelKeyFile.value)
		if err != nil {
			return nil, fmt.Errorf("-model-api-key-file: %w", err)
		}
		key = strings.TrimSpace(string(b))
	}
	b, err := openai.New(openai.Config{BaseURL: c.modelURL.value, Model: c.modelName.value, APIKey: key, Timeout: timeout, Deterministic: det})
	if err != nil {
		return nil, usagef("-model-backend openai: %w", err)
	}
	return b, nil
}

// dial connects to the RPC endpoint and returns the client and chain id.
// Over HTTP, a request the endpoint refuses for its rate limit (HTTP 429
// or 503) is sent again after the wait it names (chain.RateLimitTransport).
// With m set, the client's requests are counted in m, each attempt (over
// http(s):// and ws://; see metrics.Metrics.WebsocketDialer for what is
// not counted).
func (c *config) dial(ctx context.Context, m *metrics.Metrics) (*ethclient.Client, uint64, error) {
	var opts []rpc.ClientOption
	if u := strings.ToLower(c.rpc.value); strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		opts = append(opts, rpc.WithHTTPClient(&http.Client{Transport: &chain.RateLimitTransport{Base: m.Transport(nil)}}))
	} else if m != nil {
		opts = append(opts, rpc.WithWebsocketDialer(m.WebsocketDialer()))
	}
	rc, err := rpc.DialOptions(ctx, c.rpc.value, opts...)
	if err != nil {
		return nil, 0, fmt.Errorf("connecting to %s: %w", c.rpc.value, err)
	}
	client := ethclient.NewClient(rc)
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("reading the chain id from %s (is the node running?): %w", c.rpc.value, err)
	}
	return client, id.Uint64(), nil
}

// target finds the contract and the block its history starts at: an
// explicit address, or a deployment record whose code hash is checked
// against the chain.
func (c *config) target(ctx context.Context, client deployment.Backend, chainID uint64) (common.Address, uint64, error) {
	if c.contract.value != "" {
		if !common.IsHexAddress(c.contract.value) {
			return common.Address{}, 0, fmt.Errorf("-contract %q is not an address", c.contract.value)
		}
		start, err := strconv.ParseUint(c.startBlock.value, 10, 64)
		if err != nil {
			return common.Address{}, 0, fmt.Errorf("-start-block %q: %w", c.startBlock.value, err)
		}
		addr := common.HexToAddress(c.contract.value)
		code, err := client.CodeAt(ctx, addr, nil)
		if err != nil {
			return common.Address{}, 0, fmt.Errorf("reading the code at %s: %w", addr, err)
		}
		if len(code) == 0 {
			return common.Address{}, 0, fmt.Errorf("no contract at %s on chain %d (a wrong -contract, or a chain that was reset: deploy again)", addr, chainID)
		}
		return addr, start, nil
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
