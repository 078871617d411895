package endpoint

import (
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

func keccak(b []byte) [32]byte { return crypto.Keccak256Hash(b) }

// streamKey names one stored stream.
type streamKey struct {
	id  session.ID
	seq uint64
	dir skcrypto.Direction
}

// store keeps finished streams for the oracle, within a total bound.
// Space is reserved before a prompt is served and charged when its
// streams are kept.
type store struct {
	mu       sync.Mutex
	max      int64
	used     int64 // kept plus reserved
	streams  map[streamKey][]byte
	inFlight map[streamKey]bool // prompts being served
}

func newStore(max int64) *store {
	return &store{max: max, streams: map[streamKey][]byte{}, inFlight: map[streamKey]bool{}}
}

// begin reserves n bytes for request k's streams; false if k is served
// or kept already (dup) or there is no room (full).
func (s *store) begin(k streamKey, n int64) (dup, full bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.streams[k]; ok || s.inFlight[k] {
		return true, false
	}
	if s.used+n > s.max {
		return false, true
	}
	s.used += n
	s.inFlight[k] = true
	return false, false
}

// end releases a reservation of n bytes and keeps the streams given.
func (s *store) end(k streamKey, n int64, keep map[skcrypto.Direction][]byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.used -= n
	delete(s.inFlight, k)
	for d, b := range keep {
		kk := streamKey{k.id, k.seq, d}
		if s.used+int64(len(b)) > s.max {
			continue
		}
		s.streams[kk] = b
		s.used += int64(len(b))
	}
}

// get returns a kept stream.
func (s *store) get(k streamKey) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.streams[k]
	return b, ok
}

// forget drops every stream of a session.
func (s *store) forget(id session.ID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, b := range s.streams {
		if k.id == id {
			s.used -= int64(len(b))
			delete(s.streams, k)
		}
	}
}
