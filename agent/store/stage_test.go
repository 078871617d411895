package store

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// onDisk reads a session's record as a new process would: from the files
// alone, nothing staged.
func onDisk(t *testing.T, s *Store, id session.ID) (Secrets, error) {
	t.Helper()
	var out Secrets
	err := readRecord(s.sessionPath(id), &out)
	return out, err
}

func TestStagedSessionRecordsWaitForCommit(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	kept, added, gone := session.ID{1}, session.ID{2}, session.ID{3}
	if err := s.PutSecret(kept, "ephemeral", []byte{1}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSecret(gone, "ephemeral", []byte{3}); err != nil {
		t.Fatal(err)
	}

	if err := s.StageSecret(kept, "session-key", []byte{7}); err != nil {
		t.Fatal(err)
	}
	if err := s.StageSecrets(added, Secrets{"marker": nil, "counter": {0}}); err != nil {
		t.Fatal(err)
	}
	s.StageDeleteSession(gone)
	if n := s.Staged(); n != 3 {
		t.Fatalf("Staged() = %d, want 3", n)
	}

	// Every read sees what is staged ...
	got, err := s.Secrets(kept)
	if err != nil || !bytes.Equal(got["ephemeral"], []byte{1}) || !bytes.Equal(got["session-key"], []byte{7}) {
		t.Fatalf("Secrets(kept) = %v, %v: want the stored secret and the staged one", got, err)
	}
	got.Zero() // the caller's copy: zeroing it must not touch what is staged
	if _, err := s.Secrets(gone); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Secrets(gone) = %v, want ErrNotFound once its deletion is staged", err)
	}
	ids, err := s.Sessions()
	if err != nil || !slices.Equal(ids, []session.ID{kept, added}) {
		t.Fatalf("Sessions() = %v, %v; want kept and added", ids, err)
	}
	// ... and the disk none of it.
	if d, err := onDisk(t, s, kept); err != nil || d["session-key"] != nil {
		t.Fatalf("before Commit the disk has %v, %v", d, err)
	}
	if _, err := onDisk(t, s, added); !errors.Is(err, ErrNotFound) {
		t.Fatalf("before Commit the staged record is on disk: %v", err)
	}
	if _, err := onDisk(t, s, gone); err != nil {
		t.Fatalf("before Commit the deleted record is already gone: %v", err)
	}

	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if n := s.Staged(); n != 0 {
		t.Fatalf("Staged() after Commit = %d", n)
	}
	if d, err := onDisk(t, s, kept); err != nil || !bytes.Equal(d["session-key"], []byte{7}) || !bytes.Equal(d["ephemeral"], []byte{1}) {
		t.Fatalf("after Commit the disk has %v, %v", d, err)
	}
	if d, err := onDisk(t, s, added); err != nil || !bytes.Equal(d["counter"], []byte{0}) {
		t.Fatalf("after Commit the added record is %v, %v", d, err)
	}
	if _, err := os.Stat(s.sessionPath(gone)); !os.IsNotExist(err) {
		t.Fatalf("after Commit the deleted record: %v", err)
	}
	if err := s.Commit(); err != nil {
		t.Fatalf("an empty Commit: %v", err)
	}
}

