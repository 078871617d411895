package protocol

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// readFull reads randomness, naming the failure.
func readFull(r io.Reader, b []byte) (int, error) {
	n, err := io.ReadFull(r, b)
	if err != nil {
		return n, fmt.Errorf("protocol: reading randomness: %w", err)
	}
	return n, nil
}

func (m *Machine) transcript() *skcrypto.CoordinatorTranscript {
	return &skcrypto.CoordinatorTranscript{Params: m.params, Keys: m.keys, KeyVersions: m.versions, Wraps: m.wraps}
}

// recipientsOf returns the two non-coordinator roles, in role order.
func recipientsOf(c session.Role) [2]session.Role {
	var out [2]session.Role
	i := 0
	for _, r := range session.Roles {
		if r != c {
			out[i] = r
			i++
		}
	}
	return out
}

// badKey is a wrapping error naming the recipient whose key failed.
type badKey struct {
	role session.Role
	err  error
}

func (b badKey) Error() string { return b.err.Error() }
func (b badKey) Unwrap() error { return b.err }

// makeWraps seals the coordinator secret to both recipients.
func (m *Machine) makeWraps() ([2][]byte, error) {
	t := m.transcript()
	pre := t.PrewrapHash()
	var out [2][]byte
	for i, r := range recipientsOf(m.params.Coordinator) {
		w, err := skcrypto.Wrap(m.params.Suite, m.keys[r], skcrypto.WrapInfo(pre, r), m.secret)
		if err != nil {
			return out, badKey{r, fmt.Errorf("protocol: wrapping to %v: %w", r, err)}
		}
		out[i] = w
	}
	return out, nil
}

// encodeWraps is SecretWraps's value: the pre-wrap hash, the first
// wrap's length (u16), the first wrap, the second.
func encodeWraps(pre [32]byte, w [2][]byte) []byte {
	out := append(pre[:], byte(len(w[0])>>8), byte(len(w[0])))
	out = append(out, w[0]...)
	return append(out, w[1]...)
}

// decodeWraps returns the wraps of a SecretWraps value made for pre; false
// for none, another transcript's, or a malformed value (new wraps are made
// then).
func decodeWraps(v []byte, pre [32]byte) ([2][]byte, bool) {
	if len(v) < 34 || [32]byte(v[:32]) != pre {
		return [2][]byte{}, false
	}
	n := int(v[32])<<8 | int(v[33])
	rest := v[34:]
	if n == 0 || n >= len(rest) {
		return [2][]byte{}, false
	}
	return [2][]byte{append([]byte(nil), rest[:n]...), append([]byte(nil), rest[n:]...)}, true
}

func (m *Machine) ensureSecret() ([]Action, error) {
	if m.secret != nil {
		return nil, nil
	}
	s := make([]byte, skcrypto.KeySize)
	if _, err := readFull(m.cfg.Rand, s); err != nil {
		return nil, err
	}
	m.secret = s
	return []Action{Persist{Name: SecretCoordinator, Value: append([]byte(nil), s...)}}, nil
}

func (m *Machine) pendingCoordinator() (Call, []Action, error) {
	me, id := m.cfg.Role, m.params.ID
	switch m.phase {
	case session.Wrapping:
		if me != m.params.Coordinator || m.wrapped != 0 || m.keys[session.User] == nil {
			return nil, nil, nil
		}
		if m.myWraps != nil {
			return *m.myWraps, nil, nil
		}
		persist, err := m.ensureSecret()
		if err != nil {
			return nil, nil, err
		}
		pre := m.transcript().PrewrapHash()
		if w, ok := decodeWraps(m.storedWraps, pre); ok {
			m.myWraps = &DistributeCall{ID: id, WrapUser: w[0], WrapOther: w[1]}
			return *m.myWraps, persist, nil
		}
		w, err := m.makeWraps()
		var bad badKey
		if errors.As(err, &bad) && errors.Is(err, skcrypto.ErrPublicKey) {
			// The keys were checked when they were seen; should one still
			// fail, its owner is named rather than this party stalling.
			m.accuse(bad.role, session.InvalidPublicKey, err)
			if m.abort != nil {
				return *m.abort, persist, nil
			}
		}
		if err != nil {
			return nil, persist, nil // never send garbage
		}
		m.myWraps = &DistributeCall{ID: id, WrapUser: w[0], WrapOther: w[1]}
		return *m.myWraps, append(persist, Persist{Name: SecretWraps, Value: encodeWraps(pre, w)}), nil
	case session.Attesting:
		if m.key == nil || m.attested.Has(me) {
			return nil, nil, nil
		}
		return AttestCall{ID: id, Attestation: m.key.Attestation()}, nil, nil
	}
	return nil, nil, nil
}

// checkOpenedKeys checks the Method 2 fields of Opened that the runtime
// filled in, and that this agent can take part.
func (m *Machine) checkOpenedKeys(op Opened) error {
	p := &op.Params
	if op.KeyVersions[session.User] != 0 || len(op.RegisteredKeys[session.User]) != 0 {
		return fmt.Errorf("%w: the user has no registered key in a session", ErrMalformed)
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if r == p.Coordinator {
			if op.KeyVersions[r] != 0 {
				return fmt.Errorf("%w: coordinator %v has a recorded key version", ErrMalformed, r)
			}
			continue
		}
		if op.KeyVersions[r] == 0 && len(op.RegisteredKeys[r]) == 0 {
			// A one-time key of the suite replaces the registered key: the
			// OneTimeKeysUsed that follows names it (docs/PROTOCOL.md §6.4).
			continue
		}
		if op.KeyVersions[r] == 0 || len(op.RegisteredKeys[r]) != skcrypto.KeyLength(p.Suite) {
			return fmt.Errorf("%w: recipient %v key version %d with %d key bytes", ErrMalformed, r, op.KeyVersions[r], len(op.RegisteredKeys[r]))
		}
		if r == m.cfg.Role {
			k := m.cfg.RecipientKey
			if k == nil || k.Suite() != p.Suite || !bytes.Equal(k.PublicKey(), op.RegisteredKeys[r]) {
				return fmt.Errorf("%w: no private key for this agent's registered %v key version %d", ErrNotServed, p.Suite, op.KeyVersions[r])
			}
		}
	}
	return nil
}

