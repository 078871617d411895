package inference

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

func testKey(t testing.TB, tag byte) *skcrypto.SessionKey {
	t.Helper()
	ikm := bytes.Repeat([]byte{tag}, 32)
	k, err := skcrypto.DeriveSessionKey(session.ID{tag, 1}, ikm, sha256.Sum256([]byte{tag}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// party is one role's view: its own Conversation over its own copy of K.
func party(t testing.TB, k *skcrypto.SessionKey) *Conversation {
	t.Helper()
	return NewConversation(k.Clone())
}

// world is the three parties of one session and the chain's events.
type world struct {
	t                   *testing.T
	key                 *skcrypto.SessionKey
	user, miner, oracle *Conversation
	userCounter         uint64
	minerCounter        uint64
}

func newWorld(t *testing.T) *world {
	k := testKey(t, 7)
	return &world{t: t, key: k, user: party(t, k), miner: party(t, k), oracle: party(t, k)}
}

func (w *world) apply(ev protocol.Event) {
	w.t.Helper()
	for _, c := range []*Conversation{w.user, w.miner, w.oracle} {
		if err := c.Apply(ev); err != nil {
			w.t.Fatal(err)
		}
	}
}

// prompt seals a prompt as the honest user would.
func (w *world) prompt(text string) []byte {
	w.t.Helper()
	_, env, err := w.user.SealPrompt(w.userCounter, Prompt{Prompt: text})
	if err != nil {
		w.t.Fatal(err)
	}
	w.userCounter++
	return env
}

// answer runs the honest miner on request seq and returns its envelope and
// commitment.
func (w *world) answer(seq uint64) ([]byte, [32]byte) {
	w.t.Helper()
	e, _ := w.miner.Exchange(seq)
	a, _ := Serve(context.Background(), Deterministic{}, e)
	env, c, err := w.miner.SealAnswer(seq, w.minerCounter, a)
	if err != nil {
		w.t.Fatal(err)
	}
	w.minerCounter++
	return env, c
}

func (w *world) verdict(seq uint64, b Backend) Verdict {
	e, _ := w.oracle.Exchange(seq)
	return Assess(context.Background(), b, e)
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x01
	return c
}

func TestHonestRound(t *testing.T) {
	w := newWorld(t)
	p := w.prompt("why is the sky blue?")
	w.apply(Requested{Seq: 0, Envelope: p})
	a, c := w.answer(0)
	w.apply(Answered{Seq: 0, Envelope: a, Commitment: c})
	for _, conv := range []*Conversation{w.user, w.miner, w.oracle} {
		e, _ := conv.Exchange(0)
		if !e.PromptCheck.OK() || !e.AnswerCheck.OK() || e.Prompt().Prompt != "why is the sky blue?" || e.Answer().Status != StatusOK {
			t.Fatalf("%+v", e)
		}
	}
	v := w.verdict(0, Deterministic{})
	if !v.Valid() || !strings.Contains(v.Detail, "re-ran") {
		t.Fatalf("verdict %+v", v)
	}
	if bytes.Contains(p, []byte("sky")) || bytes.Contains(a, []byte("sky")) {
		t.Fatal("plaintext in an envelope")
	}
	w.apply(Judged{Seq: 0, Valid: true})
	// A second request gets the next number and counter.
	if w.user.Next() != 1 {
		t.Fatal(w.user.Next())
	}
	w.apply(Requested{Seq: 1, Envelope: w.prompt("and the sea?")})
	a, c = w.answer(1)
	w.apply(Answered{Seq: 1, Envelope: a, Commitment: c})
	if v := w.verdict(1, Deterministic{}); !v.Valid() {
		t.Fatal(v)
	}
}

// sealRaw seals any plaintext as sender, for malformed messages.
func sealRaw(t *testing.T, k *skcrypto.SessionKey, sender session.Role, counter uint64, pt, ctx []byte) []byte {
	t.Helper()
	env, err := seal(k.Traffic(), sender, counter, pt, ctx)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func TestPromptTampering(t *testing.T) {
	// Each case puts a bad prompt at request 1 after an honest request 0.
	cases := []struct {
		name string
		make func(w *world, first []byte) []byte
		want Reason
	}{
		{"bit flipped in the ciphertext", func(w *world, _ []byte) []byte { return flip(w.prompt("hello"), 12) }, ReasonPromptUndecryptable},
		{"bit flipped in the tag", func(w *world, _ []byte) []byte { p := w.prompt("hello"); return flip(p, len(p)-1) }, ReasonPromptUndecryptable},
		{"counter changed", func(w *world, _ []byte) []byte { return flip(w.prompt("hello"), 7) }, ReasonPromptUndecryptable},
		{"truncated below a tag", func(w *world, _ []byte) []byte { return w.prompt("hello")[:MinEnvelopeLength-1] }, ReasonPromptUndecryptable},
		{"truncated tag", func(w *world, _ []byte) []byte { p := w.prompt("hello"); return p[:len(p)-1] }, ReasonPromptUndecryptable},
		{"empty", func(*world, []byte) []byte { return nil }, ReasonPromptUndecryptable},
		{"duplicate of request 0", func(_ *world, first []byte) []byte { return first }, ReasonReplay},
		{"sealed for request 2 (reordered)", func(w *world, _ []byte) []byte {
			env, _ := SealPrompt(w.key.Traffic(), 2, 50, Prompt{Prompt: "later"})
			return env
		}, ReasonPromptUndecryptable},
		{"counter reused (nonce reuse)", func(w *world, _ []byte) []byte {
			env, _ := SealPrompt(w.key.Traffic(), 1, 0, Prompt{Prompt: "again"})
			return env
		}, ReasonReplay},
		{"from another session", func(w *world, _ []byte) []byte {
			env, _ := SealPrompt(testKey(w.t, 9).Traffic(), 1, 5, Prompt{Prompt: "x"})
			return env
		}, ReasonPromptUndecryptable},
		{"sealed by the miner", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.Miner, 5, []byte(`{"prompt":"x"}`), promptContext(1))
		}, ReasonPromptUndecryptable},
		{"not JSON", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte("plain text"), promptContext(1))
		}, ReasonPromptMalformed},
		{"empty prompt", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte(`{"prompt":""}`), promptContext(1))
		}, ReasonPromptMalformed},
		{"unknown field", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte(`{"prompt":"x","admin":true}`), promptContext(1))
		}, ReasonPromptMalformed},
		{"trailing data", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte(`{"prompt":"x"}{}`), promptContext(1))
		}, ReasonPromptMalformed},
		{"negative max_tokens", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte(`{"prompt":"x","max_tokens":-1}`), promptContext(1))
		}, ReasonPromptMalformed},
		{"not UTF-8", func(w *world, _ []byte) []byte {
			return sealRaw(w.t, w.key, session.User, 5, []byte("{\"prompt\":\"\xff\"}"), promptContext(1))
		}, ReasonPromptMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			first := w.prompt("first")
			w.apply(Requested{Seq: 0, Envelope: first})
			bad := tc.make(w, first)
			w.apply(Requested{Seq: 1, Envelope: bad})
			for _, c := range []*Conversation{w.user, w.miner, w.oracle} {
				e, _ := c.Exchange(1)
				if e.PromptCheck.Reason != tc.want || e.PromptCheck.Err == nil {
					t.Fatalf("prompt check %v, want %v", e.PromptCheck, tc.want)
				}
			}
			// The miner refuses it, naming the problem; the oracle's verdict
			// is invalid with the same reason.
			e, _ := w.miner.Exchange(1)
			ans, err := Serve(context.Background(), Deterministic{}, e)
			if err == nil || ans.Status != StatusRefused || ans.Reason != tc.want {
				t.Fatalf("miner: %+v, %v", ans, err)
			}
			env, c, err := w.miner.SealAnswer(1, 0, ans)
			if err != nil {
				t.Fatal(err)
			}
			w.apply(Answered{Seq: 1, Envelope: env, Commitment: c})
			if v := w.verdict(1, Deterministic{}); v.Valid() || v.Reason != tc.want || v.Detail == "" {
				t.Fatalf("verdict %+v, want %v", v, tc.want)
			}
		})
	}
}

