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
	MinerOneTimeKey  uint32
	OracleOneTimeKey uint32
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
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ENDPOINT_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ONE_TIME_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REASON\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_STREAM_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"announceEndpoint\",\"inputs\":[{\"name\":\"url\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"discloseOneTimeKey\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"secret\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isOneTimeKeyAvailable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStreamed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeBatchHash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeRolesOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"minerOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishOneTimeKeys\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"keys\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictsPending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EndpointAnnounced\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"url\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EphemeralDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeyDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"secret\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"batchHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"keys\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysUsed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minerKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OracleNamed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreEndpointTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreFaultNotApplicable\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidBatch\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"size\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyVersionMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"expected\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNothingToDisclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyNotPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyUsed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreVerdictPending\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"pending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongTransport\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"streamed\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b50615f638061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c8063756a693311610192578063c806da89116100e8578063d99b51bd11610093578063f594e3201161006e578063f594e32014610729578063fc334e8c14610731578063ff8937f014610744575f5ffd5b8063d99b51bd146106c5578063e48c4b3c146106d8578063f1382e70146106eb575f5ffd5b8063cb9c1721116100c3578063cb9c172114610697578063cf992820146106aa578063cfe9cb00146106bd575f5ffd5b8063c806da8914610671578063c85d3eb014610534578063c91c3ce914610684575f5ffd5b8063a770d94511610148578063b65d871e11610123578063b65d871e14610638578063c01b093d1461064b578063c64417981461065e575f5ffd5b8063a770d94514610609578063acc7e76414610612578063b0f5d98e14610625575f5ffd5b80637ecebe00116101785780637ecebe00146105585780638acbf78e146105b05780639168212f146105c3575f5ffd5b8063756a69331461053d5780637bb0e87c14610545575f5ffd5b806335307d79116102475780634e71aeaf116101fd5780635b419a65116101d85780635b419a65146104e45780635bb75f24146104f757806368c2edce14610534575f5ffd5b80634e71aeaf146104a8578063508352b6146104b15780635903d97c146104c4575f5ffd5b806338ebf3741161022d57806338ebf3741461041457806339c79e0c1461046e5780634b9d37f614610481575f5ffd5b806335307d79146103f957806338944be914610401575f5ffd5b80632151e61c116102a75780632f82ddff116102825780632f82ddff146103cb57806333c0b363146103d35780633414cf96146103e6575f5ffd5b80632151e61c146103905780632a027211146103af5780632b823368146103b8575f5ffd5b806315f64920116102d757806315f649201461033b5780631e9701d41461035b57806320118e9b1461037b575f5ffd5b80630291099f146102f25780630b51871114610318575b5f5ffd5b6103056103003660046150e7565b61074c565b6040519081526020015b60405180910390f35b61032b610326366004615131565b6107b2565b604051901515815260200161030f565b61034e610349366004615173565b61083b565b60405161030f91906151cb565b61036e6103693660046151e8565b6108d0565b60405161030f91906152aa565b61038e610389366004615382565b61096e565b005b61039a62278d0081565b60405163ffffffff909116815260200161030f565b61030561400081565b61038e6103c63660046153c1565b610a0e565b610305602081565b61038e6103e13660046153e1565b610b1e565b61038e6103f436600461543b565b610ba9565b610305601881565b61038e61040f36600461547b565b610e72565b61045c610422366004615173565b5f908152600260205260409020600101547f0100000000000000000000000000000000000000000000000000000000000000900460ff1690565b60405160ff909116815260200161030f565b61038e61047c366004615173565b610ee1565b6103057f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6103056104c081565b61039a6104bf3660046154d1565b6110b2565b6104d76104d2366004615173565b611344565b60405161030f919061556d565b61038e6104f23660046153c1565b611655565b61050a61050536600461570d565b6117b7565b604080518251815260208084015163ffffffff16908201529181015115159082015260600161030f565b61030561010081565b610305605081565b610305610553366004615742565b611862565b61059761056636600461577a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff909116815260200161030f565b61038e6105be3660046153c1565b612854565b6105fc6105d1366004615793565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b60405161030f91906157c4565b61030561049081565b61038e6106203660046157d2565b612b98565b61038e6106333660046157ed565b612cc2565b61038e61064636600461584a565b612d2f565b61038e6106593660046153c1565b612d9a565b61038e61066c366004615173565b612e76565b61038e61067f36600461588d565b61303e565b61038e610692366004615906565b6131ed565b6103056106a5366004615943565b6133cb565b61039a6106b83660046154d1565b6133e3565b61039a600a81565b61038e6106d3366004615984565b61350c565b6103056106e6366004615131565b61361a565b61032b6106f9366004615793565b5f91825260036020908152604080842067ffffffffffffffff939093168452919052902054610100900460ff1690565b61045c600c81565b61038e61073f3660046153c1565b613697565b610305603581565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600460205260408120600160ff841681901b9190839086908111156107f4576107f461518a565b60018111156108055761080561518a565b815260208082019290925260409081015f90812062ffffff600888901c16825260010190925290205416151590505b9392505050565b5f818152600260205260408120805477010000000000000000000000000000000000000000000000900460ff168281600981111561087b5761087b61518a565b1415801561088f575061088d816137e5565b155b80156108c1575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b15610834575060089392505050565b606060405160208152836020820152604081018460051b81015f5b86811015610967578060051b88013588018035806020830185375f388286305af49150503d87158215161561092257805f853e8084fd5b8484038360051b86015281845260406020850152806040850152805f606086013e5f81606086010152601f19601f8201166060850101935050506001810190506108eb565b5082810383f35b6101008111156109ba576040517fe5e2fe3c0000000000000000000000000000000000000000000000000000000081526004810182905261010060248201526044015b60405180910390fd5b3373ffffffffffffffffffffffffffffffffffffffff167f892a4f89f3253595b92c3ad4c2b31e2da0b5d2eeacb93909343021ba946564dc8383604051610a02929190615a0a565b60405180910390a25050565b5f5f610a1a845f613802565b90925090505f60038301826002811115610a3657610a3661518a565b60ff1660038110610a4957610a49615a1d565b015403610a865783816040517f171e9cb90000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b82610ac15783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b610acc848383613912565b806002811115610ade57610ade61518a565b847fae74fabcb9a57463737474e35a37123ab8f06ed518472f14116828f6a9f3e10785604051610b1091815260200190565b60405180910390a350505050565b5f610b2a8660016139ec565b9050610b3886866001613acd565b610b4486868686613b62565b610b4f868284613bd1565b6040805185815267ffffffffffffffff85811660208301529181018490529086169087907fe7f2cf25feb1a82b54dfc24b33113e080c0555cd8bdf2d3f58f425d729e9cec0906060015b60405180910390a3505050505050565b5f610bb384613caa565b805490915077010000000000000000000000000000000000000000000000900460ff16610bdf816137e5565b15610c1e578481603e5b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016109b193929190615a5e565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421115610cb05781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109b1565b5f610cbc868433613d28565b90506005826009811115610cd257610cd261518a565b148015610d075750610ce381613dfe565b60018401547401000000000000000000000000000000000000000090041660ff1615155b15610d425785816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b5f846005811115610d5557610d5561518a565b1480610d7257506001846005811115610d7057610d7061518a565b145b80610d7e575060ff8516155b80610d8c5750600760ff8616115b80610da45750610d9b81613dfe565b851660ff165f14155b15610ddf5784846040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016109b1929190615a90565b610dec8684848888613e20565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90610e6290879089908690615aa7565b60405180910390a2505050505050565b5f610e7d855f6139ec565b9050610e898383613fea565b610e958582865f61407a565b8367ffffffffffffffff16857fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe8585604051610ed2929190615a0a565b60405180910390a35050505050565b5f610eeb82613caa565b90506006815477010000000000000000000000000000000000000000000000900460ff166009811115610f2057610f2061518a565b14610f86578054829077010000000000000000000000000000000000000000000000900460ff1660065b60ff166001901b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016109b193929190615a5e565b5f610f92838333613d28565b600a83015490915067ffffffffffffffff168015801590610fcd5750600a83015468010000000000000000900467ffffffffffffffff164211155b1561103257600a8301546040517f6354e6780000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff80841660248301526801000000000000000090920490911660448201526064016109b1565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405184907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b5906110a4908590615acb565b60405180910390a250505050565b5f8060018560018111156110c8576110c861518a565b146110d3575f6110e0565b6110e060206104c0615b06565b335f90815260046020526040812091925090818760018111156111055761110561518a565b60018111156111165761111661518a565b815260208101919091526040015f908120805490925063ffffffff1690838611156111565760206111478588615b06565b6111519190615b46565b611158565b5f5b9050801580611168575061010081115b8061117c5750611179602087615b59565b15155b80611195575063ffffffff61119382848316615b6c565b115b156111cf576040517f0b78fb96000000000000000000000000000000000000000000000000000000008152600481018790526024016109b1565b835b86811015611251575f6111e68883818c615b7f565b6111ef91615ba6565b0361123f576040516321a822d760e01b81526004016109b19060208082526004908201527f6b65797300000000000000000000000000000000000000000000000000000000604082015260600190565b61124a602082615b6c565b90506111d1565b5082547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001682820163ffffffff90811691909117845560018301955061129b90849087168361420b565b5f87876040516112ac929190615be2565b604080519182900390912063ffffffff88165f908152600287016020529190912081905590508860018111156112e4576112e461518a565b3373ffffffffffffffffffffffffffffffffffffffff167fcada1ba3e2907a6a5c6e3e79ea93e55b5704204c5d8a6657cf804e5f2535a96588848c8c6040516113309493929190615bf1565b60405180910390a350505050509392505050565b61134c615005565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff16908111156113c6576113c661518a565b908160018111156113d9576113d961518a565b905250805460808301907501000000000000000000000000000000000000000000900460ff1660018111156114105761141061518a565b908160018111156114235761142361518a565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff16600281111561145b5761145b61518a565b9081600281111561146e5761146e61518a565b905250805460c083019077010000000000000000000000000000000000000000000000900460ff1660098111156114a7576114a761518a565b908160098111156114ba576114ba61518a565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b8154815260200190600101908083116115865750505050508261018001819052505f5b60038160ff1610156115fa576115d3828260ff1660028111156115ce576115ce61518a565b6142c4565b836101a001518260ff16600381106115ed576115ed615a1d565b60200201526001016115a9565b50600281015467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481166101c0840152600a909101548082166101e084015268010000000000000000900416610200820152919050565b5f5f611662846001614332565b90925090505f81600281111561167a5761167a61518a565b036116ba576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016109b1565b826116f55783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b828260030182600281111561170c5761170c61518a565b60ff166003811061171f5761171f615a1d565b01555f61172c83836144c6565b90508160028111156117405761174061518a565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218660405161177291815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016117b0576117b085846002614508565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff8616825281905291822090918360018111156118065761180661518a565b60018111156118175761181761518a565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f3381611872602085018561577a565b73ffffffffffffffffffffffffffffffffffffffff1614806118b857505f6118a0604085016020860161577a565b73ffffffffffffffffffffffffffffffffffffffff16145b806118fa575073ffffffffffffffffffffffffffffffffffffffff81166118e2602085018561577a565b73ffffffffffffffffffffffffffffffffffffffff16145b8061193f575073ffffffffffffffffffffffffffffffffffffffff8116611927604085016020860161577a565b73ffffffffffffffffffffffffffffffffffffffff16145b806119905750611955604084016020850161577a565b73ffffffffffffffffffffffffffffffffffffffff16611978602085018561577a565b73ffffffffffffffffffffffffffffffffffffffff16145b15611a0e57806119a3602085018561577a565b6119b3604086016020870161577a565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152918316602483015290911660448201526064016109b1565b600a611a2060c0850160a08601615c20565b63ffffffff161080611a49575062278d00611a4160c0850160a08601615c20565b63ffffffff16115b15611a9957611a5e60c0840160a08501615c20565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016109b1565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205467ffffffffffffffff1690611ad960e0860160c08701615c39565b90508167ffffffffffffffff168167ffffffffffffffff161080611b06575067ffffffffffffffff818116145b15611b6d576040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015267ffffffffffffffff8084166024830152821660448201526064016109b1565b5f808080611b8160608a0160408b016157d2565b6001811115611b9257611b9261518a565b03611f8e575f611ba860808a0160608b016157d2565b6001811115611bb957611bb961518a565b14611c1257611bce6060890160408a016157d2565b611bde60808a0160608b016157d2565b6040517f99f9852d0000000000000000000000000000000000000000000000000000000081526004016109b1929190615c52565b5f611c2360a08a0160808b01615c78565b6002811115611c3457611c3461518a565b14611c82576040516321a822d760e01b815260206004820152600b60248201527f636f6f7264696e61746f7200000000000000000000000000000000000000000060448201526064016109b1565b610120880135611cd5576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016109b1565b611ce3610140890189615c91565b159050611d33576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016109b1565b611d41610160890189615c91565b159050611d91576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016109b1565b611d9f610180890189615c91565b159050611def576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016109b1565b611e00610100890160e08a01615c20565b63ffffffff1615611e54576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016109b1565b611e6661012089016101008a01615c20565b63ffffffff1615611eba576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016109b1565b611ecc6101c089016101a08a01615c20565b63ffffffff1615611f20576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b6579000000000000000000000000000000000060448201526064016109b1565b611f326101e089016101c08a01615c20565b63ffffffff1615611f86576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b65790000000000000000000000000000000060448201526064016109b1565b5060016121ab565b61012088013515611fe2576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016109b1565b5f611ff360a08a0160808b01615c78565b60028111156120045761200461518a565b036120b657612017610140890189615c91565b159050612067576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016109b1565b61208d61207a60808a0160608b016157d2565b6120886101608b018b615c91565b614637565b6120ae6120a060808a0160608b016157d2565b6120886101808b018b615c91565b50600561219c565b6120dc6120c960808a0160608b016157d2565b6120d76101408b018b615c91565b6146a0565b6120ea610160890189615c91565b15905061213a576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016109b1565b612148610180890189615c91565b159050612198576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016109b1565b5060045b6121a588614779565b90935091505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8916606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff87165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169092178255919850906122ac9060608b01908b016157d2565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000008360018111156122fa576122fa61518a565b021790555061230f60808a0160608b016157d2565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000083600181111561235e5761235e61518a565b021790555061237360a08a0160808b01615c78565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff167601000000000000000000000000000000000000000000008360028111156123c3576123c361518a565b02179055506123d560208a018a61577a565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561242c60408a0160208b0161577a565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561248360c08a0160a08b01615c20565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156125715761257161518a565b036125825761012089013560038201555b5f61258c8a614a09565b905060ff8116156125e8576001820180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000060ff8416021790555b6125f4898b8787614a61565b60ff81161561266457887fe8206354e55f8d46eabc94cc2b6da8fbef38f00fc962e660241331cf3622cb076126316101c08d016101a08e01615c20565b6126436101e08e016101c08f01615c20565b6040805163ffffffff93841681529290911660208301520160405180910390a25b60018360098111156126785761267861518a565b036126c2575f897f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218c61012001356040516126b591815260200190565b60405180910390a36127aa565b60058360098111156126d6576126d661518a565b03612763576001897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f461270d6101608e018e615c91565b60405161271b929190615a0a565b60405180910390a36002897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f46127556101808e018e615c91565b6040516126b5929190615a0a565b887f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a6127936101408d018d615c91565b6040516127a1929190615a0a565b60405180910390a25b6127b5898385614508565b60018360098111156127c9576127c961518a565b036127f4576127d75f613dfe565b8260010160146101000a81548160ff021916908360ff1602179055505b61280460408b0160208c0161577a565b73ffffffffffffffffffffffffffffffffffffffff16897ffa58a7782c103d640250b6d450522707008a5f6b956aed6e188d5a07dcc8be3e60405160405180910390a35050505050505050919050565b5f5f612861846005614332565b9092509050826128a15783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b6006820154806128dc57600683018490556128bb82613dfe565b8360010160156101000a81548160ff021916908360ff160217905550612974565b808403612947576128ec82613dfe565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff90811694169390931702919091179055612974565b838360070183600281111561295e5761295e61518a565b60ff166003811061297157612971615a1d565b01555b5f61297f84846144c6565b90508260028111156129935761299361518a565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b876040516129c591815260200190565b60405180910390a360ff81166007146129e057505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff1601612aa65783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e8315612a965783612a98565b865b604051908152602001610e62565b5f612ab1855f6142c4565b90505f612abf8660016142c4565b90505f612acd8760026142c4565b90505f828403612ae857612ae16002613dfe565b9050612b0d565b818403612af957612ae16001613dfe565b818303612b0957612ae15f613dfe565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90612b849060019085908c90615aa7565b60405180910390a250505050505050505050565b335f90815260208190526040812081836001811115612bb957612bb961518a565b6001811115612bca57612bca61518a565b815260208101919091526040015f20600181015490915063ffffffff161580612bff57506001810154640100000000900460ff165b15612c3a5733826040517fe1277c840000000000000000000000000000000000000000000000000000000081526004016109b1929190615cf2565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff166401000000001790558290811115612c7d57612c7d61518a565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b5f612cce8660016139ec565b9050612cdb86865f613acd565b612ce58484613fea565b612cf0868284613bd1565b8467ffffffffffffffff16867fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e868686604051610b9993929190615d18565b5f612d3a855f6139ec565b9050612d4885858585613b62565b612d55858286600161407a565b6040805184815267ffffffffffffffff848116602083015286169187917f34256af5ac88d02ea1f8fcd7b54d7a15a576e90c9d61081c481f43c7499f52f39101610ed2565b5f5f612da7846003614332565b909250905082612de75783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b5f612df283836144c6565b9050816002811115612e0657612e0661518a565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb86604051612e3891815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016117b0576117b085846005614508565b5f612e8082613caa565b805490915077010000000000000000000000000000000000000000000000900460ff16612eac816137e5565b15612eba578281603e610be9565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211612f4b5781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109b1565b5f6004826009811115612f6057612f6061518a565b14612f6c576007612f94565b8254612f9490760100000000000000000000000000000000000000000000900460ff16613dfe565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e19061302f9086908590615d3b565b60405180910390a25050505050565b5f5f61304b876004614332565b81549193509150760100000000000000000000000000000000000000000000900460ff1660028111156130805761308061518a565b8160028111156130925761309261518a565b146130d2576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016109b1565b81546130fb907501000000000000000000000000000000000000000000900460ff168787614637565b8154613124907501000000000000000000000000000000000000000000900460ff168585614637565b61312e82826144c6565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48888604051613162929190615a0a565b60405180910390a3600181600281111561317e5761317e61518a565b1461318a57600161318d565b60025b600281111561319e5761319e61518a565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f486866040516131d0929190615a0a565b60405180910390a36131e487836005614508565b50505050505050565b5f5f6131fa856001613802565b90925090505f808260028111156132135761321361518a565b14801561324f57505f8354760100000000000000000000000000000000000000000000900460ff16600281111561324c5761324c61518a565b14155b905061325a82613dfe565b60018401547f010000000000000000000000000000000000000000000000000000000000000090041660ff16158015613291575080155b156132cc5785826040517f171e9cb90000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b602084148015906132de575060608414155b1561331f576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260206004820152602481018590526044016109b1565b5f858561332d602082615b06565b613338928290615b7f565b61334191615ba6565b0361337c5785826040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b613387868484613912565b8160028111156133995761339961518a565b867fd09267af003e93bb35e4f635df1db3826946fb3e46282cd528c72354ac2e57908787604051610b99929190615a0a565b5f6133d885858585614b2b565b90505b949350505050565b5f6133ef8484846146a0565b335f908152602081905260408120818660018111156134105761341061518a565b60018111156134215761342161518a565b815260208101919091526040015f206001808201549192506134499163ffffffff1690615d59565b91505f848460405161345c929190615be2565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff871617905590915086908111156134af576134af61518a565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef858489896040516134fb9493929190615bf1565b60405180910390a350509392505050565b5f6135188560026139ec565b905082151560ff8316151514806135325750600c60ff8316115b15613580576040516321a822d760e01b815260206004820152600660248201527f726561736f6e000000000000000000000000000000000000000000000000000060448201526064016109b1565b61358e858560026003614bd2565b600a810180545f906135a99067ffffffffffffffff16615d75565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508367ffffffffffffffff16857f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a58585604051610ed2929190911515825260ff16602082015260400190565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600460205260408120818460018111156136515761365161518a565b60018111156136625761366261518a565b81526020019081526020015f206002015f8363ffffffff1663ffffffff1681526020019081526020015f205490509392505050565b5f5f6136a4846002614332565b9092509050826136e45783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b816003018160028111156136fa576136fa61518a565b60ff166003811061370d5761370d615a1d565b015461371b85833387614b2b565b146137565783816040517f068fbce30000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b5f61376183836144c6565b90508160028111156137755761377561518a565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f3866040516137a791815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8216016117b0576117b085846003614508565b5f60068260098111156137fa576137fa61518a565b101592915050565b5f5f61380d84613caa565b91506007825477010000000000000000000000000000000000000000000000900460ff1660098111156138425761384261518a565b14613870578154849077010000000000000000000000000000000000000000000000900460ff166007610f4a565b8260018111156138825761388261518a565b825474010000000000000000000000000000000000000000900460ff1660018111156138b0576138b061518a565b146138fe576040516321a822d760e01b815260206004820152600660248201527f6d6574686f64000000000000000000000000000000000000000000000000000060448201526064016109b1565b613909848333613d28565b90509250929050565b5f61391c82613dfe565b60018401549091507e010000000000000000000000000000000000000000000000000000000000009004811660ff16156139865783826040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b6001909201805460ff9384167e0100000000000000000000000000000000000000000000000000000000000080830495909516179093027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909316929092179091555050565b5f6139f683613caa565b90506006815477010000000000000000000000000000000000000000000000900460ff166009811115613a2b57613a2b61518a565b14613a59578054839077010000000000000000000000000000000000000000000000900460ff166006610f4a565b5f613a65848333613d28565b9050826002811115613a7957613a7961518a565b816002811115613a8b57613a8b61518a565b14613ac65783816040517ffb0f8a140000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b5092915050565b613adb838360016002614bd2565b5f83815260036020908152604080832067ffffffffffffffff8616845290915290205460ff61010090910416151581151514613b5d576040517f6772aa0c0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff83166024820152811560448201526064016109b1565b505050565b811580613b79575060358167ffffffffffffffff16105b15613bcb576040517f1dd480cb0000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff8085166024830152821660448201526064016109b1565b50505050565b80613c0d578260016040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b600a820180545f90613c289067ffffffffffffffff16615db6565b825467ffffffffffffffff9182166101009390930a92830291909202199091161790556001820154613c7b9063ffffffff7601000000000000000000000000000000000000000000009091041642615de2565b82600a0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550505050565b5f81815260026020526040812090815477010000000000000000000000000000000000000000000000900460ff166009811115613ce957613ce961518a565b03613d23576040517fe98106f8000000000000000000000000000000000000000000000000000000008152600481018390526024016109b1565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff90811690831603613d5357505f610834565b600183015473ffffffffffffffffffffffffffffffffffffffff90811690831603613d8057506001610834565b600283015473ffffffffffffffffffffffffffffffffffffffff90811690831603613dad57506002610834565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016109b1565b5f816002811115613e1157613e1161518a565b600160ff919091161b92915050565b835474010000000000000000000000000000000000000000900460ff165f6005836005811115613e5257613e5261518a565b03613e5f57506001613f22565b6002836005811115613e7357613e7361518a565b03613eb2576001826001811115613e8c57613e8c61518a565b1480613eab575060025b856009811115613ea857613ea861518a565b10155b9050613f22565b6003836005811115613ec657613ec661518a565b03613eed575f826001811115613ede57613ede61518a565b148015613eab57506003613e96565b6001826001811115613f0157613f0161518a565b148015613f1f57506005856009811115613f1d57613f1d61518a565b145b90505b80613f6157868286856040517f13faf7070000000000000000000000000000000000000000000000000000000081526004016109b19493929190615e02565b6004836005811115613f7557613f7561518a565b148015613faf57508554613fa590760100000000000000000000000000000000000000000000900460ff16613dfe565b60ff168460ff1614155b156131e45783836040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016109b1929190615a90565b614000811115614031576040517f1219c3a50000000000000000000000000000000000000000000000000000000081526004810182905261400060248201526044016109b1565b6018811015614076576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260186004820152602481018290526044016109b1565b5050565b600283015467ffffffffffffffff7801000000000000000000000000000000000000000000000000909104811690831681146140fd576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff8083166024830152841660448201526064016109b1565b614108816001615de2565b60028501805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff9384160217905560408051808201825260018082528515156020808401919091525f8a81526003808352858220968a16825295909152929092208151815492949193909284927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116919084908111156141c8576141c861518a565b0217905550602091909101518154901515610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff9091161790555050505050565b600183015f61421a8385615b6c565b9050835b818110156142bc57600881811c905f90614239836001615b6c565b901b9050838111156142485750825b5f6142538483615b06565b90505f81610100146142715761426c600180841b615b06565b614293565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b5f94855260208890526040909420805460ff9096169490941b94909417909255915061421e9050565b505050505050565b5f6142ce82613dfe565b6001840154750100000000000000000000000000000000000000000090041660ff1615614300575060068201546107ac565b826007018260028111156143165761431661518a565b60ff166003811061432957614329615a1d565b01549392505050565b5f5f61433d84613caa565b91508260098111156143515761435161518a565b825477010000000000000000000000000000000000000000000000900460ff1660098111156143825761438261518a565b146143bb578154849077010000000000000000000000000000000000000000000000900460ff16846009811115610f4a57610f4a61518a565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642111561444d5781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109b1565b614458848333613d28565b905061446381613dfe565b60018301547401000000000000000000000000000000000000000090041660ff16156144bf5783816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109b1929190615a4a565b9250929050565b5f6144d082613dfe565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b60018201545f9061453990760100000000000000000000000000000000000000000000900463ffffffff1642615de2565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000083600981111561458f5761458f61518a565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f906110a49085908590615e32565b5f8084600181111561464b5761464b61518a565b146146585761049061465b565b60505b9050818114613bcb576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109b1565b5f808460018111156146b4576146b461518a565b146146c1576104c06146c4565b60205b9050818114614709576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109b1565b5f8383614717602085615b06565b614722928290615b7f565b61472b91615ba6565b03613bcb576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016109b1565b5f80600161478d60a0850160808601615c78565b600281111561479e5761479e61518a565b03614873576147b4610100840160e08501615c20565b63ffffffff1615614808576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016109b1565b61481a6101c084016101a08501615c20565b63ffffffff161561486e576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b6579000000000000000000000000000000000060448201526064016109b1565b6148c0565b6148bd6001614885602086018661577a565b61489560808701606088016157d2565b6148a6610100880160e08901615c20565b6148b86101c089016101a08a01615c20565b614ca8565b91505b60026148d260a0850160808601615c78565b60028111156148e3576148e361518a565b036149b9576148fa61012084016101008501615c20565b63ffffffff161561494e576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016109b1565b6149606101e084016101c08501615c20565b63ffffffff16156149b4576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b65790000000000000000000000000000000060448201526064016109b1565b915091565b614a0260026149ce604086016020870161577a565b6149de60808701606088016157d2565b6149f061012088016101008901615c20565b6148b86101e089016101c08a01615c20565b9050915091565b5f614a1c6101c083016101a08401615c20565b63ffffffff1615614a3457614a316001613dfe565b90505b614a466101e083016101c08401615c20565b63ffffffff1615613d2357614a5b6002613dfe565b17919050565b614a6e602084018461577a565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b842050614ab7604088016020890161577a565b614ac76060890160408a016157d2565b614ad760808a0160608b016157d2565b614ae760a08b0160808c01615c78565b614af760e08c0160c08d01615c39565b614b0760c08d0160a08e01615c20565b8b8b604051614b1d989796959493929190615e57565b60405180910390a450505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da367463087876002811115614b6257614b6261518a565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091208054909160ff909116908490811115614c1057614c1061518a565b816003811115614c2257614c2261518a565b14614c5f578585826040517f26ecc1c70000000000000000000000000000000000000000000000000000000081526004016109b193929190615ed8565b8154839083907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836003811115614c9b57614c9b61518a565b0217905550505050505050565b5f8163ffffffff165f03614cc857614cc1858585614d90565b9050614d87565b63ffffffff831615614d79576001866002811115614ce857614ce861518a565b14614d28576040518060400160405280601081526020017f6f7261636c654b657956657273696f6e00000000000000000000000000000000815250614d5f565b6040518060400160405280600f81526020017f6d696e65724b657956657273696f6e00000000000000000000000000000000008152505b6040516321a822d760e01b81526004016109b19190615efc565b614d84858584614ea1565b505f5b95945050505050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260408120819081856001811115614dc957614dc961518a565b6001811115614dda57614dda61518a565b815260208101919091526040015f20600181015463ffffffff1692509050811580614e1157506001810154640100000000900460ff165b15614e4c5784846040517f19f828940000000000000000000000000000000000000000000000000000000081526004016109b1929190615cf2565b8263ffffffff168263ffffffff1614614e9957848484846040517f756605e60000000000000000000000000000000000000000000000000000000081526004016109b19493929190615f0e565b509392505050565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260046020526040812081846001811115614ed857614ed861518a565b6001811115614ee957614ee961518a565b815260208082019290925260409081015f90812062ffffff600887901c16808352600180830195869052938320549195509260ff87161b918183169003614fe957845463ffffffff9081169087161115614f93576040517ffb06ea7a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8916600482015263ffffffff871660248201526044016109b1565b6040517fb9e34add00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8916600482015263ffffffff871660248201526044016109b1565b5f92835260209390935260409091209019909116905550505050565b60408051610220810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c00161506861508f565b815260200161507561508f565b81525f602082018190526040820181905260609091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114613d23575f5ffd5b803567ffffffffffffffff81168114613d23575f5ffd5b5f5f604083850312156150f8575f5ffd5b615101836150ad565b9150613909602084016150d0565b6002811061511b575f5ffd5b50565b803563ffffffff81168114613d23575f5ffd5b5f5f5f60608486031215615143575f5ffd5b61514c846150ad565b9250602084013561515c8161510f565b915061516a6040850161511e565b90509250925092565b5f60208284031215615183575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a81106151c7576151c761518a565b9052565b602081016107ac82846151b7565b80358015158114613d23575f5ffd5b5f5f5f604084860312156151fa575f5ffd5b833567ffffffffffffffff811115615210575f5ffd5b8401601f81018613615220575f5ffd5b803567ffffffffffffffff811115615236575f5ffd5b8660208260051b840101111561524a575f5ffd5b60209182019450925061516a9085016151d9565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015615338577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc087860301845281518051151586526020810151905060406020870152615322604087018261525e565b95505060209384019391909101906001016152d0565b50929695505050505050565b5f5f83601f840112615354575f5ffd5b50813567ffffffffffffffff81111561536b575f5ffd5b6020830191508360208285010111156144bf575f5ffd5b5f5f60208385031215615393575f5ffd5b823567ffffffffffffffff8111156153a9575f5ffd5b6153b585828601615344565b90969095509350505050565b5f5f604083850312156153d2575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a086880312156153f5575f5ffd5b85359450615405602087016150d0565b93506040860135925061541a606087016150d0565b949793965091946080013592915050565b803560ff81168114613d23575f5ffd5b5f5f5f6060848603121561544d575f5ffd5b8335925061545d6020850161542b565b9150604084013560068110615470575f5ffd5b809150509250925092565b5f5f5f5f6060858703121561548e575f5ffd5b8435935061549e602086016150d0565b9250604085013567ffffffffffffffff8111156154b9575f5ffd5b6154c587828801615344565b95989497509550505050565b5f5f5f604084860312156154e3575f5ffd5b83356154ee8161510f565b9250602084013567ffffffffffffffff811115615509575f5ffd5b61551586828701615344565b9497909650939450505050565b6002811061511b5761511b61518a565b6151c781615522565b600381106151c7576151c761518a565b805f5b6003811015613bcb57815184526020938401939091019060010161554e565b815173ffffffffffffffffffffffffffffffffffffffff1681526102a0810160208301516155b3602084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060408301516155db604084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060608301516155ee6060840182615532565b5060808301516156016080840182615532565b5060a083015161561460a084018261553b565b5060c083015161562760c08401826151b7565b5060e083015161564360e084018267ffffffffffffffff169052565b5061010083015161565d61010084018263ffffffff169052565b5061012083015161567461012084018260ff169052565b5061014083015161568e61014084018263ffffffff169052565b506101608301516156a861016084018263ffffffff169052565b506101808301516156bd61018084018261554b565b506101a08301516156d26101e084018261554b565b506101c083015167ffffffffffffffff9081166102408401526101e08401518116610260840152610200840151908116610280840152613ac6565b5f5f6040838503121561571e575f5ffd5b615727836150ad565b915060208301356157378161510f565b809150509250929050565b5f60208284031215615752575f5ffd5b813567ffffffffffffffff811115615768575f5ffd5b82016101e08185031215610834575f5ffd5b5f6020828403121561578a575f5ffd5b6107a9826150ad565b5f5f604083850312156157a4575f5ffd5b82359150613909602084016150d0565b600481106151c7576151c761518a565b602081016107ac82846157b4565b5f602082840312156157e2575f5ffd5b81356108348161510f565b5f5f5f5f5f60808688031215615801575f5ffd5b85359450615811602087016150d0565b9350604086013567ffffffffffffffff81111561582c575f5ffd5b61583888828901615344565b96999598509660600135949350505050565b5f5f5f5f6080858703121561585d575f5ffd5b8435935061586d602086016150d0565b925060408501359150615882606086016150d0565b905092959194509250565b5f5f5f5f5f606086880312156158a1575f5ffd5b85359450602086013567ffffffffffffffff8111156158be575f5ffd5b6158ca88828901615344565b909550935050604086013567ffffffffffffffff8111156158e9575f5ffd5b6158f588828901615344565b969995985093965092949392505050565b5f5f5f60408486031215615918575f5ffd5b83359250602084013567ffffffffffffffff811115615509575f5ffd5b803560038110613d23575f5ffd5b5f5f5f5f60808587031215615956575f5ffd5b8435935061596660208601615935565b9250615974604086016150ad565b9396929550929360600135925050565b5f5f5f5f60808587031215615997575f5ffd5b843593506159a7602086016150d0565b92506159b5604086016151d9565b91506158826060860161542b565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f6133db6020830184866159c3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b82815260408101610834602083018461553b565b83815260608101615a7260208301856151b7565b826040830152949350505050565b600681106151c7576151c761518a565b60ff83168152604081016108346020830184615a80565b60608101615ab58286615a80565b60ff841660208301526133db604083018461553b565b602081016107ac828461553b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156107ac576107ac615ad9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82615b5457615b54615b19565b500490565b5f82615b6757615b67615b19565b500690565b808201808211156107ac576107ac615ad9565b5f5f85851115615b8d575f5ffd5b83861115615b99575f5ffd5b5050820193919092039150565b803560208310156107ac577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b818382375f9101908152919050565b63ffffffff85168152836020820152606060408201525f615c166060830184866159c3565b9695505050505050565b5f60208284031215615c30575f5ffd5b6107a98261511e565b5f60208284031215615c49575f5ffd5b6107a9826150d0565b60408101615c5f84615522565b838252615c6b83615522565b8260208301529392505050565b5f60208284031215615c88575f5ffd5b6107a982615935565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615cc4575f5ffd5b83018035915067ffffffffffffffff821115615cde575f5ffd5b6020019150368190038213156144bf575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff8316815260408101615c6b83615522565b604081525f615d2b6040830185876159c3565b9050826020830152949350505050565b60408101615d4982856151b7565b60ff831660208301529392505050565b63ffffffff81811683821601908111156107ac576107ac615ad9565b5f67ffffffffffffffff821680615d8e57615d8e615ad9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b5f67ffffffffffffffff821667ffffffffffffffff8103615dd957615dd9615ad9565b60010192915050565b67ffffffffffffffff81811683821601908111156107ac576107ac615ad9565b84815260808101615e1285615522565b846020830152615e2560408301856151b7565b614d876060830184615a80565b60408101615e4082856151b7565b67ffffffffffffffff831660208301529392505050565b73ffffffffffffffffffffffffffffffffffffffff891681526101008101615e7e89615522565b886020830152615e8d88615522565b876040830152615ea0606083018861553b565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b83815267ffffffffffffffff83166020820152606081016133db60408301846157b4565b602081525f6107a9602083018461525e565b73ffffffffffffffffffffffffffffffffffffffff8516815260808101615f3485615522565b602082019490945263ffffffff9283166040820152911660609091015291905056fea164736f6c634300081e000a",
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

// PackMAXONETIMEBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c2edce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ONE_TIME_BATCH() view returns(uint256)
func (sessionKeystore *SessionKeystore) PackMAXONETIMEBATCH() []byte {
	enc, err := sessionKeystore.abi.Pack("MAX_ONE_TIME_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXONETIMEBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c2edce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ONE_TIME_BATCH() view returns(uint256)
func (sessionKeystore *SessionKeystore) TryPackMAXONETIMEBATCH() ([]byte, error) {
	return sessionKeystore.abi.Pack("MAX_ONE_TIME_BATCH")
}

// UnpackMAXONETIMEBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68c2edce.
//
// Solidity: function MAX_ONE_TIME_BATCH() view returns(uint256)
func (sessionKeystore *SessionKeystore) UnpackMAXONETIMEBATCH(data []byte) (*big.Int, error) {
	out, err := sessionKeystore.abi.Unpack("MAX_ONE_TIME_BATCH", data)
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

// PackDiscloseOneTimeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc91c3ce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function discloseOneTimeKey(bytes32 sessionId, bytes secret) returns()
func (sessionKeystore *SessionKeystore) PackDiscloseOneTimeKey(sessionId [32]byte, secret []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("discloseOneTimeKey", sessionId, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDiscloseOneTimeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc91c3ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function discloseOneTimeKey(bytes32 sessionId, bytes secret) returns()
func (sessionKeystore *SessionKeystore) TryPackDiscloseOneTimeKey(sessionId [32]byte, secret []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("discloseOneTimeKey", sessionId, secret)
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

// PackIsOneTimeKeyAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b518711.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint8 suite, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) PackIsOneTimeKeyAvailable(account common.Address, suite uint8, key uint32) []byte {
	enc, err := sessionKeystore.abi.Pack("isOneTimeKeyAvailable", account, suite, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOneTimeKeyAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b518711.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint8 suite, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) TryPackIsOneTimeKeyAvailable(account common.Address, suite uint8, key uint32) ([]byte, error) {
	return sessionKeystore.abi.Pack("isOneTimeKeyAvailable", account, suite, key)
}

// UnpackIsOneTimeKeyAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b518711.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint8 suite, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) UnpackIsOneTimeKeyAvailable(data []byte) (bool, error) {
	out, err := sessionKeystore.abi.Unpack("isOneTimeKeyAvailable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[])
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
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[])
func (sessionKeystore *SessionKeystore) TryPackMulticall(data [][]byte, allowFailure bool) ([]byte, error) {
	return sessionKeystore.abi.Pack("multicall", data, allowFailure)
}

// UnpackMulticall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e9701d4.
//
// Solidity: function multicall(bytes[] data, bool allowFailure) returns((bool,bytes)[])
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

// PackOneTimeBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe48c4b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oneTimeBatchHash(address account, uint8 suite, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) PackOneTimeBatchHash(account common.Address, suite uint8, firstKey uint32) []byte {
	enc, err := sessionKeystore.abi.Pack("oneTimeBatchHash", account, suite, firstKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOneTimeBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe48c4b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oneTimeBatchHash(address account, uint8 suite, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) TryPackOneTimeBatchHash(account common.Address, suite uint8, firstKey uint32) ([]byte, error) {
	return sessionKeystore.abi.Pack("oneTimeBatchHash", account, suite, firstKey)
}

// UnpackOneTimeBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe48c4b3c.
//
// Solidity: function oneTimeBatchHash(address account, uint8 suite, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) UnpackOneTimeBatchHash(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("oneTimeBatchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOneTimeRolesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ebf374.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oneTimeRolesOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) PackOneTimeRolesOf(sessionId [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("oneTimeRolesOf", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOneTimeRolesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ebf374.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oneTimeRolesOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) TryPackOneTimeRolesOf(sessionId [32]byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("oneTimeRolesOf", sessionId)
}

// UnpackOneTimeRolesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ebf374.
//
// Solidity: function oneTimeRolesOf(bytes32 sessionId) view returns(uint8)
func (sessionKeystore *SessionKeystore) UnpackOneTimeRolesOf(data []byte) (uint8, error) {
	out, err := sessionKeystore.abi.Unpack("oneTimeRolesOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bb0e87c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes,uint32,uint32) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) PackOpen(p ISessionKeystoreOpenParams) []byte {
	enc, err := sessionKeystore.abi.Pack("open", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bb0e87c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes,uint32,uint32) p) returns(bytes32 sessionId)
func (sessionKeystore *SessionKeystore) TryPackOpen(p ISessionKeystoreOpenParams) ([]byte, error) {
	return sessionKeystore.abi.Pack("open", p)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bb0e87c.
//
// Solidity: function open((address,address,uint8,uint8,uint8,uint32,uint64,uint32,uint32,bytes32,bytes,bytes,bytes,uint32,uint32) p) returns(bytes32 sessionId)
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

// PackPublishOneTimeKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x508352b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishOneTimeKeys(uint8 suite, bytes keys) returns(uint32 firstKey)
func (sessionKeystore *SessionKeystore) PackPublishOneTimeKeys(suite uint8, keys []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("publishOneTimeKeys", suite, keys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishOneTimeKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x508352b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishOneTimeKeys(uint8 suite, bytes keys) returns(uint32 firstKey)
func (sessionKeystore *SessionKeystore) TryPackPublishOneTimeKeys(suite uint8, keys []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("publishOneTimeKeys", suite, keys)
}

// UnpackPublishOneTimeKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x508352b6.
//
// Solidity: function publishOneTimeKeys(uint8 suite, bytes keys) returns(uint32 firstKey)
func (sessionKeystore *SessionKeystore) UnpackPublishOneTimeKeys(data []byte) (uint32, error) {
	out, err := sessionKeystore.abi.Unpack("publishOneTimeKeys", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// SessionKeystoreOneTimeKeyDisclosed represents a OneTimeKeyDisclosed event raised by the SessionKeystore contract.
type SessionKeystoreOneTimeKeyDisclosed struct {
	SessionId [32]byte
	Role      uint8
	Secret    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreOneTimeKeyDisclosedEventName = "OneTimeKeyDisclosed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreOneTimeKeyDisclosed) ContractEventName() string {
	return SessionKeystoreOneTimeKeyDisclosedEventName
}

// UnpackOneTimeKeyDisclosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OneTimeKeyDisclosed(bytes32 indexed sessionId, uint8 indexed role, bytes secret)
func (sessionKeystore *SessionKeystore) UnpackOneTimeKeyDisclosedEvent(log *types.Log) (*SessionKeystoreOneTimeKeyDisclosed, error) {
	event := "OneTimeKeyDisclosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreOneTimeKeyDisclosed)
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

// SessionKeystoreOneTimeKeysPublished represents a OneTimeKeysPublished event raised by the SessionKeystore contract.
type SessionKeystoreOneTimeKeysPublished struct {
	Account   common.Address
	Suite     uint8
	FirstKey  uint32
	BatchHash [32]byte
	Keys      []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreOneTimeKeysPublishedEventName = "OneTimeKeysPublished"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreOneTimeKeysPublished) ContractEventName() string {
	return SessionKeystoreOneTimeKeysPublishedEventName
}

// UnpackOneTimeKeysPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OneTimeKeysPublished(address indexed account, uint8 indexed suite, uint32 firstKey, bytes32 batchHash, bytes keys)
func (sessionKeystore *SessionKeystore) UnpackOneTimeKeysPublishedEvent(log *types.Log) (*SessionKeystoreOneTimeKeysPublished, error) {
	event := "OneTimeKeysPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreOneTimeKeysPublished)
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

// SessionKeystoreOneTimeKeysUsed represents a OneTimeKeysUsed event raised by the SessionKeystore contract.
type SessionKeystoreOneTimeKeysUsed struct {
	SessionId [32]byte
	MinerKey  uint32
	OracleKey uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreOneTimeKeysUsedEventName = "OneTimeKeysUsed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreOneTimeKeysUsed) ContractEventName() string {
	return SessionKeystoreOneTimeKeysUsedEventName
}

// UnpackOneTimeKeysUsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OneTimeKeysUsed(bytes32 indexed sessionId, uint32 minerKey, uint32 oracleKey)
func (sessionKeystore *SessionKeystore) UnpackOneTimeKeysUsedEvent(log *types.Log) (*SessionKeystoreOneTimeKeysUsed, error) {
	event := "OneTimeKeysUsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreOneTimeKeysUsed)
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

// SessionKeystoreOracleNamed represents a OracleNamed event raised by the SessionKeystore contract.
type SessionKeystoreOracleNamed struct {
	SessionId [32]byte
	Oracle    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const SessionKeystoreOracleNamedEventName = "OracleNamed"

// ContractEventName returns the user-defined event name.
func (SessionKeystoreOracleNamed) ContractEventName() string {
	return SessionKeystoreOracleNamedEventName
}

// UnpackOracleNamedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OracleNamed(bytes32 indexed sessionId, address indexed oracle)
func (sessionKeystore *SessionKeystore) UnpackOracleNamedEvent(log *types.Log) (*SessionKeystoreOracleNamed, error) {
	event := "OracleNamed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sessionKeystore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SessionKeystoreOracleNamed)
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreInvalidBatch"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreInvalidBatchError(raw[4:])
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
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreOneTimeKeyNotPublished"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreOneTimeKeyNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sessionKeystore.abi.Errors["SessionKeystoreOneTimeKeyUsed"].ID.Bytes()[:4]) {
		return sessionKeystore.UnpackSessionKeystoreOneTimeKeyUsedError(raw[4:])
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

// SessionKeystoreSessionKeystoreInvalidBatch represents a SessionKeystoreInvalidBatch error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreInvalidBatch struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreInvalidBatch(uint256 length)
func SessionKeystoreSessionKeystoreInvalidBatchErrorID() common.Hash {
	return common.HexToHash("0x0b78fb968e3363a1cc176027564120f2006720c2e19ecf00bb1770bfb4f9505c")
}

// UnpackSessionKeystoreInvalidBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreInvalidBatch(uint256 length)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreInvalidBatchError(raw []byte) (*SessionKeystoreSessionKeystoreInvalidBatch, error) {
	out := new(SessionKeystoreSessionKeystoreInvalidBatch)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreInvalidBatch", raw); err != nil {
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

// SessionKeystoreSessionKeystoreOneTimeKeyNotPublished represents a SessionKeystoreOneTimeKeyNotPublished error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreOneTimeKeyNotPublished struct {
	Account common.Address
	Key     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreOneTimeKeyNotPublished(address account, uint32 key)
func SessionKeystoreSessionKeystoreOneTimeKeyNotPublishedErrorID() common.Hash {
	return common.HexToHash("0xfb06ea7a30699a4d396ab30f92ae61ea08ef97b4db18cc5984c585ebd1b0c416")
}

// UnpackSessionKeystoreOneTimeKeyNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreOneTimeKeyNotPublished(address account, uint32 key)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreOneTimeKeyNotPublishedError(raw []byte) (*SessionKeystoreSessionKeystoreOneTimeKeyNotPublished, error) {
	out := new(SessionKeystoreSessionKeystoreOneTimeKeyNotPublished)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreOneTimeKeyNotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionKeystoreSessionKeystoreOneTimeKeyUsed represents a SessionKeystoreOneTimeKeyUsed error raised by the SessionKeystore contract.
type SessionKeystoreSessionKeystoreOneTimeKeyUsed struct {
	Account common.Address
	Key     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeystoreOneTimeKeyUsed(address account, uint32 key)
func SessionKeystoreSessionKeystoreOneTimeKeyUsedErrorID() common.Hash {
	return common.HexToHash("0xb9e34add3fac164fa3ee3899279847b603680f2274e39c7a7de30afb2b5b9c20")
}

// UnpackSessionKeystoreOneTimeKeyUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeystoreOneTimeKeyUsed(address account, uint32 key)
func (sessionKeystore *SessionKeystore) UnpackSessionKeystoreOneTimeKeyUsedError(raw []byte) (*SessionKeystoreSessionKeystoreOneTimeKeyUsed, error) {
	out := new(SessionKeystoreSessionKeystoreOneTimeKeyUsed)
	if err := sessionKeystore.abi.UnpackIntoInterface(out, "SessionKeystoreOneTimeKeyUsed", raw); err != nil {
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
