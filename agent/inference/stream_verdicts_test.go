package inference

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// The stream verdict vectors (docs/PROTOCOL.md §13.8, §14.2; the
// "verdicts" of stream.json): a streamed request's records on chain, the
// streams the oracle obtains, in the order it obtains them, and the
// findings and verdict each must get. The expectations are written here by
// hand, never computed by the code under test.

// streamRecord is a stream's digest as StreamRequested or StreamAnswered
// records it.
type streamRecord struct {
	Hash hexBytes `json:"hash"`
	Size uint64   `json:"size"`
}

// streamOffer is a pair of streams a party's endpoint gives the oracle.
type streamOffer struct {
	// From is informational: whose endpoint served the pair.
	From   string   `json:"from"`
	Prompt hexBytes `json:"prompt"`
	Answer hexBytes `json:"answer"`
	Note   string   `json:"note,omitempty"`
}

// streamVerdictCase is one streamed request, request 0 of a fresh
// session state, and what the oracle must find.
type streamVerdictCase struct {
	Name         string       `json:"name"`
	Description  string       `json:"description"`
	Spec         string       `json:"spec"`
	Seq          uint64       `json:"seq"`
	PromptRecord streamRecord `json:"prompt_record"`
	AnswerRecord streamRecord `json:"answer_record"`
	Commitment   hexBytes     `json:"commitment"`
	// Offers are the pairs of streams the oracle obtains, in order.
	Offers []streamOffer       `json:"offers"`
	Expect streamVerdictExpect `json:"expect"`
}

// streamVerdictExpect: Prompt and Answer are the findings of the streams
// the oracle judged (absent when no offered pair matched its records),
// Verdict its verdict; reason names of §13.5, "valid" for a check passed.
type streamVerdictExpect struct {
	Prompt  string `json:"prompt,omitempty"`
	Answer  string `json:"answer,omitempty"`
	Verdict string `json:"verdict"`
}

