package skcrypto

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Fuzz targets for every function that decodes bytes from the chain or a
// peer. Each must return its sentinel error, never panic, and accept
// exactly what an independent check says it should. The seed corpora are
// under testdata/fuzz/<FuzzName>; the valid wraps there are read back by
// FuzzUnwrap, which knows them as the only inputs that may open.

// fixedRand is a deterministic reader for fuzz fixtures.
type fixedRand byte

func (f fixedRand) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(f) + byte(i)
	}
	return len(p), nil
}

var (
	fieldP = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))
	// The u-coordinates (mod p) of the points of order 1, 2, 4 and 8 on
	// Curve25519 and its twist: 0, 1, p-1 and the two points of order 8.
	smallOrderU = []*big.Int{
		big.NewInt(0), big.NewInt(1), new(big.Int).Sub(fieldP, big.NewInt(1)),
		leInt(mustHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")),
		leInt(mustHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157")),
	}
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// leInt reads a little-endian integer.
func leInt(b []byte) *big.Int {
	be := bytes.Clone(b)
	slices.Reverse(be)
	return new(big.Int).SetBytes(be)
}

// leBytes writes x < 2^256 as 32 little-endian bytes.
func leBytes(x *big.Int) []byte {
	b := x.FillBytes(make([]byte, 32))
	slices.Reverse(b)
	return b
}

// lowOrderX25519 reports whether the 32-byte point u is of small order:
// RFC 7748 masks the top bit and reduces u mod p, and a clamped scalar is a
// multiple of the cofactor 8, so X25519 of such a point is all zero for
// every scalar, and of any other point for no fixed scalar short of a
// negligible fraction.
func lowOrderX25519(u []byte) bool {
	v := bytes.Clone(u)
	v[31] &= 0x7f
	x := new(big.Int).Mod(leInt(v), fieldP)
	for _, s := range smallOrderU {
		if x.Cmp(s) == 0 {
			return true
		}
	}
	return false
}

// canonicalMLKEM768 reports whether an ML-KEM-768 encapsulation key's
// 3 x 384 bytes of 12-bit coefficients are all reduced mod q = 3329, the
// check FIPS 203 (Section 7.2) requires of a key.
func canonicalMLKEM768(ek []byte) bool {
	for i := 0; i < 3*384; i += 3 {
		d1 := uint16(ek[i]) | uint16(ek[i+1]&0x0f)<<8
		d2 := uint16(ek[i+1]>>4) | uint16(ek[i+2])<<4
		if d1 >= 3329 || d2 >= 3329 {
			return false
		}
	}
	return true
}

// readSeed reads the values of a "go test fuzz v1" corpus file, each
// []byte or byte as bytes, each integer as its decimal text.
func readSeed(tb testing.TB, path string) [][]byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var vals [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		open, end := strings.IndexByte(line, '('), strings.LastIndexByte(line, ')')
		if line == "go test fuzz v1" || open < 0 || end < open {
			continue
		}
		lit := line[open+1 : end]
		switch {
		case strings.HasPrefix(lit, `"`):
			s, err := strconv.Unquote(lit)
			if err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			vals = append(vals, []byte(s))
		case strings.HasPrefix(lit, `'`):
			r, _, _, err := strconv.UnquoteChar(lit[1:len(lit)-1], '\'')
			if err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			vals = append(vals, []byte{byte(r)})
		default:
			vals = append(vals, []byte(lit))
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return vals
}

// FuzzX25519 feeds arbitrary peer keys and partials to a fixed private key.
// The agreement fails exactly for a key of the wrong length (ErrPublicKey)
// or a point of small order (ErrLowOrder), and never returns all zeros.
func FuzzX25519(f *testing.F) {
	priv, err := GenerateX25519(fixedRand(1))
	if err != nil {
		f.Fatal(err)
	}
	peer, err := GenerateX25519(fixedRand(2))
	if err != nil {
		f.Fatal(err)
	}
	pub := PublicBytes(peer)
	order8 := leBytes(smallOrderU[3])
	order8[31] |= 0x80 // ignored by X25519
	f.Add(pub[:])
	f.Add(make([]byte, 32))                       // u = 0, order 2
	f.Add(append([]byte{1}, make([]byte, 31)...)) // u = 1, order 4
	f.Add(leBytes(smallOrderU[2]))                // u = p-1, order 4
	f.Add(order8)
	f.Add(bytes.Repeat([]byte{0xff}, 32)) // non-canonical
	f.Add(pub[:31])
	f.Add(append(pub[:], 0))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := ParseX25519Public(b); (err != nil) != (len(b) != X25519KeySize) || (err != nil && !errors.Is(err, ErrPublicKey)) {
			t.Fatalf("ParseX25519Public(%d bytes): %v", len(b), err)
		}
		z, err := X25519(priv, b)
		switch {
		case len(b) != X25519KeySize:
			if !errors.Is(err, ErrPublicKey) {
				t.Fatalf("%d-byte key: %v, want ErrPublicKey", len(b), err)
			}
		case lowOrderX25519(b):
			if !errors.Is(err, ErrLowOrder) {
				t.Fatalf("small-order point %x: %x, %v; want ErrLowOrder", b, z, err)
			}
		case err != nil:
			t.Fatalf("point %x: %v", b, err)
		case z == [32]byte{}:
			t.Fatalf("point %x: all-zero agreement accepted", b)
		}
		if err != nil && z != ([32]byte{}) {
			t.Fatalf("an error with output %x", z)
		}
	})
}

// The fixture of FuzzUnwrap: both suites' recipient keys from fixedRand(3),
// each wrap of fuzzSecret under fuzzWrapInfo. testdata/fuzz/FuzzUnwrap/valid-*
// hold one wrap per suite made with them.
var (
	fuzzSecret   = bytes.Repeat([]byte{0x5a}, KeySize)
	fuzzWrapInfo = WrapInfo([32]byte{9}, session.Miner)
	fuzzSuites   = []session.Suite{session.X25519, session.Hybrid}
)

func fuzzRecipients(tb testing.TB) [2]*RecipientKey {
	tb.Helper()
	var ks [2]*RecipientKey
	for _, s := range fuzzSuites {
		k, err := GenerateRecipientKey(s, fixedRand(3))
		if err != nil {
			tb.Fatal(err)
		}
		ks[s] = k
	}
	return ks
}

// FuzzUnwrap feeds arbitrary wraps and infos to both suites' Unwrap. Every
// failure is ErrWrap; the committed valid wraps open to the secret, and
// nothing else opens (forging one would break HPKE).
func FuzzUnwrap(f *testing.F) {
	ks := fuzzRecipients(f)
	// A fresh wrap round-trips (its encapsulation is random, so it is
	// checked here rather than seeded).
	for _, s := range fuzzSuites {
		w, err := Wrap(s, ks[s].PublicKey(), fuzzWrapInfo, fuzzSecret)
		if err != nil {
			f.Fatal(err)
		}
		if got, err := ks[s].Unwrap(fuzzWrapInfo, w); err != nil || !bytes.Equal(got, fuzzSecret) {
			f.Fatalf("%v: fresh wrap: %x, %v", s, got, err)
		}
	}
	var valid [2][]byte
	for _, s := range fuzzSuites {
		v := readSeed(f, filepath.Join("testdata", "fuzz", "FuzzUnwrap", "valid-"+s.String()))
		if len(v) != 3 || session.Suite(v[0][0]) != s || !bytes.Equal(v[1], fuzzWrapInfo) {
			f.Fatalf("%v: the valid seed is not (suite, WrapInfo([32]byte{9}, miner), wrap)", s)
		}
		valid[s] = v[2]
		if got, err := ks[s].Unwrap(fuzzWrapInfo, valid[s]); err != nil || !bytes.Equal(got, fuzzSecret) {
			f.Fatalf("%v: the valid seed does not unwrap: %x, %v", s, got, err)
		}
		w := valid[s]
		flip := func(i int) []byte { c := bytes.Clone(w); c[i] ^= 1; return c }
		f.Add(byte(s), fuzzWrapInfo, w)
		f.Add(byte(s), fuzzWrapInfo, w[:len(w)-1])                   // truncated
		f.Add(byte(s), fuzzWrapInfo, append(bytes.Clone(w), 0))      // extended
		f.Add(byte(s), WrapInfo([32]byte{9}, session.Oracle), w)     // redirected
		f.Add(byte(s), fuzzWrapInfo, flip(0))                        // enc modified
		f.Add(byte(s), fuzzWrapInfo, flip(len(w)-1))                 // tag modified
		f.Add(byte(s), fuzzWrapInfo, make([]byte, WrapLength(s)))    // all zero: low-order enc
		f.Add(byte(s), []byte{}, bytes.Repeat([]byte{0xff}, len(w))) // non-canonical enc
	}
	f.Add(byte(0), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, sb byte, info, wrapped []byte) {
		s := session.Suite(sb % 2)
		got, err := ks[s].Unwrap(info, wrapped)
		want := bytes.Equal(info, fuzzWrapInfo) && bytes.Equal(wrapped, valid[s])
		switch {
		case err != nil && !errors.Is(err, ErrWrap):
			t.Fatalf("%v: error %v is not ErrWrap", s, err)
		case err != nil && got != nil:
			t.Fatalf("%v: an error with output %x", s, got)
		case want && (err != nil || !bytes.Equal(got, fuzzSecret)):
			t.Fatalf("%v: the valid wrap unwrapped to %x, %v", s, got, err)
		case !want && err == nil:
			t.Fatalf("%v: a modified wrap opened: info %x, wrap %x", s, info, wrapped)
		}
	})
}

