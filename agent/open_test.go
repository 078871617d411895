package agent_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// An agent stopped while its open was in flight keeps the open's secret:
// the open may still be mined. Once the chain's nonce for the account has
// passed that open's, it never can be, and the restarted agent deletes
// the secret; an open whose nonce is still ahead is kept. Stopping the
// agents with an open in flight does not hang.
func TestUnminedOpensAreForgotten(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	st, err := store.Open(dirs[session.User])
	if err != nil {
		t.Fatal(err)
	}
	stale, ahead := session.ID{0x5a}, session.ID{0xa5}
	for id, nonce := range map[session.ID]uint64{stale: 0, ahead: 7} {
		if err := st.PutSecret(id, "served", binary.BigEndian.AppendUint64(nil, nonce)); err != nil {
			t.Fatal(err)
		}
		if err := st.PutSecret(id, string(protocol.SecretEphemeral), bytes.Repeat([]byte{1}, 32)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	f := startFleet(t, c, dirs, out)
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120})
	out.wait(t, h.ID(), 60*time.Second)
	waitGone(t, sessionFile(dirs[session.User], stale))
	if _, err := os.Stat(sessionFile(dirs[session.User], ahead)); err != nil {
		t.Fatalf("the open with a nonce still ahead was not kept: %v", err)
	}
	if !strings.Contains(f.logs.String(), "never mined") {
		t.Fatal("no log line for the deleted open")
	}
	// Stop right after an open is sent: Run returns without waiting for it.
	openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120})
	f.stop(t)
}

// rotateBeforeOpen is the user's backend: just before the first open is
// estimated, it runs rotate (the miner rotates its key), as if the
// rotation were mined between the user reading the registry and its open.
type rotateBeforeOpen struct {
	agent.Backend
	once   sync.Once
	rotate func()
}

func (b *rotateBeforeOpen) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if wire.OpenCalldata(msg.Data) != nil {
		b.once.Do(b.rotate)
	}
	return b.Backend.EstimateGas(ctx, msg)
}

// A recipient that rotates its key between the user reading the registry
// and the open being mined no longer breaks the session: the open pins
// the versions it wrapped to, the contract refuses it
// (SessionKeystoreKeyVersionMismatch), and the user's agent reads the
// registry again and opens to the new key, which the session records.
func TestOpenRetriesAfterARecipientRotates(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	var f *fleet
	ctx := context.Background()
	userBackend := &rotateBeforeOpen{Backend: c.Client}
	userBackend.rotate = func() {
		if v, err := f.agents[session.Miner].RegisterKey(ctx, session.X25519); err != nil || v != 2 {
			t.Errorf("rotating the miner's key: version %d, %v", v, err)
		}
	}
	f = startFleetOn(t, c, dirs, out, nil, func(r session.Role) agent.Backend {
		if r == session.User {
			return userBackend
		}
		return c.Client
	})
	defer f.stop(t)
	f.registerRecipients(t, session.X25519)
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Suite: session.X25519, Coordinator: session.User, PhaseTimeout: 120})
	res := out.wait(t, h.ID(), 60*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("%v: %+v", r, res[r])
		}
	}
	v, err := bindings.NewSessionKeystore().UnpackSession(callSession(t, c, h.ID()))
	if err != nil {
		t.Fatal(err)
	}
	if v.MinerKeyVersion != 2 || v.OracleKeyVersion != 1 {
		t.Fatalf("recorded key versions %d, %d; want 2, 1", v.MinerKeyVersion, v.OracleKeyVersion)
	}
	if !strings.Contains(f.logs.String(), "reading the registry again") {
		t.Fatal("no log line for the retried open")
	}
}

func callSession(t *testing.T, c *simchain.Chain, id session.ID) []byte {
	t.Helper()
	to := c.Address
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: bindings.NewSessionKeystore().PackSession(id)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// revokeBeforeFirstOpen is the user's backend: just before the first open
// transaction is broadcast (after its gas estimate), it runs revoke (the
// oracle revokes its key), so that open reverts when mined.
type revokeBeforeFirstOpen struct {
	agent.Backend
	armed  atomic.Bool
	once   sync.Once
	revoke func()
}

func (b *revokeBeforeFirstOpen) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.armed.Load() && wire.OpenCalldata(tx.Data()) != nil {
		b.once.Do(b.revoke)
	}
	return b.Backend.SendTransaction(ctx, tx)
}

