package wirespec_test

import (
	"bytes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// row is one on-wire value: what the code gives, and what PROTOCOL.md says.
type row struct {
	spec string // the section of docs/PROTOCOL.md the literal is copied from
	got  any
	want any
}

// num is an enumeration value with its name, as the code prints it.
func num[T interface {
	~uint8
	String() string
}](v T) string {
	return fmt.Sprintf("%d %s", uint8(v), v)
}

// enum is a §2.1 row: the code's ordinal and name against the spec's
// "Ordinal Name" (the spec writes names in CamelCase, the code in
// kebab-case: compared without case and hyphens).
func enum[T interface {
	~uint8
	String() string
}](v T, want string) row {
	fold := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "-", "")) }
	return row{"2.1 " + reflect.TypeOf(v).Name(), fold(num(v)), fold(want)}
}

// must returns a function that unwraps a (value, error) result, failing
// the test on an error.
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// TestWireNumbers pins every number and label of the wire format. The
// "want" column holds literals copied from docs/PROTOCOL.md (§2.1 ordinals,
// §2.2 suites and lengths, §2.3 labels, §13 limits and §13.5 reason codes);
// a label is pinned by recomputing what the code derives with it from the
// standard library and the literal, since the code's label constants are
// unexported. A renumbered enum, a swapped reason code or a changed label
// fails here even when every other test compares symbolic constants.
func TestWireNumbers(t *testing.T) {
	rows := []row{
		// §2.1 Role, and the role-set bitmap.
		enum(session.User, "0 User"),
		enum(session.Miner, "1 Miner"),
		enum(session.Oracle, "2 Oracle"),
		{"2.1 role set", uint8(session.User.Bit()), uint8(1)},
		{"2.1 role set", uint8(session.Miner.Bit()), uint8(2)},
		{"2.1 role set", uint8(session.Oracle.Bit()), uint8(4)},
		// §2.1 Method.
		enum(session.Combined, "0 Combined"),
		enum(session.Coordinator, "1 Coordinator"),
		// §2.1 Suite.
		enum(session.X25519, "0 X25519"),
		enum(session.Hybrid, "1 Hybrid"),
		// §2.1 Phase.
		enum(session.PhaseNone, "0 None"),
		enum(session.Committing, "1 Committing"),
		enum(session.Revealing, "2 Revealing"),
		enum(session.Partials, "3 Partials"),
		enum(session.Wrapping, "4 Wrapping"),
		enum(session.Attesting, "5 Attesting"),
		enum(session.Established, "6 Established"),
		enum(session.Failed, "7 Failed"),
		enum(session.Expired, "8 Expired"),
		enum(session.Closed, "9 Closed"),
		// §2.1 Step.
		enum(session.StepNone, "0 None"),
		enum(session.Requested, "1 Requested"),
		enum(session.Answered, "2 Answered"),
		enum(session.Judged, "3 Judged"),
		// §2.1 Fault.
		enum(session.FaultNone, "0 None"),
		enum(session.AttestationMismatch, "1 AttestationMismatch"),
		enum(session.InvalidPublicKey, "2 InvalidPublicKey"),
		enum(session.InvalidPartial, "3 InvalidPartial"),
		enum(session.InvalidWrap, "4 InvalidWrap"),
		enum(session.FaultOther, "5 Other"),
		{"2.1 Fault", session.Fault(6).Valid(), false},
		// §13.5 reason codes.
		{"13.5 reason", num(inference.ReasonNone), "0 valid"},
		{"13.5 reason", num(inference.ReasonPromptUndecryptable), "1 prompt-undecryptable"},
		{"13.5 reason", num(inference.ReasonPromptMalformed), "2 prompt-malformed"},
		{"13.5 reason", num(inference.ReasonAnswerUndecryptable), "3 answer-undecryptable"},
		{"13.5 reason", num(inference.ReasonAnswerMalformed), "4 answer-malformed"},
		{"13.5 reason", num(inference.ReasonCommitmentMismatch), "5 commitment-mismatch"},
		{"13.5 reason", num(inference.ReasonReplay), "6 replay"},
		{"13.5 reason", num(inference.ReasonRefused), "7 refused"},
		{"13.5 reason", num(inference.ReasonMismatch), "8 mismatch"},
		{"13.5 reason", num(inference.ReasonDoesNotFit), "9 does-not-fit"},
		{"13.5 reason", num(inference.ReasonUnverifiable), "10 unverifiable"},
		{"13.5 reason", num(inference.ReasonWrongModel), "11 wrong-model"},
		{"13.5 reason", num(inference.ReasonUnavailable), "12 unavailable"},
		{"13.5 codes above 12 are reserved", inference.Reason(13).Valid(), false},
		// §2.2 key and wrap lengths; §13 limits.
		{"2.2 X25519 public key", skcrypto.KeyLength(session.X25519), 32},
		{"2.2 Hybrid public key", skcrypto.KeyLength(session.Hybrid), 1216},
		{"2.2 X25519 wrap", skcrypto.WrapLength(session.X25519), 80},
		{"2.2 Hybrid wrap", skcrypto.WrapLength(session.Hybrid), 1168},
		{"13.1 MAX_MESSAGE_LENGTH", inference.MaxMessageLength, 16384},
		{"13.2 envelope counter (u64)", inference.CounterSize, 8},
		{"13.2 an envelope is at least 24 bytes", inference.MinEnvelopeLength, 24},
		{"13.3 max_tokens 0 to 2^32 - 1", inference.MaxTokensLimit, 4294967295},
	}
	rows = append(rows, suiteRows(t)...)
	rows = append(rows, labelRows(t)...)
	for _, r := range rows {
		if fmt.Sprint(r.got) != fmt.Sprint(r.want) {
			t.Errorf("PROTOCOL.md §%s: the code gives %v, the spec says %v", r.spec, r.got, r.want)
		}
	}
}

