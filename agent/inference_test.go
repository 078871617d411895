package agent_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// establish opens a user-coordinated X25519 session and returns the user's
// handle and K.
func establish(t *testing.T, c *simchain.Chain, f *fleet, out *outcomes, change ...func(*agent.OpenOptions)) (*agent.Session, *skcrypto.SessionKey) {
	t.Helper()
	f.registerRecipients(t, session.X25519)
	o := agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Coordinator, AllowRegisteredKeys: true, Suite: session.X25519, Coordinator: session.User}
	for _, fn := range change {
		fn(&o)
	}
	h := openWhenReady(t, f.agents[session.User], o)
	res := out.wait(t, h.ID(), 30*time.Second)
	if res[session.User].Phase != session.Established {
		t.Fatalf("%+v", res[session.User])
	}
	return h, res[session.Miner].Key
}

// sendAs sends a call from role r's account behind its agent's back (the
// agent must not be sending meanwhile) and waits until it is mined.
func sendAs(t *testing.T, c *simchain.Chain, r session.Role, call protocol.Call) {
	t.Helper()
	data, err := wire.Pack(call)
	if err != nil {
		t.Fatal(err)
	}
	// A fixed, ample gas limit: an estimate can fall short when another
	// party's call lands first in the same block and makes this one the
	// step that advances the phase.
	opts := c.Opts(r)
	opts.GasLimit = 2_000_000
	tx, err := bind.Transact(c.Contract, opts, data)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rcpt, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%v: %v", call.Step(), err)
	}
}

// A user that submits a tampered, truncated, duplicated, reordered or
// nonce-reusing request gets an invalid verdict naming it; the honest
// miner refuses it and no agent stops.
func TestTamperedRequestsGetInvalidVerdicts(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	f := startFleet(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out)
	defer f.stop(t)
	h, k := establish(t, c, f, out)
	ask(t, h, "an honest question", 0)
	var honest []byte
	for _, ev := range sessionEvents(t, c, h.ID()) {
		if r, ok := ev.(inference.Requested); ok {
			honest = r.Envelope
		}
	}
	tr := k.Traffic()
	seal := func(seq, counter uint64) []byte {
		env, err := inference.SealPrompt(tr, seq, counter, inference.Prompt{Prompt: "crafted"})
		if err != nil {
			t.Fatal(err)
		}
		return env
	}
	cases := []struct {
		name string
		env  func(seq uint64) []byte
		want inference.Reason
	}{
		{"tampered", func(seq uint64) []byte { e := seal(seq, 100+seq); e[len(e)/2] ^= 1; return e }, inference.ReasonPromptUndecryptable},
		{"truncated", func(seq uint64) []byte { return seal(seq, 100+seq)[:24] }, inference.ReasonPromptUndecryptable},
		{"duplicated", func(uint64) []byte { return bytes.Clone(honest) }, inference.ReasonReplay},
		{"reordered", func(seq uint64) []byte { return seal(seq+1, 100+seq) }, inference.ReasonPromptUndecryptable},
		{"nonce reused", func(seq uint64) []byte { return seal(seq, 0) }, inference.ReasonReplay},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for i, tc := range cases {
		seq := uint64(i + 1)
		sendAs(t, c, session.User, protocol.RequestCall{ID: h.ID(), Seq: seq, Ciphertext: tc.env(seq)})
		r, err := h.Await(ctx, seq)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if r.Valid || r.Reason != tc.want {
			t.Fatalf("%s: verdict valid=%v %v, want %v", tc.name, r.Valid, r.Reason, tc.want)
		}
		// The miner's refusal itself is sound: the user opens it.
		if !r.Check.OK() || r.Answer.Status != inference.StatusRefused || r.Answer.Reason != tc.want {
			t.Fatalf("%s: the miner's answer %+v, check %v", tc.name, r.Answer, r.Check)
		}
	}
	// The session still works for honest requests.
	ask(t, h, "still there?", uint64(len(cases)+1))
}

// liar is a miner's model that claims to be the deterministic one and
// answers something else.
type liar struct{}

func (liar) Model() string       { return inference.DeterministicModel }
func (liar) Deterministic() bool { return true }
func (liar) Complete(context.Context, inference.Request) (inference.Completion, error) {
	return inference.Completion{Model: inference.DeterministicModel, Text: "42"}, nil
}

// A miner whose answer is not what the model gives is caught by the
// oracle's re-run; one that posts a wrong commitment or a tampered answer
// gets an invalid verdict, and the user's own check agrees.
func TestCheatingMinerIsCaught(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Backend = liar{}
		}
	})
	h, k := establish(t, c, f, out)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	r, err := h.Ask(ctx, inference.Prompt{Prompt: "what is six times seven?"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Reason != inference.ReasonMismatch || !r.Check.OK() || r.Answer.Text != "42" {
		t.Fatalf("%+v", r)
	}
	// Now the miner's agent serves nothing and its account posts by hand.
	f.stop(t)
	f = startFleetWith(t, c, f.dirs, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Accept = func(protocol.Opened) bool { return false }
			cfg.DataDir = t.TempDir() // serves nothing: the old session is not in its store
		}
	})
	defer f.stop(t)
	<-f.agents[session.User].Ready()
	h, err = f.agents[session.User].Session(h.ID())
	if err != nil {
		t.Fatal(err)
	}
	tr := k.Traffic()
	for i, tc := range []struct {
		name   string
		answer func(seq uint64, prompt []byte) ([]byte, [32]byte)
		want   inference.Reason
	}{
		{"wrong commitment", func(seq uint64, prompt []byte) ([]byte, [32]byte) {
			pt := []byte(`{"status":"ok","model":"m","text":"x"}`)
			env, _ := inference.SealAnswer(tr, seq, 1000+seq, prompt, pt)
			return env, [32]byte{1}
		}, inference.ReasonCommitmentMismatch},
		{"tampered answer", func(seq uint64, prompt []byte) ([]byte, [32]byte) {
			pt := []byte(`{"status":"ok","model":"m","text":"x"}`)
			env, _ := inference.SealAnswer(tr, seq, 1000+seq, prompt, pt)
			com := k.ResultCommitment(seq, prompt, pt)
			env[len(env)-1] ^= 1
			return env, com
		}, inference.ReasonAnswerUndecryptable},
	} {
		seq := uint64(i + 1)
		// The honest user asks through its agent; the answer is forged.
		done := make(chan *agent.Result, 1)
		go func() {
			r, err := h.Ask(ctx, inference.Prompt{Prompt: "q " + tc.name})
			if err != nil {
				t.Error(err)
			}
			done <- r
		}()
		var env []byte
		for env == nil {
			for _, ev := range sessionEvents(t, c, h.ID()) {
				if r, ok := ev.(inference.Requested); ok && r.Seq == seq {
					env = r.Envelope
				}
			}
			if env != nil {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s: request %d never reached the chain: %v", tc.name, seq, ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
		}
		ans, com := tc.answer(seq, env)
		sendAs(t, c, session.Miner, protocol.RespondCall{ID: h.ID(), Seq: seq, Ciphertext: ans, Commitment: com})
		r := <-done
		if r == nil {
			t.FailNow()
		}
		if r.Valid || r.Reason != tc.want || r.Check.Reason != tc.want {
			t.Fatalf("%s: verdict %v %v, user's check %v", tc.name, r.Valid, r.Reason, r.Check)
		}
	}
	if err := f.agents[session.User].CloseSession(ctx, h.ID()); err != nil {
		t.Fatal(err)
	}
	if _, err := h.Ask(ctx, inference.Prompt{Prompt: "late"}); !errors.Is(err, agent.ErrClosed) {
		t.Fatal(err)
	}
}