// FuzzTrafficOpen feeds arbitrary messages to the traffic layer. Every
// failure is ErrDecrypt, and only the one sealed message opens.
func FuzzTrafficOpen(f *testing.F) {
	k, err := DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, KeySize), [32]byte{2})
	if err != nil {
		f.Fatal(err)
	}
	tr := k.Traffic()
	msg, context := []byte("prompt"), []byte("ctx")
	ct, err := tr.Seal(session.User, 3, msg, context)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(byte(session.User), uint64(3), ct, context)                   // the sealed message
	f.Add(byte(session.Miner), uint64(3), ct, context)                  // claimed by another sender
	f.Add(byte(session.User), uint64(4), ct, context)                   // replayed as another seq
	f.Add(byte(session.User), uint64(3), ct, []byte("cty"))             // another context
	f.Add(byte(session.User), uint64(3), ct[:len(ct)-1], context)       // truncated
	f.Add(byte(session.User), uint64(3), ct[len(ct)-16:], context)      // the tag alone
	f.Add(byte(session.Oracle), ^uint64(0), make([]byte, 16), []byte{}) // a zero tag
	f.Add(byte(3), uint64(3), ct, context)                              // not a role
	f.Add(byte(0xff), uint64(0), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, sender byte, seq uint64, ciphertext, ctx []byte) {
		pt, err := tr.Open(session.Role(sender), seq, ciphertext, ctx)
		want := sender == byte(session.User) && seq == 3 && bytes.Equal(ciphertext, ct) && bytes.Equal(ctx, context)
		switch {
		case err != nil && err != ErrDecrypt:
			t.Fatalf("error %v is not ErrDecrypt", err)
		case err != nil && pt != nil:
			t.Fatalf("an error with output %x", pt)
		case want && (err != nil || !bytes.Equal(pt, msg)):
			t.Fatalf("the sealed message opened to %q, %v", pt, err)
		case !want && err == nil:
			t.Fatalf("a modified message opened to %q", pt)
		}
	})
}

