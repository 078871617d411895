package agent

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// ErrNotEstablished is returned by Session.Wait, Seal and Unseal for a session
// that ended Failed or Expired, or has not been established yet.
var ErrNotEstablished = errors.New("agent: session not established")

// Session is a handle on one session this agent takes part in: it reports
// how the session ended and, once Established, seals this role's messages
// and unseals the other roles' under the session's traffic keys.
//
// The handle owns its copy of the session key once the session is
// Established: WipeKey zeroes it (Agent.CloseSession closes the session on
// chain). A sealed message carries the role's
// traffic counter (PROTOCOL.md §8; not an inference's request number seq),
// which the agent persists before use and shares with the inference
// messages, so no nonce is ever used twice, across restarts included.
type Session struct {
	agent *Agent
	id    session.ID
	role  session.Role
	done  chan struct{}

	mu      sync.Mutex
	outcome protocol.Outcome
	closed  bool
}

func newSession(a *Agent, id session.ID, role session.Role) *Session {
	return &Session{agent: a, id: id, role: role, done: make(chan struct{})}
}

// ID returns the session id.
func (s *Session) ID() session.ID { return s.id }

// Done is closed when the session has ended.
func (s *Session) Done() <-chan struct{} { return s.done }

// end records the outcome; called once by the runtime.
func (s *Session) end(o protocol.Outcome) {
	s.mu.Lock()
	s.outcome = o
	s.mu.Unlock()
	close(s.done)
}

// Wait blocks until the session ends or ctx is done. It returns nil when
// the session is Established and otherwise an error that says how it ended
// (ErrNotEstablished, with the fault, culprits or stalled roles).
func (s *Session) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return fmt.Errorf("agent: waiting for session %v: %w", s.id, ctx.Err())
	case <-s.done:
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.established()
}

// Outcome returns how the session ended, and false while it has not.
func (s *Session) Outcome() (protocol.Outcome, bool) {
	select {
	case <-s.done:
	default:
		return protocol.Outcome{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.outcome, true
}

// established reports ErrNotEstablished with the details of a session that
// did not end Established; the caller holds s.mu and s.done is closed.
func (s *Session) established() error {
	o := s.outcome
	switch {
	case s.closed:
		return fmt.Errorf("%w: handle closed", ErrNotEstablished)
	case o.Phase == session.Established && o.Key != nil:
		return nil
	case o.Phase == session.Failed:
		return fmt.Errorf("%w: session %v failed (%v; culprits %v, reported by the %v)", ErrNotEstablished, s.id, o.Fault, o.Culprits, o.Reporter)
	case o.Phase == session.Expired:
		return fmt.Errorf("%w: session %v expired (stalled: %v)", ErrNotEstablished, s.id, o.Stalled)
	case o.Reason != nil:
		return fmt.Errorf("%w: session %v: %w", ErrNotEstablished, s.id, o.Reason)
	}
	return fmt.Errorf("%w: session %v is %v", ErrNotEstablished, s.id, o.Phase)
}

// key returns the session key if the session is Established and the
// handle open; the caller holds s.mu.
func (s *Session) key() (*skcrypto.SessionKey, error) {
	select {
	case <-s.done:
	default:
		return nil, fmt.Errorf("%w: session %v has not ended its key agreement", ErrNotEstablished, s.id)
	}
	if err := s.established(); err != nil {
		return nil, err
	}
	return s.outcome.Key, nil
}

// Seal encrypts a message from this agent's role under its traffic key,
// with the role's next traffic counter, and returns both. context is
// optional associated data the receiver must pass to Unseal. The handle's
// key must not have been wiped (WipeKey).
func (s *Session) Seal(plaintext, context []byte) (counter uint64, ciphertext []byte, err error) {
	s.mu.Lock()
	_, err = s.key()
	s.mu.Unlock()
	if err != nil {
		return 0, nil, err
	}
	a := s.agent
	a.mu.Lock()
	cv := a.convs[s.id]
	if cv == nil {
		a.mu.Unlock()
		return 0, nil, fmt.Errorf("%w: %v", ErrClosed, s.id)
	}
	counter, err = a.reserveCounter(s.id, cv)
	a.mu.Unlock()
	if err != nil {
		return 0, nil, fmt.Errorf("agent: persisting the traffic counter: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k, err := s.key()
	if err != nil {
		return 0, nil, err
	}
	ct, err := k.Traffic().Seal(s.role, counter, plaintext, context)
	if err != nil {
		return 0, nil, err
	}
	return counter, ct, nil
}

// Unseal decrypts the message with traffic counter counter sent by the
// from role (the inverse of Seal). A message that was tampered with, sent
// by another role, numbered differently or bound to another session or
// context fails with skcrypto.ErrDecrypt.
func (s *Session) Unseal(from session.Role, counter uint64, ciphertext, context []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, err := s.key()
	if err != nil {
		return nil, err
	}
	return k.Traffic().Open(from, counter, ciphertext, context)
}

// WipeKey zeroes this handle's copy of the session key; the handle cannot
// seal or unseal after. It changes nothing on chain or in the store: to
// end a session's inferences for every party, Agent.CloseSession closes it
// on chain.
func (s *Session) WipeKey() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.closed = true
	if s.outcome.Key != nil {
		s.outcome.Key.Zero()
	}
}
