// Package store keeps an agent's secrets and its chain cursor on disk.
//
// Every write is durable before it returns: the record goes to a temporary
// file created with mode 0600, is fsynced, renamed over the old record, and
// the directory is fsynced. So a secret the store has accepted survives a
// crash (kill -9, power loss after return), and a crash during a write
// leaves the previous record intact. Each record carries a SHA-256
// checksum of its body, so a torn or corrupted file is detected
// (ErrCorrupt), never silently used.
//
// The one exception to durability on return is a staged write
// (StageSecret, StageSecrets, StageDeleteSession, StageDeleteOneTimeKey):
// it is held in memory, seen by every read, and made durable by the next
// Commit, which writes all that is staged with one sync of each record and
// of each directory, not one round per write. An agent stages what one
// block's logs change and commits before it stores the block's cursor and
// before it sends anything that depends on it.
//
// Layout under the data directory (0700):
//
//	sessions/<sessionId>.json   a session's secrets, by name
//	keys/<suite>-<version>.json  registered recipient private keys
//	onetime/<publicKey>.json     one-time X25519 private keys not yet used
//	onetime/hybrid-<sha256>.json one-time hybrid keys not yet used (X25519 scalars)
//	onetime/hybrid-batch-<sha256>.json
//	                             a hybrid batch's ML-KEM-768 seed, while a key
//	                             of the batch is in the pool
//	cursor.json                  the last processed block (in two slots
//	                             written in turn: SetCursor)
//	registry.json                the key registry as of the cursor
//
// Secret bytes never appear in an error message.
package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

var (
	// ErrNotFound is returned for a record that does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrCorrupt is returned for a record whose checksum or format is wrong:
	// a torn write or tampering. The caller decides whether the session can
	// go on without it.
	ErrCorrupt = errors.New("store: corrupt record")
	// ErrLocked is returned by Open when another process (or another Store
	// in this one) has the directory open: two agents on one data directory
	// would reuse each other's secrets and nonces.
	ErrLocked = errors.New("store: data directory in use by another agent")
)

const header = "sessionkeystore-store v1 "

// Store is a directory of durable records. It is safe for use by one
// process; concurrent writers to the same record must be serialised by the
// caller (the agent's runtime owns each session from one goroutine).
type Store struct {
	dir  string
	lock *os.File

	// mu guards what is staged: session records by path (a nil record is a
	// staged deletion) and one-time keys to delete, in order.
	mu      sync.Mutex
	staged  map[string]Secrets
	dropped []oneTimeRef

	cursor cursorFile
}

// oneTimeRef names a pool key whose deletion is staged.
type oneTimeRef struct {
	suite session.Suite
	pub   []byte
}

// is reports whether k names the pool key of suite for pub.
func (k oneTimeRef) is(suite session.Suite, pub []byte) bool {
	return k.suite == suite && bytes.Equal(k.pub, pub)
}

// Open opens (creating it if needed, mode 0700) the store at dir, takes
// its exclusive lock (ErrLocked if it is held), and removes temporary files
// a crash left behind. Close releases the lock.
func Open(dir string) (*Store, error) {
	for _, d := range []string{dir, filepath.Join(dir, "sessions"), filepath.Join(dir, "keys"), filepath.Join(dir, "onetime")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	s := &Store{dir: dir, lock: lock, staged: map[string]Secrets{}}
	for _, d := range []string{dir, filepath.Join(dir, "sessions"), filepath.Join(dir, "keys"), filepath.Join(dir, "onetime")} {
		tmps, _ := filepath.Glob(filepath.Join(d, ".tmp-*"))
		for _, t := range tmps {
			_ = os.Remove(t)
		}
	}
	return s, nil
}

// Close releases the directory's lock. The store must not be used after.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	s.cursor.mu.Lock()
	if s.cursor.f != nil {
		_ = s.cursor.f.Close()
		s.cursor.f = nil
	}
	s.cursor.mu.Unlock()
	err := s.lock.Close() // closing the descriptor releases the lock
	s.lock = nil
	return err
}

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

// writeRecord writes v as a checksummed record at path, durably.
func (s *Store) writeRecord(path string, v any) error {
	return s.writeRecords([]string{path}, []any{v})
}