// fakeModel is a non-deterministic backend, or a failing one.
type fakeModel struct {
	model string
	text  string
	err   error
	det   bool
}

func (f fakeModel) Complete(context.Context, Request) (Completion, error) {
	return Completion{Model: f.model, Text: f.text}, f.err
}
func (f fakeModel) Model() string       { return f.model }
func (f fakeModel) Deterministic() bool { return f.det }

func TestAnswerTampering(t *testing.T) {
	honest := func(w *world) ([]byte, [32]byte) { return w.answer(0) }
	withAnswer := func(a Answer) func(w *world) ([]byte, [32]byte) {
		return func(w *world) ([]byte, [32]byte) {
			env, c, err := w.miner.SealAnswer(0, 9, a)
			if err != nil {
				w.t.Fatal(err)
			}
			return env, c
		}
	}
	raw := func(pt string) func(w *world) ([]byte, [32]byte) {
		return func(w *world) ([]byte, [32]byte) {
			e, _ := w.miner.Exchange(0)
			env := sealRaw(w.t, w.key, session.Miner, 9, []byte(pt), answerContext(0, e.PromptEnvelope))
			return env, w.key.ResultCommitment(0, e.PromptEnvelope, []byte(pt))
		}
	}
	cases := []struct {
		name   string
		make   func(w *world) ([]byte, [32]byte)
		oracle Backend
		want   Reason
	}{
		{"bit flipped", func(w *world) ([]byte, [32]byte) { a, c := honest(w); return flip(a, 20), c }, Deterministic{}, ReasonAnswerUndecryptable},
		{"truncated", func(w *world) ([]byte, [32]byte) { a, c := honest(w); return a[:len(a)-3], c }, Deterministic{}, ReasonAnswerUndecryptable},
		{"too short", func(w *world) ([]byte, [32]byte) { a, c := honest(w); return a[:10], c }, Deterministic{}, ReasonAnswerUndecryptable},
		{"answer to another request", func(w *world) ([]byte, [32]byte) {
			e, _ := w.miner.Exchange(0)
			env := sealRaw(w.t, w.key, session.Miner, 9, []byte(`{"status":"ok","text":"x"}`), answerContext(1, e.PromptEnvelope))
			return env, [32]byte{1}
		}, Deterministic{}, ReasonAnswerUndecryptable},
		{"answer to another prompt", func(w *world) ([]byte, [32]byte) {
			env := sealRaw(w.t, w.key, session.Miner, 9, []byte(`{"status":"ok","text":"x"}`), answerContext(0, []byte("other")))
			return env, [32]byte{1}
		}, Deterministic{}, ReasonAnswerUndecryptable},
		{"sealed by the user", func(w *world) ([]byte, [32]byte) {
			e, _ := w.miner.Exchange(0)
			return sealRaw(w.t, w.key, session.User, 9, []byte(`{"status":"ok","text":"x"}`), answerContext(0, e.PromptEnvelope)), [32]byte{1}
		}, Deterministic{}, ReasonAnswerUndecryptable},
		{"duplicate of the prompt", func(w *world) ([]byte, [32]byte) {
			e, _ := w.miner.Exchange(0)
			return e.PromptEnvelope, [32]byte{1}
		}, Deterministic{}, ReasonReplay},
		{"commitment changed", func(w *world) ([]byte, [32]byte) { a, c := honest(w); c[0] ^= 1; return a, c }, Deterministic{}, ReasonCommitmentMismatch},
		{"malformed JSON", raw(`{"status":"ok"`), Deterministic{}, ReasonAnswerMalformed},
		{"unknown status", raw(`{"status":"maybe","text":"x"}`), Deterministic{}, ReasonAnswerMalformed},
		{"ok without text", raw(`{"status":"ok"}`), Deterministic{}, ReasonAnswerMalformed},
		{"refusal with text", raw(`{"status":"refused","reason":7,"text":"x"}`), Deterministic{}, ReasonAnswerMalformed},
		{"refused a valid prompt", withAnswer(Answer{Status: StatusRefused, Reason: ReasonRefused}), Deterministic{}, ReasonRefused},
		{"wrong answer on the deterministic model", withAnswer(Answer{Status: StatusOK, Model: DeterministicModel, Text: "42"}), Deterministic{}, ReasonMismatch},
		{"oracle's model fails", honest, fakeModel{model: DeterministicModel, det: true, err: ErrBackend}, ReasonUnverifiable},
		{"another model than requested", func(w *world) ([]byte, [32]byte) {
			return withAnswer(Answer{Status: StatusOK, Model: "other", Text: "x"})(w)
		}, Deterministic{}, ReasonNone}, // no model was requested: fits
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			w.apply(Requested{Seq: 0, Envelope: w.prompt("question")})
			env, c := tc.make(w)
			w.apply(Answered{Seq: 0, Envelope: env, Commitment: c})
			e, _ := w.user.Exchange(0)
			v := w.verdict(0, tc.oracle)
			if v.Reason != tc.want {
				t.Fatalf("verdict %+v, want %v (user's check: %v)", v, tc.want, e.AnswerCheck)
			}
			// The user's own check agrees wherever it can (it does not re-run).
			if tc.want <= ReasonReplay && tc.want != ReasonNone && e.AnswerCheck.Reason != tc.want {
				t.Fatalf("user's check %v, want %v", e.AnswerCheck, tc.want)
			}
		})
	}
}

