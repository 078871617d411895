package timeline_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// openCoordinated opens a Method 2 session coordinated by the miner and
// returns its id.
func openCoordinated(t *testing.T, c *simchain.Chain) session.ID {
	t.Helper()
	k, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	c.Send(session.Oracle, c.ABI.PackRegisterKey(uint8(session.X25519), k.PublicKey()))
	uk, err := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, nonce := c.NextID()
	to := c.Address
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to,
		Data: c.ABI.PackKeyOf(c.Accounts[session.Oracle], uint8(session.X25519))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := c.ABI.UnpackKeyOf(out)
	if err != nil {
		t.Fatal(err)
	}
	c.Send(session.User, c.ABI.PackOpen(bindings.ISessionKeystoreOpenParams{
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: uint8(session.Coordinator), Suite: uint8(session.X25519), Coordinator: uint8(session.Miner),
		PhaseTimeout: 30, Nonce: nonce, OracleKeyVersion: rec.Version, UserKey: uk.PublicKey(),
	}))
	return id
}

func TestBuildFailedSession(t *testing.T) {
	c := simchain.New(t)
	id := openCoordinated(t, c)
	other := openCoordinated(t, c) // must not leak into id's timeline
	wrap := bytes.Repeat([]byte{1}, skcrypto.X25519WrapLength)
	c.Send(session.Miner, c.ABI.PackDistribute(id, wrap, wrap))
	c.Send(session.User, c.ABI.PackAttest(id, [32]byte{1}))
	c.Send(session.Miner, c.ABI.PackAttest(id, [32]byte{1}))
	c.Send(session.Oracle, c.ABI.PackAttest(id, [32]byte{2}))

	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Phase != session.Failed || tl.Fault != session.AttestationMismatch || tl.Culprits != session.Oracle.Bit() {
		t.Fatalf("outcome %v %v %v", tl.Phase, tl.Fault, tl.Culprits)
	}
	if len(tl.Entries) != 5 {
		t.Fatalf("%d entries, want 5 (open, distribute, 3 attests)", len(tl.Entries))
	}
	wantActors := []string{"user", "miner", "user", "miner", "oracle"}
	for i, e := range tl.Entries {
		if e.Actor != wantActors[i] || e.GasUsed == 0 {
			t.Errorf("entry %d: actor %q gas %d, want %q and gas > 0", i, e.Actor, e.GasUsed, wantActors[i])
		}
	}
	if tl.Params.Coordinator != session.Miner || tl.Params.Miner != c.Accounts[session.Miner] {
		t.Errorf("params %+v", tl.Params)
	}
	var out strings.Builder
	if err := tl.Render(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FAILED", "attestation-mismatch", "culprits oracle", "KeyWrapped(oracle)", "5 transactions"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("rendering lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, other); err != nil {
		t.Errorf("other session: %v", err)
	}
}

func TestBuildUnknownSession(t *testing.T) {
	c := simchain.New(t)
	_, err := timeline.Build(context.Background(), c.Client, c.Address, 0, session.ID{9})
	if !errors.Is(err, timeline.ErrNoSession) {
		t.Fatalf("err %v, want ErrNoSession", err)
	}
}

