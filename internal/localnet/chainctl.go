package localnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Chain control for the fault tests: Anvil's own RPC methods to stop and
// start mining, reorganise the chain and empty its transaction pool, as
// Anvil 1.7 accepts them.

// RawCall calls method on the net's node with args and decodes the result
// into result (nil discards it).
func (n *Net) RawCall(ctx context.Context, result any, method string, args ...any) error {
	if err := n.client.Client().CallContext(ctx, result, method, args...); err != nil {
		return fmt.Errorf("localnet: %s: %w", method, err)
	}
	return nil
}

// StopMining stops every kind of mining (automine and the block interval):
// transactions wait in the pool until StartMining or Mine.
func (n *Net) StopMining(ctx context.Context) error {
	if err := n.RawCall(ctx, nil, "evm_setAutomine", false); err != nil {
		return err
	}
	return n.RawCall(ctx, nil, "evm_setIntervalMining", 0)
}

// StartMining mines as the net was started to: a block per BlockTime (in
// whole seconds; Anvil's evm_setIntervalMining takes no less), or with
// automine, a block per transaction. Under automine it first mines one
// block for the transactions that waited in the pool meanwhile.
func (n *Net) StartMining(ctx context.Context) error {
	if bt := n.opts.BlockTime; bt > 0 {
		if bt%time.Second != 0 {
			return fmt.Errorf("localnet: StartMining: block time %v is not whole seconds", bt)
		}
		return n.RawCall(ctx, nil, "evm_setIntervalMining", uint64(bt/time.Second))
	}
	if err := n.Mine(ctx, 1); err != nil {
		return err
	}
	return n.RawCall(ctx, nil, "evm_setAutomine", true)
}

// Mine mines blocks at once (anvil_mine), with whatever the pool holds.
func (n *Net) Mine(ctx context.Context, blocks int) error {
	return n.RawCall(ctx, nil, "anvil_mine", hexutil.Uint64(blocks))
}

// ReorgTx is a transaction a reorganisation mines in its new blocks.
type ReorgTx struct {
	Tx *types.Transaction
	// Offset is the new block that holds it: 0 is the first new block
	// (the height of the oldest block replaced).
	Offset int
}

// Reorg replaces the newest depth blocks with depth new blocks holding txs
// (anvil_reorg), and nothing else: a transaction of a replaced block that
// is not in txs is gone, neither mined nor pending. Stop mining first, or
// a block mined in between may be the one replaced.
func (n *Net) Reorg(ctx context.Context, depth int, txs []ReorgTx) error {
	if depth < 1 {
		return errors.New("localnet: Reorg needs a depth of at least 1")
	}
	pairs := make([][2]any, 0, len(txs))
	for _, t := range txs {
		if t.Offset < 0 || t.Offset >= depth {
			return fmt.Errorf("localnet: Reorg: offset %d outside the %d new blocks", t.Offset, depth)
		}
		raw, err := t.Tx.MarshalBinary()
		if err != nil {
			return err
		}
		pairs = append(pairs, [2]any{hexutil.Bytes(raw), t.Offset})
	}
	return n.RawCall(ctx, nil, "anvil_reorg", depth, pairs)
}

// Head returns the number of the newest block.
func (n *Net) Head(ctx context.Context) (uint64, error) {
	return n.client.BlockNumber(ctx)
}

// Transactions returns the transactions of the newest depth blocks, oldest
// first, in their order in the chain.
func (n *Net) Transactions(ctx context.Context, depth int) ([]*types.Transaction, error) {
	head, err := n.Head(ctx)
	if err != nil {
		return nil, err
	}
	if uint64(depth) > head {
		return nil, fmt.Errorf("localnet: only %d blocks above genesis, not %d", head, depth)
	}
	var out []*types.Transaction
	for b := head - uint64(depth) + 1; b <= head; b++ {
		blk, err := n.client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return nil, fmt.Errorf("localnet: block %d: %w", b, err)
		}
		out = append(out, blk.Transactions()...)
	}
	return out, nil
}

// Rollback removes the newest depth blocks (anvil_rollback) without
// replacing them: the chain is shorter, and their transactions are gone.
func (n *Net) Rollback(ctx context.Context, depth int) error {
	return n.RawCall(ctx, nil, "anvil_rollback", depth)
}

// PoolTx is a transaction waiting in the node's pool.
type PoolTx struct {
	From common.Address
	Tx   *types.Transaction
	// Queued: its nonce is above the account's next one, so it cannot be
	// mined until the gap is filled.
	Queued bool
}

// Pool returns the transactions waiting in the node's pool
// (txpool_content), pending ones first.
func (n *Net) Pool(ctx context.Context) ([]PoolTx, error) {
	var content map[string]map[common.Address]map[string]*types.Transaction
	if err := n.RawCall(ctx, &content, "txpool_content"); err != nil {
		return nil, err
	}
	var out []PoolTx
	for _, kind := range []string{"pending", "queued"} {
		for from, byNonce := range content[kind] {
			for nonce, tx := range byNonce {
				if _, err := strconv.ParseUint(nonce, 0, 64); err != nil || tx == nil {
					return nil, fmt.Errorf("localnet: txpool_content: bad entry %s/%s", from.Hex(), nonce)
				}
				out = append(out, PoolTx{From: from, Tx: tx, Queued: kind == "queued"})
			}
		}
	}
	return out, nil
}

// DropTransaction removes one transaction from the pool
// (anvil_dropTransaction), as a node that evicts it would.
func (n *Net) DropTransaction(ctx context.Context, hash common.Hash) error {
	return n.RawCall(ctx, nil, "anvil_dropTransaction", hash)
}

// DropAllTransactions empties the pool (anvil_dropAllTransactions).
func (n *Net) DropAllTransactions(ctx context.Context) error {
	return n.RawCall(ctx, nil, "anvil_dropAllTransactions")
}

// SendFrom signs a transfer of nothing from acct to itself with the given
// nonce and tip (wei per gas; the fee cap is twice the latest base fee
// plus the tip) and broadcasts it: a transaction made behind an agent's
// back, from its own account, to replace one of its transactions or to
// move its nonce.
func (n *Net) SendFrom(ctx context.Context, acct *Account, nonce uint64, tip *big.Int) (*types.Transaction, error) {
	head, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Lsh(head.BaseFee, 1), tip)
	tx, err := types.SignNewTx(acct.Key, types.LatestSignerForChainID(new(big.Int).SetUint64(n.ChainID)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(n.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21_000, To: &acct.Address, Value: new(big.Int),
	})
	if err != nil {
		return nil, err
	}
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("localnet: sending nonce %d from %s: %w", nonce, acct.Name, err)
	}
	return tx, nil
}
