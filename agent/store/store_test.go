package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

func TestSecretsRoundTripAndDelete(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id := session.ID{1, 2, 3}
	if _, err := s.Secrets(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Secrets of unknown session: %v, want ErrNotFound", err)
	}
	if err := s.PutSecret(id, "ephemeral", []byte{9, 9}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSecret(id, "session-key", []byte{7}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Secrets(id)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got["ephemeral"], []byte{9, 9}) || !bytes.Equal(got["session-key"], []byte{7}) {
		t.Fatalf("Secrets = %v", got)
	}
	info, err := os.Stat(s.sessionPath(id))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("secret file mode %v, want 0600", info.Mode().Perm())
	}
	ids, err := s.Sessions()
	if err != nil || len(ids) != 1 || ids[0] != id {
		t.Fatalf("Sessions = %v, %v", ids, err)
	}
	if err := s.DeleteSession(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Secrets(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: %v, want ErrNotFound", err)
	}
	if err := s.DeleteSession(id); err != nil {
		t.Fatalf("second delete: %v", err)
	}
}

func TestTornWriteDetected(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id := session.ID{4}
	if err := s.PutSecret(id, "ephemeral", bytes.Repeat([]byte{0xaa}, 32)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(s.sessionPath(id))
	if err != nil {
		t.Fatal(err)
	}
	for _, mangled := range [][]byte{
		data[:len(data)-5], // truncated
		data[:10],          // torn inside the header
		{},                 // empty
		append(bytes.Clone(data[:len(data)-3]), 'x', 'y', 'z'), // corrupted body
	} {
		if err := os.WriteFile(s.sessionPath(id), mangled, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := s.Secrets(id)
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("mangled record (%d bytes): %v, want ErrCorrupt", len(mangled), err)
		}
		if err != nil && strings.Contains(err.Error(), "aaaa") {
			t.Errorf("error leaks secret bytes: %v", err)
		}
	}
}

func TestOpenRemovesLeftoverTemporaries(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	leftover := filepath.Join(dir, "sessions", ".tmp-123")
	if err := os.WriteFile(leftover, []byte("partial"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Fatalf("leftover temporary still there: %v", err)
	}
}

func TestKeysAndCursor(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	created := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	before := time.Now().Add(-time.Second)
	for _, k := range []KeyRecord{{Suite: session.Hybrid, Version: 1, Private: []byte{1}}, {Suite: session.X25519, Version: 2, Private: []byte{2}, Created: created}, {Suite: session.X25519, Version: 1, Private: []byte{3}}} {
		if err := s.PutKey(k); err != nil {
			t.Fatal(err)
		}
	}
	k, err := s.Key(session.X25519, 2)
	if err != nil || !bytes.Equal(k.Private, []byte{2}) {
		t.Fatalf("Key = %+v, %v", k, err)
	}
	if at, err := s.KeyCreated(session.X25519, 2); err != nil || !at.Equal(created) {
		t.Errorf("KeyCreated of a record with a time: %v %v, want %v", at, err, created)
	}
	if at, err := s.KeyCreated(session.X25519, 1); err != nil || at.Before(before) || at.After(time.Now()) {
		t.Errorf("KeyCreated of a record without one: %v %v, want the file's time", at, err)
	}
	if _, err := s.KeyCreated(session.X25519, 9); !errors.Is(err, ErrNotFound) {
		t.Errorf("KeyCreated of no key: %v", err)
	}
	list, err := s.Keys()
	if err != nil || len(list) != 3 || list[0].Version != 1 || list[0].Suite != session.X25519 || list[2].Suite != session.Hybrid {
		t.Fatalf("Keys = %+v, %v", list, err)
	}
	if list[0].Private != nil {
		t.Error("Keys must not return private bytes")
	}
	if err := s.DeleteKey(session.X25519, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Key(session.X25519, 2); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted key: %v", err)
	}
	if _, err := s.Cursor(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Cursor before set: %v", err)
	}
	if err := s.SetCursor(Cursor{Block: 42, Hash: "0xab"}); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Cursor(); err != nil || c.Block != 42 || c.Hash != "0xab" {
		t.Fatalf("Cursor = %+v, %v", c, err)
	}
}

func TestOneStorePerDirectory(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open of a locked directory: %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s.Close()
}

// TestOneTimeKeys: the pool stores, lists and deletes one-time keys by
// their public key, and survives reopening.
// reopen closes s and opens its directory again, as a restart does.
func reopen(t *testing.T, s *Store, dir string) *Store {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOneTimeKeys(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b := bytes.Repeat([]byte{0xaa}, 32), bytes.Repeat([]byte{0xbb}, 32)
	h := bytes.Repeat([]byte{0xcc}, 1216)
	for _, k := range []OneTimeKey{{Public: a, Private: []byte{1, 2}}, {Public: b, Private: []byte{3}}, {Suite: session.Hybrid, Public: h, Private: []byte{4}}} {
		if err := s.PutOneTimeKey(k); err != nil {
			t.Fatal(err)
		}
	}
	s = reopen(t, s, dir)
	defer s.Close()
	got, err := s.OneTimeKeys(session.X25519)
	if err != nil || len(got) != 2 || !bytes.Equal(got[0].Public, a) || !bytes.Equal(got[1].Public, b) || got[0].Private != nil {
		t.Fatalf("pool: %x, %v", got, err)
	}
	if got, err := s.OneTimeKeys(session.Hybrid); err != nil || len(got) != 1 || !bytes.Equal(got[0].Public, h) {
		t.Fatalf("hybrid pool: %v", err)
	}
	k, err := s.OneTimeKey(session.X25519, b)
	if err != nil || !bytes.Equal(k.Private, []byte{3}) {
		t.Fatalf("key b: %v", err)
	}
	if k, err := s.OneTimeKey(session.Hybrid, h); err != nil || !bytes.Equal(k.Private, []byte{4}) {
		t.Fatalf("hybrid key: %v", err)
	}
	if _, err := s.OneTimeKey(session.Hybrid, b); !errors.Is(err, ErrNotFound) {
		t.Fatalf("an X25519 key found in the hybrid pool: %v", err)
	}
	if err := s.DeleteOneTimeKey(session.X25519, a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.OneTimeKey(session.X25519, a); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted key a: %v", err)
	}
	if got, _ := s.OneTimeKeys(session.X25519); len(got) != 1 || !bytes.Equal(got[0].Public, b) {
		t.Fatalf("pool after delete: %x", got)
	}
	if err := s.DeleteOneTimeKey(session.Hybrid, h); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.OneTimeKeys(session.Hybrid); len(got) != 0 {
		t.Fatalf("hybrid pool after delete: %v", got)
	}
	if err := s.DeleteOneTimeKey(session.X25519, a); err != nil {
		t.Fatalf("deleting twice: %v", err)
	}
}

// TestRegistryRoundTrip: the stored registry comes back as written, and a
// store without one reports ErrNotFound.
func TestRegistryRoundTrip(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Registry(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty store: %v, want ErrNotFound", err)
	}
	want := Registry{Keys: []RegisteredKey{
		{Account: common.Address{1}, Suite: session.X25519, Version: 2, Public: []byte{9, 9}, Block: 7, Revoked: true},
		{Account: common.Address{2}, Suite: session.Hybrid, Version: 1, Public: []byte{8}, Block: 8},
	}, OneTime: []OneTimePublic{{Account: common.Address{3}, Number: 5, Public: []byte{7}}, {Account: common.Address{3}, Suite: session.Hybrid, Number: 5, Public: []byte{8}}}}
	if err := s.SetRegistry(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Registry()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Keys) != 2 || got.Keys[0].Account != want.Keys[0].Account || !bytes.Equal(got.Keys[0].Public, want.Keys[0].Public) ||
		!got.Keys[0].Revoked || got.Keys[1].Suite != session.Hybrid || got.Keys[1].Block != 8 ||
		len(got.OneTime) != 2 || !bytes.Equal(got.OneTime[0].Public, want.OneTime[0].Public) || got.OneTime[1].Suite != session.Hybrid {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

// TestOneTimeKeyOldRecord: a pool record written before hybrid pools (no
// suite, the public key as a JSON array) still reads as an X25519 key.
// TestPutOneTimeKeys: a batch of keys is stored whole, each key in a
// record of its own; a batch with an invalid key stores none of it, and no
// temporary file is left behind either way.
func TestPutOneTimeKeys(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var batch []OneTimeKey
	for i := range 5 {
		batch = append(batch, OneTimeKey{Public: bytes.Repeat([]byte{byte(0x10 + i)}, 32), Private: []byte{byte(i), 7}})
	}
	bad := append(slices.Clone(batch[:2]), OneTimeKey{Suite: 9, Public: []byte{1}, Private: []byte{1}})
	if err := s.PutOneTimeKeys(bad); err == nil {
		t.Fatal("a batch with a key of an unknown suite was stored")
	}
	if got, err := s.OneTimeKeys(session.X25519); err != nil || len(got) != 0 {
		t.Fatalf("after a refused batch the pool holds %d keys (%v), want none", len(got), err)
	}
	if err := s.PutOneTimeKeys(batch); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir)
	defer s.Close()
	if got, err := s.OneTimeKeys(session.X25519); err != nil || len(got) != len(batch) {
		t.Fatalf("pool: %d keys (%v), want %d", len(got), err, len(batch))
	}
	for _, k := range batch {
		if got, err := s.OneTimeKey(session.X25519, k.Public); err != nil || !bytes.Equal(got.Private, k.Private) {
			t.Fatalf("key %x: %v", k.Public[:1], err)
		}
	}
	if err := s.DeleteOneTimeKey(session.X25519, batch[0].Public); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.OneTimeKeys(session.X25519); len(got) != len(batch)-1 {
		t.Fatalf("deleting one key of a batch left %d, want %d", len(got), len(batch)-1)
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOneTimeKeyOldRecord(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pub := bytes.Repeat([]byte{0xab}, 32)
	old := struct {
		Public  [32]byte `json:"public"`
		Private []byte   `json:"private"`
	}{[32]byte(pub), []byte{1, 2}}
	if err := s.writeRecord(s.oneTimePath(session.X25519, pub), old); err != nil {
		t.Fatal(err)
	}
	k, err := s.OneTimeKey(session.X25519, pub)
	if err != nil || !bytes.Equal(k.Private, []byte{1, 2}) {
		t.Fatalf("old record: %+v, %v", k, err)
	}
}

// TestHybridBatchSeedLifecycle: a hybrid batch's ML-KEM-768 seed survives
// reopening and stays while any key of the batch is in the pool; deleting
// the batch's last key deletes it (and no file holds it then), while
// another batch's seed and keys stay untouched.
func TestHybridBatchSeedLifecycle(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ek1, ek2 := bytes.Repeat([]byte{0x11}, 1184), bytes.Repeat([]byte{0x22}, 1184)
	seed1, seed2 := bytes.Repeat([]byte{0x5e}, 64), bytes.Repeat([]byte{0x6f}, 64)
	key := func(ek []byte, x byte) []byte { return append(bytes.Clone(ek), bytes.Repeat([]byte{x}, 32)...) }
	k1, k2, k3 := key(ek1, 1), key(ek1, 2), key(ek2, 3)
	for _, b := range []struct{ ek, seed []byte }{{ek1, seed1}, {ek2, seed2}} {
		if err := s.PutHybridBatchSeed(b.ek, b.seed); err != nil {
			t.Fatal(err)
		}
	}
	for i, pub := range [][]byte{k1, k2, k3} {
		if err := s.PutOneTimeKey(OneTimeKey{Suite: session.Hybrid, Public: pub, Private: []byte{byte(i + 1)}}); err != nil {
			t.Fatal(err)
		}
	}
	s = reopen(t, s, dir)
	defer s.Close()
	if got, err := s.OneTimeKeys(session.Hybrid); err != nil || len(got) != 3 {
		t.Fatalf("hybrid pool (batch seeds are no keys): %d keys, %v", len(got), err)
	}
	if got, err := s.OneTimeKeys(session.X25519); err != nil || len(got) != 0 {
		t.Fatalf("X25519 pool: %d keys, %v", len(got), err)
	}
	if err := s.DeleteOneTimeKey(session.Hybrid, k1); err != nil {
		t.Fatal(err)
	}
	if got, err := s.HybridBatchSeed(ek1); err != nil || !bytes.Equal(got, seed1) {
		t.Fatalf("batch 1's seed while its key 2 is fresh: %v", err)
	}
	if err := s.DeleteOneTimeKey(session.Hybrid, k2); err != nil {
		t.Fatal(err)
	}
	if _, err := s.HybridBatchSeed(ek1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("batch 1's seed after its last key: %v", err)
	}
	if got, err := s.HybridBatchSeed(ek2); err != nil || !bytes.Equal(got, seed2) {
		t.Fatalf("batch 2's seed: %v", err)
	}
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil && bytes.Contains(data, []byte("Xl5eXl5e")) { // base64 of seed1's bytes
			t.Errorf("%s still holds batch 1's seed", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutHybridBatchSeed(ek1[:100], seed1); err == nil {
		t.Error("a seed for a short encapsulation key accepted")
	}
}