// A durable write of a session supersedes what is staged of it: a later
// Commit must not bring back the older record (a message counter that went
// back would reuse a nonce).
func TestWriteSupersedesStaged(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id := session.ID{4}
	if err := s.StageSecrets(id, Secrets{"session-key": {9}, "counter": {0}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSecret(id, "counter", []byte{1}); err != nil {
		t.Fatal(err)
	}
	if d, err := onDisk(t, s, id); err != nil || !bytes.Equal(d["session-key"], []byte{9}) || !bytes.Equal(d["counter"], []byte{1}) {
		t.Fatalf("PutSecret wrote %v, %v: want the staged key with the new counter", d, err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if d, err := onDisk(t, s, id); err != nil || !bytes.Equal(d["counter"], []byte{1}) {
		t.Fatalf("after Commit the counter is %v (%v): the staged record came back", d["counter"], err)
	}

	// A staged deletion, then a durable delete of the same session, then
	// a record written anew: Commit must not delete it.
	s.StageDeleteSession(id)
	if err := s.DeleteSession(id); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceSecrets(id, Secrets{"marker": nil}); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := onDisk(t, s, id); err != nil {
		t.Fatalf("Commit deleted a record written after the staged deletion was superseded: %v", err)
	}
}

// A pool key moved into a session's secrets leaves the pool at Commit,
// after the session's record is on disk; if that record cannot be written,
// the key stays in the pool.
func TestStagedOneTimeKeyDeletion(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	pub, priv := bytes.Repeat([]byte{5}, 32), bytes.Repeat([]byte{6}, 32)
	if err := s.PutOneTimeKey(OneTimeKey{Suite: session.X25519, Public: pub, Private: priv}); err != nil {
		t.Fatal(err)
	}
	id := session.ID{5}
	if err := s.StageSecret(id, "one-time", priv); err != nil {
		t.Fatal(err)
	}
	s.StageDeleteOneTimeKey(session.X25519, pub)
	if _, err := s.OneTimeKey(session.X25519, pub); !errors.Is(err, ErrNotFound) {
		t.Fatalf("OneTimeKey with its deletion staged: %v, want ErrNotFound", err)
	}
	if ks, err := s.OneTimeKeys(session.X25519); err != nil || len(ks) != 0 {
		t.Fatalf("OneTimeKeys with the deletion staged = %v, %v", ks, err)
	}

	// The session's record cannot be renamed into place: a directory
	// stands there.
	if err := os.Mkdir(s.sessionPath(id), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err == nil {
		t.Fatal("Commit succeeded over a directory")
	}
	if _, err := os.Stat(s.oneTimePath(session.X25519, pub)); err != nil {
		t.Fatalf("the pool key was deleted though the session's record was not written: %v", err)
	}
	if n := s.Staged(); n != 2 {
		t.Fatalf("Staged() after a failed Commit = %d, want 2 (nothing dropped)", n)
	}
	if err := os.Remove(s.sessionPath(id)); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if d, err := onDisk(t, s, id); err != nil || !bytes.Equal(d["one-time"], priv) {
		t.Fatalf("the session's record: %v, %v", d, err)
	}
	if _, err := os.Stat(s.oneTimePath(session.X25519, pub)); !os.IsNotExist(err) {
		t.Fatalf("the pool key after Commit: %v", err)
	}
	// A new process sees the same.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.Secrets(id); err != nil || !bytes.Equal(got["one-time"], priv) {
		t.Fatalf("reopened: %v, %v", got, err)
	}
}

// The last key of a hybrid batch staged for deletion takes the batch's
// seed with it at Commit.
func TestStagedHybridKeyDeletionTakesTheSeed(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ek, a, b := hybridBatchOfTwo(t, s)
	s.StageDeleteOneTimeKey(session.Hybrid, a)
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.HybridBatchSeed(ek); err != nil {
		t.Fatalf("the seed went with a key of its batch still in the pool: %v", err)
	}
	s.StageDeleteOneTimeKey(session.Hybrid, b)
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.HybridBatchSeed(ek); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the seed after its batch's last key: %v, want ErrNotFound", err)
	}
}

// A hybrid key deleted at once while another key of its batch waits for a
// staged deletion leaves the batch's seed: that key is still on disk, and
// a crash before Commit leaves it in the pool, where it needs the seed.
func TestSeedOutlivesAStagedDeletion(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ek, a, b := hybridBatchOfTwo(t, s)
	s.StageDeleteOneTimeKey(session.Hybrid, a)
	if err := s.DeleteOneTimeKey(session.Hybrid, b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.HybridBatchSeed(ek); err != nil {
		t.Fatalf("the seed went while a key of its batch was still on disk: %v", err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.HybridBatchSeed(ek); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the seed after Commit removed its batch's last key: %v, want ErrNotFound", err)
	}
}

// hybridBatchOfTwo puts a hybrid batch's seed and two keys of the batch in
// the pool, and returns the batch's encapsulation key and the two keys.
func hybridBatchOfTwo(t *testing.T, s *Store) (ek, a, b []byte) {
	t.Helper()
	ek = bytes.Repeat([]byte{8}, mlkemKeySize)
	if err := s.PutHybridBatchSeed(ek, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	a = append(bytes.Clone(ek), bytes.Repeat([]byte{1}, 32)...)
	b = append(bytes.Clone(ek), bytes.Repeat([]byte{2}, 32)...)
	for _, pub := range [][]byte{a, b} {
		if err := s.PutOneTimeKey(OneTimeKey{Suite: session.Hybrid, Public: pub, Private: []byte{9}}); err != nil {
			t.Fatal(err)
		}
	}
	return ek, a, b
}
