package store

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// secretByte fills every secret these tests store, so that an error
// message can be searched for the secret's bytes in any encoding.
const secretByte = 0x5c

var secretValue = bytes.Repeat([]byte{secretByte}, 48)

// leaks reports whether msg holds the secret, as hex or base64.
func leaks(msg string) bool {
	return strings.Contains(msg, hex.EncodeToString(secretValue[:8])) ||
		strings.Contains(msg, base64.StdEncoding.EncodeToString(secretValue[:12])) ||
		strings.Contains(msg, string(secretValue[:8]))
}

// tornRecord is one kind of record, with how to read it back.
type tornRecord struct {
	name string
	path func(*Store) string
	read func(*Store) error
	// file is what the error must name.
	file string
}

func tornRecords(id session.ID) []tornRecord {
	return []tornRecord{
		{"session", func(s *Store) string { return s.sessionPath(id) }, func(s *Store) error { _, err := s.Secrets(id); return err }, hex.EncodeToString(id[:]) + ".json"},
		{"key", func(s *Store) string { return s.keyPath(session.Hybrid, 3) }, func(s *Store) error { _, err := s.Key(session.Hybrid, 3); return err }, "hybrid-3.json"},
		{"cursor", func(s *Store) string { return filepath.Join(s.dir, "cursor.json") }, func(s *Store) error { _, err := s.Cursor(); return err }, "cursor.json"},
	}
}

