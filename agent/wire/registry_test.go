package wire

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func TestRegistryLatest(t *testing.T) {
	r := NewRegistry()
	a, b := common.Address{1}, common.Address{2}
	if _, _, _, ok := r.Latest(a, session.X25519); ok {
		t.Fatal("latest of nothing")
	}
	r.Add(KeyRegistered{Account: a, Suite: session.X25519, Version: 1, PublicKey: []byte{1}, Block: 10})
	r.Add(KeyRegistered{Account: a, Suite: session.X25519, Version: 2, PublicKey: []byte{2}, Block: 20})
	r.Add(KeyRegistered{Account: a, Suite: session.Hybrid, Version: 5, PublicKey: []byte{3}, Block: 30})
	r.Add(KeyRegistered{Account: b, Suite: session.X25519, Version: 9, PublicKey: []byte{4}, Block: 40})
	if v, blk, rev, ok := r.Latest(a, session.X25519); !ok || v != 2 || blk != 20 || rev {
		t.Errorf("latest = %d at %d (revoked %v, %v), want 2 at 20", v, blk, rev, ok)
	}
	r.Revoke(KeyRevoked{Account: a, Suite: session.X25519, Version: 2})
	if _, _, rev, _ := r.Latest(a, session.X25519); !rev {
		t.Error("revocation not seen")
	}
	r.Unrevoke(KeyRevoked{Account: a, Suite: session.X25519, Version: 2})
	r.Remove(KeyRegistered{Account: a, Suite: session.X25519, Version: 2})
	if v, blk, rev, ok := r.Latest(a, session.X25519); !ok || v != 1 || blk != 10 || rev {
		t.Errorf("after a reorg removed version 2: %d at %d (revoked %v, %v), want 1 at 10", v, blk, rev, ok)
	}
	if k, ok := r.Key(a, session.Hybrid, 5); !ok || k[0] != 3 {
		t.Errorf("Key = %v %v", k, ok)
	}
}

// TestRegistryEntriesLoad: a registry rebuilt from Entries holds the same
// keys, versions, blocks and revocations.
func TestRegistryEntriesLoad(t *testing.T) {
	r := NewRegistry()
	a, b := common.Address{1}, common.Address{2}
	r.Add(KeyRegistered{Account: a, Suite: session.X25519, Version: 1, PublicKey: []byte{1}, Block: 10})
	r.Add(KeyRegistered{Account: a, Suite: session.X25519, Version: 2, PublicKey: []byte{2}, Block: 20})
	r.Add(KeyRegistered{Account: b, Suite: session.Hybrid, Version: 1, PublicKey: []byte{3}, Block: 30})
	r.Revoke(KeyRevoked{Account: a, Suite: session.X25519, Version: 2})
	r.Revoke(KeyRevoked{Account: b, Suite: session.X25519, Version: 7}) // its registration not seen
	entries := r.Entries()
	if len(entries) != 4 {
		t.Fatalf("%d entries, want 4: %+v", len(entries), entries)
	}
	got := NewRegistry()
	got.Load(entries)
	if v, blk, rev, ok := got.Latest(a, session.X25519); !ok || v != 2 || blk != 20 || !rev {
		t.Errorf("latest of a = %d at %d (revoked %v, %v), want 2 at 20, revoked", v, blk, rev, ok)
	}
	if k, ok := got.Key(b, session.Hybrid, 1); !ok || len(k) != 1 || k[0] != 3 {
		t.Errorf("key of b = %x, %v", k, ok)
	}
	if _, ok := got.Key(b, session.X25519, 7); ok {
		t.Error("a revocation alone made a key")
	}
	if !got.revoked[registryKey{b, session.X25519, 7}] {
		t.Error("a revocation without its registration was lost")
	}
	r.AddOneTime(OneTimeKeysPublished{Account: b, FirstKey: 4, Keys: [][]byte{{1}, {2}}})
	r.AddOneTime(OneTimeKeysPublished{Account: b, Suite: session.Hybrid, FirstKey: 4, Keys: [][]byte{{3}}})
	got.LoadOneTime(r.OneTimeEntries())
	if k, ok := got.OneTimeKey(b, session.X25519, 5); !ok || len(k) != 1 || k[0] != 2 {
		t.Errorf("one-time key 5 of b = %x, %v", k, ok)
	}
	if k, ok := got.OneTimeKey(b, session.Hybrid, 4); !ok || len(k) != 1 || k[0] != 3 {
		t.Errorf("hybrid one-time key 4 of b = %x, %v", k, ok)
	}
	if fresh := got.FreshOneTimeKeys(b, session.X25519); len(fresh) != 2 || fresh[0] != 4 {
		t.Errorf("fresh one-time keys of b = %v, want [4 5]", fresh)
	}
}
