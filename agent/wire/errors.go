package wire

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// DecodeRevert names revert data the way a person reads it: one of the
// contract's custom errors with its arguments ("SessionKeystoreInvalidTimeout(timeout: 1)"),
// Solidity's Error(string) or Panic(uint256), with a hint where the error
// has one (the allowed range of a phase timeout). It reports false for
// data it does not know, which callers then show in hex.
func DecodeRevert(data []byte) (string, bool) {
	if len(data) < 4 {
		return "", false
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("%q", reason), true
	}
	a := bindings.NewSessionKeystore().GetABI()
	var id [4]byte
	copy(id[:], data[:4])
	e, err := a.ErrorByID(id)
	if err != nil {
		return "", false
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return "", false
	}
	args := make([]string, len(vals))
	for i, v := range vals {
		args[i] = fmt.Sprintf("%s: %s", e.Inputs[i].Name, formatArg(v))
	}
	s := fmt.Sprintf("%s(%s)", e.Name, strings.Join(args, ", "))
	if hint := revertHints[e.Name]; hint != "" {
		s += ": " + hint
	}
	return s, true
}

// revertHints says what to do about the errors a person can cause with a
// flag.
var revertHints = map[string]string{
	"SessionKeystoreInvalidTimeout": "a phase timeout must be from 10 s to 30 days",
}

// formatArg prints an error argument: byte strings in hex, small integers
// in decimal, everything else as Go prints it.
func formatArg(v any) string {
	switch x := v.(type) {
	case []byte:
		return hexutil.Encode(x)
	case [32]byte:
		return hexutil.Encode(x[:])
	case [4]byte:
		return hexutil.Encode(x[:])
	case *big.Int:
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}