// buildStreamVerdicts seals the streams of every stream verdict case.
func buildStreamVerdicts(t testing.TB, k *skcrypto.SessionKey) []streamVerdictCase {
	const promptText = "judge this streamed prompt: é ü"
	r, err := Deterministic{}.Complete(context.Background(), Request{Prompt: promptText})
	if err != nil {
		t.Fatal(err)
	}
	R := r.Text
	words := strings.SplitAfter(R, " ")
	okHead := `{"status":"ok","model":"` + DeterministicModel + `"}`
	prompt := `{"prompt":"` + promptText + `"}`
	var n byte
	seal := func(d skcrypto.Direction, seq uint64, bind [32]byte, chunks ...string) ([]byte, Digest) {
		n++
		bs := make([][]byte, len(chunks))
		for i, c := range chunks {
			bs[i] = []byte(c)
		}
		return writeStream(t, k, d, seq, bind, [32]byte{0x57, n}, bs...)
	}
	flip := func(b []byte) []byte { b = bytes.Clone(b); b[len(b)-1] ^= 1; return b }

	// x is one streamed request as the chain records it and the miner serves it.
	type x struct {
		ps, as     []byte
		pd, ad     Digest
		commitment [32]byte
	}
	answerTo := func(ps []byte, pd Digest, chunks ...string) x {
		v := x{ps: ps, pd: pd}
		v.as, v.ad = seal(skcrypto.DirectionAnswer, 0, pd.Hash, chunks...)
		v.commitment = k.StreamResultCommitment(0, pd.Hash, v.ad.Hash)
		return v
	}
	exchange := func(promptPlain string, chunks ...string) x {
		ps, pd := seal(skcrypto.DirectionPrompt, 0, [32]byte{}, promptPlain)
		return answerTo(ps, pd, chunks...)
	}
	honestChunks := append(append([]string{}, words...), okHead)
	mk := func(name, desc, spec string, v x, offers []streamOffer, prompt, answer, verdict string) streamVerdictCase {
		if offers == nil {
			offers = []streamOffer{{From: "miner", Prompt: v.ps, Answer: v.as}}
		}
		return streamVerdictCase{Name: name, Description: desc, Spec: spec,
			PromptRecord: streamRecord{v.pd.Hash[:], v.pd.Size}, AnswerRecord: streamRecord{v.ad.Hash[:], v.ad.Size},
			Commitment: v.commitment[:], Offers: offers,
			Expect: streamVerdictExpect{Prompt: prompt, Answer: answer, Verdict: verdict}}
	}

	honest := exchange(prompt, honestChunks...)
	// The text cut inside "ü" (two bytes in UTF-8): the text is the chunks' concatenation.
	cut := strings.Index(R, "ü") + 1
	split := exchange(prompt, R[:cut], R[cut:], okHead)
	// Another stream of the same prompt (a fresh salt) is not the recorded one.
	otherPrompt, _ := seal(skcrypto.DirectionPrompt, 0, [32]byte{}, prompt)
	// A prompt stream sealed for request 1, recorded for request 0.
	ps1, pd1 := seal(skcrypto.DirectionPrompt, 1, [32]byte{}, prompt)
	// A prompt stream without its last chunk (the record is of the cut stream).
	whole, _ := seal(skcrypto.DirectionPrompt, 0, [32]byte{}, `{"prompt":"judge `, `this"}`)
	firstChunk := 32 + 5 + len(`{"prompt":"judge `) + 16
	cutPrompt := whole[:firstChunk]
	cutDigest := DigestOf(cutPrompt)
	// An answer bound to another prompt stream than the recorded one.
	_, otherPD := seal(skcrypto.DirectionPrompt, 0, [32]byte{}, prompt)
	boundElsewhere := x{ps: honest.ps, pd: honest.pd}
	boundElsewhere.as, boundElsewhere.ad = seal(skcrypto.DirectionAnswer, 0, otherPD.Hash, honestChunks...)
	boundElsewhere.commitment = k.StreamResultCommitment(0, honest.pd.Hash, boundElsewhere.ad.Hash)
	// An answer sealed in the prompt direction.
	asPrompt := x{ps: honest.ps, pd: honest.pd}
	asPrompt.as, asPrompt.ad = seal(skcrypto.DirectionPrompt, 0, [32]byte{}, honestChunks...)
	asPrompt.commitment = k.StreamResultCommitment(0, honest.pd.Hash, asPrompt.ad.Hash)
	// Commitments the streams do not give.
	otherRequest := exchange(prompt, honestChunks...)
	otherRequest.commitment = k.StreamResultCommitment(1, otherRequest.pd.Hash, otherRequest.ad.Hash)
	onChainFormula := exchange(prompt, honestChunks...)
	onChainFormula.commitment = k.ResultCommitment(0, onChainFormula.ps, []byte(okHead))

	const s138, s137 = "§13.8 Verdicts", "§13.7 Plaintexts"
	return []streamVerdictCase{
		mk("valid/honest", "the honest exchange: the built-in model's text in one chunk per word, then the head", s138, honest, nil, "valid", "valid", "valid"),
		mk("valid/character-split-across-chunks", "a chunk boundary inside a two-byte character: the text is the chunks' concatenation", s137, split, nil, "valid", "valid", "valid"),
		mk("valid/second-party-delivers", "the miner serves an answer stream that is not the recorded one; the user delivers the recorded streams", s138, honest,
			[]streamOffer{{From: "miner", Prompt: honest.ps, Answer: flip(honest.as), Note: "the answer's last byte flipped"}, {From: "user", Prompt: honest.ps, Answer: honest.as}},
			"valid", "valid", "valid"),
		mk("unavailable/nothing-obtained", "no party serves the streams before the verdict deadline", s138+"; §13.5 code 12", honest, []streamOffer{}, "", "", "unavailable"),
		mk("unavailable/answer-not-recorded", "the only answer stream obtained has its last byte flipped: its digest is not the record's", s138, honest,
			[]streamOffer{{From: "miner", Prompt: honest.ps, Answer: flip(honest.as)}}, "", "", "unavailable"),
		mk("unavailable/answer-cut", "the only answer stream obtained lacks its last byte", s138, honest,
			[]streamOffer{{From: "miner", Prompt: honest.ps, Answer: honest.as[:len(honest.as)-1]}}, "", "", "unavailable"),
		mk("unavailable/another-prompt-stream", "a prompt stream of the same plaintext with another salt: not the recorded one", s138, honest,
			[]streamOffer{{From: "miner", Prompt: otherPrompt, Answer: honest.as}}, "", "", "unavailable"),
		mk("prompt-undecryptable/another-request", "the recorded prompt stream was sealed for request 1; the miner refused it", s138+", §13.7",
			answerTo(ps1, pd1, `{"status":"refused","reason":1}`), nil, "prompt-undecryptable", "valid", "prompt-undecryptable"),
		mk("prompt-undecryptable/truncated", "the recorded prompt stream lacks its last chunk", s138+", §13.7",
			answerTo(cutPrompt, cutDigest, `{"status":"refused","reason":1}`), nil, "prompt-undecryptable", "valid", "prompt-undecryptable"),
		mk("prompt-malformed/empty-prompt", "the prompt stream opens to a prompt with an empty text; the miner refused it", s138+", §13.3",
			exchange(`{"prompt":""}`, `{"status":"refused","reason":2}`), nil, "prompt-malformed", "valid", "prompt-malformed"),
		mk("answer-undecryptable/another-prompt", "the answer stream is bound to another prompt stream than the recorded one", s138+", §13.7",
			boundElsewhere, nil, "valid", "answer-undecryptable", "answer-undecryptable"),
		mk("answer-undecryptable/prompt-direction", "the answer stream was sealed as a prompt stream", s138+", §13.7",
			asPrompt, nil, "valid", "answer-undecryptable", "answer-undecryptable"),
		mk("answer-malformed/ok-without-text", "an ok head and no text chunk", s137, exchange(prompt, okHead), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/refusal-with-text", "a refusal head after a text chunk", s137,
			exchange(prompt, "some text", `{"status":"refused","reason":7}`), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/head-with-text", "the head carries a text field", s137,
			exchange(prompt, append(append([]string{}, words...), `{"status":"ok","model":"`+DeterministicModel+`","text":"x"}`)...), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/head-with-truncated", "the head carries truncated (never set in a stream), even false", s137,
			exchange(prompt, append(append([]string{}, words...), `{"status":"ok","model":"`+DeterministicModel+`","truncated":false}`)...), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/ok-with-reason", "an ok head with reason 0", s137+", §13.3",
			exchange(prompt, append(append([]string{}, words...), `{"status":"ok","model":"`+DeterministicModel+`","reason":0}`)...), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/text-not-utf8", "the text chunks concatenate to bytes that are not UTF-8", s137,
			exchange(prompt, "\xc3", okHead), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("answer-malformed/head-not-an-object", "the last chunk is not a JSON object", s137,
			exchange(prompt, "text", `"ok"`), nil, "valid", "answer-malformed", "answer-malformed"),
		mk("commitment-mismatch/another-request", "the commitment is §13.7's for request 1", s138+", §13.7 Commitment",
			otherRequest, nil, "valid", "commitment-mismatch", "commitment-mismatch"),
		mk("commitment-mismatch/on-chain-formula", "the commitment uses the on-chain result label of §13.4, not stream-result", s138+", §13.7 Commitment",
			onChainFormula, nil, "valid", "commitment-mismatch", "commitment-mismatch"),
		mk("refused/model-failed", "the miner refuses a valid prompt", s138+", §13.4", exchange(prompt, `{"status":"refused","reason":7}`), nil, "valid", "valid", "refused"),
		mk("mismatch/other-text", "an ok answer naming the built-in model with another text than its re-run", s138+", §13.4 step 6",
			exchange(prompt, "made ", "up", okHead), nil, "valid", "valid", "mismatch"),
		mk("wrong-model/absent", "an ok answer naming no model", s138+", §13.4 step 4",
			exchange(prompt, append(append([]string{}, words...), `{"status":"ok"}`)...), nil, "valid", "valid", "wrong-model"),
		mk("does-not-fit/too-long", "max_tokens 1 and a text over 32 bytes", s138+", §13.4 step 5",
			exchange(`{"prompt":"`+promptText+`","max_tokens":1}`, honestChunks...), nil, "valid", "valid", "does-not-fit"),
	}
}

// TestStreamVerdictVectors runs the stream verdict vectors as an oracle
// does (§13.8): the records applied to a fresh session state, the offered
// streams tried in order until a pair matches its records, then judged;
// unavailable when none does.
func TestStreamVerdictVectors(t *testing.T) {
	f := readStreamVectors(t)
	k, err := skcrypto.RestoreSessionKey(session.ID(f.Session.SessionID), [32]byte(f.Session.TranscriptHash), f.Session.Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Verdicts) == 0 {
		t.Fatal("stream.json has no verdict cases")
	}
	for _, c := range f.Verdicts {
		t.Run(c.Name, func(t *testing.T) {
			if len(c.PromptRecord.Hash) != 32 || len(c.AnswerRecord.Hash) != 32 || len(c.Commitment) != 32 {
				t.Fatal("vectors: a record or commitment is not 32 bytes")
			}
			conv := NewConversation(k.Clone())
			defer conv.Zero()
			if err := conv.Apply(StreamRequested{Seq: c.Seq, Prompt: Digest{[32]byte(c.PromptRecord.Hash), c.PromptRecord.Size}}); err != nil {
				t.Fatal(err)
			}
			if err := conv.Apply(StreamAnswered{Seq: c.Seq, Answer: Digest{[32]byte(c.AnswerRecord.Hash), c.AnswerRecord.Size}, Commitment: [32]byte(c.Commitment)}); err != nil {
				t.Fatal(err)
			}
			attached := false
			for _, o := range c.Offers {
				err := conv.AttachStreams(c.Seq, o.Prompt, o.Answer)
				if err == nil {
					attached = true
					break
				}
				if !errors.Is(err, ErrStreamMismatch) {
					t.Fatalf("offer from the %s: %v", o.From, err)
				}
			}
			var v Verdict
			e, _ := conv.Exchange(c.Seq)
			if attached {
				if got := e.PromptCheck.Reason.String(); got != c.Expect.Prompt {
					t.Errorf("prompt %s (%v), want %s", got, e.PromptCheck.Err, c.Expect.Prompt)
				}
				if got := e.AnswerCheck.Reason.String(); got != c.Expect.Answer {
					t.Errorf("answer %s (%v), want %s", got, e.AnswerCheck.Err, c.Expect.Answer)
				}
				v = Assess(context.Background(), Deterministic{}, e)
			} else {
				if c.Expect.Prompt != "" || c.Expect.Answer != "" {
					t.Errorf("no offered pair matches its records; the case expects findings %q/%q", c.Expect.Prompt, c.Expect.Answer)
				}
				if !e.PromptCheck.OK() || !e.AnswerCheck.OK() {
					t.Error("a stream that does not match its record changed the exchange")
				}
				v = Unavailable(c.Seq, ErrStreamMismatch)
			}
			if got := v.Reason.String(); got != c.Expect.Verdict {
				t.Errorf("verdict %s (%s), want %s", got, v.Detail, c.Expect.Verdict)
			}
		})
	}
}
