package protocol

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVectorsFromFirstPrinciples recomputes every committed vector from its
// private inputs and public messages with skcrypto alone, as an independent
// implementation would, without the state machines.
func TestVectorsFromFirstPrinciples(t *testing.T) {
	files, _ := filepath.Glob("testdata/vectors/*.json")
	if len(files) == 0 {
		t.Fatal("no vectors")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var v Vector
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			method, _ := session.ParseMethod(v.Params.Method)
			suite, _ := session.ParseSuite(v.Params.Suite)
			coord, _ := session.ParseRole(v.Params.Coordinator)
			id, _ := session.ParseID(v.Params.SessionID)
			p := session.Params{ChainID: v.Params.ChainID, Contract: common.HexToAddress(v.Params.Contract), ID: id,
				Method: method, Suite: suite, Coordinator: coord, User: common.HexToAddress(v.Params.User),
				Miner: common.HexToAddress(v.Params.Miner), Oracle: common.HexToAddress(v.Params.Oracle)}
			if skcrypto.SessionID(p.ChainID, p.Contract, p.User, v.Params.Nonce) != id {
				t.Fatal("session id")
			}
			msgs := map[string][3][]byte{}
			for _, m := range v.Messages {
				if m.Event == "PhaseAdvanced" || m.Event == "SessionOpened" {
					continue // no hex value
				}
				r, _ := session.ParseRole(m.Role)
				cur := msgs[m.Event]
				cur[r] = unhex(t, m.Value)
				if m.Event == "UserKeyPublished" {
					cur[session.User] = unhex(t, m.Value)
				}
				msgs[m.Event] = cur
			}
			var ikm []byte
			var th [32]byte
			if method == session.Combined {
				var tr skcrypto.CombinedTranscript
				tr.Params = p
				for _, r := range session.Roles {
					k, err := skcrypto.ParseX25519Private(unhex(t, v.Private[r.String()+".ephemeral"]))
					if err != nil {
						t.Fatal(err)
					}
					pub := skcrypto.PublicBytes(k)
					tr.EphemeralKeys[r] = pub
					tr.Commitments[r] = skcrypto.Commitment(p.ChainID, p.Contract, id, r, p.Account(r), pub)
					if !bytes.Equal(tr.Commitments[r][:], msgs["Committed"][r]) || !bytes.Equal(pub[:], msgs["Revealed"][r]) {
						t.Fatalf("%v commitment or reveal", r)
					}
				}
				var z [3][32]byte
				for _, r := range session.Roles {
					k, _ := skcrypto.ParseX25519Private(unhex(t, v.Private[r.String()+".ephemeral"]))
					tr.Partials[r], _ = skcrypto.X25519(k, tr.EphemeralKeys[(r+1)%3][:])
					if !bytes.Equal(tr.Partials[r][:], msgs["PartialPublished"][r]) {
						t.Fatalf("%v partial", r)
					}
				}
				for _, r := range session.Roles {
					k, _ := skcrypto.ParseX25519Private(unhex(t, v.Private[r.String()+".ephemeral"]))
					z[r], _ = skcrypto.X25519(k, tr.Partials[(r+1)%3][:])
				}
				if z[0] != z[1] || z[1] != z[2] {
					t.Fatal("Z differs")
				}
				ikm, th = z[0][:], tr.Hash()
			} else {
				var tr skcrypto.CoordinatorTranscript
				tr.Params = p
				tr.Keys[session.User] = msgs["UserKeyPublished"][session.User]
				for _, r := range []session.Role{session.Miner, session.Oracle} {
					if r != coord {
						tr.Keys[r] = unhex(t, v.Registered[r.String()])
						tr.KeyVersions[r] = 1
					}
				}
				tr.Wraps = msgs["KeyWrapped"]
				secret := unhex(t, v.Private[coord.String()+".coordinator-secret"])
				pre := tr.PrewrapHash()
				for _, r := range session.Roles {
					if r == coord {
						continue
					}
					name := r.String() + ".registered-key"
					if r == session.User {
						name = "user.recipient-key"
					}
					k, err := skcrypto.ParseRecipientKey(suite, unhex(t, v.Private[name]))
					if err != nil {
						t.Fatal(err)
					}
					got, err := k.Unwrap(skcrypto.WrapInfo(pre, r), tr.Wraps[r])
					if err != nil || !bytes.Equal(got, secret) {
						t.Fatalf("%v cannot unwrap the coordinator's secret: %v", r, err)
					}
				}
				ikm, th = secret, tr.Hash()
			}
			if hex.EncodeToString(th[:]) != v.Transcript {
				t.Fatal("transcript hash")
			}
			k, err := skcrypto.DeriveSessionKey(id, ikm, th)
			if err != nil {
				t.Fatal(err)
			}
			a := k.Attestation()
			if hex.EncodeToString(k.Bytes()) != v.SessionKey || hex.EncodeToString(a[:]) != v.Attestation {
				t.Fatal("session key or attestation")
			}
			for _, r := range session.Roles {
				if !bytes.Equal(msgs["Attested"][r], a[:]) {
					t.Fatalf("%v attested something else", r)
				}
			}
			tr := k.Traffic()
			for _, m := range v.Traffic {
				r, _ := session.ParseRole(m.Sender)
				pt, err := tr.Open(r, m.Counter, unhex(t, m.Ciphertext), []byte(m.Context))
				if err != nil || string(pt) != m.Plaintext {
					t.Fatalf("traffic %v/%d: %v", r, m.Counter, err)
				}
			}
		})
	}
}

// TestVectorsWrapOrder: what "in ascending role order" comes to on the
// wire (PROTOCOL.md §6.1, issue 17 point 8): both KeyWrapped events of a
// Method 2 session come in one transaction, in ascending role order, each
// naming its recipient, and none is the coordinator's.
func TestVectorsWrapOrder(t *testing.T) {
	files, _ := filepath.Glob("testdata/vectors/coordinator-*.json")
	if len(files) != 6 {
		t.Fatalf("%d coordinator vectors, want 6", len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v Vector
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		coord, err := session.ParseRole(v.Params.Coordinator)
		if err != nil {
			t.Fatal(err)
		}
		var roles []session.Role
		var txs []string
		for _, m := range v.Messages {
			if m.Event == "KeyWrapped" {
				r, err := session.ParseRole(m.Role)
				if err != nil {
					t.Fatal(err)
				}
				roles, txs = append(roles, r), append(txs, fmt.Sprint(m.Tx))
			}
		}
		if len(roles) != 2 || roles[0] >= roles[1] || roles[0] == coord || roles[1] == coord || txs[0] != txs[1] {
			t.Errorf("%s: KeyWrapped roles %v in transactions %v, coordinator %v", filepath.Base(f), roles, txs, coord)
		}
	}
}
