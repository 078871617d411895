package agent

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// ErrKeysNotSeen is returned by Open when the agent has not yet seen the
// registration of a recipient's current key; retry once Run has caught up.
var ErrKeysNotSeen = errors.New("agent: the recipients' registered keys have not been seen yet")

// ErrKeyRotated reports that a Method 2 recipient rotated (or revoked and
// registered again) its key between the moment the open read the registry
// and the moment it was mined: the contract refused the open
// (SessionKeystoreKeyVersionMismatch), nothing of the session is on chain
// and its secrets are deleted. Open retries by itself when the refusal
// comes before broadcasting (maxOpenTries); a refusal of a mined open ends
// the handle with this error, and the caller opens again.
//
// It also reports that a one-time key the open named was consumed by
// another open first (users opening at once may pick the same key): the
// same retries apply.
var ErrKeyRotated = errors.New("agent: a recipient's registered key changed, or another open took its one-time key, while the open was in flight")

// maxOpenTries bounds how often Open reads the registry again after the
// contract refused an open for a recipient's rotated key, or for a
// one-time key another open consumed. Such a refusal comes from the gas
// estimate and costs nothing; users opening at once to one recipient race
// for its fresh one-time keys, and with 100 at once three tries lost a
// session now and then (TestRateLimitedEndpoints with
// SESSIONKEYSTORE_FULL=1).
const maxOpenTries = 8

// OpenOptions describe a session the user opens.
type OpenOptions struct {
	Miner       common.Address
	Oracle      common.Address
	Method      session.Method
	Suite       session.Suite
	Coordinator session.Role // Method 2 only
	// PhaseTimeout in seconds; default 120.
	PhaseTimeout uint32
	// AllowRegisteredKeys lets a Method 2 open wrap to a recipient's
	// registered (last-resort) key when that recipient has no fresh
	// published one-time key the user can use. Such a session is forward
	// secret only once that key is rotated and deleted. Without it (the
	// default) the open fails with ErrNoOneTimeKey.
	AllowRegisteredKeys bool
	// NoOneTimeKeys wraps to the recipients' registered keys even when
	// they have fresh one-time keys (for comparisons: gas, tests).
	NoOneTimeKeys bool
}

// ErrNoOneTimeKey is returned by Open, unless AllowRegisteredKeys, when a
// Method 2 recipient has no fresh, usable one-time key: its pool is empty,
// its first batch is not on chain yet, or it runs without a pool. The
// error names the recipient and what to do.
var ErrNoOneTimeKey = errors.New("agent: a recipient has no fresh one-time key")

// oneTimeClaim names a recipient's one-time key of a suite.
type oneTimeClaim struct {
	account common.Address
	suite   session.Suite
	number  uint32
}