// FuzzCheckRecipientPublicKey feeds arbitrary public keys of every suite
// byte to CheckRecipientPublicKey. A key of a defined suite is accepted
// exactly when it has the suite's length, its X25519 part (the whole key,
// or the hybrid's last 32 bytes) has no small order and, for the hybrid
// suite, its ML-KEM part is canonical; every refusal is ErrPublicKey. Wrap
// seals to exactly the accepted keys.
func FuzzCheckRecipientPublicKey(f *testing.F) {
	ks := fuzzRecipients(f)
	for _, s := range fuzzSuites {
		pub := ks[s].PublicKey()
		lowOrder := bytes.Clone(pub)
		copy(lowOrder[len(pub)-32:], make([]byte, 32))
		f.Add(byte(s), pub)
		f.Add(byte(s), lowOrder) // refused: its X25519 part has small order
		f.Add(byte(s), pub[:len(pub)-1])
		f.Add(byte(s), append(bytes.Clone(pub), 0))
		f.Add(byte(s), bytes.Repeat([]byte{0xff}, KeyLength(s)))
	}
	f.Add(byte(2), ks[session.X25519].PublicKey()) // not a suite
	f.Add(byte(0), []byte{})
	f.Fuzz(func(t *testing.T, sb byte, pub []byte) {
		s := session.Suite(sb)
		err := CheckRecipientPublicKey(s, pub)
		if !s.Valid() {
			if err == nil {
				t.Fatalf("accepted a key of %v", s)
			}
			return
		}
		want := len(pub) == KeyLength(s) && (s == session.X25519 || canonicalMLKEM768(pub[:1184])) && !lowOrderX25519(pub[len(pub)-32:])
		switch {
		case err != nil && !errors.Is(err, ErrPublicKey):
			t.Fatalf("%v: error %v is not ErrPublicKey", s, err)
		case want != (err == nil):
			t.Fatalf("%v: %d-byte key %x: %v, want accepted = %v", s, len(pub), pub, err, want)
		}
		w, werr := Wrap(s, pub, fuzzWrapInfo, fuzzSecret)
		switch {
		case err != nil || lowOrderX25519(pub[len(pub)-32:]):
			if !errors.Is(werr, ErrPublicKey) {
				t.Fatalf("%v: Wrap to an unusable key: %v, want ErrPublicKey", s, werr)
			}
		case werr != nil || len(w) != WrapLength(s):
			t.Fatalf("%v: Wrap to an accepted key: %d bytes, %v", s, len(w), werr)
		}
	})
}