// writeRecords writes each vs[i] as a checksummed record at paths[i],
// durably: each to a temporary file of its own, all written before any is
// synced (so that a file system that commits one journal transaction for
// them does it once), then all renamed into place, then each directory
// synced once (not once per record). A crash leaves each record old or
// new, never torn.
func (s *Store) writeRecords(paths []string, vs []any) error {
	return s.writeAndRemove(paths, vs, nil)
}

// writeAndRemove is writeRecords that also removes the files gone (absent
// ones are no error) after the records are in place, with the same
// directory syncs.
func (s *Store) writeAndRemove(paths []string, vs []any, gone []string) error {
	tmps := make([]string, 0, len(paths))
	defer func() {
		for _, t := range tmps {
			if t != "" {
				_ = os.Remove(t) // not renamed into place
			}
		}
	}()
	// Written a bounded number at a time, so that a large commit holds few
	// descriptors open.
	for lo := 0; lo < len(paths); lo += syncGroup {
		hi := min(lo+syncGroup, len(paths))
		var files []*os.File
		err := func() error {
			defer func() {
				for _, f := range files {
					_ = f.Close()
				}
			}()
			for i := lo; i < hi; i++ {
				f, err := writeTemp(paths[i], vs[i])
				if err != nil {
					return err
				}
				files = append(files, f)
				tmps = append(tmps, f.Name())
			}
			for j, f := range files {
				if err := f.Sync(); err != nil {
					return fmt.Errorf("store: syncing %s: %w", filepath.Base(paths[lo+j]), err)
				}
			}
			for j, f := range files {
				files[j] = nil // closed here, not by the deferred close
				if err := f.Close(); err != nil {
					return fmt.Errorf("store: %w", err)
				}
			}
			return nil
		}()
		if err != nil {
			return err
		}
	}
	var dirs []string
	for i, tmp := range tmps {
		if err := os.Rename(tmp, paths[i]); err != nil {
			return fmt.Errorf("store: %w", err)
		}
		tmps[i] = ""
		if d := filepath.Dir(paths[i]); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	for _, path := range gone {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: %w", err)
		}
		if d := filepath.Dir(path); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	for _, d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	return nil
}

// syncGroup is how many records writeAndRemove writes before it syncs them.
const syncGroup = 64

// writeTemp writes v as a checksummed record to a new temporary file in
// path's directory, not yet synced, and returns the file, open.
func writeTemp(path string, v any) (*os.File, error) {
	data, err := encodeRecord(filepath.Base(path), v)
	if err != nil {
		return nil, err
	}
	defer clear(data)

	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		return nil, fmt.Errorf("store: writing %s: %w", filepath.Base(path), err)
	}
	ok = true
	return f, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: syncing directory: %w", err)
	}
	return nil
}

// encodeRecord returns v as a record: the header, the SHA-256 of the
// body in hex, a newline, and the body (v's JSON). name names the record
// in an error.
func encodeRecord(name string, v any) ([]byte, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("store: encoding %s: %w", name, err)
	}
	sum := sha256.Sum256(body)
	data := make([]byte, 0, len(header)+64+1+len(body))
	data = append(data, header...)
	data = append(data, hex.EncodeToString(sum[:])...)
	data = append(data, '\n')
	data = append(data, body...)
	clear(body)
	return data, nil
}

// readRecord reads the record at path into v, checking its checksum.
func readRecord(path string, v any) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer clear(data)
	return parseRecord(filepath.Base(path), data, v)
}

// parseRecord decodes the record data into v, checking its checksum; name
// names the record in an error.
func parseRecord(name string, data []byte, v any) error {
	rest, ok := strings.CutPrefix(string(data), header)
	if !ok || len(rest) < 65 || rest[64] != '\n' {
		return fmt.Errorf("%w: %s: bad header", ErrCorrupt, name)
	}
	body := []byte(rest[65:])
	defer clear(body)
	// The checksum is compared as written (lower-case hex), so that no
	// changed byte of the file passes, in the checksum either.
	if sum := sha256.Sum256(body); rest[:64] != hex.EncodeToString(sum[:]) {
		return fmt.Errorf("%w: %s: checksum mismatch (torn write?)", ErrCorrupt, name)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
	}
	return nil
}

