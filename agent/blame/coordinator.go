package blame

import (
	"bytes"
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// fillRecipientKeys reads the registry's events (registered keys and
// one-time key batches) and sets each recipient's key as its wrap was
// sealed to it.
func fillRecipientKeys(ctx context.Context, r Reader, dec *wire.Decoder, contract common.Address, fromBlock uint64, e *Evidence) error {
	abi := bindings.NewSessionKeystore().GetABI()
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{contract},
		Topics: [][]common.Hash{{abi.Events["KeyRegistered"].ID, abi.Events["OneTimeKeysPublished"].ID}},
	})
	if err != nil {
		return err
	}
	reg := wire.NewRegistry()
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		switch ev, _ := dec.Decode(&logs[i]); ev := ev.(type) {
		case wire.KeyRegistered:
			reg.Add(ev)
		case wire.OneTimeKeysPublished:
			reg.AddOneTime(ev)
		}
	}
	p := e.Params
	for _, x := range []session.Role{session.Miner, session.Oracle} {
		if x == p.Coordinator {
			continue
		}
		e.RecipientKeys[x], _ = reg.Key(p.Account(x), p.Suite, e.KeyVersions[x])
		if n := e.OneTimeKeys[x]; n != 0 {
			// The one-time key of the session's suite replaces the
			// registered key.
			e.RecipientKeys[x], _ = reg.OneTimeKey(p.Account(x), p.Suite, n)
		}
	}
	return nil
}

// assessCoordinator checks a failed Method 2 session (docs/PROTOCOL.md
// §6.4): each disclosed recipient secret (an X25519 scalar, or a hybrid
// key's seed) must be its key's;
// it opens that recipient's wrap, which gives the secret the coordinator
// sent it, so the key and attestation that recipient should have posted;
// two opened wraps with different secrets prove the coordinator
// equivocated; a coordinator whose attestation is not the key of a wrap it
// sent lied; an InvalidWrap accusation is judged by the wrap.
func assessCoordinator(e *Evidence, r *Report) {
	p := e.Params
	c := p.Coordinator
	var recipients session.RoleSet
	for _, x := range session.Roles {
		if x == c {
			continue
		}
		recipients |= x.Bit()
		if x == session.User || e.OneTimeKeys[x] != 0 {
			r.Pending |= x.Bit() // holds a one-time scalar it can disclose
		}
	}
	r.Pending &^= e.Disclosed
	keys := [3][]byte{session.User: e.UserKey, session.Miner: e.RecipientKeys[session.Miner], session.Oracle: e.RecipientKeys[session.Oracle]}
	if c != session.User {
		keys[c] = nil
	}
	tr := skcrypto.CoordinatorTranscript{Params: p, Keys: keys, KeyVersions: e.KeyVersions, Wraps: e.Wraps}
	pre, th := tr.PrewrapHash(), tr.Hash()
	a := assessor{e: e, r: r}
	var secrets [3][]byte
	var expected [3]*[32]byte
	for _, x := range session.Roles {
		if !recipients.Has(x) {
			continue
		}
		if !e.Disclosed.Has(x) {
			a.add(x, CheckDisclosure, Unknown, "did not disclose its one-time key")
			continue
		}
		// The secret must rebuild the very key the wrap was sealed to: a
		// hybrid one-time key's disclosure (its batch's ML-KEM-768 seed and
		// its X25519 scalar) derives ek || x, compared whole.
		k, err := skcrypto.ParseRecipientKey(p.Suite, e.Secrets[x])
		if err != nil || !bytes.Equal(k.PublicKey(), keys[x]) {
			a.add(x, CheckDisclosure, Lied, "disclosed a secret that is not the key its wrap was sealed to")
			continue
		}
		a.add(x, CheckDisclosure, Honest, "disclosed the secret of its one-time key")
		if !e.Wrapped.Has(x) {
			continue
		}
		s, err := k.Unwrap(skcrypto.WrapInfo(pre, x), e.Wraps[x])
		if err != nil {
			a.add(c, CheckWrap, Lied, "its wrap for the %v does not open with the %v's disclosed key", x, x)
			continue
		}
		a.add(c, CheckWrap, Honest, "its wrap for the %v opens", x)
		key, err := skcrypto.DeriveSessionKey(p.ID, s, th)
		if err != nil {
			continue
		}
		att := key.Attestation()
		key.Zero()
		secrets[x], expected[x] = s, &att
	}
	var opened []session.Role
	for _, x := range session.Roles {
		if secrets[x] != nil {
			opened = append(opened, x)
		}
	}
	if len(opened) == 2 && !bytes.Equal(secrets[opened[0]], secrets[opened[1]]) {
		a.add(c, CheckWrap, Lied, "wrapped different secrets to the %v and the %v: it equivocated", opened[0], opened[1])
	}
	// Each recipient whose wrap opened should have attested that wrap's key;
	// the coordinator the key of every wrap it sent.
	for _, x := range opened {
		if e.Attested.Has(x) {
			if e.Attestations[x] == *expected[x] {
				a.add(x, CheckAttestation, Honest, "attested the key of its wrap")
			} else {
				a.add(x, CheckAttestation, Lied, "attested a key other than its wrap's")
			}
		}
		if e.Attested.Has(c) && e.Attestations[c] != *expected[x] {
			a.add(c, CheckAttestation, Lied, "attested a key other than the one its wrap to the %v carries", x)
		}
	}
	if e.Fault == session.InvalidWrap && recipients.Has(e.Reporter) && e.Disclosed.Has(e.Reporter) {
		if secrets[e.Reporter] != nil {
			a.add(e.Reporter, CheckAccusation, Lied, "accused the coordinator of an invalid wrap, but its wrap opens")
		} else {
			a.add(e.Reporter, CheckAccusation, Honest, "its wrap does not open: the accusation holds")
		}
	}
	for _, s := range secrets {
		clear(s)
	}
}
