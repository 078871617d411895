// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ISessionKeystoreCallResult is an auto generated low-level Go binding around an user-defined struct.
type ISessionKeystoreCallResult struct {
	Success    bool
	ReturnData []byte
}

// ISessionKeystoreKeyRecord is an auto generated low-level Go binding around an user-defined struct.
type ISessionKeystoreKeyRecord struct {
	KeyHash [32]byte
	Version uint32
	Revoked bool
}

// ISessionKeystoreOpenParams is an auto generated low-level Go binding around an user-defined struct.
type ISessionKeystoreOpenParams struct {
	Miner        common.Address
	Oracle       common.Address
	Method       uint8
	Suite        uint8
	Coordinator  uint8
	PhaseTimeout uint32
	Nonce        uint64
	Commitment   [32]byte
	UserKey      []byte
	WrapMiner    []byte
	WrapOracle   []byte
}

// ISessionKeystoreSessionView is an auto generated low-level Go binding around an user-defined struct.
type ISessionKeystoreSessionView struct {
	User             common.Address
	Miner            common.Address
	Oracle           common.Address
	Method           uint8
	Suite            uint8
	Coordinator      uint8
	Phase            uint8
	Deadline         uint64
	PhaseTimeout     uint32
	Acted            uint8
	MinerKeyVersion  uint32
	OracleKeyVersion uint32
	Commitments      [3][32]byte
	Attestations     [3][32]byte
	Requests         uint64
}

