package wire

import (
	"bytes"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// Pack returns the calldata of a protocol call.
func Pack(c protocol.Call) ([]byte, error) {
	a := bindings.NewSessionKeystore()
	switch c := c.(type) {
	case protocol.OpenCall:
		open, err := a.TryPackOpen(bindings.ISessionKeystoreOpenParams{
			Miner: c.Miner, Oracle: c.Oracle, Method: uint8(c.Method), Suite: uint8(c.Suite),
			Coordinator: uint8(c.Coordinator), PhaseTimeout: c.PhaseTimeout, Nonce: c.Nonce,
			MinerKeyVersion: c.MinerKeyVersion, OracleKeyVersion: c.OracleKeyVersion,
			MinerOneTimeKey: c.MinerOneTimeKey, OracleOneTimeKey: c.OracleOneTimeKey,
			Commitment: c.Commitment, UserKey: nonNil(c.UserKey), WrapMiner: nonNil(c.WrapMiner), WrapOracle: nonNil(c.WrapOracle),
		})
		if err != nil || c.Attestation == ([32]byte{}) {
			return open, err
		}
		// The user's attestation rides in the open's transaction: one
		// multicall, all or nothing.
		attest, err := a.TryPackAttest(c.ID, c.Attestation)
		if err != nil {
			return nil, err
		}
		return PackMulticall([][]byte{open, attest}, false)
	case protocol.JoinCall:
		return a.TryPackJoin(c.ID, c.Commitment)
	case protocol.RevealCall:
		return a.TryPackReveal(c.ID, c.Key)
	case protocol.PartialCall:
		return a.TryPackPublishPartial(c.ID, c.Partial)
	case protocol.DistributeCall:
		return a.TryPackDistribute(c.ID, c.WrapUser, c.WrapOther)
	case protocol.AttestCall:
		return a.TryPackAttest(c.ID, c.Attestation)
	case protocol.AbortCall:
		return a.TryPackAbort(c.ID, uint8(c.Accused), uint8(c.Fault))
	case protocol.RequestCall:
		return a.TryPackRequest(c.ID, c.Seq, nonNil(c.Ciphertext))
	case protocol.RespondCall:
		return a.TryPackRespond(c.ID, c.Seq, nonNil(c.Ciphertext), c.Commitment)
	case protocol.JudgeCall:
		return a.TryPackJudge(c.ID, c.Seq, c.Valid, c.Reason)
	case protocol.CloseCall:
		return a.TryPackClose(c.ID)
	case protocol.ExpireCall:
		return a.TryPackExpire(c.ID)
	case protocol.DiscloseCall:
		return a.TryPackDisclose(c.ID, c.Secret)
	case protocol.RequestStreamCall:
		return a.TryPackRequestStream(c.ID, c.Seq, c.PromptHash, c.PromptSize)
	case protocol.RespondStreamCall:
		return a.TryPackRespondStream(c.ID, c.Seq, c.AnswerHash, c.AnswerSize, c.Commitment)
	case protocol.AnnounceEndpointCall:
		return a.TryPackAnnounceEndpoint(c.URL)
	case protocol.DiscloseOneTimeCall:
		return a.TryPackDiscloseOneTimeKey(c.ID, nonNil(c.Secret))
	}
	return nil, fmt.Errorf("wire: cannot pack %T", c)
}

// OpenCalldata returns the open call in a transaction's calldata: the
// calldata itself, or the first call of a multicall (a user coordinating
// Method 2 sends its attestation in its open's transaction,
// docs/PROTOCOL.md §6.1); nil when there is none.
func OpenCalldata(data []byte) []byte {
	abi := bindings.NewSessionKeystore().GetABI()
	open, multicall := abi.Methods["open"], abi.Methods["multicall"]
	if len(data) < 4 {
		return nil
	}
	if bytes.Equal(data[:4], open.ID) {
		return data
	}
	if !bytes.Equal(data[:4], multicall.ID) {
		return nil
	}
	args, err := multicall.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return nil
	}
	if calls, ok := args[0].([][]byte); ok && len(calls) > 0 && len(calls[0]) >= 4 && bytes.Equal(calls[0][:4], open.ID) {
		return calls[0]
	}
	return nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// PackMulticall batches calldata for one transaction.
func PackMulticall(calls [][]byte, allowFailure bool) ([]byte, error) {
	return bindings.NewSessionKeystore().TryPackMulticall(calls, allowFailure)
}

// PackRegisterKey returns the calldata of registerKey.
func PackRegisterKey(s session.Suite, publicKey []byte) ([]byte, error) {
	return bindings.NewSessionKeystore().TryPackRegisterKey(uint8(s), publicKey)
}

// PackRevokeKey returns the calldata of revokeKey.
func PackRevokeKey(s session.Suite) ([]byte, error) {
	return bindings.NewSessionKeystore().TryPackRevokeKey(uint8(s))
}

// PackPublishOneTimeKeys packs publishOneTimeKeys(s, keys), the
// publication of a batch of 1 to MaxOneTimeBatch one-time keys of suite s
// (docs/PROTOCOL.md §6.4): for Suite X25519 the 32-byte keys' concatenation;
// for Suite Hybrid the 1,216-byte keys must share their ML-KEM-768
// encapsulation key (their first 1,184 bytes), which is sent once, followed
// by each key's X25519 part.
func PackPublishOneTimeKeys(s session.Suite, keys [][]byte) ([]byte, error) {
	if len(keys) == 0 || len(keys) > MaxOneTimeBatch {
		return nil, fmt.Errorf("wire: a batch of %d %v one-time keys, want 1 to %d", len(keys), s, MaxOneTimeBatch)
	}
	size, shared := skcrypto.KeyLength(s), sharedLength(s)
	b := make([]byte, 0, shared+skcrypto.X25519KeySize*len(keys))
	for i, k := range keys {
		if len(k) != size {
			return nil, fmt.Errorf("wire: %v one-time key %d of %d bytes, want %d", s, i, len(k), size)
		}
		if i == 0 {
			b = append(b, k[:shared]...)
		} else if !bytes.Equal(k[:shared], b[:shared]) {
			return nil, fmt.Errorf("wire: hybrid one-time key %d has another ML-KEM-768 key than the batch's", i)
		}
		b = append(b, k[shared:]...)
	}
	return bindings.NewSessionKeystore().TryPackPublishOneTimeKeys(uint8(s), b)
}

// sharedLength is how many leading bytes the keys of a batch of suite s
// share, published once: a hybrid batch's ML-KEM-768 encapsulation key.
func sharedLength(s session.Suite) int {
	if s == session.Hybrid {
		return skcrypto.MLKEMEncapsulationKeySize
	}
	return 0
}
