package inference

import (
	"bytes"
	"context"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// The inference conformance vectors (docs/PROTOCOL.md §14.2): envelopes,
// answers and prompts with the check results and the verdict each must
// get. The expectations are written by hand in vectorCases below, never
// computed by this package; -update only seals the envelopes again and
// rewrites the file.

var updateVectors = flag.Bool("update", false, "rewrite testdata/vectors/inference.json from the case definitions")

const vectorsPath = "testdata/vectors/inference.json"

// hexBytes is a byte string written as lower-case hex in JSON.
type hexBytes []byte

func (h hexBytes) MarshalText() ([]byte, error) { return []byte(hex.EncodeToString(h)), nil }

func (h *hexBytes) UnmarshalText(b []byte) error {
	v, err := hex.DecodeString(string(b))
	*h = v
	return err
}

// vectorFile is the format of testdata/vectors/inference.json.
type vectorFile struct {
	Description string          `json:"description"`
	Session     vectorSession   `json:"session"`
	Encodings   vectorEncodings `json:"encodings"`
	Model       []modelVector   `json:"model"`
	Cases       []vectorCase    `json:"cases"`
	// RecipientKeys are registered keys a user must refuse to open a
	// Method 2 session to, whichever role coordinates, and keys it accepts.
	RecipientKeys []recipientKeyVector `json:"recipient_keys"`
}

// recipientKeyVector is one registered key and whether it is usable
// (docs/PROTOCOL.md §6.2).
type recipientKeyVector struct {
	Name   string   `json:"name"`
	Suite  string   `json:"suite"`
	Key    hexBytes `json:"key"`
	Usable bool     `json:"usable"`
}

// vectorSession is the Established session every case runs in.
type vectorSession struct {
	SessionID      hexBytes `json:"session_id"`
	TranscriptHash hexBytes `json:"transcript_hash"`
	Key            hexBytes `json:"key"`
	// TrafficKeys are k_User, k_Miner, k_Oracle (§8), for debugging.
	TrafficKeys [3]hexBytes `json:"traffic_keys"`
}

// vectorEncodings pins the two encodings of a role (§2): a 32-byte ABI
// word inside abi.encode, one byte everywhere else.
type vectorEncodings struct {
	Commitment struct {
		ChainID   uint64         `json:"chain_id"`
		Contract  common.Address `json:"contract"`
		SessionID hexBytes       `json:"session_id"`
		Role      uint8          `json:"role"`
		Account   common.Address `json:"account"`
		Key       hexBytes       `json:"ephemeral_key"`
		Preimage  hexBytes       `json:"preimage"`
		Value     hexBytes       `json:"commitment"`
	} `json:"commitment"`
	TrafficInfo [3]hexBytes `json:"traffic_info"`
}

// modelVector is one run of the built-in deterministic model (§13.6).
type modelVector struct {
	Name      string `json:"name"`
	Prompt    string `json:"prompt"`
	Model     string `json:"model,omitempty"`
	MaxTokens int    `json:"max_tokens,omitempty"`
	// Text is the completion; empty when the model refuses (Refuses).
	Text    string `json:"text,omitempty"`
	Refuses bool   `json:"refuses,omitempty"`
}

// vectorEvent is one inference event on chain.
type vectorEvent struct {
	// Kind is "request" (InferenceRequested) or "answer" (InferenceAnswered).
	Kind       string   `json:"kind"`
	Seq        uint64   `json:"seq"`
	Envelope   hexBytes `json:"envelope"`
	Commitment hexBytes `json:"commitment,omitempty"`
	// Informational: how the envelope was made.
	Note         string   `json:"note,omitempty"`
	Plaintext    *string  `json:"plaintext,omitempty"`
	PlaintextHex hexBytes `json:"plaintext_hex,omitempty"`
}

// vectorExpect is what every party must find for request Seq, and the
// oracle's verdict. Values are reason names (§13.5), "valid" when the
// check passes; Answer and Verdict are empty for an unanswered request.
type vectorExpect struct {
	Seq     uint64 `json:"seq"`
	Prompt  string `json:"prompt"`
	Answer  string `json:"answer,omitempty"`
	Verdict string `json:"verdict,omitempty"`
}

// vectorCase is one scenario: events in chain order and the findings.
type vectorCase struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Spec names the sections and issue points the case pins.
	Spec string `json:"spec"`
	// Oracle is the oracle's model: "deterministic" (the built-in model)
	// or "failing" (it claims the built-in model's name and every run fails).
	Oracle string         `json:"oracle"`
	Events []vectorEvent  `json:"events"`
	Expect []vectorExpect `json:"expect"`
}

// The fixed session of the vectors.
var (
	vectorSessionID = session.ID(common.HexToHash("0x5e5510a1d0000000000000000000000000000000000000000000000000000001"))
	vectorTH        = sha256.Sum256([]byte("inference vectors transcript"))
	vectorK         = sha256.Sum256([]byte("inference vectors session key"))
	otherK          = sha256.Sum256([]byte("another session's key"))
)