// SessionKeystoreMetaData contains all meta data concerning the SessionKeystore contract.
var SessionKeystoreMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b506143f58061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c8063756a6933116100fe578063c01b093d1161009e578063cf9928201161006e578063cf9928201461048d578063cfe9cb00146104a0578063d99b51bd146104a8578063fc334e8c146104bb575f5ffd5b8063c01b093d14610441578063c644179814610454578063c806da8914610467578063cb9c17211461047a575f5ffd5b80639168212f116100d95780639168212f146103cc578063a770d94514610412578063acc7e7641461041b578063b0f5d98e1461042e575f5ffd5b8063756a6933146103595780637ecebe00146103615780638acbf78e146103b9575f5ffd5b80633414cf96116101745780634e71aeaf116101445780634e71aeaf146102e05780635903d97c146102e95780635b419a65146103095780635bb75f241461031c575f5ffd5b80633414cf961461027e57806338944be91461029357806339c79e0c146102a65780634b9d37f6146102b9575f5ffd5b80632151e61c116101af5780632151e61c1461023b5780632a0272111461025a5780632caf56c9146102635780632f82ddff14610276575f5ffd5b80630291099f146101d557806315f64920146101fb5780631e9701d41461021b575b5f5ffd5b6101e86101e3366004613839565b6104ce565b6040519081526020015b60405180910390f35b61020e61020936600461386a565b610534565b6040516101f291906138c2565b61022e6102293660046138df565b6105d0565b6040516101f2919061395e565b61024562278d0081565b60405163ffffffff90911681526020016101f2565b6101e861400081565b6101e8610271366004613a35565b610713565b6101e8602081565b61029161028c366004613a7d565b611593565b005b6102916102a1366004613afb565b6117cb565b6102916102b436600461386a565b611944565b6101e87f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6101e86104c081565b6102fc6102f736600461386a565b611a77565b6040516101f29190613b9f565b610291610317366004613d21565b611d63565b61032f61032a366004613d4d565b611ec5565b604080518251815260208084015163ffffffff1690820152918101511515908201526060016101f2565b6101e8605081565b6103a061036f366004613d82565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016101f2565b6102916103c7366004613d21565b611f70565b6104056103da366004613d9b565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b6040516101f29190613dcc565b6101e861049081565b610291610429366004613dda565b6122b4565b61029161043c366004613df5565b6123de565b61029161044f366004613d21565b61248c565b61029161046236600461386a565b612568565b610291610475366004613e52565b612730565b6101e8610488366004613ed9565b6128df565b61024561049b366004613f1a565b6128f7565b610245600a81565b6102916104b6366004613f6b565b612a20565b6102916104c9366004613d21565b612afb565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b5f818152600260205260408120805477010000000000000000000000000000000000000000000000900460ff168281600981111561057457610574613881565b14158015610588575061058681612c49565b155b80156105ba575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b156105c9575060089392505050565b9392505050565b60608267ffffffffffffffff8111156105eb576105eb613fb5565b60405190808252806020026020018201604052801561063057816020015b604080518082019091525f8152606060208201528152602001906001900390816106095790505b5090505f5b8381101561070b575f803087878581811061065257610652613fe2565b9050602002810190610664919061400f565b604051610672929190614070565b5f60405180830381855af49150503d805f81146106aa576040519150601f19603f3d011682016040523d82523d5f602084013e6106af565b606091505b5091509150811580156106c0575084155b156106cd57805160208201fd5b60405180604001604052808315158152602001828152508484815181106106f6576106f6613fe2565b60209081029190910101525050600101610635565b509392505050565b5f33816107236020850185613d82565b73ffffffffffffffffffffffffffffffffffffffff16148061076957505f6107516040850160208601613d82565b73ffffffffffffffffffffffffffffffffffffffff16145b806107ab575073ffffffffffffffffffffffffffffffffffffffff81166107936020850185613d82565b73ffffffffffffffffffffffffffffffffffffffff16145b806107f0575073ffffffffffffffffffffffffffffffffffffffff81166107d86040850160208601613d82565b73ffffffffffffffffffffffffffffffffffffffff16145b8061084157506108066040840160208501613d82565b73ffffffffffffffffffffffffffffffffffffffff166108296020850185613d82565b73ffffffffffffffffffffffffffffffffffffffff16145b156108c457806108546020850185613d82565b6108646040860160208701613d82565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152918316602483015290911660448201526064015b60405180910390fd5b600a6108d660c0850160a0860161407f565b63ffffffff1610806108ff575062278d006108f760c0850160a0860161407f565b63ffffffff16115b1561094f5761091460c0840160a0850161407f565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016108bb565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604090205467ffffffffffffffff168061098f60e0860160c087016140a2565b67ffffffffffffffff1614610a125781816109b060e0870160c088016140a2565b6040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909316600484015267ffffffffffffffff91821660248401521660448201526064016108bb565b5f808080610a266060890160408a01613dda565b6001811115610a3757610a37613881565b03610d18575f610a4d6080890160608a01613dda565b6001811115610a5e57610a5e613881565b14610ab757610a736060880160408901613dda565b610a836080890160608a01613dda565b6040517f99f9852d0000000000000000000000000000000000000000000000000000000081526004016108bb9291906140bb565b5f610ac860a0890160808a016140e1565b6002811115610ad957610ad9613881565b14610b40576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f636f6f7264696e61746f7200000000000000000000000000000000000000000060448201526064016108bb565b60e0870135610bab576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016108bb565b610bb961010088018861400f565b159050610c22576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016108bb565b610c3061012088018861400f565b159050610c99576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016108bb565b610ca761014088018861400f565b159050610d10576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016108bb565b506001611017565b60e087013515610d84576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016108bb565b5f610d9560a0890160808a016140e1565b6002811115610da657610da6613881565b03610e7157610db961010088018861400f565b159050610e22576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016108bb565b610e48610e356080890160608a01613dda565b610e436101208a018a61400f565b612c66565b610e69610e5b6080890160608a01613dda565b610e436101408a018a61400f565b506005610f89565b610e97610e846080890160608a01613dda565b610e926101008a018a61400f565b612cd5565b610ea561012088018861400f565b159050610f0e576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016108bb565b610f1c61014088018861400f565b159050610f85576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016108bb565b5060045b6001610f9b60a0890160808a016140e1565b6002811115610fac57610fac613881565b14610fd957610fd6610fc16020890189613d82565b610fd160808a0160608b01613dda565b612dcd565b92505b6002610feb60a0890160808a016140e1565b6002811115610ffc57610ffc613881565b1461101757611014610fc16040890160208a01613d82565b91505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8816606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff86165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169092178255919750906111189060608a01908a01613dda565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000083600181111561116657611166613881565b021790555061117b6080890160608a01613dda565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000008360018111156111ca576111ca613881565b02179055506111df60a0890160808a016140e1565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000083600281111561122f5761122f613881565b02179055506112416020890189613d82565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556112986040890160208a01613d82565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556112ef60c0890160a08a0161407f565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156113dd576113dd613881565b036113ed5760e088013560038201555b6113f987898686612e98565b600182600981111561140d5761140d613881565b03611456575f877f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218a60e0013560405161144991815260200190565b60405180910390a361153e565b600582600981111561146a5761146a613881565b036114f7576001877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46114a16101208c018c61400f565b6040516114af929190614141565b60405180910390a36002877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46114e96101408c018c61400f565b604051611449929190614141565b867f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a6115276101008b018b61400f565b604051611535929190614141565b60405180910390a25b611549878284612f62565b600182600981111561155d5761155d613881565b036115885761156b5f61309f565b8160010160146101000a81548160ff021916908360ff1602179055505b505050505050919050565b5f61159d846130c1565b805490915077010000000000000000000000000000000000000000000000900460ff166115c981612c49565b15611608578481603e5b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016108bb93929190614154565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642111561169a5781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108bb565b5f6116a686843361313f565b90505f8460058111156116bb576116bb613881565b14806116d8575060018460058111156116d6576116d6613881565b145b806116e4575060ff8516155b806116f25750600760ff8616115b8061170a57506117018161309f565b851660ff165f14155b156117455784846040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016108bb929190614186565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a906117bb9087908990869061419d565b60405180910390a2505050505050565b5f6117d6855f613215565b600281015490915067ffffffffffffffff78010000000000000000000000000000000000000000000000009091048116908516811461185c576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810187905267ffffffffffffffff8083166024830152861660448201526064016108bb565b61186684846132f6565b6118718160016141ee565b60028301805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff938416021790555f878152600360209081526040808320938916808452939091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187907fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe906119349088908890614141565b60405180910390a3505050505050565b5f61194e826130c1565b90506006815477010000000000000000000000000000000000000000000000900460ff16600981111561198357611983613881565b146119e9578054829077010000000000000000000000000000000000000000000000900460ff1660065b60ff166001901b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016108bb93929190614154565b5f6119f583833361313f565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405190915083907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b590611a6a90849061420e565b60405180910390a2505050565b611a7f613765565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff1690811115611af957611af9613881565b90816001811115611b0c57611b0c613881565b905250805460808301907501000000000000000000000000000000000000000000900460ff166001811115611b4357611b43613881565b90816001811115611b5657611b56613881565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff166002811115611b8e57611b8e613881565b90816002811115611ba157611ba1613881565b905250805460c083019077010000000000000000000000000000000000000000000000900460ff166009811115611bda57611bda613881565b90816009811115611bed57611bed613881565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b815481526020019060010190808311611cb95750505050508261018001819052505f5b60038160ff161015611d2d57611d06828260ff166002811115611d0157611d01613881565b613386565b836101a001518260ff1660038110611d2057611d20613fe2565b6020020152600101611cdc565b50600201547801000000000000000000000000000000000000000000000000900467ffffffffffffffff166101c0820152919050565b5f5f611d708460016133f4565b90925090505f816002811115611d8857611d88613881565b03611dc8576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016108bb565b82611e035783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b8282600301826002811115611e1a57611e1a613881565b60ff1660038110611e2d57611e2d613fe2565b01555f611e3a8383613588565b9050816002811115611e4e57611e4e613881565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a1042186604051611e8091815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611ebe57611ebe85846002612f62565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff861682528190529182209091836001811115611f1457611f14613881565b6001811115611f2557611f25613881565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f5f611f7d8460056133f4565b909250905082611fbd5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b600682015480611ff85760068301849055611fd78261309f565b8360010160156101000a81548160ff021916908360ff160217905550612090565b808403612063576120088261309f565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff90811694169390931702919091179055612090565b838360070183600281111561207a5761207a613881565b60ff166003811061208d5761208d613fe2565b01555b5f61209b8484613588565b90508260028111156120af576120af613881565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b876040516120e191815260200190565b60405180910390a360ff81166007146120fc57505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff16016121c25783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e83156121b257836121b4565b865b6040519081526020016117bb565b5f6121cd855f613386565b90505f6121db866001613386565b90505f6121e9876002613386565b90505f828403612204576121fd600261309f565b9050612229565b818403612215576121fd600161309f565b818303612225576121fd5f61309f565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a906122a09060019085905f9061419d565b60405180910390a250505050505050505050565b335f908152602081905260408120818360018111156122d5576122d5613881565b60018111156122e6576122e6613881565b815260208101919091526040015f20600181015490915063ffffffff16158061231b57506001810154640100000000900460ff165b156123565733826040517fe1277c840000000000000000000000000000000000000000000000000000000081526004016108bb929190614230565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff16640100000000179055829081111561239957612399613881565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b6123e9856001613215565b506123f88585600160026135ca565b61240283836132f6565b8061243e578460016040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b8367ffffffffffffffff16857fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e85858560405161247d93929190614256565b60405180910390a35050505050565b5f5f6124998460036133f4565b9092509050826124d95783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b5f6124e48383613588565b90508160028111156124f8576124f8613881565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb8660405161252a91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611ebe57611ebe85846005612f62565b5f612572826130c1565b805490915077010000000000000000000000000000000000000000000000900460ff1661259e81612c49565b156125ac578281603e6115d3565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421161263d5781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108bb565b5f600482600981111561265257612652613881565b1461265e576007612686565b825461268690760100000000000000000000000000000000000000000000900460ff1661309f565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e1906127219086908590614279565b60405180910390a25050505050565b5f5f61273d8760046133f4565b81549193509150760100000000000000000000000000000000000000000000900460ff16600281111561277257612772613881565b81600281111561278457612784613881565b146127c4576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016108bb565b81546127ed907501000000000000000000000000000000000000000000900460ff168787612c66565b8154612816907501000000000000000000000000000000000000000000900460ff168585612c66565b6128208282613588565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48888604051612854929190614141565b60405180910390a3600181600281111561287057612870613881565b1461287c57600161287f565b60025b600281111561289057612890613881565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f486866040516128c2929190614141565b60405180910390a36128d687836005612f62565b50505050505050565b5f6128ec858585856136be565b90505b949350505050565b5f612903848484612cd5565b335f9081526020819052604081208186600181111561292457612924613881565b600181111561293557612935613881565b815260208101919091526040015f2060018082015491925061295d9163ffffffff1690614297565b91505f8484604051612970929190614070565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff871617905590915086908111156129c3576129c3613881565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef85848989604051612a0f94939291906142b3565b60405180910390a350509392505050565b612a2b846002613215565b5060ff8116151582151503612a9c576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f726561736f6e000000000000000000000000000000000000000000000000000060448201526064016108bb565b612aaa8484600260036135ca565b60408051831515815260ff8316602082015267ffffffffffffffff85169186917f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a5910160405180910390a350505050565b5f5f612b088460026133f4565b909250905082612b485783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b81600301816002811115612b5e57612b5e613881565b60ff1660038110612b7157612b71613fe2565b0154612b7f858333876136be565b14612bba5783816040517f068fbce30000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b5f612bc58383613588565b9050816002811115612bd957612bd9613881565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f386604051612c0b91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611ebe57611ebe85846003612f62565b5f6006826009811115612c5e57612c5e613881565b101592915050565b5f80846001811115612c7a57612c7a613881565b14612c8757610490612c8a565b60505b9050818114612ccf576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016108bb565b50505050565b5f80846001811115612ce957612ce9613881565b14612cf6576104c0612cf9565b60205b9050818114612d3e576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016108bb565b5f846001811115612d5157612d51613881565b148015612d6657505f612d6483856142e2565b145b15612ccf576040517f21a822d700000000000000000000000000000000000000000000000000000000815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016108bb565b73ffffffffffffffffffffffffffffffffffffffff82165f908152602081905260408120819081846001811115612e0657612e06613881565b6001811115612e1757612e17613881565b815260208101919091526040015f20600181015490915063ffffffff161580612e4c57506001810154640100000000900460ff165b15612e875783836040517f19f828940000000000000000000000000000000000000000000000000000000081526004016108bb929190614230565b6001015463ffffffff169392505050565b612ea56020840184613d82565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b842050612eee6040880160208901613d82565b612efe6060890160408a01613dda565b612f0e60808a0160608b01613dda565b612f1e60a08b0160808c016140e1565b612f2e60e08c0160c08d016140a2565b612f3e60c08d0160a08e0161407f565b8b8b604051612f5498979695949392919061431e565b60405180910390a450505050565b60018201545f90612f9390760100000000000000000000000000000000000000000000900463ffffffff16426141ee565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677010000000000000000000000000000000000000000000000836009811115612fe957612fe9613881565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f90613091908590859061439f565b60405180910390a250505050565b5f8160028111156130b2576130b2613881565b600160ff919091161b92915050565b5f81815260026020526040812090815477010000000000000000000000000000000000000000000000900460ff16600981111561310057613100613881565b0361313a576040517fe98106f8000000000000000000000000000000000000000000000000000000008152600481018390526024016108bb565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff9081169083160361316a57505f6105c9565b600183015473ffffffffffffffffffffffffffffffffffffffff90811690831603613197575060016105c9565b600283015473ffffffffffffffffffffffffffffffffffffffff908116908316036131c4575060026105c9565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016108bb565b5f61321f836130c1565b90506006815477010000000000000000000000000000000000000000000000900460ff16600981111561325457613254613881565b14613282578054839077010000000000000000000000000000000000000000000000900460ff1660066119ad565b5f61328e84833361313f565b90508260028111156132a2576132a2613881565b8160028111156132b4576132b4613881565b146132ef5783816040517ffb0f8a140000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b5092915050565b61400081111561333d576040517f1219c3a50000000000000000000000000000000000000000000000000000000081526004810182905261400060248201526044016108bb565b6010811015613382576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260106004820152602481018290526044016108bb565b5050565b5f6133908261309f565b6001840154750100000000000000000000000000000000000000000090041660ff16156133c25750600682015461052e565b826007018260028111156133d8576133d8613881565b60ff16600381106133eb576133eb613fe2565b01549392505050565b5f5f6133ff846130c1565b915082600981111561341357613413613881565b825477010000000000000000000000000000000000000000000000900460ff16600981111561344457613444613881565b1461347d578154849077010000000000000000000000000000000000000000000000900460ff168460098111156119ad576119ad613881565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642111561350f5781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108bb565b61351a84833361313f565b90506135258161309f565b60018301547401000000000000000000000000000000000000000090041660ff16156135815783816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016108bb92919061421c565b9250929050565b5f6135928261309f565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091205460ff1690839081111561360357613603613881565b81600381111561361557613615613881565b14613652578484826040517f26ecc1c70000000000000000000000000000000000000000000000000000000081526004016108bb939291906143c4565b5f85815260036020818152604080842067ffffffffffffffff89168552909152909120805484927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff009091169060019084908111156136b2576136b2613881565b02179055505050505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da3674630878760028111156136f5576136f5613881565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b604080516101e0810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c0016137c86137e1565b81526020016137d56137e1565b81525f60209091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461313a575f5ffd5b803567ffffffffffffffff8116811461313a575f5ffd5b5f5f6040838503121561384a575f5ffd5b613853836137ff565b915061386160208401613822565b90509250929050565b5f6020828403121561387a575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a81106138be576138be613881565b9052565b6020810161052e82846138ae565b8035801515811461313a575f5ffd5b5f5f5f604084860312156138f1575f5ffd5b833567ffffffffffffffff811115613907575f5ffd5b8401601f81018613613917575f5ffd5b803567ffffffffffffffff81111561392d575f5ffd5b8660208260051b8401011115613941575f5ffd5b6020918201945092506139559085016138d0565b90509250925092565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613a29577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528151805115158652602081015190506040602087015280518060408801528060208301606089015e5f6060828901015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011688010196505050602082019150602084019350600181019050613984565b50929695505050505050565b5f60208284031215613a45575f5ffd5b813567ffffffffffffffff811115613a5b575f5ffd5b820161016081850312156105c9575f5ffd5b803560ff8116811461313a575f5ffd5b5f5f5f60608486031215613a8f575f5ffd5b83359250613a9f60208501613a6d565b9150604084013560068110613ab2575f5ffd5b809150509250925092565b5f5f83601f840112613acd575f5ffd5b50813567ffffffffffffffff811115613ae4575f5ffd5b602083019150836020828501011115613581575f5ffd5b5f5f5f5f60608587031215613b0e575f5ffd5b84359350613b1e60208601613822565b9250604085013567ffffffffffffffff811115613b39575f5ffd5b613b4587828801613abd565b95989497509550505050565b60028110613b6157613b61613881565b50565b6138be81613b51565b600381106138be576138be613881565b805f5b6003811015612ccf578151845260209384019390910190600101613b80565b815173ffffffffffffffffffffffffffffffffffffffff16815261026081016020830151613be5602084018273ffffffffffffffffffffffffffffffffffffffff169052565b506040830151613c0d604084018273ffffffffffffffffffffffffffffffffffffffff169052565b506060830151613c206060840182613b64565b506080830151613c336080840182613b64565b5060a0830151613c4660a0840182613b6d565b5060c0830151613c5960c08401826138ae565b5060e0830151613c7560e084018267ffffffffffffffff169052565b50610100830151613c8f61010084018263ffffffff169052565b50610120830151613ca661012084018260ff169052565b50610140830151613cc061014084018263ffffffff169052565b50610160830151613cda61016084018263ffffffff169052565b50610180830151613cef610180840182613b7d565b506101a0830151613d046101e0840182613b7d565b506101c083015167ffffffffffffffff81166102408401526132ef565b5f5f60408385031215613d32575f5ffd5b50508035926020909101359150565b60028110613b61575f5ffd5b5f5f60408385031215613d5e575f5ffd5b613d67836137ff565b91506020830135613d7781613d41565b809150509250929050565b5f60208284031215613d92575f5ffd5b61052b826137ff565b5f5f60408385031215613dac575f5ffd5b8235915061386160208401613822565b600481106138be576138be613881565b6020810161052e8284613dbc565b5f60208284031215613dea575f5ffd5b81356105c981613d41565b5f5f5f5f5f60808688031215613e09575f5ffd5b85359450613e1960208701613822565b9350604086013567ffffffffffffffff811115613e34575f5ffd5b613e4088828901613abd565b96999598509660600135949350505050565b5f5f5f5f5f60608688031215613e66575f5ffd5b85359450602086013567ffffffffffffffff811115613e83575f5ffd5b613e8f88828901613abd565b909550935050604086013567ffffffffffffffff811115613eae575f5ffd5b613eba88828901613abd565b969995985093965092949392505050565b80356003811061313a575f5ffd5b5f5f5f5f60808587031215613eec575f5ffd5b84359350613efc60208601613ecb565b9250613f0a604086016137ff565b9396929550929360600135925050565b5f5f5f60408486031215613f2c575f5ffd5b8335613f3781613d41565b9250602084013567ffffffffffffffff811115613f52575f5ffd5b613f5e86828701613abd565b9497909650939450505050565b5f5f5f5f60808587031215613f7e575f5ffd5b84359350613f8e60208601613822565b9250613f9c604086016138d0565b9150613faa60608601613a6d565b905092959194509250565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614042575f5ffd5b83018035915067ffffffffffffffff82111561405c575f5ffd5b602001915036819003821315613581575f5ffd5b818382375f9101908152919050565b5f6020828403121561408f575f5ffd5b813563ffffffff811681146105c9575f5ffd5b5f602082840312156140b2575f5ffd5b61052b82613822565b604081016140c884613b51565b8382526140d483613b51565b8260208301529392505050565b5f602082840312156140f1575f5ffd5b61052b82613ecb565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f6128ef6020830184866140fa565b8381526060810161416860208301856138ae565b826040830152949350505050565b600681106138be576138be613881565b60ff83168152604081016105c96020830184614176565b606081016141ab8286614176565b60ff841660208301526128ef6040830184613b6d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561052e5761052e6141c1565b6020810161052e8284613b6d565b828152604081016105c96020830184613b6d565b73ffffffffffffffffffffffffffffffffffffffff83168152604081016140d483613b51565b604081525f6142696040830185876140fa565b9050826020830152949350505050565b6040810161428782856138ae565b60ff831660208301529392505050565b63ffffffff818116838216019081111561052e5761052e6141c1565b63ffffffff85168152836020820152606060408201525f6142d86060830184866140fa565b9695505050505050565b8035602083101561052e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b73ffffffffffffffffffffffffffffffffffffffff89168152610100810161434589613b51565b88602083015261435488613b51565b8760408301526143676060830188613b6d565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b604081016143ad82856138ae565b67ffffffffffffffff831660208301529392505050565b83815267ffffffffffffffff83166020820152606081016128ef6040830184613dbc56fea164736f6c634300081e000a",
}