// One failed open does not break the user's opens sent behind it: open n
// reverts when mined (a recipient revoked its key meanwhile), and open
// n+1, already numbered and sent, still opens its session.
func TestFailedOpenDoesNotBreakTheNext(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	var f *fleet
	ctx := context.Background()
	userBackend := &revokeBeforeFirstOpen{Backend: c.Client}
	userBackend.revoke = func() {
		if err := f.agents[session.Oracle].RevokeKey(ctx, session.X25519); err != nil {
			t.Errorf("revoking the oracle's key: %v", err)
		}
	}
	f = startFleetOn(t, c, dirs, out, nil, func(r session.Role) agent.Backend {
		if r == session.User {
			return userBackend
		}
		return c.Client
	})
	defer f.stop(t)
	f.registerRecipients(t, session.X25519)
	combined := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120}
	// A first Method 1 session, so that the agent knows an open's gas and
	// sends the next one right behind an open in flight.
	first := openWhenReady(t, f.agents[session.User], combined)
	out.wait(t, first.ID(), 60*time.Second)

	userBackend.armed.Store(true)
	doomed := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Suite: session.X25519, Coordinator: session.User, PhaseTimeout: 120})
	behind := openWhenReady(t, f.agents[session.User], combined)
	if doomed.Wait(ctx) == nil {
		t.Fatal("the open to a revoked key was not refused")
	}
	res := out.wait(t, behind.ID(), 60*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("the open behind the failed one: %v: %+v", r, res[r])
		}
	}
}

// consumeBeforeOpen is the user's backend: once armed, at the gas
// estimate of its next open it runs consume with the open's calldata
// first.
// It counts its isOneTimeKeyAvailable calls as countAvailability does.
type consumeBeforeOpen struct {
	countAvailability
	armed   atomic.Bool
	consume func(data []byte)
}

func (b *consumeBeforeOpen) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if open := wire.OpenCalldata(msg.Data); open != nil && b.armed.CompareAndSwap(true, false) {
		b.consume(open)
	}
	return b.Backend.EstimateGas(ctx, msg)
}

// sendFrom signs and sends a transaction of key's account with the given
// nonce.
func sendFrom(t *testing.T, c *simchain.Chain, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(c.ChainID))
	tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(c.ChainID), Nonce: nonce,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 5_000_000, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

// minedReceipt waits until a block includes tx and returns its receipt.
func minedReceipt(t *testing.T, c *simchain.Chain, tx *types.Transaction) *types.Receipt {
	t.Helper()
	for range 500 {
		if r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash()); err == nil {
			return r
		}
		<-time.After(20 * time.Millisecond)
	}
	t.Fatalf("transaction %s never mined", tx.Hash())
	return nil
}

// A user whose view of the recipients' one-time keys is stale (another
// user consumed the key it picks, in a log its agent has not followed
// yet) sees its open refused by the gas estimate
// (SessionKeystoreOneTimeKeyUsed), and Open picks other keys and opens
// the session. The other user here sends the very same open first from
// an account of its own (the contract takes any open nonce not below
// that account's count), which consumes exactly the keys the open names.
func TestOpenRetriesWhenAnotherUserTookItsOneTimeKey(t *testing.T) {
	c := simchain.New(t)
	other, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	userNonce, err := c.Client.PendingNonceAt(ctx, c.Accounts[session.User])
	if err != nil {
		t.Fatal(err)
	}
	fund := sendFrom(t, c, c.Keys[session.User], userNonce, crypto.PubkeyToAddress(other.PublicKey), big.NewInt(params.Ether), nil)
	c.Backend.Commit()
	if r := minedReceipt(t, c, fund); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("funding the other user failed")
	}

	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	user := &consumeBeforeOpen{countAvailability: countAvailability{Backend: c.Client}}
	var consumed *types.Receipt
	user.consume = func(data []byte) { consumed = minedReceipt(t, c, sendFrom(t, c, other, 0, c.Address, nil, data)) }
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
	// The first open reads what is available; the second picks from the
	// followed logs alone.
	h := openWhenReady(t, f.agents[session.User], o)
	if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("%+v", res[session.User])
	}
	user.armed.Store(true)
	probed := user.calls.Load()
	h = openWhenReady(t, f.agents[session.User], o)
	if consumed == nil || consumed.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the other user's copy of the open was not mined: %+v", consumed)
	}
	// The refusal proved the followed logs behind: the retried pick asks
	// the contract again instead of trusting them (with many users at
	// once, they may be behind by many keys).
	if user.calls.Load() == probed {
		t.Fatal("the open retried after a refusal picked a one-time key without asking the contract")
	}
	if res := out.wait(t, h.ID(), 30*time.Second); res[session.User].Phase != session.Established {
		t.Fatalf("%+v", res[session.User])
	}
	if !strings.Contains(f.logs.String(), "reading the registry again") {
		t.Fatal("no log line for the retried open")
	}
	wantOneTimeWraps(t, c, h.ID())
}
