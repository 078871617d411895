package agent_test

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/blame"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// storedSecrets returns every byte string of at least 32 bytes in every
// record of the data directories: registered keys, the one-time pool,
// session secrets, whatever else an agent wrote. JSON encodes []byte as
// base64; each such string is a candidate key.
func storedSecrets(t *testing.T, dirs [3]string) [][]byte {
	t.Helper()
	var out [][]byte
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) >= 32 {
				out = append(out, b)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			_, body, ok := strings.Cut(string(data), "\n")
			if !ok {
				return nil
			}
			var v any
			if json.Unmarshal([]byte(body), &v) == nil {
				walk(v)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// chainKeys reads every registered and every one-time key from the chain,
// and which one-time keys sessions consumed.
func chainKeys(t *testing.T, c *simchain.Chain) *wire.Registry {
	t.Helper()
	logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{c.Address}})
	if err != nil {
		t.Fatal(err)
	}
	dec, reg := wire.NewDecoder(c.ChainID, c.Address), wire.NewRegistry()
	var last protocol.Opened
	for i := range logs {
		switch ev, _ := dec.Decode(&logs[i]); ev := ev.(type) {
		case wire.KeyRegistered:
			reg.Add(ev)
		case wire.OneTimeKeysPublished:
			reg.AddOneTime(ev)
		case protocol.Opened:
			last = ev
		case protocol.OneTimeKeysUsed:
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				if ev.Keys[r] != 0 && last.Params.ID == ev.Session {
					reg.MarkUsed(last.Params.Account(r), last.Params.Suite, ev.Keys[r], ev.Block)
				}
			}
		}
	}
	return reg
}

// openings tries every stored secret, as every kind of recipient key,
// against every wrap of Method 2 session id, with the HPKE info the
// session's chain data determines, and returns what opened.
func openings(t *testing.T, c *simchain.Chain, id session.ID, secrets [][]byte) []string {
	t.Helper()
	reg := chainKeys(t, c)
	var op protocol.Opened
	var used protocol.OneTimeKeysUsed
	tr := skcrypto.CoordinatorTranscript{}
	for _, ev := range sessionEvents(t, c, id) {
		switch ev := ev.(type) {
		case protocol.Opened:
			op = ev
		case protocol.OneTimeKeysUsed:
			used = ev
		case protocol.UserKeyPublished:
			tr.Keys[session.User] = ev.Key
		case protocol.KeyWrapped:
			tr.Wraps[ev.Recipient] = ev.Wrapped
		}
	}
	p := op.Params
	tr.Params, tr.KeyVersions = p, op.KeyVersions
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if r == p.Coordinator {
			continue
		}
		tr.Keys[r], _ = reg.Key(p.Account(r), p.Suite, op.KeyVersions[r])
		if n := used.Keys[r]; n != 0 {
			pub, ok := reg.OneTimeKey(p.Account(r), p.Suite, n)
			if !ok {
				t.Fatalf("%v one-time key %d of the %v not on chain", p.Suite, n, r)
			}
			tr.Keys[r] = pub
		}
	}
	pre := tr.PrewrapHash()
	var candidates []*skcrypto.RecipientKey
	var hybrids []*skcrypto.RecipientKey
	for _, s := range secrets {
		for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
			if k, err := skcrypto.ParseRecipientKey(suite, s[:32]); err == nil {
				candidates = append(candidates, k)
				if suite == session.Hybrid {
					hybrids = append(hybrids, k)
				}
			}
		}
	}
	// A hybrid one-time key's secret is its batch's ML-KEM-768 seed (64
	// bytes, stored once per batch) and its X25519 scalar: try every
	// stored string of 64 bytes or more as such a seed with every stored
	// scalar (the first and the last 32 bytes of each string), and every
	// X25519 scalar with every hybrid key's ML-KEM-768 half.
	var scalars []*ecdh.PrivateKey
	for _, s := range secrets {
		for _, b := range [][]byte{s[:32], s[len(s)-32:]} {
			if x, err := skcrypto.ParseX25519Private(b); err == nil {
				scalars = append(scalars, x)
			}
		}
		if len(s) >= skcrypto.HybridOneTimeSecretLength {
			if k, err := skcrypto.ParseRecipientKey(session.Hybrid, s[:skcrypto.HybridOneTimeSecretLength]); err == nil {
				candidates = append(candidates, k)
				hybrids = append(hybrids, k)
			}
		}
	}
	for _, s := range secrets {
		if len(s) < skcrypto.MLKEMSeedSize {
			continue
		}
		for _, x := range scalars {
			if k, err := skcrypto.HybridOneTimeKey(s[:skcrypto.MLKEMSeedSize], x.Bytes()); err == nil {
				candidates = append(candidates, k)
			}
		}
	}
	for _, x := range scalars {
		for _, h := range hybrids {
			if k, err := skcrypto.MixHybridKey(h, x); err == nil {
				candidates = append(candidates, k)
			}
		}
	}
	var out []string
	for r, w := range tr.Wraps {
		if w == nil {
			continue
		}
		for i, k := range candidates {
			if k.Suite() != p.Suite {
				continue
			}
			if _, err := k.Unwrap(skcrypto.WrapInfo(pre, session.Role(r)), w); err == nil {
				out = append(out, fmt.Sprintf("the wrap for the %v opened with stored candidate %d", session.Role(r), i))
			}
		}
	}
	if len(candidates) == 0 {
		t.Fatal("no candidate key at all: the search would prove nothing")
	}
	return out
}