// pickOneTimeKey names a fresh one-time key of acct in suite s this user
// has not named before, skipping (and never naming) a key of small order
// or a malformed one: a recipient that publishes such keys does not get to
// fail the user's session.
//
// The agent's view of consumed keys may be stale at first (an agent that
// started after others consumed keys has read their publication, not
// their use), so the first pick of a recipient's key of a suite in a run
// asks the contract: older batches are mostly consumed before newer ones
// are published (a refill comes at the low-water mark), so a binary search
// over the keys the agent believes fresh finds, in a few calls, the
// lowest one still available (the floor, kept), and the key picked is
// confirmed. From then on the OneTimeKeysUsed logs the agent follows say
// which keys are consumed: a pick above the floor asks nothing of the
// node (one that another user consumed in a log not yet followed makes
// the open's gas estimate revert with SessionKeystoreOneTimeKeyUsed, and
// Open picks again, asking the contract again: forgetKeyViews); keys below
// the floor, tried last, are confirmed.
// The key is taken at a random place above the floor, so that users
// opening at once (each `user open` is an agent of its own) rarely name
// the same key and see their open refused.
func (a *Agent) pickOneTimeKey(ctx context.Context, acct common.Address, s session.Suite) (uint32, []byte, bool, error) {
	pool := oneTimePool{acct, s}
	a.mu.Lock()
	var cands []uint32
	for _, n := range a.reg.FreshOneTimeKeys(acct, s) {
		if !a.claimed[oneTimeClaim{acct, s, n}] {
			cands = append(cands, n)
		}
	}
	floor, probed := a.oneTimeFloor[pool]
	a.mu.Unlock()
	available := func(n uint32) (bool, error) {
		ok, err := a.oneTimeKeyAvailable(ctx, acct, s, n)
		if err != nil {
			return false, err
		}
		if !ok {
			a.mu.Lock()
			a.reg.MarkUsed(acct, s, n, a.processed)
			a.regStale = true
			a.mu.Unlock()
		}
		return ok, nil
	}
	if !probed {
		lo, hi := 0, len(cands)
		for lo < hi {
			mid := lo + (hi-lo)/2
			ok, err := available(cands[mid])
			if err != nil {
				return 0, nil, false, err
			}
			if ok {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		if len(cands) > 0 {
			floor = cands[len(cands)-1] + 1
			if lo < len(cands) {
				floor = cands[lo]
			}
			a.mu.Lock()
			a.oneTimeFloor[pool] = floor
			a.mu.Unlock()
		}
	}
	lo, _ := slices.BinarySearch(cands, floor) // the first at or above the floor
	rest := cands[lo:]
	if len(rest) > 1 {
		var b [8]byte
		if _, err := io.ReadFull(a.cfg.Rand, b[:]); err != nil {
			return 0, nil, false, fmt.Errorf("agent: picking a one-time key: %w", err)
		}
		at := int(binary.BigEndian.Uint64(b[:]) % uint64(len(rest)))
		rest = append(rest[at:len(rest):len(rest)], rest[:at]...)
	}
	// Below the floor last: a key there may still be available.
	order := append(append(make([]uint32, 0, len(cands)), rest...), cands[:lo]...)
	for i, n := range order {
		if confirm := !probed || i >= len(rest); confirm {
			if ok, err := available(n); err != nil {
				return 0, nil, false, err
			} else if !ok {
				continue
			}
		}
		a.mu.Lock()
		c := oneTimeClaim{acct, s, n}
		taken := a.claimed[c]
		a.claimed[c] = true
		pub, _ := a.reg.OneTimeKey(acct, s, n)
		a.mu.Unlock()
		if taken {
			continue
		}
		if err := skcrypto.CheckOneTimeKey(s, pub); err != nil {
			a.log.Warn("refusing a recipient's one-time key", "account", acct.Hex(), "suite", s, "key", n, "err", err)
			continue
		}
		return n, pub, true, nil
	}
	return 0, nil, false, nil
}

// oneTimeKeyAvailable asks the contract whether one-time key n of acct's
// pool of suite s is published and not yet consumed.
func (a *Agent) oneTimeKeyAvailable(ctx context.Context, acct common.Address, s session.Suite, n uint32) (bool, error) {
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackIsOneTimeKeyAvailable(acct, uint8(s), n))
	if err != nil {
		return false, err
	}
	ok, err := abi.UnpackIsOneTimeKeyAvailable(out)
	if err != nil {
		return false, fmt.Errorf("agent: isOneTimeKeyAvailable: %w", err)
	}
	return ok, nil
}

// Open opens a session as the user and returns its handle once the open
// transaction is sent (Opens are served in turn, each taking the next
// nonce; see below); the agent's Run carries the session to its end
// (Session.Wait). Run must be following the chain (see Ready), so that the
// registered keys a Method 2 session needs have been seen.
func (a *Agent) Open(ctx context.Context, o OpenOptions) (*Session, error) {
	if a.cfg.Role != session.User {
		return nil, fmt.Errorf("agent: the %v does not open sessions", a.cfg.Role)
	}
	if o.PhaseTimeout == 0 {
		o.PhaseTimeout = 120
	}
	for try := 1; ; try++ {
		h, err := a.openOnce(ctx, o)
		if errors.Is(err, ErrKeyRotated) {
			a.forgetKeyViews()
		}
		if try < maxOpenTries && errors.Is(err, ErrKeyRotated) {
			a.log.Info("a recipient's key changed while opening; reading the registry again", "try", try, "err", err)
			continue
		}
		return h, err
	}
}

// forgetKeyViews drops what the agent believes of the recipients' keys
// after the contract refused an open for one of them: the registered keys
// are read again, and the next pick of each pool's one-time key asks the
// contract again which keys are available (pickOneTimeKey), since the
// followed logs proved behind (other users consumed keys in blocks not yet
// followed; under concurrent opens many at once).
func (a *Agent) forgetKeyViews() {
	a.mu.Lock()
	defer a.mu.Unlock()
	clear(a.keyInfo)
	clear(a.oneTimeFloor)
}

// openOnce reads the recipients' registered keys, prepares the session and
// broadcasts its open, pinning the key versions it read.
func (a *Agent) openOnce(ctx context.Context, o OpenOptions) (*Session, error) {
	req := protocol.OpenRequest{
		Params: session.Params{ChainID: a.chainID, Contract: a.cfg.Contract, Method: o.Method, Suite: o.Suite,
			Coordinator: o.Coordinator, User: a.cfg.Account.Address, Miner: o.Miner, Oracle: o.Oracle},
		PhaseTimeout: o.PhaseTimeout,
	}
	if o.Method == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r == o.Coordinator {
				continue
			}
			acct := req.Params.Account(r)
			info, err := a.recipientInfo(ctx, acct, o.Suite)
			if err != nil {
				return nil, err
			}
			if info.Version == 0 || info.Revoked {
				return nil, fmt.Errorf("agent: the %v %s has no active %v key", r, acct.Hex(), o.Suite)
			}
			key, ok, err := a.lookupKey(ctx, acct, o.Suite, info.Version)
			if err != nil {
				return nil, err
			}
			if ok && crypto.Keccak256Hash(key) != info.Hash {
				// A cached key a reorganisation replaced: read it again.
				a.mu.Lock()
				a.reg.Remove(wire.KeyRegistered{Account: acct, Suite: o.Suite, Version: info.Version})
				a.mu.Unlock()
				if key, ok, err = a.lookupKey(ctx, acct, o.Suite, info.Version); err != nil {
					return nil, err
				}
			}
			if !ok {
				return nil, fmt.Errorf("%w (%v version %d)", ErrKeysNotSeen, r, info.Version)
			}
			req.RegisteredKeys[r], req.KeyVersions[r] = key, info.Version
			if o.NoOneTimeKeys {
				continue
			}
			if err := a.lookupOneTimeKeys(ctx, acct, o.Suite); err != nil {
				return nil, err
			}
			n, pub, ok, err := a.pickOneTimeKey(ctx, acct, o.Suite)
			if err != nil {
				return nil, err
			}
			switch {
			case ok:
				req.OneTimeKeys[r], req.OneTimePublic[r] = n, pub
			case !o.AllowRegisteredKeys:
				return nil, fmt.Errorf("%w: the %v %s has published none that is unused and well-formed "+
					"(its first batch is not on chain yet, its pool ran dry, or it runs without one): "+
					"retry once it has published a batch, or allow a wrap to its registered key "+
					"(open -allow-registered-keys; no forward secrecy until that key rotates)", ErrNoOneTimeKey, r, acct.Hex())
			default:
				a.log.Warn("no fresh one-time key: wrapping to the registered key, as allowed", "role", r, "account", acct.Hex())
			}
		}
	}
	// Opens are numbered by the user's on-chain nonce. While earlier opens
	// are in flight the chain's count lags behind, and a gas estimate on
	// the latest state would run without them: such an open takes the
	// next local nonce and the gas the last open of its kind was estimated
	// (or seen) to use, plus a margin, and is sent right behind them. Without such a measure yet,
	// it waits for the opens in flight to be mined.
	a.openMu.Lock()
	defer a.openMu.Unlock()
	kind := openKind{o.Method, o.Suite, o.Coordinator}
	abi := bindings.NewSessionKeystore()
	var chainNonce, gasLimit uint64
	pipelined := false
	for {
		a.mu.Lock()
		before, used := a.opensInFlight, a.openGas[kind]
		a.mu.Unlock()
		if before > 0 && used > 0 {
			// Right behind opens in flight the chain's count lags anyway:
			// the next local nonce it is, with no call to read the count.
			gasLimit, pipelined = used+used/4+10_000, true
			break
		}
		out, err := a.call(ctx, abi.PackNonces(a.cfg.Account.Address))
		if err != nil {
			return nil, err
		}
		if chainNonce, err = abi.UnpackNonces(out); err != nil {
			return nil, fmt.Errorf("agent: nonces: %w", err)
		}
		a.mu.Lock()
		inFlight, used, wait := a.opensInFlight, a.openGas[kind], a.openIdle
		a.mu.Unlock()
		if inFlight == 0 && before > 0 {
			// An open in flight settled while the nonce was read: the read
			// may predate it. Read again; no open starts meanwhile (openMu
			// is held), so the next read is after every open sent.
			continue
		}
		if inFlight == 0 {
			break
		}
		if used > 0 {
			gasLimit = used + used/4 + 10_000
			break
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, fmt.Errorf("agent: waiting for the opens in flight: %w", ctx.Err())
		}
	}
	a.mu.Lock()
	h, call, err := a.prepareOpen(req, chainNonce, pipelined)
	if err != nil {
		a.mu.Unlock()
		return nil, err
	}
	id := h.ID()
	if a.opensInFlight == 0 {
		a.openIdle = make(chan struct{})
	}
	a.opensInFlight++
	a.openNonce = call.Nonce + 1
	a.inFlight[id] = protocol.StepOpen
	a.mu.Unlock()

	// Broadcast now, under openMu: the next Open's transaction takes the
	// next account nonce, so the opens are mined in their nonce order.
	to := a.cfg.Contract
	var wait func(context.Context) (*types.Receipt, error)
	data, err := wire.Pack(call)
	if err == nil && gasLimit == 0 {
		// Estimated here rather than by the sender, to be remembered: the
		// receipt the sender returns need not say what the open used.
		var est uint64
		if est, err = a.sender.Estimate(ctx, chain.Candidate{To: &to, Data: data}); err == nil {
			a.mu.Lock()
			a.openGas[kind] = est
			a.mu.Unlock()
			gasLimit = est + est/5
		}
	}
	if err == nil {
		wait, err = a.submitTx(ctx, chain.Candidate{To: &to, Data: data, GasLimit: gasLimit})
	}
	if err != nil && recipientKeyRefused(err) {
		// Refused before broadcasting (the gas estimate reverted): undone
		// here, so that Open can read the registry again and retry.
		a.openSettled(ctx, kind, id, nil, err)
		return nil, fmt.Errorf("%w: %w", ErrKeyRotated, err)
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		var rcpt *types.Receipt
		if err == nil {
			wctx, cancel := a.untilStopped(ctx)
			rcpt, err = wait(wctx)
			cancel()
		}
		if errors.Is(err, chain.ErrReverted) && a.recipientsRotated(ctx, req) {
			// A receipt carries no revert data: the registry says why.
			err = fmt.Errorf("%w: %w", ErrKeyRotated, err)
			a.forgetKeyViews()
		}
		a.openSettled(ctx, kind, id, rcpt, err)
	}()
	return h, nil
}

