package protocol_test

// The session vectors of testdata/vectors were written by the machines
// under test (TestVectors -update), and TestVectorsFromFirstPrinciples
// checks them with agent/skcrypto: a wrong label, encoding, nonce or
// associated-data layout present when they were generated would be baked
// into both. This file recomputes every vector value from the formulas of
// docs/PROTOCOL.md with the standard library (crypto/ecdh, crypto/hkdf,
// crypto/hpke, crypto/sha256), golang.org/x/crypto/chacha20poly1305 and
// go-ethereum's Keccak-256 only. It imports nothing of this module: every
// label, ordinal and layout below is a literal copied from the spec.

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/chacha20poly1305"
)

// Literals of docs/PROTOCOL.md §2.1 and §2.3.
var (
	specRoles   = map[string]byte{"user": 0, "miner": 1, "oracle": 2}
	specMethods = map[string]byte{"combined": 0, "coordinator": 1}
	specSuites  = map[string]byte{"x25519": 0, "hybrid": 1}
	// HPKE KEM identifiers of each suite (§2.2); KDF HKDF-SHA256 0x0001 and
	// AEAD ChaCha20-Poly1305 0x0003 for both.
	specKEM = map[string]uint16{"x25519": 0x0020, "hybrid": 0x647a}
)

const (
	labelCommitment = "sessionkeystore/v1/commitment"
	labelTranscript = "sessionkeystore/v1/transcript"
	labelWrap       = "sessionkeystore/v1/wrap"
	labelSessionKey = "sessionkeystore/v1/session-key"
	labelAttest     = "sessionkeystore/v1/attest"
	labelTraffic    = "sessionkeystore/v1/traffic"
	labelMessage    = "sessionkeystore/v1/message"
)

// anchoredVector is the JSON of testdata/vectors/*.json, read without the
// package's own types.
type anchoredVector struct {
	Params struct {
		ChainID     uint64 `json:"chainId"`
		Contract    string `json:"contract"`
		SessionID   string `json:"sessionId"`
		Nonce       uint64 `json:"nonce"`
		Method      string `json:"method"`
		Suite       string `json:"suite"`
		Coordinator string `json:"coordinator"`
		User        string `json:"user"`
		Miner       string `json:"miner"`
		Oracle      string `json:"oracle"`
	} `json:"params"`
	Private    map[string]string `json:"private"`
	Registered map[string]string `json:"registeredKeys"`
	Messages   []struct {
		Event string `json:"event"`
		Role  string `json:"role"`
		Value string `json:"value"`
	} `json:"messages"`
	Transcript  string `json:"transcriptHash"`
	SessionKey  string `json:"sessionKey"`
	Attestation string `json:"attestation"`
	Traffic     []struct {
		Sender     string `json:"sender"`
		Counter    uint64 `json:"counter"`
		Context    string `json:"context"`
		Plaintext  string `json:"plaintext"`
		Ciphertext string `json:"ciphertext"`
	} `json:"traffic"`
}

// anchor holds one vector being checked.
type anchor struct {
	t *testing.T
	v anchoredVector
}

func (a *anchor) hex(s string) []byte {
	a.t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		a.t.Fatalf("hex %q: %v", s, err)
	}
	return b
}

func (a *anchor) role(s string) byte {
	a.t.Helper()
	r, ok := specRoles[s]
	if !ok {
		a.t.Fatalf("role %q", s)
	}
	return r
}

// word is one abi.encode word: v left-padded to 32 bytes.
func word(v []byte) []byte { return append(make([]byte, 32-len(v)), v...) }

func u32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
func lp(x []byte) []byte  { return append(u32(uint32(len(x))), x...) }
func cat(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}

// x25519 is RFC 7748's function via crypto/ecdh, which rejects an all-zero
// output (§2).
func (a *anchor) x25519(scalar, point []byte) []byte {
	a.t.Helper()
	k, err := ecdh.X25519().NewPrivateKey(scalar)
	if err != nil {
		a.t.Fatal(err)
	}
	p, err := ecdh.X25519().NewPublicKey(point)
	if err != nil {
		a.t.Fatal(err)
	}
	z, err := k.ECDH(p)
	if err != nil {
		a.t.Fatal(err)
	}
	return z
}

func (a *anchor) expand(key []byte, info []byte) []byte {
	a.t.Helper()
	out, err := hkdf.Expand(sha256.New, key, string(info), 32)
	if err != nil {
		a.t.Fatal(err)
	}
	return out
}

