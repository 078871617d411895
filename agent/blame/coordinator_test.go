package blame

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// m2 builds the evidence of a failed user-coordinated Method 2 session
// whose recipients used one-time keys: the user wraps
// secretFor[r] to each recipient r and each role attests attests[r]
// (which names whose wrap's key it attests: 0 for its own, or a role).
type m2 struct {
	e       *Evidence
	priv    [3]*skcrypto.RecipientKey
	secrets [3][]byte
	keys    [3][32]byte // attestation of the key each wrap gives
	// seeds holds, in the hybrid suite, each recipient's batch ML-KEM-768
	// seed: its one-time key is a key of a shared batch.
	seeds [3][]byte
}

func newM2(t *testing.T, equivocate bool) *m2 { return newM2Of(t, session.X25519, equivocate) }

// newM2Of is newM2 in suite s.
func newM2Of(t *testing.T, s session.Suite, equivocate bool) *m2 {
	t.Helper()
	p := session.Params{ChainID: 31337, Contract: common.Address{0x5e}, Method: session.Coordinator, Suite: s,
		Coordinator: session.User, User: common.Address{1}, Miner: common.Address{2}, Oracle: common.Address{3}}
	p.ID = skcrypto.SessionID(p.ChainID, p.Contract, p.User, 0)
	x := &m2{e: &Evidence{Params: p, Phase: session.Failed, Fault: session.AttestationMismatch}}
	x.e.OneTimeKeys = [3]uint32{0, 1, 1}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		k, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if s == session.Hybrid {
			// A one-time hybrid key of a shared batch: the batch's
			// ML-KEM-768 seed and an X25519 scalar of its own.
			if x.seeds[r], _, err = skcrypto.GenerateMLKEMSeed(rand.Reader); err != nil {
				t.Fatal(err)
			}
			if k, err = skcrypto.HybridOneTimeKey(x.seeds[r], bytes.Repeat([]byte{byte(r) + 1}, 32)); err != nil {
				t.Fatal(err)
			}
		}
		x.priv[r], x.e.RecipientKeys[r] = k, k.PublicKey()
		x.secrets[r] = bytes.Repeat([]byte{9}, skcrypto.KeySize)
	}
	if equivocate {
		x.secrets[session.Oracle] = bytes.Repeat([]byte{8}, skcrypto.KeySize)
	}
	tr := skcrypto.CoordinatorTranscript{Params: p, Keys: x.e.RecipientKeys, KeyVersions: x.e.KeyVersions}
	pre := tr.PrewrapHash()
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		w, err := skcrypto.Wrap(s, x.e.RecipientKeys[r], skcrypto.WrapInfo(pre, r), x.secrets[r])
		if err != nil {
			t.Fatal(err)
		}
		x.e.Wraps[r], x.e.Wrapped = w, x.e.Wrapped|r.Bit()
	}
	tr.Wraps = x.e.Wraps
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		k, err := skcrypto.DeriveSessionKey(p.ID, x.secrets[r], tr.Hash())
		if err != nil {
			t.Fatal(err)
		}
		x.keys[r] = k.Attestation()
	}
	// Honest attestations: each recipient its wrap's key, the coordinator
	// the miner's (the one it claims it sent to both).
	x.e.Attestations = [3][32]byte{x.keys[session.Miner], x.keys[session.Miner], x.keys[session.Oracle]}
	x.e.Attested = session.AllRoles
	return x
}

func (x *m2) disclose(t *testing.T, r session.Role) {
	t.Helper()
	b, err := x.priv[r].Bytes()
	if err != nil {
		t.Fatal(err)
	}
	x.e.Secrets[r], x.e.Disclosed = b, x.e.Disclosed|r.Bit()
}

// TestMethod2BlameNamesTheEquivocatingCoordinator: the user coordinator
// wraps different secrets to the miner and the oracle; the contract names
// the odd recipient (the oracle, outside the user-miner majority), but with
// both recipients' one-time keys disclosed, blame names the user.
// In the hybrid suite the disclosures are 96 bytes: each one-time key's
// batch ML-KEM-768 seed and its X25519 scalar.
func TestMethod2BlameNamesTheEquivocatingCoordinator(t *testing.T) {
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(s.String(), func(t *testing.T) { namesTheEquivocator(t, s) })
	}
}

