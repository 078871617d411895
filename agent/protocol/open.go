package protocol

import (
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// OpenRequest is what the user decides before opening a session.
type OpenRequest struct {
	// Params with ID = skcrypto.SessionID(chain, contract, user, Nonce).
	Params       session.Params
	Nonce        uint64
	PhaseTimeout uint32
	// Method 2: the miner's and oracle's current registered keys of the
	// suite and their versions (as the contract will record them).
	RegisteredKeys [3][]byte
	KeyVersions    [3]uint32
	// OneTimeKeys names, per recipient, a published one-time key the open
	// consumes (0: none) from its pool of the session's suite, and
	// OneTimePublic its bytes (docs/PROTOCOL.md §6.4): a one-time key
	// replaces the registered key, which (with its version) may then be
	// left out.
	OneTimeKeys   [3]uint32
	OneTimePublic [3][]byte
}

// recipientKeys returns the key each recipient's wrap is sealed to and the
// registered key versions the contract records, refusing an unusable key
// before anything is sent: a low-order one-time key, a registered key that
// fails its check, or a missing one.
func (req *OpenRequest) recipientKeys() (keys [3][]byte, versions [3]uint32, err error) {
	p := &req.Params
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if r == p.Coordinator {
			if req.OneTimeKeys[r] != 0 {
				return keys, versions, fmt.Errorf("protocol: a one-time key for the coordinating %v", r)
			}
			continue
		}
		if n := req.OneTimeKeys[r]; n != 0 {
			if err := skcrypto.CheckOneTimeKey(p.Suite, req.OneTimePublic[r]); err != nil {
				return keys, versions, fmt.Errorf("protocol: the %v's one-time key %d is unusable: %w", r, n, err)
			}
			keys[r] = append([]byte(nil), req.OneTimePublic[r]...)
			continue
		}
		if err := skcrypto.CheckRecipientPublicKey(p.Suite, req.RegisteredKeys[r]); err != nil || req.KeyVersions[r] == 0 {
			return keys, versions, fmt.Errorf("protocol: the %v's registered key is unusable: %v", r, err)
		}
		versions[r] = req.KeyVersions[r]
		keys[r] = append([]byte(nil), req.RegisteredKeys[r]...)
	}
	return keys, versions, nil
}