func remove(path string) error {
	err := os.Remove(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

// Secrets is a session's secrets by name. Names are chosen by the runtime
// (for example "ephemeral", "coordinator-secret", "session-key").
type Secrets map[string][]byte

// Zero overwrites every secret.
func (s Secrets) Zero() {
	for _, v := range s {
		clear(v)
	}
}

func (s *Store) sessionPath(id session.ID) string {
	return filepath.Join(s.dir, "sessions", hex.EncodeToString(id[:])+".json")
}

// PutSecret durably adds or replaces one named secret of a session. What
// is staged of the session is written with it.
func (s *Store) PutSecret(id session.ID, name string, value []byte) error {
	cur, err := s.withSecret(id, name, value)
	if err != nil {
		return err
	}
	defer cur.Zero()
	return s.writeSession(id, cur)
}

// ReplaceSecrets durably replaces every secret of a session with secrets,
// in one atomic write: a crash leaves either the old set or the new one.
// It supersedes what is staged of the session.
func (s *Store) ReplaceSecrets(id session.ID, secrets Secrets) error {
	if err := checkNames(secrets); err != nil {
		return err
	}
	return s.writeSession(id, secrets)
}

// StageSecret is PutSecret staged: the session's record with the secret
// added is held in memory until Commit.
func (s *Store) StageSecret(id session.ID, name string, value []byte) error {
	cur, err := s.withSecret(id, name, value)
	if err != nil {
		return err
	}
	s.stage(s.sessionPath(id), cur)
	return nil
}

// StageSecrets is ReplaceSecrets staged until Commit. The store keeps a
// copy of secrets.
func (s *Store) StageSecrets(id session.ID, secrets Secrets) error {
	if err := checkNames(secrets); err != nil {
		return err
	}
	s.stage(s.sessionPath(id), copySecrets(secrets))
	return nil
}

// StageDeleteSession is DeleteSession staged until Commit: the session's
// secrets are gone for every read at once, and from the disk at Commit.
func (s *Store) StageDeleteSession(id session.ID) {
	s.stage(s.sessionPath(id), nil)
}

// StageDeleteOneTimeKey is DeleteOneTimeKey staged until Commit, which
// deletes the key after it has written the session records staged with it:
// a key moved into a session's secrets (StageSecret) is on disk in the pool
// or in the session's record at every moment.
func (s *Store) StageDeleteOneTimeKey(suite session.Suite, pub []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropped = append(s.dropped, oneTimeRef{suite, bytes.Clone(pub)})
}

// Staged reports how many writes and deletions wait for Commit.
func (s *Store) Staged() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.staged) + len(s.dropped)
}

// Commit makes durable what is staged: the session records written (each
// synced once, after all are written), the deleted ones removed, then the
// one-time keys deleted, with one sync of each directory. On an error what
// was not yet committed stays staged (a record that was is written again
// by the next Commit, which is harmless).
func (s *Store) Commit() error {
	dropped, err := s.commitSessions()
	if err != nil || len(dropped) == 0 {
		return err
	}
	var keys []string
	for _, k := range dropped {
		keys = append(keys, s.oneTimePath(k.suite, k.pub))
	}
	if err := s.writeAndRemove(nil, nil, keys); err != nil {
		return err
	}
	s.mu.Lock()
	s.dropped = slices.DeleteFunc(s.dropped, func(k oneTimeRef) bool {
		return slices.ContainsFunc(dropped, func(d oneTimeRef) bool { return d.is(k.suite, k.pub) })
	})
	s.mu.Unlock()
	var seeds []string
	for _, k := range dropped {
		if seed, err := s.orphanedSeed(k.suite, k.pub); err != nil {
			return err
		} else if seed != "" && !slices.Contains(seeds, seed) {
			seeds = append(seeds, seed)
		}
	}
	return s.writeAndRemove(nil, nil, seeds)
}

