package skcrypto

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The Wycheproof vectors live outside the repository (see the licence next
// to them). SKCRYPTO_WYCHEPROOF overrides the directory.
func wycheproofFile(t *testing.T, name string) []byte {
	t.Helper()
	dir := os.Getenv("SKCRYPTO_WYCHEPROOF")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "testdata", "wycheproof")
	}
	b, err := os.ReadFile(filepath.Join(dir, name))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("Wycheproof vectors not found at %s (set SKCRYPTO_WYCHEPROOF to their directory)", filepath.Join(dir, name))
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hexBytes is a hex string in a vector file.
type hexBytes []byte

func (h *hexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(s)
	*h = v
	return err
}

type wycheproofCase struct {
	TcID    int      `json:"tcId"`
	Comment string   `json:"comment"`
	Flags   []string `json:"flags"`
	Result  string   `json:"result"` // valid, acceptable or invalid
	// XDH
	Public, Private, Shared hexBytes
	// AEAD
	Key, IV, AAD, Msg, CT, Tag hexBytes
	// HKDF
	IKM, Salt, Info, OKM hexBytes
	Size                 int `json:"size"`
}

func loadWycheproof(t *testing.T, name string) []wycheproofCase {
	t.Helper()
	var f struct {
		NumberOfTests int `json:"numberOfTests"`
		TestGroups    []struct {
			Tests []wycheproofCase `json:"tests"`
		} `json:"testGroups"`
	}
	if err := json.Unmarshal(wycheproofFile(t, name), &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var cases []wycheproofCase
	for _, g := range f.TestGroups {
		cases = append(cases, g.Tests...)
	}
	if len(cases) == 0 || len(cases) != f.NumberOfTests {
		t.Fatalf("%s: %d tests read, the file says %d", name, len(cases), f.NumberOfTests)
	}
	return cases
}

// TestWycheproofX25519 runs every XDH vector through X25519, which must
// return the expected value or, for every all-zero result (low-order and
// zero-shared-secret inputs), ErrLowOrder.
func TestWycheproofX25519(t *testing.T) {
	var agreed, rejected int
	for _, c := range loadWycheproof(t, "x25519_test.json") {
		priv, err := ParseX25519Private(c.Private)
		if err != nil {
			t.Fatalf("tc %d: private key: %v", c.TcID, err)
		}
		got, err := X25519(priv, c.Public)
		zero := bytes.Equal(c.Shared, make([]byte, 32))
		switch {
		case zero || slices.Contains(c.Flags, "ZeroSharedSecret"):
			if !errors.Is(err, ErrLowOrder) {
				t.Errorf("tc %d (%s): got %x, %v; want ErrLowOrder", c.TcID, c.Comment, got, err)
			}
			rejected++
		case c.Result == "invalid":
			if err == nil {
				t.Errorf("tc %d (%s): accepted an invalid input", c.TcID, c.Comment)
			}
		default:
			if err != nil || !bytes.Equal(got[:], c.Shared) {
				t.Errorf("tc %d (%s): got %x, %v; want %x", c.TcID, c.Comment, got, err, c.Shared)
			}
			agreed++
		}
	}
	if rejected == 0 {
		t.Fatal("no low-order vector ran")
	}
	t.Logf("%d agreements checked, %d low-order inputs rejected", agreed, rejected)
}

func TestWycheproofX25519WrongLengths(t *testing.T) {
	priv, err := ParseX25519Private(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 31, 33, 64} {
		if _, err := X25519(priv, make([]byte, n)); !errors.Is(err, ErrPublicKey) {
			t.Errorf("%d-byte peer key: %v, want ErrPublicKey", n, err)
		}
		if _, err := ParseX25519Public(make([]byte, n)); err == nil {
			t.Errorf("%d-byte public key parsed", n)
		}
		if _, err := ParseX25519Private(make([]byte, n)); err == nil {
			t.Errorf("%d-byte private key parsed", n)
		}
	}
}

func testWycheproofAEAD(t *testing.T, file string, newAEAD func([]byte) (*AEAD, error)) {
	var sealed, rejected int
	for _, c := range loadWycheproof(t, file) {
		a, err := newAEAD(c.Key)
		if err != nil {
			t.Fatalf("tc %d: key: %v", c.TcID, err)
		}
		want := append(bytes.Clone([]byte(c.CT)), c.Tag...)
		if c.Result == "valid" {
			ct, err := a.Seal(c.IV, c.Msg, c.AAD)
			if err != nil || !bytes.Equal(ct, want) {
				t.Errorf("tc %d (%s): Seal = %x, %v; want %x", c.TcID, c.Comment, ct, err, want)
			}
			pt, err := a.Open(c.IV, want, c.AAD)
			if err != nil || !bytes.Equal(pt, c.Msg) {
				t.Errorf("tc %d (%s): Open = %x, %v; want %x", c.TcID, c.Comment, pt, err, c.Msg)
			}
			sealed++
			continue
		}
		// Invalid: a modified tag or a nonce of the wrong size; an error,
		// never a panic, and Seal refuses a bad nonce too.
		if pt, err := a.Open(c.IV, want, c.AAD); !errors.Is(err, ErrDecrypt) {
			t.Errorf("tc %d (%s): Open = %x, %v; want ErrDecrypt", c.TcID, c.Comment, pt, err)
		}
		if len(c.IV) != a.NonceSize() {
			if _, err := a.Seal(c.IV, c.Msg, c.AAD); err == nil {
				t.Errorf("tc %d (%s): Seal accepted a %d-byte nonce", c.TcID, c.Comment, len(c.IV))
			}
		}
		rejected++
	}
	if sealed == 0 || rejected == 0 {
		t.Fatalf("%d valid and %d invalid vectors ran", sealed, rejected)
	}
	t.Logf("%d valid vectors sealed and opened, %d invalid rejected", sealed, rejected)
}

func TestWycheproofChaCha20Poly1305(t *testing.T) {
	testWycheproofAEAD(t, "chacha20_poly1305_test.json", NewChaCha20Poly1305)
}

func TestWycheproofXChaCha20Poly1305(t *testing.T) {
	testWycheproofAEAD(t, "xchacha20_poly1305_test.json", NewXChaCha20Poly1305)
}

func TestWycheproofHKDF(t *testing.T) {
	var ok, rejected int
	for _, c := range loadWycheproof(t, "hkdf_sha256_test.json") {
		got, err := HKDF(c.IKM, c.Salt, string(c.Info), c.Size)
		if c.Result == "invalid" {
			if err == nil {
				t.Errorf("tc %d (%s): accepted size %d", c.TcID, c.Comment, c.Size)
			}
			rejected++
			continue
		}
		if err != nil || !bytes.Equal(got, c.OKM) {
			t.Errorf("tc %d (%s): got %x, %v; want %x", c.TcID, c.Comment, got, err, c.OKM)
		}
		ok++
	}
	if ok == 0 || rejected == 0 {
		t.Fatalf("%d valid and %d invalid vectors ran", ok, rejected)
	}
	t.Logf("%d derivations checked, %d oversized requests rejected", ok, rejected)
}

func TestAEADWrongKeySizes(t *testing.T) {
	for _, n := range []int{0, 16, 31, 33} {
		if _, err := NewChaCha20Poly1305(make([]byte, n)); err == nil {
			t.Errorf("ChaCha20-Poly1305 accepted a %d-byte key", n)
		}
		if _, err := NewXChaCha20Poly1305(make([]byte, n)); err == nil {
			t.Errorf("XChaCha20-Poly1305 accepted a %d-byte key", n)
		}
	}
}