func namesTheEquivocator(t *testing.T, s session.Suite) {
	x := newM2Of(t, s, true)
	x.e.Accused = session.Oracle.Bit()
	if r := Assess(x.e); r.Liars != 0 || r.Pending != session.Miner.Bit()|session.Oracle.Bit() || r.Final() {
		t.Fatalf("before any disclosure: liars %v pending %v", r.Liars, r.Pending)
	}
	x.disclose(t, session.Miner)
	x.disclose(t, session.Oracle)
	r := Assess(x.e)
	if r.Liars != session.User.Bit() || !r.Final() {
		t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
	}
	if finding(r, session.Oracle, CheckAttestation) != Honest || finding(r, session.Miner, CheckAttestation) != Honest {
		t.Fatalf("the recipients attested their wraps' keys: %+v", r.Findings)
	}
}

// TestMethod2BlameCases: a recipient that attests another key, a garbage
// wrap, a false InvalidWrap accusation and a disclosure of a key that was
// never the recipient's are each named.
func TestMethod2BlameCases(t *testing.T) {
	t.Run("wrong-attestation", func(t *testing.T) {
		x := newM2(t, false)
		x.e.Attestations[session.Oracle] = [32]byte{1}
		x.disclose(t, session.Miner)
		x.disclose(t, session.Oracle)
		if r := Assess(x.e); r.Liars != session.Oracle.Bit() {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
	t.Run("garbage-wrap", func(t *testing.T) {
		x := newM2(t, false)
		x.e.Wraps[session.Oracle] = append([]byte(nil), x.e.Wraps[session.Oracle]...)
		x.e.Wraps[session.Oracle][40] ^= 1
		x.e.Fault, x.e.Reporter, x.e.Accused, x.e.Attested = session.InvalidWrap, session.Oracle, session.User.Bit(), 0
		x.disclose(t, session.Oracle)
		r := Assess(x.e)
		if r.Liars != session.User.Bit() || finding(r, session.Oracle, CheckAccusation) != Honest {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
	t.Run("false-accusation", func(t *testing.T) {
		x := newM2(t, false)
		x.e.Fault, x.e.Reporter, x.e.Accused, x.e.Attested = session.InvalidWrap, session.Miner, session.User.Bit(), 0
		x.disclose(t, session.Miner)
		if r := Assess(x.e); r.Liars != session.Miner.Bit() {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
	t.Run("false-disclosure", func(t *testing.T) {
		x := newM2(t, false)
		x.e.Secrets[session.Miner], x.e.Disclosed = bytes.Repeat([]byte{7}, 32), session.Miner.Bit()
		if r := Assess(x.e); r.Liars != session.Miner.Bit() || finding(r, session.Miner, CheckDisclosure) != Lied {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
	t.Run("hybrid-another-key-of-the-batch", func(t *testing.T) {
		// The batch's ML-KEM-768 seed with the scalar of another key of
		// the batch: not the key the wrap was sealed to.
		x := newM2Of(t, session.Hybrid, false)
		b := append(bytes.Clone(x.seeds[session.Oracle]), bytes.Repeat([]byte{0x77}, 32)...)
		x.e.Secrets[session.Oracle], x.e.Disclosed = b, session.Oracle.Bit()
		if r := Assess(x.e); r.Liars != session.Oracle.Bit() || finding(r, session.Oracle, CheckDisclosure) != Lied {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
		x.disclose(t, session.Oracle)
		if len(x.e.Secrets[session.Oracle]) != skcrypto.HybridOneTimeSecretLength {
			t.Fatalf("a shared-batch hybrid disclosure of %d bytes", len(x.e.Secrets[session.Oracle]))
		}
		if r := Assess(x.e); r.Liars != 0 || finding(r, session.Oracle, CheckDisclosure) != Honest || finding(r, session.User, CheckWrap) != Honest {
			t.Fatalf("the true disclosure: liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
	t.Run("hybrid-false-disclosure", func(t *testing.T) {
		// A hybrid disclosure is a seed: one that does not give the key
		// the wrap was sealed to (here another hybrid key's) is a lie.
		x := newM2Of(t, session.Hybrid, false)
		other, err := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := other.Bytes()
		x.e.Secrets[session.Oracle], x.e.Disclosed = b, session.Oracle.Bit()
		if r := Assess(x.e); r.Liars != session.Oracle.Bit() || finding(r, session.Oracle, CheckDisclosure) != Lied {
			t.Fatalf("liars %v, findings %+v", r.Liars, r.Findings)
		}
	})
}