func (a *anchor) equal(what string, got, want []byte) {
	a.t.Helper()
	if !bytes.Equal(got, want) {
		a.t.Errorf("%s: recomputed from PROTOCOL.md %x, the vector has %x", what, got, want)
	}
}

// TestVectorsAnchoredInTheSpec recomputes every value of every committed
// session vector from PROTOCOL.md's formulas (§4.1 session id, §4.3
// transcript, §5.1 commitments, partials and Z, §6.1 wraps opened with
// RFC 9180 HPKE, K, §7 attestation, §8 traffic keys, nonces and
// associated data) with primitives from outside this module.
func TestVectorsAnchoredInTheSpec(t *testing.T) {
	files, _ := filepath.Glob("testdata/vectors/*.json")
	if len(files) != 7 {
		t.Fatalf("%d vectors, want 7 (one Method 1, six Method 2)", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := &anchor{t: t}
			if err := json.Unmarshal(raw, &a.v); err != nil {
				t.Fatal(err)
			}
			a.check()
		})
	}
}

func (a *anchor) check() {
	t, v := a.t, a.v
	p := v.Params
	contract, user, miner, oracle := a.hex(p.Contract), a.hex(p.User), a.hex(p.Miner), a.hex(p.Oracle)
	accounts := [3][]byte{user, miner, oracle}
	chainID := new(big.Int).SetUint64(p.ChainID).Bytes()

	// §4.1: sessionId = keccak256(abi.encode(chainId, contract, user, nonce)).
	id := crypto.Keccak256(word(chainID), word(contract), word(user), word(new(big.Int).SetUint64(p.Nonce).Bytes()))
	a.equal("session id", id, a.hex(p.SessionID))

	method, ok1 := specMethods[p.Method]
	suite, ok2 := specSuites[p.Suite]
	coord := a.role(p.Coordinator)
	if !ok1 || !ok2 {
		t.Fatalf("method %q suite %q", p.Method, p.Suite)
	}
	// The public messages, by event and role.
	msgs := map[string]*[3][]byte{}
	for _, m := range v.Messages {
		if m.Value == "" || m.Event == "PhaseAdvanced" {
			continue
		}
		if msgs[m.Event] == nil {
			msgs[m.Event] = &[3][]byte{}
		}
		r := byte(0) // UserKeyPublished and SessionEstablished name no role
		if m.Role != "" {
			r = a.role(m.Role)
		}
		msgs[m.Event][r] = a.hex(m.Value)
	}
	get := func(event string, r byte) []byte {
		if msgs[event] == nil {
			return nil
		}
		return msgs[event][r]
	}

	// §4.3 header: u8(29) || label || chainId (32) || contract || sessionId
	// || u8(method) || u8(suite) || u8(coordinator) || user || miner || oracle.
	header := cat([]byte{byte(len(labelTranscript))}, []byte(labelTranscript), word(chainID), contract, id,
		[]byte{method, suite, coord}, user, miner, oracle)
	if header[0] != 29 {
		t.Fatalf("transcript label of %d bytes, PROTOCOL.md §4.3 says 29", header[0])
	}

	var ikm, transcript []byte
	if method == 0 {
		ikm, transcript = a.combined(header, id, chainID, contract, accounts, get)
	} else {
		ikm, transcript = a.coordinator(header, suite, coord, get)
	}
	th := sha256.Sum256(transcript)
	a.equal("transcript hash", th[:], a.hex(v.Transcript))

	// §5.1 / §6.1: K = HKDF(ikm, salt = TH, info = session-key label, 32).
	k, err := hkdf.Key(sha256.New, ikm, th[:], labelSessionKey, 32)
	if err != nil {
		t.Fatal(err)
	}
	a.equal("session key K", k, a.hex(v.SessionKey))

	// §7: A = HKDF-Expand(K, "sessionkeystore/v1/attest" || TH, 32).
	att := a.expand(k, cat([]byte(labelAttest), th[:]))
	a.equal("attestation", att, a.hex(v.Attestation))
	for r := byte(0); r < 3; r++ {
		a.equal("Attested value", get("Attested", r), att)
	}
	a.equal("SessionEstablished value", get("SessionEstablished", 0), att)

	// §8: k_r = HKDF-Expand(K, traffic label || TH || u8(r), 32);
	// nonce = 0x00000000 || u64(counter);
	// ad = message label || sessionId || TH || u8(r) || u64(counter) || context.
	if len(v.Traffic) != 6 {
		t.Fatalf("%d traffic messages, want 6", len(v.Traffic))
	}
	for _, m := range v.Traffic {
		r := a.role(m.Sender)
		aead, err := chacha20poly1305.New(a.expand(k, cat([]byte(labelTraffic), th[:], []byte{r})))
		if err != nil {
			t.Fatal(err)
		}
		nonce := cat([]byte{0, 0, 0, 0}, u64(m.Counter))
		ad := cat([]byte(labelMessage), id, th[:], []byte{r}, u64(m.Counter), []byte(m.Context))
		a.equal("traffic ciphertext of "+m.Sender, aead.Seal(nil, nonce, []byte(m.Plaintext), ad), a.hex(m.Ciphertext))
	}
}

