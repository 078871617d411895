package protocol

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/cryptotest"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors from the current implementation")

// Vector is one complete session with fixed randomness: every input an
// independent implementation needs to reproduce it (private inputs
// included; they are test values), every public message, and the results.
type Vector struct {
	Description string            `json:"description"`
	Params      VectorParams      `json:"params"`
	Private     map[string]string `json:"private"`
	Registered  map[string]string `json:"registeredKeys,omitempty"`
	Messages    []VectorMessage   `json:"messages"`
	Transcript  string            `json:"transcriptHash"`
	SessionKey  string            `json:"sessionKey"`
	Attestation string            `json:"attestation"`
	Traffic     []VectorTraffic   `json:"traffic"`
}

// VectorParams are the session's public parameters.
type VectorParams struct {
	ChainID      uint64 `json:"chainId"`
	Contract     string `json:"contract"`
	SessionID    string `json:"sessionId"`
	Nonce        uint64 `json:"nonce"`
	Method       string `json:"method"`
	Suite        string `json:"suite"`
	Coordinator  string `json:"coordinator"`
	User         string `json:"user"`
	Miner        string `json:"miner"`
	Oracle       string `json:"oracle"`
	PhaseTimeout uint32 `json:"phaseTimeout"`
}

// VectorMessage is one contract event's public value.
type VectorMessage struct {
	Tx    uint64 `json:"tx"`
	Event string `json:"event"`
	Role  string `json:"role,omitempty"`
	Value string `json:"value,omitempty"`
}

// VectorTraffic is one sealed message.
type VectorTraffic struct {
	Sender string `json:"sender"`
	// Counter is the sender's traffic counter (PROTOCOL.md §8), not a
	// request number.
	Counter    uint64 `json:"counter"`
	Context    string `json:"context"`
	Plaintext  string `json:"plaintext"`
	Ciphertext string `json:"ciphertext"`
}

func h(b []byte) string { return hex.EncodeToString(b) }

func buildVector(t *testing.T, c struct {
	name   string
	method session.Method
	suite  session.Suite
	coord  session.Role
}, seed uint64) Vector {
	cryptotest.SetGlobalRandom(t, seed) // fixes HPKE's internal encapsulation randomness
	w := newWorld(t, 421614, c.method, c.suite, c.coord, "vector/"+c.name)
	w.start()
	w.run()
	for _, r := range session.Roles {
		if o := w.outcomes[r]; o == nil || o.Phase != session.Established {
			t.Fatalf("%s: %v did not establish", c.name, r)
		}
	}
	p := w.params
	v := Vector{
		Description: fmt.Sprintf("method %v, suite %v, coordinator %v", p.Method, p.Suite, p.Coordinator),
		Params: VectorParams{ChainID: p.ChainID, Contract: p.Contract.Hex(), SessionID: p.ID.String(), Nonce: w.nonce,
			Method: p.Method.String(), Suite: p.Suite.String(), Coordinator: p.Coordinator.String(),
			User: p.User.Hex(), Miner: p.Miner.Hex(), Oracle: p.Oracle.Hex(), PhaseTimeout: 60},
		Private: map[string]string{},
	}
	for _, r := range session.Roles {
		for _, rec := range w.persisted[r] {
			if rec.name == SecretWraps {
				continue // public: the distribute's wraps, in the events
			}
			v.Private[fmt.Sprintf("%v.%s", r, rec.name)] = h(rec.value)
		}
		if k := w.regKeys[r]; k != nil {
			priv, err := k.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			v.Private[fmt.Sprintf("%v.registered-key", r)] = h(priv)
			if v.Registered == nil {
				v.Registered = map[string]string{}
			}
			v.Registered[r.String()] = h(k.PublicKey())
		}
	}
	for _, ev := range w.log {
		m := VectorMessage{Tx: ev.EventMeta().Block}
		switch e := ev.(type) {
		case Opened:
			m.Event = "SessionOpened"
		case PhaseAdvanced:
			m.Event, m.Value = "PhaseAdvanced", e.Phase.String()
		case Committed:
			m.Event, m.Role, m.Value = "Committed", e.Role.String(), h(e.Commitment[:])
		case Revealed:
			m.Event, m.Role, m.Value = "Revealed", e.Role.String(), h(e.Key[:])
		case PartialPublished:
			m.Event, m.Role, m.Value = "PartialPublished", e.Role.String(), h(e.Partial[:])
		case UserKeyPublished:
			m.Event, m.Value = "UserKeyPublished", h(e.Key)
		case KeyWrapped:
			m.Event, m.Role, m.Value = "KeyWrapped", e.Recipient.String(), h(e.Wrapped)
		case Attested:
			m.Event, m.Role, m.Value = "Attested", e.Role.String(), h(e.Attestation[:])
		case SessionEstablished:
			m.Event, m.Value = "SessionEstablished", h(e.Attestation[:])
		default:
			t.Fatalf("unexpected %T", ev)
		}
		v.Messages = append(v.Messages, m)
	}
	k := w.outcomes[session.User].Key
	th := k.TranscriptHash()
	a := k.Attestation()
	v.Transcript, v.SessionKey, v.Attestation = h(th[:]), h(k.Bytes()), h(a[:])
	tr := k.Traffic()
	for _, r := range session.Roles {
		for counter := uint64(0); counter < 2; counter++ {
			pt := []byte(fmt.Sprintf("message %d from the %v", counter, r))
			ctx := []byte("request-1")
			ct, err := tr.Seal(r, counter, pt, ctx)
			if err != nil {
				t.Fatal(err)
			}
			v.Traffic = append(v.Traffic, VectorTraffic{Sender: r.String(), Counter: counter, Context: string(ctx), Plaintext: string(pt), Ciphertext: h(ct)})
		}
	}
	return v
}

// TestVectors regenerates every vector and compares it byte for byte with
// testdata/vectors (go test -run TestVectors -update rewrites them).
func TestVectors(t *testing.T) {
	for i, c := range configs() {
		t.Run(c.name, func(t *testing.T) {
			got, err := json.MarshalIndent(buildVector(t, c, uint64(i+1)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			again, _ := json.MarshalIndent(buildVector(t, c, uint64(i+1)), "", "  ")
			if !bytes.Equal(got[:len(got)-1], again) {
				t.Fatal("vector generation is not deterministic")
			}
			path := filepath.Join("testdata", "vectors", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./agent/protocol -run TestVectors -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s differs from the regenerated vector", path)
			}
		})
	}
}