// TestTornRecordAtEveryOffset cuts each kind of record (a session's
// secrets, a registered key, the cursor) at every byte offset and
// corrupts every byte of it in several ways: each mangled record is
// reported as ErrCorrupt, with an error that names the file (for a
// session, its id) and holds no secret byte, and the store goes on
// serving another session's intact record beside it.
func TestTornRecordAtEveryOffset(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, other := session.ID{0xab, 0xcd, 1}, session.ID{0xab, 0xcd, 2}
	for _, sid := range []session.ID{id, other} {
		if err := s.ReplaceSecrets(sid, Secrets{"served": nil, "session-key": secretValue, "traffic-counter": {0, 0, 0, 0, 0, 0, 0, 7}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutKey(KeyRecord{Suite: session.Hybrid, Version: 3, Private: secretValue}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor(Cursor{Block: 1234, Hash: "0x" + strings.Repeat("ef", 32)}); err != nil {
		t.Fatal(err)
	}
	for _, rec := range tornRecords(id) {
		t.Run(rec.name, func(t *testing.T) {
			path := rec.path(s)
			good, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := rec.read(s); err != nil {
				t.Fatalf("intact record: %v", err)
			}
			check := func(what string, mangled []byte) {
				t.Helper()
				if err := os.WriteFile(path, mangled, 0o600); err != nil {
					t.Fatal(err)
				}
				err := rec.read(s)
				switch {
				case !errors.Is(err, ErrCorrupt):
					t.Errorf("%s: read returned %v, want ErrCorrupt", what, err)
				case !strings.Contains(err.Error(), rec.file):
					t.Errorf("%s: error %q does not name %s", what, err, rec.file)
				case leaks(err.Error()):
					t.Errorf("%s: error leaks secret bytes: %v", what, err)
				}
			}
			for cut := range len(good) {
				check(fmt.Sprintf("cut at byte %d of %d", cut, len(good)), good[:cut])
			}
			for off := range len(good) {
				for _, mask := range []byte{0x01, 0x02, 0x20, 0x80, 0xff} {
					mangled := bytes.Clone(good)
					mangled[off] ^= mask
					check(fmt.Sprintf("byte %d (%q) xor %#02x", off, good[off], mask), mangled)
				}
			}
			check("a byte appended", append(bytes.Clone(good), '\n'))
			check("a zeroed tail", append(bytes.Clone(good[:len(good)/2]), make([]byte, len(good)-len(good)/2)...))
			if t.Failed() {
				return
			}
			// The other session beside it is still served.
			if got, err := s.Secrets(other); err != nil || !bytes.Equal(got["session-key"], secretValue) {
				t.Fatalf("the intact session beside a corrupt %s record: %v", rec.name, err)
			}
			if err := os.WriteFile(path, good, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := rec.read(s); err != nil {
				t.Fatalf("restored record: %v", err)
			}
		})
	}
}

// TestCorruptSessionRecordIsNotOverwrittenSilently: adding a secret to a
// session whose record is corrupt fails (it would otherwise drop the
// secrets that were in it), the session is still listed so that its
// owner sees it, and the record can be replaced or deleted.
func TestCorruptSessionRecordIsNotOverwrittenSilently(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id := session.ID{7}
	if err := s.PutSecret(id, "ephemeral", secretValue); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(s.sessionPath(id))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.sessionPath(id), data[:len(data)-9], 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSecret(id, "served", nil); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("PutSecret on a corrupt record: %v, want ErrCorrupt", err)
	}
	if ids, err := s.Sessions(); err != nil || len(ids) != 1 || ids[0] != id {
		t.Fatalf("Sessions with a corrupt record = %v, %v", ids, err)
	}
	if err := s.ReplaceSecrets(id, Secrets{"session-key": {1}}); err != nil {
		t.Fatalf("ReplaceSecrets over a corrupt record: %v", err)
	}
	if got, err := s.Secrets(id); err != nil || !bytes.Equal(got["session-key"], []byte{1}) {
		t.Fatalf("after ReplaceSecrets: %v, %v", got, err)
	}
	if err := os.WriteFile(s.sessionPath(id), data[:3], 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSession(id); err != nil {
		t.Fatalf("DeleteSession of a corrupt record: %v", err)
	}
	if ids, err := s.Sessions(); err != nil || len(ids) != 0 {
		t.Fatalf("Sessions after delete = %v, %v", ids, err)
	}
}

// TestLeftoverTemporariesAfterACrash leaves what a crash inside a write
// can leave in each directory of the store (a complete new record never
// renamed, a partial one, an empty one) and checks that the records keep
// their previous values, that Open removes every temporary, and that a
// temporary never shows up as a session or a key.
func TestLeftoverTemporariesAfterACrash(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id := session.ID{9}
	if err := s.PutSecret(id, "ephemeral", secretValue); err != nil {
		t.Fatal(err)
	}
	if err := s.PutKey(KeyRecord{Suite: session.X25519, Version: 1, Private: secretValue}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor(Cursor{Block: 5, Hash: "0x05"}); err != nil {
		t.Fatal(err)
	}
	// What a write would have produced, had it been renamed.
	newer := filepath.Join(t.TempDir(), "newer")
	s2 := &Store{dir: dir}
	if err := s2.writeRecord(newer, Secrets{"ephemeral": {1, 2, 3}}); err != nil {
		t.Fatal(err)
	}
	full, err := os.ReadFile(newer)
	if err != nil {
		t.Fatal(err)
	}
	var leftovers []string
	for _, d := range []string{dir, filepath.Join(dir, "sessions"), filepath.Join(dir, "keys")} {
		for i, content := range [][]byte{full, full[:len(full)/2], nil} {
			p := filepath.Join(d, fmt.Sprintf(".tmp-%d", 1000+i))
			if err := os.WriteFile(p, content, 0o600); err != nil {
				t.Fatal(err)
			}
			leftovers = append(leftovers, p)
		}
	}
	// While the store is open (a write of this process in progress), the
	// temporaries are not records.
	if ids, err := s.Sessions(); err != nil || len(ids) != 1 || ids[0] != id {
		t.Fatalf("Sessions beside temporaries = %v, %v", ids, err)
	}
	if keys, err := s.Keys(); err != nil || len(keys) != 1 {
		t.Fatalf("Keys beside temporaries = %+v, %v", keys, err)
	}
	s.Close()

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, p := range leftovers {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("Open left %s behind (%v)", p, err)
		}
	}
	if got, err := s.Secrets(id); err != nil || !bytes.Equal(got["ephemeral"], secretValue) {
		t.Fatalf("the record beside a leftover: %v (%d bytes)", err, len(got["ephemeral"]))
	}
	if k, err := s.Key(session.X25519, 1); err != nil || !bytes.Equal(k.Private, secretValue) {
		t.Fatalf("the key beside a leftover: %v", err)
	}
	if c, err := s.Cursor(); err != nil || c.Block != 5 {
		t.Fatalf("the cursor beside a leftover: %+v, %v", c, err)
	}
}

// tornChildEnv names the data directory the writer process of
// TestKillDuringWrites writes to; without it the writer test skips.
const tornChildEnv = "SESSIONKEYSTORE_STORE_WRITER_DIR"

// tornValue is the secret written in round i: 4 KiB that say i all over.
func tornValue(i uint64) []byte {
	v := make([]byte, 4096)
	for off := 0; off < len(v); off += 8 {
		binary.BigEndian.PutUint64(v[off:], i)
	}
	return v
}

// tornRound returns the round a value says, or an error if it is not one
// tornValue wrote.
func tornRound(v []byte) (uint64, error) {
	if len(v) != 4096 {
		return 0, fmt.Errorf("%d bytes", len(v))
	}
	i := binary.BigEndian.Uint64(v)
	if !bytes.Equal(v, tornValue(i)) {
		return 0, errors.New("mixed content")
	}
	return i, nil
}

// TestKillDuringWritesWriter is the process TestKillDuringWrites kills: it
// rewrites a session's secrets, a key and the cursor as fast as it can,
// printing each round before it starts it, until it is killed.
func TestKillDuringWritesWriter(t *testing.T) {
	dir := os.Getenv(tornChildEnv)
	if dir == "" {
		t.Skip("the writer process of TestKillDuringWrites: runs only as its child process, with " + tornChildEnv + " set")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(1)
	}
	start, _ := strconv.ParseUint(os.Getenv(tornChildEnv+"_FROM"), 10, 64)
	id := session.ID{0x42}
	for i := start; ; i++ {
		fmt.Printf("round %d\n", i)
		v := tornValue(i)
		var err error
		switch i % 4 {
		case 0:
			err = s.ReplaceSecrets(id, Secrets{"served": nil, "session-key": v})
		case 1:
			err = s.PutSecret(id, "session-key", v)
		case 2:
			err = s.PutKey(KeyRecord{Suite: session.X25519, Version: 1, Private: v})
		case 3:
			err = s.SetCursor(Cursor{Block: i, Hash: "0x" + hex.EncodeToString(v[:32])})
		}
		if err != nil {
			fmt.Printf("error %v\n", err)
			os.Exit(1)
		}
	}
}

// TestKillDuringWrites kills a process with SIGKILL while it rewrites
// records, at random moments, over and over on one data directory, and
// reopens the store after each kill: the lock is free again, no temporary
// is left, and every record holds exactly one value a completed or
// interrupted write gave it, never a torn or mixed one (the write in
// progress at the kill either happened or did not).
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a writer process repeatedly: skipped under -short, runs in every full go test (make test)")
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("SESSIONKEYSTORE_TORN_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			t.Fatalf("SESSIONKEYSTORE_TORN_SEED: %v", err)
		}
	}
	t.Logf("seed %d (SESSIONKEYSTORE_TORN_SEED=%d repeats the kill moments)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed>>7))
	dir := t.TempDir()
	id := session.ID{0x42}
	next := uint64(1)
	// The round each record held at the previous kill (0: none yet).
	var secretsAt, keyAt, cursorAt uint64
	for kill := range 25 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringWritesWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), tornChildEnv+"="+dir, tornChildEnv+"_FROM="+strconv.FormatUint(next, 10))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		// Wait until it writes, then kill it a random moment later.
		for lines.Scan() && !strings.HasPrefix(lines.Text(), "round ") {
		}
		time.Sleep(time.Duration(rng.IntN(30_000)) * time.Microsecond)
		_ = cmd.Process.Kill()
		last := next
		for lines.Scan() {
			if r, ok := strings.CutPrefix(lines.Text(), "round "); ok {
				last, _ = strconv.ParseUint(r, 10, 64)
			} else if strings.HasPrefix(lines.Text(), "error") {
				t.Fatalf("writer: %s", lines.Text())
			}
		}
		_ = cmd.Wait()

		s, err := Open(dir)
		if err != nil {
			t.Fatalf("kill %d: reopening: %v", kill, err)
		}
		for _, sub := range []string{".", "sessions", "keys"} {
			if tmps, _ := filepath.Glob(filepath.Join(dir, sub, ".tmp-*")); len(tmps) > 0 {
				t.Fatalf("kill %d: Open left temporaries %v", kill, tmps)
			}
		}
		// done returns the newest completed round that wrote the record
		// rounds r with r%4 in mods write, or floor, the round the record
		// held at the previous kill, when this writer completed none. The
		// writer prints a round before it starts it, so its rounds from
		// next to last-1 completed; round last was in progress at the
		// kill (as the previous writer's last was at its own).
		done := func(floor uint64, mods ...uint64) uint64 {
			for r := last - 1; r >= next; r-- {
				if slices.Contains(mods, r%4) {
					return r
				}
			}
			return floor
		}
		// checkRound: the record holds the value of its newest completed
		// write or of the write in progress, never an older, torn or
		// mixed one.
		checkRound := func(what string, v []byte, err error, min uint64) uint64 {
			t.Helper()
			if errors.Is(err, ErrNotFound) && min == 0 {
				return 0 // killed before its first completed write
			}
			if err != nil {
				t.Fatalf("kill %d (in round %d): %s: %v", kill, last, what, err)
			}
			r, err := tornRound(v)
			if err != nil || r > last {
				t.Fatalf("kill %d (in round %d): %s holds a value no write gave it (round %d, %v)", kill, last, what, r, err)
			}
			if r < min {
				t.Fatalf("kill %d (in round %d): %s holds round %d: the completed write of round %d was lost", kill, last, what, r, min)
			}
			return r
		}
		secrets, err := s.Secrets(id)
		secretsAt = checkRound("session secrets", secrets["session-key"], err, done(secretsAt, 0, 1))
		k, err := s.Key(session.X25519, 1)
		keyAt = checkRound("key", k.Private, err, done(keyAt, 2))
		c, err := s.Cursor()
		if err == nil {
			b, _ := hex.DecodeString(strings.TrimPrefix(c.Hash, "0x"))
			if c.Block > last || !bytes.Equal(b, tornValue(c.Block)[:32]) {
				t.Fatalf("kill %d: cursor %+v is no value a write gave it", kill, c)
			}
			if min := done(cursorAt, 3); c.Block < min {
				t.Fatalf("kill %d (in round %d): cursor at round %d: the completed write of round %d was lost", kill, last, c.Block, min)
			}
			cursorAt = c.Block
		} else if !errors.Is(err, ErrNotFound) || done(cursorAt, 3) != 0 {
			t.Fatalf("kill %d: cursor: %v", kill, err)
		}
		s.Close()
		next = last + 1
	}
	t.Logf("25 kills over %d rounds of writes", next-1)
}
