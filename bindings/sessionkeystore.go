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
	ABI: "[{\"type\":\"function\",\"name\":\"COMMITMENT_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HYBRID_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ONE_TIME_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REASON\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_MESSAGE_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_PHASE_TIMEOUT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_KEY_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"X25519_WRAP_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abort\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"close\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"discloseOneTimeKey\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distribute\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"wrapUser\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOther\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"expire\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isOneTimeKeyAvailable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"join\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"judge\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"keyOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.KeyRecord\",\"components\":[{\"name\":\"keyHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"multicall\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"allowFailure\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structISessionKeystore.CallResult[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"returnData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeBatchHash\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeKeyCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"oneTimeRolesOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"open\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.OpenParams\",\"components\":[{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"userKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapMiner\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"wrapOracle\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"minerOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleOneTimeKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"phaseOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishOneTimeKeys\",\"inputs\":[{\"name\":\"keys\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"firstKey\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishPartial\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"respond\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeKey\",\"inputs\":[{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"session\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"v\",\"type\":\"tuple\",\"internalType\":\"structISessionKeystore.SessionView\",\"components\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"acted\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"commitments\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"attestations\",\"type\":\"bytes32[3]\",\"internalType\":\"bytes32[3]\"},{\"name\":\"requests\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictsPending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sessionIdOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stepOf\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Attested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Committed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EphemeralDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralSecret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceAnswered\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceJudged\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"valid\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"keyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyRevoked\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"version\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"KeyWrapped\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"wrapped\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeyDisclosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"firstKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"batchHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"keys\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OneTimeKeysUsed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minerKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKey\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartialPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"partial_\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PhaseAdvanced\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Revealed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"ephemeralKey\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionClosed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionEstablished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"attestation\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionExpired\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"phase\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"stalled\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionFailed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"fault\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Fault\"},{\"name\":\"culprits\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"reporter\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SessionOpened\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"method\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"coordinator\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumISessionKeystore.Role\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"minerKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"oracleKeyVersion\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserKeyPublished\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SessionKeystoreAlreadyActed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreCommitmentMismatch\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlineNotReached\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreDeadlinePassed\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreFaultNotApplicable\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"phase\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidAccusation\",\"inputs\":[{\"name\":\"accused\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Fault\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidBatch\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidField\",\"inputs\":[{\"name\":\"field\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidLength\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"actual\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidNonce\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidParties\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"miner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreInvalidTimeout\",\"inputs\":[{\"name\":\"phaseTimeout\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreKeyVersionMismatch\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"},{\"name\":\"expected\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreMessageTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNoActiveKey\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreNothingToDisclose\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyNotPublished\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreOneTimeKeyUsed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnauthorized\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedPhase\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Phase\"},{\"name\":\"expectedBitmap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedSequence\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"actual\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnexpectedStep\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Step\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnknownSession\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreUnsupportedSuite\",\"inputs\":[{\"name\":\"method\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Method\"},{\"name\":\"suite\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Suite\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreVerdictPending\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"pending\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verdictDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreWrongRole\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]},{\"type\":\"error\",\"name\":\"SessionKeystoreZeroValue\",\"inputs\":[{\"name\":\"sessionId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"enumISessionKeystore.Role\"}]}]",
	ID:  "SessionKeystore",
	Bin: "0x6080604052348015600e575f5ffd5b50615b0c8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106102b7575f3560e01c80636e217b3011610171578063b0f5d98e116100d2578063cf99282011610088578063d99b51bd1161006e578063d99b51bd1461071e578063f594e32014610731578063fc334e8c14610739575f5ffd5b8063cf99282014610703578063cfe9cb0014610716575f5ffd5b8063c6441798116100b8578063c6441798146106ca578063c806da89146106dd578063cb9c1721146106f0575f5ffd5b8063b0f5d98e146106a4578063c01b093d146106b7575f5ffd5b80637ecebe00116101275780639168212f1161010d5780639168212f14610642578063a770d94514610688578063acc7e76414610691575f5ffd5b80637ecebe00146105d75780638acbf78e1461062f575f5ffd5b8063756a693311610157578063756a6933146105555780637adea35e1461055d5780637bb0e87c146105c4575f5ffd5b80636e217b30146104d0578063723016ca1461050b575f5ffd5b80633581b1711161021b5780634e71aeaf116101d15780635b419a65116101b75780635b419a65146104775780635bb75f241461048a57806368c2edce146104c7575f5ffd5b80634e71aeaf1461044e5780635903d97c14610457575f5ffd5b806338ebf3741161020157806338ebf374146103ba57806339c79e0c146104145780634b9d37f614610427575f5ffd5b80633581b1711461039457806338944be9146103a7575f5ffd5b80632b823368116102705780632f82ddff116102565780632f82ddff146103715780633414cf961461037957806335307d791461038c575f5ffd5b80632b823368146103495780632e9821631461035e575f5ffd5b80631e9701d4116102a05780631e9701d4146103015780632151e61c146103215780632a02721114610340575f5ffd5b80630291099f146102bb57806315f64920146102e1575b5f5ffd5b6102ce6102c9366004614d26565b61074c565b6040519081526020015b60405180910390f35b6102f46102ef366004614d57565b6107b2565b6040516102d89190614daf565b61031461030f366004614dcc565b61083a565b6040516102d89190614e97565b61032b62278d0081565b60405163ffffffff90911681526020016102d8565b6102ce61400081565b61035c610357366004614f31565b61097d565b005b61035c61036c366004614f31565b610c52565b6102ce602081565b61035c610387366004614f61565b610f46565b6102ce601881565b61032b6103a2366004614fdf565b6111fb565b61035c6103b536600461501e565b611401565b6104026103c8366004614d57565b5f908152600260205260409020600101547f0100000000000000000000000000000000000000000000000000000000000000900460ff1690565b60405160ff90911681526020016102d8565b61035c610422366004614d57565b61156a565b6102ce7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36781565b6102ce6104c081565b61046a610465366004614d57565b6116db565b6040516102d891906150c2565b61035c610485366004614f31565b6119d8565b61049d61049836600461526e565b611b3a565b604080518251815260208084015163ffffffff1690820152918101511515908201526060016102d8565b6102ce61010081565b61032b6104de3660046152a3565b73ffffffffffffffffffffffffffffffffffffffff165f9081526004602052604090205463ffffffff1690565b6102ce6105193660046152cf565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260066020908152604080832063ffffffff8516845290915290205492915050565b6102ce605081565b6105b461056b3660046152cf565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260056020908152604080832062ffffff600886901c168452909152902054600160ff83161b16151592915050565b60405190151581526020016102d8565b6102ce6105d23660046152f7565b611be5565b6106166105e53660046152a3565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016102d8565b61035c61063d366004614f31565b612b84565b61067b61065036600461532f565b5f91825260036020908152604080842067ffffffffffffffff93909316845291905290205460ff1690565b6040516102d89190615360565b6102ce61049081565b61035c61069f36600461536e565b612ec8565b61035c6106b2366004615389565b612ff2565b61035c6106c5366004614f31565b61313e565b61035c6106d8366004614d57565b61321a565b61035c6106eb3660046153e6565b6133ce565b6102ce6106fe36600461546d565b61357d565b61032b6107113660046154ae565b613595565b61032b600a81565b61035c61072c3660046154ff565b6136be565b610402600b81565b61035c610747366004614f31565b6137cc565b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8516606083015267ffffffffffffffff84166080808401919091528351808403909101815260a090920190925280519101205f905b90505b92915050565b5f8181526002602052604081208054600160b81b900460ff16828160098111156107de576107de614d6e565b141580156107f257506107f08161391a565b155b8015610824575081547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642115b15610833575060089392505050565b9392505050565b60608267ffffffffffffffff81111561085557610855615549565b60405190808252806020026020018201604052801561089a57816020015b604080518082019091525f8152606060208201528152602001906001900390816108735790505b5090505f5b83811015610975575f80308787858181106108bc576108bc615576565b90506020028101906108ce91906155a3565b6040516108dc929190615604565b5f60405180830381855af49150503d805f8114610914576040519150601f19603f3d011682016040523d82523d5f602084013e610919565b606091505b50915091508115801561092a575084155b1561093757805160208201fd5b604051806040016040528083151581526020018281525084848151811061096057610960615576565b6020908102919091010152505060010161089f565b509392505050565b5f61098783613937565b905060078154600160b81b900460ff1660098111156109a8576109a8614d6e565b14610a035780548390600160b81b900460ff1660075b60ff166001901b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016109fa93929190615613565b60405180910390fd5b5f815474010000000000000000000000000000000000000000900460ff166001811115610a3257610a32614d6e565b14610a80576040516321a822d760e01b815260206004820152600660248201527f6d6574686f64000000000000000000000000000000000000000000000000000060448201526064016109fa565b5f610a8c8483336139a1565b90505f60038301826002811115610aa557610aa5614d6e565b60ff1660038110610ab857610ab8615576565b015403610af55783816040517f171e9cb90000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b82610b305783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b5f610b3a82613a77565b60018401549091507e010000000000000000000000000000000000000000000000000000000000009004811660ff1615610ba45784826040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b60018301805460ff8084167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116179055816002811115610c1157610c11614d6e565b857fae74fabcb9a57463737474e35a37123ab8f06ed518472f14116828f6a9f3e10786604051610c4391815260200190565b60405180910390a35050505050565b5f610c5c83613937565b905060078154600160b81b900460ff166009811115610c7d57610c7d614d6e565b14610c975780548390600160b81b900460ff1660076109be565b6001815474010000000000000000000000000000000000000000900460ff166001811115610cc757610cc7614d6e565b14610d15576040516321a822d760e01b815260206004820152600660248201527f6d6574686f64000000000000000000000000000000000000000000000000000060448201526064016109fa565b5f610d218483336139a1565b90505f610d2d82613a77565b90505f80836002811115610d4357610d43614d6e565b148015610d7f57505f8454760100000000000000000000000000000000000000000000900460ff166002811115610d7c57610d7c614d6e565b14155b60018501549091507f01000000000000000000000000000000000000000000000000000000000000009004821660ff16158015610dba575080155b15610df55785836040517f171e9cb90000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b84610e305785836040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b60018401547e010000000000000000000000000000000000000000000000000000000000009004821660ff1615610e975785836040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b60018401805460ff8085167e010000000000000000000000000000000000000000000000000000000000008084049290921617027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff909116179055826002811115610f0457610f04614d6e565b867f6f711e4dd5126e42efbcb5e87525304c2b7d237fc70f160c36faf968d8d81d8987604051610f3691815260200190565b60405180910390a3505050505050565b5f610f5084613937565b8054909150600160b81b900460ff16610f688161391a565b15610fa7578481603e5b6040517f0a7dab040000000000000000000000000000000000000000000000000000000081526004016109fa93929190615613565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff164211156110395781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101879052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109fa565b5f6110458684336139a1565b9050600582600981111561105b5761105b614d6e565b148015611090575061106c81613a77565b60018401547401000000000000000000000000000000000000000090041660ff1615155b156110cb5785816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b5f8460058111156110de576110de614d6e565b14806110fb575060018460058111156110f9576110f9614d6e565b145b80611107575060ff8516155b806111155750600760ff8616115b8061112d575061112481613a77565b851660ff165f14155b156111685784846040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016109fa929190615659565b6111758684848888613a99565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167707000000000000000000000000000000000000000000000017835560405186907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a906111eb90879089908690615670565b60405180910390a2505050505050565b5f806112086020846156ee565b335f9081526004602052604090205490915063ffffffff1681158061122e575061010082115b80611242575061123f602085615701565b15155b8061125b575063ffffffff61125983838316615714565b115b15611295576040517f0b78fb96000000000000000000000000000000000000000000000000000000008152600481018590526024016109fa565b5f5b84811015611326575f8682876112ae602083615714565b926112bb93929190615727565b6112c49161574e565b03611314576040516321a822d760e01b81526004016109fa9060208082526004908201527f6b65797300000000000000000000000000000000000000000000000000000000604082015260600190565b61131f602082615714565b9050611297565b50335f81815260046020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001683850163ffffffff9081169190911790915560018301945061137e9190851684613c63565b5f858560405161138f929190615604565b60408051918290038220335f8181526006602090815284822063ffffffff8b1683529052929092208190559250907f0a2f6b501e56aa97c37e38d57b6ed4a2fbba4eda96d8a52d4b0940b4c91d1960906113f090879085908b908b906157d1565b60405180910390a250505092915050565b5f61140c855f613d3c565b600281015490915067ffffffffffffffff780100000000000000000000000000000000000000000000000090910481169085168114611492576040517fca156c850000000000000000000000000000000000000000000000000000000081526004810187905267ffffffffffffffff8083166024830152861660448201526064016109fa565b61149c8484613df5565b6114a78160016157f6565b60028301805477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff938416021790555f878152600360209081526040808320938916808452939091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555187907fe7d7231d9110776343f9e081f73758662d5e4dd64f1887a142bed3815f987efe90610f369088908890615816565b5f61157482613937565b905060068154600160b81b900460ff16600981111561159557611595614d6e565b146115af5780548290600160b81b900460ff1660066109be565b5f6115bb8383336139a1565b600a83015490915067ffffffffffffffff1680158015906115f65750600a83015468010000000000000000900467ffffffffffffffff164211155b1561165b57600a8301546040517f6354e6780000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff80841660248301526801000000000000000090920490911660448201526064016109fa565b82547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167709000000000000000000000000000000000000000000000017835560405184907f5b638b78e9c9bf3c1ea3e75b22fb20bde8c779a6316ccc5e4a800a82ca5b27b5906116cd908590615829565b60405180910390a250505050565b6116e3614c44565b5f82815260026020818152604092839020805473ffffffffffffffffffffffffffffffffffffffff80821687526001808401548216948801949094529382015490931693850193909352606084019174010000000000000000000000000000000000000000900460ff169081111561175d5761175d614d6e565b9081600181111561177057611770614d6e565b905250805460808301907501000000000000000000000000000000000000000000900460ff1660018111156117a7576117a7614d6e565b908160018111156117ba576117ba614d6e565b905250805460a0830190760100000000000000000000000000000000000000000000900460ff1660028111156117f2576117f2614d6e565b9081600281111561180557611805614d6e565b905250805460c0830190600160b81b900460ff16600981111561182a5761182a614d6e565b9081600981111561183d5761183d614d6e565b90525080547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1660e08301526001810154760100000000000000000000000000000000000000000000810463ffffffff9081166101008501527401000000000000000000000000000000000000000080830460ff166101208601527a0100000000000000000000000000000000000000000000000000009092048116610140850152600283015491909104166101608301526040805160608101918290529060038084019182845b8154815260200190600101908083116119095750505050508261018001819052505f5b60038160ff16101561197d57611956828260ff16600281111561195157611951614d6e565b613e85565b836101a001518260ff166003811061197057611970615576565b602002015260010161192c565b50600281015467ffffffffffffffff780100000000000000000000000000000000000000000000000090910481166101c0840152600a909101548082166101e084015268010000000000000000900416610200820152919050565b5f5f6119e5846001613ef3565b90925090505f8160028111156119fd576119fd614d6e565b03611a3d576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044016109fa565b82611a785783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b8282600301826002811115611a8f57611a8f614d6e565b60ff1660038110611aa257611aa2615576565b01555f611aaf838361405f565b9050816002811115611ac357611ac3614d6e565b857f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a1042186604051611af591815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611b3357611b33858460026140a1565b5050505050565b604080516060810182525f808252602080830182905282840182905273ffffffffffffffffffffffffffffffffffffffff861682528190529182209091836001811115611b8957611b89614d6e565b6001811115611b9a57611b9a614d6e565b815260208082019290925260409081015f2081516060810183528154815260019091015463ffffffff81169382019390935264010000000090920460ff161515908201529392505050565b5f3381611bf560208501856152a3565b73ffffffffffffffffffffffffffffffffffffffff161480611c3b57505f611c2360408501602086016152a3565b73ffffffffffffffffffffffffffffffffffffffff16145b80611c7d575073ffffffffffffffffffffffffffffffffffffffff8116611c6560208501856152a3565b73ffffffffffffffffffffffffffffffffffffffff16145b80611cc2575073ffffffffffffffffffffffffffffffffffffffff8116611caa60408501602086016152a3565b73ffffffffffffffffffffffffffffffffffffffff16145b80611d135750611cd860408401602085016152a3565b73ffffffffffffffffffffffffffffffffffffffff16611cfb60208501856152a3565b73ffffffffffffffffffffffffffffffffffffffff16145b15611d915780611d2660208501856152a3565b611d3660408601602087016152a3565b6040517f2d92dde100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9384166004820152918316602483015290911660448201526064016109fa565b600a611da360c0850160a08601615837565b63ffffffff161080611dcc575062278d00611dc460c0850160a08601615837565b63ffffffff16115b15611e1c57611de160c0840160a08501615837565b6040517f9a8b1e9800000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016109fa565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205467ffffffffffffffff1690611e5c60e0860160c08701615850565b90508167ffffffffffffffff168167ffffffffffffffff161080611e89575067ffffffffffffffff818116145b15611ef0576040517f44c74ee000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015267ffffffffffffffff8084166024830152821660448201526064016109fa565b5f808080611f0460608a0160408b0161536e565b6001811115611f1557611f15614d6e565b03612311575f611f2b60808a0160608b0161536e565b6001811115611f3c57611f3c614d6e565b14611f9557611f516060890160408a0161536e565b611f6160808a0160608b0161536e565b6040517f99f9852d0000000000000000000000000000000000000000000000000000000081526004016109fa929190615869565b5f611fa660a08a0160808b0161588f565b6002811115611fb757611fb7614d6e565b14612005576040516321a822d760e01b815260206004820152600b60248201527f636f6f7264696e61746f7200000000000000000000000000000000000000000060448201526064016109fa565b610120880135612058576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016109fa565b6120666101408901896155a3565b1590506120b6576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016109fa565b6120c46101608901896155a3565b159050612114576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016109fa565b6121226101808901896155a3565b159050612172576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016109fa565b612183610100890160e08a01615837565b63ffffffff16156121d7576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016109fa565b6121e961012089016101008a01615837565b63ffffffff161561223d576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016109fa565b61224f6101c089016101a08a01615837565b63ffffffff16156122a3576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b6579000000000000000000000000000000000060448201526064016109fa565b6122b56101e089016101c08a01615837565b63ffffffff1615612309576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b65790000000000000000000000000000000060448201526064016109fa565b50600161252e565b61012088013515612365576040516321a822d760e01b815260206004820152600a60248201527f636f6d6d69746d656e740000000000000000000000000000000000000000000060448201526064016109fa565b5f61237660a08a0160808b0161588f565b600281111561238757612387614d6e565b036124395761239a6101408901896155a3565b1590506123ea576040516321a822d760e01b815260206004820152600760248201527f757365724b65790000000000000000000000000000000000000000000000000060448201526064016109fa565b6124106123fd60808a0160608b0161536e565b61240b6101608b018b6155a3565b6141bc565b61243161242360808a0160608b0161536e565b61240b6101808b018b6155a3565b50600561251f565b61245f61244c60808a0160608b0161536e565b61245a6101408b018b6155a3565b61422b565b61246d6101608901896155a3565b1590506124bd576040516321a822d760e01b815260206004820152600960248201527f777261704d696e6572000000000000000000000000000000000000000000000060448201526064016109fa565b6124cb6101808901896155a3565b15905061251b576040516321a822d760e01b815260206004820152600a60248201527f777261704f7261636c650000000000000000000000000000000000000000000060448201526064016109fa565b5060045b6125288861439a565b90935091505b6040805146602080830191909152308284015273ffffffffffffffffffffffffffffffffffffffff8916606083015267ffffffffffffffff87166080808401919091528351808403909101815260a0909201909252805191012073ffffffffffffffffffffffffffffffffffffffff87165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016938b0167ffffffffffffffff1693909317909255848352600290529081902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001690921782559198509061262f9060608b01908b0161536e565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000083600181111561267d5761267d614d6e565b021790555061269260808a0160608b0161536e565b815482907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000008360018111156126e1576126e1614d6e565b02179055506126f660a08a0160808b0161588f565b815482907fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000083600281111561274657612746614d6e565b021790555061275860208a018a6152a3565b6001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff929092169190911790556127af60408a0160208b016152a3565b6002820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9290921691909117905561280660c08a0160a08b01615837565b600182810180547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff948516027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a010000000000000000000000000000000000000000000000000000888516021790556002830180547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000093871693909302929092179091558260098111156128f4576128f4614d6e565b036129055761012089013560038201555b5f61290f8a61462a565b905060ff81161561296b576001820180547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f010000000000000000000000000000000000000000000000000000000000000060ff8416021790555b612977898b8787614682565b60ff8116156129e757887fe8206354e55f8d46eabc94cc2b6da8fbef38f00fc962e660241331cf3622cb076129b46101c08d016101a08e01615837565b6129c66101e08e016101c08f01615837565b6040805163ffffffff93841681529290911660208301520160405180910390a25b60018360098111156129fb576129fb614d6e565b03612a45575f897f55b54e75d0fd8319841df483047d3f9ff35109db2fb57503d8ce6ca229a104218c6101200135604051612a3891815260200190565b60405180910390a3612b2d565b6005836009811115612a5957612a59614d6e565b03612ae6576001897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f4612a906101608e018e6155a3565b604051612a9e929190615816565b60405180910390a36002897fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f4612ad86101808e018e6155a3565b604051612a38929190615816565b887f1405ac7de23cdd7ddff401bdd57aacc5b8144f0b304fab40cc55b02a2df4a32a612b166101408d018d6155a3565b604051612b24929190615816565b60405180910390a25b612b388983856140a1565b6001836009811115612b4c57612b4c614d6e565b03612b7757612b5a5f613a77565b8260010160146101000a81548160ff021916908360ff1602179055505b5050505050505050919050565b5f5f612b91846005613ef3565b909250905082612bd15783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b600682015480612c0c5760068301849055612beb82613a77565b8360010160156101000a81548160ff021916908360ff160217905550612ca4565b808403612c7757612c1c82613a77565b6001840180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff811675010000000000000000000000000000000000000000009182900460ff90811694169390931702919091179055612ca4565b8383600701836002811115612c8e57612c8e614d6e565b60ff1660038110612ca157612ca1615576565b01555b5f612caf848461405f565b9050826002811115612cc357612cc3614d6e565b867fc2ac1b21bc631757ee5b2596af8aafbf482bb0e55d1df8b7c0b47e4f34cd023b87604051612cf591815260200190565b60405180910390a360ff8116600714612d1057505050505050565b60018401547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9750100000000000000000000000000000000000000000090910460ff1601612dd65783547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff1677060000000000000000000000000000000000000000000000178455857f0da43ebfb3690e121a8fea5d01fa1cef0e0ced07f0069e689eacfee852839d2e8315612dc65783612dc8565b865b6040519081526020016111eb565b5f612de1855f613e85565b90505f612def866001613e85565b90505f612dfd876002613e85565b90505f828403612e1857612e116002613a77565b9050612e3d565b818403612e2957612e116001613a77565b818303612e3957612e115f613a77565b5060075b87547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770700000000000000000000000000000000000000000000001788556040518a907f2c5984f908fd9c4872712350e74215cdddd77e297b31e91320bfaba5200d357a90612eb49060019085908c90615670565b60405180910390a250505050505050505050565b335f90815260208190526040812081836001811115612ee957612ee9614d6e565b6001811115612efa57612efa614d6e565b815260208101919091526040015f20600181015490915063ffffffff161580612f2f57506001810154640100000000900460ff165b15612f6a5733826040517fe1277c840000000000000000000000000000000000000000000000000000000081526004016109fa9291906158a8565b600181810180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff166401000000001790558290811115612fad57612fad614d6e565b600182015460405163ffffffff909116815233907fd148e216c3c5e4320194f02c43eb88c3bfb8cad18deab69d52fcb4abe9baf5c29060200160405180910390a35050565b5f612ffe866001613d3c565b905061300e86866001600261474c565b6130188484613df5565b81613054578560016040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b600a810180545f9061306f9067ffffffffffffffff166158ce565b825467ffffffffffffffff9182166101009390930a928302919092021990911617905560018101546130c29063ffffffff76010000000000000000000000000000000000000000000090910416426157f6565b600a820180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff166801000000000000000067ffffffffffffffff938416021790556040519086169087907fa7d5627104dbef5c92617b6318b32d4564c742593e3a0904d2d8642747d5758e90610f36908890889088906158fa565b5f5f61314b846003613ef3565b90925090508261318b5783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b5f613196838361405f565b90508160028111156131aa576131aa614d6e565b857f25397e803c6983a70240aa388ce279596ee75b7ebfcf7dd03323bcdcde3ff4cb866040516131dc91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611b3357611b33858460056140a1565b5f61322482613937565b8054909150600160b81b900460ff1661323c8161391a565b1561324a578281603e610f72565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff1642116132db5781546040517f5d1b09f900000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109fa565b5f60048260098111156132f0576132f0614d6e565b146132fc576007613324565b825461332490760100000000000000000000000000000000000000000000900460ff16613a77565b600184015484547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff167708000000000000000000000000000000000000000000000017855560405191925074010000000000000000000000000000000000000000900460ff161982169085907fc17f3c6c1a24540eede71aa42724d75bf76f6815e4f93c4f07cf82a02126f2e1906133bf908690859061591d565b60405180910390a25050505050565b5f5f6133db876004613ef3565b81549193509150760100000000000000000000000000000000000000000000900460ff16600281111561341057613410614d6e565b81600281111561342257613422614d6e565b14613462576040517f126d906a000000000000000000000000000000000000000000000000000000008152600481018890523360248201526044016109fa565b815461348b907501000000000000000000000000000000000000000000900460ff1687876141bc565b81546134b4907501000000000000000000000000000000000000000000900460ff1685856141bc565b6134be828261405f565b505f877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f488886040516134f2929190615816565b60405180910390a3600181600281111561350e5761350e614d6e565b1461351a57600161351d565b60025b600281111561352e5761352e614d6e565b877fb32b64801604fe5886d2b845eb4cc00c5ad78989bf101be83ca9b58517d210f48686604051613560929190615816565b60405180910390a3613574878360056140a1565b50505050505050565b5f61358a85858585614840565b90505b949350505050565b5f6135a184848461422b565b335f908152602081905260408120818660018111156135c2576135c2614d6e565b60018111156135d3576135d3614d6e565b815260208101919091526040015f206001808201549192506135fb9163ffffffff169061593b565b91505f848460405161360e929190615604565b604051908190039020808355600180840180547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001663ffffffff8716179055909150869081111561366157613661614d6e565b3373ffffffffffffffffffffffffffffffffffffffff167fd15fb412ea034f0a98f07bc74fdb8437d17c6091abbda9890c6cd5f704c7d1ef858489896040516136ad94939291906157d1565b60405180910390a350509392505050565b5f6136ca856002613d3c565b905082151560ff8316151514806136e45750600b60ff8316115b15613732576040516321a822d760e01b815260206004820152600660248201527f726561736f6e000000000000000000000000000000000000000000000000000060448201526064016109fa565b61374085856002600361474c565b600a810180545f9061375b9067ffffffffffffffff16615957565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508367ffffffffffffffff16857f9c5ad7ecbbfbce9d9dea3d06b307258d7eeac462796de631a03391ebad4a94a58585604051610c43929190911515825260ff16602082015260400190565b5f5f6137d9846002613ef3565b9092509050826138195783816040517f43587c080000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b8160030181600281111561382f5761382f614d6e565b60ff166003811061384257613842615576565b015461385085833387614840565b1461388b5783816040517f068fbce30000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b5f613896838361405f565b90508160028111156138aa576138aa614d6e565b857f7bb7e52c5245c696dd9e78767a77b535ff9c2f20f69a16b652d7d092fa3741f3866040516138dc91815260200190565b60405180910390a37ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601611b3357611b33858460036140a1565b5f600682600981111561392f5761392f614d6e565b101592915050565b5f818152600260205260408120908154600160b81b900460ff16600981111561396257613962614d6e565b0361399c576040517fe98106f8000000000000000000000000000000000000000000000000000000008152600481018390526024016109fa565b919050565b81545f9073ffffffffffffffffffffffffffffffffffffffff908116908316036139cc57505f610833565b600183015473ffffffffffffffffffffffffffffffffffffffff908116908316036139f957506001610833565b600283015473ffffffffffffffffffffffffffffffffffffffff90811690831603613a2657506002610833565b6040517f126d906a0000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff831660248201526044016109fa565b5f816002811115613a8a57613a8a614d6e565b600160ff919091161b92915050565b835474010000000000000000000000000000000000000000900460ff165f6005836005811115613acb57613acb614d6e565b03613ad857506001613b9b565b6002836005811115613aec57613aec614d6e565b03613b2b576001826001811115613b0557613b05614d6e565b1480613b24575060025b856009811115613b2157613b21614d6e565b10155b9050613b9b565b6003836005811115613b3f57613b3f614d6e565b03613b66575f826001811115613b5757613b57614d6e565b148015613b2457506003613b0f565b6001826001811115613b7a57613b7a614d6e565b148015613b9857506005856009811115613b9657613b96614d6e565b145b90505b80613bda57868286856040517f13faf7070000000000000000000000000000000000000000000000000000000081526004016109fa9493929190615998565b6004836005811115613bee57613bee614d6e565b148015613c2857508554613c1e90760100000000000000000000000000000000000000000000900460ff16613a77565b60ff168460ff1614155b156135745783836040517fe1dbbcf00000000000000000000000000000000000000000000000000000000081526004016109fa929190615659565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260056020526040812090613c928385615714565b9050835b81811015613d3457600881811c905f90613cb1836001615714565b901b905083811115613cc05750825b5f613ccb84836159c8565b90505f8161010014613ce957613ce4600180841b6159c8565b613d0b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5b5f94855260208890526040909420805460ff9096169490941b949094179092559150613c969050565b505050505050565b5f613d4683613937565b905060068154600160b81b900460ff166009811115613d6757613d67614d6e565b14613d815780548390600160b81b900460ff1660066109be565b5f613d8d8483336139a1565b9050826002811115613da157613da1614d6e565b816002811115613db357613db3614d6e565b14613dee5783816040517ffb0f8a140000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b5092915050565b614000811115613e3c576040517f1219c3a50000000000000000000000000000000000000000000000000000000081526004810182905261400060248201526044016109fa565b6018811015613e81576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260186004820152602481018290526044016109fa565b5050565b5f613e8f82613a77565b6001840154750100000000000000000000000000000000000000000090041660ff1615613ec1575060068201546107ac565b82600701826002811115613ed757613ed7614d6e565b60ff1660038110613eea57613eea615576565b01549392505050565b5f5f613efe84613937565b9150826009811115613f1257613f12614d6e565b8254600160b81b900460ff166009811115613f2f57613f2f614d6e565b14613f545781548490600160b81b900460ff168460098111156109be576109be614d6e565b81547801000000000000000000000000000000000000000000000000900467ffffffffffffffff16421115613fe65781546040517f2884542300000000000000000000000000000000000000000000000000000000815260048101869052780100000000000000000000000000000000000000000000000090910467ffffffffffffffff1660248201526044016109fa565b613ff18483336139a1565b9050613ffc81613a77565b60018301547401000000000000000000000000000000000000000090041660ff16156140585783816040517f55fb79120000000000000000000000000000000000000000000000000000000081526004016109fa929190615635565b9250929050565b5f61406982613a77565b8360010160149054906101000a900460ff16179050808360010160146101000a81548160ff021916908360ff16021790555092915050565b60018201545f906140d290760100000000000000000000000000000000000000000000900463ffffffff16426157f6565b8354909150829084907fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16600160b81b83600981111561411457614114614d6e565b0217905550825477ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000067ffffffffffffffff8316021783556001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16905560405184907f2b389a3a93eacb777669724e5174e1042dc44bc50975d83c9de5e4f42d43696f906116cd90859085906159db565b5f808460018111156141d0576141d0614d6e565b146141dd576104906141e0565b60505b9050818114614225576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109fa565b50505050565b5f8084600181111561423f5761423f614d6e565b1461424c576104c061424f565b60205b9050818114614294576040517f064d7c6600000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109fa565b5f8460018111156142a7576142a7614d6e565b1480156142bc57505f6142ba838561574e565b145b1561430a576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016109fa565b600184600181111561431e5761431e614d6e565b14801561434c57505f838361433660206104c06159c8565b614341928290615727565b61434a9161574e565b145b15614225576040516321a822d760e01b815260206004820152600960248201527f7075626c69634b6579000000000000000000000000000000000000000000000060448201526064016109fa565b5f8060016143ae60a085016080860161588f565b60028111156143bf576143bf614d6e565b03614494576143d5610100840160e08501615837565b63ffffffff1615614429576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724b657956657273696f6e000000000000000000000000000000000060448201526064016109fa565b61443b6101c084016101a08501615837565b63ffffffff161561448f576040516321a822d760e01b815260206004820152600f60248201527f6d696e65724f6e6554696d654b6579000000000000000000000000000000000060448201526064016109fa565b6144e1565b6144de60016144a660208601866152a3565b6144b6608087016060880161536e565b6144c7610100880160e08901615837565b6144d96101c089016101a08a01615837565b6148e7565b91505b60026144f360a085016080860161588f565b600281111561450457614504614d6e565b036145da5761451b61012084016101008501615837565b63ffffffff161561456f576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654b657956657273696f6e0000000000000000000000000000000060448201526064016109fa565b6145816101e084016101c08501615837565b63ffffffff16156145d5576040516321a822d760e01b815260206004820152601060248201527f6f7261636c654f6e6554696d654b65790000000000000000000000000000000060448201526064016109fa565b915091565b61462360026145ef60408601602087016152a3565b6145ff608087016060880161536e565b61461161012088016101008901615837565b6144d96101e089016101c08a01615837565b9050915091565b5f61463d6101c083016101a08401615837565b63ffffffff1615614655576146526001613a77565b90505b6146676101e083016101c08401615837565b63ffffffff161561399c5761467c6002613a77565b17919050565b61468f60208401846152a3565b73ffffffffffffffffffffffffffffffffffffffff1633857fda7069bfde03a8091224a8f0f131172b272fa8b16b7b3be1a3266ca11b8420506146d860408801602089016152a3565b6146e86060890160408a0161536e565b6146f860808a0160608b0161536e565b61470860a08b0160808c0161588f565b61471860e08c0160c08d01615850565b61472860c08d0160a08e01615837565b8b8b60405161473e989796959493929190615a00565b60405180910390a450505050565b5f84815260036020818152604080842067ffffffffffffffff881685529091529091205460ff1690839081111561478557614785614d6e565b81600381111561479757614797614d6e565b146147d4578484826040517f26ecc1c70000000000000000000000000000000000000000000000000000000081526004016109fa93929190615a81565b5f85815260036020818152604080842067ffffffffffffffff89168552909152909120805484927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0090911690600190849081111561483457614834614d6e565b02179055505050505050565b5f7f458a34477ea5e4cdf9b7aadb8351ed4b3c3676dd8ef6e521bc36bb572b4da36746308787600281111561487757614877614d6e565b60408051602081019690965285019390935273ffffffffffffffffffffffffffffffffffffffff9182166060850152608084015260ff90911660a0830152841660c082015260e0810183905261010001604051602081830303815290604052805190602001209050949350505050565b5f63ffffffff8216156149d8575f84600181111561490757614907614d6e565b036149ce5763ffffffff8316156149bd57600186600281111561492c5761492c614d6e565b1461496c576040518060400160405280601081526020017f6f7261636c654b657956657273696f6e000000000000000000000000000000008152506149a3565b6040518060400160405280600f81526020017f6d696e65724b657956657273696f6e00000000000000000000000000000000008152505b6040516321a822d760e01b81526004016109fa9190615aa5565b6149c785836149ef565b505f6149e6565b6149d885836149ef565b6149e3858585614b3b565b90505b95945050505050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260056020908152604080832062ffffff600886901c1680855292819052908320549092600160ff86161b91908183169003614b215773ffffffffffffffffffffffffffffffffffffffff86165f9081526004602052604090205463ffffffff9081169086161115614acb576040517ffb06ea7a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015263ffffffff861660248201526044016109fa565b6040517fb9e34add00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015263ffffffff861660248201526044016109fa565b5f9283526020939093526040909120901990911690555050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260408120819081856001811115614b7457614b74614d6e565b6001811115614b8557614b85614d6e565b815260208101919091526040015f20600181015463ffffffff1692509050811580614bbc57506001810154640100000000900460ff165b15614bf75784846040517f19f828940000000000000000000000000000000000000000000000000000000081526004016109fa9291906158a8565b8263ffffffff168263ffffffff161461097557848484846040517f756605e60000000000000000000000000000000000000000000000000000000081526004016109fa9493929190615ab7565b60408051610220810182525f8082526020820181905291810182905290606082019081526020015f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a082015260c001614ca7614cce565b8152602001614cb4614cce565b81525f602082018190526040820181905260609091015290565b60405180606001604052806003906020820280368337509192915050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461399c575f5ffd5b803567ffffffffffffffff8116811461399c575f5ffd5b5f5f60408385031215614d37575f5ffd5b614d4083614cec565b9150614d4e60208401614d0f565b90509250929050565b5f60208284031215614d67575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600a8110614dab57614dab614d6e565b9052565b602081016107ac8284614d9b565b8035801515811461399c575f5ffd5b5f5f5f60408486031215614dde575f5ffd5b833567ffffffffffffffff811115614df4575f5ffd5b8401601f81018613614e04575f5ffd5b803567ffffffffffffffff811115614e1a575f5ffd5b8660208260051b8401011115614e2e575f5ffd5b602091820194509250614e42908501614dbd565b90509250925092565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614f25577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc087860301845281518051151586526020810151905060406020870152614f0f6040870182614e4b565b9550506020938401939190910190600101614ebd565b50929695505050505050565b5f5f60408385031215614f42575f5ffd5b50508035926020909101359150565b803560ff8116811461399c575f5ffd5b5f5f5f60608486031215614f73575f5ffd5b83359250614f8360208501614f51565b9150604084013560068110614f96575f5ffd5b809150509250925092565b5f5f83601f840112614fb1575f5ffd5b50813567ffffffffffffffff811115614fc8575f5ffd5b602083019150836020828501011115614058575f5ffd5b5f5f60208385031215614ff0575f5ffd5b823567ffffffffffffffff811115615006575f5ffd5b61501285828601614fa1565b90969095509350505050565b5f5f5f5f60608587031215615031575f5ffd5b8435935061504160208601614d0f565b9250604085013567ffffffffffffffff81111561505c575f5ffd5b61506887828801614fa1565b95989497509550505050565b6002811061508457615084614d6e565b50565b614dab81615074565b60038110614dab57614dab614d6e565b805f5b60038110156142255781518452602093840193909101906001016150a3565b815173ffffffffffffffffffffffffffffffffffffffff1681526102a081016020830151615108602084018273ffffffffffffffffffffffffffffffffffffffff169052565b506040830151615130604084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060608301516151436060840182615087565b5060808301516151566080840182615087565b5060a083015161516960a0840182615090565b5060c083015161517c60c0840182614d9b565b5060e083015161519860e084018267ffffffffffffffff169052565b506101008301516151b261010084018263ffffffff169052565b506101208301516151c961012084018260ff169052565b506101408301516151e361014084018263ffffffff169052565b506101608301516151fd61016084018263ffffffff169052565b506101808301516152126101808401826150a0565b506101a08301516152276101e08401826150a0565b506101c083015167ffffffffffffffff9081166102408401526101e08401518116610260840152610200840151908116610280840152613dee565b60028110615084575f5ffd5b5f5f6040838503121561527f575f5ffd5b61528883614cec565b9150602083013561529881615262565b809150509250929050565b5f602082840312156152b3575f5ffd5b6107a982614cec565b803563ffffffff8116811461399c575f5ffd5b5f5f604083850312156152e0575f5ffd5b6152e983614cec565b9150614d4e602084016152bc565b5f60208284031215615307575f5ffd5b813567ffffffffffffffff81111561531d575f5ffd5b82016101e08185031215610833575f5ffd5b5f5f60408385031215615340575f5ffd5b82359150614d4e60208401614d0f565b60048110614dab57614dab614d6e565b602081016107ac8284615350565b5f6020828403121561537e575f5ffd5b813561083381615262565b5f5f5f5f5f6080868803121561539d575f5ffd5b853594506153ad60208701614d0f565b9350604086013567ffffffffffffffff8111156153c8575f5ffd5b6153d488828901614fa1565b96999598509660600135949350505050565b5f5f5f5f5f606086880312156153fa575f5ffd5b85359450602086013567ffffffffffffffff811115615417575f5ffd5b61542388828901614fa1565b909550935050604086013567ffffffffffffffff811115615442575f5ffd5b61544e88828901614fa1565b969995985093965092949392505050565b80356003811061399c575f5ffd5b5f5f5f5f60808587031215615480575f5ffd5b843593506154906020860161545f565b925061549e60408601614cec565b9396929550929360600135925050565b5f5f5f604084860312156154c0575f5ffd5b83356154cb81615262565b9250602084013567ffffffffffffffff8111156154e6575f5ffd5b6154f286828701614fa1565b9497909650939450505050565b5f5f5f5f60808587031215615512575f5ffd5b8435935061552260208601614d0f565b925061553060408601614dbd565b915061553e60608601614f51565b905092959194509250565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126155d6575f5ffd5b83018035915067ffffffffffffffff8211156155f0575f5ffd5b602001915036819003821315614058575f5ffd5b818382375f9101908152919050565b838152606081016156276020830185614d9b565b826040830152949350505050565b828152604081016108336020830184615090565b60068110614dab57614dab614d6e565b60ff83168152604081016108336020830184615649565b6060810161567e8286615649565b60ff8416602083015261358d6040830184615090565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f826156fc576156fc615694565b500490565b5f8261570f5761570f615694565b500690565b808201808211156107ac576107ac6156c1565b5f5f85851115615735575f5ffd5b83861115615741575f5ffd5b5050820193919092039150565b803560208310156107ac577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b63ffffffff85168152836020820152606060408201525f6149e360608301848661578a565b67ffffffffffffffff81811683821601908111156107ac576107ac6156c1565b602081525f61358d60208301848661578a565b602081016107ac8284615090565b5f60208284031215615847575f5ffd5b6107a9826152bc565b5f60208284031215615860575f5ffd5b6107a982614d0f565b6040810161587684615074565b83825261588283615074565b8260208301529392505050565b5f6020828403121561589f575f5ffd5b6107a98261545f565b73ffffffffffffffffffffffffffffffffffffffff831681526040810161588283615074565b5f67ffffffffffffffff821667ffffffffffffffff81036158f1576158f16156c1565b60010192915050565b604081525f61590d60408301858761578a565b9050826020830152949350505050565b6040810161592b8285614d9b565b60ff831660208301529392505050565b63ffffffff81811683821601908111156107ac576107ac6156c1565b5f67ffffffffffffffff821680615970576159706156c1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b848152608081016159a885615074565b8460208301526159bb6040830185614d9b565b6149e66060830184615649565b818103818111156107ac576107ac6156c1565b604081016159e98285614d9b565b67ffffffffffffffff831660208301529392505050565b73ffffffffffffffffffffffffffffffffffffffff891681526101008101615a2789615074565b886020830152615a3688615074565b876040830152615a496060830188615090565b67ffffffffffffffff95909516608082015263ffffffff93841660a082015291831660c083015290911660e090910152949350505050565b83815267ffffffffffffffff831660208201526060810161358d6040830184615350565b602081525f6107a96020830184614e4b565b73ffffffffffffffffffffffffffffffffffffffff8516815260808101615add85615074565b602082019490945263ffffffff9283166040820152911660609091015291905056fea164736f6c634300081e000a",
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
// the contract method with ID 0x7adea35e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) PackIsOneTimeKeyAvailable(account common.Address, key uint32) []byte {
	enc, err := sessionKeystore.abi.Pack("isOneTimeKeyAvailable", account, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOneTimeKeyAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7adea35e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) TryPackIsOneTimeKeyAvailable(account common.Address, key uint32) ([]byte, error) {
	return sessionKeystore.abi.Pack("isOneTimeKeyAvailable", account, key)
}

// UnpackIsOneTimeKeyAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7adea35e.
//
// Solidity: function isOneTimeKeyAvailable(address account, uint32 key) view returns(bool)
func (sessionKeystore *SessionKeystore) UnpackIsOneTimeKeyAvailable(data []byte) (bool, error) {
	out, err := sessionKeystore.abi.Unpack("isOneTimeKeyAvailable", data)
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
// the contract method with ID 0x723016ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oneTimeBatchHash(address account, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) PackOneTimeBatchHash(account common.Address, firstKey uint32) []byte {
	enc, err := sessionKeystore.abi.Pack("oneTimeBatchHash", account, firstKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOneTimeBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x723016ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oneTimeBatchHash(address account, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) TryPackOneTimeBatchHash(account common.Address, firstKey uint32) ([]byte, error) {
	return sessionKeystore.abi.Pack("oneTimeBatchHash", account, firstKey)
}

// UnpackOneTimeBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x723016ca.
//
// Solidity: function oneTimeBatchHash(address account, uint32 firstKey) view returns(bytes32)
func (sessionKeystore *SessionKeystore) UnpackOneTimeBatchHash(data []byte) ([32]byte, error) {
	out, err := sessionKeystore.abi.Unpack("oneTimeBatchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOneTimeKeyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e217b30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oneTimeKeyCount(address account) view returns(uint32)
func (sessionKeystore *SessionKeystore) PackOneTimeKeyCount(account common.Address) []byte {
	enc, err := sessionKeystore.abi.Pack("oneTimeKeyCount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOneTimeKeyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e217b30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oneTimeKeyCount(address account) view returns(uint32)
func (sessionKeystore *SessionKeystore) TryPackOneTimeKeyCount(account common.Address) ([]byte, error) {
	return sessionKeystore.abi.Pack("oneTimeKeyCount", account)
}

// UnpackOneTimeKeyCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e217b30.
//
// Solidity: function oneTimeKeyCount(address account) view returns(uint32)
func (sessionKeystore *SessionKeystore) UnpackOneTimeKeyCount(data []byte) (uint32, error) {
	out, err := sessionKeystore.abi.Unpack("oneTimeKeyCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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
// the contract method with ID 0x3581b171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishOneTimeKeys(bytes keys) returns(uint32 firstKey)
func (sessionKeystore *SessionKeystore) PackPublishOneTimeKeys(keys []byte) []byte {
	enc, err := sessionKeystore.abi.Pack("publishOneTimeKeys", keys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishOneTimeKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3581b171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishOneTimeKeys(bytes keys) returns(uint32 firstKey)
func (sessionKeystore *SessionKeystore) TryPackPublishOneTimeKeys(keys []byte) ([]byte, error) {
	return sessionKeystore.abi.Pack("publishOneTimeKeys", keys)
}

// UnpackPublishOneTimeKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3581b171.
//
// Solidity: function publishOneTimeKeys(bytes keys) returns(uint32 firstKey)
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
// Solidity: event OneTimeKeysPublished(address indexed account, uint32 firstKey, bytes32 batchHash, bytes keys)
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
