package stream

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

var (
	testKey  = [KeySize]byte{1, 2, 3}
	otherKey = [KeySize]byte{9, 9, 9}
	testAD   = []byte("stream test ad")
)

// seal writes the chunks as given: each element is flushed as one chunk,
// the last element becomes the last chunk.
func seal(t testing.TB, key [KeySize]byte, ad []byte, chunks ...[]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(key, ad, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range chunks {
		if _, err := w.Write(c); err != nil {
			t.Fatal(err)
		}
		if i < len(chunks)-1 {
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// frames splits a stream into its chunk frames.
func frames(t testing.TB, s []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for len(s) > 0 {
		n := FrameHeaderSize + int(binary.BigEndian.Uint32(s[1:FrameHeaderSize]))
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

func open(key [KeySize]byte, ad, s []byte, limit int64) ([]byte, error) {
	r, err := NewReader(key, ad, bytes.NewReader(s), limit)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 1000, ChunkSize - 1, ChunkSize, ChunkSize + 1, 3*ChunkSize + 7} {
		p := bytes.Repeat([]byte{'x'}, n)
		for i := range p {
			p[i] = byte(i * 7)
		}
		s := seal(t, testKey, testAD, p)
		wantChunks := max(1, (n+ChunkSize-1)/ChunkSize)
		if got := len(frames(t, s)); got != wantChunks {
			t.Errorf("%d bytes: %d chunks, want %d (a full chunk is never followed by an empty last one)", n, got, wantChunks)
		}
		if got := len(s); got != n+wantChunks*(FrameHeaderSize+Overhead) {
			t.Errorf("%d bytes: stream of %d bytes", n, got)
		}
		got, err := open(testKey, testAD, s, 0)
		if err != nil || !bytes.Equal(got, p) {
			t.Fatalf("%d bytes: open: %v (%d bytes back)", n, err, len(got))
		}
	}
}

func TestFlushMakesOneChunkPerBatch(t *testing.T) {
	tokens := [][]byte{[]byte("Hel"), []byte("lo"), []byte(", "), []byte("world"), nil}
	s := seal(t, testKey, testAD, tokens...)
	fs := frames(t, s)
	if len(fs) != len(tokens) {
		t.Fatalf("%d chunks, want %d", len(fs), len(tokens))
	}
	r, err := NewReader(testKey, testAD, bytes.NewReader(s), 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, tok := range tokens {
		p, last, err := r.Next()
		if err != nil || !bytes.Equal(p, tok) || last != (i == len(tokens)-1) {
			t.Fatalf("chunk %d: %q last=%v err=%v, want %q", i, p, last, err, tok)
		}
	}
	if _, _, err := r.Next(); err != io.EOF {
		t.Fatalf("after the last chunk: %v, want io.EOF", err)
	}
	if r.Chunks() != uint64(len(tokens)) || r.Size() != 12 {
		t.Fatalf("Chunks %d Size %d", r.Chunks(), r.Size())
	}
}

func TestFlushWithNothingBufferedSendsNothing(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(testKey, testAD, &buf)
	if err := w.Flush(); err != nil || buf.Len() != 0 || w.Chunks() != 0 {
		t.Fatalf("Flush of nothing: %v, %d bytes, %d chunks", err, buf.Len(), w.Chunks())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("late")); err == nil {
		t.Fatal("Write after Close succeeded")
	}
	if err := w.Close(); err == nil {
		t.Fatal("second Close succeeded")
	}
}

// TestHostileStreams: every way of cutting, reordering, repeating,
// re-flagging or splicing chunks is refused with its error.
func TestHostileStreams(t *testing.T) {
	s := seal(t, testKey, testAD, []byte("chunk zero"), []byte("chunk one"), []byte("chunk two"))
	fs := frames(t, s)
	other := frames(t, seal(t, otherKey, testAD, []byte("chunk zero"), []byte("chunk one"), []byte("chunk two")))
	otherAD := frames(t, seal(t, testKey, []byte("another request"), []byte("chunk zero"), []byte("chunk one"), []byte("chunk two")))
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	reflag := func(f []byte, flag byte) []byte { g := bytes.Clone(f); g[0] = flag; return g }
	withLen := func(f []byte, n uint32) []byte {
		g := bytes.Clone(f)
		binary.BigEndian.PutUint32(g[1:], n)
		return g
	}
	emptyMore := reflag(frames(t, seal(t, testKey, testAD, nil))[0], flagMore)

	cases := []struct {
		name   string
		stream []byte
		want   error
	}{
		{"empty input", nil, ErrTruncated},
		{"last chunk dropped", cat(fs[0], fs[1]), ErrTruncated},
		{"only the first chunk", fs[0], ErrTruncated},
		{"cut inside a frame header", s[:len(fs[0])+3], ErrTruncated},
		{"cut inside the last chunk", s[:len(s)-1], ErrTruncated},
		{"reordered", cat(fs[1], fs[0], fs[2]), ErrAuthentication},
		{"middle chunk dropped", cat(fs[0], fs[2]), ErrAuthentication},
		{"duplicated chunk", cat(fs[0], fs[0], fs[1], fs[2]), ErrAuthentication},
		{"last chunk flagged not last", cat(fs[0], fs[1], reflag(fs[2], flagMore)), ErrAuthentication},
		{"middle chunk flagged last", cat(fs[0], reflag(fs[1], flagLast)), ErrAuthentication},
		{"unknown flag", cat(fs[0], reflag(fs[1], 0x02), fs[2]), ErrMalformedChunk},
		{"chunk from another stream's key", cat(fs[0], other[1], fs[2]), ErrAuthentication},
		{"chunk from another request's ad", cat(fs[0], otherAD[1], fs[2]), ErrAuthentication},
		{"whole stream of another key", cat(other...), ErrAuthentication},
		{"data after the last chunk", cat(fs[0], fs[1], fs[2], []byte{0}), ErrTrailingData},
		{"a second stream after the last chunk", cat(s, s), ErrTrailingData},
		{"empty chunk not last", cat(fs[0], emptyMore, fs[1], fs[2]), ErrMalformedChunk},
		{"chunk shorter than a tag", cat(fs[0], withLen(fs[1], Overhead-1)), ErrMalformedChunk},
		{"oversize chunk length", cat(fs[0], withLen(fs[1], ChunkSize+Overhead+1)), ErrMalformedChunk},
		{"huge chunk length", cat(fs[0], withLen(fs[1], 0xffffffff)), ErrMalformedChunk},
		{"tampered ciphertext", cat(fs[0], func() []byte { g := bytes.Clone(fs[1]); g[FrameHeaderSize] ^= 1; return g }(), fs[2]), ErrAuthentication},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := open(testKey, testAD, c.stream, 0)
			if !errors.Is(err, c.want) {
				t.Fatalf("error %v, want %v (read %q)", err, c.want, got)
			}
		})
	}
	if got, err := open(testKey, testAD, s, 0); err != nil || string(got) != "chunk zerochunk onechunk two" {
		t.Fatalf("the untouched stream: %q, %v", got, err)
	}
}

func TestEmptyStream(t *testing.T) {
	s := seal(t, testKey, testAD)
	if len(s) != FrameHeaderSize+Overhead || s[0] != flagLast {
		t.Fatalf("empty stream is %x, want one empty last chunk", s)
	}
	got, err := open(testKey, testAD, s, 0)
	if err != nil || len(got) != 0 {
		t.Fatalf("open: %q, %v", got, err)
	}
}

func TestLimit(t *testing.T) {
	p := bytes.Repeat([]byte{'a'}, 2*ChunkSize+10)
	s := seal(t, testKey, testAD, p)
	if _, err := open(testKey, testAD, s, int64(len(p))); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	if _, err := open(testKey, testAD, s, int64(len(p)-1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v, want ErrTooLarge", err)
	}
}

// TestErrorsAreFinal: after a failed chunk the reader reports the same
// error and delivers nothing more, even if good chunks follow.
func TestErrorsAreFinal(t *testing.T) {
	fs := frames(t, seal(t, testKey, testAD, []byte("a"), []byte("b"), []byte("c")))
	r, _ := NewReader(testKey, testAD, bytes.NewReader(bytes.Join([][]byte{fs[1], fs[0], fs[1], fs[2]}, nil)), 0)
	if _, _, err := r.Next(); !errors.Is(err, ErrAuthentication) {
		t.Fatalf("first: %v", err)
	}
	if p, _, err := r.Next(); !errors.Is(err, ErrAuthentication) || p != nil {
		t.Fatalf("second: %q, %v", p, err)
	}
}

// TestNonceLayout pins the nonce: 3 zero bytes, the big-endian counter,
// the last flag.
func TestNonceLayout(t *testing.T) {
	n := nonce(0x0102030405060708, true)
	want := []byte{0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1}
	if !bytes.Equal(n[:], want) {
		t.Fatalf("nonce %x, want %x", n, want)
	}
	if n := nonce(5, false); n[11] != 0 || n[10] != 5 {
		t.Fatalf("nonce %x", n)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriterReportsWriteErrors(t *testing.T) {
	w, _ := NewWriter(testKey, testAD, failingWriter{})
	if _, err := w.Write([]byte("x")); err != nil {
		t.Fatal(err) // buffered, nothing sent yet
	}
	if err := w.Flush(); err == nil {
		t.Fatal("Flush to a broken destination succeeded")
	}
	if err := w.Close(); err == nil {
		t.Fatal("Close after a failed write succeeded")
	}
}

// FuzzReader: no input makes the reader panic, return more than the limit,
// or accept a stream that is not exactly what a Writer produced.
func FuzzReader(f *testing.F) {
	f.Add(seal(f, testKey, testAD, []byte("hello"), []byte("world")))
	f.Add(seal(f, testKey, testAD))
	f.Add([]byte{1, 0, 0, 0, 16})
	f.Add([]byte{0, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, s []byte) {
		got, err := open(testKey, testAD, s, 1<<20)
		if err != nil {
			return
		}
		if len(got) > 1<<20 {
			t.Fatalf("%d bytes past the limit", len(got))
		}
		// Accepted: re-sealing the same chunks must give the same bytes.
		var chunks [][]byte
		r, _ := NewReader(testKey, testAD, bytes.NewReader(s), 0)
		for {
			p, _, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("accepted once, refused on a second read: %v", err)
			}
			chunks = append(chunks, bytes.Clone(p))
		}
		if again := seal(t, testKey, testAD, chunks...); !bytes.Equal(again, s) {
			t.Fatalf("accepted a stream no writer produces:\n%x\n%x", s, again)
		}
	})
}
