package chain

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// SignerFn signs a transaction for the Sender's account and returns the
// signed copy. It must be safe for concurrent use.
type SignerFn func(*types.Transaction) (*types.Transaction, error)

// KeySigner returns a SignerFn signing with key for chain chainID, with
// the newest signer that chain id supports (types.LatestSignerForChainID).
func KeySigner(key *ecdsa.PrivateKey, chainID *big.Int) SignerFn {
	signer := types.LatestSignerForChainID(chainID)
	return func(tx *types.Transaction) (*types.Transaction, error) {
		return types.SignTx(tx, signer, key)
	}
}
