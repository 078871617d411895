package e2e

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/sessionkeystore/sessionkeystore/agent/openaiapi"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// TestUserOpenRetriesWhenItsOneTimeKeyIsTaken (issue 13): `user open`
// names the miner's one-time key; just before its open transaction reaches
// the node (after its gas estimate passed), another user's open consumes
// that very key. The user's open is mined and reverts
// (SessionKeystoreOneTimeKeyUsed, which a receipt does not carry: the
// agent asks the contract whether the key it named is still available),
// and `user open` opens again, naming another key, and the session
// establishes. Without the retry the command fails with the reverted
// open.
func TestUserOpenRetriesWhenItsOneTimeKeyIsTaken(t *testing.T) {
	t.Parallel()
	n := start(t, 0) // automine: each transaction is mined as it arrives
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := n.Setup(ctx, "user", "thief"); err != nil { // waits for the first batches
		t.Fatal(err)
	}
	user, thief := n.Accounts["user"], n.Accounts["thief"]
	px, seen, stolen := stealingProxy(ctx, t, n, thief)

	f := localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519}
	out, err := n.CommandEnv(ctx, append(n.Env(user, px.URL()), "POLL_INTERVAL=200ms"), "user", f.Args(n)...)
	var taken uint32
	select {
	case th := <-stolen:
		if th.err != nil {
			t.Fatalf("the other user's open: %v", th.err)
		}
		taken = th.key
	default:
		t.Fatalf("the user's open never passed the proxy (%v):\n%s", err, out)
	}
	if err != nil || !strings.Contains(out, "outcome: ESTABLISHED") {
		t.Fatalf("user open did not establish after its one-time key was taken (%v):\n%s", err, out)
	}
	if got := seen.Load(); got < 2 {
		t.Fatalf("%d open transactions passed the proxy, want the refused one and its retry:\n%s", got, out)
	}
	// The refused open left no trace (its nonce, 0, was taken again); the
	// session opened names another key of the miner.
	want := fmt.Sprintf("OneTimeKeysUsed miner key #%d,", taken)
	if !strings.Contains(out, "OneTimeKeysUsed miner key #") || strings.Contains(out, want) {
		t.Fatalf("the session does not name another miner key than the taken #%d:\n%s", taken, out)
	}
}

// TestServeRetriesWhenItsOneTimeKeyIsTaken: `user serve` opens its session
// on the first API request the way `user open` does. When another user's
// open takes the miner one-time key serve's open named, the mined open is
// refused, and serve opens again instead of failing the request. Without
// the retry the request fails with the reverted open.
func TestServeRetriesWhenItsOneTimeKeyIsTaken(t *testing.T) {
	t.Parallel()
	n := start(t, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := n.Setup(ctx, "user", "thief"); err != nil {
		t.Fatal(err)
	}
	user, thief := n.Accounts["user"], n.Accounts["thief"]
	px, seen, stolen := stealingProxy(ctx, t, n, thief)
	job, err := n.StartJob(session.User, user, px.URL(), []string{"serve", "-listen", "127.0.0.1:0",
		"-miner", n.Accounts["miner"].Address.Hex(), "-oracle", n.Accounts["oracle"].Address.Hex(),
		"-method", "coordinator", "-coordinator", "user", "-api-key", "test-key", "-transport", "chain"},
		"POLL_INTERVAL=200ms")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = job.Stop() })
	base := serveBase(ctx, t, job)
	c := openai.NewClient(option.WithBaseURL(base+"/"), option.WithAPIKey("test-key"), option.WithMaxRetries(0))
	got, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openaiapi.DefaultModel,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("what is two and two?")}})
	select {
	case th := <-stolen:
		if th.err != nil {
			t.Fatalf("the other user's open: %v", th.err)
		}
	default:
		t.Fatalf("serve's open never passed the proxy (%v):\n%s", err, job.Output())
	}
	if err != nil {
		t.Fatalf("the request failed after serve's one-time key was taken: %v\n%s", err, job.Output())
	}
	if got := seen.Load(); got < 2 {
		t.Fatalf("%d open transactions passed the proxy, want the refused one and its retry:\n%s", got, job.Output())
	}
	var v openaiapi.Verdict
	if err := json.Unmarshal([]byte(got.JSON.ExtraFields["sessionkeystore"].Raw()), &v); err != nil || v.Verdict != "valid" || v.Request != 0 {
		t.Fatalf("verdict %+v (%v) in %s", v, err, got.RawJSON())
	}
}

