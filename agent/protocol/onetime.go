package protocol

import (
	"bytes"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// requireOneTimeKeys refuses a Method 2 event that needs the recipients'
// keys while a recipient's one-time key has not been named yet: open emits
// OneTimeKeysUsed right after SessionOpened, before everything else.
func (m *Machine) requireOneTimeKeys(ev string) error {
	if m.awaitingOneTime != 0 && !m.oneTimeSeen {
		return fmt.Errorf("%w: %s before OneTimeKeysUsed named the one-time keys of %v", ErrMalformed, ev, m.awaitingOneTime)
	}
	return nil
}

// onOneTimeKeys takes the recipients' one-time keys (docs/PROTOCOL.md §6.4):
// each named recipient's wrap is sealed to PublicKeys[r], which replaces
// its registered key in the transcript. It checks what the runtime filled
// in against what the chain recorded, and, for the user's own open, against
// the open call it sent.
func (m *Machine) onOneTimeKeys(e OneTimeKeysUsed) error {
	if err := m.requireCoordinator("OneTimeKeysUsed"); err != nil {
		return err
	}
	if m.phase != session.PhaseNone || m.oneTimeSeen || m.wrapped != 0 || m.keys[session.User] != nil {
		return fmt.Errorf("%w: OneTimeKeysUsed in %v", ErrUnexpectedEvent, m.phase)
	}
	p := &m.params
	var keys [3][]byte
	var own *skcrypto.RecipientKey
	for _, r := range session.Roles {
		n := e.Keys[r]
		if x := m.expected; x != nil && r != session.User {
			want := x.MinerOneTimeKey
			if r == session.Oracle {
				want = x.OracleOneTimeKey
			}
			if n != want {
				return fmt.Errorf("%w: OneTimeKeysUsed names %v key %d, the open call %d", ErrMalformed, r, n, want)
			}
		}
		if n == 0 {
			if m.awaitingOneTime.Has(r) {
				return fmt.Errorf("%w: the %v has neither a registered nor a one-time key", ErrMalformed, r)
			}
			continue
		}
		if r == session.User || r == p.Coordinator {
			return fmt.Errorf("%w: one-time key %d for the %v, no recipient", ErrMalformed, n, r)
		}
		pub := e.PublicKeys[r]
		if len(pub) != skcrypto.KeyLength(p.Suite) {
			return fmt.Errorf("%w: %v one-time recipient key of %d bytes", ErrMalformed, r, len(pub))
		}
		if r == m.cfg.Role {
			if e.Own == nil || e.Own.Suite() != p.Suite || !bytes.Equal(e.Own.PublicKey(), pub) {
				return fmt.Errorf("%w: no private key for this agent's one-time key %d", ErrNotServed, n)
			}
			own = e.Own
		}
		keys[r] = pub
	}
	for r, k := range keys {
		if k != nil {
			m.keys[r] = append([]byte(nil), k...)
			m.oneTime[r] = e.Keys[r]
		}
	}
	m.ownOneTime = own
	m.oneTimeSeen = true
	return nil
}

// OneTimeKeys returns the one-time key number each recipient's wrap was
// sealed to, by role (0: its registered key, or no recipient).
func (m *Machine) OneTimeKeys() [3]uint32 { return m.oneTime }

// oneTimeDisclosure prepares, after a Method 2 session failed, the
// disclosure of this recipient's one-time secret (the user's: its
// per-session key's): the X25519 scalar, the user's 32-byte hybrid seed,
// or a hybrid one-time key's batch ML-KEM-768 seed and X25519 scalar,
// which opens its wrap for anyone (docs/PROTOCOL.md §6.4). The key served
// this session only, which never established (a hybrid one-time key's
// ML-KEM-768 half is its batch's: disclosing it leaves the batch's other
// sessions their X25519 halves). A registered key is never disclosed.
func (m *Machine) oneTimeDisclosure() {
	if m.params.Coordinator == m.cfg.Role {
		return
	}
	key := m.ownOneTime
	if m.cfg.Role == session.User {
		key = m.userKey
	}
	if key == nil {
		return
	}
	b, err := key.Bytes()
	if err != nil || (len(b) != skcrypto.X25519KeySize && len(b) != skcrypto.HybridOneTimeSecretLength) {
		clear(b)
		return
	}
	m.oneTimeScalar = b
}
