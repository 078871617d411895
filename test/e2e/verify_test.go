package e2e

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// TestVerifyNamesAnEquivocatingMethod2Coordinator runs issue 13's public
// blame for Method 2 as its users would meet it: the miner and oracle
// binaries run as processes with their default one-time key pools, and
// the test process is a hostile user that coordinates a Method 2 session
// naming each recipient's one-time key, wraps a different secret to each
// and attests the miner's key. The contract fails the session naming the
// honest oracle (the attestation minority); the honest recipients
// disclose their one-time scalars; then `verify` of a role binary names
// the user, from chain data alone, and `status` prints that verdict beside
// the contract's culprits. Both suites: in the hybrid suite the recipients
// disclose their one-time hybrid keys' seeds.
func TestVerifyNamesAnEquivocatingMethod2Coordinator(t *testing.T) {
	t.Parallel()
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(suite.String(), func(t *testing.T) {
			t.Parallel()
			verifyNamesAnEquivocator(t, suite)
		})
	}
}

func verifyNamesAnEquivocator(t *testing.T, suite session.Suite) {
	n := start(t, 0) // automine
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Setup(ctx, "user"); err != nil { // waits for the first batches
		t.Fatal(err)
	}
	user := n.Accounts["user"]
	miner, oracle := n.Accounts["miner"].Address, n.Accounts["oracle"].Address

	// The recipients' published one-time keys, from the chain.
	logs, err := n.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.Deployment.Block),
		Addresses: []common.Address{n.Deployment.Address}})
	if err != nil {
		t.Fatal(err)
	}
	dec, reg := wire.NewDecoder(n.ChainID, n.Deployment.Address), wire.NewRegistry()
	for i := range logs {
		if ev, err := dec.Decode(&logs[i]); err == nil {
			if b, ok := ev.(wire.OneTimeKeysPublished); ok {
				reg.AddOneTime(b)
			}
		}
	}

	abi := bindings.NewSessionKeystore()
	out, err := n.Client().CallContract(ctx, ethereum.CallMsg{To: &n.Deployment.Address, Data: abi.PackNonces(user.Address)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := abi.UnpackNonces(out)
	if err != nil {
		t.Fatal(err)
	}
	id := skcrypto.SessionID(n.ChainID, n.Deployment.Address, user.Address, nonce)
	p := session.Params{ChainID: n.ChainID, Contract: n.Deployment.Address, ID: id, Method: session.Coordinator, Suite: suite,
		Coordinator: session.User, User: user.Address, Miner: miner, Oracle: oracle}
	tr := skcrypto.CoordinatorTranscript{Params: p}
	call := protocol.OpenCall{ID: id, Miner: miner, Oracle: oracle, Method: p.Method, Suite: p.Suite, Coordinator: p.Coordinator,
		PhaseTimeout: 60, Nonce: nonce}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		fresh := reg.FreshOneTimeKeys(p.Account(r), p.Suite)
		if len(fresh) == 0 {
			t.Fatalf("the %v published no one-time key", r)
		}
		pub, _ := reg.OneTimeKey(p.Account(r), p.Suite, fresh[0])
		tr.Keys[r] = pub
		if r == session.Miner {
			call.MinerOneTimeKey = fresh[0]
		} else {
			call.OracleOneTimeKey = fresh[0]
		}
	}
	pre := tr.PrewrapHash()
	secrets := [3][]byte{session.Miner: bytes.Repeat([]byte{1}, 32), session.Oracle: bytes.Repeat([]byte{2}, 32)}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if tr.Wraps[r], err = skcrypto.Wrap(suite, tr.Keys[r], skcrypto.WrapInfo(pre, r), secrets[r]); err != nil {
			t.Fatal(err)
		}
	}
	call.WrapMiner, call.WrapOracle = tr.Wraps[session.Miner], tr.Wraps[session.Oracle]
	transact(ctx, t, n, user, call)
	k, err := skcrypto.DeriveSessionKey(id, secrets[session.Miner], tr.Hash())
	if err != nil {
		t.Fatal(err)
	}
	transact(ctx, t, n, user, protocol.AttestCall{ID: id, Attestation: k.Attestation()})

	// verify, by a binary with no account, until the session has failed
	// and verify no longer waits for the recipients' disclosures (exit 3
	// while it waits; once one disclosure proves the user lied the verdict
	// is final, exit 0, but it names the equivocation only when both
	// recipients' disclosures are in).
	env := append(os.Environ(), "RPC_URL="+n.RPC, "DEPLOYMENT="+n.Record)
	var verdict string
	for {
		verdict, err = n.CommandEnv(ctx, env, "oracle", "verify", id.String())
		if err == nil && !strings.Contains(verdict, "still under way") && !strings.Contains(verdict, "waiting for the disclosure") {
			break
		}
		if err != nil && !strings.Contains(err.Error(), "exit status 3") || ctx.Err() != nil {
			t.Fatalf("verify: %v\n%s", err, verdict)
		}
		time.Sleep(250 * time.Millisecond)
	}
	for _, want := range []string{"on chain: Failed, attestation-mismatch, culprits oracle", "equivocated", "verdict: user lied"} {
		if !strings.Contains(verdict, want) {
			t.Fatalf("verify does not say %q:\n%s", want, verdict)
		}
	}
	status, err := n.CommandEnv(ctx, env, "miner", "status", id.String())
	if err != nil || !strings.Contains(status, "blame (verify): user proven to have lied; the contract's culprits oracle differ") {
		t.Fatalf("status: %v\n%s", err, status)
	}
}

// transact sends call from acct and waits until it is mined successfully.
func transact(ctx context.Context, t *testing.T, n *localnet.Net, acct *localnet.Account, call protocol.Call) {
	t.Helper()
	data, err := wire.Pack(call)
	if err != nil {
		t.Fatal(err)
	}
	c, to := n.Client(), n.Deployment.Address
	nonce, err := c.PendingNonceAt(ctx, acct.Address)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: acct.Address, To: &to, Data: data})
	if err != nil {
		t.Fatalf("%T refused: %v", call, err)
	}
	price, err := c.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: nonce, To: &to, Gas: gas + gas/4, GasPrice: price, Data: data}),
		types.LatestSignerForChainID(new(big.Int).SetUint64(n.ChainID)), acct.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		rcpt, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("%T reverted", call)
			}
			return
		}
		if !errors.Is(err, ethereum.NotFound) || ctx.Err() != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