// batchSeedStored reports whether role r's store still holds the
// ML-KEM-768 seed of the batch of its hybrid one-time key n, and checks that
// it does exactly while a key of that batch is fresh on chain (the agent
// deletes the seed with the batch's last fresh key; every session that
// consumed one keeps its own copy until it ends).
func batchSeedStored(t *testing.T, c *simchain.Chain, dir string, r session.Role, n uint32) bool {
	t.Helper()
	reg := chainKeys(t, c)
	acct := c.Accounts[r]
	pub, ok := reg.OneTimeKey(acct, session.Hybrid, n)
	if !ok {
		t.Fatalf("hybrid one-time key %d of the %v not on chain", n, r)
	}
	ek := pub[:skcrypto.MLKEMEncapsulationKeySize]
	fresh := false
	for _, m := range reg.FreshOneTimeKeys(acct, session.Hybrid) {
		if k, _ := reg.OneTimeKey(acct, session.Hybrid, m); bytes.HasPrefix(k, ek) {
			fresh = true
		}
	}
	h := sha256.Sum256(ek)
	_, err := os.Stat(filepath.Join(dir, "onetime", "hybrid-batch-"+hex.EncodeToString(h[:])+".json"))
	stored := err == nil
	if stored != fresh {
		t.Fatalf("the %v's batch of key %d: seed stored %v, a key of the batch fresh %v", r, n, stored, fresh)
	}
	return stored
}

