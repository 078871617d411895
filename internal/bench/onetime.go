//go:build linux

package bench

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// OneTimeBatch is the one-time key batch the measurement's miner and
// oracle publish: the reference pool's (run -one-time-batch 128).
const OneTimeBatch = 128

// HybridOneTimeBatch is the batch of their hybrid pools: the reference
// pool's (run -hybrid-one-time-batch 16), keys sharing one ML-KEM-768 key.
const HybridOneTimeBatch = agent.DefaultHybridOneTimeBatch

// OneTimeResult compares one Method 2 config's sessions wrapped to the
// recipients' one-time keys with sessions wrapped to their registered
// (last-resort) keys, on one chain, each kind n times.
type OneTimeResult struct {
	Config string
	N      int
	// Registered and OneTime are the gas per session of the session's
	// own transactions.
	Registered, OneTime float64
	// Keys is the one-time keys a session consumed, on average (from
	// OneTimeKeysUsed).
	Keys float64
	// PublishPerKey is the gas per key of the batches of the config's
	// suite published during the run (publishOneTimeKeys, whole
	// transactions); Batches how many.
	PublishPerKey float64
	Batches       int
	// Batch is the number of keys a batch of the suite holds.
	Batch int
}

// PerSession is the one-time path's gas per session with its share of the
// publications.
func (r OneTimeResult) PerSession() float64 { return r.OneTime + r.Keys*r.PublishPerKey }

// Added is the one-time path's cost over the registered path's, as a
// fraction.
func (r OneTimeResult) Added() float64 {
	if r.Registered == 0 {
		return 0
	}
	return r.PerSession()/r.Registered - 1
}

// Budget is issue 13's bound on Added: 5 % for x25519, 15 % for hybrid.
func (r OneTimeResult) Budget() float64 {
	if strings.HasSuffix(r.Config, "hybrid") {
		return 0.15
	}
	return 0.05
}

// RunOneTime builds the binaries and measures one-time keys alone (make
// bench measures them with everything else): `go run ./cmd/bench
// -only-one-time`.
func RunOneTime(ctx context.Context, o Options) ([]OneTimeResult, error) {
	bin, self, err := build(ctx, o)
	if err != nil {
		return nil, err
	}
	return oneTimeKeys(ctx, o, bin, self, min(o.Sessions, 5))
}

// OneTimeSection is the one-time keys section of BENCHMARKS.md for rs.
func OneTimeSection(rs []OneTimeResult) string {
	var b strings.Builder
	writeOneTime(&b, rs)
	return b.String()
}

// oneTimeKeys measures every Method 2 config both ways on a chain of its
// own whose miner and oracle keep a pool of one-time keys.
func oneTimeKeys(ctx context.Context, o Options, bin, self string, n int) ([]OneTimeResult, error) {
	b, err := newNetEnv(ctx, o, bin, self, 0, "one-time-keys", false, "ONE_TIME_BATCH="+strconv.Itoa(OneTimeBatch),
		"HYBRID_ONE_TIME_BATCH="+strconv.Itoa(HybridOneTimeBatch))
	if err != nil {
		return nil, err
	}
	defer b.stop()
	if err := b.waitPools(ctx); err != nil {
		return nil, err
	}
	var out []OneTimeResult
	for _, c := range Configs {
		if c.Method != session.Coordinator {
			continue
		}
		r := OneTimeResult{Config: Key(c), N: n}
		for _, keys := range []string{"registered", "one-time"} {
			b.keys = keys
			rep, err := b.drive(ctx, []Config{c}, n, false, false)
			b.keys = ""
			if err != nil {
				return nil, err
			}
			var ids []session.ID
			for _, s := range rep.Sessions {
				if s.Err != "" {
					return nil, fmt.Errorf("bench: a %s session with %s keys: %s", r.Config, keys, s.Err)
				}
				ids = append(ids, s.ID)
			}
			txs, _, err := b.collect(ctx, ids)
			if err != nil {
				return nil, err
			}
			_, gas, _, _, _, _ := summarize(txs, len(ids))
			if keys == "registered" {
				r.Registered = gas
			} else {
				r.OneTime = gas
				if r.Keys, err = b.keysUsed(ctx, ids); err != nil {
					return nil, err
				}
			}
		}
		out = append(out, r)
		o.logf("  %-16s registered %6.0f gas, one-time %6.0f gas + %.0f keys", r.Config, r.Registered, r.OneTime, r.Keys)
	}
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		perKey, batches, err := b.publications(ctx, s)
		if err != nil {
			return nil, err
		}
		batch := OneTimeBatch
		if s == session.Hybrid {
			batch = HybridOneTimeBatch
		}
		for i := range out {
			if strings.HasSuffix(out[i].Config, s.String()) {
				out[i].PublishPerKey, out[i].Batches, out[i].Batch = perKey, batches, batch
			}
		}
	}
	return out, nil
}