// theft is what stealingProxy's thief did: the miner one-time key it took
// and its error.
type theft struct {
	key uint32
	err error
}

// stealingProxy is an RPC proxy in front of n whose first open transaction
// to the contract is held while thief opens a session naming the same
// miner one-time key (after the user's gas estimate passed, before its
// open reaches the node). seen counts the open transactions that passed;
// stolen receives the theft.
func stealingProxy(ctx context.Context, t *testing.T, n *localnet.Net, thief *localnet.Account) (*localnet.RPCProxy, *atomic.Int32, <-chan theft) {
	t.Helper()
	open := bindings.NewSessionKeystore().GetABI().Methods["open"]
	seen := new(atomic.Int32)
	stolen := make(chan theft, 1)
	px, err := n.NewRPCProxy(localnet.RPCProxyOptions{BeforeSend: func(raw []byte) {
		var tx types.Transaction
		if tx.UnmarshalBinary(raw) != nil || tx.To() == nil || *tx.To() != n.Deployment.Address {
			return
		}
		call := wire.OpenCalldata(tx.Data())
		if call == nil || seen.Add(1) != 1 {
			return
		}
		key, err := steal(ctx, n, thief, open, call[4:])
		stolen <- theft{key, err}
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = px.Close() })
	return px, seen, stolen
}

// steal opens, as thief, a Method 2 session coordinated by the oracle that
// names the miner one-time key the open call data names, so that the key
// is consumed before that open is mined.
// It returns the key's number.
func steal(ctx context.Context, n *localnet.Net, thief *localnet.Account, open abi.Method, data []byte) (uint32, error) {
	args, err := open.Inputs.Unpack(data)
	if err != nil || len(args) != 1 {
		return 0, fmt.Errorf("unpacking the user's open: %v", err)
	}
	p := *abi.ConvertType(args[0], new(bindings.ISessionKeystoreOpenParams)).(*bindings.ISessionKeystoreOpenParams)
	if p.MinerOneTimeKey == 0 {
		return 0, fmt.Errorf("the user's open names no one-time key of the miner")
	}
	return p.MinerOneTimeKey, stealKey(ctx, n, thief, p)
}

func stealKey(ctx context.Context, n *localnet.Net, thief *localnet.Account, p bindings.ISessionKeystoreOpenParams) error {
	key, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
	if err != nil {
		return err
	}
	c, to := n.Client(), n.Deployment.Address
	nonce, err := c.NonceAt(ctx, thief.Address, nil)
	if err != nil {
		return err
	}
	calldata := bindings.NewSessionKeystore().PackOpen(bindings.ISessionKeystoreOpenParams{
		Miner: p.Miner, Oracle: p.Oracle, Method: uint8(session.Coordinator), Suite: uint8(session.X25519),
		Coordinator: uint8(session.Oracle), PhaseTimeout: 60, Nonce: nonce, UserKey: key.PublicKey(),
		MinerOneTimeKey: p.MinerOneTimeKey,
	})
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: thief.Address, To: &to, Data: calldata})
	if err != nil {
		return fmt.Errorf("estimating: %w", err)
	}
	price, err := c.SuggestGasPrice(ctx)
	if err != nil {
		return err
	}
	tx, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: nonce, To: &to, Gas: gas + gas/4, GasPrice: price, Data: calldata}),
		types.LatestSignerForChainID(new(big.Int).SetUint64(n.ChainID)), thief.Key)
	if err != nil {
		return err
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		return err
	}
	for {
		rcpt, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("the other open reverted")
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}
