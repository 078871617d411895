package deployment_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

func TestDeployRecordVerify(t *testing.T) {
	c := simchain.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	go func() { // WaitMined needs blocks
		for ctx.Err() == nil {
			c.Backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	opts := c.Opts(session.User)
	opts.Context = ctx
	rec, err := deployment.Deploy(ctx, c.Client, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rec.ChainID != c.ChainID || rec.Deployer != c.Accounts[session.User] || rec.Block == 0 || rec.CodeHash == (common.Hash{}) {
		t.Fatalf("record %+v", rec)
	}
	if err := deployment.Verify(ctx, c.Client, rec); err != nil {
		t.Fatalf("Verify of a fresh record: %v", err)
	}

	dir := t.TempDir()
	path := deployment.Path(filepath.Join(dir, "deployments"), rec.ChainID)
	if want := filepath.Join(dir, "deployments", fmt.Sprintf("%d.json", rec.ChainID)); path != want {
		t.Fatalf("Path = %s, want %s", path, want)
	}
	if err := deployment.Save(path, rec, false); err != nil {
		t.Fatal(err)
	}
	got, err := deployment.Load(path)
	if err != nil || got != rec {
		t.Fatalf("Load = %+v, %v; want %+v", got, err, rec)
	}
	// Never overwritten silently.
	other := rec
	other.Address = common.Address{1}
	if err := deployment.Save(path, other, false); !errors.Is(err, deployment.ErrExists) {
		t.Fatalf("Save over a record: %v, want ErrExists", err)
	}
	if got, _ := deployment.Load(path); got != rec {
		t.Fatal("the refused Save changed the record")
	}
	if err := deployment.Save(path, other, true); err != nil {
		t.Fatalf("Save with overwrite: %v", err)
	}

	// A record that does not match the chain is refused.
	for name, bad := range map[string]deployment.Record{
		"wrong code hash": func() deployment.Record { r := rec; r.CodeHash[0] ^= 1; return r }(),
		"no code there":   func() deployment.Record { r := rec; r.Address = common.Address{9}; return r }(),
	} {
		if err := deployment.Verify(ctx, c.Client, bad); !errors.Is(err, deployment.ErrCodeMismatch) {
			t.Errorf("%s: %v, want ErrCodeMismatch", name, err)
		}
	}
	wrongChain := rec
	wrongChain.ChainID++
	if err := deployment.Verify(ctx, c.Client, wrongChain); err == nil {
		t.Error("a record of another chain verified")
	}
	// Malformed files are errors, not zero records.
	for _, body := range []string{"", "{", "{}", `{"chainId":"x"}`, `{"chainId":1,"address":"0x0000000000000000000000000000000000000001","extra":1}`} {
		p := filepath.Join(dir, "bad.json")
		os.WriteFile(p, []byte(body), 0o600)
		if _, err := deployment.Load(p); err == nil {
			t.Errorf("Load accepted %q", body)
		}
	}
}

// TestExisting: deploy's check of a record already there. A record of the
// contract on the chain needs no new deployment; no record is no error; a
// record the chain does not bear out (a restarted development chain, a
// record of another chain, an unreadable file) is ErrStale, so that deploy
// can say -overwrite is what is wanted (issue 16 item 2: the README's
// steps run again on the same chain).
func TestExisting(t *testing.T) {
	c := simchain.New(t)
	ctx := context.Background()
	code, err := c.Client.CodeAt(ctx, c.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := deployment.Record{ChainID: c.ChainID, Address: c.Address, Block: c.DeployBlock, CodeHash: crypto.Keccak256Hash(code)}
	dir := t.TempDir()
	path := deployment.Path(dir, c.ChainID)
	if _, ok, err := deployment.Existing(ctx, c.Client, path); ok || err != nil {
		t.Fatalf("no record: %v, %v", ok, err)
	}
	if err := deployment.Save(path, rec, false); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := deployment.Existing(ctx, c.Client, path); !ok || err != nil || got != rec {
		t.Fatalf("the live contract's record: %+v, %v, %v", got, ok, err)
	}
	for name, bad := range map[string]deployment.Record{
		"no code there":  func() deployment.Record { r := rec; r.Address = common.Address{9}; return r }(),
		"another chain":  func() deployment.Record { r := rec; r.ChainID++; return r }(),
		"other bytecode": func() deployment.Record { r := rec; r.CodeHash[0] ^= 1; return r }(),
	} {
		if err := deployment.Save(path, bad, true); err != nil {
			t.Fatal(err)
		}
		if _, ok, err := deployment.Existing(ctx, c.Client, path); ok || !errors.Is(err, deployment.ErrStale) {
			t.Errorf("%s: %v, %v; want ErrStale", name, ok, err)
		}
	}
	os.WriteFile(path, []byte("{"), 0o600)
	if _, ok, err := deployment.Existing(ctx, c.Client, path); ok || !errors.Is(err, deployment.ErrStale) {
		t.Errorf("unreadable record: %v, %v; want ErrStale", ok, err)
	}
}