// waitPools waits until the miner's and the oracle's first batches of
// one-time keys of both suites are on chain (their /metrics count them).
func (b *benchNet) waitPools(ctx context.Context) error {
	deadline := time.Now().Add(60 * time.Second)
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		for {
			s, err := metrics.Scrape(ctx, b.metrics[r])
			if err == nil && s[metrics.Namespace+"_one_time_keys_fresh"] > 0 && s[metrics.Namespace+"_hybrid_one_time_keys_fresh"] > 0 {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("bench: the %v published no one-time keys in a minute (%v)", r, err)
			}
			if err := sleepCtx(ctx, 100*time.Millisecond); err != nil {
				return err
			}
		}
	}
	return nil
}

// keysUsed is the one-time keys the sessions consumed, per session.
func (b *benchNet) keysUsed(ctx context.Context, ids []session.ID) (float64, error) {
	abi := bindings.NewSessionKeystore().GetABI()
	ev := abi.Events["OneTimeKeysUsed"]
	var topics []common.Hash
	for _, id := range ids {
		topics = append(topics, common.Hash(id))
	}
	logs, err := b.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(b.n.Deployment.Block),
		Addresses: []common.Address{b.n.Deployment.Address}, Topics: [][]common.Hash{{ev.ID}, topics}})
	if err != nil {
		return 0, err
	}
	keys := 0
	for _, l := range logs {
		v, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(v) != 2 {
			return 0, fmt.Errorf("bench: a OneTimeKeysUsed log: %v", err)
		}
		for _, k := range v {
			if k.(uint32) != 0 {
				keys++
			}
		}
	}
	return float64(keys) / float64(len(ids)), nil
}

// publications is the gas per key of every batch of one-time keys of
// suite s published on the chain, and how many batches there were.
func (b *benchNet) publications(ctx context.Context, s session.Suite) (float64, int, error) {
	abi := bindings.NewSessionKeystore().GetABI()
	ev := abi.Events["OneTimeKeysPublished"]
	logs, err := b.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(b.n.Deployment.Block),
		Addresses: []common.Address{b.n.Deployment.Address}, Topics: [][]common.Hash{{ev.ID}, nil, {common.BigToHash(big.NewInt(int64(s)))}}})
	if err != nil {
		return 0, 0, err
	}
	var gas, keys uint64
	for _, l := range logs {
		v, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(v) != 3 {
			return 0, 0, fmt.Errorf("bench: a OneTimeKeysPublished log: %v", err)
		}
		rcpt, err := b.client.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return 0, 0, err
		}
		gas += rcpt.GasUsed
		// A hybrid batch is its shared ML-KEM-768 encapsulation key, then
		// 32 bytes per key; an X25519 batch 32 bytes per key.
		n := len(v[2].([]byte))
		if s == session.Hybrid {
			n -= skcrypto.MLKEMEncapsulationKeySize
		}
		keys += uint64(n / skcrypto.X25519KeySize)
	}
	if keys == 0 {
		return 0, 0, fmt.Errorf("bench: no %v one-time keys published", s)
	}
	return float64(gas) / float64(keys), len(logs), nil
}