// suiteRows pins §2.2's HPKE identifiers: a wrap the code makes opens with
// the standard library's HPKE built from the spec's numeric identifiers.
func suiteRows(t *testing.T) []row {
	t.Helper()
	var out []row
	for _, c := range []struct {
		suite session.Suite
		kem   uint16
	}{{session.X25519, 0x0020}, {session.Hybrid, 0x647a}} {
		kem := must[hpke.KEM](t)(hpke.NewKEM(c.kem))
		kdf := must[hpke.KDF](t)(hpke.NewKDF(0x0001))
		aead := must[hpke.AEAD](t)(hpke.NewAEAD(0x0003))
		priv := must[hpke.PrivateKey](t)(kem.GenerateKey())
		pub := priv.PublicKey().Bytes()
		secret := bytes.Repeat([]byte{0x5a}, 32)
		info := []byte("wirespec")
		wrap := must[[]byte](t)(skcrypto.Wrap(c.suite, pub, info, secret))
		opened, err := hpke.Open(priv, kdf, aead, info, wrap)
		out = append(out, row{fmt.Sprintf("2.2 %v suite: KEM 0x%04x, KDF 0x0001, AEAD 0x0003", c.suite, c.kem),
			fmt.Sprintf("opens=%v same=%v", err == nil, bytes.Equal(opened, secret)), "opens=true same=true"})
	}
	return out
}

