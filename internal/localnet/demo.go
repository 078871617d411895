package localnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
)

// Flow is one session a user opens: the flags of `user open`.
type Flow struct {
	Method      session.Method
	Coordinator session.Role
	Suite       session.Suite
}

// Args returns the `user open` flags of the flow.
func (f Flow) Args(n *Net) []string {
	a := []string{"open", "-miner", n.Accounts["miner"].Address.Hex(), "-oracle", n.Accounts["oracle"].Address.Hex(),
		"-method", f.Method.String(), "-suite", f.Suite.String()}
	if f.Method == session.Coordinator {
		a = append(a, "-coordinator", f.Coordinator.String())
	}
	return a
}

func (f Flow) String() string {
	if f.Method == session.Combined {
		return fmt.Sprintf("Method 1 (combined ECDH), %v", f.Suite)
	}
	return fmt.Sprintf("Method 2 (coordinator: %v), %v", f.Coordinator, f.Suite)
}

// DemoFlows are the sessions make demo establishes.
var DemoFlows = []Flow{
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid},
}

var openedRE = regexp.MustCompile(`opened session (0x[0-9a-f]{64})`)

// Setup funds a user, a miner and an oracle account, registers the miner's
// and the oracle's keys of both suites with their own binaries, and starts
// the miner and oracle agents.
func (n *Net) Setup(ctx context.Context, users ...string) error {
	for _, name := range append([]string{"miner", "oracle"}, users...) {
		if _, err := n.NewAccount(ctx, name); err != nil {
			return err
		}
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		acct := n.Accounts[r.String()]
		out, err := n.CommandEnv(ctx, n.Env(acct, n.RPC), r.String(), "keys", "register")
		if err != nil {
			return err
		}
		n.logf("%s: %s", r, oneLine(out))
		if _, err := n.StartAgent(r, acct, n.WS); err != nil {
			return err
		}
	}
	return nil
}

// Open runs `user open` for the flow as the named user and returns the
// session id and what the command printed.
func (n *Net) Open(ctx context.Context, user string, f Flow) (session.ID, string, error) {
	out, err := n.CommandEnv(ctx, n.Env(n.Accounts[user], n.WS), "user", f.Args(n)...)
	m := openedRE.FindStringSubmatch(out)
	if m == nil {
		if err == nil {
			err = errors.New("no session id in its output")
		}
		return session.ID{}, out, fmt.Errorf("user open (%v): %w", f, err)
	}
	id, _ := session.ParseID(m[1])
	return id, out, err
}

// Timeline builds a session's timeline from the chain's events alone.
func (n *Net) Timeline(ctx context.Context, id session.ID) (*timeline.Timeline, error) {
	return timeline.Build(ctx, n.client, n.Deployment.Address, n.Deployment.Block, id)
}

func oneLine(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	b := []byte(s)
	for i := range b {
		if b[i] == '\n' {
			b[i] = ';'
		}
	}
	return string(b)
}

// Demo runs make demo: a chain, the agents, the DemoFlows one after the
// other, each session's timeline and attestations as the chain has them.
// It returns an error unless every session is Established on chain.
//
// With keep set it leaves Anvil (not the agents) running once done, until
// ctx ends, so that the sessions can be checked with cast.
func Demo(ctx context.Context, w io.Writer, o Options, keep bool) error {
	fmt.Fprintf(w, "• building the agents\n")
	if err := Build(ctx, o.Root, o.Bin); err != nil {
		return err
	}
	o.Log = w
	n, err := Start(ctx, o)
	if err != nil {
		return err
	}
	defer func() {
		n.Stop()
		fmt.Fprintf(w, "• stopped the agents and anvil\n")
	}()
	if err := n.Setup(ctx, "user"); err != nil {
		return err
	}
	var failed []string
	for _, f := range DemoFlows {
		fmt.Fprintf(w, "\n═══ %v ═══\n", f)
		start := time.Now()
		id, out, err := n.Open(ctx, "user", f)
		fmt.Fprint(w, out)
		if err != nil {
			fmt.Fprintf(w, "✗ %v\n", err)
			failed = append(failed, f.String())
			if id == (session.ID{}) {
				continue
			}
		}
		// Judge from the chain, not from the agent's word.
		tl, err := n.Timeline(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "on chain: %v after %d transactions, %.1fs; attestations:\n", tl.Phase, len(tl.Entries), time.Since(start).Seconds())
		for _, r := range session.Roles {
			fmt.Fprintf(w, "  %-6v %x\n", r, tl.Attested[r])
		}
		if tl.Phase != session.Established {
			failed = append(failed, f.String())
		}
		fmt.Fprintf(w, "check it yourself: cast logs --rpc-url %s --address %s --from-block %d '' %v\n",
			n.RPC, n.Deployment.Address.Hex(), n.Deployment.Block, id)
	}
	if len(failed) > 0 {
		return fmt.Errorf("not established: %v (logs in %s)", failed, o.Dir)
	}
	fmt.Fprintf(w, "\n✓ all %d sessions Established on chain\n", len(DemoFlows))
	if keep {
		n.StopAgents()
		fmt.Fprintf(w, "• anvil keeps running on %s; press Ctrl-C to stop it\n", n.RPC)
		<-ctx.Done()
	}
	return nil
}
