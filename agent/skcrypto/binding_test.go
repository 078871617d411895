package skcrypto

import (
	"bytes"
	"fmt"
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

// paramMutations change one field of Params each.
var paramMutations = map[string]func(*session.Params){
	"chain":       func(p *session.Params) { p.ChainID++ },
	"contract":    func(p *session.Params) { p.Contract[19] ^= 1 },
	"id":          func(p *session.Params) { p.ID[31] ^= 1 },
	"method":      func(p *session.Params) { p.Method ^= 1 },
	"suite":       func(p *session.Params) { p.Suite ^= 1 },
	"coordinator": func(p *session.Params) { p.Coordinator = session.Oracle },
	"user":        func(p *session.Params) { p.User[0] ^= 1 },
	"miner":       func(p *session.Params) { p.Miner[0] ^= 1 },
	"oracle":      func(p *session.Params) { p.Oracle[0] ^= 1 },
}

// derived computes every value a transcript hash feeds: TH, K and A.
func derived(t *testing.T, id session.ID, th [32]byte) [3][32]byte {
	t.Helper()
	k, err := DeriveSessionKey(id, bytes.Repeat([]byte{0x42}, 32), th)
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

func TestEveryCombinedTranscriptFieldIsBound(t *testing.T) {
	base := CombinedTranscript{Params: baseParams(session.Combined)}
	for r := range 3 {
		base.Commitments[r] = [32]byte{1, byte(r)}
		base.EphemeralKeys[r] = [32]byte{2, byte(r)}
		base.Partials[r] = [32]byte{3, byte(r)}
	}
	want := derived(t, base.Params.ID, base.Hash())
	mutations := map[string]func(*CombinedTranscript){}
	for name, m := range paramMutations {
		mutations[name] = func(c *CombinedTranscript) { m(&c.Params) }
	}
	for r := range 3 {
		mutations[fmt.Sprintf("commitment %d", r)] = func(c *CombinedTranscript) { c.Commitments[r][31] ^= 1 }
		mutations[fmt.Sprintf("ephemeral key %d", r)] = func(c *CombinedTranscript) { c.EphemeralKeys[r][31] ^= 1 }
		mutations[fmt.Sprintf("partial %d", r)] = func(c *CombinedTranscript) { c.Partials[r][31] ^= 1 }
	}
	// Swapping two roles' values must change it too: positions are bound.
	mutations["swapped partials"] = func(c *CombinedTranscript) { c.Partials[0], c.Partials[1] = c.Partials[1], c.Partials[0] }
	for name, m := range mutations {
		c := base
		m(&c)
		assertAllChange(t, name, want, derived(t, base.Params.ID, c.Hash()))
	}
}

func TestEveryCoordinatorTranscriptFieldIsBound(t *testing.T) {
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
	wantPre := base.PrewrapHash()
	mutations := map[string]func(*CoordinatorTranscript){}
	for name, m := range paramMutations {
		mutations[name] = func(c *CoordinatorTranscript) { m(&c.Params) }
	}
	for _, r := range []session.Role{session.User, session.Oracle} {
		mutations[fmt.Sprintf("key %v", r)] = func(c *CoordinatorTranscript) { c.Keys[r][0] ^= 1 }
		mutations[fmt.Sprintf("wrap %v", r)] = func(c *CoordinatorTranscript) { c.Wraps[r][0] ^= 1 }
	}
	// The user's key is per session and has no version; the registered
	// recipient's version is bound.
	mutations["key version oracle"] = func(c *CoordinatorTranscript) { c.KeyVersions[session.Oracle]++ }
	// Moving a byte from one field to the next must change it: lengths are bound.
	mutations["shifted boundary"] = func(c *CoordinatorTranscript) {
		c.Keys[session.User] = append(c.Keys[session.User], c.Keys[session.Oracle][0])
		c.Keys[session.Oracle] = c.Keys[session.Oracle][1:]
	}
	for name, m := range mutations {
		c := clone(base)
		m(&c)
		assertAllChange(t, name, want, derived(t, base.Params.ID, c.Hash()))
		// Everything but the wraps is in the prewrap hash the wraps bind.
		if changed := c.PrewrapHash() != wantPre; changed == (len(name) > 4 && name[:4] == "wrap") {
			t.Errorf("changing %s: prewrap hash changed = %v", name, changed)
		}
	}
}

func TestCommitmentAndSessionIDBindEveryInput(t *testing.T) {
	type in struct {
		chain    uint64
		contract common.Address
		id       session.ID
		role     session.Role
		acct     common.Address
		eph      [32]byte
	}
	base := in{1, common.Address{1}, session.ID{1}, session.Miner, common.Address{2}, [32]byte{3}}
	c := func(i in) [32]byte { return Commitment(i.chain, i.contract, i.id, i.role, i.acct, i.eph) }
	want := c(base)
	for name, m := range map[string]func(*in){
		"chain": func(i *in) { i.chain++ }, "contract": func(i *in) { i.contract[0]++ }, "session": func(i *in) { i.id[0]++ },
		"role": func(i *in) { i.role = session.Oracle }, "account": func(i *in) { i.acct[0]++ }, "ephemeral key": func(i *in) { i.eph[0]++ },
	} {
		i := base
		m(&i)
		if c(i) == want {
			t.Errorf("commitment ignores its %s", name)
		}
	}
	sid := SessionID(1, common.Address{1}, common.Address{2}, 0)
	for name, got := range map[string]session.ID{
		"chain":    SessionID(2, common.Address{1}, common.Address{2}, 0),
		"contract": SessionID(1, common.Address{9}, common.Address{2}, 0),
		"user":     SessionID(1, common.Address{1}, common.Address{9}, 0),
		"nonce":    SessionID(1, common.Address{1}, common.Address{2}, 1),
	} {
		if got == sid {
			t.Errorf("session id ignores its %s", name)
		}
	}
}
