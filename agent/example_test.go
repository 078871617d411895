package agent_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// The integrator's side (a Router Node, an app): open a session with a
// miner and an oracle, wait until it is established, ask a prompt and get
// the miner's answer with the oracle's verdict; nothing on chain is
// plaintext.
func ExampleSession_Ask() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	net := startExampleNet() // a chain where a miner and an oracle agent serve
	defer net.stop()

	user, err := agent.New(ctx, agent.Config{Role: session.User, Account: net.user,
		Contract: net.contract, StartBlock: net.start, DataDir: net.dir}, net.client)
	if err != nil {
		log.Fatal(err)
	}
	go user.Run(ctx)
	select {
	case <-user.Ready():
	case <-user.Done():
		log.Fatal(user.Err())
	}
	s, err := user.Open(ctx, agent.OpenOptions{Miner: net.miner, Oracle: net.oracle, Method: session.Combined})
	if err != nil {
		log.Fatal(err)
	}
	if err := s.Wait(ctx); err != nil {
		log.Fatal(err)
	}
	r, err := s.Ask(ctx, inference.Prompt{Prompt: "What is the capital of France?"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("valid=%v (%v): %s\n", r.Valid, r.Reason, r.Answer.Text)
	if err := user.CloseSession(ctx, s.ID()); err != nil {
		log.Fatal(err)
	}
	// Output: valid=true (valid): 6 words, 30 characters; reversed: "France? of capital the is What"; digest 115049a298532be2
}

// The same integration with Method 2, the user coordinating: only the
// OpenOptions differ (the miner and the oracle have registered their keys
// and published a first batch of one-time keys, which the user wraps to).
func ExampleSession_Ask_coordinator() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	net := startExampleNet() // a chain where a miner and an oracle agent serve
	defer net.stop()

	user, err := agent.New(ctx, agent.Config{Role: session.User, Account: net.user,
		Contract: net.contract, StartBlock: net.start, DataDir: net.dir}, net.client)
	if err != nil {
		log.Fatal(err)
	}
	go user.Run(ctx)
	select {
	case <-user.Ready():
	case <-user.Done():
		log.Fatal(user.Err())
	}
	s, err := user.Open(ctx, agent.OpenOptions{Miner: net.miner, Oracle: net.oracle,
		Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519})
	if err != nil {
		log.Fatal(err)
	}
	if err := s.Wait(ctx); err != nil {
		log.Fatal(err)
	}
	r, err := s.Ask(ctx, inference.Prompt{Prompt: "What is the capital of France?"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("valid=%v (%v): %s\n", r.Valid, r.Reason, r.Answer.Text)
	if err := user.CloseSession(ctx, s.ID()); err != nil {
		log.Fatal(err)
	}
	// Output: valid=true (valid): 6 words, 30 characters; reversed: "France? of capital the is What"; digest 115049a298532be2
}

// exampleNet is a simulated chain with SessionKeystore, a block every 50 ms,
// and a miner and an oracle agent serving on the built-in deterministic
// model.
type exampleNet struct {
	user          account.Account
	miner, oracle common.Address
	contract      common.Address
	start         uint64
	dir           string
	client        agent.Backend
	stop          func()
}

// exampleTB lets the example use the simchain test fixture.
type exampleTB struct{ testing.TB }

func (exampleTB) Helper()                   {}
func (exampleTB) Cleanup(func())            {}
func (exampleTB) Fatal(args ...any)         { log.Fatal(args...) }
func (exampleTB) Fatalf(f string, a ...any) { log.Fatalf(f, a...) }

func startExampleNet() *exampleNet {
	c := simchain.New(exampleTB{})
	dir, err := os.MkdirTemp("", "example-")
	if err != nil {
		log.Fatal(err)
	}
	n := &exampleNet{
		user:  account.Account{Address: c.Accounts[session.User], Key: c.Keys[session.User]},
		miner: c.Accounts[session.Miner], oracle: c.Accounts[session.Oracle],
		contract: c.Address, start: c.DeployBlock, dir: dir + "/user", client: c.Client,
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for t := time.NewTicker(50 * time.Millisecond); ctx.Err() == nil; <-t.C {
			c.Backend.Commit()
		}
	}()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		cfg := agent.Config{Role: r, Account: account.Account{Address: c.Accounts[r], Key: c.Keys[r]},
			Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dir + "/" + r.String(), PollInterval: 100 * time.Millisecond,
			OneTimeBatch: 16, OneTimeLowWater: 4}
		a, err := agent.New(ctx, cfg, c.Client)
		if err != nil {
			log.Fatal(err)
		}
		go a.Run(ctx)
		<-a.Ready()
		// Method 2 wraps to the miner's and the oracle's one-time keys,
		// combined with their registered keys in the hybrid suite; the
		// agent refills its pool by itself, the first batch is published
		// here so that it is on chain before the user starts.
		if _, err := a.RegisterKey(ctx, session.X25519); err != nil {
			log.Fatal(err)
		}
		if _, err := a.PublishOneTimeKeys(ctx, session.X25519, 16); err != nil {
			log.Fatal(err)
		}
	}
	n.stop = func() { cancel(); os.RemoveAll(dir) }
	return n
}
