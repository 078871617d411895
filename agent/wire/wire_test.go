package wire_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

type sent struct {
	from session.Role
	call protocol.Call
}

// runOnChain drives the three protocol machines against the real contract:
// calls packed by wire.Pack, logs decoded by the Decoder, registered keys
// from the Registry. It returns the outcomes and every decoded event.
func runOnChain(t *testing.T, m session.Method, s session.Suite, coord session.Role) ([3]*protocol.Outcome, []any) {
	t.Helper()
	c := simchain.New(t)
	dec := wire.NewDecoder(c.ChainID, c.Address)
	reg := wire.NewRegistry()
	var outcomes [3]*protocol.Outcome
	var decoded []any
	var queue []sent
	var machines [3]*protocol.Machine
	cfgs := [3]protocol.Config{}
	for _, r := range session.Roles {
		cfgs[r] = protocol.Config{Role: r, Account: c.Accounts[r], Rand: rand.Reader}
	}
	apply := func(r session.Role, acts []protocol.Action) {
		for _, a := range acts {
			switch a := a.(type) {
			case protocol.Send:
				queue = append(queue, sent{r, a.Call})
			case protocol.Done:
				o := a.Outcome
				outcomes[r] = &o
			}
		}
	}
	deliver := func(rcpt *types.Receipt) {
		for _, l := range rcpt.Logs {
			ev, err := dec.Decode(l)
			if err != nil {
				t.Fatalf("decoding log %d: %v", l.Index, err)
			}
			decoded = append(decoded, ev)
			switch ev := ev.(type) {
			case wire.KeyRegistered:
				reg.Add(ev)
				continue
			case protocol.Opened:
				if err := reg.Fill(&ev); err != nil {
					t.Fatal(err)
				}
				for _, r := range session.Roles {
					if machines[r] == nil {
						continue
					}
					acts, err := machines[r].Consume(ev)
					if err != nil {
						t.Fatalf("%v: %v", r, err)
					}
					apply(r, acts)
				}
				continue
			}
			pev, ok := ev.(protocol.Event)
			if !ok {
				continue
			}
			for _, r := range session.Roles {
				if machines[r] == nil || machines[r].State() == protocol.Ended {
					continue
				}
				acts, err := machines[r].Consume(pev)
				if err != nil {
					t.Fatalf("%v consuming %T: %v", r, pev, err)
				}
				apply(r, acts)
			}
		}
	}
	var req protocol.OpenRequest
	if m == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			k, err := skcrypto.GenerateRecipientKey(s, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			cfgs[r].RecipientKey = k
			data, err := wire.PackRegisterKey(s, k.PublicKey())
			if err != nil {
				t.Fatal(err)
			}
			deliver(c.Send(r, data))
			if r != coord {
				req.RegisteredKeys[r], req.KeyVersions[r] = k.PublicKey(), 1
			}
		}
	}
	id, nonce := c.NextID()
	req.Params, req.Nonce, req.PhaseTimeout = c.Params(id, m, s, coord), nonce, 60
	um, acts, err := protocol.Open(cfgs[session.User], req)
	if err != nil {
		t.Fatal(err)
	}
	machines[session.User] = um
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if machines[r], err = protocol.New(cfgs[r], nil); err != nil {
			t.Fatal(err)
		}
	}
	apply(session.User, acts)
	for len(queue) > 0 {
		q := queue[0]
		queue = queue[1:]
		data, err := wire.Pack(q.call)
		if err != nil {
			t.Fatal(err)
		}
		deliver(c.Send(q.from, data))
	}
	if got := c.Phase(id); got != session.Established {
		t.Fatalf("contract phase %v", got)
	}
	return outcomes, decoded
}

func TestMachinesEstablishOnTheRealContract(t *testing.T) {
	type cfg struct {
		m     session.Method
		s     session.Suite
		coord session.Role
	}
	cases := []cfg{{session.Combined, session.X25519, session.User}}
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		for _, c := range session.Roles {
			cases = append(cases, cfg{session.Coordinator, s, c})
		}
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%v-%v-%v", tc.m, tc.coord, tc.s), func(t *testing.T) {
			out, _ := runOnChain(t, tc.m, tc.s, tc.coord)
			for _, r := range session.Roles {
				if out[r] == nil || out[r].Phase != session.Established {
					t.Fatalf("%v: %+v", r, out[r])
				}
				if !out[r].Key.Equal(out[0].Key) {
					t.Fatalf("%v holds another key", r)
				}
			}
		})
	}
}