// openSettled records how the user's open transaction ended: the gas it
// used, or its failure (the session is then ended and its secrets deleted).
func (a *Agent) openSettled(ctx context.Context, kind openKind, id session.ID, rcpt *types.Receipt, err error) {
	a.mu.Lock()
	switch {
	case err == nil && rcpt.GasUsed > 0:
		a.openGas[kind] = rcpt.GasUsed
	case err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded):
		// The gas kept may be why (on an L2 the gas needed follows the L1
		// price): the next open of the kind waits for those in flight and
		// is estimated, rather than sent behind them with the same gas.
		delete(a.openGas, kind)
	}
	// A failed open leaves its nonce unused; the opens behind it keep theirs
	// and still succeed (the contract accepts any nonce not below the next
	// one), so the local numbering goes on.
	if a.opensInFlight--; a.opensInFlight == 0 {
		close(a.openIdle)
	}
	if next := a.settle(ctx, id, rcpt, err); next != nil {
		a.send(ctx, id, next)
	}
	a.mu.Unlock()
	if err != nil {
		a.log.Warn("call failed", "session", id, "step", protocol.StepOpen, "err", err)
		a.openFailed(id, err)
		return
	}
	a.log.Info("call mined", "session", id, "step", protocol.StepOpen, "block", rcpt.BlockNumber, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
}