func vectorKey(t testing.TB, k [32]byte) *skcrypto.SessionKey {
	t.Helper()
	key, err := skcrypto.RestoreSessionKey(vectorSessionID, vectorTH, k[:])
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// builder seals the envelopes of the cases.
type builder struct {
	t     testing.TB
	k     *skcrypto.SessionKey
	tr    *skcrypto.Traffic
	other *skcrypto.Traffic
}

// raw seals pt as sender with nonce counter sealedWith and context ctx, and
// writes prefix as the envelope's counter.
func (b *builder) raw(tr *skcrypto.Traffic, sender session.Role, prefix, sealedWith uint64, pt, ctx []byte) []byte {
	b.t.Helper()
	ct, err := tr.Seal(sender, sealedWith, pt, ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return append(binary.BigEndian.AppendUint64(nil, prefix), ct...)
}

func plaintextOf(ev *vectorEvent, pt []byte) {
	if utf8.Valid(pt) {
		s := string(pt)
		ev.Plaintext = &s
		return
	}
	ev.PlaintextHex = pt
}

// request is the user's prompt plaintext pt for request seq with traffic
// counter counter.
func (b *builder) request(seq, counter uint64, pt string) vectorEvent {
	ev := vectorEvent{Kind: "request", Seq: seq, Envelope: b.raw(b.tr, session.User, counter, counter, []byte(pt), promptContext(seq))}
	plaintextOf(&ev, []byte(pt))
	return ev
}

// answer is the miner's answer plaintext pt to request seq with prompt
// envelope prompt, traffic counter counter and the right commitment.
func (b *builder) answer(seq, counter uint64, prompt vectorEvent, pt string) vectorEvent {
	ev := vectorEvent{Kind: "answer", Seq: seq, Envelope: b.raw(b.tr, session.Miner, counter, counter, []byte(pt), answerContext(seq, prompt.Envelope))}
	c := b.k.ResultCommitment(seq, prompt.Envelope, []byte(pt))
	ev.Commitment = c[:]
	plaintextOf(&ev, []byte(pt))
	return ev
}

// withEnvelope returns ev with another envelope (and a note saying how).
func withEnvelope(ev vectorEvent, env []byte, note string) vectorEvent {
	ev.Envelope, ev.Note = env, note
	return ev
}

func flipLast(b []byte) []byte {
	c := bytes.Clone(b)
	c[len(c)-1] ^= 1
	return c
}

// jsonString is s as a JSON string.
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Texts of the built-in model, pinned by the model vectors.
const (
	textHelloWorld = `2 words, 11 characters; reversed: "world hello"; digest b94d27b9934d3e08`
	textA          = `1 words, 1 characters; reversed: "a"; digest ca978112ca1bbdca`
	textBC         = `2 words, 3 characters; reversed: "c b"; digest 47d8a4a86c7433e2`
)

var (
	// softPrompt is 8100 soft hyphens (U+00AD): one word.
	softPrompt = strings.Repeat("\u00ad", 8100)
	// textSoft is the text for softPrompt: 48663 bytes, too long for a
	// message (U+00AD is not printable: strconv.Quote escapes it).
	textSoft = `1 words, 8100 characters; reversed: "` + strings.Repeat(`\u00ad`, 8100) + `"; digest 9dd7069887626298`
)

// jsonWidth is the number of bytes character c takes in a JSON string at
// its shortest escaping as PROTOCOL.md §13.3 tabulates it.
func jsonWidth(c rune) int {
	switch {
	case c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
		return 2
	case c < 0x20 || c == 0x2028 || c == 0x2029:
		return 6
	}
	return utf8.RuneLen(c)
}

// minimalJSON is s inside a JSON string, each character at jsonWidth.
func minimalJSON(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch c {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if c < 0x20 || c == 0x2028 || c == 0x2029 {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// longestPrefix is the longest prefix of text an ok answer of the
// built-in model can carry, marked truncated, within MAX_MESSAGE_LENGTH.
func longestPrefix(text string) string {
	budget := 16384 - 24 - len(`{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"","truncated":true}`)
	n, used := 0, 0
	for i, c := range text {
		if used+jsonWidth(c) > budget {
			break
		}
		used += jsonWidth(c)
		n = i + utf8.RuneLen(c)
	}
	return text[:n]
}

func okAnswer(model, text string) string {
	return `{"status":"ok","model":` + jsonString(model) + `,"text":` + jsonString(text) + `}`
}

func okDet(text string) string { return okAnswer(DeterministicModel, text) }

func refusal(r int) string { return fmt.Sprintf(`{"status":"refused","reason":%d}`, r) }

func expect(seq uint64, prompt, answer, verdict string) vectorExpect {
	return vectorExpect{Seq: seq, Prompt: prompt, Answer: answer, Verdict: verdict}
}

// one is a case of one request and its answer.
func one(name, spec, desc string, req, ans vectorEvent, prompt, answer, verdict string) vectorCase {
	return vectorCase{Name: name, Spec: spec, Description: desc, Oracle: "deterministic",
		Events: []vectorEvent{req, ans}, Expect: []vectorExpect{expect(0, prompt, answer, verdict)}}
}

// vectorCases defines every case. The expectations are the specification's,
// written by hand.
func vectorCases(b *builder) []vectorCase {
	var cs []vectorCase
	add := func(c ...vectorCase) { cs = append(cs, c...) }

	hello := b.request(0, 0, `{"prompt":"hello world"}`)
	add(one("honest", "§13.4", "an honest round: the oracle re-runs the built-in model and gets the same text",
		hello, b.answer(0, 0, hello, okDet(textHelloWorld)), "valid", "valid", "valid"))

	// Point 1: the traffic counter, not the request number, is the nonce.
	{
		r0 := b.request(0, 5, `{"prompt":"a"}`)
		a0 := b.answer(0, 3, r0, okDet(textA))
		r1 := b.request(1, 6, `{"prompt":"b c"}`)
		a1 := b.answer(1, 9, r1, okDet(textBC))
		r2 := b.request(2, 7, `{"prompt":"a"}`)
		r2 = withEnvelope(r2, b.raw(b.tr, session.User, 7, 2, []byte(`{"prompt":"a"}`), promptContext(2)),
			"envelope counter 7 but sealed with the request number 2 as the traffic counter (nonce and associated data)")
		a2 := b.answer(2, 10, r2, refusal(1))
		r3 := b.request(3, 8, `{"prompt":"a"}`)
		a3 := b.answer(3, 11, r3, okDet(textA))
		a3 = withEnvelope(a3, b.raw(b.tr, session.Miner, 11, 3, []byte(okDet(textA)), answerContext(3, r3.Envelope)),
			"envelope counter 11 but sealed with the request number 3 as the traffic counter")
		add(vectorCase{Name: "counter-is-not-seq", Spec: "§8, §13.2; issue point 1", Oracle: "deterministic",
			Description: "traffic counters differ from request numbers; the nonce and associated data use the counter; an envelope sealed with the request number does not open",
			Events:      []vectorEvent{r0, a0, r1, a1, r2, a2, r3, a3},
			Expect: []vectorExpect{expect(0, "valid", "valid", "valid"), expect(1, "valid", "valid", "valid"),
				expect(2, "prompt-undecryptable", "valid", "prompt-undecryptable"),
				expect(3, "valid", "answer-undecryptable", "answer-undecryptable")}})
	}

	// Prompts that do not open.
	{
		pt := []byte(`{"prompt":"a"}`)
		undec := func(name, desc string, env []byte) {
			r := withEnvelope(b.request(0, 0, string(pt)), env, desc)
			add(one("prompt-undecryptable/"+name, "§13.2, §13.4 step 2", desc, r, b.answer(0, 0, r, refusal(1)),
				"prompt-undecryptable", "valid", "prompt-undecryptable"))
		}
		good := b.request(0, 0, string(pt)).Envelope
		undec("tampered", "last byte of the tag flipped", flipLast(good))
		undec("truncated", "23 bytes: shorter than a counter and a tag", good[:23])
		undec("counter-changed", "the envelope's counter changed from 0 to 1", append(binary.BigEndian.AppendUint64(nil, 1), good[8:]...))
		undec("sealed-by-miner", "sealed under the miner's traffic key", b.raw(b.tr, session.Miner, 0, 0, pt, promptContext(0)))
		undec("another-request", "sealed for request 1, posted as request 0", b.raw(b.tr, session.User, 0, 0, pt, promptContext(1)))
		undec("another-session", "sealed under another session's key", b.raw(b.other, session.User, 0, 0, pt, promptContext(0)))
		undec("answer-label", "sealed with the answer context", b.raw(b.tr, session.User, 0, 0, pt, answerContext(0, nil)))
	}

	// Prompts that open but are malformed.
	malformedPrompt := func(name, desc, pt string) {
		r := b.request(0, 0, pt)
		add(one("prompt-malformed/"+name, "§13.3, §13.4 step 4", desc, r, b.answer(0, 0, r, refusal(2)),
			"prompt-malformed", "valid", "prompt-malformed"))
	}
	malformedPrompt("not-json", "not JSON", `hello`)
	malformedPrompt("empty", "empty plaintext", ``)
	malformedPrompt("empty-prompt", "the prompt is empty", `{"prompt":""}`)
	malformedPrompt("no-prompt", "no prompt field", `{"model":"sessionkeystore/deterministic-v1"}`)
	malformedPrompt("unknown-field", "an unknown field", `{"prompt":"a","temperature":0}`)
	malformedPrompt("trailing-data", "a second value after the object", `{"prompt":"a"} {}`)
	malformedPrompt("trailing-garbage", "garbage after the object", `{"prompt":"a"}x`)
	malformedPrompt("invalid-utf8", "invalid UTF-8 inside a string", "{\"prompt\":\"a\xff\"}")
	malformedPrompt("prompt-number", "the prompt is a number", `{"prompt":1}`)
	malformedPrompt("negative-max-tokens", "max_tokens is negative", `{"prompt":"a","max_tokens":-1}`)
	malformedPrompt("fractional-max-tokens", "max_tokens is not an integer", `{"prompt":"a","max_tokens":1.5}`)
	malformedPrompt("array", "a JSON array, not an object", `["a"]`)
	// Point 4: one spelling per field, null is not absent, every key once.
	malformedPrompt("duplicate-key", "the prompt field twice", `{"prompt":"a","prompt":"b"}`)
	malformedPrompt("duplicate-escaped-key", "the prompt field twice, once with an escaped letter", `{"prompt":"a","pr\u006fmpt":"b"}`)
	malformedPrompt("key-case", "Prompt is not prompt", `{"Prompt":"a"}`)
	malformedPrompt("prompt-null", "the prompt is null", `{"prompt":null}`)
	malformedPrompt("model-null", "model null is not model absent", `{"prompt":"a","model":null}`)
	malformedPrompt("model-empty", "an empty model", `{"prompt":"a","model":""}`)
	malformedPrompt("max-tokens-null", "max_tokens null is not max_tokens absent", `{"prompt":"a","max_tokens":null}`)
	malformedPrompt("max-tokens-exponent", "max_tokens with an exponent", `{"prompt":"a","max_tokens":1e1}`)
	malformedPrompt("max-tokens-over-u32", "max_tokens above 2^32-1", `{"prompt":"a","max_tokens":4294967296}`)
	malformedPrompt("lone-surrogate", "an escaped lone surrogate is not a character", `{"prompt":"a\ud800"}`)
	{
		valid := func(name, desc, pt string) {
			r := b.request(0, 0, pt)
			add(one("prompt-valid/"+name, "§13.3", desc, r, b.answer(0, 0, r, okAnswer("acme/model", "x")), "valid", "valid", "valid"))
		}
		valid("escaped-key", "a key spelled with an escape is that key", `{"pr\u006fmpt":"a"}`)
		valid("surrogate-pair", "an escaped surrogate pair is one character", `{"prompt":"\ud83d\ude00"}`)
		valid("max-tokens-u32", "max_tokens 2^32-1 is the largest", `{"prompt":"a","max_tokens":4294967295}`)
		valid("max-tokens-zero", "max_tokens 0 is the miner's default", `{"prompt":"a","max_tokens":0}`)
	}

	// Answers that do not open.
	{
		r := b.request(0, 0, `{"prompt":"a"}`)
		apt := []byte(okDet(textA))
		good := b.answer(0, 0, r, string(apt))
		undec := func(name, desc string, env []byte) {
			add(one("answer-undecryptable/"+name, "§13.2, §13.4 step 2", desc, r, withEnvelope(good, env, desc),
				"valid", "answer-undecryptable", "answer-undecryptable"))
		}
		undec("tampered", "last byte of the tag flipped", flipLast(good.Envelope))
		undec("truncated", "23 bytes", good.Envelope[:23])
		undec("sealed-by-user", "sealed under the user's traffic key", b.raw(b.tr, session.User, 0, 0, apt, answerContext(0, r.Envelope)))
		undec("another-prompt", "bound to another prompt envelope", b.raw(b.tr, session.Miner, 0, 0, apt, answerContext(0, flipLast(r.Envelope))))
		undec("another-request", "bound to request 1", b.raw(b.tr, session.Miner, 0, 0, apt, answerContext(1, r.Envelope)))
		undec("prompt-label", "sealed with the prompt context", b.raw(b.tr, session.Miner, 0, 0, apt, promptContext(0)))
	}

	// Answers that open but are malformed.
	malformedAnswer := func(name, desc, pt string) {
		r := b.request(0, 0, `{"prompt":"a"}`)
		add(one("answer-malformed/"+name, "§13.3, §13.4 step 4", desc, r, b.answer(0, 0, r, pt),
			"valid", "answer-malformed", "answer-malformed"))
	}
	malformedAnswer("not-json", "not JSON", `ok`)
	malformedAnswer("no-status", "no status", `{"model":"sessionkeystore/deterministic-v1","text":"x"}`)
	malformedAnswer("unknown-status", "status is neither ok nor refused", `{"status":"OK","model":"sessionkeystore/deterministic-v1","text":"x"}`)
	malformedAnswer("ok-without-text", "ok without text", `{"status":"ok","model":"sessionkeystore/deterministic-v1"}`)
	malformedAnswer("ok-empty-text", "ok with an empty text", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":""}`)
	malformedAnswer("ok-reason-7", "ok naming reason 7", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","reason":7}`)
	malformedAnswer("refused-without-reason", "refused without reason", `{"status":"refused"}`)
	malformedAnswer("refused-reason-0", "refused with reason 0", `{"status":"refused","reason":0}`)
	malformedAnswer("refused-reserved-reason", "refused with a reserved code", `{"status":"refused","reason":200}`)
	malformedAnswer("refused-with-text", "refused with a text", `{"status":"refused","reason":7,"text":"x"}`)
	malformedAnswer("refused-truncated", "refused with truncated true", `{"status":"refused","reason":7,"truncated":true}`)
	malformedAnswer("unknown-field", "an unknown field", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","usage":1}`)
	malformedAnswer("trailing-data", "data after the object", okDet(textA)+`{}`)
	malformedAnswer("truncated-string", "truncated is a string", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","truncated":"yes"}`)
	// Point 4: reason is forbidden in an ok answer, even 0; null is not absent; every key once.
	malformedAnswer("ok-reason-0", "ok with reason 0: reason is forbidden in an ok answer", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","reason":0}`)
	malformedAnswer("ok-reason-null", "ok with reason null", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","reason":null}`)
	malformedAnswer("ok-model-null", "model null is not model absent", `{"status":"ok","model":null,"text":"x"}`)
	malformedAnswer("ok-model-empty", "an empty model", `{"status":"ok","model":"","text":"x"}`)
	malformedAnswer("ok-truncated-null", "truncated null", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","truncated":null}`)
	malformedAnswer("status-null", "status null", `{"status":null,"model":"sessionkeystore/deterministic-v1","text":"x"}`)
	malformedAnswer("duplicate-key", "the text field twice", `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"x","text":`+jsonString(textA)+`}`)
	malformedAnswer("key-case", "Status is not status", `{"Status":"ok","model":"sessionkeystore/deterministic-v1","text":"x"}`)
	malformedAnswer("refused-truncated-false", "truncated is forbidden in a refusal, even false", `{"status":"refused","reason":7,"truncated":false}`)
	malformedAnswer("refused-empty-text", "text is forbidden in a refusal, even empty", `{"status":"refused","reason":7,"text":""}`)
	malformedAnswer("refused-model-null", "a refusal's model null", `{"status":"refused","reason":7,"model":null}`)
	malformedAnswer("refused-reason-fraction", "reason 7.0 is not an integer", `{"status":"refused","reason":7.0}`)

	// A refusal that names a model is well-formed.
	{
		r := b.request(0, 0, `{"prompt":"a"}`)
		add(one("refused/names-model", "§13.3", "a refusal may name a model; the miner refused a valid prompt",
			r, b.answer(0, 0, r, `{"status":"refused","reason":7,"model":"sessionkeystore/deterministic-v1"}`), "valid", "valid", "refused"))
		add(one("refused/model-failed", "§13.4", "the miner refused a valid prompt: its model failed",
			r, b.answer(0, 0, r, refusal(7)), "valid", "valid", "refused"))
		add(one("refused/false-claim", "§13.4", "the miner refused a valid prompt claiming it does not open",
			r, b.answer(0, 0, r, refusal(1)), "valid", "valid", "refused"))
	}

	// Commitments.
	{
		r := b.request(0, 0, `{"prompt":"a"}`)
		a := b.answer(0, 0, r, okDet(textA))
		wrong := b.k.ResultCommitment(0, r.Envelope, []byte(okDet(textBC)))
		other := b.k.ResultCommitment(1, r.Envelope, []byte(okDet(textA)))
		a1, a2 := a, a
		a1.Commitment, a1.Note = wrong[:], "the commitment is to another answer"
		a2.Commitment, a2.Note = other[:], "the commitment is for request 1"
		add(one("commitment-mismatch/other-answer", "§13.4 step 5", a1.Note, r, a1, "valid", "commitment-mismatch", "commitment-mismatch"))
		add(one("commitment-mismatch/other-request", "§13.4 step 5", a2.Note, r, a2, "valid", "commitment-mismatch", "commitment-mismatch"))
	}

	// Replays and counters (point 7).
	{
		r0 := b.request(0, 0, `{"prompt":"a"}`)
		a0 := b.answer(0, 0, r0, okDet(textA))
		two := func(name, spec, desc string, r1, a1 vectorEvent, e1 vectorExpect) {
			add(vectorCase{Name: name, Spec: spec, Description: desc, Oracle: "deterministic",
				Events: []vectorEvent{r0, a0, r1, a1}, Expect: []vectorExpect{expect(0, "valid", "valid", "valid"), e1}})
		}
		r1 := withEnvelope(b.request(1, 0, `{"prompt":"a"}`), r0.Envelope, "the bytes of request 0's envelope")
		two("replay/prompt-repeated", "§13.4 step 1", "request 1 repeats request 0's envelope byte for byte",
			r1, b.answer(1, 1, r1, refusal(6)), expect(1, "replay", "valid", "replay"))
		r1 = b.request(1, 0, `{"prompt":"b c"}`)
		two("replay/prompt-counter-reused", "§13.4 step 3", "request 1 is a new prompt sealed with the user's counter 0 again",
			r1, b.answer(1, 1, r1, refusal(6)), expect(1, "replay", "valid", "replay"))
		r1 = b.request(1, 1, `{"prompt":"b c"}`)
		two("replay/answer-counter-reused", "§13.4 step 3", "answer 1 is sealed with the miner's counter 0 again",
			r1, b.answer(1, 0, r1, okDet(textBC)), expect(1, "valid", "replay", "replay"))
		two("replay/counters-per-sender", "§8", "the user and the miner each count from 0: counter 1 of the miner is not the user's counter 1",
			r1, b.answer(1, 1, r1, okDet(textBC)), expect(1, "valid", "valid", "valid"))

		// The duplicate check comes before opening.
		a := withEnvelope(b.answer(0, 0, r0, okDet(textA)), r0.Envelope, "the answer envelope is the prompt envelope")
		add(one("replay/answer-repeats-prompt", "§13.4 step 1", "an answer envelope equal to its prompt envelope is a replay, not undecryptable",
			r0, a, "valid", "replay", "replay"))
		bad := withEnvelope(b.request(0, 0, `{"prompt":"a"}`), flipLast(r0.Envelope), "tampered")
		bad1 := withEnvelope(b.request(1, 0, `{"prompt":"a"}`), bad.Envelope, "the same tampered bytes again")
		add(vectorCase{Name: "replay/undecryptable-repeated", Spec: "§13.4 steps 1-2; issue point 7", Oracle: "deterministic",
			Description: "an envelope that does not open, repeated: the repetition is a replay (step 1 before step 2)",
			Events:      []vectorEvent{bad, b.answer(0, 0, bad, refusal(1)), bad1, b.answer(1, 1, bad1, refusal(6))},
			Expect: []vectorExpect{expect(0, "prompt-undecryptable", "valid", "prompt-undecryptable"),
				expect(1, "replay", "valid", "replay")}})

		// A counter is used only once its message opened.
		g1 := b.request(1, 0, `{"prompt":"b c"}`)
		add(vectorCase{Name: "counter/undecryptable-does-not-use-it", Spec: "§13.4 step 3; issue point 7", Oracle: "deterministic",
			Description: "request 0 does not open; its envelope says counter 0; request 1 uses counter 0 and is valid",
			Events:      []vectorEvent{bad, b.answer(0, 0, bad, refusal(1)), g1, b.answer(1, 1, g1, okDet(textBC))},
			Expect: []vectorExpect{expect(0, "prompt-undecryptable", "valid", "prompt-undecryptable"),
				expect(1, "valid", "valid", "valid")}})
		d0 := b.request(0, 9, `{"prompt":"a"}`)
		d1 := b.request(1, 2, `{"prompt":"b c"}`)
		add(vectorCase{Name: "counter/any-unused", Spec: "§8, §13.4 step 3", Oracle: "deterministic",
			Description: "counters need not start at 0, be consecutive or increase: the user's 9 then 2, the miner's 4 then 1",
			Events:      []vectorEvent{d0, b.answer(0, 4, d0, okDet(textA)), d1, b.answer(1, 1, d1, okDet(textBC))},
			Expect:      []vectorExpect{expect(0, "valid", "valid", "valid"), expect(1, "valid", "valid", "valid")}})
		m0 := b.request(0, 0, `{"prompt":""}`)
		add(vectorCase{Name: "counter/malformed-uses-it", Spec: "§13.4 step 3; issue point 7", Oracle: "deterministic",
			Description: "request 0 opens with counter 0 but is malformed; request 1 with counter 0 again is a replay",
			Events:      []vectorEvent{m0, b.answer(0, 0, m0, refusal(2)), g1, b.answer(1, 1, g1, refusal(6))},
			Expect: []vectorExpect{expect(0, "prompt-malformed", "valid", "prompt-malformed"),
				expect(1, "replay", "valid", "replay")}})
		wc := b.answer(0, 0, r0, okDet(textA))
		wrong := b.k.ResultCommitment(0, r0.Envelope, []byte(okDet(textBC)))
		wc.Commitment, wc.Note = wrong[:], "wrong commitment"
		add(vectorCase{Name: "counter/commitment-mismatch-uses-it", Spec: "§13.4 step 3; issue point 7", Oracle: "deterministic",
			Description: "answer 0 opens with the miner's counter 0 but its commitment is wrong; answer 1 with counter 0 again is a replay",
			Events:      []vectorEvent{r0, wc, r1, b.answer(1, 0, r1, okDet(textBC))},
			Expect: []vectorExpect{expect(0, "valid", "commitment-mismatch", "commitment-mismatch"),
				expect(1, "valid", "replay", "replay")}})
	}

	// The re-run (points 3 and 6).
	{
		r := b.request(0, 0, `{"prompt":"hello world"}`)
		ans := func(pt string) vectorEvent { return b.answer(0, 0, r, pt) }
		prefix := textHelloWorld[:20]
		add(one("mismatch/other-text", "§13.4", "the built-in model's name with another text", r, ans(okDet("hello")), "valid", "valid", "mismatch"))
		add(one("mismatch/strict-prefix-not-truncated", "§13.4", "a strict prefix of the re-run without truncated",
			r, ans(okDet(prefix)), "valid", "valid", "mismatch"))
		add(one("truncated/equal-text", "§13.4; issue point 3", "truncated: true with a text equal to the re-run: nothing was cut, the claim is false",
			r, ans(`{"status":"ok","model":"sessionkeystore/deterministic-v1","text":`+jsonString(textHelloWorld)+`,"truncated":true}`), "valid", "valid", "mismatch"))
		add(one("truncated/false-is-absent", "§13.3", "truncated: false is the same as absent",
			r, ans(`{"status":"ok","model":"sessionkeystore/deterministic-v1","text":`+jsonString(textHelloWorld)+`,"truncated":false}`), "valid", "valid", "valid"))
		ws := b.request(0, 0, " \t{ \"prompt\" : \"hello world\" }\r\n")
		add(one("format/whitespace", "§13.3", "insignificant JSON whitespace before, inside and after the objects",
			ws, b.answer(0, 0, ws, "\n{\"status\": \"ok\", \"model\": \"sessionkeystore/deterministic-v1\", \"text\": "+jsonString(textHelloWorld)+"} \n"), "valid", "valid", "valid"))
	}

	// A cut to fit MAX_MESSAGE_LENGTH keeps the longest prefix that fits.
	{
		r := b.request(0, 0, `{"prompt":"`+softPrompt+`"}`)
		longest := longestPrefix(textSoft)
		cut := func(text string) string {
			return `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"` + minimalJSON(text) + `","truncated":true}`
		}
		add(one("truncated/longest-prefix", "§13.3, §13.4; issue point 3", "a re-run text too long for a message: the longest prefix that fits, marked truncated",
			r, b.answer(0, 0, r, cut(longest)), "valid", "valid", "valid"))
		add(one("truncated/one-character-short", "§13.3, §13.4; issue point 3", "one character shorter than the longest prefix that fits",
			r, b.answer(0, 0, r, cut(longest[:len(longest)-1])), "valid", "valid", "mismatch"))
		add(one("truncated/cut-short", "§13.3, §13.4; issue point 3", "a 100-byte prefix of a re-run text too long for a message",
			r, b.answer(0, 0, r, cut(textSoft[:100])), "valid", "valid", "mismatch"))
		add(one("truncated/short-text-cut", "§13.3, §13.4; issue point 3", "a strict prefix of a re-run text that fits whole, marked truncated",
			hello, b.answer(0, 0, hello, cut(textHelloWorld[:20])), "valid", "valid", "mismatch"))
	}

	// max_tokens (point 6).
	{
		r := b.request(0, 0, `{"prompt":"hello world","max_tokens":10}`)
		add(one("max-tokens/cut", "§13.6; issue point 6", "max_tokens 10: the model cuts its text to 10 bytes and the answer is not marked truncated",
			r, b.answer(0, 0, r, okDet(textHelloWorld[:10])), "valid", "valid", "valid"))
		add(one("max-tokens/cut-marked-truncated", "§13.6, §13.4; issue points 3, 6", "a max_tokens cut marked truncated: the text equals the re-run's, so the claim is false",
			r, b.answer(0, 0, r, `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":`+jsonString(textHelloWorld[:10])+`,"truncated":true}`), "valid", "valid", "mismatch"))
		r1 := b.request(0, 0, `{"prompt":"a","max_tokens":1}`)
		add(one("does-not-fit/too-long", "§13.4", "max_tokens 1 allows 32 bytes; a 33-byte text from a model the oracle cannot run",
			r1, b.answer(0, 0, r1, okAnswer("acme/model", "123456789012345678901234567890123")), "valid", "valid", "does-not-fit"))
		add(one("does-not-fit/at-limit", "§13.4", "max_tokens 1 and a 32-byte text from a model the oracle cannot run: valid without re-run",
			r1, b.answer(0, 0, r1, okAnswer("acme/model", "12345678901234567890123456789012")), "valid", "valid", "valid"))
	}

	// Models.
	{
		r := b.request(0, 0, `{"prompt":"hello world","model":"sessionkeystore/deterministic-v1"}`)
		add(one("model/requested", "§13.4", "the request names the built-in model; the answer names it and re-runs equal",
			r, b.answer(0, 0, r, okDet(textHelloWorld)), "valid", "valid", "valid"))
		add(one("model/other-unrequested", "§13.4", "no model requested; the answer names a model the oracle cannot run: valid without re-run",
			hello, b.answer(0, 0, hello, okAnswer("acme/model", "anything")), "valid", "valid", "valid"))
	}

	// Points 5 and 6: an ok answer names the model that produced it, exactly the requested one.
	{
		wm := func(name, desc, prompt, ans, verdict string) {
			r := b.request(0, 0, prompt)
			add(one(name, "§13.4; issue points 5, 6", desc, r, b.answer(0, 0, r, ans), "valid", "valid", verdict))
		}
		wm("wrong-model/absent", "an ok answer without model (none requested), the re-run's text", `{"prompt":"hello world"}`,
			`{"status":"ok","text":`+jsonString(textHelloWorld)+`}`, "wrong-model")
		wm("wrong-model/absent-other-text", "an ok answer without model and with any text", `{"prompt":"hello world"}`,
			`{"status":"ok","text":"anything"}`, "wrong-model")
		wm("wrong-model/requested-built-in-named-longer", "the built-in model requested; the answer names a name it is a prefix of, with another text",
			`{"prompt":"hello world","model":"sessionkeystore/deterministic-v1"}`, okAnswer("sessionkeystore/deterministic-v1-fast", "anything"), "wrong-model")
		wm("wrong-model/requested-prefix-of-built-in", "a prefix of the built-in model's name requested; the answer names the built-in model",
			`{"prompt":"hello world","model":"sessionkeystore/deterministic"}`, okDet(textHelloWorld), "wrong-model")
		wm("wrong-model/requested-other-named-longer", "acme/model requested, acme/model-2 named", `{"prompt":"a","model":"acme/model"}`,
			okAnswer("acme/model-2", "x"), "wrong-model")
		wm("wrong-model/requested-other-named-other", "acme/model requested, other/model named", `{"prompt":"a","model":"acme/model"}`,
			okAnswer("other/model", "x"), "wrong-model")
		wm("wrong-model/before-does-not-fit", "acme/model requested with max_tokens 1; other/model named with 33 bytes: the model check comes first",
			`{"prompt":"a","model":"acme/model","max_tokens":1}`, okAnswer("other/model", "123456789012345678901234567890123"), "wrong-model")
		wm("model/requested-other-exact", "acme/model requested and named: valid without re-run", `{"prompt":"a","model":"acme/model"}`,
			okAnswer("acme/model", "x"), "valid")
		wm("model/unrequested-built-in-wrong-text", "no model requested; the answer names the built-in model: the oracle re-runs it",
			`{"prompt":"hello world"}`, okDet("anything"), "mismatch")
		wm("model/requested-not-served", "acme/model requested of a miner running the built-in model: it refuses", `{"prompt":"a","model":"acme/model"}`,
			refusal(7), "refused")
	}

	// The oracle's model fails.
	add(vectorCase{Name: "unverifiable/oracle-model-fails", Spec: "§13.4", Oracle: "failing",
		Description: "an honest answer; the oracle's model fails on the re-run",
		Events:      []vectorEvent{hello, b.answer(0, 0, hello, okDet(textHelloWorld))},
		Expect:      []vectorExpect{expect(0, "valid", "valid", "unverifiable")}})

	return cs
}

// modelVectors pins the built-in model (§13.6). Texts written by hand.
func modelVectors() []modelVector {
	return []modelVector{
		{Name: "two-words", Prompt: "hello world", Text: textHelloWorld},
		{Name: "one-word", Prompt: "a", Text: textA},
		{Name: "three-characters", Prompt: "b c", Text: textBC},
		{Name: "max-tokens", Prompt: "hello world", MaxTokens: 10, Text: textHelloWorld[:10]},
		{Name: "named", Prompt: "a", Model: DeterministicModel, Text: textA},
		{Name: "other-model", Prompt: "a", Model: "acme/model", Refuses: true},
		{Name: "prefix-of-name", Prompt: "a", Model: "sessionkeystore/deterministic", Refuses: true},
		{Name: "name-with-suffix", Prompt: "a", Model: "sessionkeystore/deterministic-v1-fast", Refuses: true},
		{Name: "whitespace", Prompt: " a\tb\nc\vd\fe\rf g\u0085h\u00a0i\u1680j\u2000k\u2001l\u2002m\u2003n\u2004o\u2005p\u2006q\u2007r\u2008s\u2009t\u200au\u2028v\u2029w\u202fx\u205fy\u3000z\u3000",
			Text: `26 words, 53 characters; reversed: "z y x w v u t s r q p o n m l k j i h g f e d c b a"; digest c105e008b7ea7a33`},
		{Name: "not-whitespace", Prompt: "x\u200by\u180ez\ufeffq\x1cr",
			Text: `1 words, 9 characters; reversed: "x\u200by\u180ez\ufeffq\x1cr"; digest e57e8984ba988601`},
		{Name: "quoting", Prompt: `say "hi" \ é 😀`,
			Text: `5 words, 14 characters; reversed: "😀 é \\ \"hi\" say"; digest ee3ae2013014549e`},
		{Name: "cut-inside-a-character", Prompt: "é", MaxTokens: 35, Text: `1 words, 1 characters; reversed: "`},
		{Name: "soft-hyphens", Prompt: softPrompt, Text: textSoft},
	}
}

// failingDeterministic claims the built-in model and always fails.
type failingDeterministic struct{}

func (failingDeterministic) Complete(context.Context, Request) (Completion, error) {
	return Completion{}, fmt.Errorf("%w: test: out of order", ErrBackend)
}
func (failingDeterministic) Model() string       { return DeterministicModel }
func (failingDeterministic) Deterministic() bool { return true }

func buildVectors(t testing.TB) vectorFile {
	k := vectorKey(t, vectorK)
	o := vectorKey(t, otherK)
	b := &builder{t: t, k: k, tr: k.Traffic(), other: o.Traffic()}
	f := vectorFile{
		Description: "SessionKeystore inference conformance vectors (docs/PROTOCOL.md §14.2). Every case runs in the session below; " +
			"apply its events in order, check each message as §13.4 says, and judge each answered request with the oracle's model.",
		Session: vectorSession{SessionID: vectorSessionID[:], TranscriptHash: vectorTH[:], Key: vectorK[:]},
		Model:   modelVectors(),
		Cases:   vectorCases(b),
	}
	f.RecipientKeys = recipientKeyVectors(t)
	for _, r := range session.Roles {
		info := "sessionkeystore/v1/traffic" + string(vectorTH[:]) + string([]byte{byte(r)})
		tk, err := hkdf.Expand(sha256.New, vectorK[:], info, 32)
		if err != nil {
			t.Fatal(err)
		}
		f.Session.TrafficKeys[r] = tk
		f.Encodings.TrafficInfo[r] = []byte(info)
	}
	c := &f.Encodings.Commitment
	c.ChainID, c.Contract, c.SessionID = 31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), vectorSessionID[:]
	c.Role, c.Account, c.Key = uint8(session.Oracle), common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), bytes.Repeat([]byte{9}, 32)
	// Seven 32-byte words; the role is the fifth, a uint8 left-padded to 32 bytes.
	word := func(b []byte) []byte { return append(make([]byte, 32-len(b)), b...) }
	dom := crypto.Keccak256([]byte("sessionkeystore/v1/commitment"))
	c.Preimage = bytes.Join([][]byte{dom, word(binary.BigEndian.AppendUint64(nil, c.ChainID)), word(c.Contract[:]),
		c.SessionID, word([]byte{c.Role}), word(c.Account[:]), c.Key}, nil)
	v := skcrypto.Commitment(c.ChainID, c.Contract, vectorSessionID, session.Role(c.Role), c.Account, [32]byte(c.Key))
	c.Value = v[:]
	return f
}

func TestInferenceVectors(t *testing.T) {
	if *updateVectors {
		f := buildVectors(t)
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(vectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f := readVectors(t)
	if len(f.Session.Key) != 32 || len(f.Session.TranscriptHash) != 32 || len(f.Session.SessionID) != 32 {
		t.Fatal("vectors: bad session")
	}
	k, err := skcrypto.RestoreSessionKey(session.ID(f.Session.SessionID), [32]byte(f.Session.TranscriptHash), f.Session.Key)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("encodings", func(t *testing.T) {
		for _, r := range session.Roles {
			tk, err := hkdf.Expand(sha256.New, f.Session.Key, string(f.Encodings.TrafficInfo[r]), 32)
			if err != nil || !bytes.Equal(tk, f.Session.TrafficKeys[r]) {
				t.Errorf("traffic key of the %v: %x, want %x (%v)", r, tk, []byte(f.Session.TrafficKeys[r]), err)
			}
			if info := f.Encodings.TrafficInfo[r]; info[len(info)-1] != byte(r) || len(info) != len("sessionkeystore/v1/traffic")+32+1 {
				t.Errorf("traffic info of the %v does not end in one role byte", r)
			}
		}
		c := f.Encodings.Commitment
		if len(c.Preimage) != 7*32 {
			t.Fatalf("commitment preimage of %d bytes, want 7 words", len(c.Preimage))
		}
		if got := crypto.Keccak256(c.Preimage); !bytes.Equal(got, c.Value) {
			t.Errorf("keccak256(preimage) = %x, want %x", got, []byte(c.Value))
		}
		v := skcrypto.Commitment(c.ChainID, c.Contract, session.ID(c.SessionID), session.Role(c.Role), c.Account, [32]byte(c.Key))
		if !bytes.Equal(v[:], c.Value) {
			t.Errorf("skcrypto.Commitment = %x, want %x", v, []byte(c.Value))
		}
	})

	t.Run("model", func(t *testing.T) {
		for _, m := range f.Model {
			out, err := Deterministic{}.Complete(context.Background(), Request{Model: m.Model, Prompt: m.Prompt, MaxTokens: m.MaxTokens})
			switch {
			case m.Refuses && err == nil:
				t.Errorf("%s: answered %q, want a refusal", m.Name, out.Text)
			case !m.Refuses && err != nil:
				t.Errorf("%s: %v", m.Name, err)
			case !m.Refuses && (out.Text != m.Text || out.Model != DeterministicModel):
				t.Errorf("%s: %q by %q, want %q", m.Name, out.Text, out.Model, m.Text)
			}
		}
	})

	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			var backend Backend = Deterministic{}
			switch c.Oracle {
			case "deterministic":
			case "failing":
				backend = failingDeterministic{}
			default:
				t.Fatalf("unknown oracle %q", c.Oracle)
			}
			conv := NewConversation(k.Clone())
			defer conv.Zero()
			for i, ev := range c.Events {
				var err error
				switch ev.Kind {
				case "request":
					err = conv.Apply(Requested{Seq: ev.Seq, Envelope: ev.Envelope})
				case "answer":
					if len(ev.Commitment) != 32 {
						t.Fatalf("event %d: commitment of %d bytes", i, len(ev.Commitment))
					}
					err = conv.Apply(Answered{Seq: ev.Seq, Envelope: ev.Envelope, Commitment: [32]byte(ev.Commitment)})
				default:
					t.Fatalf("event %d: unknown kind %q", i, ev.Kind)
				}
				if err != nil {
					t.Fatalf("event %d: %v", i, err)
				}
			}
			for _, x := range c.Expect {
				e, ok := conv.Exchange(x.Seq)
				if !ok {
					t.Fatalf("no request %d", x.Seq)
				}
				if got := e.PromptCheck.Reason.String(); got != x.Prompt {
					t.Errorf("request %d: prompt %s (%v), want %s", x.Seq, got, e.PromptCheck.Err, x.Prompt)
				}
				if x.Answer == "" {
					if e.Answered {
						t.Errorf("request %d answered, the case expects no answer", x.Seq)
					}
					continue
				}
				if got := e.AnswerCheck.Reason.String(); got != x.Answer {
					t.Errorf("request %d: answer %s (%v), want %s", x.Seq, got, e.AnswerCheck.Err, x.Answer)
				}
				v := Assess(context.Background(), backend, e)
				if got := v.Reason.String(); got != x.Verdict {
					t.Errorf("request %d: verdict %s (%s), want %s", x.Seq, got, v.Detail, x.Verdict)
				}
				// The miner refuses an invalid prompt with its check's reason.
				if !e.PromptCheck.OK() {
					a, _ := Serve(context.Background(), Deterministic{}, e)
					if a.Status != StatusRefused || a.Reason != e.PromptCheck.Reason {
						t.Errorf("request %d: the miner answers %v %v, want a refusal with %v", x.Seq, a.Status, a.Reason, e.PromptCheck.Reason)
					}
				}
			}
		})
	}
}

// TestInferenceVectorsAreCurrent fails when the committed vectors are not
// what the case definitions give (run with -update after changing them).
func TestInferenceVectorsAreCurrent(t *testing.T) {
	if *updateVectors {
		t.Skip("-update rewrites the vectors instead; without -update this test runs")
	}
	want, err := json.MarshalIndent(buildVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, append(want, '\n')) {
		t.Fatal(errors.New("testdata/vectors/inference.json is stale: go test ./agent/inference -run TestInferenceVectors -update"))
	}
}

// registeredKey reads the miner's registered public key from a session
// vector of agent/protocol.
func registeredKey(t testing.TB, file string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "protocol", "testdata", "vectors", file))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		RegisteredKeys struct {
			Miner hexBytes `json:"miner"`
		} `json:"registeredKeys"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	return v.RegisteredKeys.Miner
}

// recipientKeyVectors are the registered keys of issue 17 point 9.
func recipientKeyVectors(t testing.TB) []recipientKeyVector {
	x := registeredKey(t, "coordinator-user-x25519.json")
	h := registeredKey(t, "coordinator-user-hybrid.json")
	le := func(s string) []byte { return common.FromHex(s) }
	withX := func(part []byte) []byte { return append(bytes.Clone(h[:len(h)-32]), part...) }
	badMLKEM := bytes.Clone(h)
	for i := range len(h) - 32 {
		badMLKEM[i] = 0xff
	}
	u1 := le("0100000000000000000000000000000000000000000000000000000000000000")
	return []recipientKeyVector{
		{"x25519-valid", "x25519", x, true},
		{"x25519-zero", "x25519", make([]byte, 32), false},
		{"x25519-u=1", "x25519", u1, false},
		{"x25519-order-8-a", "x25519", le("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"), false},
		{"x25519-order-8-b", "x25519", le("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"), false},
		{"x25519-p-minus-1", "x25519", le("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), false},
		{"x25519-p", "x25519", le("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), false},
		{"x25519-p-plus-1", "x25519", le("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), false},
		{"x25519-31-bytes", "x25519", x[:31], false},
		{"x25519-empty", "x25519", nil, false},
		{"hybrid-valid", "hybrid", h, true},
		{"hybrid-x25519-part-u=1", "hybrid", withX(u1), false},
		{"hybrid-x25519-part-zero", "hybrid", withX(make([]byte, 32)), false},
		{"hybrid-bad-mlkem", "hybrid", badMLKEM, false},
		{"hybrid-1215-bytes", "hybrid", h[:len(h)-1], false},
		{"hybrid-x25519-only", "hybrid", x, false},
	}
}

// TestRecipientKeyVectors: the user opens a Method 2 session only to
// usable registered keys, and names only usable one-time keys (the X25519
// vectors of 32 bytes), whichever role coordinates (issue 17 point 9).
func TestRecipientKeyVectors(t *testing.T) {
	f := readVectors(t)
	for _, v := range f.RecipientKeys {
		t.Run(v.Name, func(t *testing.T) {
			var s session.Suite
			switch v.Suite {
			case "x25519":
				s = session.X25519
			case "hybrid":
				s = session.Hybrid
			default:
				t.Fatalf("unknown suite %q", v.Suite)
			}
			if err := skcrypto.CheckRecipientPublicKey(s, v.Key); (err == nil) != v.Usable {
				t.Fatalf("CheckRecipientPublicKey: %v, want usable %v", err, v.Usable)
			}
			good := registeredKey(t, "coordinator-user-"+v.Suite+".json")
			for _, c := range session.Roles {
				for _, to := range []session.Role{session.Miner, session.Oracle} {
					if to == c {
						continue
					}
					p := session.Params{ChainID: 1, Contract: common.HexToAddress("0x5e55"), Method: session.Coordinator, Suite: s, Coordinator: c,
						User: common.HexToAddress("0x01"), Miner: common.HexToAddress("0x02"), Oracle: common.HexToAddress("0x03")}
					p.ID = skcrypto.SessionID(p.ChainID, p.Contract, p.User, 0)
					req := protocol.OpenRequest{Params: p, PhaseTimeout: 60}
					for _, r := range []session.Role{session.Miner, session.Oracle} {
						if r != c {
							req.RegisteredKeys[r], req.KeyVersions[r] = good, 1
						}
					}
					one := req
					req.RegisteredKeys[to] = v.Key
					_, _, err := protocol.Open(protocol.Config{Role: session.User, Account: p.User, Rand: rand.Reader}, req)
					if (err == nil) != v.Usable {
						t.Errorf("coordinator %v, key of the %v: Open: %v, want usable %v", c, to, err, v.Usable)
					}
					// A key of either suite is also a one-time key of that
					// suite (§6.4), named beside the recipient's usable
					// registered key.
					if err := skcrypto.CheckOneTimeKey(s, v.Key); (err == nil) != v.Usable {
						t.Errorf("CheckOneTimeKey(%v): %v, want usable %v", s, err, v.Usable)
					}
					one.OneTimeKeys[to], one.OneTimePublic[to], one.KeyVersions[to], one.RegisteredKeys[to] = 1, v.Key, 0, nil
					_, _, err = protocol.Open(protocol.Config{Role: session.User, Account: p.User, Rand: rand.Reader}, one)
					if (err == nil) != v.Usable {
						t.Errorf("coordinator %v, one-time key of the %v: Open: %v, want usable %v", c, to, err, v.Usable)
					}
				}
			}
		})
	}
}

// readVectors reads testdata/vectors/inference.json strictly.
func readVectors(t testing.TB) vectorFile {
	t.Helper()
	raw, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var f vectorFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestInferenceVectorsCoverEveryReason: every defined reason code is the
// expected verdict of at least one case of the inference or the stream
// verdict vectors, every check finding of a message appears in the
// inference vectors, and every finding a stream can get (no replay: a
// stream has no counter) and every verdict but replay in the stream
// verdict vectors.
func TestInferenceVectorsCoverEveryReason(t *testing.T) {
	f := readVectors(t)
	verdicts, findings := map[string]bool{}, map[string]bool{}
	for _, c := range f.Cases {
		for _, x := range c.Expect {
			verdicts[x.Verdict] = true
			findings[x.Prompt], findings[x.Answer] = true, true
		}
	}
	streamVerdicts, streamFindings := map[string]bool{}, map[string]bool{}
	for _, c := range readStreamVectors(t).Verdicts {
		verdicts[c.Expect.Verdict], streamVerdicts[c.Expect.Verdict] = true, true
		streamFindings[c.Expect.Prompt], streamFindings[c.Expect.Answer] = true, true
	}
	for r := ReasonNone; r.Valid(); r++ {
		if !verdicts[r.String()] {
			t.Errorf("no case has the verdict %v", r)
		}
		// A stream carries no traffic counter: replay never applies (§13.8);
		// the on-chain verdict unverifiable is transport-independent.
		if !streamVerdicts[r.String()] && r != ReasonReplay && r != ReasonUnverifiable {
			t.Errorf("no stream verdict case has the verdict %v", r)
		}
	}
	for _, r := range []Reason{ReasonNone, ReasonPromptUndecryptable, ReasonPromptMalformed, ReasonAnswerUndecryptable,
		ReasonAnswerMalformed, ReasonCommitmentMismatch, ReasonReplay} {
		if !findings[r.String()] {
			t.Errorf("no message is found %v", r)
		}
		if !streamFindings[r.String()] && r != ReasonReplay {
			t.Errorf("no stream is found %v", r)
		}
	}
}

// TestEncodeAnswerCutsToTheLongestPrefix: the reference miner's cut of an
// answer too long for a message is the vectors' longest prefix, byte for
// byte, and every character's encoding has the width §13.3 gives.
func TestEncodeAnswerCutsToTheLongestPrefix(t *testing.T) {
	b, a, err := EncodeAnswer(Answer{Status: StatusOK, Model: DeterministicModel, Text: textSoft})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"status":"ok","model":"sessionkeystore/deterministic-v1","text":"` + minimalJSON(longestPrefix(textSoft)) + `","truncated":true}`
	if string(b) != want || !a.Truncated {
		t.Fatalf("cut to %d bytes, want %d", len(b), len(want))
	}
	for _, c := range []rune{0, 1, '\b', '\t', '\n', 0x0b, '\f', '\r', 0x1f, ' ', '"', '\\', '<', '>', '&', 0x7f, 0xad, 'é', 0x2028, 0x2029, 0x200b, 0xfeff, 0x1f600} {
		enc, err := encodeJSON(string(c))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(enc) - 2; got != EscapedWidth(c) || got != jsonWidth(c) {
			t.Errorf("%U: encoded in %d bytes, EscapedWidth %d, §13.3 %d", c, got, EscapedWidth(c), jsonWidth(c))
		}
	}
}