// commitSessions makes the staged session records durable and returns the
// pool keys whose deletion is staged, which may now go.
func (s *Store) commitSessions() ([]oneTimeRef, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var paths, gone []string
	var vs []any
	for path, rec := range s.staged {
		if rec == nil {
			gone = append(gone, path)
			continue
		}
		paths, vs = append(paths, path), append(vs, rec)
	}
	if err := s.writeAndRemove(paths, vs, gone); err != nil {
		return nil, err
	}
	for path := range s.staged {
		s.unstage(path)
	}
	return slices.Clone(s.dropped), nil
}

// stage holds rec (nil: a deletion) as the record at path until Commit,
// zeroing what it replaces.
func (s *Store) stage(path string, rec Secrets) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unstage(path)
	s.staged[path] = rec
}

// unstage drops, zeroed, what is staged at path. The caller holds s.mu.
func (s *Store) unstage(path string) {
	if old, ok := s.staged[path]; ok {
		old.Zero()
		delete(s.staged, path)
	}
}

// writeSession durably writes a session's record and drops what was
// staged of it, which rec supersedes.
func (s *Store) writeSession(id session.ID, rec Secrets) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := s.sessionPath(id)
	if err := s.writeRecord(path, rec); err != nil {
		return err
	}
	s.unstage(path)
	return nil
}

// withSecret returns the session's current secrets (staged or stored) with
// name set to a copy of value.
func (s *Store) withSecret(id session.ID, name string, value []byte) (Secrets, error) {
	if name == "" {
		return nil, errors.New("store: empty secret name")
	}
	cur, err := s.Secrets(id)
	if errors.Is(err, ErrNotFound) {
		cur = Secrets{}
	} else if err != nil {
		return nil, err
	}
	cur[name] = append([]byte(nil), value...)
	return cur, nil
}

func checkNames(secrets Secrets) error {
	for name := range secrets {
		if name == "" {
			return errors.New("store: empty secret name")
		}
	}
	return nil
}

func copySecrets(secrets Secrets) Secrets {
	out := make(Secrets, len(secrets))
	for k, v := range secrets {
		out[k] = bytes.Clone(v)
	}
	return out
}

// Secrets returns the secrets of a session (what is staged of it, if
// anything is), ErrNotFound if it has none. The caller owns the copy.
func (s *Store) Secrets(id session.ID) (Secrets, error) {
	path := s.sessionPath(id)
	s.mu.Lock()
	rec, ok := s.staged[path]
	if ok {
		defer s.mu.Unlock()
		if rec == nil {
			return nil, ErrNotFound
		}
		return copySecrets(rec), nil
	}
	s.mu.Unlock()
	var out Secrets
	if err := readRecord(path, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteSession durably deletes every secret of a session, and what is
// staged of it. Deleting a session with no secrets is not an error.
func (s *Store) DeleteSession(id session.ID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := s.sessionPath(id)
	if err := remove(path); err != nil {
		return err
	}
	s.unstage(path)
	return nil
}

// Sessions lists the sessions that have secrets, staged ones included, in
// id order.
func (s *Store) Sessions() ([]session.ID, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ents, err := os.ReadDir(filepath.Join(s.dir, "sessions"))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var ids []session.ID
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || strings.HasPrefix(name, ".") {
			continue
		}
		id, err := session.ParseID(name)
		if err != nil {
			continue // not ours
		}
		if rec, ok := s.staged[s.sessionPath(id)]; ok && rec == nil {
			continue // its deletion is staged
		}
		ids = append(ids, id)
	}
	for path, rec := range s.staged {
		if rec == nil {
			continue
		}
		id, err := session.ParseID(strings.TrimSuffix(filepath.Base(path), ".json"))
		if err == nil && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return string(ids[i][:]) < string(ids[j][:]) })
	return ids, nil
}

// KeyRecord is a registered recipient private key.
type KeyRecord struct {
	Suite   session.Suite `json:"suite"`
	Version uint32        `json:"version"`
	Private []byte        `json:"private"`
	// Created is when the key was made (records written before it existed
	// have none: KeyCreated falls back to the file's time).
	Created time.Time `json:"created,omitzero"`
}

