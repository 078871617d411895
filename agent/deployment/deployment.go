// Package deployment deploys SessionKeystore and keeps the record of where
// it lives: deployments/<chainId>.json with the address, the transaction,
// the block and the hash of the deployed code. Agents find the contract
// through the record, and check the code hash before they trust it.
package deployment

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/bindings"
)

var (
	// ErrExists is returned by Save when a record for the chain exists and
	// overwriting was not asked for: a deployment is never replaced silently.
	ErrExists = errors.New("deployment: a record for this chain exists")
	// ErrCodeMismatch is returned when the code at the recorded address is
	// not the recorded code.
	ErrCodeMismatch = errors.New("deployment: code at address does not match the record")
	// ErrStale is returned by Existing for a record the chain does not
	// bear out: unreadable, of another chain, or naming code that is not
	// there (a development chain restarted since).
	ErrStale = errors.New("deployment: the record does not match the chain")
)

// Record says where SessionKeystore is deployed on one chain.
type Record struct {
	ChainID     uint64         `json:"chainId"`
	Address     common.Address `json:"address"`
	Transaction common.Hash    `json:"transaction"`
	Block       uint64         `json:"block"`
	CodeHash    common.Hash    `json:"codeHash"`
	Deployer    common.Address `json:"deployer"`
}

// Path returns dir/<chainId>.json.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, fmt.Sprintf("%d.json", chainID))
}

// Load reads a record.
func Load(path string) (Record, error) {
	var r Record
	data, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("deployment: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("deployment: %s: %w", path, err)
	}
	if r.Address == (common.Address{}) || r.ChainID == 0 {
		return r, fmt.Errorf("deployment: %s: missing address or chain id", path)
	}
	return r, nil
}

// Save writes a record, creating its directory. It refuses to replace an
// existing record unless overwrite is set (ErrExists).
func Save(path string, r Record, overwrite bool) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	data = append(data, '\n')
	if !overwrite {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%w: %s (pass the overwrite flag to replace it)", ErrExists, path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("deployment: %w", err)
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	return nil
}

// Backend is what Deploy and Verify need of a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deploy deploys SessionKeystore with opts (from, signer, context) and waits
// for it to be mined.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts) (Record, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return Record{}, fmt.Errorf("deployment: chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return Record{}, fmt.Errorf("deployment: chain id %v does not fit 64 bits", chainID)
	}
	code := common.FromHex(bindings.SessionKeystoreMetaData.Bin)
	addr, tx, err := bind.DeployContract(opts, code, b, nil)
	if err != nil {
		return Record{}, fmt.Errorf("deployment: sending: %w", err)
	}
	rcpt, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return Record{}, fmt.Errorf("deployment: waiting for %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != 1 {
		return Record{}, fmt.Errorf("deployment: transaction %s reverted", tx.Hash())
	}
	runtime, err := b.CodeAt(ctx, addr, rcpt.BlockNumber)
	if err != nil {
		return Record{}, fmt.Errorf("deployment: reading code: %w", err)
	}
	if len(runtime) == 0 {
		return Record{}, fmt.Errorf("deployment: no code at %s after deployment", addr)
	}
	return Record{
		ChainID:     chainID.Uint64(),
		Address:     addr,
		Transaction: tx.Hash(),
		Block:       rcpt.BlockNumber.Uint64(),
		CodeHash:    crypto.Keccak256Hash(runtime),
		Deployer:    opts.From,
	}, nil
}

// errOtherChain is Verify's error for a record of another chain.
var errOtherChain = errors.New("deployment: record of another chain")

// Verify checks that the chain is the record's and that the code at the
// recorded address hashes to the recorded code hash.
func Verify(ctx context.Context, b Backend, r Record) error {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("deployment: chain id: %w", err)
	}
	if !chainID.IsUint64() || chainID.Uint64() != r.ChainID {
		return fmt.Errorf("%w: it is for chain %d, the node is chain %v", errOtherChain, r.ChainID, chainID)
	}
	code, err := b.CodeAt(ctx, r.Address, nil)
	if err != nil {
		return fmt.Errorf("deployment: reading code: %w", err)
	}
	if crypto.Keccak256Hash(code) != r.CodeHash {
		return fmt.Errorf("%w: %s on chain %d", ErrCodeMismatch, r.Address, r.ChainID)
	}
	return nil
}

// Existing reads the record at path and checks it against the chain: ok
// when it names the contract deployed there (deploying again is not
// needed), false with no error when there is no record, ErrStale when the
// record is unreadable or the chain does not bear it out.
func Existing(ctx context.Context, b Backend, path string) (Record, bool, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return Record{}, false, nil
	}
	r, err := Load(path)
	if err != nil {
		return Record{}, false, fmt.Errorf("%w: %w", ErrStale, err)
	}
	err = Verify(ctx, b, r)
	if errors.Is(err, ErrCodeMismatch) || errors.Is(err, errOtherChain) {
		return r, false, fmt.Errorf("%w: %w", ErrStale, err)
	}
	return r, err == nil, err
}
