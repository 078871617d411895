package wire_test

import (
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/sessionkeystore/sessionkeystore/bindings"
)

func bindingsABI() abi.ABI { return bindings.NewSessionKeystore().GetABI() }
