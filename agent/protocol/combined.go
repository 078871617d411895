package protocol

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Method 1 partial routing (docs/PROTOCOL.md §5.1). Each role publishes
// X25519(own, E[next]) where next is the role after it (user→miner,
// miner→oracle, oracle→user); that value is meant for the third role, and
// checked by next, who can compute it as X25519(own, E[publisher]).

// PartnerOf is the role whose revealed key r's partial uses (§5.1): r
// publishes X25519(e_r, E[PartnerOf(r)]).
func PartnerOf(r session.Role) session.Role { return (r + 1) % 3 }

// SourceOf is the role whose partial is meant for r: r's Z is
// X25519(e_r, partial of SourceOf(r)).
func SourceOf(r session.Role) session.Role { return (r + 1) % 3 }

// checkedBy is the role whose partial r can check independently.
func checkedBy(r session.Role) session.Role { return (r + 2) % 3 }

// ensureEphemeral draws the ephemeral key if the machine has none, returning
// the Persist action for it.
func (m *Machine) ensureEphemeral() ([]Action, error) {
	if m.eph != nil {
		return nil, nil
	}
	seed := make([]byte, skcrypto.X25519KeySize)
	if _, err := readFull(m.cfg.Rand, seed); err != nil {
		return nil, err
	}
	k, err := skcrypto.ParseX25519Private(seed)
	if err != nil {
		clear(seed)
		return nil, err
	}
	m.eph, m.ephSeed = k, seed
	return []Action{Persist{Name: SecretEphemeral, Value: append([]byte(nil), seed...)}}, nil
}

func (m *Machine) ownCommitment() [32]byte {
	p := &m.params
	return skcrypto.Commitment(p.ChainID, p.Contract, p.ID, m.cfg.Role, m.cfg.Account, skcrypto.PublicBytes(m.eph))
}

func (m *Machine) pendingCombined() (Call, []Action, error) {
	me, id := m.cfg.Role, m.params.ID
	switch m.phase {
	case session.Committing:
		if me == session.User || m.committed.Has(me) {
			return nil, nil, nil
		}
		persist, err := m.ensureEphemeral()
		if err != nil {
			return nil, nil, err
		}
		return JoinCall{ID: id, Commitment: m.ownCommitment()}, persist, nil
	case session.Revealing:
		if m.eph == nil || m.revealed.Has(me) {
			return nil, nil, nil
		}
		return RevealCall{ID: id, Key: skcrypto.PublicBytes(m.eph)}, nil, nil
	case session.Partials:
		if m.eph == nil || m.published.Has(me) {
			return nil, nil, nil
		}
		p, err := m.sharedWith(PartnerOf(me))
		if err != nil {
			return nil, nil, nil // the partner's key was rejected in onRevealed: the abort is due instead
		}
		return PartialCall{ID: id, Partial: p}, nil, nil
	case session.Attesting:
		if m.key == nil || m.attested.Has(me) {
			return nil, nil, nil
		}
		return AttestCall{ID: id, Attestation: m.key.Attestation()}, nil, nil
	}
	return nil, nil, nil
}

func (m *Machine) requireCombined(ev string) error {
	if m.params.Method != session.Combined {
		return fmt.Errorf("%w: %s in a %v session", ErrMalformed, ev, m.params.Method)
	}
	return nil
}

func (m *Machine) onCommitted(e Committed) error {
	if err := m.requireCombined("Committed"); err != nil {
		return err
	}
	if !e.Role.Valid() || e.Commitment == ([32]byte{}) {
		return fmt.Errorf("%w: Committed(%v, zero=%v)", ErrMalformed, e.Role, e.Commitment == [32]byte{})
	}
	// The user commits in open, before PhaseAdvanced(Committing).
	inPhase := m.phase == session.Committing || (m.phase == session.PhaseNone && e.Role == session.User)
	if !inPhase || m.committed.Has(e.Role) {
		return fmt.Errorf("%w: Committed(%v) in %v", ErrUnexpectedEvent, e.Role, m.phase)
	}
	if e.Role == m.cfg.Role && m.eph != nil && e.Commitment != m.ownCommitment() {
		return fmt.Errorf("%w: own commitment on chain is not this agent's", ErrMalformed)
	}
	m.commitments[e.Role] = e.Commitment
	m.committed |= e.Role.Bit()
	return nil
}