func TestAnswerCounterReuse(t *testing.T) {
	w := newWorld(t)
	w.apply(Requested{Seq: 0, Envelope: w.prompt("a")})
	a, c := w.answer(0)
	w.apply(Answered{Seq: 0, Envelope: a, Commitment: c})
	w.apply(Requested{Seq: 1, Envelope: w.prompt("b")})
	w.minerCounter = 0 // a miner that forgot its counter
	a, c = w.answer(1)
	w.apply(Answered{Seq: 1, Envelope: a, Commitment: c})
	if v := w.verdict(1, Deterministic{}); v.Reason != ReasonReplay || !strings.Contains(v.Detail, "counter 0 reused") {
		t.Fatalf("%+v", v)
	}
}

func TestFitsTheRequest(t *testing.T) {
	for _, tc := range []struct {
		name   string
		prompt Prompt
		answer Answer
		want   Reason
	}{
		{"requested model", Prompt{Prompt: "q", Model: "llama3"}, Answer{Status: StatusOK, Model: "llama3", Text: "a"}, ReasonNone},
		{"longer name", Prompt{Prompt: "q", Model: "llama3"}, Answer{Status: StatusOK, Model: "llama3:8b", Text: "a"}, ReasonWrongModel},
		{"other model", Prompt{Prompt: "q", Model: "llama3"}, Answer{Status: StatusOK, Model: "mistral", Text: "a"}, ReasonWrongModel},
		{"no model", Prompt{Prompt: "q"}, Answer{Status: StatusOK, Text: "a"}, ReasonWrongModel},
		{"too long", Prompt{Prompt: "q", MaxTokens: 1}, Answer{Status: StatusOK, Model: "m", Text: strings.Repeat("a", MaxBytesPerToken+1)}, ReasonDoesNotFit},
		{"long enough", Prompt{Prompt: "q", MaxTokens: 1}, Answer{Status: StatusOK, Model: "m", Text: strings.Repeat("a", MaxBytesPerToken)}, ReasonNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			_, env, err := w.user.SealPrompt(0, tc.prompt)
			if err != nil {
				t.Fatal(err)
			}
			w.apply(Requested{Seq: 0, Envelope: env})
			a, c, err := w.miner.SealAnswer(0, 0, tc.answer)
			if err != nil {
				t.Fatal(err)
			}
			w.apply(Answered{Seq: 0, Envelope: a, Commitment: c})
			v := w.verdict(0, fakeModel{model: "m"})
			if v.Reason != tc.want {
				t.Fatalf("%+v", v)
			}
			if v.Valid() && !strings.Contains(v.Detail, "not re-runnable") {
				t.Fatalf("detail %q does not say which checks ran", v.Detail)
			}
		})
	}
}

