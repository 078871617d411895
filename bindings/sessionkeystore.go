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
	Miner            common.Address
	Oracle           common.Address
	Method           uint8
	Suite            uint8
	Coordinator      uint8
	PhaseTimeout     uint32
	Nonce            uint64
	MinerKeyVersion  uint32
	OracleKeyVersion uint32
	Commitment       [32]byte
	UserKey          []byte
	WrapMiner        []byte
	WrapOracle       []byte
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
	VerdictsPending  uint64
	VerdictDeadline  uint64
}

// SessionKeystoreMetaData contains all meta data concerning the SessionKeystore contract.
var SessionKeystoreMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictsPending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EphemeralDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreFaultNotApplicable\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyVersionMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"expected\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreVerdictPending\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"pending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b50614c9a8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c8063756a693311610109578063c01b093d1161009e578063cf9928201161006e578063cf992820146104ab578063cfe9cb00146104be578063d99b51bd146104c6578063fc334e8c146104d9575f5ffd5b8063c01b093d1461045f578063c644179814610472578063c806da8914610485578063cb9c172114610498575f5ffd5b8063a770d945116100d9578063a770d9451461041d578063acc7e76414610426578063b0f5d98e14610439578063ba9c08c41461044c575f5ffd5b8063756a6933146103645780637ecebe001461036c5780638acbf78e146103c45780639168212f146103d7575f5ffd5b80633414cf961161017f5780634e71aeaf1161014f5780634e71aeaf146102eb5780635903d97c146102f45780635b419a65146103145780635bb75f2414610327575f5ffd5b80633414cf961461028b57806338944be91461029e57806339c79e0c146102b15780634b9d37f6146102c4575f5ffd5b80632151e61c116101ba5780632151e61c146102465780632a027211146102655780632b8233681461026e5780632f82ddff14610283575f5ffd5b80630291099f146101e057806315f64920146102065780631e9701d414610226575b5f5ffd5b6101f36101ee366004613fd2565b6104ec565b6040519081526020015b60405180910390f35b610219610214366004614003565b610552565b6040516101fd919061405b565b610239610234366004614078565b6105ee565b6040516101fd91906140f7565b61025062278d0081565b60405163ffffffff90911681526020016101fd565b6101f361400081565b61028161027c3660046141ce565b610731565b005b6101f3602081565b6102816102993660046141fe565b6109c7565b6102816102ac36600461427c565b610c90565b6102816102bf366004614003565b610e09565b6101f37f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6101f36104c081565b610307610302366004614003565b610fa2565b6040516101fd9190614320565b6102816103223660046141ce565b6112b3565b61033a6103353660046144cc565b611415565b604080518251815260208084015163ffffffff1690820152918101511515908201526060016101fd565b6101f3605081565b6103ab61037a366004614501565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016101fd565b6102816103d23660046141ce565b6114c0565b6104106103e536600461451a565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b6040516101fd919061454b565b6101f361049081565b610281610434366004614559565b611804565b610281610447366004614574565b61192e565b6101f361045a3660046145d1565b611a7a565b61028161046d3660046141ce565b612876565b610281610480366004614003565b612952565b610281610493366004614609565b612b1a565b6101f36104a6366004614690565b612cc9565b6102506104b93660046146d1565b612ce1565b610250600a81565b6102816104d4366004614722565b612e0a565b6102816104e73660046141ce565b612f09565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b5f818152600260205260408120805477010000000000000000000000000000000000000000000000900460ff16828160098111156105925761059261401a565b141580156105a657506105a481613057565b155b80156105d8575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b156105e7575060089392505050565b9392505050565b60608267ffffffffffffffff8111156106095761060961476c565b60405190808252806020026020018201604052801561064e57816020015b604080518082019091525f8152606060208201528152602001906001900390816106275790505b5090505f5b83811015610729575f803087878581811061067057610670614799565b905060200281019061068291906147c6565b604051610690929190614827565b5f60405180830381855af49150503d805f81146106c8576040519150601f19603f3d011682016040523d82523d5f602084013e6106cd565b606091505b5091509150811580156106de575084155b156106eb57805160208201fd5b604051806040016040528083151581526020018281525084848151811061071457610714614799565b60209081029190910101525050600101610653565b509392505050565b5f61073b83613074565b90506007815477010000000000000000000000000000000000000000000000900460ff1660098111156107705761077061401a565b146107df578054839077010000000000000000000000000000000000000000000000900460ff1660075b60ff166001901b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016107d693929190614836565b60405180910390fd5b5f815474010000000000000000000000000000000000000000900460ff16600181111561080e5761080e61401a565b1461085c576040516321a822d760e01b815260206004820152600660248201527f6d6574686f64000000000000000000000000000000000000000000000000000060448201526064016107d6565b5f6108688483336130f2565b9050826108a55783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b5f6108af826131c8565b60018401549091507e010000000000000000000000000000000000000000000000000000000000009004811660ff16156109195784826040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b60018301805460ff8084167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091161790558160028111156109865761098661401a565b857fae74fabcb9a57463737474e35a37123ab8f06ed518472f14116828f6a9f3e107866040516109b891815260200190565b60405180910390a35050505050565b5f6109d184613074565b805490915077010000000000000000000000000000000000000000000000900460ff166109fd81613057565b15610a3c578481603e5b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016107d693929190614836565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421115610ace5781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016107d6565b5f610ada8684336130f2565b90506005826009811115610af057610af061401a565b148015610b255750610b01816131c8565b60018401547401000000000000000000000000000000000000000090041660ff1615155b15610b605785816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b5f846005811115610b7357610b7361401a565b1480610b9057506001846005811115610b8e57610b8e61401a565b145b80610b9c575060ff8516155b80610baa5750600760ff8616115b80610bc25750610bb9816131c8565b851660ff165f14155b15610bfd5784846040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016107d692919061487c565b610c0a86848488886131ea565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90610c8090879089908690614893565b60405180910390a2505050505050565b5f610c9b855f6133b4565b600281015490915067ffffffffffffffff780100000000000000000000000000000000000000000000000090910481169085168114610d21576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810187905267ffffffffffffffff8083166024830152861660448201526064016107d6565b610d2b8484613495565b610d368160016148e4565b60028301805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff938416021790555f878152600360209081526040808320938916808452939091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187907fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe90610df9908890889061494b565b60405180910390a3505050505050565b5f610e1382613074565b90506006815477010000000000000000000000000000000000000000000000900460ff166009811115610e4857610e4861401a565b14610e76578054829077010000000000000000000000000000000000000000000000900460ff16600661079a565b5f610e828383336130f2565b600a83015490915067ffffffffffffffff168015801590610ebd5750600a83015468010000000000000000900467ffffffffffffffff164211155b15610f2257600a8301546040517f6354e6780000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff80841660248301526801000000000000000090920490911660448201526064016107d6565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405184907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b590610f9490859061495e565b60405180910390a250505050565b610faa613ef0565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff16908111156110245761102461401a565b908160018111156110375761103761401a565b905250805460808301907501000000000000000000000000000000000000000000900460ff16600181111561106e5761106e61401a565b908160018111156110815761108161401a565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff1660028111156110b9576110b961401a565b908160028111156110cc576110cc61401a565b905250805460c083019077010000000000000000000000000000000000000000000000900460ff1660098111156111055761110561401a565b908160098111156111185761111861401a565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b8154815260200190600101908083116111e45750505050508261018001819052505f5b60038160ff16101561125857611231828260ff16600281111561122c5761122c61401a565b613525565b836101a001518260ff166003811061124b5761124b614799565b6020020152600101611207565b50600281015467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481166101c0840152600a909101548082166101e084015268010000000000000000900416610200820152919050565b5f5f6112c0846001613593565b90925090505f8160028111156112d8576112d861401a565b03611318576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016107d6565b826113535783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b828260030182600281111561136a5761136a61401a565b60ff166003811061137d5761137d614799565b01555f61138a8383613727565b905081600281111561139e5761139e61401a565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a10421866040516113d091815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff82160161140e5761140e85846002613769565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff8616825281905291822090918360018111156114645761146461401a565b60018111156114755761147561401a565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f5f6114cd846005613593565b90925090508261150d5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b6006820154806115485760068301849055611527826131c8565b8360010160156101000a81548160ff021916908360ff1602179055506115e0565b8084036115b357611558826131c8565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff908116941693909317029190911790556115e0565b83836007018360028111156115ca576115ca61401a565b60ff16600381106115dd576115dd614799565b01555b5f6115eb8484613727565b90508260028111156115ff576115ff61401a565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b8760405161163191815260200190565b60405180910390a360ff811660071461164c57505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff16016117125783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e83156117025783611704565b865b604051908152602001610c80565b5f61171d855f613525565b90505f61172b866001613525565b90505f611739876002613525565b90505f8284036117545761174d60026131c8565b9050611779565b8184036117655761174d60016131c8565b8183036117755761174d5f6131c8565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a906117f09060019085905f90614893565b60405180910390a250505050505050505050565b335f908152602081905260408120818360018111156118255761182561401a565b60018111156118365761183661401a565b815260208101919091526040015f20600181015490915063ffffffff16158061186b57506001810154640100000000900460ff165b156118a65733826040517fe1277c840000000000000000000000000000000000000000000000000000000081526004016107d692919061496c565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff1664010000000017905582908111156118e9576118e961401a565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b5f61193a8660016133b4565b905061194a868660016002613898565b6119548484613495565b81611990578560016040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b600a810180545f906119ab9067ffffffffffffffff1661499f565b825467ffffffffffffffff9182166101009390930a928302919092021990911617905560018101546119fe9063ffffffff76010000000000000000000000000000000000000000000090910416426148e4565b600a820180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff166801000000000000000067ffffffffffffffff938416021790556040519086169087907fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e90610df9908890889088906149cb565b5f3381611a8a6020850185614501565b73ffffffffffffffffffffffffffffffffffffffff161480611ad057505f611ab86040850160208601614501565b73ffffffffffffffffffffffffffffffffffffffff16145b80611b12575073ffffffffffffffffffffffffffffffffffffffff8116611afa6020850185614501565b73ffffffffffffffffffffffffffffffffffffffff16145b80611b57575073ffffffffffffffffffffffffffffffffffffffff8116611b3f6040850160208601614501565b73ffffffffffffffffffffffffffffffffffffffff16145b80611ba85750611b6d6040840160208501614501565b73ffffffffffffffffffffffffffffffffffffffff16611b906020850185614501565b73ffffffffffffffffffffffffffffffffffffffff16145b15611c265780611bbb6020850185614501565b611bcb6040860160208701614501565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152918316602483015290911660448201526064016107d6565b600a611c3860c0850160a086016149ee565b63ffffffff161080611c61575062278d00611c5960c0850160a086016149ee565b63ffffffff16115b15611cb157611c7660c0840160a085016149ee565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016107d6565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205467ffffffffffffffff1690611cf160e0860160c08701614a11565b90508167ffffffffffffffff168167ffffffffffffffff161080611d1e575067ffffffffffffffff818116145b15611d85576040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015267ffffffffffffffff8084166024830152821660448201526064016107d6565b5f808080611d9960608a0160408b01614559565b6001811115611daa57611daa61401a565b036120da575f611dc060808a0160608b01614559565b6001811115611dd157611dd161401a565b14611e2a57611de66060890160408a01614559565b611df660808a0160608b01614559565b6040517f99f9852d0000000000000000000000000000000000000000000000000000000081526004016107d6929190614a2a565b5f611e3b60a08a0160808b01614a43565b6002811115611e4c57611e4c61401a565b14611e9a576040516321a822d760e01b815260206004820152600b60248201527f636f6f7264696e61746f7200000000000000000000000000000000000000000060448201526064016107d6565b610120880135611eed576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016107d6565b611efb6101408901896147c6565b159050611f4b576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016107d6565b611f596101608901896147c6565b159050611fa9576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016107d6565b611fb76101808901896147c6565b159050612007576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016107d6565b612018610100890160e08a016149ee565b63ffffffff161561206c576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016107d6565b61207e61012089016101008a016149ee565b63ffffffff16156120d2576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016107d6565b5060016122f7565b6101208801351561212e576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016107d6565b5f61213f60a08a0160808b01614a43565b60028111156121505761215061401a565b03612202576121636101408901896147c6565b1590506121b3576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016107d6565b6121d96121c660808a0160608b01614559565b6121d46101608b018b6147c6565b61398c565b6121fa6121ec60808a0160608b01614559565b6121d46101808b018b6147c6565b5060056122e8565b61222861221560808a0160608b01614559565b6122236101408b018b6147c6565b6139fb565b6122366101608901896147c6565b159050612286576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016107d6565b6122946101808901896147c6565b1590506122e4576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016107d6565b5060045b6122f188613ada565b90935091505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8916606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff87165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169092178255919850906123f89060608b01908b01614559565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000008360018111156124465761244661401a565b021790555061245b60808a0160608b01614559565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000008360018111156124aa576124aa61401a565b02179055506124bf60a08a0160808b01614a43565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000083600281111561250f5761250f61401a565b021790555061252160208a018a614501565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561257860408a0160208b01614501565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556125cf60c08a0160a08b016149ee565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156126bd576126bd61401a565b036126ce5761012089013560038201555b6126da888a8686613c76565b60018260098111156126ee576126ee61401a565b03612738575f887f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218b610120013560405161272b91815260200190565b60405180910390a3612820565b600582600981111561274c5761274c61401a565b036127d9576001887fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46127836101608d018d6147c6565b60405161279192919061494b565b60405180910390a36002887fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46127cb6101808d018d6147c6565b60405161272b92919061494b565b877f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a6128096101408c018c6147c6565b60405161281792919061494b565b60405180910390a25b61282b888284613769565b600182600981111561283f5761283f61401a565b0361286a5761284d5f6131c8565b8160010160146101000a81548160ff021916908360ff1602179055505b50505050505050919050565b5f5f612883846003613593565b9092509050826128c35783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b5f6128ce8383613727565b90508160028111156128e2576128e261401a565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb8660405161291491815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff82160161140e5761140e85846005613769565b5f61295c82613074565b805490915077010000000000000000000000000000000000000000000000900460ff1661298881613057565b15612996578281603e610a07565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211612a275781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016107d6565b5f6004826009811115612a3c57612a3c61401a565b14612a48576007612a70565b8254612a7090760100000000000000000000000000000000000000000000900460ff166131c8565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e190612b0b9086908590614a5c565b60405180910390a25050505050565b5f5f612b27876004613593565b81549193509150760100000000000000000000000000000000000000000000900460ff166002811115612b5c57612b5c61401a565b816002811115612b6e57612b6e61401a565b14612bae576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016107d6565b8154612bd7907501000000000000000000000000000000000000000000900460ff16878761398c565b8154612c00907501000000000000000000000000000000000000000000900460ff16858561398c565b612c0a8282613727565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48888604051612c3e92919061494b565b60405180910390a36001816002811115612c5a57612c5a61401a565b14612c66576001612c69565b60025b6002811115612c7a57612c7a61401a565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48686604051612cac92919061494b565b60405180910390a3612cc087836005613769565b50505050505050565b5f612cd685858585613d40565b90505b949350505050565b5f612ced8484846139fb565b335f90815260208190526040812081866001811115612d0e57612d0e61401a565b6001811115612d1f57612d1f61401a565b815260208101919091526040015f20600180820154919250612d479163ffffffff1690614a7a565b91505f8484604051612d5a929190614827565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff87161790559091508690811115612dad57612dad61401a565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef85848989604051612df99493929190614a96565b60405180910390a350509392505050565b5f612e168560026133b4565b905060ff8216151583151503612e6f576040516321a822d760e01b815260206004820152600660248201527f726561736f6e000000000000000000000000000000000000000000000000000060448201526064016107d6565b612e7d858560026003613898565b600a810180545f90612e989067ffffffffffffffff16614ac5565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508367ffffffffffffffff16857f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a585856040516109b8929190911515825260ff16602082015260400190565b5f5f612f16846002613593565b909250905082612f565783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b81600301816002811115612f6c57612f6c61401a565b60ff1660038110612f7f57612f7f614799565b0154612f8d85833387613d40565b14612fc85783816040517f068fbce30000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b5f612fd38383613727565b9050816002811115612fe757612fe761401a565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f38660405161301991815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff82160161140e5761140e85846003613769565b5f600682600981111561306c5761306c61401a565b101592915050565b5f81815260026020526040812090815477010000000000000000000000000000000000000000000000900460ff1660098111156130b3576130b361401a565b036130ed576040517fe98106f8000000000000000000000000000000000000000000000000000000008152600481018390526024016107d6565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff9081169083160361311d57505f6105e7565b600183015473ffffffffffffffffffffffffffffffffffffffff9081169083160361314a575060016105e7565b600283015473ffffffffffffffffffffffffffffffffffffffff90811690831603613177575060026105e7565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016107d6565b5f8160028111156131db576131db61401a565b600160ff919091161b92915050565b835474010000000000000000000000000000000000000000900460ff165f600583600581111561321c5761321c61401a565b03613229575060016132ec565b600283600581111561323d5761323d61401a565b0361327c5760018260018111156132565761325661401a565b1480613275575060025b8560098111156132725761327261401a565b10155b90506132ec565b60038360058111156132905761329061401a565b036132b7575f8260018111156132a8576132a861401a565b14801561327557506003613260565b60018260018111156132cb576132cb61401a565b1480156132e9575060058560098111156132e7576132e761401a565b145b90505b8061332b57868286856040517f13faf7070000000000000000000000000000000000000000000000000000000081526004016107d69493929190614b06565b600483600581111561333f5761333f61401a565b1480156133795750855461336f90760100000000000000000000000000000000000000000000900460ff166131c8565b60ff168460ff1614155b15612cc05783836040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016107d692919061487c565b5f6133be83613074565b90506006815477010000000000000000000000000000000000000000000000900460ff1660098111156133f3576133f361401a565b14613421578054839077010000000000000000000000000000000000000000000000900460ff16600661079a565b5f61342d8483336130f2565b90508260028111156134415761344161401a565b8160028111156134535761345361401a565b1461348e5783816040517ffb0f8a140000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b5092915050565b6140008111156134dc576040517f1219c3a50000000000000000000000000000000000000000000000000000000081526004810182905261400060248201526044016107d6565b6010811015613521576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260106004820152602481018290526044016107d6565b5050565b5f61352f826131c8565b6001840154750100000000000000000000000000000000000000000090041660ff16156135615750600682015461054c565b826007018260028111156135775761357761401a565b60ff166003811061358a5761358a614799565b01549392505050565b5f5f61359e84613074565b91508260098111156135b2576135b261401a565b825477010000000000000000000000000000000000000000000000900460ff1660098111156135e3576135e361401a565b1461361c578154849077010000000000000000000000000000000000000000000000900460ff1684600981111561079a5761079a61401a565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211156136ae5781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016107d6565b6136b98483336130f2565b90506136c4816131c8565b60018301547401000000000000000000000000000000000000000090041660ff16156137205783816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016107d6929190614858565b9250929050565b5f613731826131c8565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b60018201545f9061379a90760100000000000000000000000000000000000000000000900463ffffffff16426148e4565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770100000000000000000000000000000000000000000000008360098111156137f0576137f061401a565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f90610f949085908590614b3f565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091205460ff169083908111156138d1576138d161401a565b8160038111156138e3576138e361401a565b14613920578484826040517f26ecc1c70000000000000000000000000000000000000000000000000000000081526004016107d693929190614b64565b5f85815260036020818152604080842067ffffffffffffffff89168552909152909120805484927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff009091169060019084908111156139805761398061401a565b02179055505050505050565b5f808460018111156139a0576139a061401a565b146139ad576104906139b0565b60505b90508181146139f5576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016107d6565b50505050565b5f80846001811115613a0f57613a0f61401a565b14613a1c576104c0613a1f565b60205b9050818114613a64576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016107d6565b5f846001811115613a7757613a7761401a565b148015613a8c57505f613a8a8385614b88565b145b156139f5576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016107d6565b5f806001613aee60a0850160808601614a43565b6002811115613aff57613aff61401a565b03613b6e57613b15610100840160e085016149ee565b63ffffffff1615613b69576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016107d6565b613ba7565b613ba4613b7e6020850185614501565b613b8e6080860160608701614559565b613b9f610100870160e088016149ee565b613de7565b91505b6002613bb960a0850160808601614a43565b6002811115613bca57613bca61401a565b03613c3a57613be1610120840161010085016149ee565b63ffffffff1615613c35576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016107d6565b915091565b613c6f613c4d6040850160208601614501565b613c5d6080860160608701614559565b613b9f610120870161010088016149ee565b9050915091565b613c836020840184614501565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b842050613ccc6040880160208901614501565b613cdc6060890160408a01614559565b613cec60808a0160608b01614559565b613cfc60a08b0160808c01614a43565b613d0c60e08c0160c08d01614a11565b613d1c60c08d0160a08e016149ee565b8b8b604051613d32989796959493929190614bc4565b60405180910390a450505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da367463087876002811115613d7757613d7761401a565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260408120819081856001811115613e2057613e2061401a565b6001811115613e3157613e3161401a565b815260208101919091526040015f20600181015463ffffffff1692509050811580613e6857506001810154640100000000900460ff165b15613ea35784846040517f19f828940000000000000000000000000000000000000000000000000000000081526004016107d692919061496c565b8263ffffffff168263ffffffff161461072957848484846040517f756605e60000000000000000000000000000000000000000000000000000000081526004016107d69493929190614c45565b60408051610220810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c001613f53613f7a565b8152602001613f60613f7a565b81525f602082018190526040820181905260609091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146130ed575f5ffd5b803567ffffffffffffffff811681146130ed575f5ffd5b5f5f60408385031215613fe3575f5ffd5b613fec83613f98565b9150613ffa60208401613fbb565b90509250929050565b5f60208284031215614013575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a81106140575761405761401a565b9052565b6020810161054c8284614047565b803580151581146130ed575f5ffd5b5f5f5f6040848603121561408a575f5ffd5b833567ffffffffffffffff8111156140a0575f5ffd5b8401601f810186136140b0575f5ffd5b803567ffffffffffffffff8111156140c6575f5ffd5b8660208260051b84010111156140da575f5ffd5b6020918201945092506140ee908501614069565b90509250925092565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156141c2577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528151805115158652602081015190506040602087015280518060408801528060208301606089015e5f6060828901015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168801019650505060208201915060208401935060018101905061411d565b50929695505050505050565b5f5f604083850312156141df575f5ffd5b50508035926020909101359150565b803560ff811681146130ed575f5ffd5b5f5f5f60608486031215614210575f5ffd5b83359250614220602085016141ee565b9150604084013560068110614233575f5ffd5b809150509250925092565b5f5f83601f84011261424e575f5ffd5b50813567ffffffffffffffff811115614265575f5ffd5b602083019150836020828501011115613720575f5ffd5b5f5f5f5f6060858703121561428f575f5ffd5b8435935061429f60208601613fbb565b9250604085013567ffffffffffffffff8111156142ba575f5ffd5b6142c68782880161423e565b95989497509550505050565b600281106142e2576142e261401a565b50565b614057816142d2565b600381106140575761405761401a565b805f5b60038110156139f5578151845260209384019390910190600101614301565b815173ffffffffffffffffffffffffffffffffffffffff1681526102a081016020830151614366602084018273ffffffffffffffffffffffffffffffffffffffff169052565b50604083015161438e604084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060608301516143a160608401826142e5565b5060808301516143b460808401826142e5565b5060a08301516143c760a08401826142ee565b5060c08301516143da60c0840182614047565b5060e08301516143f660e084018267ffffffffffffffff169052565b5061010083015161441061010084018263ffffffff169052565b5061012083015161442761012084018260ff169052565b5061014083015161444161014084018263ffffffff169052565b5061016083015161445b61016084018263ffffffff169052565b506101808301516144706101808401826142fe565b506101a08301516144856101e08401826142fe565b506101c083015167ffffffffffffffff9081166102408401526101e0840151811661026084015261020084015190811661028084015261348e565b600281106142e2575f5ffd5b5f5f604083850312156144dd575f5ffd5b6144e683613f98565b915060208301356144f6816144c0565b809150509250929050565b5f60208284031215614511575f5ffd5b61054982613f98565b5f5f6040838503121561452b575f5ffd5b82359150613ffa60208401613fbb565b600481106140575761405761401a565b6020810161054c828461453b565b5f60208284031215614569575f5ffd5b81356105e7816144c0565b5f5f5f5f5f60808688031215614588575f5ffd5b8535945061459860208701613fbb565b9350604086013567ffffffffffffffff8111156145b3575f5ffd5b6145bf8882890161423e565b96999598509660600135949350505050565b5f602082840312156145e1575f5ffd5b813567ffffffffffffffff8111156145f7575f5ffd5b82016101a081850312156105e7575f5ffd5b5f5f5f5f5f6060868803121561461d575f5ffd5b85359450602086013567ffffffffffffffff81111561463a575f5ffd5b6146468882890161423e565b909550935050604086013567ffffffffffffffff811115614665575f5ffd5b6146718882890161423e565b969995985093965092949392505050565b8035600381106130ed575f5ffd5b5f5f5f5f608085870312156146a3575f5ffd5b843593506146b360208601614682565b92506146c160408601613f98565b9396929550929360600135925050565b5f5f5f604084860312156146e3575f5ffd5b83356146ee816144c0565b9250602084013567ffffffffffffffff811115614709575f5ffd5b6147158682870161423e565b9497909650939450505050565b5f5f5f5f60808587031215614735575f5ffd5b8435935061474560208601613fbb565b925061475360408601614069565b9150614761606086016141ee565b905092959194509250565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126147f9575f5ffd5b83018035915067ffffffffffffffff821115614813575f5ffd5b602001915036819003821315613720575f5ffd5b818382375f9101908152919050565b8381526060810161484a6020830185614047565b826040830152949350505050565b828152604081016105e760208301846142ee565b600681106140575761405761401a565b60ff83168152604081016105e7602083018461486c565b606081016148a1828661486c565b60ff84166020830152612cd960408301846142ee565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561054c5761054c6148b7565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f612cd9602083018486614904565b6020810161054c82846142ee565b73ffffffffffffffffffffffffffffffffffffffff8316815260408101614992836142d2565b8260208301529392505050565b5f67ffffffffffffffff821667ffffffffffffffff81036149c2576149c26148b7565b60010192915050565b604081525f6149de604083018587614904565b9050826020830152949350505050565b5f602082840312156149fe575f5ffd5b813563ffffffff811681146105e7575f5ffd5b5f60208284031215614a21575f5ffd5b61054982613fbb565b60408101614a37846142d2565b838252614992836142d2565b5f60208284031215614a53575f5ffd5b61054982614682565b60408101614a6a8285614047565b60ff831660208301529392505050565b63ffffffff818116838216019081111561054c5761054c6148b7565b63ffffffff85168152836020820152606060408201525f614abb606083018486614904565b9695505050505050565b5f67ffffffffffffffff821680614ade57614ade6148b7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b84815260808101614b16856142d2565b846020830152614b296040830185614047565b614b36606083018461486c565b95945050505050565b60408101614b4d8285614047565b67ffffffffffffffff831660208301529392505050565b83815267ffffffffffffffff8316602082015260608101612cd9604083018461453b565b8035602083101561054c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b73ffffffffffffffffffffffffffffffffffffffff891681526101008101614beb896142d2565b886020830152614bfa886142d2565b876040830152614c0d60608301886142ee565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b73ffffffffffffffffffffffffffffffffffffffff8516815260808101614c6b856142d2565b602082019490945263ffffffff9283166040820152911660609091015291905056fea164736f6c634300081e000a",
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