func (m *Machine) onRevealed(e Revealed) error {
	if err := m.requireCombined("Revealed"); err != nil {
		return err
	}
	if !e.Role.Valid() {
		return fmt.Errorf("%w: Revealed(%v)", ErrMalformed, e.Role)
	}
	if m.phase != session.Revealing || m.revealed.Has(e.Role) {
		return fmt.Errorf("%w: Revealed(%v) in %v", ErrUnexpectedEvent, e.Role, m.phase)
	}
	p := &m.params
	// The contract checked this already; checking again means a forged or
	// misrouted event can never make this agent use an uncommitted key.
	if skcrypto.Commitment(p.ChainID, p.Contract, p.ID, e.Role, p.Account(e.Role), e.Key) != m.commitments[e.Role] {
		return fmt.Errorf("%w: %v's reveal does not match its commitment", ErrMalformed, e.Role)
	}
	if e.Role == m.cfg.Role {
		if m.eph != nil && e.Key != skcrypto.PublicBytes(m.eph) {
			return fmt.Errorf("%w: own reveal on chain is not this agent's key", ErrMalformed)
		}
	} else if m.eph != nil {
		if s, err := skcrypto.X25519(m.eph, e.Key[:]); err != nil {
			m.accuse(e.Role, session.InvalidPublicKey, fmt.Errorf("its revealed key: %w", err))
		} else {
			m.shared[e.Role] = &s
		}
	}
	m.reveals[e.Role] = e.Key
	m.revealed |= e.Role.Bit()
	return nil
}

func (m *Machine) onPartial(e PartialPublished) error {
	if err := m.requireCombined("PartialPublished"); err != nil {
		return err
	}
	if !e.Role.Valid() {
		return fmt.Errorf("%w: PartialPublished(%v)", ErrMalformed, e.Role)
	}
	if m.phase != session.Partials || m.published.Has(e.Role) {
		return fmt.Errorf("%w: PartialPublished(%v) in %v", ErrUnexpectedEvent, e.Role, m.phase)
	}
	me := m.cfg.Role
	if m.eph != nil {
		switch e.Role {
		case me:
			want, err := m.sharedWith(PartnerOf(me))
			if err != nil || want != e.Partial {
				return fmt.Errorf("%w: own partial on chain is not this agent's", ErrMalformed)
			}
		case checkedBy(me):
			// The publisher's partial is X25519(its key, my key): I can
			// compute it myself. A mismatch is proof against the publisher.
			want, err := m.sharedWith(e.Role)
			if err != nil || want != e.Partial {
				m.accuse(e.Role, session.InvalidPartial, errors.New("its partial is not X25519 of its key and this party's"))
			}
		}
		if e.Role == SourceOf(me) {
			if _, err := skcrypto.X25519(m.eph, e.Partial[:]); err != nil {
				m.accuse(e.Role, session.InvalidPartial, fmt.Errorf("the partial meant for this party: %w", err))
			}
		}
	}
	m.partials[e.Role] = e.Partial
	m.published |= e.Role.Bit()
	return nil
}

// sharedWith returns X25519(own ephemeral, r's revealed key), computing it
// only once.
func (m *Machine) sharedWith(r session.Role) ([32]byte, error) {
	if s := m.shared[r]; s != nil {
		return *s, nil
	}
	s, err := skcrypto.X25519(m.eph, m.reveals[r][:])
	if err != nil {
		return s, err
	}
	m.shared[r] = &s
	return s, nil
}

