package skcrypto

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func baseParams(m session.Method) session.Params {
	return session.Params{
		ChainID: 421614, Contract: common.Address{0xc0}, ID: session.ID{0x1d}, Method: m, Suite: session.X25519,
		Coordinator: session.User, User: common.Address{0xaa}, Miner: common.Address{0xbb}, Oracle: common.Address{0xcc},
	}
}

// paramMutations change one field of Params each, keyed by field name.
var paramMutations = map[string]func(*session.Params){
	"ChainID":     func(p *session.Params) { p.ChainID++ },
	"Contract":    func(p *session.Params) { p.Contract[19] ^= 1 },
	"ID":          func(p *session.Params) { p.ID[31] ^= 1 },
	"Method":      func(p *session.Params) { p.Method ^= 1 },
	"Suite":       func(p *session.Params) { p.Suite ^= 1 },
	"Coordinator": func(p *session.Params) { p.Coordinator = session.Oracle },
	"User":        func(p *session.Params) { p.User[0] ^= 1 },
	"Miner":       func(p *session.Params) { p.Miner[0] ^= 1 },
	"Oracle":      func(p *session.Params) { p.Oracle[0] ^= 1 },
}

// mutatesEveryField fails unless every field of the struct type of v has
// a mutation whose name is the field's or starts with it and a space: a
// field added later must be added here too.
func mutatesEveryField[M any](t *testing.T, v any, mutations map[string]M) {
	t.Helper()
	typ := reflect.TypeOf(v)
	for i := range typ.NumField() {
		f := typ.Field(i).Name
		found := false
		for name := range mutations {
			found = found || name == f || strings.HasPrefix(name, f+" ")
		}
		if !found {
			t.Errorf("no mutation of %s.%s", typ.Name(), f)
		}
	}
}

// derived computes every value a transcript hash feeds: TH, K and A.
func derived(t *testing.T, id session.ID, th [32]byte) [3][32]byte {
	t.Helper()
	k, err := DeriveSessionKey(id, bytes.Repeat([]byte{0x42}, KeySize), th)
	if err != nil {
		t.Fatal(err)
	}
	return [3][32]byte{th, [32]byte(k.Bytes()), k.Attestation()}
}

func assertAllChange(t *testing.T, what string, a, b [3][32]byte) {
	t.Helper()
	for i, name := range []string{"transcript hash", "session key", "attestation"} {
		if a[i] == b[i] {
			t.Errorf("changing %s leaves the %s unchanged", what, name)
		}
	}
}

// TestDerivedValuesBindEveryField changes every input of every derivation,
// one at a time: each field of a transcript (Params included) must change
// TH, the session key and the attestation; each input of Commitment and
// SessionID must change their output.
func TestDerivedValuesBindEveryField(t *testing.T) {
	mutatesEveryField(t, session.Params{}, paramMutations)
	t.Run("combined", testCombinedBindsEveryField)
	t.Run("coordinator", testCoordinatorBindsEveryField)
	t.Run("commitment", testCommitmentBindsEveryInput)
	t.Run("session-id", testSessionIDBindsEveryInput)
}

func testCombinedBindsEveryField(t *testing.T) {
	base := CombinedTranscript{Params: baseParams(session.Combined)}
	for r := range 3 {
		base.Commitments[r] = [32]byte{1, byte(r)}
		base.EphemeralKeys[r] = [32]byte{2, byte(r)}
		base.Partials[r] = [32]byte{3, byte(r)}
	}
	want := derived(t, base.Params.ID, base.Hash())
	mutations := map[string]func(*CombinedTranscript){}
	for name, m := range paramMutations {
		mutations["Params "+name] = func(c *CombinedTranscript) { m(&c.Params) }
	}
	for _, r := range session.Roles {
		mutations[fmt.Sprintf("Commitments %v", r)] = func(c *CombinedTranscript) { c.Commitments[r][31] ^= 1 }
		mutations[fmt.Sprintf("EphemeralKeys %v", r)] = func(c *CombinedTranscript) { c.EphemeralKeys[r][31] ^= 1 }
		mutations[fmt.Sprintf("Partials %v", r)] = func(c *CombinedTranscript) { c.Partials[r][31] ^= 1 }
	}
	// Swapping two roles' values must change it too: positions are bound.
	mutations["Partials swapped"] = func(c *CombinedTranscript) { c.Partials[0], c.Partials[1] = c.Partials[1], c.Partials[0] }
	mutatesEveryField(t, base, mutations)
	for name, m := range mutations {
		c := base
		m(&c)
		assertAllChange(t, name, want, derived(t, base.Params.ID, c.Hash()))
	}
}