// traces reports where the bytes of secret occur in any file of the data
// directories, raw, in hex or in base64.
func traces(t *testing.T, dirs [3]string, secret []byte) []string {
	t.Helper()
	if len(secret) == 0 || bytes.Equal(secret, make([]byte, len(secret))) {
		t.Fatal("no secret to look for")
	}
	// In base64 the bytes a record stores after the secret change its
	// last characters: look for the encoding of a whole number of 3-byte
	// groups.
	aligned := secret[:len(secret)-len(secret)%3]
	forms := [][]byte{secret, []byte(hex.EncodeToString(secret)), []byte(base64.StdEncoding.EncodeToString(aligned)),
		[]byte(base64.RawURLEncoding.EncodeToString(aligned))}
	var out []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, f := range forms {
				if bytes.Contains(data, f) {
					out = append(out, path)
					break
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func inferencePrompt(id session.ID) inference.Prompt {
	return inference.Prompt{Prompt: "forward secrecy " + id.String()[:10]}
}

// TestForwardSecrecyOfOneTimeKeys (issue 13, item 4, on the simulated
// chain): for every Method 2 coordinator and both suites, a session whose
// recipients used one-time keys establishes, carries an inference and is
// closed; then a full copy of every party's data directory, with the whole
// chain, opens none of its wraps (every stored byte string is tried as
// every kind of recipient key). The prompts and answers are sealed under K,
// which is derived from the wrapped secret and public transcript data: no
// wrap opening means no K; and K itself is in no stored file, in any
// encoding (while the session is open the same search finds it). Method 1
// (`/combined`): K and the scalars of the revealed ephemeral keys are in
// no store after the close. The control: a session to the registered keys
// is opened by what the recipients' stores keep, so the search does find
// a key when there is one. A Failed session's disclosures are checked by
// TestVerifyNamesAnEquivocatingMethod2Coordinator.
func TestForwardSecrecyOfOneTimeKeys(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	var minerStalls atomic.Bool
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 4, 3
			// Hybrid batches of two keys, one batch at a time (a refill
			// once the pool is empty): of the sessions that consume a
			// recipient's batch, the first is searched with the batch's
			// ML-KEM-768 seed stored (the other key fresh), the second
			// after the seed went with the batch's last key.
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 2, 1
		}
		if r == session.Miner {
			cfg.Accept = func(protocol.Opened) bool { return !minerStalls.Load() }
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		for _, s := range []session.Suite{session.X25519, session.Hybrid} {
			if _, err := f.agents[r].RegisterKey(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	user := f.agents[session.User]
	var lastKey *skcrypto.SessionKey // the last run's K, as the parties derived it
	run := func(o agent.OpenOptions) session.ID {
		t.Helper()
		o.Miner, o.Oracle = c.Accounts[session.Miner], c.Accounts[session.Oracle]
		var h *agent.Session
		for range 400 { // the pools are published in the agents' first blocks
			var err error
			if h, err = user.Open(ctx, o); err == nil {
				break
			}
			if !strings.Contains(err.Error(), "one-time") && !strings.Contains(err.Error(), "not been seen") {
				t.Fatal(err)
			}
			time.Sleep(25 * time.Millisecond)
		}
		if h == nil {
			t.Fatal("no fresh one-time keys seen")
		}
		res := out.wait(t, h.ID(), 30*time.Second)
		for _, r := range session.Roles {
			if res[r].Phase != session.Established {
				t.Fatalf("%v: %+v", r, res[r])
			}
		}
		lastKey = res[session.User].Key.Clone()
		if err := h.Wait(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := h.Ask(ctx, inferencePrompt(h.ID())); err != nil {
			t.Fatal(err)
		}
		// The control of the search below: while the session is open the
		// stores hold K, and traces finds it.
		if got := traces(t, dirs, lastKey.Bytes()); len(got) == 0 {
			t.Fatal("K of an open session found in no store: the search would prove nothing")
		}
		if err := f.agents[session.Miner].CloseSession(ctx, h.ID()); err != nil {
			t.Fatal(err)
		}
		for _, r := range session.Roles {
			waitGone(t, sessionFile(dirs[r], h.ID()))
		}
		return h.ID()
	}
	// How many closed hybrid sessions were searched while their one-time
	// key's batch ML-KEM-768 seed was still stored (later keys of the batch
	// fresh), and after it was deleted (no key of the batch fresh): the
	// search must have covered both.
	var sharedSeedStored, sharedSeedDeleted int
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		for _, coord := range session.Roles {
			t.Run(fmt.Sprintf("%v-%v", coord, s), func(t *testing.T) {
				id := run(agent.OpenOptions{Method: session.Coordinator, Suite: s, Coordinator: coord})
				tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, id)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range []session.Role{session.Miner, session.Oracle} {
					if r != coord && !strings.HasPrefix(tl.KeyKind(r), "one-time key #") {
						t.Fatalf("the %v's wrap: %s", r, tl.KeyKind(r))
					}
					if r != coord && s == session.Hybrid {
						if batchSeedStored(t, c, dirs[r], r, tl.OneTimeKeys[r]) {
							sharedSeedStored++
						} else {
							sharedSeedDeleted++
						}
					}
				}
				if got := openings(t, c, id, storedSecrets(t, dirs)); len(got) != 0 {
					t.Fatalf("a closed session's wrap opened from the stores: %v", got)
				}
				if got := traces(t, dirs, lastKey.Bytes()); len(got) != 0 {
					t.Fatalf("a closed session's key is stored: %v", got)
				}
			})
		}
	}
	if sharedSeedStored == 0 || sharedSeedDeleted == 0 {
		t.Fatalf("hybrid sessions searched with their batch's ML-KEM-768 seed stored: %d, deleted: %d; want both", sharedSeedStored, sharedSeedDeleted)
	}
	t.Run("combined", func(t *testing.T) {
		// Method 1: K comes from the three ephemeral scalars. After the
		// close no store holds K (in any encoding) nor a scalar of the
		// ephemeral keys the session revealed on chain, so nothing in the
		// stores and the chain computes K again.
		id := run(agent.OpenOptions{Method: session.Combined, Suite: session.X25519})
		if got := traces(t, dirs, lastKey.Bytes()); len(got) != 0 {
			t.Fatalf("a closed session's key is stored: %v", got)
		}
		var revealed [][32]byte
		for _, ev := range sessionEvents(t, c, id) {
			if r, ok := ev.(protocol.Revealed); ok {
				revealed = append(revealed, r.Key)
			}
		}
		if len(revealed) != 3 {
			t.Fatalf("%d ephemeral keys revealed, want 3", len(revealed))
		}
		for _, st := range storedSecrets(t, dirs) {
			k, err := skcrypto.ParseX25519Private(st[:32])
			if err != nil {
				continue
			}
			for _, e := range revealed {
				if skcrypto.PublicBytes(k) == e {
					t.Fatalf("a store keeps the scalar of ephemeral key %x", e[:4])
				}
			}
		}
	})
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run("expired-"+suite.String(), func(t *testing.T) {
			// The miner coordinates and never distributes: the session
			// expires in Wrapping. The oracle's one-time key (in the hybrid
			// suite: its X25519 scalar and the session's copy of its
			// batch's ML-KEM-768 seed), consumed by the open, is deleted
			// with the session: no store keeps its scalar.
			minerStalls.Store(true)
			defer minerStalls.Store(false)
			var h *agent.Session
			for range 400 {
				var err error
				if h, err = user.Open(ctx, agent.OpenOptions{Method: session.Coordinator, Suite: suite, Coordinator: session.Miner,
					Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], PhaseTimeout: 10}); err == nil {
					break
				}
				time.Sleep(25 * time.Millisecond)
			}
			if h == nil {
				t.Fatal("no open")
			}
			if err := h.Wait(ctx); err == nil {
				t.Fatal("a stalled session established")
			}
			tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, h.ID())
			if err != nil || tl.Phase != session.Expired {
				t.Fatalf("phase %v, %v", tl.Phase, err)
			}
			otk, ok := chainKeys(t, c).OneTimeKey(c.Accounts[session.Oracle], suite, tl.OneTimeKeys[session.Oracle])
			if !ok {
				t.Fatal("the oracle's one-time key is not on chain")
			}
			name := hex.EncodeToString(otk)
			if suite == session.Hybrid {
				h := sha256.Sum256(otk)
				name = "hybrid-" + hex.EncodeToString(h[:])
			}
			pool := filepath.Join(dirs[session.Oracle], "onetime", name+".json")
			waitGone(t, sessionFile(dirs[session.Oracle], h.ID()))
			waitGone(t, pool)
			for _, s := range storedSecrets(t, dirs) {
				if k, err := skcrypto.ParseRecipientKey(suite, s[:32]); err == nil && bytes.Equal(k.PublicKey(), otk) {
					t.Fatal("a store keeps the expired session's one-time key")
				}
				for _, b := range [][]byte{s[:32], s[len(s)-32:]} {
					if x, err := skcrypto.ParseX25519Private(b); err == nil && bytes.Equal(x.PublicKey().Bytes(), otk[len(otk)-32:]) {
						t.Fatal("a store keeps the scalar of the expired session's one-time key")
					}
				}
			}
		})
	}
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run("control-registered-key-"+suite.String(), func(t *testing.T) {
			// Nobody names a one-time key: the registered keys are used,
			// and the stores keep them, so the search must find them.
			id := run(agent.OpenOptions{Method: session.Coordinator, Suite: suite, Coordinator: session.User, NoOneTimeKeys: true})
			if got := openings(t, c, id, storedSecrets(t, dirs)); len(got) != 2 {
				t.Fatalf("registered-key session: %d wraps opened from the stores (%v), want both", len(got), got)
			}
		})
	}
}

