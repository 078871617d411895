package inference

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Benchmarks of each role's off-chain work per inference request, beside
// agent/protocol's BenchmarkSession (per session) and agent/skcrypto's
// primitives. Names are benchstat keys (role=, op=, size=).

// benchPromptText is a 200-byte prompt of words.
var benchPromptText = strings.Repeat("lorem ipsum dolor sit amet ", 8)[:200]

// benchSessionKey is a fixed session key; each party gets its own copy, as
// each agent holds its own K.
func benchSessionKey(b *testing.B) *skcrypto.SessionKey {
	b.Helper()
	k, err := skcrypto.DeriveSessionKey(session.ID{0xbe, 1}, bytes.Repeat([]byte{0xbe}, skcrypto.KeySize), sha256.Sum256([]byte("bench")))
	if err != nil {
		b.Fatal(err)
	}
	return k
}

// benchEvents are the chain events of n requests of one session, made by an
// honest user and an honest miner on the Deterministic backend: request i
// has sequence number i and is sealed with traffic counter i by both.
type benchEvents struct {
	requests []Requested
	answers  []Answered
	verdicts []Judged
}

func benchPrecompute(b *testing.B, k *skcrypto.SessionKey, n int) benchEvents {
	b.Helper()
	ctx := context.Background()
	user, miner, oracle := party(b, k), party(b, k), party(b, k)
	defer user.Zero()
	defer miner.Zero()
	defer oracle.Zero()
	ev := benchEvents{make([]Requested, n), make([]Answered, n), make([]Judged, n)}
	meta := protocol.Meta{Session: k.ID()}
	for i := range n {
		seq, env, err := user.SealPrompt(uint64(i), Prompt{Prompt: benchPromptText})
		if err != nil {
			b.Fatal(err)
		}
		ev.requests[i] = Requested{Meta: meta, Seq: seq, Envelope: env}
		for _, c := range []*Conversation{user, miner, oracle} {
			if err := c.Apply(ev.requests[i]); err != nil {
				b.Fatal(err)
			}
		}
		e, _ := miner.Exchange(seq)
		a, err := Serve(ctx, Deterministic{}, e)
		if err != nil {
			b.Fatal(err)
		}
		aenv, com, err := miner.SealAnswer(seq, uint64(i), a)
		if err != nil {
			b.Fatal(err)
		}
		ev.answers[i] = Answered{Meta: meta, Seq: seq, Envelope: aenv, Commitment: com}
		if err := oracle.Apply(ev.answers[i]); err != nil {
			b.Fatal(err)
		}
		oe, _ := oracle.Exchange(seq)
		v := Assess(ctx, Deterministic{}, oe)
		if !v.Valid() || !strings.Contains(v.Detail, "re-ran") {
			b.Fatalf("request %d: verdict %v (%s), want valid after a re-run", i, v.Reason, v.Detail)
		}
		ev.verdicts[i] = Judged{Meta: meta, Seq: seq, Valid: true, Reason: ReasonNone}
	}
	return ev
}

