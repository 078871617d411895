package bindings_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestPhaseTimeoutBounds holds the Go bounds the command line checks
// -phase-timeout against equal to the contract's.
func TestPhaseTimeoutBounds(t *testing.T) {
	c := simchain.New(t)
	lo, err := bind.Call(c.Contract, nil, c.ABI.PackMINPHASETIMEOUT(), c.ABI.UnpackMINPHASETIMEOUT)
	if err != nil {
		t.Fatal(err)
	}
	hi, err := bind.Call(c.Contract, nil, c.ABI.PackMAXPHASETIMEOUT(), c.ABI.UnpackMAXPHASETIMEOUT)
	if err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(lo) * time.Second; got != session.MinPhaseTimeout {
		t.Errorf("MIN_PHASE_TIMEOUT %v, session.MinPhaseTimeout %v", got, session.MinPhaseTimeout)
	}
	if got := time.Duration(hi) * time.Second; got != session.MaxPhaseTimeout {
		t.Errorf("MAX_PHASE_TIMEOUT %v, session.MaxPhaseTimeout %v", got, session.MaxPhaseTimeout)
	}
}