// TestVerifyNamesAnEquivocatingMethod2Coordinator (issue 13, item 3, on the
// simulated chain with the real contract and honest miner and oracle
// agents): the test plays a user coordinator that names the recipients'
// one-time keys and wraps different secrets to them, attesting the miner's
// key. The contract fails the session naming the oracle (outside the
// user-miner majority); the honest recipients disclose their one-time
// scalars, and verify (package blame, from chain data alone) names the
// user. In the hybrid suite the disclosures are the one-time keys' seeds.
func TestVerifyNamesAnEquivocatingMethod2Coordinator(t *testing.T) {
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(suite.String(), func(t *testing.T) { verifyNamesAnEquivocator(t, suite) })
	}
}

func verifyNamesAnEquivocator(t *testing.T, suite session.Suite) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 4, 1
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 4, 1
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	f.registerRecipients(t, suite)
	// First an honest session with one-time keys, established and closed:
	// nothing the failed session below discloses may open it.
	var honest session.ID
	for range 400 { // the pools are published in the agents' first blocks
		h, err := f.agents[session.User].Open(ctx, agent.OpenOptions{Method: session.Coordinator, Suite: suite, Coordinator: session.User,
			Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]})
		if err == nil {
			honest = h.ID()
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	if res := out.wait(t, honest, 30*time.Second); res[session.Miner].Phase != session.Established {
		t.Fatalf("the honest session: %+v", res[session.Miner])
	}
	if err := f.agents[session.Miner].CloseSession(ctx, honest); err != nil {
		t.Fatal(err)
	}
	d := chainDeck(c)
	var reg *wire.Registry
	for range 400 {
		reg = chainKeys(t, c)
		if len(reg.FreshOneTimeKeys(c.Accounts[session.Miner], suite)) > 0 && len(reg.FreshOneTimeKeys(c.Accounts[session.Oracle], suite)) > 0 {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	id, nonce := d.nextID(t)
	p := session.Params{ChainID: c.ChainID, Contract: c.Address, ID: id, Method: session.Coordinator, Suite: suite,
		Coordinator: session.User, User: c.Accounts[session.User], Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
	tr := skcrypto.CoordinatorTranscript{Params: p}
	call := protocol.OpenCall{ID: id, Miner: p.Miner, Oracle: p.Oracle, Method: p.Method, Suite: p.Suite, Coordinator: p.Coordinator,
		PhaseTimeout: harnessTimeout, Nonce: nonce}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		n := reg.FreshOneTimeKeys(p.Account(r), suite)
		if len(n) == 0 {
			t.Fatalf("the %v published no one-time key", r)
		}
		tr.Keys[r], _ = reg.OneTimeKey(p.Account(r), suite, n[0])
		if r == session.Miner {
			call.MinerOneTimeKey = n[0]
		} else {
			call.OracleOneTimeKey = n[0]
		}
	}
	pre := tr.PrewrapHash()
	secrets := [3][]byte{session.Miner: bytes.Repeat([]byte{1}, 32), session.Oracle: bytes.Repeat([]byte{2}, 32)}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		w, err := skcrypto.Wrap(suite, tr.Keys[r], skcrypto.WrapInfo(pre, r), secrets[r])
		if err != nil {
			t.Fatal(err)
		}
		tr.Wraps[r] = w
	}
	call.WrapMiner, call.WrapOracle = tr.Wraps[session.Miner], tr.Wraps[session.Oracle]
	d.send(t, session.User, call)
	k, err := skcrypto.DeriveSessionKey(id, secrets[session.Miner], tr.Hash())
	if err != nil {
		t.Fatal(err)
	}
	d.send(t, session.User, protocol.AttestCall{ID: id, Attestation: k.Attestation()})

	// The chain names the honest oracle; the honest recipients disclose.
	var r *blame.Report
	for range 400 {
		e, err := blame.Fetch(ctx, c.Client, c.Address, c.DeployBlock, id)
		if err != nil {
			t.Fatal(err)
		}
		if r = blame.Assess(e); e.Phase == session.Failed && r.Final() && r.Pending == 0 {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	e := r.Evidence
	if e.Fault != session.AttestationMismatch || e.Accused != session.Oracle.Bit() {
		t.Fatalf("on chain: %v, culprits %v", e.Fault, e.Accused)
	}
	var b strings.Builder
	r.WriteTo(&b)
	if r.Liars != session.User.Bit() || e.Disclosed != session.Miner.Bit()|session.Oracle.Bit() {
		t.Fatalf("verify does not name the equivocating user:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "equivocated") || !strings.Contains(b.String(), "verdict: user lied") {
		t.Fatalf("verify output:\n%s", b.String())
	}
	// Each recipient forgot its one-time key once its disclosure was mined.
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		waitGone(t, sessionFile(dirs[role], id))
		waitGone(t, sessionFile(dirs[role], honest))
	}
	// What blame disclosed, with everything the parties store, opens none
	// of the established session's wraps.
	found := storedSecrets(t, dirs)
	for _, x := range e.Disclosed.Members() {
		found = append(found, e.Secrets[x][:])
	}
	if got := openings(t, c, honest, found); len(got) != 0 {
		t.Fatalf("the disclosures and the stores open the established session: %v", got)
	}
}

// TestAUserStartedLaterFindsFreshOneTimeKeys: a user agent that starts
// after the recipients published their batch, and after other sessions
// consumed some of its keys (each `user open` is such an agent), reads the
// batch from the chain's history and names a key still available, with no
// fallback to the registered key.
func TestAUserStartedLaterFindsFreshOneTimeKeys(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 16, 2
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	f.registerRecipients(t, session.X25519)
	o := agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User,
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
	// Sessions consume the lowest keys first: more of them than Open's
	// retries after a refused key would skip.
	for range 4 {
		h := openWhenReady(t, f.agents[session.User], o)
		if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
			t.Fatalf("%+v", res[session.User])
		}
	}
	// A second user agent on the same account, started now: its view of
	// the pools comes from the chain alone.
	later, err := agent.New(ctx, agent.Config{Role: session.User,
		Account:  account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(), PollInterval: 100 * time.Millisecond}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- later.Run(rctx) }()
	defer func() {
		cancel()
		<-done
		later.Close()
	}()
	select {
	case <-later.Ready():
	case <-done:
		t.Fatal(later.Err())
	}
	// It reads the recipients' newest batches when it opens (not at
	// start-up, which reads no history).
	h, err := later.Open(ctx, o)
	if err != nil {
		t.Fatalf("the later agent could not open with a one-time key: %v", err)
	}
	if n := later.FreshOneTimeKeys(c.Accounts[session.Miner], session.X25519); n == 0 {
		t.Fatal("the later agent saw no one-time key of the miner in the chain's history")
	}
	if err := h.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	wantOneTimeWraps(t, c, h.ID())
}

// countAvailability is a user's backend that counts its
// isOneTimeKeyAvailable calls.
type countAvailability struct {
	agent.Backend
	calls atomic.Int64
}

func (b *countAvailability) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	sel := bindings.NewSessionKeystore().PackIsOneTimeKeyAvailable(common.Address{}, 0, 0)[:4]
	if len(msg.Data) >= 4 && bytes.Equal(msg.Data[:4], sel) {
		b.calls.Add(1)
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// TestOneTimeKeyPicksAskTheContractOncePerRun: the user's agent asks the
// contract which one-time keys are available at its first pick of each
// recipient's key only; the opens after it pick from what the followed
// OneTimeKeysUsed logs say, with no eth_call (issue 15: RPC requests per
// session).
func TestOneTimeKeyPicksAskTheContractOncePerRun(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	user := &countAvailability{Backend: c.Client}
	f := startFleetOn(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 16, 2
		}
	}, func(r session.Role) agent.Backend {
		if r == session.User {
			return user
		}
		return c.Client
	})
	defer f.stop(t)
	f.registerRecipients(t, session.X25519)
	o := agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User,
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
	var first int64
	var last session.ID
	for i := range 4 {
		h := openWhenReady(t, f.agents[session.User], o)
		last = h.ID()
		if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
			t.Fatalf("%+v", res[session.User])
		}
		if i == 0 {
			first = user.calls.Load()
		}
	}
	if first == 0 {
		t.Fatal("the first open asked the contract nothing about one-time keys")
	}
	if n := user.calls.Load(); n != first {
		t.Fatalf("3 opens after the first asked %d isOneTimeKeyAvailable calls; want 0", n-first)
	}
	wantOneTimeWraps(t, c, last)
}