func TestFromLogsRejectsForeignAndMalformedLogs(t *testing.T) {
	c := simchain.New(t)
	id := openCoordinated(t, c)
	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil || tl.Phase != session.Wrapping {
		t.Fatalf("%v %v", tl, err)
	}
	c.Send(session.Miner, c.ABI.PackDistribute(id, make([]byte, 80), make([]byte, 80)))
	logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{c.Address}, Topics: [][]common.Hash{nil, {common.Hash(id)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := timeline.FromLogs(c.ChainID, c.Address, id, logs, nil); err != nil {
		t.Fatalf("the session's own logs: %v", err)
	}
	last := len(logs) - 2 // KeyWrapped(oracle): indexed recipient, data with bytes
	good := logs[last]
	for name, mutate := range map[string]func(l *types.Log){
		"removed":        func(l *types.Log) { l.Removed = true },
		"other contract": func(l *types.Log) { l.Address[0] ^= 1 },
		"no topics":      func(l *types.Log) { l.Topics = nil },
		"unknown event":  func(l *types.Log) { l.Topics = append([]common.Hash{{1}}, l.Topics[1:]...) },
		"truncated data": func(l *types.Log) { l.Data = l.Data[:10] },
		"bad role":       func(l *types.Log) { l.Topics[2] = common.Hash{31: 7} },
	} {
		l := good
		l.Topics = append([]common.Hash(nil), good.Topics...)
		mutate(&l)
		mutated := append([]types.Log(nil), logs...)
		mutated[last] = l
		if _, err := timeline.FromLogs(c.ChainID, c.Address, id, mutated, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// OracleNamed, the open's last log, naming another oracle than its
	// SessionOpened.
	named := bindings.NewSessionKeystore().GetABI().Events["OracleNamed"].ID
	i := slices.IndexFunc(logs, func(l types.Log) bool { return l.Topics[0] == named })
	if i < 0 {
		t.Fatal("the open emitted no OracleNamed")
	}
	mutated := append([]types.Log(nil), logs...)
	mutated[i].Topics = []common.Hash{named, common.Hash(id), common.BytesToHash(c.Accounts[session.Miner].Bytes())}
	if _, err := timeline.FromLogs(c.ChainID, c.Address, id, mutated, nil); err == nil || !strings.Contains(err.Error(), "OracleNamed names") {
		t.Errorf("OracleNamed of another oracle: %v", err)
	}
}

// A session closed with an answer the oracle never judged (possible only
// after the verdict deadline) shows that answer as having no verdict.
func TestClosedWithAPendingVerdict(t *testing.T) {
	c := simchain.New(t)
	id := openCoordinated(t, c)
	wrap := bytes.Repeat([]byte{1}, skcrypto.X25519WrapLength)
	c.Send(session.Miner, c.ABI.PackDistribute(id, wrap, wrap))
	for _, r := range session.Roles {
		c.Send(r, c.ABI.PackAttest(id, [32]byte{1}))
	}
	c.Send(session.User, c.ABI.PackRequest(id, 0, bytes.Repeat([]byte{2}, 24)))
	c.Send(session.User, c.ABI.PackRequest(id, 1, bytes.Repeat([]byte{3}, 24)))
	c.Send(session.Miner, c.ABI.PackRespond(id, 0, bytes.Repeat([]byte{4}, 24), [32]byte{5}))
	if err := c.AdjustTime(31 * time.Second); err != nil { // past the verdict deadline (timeout 30 s)
		t.Fatal(err)
	}
	c.Backend.Commit()
	c.Send(session.User, c.ABI.PackClose(id))
	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := tl.Render(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"closed with 1 answer(s) awaiting a verdict", "1 request(s) unanswered", "NO VERDICT", "CLOSED by the user"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("rendering lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRenderForPeople: full transaction hashes (usable with cast tx),
// deadlines as UTC times, no trailing spaces (issue 16 item 12).
func TestRenderForPeople(t *testing.T) {
	c := simchain.New(t)
	id := openCoordinated(t, c)
	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := tl.Render(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, tl.Entries[0].TxHash.Hex()) {
		t.Errorf("no full transaction hash %s:\n%s", tl.Entries[0].TxHash.Hex(), out)
	}
	if !regexp.MustCompile(`until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC`).MatchString(out) {
		t.Errorf("no deadline as a time:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space: %q", l)
		}
	}
}

// A streamed inference (PROTOCOL.md §13.8) shows its records, not its
// streams: sizes and hashes, the commitment, and the oracle's verdict
// unavailable when a party withheld a stream.
func TestStreamedInference(t *testing.T) {
	c := simchain.New(t)
	id := openCoordinated(t, c)
	wrap := bytes.Repeat([]byte{1}, skcrypto.X25519WrapLength)
	c.Send(session.Miner, c.ABI.PackDistribute(id, wrap, wrap))
	for _, r := range session.Roles {
		c.Send(r, c.ABI.PackAttest(id, [32]byte{1}))
	}
	c.Send(session.User, c.ABI.PackRequestStream(id, 0, [32]byte{0xaa, 0xbb}, 1<<20))
	c.Send(session.User, c.ABI.PackRequest(id, 1, bytes.Repeat([]byte{3}, 24)))
	c.Send(session.Miner, c.ABI.PackRespondStream(id, 0, [32]byte{0xcc, 0xdd}, 2<<20, [32]byte{5}))
	c.Send(session.Oracle, c.ABI.PackJudge(id, 0, false, 12))
	tl, err := timeline.Build(context.Background(), c.Client, c.Address, c.DeployBlock, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Inferences) != 2 {
		t.Fatalf("%d inferences, want 2", len(tl.Inferences))
	}
	in := tl.Inferences[0]
	if !in.Streamed || in.PromptBytes != 1<<20 || in.AnswerBytes != 2<<20 || in.PromptHash[0] != 0xaa || in.AnswerHash[0] != 0xcc ||
		!in.Judged || in.Valid || in.Reason.String() != "unavailable" {
		t.Errorf("streamed inference %+v", in)
	}
	if tl.Inferences[1].Streamed {
		t.Error("the on-chain request shows as streamed")
	}
	var out strings.Builder
	if err := tl.Render(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"request 0 streamed off chain, 1048576 bytes of ciphertext", "request 0 streamed off chain, 2097152 bytes", "INVALID: unavailable"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("rendering lacks %q:\n%s", want, out.String())
		}
	}
}

// TestKeyKind: status names the kind of key each Method 2 wrap was sealed
// to, from SessionOpened's versions and OneTimeKeysUsed's numbers.
func TestKeyKind(t *testing.T) {
	tl := &timeline.Timeline{Params: session.Params{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User}}
	tl.KeyVersions = [3]uint32{0, 0, 4}
	tl.OneTimeKeys = [3]uint32{0, 7, 0}
	for _, c := range []struct {
		role session.Role
		want string
	}{
		{session.User, ""},
		{session.Miner, "one-time key #7"},
		{session.Oracle, "registered key v4 (no forward secrecy before its rotation)"},
	} {
		if got := tl.KeyKind(c.role); got != c.want {
			t.Errorf("X25519 %v: %q, want %q", c.role, got, c.want)
		}
	}
	tl.Params.Suite = session.Hybrid
	if got, want := tl.KeyKind(session.Miner), "one-time key #7 (hybrid: ML-KEM-768 and X25519 both one-time)"; got != want {
		t.Errorf("hybrid miner: %q, want %q", got, want)
	}
	tl.Params.Coordinator = session.Miner
	if got := tl.KeyKind(session.Miner); got != "" {
		t.Errorf("the coordinator has no recipient key: %q", got)
	}
	tl.Params.Method = session.Combined
	if got := tl.KeyKind(session.Oracle); got != "" {
		t.Errorf("Method 1 has no recipient key: %q", got)
	}
}