// recipientKeyRefused reports whether err is the contract's refusal of an
// open whose pinned recipient key version is no longer current, or whose
// one-time key another open consumed first.
func recipientKeyRefused(err error) bool {
	var rev *chain.RevertError
	if !errors.As(err, &rev) || len(rev.Data) < 4 {
		return false
	}
	e, uerr := bindings.NewSessionKeystore().UnpackError(rev.Data)
	if uerr != nil {
		return false
	}
	switch e.(type) {
	case *bindings.SessionKeystoreSessionKeystoreKeyVersionMismatch, *bindings.SessionKeystoreSessionKeystoreOneTimeKeyUsed:
		return true
	}
	return false
}

// recipientsRotated reports whether a recipient's current registered key
// version differs from the one req pinned, or a one-time key req named is
// no longer available (another open consumed it first).
func (a *Agent) recipientsRotated(ctx context.Context, req protocol.OpenRequest) bool {
	p := req.Params
	if p.Method != session.Coordinator {
		return false
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if r == p.Coordinator {
			continue
		}
		if n := req.OneTimeKeys[r]; n != 0 {
			if ok, err := a.oneTimeKeyAvailable(ctx, p.Account(r), p.Suite, n); err == nil && !ok {
				return true
			}
		}
		info, err := a.KeyOf(ctx, p.Account(r), p.Suite)
		if err == nil && (info.Version != req.KeyVersions[r] || info.Revoked) {
			return true
		}
	}
	return false
}