// flaky is a deterministic model that fails its first calls.
type flaky struct {
	mu    sync.Mutex
	fails int
}

func (f *flaky) Model() string       { return inference.DeterministicModel }
func (f *flaky) Deterministic() bool { return true }
func (f *flaky) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fails > 0 {
		f.fails--
		return inference.Completion{}, inference.ErrBackend
	}
	return inference.Deterministic{}.Complete(ctx, r)
}

// A model that fails a couple of times is retried: the miner does not
// refuse and the oracle does not call the answer unverifiable; one that
// keeps failing makes the miner refuse.
func TestModelFailuresAreRetried(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	miner, oracle := &flaky{fails: 2}, &flaky{fails: 2}
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		switch r {
		case session.Miner:
			cfg.Backend = miner
		case session.Oracle:
			cfg.Backend = oracle
		}
	})
	defer f.stop(t)
	h, _ := establish(t, c, f, out)
	ask(t, h, "a flaky question", 0)
	miner.mu.Lock()
	miner.fails = 100
	miner.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := h.Ask(ctx, inference.Prompt{Prompt: "a dead model"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Reason != inference.ReasonRefused || r.Answer.Status != inference.StatusRefused {
		t.Fatalf("%+v", r)
	}
}

// gated is the oracle's deterministic model, held until release is closed:
// the answer stays on chain without its verdict meanwhile.
type gated struct {
	release chan struct{}
}

func (gated) Model() string       { return inference.DeterministicModel }
func (gated) Deterministic() bool { return true }

func (g gated) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	select {
	case <-g.release:
	case <-ctx.Done():
		return inference.Completion{}, ctx.Err()
	}
	return inference.Deterministic{}.Complete(ctx, r)
}

// No party closes a session before the oracle could judge its answers: the
// contract refuses (SessionKeystoreVerdictPending) and CloseSession waits
// for the verdict, then closes; the verdict is on chain.
func TestCloseWaitsForTheVerdict(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	release := make(chan struct{})
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Oracle {
			cfg.Backend = gated{release: release}
		}
	})
	defer f.stop(t)
	h, _ := establish(t, c, f, out)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	asked := make(chan *agent.Result, 1)
	go func() {
		r, err := h.Ask(ctx, inference.Prompt{Prompt: "judge me", Model: inference.DeterministicModel})
		if err != nil {
			t.Error(err)
		}
		asked <- r
	}()
	for step(t, c, h.ID(), 0) != session.Answered {
		if ctx.Err() != nil {
			t.Fatal("the miner never answered")
		}
		time.Sleep(20 * time.Millisecond)
	}
	closed := make(chan error, 1)
	go func() { closed <- f.agents[session.User].CloseSession(ctx, h.ID()) }()
	for !strings.Contains(f.logs.String(), "closing waits for the oracle's verdict") {
		select {
		case err := <-closed:
			t.Fatalf("closed with an answer awaiting its verdict: %v", err)
		case <-ctx.Done():
			t.Fatal("the user's agent never said its close waits for the verdict")
		case <-time.After(20 * time.Millisecond):
		}
	}
	close(release)
	if r := <-asked; r == nil || !r.Valid {
		t.Fatalf("verdict %+v", r)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if s := step(t, c, h.ID(), 0); s != session.Judged {
		t.Fatalf("step %v after close, want judged", s)
	}
	if p := c.Phase(h.ID()); p != session.Closed {
		t.Fatalf("phase %v", p)
	}
}

func step(t *testing.T, c *simchain.Chain, id session.ID, seq uint64) session.Step {
	t.Helper()
	s, err := bind.Call(c.Contract, nil, c.ABI.PackStepOf(id, seq), c.ABI.UnpackStepOf)
	if err != nil {
		t.Fatal(err)
	}
	return session.Step(s)
}