func TestOutOfOrderEvents(t *testing.T) {
	w := newWorld(t)
	c := w.oracle
	for _, ev := range []protocol.Event{
		Requested{Seq: 1, Envelope: w.prompt("x")},
		Answered{Seq: 0},
		Judged{Seq: 0, Valid: true},
	} {
		if err := c.Apply(ev); !errors.Is(err, ErrOutOfOrder) {
			t.Fatalf("%T: %v", ev, err)
		}
	}
	w.apply(Requested{Seq: 0, Envelope: w.prompt("y")})
	if err := c.Apply(Judged{Seq: 0, Valid: true}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("verdict before answer: %v", err)
	}
	a, cm := w.answer(0)
	w.apply(Answered{Seq: 0, Envelope: a, Commitment: cm})
	if err := c.Apply(Answered{Seq: 0, Envelope: a, Commitment: cm}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("second answer: %v", err)
	}
	w.apply(Judged{Seq: 0, Reason: 200}) // a code this version does not know
	if e, _ := c.Exchange(0); e.Reason.Valid() || e.Reason.String() != "Reason(200)" {
		t.Fatal(e.Reason)
	}
	w.apply(Closed{Role: session.Miner})
	if err := c.Apply(Requested{Seq: 1}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("after close: %v", err)
	}
	if _, _, err := c.SealPrompt(1, Prompt{Prompt: "z"}); err == nil {
		t.Fatal("sealed after close")
	}
	c.Zero()
	if e, _ := c.Exchange(0); e.Prompt().Prompt != "" {
		t.Fatal("plaintext kept after Zero")
	}
}