// PackDisclose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b823368.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclose(bytes32 sessionId, bytes32 ephemeralSecret) returns()
func (sessionKeystore *SessionKeystore) PackDisclose(sessionId [32]byte, ephemeralSecret [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("disclose", sessionId, ephemeralSecret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b823368.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclose(bytes32 sessionId, bytes32 ephemeralSecret) returns()
func (sessionKeystore *SessionKeystore) TryPackDisclose(sessionId [32]byte, ephemeralSecret [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("disclose", sessionId, ephemeralSecret)
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
// the contract method with ID 0xba9c08c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) PackOpen(p ISessionKeystoreOpenParams) []byte {
	enc, err := sessionKeystore.abi.Pack("open", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba9c08c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) TryPackOpen(p ISessionKeystoreOpenParams) ([]byte, error) {
	return sessionKeystore.abi.Pack("open", p)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba9c08c4.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes) p) returns(bytes32 sessionId)
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
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64,uint64,uint64) v)
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
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64,uint64,uint64) v)
func (sessionKeystore *SessionKeystore) TryPackSession(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("session", sessionId)
}

// UnpackSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5903d97c.
//
// Solidity: function session(bytes32 sessionId) view returns((address,address,address,uint8,uint8,uint8,uint8,uint64,uint32,uint8,uint32,uint32,bytes32[3],bytes32[3],uint64,uint64,uint64) v)
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