func testCoordinatorBindsEveryField(t *testing.T) {
	base := CoordinatorTranscript{Params: baseParams(session.Coordinator)}
	base.Params.Coordinator = session.Miner
	for _, r := range []session.Role{session.User, session.Oracle} {
		base.Keys[r] = bytes.Repeat([]byte{byte(r) + 1}, X25519KeySize)
		base.Wraps[r] = bytes.Repeat([]byte{byte(r) + 9}, X25519WrapLength)
	}
	base.KeyVersions[session.Oracle] = 3
	clone := func(c CoordinatorTranscript) CoordinatorTranscript {
		for r := range 3 {
			c.Keys[r], c.Wraps[r] = bytes.Clone(c.Keys[r]), bytes.Clone(c.Wraps[r])
		}
		return c
	}
	want := derived(t, base.Params.ID, base.Hash())
	wantPrewrap := base.PrewrapHash()
	mutations := map[string]func(*CoordinatorTranscript){}
	for name, m := range paramMutations {
		mutations["Params "+name] = func(c *CoordinatorTranscript) { m(&c.Params) }
	}
	for _, r := range session.Roles {
		// The coordinator's entries are empty; a key or wrap appearing
		// there must change TH like any other.
		mutations[fmt.Sprintf("Keys %v", r)] = func(c *CoordinatorTranscript) { c.Keys[r] = append(c.Keys[r], 1) }
		mutations[fmt.Sprintf("Wraps %v", r)] = func(c *CoordinatorTranscript) { c.Wraps[r] = append(c.Wraps[r], 1) }
	}
	for _, r := range []session.Role{session.User, session.Oracle} {
		mutations[fmt.Sprintf("Keys %v content", r)] = func(c *CoordinatorTranscript) { c.Keys[r][0] ^= 1 }
		mutations[fmt.Sprintf("Wraps %v content", r)] = func(c *CoordinatorTranscript) { c.Wraps[r][0] ^= 1 }
	}
	// The miner's and the oracle's registered-key versions are bound. The
	// user's key is per session and has no version (docs/PROTOCOL.md;
	// agent/protocol rejects a nonzero one), so it is not encoded.
	mutations["KeyVersions miner"] = func(c *CoordinatorTranscript) { c.KeyVersions[session.Miner]++ }
	mutations["KeyVersions oracle"] = func(c *CoordinatorTranscript) { c.KeyVersions[session.Oracle]++ }
	// Moving a byte from one field to the next must change it: lengths are bound.
	mutations["Keys boundary shifted"] = func(c *CoordinatorTranscript) {
		c.Keys[session.User] = append(c.Keys[session.User], c.Keys[session.Oracle][0])
		c.Keys[session.Oracle] = c.Keys[session.Oracle][1:]
	}
	mutations["Wraps boundary shifted"] = func(c *CoordinatorTranscript) {
		c.Wraps[session.User] = append(c.Wraps[session.User], c.Wraps[session.Oracle][0])
		c.Wraps[session.Oracle] = c.Wraps[session.Oracle][1:]
	}
	mutatesEveryField(t, base, mutations)
	for name, m := range mutations {
		c := clone(base)
		m(&c)
		assertAllChange(t, name, want, derived(t, base.Params.ID, c.Hash()))
		// Everything but the wraps is in the prewrap hash the wraps bind.
		wrapsOnly := strings.HasPrefix(name, "Wraps ")
		if changed := c.PrewrapHash() != wantPrewrap; changed == wrapsOnly {
			t.Errorf("changing %s: prewrap hash changed = %v, want %v", name, changed, !wrapsOnly)
		}
	}
	c := clone(base)
	c.KeyVersions[session.User]++
	if c.Hash() != base.Hash() {
		t.Error("the user's key version, which the protocol requires to be 0, is encoded")
	}
}

func testCommitmentBindsEveryInput(t *testing.T) {
	type in struct {
		chain    uint64
		contract common.Address
		id       session.ID
		role     session.Role
		account  common.Address
		eph      [32]byte
	}
	base := in{1, common.Address{1}, session.ID{1}, session.Miner, common.Address{2}, [32]byte{3}}
	commit := func(i in) [32]byte { return Commitment(i.chain, i.contract, i.id, i.role, i.account, i.eph) }
	mutations := map[string]func(*in){
		"chain":    func(i *in) { i.chain++ },
		"contract": func(i *in) { i.contract[19]++ },
		"id":       func(i *in) { i.id[31]++ },
		"role":     func(i *in) { i.role = session.Oracle },
		"account":  func(i *in) { i.account[19]++ },
		"eph":      func(i *in) { i.eph[31]++ },
	}
	mutatesEveryField(t, base, mutations)
	want := commit(base)
	for name, m := range mutations {
		i := base
		m(&i)
		if commit(i) == want {
			t.Errorf("the commitment ignores its %s", name)
		}
	}
	// The account and the role are distinct words: the same bytes in
	// another position give another commitment.
	if Commitment(1, common.Address{2}, session.ID{1}, session.Miner, common.Address{1}, [32]byte{3}) == want {
		t.Error("the commitment does not tell the contract from the account")
	}
}

func testSessionIDBindsEveryInput(t *testing.T) {
	want := SessionID(1, common.Address{1}, common.Address{2}, 0)
	for name, got := range map[string]session.ID{
		"chain":             SessionID(2, common.Address{1}, common.Address{2}, 0),
		"contract":          SessionID(1, common.Address{9}, common.Address{2}, 0),
		"user":              SessionID(1, common.Address{1}, common.Address{9}, 0),
		"nonce":             SessionID(1, common.Address{1}, common.Address{2}, 1),
		"contract and user": SessionID(1, common.Address{2}, common.Address{1}, 0),
	} {
		if got == want {
			t.Errorf("the session id ignores its %s", name)
		}
	}
}