// deriveCombined computes Z and K when the session enters Attesting.
func (m *Machine) deriveCombined() error {
	if m.committed != session.AllRoles || m.revealed != session.AllRoles || m.published != session.AllRoles {
		return fmt.Errorf("%w: Attesting before every commitment, reveal and partial", ErrMalformed)
	}
	if m.eph == nil {
		return nil // this agent lost its key: it cannot attest; the session expires naming it
	}
	src := SourceOf(m.cfg.Role)
	z, err := skcrypto.X25519(m.eph, m.partials[src][:])
	if err != nil {
		m.accuse(src, session.InvalidPartial, fmt.Errorf("the partial meant for this party: %w", err))
		return nil
	}
	t := skcrypto.CombinedTranscript{Params: m.params, Commitments: m.commitments, EphemeralKeys: m.reveals, Partials: m.partials}
	k, err := skcrypto.DeriveSessionKey(m.params.ID, z[:], t.Hash())
	clear(z[:])
	if err != nil {
		return err
	}
	m.key = k
	return nil
}

// failed ends the session on SessionFailed. A Method 1 party that holds its
// ephemeral secret keeps it to disclose (the session never established, so
// the secret protects nothing any more): the outcome is reported now, and
// Forget comes when the chain shows the disclosure.
func (m *Machine) failed(o Outcome) []Action {
	if m.params.Method == session.Coordinator {
		m.oneTimeDisclosure()
	}
	if (m.params.Method != session.Combined || m.eph == nil) && m.oneTimeScalar == nil {
		return m.end(o)
	}
	m.state = Disclosing
	m.shared = [3]*[32]byte{}
	if m.key != nil {
		m.key.Zero()
		m.key = nil
	}
	acts := []Action{Done{Outcome: o}}
	if d := m.disclosure(); d != nil && !m.issued[StepDisclose] {
		m.issued[StepDisclose] = true
		acts = append(acts, Send{Call: d})
	}
	return acts
}

// disclosure is the disclose call of a Disclosing machine.
func (m *Machine) disclosure() Call {
	if m.state == Disclosing && m.oneTimeScalar != nil {
		return DiscloseOneTimeCall{ID: m.params.ID, Secret: bytes.Clone(m.oneTimeScalar)}
	}
	if m.state != Disclosing || len(m.ephSeed) != skcrypto.X25519KeySize {
		return nil
	}
	c := DiscloseCall{ID: m.params.ID}
	copy(c.Secret[:], m.ephSeed)
	return c
}

// consumeDisclosing accepts only EphemeralDisclosed: this party's own ends
// the machine (Forget); another party's is recorded by nobody (blame reads
// the chain), so it is simply accepted.
func (m *Machine) consumeDisclosing(ev Event) ([]Action, error) {
	meta := ev.EventMeta()
	if meta.Contract != m.params.Contract || meta.Session != m.params.ID {
		return nil, fmt.Errorf("%w: %v at %s", ErrWrongSession, meta.Session, meta.Contract)
	}
	var role session.Role
	switch e := ev.(type) {
	case EphemeralDisclosed:
		role = e.Role
	case OneTimeKeyDisclosed:
		role = e.Role
	default:
		return nil, fmt.Errorf("%w: %T after the session failed", ErrUnexpectedEvent, ev)
	}
	if !role.Valid() {
		return nil, fmt.Errorf("%w: disclosure by %v", ErrMalformed, role)
	}
	if role != m.cfg.Role {
		return nil, nil
	}
	return m.Abandon(), nil
}

// Abandon ends a Disclosing machine without waiting for its disclosure (it
// was mined, or it cannot be sent): the secret is wiped and Forget
// returned. On any other machine it returns nil.
func (m *Machine) Abandon() []Action {
	if m.state != Disclosing {
		return nil
	}
	return m.end(Outcome{})[1:] // the outcome was reported at SessionFailed
}
