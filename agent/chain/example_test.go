package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
)

func ExampleSender() {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(params.Ether)}})
	defer sim.Close()
	client := sim.Client()

	s, err := chain.NewSender(chain.SenderConfig{
		From:            from,
		Sign:            chain.KeySigner(key, big.NewInt(1337)),
		ReceiptInterval: 10 * time.Millisecond,
	}, client)
	if err != nil {
		panic(err)
	}

	// The simulated chain mines only on Commit; a real one needs no loop.
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	to := common.HexToAddress("0x0000000000000000000000000000000000000001")
	r, err := s.Send(context.Background(), chain.Candidate{To: &to, Value: big.NewInt(1)})
	close(stop)
	<-stopped
	fmt.Println(r.Status == types.ReceiptStatusSuccessful, err)
	// Output: true <nil>
}

func ExampleSource() {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(params.Ether)}})
	defer sim.Close()
	client := sim.Client()
	sign := chain.KeySigner(key, big.NewInt(1337))
	send := func(nonce uint64, to *common.Address, data []byte) {
		tx, _ := sign(types.NewTx(&types.DynamicFeeTx{Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: big.NewInt(10 * params.GWei), Gas: 100_000, To: to, Data: data}))
		if err := client.SendTransaction(context.Background(), tx); err != nil {
			panic(err)
		}
	}
	// A contract whose every call logs its calldata: hand-written EVM code.
	send(0, nil, common.FromHex("0x602c80600b6000396000f33660006000377f7b022cc389bb52e6696f7f62ea09bd3a51379fb3d560c4f068f0e1afdbc04fe9366000a100"))
	sim.Commit()
	contract := crypto.CreateAddress(from, 0)
	send(1, &contract, []byte("hello"))
	send(2, &contract, []byte("world"))
	sim.Commit()

	src, err := chain.NewSource(chain.SourceConfig{Address: contract, Start: 1}, client)
	if err != nil {
		panic(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = src.Run(ctx, func(ctx context.Context, ev chain.Event) error {
		switch ev.Kind {
		case chain.LogAdded:
			fmt.Printf("block %d: %s\n", ev.Log.BlockNumber, ev.Log.Data)
		case chain.LogRemoved:
			fmt.Printf("undo block %d: %s\n", ev.Log.BlockNumber, ev.Log.Data)
		case chain.BlockDone:
			fmt.Printf("done up to block %d\n", ev.Block.Number) // persist ev.Block here
			cancel()                                             // enough for an example
		}
		return nil
	})
	fmt.Println(err)
	// Output:
	// block 2: hello
	// block 2: world
	// done up to block 2
	// context canceled
}
