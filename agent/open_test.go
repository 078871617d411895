package agent_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// An agent stopped while its open was in flight keeps the open's secret:
// the open may still be mined. Once the chain's nonce for the account has
// passed that open's, it never can be, and the restarted agent deletes
// the secret; an open whose nonce is still ahead is kept. Stopping the
// agents with an open in flight does not hang.
func TestUnminedOpensAreForgotten(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	dirs := [3]string{t.TempDir(), t.TempDir(), t.TempDir()}
	st, err := store.Open(dirs[session.User])
	if err != nil {
		t.Fatal(err)
	}
	stale, ahead := session.ID{0x5a}, session.ID{0xa5}
	for id, nonce := range map[session.ID]uint64{stale: 0, ahead: 7} {
		if err := st.PutSecret(id, "served", binary.BigEndian.AppendUint64(nil, nonce)); err != nil {
			t.Fatal(err)
		}
		if err := st.PutSecret(id, string(protocol.SecretEphemeral), bytes.Repeat([]byte{1}, 32)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	f := startFleet(t, c, dirs, out)
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120})
	out.wait(t, h.ID(), 60*time.Second)
	waitGone(t, sessionFile(dirs[session.User], stale))
	if _, err := os.Stat(sessionFile(dirs[session.User], ahead)); err != nil {
		t.Fatalf("the open with a nonce still ahead was not kept: %v", err)
	}
	if !strings.Contains(f.logs.String(), "never mined") {
		t.Fatal("no log line for the deleted open")
	}
	// Stop right after an open is sent: Run returns without waiting for it.
	openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519, PhaseTimeout: 120})
	f.stop(t)
}
