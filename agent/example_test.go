package agent_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/account"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// The integrator's side (a Router Node, an app): open a session with a
// miner and an oracle, wait until it is established, seal the prompt for
// the miner and open its answer.
func ExampleAgent_Open() {
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
	<-user.Ready()
	s, err := user.Open(ctx, agent.OpenOptions{Miner: net.miner, Oracle: net.oracle, Method: session.Combined})
	if err != nil {
		log.Fatal(err)
	}
	if err := s.Wait(ctx); err != nil {
		log.Fatal(err)
	}
	seq, prompt, _ := s.Seal([]byte("What is the capital of France?"), nil)
	answer, err := s.Open(session.Miner, 0, net.minerAnswers(s.ID(), seq, prompt), nil)
	fmt.Printf("%d-byte prompt sealed; the miner answers %q (%v)\n", len(prompt), answer, err)
	// Output: 46-byte prompt sealed; the miner answers "Paris" (<nil>)
}

// exampleNet is a simulated chain with SessionKeystore, a block every 50 ms,
// and a miner and an oracle agent serving.
type exampleNet struct {
	user          account.Account
	miner, oracle common.Address
	contract      common.Address
	start         uint64
	dir           string
	client        agent.Backend
	mu            sync.Mutex
	minerKeys     map[session.ID]protocol.Outcome
	minerKeySeen  chan struct{}
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
		minerKeys: map[session.ID]protocol.Outcome{}, minerKeySeen: make(chan struct{}, 1),
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for t := time.NewTicker(50 * time.Millisecond); ctx.Err() == nil; <-t.C {
			c.Backend.Commit()
		}
	}()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		cfg := agent.Config{Role: r, Account: account.Account{Address: c.Accounts[r], Key: c.Keys[r]},
			Contract: c.Address, StartBlock: c.DeployBlock, DataDir: dir + "/" + r.String(), PollInterval: 100 * time.Millisecond}
		if r == session.Miner {
			cfg.OnOutcome = func(id session.ID, o protocol.Outcome) {
				n.mu.Lock()
				n.minerKeys[id] = o
				n.mu.Unlock()
				n.minerKeySeen <- struct{}{}
			}
		}
		a, err := agent.New(ctx, cfg, c.Client)
		if err != nil {
			log.Fatal(err)
		}
		go a.Run(ctx)
	}
	n.stop = func() { cancel(); os.RemoveAll(dir) }
	return n
}

// minerAnswers plays the miner: it opens the prompt under the session key
// its agent established and seals the answer.
func (n *exampleNet) minerAnswers(id session.ID, seq uint64, prompt []byte) []byte {
	<-n.minerKeySeen
	n.mu.Lock()
	t := n.minerKeys[id].Key.Traffic()
	n.mu.Unlock()
	if q, err := t.Open(session.User, seq, prompt, nil); err != nil || string(q) != "What is the capital of France?" {
		log.Fatalf("miner: %q, %v", q, err)
	}
	answer, err := t.Seal(session.Miner, 0, []byte("Paris"), nil)
	if err != nil {
		log.Fatal(err)
	}
	return answer
}
