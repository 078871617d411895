package localnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// RestartListening stops the agent of role (the miner or the oracle, by
// its account's name, as Setup starts them) and starts it again with an
// endpoint of the stream transport on a free port of 127.0.0.1
// (LISTEN=127.0.0.1:0) and the extra environment entries, then waits until
// the endpoint's announcement is on chain: from then on a user finds it,
// and nothing needs to retry while it is "announced no endpoint".
func (n *Net) RestartListening(ctx context.Context, role session.Role, extra ...string) (*Proc, error) {
	name := role.String()
	acct, ok := n.Accounts[name]
	if !ok {
		return nil, fmt.Errorf("localnet: no account %q", name)
	}
	since, err := n.Head(ctx)
	if err != nil {
		return nil, err
	}
	if err := n.StopAgent(name); err != nil {
		return nil, err
	}
	p, err := n.StartAgentEnv(role, acct, n.WS, append([]string{"LISTEN=127.0.0.1:0"}, extra...)...)
	if err != nil {
		return nil, err
	}
	url, err := n.waitEndpoint(ctx, p, acct.Address, since)
	if err != nil {
		return nil, err
	}
	n.logf("%s announced its endpoint %s", name, url)
	return p, nil
}

// waitEndpoint waits until account has announced a nonempty endpoint in a
// block after since, and returns its URL; it gives up when p exits.
func (n *Net) waitEndpoint(ctx context.Context, p *Proc, account common.Address, since uint64) (string, error) {
	ks := bindings.NewSessionKeystore()
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(since), // since+1 may be past the head, which Anvil refuses Addresses: []common.Address{n.Deployment.Address},
		Topics: [][]common.Hash{{ks.GetABI().Events["EndpointAnnounced"].ID}, {common.BytesToHash(account.Bytes())}}}
	for {
		logs, err := n.client.FilterLogs(ctx, q)
		if err != nil {
			return "", fmt.Errorf("localnet: reading %s's endpoint announcements: %w", p.Name, err)
		}
		for i := len(logs) - 1; i >= 0; i-- {
			if logs[i].BlockNumber <= since {
				break
			}
			if e, err := ks.UnpackEndpointAnnouncedEvent(&logs[i]); err == nil && e.Url != "" {
				return e.Url, nil
			}
		}
		select {
		case err := <-p.done:
			p.done <- err
			return "", fmt.Errorf("localnet: %s exited before announcing its endpoint (%v); see %s", p.Name, err, p.Log)
		case <-ctx.Done():
			return "", fmt.Errorf("localnet: %s announced no endpoint: %w", p.Name, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