// writeOneTime writes the one-time keys section.
func writeOneTime(b *strings.Builder, rs []OneTimeResult) {
	w := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	w("## One-time recipient keys against registered keys (issue 13)\n\n")
	if len(rs) == 0 {
		w("Not measured by this run.\n\n")
		return
	}
	var x, h OneTimeResult
	for _, r := range rs {
		if strings.HasSuffix(r.Config, "hybrid") {
			h = r
		} else {
			x = r
		}
	}
	w("Method 2 wraps the session secret to each recipient's one-time key of the session's suite (forward secrecy: the recipient deletes its private half when the session ends), or, as a last resort, to its registered key. The keys of a hybrid batch share one ML-KEM-768 key, published once, and each has an X25519 key of its own (PROTOCOL.md §6.4): classical forward secrecy per session, post-quantum forward secrecy per batch. Measured on a chain of its own, automining, whose miner and oracle publish batches of %d one-time X25519 keys (`run -one-time-batch %d`) and of %d one-time hybrid keys (`run -hybrid-one-time-batch %d`: one 1,184-byte ML-KEM-768 encapsulation key and %d X25519 keys), each refilled below a quarter: %d sessions of each config wrapped to registered keys (`open` with no one-time keys), then %d to one-time keys. A session's own transactions, then the publications' share: their gas per key of the session's suite (x25519: %d batches in this run, %s gas per key; hybrid: %d batches, %s gas per key; the first batch of an account included) times the one-time keys the session consumed. Budget: at most +5 %% per x25519 session, +15 %% per hybrid session.\n\n",
		OneTimeBatch, OneTimeBatch, HybridOneTimeBatch, HybridOneTimeBatch, HybridOneTimeBatch, rs[0].N, rs[0].N, x.Batches, thousands(x.PublishPerKey), h.Batches, thousands(h.PublishPerKey))
	w("| config | registered keys, gas per session | one-time keys, session's transactions | keys consumed | publication share | one-time, per session | added | budget |\n|---|---|---|---|---|---|---|---|\n")
	var over []string
	userCoordinated := true // every row over the budget
	for _, r := range rs {
		met := "met"
		if r.Added() > r.Budget() {
			met = "not met"
			over = append(over, fmt.Sprintf("%s (%s gas, %+.2f %%)", r.Config, thousands(r.PerSession()-r.Registered), 100*r.Added()))
			userCoordinated = userCoordinated && strings.HasPrefix(r.Config, "M2 user ")
		}
		w("| %s | %s | %s | %.0f | %s | %s | %+.1f %% | ≤ %.0f %%: %s |\n", r.Config, thousands(r.Registered), thousands(r.OneTime), r.Keys,
			thousands(r.Keys*r.PublishPerKey), thousands(r.PerSession()), 100*r.Added(), 100*r.Budget(), met)
	}
	w("\n")
	if len(over) > 0 {
		w("Over the budget: %s.", strings.Join(over, "; "))
		if userCoordinated { // the reason holds for these configs only
			w(" Issue 13 set it against the registered-key sessions of its day. Since then a user-coordinated session lost a transaction (the user's attestation rides in its open, PROTOCOL.md §6.1), so the same addition is a larger share of a smaller session. The addition is the open's consumption of the two keys and their publication share, as before.")
		}
		w("\n\n")
	}
	if h.Config == "" {
		return
	}
	w("**Why the hybrid batch shares its ML-KEM-768 key.** A hybrid key is 1,216 bytes that must reach the user through the chain: an ML-KEM-768 encapsulation key (1,184 bytes of uniformly random coefficients, which no encoding shrinks) and an X25519 key. Under EIP-7623 a transaction that mostly carries data pays the calldata floor, 40 gas a nonzero byte, whatever it does with the bytes: an encapsulation key costs about 47k gas however it is batched. When every hybrid one-time key had an encapsulation key of its own, a user-coordinated hybrid session, which names two keys, added about a third to a registered-key session, twice the budget. A batch of %d keys publishes its encapsulation key once and 32 bytes per key: %s gas per key here, the first batch of each account (its storage written from zero) included. The price is post-quantum forward secrecy per batch instead of per session: the batch's ML-KEM-768 seed lives until none of its keys is fresh and every session that consumed one has ended (PROTOCOL.md §9); `-hybrid-one-time-batch 1` buys it back per session, each key then paying a transaction of its own (PROTOCOL.md §6.4 compares batch sizes).\n\n", h.Batch, thousands(h.PublishPerKey))
}