// prepareOpen makes the user's machine of a new session with the given
// nonce (the local count's when pipelined: chainNonce was not read, and
// the local count is never below the chain's, which accepts any nonce not
// below its own), persists its secret and registers its handle. The
// caller holds a.mu.
func (a *Agent) prepareOpen(req protocol.OpenRequest, chainNonce uint64, pipelined bool) (*Session, protocol.OpenCall, error) {
	nonce := chainNonce
	if a.opensInFlight > 0 || pipelined {
		nonce = max(chainNonce, a.openNonce)
	}
	id := skcrypto.SessionID(a.chainID, a.cfg.Contract, a.cfg.Account.Address, nonce)
	req.Params.ID, req.Nonce = id, nonce
	if _, dup := a.machines[id]; dup {
		return nil, protocol.OpenCall{}, fmt.Errorf("agent: session %v (nonce %d) is already being opened", id, nonce)
	}
	m, acts, err := protocol.Open(protocol.Config{Role: session.User, Account: a.cfg.Account.Address, Rand: a.cfg.Rand}, req)
	if err != nil {
		return nil, protocol.OpenCall{}, err
	}
	// The marker records the nonce: should the agent stop before the open
	// is mined, the secret is kept until the chain shows it never can be.
	if err := a.store.PutSecret(id, markerSecret, binary.BigEndian.AppendUint64(nil, nonce)); err != nil {
		return nil, protocol.OpenCall{}, err
	}
	a.machines[id] = m
	a.unopened[id] = nonce
	a.execute(id, acts) // persists the user's secret before anything is sent
	if _, ok := a.machines[id]; !ok || a.rebuild[id] {
		return nil, protocol.OpenCall{}, errors.New("agent: could not persist the session's secret")
	}
	h := newSession(a, id, session.User)
	a.handles[id] = h
	return h, *m.OpenCall(), nil
}

// keyRef names an account's registered key of one suite.
type keyRef struct {
	account common.Address
	suite   session.Suite
}

// recipientInfo is KeyOf for an open, remembered until a registry event
// of the account and suite is applied (or an open finds it stale), so
// that opens naming the same recipients read the registry once.
func (a *Agent) recipientInfo(ctx context.Context, acct common.Address, suite session.Suite) (KeyInfo, error) {
	ref := keyRef{acct, suite}
	a.mu.Lock()
	info, ok := a.keyInfo[ref]
	a.mu.Unlock()
	if ok {
		return info, nil
	}
	info, err := a.KeyOf(ctx, acct, suite)
	if err != nil {
		return KeyInfo{}, err
	}
	a.mu.Lock()
	a.keyInfo[ref] = info
	a.mu.Unlock()
	return info, nil
}

// openKind is what an open's gas depends on.
type openKind struct {
	method      session.Method
	suite       session.Suite
	coordinator session.Role
}