// wantOneTimeWraps fails unless session id wrapped to a one-time key of
// both the miner and the oracle, as its timeline shows.
func wantOneTimeWraps(t *testing.T, c *simchain.Chain, id session.ID) {
	t.Helper()
	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if k := tl.KeyKind(r); !strings.HasPrefix(k, "one-time key #") {
			t.Fatalf("the %v's wrap used %q", r, k)
		}
	}
}

// TestOneTimePoolsRefillPerSuite: a miner and an oracle with both suites
// registered keep a pool of each; a hybrid session consumes one hybrid key
// of each recipient, which takes the hybrid pools below their low-water
// mark, and each recipient publishes a second hybrid batch while its
// X25519 pool, untouched, gets none. An agent without a hybrid key keeps
// no hybrid pool.
func TestOneTimePoolsRefillPerSuite(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	f := startFleetWith(t, c, dirs, out, func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 2, 1
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 2, 2
		}
	})
	defer f.stop(t)
	ctx := context.Background()
	d := chainDeck(c)
	f.registerRecipients(t, session.X25519)
	// X25519 only so far: the X25519 pools are published, no hybrid one.
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		eventually(t, fmt.Sprintf("the %v's X25519 pool", r), func() bool { return len(d.batches(t, c.Accounts[r], session.X25519)) == 1 })
		if n := len(d.batches(t, c.Accounts[r], session.Hybrid)); n != 0 {
			t.Fatalf("the %v published %d hybrid batches without a hybrid key", r, n)
		}
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if _, err := f.agents[r].RegisterKey(ctx, session.Hybrid); err != nil {
			t.Fatal(err)
		}
		eventually(t, fmt.Sprintf("the %v's hybrid pool", r), func() bool { return len(d.batches(t, c.Accounts[r], session.Hybrid)) == 1 })
	}
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Method: session.Coordinator, Suite: session.Hybrid, Coordinator: session.User,
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]})
	if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("%+v", res[session.User])
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		eventually(t, fmt.Sprintf("the %v's hybrid refill", r), func() bool { return len(d.batches(t, c.Accounts[r], session.Hybrid)) == 2 })
		if n := len(d.batches(t, c.Accounts[r], session.X25519)); n != 1 {
			t.Fatalf("the %v published %d X25519 batches; its X25519 pool was never drawn on", r, n)
		}
	}
}

