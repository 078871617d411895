package account

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// Anvil's first development key, public knowledge.
const devKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

func TestLoadHex(t *testing.T) {
	a, err := Load(Source{HexKey: devKey})
	if err != nil {
		t.Fatal(err)
	}
	if a.Address.Hex() != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Errorf("address %s", a.Address.Hex())
	}
	_, err = Load(Source{HexKey: "0x1234"})
	if err == nil || strings.Contains(err.Error(), "1234") {
		t.Errorf("bad hex key: %v (must fail without echoing the key)", err)
	}
}

func TestLoadKeystore(t *testing.T) {
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	k, _ := crypto.HexToECDSA(strings.TrimPrefix(devKey, "0x"))
	acc, err := ks.ImportECDSA(k, "secret")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := Load(Source{KeystoreFile: acc.URL.Path, PasswordFile: pw})
	if err != nil {
		t.Fatal(err)
	}
	if a.Address != acc.Address {
		t.Errorf("address %s, want %s", a.Address, acc.Address)
	}
	if err := os.WriteFile(pw, []byte("wrong"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Source{KeystoreFile: acc.URL.Path, PasswordFile: pw}); err == nil {
		t.Error("wrong password accepted")
	}
	if _, err := Load(Source{KeystoreFile: acc.URL.Path}); err == nil {
		t.Error("keystore without password file accepted")
	}
	if _, err := Load(Source{}); err == nil {
		t.Error("empty source accepted")
	}
	if _, err := Load(Source{HexKey: devKey, KeystoreFile: acc.URL.Path}); err == nil {
		t.Error("two sources accepted")
	}
}