// combined checks Method 1's messages (§5.1) and returns Z and T.
func (a *anchor) combined(header, id, chainID, contract []byte, accounts [3][]byte, get func(string, byte) []byte) (z, transcript []byte) {
	t := a.t
	var e, pub, commit, partial [3][]byte
	domain := crypto.Keccak256([]byte(labelCommitment))
	basepoint := append([]byte{9}, make([]byte, 31)...)
	for r := byte(0); r < 3; r++ {
		name := []string{"user", "miner", "oracle"}[r]
		e[r] = a.hex(a.v.Private[name+".ephemeral"])
		pub[r] = a.x25519(e[r], basepoint)
		a.equal(name+" revealed key", pub[r], get("Revealed", r))
		// c_r = keccak256(abi.encode(COMMITMENT_DOMAIN, chainId, contract,
		// sessionId, uint8 role, account, E_r)): seven words.
		commit[r] = crypto.Keccak256(domain, word(chainID), word(contract), id, word([]byte{r}), word(accounts[r]), pub[r])
		a.equal(name+" commitment", commit[r], get("Committed", r))
	}
	for r := byte(0); r < 3; r++ {
		// Role r publishes X25519(e_r, E_{r+1}) (§5.1 table, §10).
		partial[r] = a.x25519(e[r], pub[(r+1)%3])
		a.equal("partial", partial[r], get("PartialPublished", r))
	}
	// Z: User X25519(u, P_m), Miner X25519(m, P_o), Oracle X25519(o, P_u).
	for r := byte(0); r < 3; r++ {
		zr := a.x25519(e[r], partial[(r+1)%3])
		if z != nil && !bytes.Equal(z, zr) {
			t.Fatalf("Z of role %d differs", r)
		}
		z = zr
	}
	transcript = cat(header, commit[0], commit[1], commit[2], pub[0], pub[1], pub[2], partial[0], partial[1], partial[2])
	return z, transcript
}

// coordinator checks Method 2's messages (§6.1): each recipient opens its
// wrap with RFC 9180 HPKE; it returns s and T.
func (a *anchor) coordinator(header []byte, suite, coord byte, get func(string, byte) []byte) (secret, transcript []byte) {
	t := a.t
	names := []string{"user", "miner", "oracle"}
	var keys, wraps [3][]byte
	var versions [3]uint32
	if coord != 0 {
		keys[0] = get("UserKeyPublished", 0)
	}
	for r := byte(1); r < 3; r++ {
		if r != coord {
			keys[r] = a.hex(a.v.Registered[names[r]])
			// The vector format does not record SessionOpened's key
			// versions: each recipient registered once (version 1).
			versions[r] = 1
		}
	}
	for r := byte(0); r < 3; r++ {
		wraps[r] = get("KeyWrapped", r)
		if (r == coord) != (wraps[r] == nil) || (r == coord) != (keys[r] == nil) {
			t.Fatalf("role %d: key %d bytes, wrap %d bytes, coordinator %d", r, len(keys[r]), len(wraps[r]), coord)
		}
	}
	// T_prewrap = header || lp(userKey) || u32(minerKeyVersion) ||
	// lp(minerKey) || u32(oracleKeyVersion) || lp(oracleKey).
	prewrap := cat(header, lp(keys[0]), u32(versions[1]), lp(keys[1]), u32(versions[2]), lp(keys[2]))
	preHash := sha256.Sum256(prewrap)
	kem, err := hpke.NewKEM(specKEM[a.v.Params.Suite])
	if err != nil {
		t.Fatal(err)
	}
	kdf, err := hpke.NewKDF(0x0001)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := hpke.NewAEAD(0x0003)
	if err != nil {
		t.Fatal(err)
	}
	secret = a.hex(a.v.Private[names[coord]+".coordinator-secret"])
	if len(secret) != 32 {
		t.Fatalf("coordinator secret of %d bytes", len(secret))
	}
	wantWrap := map[byte]int{0: 32 + 32 + 16, 1: 1120 + 32 + 16}[suite]
	for r := byte(0); r < 3; r++ {
		if r == coord {
			continue
		}
		if len(wraps[r]) != wantWrap {
			t.Errorf("wrap for role %d of %d bytes, PROTOCOL.md §2.2 says %d", r, len(wraps[r]), wantWrap)
		}
		name := names[r] + ".registered-key"
		if r == 0 {
			name = "user.recipient-key"
		}
		priv, err := kem.NewPrivateKey(a.hex(a.v.Private[name]))
		if err != nil {
			t.Fatal(err)
		}
		a.equal(names[r]+" public key", priv.PublicKey().Bytes(), keys[r])
		// info_R = "sessionkeystore/v1/wrap" || SHA256(T_prewrap) || u8(R);
		// wrap_R = enc || ciphertext of single-shot Seal, empty AAD.
		info := cat([]byte(labelWrap), preHash[:], []byte{r})
		got, err := hpke.Open(priv, kdf, aead, info, wraps[r])
		if err != nil {
			t.Errorf("the wrap for %s does not open with PROTOCOL.md's info: %v", names[r], err)
			continue
		}
		a.equal(names[r]+"'s unwrapped secret", got, secret)
	}
	transcript = cat(prewrap, lp(wraps[0]), lp(wraps[1]), lp(wraps[2]))
	return secret, transcript
}

