package wire

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
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
		arg := formatArg(v)
		if n, ok := v.(uint8); ok {
			if name, ok := enumArg(e.Name, e.Inputs[i].Name, n); ok {
				arg = name
			}
		}
		args[i] = fmt.Sprintf("%s: %s", e.Inputs[i].Name, arg)
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

// enumArg names the value of an enum argument of custom error errName
// (the ABI has them as uint8) by the Go type that mirrors the enum; false
// for other arguments and for numbers the enum does not have.
func enumArg(errName, arg string, v uint8) (string, bool) {
	var e interface {
		Valid() bool
		String() string
	}
	switch {
	case arg == "suite":
		e = session.Suite(v)
	case arg == "method":
		e = session.Method(v)
	case arg == "role":
		e = session.Role(v)
	case arg == "fault":
		e = session.Fault(v)
	case arg == "phase", arg == "current" && errName == "SessionKeystoreUnexpectedPhase":
		e = session.Phase(v)
	case arg == "current" && errName == "SessionKeystoreUnexpectedStep":
		e = session.Step(v)
	default:
		return "", false
	}
	if !e.Valid() {
		return "", false
	}
	return e.String(), true
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