func TestSizeLimits(t *testing.T) {
	w := newWorld(t)
	if _, _, err := w.user.SealPrompt(0, Prompt{Prompt: strings.Repeat("a", MaxMessageLength)}); !errors.Is(err, ErrTooLong) {
		t.Fatalf("oversized prompt: %v", err)
	}
	w.apply(Requested{Seq: 0, Envelope: w.prompt("q")})
	// An answer too long for the chain is cut to fit, on a character
	// boundary, and marked; escaping-heavy text included.
	for _, text := range []string{strings.Repeat("é", MaxMessageLength), strings.Repeat("\x01", MaxMessageLength)} {
		env, _, err := w.miner.SealAnswer(0, 0, Answer{Status: StatusOK, Model: "m", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(env) > MaxMessageLength || len(env) < MaxMessageLength-64 {
			t.Fatalf("envelope of %d bytes", len(env))
		}
		e, _ := w.miner.Exchange(0)
		_, _, a, err := OpenAnswer(w.key.Traffic(), 0, e.PromptEnvelope, env)
		if err != nil || !a.Truncated || !strings.HasPrefix(text, a.Text) {
			t.Fatalf("%v truncated=%v", err, a.Truncated)
		}
	}
	if _, _, err := OpenPrompt(w.key.Traffic(), 0, make([]byte, MaxMessageLength+1)); !errors.Is(err, ErrTooLong) {
		t.Fatalf("oversized envelope: %v", err)
	}
}

func TestDeterministicBackend(t *testing.T) {
	ctx := context.Background()
	d := Deterministic{}
	a, err := d.Complete(ctx, Request{Prompt: "one two three"})
	b, _ := d.Complete(ctx, Request{Prompt: "one two three"})
	if err != nil || a != b || !strings.Contains(a.Text, `"three two one"`) || a.Model != DeterministicModel {
		t.Fatalf("%+v %v", a, err)
	}
	if c, _ := d.Complete(ctx, Request{Prompt: "one two four"}); c.Text == a.Text {
		t.Fatal("different prompts, same answer")
	}
	if c, _ := d.Complete(ctx, Request{Prompt: "ééé", MaxTokens: 3}); c.Text != "1 w" {
		t.Fatalf("max tokens: %q", c.Text)
	}
	if _, err := d.Complete(ctx, Request{Prompt: "x", Model: "gpt"}); !errors.Is(err, ErrBackend) {
		t.Fatal(err)
	}
	if _, err := d.Complete(ctx, Request{Prompt: "\xff"}); !errors.Is(err, ErrBackend) {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := d.Complete(cctx, Request{Prompt: "x"}); !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
}

// FuzzOpenEnvelopes feeds arbitrary bytes as prompt and answer envelopes
// to the three parties' checks: a finding, never a panic, and never valid.
func FuzzOpenEnvelopes(f *testing.F) {
	k := testKey(f, 3)
	good, _ := SealPrompt(k.Traffic(), 0, 0, Prompt{Prompt: "seed"})
	f.Add(good, []byte{}, []byte{})
	f.Add(good[:MinEnvelopeLength], good, make([]byte, 32))
	f.Add(binary.BigEndian.AppendUint64(nil, 1), []byte(`{"status":"ok","text":"x"}`), []byte{1})
	f.Fuzz(func(t *testing.T, prompt, answer, commitment []byte) {
		c := party(t, k)
		if err := c.Apply(Requested{Seq: 0, Envelope: prompt}); err != nil {
			t.Fatal(err)
		}
		var cm [32]byte
		copy(cm[:], commitment)
		if err := c.Apply(Answered{Seq: 0, Envelope: answer, Commitment: cm}); err != nil {
			t.Fatal(err)
		}
		e, _ := c.Exchange(0)
		if e.AnswerCheck.OK() {
			t.Fatal("a forged answer passed")
		}
		if v := Assess(context.Background(), Deterministic{}, e); v.Valid() || v.Detail == "" {
			t.Fatalf("verdict %+v", v)
		}
	})
}

// reportsLonger is a backend that reports a longer name for the model a
// request names, as providers do for an alias.
type reportsLonger struct{ fakeModel }

func (reportsLonger) Complete(_ context.Context, r Request) (Completion, error) {
	return Completion{Model: r.Model + "-2024-08-06", Text: "a"}, nil
}

func TestServeNamesTheRequestedModel(t *testing.T) {
	w := newWorld(t)
	_, env, err := w.user.SealPrompt(0, Prompt{Prompt: "q", Model: "gpt-4o"})
	if err != nil {
		t.Fatal(err)
	}
	w.apply(Requested{Seq: 0, Envelope: env})
	e, _ := w.miner.Exchange(0)
	a, err := Serve(context.Background(), reportsLonger{fakeModel{model: "own"}}, e)
	if err != nil || a.Model != "gpt-4o" {
		t.Fatalf("answer names %q (%v), want the requested gpt-4o", a.Model, err)
	}
	_, env, err = w.user.SealPrompt(1, Prompt{Prompt: "q"})
	if err != nil {
		t.Fatal(err)
	}
	w.apply(Requested{Seq: 1, Envelope: env})
	e, _ = w.miner.Exchange(1)
	if a, _ := Serve(context.Background(), fakeModel{model: "own", text: "a"}, e); a.Model != "own" {
		t.Fatalf("answer names %q, want the backend's own model", a.Model)
	}
}

// FuzzDecodePlaintexts: decoding never panics, and whatever decodes is
// encoded back by the reference into a plaintext that decodes to the same
// value (the strict reader accepts what the writer writes).
func FuzzDecodePlaintexts(f *testing.F) {
	for _, s := range []string{
		`{"prompt":"a"}`, `{"prompt":"a","model":"m","max_tokens":3}`, `{"prompt":"a","prompt":"b"}`,
		`{"status":"ok","model":"m","text":"x","truncated":true}`, `{"status":"refused","reason":7,"model":"m"}`,
		`{"status":"ok","text":"x","reason":0}`, `{"prompt":"\ud83d\ude00"}`, `{"prompt":"\ud800"}`, " {\"prompt\":\"a\"} \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := DecodePrompt(b); err == nil {
			enc, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if q, err := DecodePrompt(enc); err != nil || q != p {
				t.Fatalf("%q decodes to %+v; its encoding %q to %+v (%v)", b, p, enc, q, err)
			}
		}
		if a, err := DecodeAnswer(b); err == nil {
			enc, _, err := EncodeAnswer(a)
			if errors.Is(err, ErrTooLong) {
				return
			}
			if err != nil {
				t.Fatalf("%q decodes to %+v, which does not encode: %v", b, a, err)
			}
			if c, err := DecodeAnswer(enc); err != nil || c != a {
				t.Fatalf("%q decodes to %+v; its encoding %q to %+v (%v)", b, a, enc, c, err)
			}
		}
	})
}

// TestStreamRecordsShareTheNumbering: a streamed request takes its
// request number like an on-chain one, and each is answered only in its
// own transport (the contract refuses the other; a Conversation fed one
// anyway reports it out of order).
func TestStreamRecordsShareTheNumbering(t *testing.T) {
	c := party(t, testKey(t, 7))
	pd := Digest{Hash: [32]byte{1}, Size: 100}
	if err := c.Apply(StreamRequested{Seq: 0, Prompt: pd}); err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(StreamRequested{Seq: 0, Prompt: pd}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("a second request 0: %v", err)
	}
	env, _ := SealPrompt(c.traffic, 1, 0, Prompt{Prompt: "on chain"})
	if err := c.Apply(Requested{Seq: 1, Envelope: env}); err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(Answered{Seq: 0, Envelope: make([]byte, 24), Commitment: [32]byte{2}}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("an on-chain answer to a streamed request: %v", err)
	}
	if err := c.Apply(StreamAnswered{Seq: 1, Answer: pd, Commitment: [32]byte{2}}); !errors.Is(err, ErrOutOfOrder) {
		t.Fatalf("a streamed answer to an on-chain request: %v", err)
	}
	ad := Digest{Hash: [32]byte{3}, Size: 200}
	if err := c.Apply(StreamAnswered{Seq: 0, Answer: ad, Commitment: [32]byte{4}}); err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(Judged{Seq: 0, Valid: false, Reason: ReasonUnavailable}); err != nil {
		t.Fatal(err)
	}
	e, _ := c.Exchange(0)
	if !e.Streamed || e.PromptDigest != pd || e.AnswerDigest != ad || e.Commitment != [32]byte{4} || !e.Judged || e.Reason != ReasonUnavailable {
		t.Fatalf("exchange %+v", e)
	}
	if e1, _ := c.Exchange(1); e1.Streamed || !e1.PromptCheck.OK() {
		t.Fatalf("the on-chain request: %+v", e1)
	}
}