func (s *Store) keyPath(suite session.Suite, version uint32) string {
	return filepath.Join(s.dir, "keys", fmt.Sprintf("%s-%d.json", suite, version))
}

// PutKey durably stores a registered private key. Store it before the
// registration transaction is sent.
func (s *Store) PutKey(k KeyRecord) error {
	return s.writeRecord(s.keyPath(k.Suite, k.Version), k)
}

// Key returns the private key of a suite and version, ErrNotFound if absent.
func (s *Store) Key(suite session.Suite, version uint32) (KeyRecord, error) {
	var k KeyRecord
	err := readRecord(s.keyPath(suite, version), &k)
	if err == nil && (k.Suite != suite || k.Version != version) {
		err = fmt.Errorf("%w: key file %s-%d holds %s-%d", ErrCorrupt, suite, version, k.Suite, k.Version)
	}
	return k, err
}

// KeyCreated returns when the key of a suite and version was made: its
// record's Created, or for an older record the time its file was written.
func (s *Store) KeyCreated(suite session.Suite, version uint32) (time.Time, error) {
	k, err := s.Key(suite, version)
	clear(k.Private)
	if err != nil {
		return time.Time{}, err
	}
	if !k.Created.IsZero() {
		return k.Created, nil
	}
	fi, err := os.Stat(s.keyPath(suite, version))
	if err != nil {
		return time.Time{}, fmt.Errorf("store: %w", err)
	}
	return fi.ModTime(), nil
}

// DeleteKey durably deletes a registered private key.
func (s *Store) DeleteKey(suite session.Suite, version uint32) error {
	return remove(s.keyPath(suite, version))
}

// Keys lists the stored keys' suites and versions (private bytes omitted).
func (s *Store) Keys() ([]KeyRecord, error) {
	ents, err := os.ReadDir(filepath.Join(s.dir, "keys"))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []KeyRecord
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || strings.HasPrefix(name, ".") {
			continue
		}
		suiteName, ver, ok := strings.Cut(name, "-")
		if !ok {
			continue
		}
		suite, err := session.ParseSuite(suiteName)
		var v uint32
		if _, err2 := fmt.Sscanf(ver, "%d", &v); err != nil || err2 != nil {
			continue
		}
		out = append(out, KeyRecord{Suite: suite, Version: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Suite != out[j].Suite {
			return out[i].Suite < out[j].Suite
		}
		return out[i].Version < out[j].Version
	})
	return out, nil
}

// OneTimeKey is a one-time private key of the agent's pool of Suite, by
// its public key: stored before the batch that publishes it is sent, moved
// into the secrets of the session that consumes it, never kept after.
// Private is the key's X25519 scalar, for a hybrid key too: its ML-KEM-768
// half is its batch's (PutHybridBatchSeed). A record without a suite
// (written before hybrid pools) is an X25519 key.
type OneTimeKey struct {
	Suite   session.Suite `json:"suite,omitempty"`
	Public  []byte        `json:"public"`
	Private []byte        `json:"private,omitempty"`
}

// oneTimePath names a pool key's file: an X25519 key by its hex, a hybrid
// key (1,216 bytes, too long for a file name) by the hex of its SHA-256.
func (s *Store) oneTimePath(suite session.Suite, pub []byte) string {
	name := hex.EncodeToString(pub)
	if suite == session.Hybrid {
		h := sha256.Sum256(pub)
		name = hybridPrefix + hex.EncodeToString(h[:])
	}
	return filepath.Join(s.dir, "onetime", name+".json")
}

const (
	hybridPrefix      = "hybrid-"
	hybridBatchPrefix = "hybrid-batch-"
)

// mlkemKeySize is the length of an ML-KEM-768 encapsulation key: the first
// part of a hybrid public key, shared by the keys of one batch.
const mlkemKeySize = 1184

// hybridBatch is the record of a hybrid batch's ML-KEM-768 seed, by its
// encapsulation key.
type hybridBatch struct {
	EncapsulationKey []byte `json:"encapsulation_key"`
	Seed             []byte `json:"seed"`
}

