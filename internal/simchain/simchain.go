// Package simchain is a test fixture: SessionKeystore deployed on
// go-ethereum's in-process simulated chain (the real EVM), with a funded
// account per role. Tests of the bindings, the timeline and the agents
// share it, so none of them mocks the contract.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// Chain is a deployed SessionKeystore on a simulated chain.
type Chain struct {
	t        testing.TB
	Backend  *simulated.Backend
	Client   simulated.Client
	ABI      *bindings.SessionKeystore
	Contract *bind.BoundContract
	Address  common.Address
	ChainID  uint64
	Keys     [3]*ecdsa.PrivateKey
	Accounts [3]common.Address
	// DeployBlock is the block the contract was deployed in.
	DeployBlock uint64
}

// New deploys SessionKeystore on a fresh simulated chain; it is closed when
// the test ends.
func New(t testing.TB) *Chain {
	t.Helper()
	c := &Chain{t: t, ABI: bindings.NewSessionKeystore()}
	alloc := types.GenesisAlloc{}
	for _, r := range session.Roles {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		c.Keys[r] = k
		c.Accounts[r] = crypto.PubkeyToAddress(k.PublicKey)
		alloc[c.Accounts[r]] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	c.Backend = simulated.NewBackend(alloc)
	t.Cleanup(func() { c.Backend.Close() })
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.ChainID = id.Uint64()
	addr, tx, err := bind.DeployContract(c.Opts(session.User), common.FromHex(bindings.SessionKeystoreMetaData.Bin), c.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Backend.Commit()
	rcpt, err := bind.WaitMined(context.Background(), c.Client, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploying SessionKeystore: %v", err)
	}
	c.Address, c.DeployBlock = addr, rcpt.BlockNumber.Uint64()
	c.Contract = c.ABI.Instance(c.Client, addr)
	return c
}

// Opts returns transact options signing as role r.
func (c *Chain) Opts(r session.Role) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Keys[r], new(big.Int).SetUint64(c.ChainID))
}

// Send mines one transaction of role r and returns its receipt, failing the
// test unless it succeeds.
func (c *Chain) Send(r session.Role, data []byte) *types.Receipt {
	c.t.Helper()
	tx, err := bind.Transact(c.Contract, c.Opts(r), data)
	if err != nil {
		c.t.Fatalf("%v: %v", r, err)
	}
	c.Backend.Commit()
	rcpt, err := bind.WaitMined(context.Background(), c.Client, tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%v: transaction reverted", r)
	}
	return rcpt
}

// AdjustTime moves the chain's clock forward by d for the next block. The
// simulated backend refuses while its pool still lists a transaction,
// which it does for a moment after the block that included it: AdjustTime
// asks again for up to two seconds.
func (c *Chain) AdjustTime(d time.Duration) error {
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := c.Backend.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Events names the events of a receipt, in order.
func (c *Chain) Events(rcpt *types.Receipt) []string {
	c.t.Helper()
	parsed := c.ABI.GetABI()
	var names []string
	for _, l := range rcpt.Logs {
		ev, err := parsed.EventByID(l.Topics[0])
		if err != nil {
			c.t.Fatalf("unknown event topic %s", l.Topics[0])
		}
		names = append(names, ev.Name)
	}
	return names
}

// WantEvents fails the test unless the receipt has exactly these events.
func (c *Chain) WantEvents(rcpt *types.Receipt, want ...string) {
	c.t.Helper()
	if got := c.Events(rcpt); !slices.Equal(got, want) {
		c.t.Fatalf("events %v, want %v", got, want)
	}
}

// Phase returns phaseOf(id).
func (c *Chain) Phase(id session.ID) session.Phase {
	c.t.Helper()
	p, err := bind.Call(c.Contract, nil, c.ABI.PackPhaseOf(id), c.ABI.UnpackPhaseOf)
	if err != nil {
		c.t.Fatal(err)
	}
	return session.Phase(p)
}

// NextID returns the id and nonce of the user's next session.
func (c *Chain) NextID() (session.ID, uint64) {
	c.t.Helper()
	n, err := bind.Call(c.Contract, nil, c.ABI.PackNonces(c.Accounts[session.User]), c.ABI.UnpackNonces)
	if err != nil {
		c.t.Fatal(err)
	}
	return skcrypto.SessionID(c.ChainID, c.Address, c.Accounts[session.User], n), n
}

// Params returns the session parameters for id with these accounts.
func (c *Chain) Params(id session.ID, m session.Method, s session.Suite, coordinator session.Role) session.Params {
	return session.Params{ChainID: c.ChainID, Contract: c.Address, ID: id, Method: m, Suite: s, Coordinator: coordinator,
		User: c.Accounts[session.User], Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
}