// TestHPKEIsRFC9180A2 anchors the HPKE suite used above, built from the
// numeric identifiers of PROTOCOL.md §2.2 (KEM 0x0020, KDF 0x0001, AEAD
// 0x0003), in RFC 9180 Appendix A.2.1 (DHKEM(X25519, HKDF-SHA256),
// HKDF-SHA256, ChaCha20-Poly1305, base mode) on the recipient side: the
// RFC's key pair, encapsulation, first ciphertext and exported secret.
func TestHPKEIsRFC9180A2(t *testing.T) {
	h := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var (
		ikmR = h("1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df")
		skRm = h("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb")
		pkRm = h("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a")
		enc  = h("1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a")
		info = h("4f6465206f6e2061204772656369616e2055726e") // "Ode on a Grecian Urn"
		aad0 = h("436f756e742d30")                           // "Count-0"
		ct0  = h("1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28")
		pt   = h("4265617574792069732074727574682c20747275746820626561757479")       // "Beauty is truth, truth beauty"
		exp0 = h("4bbd6243b8bb54cec311fac9df81841b6fd61f56538a775e7c80a9f40160606e") // exporter_context "", L = 32
	)
	kem, err := hpke.NewKEM(0x0020)
	if err != nil {
		t.Fatal(err)
	}
	kdf, err := hpke.NewKDF(0x0001)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := hpke.NewAEAD(0x0003)
	if err != nil {
		t.Fatal(err)
	}
	derived, err := kem.DeriveKeyPair(ikmR)
	if err != nil {
		t.Fatal(err)
	}
	if got := derived.PublicKey().Bytes(); !bytes.Equal(got, pkRm) {
		t.Errorf("DeriveKeyPair(ikmR): public key %x, RFC 9180 A.2 pkRm %x", got, pkRm)
	}
	priv, err := kem.NewPrivateKey(skRm)
	if err != nil {
		t.Fatal(err)
	}
	if got := priv.PublicKey().Bytes(); !bytes.Equal(got, pkRm) {
		t.Errorf("public key of skRm %x, RFC 9180 A.2 pkRm %x", got, pkRm)
	}
	rcpt, err := hpke.NewRecipient(enc, priv, kdf, aead, info)
	if err != nil {
		t.Fatal(err)
	}
	got, err := rcpt.Open(aad0, ct0)
	if err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("RFC 9180 A.2.1 sequence 0: %q, %v; want %q", got, err, pt)
	}
	exported, err := rcpt.Export("", 32)
	if err != nil || !bytes.Equal(exported, exp0) {
		t.Fatalf("RFC 9180 A.2.1 export: %x, %v; want %x", exported, err, exp0)
	}
	// The single-shot Open the vectors' wraps use is enc || ciphertext
	// with empty AAD: the RFC ciphertext (AAD "Count-0") must not open so.
	if _, err := hpke.Open(priv, kdf, aead, info, cat(enc, ct0)); err == nil {
		t.Fatal("a ciphertext sealed with AAD opened with none")
	}
}