func (s *Store) hybridBatchPath(ek []byte) string {
	h := sha256.Sum256(ek)
	return filepath.Join(s.dir, "onetime", hybridBatchPrefix+hex.EncodeToString(h[:])+".json")
}

// PutHybridBatchSeed durably stores the ML-KEM-768 seed of a hybrid
// one-time batch whose encapsulation key is ek (the first 1,184 bytes of
// each of its keys), before its keys are stored and published. The seed
// lives as long as a key of the batch is in the pool: DeleteOneTimeKey
// deletes it with the batch's last key.
func (s *Store) PutHybridBatchSeed(ek, seed []byte) error {
	if len(ek) != mlkemKeySize || len(seed) == 0 {
		return fmt.Errorf("store: a hybrid batch seed of %d bytes for a %d-byte encapsulation key", len(seed), len(ek))
	}
	return s.writeRecord(s.hybridBatchPath(ek), hybridBatch{EncapsulationKey: ek, Seed: seed})
}

// HybridBatchSeed returns the ML-KEM-768 seed of the hybrid batch whose
// encapsulation key is ek, ErrNotFound once no key of the batch is left in
// the pool.
func (s *Store) HybridBatchSeed(ek []byte) ([]byte, error) {
	var b hybridBatch
	err := readRecord(s.hybridBatchPath(ek), &b)
	if err == nil && !bytes.Equal(b.EncapsulationKey, ek) {
		clear(b.Seed)
		return nil, fmt.Errorf("%w: hybrid batch file holds another batch", ErrCorrupt)
	}
	return b.Seed, err
}

// PutOneTimeKey durably stores a one-time private key of the pool.
func (s *Store) PutOneTimeKey(k OneTimeKey) error { return s.PutOneTimeKeys([]OneTimeKey{k}) }

// PutOneTimeKeys durably stores one-time private keys of the pool, each
// in a record of its own (DeleteOneTimeKey deletes one alone), with one
// directory sync for them all.
func (s *Store) PutOneTimeKeys(ks []OneTimeKey) error {
	paths, vs := make([]string, len(ks)), make([]any, len(ks))
	for i, k := range ks {
		if !k.Suite.Valid() || len(k.Public) == 0 {
			return fmt.Errorf("store: a one-time key of suite %d with a %d-byte public key", k.Suite, len(k.Public))
		}
		paths[i], vs[i] = s.oneTimePath(k.Suite, k.Public), k
	}
	return s.writeRecords(paths, vs)
}

// OneTimeKey returns the pool's private key of suite for public key pub,
// ErrNotFound if absent or its deletion is staged.
func (s *Store) OneTimeKey(suite session.Suite, pub []byte) (OneTimeKey, error) {
	var k OneTimeKey
	if s.dropping(suite, pub) {
		return k, ErrNotFound
	}
	err := readRecord(s.oneTimePath(suite, pub), &k)
	if err == nil && (k.Suite != suite || !bytes.Equal(k.Public, pub)) {
		err = fmt.Errorf("%w: one-time key file %x holds another key", ErrCorrupt, pub[len(pub)-4:])
	}
	return k, err
}

// DeleteOneTimeKey durably deletes a one-time private key from the pool;
// deleting an absent one is not an error. Deleting a hybrid key deletes its
// batch's ML-KEM-768 seed too when no other key of the batch is left in the
// pool: from then on only the secrets of the sessions that consumed the
// batch's keys hold it, each until its session ends.
func (s *Store) DeleteOneTimeKey(suite session.Suite, pub []byte) error {
	if err := remove(s.oneTimePath(suite, pub)); err != nil {
		return err
	}
	s.mu.Lock()
	s.dropped = slices.DeleteFunc(s.dropped, func(k oneTimeRef) bool { return k.is(suite, pub) })
	s.mu.Unlock()
	seed, err := s.orphanedSeed(suite, pub)
	if err != nil || seed == "" {
		return err
	}
	return remove(seed)
}

