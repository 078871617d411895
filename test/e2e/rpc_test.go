package e2e

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

var openedRE = regexp.MustCompile(`opened session (0x[0-9a-f]{64})`)

// proxied is a net whose three roles each reach the chain through an
// RPCProxy of their own, as three operators with their own endpoints do.
type proxied struct {
	n       *localnet.Net
	proxies map[session.Role]*localnet.RPCProxy
	env     []string
}

// startProxied sets up a miner, an oracle and users user0..user{users-1}
// (keys registered directly), puts each role behind a proxy with options
// o, and starts the miner and the oracle agents over HTTP through theirs,
// with the environment entries env.
func startProxied(t *testing.T, n *localnet.Net, users int, o localnet.RPCProxyOptions, env ...string) *proxied {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p := &proxied{n: n, proxies: map[session.Role]*localnet.RPCProxy{}, env: env}
	for _, name := range []string{"miner", "oracle"} {
		if _, err := n.NewAccount(ctx, name); err != nil {
			t.Fatal(err)
		}
	}
	for i := range users {
		if _, err := n.NewAccount(ctx, fmt.Sprintf("user%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	for i, r := range session.Roles {
		o := o
		o.Seed += uint64(i)
		px, err := n.NewRPCProxy(o)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = px.Close() })
		p.proxies[r] = px
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		acct := n.Accounts[r.String()]
		if out, err := n.CommandEnv(ctx, n.Env(acct, n.RPC), r.String(), "keys", "register"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if _, err := n.StartAgentEnv(r, acct, p.proxies[r].URL(), env...); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// open runs one `user open` per flow at once, each as user{i} through the
// user's proxy, and returns the session ids and the first failure.
func (p *proxied) open(ctx context.Context, flows []localnet.Flow) ([]session.ID, error) {
	ids := make([]session.ID, len(flows))
	errs := make([]error, len(flows))
	var wg sync.WaitGroup
	for i, f := range flows {
		wg.Go(func() {
			acct := p.n.Accounts[fmt.Sprintf("user%d", i)]
			env := append(p.n.Env(acct, p.proxies[session.User].URL()), p.env...)
			out, err := p.n.CommandEnv(ctx, env, "user", f.Args(p.n)...)
			switch {
			case err != nil:
				errs[i] = fmt.Errorf("user%d open (%v): %w\n%s", i, f, err, out)
			case !strings.Contains(out, "outcome: ESTABLISHED"):
				errs[i] = fmt.Errorf("user%d open (%v) printed no established outcome:\n%s", i, f, out)
			default:
				m := openedRE.FindStringSubmatch(out)
				if m == nil {
					errs[i] = fmt.Errorf("user%d open: no session id in:\n%s", i, out)
					return
				}
				ids[i], errs[i] = session.ParseID(m[1])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return ids, err
		}
	}
	return ids, nil
}

// counts returns what each role's proxy has seen, and resets it.
func (p *proxied) counts() map[session.Role]localnet.RPCCounts {
	out := map[session.Role]localnet.RPCCounts{}
	for r, px := range p.proxies {
		out[r] = px.Counts()
		px.Reset()
	}
	return out
}

// TestRPCRequestsPerSession counts, per role and JSON-RPC method, the
// requests one session of each method costs, with the agents as a new
// user runs them (HTTP, 1 s blocks, the default 1 s poll), and logs them
// beside the role's transactions.
func TestRPCRequestsPerSession(t *testing.T) {
	t.Parallel()
	n := start(t, time.Second)
	p := startProxied(t, n, 2, localnet.RPCProxyOptions{}, "POLL_INTERVAL=1s", "LOG_LEVEL=warn")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	flows := []localnet.Flow{
		{Method: session.Combined, Suite: session.X25519},
		{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	}
	// Each flow by a user of its own, one after the other: the counts of
	// the miner and the oracle are those of one session at a time.
	txs := map[session.Method]map[session.Role]int{
		session.Combined:    {session.User: 4, session.Miner: 4, session.Oracle: 4},
		session.Coordinator: {session.User: 2, session.Miner: 1, session.Oracle: 1},
	}
	p.counts()
	for i, f := range flows {
		acct := n.Accounts[fmt.Sprintf("user%d", i)]
		env := append(n.Env(acct, p.proxies[session.User].URL()), p.env...)
		out, err := n.CommandEnv(ctx, env, "user", f.Args(n)...)
		if err != nil || !strings.Contains(out, "outcome: ESTABLISHED") {
			t.Fatalf("%v: %v\n%s", f, err, out)
		}
		time.Sleep(2 * time.Second) // the miner's and the oracle's last receipts
		total := 0
		for r, c := range p.counts() {
			t.Logf("%v, %v (%d transactions): %v", f, r, txs[f.Method][r], c)
			total += c.Total()
		}
		t.Logf("%v: %d requests in all", f, total)
	}
}