// TestANewDataDirectoryCountsOutDeadOneTimeKeys: a miner started on a new
// data directory finds its account's fresh published one-time keys, whose
// private halves only the old directory held, dead: it warns, and refills
// its pool as if they were gone, instead of counting them as fresh.
func TestANewDataDirectoryCountsOutDeadOneTimeKeys(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	change := func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 2, 1
		}
	}
	f := startFleetWith(t, c, dirs, out, change)
	f.registerRecipients(t, session.X25519)
	d := chainDeck(c)
	miner := c.Accounts[session.Miner]
	eventually(t, "the miner's first batch", func() bool { return len(d.batches(t, miner, session.X25519)) == 1 })
	f.stop(t)
	dirs[session.Miner] = t.TempDir() // the same account, a new data directory
	f = startFleetWith(t, c, dirs, out, change)
	defer f.stop(t)
	eventually(t, "the miner refilling over its dead keys", func() bool { return len(d.batches(t, miner, session.X25519)) == 2 })
	if !strings.Contains(f.logs.String(), "private halves this data directory lacks") {
		t.Error("no warning about the dead keys")
	}
	if n := len(d.batches(t, c.Accounts[session.Oracle], session.X25519)); n != 1 {
		t.Errorf("the oracle, on its own data directory, published %d batches, want 1", n)
	}
}