// SessionKeystoreEphemeralDisclosed represents a EphemeralDisclosed event raised by the SessionKeystore contract.
type SessionKeystoreEphemeralDisclosed struct {
	SessionId       [32]byte
	Role            uint8
	EphemeralSecret [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreEphemeralDisclosedEventName = "EphemeralDisclosed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreEphemeralDisclosed) ContractEventName() string {
	return SessionKeystoreEphemeralDisclosedEventName
}

// UnpackEphemeralDisclosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EphemeralDisclosed(bytes32 indexed sessionId, uint8 indexed role, bytes32 ephemeralSecret)
func (sessionKeystore *SessionKeystore) UnpackEphemeralDisclosedEvent(log *types.Log) (*SessionKeystoreEphemeralDisclosed, error) {
	event := "EphemeralDisclosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreEphemeralDisclosed)
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreFaultNotApplicable"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreFaultNotApplicableError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreKeyVersionMismatch"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreKeyVersionMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreVerdictPending"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreVerdictPendingError(raw[4:])
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

// SessionKeystoreSessionKeystoreFaultNotApplicable represents a SessionKeystoreFaultNotApplicable error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreFaultNotApplicable struct {
	SessionId [32]byte
	Method    uint8
	Phase     uint8
	Fault     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreFaultNotApplicable(bytes32 sessionId, uint8 method, uint8 phase, uint8 fault)
func SessionKeystoreSessionKeystoreFaultNotApplicableErrorID() common.Hash {
	return common.HexToHash("0x13faf707d90a9c01558f85610d5c6ba7ebcfa4e0e1171baed492b71280fca799")
}

// UnpackSessionKeystoreFaultNotApplicableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreFaultNotApplicable(bytes32 sessionId, uint8 method, uint8 phase, uint8 fault)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreFaultNotApplicableError(raw []byte) (*SessionKeystoreSessionKeystoreFaultNotApplicable, error) {
	out := new(SessionKeystoreSessionKeystoreFaultNotApplicable)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreFaultNotApplicable", raw); err != nil {
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

// SessionKeystoreSessionKeystoreKeyVersionMismatch represents a SessionKeystoreKeyVersionMismatch error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreKeyVersionMismatch struct {
	Account  common.Address
	Suite    uint8
	Expected uint32
	Current  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreKeyVersionMismatch(address account, uint8 suite, uint32 expected, uint32 current)
func SessionKeystoreSessionKeystoreKeyVersionMismatchErrorID() common.Hash {
	return common.HexToHash("0x756605e64cf2cf7bbb888e5ba13d0d847b3bb8bc530821f214347513b548775a")
}

// UnpackSessionKeystoreKeyVersionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreKeyVersionMismatch(address account, uint8 suite, uint32 expected, uint32 current)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreKeyVersionMismatchError(raw []byte) (*SessionKeystoreSessionKeystoreKeyVersionMismatch, error) {
	out := new(SessionKeystoreSessionKeystoreKeyVersionMismatch)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreKeyVersionMismatch", raw); err != nil {
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

// SessionKeystoreSessionKeystoreVerdictPending represents a SessionKeystoreVerdictPending error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreVerdictPending struct {
	SessionId       [32]byte
	Pending         uint64
	VerdictDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreVerdictPending(bytes32 sessionId, uint64 pending, uint64 verdictDeadline)
func SessionKeystoreSessionKeystoreVerdictPendingErrorID() common.Hash {
	return common.HexToHash("0x6354e678f0a3b05b2189cbe6c739a626f06aca6cb78caf3381b7cf5ab1ef283e")
}

// UnpackSessionKeystoreVerdictPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreVerdictPending(bytes32 sessionId, uint64 pending, uint64 verdictDeadline)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreVerdictPendingError(raw []byte) (*SessionKeystoreSessionKeystoreVerdictPending, error) {
	out := new(SessionKeystoreSessionKeystoreVerdictPending)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreVerdictPending", raw); err != nil {
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
