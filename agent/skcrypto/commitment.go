package skcrypto

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// CommitmentDomain is keccak256("sessionkeystore/v1/commitment"), the
// contract's COMMITMENT_DOMAIN.
var CommitmentDomain = [32]byte(crypto.Keccak256([]byte(LabelCommitment)))

// Commitment returns the Method 1 commitment the contract checks a reveal
// against:
//
//	keccak256(abi.encode(COMMITMENT_DOMAIN, chainId, contract, sessionId, role, account, ephemeralKey))
//
// that is keccak256 over seven 32-byte words. Binding the role and the
// account stops a party copying another's commitment; binding the chain,
// contract and session stops replay from anywhere else. The ephemeral key is
// fresh and uniformly random, so it needs no blinding nonce.
func Commitment(chainID uint64, contract common.Address, id session.ID, role session.Role, account common.Address, ephemeralKey [32]byte) [32]byte {
	var buf [7 * 32]byte
	copy(buf[0:32], CommitmentDomain[:])
	new(big.Int).SetUint64(chainID).FillBytes(buf[32:64])
	copy(buf[64+12:96], contract[:])
	copy(buf[96:128], id[:])
	buf[159] = byte(role)
	copy(buf[160+12:192], account[:])
	copy(buf[192:224], ephemeralKey[:])
	return [32]byte(crypto.Keccak256(buf[:]))
}

// SessionID returns the id the contract derives for a user's nonce:
// keccak256(abi.encode(chainId, contract, user, nonce)).
func SessionID(chainID uint64, contract common.Address, user common.Address, nonce uint64) session.ID {
	var buf [4 * 32]byte
	new(big.Int).SetUint64(chainID).FillBytes(buf[0:32])
	copy(buf[32+12:64], contract[:])
	copy(buf[64+12:96], user[:])
	new(big.Int).SetUint64(nonce).FillBytes(buf[96:128])
	return session.ID(crypto.Keccak256(buf[:]))
}