// Open starts a session as the user: it draws the user's material and
// returns the machine, which then waits for the matching SessionOpened,
// and the actions Persist (the secret) then Send (the open call).
func Open(cfg Config, req OpenRequest) (*Machine, []Action, error) {
	if cfg.Role != session.User {
		return nil, nil, fmt.Errorf("protocol: only the user opens a session, not the %v", cfg.Role)
	}
	p := req.Params
	if err := p.Check(); err != nil {
		return nil, nil, err
	}
	if p.User != cfg.Account {
		return nil, nil, fmt.Errorf("protocol: opening as %v with account %v", p.User, cfg.Account)
	}
	if skcrypto.SessionID(p.ChainID, p.Contract, p.User, req.Nonce) != p.ID {
		return nil, nil, fmt.Errorf("protocol: session id %v is not the one for nonce %d", p.ID, req.Nonce)
	}
	m, err := New(cfg, nil)
	if err != nil {
		return nil, nil, err
	}
	m.params, m.nonce, m.phaseTimeout = p, req.Nonce, req.PhaseTimeout
	call := OpenCall{ID: p.ID, Miner: p.Miner, Oracle: p.Oracle, Method: p.Method, Suite: p.Suite,
		Coordinator: p.Coordinator, PhaseTimeout: req.PhaseTimeout, Nonce: req.Nonce}
	var keys [3][]byte
	var versions [3]uint32
	if p.Method == session.Coordinator {
		// Pinned: the contract refuses the open if a recipient rotated since.
		if keys, versions, err = req.recipientKeys(); err != nil {
			return nil, nil, err
		}
		call.MinerKeyVersion, call.OracleKeyVersion = versions[session.Miner], versions[session.Oracle]
		call.MinerOneTimeKey, call.OracleOneTimeKey = req.OneTimeKeys[session.Miner], req.OneTimeKeys[session.Oracle]
	} else if req.OneTimeKeys != [3]uint32{} {
		return nil, nil, fmt.Errorf("protocol: one-time keys in a %v session", p.Method)
	}
	var acts []Action
	switch {
	case p.Method == session.Combined:
		persist, err := m.ensureEphemeral()
		if err != nil {
			return nil, nil, err
		}
		acts = persist
		call.Commitment = m.ownCommitment()
	case p.Coordinator == session.User:
		m.keys, m.versions = keys, versions
		persist, err := m.ensureSecret()
		if err != nil {
			return nil, nil, err
		}
		acts = persist
		w, err := m.makeWraps()
		if err != nil {
			return nil, nil, err
		}
		call.WrapMiner, call.WrapOracle = w[0], w[1]
		// The open is the whole transcript: K, and so the user's
		// attestation, are known now, and the attestation rides in the
		// open's transaction (docs/PROTOCOL.md §6.1). The machine derives
		// K again from the events and checks its attestation on chain.
		t := m.transcript()
		t.Wraps[session.Miner], t.Wraps[session.Oracle] = w[0], w[1]
		k, err := skcrypto.DeriveSessionKey(p.ID, m.secret, t.Hash())
		if err != nil {
			return nil, nil, err
		}
		call.Attestation = k.Attestation()
		k.Zero()
	default:
		// The other recipient's key was checked (recipientKeys) as when the
		// user coordinates: an unusable one makes the session fail after
		// the open has spent its gas (docs/PROTOCOL.md §6.2).
		k, err := skcrypto.GenerateRecipientKey(p.Suite, cfg.Rand)
		if err != nil {
			return nil, nil, err
		}
		priv, err := k.Bytes()
		if err != nil {
			return nil, nil, err
		}
		m.userKey = k
		m.versions = versions
		acts = []Action{Persist{Name: SecretRecipientKey, Value: priv}}
		call.UserKey = k.PublicKey()
	}
	m.expected = &call
	m.issued[StepOpen] = true
	return m, append(acts, Send{Call: call}), nil
}

// OpenCall returns the user's open call while SessionOpened has not been
// seen, so the runtime can resend it; nil otherwise.
func (m *Machine) OpenCall() *OpenCall {
	if m.state != AwaitingOpened || m.expected == nil {
		return nil
	}
	c := *m.expected
	return &c
}

// Reopen returns a machine for the user's own open that a reorganisation
// removed from the chain: the same parameters and open call, with the
// secrets as stored (those the open committed to), waiting for
// SessionOpened again. The runtime sends OpenCall again. It fails for a
// machine that did not open its session itself.
func (m *Machine) Reopen(secrets Secrets) (*Machine, error) {
	if m.cfg.Role != session.User || m.expected == nil {
		return nil, fmt.Errorf("protocol: session %v was not opened by this machine", m.params.ID)
	}
	n, err := New(m.cfg, secrets)
	if err != nil {
		return nil, err
	}
	if m.params.Method == session.Combined && n.eph == nil ||
		m.params.Method == session.Coordinator && m.params.Coordinator == session.User && n.secret == nil ||
		m.params.Method == session.Coordinator && m.params.Coordinator != session.User && n.restoredRecipient == nil {
		return nil, fmt.Errorf("protocol: session %v: the secret its open committed to is not stored", m.params.ID)
	}
	call := *m.expected
	n.params, n.nonce, n.phaseTimeout, n.versions = m.params, call.Nonce, call.PhaseTimeout, m.versions
	// The recipients' keys are the open's; the user's per-session key,
	// which the old machine learnt from UserKeyPublished, comes again
	// with the logs.
	n.keys = m.keys
	n.keys[session.User] = nil
	n.expected = &call
	n.issued[StepOpen] = true
	return n, nil
}