// eventually waits, boundedly, until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for range 800 {
		if cond() {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("%s: never", what)
}

// TestRestartDeletesAConsumedKeyThePoolStillHolds: a recipient moves a
// consumed one-time key into its session's secrets, then deletes the
// pool's copy; a crash between the two leaves the copy (and, for a hybrid
// key, keeps its batch's ML-KEM-768 seed alive). The test leaves the copy
// as such a crash would, while the session is still open, and restarts
// the agents: the restored session deletes it.
func TestRestartDeletesAConsumedKeyThePoolStillHolds(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	change := func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Accept = func(protocol.Opened) bool { return false } // the coordinator stalls
		}
		if r != session.User {
			cfg.HybridOneTimeBatch, cfg.HybridOneTimeLowWater = 2, 1
		}
	}
	f := startFleetWith(t, c, dirs, out, change)
	ctx := context.Background()
	f.registerRecipients(t, session.Hybrid)
	// Wait for the oracle's first hybrid batch, and keep its pool's files.
	pool := filepath.Join(dirs[session.Oracle], "onetime")
	eventually(t, "the oracle's hybrid pool", func() bool {
		return f.agents[session.Oracle].FreshOneTimeKeys(c.Accounts[session.Oracle], session.Hybrid) == 2
	})
	kept := map[string][]byte{}
	ents, err := os.ReadDir(pool)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "hybrid-") {
			b, err := os.ReadFile(filepath.Join(pool, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			kept[e.Name()] = b
		}
	}
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Method: session.Coordinator, Suite: session.Hybrid,
		Coordinator: session.Miner, Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle], PhaseTimeout: 3600})
	var n uint32
	eventually(t, "the oracle's consumed key leaving its pool", func() bool {
		tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, h.ID())
		if err != nil || tl.OneTimeKeys[session.Oracle] == 0 {
			return false
		}
		n = tl.OneTimeKeys[session.Oracle]
		_, err = os.Stat(sessionFile(dirs[session.Oracle], h.ID()))
		return err == nil && f.agents[session.Oracle].FreshOneTimeKeys(c.Accounts[session.Oracle], session.Hybrid) == 1
	})
	otk, ok := chainKeys(t, c).OneTimeKey(c.Accounts[session.Oracle], session.Hybrid, n)
	if !ok {
		t.Fatal("the consumed key is not on chain")
	}
	sum := sha256.Sum256(otk)
	name := "hybrid-" + hex.EncodeToString(sum[:]) + ".json"
	waitGone(t, filepath.Join(pool, name))
	f.stop(t)
	// The crash: the pool still holds the consumed key.
	if kept[name] == nil {
		t.Fatalf("the consumed key %s was not in the pool before the open", name)
	}
	if err := os.WriteFile(filepath.Join(pool, name), kept[name], 0o600); err != nil {
		t.Fatal(err)
	}
	f = startFleetWith(t, c, dirs, out, change)
	defer f.stop(t)
	waitGone(t, filepath.Join(pool, name))
	if _, err := os.Stat(sessionFile(dirs[session.Oracle], h.ID())); err != nil {
		t.Fatalf("the open session's secrets: %v", err)
	}
}

