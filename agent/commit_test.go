package agent

import (
	"context"
	"encoding/hex"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestBlockDoneStoresTheBlocksSecretsFirst: what a block's logs staged is
// on disk before the block's cursor is stored; a block whose secrets
// cannot be stored is not passed (a restart applies its logs again).
func TestBlockDoneStoresTheBlocksSecretsFirst(t *testing.T) {
	c := simchain.New(t)
	ctx := context.Background()
	dir := t.TempDir()
	a, err := New(ctx, Config{Role: session.Miner, Account: account.Account{Address: c.Accounts[session.Miner], Key: c.Keys[session.Miner]},
		Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dir, PollInterval: time.Second}, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	id := session.ID{7}
	record := filepath.Join(dir, "sessions", hex.EncodeToString(id[:])+".json")
	a.mu.Lock()
	defer a.mu.Unlock()
	a.staging = true // as while a log is applied
	if err := a.putSecret(id, "ephemeral", []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	a.staging = false
	if _, err := os.Stat(record); !os.IsNotExist(err) {
		t.Fatalf("a secret staged while a log was applied is on disk before the block is done: %v", err)
	}

	// The record cannot be renamed into place: a directory stands there.
	if err := os.Mkdir(record, 0o700); err != nil {
		t.Fatal(err)
	}
	block := chain.Cursor{Number: 5, Hash: common.Hash{5}}
	if err := a.blockDone(ctx, block, 0, math.MaxUint64); err == nil {
		t.Fatal("blockDone passed a block whose secrets it could not store")
	}
	if cur, err := a.store.Cursor(); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the cursor was stored (%+v, %v) though the block's secrets were not", cur, err)
	}

	if err := os.Remove(record); err != nil {
		t.Fatal(err)
	}
	if err := a.blockDone(ctx, block, 0, math.MaxUint64); err != nil {
		t.Fatal(err)
	}
	if cur, err := a.store.Cursor(); err != nil || cur.Block != 5 {
		t.Fatalf("cursor %+v, %v; want block 5", cur, err)
	}
	if _, err := os.Stat(record); err != nil {
		t.Fatalf("the block's secret after blockDone: %v", err)
	}
}
