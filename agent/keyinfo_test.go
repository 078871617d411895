package agent

import (
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestAppliedRegistrationKeepsWhatAnOpenRead: an open may read a
// recipient's registry record before the agent applies the block of that
// registration; applying it then keeps the remembered record (the same
// version and key), so that the next open does not read it again, while a
// rotation to a new version drops it.
func TestAppliedRegistrationKeepsWhatAnOpenRead(t *testing.T) {
	c := simchain.New(t)
	ctx := context.Background()
	a, err := New(ctx, Config{Role: session.User, Account: account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: t.TempDir(), PollInterval: time.Second}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	miner := c.Accounts[session.Miner]
	ref := keyRef{miner, session.X25519}
	apply := func(rcpt *types.Receipt) {
		a.mu.Lock()
		defer a.mu.Unlock()
		for _, l := range rcpt.Logs {
			a.handleLog(*l)
		}
	}
	// An open reads the new record, then the agent applies its block.
	rcpt := registerX25519(t, c)
	if _, err := a.recipientInfo(ctx, miner, session.X25519); err != nil {
		t.Fatal(err)
	}
	apply(rcpt)
	a.mu.Lock()
	info, kept := a.keyInfo[ref]
	a.mu.Unlock()
	if !kept || info.Version != 1 {
		t.Fatalf("the record an open read was dropped when its own registration was applied (kept %v, %+v)", kept, info)
	}
	// A rotation the agent applies after remembering version 1.
	apply(registerX25519(t, c))
	a.mu.Lock()
	_, kept = a.keyInfo[ref]
	a.mu.Unlock()
	if kept {
		t.Fatal("a rotation to version 2 left version 1 remembered")
	}
}

// registerX25519 registers a new X25519 key of the miner's and returns the
// receipt.
func registerX25519(t *testing.T, c *simchain.Chain) *types.Receipt {
	t.Helper()
	k, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return c.Send(session.Miner, bindings.NewSessionKeystore().PackRegisterKey(uint8(session.X25519), k.PublicKey().Bytes()))
}
