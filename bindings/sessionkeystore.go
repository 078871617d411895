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
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ENDPOINT_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ONE_TIME_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REASON\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_STREAM_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"announceEndpoint\",\"inputs\":[{\"name\":\"url\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"discloseOneTimeKey\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isOneTimeKeyAvailable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStreamed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeBatchHash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeRolesOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"minerOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishOneTimeKeys\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"keys\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respondStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictsPending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EndpointAnnounced\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"url\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EphemeralDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeyDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"batchHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"keys\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysUsed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minerKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"answerHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"answerSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StreamRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"promptHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"promptSize\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreEndpointTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreFaultNotApplicable\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidBatch\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidStream\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"size\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyVersionMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"expected\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNothingToDisclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyNotPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyUsed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreVerdictPending\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"pending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongTransport\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"streamed\",\"type\":\"bool\",\"internalType\":\"bool\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b50615fdc8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806368c2edce11610192578063c6441798116100e8578063d99b51bd11610093578063f594e3201161006e578063f594e32014610729578063fc334e8c14610731578063ff8937f014610744575f5ffd5b8063d99b51bd146106c5578063e48c4b3c146106d8578063f1382e70146106eb575f5ffd5b8063cb9c1721116100c3578063cb9c172114610697578063cf992820146106aa578063cfe9cb00146106bd575f5ffd5b8063c644179814610671578063c806da8914610684578063c85d3eb014610547575f5ffd5b80639168212f11610148578063b0f5d98e11610123578063b0f5d98e14610638578063b65d871e1461064b578063c01b093d1461065e575f5ffd5b80639168212f146105d6578063a770d9451461061c578063acc7e76414610625575f5ffd5b80637bb0e87c116101785780637bb0e87c146105585780637ecebe001461056b5780638acbf78e146105c3575f5ffd5b806368c2edce14610547578063756a693314610550575f5ffd5b80633414cf96116102475780634b9d37f6116101fd5780635903d97c116101d85780635903d97c146104d75780635b419a65146104f75780635bb75f241461050a575f5ffd5b80634b9d37f6146104945780634e71aeaf146104bb578063508352b6146104c4575f5ffd5b806338944be91161022d57806338944be91461041457806338ebf3741461042757806339c79e0c14610481575f5ffd5b80633414cf96146103f957806335307d791461040c575f5ffd5b80632151e61c116102a75780632e982163116102825780632e982163146103cb5780632f82ddff146103de57806333c0b363146103e6575f5ffd5b80632151e61c146103905780632a027211146103af5780632b823368146103b8575f5ffd5b806315f64920116102d757806315f649201461033b5780631e9701d41461035b57806320118e9b1461037b575f5ffd5b80630291099f146102f25780630b51871114610318575b5f5ffd5b610305610300366004615159565b61074c565b6040519081526020015b60405180910390f35b61032b6103263660046151ac565b6107b2565b604051901515815260200161030f565b61034e6103493660046151ee565b61083b565b60405161030f9190615246565b61036e610369366004615263565b6108bc565b60405161030f9190615325565b61038e6103893660046153fd565b6109ff565b005b61039a62278d0081565b60405163ffffffff909116815260200161030f565b61030561400081565b61038e6103c636600461543c565b610a9f565b61038e6103d936600461543c565b610d6b565b610305602081565b61038e6103f436600461545c565b61105f565b61038e6104073660046154b6565b6110de565b610305601881565b61038e6104223660046154f6565b611393565b61046f6104353660046151ee565b5f908152600260205260409020600101547f0100000000000000000000000000000000000000000000000000000000000000900460ff1690565b60405160ff909116815260200161030f565b61038e61048f3660046151ee565b6113f3565b6103057f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6103056104c081565b61039a6104d236600461554c565b611564565b6104ea6104e53660046151ee565b6117e3565b60405161030f91906155e8565b61038e61050536600461543c565b611ae0565b61051d610518366004615788565b611c42565b604080518251815260208084015163ffffffff16908201529181015115159082015260600161030f565b61030561010081565b610305605081565b6103056105663660046157bd565b611ced565b6105aa6105793660046157f5565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff909116815260200161030f565b61038e6105d136600461543c565b612c8c565b61060f6105e436600461580e565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b60405161030f919061583f565b61030561049081565b61038e61063336600461584d565b612fd0565b61038e610646366004615868565b6130fa565b61038e6106593660046158c5565b613167565b61038e61066c36600461543c565b6131d2565b61038e61067f3660046151ee565b6132ae565b61038e610692366004615908565b613462565b6103056106a536600461598f565b613611565b61039a6106b836600461554c565b613629565b61039a600a81565b61038e6106d33660046159d0565b613752565b6103056106e63660046151ac565b613860565b61032b6106f936600461580e565b5f91825260036020908152604080842067ffffffffffffffff939093168452919052902054610100900460ff1690565b61046f600c81565b61038e61073f36600461543c565b6138dd565b610305603581565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600460205260408120600160ff841681901b9190839086908111156107f4576107f4615205565b600181111561080557610805615205565b815260208082019290925260409081015f90812062ffffff600888901c16825260010190925290205416151590505b9392505050565b5f8181526002602052604081208054600160b81b900460ff168281600981111561086757610867615205565b1415801561087b575061087981613a2b565b155b80156108ad575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b15610834575060089392505050565b60608267ffffffffffffffff8111156108d7576108d7615a0f565b60405190808252806020026020018201604052801561091c57816020015b604080518082019091525f8152606060208201528152602001906001900390816108f55790505b5090505f5b838110156109f7575f803087878581811061093e5761093e615a3c565b90506020028101906109509190615a69565b60405161095e929190615aca565b5f60405180830381855af49150503d805f8114610996576040519150601f19603f3d011682016040523d82523d5f602084013e61099b565b606091505b5091509150811580156109ac575084155b156109b957805160208201fd5b60405180604001604052808315158152602001828152508484815181106109e2576109e2615a3c565b60209081029190910101525050600101610921565b509392505050565b610100811115610a4b576040517fe5e2fe3c0000000000000000000000000000000000000000000000000000000081526004810182905261010060248201526044015b60405180910390fd5b3373ffffffffffffffffffffffffffffffffffffffff167f892a4f89f3253595b92c3ad4c2b31e2da0b5d2eeacb93909343021ba946564dc8383604051610a93929190615b20565b60405180910390a25050565b5f610aa983613a48565b905060078154600160b81b900460ff166009811115610aca57610aca615205565b14610b1c5780548390600160b81b900460ff1660075b60ff166001901b6040517f0a7dab04000000000000000000000000000000000000000000000000000000008152600401610a4293929190615b33565b5f815474010000000000000000000000000000000000000000900460ff166001811115610b4b57610b4b615205565b14610b99576040516321a822d760e01b815260206004820152600660248201527f6d6574686f6400000000000000000000000000000000000000000000000000006044820152606401610a42565b5f610ba5848333613ab2565b90505f60038301826002811115610bbe57610bbe615205565b60ff1660038110610bd157610bd1615a3c565b015403610c0e5783816040517f171e9cb9000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b82610c495783816040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b5f610c5382613b88565b60018401549091507e010000000000000000000000000000000000000000000000000000000000009004811660ff1615610cbd5784826040517f55fb7912000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b60018301805460ff8084167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116179055816002811115610d2a57610d2a615205565b857fae74fabcb9a57463737474e35a37123ab8f06ed518472f14116828f6a9f3e10786604051610d5c91815260200190565b60405180910390a35050505050565b5f610d7583613a48565b905060078154600160b81b900460ff166009811115610d9657610d96615205565b14610db05780548390600160b81b900460ff166007610ae0565b6001815474010000000000000000000000000000000000000000900460ff166001811115610de057610de0615205565b14610e2e576040516321a822d760e01b815260206004820152600660248201527f6d6574686f6400000000000000000000000000000000000000000000000000006044820152606401610a42565b5f610e3a848333613ab2565b90505f610e4682613b88565b90505f80836002811115610e5c57610e5c615205565b148015610e9857505f8454760100000000000000000000000000000000000000000000900460ff166002811115610e9557610e95615205565b14155b60018501549091507f01000000000000000000000000000000000000000000000000000000000000009004821660ff16158015610ed3575080155b15610f0e5785836040517f171e9cb9000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b84610f495785836040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b60018401547e010000000000000000000000000000000000000000000000000000000000009004821660ff1615610fb05785836040517f55fb7912000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b60018401805460ff8085167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90911617905582600281111561101d5761101d615205565b867f6f711e4dd5126e42efbcb5e87525304c2b7d237fc70f160c36faf968d8d81d898760405161104f91815260200190565b60405180910390a3505050505050565b5f61106b866001613baa565b905061107986866001613c63565b61108586868686613cf8565b611090868284613d67565b6040805185815267ffffffffffffffff85811660208301529181018490529086169087907fe7f2cf25feb1a82b54dfc24b33113e080c0555cd8bdf2d3f58f425d729e9cec09060600161104f565b5f6110e884613a48565b8054909150600160b81b900460ff1661110081613a2b565b1561113f578481603e5b6040517f0a7dab04000000000000000000000000000000000000000000000000000000008152600401610a4293929190615b33565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211156111d15781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff166024820152604401610a42565b5f6111dd868433613ab2565b905060058260098111156111f3576111f3615205565b148015611228575061120481613b88565b60018401547401000000000000000000000000000000000000000090041660ff1615155b156112635785816040517f55fb7912000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b5f84600581111561127657611276615205565b14806112935750600184600581111561129157611291615205565b145b8061129f575060ff8516155b806112ad5750600760ff8616115b806112c557506112bc81613b88565b851660ff165f14155b156113005784846040517fe1dbbcf0000000000000000000000000000000000000000000000000000000008152600401610a42929190615b79565b61130d8684848888613e40565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a9061138390879089908690615b90565b60405180910390a2505050505050565b5f61139e855f613baa565b90506113aa838361400a565b6113b68582865f61409a565b8367ffffffffffffffff16857fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe8585604051610d5c929190615b20565b5f6113fd82613a48565b905060068154600160b81b900460ff16600981111561141e5761141e615205565b146114385780548290600160b81b900460ff166006610ae0565b5f611444838333613ab2565b600a83015490915067ffffffffffffffff16801580159061147f5750600a83015468010000000000000000900467ffffffffffffffff164211155b156114e457600a8301546040517f6354e6780000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff8084166024830152680100000000000000009092049091166044820152606401610a42565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405184907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b590611556908590615bb4565b60405180910390a250505050565b5f80808086600181111561157a5761157a615205565b14611589576104c0604061158f565b60206101005b335f90815260046020526040812092945090925090818860018111156115b7576115b7615205565b60018111156115c8576115c8615205565b815260208101919091526040015f90812091506115e58487615c1c565b825490915063ffffffff168115806115fc57508382115b8061160f575061160c8588615c2f565b15155b80611628575063ffffffff61162683838316615c42565b115b15611662576040517f0b78fb9600000000000000000000000000000000000000000000000000000000815260048101889052602401610a42565b845b8781116116ef575f8989611679602085615c55565b61168592859290615c68565b61168e91615c8f565b036116de576040516321a822d760e01b8152600401610a429060208082526004908201527f6b65797300000000000000000000000000000000000000000000000000000000604082015260600190565b6116e88682615c42565b9050611664565b5082547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001681830163ffffffff90811691909117845560018201965061173990849088168461422b565b5f888860405161174a929190615aca565b604080519182900390912063ffffffff89165f9081526002870160205291909120819055905089600181111561178257611782615205565b3373ffffffffffffffffffffffffffffffffffffffff167fcada1ba3e2907a6a5c6e3e79ea93e55b5704204c5d8a6657cf804e5f2535a96589848d8d6040516117ce9493929190615ccb565b60405180910390a35050505050509392505050565b6117eb615077565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff169081111561186557611865615205565b9081600181111561187857611878615205565b905250805460808301907501000000000000000000000000000000000000000000900460ff1660018111156118af576118af615205565b908160018111156118c2576118c2615205565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff1660028111156118fa576118fa615205565b9081600281111561190d5761190d615205565b905250805460c0830190600160b81b900460ff16600981111561193257611932615205565b9081600981111561194557611945615205565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b815481526020019060010190808311611a115750505050508261018001819052505f5b60038160ff161015611a8557611a5e828260ff166002811115611a5957611a59615205565b6142e4565b836101a001518260ff1660038110611a7857611a78615a3c565b6020020152600101611a34565b50600281015467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481166101c0840152600a909101548082166101e084015268010000000000000000900416610200820152919050565b5f5f611aed846001614352565b90925090505f816002811115611b0557611b05615205565b03611b45576040517f126d906a00000000000000000000000000000000000000000000000000000000815260048101859052336024820152604401610a42565b82611b805783816040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b8282600301826002811115611b9757611b97615205565b60ff1660038110611baa57611baa615a3c565b01555f611bb783836144be565b9050816002811115611bcb57611bcb615205565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a1042186604051611bfd91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611c3b57611c3b85846002614500565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff861682528190529182209091836001811115611c9157611c91615205565b6001811115611ca257611ca2615205565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f3381611cfd60208501856157f5565b73ffffffffffffffffffffffffffffffffffffffff161480611d4357505f611d2b60408501602086016157f5565b73ffffffffffffffffffffffffffffffffffffffff16145b80611d85575073ffffffffffffffffffffffffffffffffffffffff8116611d6d60208501856157f5565b73ffffffffffffffffffffffffffffffffffffffff16145b80611dca575073ffffffffffffffffffffffffffffffffffffffff8116611db260408501602086016157f5565b73ffffffffffffffffffffffffffffffffffffffff16145b80611e1b5750611de060408401602085016157f5565b73ffffffffffffffffffffffffffffffffffffffff16611e0360208501856157f5565b73ffffffffffffffffffffffffffffffffffffffff16145b15611e995780611e2e60208501856157f5565b611e3e60408601602087016157f5565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff938416600482015291831660248301529091166044820152606401610a42565b600a611eab60c0850160a08601615cfa565b63ffffffff161080611ed4575062278d00611ecc60c0850160a08601615cfa565b63ffffffff16115b15611f2457611ee960c0840160a08501615cfa565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff9091166004820152602401610a42565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205467ffffffffffffffff1690611f6460e0860160c08701615d13565b90508167ffffffffffffffff168167ffffffffffffffff161080611f91575067ffffffffffffffff818116145b15611ff8576040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015267ffffffffffffffff808416602483015282166044820152606401610a42565b5f80808061200c60608a0160408b0161584d565b600181111561201d5761201d615205565b03612419575f61203360808a0160608b0161584d565b600181111561204457612044615205565b1461209d576120596060890160408a0161584d565b61206960808a0160608b0161584d565b6040517f99f9852d000000000000000000000000000000000000000000000000000000008152600401610a42929190615d2c565b5f6120ae60a08a0160808b01615d52565b60028111156120bf576120bf615205565b1461210d576040516321a822d760e01b815260206004820152600b60248201527f636f6f7264696e61746f720000000000000000000000000000000000000000006044820152606401610a42565b610120880135612160576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e74000000000000000000000000000000000000000000006044820152606401610a42565b61216e610140890189615a69565b1590506121be576040516321a822d760e01b815260206004820152600760248201527f757365724b6579000000000000000000000000000000000000000000000000006044820152606401610a42565b6121cc610160890189615a69565b15905061221c576040516321a822d760e01b815260206004820152600960248201527f777261704d696e657200000000000000000000000000000000000000000000006044820152606401610a42565b61222a610180890189615a69565b15905061227a576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c65000000000000000000000000000000000000000000006044820152606401610a42565b61228b610100890160e08a01615cfa565b63ffffffff16156122df576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e00000000000000000000000000000000006044820152606401610a42565b6122f161012089016101008a01615cfa565b63ffffffff1615612345576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e000000000000000000000000000000006044820152606401610a42565b6123576101c089016101a08a01615cfa565b63ffffffff16156123ab576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b657900000000000000000000000000000000006044820152606401610a42565b6123bd6101e089016101c08a01615cfa565b63ffffffff1615612411576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b6579000000000000000000000000000000006044820152606401610a42565b506001612636565b6101208801351561246d576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e74000000000000000000000000000000000000000000006044820152606401610a42565b5f61247e60a08a0160808b01615d52565b600281111561248f5761248f615205565b03612541576124a2610140890189615a69565b1590506124f2576040516321a822d760e01b815260206004820152600760248201527f757365724b6579000000000000000000000000000000000000000000000000006044820152606401610a42565b61251861250560808a0160608b0161584d565b6125136101608b018b615a69565b61461b565b61253961252b60808a0160608b0161584d565b6125136101808b018b615a69565b506005612627565b61256761255460808a0160608b0161584d565b6125626101408b018b615a69565b614684565b612575610160890189615a69565b1590506125c5576040516321a822d760e01b815260206004820152600960248201527f777261704d696e657200000000000000000000000000000000000000000000006044820152606401610a42565b6125d3610180890189615a69565b159050612623576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c65000000000000000000000000000000000000000000006044820152606401610a42565b5060045b612630886147f3565b90935091505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8916606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff87165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169092178255919850906127379060608b01908b0161584d565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000083600181111561278557612785615205565b021790555061279a60808a0160608b0161584d565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000008360018111156127e9576127e9615205565b02179055506127fe60a08a0160808b01615d52565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000083600281111561284e5761284e615205565b021790555061286060208a018a6157f5565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556128b760408a0160208b016157f5565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561290e60c08a0160a08b01615cfa565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156129fc576129fc615205565b03612a0d5761012089013560038201555b5f612a178a614a83565b905060ff811615612a73576001820180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000060ff8416021790555b612a7f898b8787614adb565b60ff811615612aef57887fe8206354e55f8d46eabc94cc2b6da8fbef38f00fc962e660241331cf3622cb07612abc6101c08d016101a08e01615cfa565b612ace6101e08e016101c08f01615cfa565b6040805163ffffffff93841681529290911660208301520160405180910390a25b6001836009811115612b0357612b03615205565b03612b4d575f897f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218c6101200135604051612b4091815260200190565b60405180910390a3612c35565b6005836009811115612b6157612b61615205565b03612bee576001897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f4612b986101608e018e615a69565b604051612ba6929190615b20565b60405180910390a36002897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f4612be06101808e018e615a69565b604051612b40929190615b20565b887f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a612c1e6101408d018d615a69565b604051612c2c929190615b20565b60405180910390a25b612c40898385614500565b6001836009811115612c5457612c54615205565b03612c7f57612c625f613b88565b8260010160146101000a81548160ff021916908360ff1602179055505b5050505050505050919050565b5f5f612c99846005614352565b909250905082612cd95783816040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b600682015480612d145760068301849055612cf382613b88565b8360010160156101000a81548160ff021916908360ff160217905550612dac565b808403612d7f57612d2482613b88565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff90811694169390931702919091179055612dac565b8383600701836002811115612d9657612d96615205565b60ff1660038110612da957612da9615a3c565b01555b5f612db784846144be565b9050826002811115612dcb57612dcb615205565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b87604051612dfd91815260200190565b60405180910390a360ff8116600714612e1857505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff1601612ede5783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e8315612ece5783612ed0565b865b604051908152602001611383565b5f612ee9855f6142e4565b90505f612ef78660016142e4565b90505f612f058760026142e4565b90505f828403612f2057612f196002613b88565b9050612f45565b818403612f3157612f196001613b88565b818303612f4157612f195f613b88565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90612fbc9060019085908c90615b90565b60405180910390a250505050505050505050565b335f90815260208190526040812081836001811115612ff157612ff1615205565b600181111561300257613002615205565b815260208101919091526040015f20600181015490915063ffffffff16158061303757506001810154640100000000900460ff165b156130725733826040517fe1277c84000000000000000000000000000000000000000000000000000000008152600401610a42929190615d6b565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff1664010000000017905582908111156130b5576130b5615205565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b5f613106866001613baa565b905061311386865f613c63565b61311d848461400a565b613128868284613d67565b8467ffffffffffffffff16867fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e86868660405161104f93929190615d91565b5f613172855f613baa565b905061318085858585613cf8565b61318d858286600161409a565b6040805184815267ffffffffffffffff848116602083015286169187917f34256af5ac88d02ea1f8fcd7b54d7a15a576e90c9d61081c481f43c7499f52f39101610d5c565b5f5f6131df846003614352565b90925090508261321f5783816040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b5f61322a83836144be565b905081600281111561323e5761323e615205565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb8660405161327091815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611c3b57611c3b85846005614500565b5f6132b882613a48565b8054909150600160b81b900460ff166132d081613a2b565b156132de578281603e61110a565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421161336f5781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff166024820152604401610a42565b5f600482600981111561338457613384615205565b146133905760076133b8565b82546133b890760100000000000000000000000000000000000000000000900460ff16613b88565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e1906134539086908590615db4565b60405180910390a25050505050565b5f5f61346f876004614352565b81549193509150760100000000000000000000000000000000000000000000900460ff1660028111156134a4576134a4615205565b8160028111156134b6576134b6615205565b146134f6576040517f126d906a00000000000000000000000000000000000000000000000000000000815260048101889052336024820152604401610a42565b815461351f907501000000000000000000000000000000000000000000900460ff16878761461b565b8154613548907501000000000000000000000000000000000000000000900460ff16858561461b565b61355282826144be565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48888604051613586929190615b20565b60405180910390a360018160028111156135a2576135a2615205565b146135ae5760016135b1565b60025b60028111156135c2576135c2615205565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f486866040516135f4929190615b20565b60405180910390a361360887836005614500565b50505050505050565b5f61361e85858585614ba5565b90505b949350505050565b5f613635848484614684565b335f9081526020819052604081208186600181111561365657613656615205565b600181111561366757613667615205565b815260208101919091526040015f2060018082015491925061368f9163ffffffff1690615dd2565b91505f84846040516136a2929190615aca565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff871617905590915086908111156136f5576136f5615205565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef858489896040516137419493929190615ccb565b60405180910390a350509392505050565b5f61375e856002613baa565b905082151560ff8316151514806137785750600c60ff8316115b156137c6576040516321a822d760e01b815260206004820152600660248201527f726561736f6e00000000000000000000000000000000000000000000000000006044820152606401610a42565b6137d4858560026003614c4c565b600a810180545f906137ef9067ffffffffffffffff16615dee565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508367ffffffffffffffff16857f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a58585604051610d5c929190911515825260ff16602082015260400190565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526004602052604081208184600181111561389757613897615205565b60018111156138a8576138a8615205565b81526020019081526020015f206002015f8363ffffffff1663ffffffff1681526020019081526020015f205490509392505050565b5f5f6138ea846002614352565b90925090508261392a5783816040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b8160030181600281111561394057613940615205565b60ff166003811061395357613953615a3c565b015461396185833387614ba5565b1461399c5783816040517f068fbce3000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b5f6139a783836144be565b90508160028111156139bb576139bb615205565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f3866040516139ed91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611c3b57611c3b85846003614500565b5f6006826009811115613a4057613a40615205565b101592915050565b5f818152600260205260408120908154600160b81b900460ff166009811115613a7357613a73615205565b03613aad576040517fe98106f800000000000000000000000000000000000000000000000000000000815260048101839052602401610a42565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff90811690831603613add57505f610834565b600183015473ffffffffffffffffffffffffffffffffffffffff90811690831603613b0a57506001610834565b600283015473ffffffffffffffffffffffffffffffffffffffff90811690831603613b3757506002610834565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610a42565b5f816002811115613b9b57613b9b615205565b600160ff919091161b92915050565b5f613bb483613a48565b905060068154600160b81b900460ff166009811115613bd557613bd5615205565b14613bef5780548390600160b81b900460ff166006610ae0565b5f613bfb848333613ab2565b9050826002811115613c0f57613c0f615205565b816002811115613c2157613c21615205565b14613c5c5783816040517ffb0f8a14000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b5092915050565b613c71838360016002614c4c565b5f83815260036020908152604080832067ffffffffffffffff8616845290915290205460ff61010090910416151581151514613cf3576040517f6772aa0c0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff8316602482015281156044820152606401610a42565b505050565b811580613d0f575060358167ffffffffffffffff16105b15613d61576040517f1dd480cb0000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff808516602483015282166044820152606401610a42565b50505050565b80613da3578260016040517f43587c08000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b600a820180545f90613dbe9067ffffffffffffffff16615e2f565b825467ffffffffffffffff9182166101009390930a92830291909202199091161790556001820154613e119063ffffffff7601000000000000000000000000000000000000000000009091041642615e5b565b82600a0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550505050565b835474010000000000000000000000000000000000000000900460ff165f6005836005811115613e7257613e72615205565b03613e7f57506001613f42565b6002836005811115613e9357613e93615205565b03613ed2576001826001811115613eac57613eac615205565b1480613ecb575060025b856009811115613ec857613ec8615205565b10155b9050613f42565b6003836005811115613ee657613ee6615205565b03613f0d575f826001811115613efe57613efe615205565b148015613ecb57506003613eb6565b6001826001811115613f2157613f21615205565b148015613f3f57506005856009811115613f3d57613f3d615205565b145b90505b80613f8157868286856040517f13faf707000000000000000000000000000000000000000000000000000000008152600401610a429493929190615e7b565b6004836005811115613f9557613f95615205565b148015613fcf57508554613fc590760100000000000000000000000000000000000000000000900460ff16613b88565b60ff168460ff1614155b156136085783836040517fe1dbbcf0000000000000000000000000000000000000000000000000000000008152600401610a42929190615b79565b614000811115614051576040517f1219c3a5000000000000000000000000000000000000000000000000000000008152600481018290526140006024820152604401610a42565b6018811015614096576040517f064d7c660000000000000000000000000000000000000000000000000000000081526018600482015260248101829052604401610a42565b5050565b600283015467ffffffffffffffff78010000000000000000000000000000000000000000000000009091048116908316811461411d576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff808316602483015284166044820152606401610a42565b614128816001615e5b565b60028501805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff9384160217905560408051808201825260018082528515156020808401919091525f8a81526003808352858220968a16825295909152929092208151815492949193909284927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116919084908111156141e8576141e8615205565b0217905550602091909101518154901515610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff9091161790555050505050565b600183015f61423a8385615c42565b9050835b818110156142dc57600881811c905f90614259836001615c42565b901b9050838111156142685750825b5f6142738483615c55565b90505f81610100146142915761428c600180841b615c55565b6142b3565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b5f94855260208890526040909420805460ff9096169490941b94909417909255915061423e9050565b505050505050565b5f6142ee82613b88565b6001840154750100000000000000000000000000000000000000000090041660ff1615614320575060068201546107ac565b8260070182600281111561433657614336615205565b60ff166003811061434957614349615a3c565b01549392505050565b5f5f61435d84613a48565b915082600981111561437157614371615205565b8254600160b81b900460ff16600981111561438e5761438e615205565b146143b35781548490600160b81b900460ff16846009811115610ae057610ae0615205565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211156144455781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff166024820152604401610a42565b614450848333613ab2565b905061445b81613b88565b60018301547401000000000000000000000000000000000000000090041660ff16156144b75783816040517f55fb7912000000000000000000000000000000000000000000000000000000008152600401610a42929190615b55565b9250929050565b5f6144c882613b88565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b60018201545f9061453190760100000000000000000000000000000000000000000000900463ffffffff1642615e5b565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16600160b81b83600981111561457357614573615205565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f906115569085908590615eab565b5f8084600181111561462f5761462f615205565b1461463c5761049061463f565b60505b9050818114613d61576040517f064d7c660000000000000000000000000000000000000000000000000000000081526004810182905260248101839052604401610a42565b5f8084600181111561469857614698615205565b146146a5576104c06146a8565b60205b90508181146146ed576040517f064d7c660000000000000000000000000000000000000000000000000000000081526004810182905260248101839052604401610a42565b5f84600181111561470057614700615205565b14801561471557505f6147138385615c8f565b145b15614763576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b657900000000000000000000000000000000000000000000006044820152606401610a42565b600184600181111561477757614777615205565b1480156147a557505f838361478f60206104c0615c55565b61479a928290615c68565b6147a391615c8f565b145b15613d61576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b657900000000000000000000000000000000000000000000006044820152606401610a42565b5f80600161480760a0850160808601615d52565b600281111561481857614818615205565b036148ed5761482e610100840160e08501615cfa565b63ffffffff1615614882576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e00000000000000000000000000000000006044820152606401610a42565b6148946101c084016101a08501615cfa565b63ffffffff16156148e8576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b657900000000000000000000000000000000006044820152606401610a42565b61493a565b61493760016148ff60208601866157f5565b61490f608087016060880161584d565b614920610100880160e08901615cfa565b6149326101c089016101a08a01615cfa565b614d22565b91505b600261494c60a0850160808601615d52565b600281111561495d5761495d615205565b03614a335761497461012084016101008501615cfa565b63ffffffff16156149c8576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e000000000000000000000000000000006044820152606401610a42565b6149da6101e084016101c08501615cfa565b63ffffffff1615614a2e576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b6579000000000000000000000000000000006044820152606401610a42565b915091565b614a7c6002614a4860408601602087016157f5565b614a58608087016060880161584d565b614a6a61012088016101008901615cfa565b6149326101e089016101c08a01615cfa565b9050915091565b5f614a966101c083016101a08401615cfa565b63ffffffff1615614aae57614aab6001613b88565b90505b614ac06101e083016101c08401615cfa565b63ffffffff1615613aad57614ad56002613b88565b17919050565b614ae860208401846157f5565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b842050614b3160408801602089016157f5565b614b416060890160408a0161584d565b614b5160808a0160608b0161584d565b614b6160a08b0160808c01615d52565b614b7160e08c0160c08d01615d13565b614b8160c08d0160a08e01615cfa565b8b8b604051614b97989796959493929190615ed0565b60405180910390a450505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da367463087876002811115614bdc57614bdc615205565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091208054909160ff909116908490811115614c8a57614c8a615205565b816003811115614c9c57614c9c615205565b14614cd9578585826040517f26ecc1c7000000000000000000000000000000000000000000000000000000008152600401610a4293929190615f51565b8154839083907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836003811115614d1557614d15615205565b0217905550505050505050565b5f8163ffffffff165f03614d4257614d3b858585614e0a565b9050614e01565b63ffffffff831615614df3576001866002811115614d6257614d62615205565b14614da2576040518060400160405280601081526020017f6f7261636c654b657956657273696f6e00000000000000000000000000000000815250614dd9565b6040518060400160405280600f81526020017f6d696e65724b657956657273696f6e00000000000000000000000000000000008152505b6040516321a822d760e01b8152600401610a429190615f75565b614dfe858584614f13565b505f5b95945050505050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260408120819081856001811115614e4357614e43615205565b6001811115614e5457614e54615205565b815260208101919091526040015f20600181015463ffffffff1692509050811580614e8b57506001810154640100000000900460ff165b15614ec65784846040517f19f82894000000000000000000000000000000000000000000000000000000008152600401610a42929190615d6b565b8263ffffffff168263ffffffff16146109f757848484846040517f756605e6000000000000000000000000000000000000000000000000000000008152600401610a429493929190615f87565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260046020526040812081846001811115614f4a57614f4a615205565b6001811115614f5b57614f5b615205565b815260208082019290925260409081015f90812062ffffff600887901c16808352600180830195869052938320549195509260ff87161b91818316900361505b57845463ffffffff9081169087161115615005576040517ffb06ea7a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8916600482015263ffffffff87166024820152604401610a42565b6040517fb9e34add00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8916600482015263ffffffff87166024820152604401610a42565b5f92835260209390935260409091209019909116905550505050565b60408051610220810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c0016150da615101565b81526020016150e7615101565b81525f602082018190526040820181905260609091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114613aad575f5ffd5b803567ffffffffffffffff81168114613aad575f5ffd5b5f5f6040838503121561516a575f5ffd5b6151738361511f565b915061518160208401615142565b90509250929050565b60028110615196575f5ffd5b50565b803563ffffffff81168114613aad575f5ffd5b5f5f5f606084860312156151be575f5ffd5b6151c78461511f565b925060208401356151d78161518a565b91506151e560408501615199565b90509250925092565b5f602082840312156151fe575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a811061524257615242615205565b9052565b602081016107ac8284615232565b80358015158114613aad575f5ffd5b5f5f5f60408486031215615275575f5ffd5b833567ffffffffffffffff81111561528b575f5ffd5b8401601f8101861361529b575f5ffd5b803567ffffffffffffffff8111156152b1575f5ffd5b8660208260051b84010111156152c5575f5ffd5b6020918201945092506151e5908501615254565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156153b3577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528151805115158652602081015190506040602087015261539d60408701826152d9565b955050602093840193919091019060010161534b565b50929695505050505050565b5f5f83601f8401126153cf575f5ffd5b50813567ffffffffffffffff8111156153e6575f5ffd5b6020830191508360208285010111156144b7575f5ffd5b5f5f6020838503121561540e575f5ffd5b823567ffffffffffffffff811115615424575f5ffd5b615430858286016153bf565b90969095509350505050565b5f5f6040838503121561544d575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a08688031215615470575f5ffd5b8535945061548060208701615142565b93506040860135925061549560608701615142565b949793965091946080013592915050565b803560ff81168114613aad575f5ffd5b5f5f5f606084860312156154c8575f5ffd5b833592506154d8602085016154a6565b91506040840135600681106154eb575f5ffd5b809150509250925092565b5f5f5f5f60608587031215615509575f5ffd5b8435935061551960208601615142565b9250604085013567ffffffffffffffff811115615534575f5ffd5b615540878288016153bf565b95989497509550505050565b5f5f5f6040848603121561555e575f5ffd5b83356155698161518a565b9250602084013567ffffffffffffffff811115615584575f5ffd5b615590868287016153bf565b9497909650939450505050565b6002811061519657615196615205565b6152428161559d565b6003811061524257615242615205565b805f5b6003811015613d615781518452602093840193909101906001016155c9565b815173ffffffffffffffffffffffffffffffffffffffff1681526102a08101602083015161562e602084018273ffffffffffffffffffffffffffffffffffffffff169052565b506040830151615656604084018273ffffffffffffffffffffffffffffffffffffffff169052565b50606083015161566960608401826155ad565b50608083015161567c60808401826155ad565b5060a083015161568f60a08401826155b6565b5060c08301516156a260c0840182615232565b5060e08301516156be60e084018267ffffffffffffffff169052565b506101008301516156d861010084018263ffffffff169052565b506101208301516156ef61012084018260ff169052565b5061014083015161570961014084018263ffffffff169052565b5061016083015161572361016084018263ffffffff169052565b506101808301516157386101808401826155c6565b506101a083015161574d6101e08401826155c6565b506101c083015167ffffffffffffffff9081166102408401526101e08401518116610260840152610200840151908116610280840152613c5c565b5f5f60408385031215615799575f5ffd5b6157a28361511f565b915060208301356157b28161518a565b809150509250929050565b5f602082840312156157cd575f5ffd5b813567ffffffffffffffff8111156157e3575f5ffd5b82016101e08185031215610834575f5ffd5b5f60208284031215615805575f5ffd5b6107a98261511f565b5f5f6040838503121561581f575f5ffd5b8235915061518160208401615142565b6004811061524257615242615205565b602081016107ac828461582f565b5f6020828403121561585d575f5ffd5b81356108348161518a565b5f5f5f5f5f6080868803121561587c575f5ffd5b8535945061588c60208701615142565b9350604086013567ffffffffffffffff8111156158a7575f5ffd5b6158b3888289016153bf565b96999598509660600135949350505050565b5f5f5f5f608085870312156158d8575f5ffd5b843593506158e860208601615142565b9250604085013591506158fd60608601615142565b905092959194509250565b5f5f5f5f5f6060868803121561591c575f5ffd5b85359450602086013567ffffffffffffffff811115615939575f5ffd5b615945888289016153bf565b909550935050604086013567ffffffffffffffff811115615964575f5ffd5b615970888289016153bf565b969995985093965092949392505050565b803560038110613aad575f5ffd5b5f5f5f5f608085870312156159a2575f5ffd5b843593506159b260208601615981565b92506159c06040860161511f565b9396929550929360600135925050565b5f5f5f5f608085870312156159e3575f5ffd5b843593506159f360208601615142565b9250615a0160408601615254565b91506158fd606086016154a6565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615a9c575f5ffd5b83018035915067ffffffffffffffff821115615ab6575f5ffd5b6020019150368190038213156144b7575f5ffd5b818382375f9101908152919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f613621602083018486615ad9565b83815260608101615b476020830185615232565b826040830152949350505050565b8281526040810161083460208301846155b6565b6006811061524257615242615205565b60ff83168152604081016108346020830184615b69565b60608101615b9e8286615b69565b60ff8416602083015261362160408301846155b6565b602081016107ac82846155b6565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f82615c2a57615c2a615bc2565b500490565b5f82615c3d57615c3d615bc2565b500690565b808201808211156107ac576107ac615bef565b818103818111156107ac576107ac615bef565b5f5f85851115615c76575f5ffd5b83861115615c82575f5ffd5b5050820193919092039150565b803560208310156107ac577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b63ffffffff85168152836020820152606060408201525f615cf0606083018486615ad9565b9695505050505050565b5f60208284031215615d0a575f5ffd5b6107a982615199565b5f60208284031215615d23575f5ffd5b6107a982615142565b60408101615d398461559d565b838252615d458361559d565b8260208301529392505050565b5f60208284031215615d62575f5ffd5b6107a982615981565b73ffffffffffffffffffffffffffffffffffffffff8316815260408101615d458361559d565b604081525f615da4604083018587615ad9565b9050826020830152949350505050565b60408101615dc28285615232565b60ff831660208301529392505050565b63ffffffff81811683821601908111156107ac576107ac615bef565b5f67ffffffffffffffff821680615e0757615e07615bef565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b5f67ffffffffffffffff821667ffffffffffffffff8103615e5257615e52615bef565b60010192915050565b67ffffffffffffffff81811683821601908111156107ac576107ac615bef565b84815260808101615e8b8561559d565b846020830152615e9e6040830185615232565b614e016060830184615b69565b60408101615eb98285615232565b67ffffffffffffffff831660208301529392505050565b73ffffffffffffffffffffffffffffffffffffffff891681526101008101615ef78961559d565b886020830152615f068861559d565b876040830152615f1960608301886155b6565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b83815267ffffffffffffffff8316602082015260608101613621604083018461582f565b602081525f6107a960208301846152d9565b73ffffffffffffffffffffffffffffffffffffffff8516815260808101615fad8561559d565b602082019490945263ffffffff9283166040820152911660609091015291905056fea164736f6c634300081e000a",
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
// the contract method with ID 0x2e982163.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function discloseOneTimeKey(bytes32 sessionId, bytes32 secret) returns()
func (sessionKeystore *SessionKeystore) PackDiscloseOneTimeKey(sessionId [32]byte, secret [32]byte) []byte {
	enc, err := sessionKeystore.abi.Pack("discloseOneTimeKey", sessionId, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDiscloseOneTimeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e982163.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function discloseOneTimeKey(bytes32 sessionId, bytes32 secret) returns()
func (sessionKeystore *SessionKeystore) TryPackDiscloseOneTimeKey(sessionId [32]byte, secret [32]byte) ([]byte, error) {
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
	Secret    [32]byte
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
// Solidity: event OneTimeKeyDisclosed(bytes32 indexed sessionId, uint8 indexed role, bytes32 secret)
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
