package agent_test

import (
	"context"
	"log"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/deployment"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// A miner's agent on a real chain: an RPC endpoint, an account from an
// encrypted keystore file, and the deployment record that `deploy` wrote
// (checked against the code on chain). It serves every session that names
// the account until interrupted. (Compiled, not run: it needs a node.)
func ExampleNew_realChain() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	client, err := ethclient.DialContext(ctx, "http://127.0.0.1:8545")
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()
	acct, err := account.Load(account.Source{KeystoreFile: "miner-keystore.json", PasswordFile: "miner-password.txt"})
	if err != nil {
		log.Fatal(err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		log.Fatal(err)
	}
	rec, err := deployment.Load(deployment.Path("deployments", chainID.Uint64()))
	if err != nil {
		log.Fatal(err)
	}
	if err := deployment.Verify(ctx, client, rec); err != nil {
		log.Fatal(err) // another chain, or no such contract there
	}
	miner, err := agent.New(ctx, agent.Config{Role: session.Miner, Account: acct,
		Contract: rec.Address, StartBlock: rec.Block, DataDir: "data/miner"}, client)
	if err != nil {
		log.Fatal(err)
	}
	defer miner.Close()
	go miner.Run(ctx)
	select {
	case <-miner.Ready():
		log.Printf("serving as %s on chain %d", acct.Address, chainID)
	case <-miner.Done():
		log.Fatal(miner.Err())
	}
	<-miner.Done() // until interrupted, or a failure Err names
	if err := miner.Err(); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
