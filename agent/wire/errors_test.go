package wire_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// packError encodes the contract's custom error name with args, as a
// revert carries it.
func packError(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	e, ok := bindings.NewSessionKeystore().GetABI().Errors[name]
	if !ok {
		t.Fatalf("no error %s in the ABI", name)
	}
	data, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte(nil), e.ID[:4]...), data...)
}

func TestDecodeRevert(t *testing.T) {
	user := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for _, tc := range []struct {
		data []byte
		want string
	}{
		{packError(t, "SessionKeystoreInvalidTimeout", uint32(1)), "SessionKeystoreInvalidTimeout(phaseTimeout: 1): a phase timeout must be from 10 s to 30 days"},
		{packError(t, "SessionKeystoreInvalidNonce", user, uint64(3), uint64(5)), "SessionKeystoreInvalidNonce(user: 0x00000000000000000000000000000000000000AA, expected: 3, actual: 5)"},
		{mustRevertString(t, "boom"), `"boom"`},
		// Enum arguments by name (issue 16 item 3), and the number as is
		// when it names no value.
		{packError(t, "SessionKeystoreNoActiveKey", user, uint8(1)), "SessionKeystoreNoActiveKey(account: 0x00000000000000000000000000000000000000AA, suite: hybrid)"},
		{packError(t, "SessionKeystoreUnsupportedSuite", uint8(0), uint8(9)), "SessionKeystoreUnsupportedSuite(method: combined, suite: 9)"},
		{packError(t, "SessionKeystoreAlreadyActed", [32]byte{1}, uint8(2)), "SessionKeystoreAlreadyActed(sessionId: 0x0100000000000000000000000000000000000000000000000000000000000000, role: oracle)"},
		{packError(t, "SessionKeystoreUnexpectedPhase", [32]byte{}, uint8(6), big.NewInt(4)), "SessionKeystoreUnexpectedPhase(sessionId: 0x0000000000000000000000000000000000000000000000000000000000000000, current: established, expectedBitmap: 4)"},
		{packError(t, "SessionKeystoreInvalidAccusation", uint8(2), uint8(1)), "SessionKeystoreInvalidAccusation(accused: 2, fault: " + session.Fault(1).String() + ")"},
	} {
		got, ok := wire.DecodeRevert(tc.data)
		if !ok || got != tc.want {
			t.Errorf("DecodeRevert(%x) = %q, %v; want %q", tc.data, got, ok, tc.want)
		}
	}
	if got, ok := wire.DecodeRevert([]byte{1, 2, 3, 4, 5}); ok {
		t.Errorf("unknown data decoded as %q", got)
	}
	if _, ok := wire.DecodeRevert(nil); ok {
		t.Error("empty data decoded")
	}
}

// mustRevertString encodes Error(string).
func mustRevertString(t *testing.T, s string) []byte {
	t.Helper()
	str, _ := abi.NewType("string", "", nil)
	data, err := abi.Arguments{{Type: str}}.Pack(s)
	if err != nil {
		t.Fatal(err)
	}
	return append([]byte{0x08, 0xc3, 0x79, 0xa0}, data...)
}

// TestRevertErrorReadsAsASentence: with the data decoded, the error names
// the custom error and carries no raw NUL bytes from the node's message.
func TestRevertErrorReadsAsASentence(t *testing.T) {
	data := packError(t, "SessionKeystoreInvalidTimeout", uint32(1))
	reason, _ := wire.DecodeRevert(data)
	e := &chain.RevertError{Data: data, Msg: "execution reverted: custom error 0x9a8b1e98: \x00\x00\x00\x01", Reason: reason}
	if s := e.Error(); !strings.Contains(s, "SessionKeystoreInvalidTimeout(phaseTimeout: 1)") || strings.ContainsRune(s, 0) {
		t.Errorf("RevertError = %q", s)
	}
	e.Reason = ""
	if s := e.Error(); strings.ContainsRune(s, 0) || !strings.Contains(s, "(data 0x") {
		t.Errorf("undecoded RevertError = %q: want no NUL bytes and the data in hex", s)
	}
}
