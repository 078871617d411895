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
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ENDPOINT_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REASON\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_STREAM_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"announceEndpoint\",\"inputs\":[{\"name\":\"url\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isStreamed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictsPending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EndpointAnnounced\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"url\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EphemeralDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreEndpointTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreFaultNotApplicable\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"size\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyVersionMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"expected\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNothingToDisclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreVerdictPending\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"pending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongTransport\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"streamed\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b506152f58061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061029d575f3560e01c80637ecebe0011610171578063c806da89116100d2578063d99b51bd11610088578063f594e3201161006e578063f594e32014610632578063fc334e8c1461064c578063ff8937f01461065f575f5ffd5b8063d99b51bd146105d1578063f1382e70146105e4575f5ffd5b8063cb9c1721116100b8578063cb9c1721146105a3578063cf992820146105b6578063cfe9cb00146105c9575f5ffd5b8063c806da8914610587578063c85d3eb01461059a575f5ffd5b8063b0f5d98e11610127578063ba9c08c41161010d578063ba9c08c41461054e578063c01b093d14610561578063c644179814610574575f5ffd5b8063b0f5d98e14610528578063b65d871e1461053b575f5ffd5b80639168212f116101575780639168212f146104c6578063a770d9451461050c578063acc7e76414610515575f5ffd5b80637ecebe001461045b5780638acbf78e146104b3575f5ffd5b80633414cf961161021b5780634e71aeaf116101d15780635b419a65116101b75780635b419a65146104035780635bb75f2414610416578063756a693314610453575f5ffd5b80634e71aeaf146103da5780635903d97c146103e3575f5ffd5b806338944be91161020157806338944be91461038d57806339c79e0c146103a05780634b9d37f6146103b3575f5ffd5b80633414cf961461037257806335307d7914610385575f5ffd5b80632151e61c116102705780632b823368116102565780632b823368146103445780632f82ddff1461035757806333c0b3631461035f575f5ffd5b80632151e61c1461031c5780632a0272111461033b575f5ffd5b80630291099f146102a157806315f64920146102c75780631e9701d4146102e757806320118e9b14610307575b5f5ffd5b6102b46102af366004614532565b610667565b6040519081526020015b60405180910390f35b6102da6102d5366004614563565b6106cd565b6040516102be91906145bb565b6102fa6102f53660046145d8565b610769565b6040516102be9190614657565b61031a61031536600461476c565b6108ac565b005b61032662278d0081565b60405163ffffffff90911681526020016102be565b6102b461400081565b61031a6103523660046147ab565b61094c565b6102b4602081565b61031a61036d3660046147cb565b610c40565b61031a610380366004614825565b610ccb565b6102b4601881565b61031a61039b366004614865565b610f94565b61031a6103ae366004614563565b610ff4565b6102b47f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6102b46104c081565b6103f66103f1366004614563565b61118d565b6040516102be9190614909565b61031a6104113660046147ab565b61149e565b610429610424366004614ab5565b611600565b604080518251815260208084015163ffffffff1690820152918101511515908201526060016102be565b6102b4605081565b61049a610469366004614aea565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016102be565b61031a6104c13660046147ab565b6116ab565b6104ff6104d4366004614b03565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b6040516102be9190614b34565b6102b461049081565b61031a610523366004614b42565b6119ef565b61031a610536366004614b5d565b611b19565b61031a610549366004614bba565b611b86565b6102b461055c366004614bfd565b611bf1565b61031a61056f3660046147ab565b6129ed565b61031a610582366004614563565b612ac9565b61031a610595366004614c35565b612c91565b6102b461010081565b6102b46105b1366004614cbc565b612e40565b6103266105c4366004614cfd565b612e58565b610326600a81565b61031a6105df366004614d4e565b612f81565b6106226105f2366004614b03565b5f91825260036020908152604080842067ffffffffffffffff939093168452919052902054610100900460ff1690565b60405190151581526020016102be565b61063a600c81565b60405160ff90911681526020016102be565b61031a61065a3660046147ab565b61308f565b6102b4603581565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b5f818152600260205260408120805477010000000000000000000000000000000000000000000000900460ff168281600981111561070d5761070d61457a565b14158015610721575061071f816131dd565b155b8015610753575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b15610762575060089392505050565b9392505050565b60608267ffffffffffffffff81111561078457610784614d8d565b6040519080825280602002602001820160405280156107c957816020015b604080518082019091525f8152606060208201528152602001906001900390816107a25790505b5090505f5b838110156108a4575f80308787858181106107eb576107eb614dba565b90506020028101906107fd9190614de7565b60405161080b929190614e48565b5f60405180830381855af49150503d805f8114610843576040519150601f19603f3d011682016040523d82523d5f602084013e610848565b606091505b509150915081158015610859575084155b1561086657805160208201fd5b604051806040016040528083151581526020018281525084848151811061088f5761088f614dba565b602090810291909101015250506001016107ce565b509392505050565b6101008111156108f8576040517fe5e2fe3c0000000000000000000000000000000000000000000000000000000081526004810182905261010060248201526044015b60405180910390fd5b3373ffffffffffffffffffffffffffffffffffffffff167f892a4f89f3253595b92c3ad4c2b31e2da0b5d2eeacb93909343021ba946564dc8383604051610940929190614e9e565b60405180910390a25050565b5f610956836131fa565b90506007815477010000000000000000000000000000000000000000000000900460ff16600981111561098b5761098b61457a565b146109f1578054839077010000000000000000000000000000000000000000000000900460ff1660075b60ff166001901b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016108ef93929190614eb1565b5f815474010000000000000000000000000000000000000000900460ff166001811115610a2057610a2061457a565b14610a6e576040516321a822d760e01b815260206004820152600660248201527f6d6574686f64000000000000000000000000000000000000000000000000000060448201526064016108ef565b5f610a7a848333613278565b90505f60038301826002811115610a9357610a9361457a565b60ff1660038110610aa657610aa6614dba565b015403610ae35783816040517f171e9cb90000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b82610b1e5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b5f610b288261334e565b60018401549091507e010000000000000000000000000000000000000000000000000000000000009004811660ff1615610b925784826040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b60018301805460ff8084167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116179055816002811115610bff57610bff61457a565b857fae74fabcb9a57463737474e35a37123ab8f06ed518472f14116828f6a9f3e10786604051610c3191815260200190565b60405180910390a35050505050565b5f610c4c866001613370565b9050610c5a86866001613451565b610c66868686866134e6565b610c71868284613555565b6040805185815267ffffffffffffffff85811660208301529181018490529086169087907fe7f2cf25feb1a82b54dfc24b33113e080c0555cd8bdf2d3f58f425d729e9cec0906060015b60405180910390a3505050505050565b5f610cd5846131fa565b805490915077010000000000000000000000000000000000000000000000900460ff16610d01816131dd565b15610d40578481603e5b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016108ef93929190614eb1565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421115610dd25781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108ef565b5f610dde868433613278565b90506005826009811115610df457610df461457a565b148015610e295750610e058161334e565b60018401547401000000000000000000000000000000000000000090041660ff1615155b15610e645785816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b5f846005811115610e7757610e7761457a565b1480610e9457506001846005811115610e9257610e9261457a565b145b80610ea0575060ff8516155b80610eae5750600760ff8616115b80610ec65750610ebd8161334e565b851660ff165f14155b15610f015784846040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016108ef929190614ef7565b610f0e868484888861362e565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90610f8490879089908690614f0e565b60405180910390a2505050505050565b5f610f9f855f613370565b9050610fab83836137f8565b610fb78582865f613888565b8367ffffffffffffffff16857fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe8585604051610c31929190614e9e565b5f610ffe826131fa565b90506006815477010000000000000000000000000000000000000000000000900460ff1660098111156110335761103361457a565b14611061578054829077010000000000000000000000000000000000000000000000900460ff1660066109b5565b5f61106d838333613278565b600a83015490915067ffffffffffffffff1680158015906110a85750600a83015468010000000000000000900467ffffffffffffffff164211155b1561110d57600a8301546040517f6354e6780000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff80841660248301526801000000000000000090920490911660448201526064016108ef565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405184907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b59061117f908590614f32565b60405180910390a250505050565b611195614450565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff169081111561120f5761120f61457a565b908160018111156112225761122261457a565b905250805460808301907501000000000000000000000000000000000000000000900460ff1660018111156112595761125961457a565b9081600181111561126c5761126c61457a565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff1660028111156112a4576112a461457a565b908160028111156112b7576112b761457a565b905250805460c083019077010000000000000000000000000000000000000000000000900460ff1660098111156112f0576112f061457a565b908160098111156113035761130361457a565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b8154815260200190600101908083116113cf5750505050508261018001819052505f5b60038160ff1610156114435761141c828260ff1660028111156114175761141761457a565b613a19565b836101a001518260ff166003811061143657611436614dba565b60200201526001016113f2565b50600281015467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481166101c0840152600a909101548082166101e084015268010000000000000000900416610200820152919050565b5f5f6114ab846001613a87565b90925090505f8160028111156114c3576114c361457a565b03611503576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016108ef565b8261153e5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b82826003018260028111156115555761155561457a565b60ff166003811061156857611568614dba565b01555f6115758383613c1b565b90508160028111156115895761158961457a565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a10421866040516115bb91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016115f9576115f985846002613c5d565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff86168252819052918220909183600181111561164f5761164f61457a565b60018111156116605761166061457a565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f5f6116b8846005613a87565b9092509050826116f85783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b60068201548061173357600683018490556117128261334e565b8360010160156101000a81548160ff021916908360ff1602179055506117cb565b80840361179e576117438261334e565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff908116941693909317029190911790556117cb565b83836007018360028111156117b5576117b561457a565b60ff16600381106117c8576117c8614dba565b01555b5f6117d68484613c1b565b90508260028111156117ea576117ea61457a565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b8760405161181c91815260200190565b60405180910390a360ff811660071461183757505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff16016118fd5783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e83156118ed57836118ef565b865b604051908152602001610f84565b5f611908855f613a19565b90505f611916866001613a19565b90505f611924876002613a19565b90505f82840361193f57611938600261334e565b9050611964565b81840361195057611938600161334e565b818303611960576119385f61334e565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a906119db9060019085908c90614f0e565b60405180910390a250505050505050505050565b335f90815260208190526040812081836001811115611a1057611a1061457a565b6001811115611a2157611a2161457a565b815260208101919091526040015f20600181015490915063ffffffff161580611a5657506001810154640100000000900460ff165b15611a915733826040517fe1277c840000000000000000000000000000000000000000000000000000000081526004016108ef929190614f40565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff166401000000001790558290811115611ad457611ad461457a565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b5f611b25866001613370565b9050611b3286865f613451565b611b3c84846137f8565b611b47868284613555565b8467ffffffffffffffff16867fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e868686604051610cbb93929190614f73565b5f611b91855f613370565b9050611b9f858585856134e6565b611bac8582866001613888565b6040805184815267ffffffffffffffff848116602083015286169187917f34256af5ac88d02ea1f8fcd7b54d7a15a576e90c9d61081c481f43c7499f52f39101610c31565b5f3381611c016020850185614aea565b73ffffffffffffffffffffffffffffffffffffffff161480611c4757505f611c2f6040850160208601614aea565b73ffffffffffffffffffffffffffffffffffffffff16145b80611c89575073ffffffffffffffffffffffffffffffffffffffff8116611c716020850185614aea565b73ffffffffffffffffffffffffffffffffffffffff16145b80611cce575073ffffffffffffffffffffffffffffffffffffffff8116611cb66040850160208601614aea565b73ffffffffffffffffffffffffffffffffffffffff16145b80611d1f5750611ce46040840160208501614aea565b73ffffffffffffffffffffffffffffffffffffffff16611d076020850185614aea565b73ffffffffffffffffffffffffffffffffffffffff16145b15611d9d5780611d326020850185614aea565b611d426040860160208701614aea565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152918316602483015290911660448201526064016108ef565b600a611daf60c0850160a08601614f96565b63ffffffff161080611dd8575062278d00611dd060c0850160a08601614f96565b63ffffffff16115b15611e2857611ded60c0840160a08501614f96565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016108ef565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205467ffffffffffffffff1690611e6860e0860160c08701614fb9565b90508167ffffffffffffffff168167ffffffffffffffff161080611e95575067ffffffffffffffff818116145b15611efc576040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015267ffffffffffffffff8084166024830152821660448201526064016108ef565b5f808080611f1060608a0160408b01614b42565b6001811115611f2157611f2161457a565b03612251575f611f3760808a0160608b01614b42565b6001811115611f4857611f4861457a565b14611fa157611f5d6060890160408a01614b42565b611f6d60808a0160608b01614b42565b6040517f99f9852d0000000000000000000000000000000000000000000000000000000081526004016108ef929190614fd2565b5f611fb260a08a0160808b01614feb565b6002811115611fc357611fc361457a565b14612011576040516321a822d760e01b815260206004820152600b60248201527f636f6f7264696e61746f7200000000000000000000000000000000000000000060448201526064016108ef565b610120880135612064576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016108ef565b612072610140890189614de7565b1590506120c2576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016108ef565b6120d0610160890189614de7565b159050612120576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016108ef565b61212e610180890189614de7565b15905061217e576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016108ef565b61218f610100890160e08a01614f96565b63ffffffff16156121e3576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016108ef565b6121f561012089016101008a01614f96565b63ffffffff1615612249576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016108ef565b50600161246e565b610120880135156122a5576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016108ef565b5f6122b660a08a0160808b01614feb565b60028111156122c7576122c761457a565b03612379576122da610140890189614de7565b15905061232a576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016108ef565b61235061233d60808a0160608b01614b42565b61234b6101608b018b614de7565b613d8c565b61237161236360808a0160608b01614b42565b61234b6101808b018b614de7565b50600561245f565b61239f61238c60808a0160608b01614b42565b61239a6101408b018b614de7565b613df5565b6123ad610160890189614de7565b1590506123fd576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016108ef565b61240b610180890189614de7565b15905061245b576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016108ef565b5060045b61246888613f64565b90935091505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8916606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff87165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001690921782559198509061256f9060608b01908b01614b42565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000008360018111156125bd576125bd61457a565b02179055506125d260808a0160608b01614b42565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000008360018111156126215761262161457a565b021790555061263660a08a0160808b01614feb565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff167601000000000000000000000000000000000000000000008360028111156126865761268661457a565b021790555061269860208a018a614aea565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556126ef60408a0160208b01614aea565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561274660c08a0160a08b01614f96565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156128345761283461457a565b036128455761012089013560038201555b612851888a8686614100565b60018260098111156128655761286561457a565b036128af575f887f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218b61012001356040516128a291815260200190565b60405180910390a3612997565b60058260098111156128c3576128c361457a565b03612950576001887fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46128fa6101608d018d614de7565b604051612908929190614e9e565b60405180910390a36002887fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46129426101808d018d614de7565b6040516128a2929190614e9e565b877f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a6129806101408c018c614de7565b60405161298e929190614e9e565b60405180910390a25b6129a2888284613c5d565b60018260098111156129b6576129b661457a565b036129e1576129c45f61334e565b8160010160146101000a81548160ff021916908360ff1602179055505b50505050505050919050565b5f5f6129fa846003613a87565b909250905082612a3a5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b5f612a458383613c1b565b9050816002811115612a5957612a5961457a565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb86604051612a8b91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016115f9576115f985846005613c5d565b5f612ad3826131fa565b805490915077010000000000000000000000000000000000000000000000900460ff16612aff816131dd565b15612b0d578281603e610d0b565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211612b9e5781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108ef565b5f6004826009811115612bb357612bb361457a565b14612bbf576007612be7565b8254612be790760100000000000000000000000000000000000000000000900460ff1661334e565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e190612c829086908590615004565b60405180910390a25050505050565b5f5f612c9e876004613a87565b81549193509150760100000000000000000000000000000000000000000000900460ff166002811115612cd357612cd361457a565b816002811115612ce557612ce561457a565b14612d25576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016108ef565b8154612d4e907501000000000000000000000000000000000000000000900460ff168787613d8c565b8154612d77907501000000000000000000000000000000000000000000900460ff168585613d8c565b612d818282613c1b565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48888604051612db5929190614e9e565b60405180910390a36001816002811115612dd157612dd161457a565b14612ddd576001612de0565b60025b6002811115612df157612df161457a565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48686604051612e23929190614e9e565b60405180910390a3612e3787836005613c5d565b50505050505050565b5f612e4d858585856141ca565b90505b949350505050565b5f612e64848484613df5565b335f90815260208190526040812081866001811115612e8557612e8561457a565b6001811115612e9657612e9661457a565b815260208101919091526040015f20600180820154919250612ebe9163ffffffff169061504f565b91505f8484604051612ed1929190614e48565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff87161790559091508690811115612f2457612f2461457a565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef85848989604051612f70949392919061506b565b60405180910390a350509392505050565b5f612f8d856002613370565b905082151560ff831615151480612fa75750600c60ff8316115b15612ff5576040516321a822d760e01b815260206004820152600660248201527f726561736f6e000000000000000000000000000000000000000000000000000060448201526064016108ef565b613003858560026003614271565b600a810180545f9061301e9067ffffffffffffffff1661509a565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508367ffffffffffffffff16857f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a58585604051610c31929190911515825260ff16602082015260400190565b5f5f61309c846002613a87565b9092509050826130dc5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b816003018160028111156130f2576130f261457a565b60ff166003811061310557613105614dba565b0154613113858333876141ca565b1461314e5783816040517f068fbce30000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b5f6131598383613c1b565b905081600281111561316d5761316d61457a565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f38660405161319f91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016115f9576115f985846003613c5d565b5f60068260098111156131f2576131f261457a565b101592915050565b5f81815260026020526040812090815477010000000000000000000000000000000000000000000000900460ff1660098111156132395761323961457a565b03613273576040517fe98106f8000000000000000000000000000000000000000000000000000000008152600481018390526024016108ef565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff908116908316036132a357505f610762565b600183015473ffffffffffffffffffffffffffffffffffffffff908116908316036132d057506001610762565b600283015473ffffffffffffffffffffffffffffffffffffffff908116908316036132fd57506002610762565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016108ef565b5f8160028111156133615761336161457a565b600160ff919091161b92915050565b5f61337a836131fa565b90506006815477010000000000000000000000000000000000000000000000900460ff1660098111156133af576133af61457a565b146133dd578054839077010000000000000000000000000000000000000000000000900460ff1660066109b5565b5f6133e9848333613278565b90508260028111156133fd576133fd61457a565b81600281111561340f5761340f61457a565b1461344a5783816040517ffb0f8a140000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b5092915050565b61345f838360016002614271565b5f83815260036020908152604080832067ffffffffffffffff8616845290915290205460ff610100909104161515811515146134e1576040517f6772aa0c0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff83166024820152811560448201526064016108ef565b505050565b8115806134fd575060358167ffffffffffffffff16105b1561354f576040517f1dd480cb0000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff8085166024830152821660448201526064016108ef565b50505050565b80613591578260016040517f43587c080000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b600a820180545f906135ac9067ffffffffffffffff166150db565b825467ffffffffffffffff9182166101009390930a928302919092021990911617905560018201546135ff9063ffffffff7601000000000000000000000000000000000000000000009091041642615107565b82600a0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550505050565b835474010000000000000000000000000000000000000000900460ff165f60058360058111156136605761366061457a565b0361366d57506001613730565b60028360058111156136815761368161457a565b036136c057600182600181111561369a5761369a61457a565b14806136b9575060025b8560098111156136b6576136b661457a565b10155b9050613730565b60038360058111156136d4576136d461457a565b036136fb575f8260018111156136ec576136ec61457a565b1480156136b9575060036136a4565b600182600181111561370f5761370f61457a565b14801561372d5750600585600981111561372b5761372b61457a565b145b90505b8061376f57868286856040517f13faf7070000000000000000000000000000000000000000000000000000000081526004016108ef9493929190615127565b60048360058111156137835761378361457a565b1480156137bd575085546137b390760100000000000000000000000000000000000000000000900460ff1661334e565b60ff168460ff1614155b15612e375783836040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016108ef929190614ef7565b61400081111561383f576040517f1219c3a50000000000000000000000000000000000000000000000000000000081526004810182905261400060248201526044016108ef565b6018811015613884576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260186004820152602481018290526044016108ef565b5050565b600283015467ffffffffffffffff78010000000000000000000000000000000000000000000000009091048116908316811461390b576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff8083166024830152841660448201526064016108ef565b613916816001615107565b60028501805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff9384160217905560408051808201825260018082528515156020808401919091525f8a81526003808352858220968a16825295909152929092208151815492949193909284927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116919084908111156139d6576139d661457a565b0217905550602091909101518154901515610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff9091161790555050505050565b5f613a238261334e565b6001840154750100000000000000000000000000000000000000000090041660ff1615613a55575060068201546106c7565b82600701826002811115613a6b57613a6b61457a565b60ff1660038110613a7e57613a7e614dba565b01549392505050565b5f5f613a92846131fa565b9150826009811115613aa657613aa661457a565b825477010000000000000000000000000000000000000000000000900460ff166009811115613ad757613ad761457a565b14613b10578154849077010000000000000000000000000000000000000000000000900460ff168460098111156109b5576109b561457a565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421115613ba25781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016108ef565b613bad848333613278565b9050613bb88161334e565b60018301547401000000000000000000000000000000000000000090041660ff1615613c145783816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016108ef929190614ed3565b9250929050565b5f613c258261334e565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b60018201545f90613c8e90760100000000000000000000000000000000000000000000900463ffffffff1642615107565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677010000000000000000000000000000000000000000000000836009811115613ce457613ce461457a565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f9061117f9085908590615160565b5f80846001811115613da057613da061457a565b14613dad57610490613db0565b60505b905081811461354f576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016108ef565b5f80846001811115613e0957613e0961457a565b14613e16576104c0613e19565b60205b9050818114613e5e576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016108ef565b5f846001811115613e7157613e7161457a565b148015613e8657505f613e848385615185565b145b15613ed4576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016108ef565b6001846001811115613ee857613ee861457a565b148015613f1657505f8383613f0060206104c06151c1565b613f0b9282906151d4565b613f1491615185565b145b1561354f576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016108ef565b5f806001613f7860a0850160808601614feb565b6002811115613f8957613f8961457a565b03613ff857613f9f610100840160e08501614f96565b63ffffffff1615613ff3576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016108ef565b614031565b61402e6140086020850185614aea565b6140186080860160608701614b42565b614029610100870160e08801614f96565b614347565b91505b600261404360a0850160808601614feb565b60028111156140545761405461457a565b036140c45761406b61012084016101008501614f96565b63ffffffff16156140bf576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016108ef565b915091565b6140f96140d76040850160208601614aea565b6140e76080860160608701614b42565b61402961012087016101008801614f96565b9050915091565b61410d6020840184614aea565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b8420506141566040880160208901614aea565b6141666060890160408a01614b42565b61417660808a0160608b01614b42565b61418660a08b0160808c01614feb565b61419660e08c0160c08d01614fb9565b6141a660c08d0160a08e01614f96565b8b8b6040516141bc9897969594939291906151fb565b60405180910390a450505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da3674630878760028111156142015761420161457a565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091208054909160ff9091169084908111156142af576142af61457a565b8160038111156142c1576142c161457a565b146142fe578585826040517f26ecc1c70000000000000000000000000000000000000000000000000000000081526004016108ef9392919061527c565b8154839083907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600183600381111561433a5761433a61457a565b0217905550505050505050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604081208190818560018111156143805761438061457a565b60018111156143915761439161457a565b815260208101919091526040015f20600181015463ffffffff16925090508115806143c857506001810154640100000000900460ff165b156144035784846040517f19f828940000000000000000000000000000000000000000000000000000000081526004016108ef929190614f40565b8263ffffffff168263ffffffff16146108a457848484846040517f756605e60000000000000000000000000000000000000000000000000000000081526004016108ef94939291906152a0565b60408051610220810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c0016144b36144da565b81526020016144c06144da565b81525f602082018190526040820181905260609091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114613273575f5ffd5b803567ffffffffffffffff81168114613273575f5ffd5b5f5f60408385031215614543575f5ffd5b61454c836144f8565b915061455a6020840161451b565b90509250929050565b5f60208284031215614573575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a81106145b7576145b761457a565b9052565b602081016106c782846145a7565b80358015158114613273575f5ffd5b5f5f5f604084860312156145ea575f5ffd5b833567ffffffffffffffff811115614600575f5ffd5b8401601f81018613614610575f5ffd5b803567ffffffffffffffff811115614626575f5ffd5b8660208260051b840101111561463a575f5ffd5b60209182019450925061464e9085016145c9565b90509250925092565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614722577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528151805115158652602081015190506040602087015280518060408801528060208301606089015e5f6060828901015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168801019650505060208201915060208401935060018101905061467d565b50929695505050505050565b5f5f83601f84011261473e575f5ffd5b50813567ffffffffffffffff811115614755575f5ffd5b602083019150836020828501011115613c14575f5ffd5b5f5f6020838503121561477d575f5ffd5b823567ffffffffffffffff811115614793575f5ffd5b61479f8582860161472e565b90969095509350505050565b5f5f604083850312156147bc575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a086880312156147df575f5ffd5b853594506147ef6020870161451b565b9350604086013592506148046060870161451b565b949793965091946080013592915050565b803560ff81168114613273575f5ffd5b5f5f5f60608486031215614837575f5ffd5b8335925061484760208501614815565b915060408401356006811061485a575f5ffd5b809150509250925092565b5f5f5f5f60608587031215614878575f5ffd5b843593506148886020860161451b565b9250604085013567ffffffffffffffff8111156148a3575f5ffd5b6148af8782880161472e565b95989497509550505050565b600281106148cb576148cb61457a565b50565b6145b7816148bb565b600381106145b7576145b761457a565b805f5b600381101561354f5781518452602093840193909101906001016148ea565b815173ffffffffffffffffffffffffffffffffffffffff1681526102a08101602083015161494f602084018273ffffffffffffffffffffffffffffffffffffffff169052565b506040830151614977604084018273ffffffffffffffffffffffffffffffffffffffff169052565b50606083015161498a60608401826148ce565b50608083015161499d60808401826148ce565b5060a08301516149b060a08401826148d7565b5060c08301516149c360c08401826145a7565b5060e08301516149df60e084018267ffffffffffffffff169052565b506101008301516149f961010084018263ffffffff169052565b50610120830151614a1061012084018260ff169052565b50610140830151614a2a61014084018263ffffffff169052565b50610160830151614a4461016084018263ffffffff169052565b50610180830151614a596101808401826148e7565b506101a0830151614a6e6101e08401826148e7565b506101c083015167ffffffffffffffff9081166102408401526101e0840151811661026084015261020084015190811661028084015261344a565b600281106148cb575f5ffd5b5f5f60408385031215614ac6575f5ffd5b614acf836144f8565b91506020830135614adf81614aa9565b809150509250929050565b5f60208284031215614afa575f5ffd5b6106c4826144f8565b5f5f60408385031215614b14575f5ffd5b8235915061455a6020840161451b565b600481106145b7576145b761457a565b602081016106c78284614b24565b5f60208284031215614b52575f5ffd5b813561076281614aa9565b5f5f5f5f5f60808688031215614b71575f5ffd5b85359450614b816020870161451b565b9350604086013567ffffffffffffffff811115614b9c575f5ffd5b614ba88882890161472e565b96999598509660600135949350505050565b5f5f5f5f60808587031215614bcd575f5ffd5b84359350614bdd6020860161451b565b925060408501359150614bf26060860161451b565b905092959194509250565b5f60208284031215614c0d575f5ffd5b813567ffffffffffffffff811115614c23575f5ffd5b82016101a08185031215610762575f5ffd5b5f5f5f5f5f60608688031215614c49575f5ffd5b85359450602086013567ffffffffffffffff811115614c66575f5ffd5b614c728882890161472e565b909550935050604086013567ffffffffffffffff811115614c91575f5ffd5b614c9d8882890161472e565b969995985093965092949392505050565b803560038110613273575f5ffd5b5f5f5f5f60808587031215614ccf575f5ffd5b84359350614cdf60208601614cae565b9250614ced604086016144f8565b9396929550929360600135925050565b5f5f5f60408486031215614d0f575f5ffd5b8335614d1a81614aa9565b9250602084013567ffffffffffffffff811115614d35575f5ffd5b614d418682870161472e565b9497909650939450505050565b5f5f5f5f60808587031215614d61575f5ffd5b84359350614d716020860161451b565b9250614d7f604086016145c9565b9150614bf260608601614815565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614e1a575f5ffd5b83018035915067ffffffffffffffff821115614e34575f5ffd5b602001915036819003821315613c14575f5ffd5b818382375f9101908152919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f612e50602083018486614e57565b83815260608101614ec560208301856145a7565b826040830152949350505050565b8281526040810161076260208301846148d7565b600681106145b7576145b761457a565b60ff83168152604081016107626020830184614ee7565b60608101614f1c8286614ee7565b60ff84166020830152612e5060408301846148d7565b602081016106c782846148d7565b73ffffffffffffffffffffffffffffffffffffffff8316815260408101614f66836148bb565b8260208301529392505050565b604081525f614f86604083018587614e57565b9050826020830152949350505050565b5f60208284031215614fa6575f5ffd5b813563ffffffff81168114610762575f5ffd5b5f60208284031215614fc9575f5ffd5b6106c48261451b565b60408101614fdf846148bb565b838252614f66836148bb565b5f60208284031215614ffb575f5ffd5b6106c482614cae565b6040810161501282856145a7565b60ff831660208301529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff81811683821601908111156106c7576106c7615022565b63ffffffff85168152836020820152606060408201525f615090606083018486614e57565b9695505050505050565b5f67ffffffffffffffff8216806150b3576150b3615022565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b5f67ffffffffffffffff821667ffffffffffffffff81036150fe576150fe615022565b60010192915050565b67ffffffffffffffff81811683821601908111156106c7576106c7615022565b84815260808101615137856148bb565b84602083015261514a60408301856145a7565b6151576060830184614ee7565b95945050505050565b6040810161516e82856145a7565b67ffffffffffffffff831660208301529392505050565b803560208310156106c7577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b818103818111156106c7576106c7615022565b5f5f858511156151e2575f5ffd5b838611156151ee575f5ffd5b5050820193919092039150565b73ffffffffffffffffffffffffffffffffffffffff891681526101008101615222896148bb565b886020830152615231886148bb565b87604083015261524460608301886148d7565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b83815267ffffffffffffffff8316602082015260608101612e506040830184614b24565b73ffffffffffffffffffffffffffffffffffffffff85168152608081016152c6856148bb565b602082019490945263ffffffff9283166040820152911660609091015291905056fea164736f6c634300081e000a",
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

// PackMAXENDPOINTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85d3eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackMAXENDPOINTLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("MAX_ENDPOINT_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENDPOINTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85d3eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackMAXENDPOINTLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("MAX_ENDPOINT_LENGTH")
}

// UnpackMAXENDPOINTLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc85d3eb0.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackMAXENDPOINTLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("MAX_ENDPOINT_LENGTH", data)
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

// PackMAXREASON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf594e320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REASON() view returns(uint8)
func (sessionKeystore *SessionKeystore) PackMAXREASON() []byte {
	enc, err := sessionKeystore.abi.Pack("MAX_REASON")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREASON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf594e320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REASON() view returns(uint8)
func (sessionKeystore *SessionKeystore) TryPackMAXREASON() ([]byte, error) {
	return sessionKeystore.abi.Pack("MAX_REASON")
}

// UnpackMAXREASON is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf594e320.
//
// Solidity: function MAX_REASON() view returns(uint8)
func (sessionKeystore *SessionKeystore) UnpackMAXREASON(data []byte) (uint8, error) {
	out, err := sessionKeystore.abi.Unpack("MAX_REASON", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINMESSAGELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35307d79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackMINMESSAGELENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("MIN_MESSAGE_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINMESSAGELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35307d79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackMINMESSAGELENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("MIN_MESSAGE_LENGTH")
}

// UnpackMINMESSAGELENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35307d79.
//
// Solidity: function MIN_MESSAGE_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackMINMESSAGELENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("MIN_MESSAGE_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMINSTREAMLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff8937f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_STREAM_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackMINSTREAMLENGTH() []byte {
	enc, err := sessionKeystore.abi.Pack("MIN_STREAM_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSTREAMLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff8937f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_STREAM_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackMINSTREAMLENGTH() ([]byte, error) {
	return sessionKeystore.abi.Pack("MIN_STREAM_LENGTH")
}

// UnpackMINSTREAMLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff8937f0.
//
// Solidity: function MIN_STREAM_LENGTH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackMINSTREAMLENGTH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("MIN_STREAM_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackAnnounceEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20118e9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function announceEndpoint(string url) returns()
func (sessionKeystore *SessionKeystore) PackAnnounceEndpoint(url string) []byte {
	enc, err := sessionKeystore.abi.Pack("announceEndpoint", url)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnounceEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20118e9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function announceEndpoint(string url) returns()
func (sessionKeystore *SessionKeystore) TryPackAnnounceEndpoint(url string) ([]byte, error) {
	return sessionKeystore.abi.Pack("announceEndpoint", url)
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

// PackIsStreamed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1382e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isStreamed(bytes32 sessionId, uint64 seq) view returns(bool)
func (sessionKeystore *SessionKeystore) PackIsStreamed(sessionId [32]byte, seq uint64) []byte {
	enc, err := sessionKeystore.abi.Pack("isStreamed", sessionId, seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsStreamed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1382e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isStreamed(bytes32 sessionId, uint64 seq) view returns(bool)
func (sessionKeystore *SessionKeystore) TryPackIsStreamed(sessionId [32]byte, seq uint64) ([]byte, error) {
	return sessionKeystore.abi.Pack("isStreamed", sessionId, seq)
}

// UnpackIsStreamed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1382e70.
//
// Solidity: function isStreamed(bytes32 sessionId, uint64 seq) view returns(bool)
func (sessionKeystore *SessionKeystore) UnpackIsStreamed(data []byte) (bool, error) {
	out, err := sessionKeystore.abi.Unpack("isStreamed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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

// PackRequestStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65d871e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestStream(bytes32 sessionId, uint64 seq, bytes32 promptHash, uint64 promptSize) returns()
func (sessionKeystore *SessionKeystore) PackRequestStream(sessionId [32]byte, seq uint64, promptHash [32]byte, promptSize uint64) []byte {
	enc, err := sessionKeystore.abi.Pack("requestStream", sessionId, seq, promptHash, promptSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65d871e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestStream(bytes32 sessionId, uint64 seq, bytes32 promptHash, uint64 promptSize) returns()
func (sessionKeystore *SessionKeystore) TryPackRequestStream(sessionId [32]byte, seq uint64, promptHash [32]byte, promptSize uint64) ([]byte, error) {
	return sessionKeystore.abi.Pack("requestStream", sessionId, seq, promptHash, promptSize)
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

// PackRespondStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33c0b363.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respondStream(bytes32 sessionId, uint64 seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) PackRespondStream(sessionId [32]byte, seq uint64, answerHash [32]byte, answerSize uint64, commitment [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("respondStream", sessionId, seq, answerHash, answerSize, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespondStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33c0b363.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respondStream(bytes32 sessionId, uint64 seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment) returns()
func (sessionKeystore *SessionKeystore) TryPackRespondStream(sessionId [32]byte, seq uint64, answerHash [32]byte, answerSize uint64, commitment [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("respondStream", sessionId, seq, answerHash, answerSize, commitment)
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

// SessionKeystoreEndpointAnnounced represents a EndpointAnnounced event raised by the SessionKeystore contract.
type SessionKeystoreEndpointAnnounced struct {
	Account common.Address
	Url     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreEndpointAnnouncedEventName = "EndpointAnnounced"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreEndpointAnnounced) ContractEventName() string {
	return SessionKeystoreEndpointAnnouncedEventName
}

// UnpackEndpointAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EndpointAnnounced(address indexed account, string url)
func (sessionKeystore *SessionKeystore) UnpackEndpointAnnouncedEvent(log *types.Log) (*SessionKeystoreEndpointAnnounced, error) {
	event := "EndpointAnnounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreEndpointAnnounced)
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

// SessionKeystoreStreamAnswered represents a StreamAnswered event raised by the SessionKeystore contract.
type SessionKeystoreStreamAnswered struct {
	SessionId  [32]byte
	Seq        uint64
	AnswerHash [32]byte
	AnswerSize uint64
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreStreamAnsweredEventName = "StreamAnswered"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreStreamAnswered) ContractEventName() string {
	return SessionKeystoreStreamAnsweredEventName
}

// UnpackStreamAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamAnswered(bytes32 indexed sessionId, uint64 indexed seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment)
func (sessionKeystore *SessionKeystore) UnpackStreamAnsweredEvent(log *types.Log) (*SessionKeystoreStreamAnswered, error) {
	event := "StreamAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreStreamAnswered)
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

// SessionKeystoreStreamRequested represents a StreamRequested event raised by the SessionKeystore contract.
type SessionKeystoreStreamRequested struct {
	SessionId  [32]byte
	Seq        uint64
	PromptHash [32]byte
	PromptSize uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreStreamRequestedEventName = "StreamRequested"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreStreamRequested) ContractEventName() string {
	return SessionKeystoreStreamRequestedEventName
}

// UnpackStreamRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamRequested(bytes32 indexed sessionId, uint64 indexed seq, bytes32 promptHash, uint64 promptSize)
func (sessionKeystore *SessionKeystore) UnpackStreamRequestedEvent(log *types.Log) (*SessionKeystoreStreamRequested, error) {
	event := "StreamRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreStreamRequested)
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreEndpointTooLong"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreEndpointTooLongError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidStream"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidStreamError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreNothingToDisclose"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreNothingToDiscloseError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreWrongTransport"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreWrongTransportError(raw[4:])
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

// SessionKeystoreSessionKeystoreEndpointTooLong represents a SessionKeystoreEndpointTooLong error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreEndpointTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreEndpointTooLong(uint256 length, uint256 max)
func SessionKeystoreSessionKeystoreEndpointTooLongErrorID() common.Hash {
	return common.HexToHash("0xe5e2fe3cd9578d60767801fb1b5352709b1e700c0a43f6b19e1b99b9c8c5f4e3")
}

// UnpackSessionKeystoreEndpointTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreEndpointTooLong(uint256 length, uint256 max)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreEndpointTooLongError(raw []byte) (*SessionKeystoreSessionKeystoreEndpointTooLong, error) {
	out := new(SessionKeystoreSessionKeystoreEndpointTooLong)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreEndpointTooLong", raw); err != nil {
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

// SessionKeystoreSessionKeystoreInvalidStream represents a SessionKeystoreInvalidStream error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidStream struct {
	SessionId [32]byte
	Seq       uint64
	Size      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidStream(bytes32 sessionId, uint64 seq, uint64 size)
func SessionKeystoreSessionKeystoreInvalidStreamErrorID() common.Hash {
	return common.HexToHash("0x1dd480cb6707060cf7c82b790c5b5049ffee2a18afa400151e1f58f25aa3565b")
}

// UnpackSessionKeystoreInvalidStreamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidStream(bytes32 sessionId, uint64 seq, uint64 size)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidStreamError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidStream, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidStream)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidStream", raw); err != nil {
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

// SessionKeystoreSessionKeystoreNothingToDisclose represents a SessionKeystoreNothingToDisclose error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreNothingToDisclose struct {
	SessionId [32]byte
	Role      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreNothingToDisclose(bytes32 sessionId, uint8 role)
func SessionKeystoreSessionKeystoreNothingToDiscloseErrorID() common.Hash {
	return common.HexToHash("0x171e9cb9f88183f2d45e1fa80c552b0d6784909b589fa4a129dc485349f901cd")
}

// UnpackSessionKeystoreNothingToDiscloseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreNothingToDisclose(bytes32 sessionId, uint8 role)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreNothingToDiscloseError(raw []byte) (*SessionKeystoreSessionKeystoreNothingToDisclose, error) {
	out := new(SessionKeystoreSessionKeystoreNothingToDisclose)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreNothingToDisclose", raw); err != nil {
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

// SessionKeystoreSessionKeystoreWrongTransport represents a SessionKeystoreWrongTransport error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreWrongTransport struct {
	SessionId [32]byte
	Seq       uint64
	Streamed  bool
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreWrongTransport(bytes32 sessionId, uint64 seq, bool streamed)
func SessionKeystoreSessionKeystoreWrongTransportErrorID() common.Hash {
	return common.HexToHash("0x6772aa0cd2dd90ca763bd2bc77c81808e80d3441fb77a43e180d9b8a875eb7eb")
}

// UnpackSessionKeystoreWrongTransportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreWrongTransport(bytes32 sessionId, uint64 seq, bool streamed)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreWrongTransportError(raw []byte) (*SessionKeystoreSessionKeystoreWrongTransport, error) {
	out := new(SessionKeystoreSessionKeystoreWrongTransport)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreWrongTransport", raw); err != nil {
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
