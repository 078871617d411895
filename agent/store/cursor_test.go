package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func cursorAt(n uint64) Cursor {
	return Cursor{Block: n, Hash: "0x" + strings.Repeat(string("0123456789abcdef"[n%16]), 64)}
}

// TestCursorSlots: after the first write of a process, the cursor is
// overwritten in place (the same file), in two slots by turns; a torn
// newest slot leaves the one before; with neither slot valid the cursor is
// corrupt, and the error names the file.
func TestCursorSlots(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	path := filepath.Join(dir, "cursor.json")
	var first os.FileInfo
	for n := uint64(1); n <= 5; n++ {
		if err := s.SetCursor(cursorAt(n)); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Cursor(); err != nil || c != cursorAt(n) {
			t.Fatalf("after write %d: %+v, %v", n, c, err)
		}
		if c, err := ReadCursor(dir); err != nil || c != cursorAt(n) {
			t.Fatalf("ReadCursor after write %d: %+v, %v", n, c, err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			first = fi
		} else if !os.SameFile(first, fi) {
			t.Fatalf("write %d made a new file: the cursor is not written in place", n)
		}
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(good) != 2*cursorSlot {
		t.Fatalf("cursor.json is %d bytes, want two slots of %d", len(good), cursorSlot)
	}
	// Write 5 went to slot 0 (writes 2 and 4 to slot 1, 3 and 5 to slot 0).
	torn := append([]byte(nil), good...)
	torn[100] ^= 0x20
	if err := os.WriteFile(path, torn, 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Cursor(); err != nil || c != cursorAt(4) {
		t.Fatalf("newest slot torn: %+v, %v; want the cursor before it (block 4)", c, err)
	}
	torn[cursorSlot+100] ^= 0x20
	if err := os.WriteFile(path, torn, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Cursor(); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "cursor.json") {
		t.Fatalf("both slots torn: %v, want ErrCorrupt naming cursor.json", err)
	}
	if err := os.WriteFile(path, append(good, 0), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Cursor(); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("a byte past the two slots: %v, want ErrCorrupt", err)
	}
}

// TestCursorOfOneRecord: a cursor.json of one record (every cursor before
// the two slots) is read as it was, and a new process goes on from it.
func TestCursorOfOneRecord(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "cursor.json")
	if err := s.writeRecord(path, cursorAt(7)); err != nil { // the format before
		t.Fatal(err)
	}
	if c, err := s.Cursor(); err != nil || c != cursorAt(7) {
		t.Fatalf("a one-record cursor: %+v, %v", c, err)
	}
	for n := uint64(8); n <= 10; n++ {
		if err := s.SetCursor(cursorAt(n)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// A restart: its first write makes a new file of one record, counting
	// on from the stored slots; the next write goes in place.
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := s.Cursor(); err != nil || c != cursorAt(10) {
		t.Fatalf("after a restart: %+v, %v; want block 10", c, err)
	}
	for n := uint64(11); n <= 12; n++ {
		if err := s.SetCursor(cursorAt(n)); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Cursor(); err != nil || c != cursorAt(n) {
			t.Fatalf("write %d after a restart: %+v, %v", n, c, err)
		}
	}
	r, _, err := readCursor(path)
	if err != nil || r.Seq != 5 {
		t.Fatalf("the write count after 3 writes, a restart and 2 more: %d (%v), want 5 (the old record counts 0)", r.Seq, err)
	}
}
