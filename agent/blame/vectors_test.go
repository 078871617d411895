package blame

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Blame vectors (docs/PROTOCOL.md §5.4, §14.3): the public events of failed
// Method 1 sessions and what a verifier must conclude, pending disclosures
// included. The expectations are written by hand in blameCases; -update
// only rewrites the events.

var updateBlame = flag.Bool("update", false, "rewrite testdata/vectors/blame.json from the case definitions")

const blameVectorsPath = "testdata/vectors/blame.json"

// blameEvent is one event: Event is its name in ISessionKeystore; the other
// fields are those it carries (hex byte strings, role and fault names).
type blameEvent struct {
	Event    string       `json:"event"`
	Block    uint64       `json:"block,omitempty"`
	Params   *blameParams `json:"params,omitempty"`
	Role     string       `json:"role,omitempty"`
	Value    string       `json:"value,omitempty"`
	Fault    string       `json:"fault,omitempty"`
	Culprits []string     `json:"culprits,omitempty"`
	Reporter string       `json:"reporter,omitempty"`
}

type blameParams struct {
	ChainID   uint64         `json:"chainId"`
	Contract  common.Address `json:"contract"`
	SessionID string         `json:"sessionId"`
	User      common.Address `json:"user"`
	Miner     common.Address `json:"miner"`
	Oracle    common.Address `json:"oracle"`
}

// blameExpect is what the verifier concludes.
type blameExpect struct {
	// Liars are the roles proven to have lied.
	Liars []string `json:"liars"`
	// Pending are the roles whose disclosure is missing.
	Pending []string `json:"pending"`
	// Final is false while no lie is proven and a disclosure is pending.
	Final bool `json:"final"`
	// SinceBlock is the block of SessionFailed the pending disclosures
	// are due since (0 when none is pending).
	SinceBlock uint64 `json:"since_block"`
}

type blameCase struct {
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Events      []blameEvent `json:"events"`
	Expect      blameExpect  `json:"expect"`
}

type blameFile struct {
	Description string      `json:"description"`
	Cases       []blameCase `json:"cases"`
}

func roleNames(s session.RoleSet) []string {
	out := []string{}
	for _, r := range s.Members() {
		out = append(out, r.String())
	}
	return out
}

// serialize turns the world's events into vector events.
func serialize(t *testing.T, w *world) []blameEvent {
	t.Helper()
	var out []blameEvent
	for _, ev := range w.events {
		var e blameEvent
		switch ev := ev.(type) {
		case protocol.Opened:
			p := ev.Params
			e = blameEvent{Event: "SessionOpened", Params: &blameParams{ChainID: p.ChainID, Contract: p.Contract,
				SessionID: hex.EncodeToString(p.ID[:]), User: p.User, Miner: p.Miner, Oracle: p.Oracle}}
		case protocol.Committed:
			e = blameEvent{Event: "Committed", Role: ev.Role.String(), Value: hex.EncodeToString(ev.Commitment[:])}
		case protocol.Revealed:
			e = blameEvent{Event: "Revealed", Role: ev.Role.String(), Value: hex.EncodeToString(ev.Key[:])}
		case protocol.PartialPublished:
			e = blameEvent{Event: "PartialPublished", Role: ev.Role.String(), Value: hex.EncodeToString(ev.Partial[:])}
		case protocol.Attested:
			e = blameEvent{Event: "Attested", Role: ev.Role.String(), Value: hex.EncodeToString(ev.Attestation[:])}
		case protocol.SessionFailed:
			e = blameEvent{Event: "SessionFailed", Block: ev.Block, Fault: ev.Fault.String(), Culprits: roleNames(ev.Culprits), Reporter: ev.Reporter.String()}
		case protocol.EphemeralDisclosed:
			e = blameEvent{Event: "EphemeralDisclosed", Role: ev.Role.String(), Value: hex.EncodeToString(ev.Secret[:])}
		default:
			t.Fatalf("cannot serialize %T", ev)
		}
		out = append(out, e)
	}
	return out
}

func failedAt(w *world, block uint64, f session.Fault, culprits session.RoleSet, reporter session.Role) {
	m := w.meta()
	m.Block = block
	w.add(protocol.SessionFailed{Meta: m, Fault: f, Culprits: culprits, Reporter: reporter})
}

