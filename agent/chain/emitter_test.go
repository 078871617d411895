package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// emitterTopic is the one topic the test contract logs with.
var emitterTopic = crypto.Keccak256Hash([]byte("Emitted(bytes)"))

// emitterCode is the init code of a hand-written contract whose every call
// emits LOG1(emitterTopic) with the calldata as the log's data:
//
//	CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY      mem[0:size] = calldata
//	PUSH32 topic CALLDATASIZE PUSH1 0 LOG1 STOP   log1(0, size, topic)
func emitterCode() []byte {
	runtime := []byte{0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x7f}
	runtime = append(runtime, emitterTopic[:]...)
	runtime = append(runtime, 0x36, 0x60, 0x00, 0xa1, 0x00)
	return initCode(runtime)
}

// reverterCode is the init code of a contract whose every call reverts
// with the four bytes 0xdeadbeef:
//
//	PUSH4 0xdeadbeef PUSH1 0 MSTORE   mem[28:32] = deadbeef
//	PUSH1 4 PUSH1 28 REVERT           revert(28, 4)
func reverterCode() []byte {
	return initCode([]byte{0x63, 0xde, 0xad, 0xbe, 0xef, 0x60, 0x00, 0x52, 0x60, 0x04, 0x60, 0x1c, 0xfd})
}

// initCode returns init code deploying runtime (shorter than 256 bytes):
//
//	PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY   mem[0:len] = code[11:]
//	PUSH1 0 RETURN                             return mem[0:len]
func initCode(runtime []byte) []byte {
	init := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 11, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

// emitterAddress is where testAddr's contract creation with nonce n lands.
func emitterAddress(n uint64) common.Address { return crypto.CreateAddress(testAddr, n) }
