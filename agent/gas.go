package agent

import (
	"sync"
)

// gasKind is what the gas of a single call depends on, to within the
// margin sendCalls adds: the function called and the calldata's length
// (which tells the suites' key sizes and the methods' messages apart).
type gasKind struct {
	selector [4]byte
	size     int
}

// gasKindOf returns the kind of a call's calldata; single is false for a
// batch (a multicall), whose gas depends on the calls inside and which
// is estimated every time.
func gasKindOf(data []byte, one bool) (gasKind, bool) {
	var k gasKind
	if !one || len(data) < 4 {
		return k, false
	}
	copy(k.selector[:], data[:4])
	k.size = len(data)
	return k, true
}

// gasProfile holds a gas estimate per kind of call: the node is asked
// once per kind, and again after a call of the kind reverted (perhaps
// for want of gas, perhaps because the call could not succeed: the next
// estimate tells, and refuses it before anything is sent).
type gasProfile struct {
	mu  sync.Mutex
	est map[gasKind]uint64
}

func newGasProfile() *gasProfile { return &gasProfile{est: map[gasKind]uint64{}} }

func (p *gasProfile) get(k gasKind) (uint64, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.est[k]
	return v, ok
}

func (p *gasProfile) put(k gasKind, v uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.est[k] = v
}

func (p *gasProfile) forget(k gasKind) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.est, k)
}