// blameCases defines the cases; the expectations are written by hand.
func blameCases(t *testing.T) []blameCase {
	var cs []blameCase
	add := func(name, desc string, w *world, e blameExpect) {
		cs = append(cs, blameCase{Name: name, Description: desc, Events: serialize(t, w), Expect: e})
	}
	none := []string{}

	w := newWorld(t, "vector pending")
	w.exchange(t, nil, nil)
	failedAt(w, 41, session.InvalidPartial, session.Miner.Bit(), session.Oracle)
	w.disclose(session.User)
	add("pending/nothing-proven-yet", "the oracle accuses the miner's correct partial; only the user has disclosed, which cannot decide that partial",
		w, blameExpect{Liars: none, Pending: []string{"miner", "oracle"}, Final: false, SinceBlock: 41})
	w.disclose(session.Miner)
	add("pending/lie-proven", "the miner discloses too: its partial is correct, the oracle lied; the oracle's disclosure is still missing, and the verdict is final",
		w, blameExpect{Liars: []string{"oracle"}, Pending: []string{"oracle"}, Final: true, SinceBlock: 41})

	w = newWorld(t, "vector silent")
	w.exchange(t, nil, map[session.Role][32]byte{session.Miner: {7}})
	failedAt(w, 7, session.InvalidPartial, session.Miner.Bit(), session.Oracle)
	add("pending/nothing-disclosed", "a wrong partial and no disclosure yet",
		w, blameExpect{Liars: none, Pending: []string{"user", "miner", "oracle"}, Final: false, SinceBlock: 7})
	w.disclose(session.User, session.Oracle)
	add("wrong-partial", "the two honest parties disclose: the miner's partial is wrong",
		w, blameExpect{Liars: []string{"miner"}, Pending: []string{"miner"}, Final: true, SinceBlock: 7})

	w = newWorld(t, "vector all")
	w.exchange(t, nil, nil)
	failedAt(w, 12, session.FaultOther, session.Miner.Bit(), session.Oracle)
	w.disclose(session.User, session.Miner, session.Oracle)
	add("final/nobody-proven", "an accusation of Other cannot be checked; everyone disclosed: final, and nobody is proven to have lied",
		w, blameExpect{Liars: none, Pending: none, Final: true, SinceBlock: 0})
	return cs
}

func TestBlameVectors(t *testing.T) {
	if *updateBlame {
		f := blameFile{Description: "SessionKeystore blame vectors (docs/PROTOCOL.md §5.4, §14.3): the events of failed Method 1 sessions in chain order, and what a verifier concludes.",
			Cases: blameCases(t)}
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll("testdata/vectors", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(blameVectorsPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(blameVectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var f blameFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatal(err)
	}
	if want, _ := json.MarshalIndent(blameFile{Description: f.Description, Cases: blameCases(t)}, "", "  "); !bytes.Equal(raw, append(want, '\n')) {
		t.Error("testdata/vectors/blame.json is stale: go test ./agent/blame -run TestBlameVectors -update")
	}
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			events := decodeBlameEvents(t, c.Events)
			e, err := Collect(events)
			if err != nil {
				t.Fatal(err)
			}
			r := Assess(e)
			var out bytes.Buffer
			if _, err := r.WriteTo(&out); err != nil {
				t.Fatal(err)
			}
			got := blameExpect{Liars: roleNames(r.Liars), Pending: roleNames(r.Pending), Final: r.Final()}
			if r.Pending != 0 {
				got.SinceBlock = e.FailedBlock
			}
			if fmt.Sprint(got) != fmt.Sprint(c.Expect) {
				t.Fatalf("got %+v, want %+v\n%s", got, c.Expect, out.String())
			}
			if !c.Expect.Final && !strings.Contains(out.String(), "verdict: pending") {
				t.Fatalf("a report that is not final does not say so:\n%s", out.String())
			}
		})
	}
}

func decodeBlameEvents(t *testing.T, evs []blameEvent) []any {
	t.Helper()
	var p session.Params
	b32 := func(s string) [32]byte {
		b, err := hex.DecodeString(s)
		if err != nil || len(b) != 32 {
			t.Fatalf("bad 32-byte value %q", s)
		}
		return [32]byte(b)
	}
	role := func(s string) session.Role {
		r, err := session.ParseRole(s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var out []any
	for _, e := range evs {
		m := protocol.Meta{Contract: p.Contract, Session: p.ID, Block: e.Block}
		switch e.Event {
		case "SessionOpened":
			q := e.Params
			p = session.Params{ChainID: q.ChainID, Contract: q.Contract, ID: session.ID(b32(q.SessionID)), Method: session.Combined,
				Suite: session.X25519, Coordinator: session.User, User: q.User, Miner: q.Miner, Oracle: q.Oracle}
			out = append(out, protocol.Opened{Meta: protocol.Meta{Contract: p.Contract, Session: p.ID}, Params: p})
		case "Committed":
			out = append(out, protocol.Committed{Meta: m, Role: role(e.Role), Commitment: b32(e.Value)})
		case "Revealed":
			out = append(out, protocol.Revealed{Meta: m, Role: role(e.Role), Key: b32(e.Value)})
		case "PartialPublished":
			out = append(out, protocol.PartialPublished{Meta: m, Role: role(e.Role), Partial: b32(e.Value)})
		case "Attested":
			out = append(out, protocol.Attested{Meta: m, Role: role(e.Role), Attestation: b32(e.Value)})
		case "EphemeralDisclosed":
			out = append(out, protocol.EphemeralDisclosed{Meta: m, Role: role(e.Role), Secret: b32(e.Value)})
		case "SessionFailed":
			var f session.Fault
			for f = session.FaultNone; f.Valid() && f.String() != e.Fault; f++ {
			}
			if !f.Valid() {
				t.Fatalf("unknown fault %q", e.Fault)
			}
			var culprits session.RoleSet
			for _, r := range e.Culprits {
				culprits |= role(r).Bit()
			}
			out = append(out, protocol.SessionFailed{Meta: m, Fault: f, Culprits: culprits, Reporter: role(e.Reporter)})
		default:
			t.Fatalf("unknown event %q", e.Event)
		}
	}
	return out
}
