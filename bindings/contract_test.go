package bindings_test

import (
	"crypto/ecdh"
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// TestMethod1Session drives a complete Method 1 session by direct calls and
// checks the events, the Go commitment against the contract's, and that
// the three attestations computed off chain establish the session.
func TestMethod1Session(t *testing.T) {
	c := simchain.New(t)
	id, nonce := c.NextID()
	var eph [3][32]byte
	var commitments [3][32]byte
	var ephKeys [3]*ecdh.PrivateKey
	for _, r := range session.Roles {
		k, err := skcrypto.GenerateX25519(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		ephKeys[r] = k
		eph[r] = skcrypto.PublicBytes(k)
		commitments[r] = skcrypto.Commitment(c.ChainID, c.Address, id, r, c.Accounts[r], eph[r])
		onChain, err := bind.Call(c.Contract, nil, c.ABI.PackCommitmentOf(id, uint8(r), c.Accounts[r], eph[r]), c.ABI.UnpackCommitmentOf)
		if err != nil {
			t.Fatal(err)
		}
		if onChain != commitments[r] {
			t.Fatalf("%v commitment: Go %x, contract %x", r, commitments[r], onChain)
		}
	}
	rcpt := c.Send(session.User, c.ABI.PackOpen(bindings.ISessionKeystoreOpenParams{
		Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: uint8(session.Combined), Suite: uint8(session.X25519), Coordinator: uint8(session.User),
		PhaseTimeout: 60, Nonce: nonce, Commitment: commitments[session.User],
	}))
	c.WantEvents(rcpt, "SessionOpened", "Committed", "PhaseAdvanced", "OracleNamed")
	opened, err := c.ABI.UnpackSessionOpenedEvent(rcpt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if session.ID(opened.SessionId) != id || opened.User != c.Accounts[session.User] || opened.Oracle != c.Accounts[session.Oracle] {
		t.Fatalf("SessionOpened %+v, want id %v", opened, id)
	}
	if got := c.Phase(id); got != session.Committing {
		t.Fatalf("phase %v after open", got)
	}

	c.WantEvents(c.Send(session.Miner, c.ABI.PackJoin(id, commitments[session.Miner])), "Committed")
	c.WantEvents(c.Send(session.Oracle, c.ABI.PackJoin(id, commitments[session.Oracle])), "Committed", "PhaseAdvanced")
	for _, r := range session.Roles {
		want := []string{"Revealed"}
		if r == session.Oracle {
			want = append(want, "PhaseAdvanced")
		}
		rc := c.Send(r, c.ABI.PackReveal(id, eph[r]))
		c.WantEvents(rc, want...)
		rev, err := c.ABI.UnpackRevealedEvent(rc.Logs[0])
		if err != nil || session.Role(rev.Role) != r || rev.EphemeralKey != eph[r] {
			t.Fatalf("Revealed %+v, %v", rev, err)
		}
	}
	// Partials: the user's for the oracle, the miner's for the user, the oracle's for the miner.
	peer := [3]session.Role{session.Miner, session.Oracle, session.User}
	var partials [3][32]byte
	for _, r := range session.Roles {
		p, err := skcrypto.X25519(ephKeys[r], eph[peer[r]][:])
		if err != nil {
			t.Fatal(err)
		}
		partials[r] = p
		want := []string{"PartialPublished"}
		if r == session.Oracle {
			want = append(want, "PhaseAdvanced")
		}
		c.WantEvents(c.Send(r, c.ABI.PackPublishPartial(id, p)), want...)
	}
	if got := c.Phase(id); got != session.Attesting {
		t.Fatalf("phase %v after partials", got)
	}
	params := session.Params{ChainID: c.ChainID, Contract: c.Address, ID: id, Method: session.Combined, Suite: session.X25519,
		User: c.Accounts[session.User], Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
	tr := skcrypto.CombinedTranscript{Params: params, Commitments: commitments, EphemeralKeys: eph, Partials: partials}
	th := tr.Hash()
	// The partial meant for each role: the user gets the miner's, the miner
	// the oracle's, the oracle the user's.
	meantFor := [3]session.Role{session.Miner, session.Oracle, session.User}
	var att [3][32]byte
	for _, r := range session.Roles {
		z, err := skcrypto.X25519(ephKeys[r], partials[meantFor[r]][:])
		if err != nil {
			t.Fatal(err)
		}
		k, err := skcrypto.DeriveSessionKey(id, z[:], th)
		if err != nil {
			t.Fatal(err)
		}
		att[r] = k.Attestation()
	}
	if att[0] != att[1] || att[1] != att[2] {
		t.Fatal("off-chain attestations differ")
	}
	c.WantEvents(c.Send(session.User, c.ABI.PackAttest(id, att[session.User])), "Attested")
	c.WantEvents(c.Send(session.Miner, c.ABI.PackAttest(id, att[session.Miner])), "Attested")
	rcpt = c.Send(session.Oracle, c.ABI.PackAttest(id, att[session.Oracle]))
	c.WantEvents(rcpt, "Attested", "SessionEstablished")
	est, err := c.ABI.UnpackSessionEstablishedEvent(rcpt.Logs[1])
	if err != nil || est.Attestation != att[0] {
		t.Fatalf("SessionEstablished %+v, %v", est, err)
	}
	if got := c.Phase(id); got != session.Established {
		t.Fatalf("phase %v, want established", got)
	}
}

// TestMethod2SessionUserCoordinates drives a Method 2 session with the user
// as coordinator on both suites: registered keys, wraps in open, two rounds.
func TestMethod2SessionUserCoordinates(t *testing.T) {
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(suite.String(), func(t *testing.T) {
			c := simchain.New(t)
			var recip [3]*skcrypto.RecipientKey
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				k, err := skcrypto.GenerateRecipientKey(suite, rand.Reader)
				if err != nil {
					t.Fatal(err)
				}
				recip[r] = k
				rc := c.Send(r, c.ABI.PackRegisterKey(uint8(suite), k.PublicKey()))
				c.WantEvents(rc, "KeyRegistered")
				reg, err := c.ABI.UnpackKeyRegisteredEvent(rc.Logs[0])
				if err != nil || reg.Version != 1 || reg.KeyHash != crypto.Keccak256Hash(k.PublicKey()) {
					t.Fatalf("KeyRegistered %+v, %v", reg, err)
				}
			}
			id, nonce := c.NextID()
			params := session.Params{ChainID: c.ChainID, Contract: c.Address, ID: id, Method: session.Coordinator, Suite: suite,
				Coordinator: session.User, User: c.Accounts[session.User], Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle]}
			tr := skcrypto.CoordinatorTranscript{Params: params}
			tr.Keys[session.Miner], tr.Keys[session.Oracle] = recip[session.Miner].PublicKey(), recip[session.Oracle].PublicKey()
			tr.KeyVersions[session.Miner], tr.KeyVersions[session.Oracle] = 1, 1
			secret := make([]byte, 32)
			rand.Read(secret)
			pre := tr.PrewrapHash()
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				w, err := skcrypto.Wrap(suite, tr.Keys[r], skcrypto.WrapInfo(pre, r), secret)
				if err != nil {
					t.Fatal(err)
				}
				tr.Wraps[r] = w
			}
			rcpt := c.Send(session.User, c.ABI.PackOpen(bindings.ISessionKeystoreOpenParams{
				Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
				Method: uint8(session.Coordinator), Suite: uint8(suite), Coordinator: uint8(session.User),
				PhaseTimeout: 60, Nonce: nonce, MinerKeyVersion: 1, OracleKeyVersion: 1, WrapMiner: tr.Wraps[session.Miner], WrapOracle: tr.Wraps[session.Oracle],
			}))
			c.WantEvents(rcpt, "SessionOpened", "KeyWrapped", "KeyWrapped", "PhaseAdvanced", "OracleNamed")
			opened, err := c.ABI.UnpackSessionOpenedEvent(rcpt.Logs[0])
			if err != nil || opened.MinerKeyVersion != 1 || opened.OracleKeyVersion != 1 {
				t.Fatalf("SessionOpened %+v, %v", opened, err)
			}
			th := tr.Hash()
			var att [3][32]byte
			for _, r := range session.Roles {
				s := secret
				if r != session.User {
					wrapped, err := c.ABI.UnpackKeyWrappedEvent(rcpt.Logs[r])
					if err != nil || session.Role(wrapped.Recipient) != r {
						t.Fatalf("KeyWrapped %+v, %v", wrapped, err)
					}
					s, err = recip[r].Unwrap(skcrypto.WrapInfo(pre, r), wrapped.Wrapped)
					if err != nil {
						t.Fatalf("%v unwrap: %v", r, err)
					}
				}
				k, err := skcrypto.DeriveSessionKey(id, s, th)
				if err != nil {
					t.Fatal(err)
				}
				att[r] = k.Attestation()
			}
			c.Send(session.Miner, c.ABI.PackAttest(id, att[session.Miner]))
			c.Send(session.User, c.ABI.PackAttest(id, att[session.User]))
			c.WantEvents(c.Send(session.Oracle, c.ABI.PackAttest(id, att[session.Oracle])), "Attested", "SessionEstablished")
			if got := c.Phase(id); got != session.Established {
				t.Fatalf("phase %v, want established", got)
			}
		})
	}
}

// TestRevertDecodes checks that a revert surfaces as the contract's typed
// error through the bindings.
func TestRevertDecodes(t *testing.T) {
	c := simchain.New(t)
	_, err := bind.Transact(c.Contract, c.Opts(session.Miner), c.ABI.PackJoin(session.ID{1}, [32]byte{2}))
	if err == nil {
		t.Fatal("join of an unknown session was accepted")
	}
	data, ok := revertData(err)
	if !ok {
		t.Fatalf("no revert data in %v", err)
	}
	decoded, err := c.ABI.UnpackError(data)
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := decoded.(*bindings.SessionKeystoreSessionKeystoreUnknownSession); !ok || e.SessionId != [32]byte{1} {
		t.Fatalf("decoded %T %+v", decoded, decoded)
	}
}

func revertData(err error) ([]byte, bool) {
	type dataError interface{ ErrorData() interface{} }
	for e := err; e != nil; {
		if de, ok := e.(dataError); ok {
			if s, ok := de.ErrorData().(string); ok {
				return common.FromHex(s), true
			}
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			break
		}
		e = u.Unwrap()
	}
	return nil, false
}
