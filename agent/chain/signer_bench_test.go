package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkSignTx is the signing a Sender does per transaction, with the
// SignerFn agents use: part of every role's irreducible work per session
// (BENCHMARKS.md, issue 15 goal 3).
func BenchmarkSignTx(b *testing.B) {
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	sign := KeySigner(key, big.NewInt(421614))
	to := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	data := make([]byte, 196) // an attest call
	for b.Loop() {
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(421614), Nonce: 7, GasTipCap: big.NewInt(1e9),
			GasFeeCap: big.NewInt(3e9), Gas: 60_000, To: &to, Data: data})
		if _, err := sign(tx); err != nil {
			b.Fatal(err)
		}
	}
}