// restoreRecipient parses the user's stored per-session key once the suite
// is known.
func (m *Machine) restoreRecipient(p session.Params) error {
	if m.restoredRecipient == nil || m.userKey != nil {
		return nil
	}
	if p.Method != session.Coordinator || m.cfg.Role != session.User {
		return nil
	}
	k, err := skcrypto.ParseRecipientKey(p.Suite, m.restoredRecipient)
	if err != nil {
		return fmt.Errorf("protocol: restoring %s: %w", SecretRecipientKey, err)
	}
	m.userKey = k
	return nil
}

func (m *Machine) requireCoordinator(ev string) error {
	if m.params.Method != session.Coordinator {
		return fmt.Errorf("%w: %s in a %v session", ErrMalformed, ev, m.params.Method)
	}
	return nil
}

func (m *Machine) onUserKey(e UserKeyPublished) error {
	if err := m.requireCoordinator("UserKeyPublished"); err != nil {
		return err
	}
	if err := m.requireOneTimeKeys("UserKeyPublished"); err != nil {
		return err
	}
	if m.params.Coordinator == session.User || m.phase != session.PhaseNone || m.keys[session.User] != nil {
		return fmt.Errorf("%w: UserKeyPublished in %v", ErrUnexpectedEvent, m.phase)
	}
	if len(e.Key) != skcrypto.KeyLength(m.params.Suite) {
		return fmt.Errorf("%w: user key of %d bytes", ErrMalformed, len(e.Key))
	}
	if m.cfg.Role == session.User && m.userKey != nil && !bytes.Equal(m.userKey.PublicKey(), e.Key) {
		return fmt.Errorf("%w: own key on chain is not this agent's", ErrMalformed)
	}
	if m.cfg.Role == m.params.Coordinator {
		if err := skcrypto.CheckRecipientPublicKey(m.params.Suite, e.Key); err != nil {
			m.accuse(session.User, session.InvalidPublicKey, err)
		}
		for _, r := range recipientsOf(m.params.Coordinator) {
			if r == session.User {
				continue
			}
			if err := skcrypto.CheckRecipientPublicKey(m.params.Suite, m.keys[r]); err != nil {
				m.accuse(r, session.InvalidPublicKey, err)
			}
		}
	}
	m.keys[session.User] = append([]byte(nil), e.Key...)
	return nil
}

func (m *Machine) onWrapped(e KeyWrapped) error {
	if err := m.requireCoordinator("KeyWrapped"); err != nil {
		return err
	}
	if err := m.requireOneTimeKeys("KeyWrapped"); err != nil {
		return err
	}
	c := m.params.Coordinator
	if !e.Recipient.Valid() || e.Recipient == c || len(e.Wrapped) != skcrypto.WrapLength(m.params.Suite) {
		return fmt.Errorf("%w: KeyWrapped for %v of %d bytes", ErrMalformed, e.Recipient, len(e.Wrapped))
	}
	wantPhase := session.Wrapping
	if c == session.User {
		wantPhase = session.PhaseNone // emitted by open, before PhaseAdvanced
	}
	if m.phase != wantPhase || m.wrapped.Has(e.Recipient) || (c != session.User && m.keys[session.User] == nil) {
		return fmt.Errorf("%w: KeyWrapped(%v) in %v", ErrUnexpectedEvent, e.Recipient, m.phase)
	}
	var secret []byte
	if e.Recipient == m.cfg.Role {
		key := m.cfg.RecipientKey
		if m.cfg.Role == session.User {
			key = m.userKey
		} else if m.ownOneTime != nil {
			key = m.ownOneTime
		}
		if key == nil {
			return fmt.Errorf("%w: no recipient key to open this agent's wrap", ErrNotServed)
		}
		s, err := key.Unwrap(skcrypto.WrapInfo(m.transcript().PrewrapHash(), e.Recipient), e.Wrapped)
		switch {
		case errors.Is(err, skcrypto.ErrWrap):
			m.accuse(c, session.InvalidWrap, err)
		case err != nil:
			return err
		default:
			secret = s
		}
	}
	if secret != nil {
		m.secret = secret
	}
	m.wraps[e.Recipient] = append([]byte(nil), e.Wrapped...)
	m.wrapped |= e.Recipient.Bit()
	return nil
}

// deriveCoordinator computes K when the session enters Attesting.
func (m *Machine) deriveCoordinator() error {
	for _, r := range recipientsOf(m.params.Coordinator) {
		if !m.wrapped.Has(r) {
			return fmt.Errorf("%w: Attesting before the wrap for %v", ErrMalformed, r)
		}
	}
	if m.secret == nil {
		return nil // lost or unopenable: no attestation (an abort is due if the wrap was bad)
	}
	k, err := skcrypto.DeriveSessionKey(m.params.ID, m.secret, m.transcript().Hash())
	if err != nil {
		return err
	}
	m.key = k
	return nil
}