// x25519Clamp is RFC 7748's decodeScalar25519, which RFC 9180 requires
// SerializePrivateKey to apply.
func x25519Clamp(b []byte) []byte {
	c := bytes.Clone(b)
	c[0] &= 248
	c[31] &= 127
	c[31] |= 64
	return c
}

// FuzzParseRecipientKey feeds arbitrary private keys of every suite byte to
// ParseRecipientKey (it reads the agent's own store, but a corrupt store is
// still no reason to panic). Both suites take exactly 32 bytes; an accepted
// key round-trips through Bytes (clamped for X25519, as RFC 9180 says) to
// the same key, whose public key CheckRecipientPublicKey accepts.
func FuzzParseRecipientKey(f *testing.F) {
	ks := fuzzRecipients(f)
	for _, s := range fuzzSuites {
		priv, err := ks[s].Bytes()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(byte(s), bytes.Clone(priv))
		f.Add(byte(s), bytes.Repeat([]byte{0xff}, 32)) // unclamped
		f.Add(byte(s), make([]byte, 32))
		f.Add(byte(s), priv[:31])
		f.Add(byte(s), append(bytes.Clone(priv), 0))
		f.Add(byte(s), make([]byte, 64))
	}
	// A hybrid one-time key: its batch's ML-KEM-768 seed and its own
	// X25519 scalar.
	f.Add(byte(session.Hybrid), append(bytes.Repeat([]byte{0x5e}, MLKEMSeedSize), bytes.Repeat([]byte{0x42}, X25519KeySize)...))
	f.Add(byte(session.Hybrid), make([]byte, HybridOneTimeSecretLength-1))
	f.Add(byte(7), make([]byte, 32)) // not a suite
	f.Add(byte(0), []byte{})
	f.Fuzz(func(t *testing.T, sb byte, priv []byte) {
		s := session.Suite(sb)
		k, err := ParseRecipientKey(s, priv)
		switch {
		case !s.Valid() && err == nil:
			t.Fatalf("parsed a key of %v", s)
		case !s.Valid():
			return
		case (err == nil) != (len(priv) == 32 || s == session.Hybrid && len(priv) == HybridOneTimeSecretLength &&
			!bytes.Equal(priv[MLKEMSeedSize:], make([]byte, X25519KeySize))): // a zero scalar is no key
			t.Fatalf("%v: %d-byte key: %v", s, len(priv), err)
		case err != nil:
			return
		}
		want := priv
		if s == session.X25519 {
			want = x25519Clamp(priv)
		}
		b, err := k.Bytes()
		if err != nil || !bytes.Equal(b, want) {
			t.Fatalf("%v: Bytes() = %x, %v; want %x", s, b, err, want)
		}
		clear(b) // as the agent does once the key is stored
		k2, err := ParseRecipientKey(s, want)
		if err != nil || k2.Suite() != s || !bytes.Equal(k2.PublicKey(), k.PublicKey()) {
			t.Fatalf("%v: the serialized key parses to another key: %v", s, err)
		}
		if b2, err := k.Bytes(); err != nil || !bytes.Equal(b2, want) {
			t.Fatalf("%v: Bytes() after the caller cleared its copy = %x, %v", s, b2, err)
		}
		if err := CheckRecipientPublicKey(s, k.PublicKey()); err != nil {
			t.Fatalf("%v: the public key of a parsed private key: %v", s, err)
		}
	})
}

// TestRecipientKeyBytesIsACopy: the agent clears the serialized key once it
// is stored (agent/keys.go), which must not clear the key itself.
func TestRecipientKeyBytesIsACopy(t *testing.T) {
	for _, s := range fuzzSuites {
		k, err := GenerateRecipientKey(s, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		b, err := k.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		want := bytes.Clone(b)
		clear(b)
		if got, err := k.Bytes(); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%v: Bytes() after clearing an earlier result = %x, %v; want %x", s, got, err, want)
		}
	}
}

// TestLowOrderOracle checks the fuzz targets' small-order predicate
// against X25519 itself, canonical and non-canonical encodings included.
func TestLowOrderOracle(t *testing.T) {
	priv, err := GenerateX25519(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range smallOrderU {
		for _, v := range []*big.Int{u, new(big.Int).Add(u, fieldP)} {
			if v.BitLen() > 255 {
				continue
			}
			b := leBytes(v)
			for _, top := range []byte{0, 0x80} {
				p := bytes.Clone(b)
				p[31] |= top
				if !lowOrderX25519(p) {
					t.Errorf("%x: not in the oracle's list", p)
				}
				if _, err := X25519(priv, p); !errors.Is(err, ErrLowOrder) {
					t.Errorf("%x: %v, want ErrLowOrder", p, err)
				}
			}
		}
	}
	pub := PublicBytes(priv)
	if lowOrderX25519(pub[:]) {
		t.Error("a generated public key is of small order")
	}
}