func TestDecodeRejectsBadLogs(t *testing.T) {
	_, decoded := runOnChain(t, session.Coordinator, session.X25519, session.Miner)
	if len(decoded) == 0 {
		t.Fatal("nothing decoded")
	}
	c := simchain.New(t)
	dec := wire.NewDecoder(c.ChainID, c.Address)
	good := types.Log{Address: c.Address}
	for name, l := range map[string]types.Log{
		"foreign":   {Address: common.Address{1}},
		"no topics": good,
		"unknown":   {Address: c.Address, Topics: []common.Hash{{1}}},
	} {
		if _, err := dec.Decode(&l); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	var abiTopic, judged, closed common.Hash
	for _, ev := range c.ABI.GetABI().Events {
		switch ev.Name {
		case "Committed":
			abiTopic = ev.ID
		case "InferenceJudged":
			judged = ev.ID
		case "SessionClosed":
			closed = ev.ID
		}
	}
	word := func(v byte) []byte { w := make([]byte, 32); w[31] = v; return w }
	for name, l := range map[string]types.Log{
		"short data": {Address: c.Address, Topics: []common.Hash{abiTopic, {2}, {31: 1}}, Data: []byte{1, 2}},
		"bad role":   {Address: c.Address, Topics: []common.Hash{abiTopic, {2}, {31: 9}}, Data: make([]byte, 32)},
		"no role":    {Address: c.Address, Topics: []common.Hash{abiTopic, {2}}, Data: make([]byte, 32)},
		// valid with a reason, and invalid without one: the contract emits neither.
		"valid verdict with a reason": {Address: c.Address, Topics: []common.Hash{judged, {2}, {31: 0}}, Data: append(word(1), word(3)...)},
		"invalid verdict, no reason":  {Address: c.Address, Topics: []common.Hash{judged, {2}, {31: 0}}, Data: append(word(0), word(0)...)},
		"closed by no role":           {Address: c.Address, Topics: []common.Hash{closed, {2}}, Data: word(7)},
	} {
		if _, err := dec.Decode(&l); !errors.Is(err, wire.ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
}

// FuzzDecode feeds arbitrary logs claiming to be each event: an error or a
// valid value, never a panic; a rejection is ErrMalformed (the emitter and
// topic0 are the contract's) and returns no value. FuzzDecodeRoundTrip
// checks what an accepted log decodes to.
func FuzzDecode(f *testing.F) {
	f.Add(uint8(0), []byte{1}, []byte{2}, []byte{})
	f.Add(uint8(5), make([]byte, 32), make([]byte, 32), make([]byte, 96))
	f.Add(uint8(11), []byte{0xff}, make([]byte, 32), make([]byte, 352))
	contract := common.Address{0xc0}
	dec := wire.NewDecoder(1, contract)
	abi := simchainABI()
	f.Fuzz(func(t *testing.T, which uint8, t1, t2, data []byte) {
		ev := abi[int(which)%len(abi)]
		l := types.Log{Address: contract, Topics: []common.Hash{ev, common.BytesToHash(t1)}, Data: data}
		if len(t2) > 0 {
			l.Topics = append(l.Topics, common.BytesToHash(t2))
		}
		out, err := dec.Decode(&l)
		if err == nil && out == nil {
			t.Fatal("nil event without error")
		}
		if err != nil && (out != nil || !errors.Is(err, wire.ErrMalformed)) {
			t.Fatalf("rejected with (%v, %v), want (nil, ErrMalformed)", out, err)
		}
	})
}

// simchainABI lists the event topics in name order, so that a fuzz input
// means the same event on every run.
func simchainABI() []common.Hash {
	events := bindingsABI().Events
	names := make([]string, 0, len(events))
	for n := range events {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]common.Hash, len(names))
	for i, n := range names {
		out[i] = events[n].ID
	}
	return out
}

// TestRegistryOneTimeKeys: published batches are found by number, consumed
// keys are no longer fresh, and a reorged batch is forgotten.
func TestRegistryOneTimeKeys(t *testing.T) {
	r := wire.NewRegistry()
	a, b := common.Address{1}, common.Address{2}
	batch := wire.OneTimeKeysPublished{Account: a, FirstKey: 5, Keys: [][]byte{{0x85}, {0x86}, {0x87}}}
	r.AddOneTime(batch)
	r.AddOneTime(wire.OneTimeKeysPublished{Account: b, FirstKey: 1, Keys: [][]byte{{0x91}}})
	// a's hybrid pool numbers its keys on its own.
	r.AddOneTime(wire.OneTimeKeysPublished{Account: a, Suite: session.Hybrid, FirstKey: 5, Keys: [][]byte{{0xa5}}})
	if k, ok := r.OneTimeKey(a, session.X25519, 6); !ok || !bytes.Equal(k, []byte{0x86}) {
		t.Fatalf("key 6 of a: %x %v", k, ok)
	}
	if k, ok := r.OneTimeKey(a, session.Hybrid, 5); !ok || !bytes.Equal(k, []byte{0xa5}) {
		t.Fatalf("hybrid key 5 of a: %x %v", k, ok)
	}
	if _, ok := r.OneTimeKey(a, session.X25519, 8); ok {
		t.Fatal("key 8 of a was never published")
	}
	if _, ok := r.OneTimeKey(a, session.Hybrid, 6); ok {
		t.Fatal("hybrid key 6 of a was never published")
	}
	r.MarkUsed(a, session.X25519, 5, 10)
	if got := r.FreshOneTimeKeys(a, session.X25519); !slices.Equal(got, []uint32{6, 7}) {
		t.Fatalf("fresh keys of a: %v", got)
	}
	if got := r.FreshOneTimeKeys(a, session.Hybrid); !slices.Equal(got, []uint32{5}) {
		t.Fatalf("fresh hybrid keys of a: %v", got)
	}
	if got := r.FreshOneTimeKeys(b, session.X25519); !slices.Equal(got, []uint32{1}) {
		t.Fatalf("fresh keys of b: %v", got)
	}
	r.RemoveOneTime(batch)
	if got := r.FreshOneTimeKeys(a, session.X25519); len(got) != 0 {
		t.Fatalf("a reorged batch is still fresh: %v", got)
	}
}

// TestRegistryPrunesConsumedOneTimeKeys: PruneUsed forgets the keys known
// consumed before a block, except those its caller keeps, and leaves
// fresh keys and later consumptions; the entries carry when each key was
// consumed, so a registry loaded from them prunes the same.
func TestRegistryPrunesConsumedOneTimeKeys(t *testing.T) {
	a := common.Address{1}
	r := wire.NewRegistry()
	r.AddOneTime(wire.OneTimeKeysPublished{Account: a, FirstKey: 1, Keys: [][]byte{{1}, {2}, {3}, {4}, {5}}})
	r.MarkUsed(a, session.X25519, 1, 100)
	r.MarkUsed(a, session.X25519, 2, 100)
	r.MarkUsed(a, session.X25519, 2, 150) // a replay: the earliest block stays
	r.MarkUsed(a, session.X25519, 3, 120)
	r.MarkUsed(a, session.X25519, 4, 200)
	r.MarkUsed(a, session.X25519, 9, 100) // never seen published

	loaded := wire.NewRegistry()
	loaded.LoadOneTime(r.OneTimeEntries())
	for name, reg := range map[string]*wire.Registry{"followed": r, "loaded": loaded} {
		keep := func(_ common.Address, _ session.Suite, n uint32) bool { return n == 3 }
		if n := reg.PruneUsed(121, keep); n != 2 {
			t.Errorf("%s: %d keys forgotten, want 2 (keys 1 and 2)", name, n)
		}
		for n, want := range map[uint32]bool{1: false, 2: false, 3: true, 4: true, 5: true} {
			if _, ok := reg.OneTimeKey(a, session.X25519, n); ok != want {
				t.Errorf("%s: key %d held %v, want %v", name, n, ok, want)
			}
		}
		if got := reg.FreshOneTimeKeys(a, session.X25519); !slices.Equal(got, []uint32{5}) {
			t.Errorf("%s: fresh keys %v, want [5]", name, got)
		}
		if n := reg.PruneUsed(201, func(common.Address, session.Suite, uint32) bool { return false }); n != 2 {
			t.Errorf("%s: %d keys forgotten at 201, want 2 (keys 3 and 4)", name, n)
		}
		if got := reg.OneTimeEntries(); len(got) != 1 || got[0].Number != 5 || got[0].Used != 0 {
			t.Errorf("%s: entries left %+v, want fresh key 5 alone", name, got)
		}
	}
}

// TestPackHybridOneTimeBatch: a hybrid batch goes out as its shared
// ML-KEM-768 encapsulation key once, then each key's X25519 part; keys of
// two batches (two encapsulation keys) or of the wrong length are refused.
func TestPackHybridOneTimeBatch(t *testing.T) {
	seed, ek, err := skcrypto.GenerateMLKEMSeed(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	var keys [][]byte
	want := bytes.Clone(ek)
	for range 3 {
		x, _ := skcrypto.GenerateX25519(rand.Reader)
		k, err := skcrypto.HybridOneTimeKey(seed, x.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.PublicKey())
		want = append(want, x.PublicKey().Bytes()...)
	}
	data, err := wire.PackPublishOneTimeKeys(session.Hybrid, keys)
	if err != nil {
		t.Fatal(err)
	}
	// selector, suite, offset, length, then the bytes padded to a word.
	if len(data) != 4+3*32+(len(want)+31)/32*32 || !bytes.Contains(data, want) {
		t.Fatalf("calldata of %d bytes does not carry ek || x_1 || x_2 || x_3 (%d bytes)", len(data), len(want))
	}
	other, _ := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
	if _, err := wire.PackPublishOneTimeKeys(session.Hybrid, append(slices.Clone(keys), other.PublicKey())); err == nil {
		t.Error("a key of another ML-KEM-768 key packed into the batch")
	}
	if _, err := wire.PackPublishOneTimeKeys(session.Hybrid, [][]byte{keys[0][:1184]}); err == nil {
		t.Error("a key without its X25519 part packed")
	}
	if _, err := wire.PackPublishOneTimeKeys(session.Hybrid, nil); err == nil {
		t.Error("an empty batch packed")
	}
}

// TestOpenCalldata finds the open in a transaction's calldata, alone or
// first in the multicall a user coordinating Method 2 sends, and nothing
// in other calldata.
func TestOpenCalldata(t *testing.T) {
	base := protocol.OpenCall{ID: session.ID{1}, Miner: common.Address{2}, Oracle: common.Address{3}, Method: session.Coordinator,
		Suite: session.X25519, Coordinator: session.User, PhaseTimeout: 60, MinerKeyVersion: 1, OracleKeyVersion: 1,
		WrapMiner: bytes.Repeat([]byte{4}, 80), WrapOracle: bytes.Repeat([]byte{5}, 80)}
	plain, err := wire.Pack(base)
	if err != nil {
		t.Fatal(err)
	}
	withAttest := base
	withAttest.Attestation = [32]byte{6}
	both, err := wire.Pack(withAttest)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(both, plain) {
		t.Fatal("the attestation is not in the open's calldata")
	}
	attest, err := wire.Pack(protocol.AttestCall{ID: base.ID, Attestation: withAttest.Attestation})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := wire.PackMulticall([][]byte{attest, plain}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		data, want []byte
	}{
		{"open", plain, plain},
		{"open and attest", both, plain},
		{"attest", attest, nil},
		{"a batch that does not start with an open", batch, nil},
		{"a cut multicall", both[:40], nil},
		{"three bytes", plain[:3], nil},
	} {
		if got := wire.OpenCalldata(c.data); !bytes.Equal(got, c.want) {
			t.Errorf("%s: %x, want %x", c.name, got, c.want)
		}
	}
}
