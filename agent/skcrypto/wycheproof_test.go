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

// The Wycheproof vectors (github.com/C2SP/wycheproof, Apache-2.0, licence
// and commit next to them) live outside the repository, in the shared test
// data beside it. SKCRYPTO_WYCHEPROOF overrides the directory. They run
// through this package's own wrappers, so the length checks and the
// all-zero rejection are tested along with the primitives.

func wycheproofFile(t *testing.T, name string) []byte {
	t.Helper()
	dir, override := os.LookupEnv("SKCRYPTO_WYCHEPROOF")
	if !override {
		dir = filepath.Join("..", "..", "..", "shared", "testdata", "wycheproof")
	}
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) && !override {
		abs, _ := filepath.Abs(path)
		if os.Getenv("SESSIONKEYSTORE_WYCHEPROOF") == "require" {
			// make test WYCHEPROOF=require: the vectors must run, not skip.
			t.Fatalf("Wycheproof vectors not found at %s (required by SESSIONKEYSTORE_WYCHEPROOF=require); set SKCRYPTO_WYCHEPROOF to their directory", abs)
		}
		t.Skipf("Wycheproof vectors not found at %s (the shared test data beside the checkout): skipped; they run wherever that directory exists, or set SKCRYPTO_WYCHEPROOF to their directory", abs)
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

// wycheproofCase is one test of the xdh_comp, aead and hkdf schemas; each
// file fills the fields of its own schema.
type wycheproofCase struct {
	TcID    int      `json:"tcId"`
	Comment string   `json:"comment"`
	Flags   []string `json:"flags"`
	Result  string   `json:"result"` // valid, acceptable or invalid

	Public  hexBytes `json:"public"` // xdh_comp
	Private hexBytes `json:"private"`
	Shared  hexBytes `json:"shared"`

	Key hexBytes `json:"key"` // aead
	IV  hexBytes `json:"iv"`
	AAD hexBytes `json:"aad"`
	Msg hexBytes `json:"msg"`
	CT  hexBytes `json:"ct"`
	Tag hexBytes `json:"tag"`

	IKM  hexBytes `json:"ikm"` // hkdf
	Salt hexBytes `json:"salt"`
	Info hexBytes `json:"info"`
	Size int      `json:"size"`
	OKM  hexBytes `json:"okm"`
}

// loadWycheproof returns every test of a file, failing unless there is at
// least one and as many as the file's header announces.
func loadWycheproof(t *testing.T, name string) []wycheproofCase {
	t.Helper()
	var f struct {
		Algorithm     string `json:"algorithm"`
		NumberOfTests int    `json:"numberOfTests"`
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
		t.Fatalf("%s: %d tests read, the file announces %d", name, len(cases), f.NumberOfTests)
	}
	return cases
}

// TestWycheproofX25519 runs every XDH vector through ParseX25519Private and
// X25519. An all-zero result (low-order and twist points, flagged
// ZeroSharedSecret or LowOrderPublic) must be ErrLowOrder; every other valid
// or acceptable vector, non-canonical points included, must give exactly the
// expected value. Each public key cut or extended by a byte must be
// ErrPublicKey.
func TestWycheproofX25519(t *testing.T) {
	var agreed, lowOrder, badLength int
	for _, c := range loadWycheproof(t, "x25519_test.json") {
		priv, err := ParseX25519Private(c.Private)
		if err != nil {
			t.Fatalf("tc %d: private key: %v", c.TcID, err)
		}
		got, err := X25519(priv, c.Public)
		zero := bytes.Equal(c.Shared, make([]byte, 32))
		if lowOrderX25519(c.Public) != zero {
			t.Errorf("tc %d (%s): FuzzX25519's small-order predicate disagrees", c.TcID, c.Comment)
		}
		switch {
		case zero || slices.Contains(c.Flags, "ZeroSharedSecret") || slices.Contains(c.Flags, "LowOrderPublic"):
			if !errors.Is(err, ErrLowOrder) {
				t.Errorf("tc %d (%s): got %x, %v; want ErrLowOrder", c.TcID, c.Comment, got, err)
			}
			lowOrder++
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
		for _, p := range [][]byte{c.Public[:len(c.Public)-1], append(bytes.Clone(c.Public), 0), nil} {
			if z, err := X25519(priv, p); !errors.Is(err, ErrPublicKey) || z != ([32]byte{}) {
				t.Errorf("tc %d: %d-byte public key: %x, %v; want ErrPublicKey", c.TcID, len(p), z, err)
			}
			badLength++
		}
	}
	if agreed == 0 || lowOrder == 0 {
		t.Fatalf("%d agreements and %d low-order inputs checked", agreed, lowOrder)
	}
	t.Logf("x25519_test.json: %d agreements checked, %d low-order inputs rejected, %d wrong-length keys rejected",
		agreed, lowOrder, badLength)
}

// TestX25519KeyLengths checks the parsers' length checks, which the
// vectors (all 32 bytes) do not reach.
func TestX25519KeyLengths(t *testing.T) {
	for _, n := range []int{0, 1, 31, 33, 64} {
		if _, err := ParseX25519Public(make([]byte, n)); !errors.Is(err, ErrPublicKey) {
			t.Errorf("%d-byte public key: %v, want ErrPublicKey", n, err)
		}
		if _, err := ParseX25519Private(make([]byte, n)); err == nil {
			t.Errorf("%d-byte private key parsed", n)
		}
	}
}

// testWycheproofAEAD runs an AEAD vector file through the AEAD wrapper. A
// valid vector must seal to ct || tag and open back to msg, and stop opening
// when a bit of its tag flips; an invalid one (modified tag, nonce of the
// wrong size) must fail to open with ErrDecrypt, and Seal must refuse a
// nonce of the wrong size with an error rather than cipher.AEAD's panic.
func testWycheproofAEAD(t *testing.T, file string, newAEAD func([]byte) (*AEAD, error)) {
	var valid, invalid, badNonce int
	for _, c := range loadWycheproof(t, file) {
		a, err := newAEAD(c.Key)
		if err != nil {
			if len(c.Key) == 32 || !errors.Is(err, ErrKey) {
				t.Errorf("tc %d: %d-byte key: %v", c.TcID, len(c.Key), err)
			}
			continue
		}
		sealed := append(bytes.Clone(c.CT), c.Tag...)
		if c.Result == "valid" {
			ct, err := a.Seal(c.IV, c.Msg, c.AAD)
			if err != nil || !bytes.Equal(ct, sealed) {
				t.Errorf("tc %d (%s): Seal = %x, %v; want %x", c.TcID, c.Comment, ct, err, sealed)
			}
			pt, err := a.Open(c.IV, sealed, c.AAD)
			if err != nil || !bytes.Equal(pt, c.Msg) {
				t.Errorf("tc %d (%s): Open = %x, %v; want %x", c.TcID, c.Comment, pt, err, c.Msg)
			}
			sealed[len(sealed)-1] ^= 0x80
			if pt, err := a.Open(c.IV, sealed, c.AAD); err != ErrDecrypt {
				t.Errorf("tc %d (%s): Open with a flipped tag bit = %x, %v; want ErrDecrypt", c.TcID, c.Comment, pt, err)
			}
			valid++
			continue
		}
		if pt, err := a.Open(c.IV, sealed, c.AAD); err != ErrDecrypt {
			t.Errorf("tc %d (%s): Open = %x, %v; want ErrDecrypt", c.TcID, c.Comment, pt, err)
		}
		if len(c.IV) != a.NonceSize() {
			if ct, err := a.Seal(c.IV, c.Msg, c.AAD); err == nil {
				t.Errorf("tc %d (%s): Seal with a %d-byte nonce = %x", c.TcID, c.Comment, len(c.IV), ct)
			}
			badNonce++
		}
		invalid++
	}
	if valid == 0 || invalid == 0 || badNonce == 0 {
		t.Fatalf("%s: %d valid, %d invalid (%d with a bad nonce) vectors ran", file, valid, invalid, badNonce)
	}
	t.Logf("%s: %d valid vectors sealed and opened, %d invalid rejected (%d of them for their nonce size)",
		file, valid, invalid, badNonce)
}

func TestWycheproofChaCha20Poly1305(t *testing.T) {
	testWycheproofAEAD(t, "chacha20_poly1305_test.json", NewChaCha20Poly1305)
}

func TestWycheproofXChaCha20Poly1305(t *testing.T) {
	testWycheproofAEAD(t, "xchacha20_poly1305_test.json", NewXChaCha20Poly1305)
}

// TestAEADSizes checks what the vectors (all 32-byte keys) do not reach:
// keys of the wrong size are ErrKey, and short ciphertexts ErrDecrypt.
func TestAEADSizes(t *testing.T) {
	for _, n := range []int{0, 16, 31, 33} {
		if _, err := NewChaCha20Poly1305(make([]byte, n)); !errors.Is(err, ErrKey) {
			t.Errorf("ChaCha20-Poly1305 with a %d-byte key: %v, want ErrKey", n, err)
		}
		if _, err := NewXChaCha20Poly1305(make([]byte, n)); !errors.Is(err, ErrKey) {
			t.Errorf("XChaCha20-Poly1305 with a %d-byte key: %v, want ErrKey", n, err)
		}
	}
	for _, newAEAD := range []func([]byte) (*AEAD, error){NewChaCha20Poly1305, NewXChaCha20Poly1305} {
		a, err := newAEAD(make([]byte, 32))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, a.Overhead() - 1} {
			if _, err := a.Open(make([]byte, a.NonceSize()), make([]byte, n), nil); err != ErrDecrypt {
				t.Errorf("%d-byte ciphertext: %v, want ErrDecrypt", n, err)
			}
		}
	}
}

// TestWycheproofHKDF runs the HKDF-SHA256 vectors through HKDF: a valid one
// must give okm, an invalid one (an output longer than 255*32 bytes) an
// error.
func TestWycheproofHKDF(t *testing.T) {
	var derived, rejected int
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
		derived++
	}
	if derived == 0 || rejected == 0 {
		t.Fatalf("%d valid and %d invalid vectors ran", derived, rejected)
	}
	t.Logf("hkdf_sha256_test.json: %d derivations checked, %d oversized requests rejected", derived, rejected)
}
