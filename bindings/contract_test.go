package bindings_test

import (
	"context"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// chain is SessionKeystore deployed on go-ethereum's in-process simulated
// chain, with a funded account per role.
type chain struct {
	t        *testing.T
	backend  *simulated.Backend
	client   simulated.Client
	abi      *bindings.SessionKeystore
	contract *bind.BoundContract
	address  common.Address
	chainID  uint64
	keys     [3]*ecdsa.PrivateKey
	accounts [3]common.Address
}

func newChain(t *testing.T) *chain {
	t.Helper()
	c := &chain{t: t, abi: bindings.NewSessionKeystore()}
	alloc := types.GenesisAlloc{}
	for _, r := range session.Roles {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		c.keys[r] = k
		c.accounts[r] = crypto.PubkeyToAddress(k.PublicKey)
		alloc[c.accounts[r]] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	c.backend = simulated.NewBackend(alloc)
	t.Cleanup(func() { c.backend.Close() })
	c.client = c.backend.Client()
	id, err := c.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.chainID = id.Uint64()
	addr, tx, err := bind.DeployContract(c.opts(session.User), common.FromHex(bindings.SessionKeystoreMetaData.Bin), c.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.backend.Commit()
	if _, err := bind.WaitDeployed(context.Background(), c.client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	c.address = addr
	c.contract = c.abi.Instance(c.client, addr)
	return c
}

func (c *chain) opts(r session.Role) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[r], new(big.Int).SetUint64(c.chainID))
}

// send mines one transaction of role r and returns its receipt, which must
// succeed.
func (c *chain) send(r session.Role, data []byte) *types.Receipt {
	c.t.Helper()
	tx, err := bind.Transact(c.contract, c.opts(r), data)
	if err != nil {
		c.t.Fatalf("%v: %v", r, err)
	}
	c.backend.Commit()
	rcpt, err := bind.WaitMined(context.Background(), c.client, tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%v: transaction reverted", r)
	}
	return rcpt
}

// events names the events of a receipt, in order.
func (c *chain) events(rcpt *types.Receipt) []string {
	var names []string
	for _, l := range rcpt.Logs {
		parsed := c.abi.GetABI()
		ev, err := parsed.EventByID(l.Topics[0])
		if err != nil {
			c.t.Fatalf("unknown event topic %s", l.Topics[0])
		}
		names = append(names, ev.Name)
	}
	return names
}

func (c *chain) wantEvents(rcpt *types.Receipt, want ...string) {
	c.t.Helper()
	if got := c.events(rcpt); !slices.Equal(got, want) {
		c.t.Fatalf("events %v, want %v", got, want)
	}
}

func (c *chain) phase(id session.ID) session.Phase {
	c.t.Helper()
	p, err := bind.Call(c.contract, nil, c.abi.PackPhaseOf(id), c.abi.UnpackPhaseOf)
	if err != nil {
		c.t.Fatal(err)
	}
	return session.Phase(p)
}

func (c *chain) nextID() (session.ID, uint64) {
	c.t.Helper()
	n, err := bind.Call(c.contract, nil, c.abi.PackNonces(c.accounts[session.User]), c.abi.UnpackNonces)
	if err != nil {
		c.t.Fatal(err)
	}
	return skcrypto.SessionID(c.chainID, c.address, c.accounts[session.User], n), n
}

// TestMethod1Session drives a complete Method 1 session by direct calls and
// checks the events, the Go commitment against the contract's, and that
// the three attestations computed off chain establish the session.
func TestMethod1Session(t *testing.T) {
	c := newChain(t)
	id, nonce := c.nextID()
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
		commitments[r] = skcrypto.Commitment(c.chainID, c.address, id, r, c.accounts[r], eph[r])
		onChain, err := bind.Call(c.contract, nil, c.abi.PackCommitmentOf(id, uint8(r), c.accounts[r], eph[r]), c.abi.UnpackCommitmentOf)
		if err != nil {
			t.Fatal(err)
		}
		if onChain != commitments[r] {
			t.Fatalf("%v commitment: Go %x, contract %x", r, commitments[r], onChain)
		}
	}
	rcpt := c.send(session.User, c.abi.PackOpen(bindings.ISessionKeystoreOpenParams{
		Miner: c.accounts[session.Miner], Oracle: c.accounts[session.Oracle],
		Method: uint8(session.Combined), Suite: uint8(session.X25519), Coordinator: uint8(session.User),
		PhaseTimeout: 60, Nonce: nonce, Commitment: commitments[session.User],
	}))
	c.wantEvents(rcpt, "SessionOpened", "Committed", "PhaseAdvanced")
	opened, err := c.abi.UnpackSessionOpenedEvent(rcpt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if session.ID(opened.SessionId) != id || opened.User != c.accounts[session.User] || opened.Oracle != c.accounts[session.Oracle] {
		t.Fatalf("SessionOpened %+v, want id %v", opened, id)
	}
	if got := c.phase(id); got != session.Committing {
		t.Fatalf("phase %v after open", got)
	}

	c.wantEvents(c.send(session.Miner, c.abi.PackJoin(id, commitments[session.Miner])), "Committed")
	c.wantEvents(c.send(session.Oracle, c.abi.PackJoin(id, commitments[session.Oracle])), "Committed", "PhaseAdvanced")
	for _, r := range session.Roles {
		want := []string{"Revealed"}
		if r == session.Oracle {
			want = append(want, "PhaseAdvanced")
		}
		rc := c.send(r, c.abi.PackReveal(id, eph[r]))
		c.wantEvents(rc, want...)
		rev, err := c.abi.UnpackRevealedEvent(rc.Logs[0])
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
		c.wantEvents(c.send(r, c.abi.PackPublishPartial(id, p)), want...)
	}
	if got := c.phase(id); got != session.Attesting {
		t.Fatalf("phase %v after partials", got)
	}
	params := session.Params{ChainID: c.chainID, Contract: c.address, ID: id, Method: session.Combined, Suite: session.X25519,
		User: c.accounts[session.User], Miner: c.accounts[session.Miner], Oracle: c.accounts[session.Oracle]}
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
	c.wantEvents(c.send(session.User, c.abi.PackAttest(id, att[session.User])), "Attested")
	c.wantEvents(c.send(session.Miner, c.abi.PackAttest(id, att[session.Miner])), "Attested")
	rcpt = c.send(session.Oracle, c.abi.PackAttest(id, att[session.Oracle]))
	c.wantEvents(rcpt, "Attested", "SessionEstablished")
	est, err := c.abi.UnpackSessionEstablishedEvent(rcpt.Logs[1])
	if err != nil || est.Attestation != att[0] {
		t.Fatalf("SessionEstablished %+v, %v", est, err)
	}
	if got := c.phase(id); got != session.Established {
		t.Fatalf("phase %v, want established", got)
	}
}

// TestMethod2SessionUserCoordinates drives a Method 2 session with the user
// as coordinator on both suites: registered keys, wraps in open, two rounds.
func TestMethod2SessionUserCoordinates(t *testing.T) {
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		t.Run(suite.String(), func(t *testing.T) {
			c := newChain(t)
			var recip [3]*skcrypto.RecipientKey
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				k, err := skcrypto.GenerateRecipientKey(suite, rand.Reader)
				if err != nil {
					t.Fatal(err)
				}
				recip[r] = k
				rc := c.send(r, c.abi.PackRegisterKey(uint8(suite), k.PublicKey()))
				c.wantEvents(rc, "KeyRegistered")
				reg, err := c.abi.UnpackKeyRegisteredEvent(rc.Logs[0])
				if err != nil || reg.Version != 1 || reg.KeyHash != crypto.Keccak256Hash(k.PublicKey()) {
					t.Fatalf("KeyRegistered %+v, %v", reg, err)
				}
			}
			id, nonce := c.nextID()
			params := session.Params{ChainID: c.chainID, Contract: c.address, ID: id, Method: session.Coordinator, Suite: suite,
				Coordinator: session.User, User: c.accounts[session.User], Miner: c.accounts[session.Miner], Oracle: c.accounts[session.Oracle]}
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
			rcpt := c.send(session.User, c.abi.PackOpen(bindings.ISessionKeystoreOpenParams{
				Miner: c.accounts[session.Miner], Oracle: c.accounts[session.Oracle],
				Method: uint8(session.Coordinator), Suite: uint8(suite), Coordinator: uint8(session.User),
				PhaseTimeout: 60, Nonce: nonce, WrapMiner: tr.Wraps[session.Miner], WrapOracle: tr.Wraps[session.Oracle],
			}))
			c.wantEvents(rcpt, "SessionOpened", "KeyWrapped", "KeyWrapped", "PhaseAdvanced")
			opened, err := c.abi.UnpackSessionOpenedEvent(rcpt.Logs[0])
			if err != nil || opened.MinerKeyVersion != 1 || opened.OracleKeyVersion != 1 {
				t.Fatalf("SessionOpened %+v, %v", opened, err)
			}
			th := tr.Hash()
			var att [3][32]byte
			for _, r := range session.Roles {
				s := secret
				if r != session.User {
					wrapped, err := c.abi.UnpackKeyWrappedEvent(rcpt.Logs[r])
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
			c.send(session.Miner, c.abi.PackAttest(id, att[session.Miner]))
			c.send(session.User, c.abi.PackAttest(id, att[session.User]))
			c.wantEvents(c.send(session.Oracle, c.abi.PackAttest(id, att[session.Oracle])), "Attested", "SessionEstablished")
			if got := c.phase(id); got != session.Established {
				t.Fatalf("phase %v, want established", got)
			}
		})
	}
}

// TestRevertDecodes checks that a revert surfaces as the contract's typed
// error through the bindings.
func TestRevertDecodes(t *testing.T) {
	c := newChain(t)
	_, err := bind.Transact(c.contract, c.opts(session.Miner), c.abi.PackJoin(session.ID{1}, [32]byte{2}))
	if err == nil {
		t.Fatal("join of an unknown session was accepted")
	}
	data, ok := revertData(err)
	if !ok {
		t.Fatalf("no revert data in %v", err)
	}
	decoded, err := c.abi.UnpackError(data)
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