// TestConsumedOneTimeKeysLeaveTheRegistry: every agent keeps the published
// one-time keys it follows in its registry (registry.json, rewritten when
// it changes and read at every start). A consumed key is never named again,
// so once its consumption is RetireDepth blocks deep it is forgotten,
// unless a session the agent still serves names it (a restart replays that
// session's logs, which need it). Without that the registry grows with
// every session of the chain's history.
func TestConsumedOneTimeKeysLeaveTheRegistry(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	change := func(r session.Role, cfg *agent.Config) {
		if r != session.User {
			cfg.OneTimeBatch, cfg.OneTimeLowWater = 16, 2
		}
	}
	f := startFleetWith(t, c, dirs, out, change)
	ctx := context.Background()
	f.registerRecipients(t, session.X25519)
	o := agent.OpenOptions{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User,
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
	type named struct {
		acct common.Address
		n    uint32
	}
	var ids []session.ID
	keys := map[session.ID][]named{}
	for range 3 {
		h := openWhenReady(t, f.agents[session.User], o)
		if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
			t.Fatalf("%+v", res[session.User])
		}
		tl, err := timeline.Build(ctx, c.Client, c.Address, c.DeployBlock, h.ID())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if tl.OneTimeKeys[r] == 0 {
				t.Fatalf("session %v names no one-time key of the %v", h.ID(), r)
			}
			keys[h.ID()] = append(keys[h.ID()], named{c.Accounts[r], tl.OneTimeKeys[r]})
		}
		ids = append(ids, h.ID())
	}
	// Two sessions end; the third is still served.
	for _, id := range ids[:2] {
		if err := f.agents[session.User].CloseSession(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids[:2] {
		eventually(t, "the sessions closed", func() bool { return c.Phase(id) == session.Closed })
	}
	// Deeper than a reorganisation the runtime recovers from, and past the
	// next pruning (every 64 blocks).
	deepen := func() {
		f.exclusive(func() {
			for range agent.RetireDepth + 100 {
				c.Backend.Commit()
			}
		})
		head, err := c.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range session.Roles {
			eventually(t, "the agents at the head", func() bool { return f.agents[r].Processed() >= head })
		}
	}
	// held returns, for each role, the one-time keys its stored registry
	// holds, and whether each is recorded consumed.
	held := func() [3]map[named]bool {
		var got [3]map[named]bool
		for _, r := range session.Roles {
			st, err := store.Open(dirs[r])
			if err != nil {
				t.Fatal(err)
			}
			reg, err := st.Registry()
			st.Close()
			if err != nil {
				t.Fatalf("the %v's registry: %v", r, err)
			}
			got[r] = map[named]bool{}
			for _, k := range reg.OneTime {
				got[r][named{k.Account, k.Number}] = k.Used != 0

			}
		}
		return got
	}
	check := func(when string) {
		t.Helper()
		for r, got := range held() {
			for _, id := range ids[:2] {
				for _, k := range keys[id] {
					if _, ok := got[k]; ok {
						t.Errorf("%s: the %v's registry still holds key #%d of %s, consumed by closed session %v", when, session.Role(r), k.n, k.acct.Hex(), id)
					}
				}
			}
			for _, k := range keys[ids[2]] {
				if !got[k] {
					t.Errorf("%s: the %v's registry lost key #%d of %s (or its consumption), named by session %v it still serves", when, session.Role(r), k.n, k.acct.Hex(), ids[2])
				}
			}
		}
	}
	start := func() {
		f = startFleetWith(t, c, dirs, out, change)
		for _, r := range session.Roles {
			eventually(t, "the agents ready", func() bool {
				select {
				case <-f.agents[r].Ready():
					return true
				default:
					return false
				}
			})
		}
	}
	// A restart before the consumptions are deep: the closed sessions'
	// logs are not read again, so what the registry knows of them comes
	// from the store, or for a miner and an oracle from the contract,
	// which they ask at start-up. Their stored registries are made to say
	// nothing of consumption, as after a crash before they were stored
	// again.
	f.stop(t)
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		st, err := store.Open(dirs[r])
		if err != nil {
			t.Fatal(err)
		}
		reg, err := st.Registry()
		if err != nil {
			t.Fatal(err)
		}
		for i := range reg.OneTime {
			reg.OneTime[i].Used = 0
		}
		if err := st.SetRegistry(reg); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	start()
	deepen()
	f.stop(t)
	check("after the blocks")

	// A restart replays the served session's logs with the keys it kept.
	start()
	deepen()
	f.stop(t)
	check("after another restart")
	if logs := f.logs.String(); strings.Contains(logs, "never seen published") {
		t.Errorf("a restarted agent missed a one-time key:\n%s", logs)
	}

	// A new data directory of the oracle's account reads every published
	// batch; it learns from the contract which keys are consumed, and
	// forgets them as the others did: it serves none of these sessions,
	// which were established (one is still) before it started.
	dirs[session.Oracle] = t.TempDir()
	start()
	deepen()
	f.stop(t)
	got := held()[session.Oracle]
	fresh := 0
	for k, used := range got {
		if !used {
			fresh++
		}
		for id, ks := range keys {
			if slices.Contains(ks, k) {
				t.Errorf("a new data directory of the oracle holds key #%d of %s, consumed by session %v", k.n, k.acct.Hex(), id)
			}
		}
	}
	if fresh == 0 {
		t.Error("a new data directory of the oracle holds no fresh one-time key")
	}
	// Established or ended before it started, the sessions are not
	// served: a machine made from their logs would stall in them.
	if logs := f.logs.String(); strings.Contains(logs, "event rejected") {
		t.Errorf("a new data directory served sessions that were over:\n%s", logs)
	}
}
