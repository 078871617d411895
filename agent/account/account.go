// Package account loads the Ethereum account an agent signs transactions
// with: a go-ethereum keystore file unlocked by a password file, or, for
// development chains, a hex private key. The account key only signs
// transactions; it is never used for key agreement (X25519 keys do that).
package account

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is an address and the key that signs for it.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Source says where the key comes from: exactly one of HexKey or
// KeystoreFile (with PasswordFile).
type Source struct {
	HexKey       string
	KeystoreFile string
	PasswordFile string
}

// Load loads the account. Errors never include key material.
func Load(s Source) (Account, error) {
	switch {
	case s.HexKey != "" && s.KeystoreFile != "":
		return Account{}, errors.New("account: give either a hex key or a keystore file, not both")
	case s.HexKey != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s.HexKey), "0x"))
		if err != nil {
			return Account{}, errors.New("account: the hex key is not a valid secp256k1 private key")
		}
		return Account{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k}, nil
	case s.KeystoreFile != "":
		if s.PasswordFile == "" {
			return Account{}, errors.New("account: a keystore file needs a password file")
		}
		blob, err := os.ReadFile(s.KeystoreFile)
		if err != nil {
			return Account{}, fmt.Errorf("account: %w", err)
		}
		pw, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return Account{}, fmt.Errorf("account: %w", err)
		}
		k, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
		clear(pw)
		if err != nil {
			return Account{}, fmt.Errorf("account: unlocking %s: %w", s.KeystoreFile, err)
		}
		return Account{Address: k.Address, Key: k.PrivateKey}, nil
	}
	return Account{}, ErrNoKey
}

// ErrNoKey is what Load returns when the Source names no key at all; a
// command line says which of its flags and variables give one.
var ErrNoKey = errors.New("account: no key given (a keystore file with a password file, or a hex key for development chains)")

// ErrNoFunds is what CheckFunds returns for an account that holds no
// ether: every transaction it signed would fail for want of gas.
var ErrNoFunds = errors.New("account has no funds")

// BalanceReader reads an account's balance (an ethclient.Client is one).
type BalanceReader interface {
	BalanceAt(ctx context.Context, addr common.Address, block *big.Int) (*big.Int, error)
}

// CheckFunds fails with ErrNoFunds, naming the account and the chain, when
// addr holds no ether on the chain b reads.
func CheckFunds(ctx context.Context, b BalanceReader, chainID uint64, addr common.Address) error {
	bal, err := b.BalanceAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("reading the balance of %s: %w", addr, err)
	}
	if bal.Sign() == 0 {
		return &NoFundsError{Address: addr, ChainID: chainID}
	}
	return nil
}

// NoFundsError names the account without funds and its chain; it is
// ErrNoFunds to errors.Is.
type NoFundsError struct {
	Address common.Address
	ChainID uint64
}

func (e *NoFundsError) Error() string {
	return fmt.Sprintf("account %s has no funds on chain %d to pay for gas: send it some ether first", e.Address, e.ChainID)
}

// Is reports whether target is ErrNoFunds.
func (e *NoFundsError) Is(target error) bool { return target == ErrNoFunds }