// orphanedSeed returns the path of the ML-KEM-768 seed of a deleted hybrid
// key's batch if no key of the batch is left in the pool, "" otherwise.
func (s *Store) orphanedSeed(suite session.Suite, pub []byte) (string, error) {
	if suite != session.Hybrid || len(pub) < mlkemKeySize {
		return "", nil
	}
	ek := pub[:mlkemKeySize]
	// A key whose deletion is staged is still on disk, and needs the seed
	// until Commit has removed it (a crash first leaves it in the pool).
	left, err := s.poolKeys(session.Hybrid, false)
	if err != nil {
		return "", err
	}
	for _, k := range left {
		if len(k.Public) >= mlkemKeySize && bytes.Equal(k.Public[:mlkemKeySize], ek) {
			return "", nil
		}
	}
	return s.hybridBatchPath(ek), nil
}

// dropping reports whether the deletion of a pool key is staged.
func (s *Store) dropping(suite session.Suite, pub []byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.ContainsFunc(s.dropped, func(k oneTimeRef) bool { return k.is(suite, pub) })
}

// OneTimeKeys lists the keys of the pool of suite (public halves only:
// Private is left empty), in the order of their file names; a key whose
// deletion is staged is not listed.
func (s *Store) OneTimeKeys(suite session.Suite) ([]OneTimeKey, error) {
	return s.poolKeys(suite, true)
}

// poolKeys is OneTimeKeys, listing the keys whose deletion is staged too
// unless hideDropped.
func (s *Store) poolKeys(suite session.Suite, hideDropped bool) ([]OneTimeKey, error) {
	dir := filepath.Join(s.dir, "onetime")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []OneTimeKey
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || strings.HasPrefix(name, ".") || strings.HasPrefix(name, hybridBatchPrefix) ||
			strings.HasPrefix(name, hybridPrefix) != (suite == session.Hybrid) {
			continue
		}
		var k OneTimeKey
		if err := readRecord(filepath.Join(dir, e.Name()), &k); err != nil {
			return nil, err
		}
		clear(k.Private)
		if k.Suite == suite && !(hideDropped && s.dropping(k.Suite, k.Public)) {
			out = append(out, OneTimeKey{Suite: k.Suite, Public: k.Public})
		}
	}
	return out, nil
}

// Cursor is the chain position an agent has processed: every log up to and
// including Block is applied. Hash lets the agent notice a reorg below it.
type Cursor struct {
	Block uint64 `json:"block"`
	Hash  string `json:"hash"`
}

// The cursor is written every block, so it is not rewritten as a new file
// each time as the other records are. cursor.json holds up to two slots of
// cursorSlot bytes, each a record (zero-padded) of the cursor and a count
// of the writes: the first write of a process writes a new file of one
// record, as any record is written (temporary file, sync, rename); each
// later write overwrites the older slot in place and syncs its data. A
// crash in the middle of one leaves the other slot, the cursor before,
// intact; a reader takes the valid slot with the higher count. A file of
// one record, as every cursor before this format was, reads the same.
const cursorSlot = 512

// cursorRecord is a slot of cursor.json.
type cursorRecord struct {
	Cursor
	// Seq counts the writes: the higher of two valid slots is the cursor.
	Seq uint64 `json:"seq,omitempty"`
}

// cursorFile is the cursor's file while this process writes it in place.
type cursorFile struct {
	mu   sync.Mutex
	f    *os.File
	seq  uint64 // the last write's count
	slot int    // the last write's slot
}

// Cursor returns the stored cursor, ErrNotFound if none.
func (s *Store) Cursor() (Cursor, error) { return ReadCursor(s.dir) }

// ReadCursor returns the cursor stored in the data directory dir without
// opening the store (and so without its lock): for a look at a running
// agent's progress.
func ReadCursor(dir string) (Cursor, error) {
	r, _, err := readCursor(filepath.Join(dir, "cursor.json"))
	return r.Cursor, err
}