// BenchmarkInference measures one role's CPU per request, in a long-lived
// conversation (request i of iteration i, so the conversation's replay
// records grow as in a real session), with the other roles' messages made
// beforehand, outside the timer. Each role applies every inference event of
// the request, as the agent runtime does (agent/inference.go); the timed
// work is:
//
//   - role=user: SealPrompt (JSON, seal), Apply of its own request as the
//     chain echoes it (opens and checks the prompt), Apply of the answer
//     (opens, decodes, checks the commitment), Apply of the verdict;
//   - role=miner: Apply of the request (opens the prompt), Serve on the
//     Deterministic backend, SealAnswer (JSON, seal, commitment), Apply of
//     its own answer as echoed, Apply of the verdict;
//   - role=oracle: Apply of the request and of the answer, Assess (which
//     re-runs the Deterministic backend and compares), Apply of its
//     verdict.
//
// Every iteration checks that the messages opened and the verdict is valid,
// so a benchmark never times a failing path. The per-session setup
// (NewConversation, deriving the traffic keys) is outside the timer; see
// skcrypto's BenchmarkTrafficKeys for it.
func BenchmarkInference(b *testing.B) {
	ctx := context.Background()
	prompt := Prompt{Prompt: benchPromptText}
	b.Run("role=user", func(b *testing.B) {
		k := benchSessionKey(b)
		ev := benchPrecompute(b, k, b.N)
		c := party(b, k)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			seq, env, err := c.SealPrompt(uint64(i), prompt)
			if err != nil {
				b.Fatal(err)
			}
			if err := c.Apply(Requested{Meta: ev.requests[i].Meta, Seq: seq, Envelope: env}); err != nil {
				b.Fatal(err)
			}
			if err := c.Apply(ev.answers[i]); err != nil {
				b.Fatal(err)
			}
			e, _ := c.Exchange(seq)
			// The answer is bound to the exact prompt envelope, so this
			// also checks the user sealed the same prompt as the reference.
			if !e.PromptCheck.OK() || !e.AnswerCheck.OK() {
				b.Fatalf("request %d: prompt %v, answer %v", i, e.PromptCheck, e.AnswerCheck)
			}
			if err := c.Apply(ev.verdicts[i]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("role=miner", func(b *testing.B) {
		k := benchSessionKey(b)
		ev := benchPrecompute(b, k, b.N)
		c := party(b, k)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if err := c.Apply(ev.requests[i]); err != nil {
				b.Fatal(err)
			}
			e, _ := c.Exchange(uint64(i))
			a, err := Serve(ctx, Deterministic{}, e)
			if err != nil {
				b.Fatalf("request %d: %v", i, err)
			}
			env, com, err := c.SealAnswer(e.Seq, uint64(i), a)
			if err != nil {
				b.Fatal(err)
			}
			if err := c.Apply(Answered{Meta: ev.answers[i].Meta, Seq: e.Seq, Envelope: env, Commitment: com}); err != nil {
				b.Fatal(err)
			}
			if !e.AnswerCheck.OK() || a.Status != StatusOK {
				b.Fatalf("request %d: answer %v, status %v", i, e.AnswerCheck, a.Status)
			}
			if err := c.Apply(ev.verdicts[i]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("role=oracle", func(b *testing.B) {
		k := benchSessionKey(b)
		ev := benchPrecompute(b, k, b.N)
		c := party(b, k)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if err := c.Apply(ev.requests[i]); err != nil {
				b.Fatal(err)
			}
			if err := c.Apply(ev.answers[i]); err != nil {
				b.Fatal(err)
			}
			e, _ := c.Exchange(uint64(i))
			v := Assess(ctx, Deterministic{}, e)
			if !v.Valid() {
				b.Fatalf("request %d: verdict %v: %s", i, v.Reason, v.Detail)
			}
			if err := c.Apply(Judged{Meta: ev.verdicts[i].Meta, Seq: e.Seq, Valid: v.Valid(), Reason: v.Reason}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEnvelope measures the envelope layer alone (§13.2): the counter
// prefix, the length checks and ChaCha20-Poly1305 under the sender's
// traffic key with the prompt's context, for a plaintext of size bytes (no
// JSON, no Conversation bookkeeping). size=16000 is near the contract's
// MaxMessageLength.
func BenchmarkEnvelope(b *testing.B) {
	t := benchSessionKey(b).Traffic()
	adctx := promptContext(0)
	for _, n := range []int{256, 4096, 16000} {
		pt := bytes.Repeat([]byte{'a'}, n)
		b.Run(fmt.Sprintf("op=seal/size=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			var counter uint64
			for b.Loop() {
				if _, err := seal(t, session.User, counter, pt, adctx); err != nil {
					b.Fatal(err)
				}
				counter++
			}
		})
		env, err := seal(t, session.User, 1, pt, adctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("op=open/size=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				counter, got, err := open(t, session.User, env, adctx)
				if err != nil || counter != 1 || len(got) != n {
					b.Fatalf("open: counter %d, %d bytes, %v", counter, len(got), err)
				}
			}
		})
	}
}