// SessionKeystore is an auto generated Go binding around an Ethereum contract.
type SessionKeystore struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SessionKeystore) GetABI() abi.ABI {
	return c.abi
}

// NewSessionKeystore creates a new instance of SessionKeystore.
func NewSessionKeystore() *SessionKeystore {
	parsed, err := SessionKeystoreMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SessionKeystore{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SessionKeystore) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCOMMITMENTDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9d37f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes32)
func (sessionKeystore *SessionKeystore) PackCOMMITMENTDOMAIN() []byte {
	enc, err := sessionKeystore.abi.Pack("COMMITMENT_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITMENTDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9d37f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes32)
func (sessionKeystore *SessionKeystore) TryPackCOMMITMENTDOMAIN() ([]byte, error) {
	return sessionKeystore.abi.Pack("COMMITMENT_DOMAIN")
}

// UnpackCOMMITMENTDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b9d37f6.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes32)
func (sessionKeystore *SessionKeystore) UnpackCOMMITMENTDOMAIN(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("COMMITMENT_DOMAIN", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHYBRIDKEYLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71aeaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HYBRID_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackHYBRIDKEYLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("HYBRID_KEY_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHYBRIDKEYLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71aeaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HYBRID_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackHYBRIDKEYLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("HYBRID_KEY_LENGTH")
}

// UnpackHYBRIDKEYLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e71aeaf.
//
// Solidity: function HYBRID_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackHYBRIDKEYLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("HYBRID_KEY_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHYBRIDWRAPLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa770d945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HYBRID_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackHYBRIDWRAPLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("HYBRID_WRAP_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHYBRIDWRAPLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa770d945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HYBRID_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackHYBRIDWRAPLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("HYBRID_WRAP_LENGTH")
}

// UnpackHYBRIDWRAPLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa770d945.
//
// Solidity: function HYBRID_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackHYBRIDWRAPLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("HYBRID_WRAP_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMESSAGELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a027211.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackMAXMESSAGELENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("MAX_MESSAGE_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMESSAGELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a027211.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackMAXMESSAGELENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("MAX_MESSAGE_LENGTH")
}

// UnpackMAXMESSAGELENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a027211.
//
// Solidity: function MAX_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackMAXMESSAGELENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("MAX_MESSAGE_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPHASETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2151e61c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) PackMAXPHASETIMEOUT() []byte {
	enc, err := sessionKeystore.abi.Pack("MAX_PHASE_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPHASETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2151e61c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) TryPackMAXPHASETIMEOUT() ([]byte, error) {
	return sessionKeystore.abi.Pack("MAX_PHASE_TIMEOUT")
}

// UnpackMAXPHASETIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2151e61c.
//
// Solidity: function MAX_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) UnpackMAXPHASETIMEOUT(data []byte) (uint32, error) {
	out, err := sessionKeystore.abi.Unpack("MAX_PHASE_TIMEOUT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMINPHASETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfe9cb00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) PackMINPHASETIMEOUT() []byte {
	enc, err := sessionKeystore.abi.Pack("MIN_PHASE_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINPHASETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfe9cb00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) TryPackMINPHASETIMEOUT() ([]byte, error) {
	return sessionKeystore.abi.Pack("MIN_PHASE_TIMEOUT")
}

// UnpackMINPHASETIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfe9cb00.
//
// Solidity: function MIN_PHASE_TIMEOUT() view returns(uint32)
func (sessionKeystore *SessionKeystore) UnpackMINPHASETIMEOUT(data []byte) (uint32, error) {
	out, err := sessionKeystore.abi.Unpack("MIN_PHASE_TIMEOUT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackX25519KEYLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f82ddff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function X25519_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackX25519KEYLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("X25519_KEY_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackX25519KEYLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f82ddff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function X25519_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackX25519KEYLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("X25519_KEY_LENGTH")
}

// UnpackX25519KEYLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f82ddff.
//
// Solidity: function X25519_KEY_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackX25519KEYLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("X25519_KEY_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackX25519WRAPLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756a6933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function X25519_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackX25519WRAPLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("X25519_WRAP_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackX25519WRAPLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756a6933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function X25519_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackX25519WRAPLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("X25519_WRAP_LENGTH")
}

// UnpackX25519WRAPLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x756a6933.
//
// Solidity: function X25519_WRAP_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackX25519WRAPLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("X25519_WRAP_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAbort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3414cf96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abort(bytes32 sessionId, uint8 accused, uint8 fault) returns()
func (sessionKeystore *SessionKeystore) PackAbort(sessionId [32]byte, accused uint8, fault uint8) []byte {
	enc, err := sessionKeystore.abi.Pack("abort", sessionId, accused, fault)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3414cf96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abort(bytes32 sessionId, uint8 accused, uint8 fault) returns()
func (sessionKeystore *SessionKeystore) TryPackAbort(sessionId [32]byte, accused uint8, fault uint8) ([]byte, error) {
	return sessionKeystore.abi.Pack("abort", sessionId, accused, fault)
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8acbf78e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(bytes32 sessionId, bytes32 attestation) returns()
func (sessionKeystore *SessionKeystore) PackAttest(sessionId [32]byte, attestation [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("attest", sessionId, attestation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8acbf78e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(bytes32 sessionId, bytes32 attestation) returns()
func (sessionKeystore *SessionKeystore) TryPackAttest(sessionId [32]byte, attestation [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("attest", sessionId, attestation)
}

// PackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c79e0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function close(bytes32 sessionId) returns()
func (sessionKeystore *SessionKeystore) PackClose(sessionId [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("close", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c79e0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function close(bytes32 sessionId) returns()
func (sessionKeystore *SessionKeystore) TryPackClose(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("close", sessionId)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb9c1721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(bytes32 sessionId, uint8 role, address account, bytes32 ephemeralKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) PackCommitmentOf(sessionId [32]byte, role uint8, account common.Address, ephemeralKey [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("commitmentOf", sessionId, role, account, ephemeralKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb9c1721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(bytes32 sessionId, uint8 role, address account, bytes32 ephemeralKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) TryPackCommitmentOf(sessionId [32]byte, role uint8, account common.Address, ephemeralKey [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("commitmentOf", sessionId, role, account, ephemeralKey)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb9c1721.
//
// Solidity: function commitmentOf(bytes32 sessionId, uint8 role, address account, bytes32 ephemeralKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc806da89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distribute(bytes32 sessionId, bytes wrapUser, bytes wrapOther) returns()
func (sessionKeystore *SessionKeystore) PackDistribute(sessionId [32]byte, wrapUser []byte, wrapOther []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("distribute", sessionId, wrapUser, wrapOther)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc806da89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distribute(bytes32 sessionId, bytes wrapUser, bytes wrapOther) returns()
func (sessionKeystore *SessionKeystore) TryPackDistribute(sessionId [32]byte, wrapUser []byte, wrapOther []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("distribute", sessionId, wrapUser, wrapOther)
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6441798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(bytes32 sessionId) returns()
func (sessionKeystore *SessionKeystore) PackExpire(sessionId [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("expire", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6441798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(bytes32 sessionId) returns()
func (sessionKeystore *SessionKeystore) TryPackExpire(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("expire", sessionId)
}

// PackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b419a65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function join(bytes32 sessionId, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) PackJoin(sessionId [32]byte, commitment [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("join", sessionId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b419a65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function join(bytes32 sessionId, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) TryPackJoin(sessionId [32]byte, commitment [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("join", sessionId, commitment)
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd99b51bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge(bytes32 sessionId, uint64 seq, bool valid, uint8 reason) returns()
func (sessionKeystore *SessionKeystore) PackJudge(sessionId [32]byte, seq uint64, valid bool, reason uint8) []byte {
	enc, err := sessionKeystore.abi.Pack("judge", sessionId, seq, valid, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd99b51bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judge(bytes32 sessionId, uint64 seq, bool valid, uint8 reason) returns()
func (sessionKeystore *SessionKeystore) TryPackJudge(sessionId [32]byte, seq uint64, valid bool, reason uint8) ([]byte, error) {
	return sessionKeystore.abi.Pack("judge", sessionId, seq, valid, reason)
}

// PackKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb75f24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyOf(address account, uint8 suite) view returns((bytes32,uint32,bool))
func (sessionKeystore *SessionKeystore) PackKeyOf(account common.Address, suite uint8) []byte {
	enc, err := sessionKeystore.abi.Pack("keyOf", account, suite)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb75f24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyOf(address account, uint8 suite) view returns((bytes32,uint32,bool))
func (sessionKeystore *SessionKeystore) TryPackKeyOf(account common.Address, suite uint8) ([]byte, error) {
	return sessionKeystore.abi.Pack("keyOf", account, suite)
}

// UnpackKeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bb75f24.
//
// Solidity: function keyOf(address account, uint8 suite) view returns((bytes32,uint32,bool))
func (sessionKeystore *SessionKeystore) UnpackKeyOf(data []byte) (ISessionKeystoreKeyRecord, error) {
	out, err := sessionKeystore.abi.Unpack("keyOf", data)
	if err != nil {
		return *new(ISessionKeystoreKeyRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(ISessionKeystoreKeyRecord)).(*ISessionKeystoreKeyRecord)
	return out0, nil
}

// PackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e9701d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[] results)
func (sessionKeystore *SessionKeystore) PackMulticall(data [][]byte, allowFailure bool) []byte {
	enc, err := sessionKeystore.abi.Pack("multicall", data, allowFailure)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e9701d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[] results)
func (sessionKeystore *SessionKeystore) TryPackMulticall(data [][]byte, allowFailure bool) ([]byte, error) {
	return sessionKeystore.abi.Pack("multicall", data, allowFailure)
}

// UnpackMulticall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e9701d4.
//
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[] results)
func (sessionKeystore *SessionKeystore) UnpackMulticall(data []byte) ([]ISessionKeystoreCallResult, error) {
	out, err := sessionKeystore.abi.Unpack("multicall", data)
	if err != nil {
		return *new([]ISessionKeystoreCallResult), err
	}
	out0 := *abi.ConvertType(out[0], new([]ISessionKeystoreCallResult)).(*[]ISessionKeystoreCallResult)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address user) view returns(uint64)
func (sessionKeystore *SessionKeystore) PackNonces(user common.Address) []byte {
	enc, err := sessionKeystore.abi.Pack("nonces", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address user) view returns(uint64)
func (sessionKeystore *SessionKeystore) TryPackNonces(user common.Address) ([]byte, error) {
	return sessionKeystore.abi.Pack("nonces", user)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address user) view returns(uint64)
func (sessionKeystore *SessionKeystore) UnpackNonces(data []byte) (uint64, error) {
	out, err := sessionKeystore.abi.Unpack("nonces", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2caf56c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) PackOpen(p ISessionKeystoreOpenParams) []byte {
	enc, err := sessionKeystore.abi.Pack("open", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2caf56c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) TryPackOpen(p ISessionKeystoreOpenParams) ([]byte, error) {
	return sessionKeystore.abi.Pack("open", p)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2caf56c9.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) UnpackOpen(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("open", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPhaseOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f64920.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function phaseOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) PackPhaseOf(sessionId [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("phaseOf", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhaseOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f64920.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function phaseOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) TryPackPhaseOf(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("phaseOf", sessionId)
}

// UnpackPhaseOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15f64920.
//
// Solidity: function phaseOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) UnpackPhaseOf(data []byte) (uint8, error) {
	out, err := sessionKeystore.abi.Unpack("phaseOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPublishPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01b093d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishPartial(bytes32 sessionId, bytes32 partial_) returns()
func (sessionKeystore *SessionKeystore) PackPublishPartial(sessionId [32]byte, partial [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("publishPartial", sessionId, partial)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01b093d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishPartial(bytes32 sessionId, bytes32 partial_) returns()
func (sessionKeystore *SessionKeystore) TryPackPublishPartial(sessionId [32]byte, partial [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("publishPartial", sessionId, partial)
}

// PackRegisterKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf992820.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerKey(uint8 suite, bytes publicKey) returns(uint32 version)
func (sessionKeystore *SessionKeystore) PackRegisterKey(suite uint8, publicKey []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("registerKey", suite, publicKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf992820.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerKey(uint8 suite, bytes publicKey) returns(uint32 version)
func (sessionKeystore *SessionKeystore) TryPackRegisterKey(suite uint8, publicKey []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("registerKey", suite, publicKey)
}

// UnpackRegisterKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf992820.
//
// Solidity: function registerKey(uint8 suite, bytes publicKey) returns(uint32 version)
func (sessionKeystore *SessionKeystore) UnpackRegisterKey(data []byte) (uint32, error) {
	out, err := sessionKeystore.abi.Unpack("registerKey", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38944be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 sessionId, uint64 seq, bytes ciphertext) returns()
func (sessionKeystore *SessionKeystore) PackRequest(sessionId [32]byte, seq uint64, ciphertext []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("request", sessionId, seq, ciphertext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38944be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 sessionId, uint64 seq, bytes ciphertext) returns()
func (sessionKeystore *SessionKeystore) TryPackRequest(sessionId [32]byte, seq uint64, ciphertext []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("request", sessionId, seq, ciphertext)
}

// PackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0f5d98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respond(bytes32 sessionId, uint64 seq, bytes ciphertext, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) PackRespond(sessionId [32]byte, seq uint64, ciphertext []byte, commitment [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("respond", sessionId, seq, ciphertext, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0f5d98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respond(bytes32 sessionId, uint64 seq, bytes ciphertext, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) TryPackRespond(sessionId [32]byte, seq uint64, ciphertext []byte, commitment [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("respond", sessionId, seq, ciphertext, commitment)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(bytes32 sessionId, bytes32 ephemeralKey) returns()
func (sessionKeystore *SessionKeystore) PackReveal(sessionId [32]byte, ephemeralKey [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("reveal", sessionId, ephemeralKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(bytes32 sessionId, bytes32 ephemeralKey) returns()
func (sessionKeystore *SessionKeystore) TryPackReveal(sessionId [32]byte, ephemeralKey [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("reveal", sessionId, ephemeralKey)
}

// PackRevokeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc7e764.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeKey(uint8 suite) returns()
func (sessionKeystore *SessionKeystore) PackRevokeKey(suite uint8) []byte {
	enc, err := sessionKeystore.abi.Pack("revokeKey", suite)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc7e764.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeKey(uint8 suite) returns()
func (sessionKeystore *SessionKeystore) TryPackRevokeKey(suite uint8) ([]byte, error) {
	return sessionKeystore.abi.Pack("revokeKey", suite)
}

// PackSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5903d97c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64) v)
func (sessionKeystore *SessionKeystore) PackSession(sessionId [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("session", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5903d97c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64) v)
func (sessionKeystore *SessionKeystore) TryPackSession(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("session", sessionId)
}

// UnpackSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5903d97c.
//
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64) v)
func (sessionKeystore *SessionKeystore) UnpackSession(data []byte) (ISessionKeystoreSessionView, error) {
	out, err := sessionKeystore.abi.Unpack("session", data)
	if err != nil {
		return *new(ISessionKeystoreSessionView), err
	}
	out0 := *abi.ConvertType(out[0], new(ISessionKeystoreSessionView)).(*ISessionKeystoreSessionView)
	return out0, nil
}

// PackSessionIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0291099f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionIdOf(address user, uint64 nonce) view returns(bytes32)
func (sessionKeystore *SessionKeystore) PackSessionIdOf(user common.Address, nonce uint64) []byte {
	enc, err := sessionKeystore.abi.Pack("sessionIdOf", user, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0291099f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionIdOf(address user, uint64 nonce) view returns(bytes32)
func (sessionKeystore *SessionKeystore) TryPackSessionIdOf(user common.Address, nonce uint64) ([]byte, error) {
	return sessionKeystore.abi.Pack("sessionIdOf", user, nonce)
}

// UnpackSessionIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0291099f.
//
// Solidity: function sessionIdOf(address user, uint64 nonce) view returns(bytes32)
func (sessionKeystore *SessionKeystore) UnpackSessionIdOf(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("sessionIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9168212f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepOf(bytes32 sessionId, uint64 seq) view returns(uint8)
func (sessionKeystore *SessionKeystore) PackStepOf(sessionId [32]byte, seq uint64) []byte {
	enc, err := sessionKeystore.abi.Pack("stepOf", sessionId, seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9168212f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepOf(bytes32 sessionId, uint64 seq) view returns(uint8)
func (sessionKeystore *SessionKeystore) TryPackStepOf(sessionId [32]byte, seq uint64) ([]byte, error) {
	return sessionKeystore.abi.Pack("stepOf", sessionId, seq)
}

// UnpackStepOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9168212f.
//
// Solidity: function stepOf(bytes32 sessionId, uint64 seq) view returns(uint8)
func (sessionKeystore *SessionKeystore) UnpackStepOf(data []byte) (uint8, error) {
	out, err := sessionKeystore.abi.Unpack("stepOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// SessionKeystoreAttested represents a Attested event raised by the SessionKeystore contract.
type SessionKeystoreAttested struct {
	SessionId   [32]byte
	Role        uint8
	Attestation [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreAttested) ContractEventName() string {
	return SessionKeystoreAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(bytes32 indexed sessionId, uint8 indexed role, bytes32 attestation)
func (sessionKeystore *SessionKeystore) UnpackAttestedEvent(log *types.Log) (*SessionKeystoreAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreAttested)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreCommitted represents a Committed event raised by the SessionKeystore contract.
type SessionKeystoreCommitted struct {
	SessionId  [32]byte
	Role       uint8
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreCommitted) ContractEventName() string {
	return SessionKeystoreCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(bytes32 indexed sessionId, uint8 indexed role, bytes32 commitment)
func (sessionKeystore *SessionKeystore) UnpackCommittedEvent(log *types.Log) (*SessionKeystoreCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreCommitted)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreInferenceAnswered represents a InferenceAnswered event raised by the SessionKeystore contract.
type SessionKeystoreInferenceAnswered struct {
	SessionId  [32]byte
	Seq        uint64
	Ciphertext []byte
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreInferenceAnsweredEventName = "InferenceAnswered"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreInferenceAnswered) ContractEventName() string {
	return SessionKeystoreInferenceAnsweredEventName
}

// UnpackInferenceAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceAnswered(bytes32 indexed sessionId, uint64 indexed seq, bytes ciphertext, bytes32 commitment)
func (sessionKeystore *SessionKeystore) UnpackInferenceAnsweredEvent(log *types.Log) (*SessionKeystoreInferenceAnswered, error) {
	event := "InferenceAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreInferenceAnswered)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreInferenceJudged represents a InferenceJudged event raised by the SessionKeystore contract.
type SessionKeystoreInferenceJudged struct {
	SessionId [32]byte
	Seq       uint64
	Valid     bool
	Reason    uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreInferenceJudgedEventName = "InferenceJudged"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreInferenceJudged) ContractEventName() string {
	return SessionKeystoreInferenceJudgedEventName
}

// UnpackInferenceJudgedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceJudged(bytes32 indexed sessionId, uint64 indexed seq, bool valid, uint8 reason)
func (sessionKeystore *SessionKeystore) UnpackInferenceJudgedEvent(log *types.Log) (*SessionKeystoreInferenceJudged, error) {
	event := "InferenceJudged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreInferenceJudged)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreInferenceRequested represents a InferenceRequested event raised by the SessionKeystore contract.
type SessionKeystoreInferenceRequested struct {
	SessionId  [32]byte
	Seq        uint64
	Ciphertext []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreInferenceRequested) ContractEventName() string {
	return SessionKeystoreInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(bytes32 indexed sessionId, uint64 indexed seq, bytes ciphertext)
func (sessionKeystore *SessionKeystore) UnpackInferenceRequestedEvent(log *types.Log) (*SessionKeystoreInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreInferenceRequested)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreKeyRegistered represents a KeyRegistered event raised by the SessionKeystore contract.
type SessionKeystoreKeyRegistered struct {
	Account   common.Address
	Suite     uint8
	Version   uint32
	KeyHash   [32]byte
	PublicKey []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreKeyRegisteredEventName = "KeyRegistered"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreKeyRegistered) ContractEventName() string {
	return SessionKeystoreKeyRegisteredEventName
}

// UnpackKeyRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRegistered(address indexed account, uint8 indexed suite, uint32 version, bytes32 keyHash, bytes publicKey)
func (sessionKeystore *SessionKeystore) UnpackKeyRegisteredEvent(log *types.Log) (*SessionKeystoreKeyRegistered, error) {
	event := "KeyRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreKeyRegistered)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreKeyRevoked represents a KeyRevoked event raised by the SessionKeystore contract.
type SessionKeystoreKeyRevoked struct {
	Account common.Address
	Suite   uint8
	Version uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreKeyRevokedEventName = "KeyRevoked"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreKeyRevoked) ContractEventName() string {
	return SessionKeystoreKeyRevokedEventName
}

// UnpackKeyRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRevoked(address indexed account, uint8 indexed suite, uint32 version)
func (sessionKeystore *SessionKeystore) UnpackKeyRevokedEvent(log *types.Log) (*SessionKeystoreKeyRevoked, error) {
	event := "KeyRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreKeyRevoked)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreKeyWrapped represents a KeyWrapped event raised by the SessionKeystore contract.
type SessionKeystoreKeyWrapped struct {
	SessionId [32]byte
	Recipient uint8
	Wrapped   []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreKeyWrappedEventName = "KeyWrapped"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreKeyWrapped) ContractEventName() string {
	return SessionKeystoreKeyWrappedEventName
}

// UnpackKeyWrappedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyWrapped(bytes32 indexed sessionId, uint8 indexed recipient, bytes wrapped)
func (sessionKeystore *SessionKeystore) UnpackKeyWrappedEvent(log *types.Log) (*SessionKeystoreKeyWrapped, error) {
	event := "KeyWrapped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreKeyWrapped)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystorePartialPublished represents a PartialPublished event raised by the SessionKeystore contract.
type SessionKeystorePartialPublished struct {
	SessionId [32]byte
	Role      uint8
	Partial   [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystorePartialPublishedEventName = "PartialPublished"

// ContractEventName returns the user-defined event name.
func (SessionKeystorePartialPublished) ContractEventName() string {
	return SessionKeystorePartialPublishedEventName
}

// UnpackPartialPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PartialPublished(bytes32 indexed sessionId, uint8 indexed role, bytes32 partial_)
func (sessionKeystore *SessionKeystore) UnpackPartialPublishedEvent(log *types.Log) (*SessionKeystorePartialPublished, error) {
	event := "PartialPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystorePartialPublished)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystorePhaseAdvanced represents a PhaseAdvanced event raised by the SessionKeystore contract.
type SessionKeystorePhaseAdvanced struct {
	SessionId [32]byte
	Phase     uint8
	Deadline  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystorePhaseAdvancedEventName = "PhaseAdvanced"

// ContractEventName returns the user-defined event name.
func (SessionKeystorePhaseAdvanced) ContractEventName() string {
	return SessionKeystorePhaseAdvancedEventName
}

// UnpackPhaseAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PhaseAdvanced(bytes32 indexed sessionId, uint8 phase, uint64 deadline)
func (sessionKeystore *SessionKeystore) UnpackPhaseAdvancedEvent(log *types.Log) (*SessionKeystorePhaseAdvanced, error) {
	event := "PhaseAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystorePhaseAdvanced)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreRevealed represents a Revealed event raised by the SessionKeystore contract.
type SessionKeystoreRevealed struct {
	SessionId    [32]byte
	Role         uint8
	EphemeralKey [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreRevealed) ContractEventName() string {
	return SessionKeystoreRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(bytes32 indexed sessionId, uint8 indexed role, bytes32 ephemeralKey)
func (sessionKeystore *SessionKeystore) UnpackRevealedEvent(log *types.Log) (*SessionKeystoreRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreRevealed)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreSessionClosed represents a SessionClosed event raised by the SessionKeystore contract.
type SessionKeystoreSessionClosed struct {
	SessionId [32]byte
	Role      uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreSessionClosedEventName = "SessionClosed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreSessionClosed) ContractEventName() string {
	return SessionKeystoreSessionClosedEventName
}

// UnpackSessionClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionClosed(bytes32 indexed sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionClosedEvent(log *types.Log) (*SessionKeystoreSessionClosed, error) {
	event := "SessionClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreSessionClosed)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreSessionEstablished represents a SessionEstablished event raised by the SessionKeystore contract.
type SessionKeystoreSessionEstablished struct {
	SessionId   [32]byte
	Attestation [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreSessionEstablishedEventName = "SessionEstablished"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreSessionEstablished) ContractEventName() string {
	return SessionKeystoreSessionEstablishedEventName
}

// UnpackSessionEstablishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionEstablished(bytes32 indexed sessionId, bytes32 attestation)
func (sessionKeystore *SessionKeystore) UnpackSessionEstablishedEvent(log *types.Log) (*SessionKeystoreSessionEstablished, error) {
	event := "SessionEstablished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreSessionEstablished)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreSessionExpired represents a SessionExpired event raised by the SessionKeystore contract.
type SessionKeystoreSessionExpired struct {
	SessionId [32]byte
	Phase     uint8
	Stalled   uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreSessionExpiredEventName = "SessionExpired"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreSessionExpired) ContractEventName() string {
	return SessionKeystoreSessionExpiredEventName
}

// UnpackSessionExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionExpired(bytes32 indexed sessionId, uint8 phase, uint8 stalled)
func (sessionKeystore *SessionKeystore) UnpackSessionExpiredEvent(log *types.Log) (*SessionKeystoreSessionExpired, error) {
	event := "SessionExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreSessionExpired)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreSessionFailed represents a SessionFailed event raised by the SessionKeystore contract.
type SessionKeystoreSessionFailed struct {
	SessionId [32]byte
	Fault     uint8
	Culprits  uint8
	Reporter  uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreSessionFailedEventName = "SessionFailed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreSessionFailed) ContractEventName() string {
	return SessionKeystoreSessionFailedEventName
}

// UnpackSessionFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionFailed(bytes32 indexed sessionId, uint8 fault, uint8 culprits, uint8 reporter)
func (sessionKeystore *SessionKeystore) UnpackSessionFailedEvent(log *types.Log) (*SessionKeystoreSessionFailed, error) {
	event := "SessionFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreSessionFailed)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreSessionOpened represents a SessionOpened event raised by the SessionKeystore contract.
type SessionKeystoreSessionOpened struct {
	SessionId        [32]byte
	User             common.Address
	Miner            common.Address
	Oracle           common.Address
	Method           uint8
	Suite            uint8
	Coordinator      uint8
	Nonce            uint64
	PhaseTimeout     uint32
	MinerKeyVersion  uint32
	OracleKeyVersion uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreSessionOpenedEventName = "SessionOpened"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreSessionOpened) ContractEventName() string {
	return SessionKeystoreSessionOpenedEventName
}

// UnpackSessionOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionOpened(bytes32 indexed sessionId, address indexed user, address indexed miner, address oracle, uint8 method, uint8 suite, uint8 coordinator, uint64 nonce, uint32 phaseTimeout, uint32 minerKeyVersion, uint32 oracleKeyVersion)
func (sessionKeystore *SessionKeystore) UnpackSessionOpenedEvent(log *types.Log) (*SessionKeystoreSessionOpened, error) {
	event := "SessionOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreSessionOpened)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SessionKeystoreUserKeyPublished represents a UserKeyPublished event raised by the SessionKeystore contract.
type SessionKeystoreUserKeyPublished struct {
	SessionId [32]byte
	PublicKey []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreUserKeyPublishedEventName = "UserKeyPublished"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreUserKeyPublished) ContractEventName() string {
	return SessionKeystoreUserKeyPublishedEventName
}

// UnpackUserKeyPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserKeyPublished(bytes32 indexed sessionId, bytes publicKey)
func (sessionKeystore *SessionKeystore) UnpackUserKeyPublishedEvent(log *types.Log) (*SessionKeystoreUserKeyPublished, error) {
	event := "UserKeyPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreUserKeyPublished)
	if len(log.Data) > 0 {
		if err := sessionKeystore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sessionKeystore.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sessionKeystore *SessionKeystore) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreAlreadyActed"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreAlreadyActedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreCommitmentMismatch"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreDeadlineNotReached"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreDeadlinePassed"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidAccusation"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidAccusationError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidField"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidLength"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidNonce"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidParties"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidPartiesError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidTimeout"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreKeyNotRegistered"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreKeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreMessageTooLarge"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreMessageTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreNoActiveKey"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreNoActiveKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnauthorized"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnexpectedPhase"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnexpectedPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnexpectedSequence"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnexpectedSequenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnexpectedStep"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnexpectedStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnknownSession"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnknownSessionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreUnsupportedSuite"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreUnsupportedSuiteError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreWrongRole"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreWrongRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreZeroValue"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SessionKeystoreSessionKeystoreAlreadyActed represents a SessionKeystoreAlreadyActed error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreAlreadyActed struct {
	SessionId [32]byte
	Role      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreAlreadyActed(bytes32 sessionId, uint8 role)
func SessionKeystoreSessionKeystoreAlreadyActedErrorID() common.Hash {
	return common.HexToHash("0x55fb7912b5932f379755598853b0b4cfe41f1efb9c7e6d537e8b20b460fcba1a")
}

// UnpackSessionKeystoreAlreadyActedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreAlreadyActed(bytes32 sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreAlreadyActedError(raw []byte) (*SessionKeystoreSessionKeystoreAlreadyActed, error) {
	out := new(SessionKeystoreSessionKeystoreAlreadyActed)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreAlreadyActed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreCommitmentMismatch represents a SessionKeystoreCommitmentMismatch error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreCommitmentMismatch struct {
	SessionId [32]byte
	Role      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreCommitmentMismatch(bytes32 sessionId, uint8 role)
func SessionKeystoreSessionKeystoreCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x068fbce3541f596ed6340bfd4bec451c4ddf3bee8303bba56bee58e13859350b")
}

// UnpackSessionKeystoreCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreCommitmentMismatch(bytes32 sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreCommitmentMismatchError(raw []byte) (*SessionKeystoreSessionKeystoreCommitmentMismatch, error) {
	out := new(SessionKeystoreSessionKeystoreCommitmentMismatch)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreCommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreDeadlineNotReached represents a SessionKeystoreDeadlineNotReached error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreDeadlineNotReached struct {
	SessionId [32]byte
	Deadline  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreDeadlineNotReached(bytes32 sessionId, uint64 deadline)
func SessionKeystoreSessionKeystoreDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x5d1b09f90a04aad43fa83a2eaf942311ca8436fc7187a87e0c7e0bb34e40551e")
}

// UnpackSessionKeystoreDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreDeadlineNotReached(bytes32 sessionId, uint64 deadline)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreDeadlineNotReachedError(raw []byte) (*SessionKeystoreSessionKeystoreDeadlineNotReached, error) {
	out := new(SessionKeystoreSessionKeystoreDeadlineNotReached)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreDeadlinePassed represents a SessionKeystoreDeadlinePassed error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreDeadlinePassed struct {
	SessionId [32]byte
	Deadline  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreDeadlinePassed(bytes32 sessionId, uint64 deadline)
func SessionKeystoreSessionKeystoreDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x288454234a61a3b1069096a0079dcc145e7db829b106f9a333847dcd7aff61e1")
}

// UnpackSessionKeystoreDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreDeadlinePassed(bytes32 sessionId, uint64 deadline)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreDeadlinePassedError(raw []byte) (*SessionKeystoreSessionKeystoreDeadlinePassed, error) {
	out := new(SessionKeystoreSessionKeystoreDeadlinePassed)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidAccusation represents a SessionKeystoreInvalidAccusation error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidAccusation struct {
	Accused uint8
	Fault   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidAccusation(uint8 accused, uint8 fault)
func SessionKeystoreSessionKeystoreInvalidAccusationErrorID() common.Hash {
	return common.HexToHash("0xe1dbbcf0c9ec7ff9497ebfc09702bda512e60a7f6a87f7d0b5401d088e12a0a8")
}

// UnpackSessionKeystoreInvalidAccusationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidAccusation(uint8 accused, uint8 fault)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidAccusationError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidAccusation, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidAccusation)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidAccusation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidField represents a SessionKeystoreInvalidField error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidField(string field)
func SessionKeystoreSessionKeystoreInvalidFieldErrorID() common.Hash {
	return common.HexToHash("0x21a822d770491b30122f3147f0d6caf4c290e8bece782c3ee9498fc4298df799")
}

// UnpackSessionKeystoreInvalidFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidField(string field)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidFieldError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidField, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidField)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidLength represents a SessionKeystoreInvalidLength error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidLength struct {
	Expected *big.Int
	Actual   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidLength(uint256 expected, uint256 actual)
func SessionKeystoreSessionKeystoreInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0x064d7c663d48c30811502d122093f0f91e661321e3537e2903577b86ed2ce719")
}

// UnpackSessionKeystoreInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidLength(uint256 expected, uint256 actual)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidLengthError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidLength, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidLength)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidNonce represents a SessionKeystoreInvalidNonce error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidNonce struct {
	User     common.Address
	Expected uint64
	Actual   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidNonce(address user, uint64 expected, uint64 actual)
func SessionKeystoreSessionKeystoreInvalidNonceErrorID() common.Hash {
	return common.HexToHash("0x44c74ee049d758cbf32bb579ff3731fae6082f2650d903b634ccd3a55c56933f")
}

// UnpackSessionKeystoreInvalidNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidNonce(address user, uint64 expected, uint64 actual)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidNonceError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidNonce, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidNonce)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidParties represents a SessionKeystoreInvalidParties error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidParties struct {
	User   common.Address
	Miner  common.Address
	Oracle common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidParties(address user, address miner, address oracle)
func SessionKeystoreSessionKeystoreInvalidPartiesErrorID() common.Hash {
	return common.HexToHash("0x2d92dde1b2eb9633d27d97cd0153835c76e1a1d374ee419a511ccda42d39f2d4")
}

// UnpackSessionKeystoreInvalidPartiesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidParties(address user, address miner, address oracle)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidPartiesError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidParties, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidParties)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidParties", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreInvalidTimeout represents a SessionKeystoreInvalidTimeout error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidTimeout struct {
	PhaseTimeout uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidTimeout(uint32 phaseTimeout)
func SessionKeystoreSessionKeystoreInvalidTimeoutErrorID() common.Hash {
	return common.HexToHash("0x9a8b1e98c2832a07a9ef7fc717ddf714d600cd79624490f417fb0a813f9ba986")
}

// UnpackSessionKeystoreInvalidTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidTimeout(uint32 phaseTimeout)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidTimeoutError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidTimeout, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidTimeout)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidTimeout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreKeyNotRegistered represents a SessionKeystoreKeyNotRegistered error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreKeyNotRegistered struct {
	Account common.Address
	Suite   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreKeyNotRegistered(address account, uint8 suite)
func SessionKeystoreSessionKeystoreKeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x19f82894d51134277b4679715fa9d0a41c24e72f03849d2f19e646cfbc0dec35")
}

// UnpackSessionKeystoreKeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreKeyNotRegistered(address account, uint8 suite)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreKeyNotRegisteredError(raw []byte) (*SessionKeystoreSessionKeystoreKeyNotRegistered, error) {
	out := new(SessionKeystoreSessionKeystoreKeyNotRegistered)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreKeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreMessageTooLarge represents a SessionKeystoreMessageTooLarge error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreMessageTooLarge struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreMessageTooLarge(uint256 length, uint256 max)
func SessionKeystoreSessionKeystoreMessageTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1219c3a558f363698adb68102b55a47a09ba575750b4bfd7063edba914a49153")
}

// UnpackSessionKeystoreMessageTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreMessageTooLarge(uint256 length, uint256 max)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreMessageTooLargeError(raw []byte) (*SessionKeystoreSessionKeystoreMessageTooLarge, error) {
	out := new(SessionKeystoreSessionKeystoreMessageTooLarge)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreMessageTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreNoActiveKey represents a SessionKeystoreNoActiveKey error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreNoActiveKey struct {
	Account common.Address
	Suite   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreNoActiveKey(address account, uint8 suite)
func SessionKeystoreSessionKeystoreNoActiveKeyErrorID() common.Hash {
	return common.HexToHash("0xe1277c8438474b84a04da9bcf924db74e13f9e63ab8009551999f0896cce423b")
}

// UnpackSessionKeystoreNoActiveKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreNoActiveKey(address account, uint8 suite)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreNoActiveKeyError(raw []byte) (*SessionKeystoreSessionKeystoreNoActiveKey, error) {
	out := new(SessionKeystoreSessionKeystoreNoActiveKey)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreNoActiveKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnauthorized represents a SessionKeystoreUnauthorized error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnauthorized struct {
	SessionId [32]byte
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnauthorized(bytes32 sessionId, address caller)
func SessionKeystoreSessionKeystoreUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x126d906a10e578c285a200606692679c2364548b92a7df18f5e43c144d4e1158")
}

// UnpackSessionKeystoreUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnauthorized(bytes32 sessionId, address caller)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnauthorizedError(raw []byte) (*SessionKeystoreSessionKeystoreUnauthorized, error) {
	out := new(SessionKeystoreSessionKeystoreUnauthorized)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnexpectedPhase represents a SessionKeystoreUnexpectedPhase error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnexpectedPhase struct {
	SessionId      [32]byte
	Current        uint8
	ExpectedBitmap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnexpectedPhase(bytes32 sessionId, uint8 current, uint256 expectedBitmap)
func SessionKeystoreSessionKeystoreUnexpectedPhaseErrorID() common.Hash {
	return common.HexToHash("0x0a7dab041f65771e85b22df4c0bbae0a6c6d02f0207b173f58e30b35857959d4")
}

// UnpackSessionKeystoreUnexpectedPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnexpectedPhase(bytes32 sessionId, uint8 current, uint256 expectedBitmap)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnexpectedPhaseError(raw []byte) (*SessionKeystoreSessionKeystoreUnexpectedPhase, error) {
	out := new(SessionKeystoreSessionKeystoreUnexpectedPhase)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnexpectedPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnexpectedSequence represents a SessionKeystoreUnexpectedSequence error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnexpectedSequence struct {
	SessionId [32]byte
	Expected  uint64
	Actual    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnexpectedSequence(bytes32 sessionId, uint64 expected, uint64 actual)
func SessionKeystoreSessionKeystoreUnexpectedSequenceErrorID() common.Hash {
	return common.HexToHash("0xca156c8520d09a92d2f3923fe3180a7462eb14826d5a475b67402c91f41a14a1")
}

// UnpackSessionKeystoreUnexpectedSequenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnexpectedSequence(bytes32 sessionId, uint64 expected, uint64 actual)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnexpectedSequenceError(raw []byte) (*SessionKeystoreSessionKeystoreUnexpectedSequence, error) {
	out := new(SessionKeystoreSessionKeystoreUnexpectedSequence)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnexpectedSequence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnexpectedStep represents a SessionKeystoreUnexpectedStep error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnexpectedStep struct {
	SessionId [32]byte
	Seq       uint64
	Current   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnexpectedStep(bytes32 sessionId, uint64 seq, uint8 current)
func SessionKeystoreSessionKeystoreUnexpectedStepErrorID() common.Hash {
	return common.HexToHash("0x26ecc1c7b14697594b8ab1051ca672e4dd564f1f80da128bd6653fc49b78853f")
}

// UnpackSessionKeystoreUnexpectedStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnexpectedStep(bytes32 sessionId, uint64 seq, uint8 current)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnexpectedStepError(raw []byte) (*SessionKeystoreSessionKeystoreUnexpectedStep, error) {
	out := new(SessionKeystoreSessionKeystoreUnexpectedStep)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnexpectedStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnknownSession represents a SessionKeystoreUnknownSession error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnknownSession struct {
	SessionId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnknownSession(bytes32 sessionId)
func SessionKeystoreSessionKeystoreUnknownSessionErrorID() common.Hash {
	return common.HexToHash("0xe98106f8f52aac4356558e4bfbc163467c0bd3d993b99ec8524b5875b1152f67")
}

// UnpackSessionKeystoreUnknownSessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnknownSession(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnknownSessionError(raw []byte) (*SessionKeystoreSessionKeystoreUnknownSession, error) {
	out := new(SessionKeystoreSessionKeystoreUnknownSession)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnknownSession", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreUnsupportedSuite represents a SessionKeystoreUnsupportedSuite error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreUnsupportedSuite struct {
	Method uint8
	Suite  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreUnsupportedSuite(uint8 method, uint8 suite)
func SessionKeystoreSessionKeystoreUnsupportedSuiteErrorID() common.Hash {
	return common.HexToHash("0x99f9852d188e0cb26716c89693df06b0cfd50f95621c8db5782bab18a401cf2f")
}

// UnpackSessionKeystoreUnsupportedSuiteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreUnsupportedSuite(uint8 method, uint8 suite)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreUnsupportedSuiteError(raw []byte) (*SessionKeystoreSessionKeystoreUnsupportedSuite, error) {
	out := new(SessionKeystoreSessionKeystoreUnsupportedSuite)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreUnsupportedSuite", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreWrongRole represents a SessionKeystoreWrongRole error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreWrongRole struct {
	SessionId [32]byte
	Role      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreWrongRole(bytes32 sessionId, uint8 role)
func SessionKeystoreSessionKeystoreWrongRoleErrorID() common.Hash {
	return common.HexToHash("0xfb0f8a14305c35787b814a6b7d63d0db84145783bdd2b36ac5b384bd02d3dfc0")
}

// UnpackSessionKeystoreWrongRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreWrongRole(bytes32 sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreWrongRoleError(raw []byte) (*SessionKeystoreSessionKeystoreWrongRole, error) {
	out := new(SessionKeystoreSessionKeystoreWrongRole)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreWrongRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreZeroValue represents a SessionKeystoreZeroValue error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreZeroValue struct {
	SessionId [32]byte
	Role      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreZeroValue(bytes32 sessionId, uint8 role)
func SessionKeystoreSessionKeystoreZeroValueErrorID() common.Hash {
	return common.HexToHash("0x43587c08a895a2e498527b068669a73c0c37b846955a12ddc4f43ef6c418d082")
}

// UnpackSessionKeystoreZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreZeroValue(bytes32 sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreZeroValueError(raw []byte) (*SessionKeystoreSessionKeystoreZeroValue, error) {
	out := new(SessionKeystoreSessionKeystoreZeroValue)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
