package agent_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func TestAcceptPolicy(t *testing.T) {
	alice, bob := common.Address{0xa}, common.Address{0xb}
	opened := func(user common.Address, timeout uint32) protocol.Opened {
		return protocol.Opened{Params: session.Params{User: user}, PhaseTimeout: timeout}
	}
	cases := []struct {
		name   string
		policy agent.AcceptPolicy
		op     protocol.Opened
		want   bool
	}{
		{"zero policy accepts all", agent.AcceptPolicy{}, opened(bob, 10), true},
		{"listed user", agent.AcceptPolicy{Users: []common.Address{alice}}, opened(alice, 60), true},
		{"unlisted user", agent.AcceptPolicy{Users: []common.Address{alice}}, opened(bob, 60), false},
		{"timeout too short", agent.AcceptPolicy{MinPhaseTimeout: 30}, opened(bob, 29), false},
		{"shortest allowed", agent.AcceptPolicy{MinPhaseTimeout: 30}, opened(bob, 30), true},
		{"timeout too long", agent.AcceptPolicy{MaxPhaseTimeout: 3600}, opened(bob, 3601), false},
		{"longest allowed", agent.AcceptPolicy{MaxPhaseTimeout: 3600}, opened(bob, 3600), true},
	}
	for _, c := range cases {
		if got := c.policy.Accept(c.op); got != c.want {
			t.Errorf("%s: Accept = %v, want %v", c.name, got, c.want)
		}
	}
}