// labelRows pins §2.3's labels by recomputing, with the literal label and
// the standard library, each value the code derives from it.
func labelRows(t *testing.T) []row {
	t.Helper()
	p := session.Params{ChainID: 7, Contract: common.Address{0xc0}, Method: session.Combined, Suite: session.X25519,
		Coordinator: session.User, User: common.Address{0xa0}, Miner: common.Address{0xa1}, Oracle: common.Address{0xa2}}
	p.ID = skcrypto.SessionID(p.ChainID, p.Contract, p.User, 3)
	tr := skcrypto.CombinedTranscript{Params: p}
	enc := tr.Encode()
	th := tr.Hash()
	ikm := bytes.Repeat([]byte{0x11}, 32)
	k := must[*skcrypto.SessionKey](t)(skcrypto.DeriveSessionKey(p.ID, ikm, th))
	key := k.Bytes()
	expand := func(info []byte) string {
		return hex.EncodeToString(must[[]byte](t)(hkdf.Expand(sha256.New, key, string(info), 32)))
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	u64 := func(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
	a := k.Attestation()
	prompt, answer := []byte("prompt envelope"), []byte("answer plaintext")
	hp, ha := sha256.Sum256(prompt), sha256.Sum256(answer)
	rc := k.ResultCommitment(9, prompt, answer)

	// Traffic: the miner's message with counter 5, sealed by the code,
	// recomputed with the spec's traffic and message labels.
	traffic := k.Traffic()
	ct := must[[]byte](t)(traffic.Seal(session.Miner, 5, []byte("hello"), []byte("ctx")))
	kr := must[[]byte](t)(hkdf.Expand(sha256.New, key, string(cat([]byte("sessionkeystore/v1/traffic"), th[:], []byte{1})), 32))
	aead := must[cipher.AEAD](t)(chacha20poly1305.New(kr))
	nonce := cat(make([]byte, 4), u64(5))
	ad := cat([]byte("sessionkeystore/v1/message"), p.ID[:], th[:], []byte{1}, u64(5), []byte("ctx"))
	wantCT := aead.Seal(nil, nonce, []byte("hello"), ad)

	// Prompt and answer contexts: the code's envelopes open under the
	// spec's contexts with the traffic layer alone.
	penv := must[[]byte](t)(inference.SealPrompt(traffic, 4, 2, inference.Prompt{Prompt: "hi"}))
	_, perr := traffic.Open(session.User, 2, penv[8:], cat([]byte("sessionkeystore/v1/prompt"), u64(4)))
	encAnswer, _ := must2(t)(inference.EncodeAnswer(inference.Answer{Status: inference.StatusOK, Model: "m", Text: "t"}))
	aenv := must[[]byte](t)(inference.SealAnswer(traffic, 4, 3, penv, encAnswer))
	hpe := sha256.Sum256(penv)
	_, aerr := traffic.Open(session.Miner, 3, aenv[8:], cat([]byte("sessionkeystore/v1/answer"), u64(4), hpe[:]))

	wrapInfo := skcrypto.WrapInfo(th, session.Oracle)
	return []row{
		{"2.3/4.3 transcript header u8(29) || label", hex.EncodeToString(enc[:30]),
			hex.EncodeToString(cat([]byte{29}, []byte("sessionkeystore/v1/transcript")))},
		{"2.3 commitment label", skcrypto.LabelCommitment, "sessionkeystore/v1/commitment"},
		{"2.3 COMMITMENT_DOMAIN = keccak256(label)", hex.EncodeToString(skcrypto.CommitmentDomain[:]),
			hex.EncodeToString(crypto.Keccak256([]byte("sessionkeystore/v1/commitment")))},
		{"2.3/6.1 wrap info", hex.EncodeToString(wrapInfo),
			hex.EncodeToString(cat([]byte("sessionkeystore/v1/wrap"), th[:], []byte{2}))},
		{"2.3/5.1 session-key label", hex.EncodeToString(key),
			hex.EncodeToString(must[[]byte](t)(hkdf.Key(sha256.New, ikm, th[:], "sessionkeystore/v1/session-key", 32)))},
		{"2.3/7 attest label", hex.EncodeToString(a[:]), expand(cat([]byte("sessionkeystore/v1/attest"), th[:]))},
		{"2.3/8 traffic and message labels", hex.EncodeToString(ct), hex.EncodeToString(wantCT)},
		{"2.3/13.4 result label", hex.EncodeToString(rc[:]),
			expand(cat([]byte("sessionkeystore/v1/result"), th[:], u64(9), hp[:], ha[:]))},
		{"2.3/13.2 prompt label", perr, nil},
		{"2.3/13.2 answer label", aerr, nil},
		{"2.3/13.2 envelope = u64(counter) || ciphertext", hex.EncodeToString(penv[:8]), "0000000000000002"},
	}
}

// must2 unwraps a function's (value, _, error) results.
func must2(t *testing.T) func([]byte, inference.Answer, error) ([]byte, inference.Answer) {
	return func(b []byte, a inference.Answer, err error) ([]byte, inference.Answer) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b, a
	}
}
