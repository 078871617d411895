package agent

import (
	"context"
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
// once per kind, and again after a call of the kind failed: it reverted
// (perhaps for want of gas, perhaps because the call could not succeed:
// the next estimate tells, and refuses it before anything is sent), or
// the node refused it (on an L2 the gas needed follows the L1 price).
// Calls of one kind that fall due together wait for one estimate.
type gasProfile struct {
	mu    sync.Mutex
	est   map[gasKind]uint64
	kinds map[gasKind]*sync.Mutex // held while a kind is estimated
}

func newGasProfile() *gasProfile {
	return &gasProfile{est: map[gasKind]uint64{}, kinds: map[gasKind]*sync.Mutex{}}
}

// get returns the estimate of kind k, asking estimate for it unless one
// is held; a failed estimate is not kept.
func (p *gasProfile) get(ctx context.Context, k gasKind, estimate func(context.Context) (uint64, error)) (uint64, error) {
	p.mu.Lock()
	km := p.kinds[k]
	if km == nil {
		km = &sync.Mutex{}
		p.kinds[k] = km
	}
	p.mu.Unlock()
	km.Lock()
	defer km.Unlock()
	p.mu.Lock()
	v, ok := p.est[k]
	p.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := estimate(ctx)
	if err != nil {
		return 0, err
	}
	p.mu.Lock()
	p.est[k] = v
	p.mu.Unlock()
	return v, nil
}

// forget drops the estimate of kind k.
func (p *gasProfile) forget(k gasKind) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.est, k)
}