// readCursor returns the newest valid slot of the cursor's file and its
// index: ErrNotFound without a file, ErrCorrupt without a valid slot.
func readCursor(path string) (cursorRecord, int, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cursorRecord{}, 0, ErrNotFound
	}
	if err != nil {
		return cursorRecord{}, 0, fmt.Errorf("store: %w", err)
	}
	name := filepath.Base(path)
	if len(data) > 2*cursorSlot {
		return cursorRecord{}, 0, fmt.Errorf("%w: %s: %d bytes, more than two slots", ErrCorrupt, name, len(data))
	}
	best, bad := -1, error(nil)
	var out cursorRecord
	for i := 0; i*cursorSlot < len(data); i++ {
		slot := bytes.TrimRight(data[i*cursorSlot:min((i+1)*cursorSlot, len(data))], "\x00")
		if len(slot) == 0 && i > 0 {
			continue // never written
		}
		var r cursorRecord
		if err := parseRecord(name, slot, &r); err != nil {
			bad = err
			continue
		}
		if best < 0 || r.Seq > out.Seq {
			best, out = i, r
		}
	}
	switch {
	case best >= 0:
		return out, best, nil
	case bad != nil:
		return cursorRecord{}, 0, bad
	}
	return cursorRecord{}, 0, fmt.Errorf("%w: %s: empty", ErrCorrupt, name)
}

// SetCursor durably stores the cursor: a new file at the first call of a
// process, then in place, into the older of its two slots.
func (s *Store) SetCursor(c Cursor) error {
	cf := &s.cursor
	cf.mu.Lock()
	defer cf.mu.Unlock()
	path := filepath.Join(s.dir, "cursor.json")
	if cf.f == nil {
		prev, _, err := readCursor(path)
		if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrCorrupt) {
			return err
		}
		r := cursorRecord{Cursor: c, Seq: prev.Seq + 1}
		if err := s.writeRecord(path, r); err != nil {
			return err
		}
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		cf.f, cf.seq, cf.slot = f, r.Seq, 0
		return nil
	}
	data, err := encodeRecord("cursor.json", cursorRecord{Cursor: c, Seq: cf.seq + 1})
	if err != nil {
		return err
	}
	if len(data) > cursorSlot {
		return fmt.Errorf("store: a cursor record of %d bytes, more than a slot", len(data))
	}
	slot := 1 - cf.slot
	buf := make([]byte, cursorSlot)
	copy(buf, data)
	if _, err := cf.f.WriteAt(buf, int64(slot*cursorSlot)); err != nil {
		return fmt.Errorf("store: writing cursor.json: %w", err)
	}
	if err := datasync(cf.f); err != nil {
		return fmt.Errorf("store: syncing cursor.json: %w", err)
	}
	cf.seq, cf.slot = cf.seq+1, slot
	return nil
}

// RegisteredKey is one public key of the on-chain key registry, as its
// KeyRegistered event told it, and whether a KeyRevoked revoked it. A
// revocation whose registration the agent has not seen has no Public.
type RegisteredKey struct {
	Account common.Address `json:"account"`
	Suite   session.Suite  `json:"suite"`
	Version uint32         `json:"version"`
	Public  []byte         `json:"public,omitempty"`
	Block   uint64         `json:"block"`
	Revoked bool           `json:"revoked,omitempty"`
}

// Registry is the key registry as an agent applied it, so that a restart
// reads only the registry events after its cursor rather than every one
// since the deployment. Public keys only: nothing in it is secret.
type Registry struct {
	Keys    []RegisteredKey `json:"keys"`
	OneTime []OneTimePublic `json:"one_time,omitempty"`
}

// OneTimePublic is one published one-time key of an account (of any
// account: the public half, from its OneTimeKeysPublished or
// HybridOneTimeKeysPublished event), numbered in its pool of Suite.
type OneTimePublic struct {
	Account common.Address `json:"account"`
	Suite   session.Suite  `json:"suite,omitempty"`
	Number  uint32         `json:"number"`
	Public  []byte         `json:"public"`
	// Used is the block from which the key is known consumed, 0 if it is
	// not known consumed.
	Used uint64 `json:"used,omitempty"`
}

// Registry returns the stored registry, ErrNotFound if none.
func (s *Store) Registry() (Registry, error) {
	var r Registry
	err := readRecord(filepath.Join(s.dir, "registry.json"), &r)
	return r, err
}

// SetRegistry durably stores the registry.
func (s *Store) SetRegistry(r Registry) error {
	return s.writeRecord(filepath.Join(s.dir, "registry.json"), r)
}
