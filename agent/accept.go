package agent

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
)

// AcceptPolicy is the reference acceptance policy for Config.Accept: which
// sessions naming this account a miner or an oracle serves. Anyone can
// name any account in an open (the contract asks for no consent), and the
// user alone picks the phase timeout, so a recipient decides here what it
// serves. A session it declines is ignored: it never acts in it, and the
// session expires naming this role as stalled (on chain a refusal and a
// stall look the same; docs/PROTOCOL.md §10). The zero policy accepts
// every session.
type AcceptPolicy struct {
	// Users, if not empty, are the only users whose sessions are served.
	Users []common.Address
	// MinPhaseTimeout and MaxPhaseTimeout, when not zero, bound the phase
	// timeout (seconds) a served session may have: too short and an honest
	// agent may be named as stalled; too long and it keeps the session's
	// secrets for as long.
	MinPhaseTimeout, MaxPhaseTimeout uint32
}

// Accept reports whether the policy serves the session op opened.
func (p AcceptPolicy) Accept(op protocol.Opened) bool {
	if p.MinPhaseTimeout != 0 && op.PhaseTimeout < p.MinPhaseTimeout {
		return false
	}
	if p.MaxPhaseTimeout != 0 && op.PhaseTimeout > p.MaxPhaseTimeout {
		return false
	}
	if len(p.Users) == 0 {
		return true
	}
	for _, u := range p.Users {
		if u == op.Params.User {
			return true
		}
	}
	return false
}
