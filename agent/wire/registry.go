package wire

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// Registry is the key registry as the events tell it: every registered
// public key by account, suite and version. Sessions name a version, so
// keys are never overwritten, only added.
type Registry struct {
	keys    map[registryKey]registered
	revoked map[registryKey]bool
	// One-time keys by account, suite and number, and those a session
	// consumed, with the block from which they are known consumed.
	oneTime map[oneTimeKey][]byte
	used    map[oneTimeKey]uint64
}

type registered struct {
	pub   []byte
	block uint64
}

type registryKey struct {
	account common.Address
	suite   session.Suite
	version uint32
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{keys: map[registryKey]registered{}, revoked: map[registryKey]bool{}}
}

// Add records a registration (the decoder has checked its hash).
func (r *Registry) Add(k KeyRegistered) {
	r.keys[registryKey{k.Account, k.Suite, k.Version}] = registered{pub: append([]byte(nil), k.PublicKey...), block: k.Block}
}

// Remove forgets a registration whose log was removed by a reorg.
func (r *Registry) Remove(k KeyRegistered) {
	delete(r.keys, registryKey{k.Account, k.Suite, k.Version})
}

// Key returns the registered key of account, suite and version.
func (r *Registry) Key(account common.Address, suite session.Suite, version uint32) ([]byte, bool) {
	k, ok := r.keys[registryKey{account, suite, version}]
	return k.pub, ok
}

// Revoke records a revocation.
func (r *Registry) Revoke(k KeyRevoked) { r.revoked[registryKey{k.Account, k.Suite, k.Version}] = true }

// Unrevoke forgets a revocation whose log was removed by a reorg.
func (r *Registry) Unrevoke(k KeyRevoked) {
	delete(r.revoked, registryKey{k.Account, k.Suite, k.Version})
}

// Latest returns the newest registered version of account's key of suite,
// the block that registered it and whether it is revoked; ok is false if
// the account registered none.
func (r *Registry) Latest(account common.Address, suite session.Suite) (version uint32, block uint64, revoked, ok bool) {
	for k, reg := range r.keys {
		if k.account == account && k.suite == suite && k.version > version {
			version, block, ok = k.version, reg.block, true
		}
	}
	return version, block, ok && r.revoked[registryKey{account, suite, version}], ok
}

// Fill sets op.RegisteredKeys from the registry for the versions the
// session recorded.
func (r *Registry) Fill(op *protocol.Opened) error {
	if op.Params.Method != session.Coordinator {
		return nil
	}
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		v := op.KeyVersions[role]
		if v == 0 {
			continue
		}
		k, ok := r.Key(op.Params.Account(role), op.Params.Suite, v)
		if !ok {
			return fmt.Errorf("wire: no %v key version %d of %v %s seen", op.Params.Suite, v, role, op.Params.Account(role))
		}
		op.RegisteredKeys[role] = k
	}
	return nil
}

// oneTimeKey names one published one-time key: each suite numbers its
// pool on its own.
type oneTimeKey struct {
	account common.Address
	suite   session.Suite
	number  uint32
}

func (r *Registry) initOneTime() {
	if r.oneTime == nil {
		r.oneTime, r.used = map[oneTimeKey][]byte{}, map[oneTimeKey]uint64{}
	}
}

// AddOneTime records a published batch of one-time keys (the decoder has
// checked it).
func (r *Registry) AddOneTime(b OneTimeKeysPublished) {
	r.initOneTime()
	for i, k := range b.Keys {
		r.oneTime[oneTimeKey{b.Account, b.Suite, b.FirstKey + uint32(i)}] = append([]byte(nil), k...)
	}
}

// RemoveOneTime forgets a batch whose log was removed by a reorg.
func (r *Registry) RemoveOneTime(b OneTimeKeysPublished) {
	for i := range b.Keys {
		delete(r.oneTime, oneTimeKey{b.Account, b.Suite, b.FirstKey + uint32(i)})
	}
}

// MarkUsed records that a session consumed one-time key number of
// account's pool of suite, known as of block (the block of its
// OneTimeKeysUsed, or the head at which the contract said so). The
// earliest block is kept.
func (r *Registry) MarkUsed(account common.Address, suite session.Suite, number uint32, block uint64) {
	r.initOneTime()
	k := oneTimeKey{account, suite, number}
	block = max(block, 1) // 0 is "not consumed" in OneTimeEntry
	if at, ok := r.used[k]; !ok || block < at {
		r.used[k] = block
	}
}

// PruneUsed forgets the one-time keys known consumed as of a block before
// before, public key and all, except those keep reports are still needed
// (named by a session its holder still serves), and returns how many it
// forgot. A consumed key is never named by a new session, so without
// pruning the registry would grow with every session of the chain's
// history.
func (r *Registry) PruneUsed(before uint64, keep func(account common.Address, suite session.Suite, number uint32) bool) int {
	n := 0
	for k, at := range r.used {
		if at >= before || keep(k.account, k.suite, k.number) {
			continue
		}
		delete(r.used, k)
		if _, ok := r.oneTime[k]; ok {
			delete(r.oneTime, k)
			n++
		}
	}
	return n
}

// OneTimeKey returns published one-time key number of account's pool of
// suite.
func (r *Registry) OneTimeKey(account common.Address, suite session.Suite, number uint32) ([]byte, bool) {
	k, ok := r.oneTime[oneTimeKey{account, suite, number}]
	return k, ok
}

// FreshOneTimeKeys returns the numbers of account's published one-time keys
// of suite that no session consumed, lowest first.
func (r *Registry) FreshOneTimeKeys(account common.Address, suite session.Suite) []uint32 {
	var out []uint32
	for k := range r.oneTime {
		if _, used := r.used[k]; k.account == account && k.suite == suite && !used {
			out = append(out, k.number)
		}
	}
	slices.Sort(out)
	return out
}

// Entry is one key of the registry: a registration (PublicKey set) and
// whether it is revoked.
type Entry struct {
	Account   common.Address
	Suite     session.Suite
	Version   uint32
	PublicKey []byte
	Block     uint64
	Revoked   bool
}

// Entries returns every registration and revocation the registry holds,
// by account, suite and version: what Load needs to rebuild it.
func (r *Registry) Entries() []Entry {
	byKey := map[registryKey]*Entry{}
	var out []*Entry
	get := func(k registryKey) *Entry {
		e := byKey[k]
		if e == nil {
			e = &Entry{Account: k.account, Suite: k.suite, Version: k.version}
			byKey[k] = e
			out = append(out, e)
		}
		return e
	}
	for k, reg := range r.keys {
		e := get(k)
		e.PublicKey, e.Block = append([]byte(nil), reg.pub...), reg.block
	}
	for k, revoked := range r.revoked {
		if revoked {
			get(k).Revoked = true
		}
	}
	slices.SortFunc(out, func(x, y *Entry) int {
		if c := x.Account.Cmp(y.Account); c != 0 {
			return c
		}
		if x.Suite != y.Suite {
			return int(x.Suite) - int(y.Suite)
		}
		return int(int64(x.Version) - int64(y.Version))
	})
	res := make([]Entry, len(out))
	for i, e := range out {
		res[i] = *e
	}
	return res
}

// Load adds entries (as Entries returned them) to the registry.
func (r *Registry) Load(entries []Entry) {
	for _, e := range entries {
		k := registryKey{e.Account, e.Suite, e.Version}
		if e.PublicKey != nil {
			r.keys[k] = registered{pub: append([]byte(nil), e.PublicKey...), block: e.Block}
		}
		if e.Revoked {
			r.revoked[k] = true
		}
	}
}

// OneTimeEntry is one published one-time key.
type OneTimeEntry struct {
	Account common.Address
	Suite   session.Suite
	Number  uint32
	Key     []byte
	// Used is the block from which the key is known consumed (MarkUsed),
	// 0 if it is not known consumed.
	Used uint64
}

// OneTimeEntries returns the published one-time keys the registry holds,
// with the block from which each is known consumed (a key not known
// consumed may still be: the contract says which are available when an
// open picks one), by account and number: what LoadOneTime needs to
// rebuild them.
func (r *Registry) OneTimeEntries() []OneTimeEntry {
	out := make([]OneTimeEntry, 0, len(r.oneTime))
	for k, key := range r.oneTime {
		out = append(out, OneTimeEntry{Account: k.account, Suite: k.suite, Number: k.number, Key: key, Used: r.used[k]})
	}
	slices.SortFunc(out, func(x, y OneTimeEntry) int {
		if c := x.Account.Cmp(y.Account); c != 0 {
			return c
		}
		if x.Suite != y.Suite {
			return int(x.Suite) - int(y.Suite)
		}
		return int(int64(x.Number) - int64(y.Number))
	})
	return out
}

// LoadOneTime adds published one-time keys (as OneTimeEntries returned
// them) to the registry.
func (r *Registry) LoadOneTime(entries []OneTimeEntry) {
	if len(entries) > 0 {
		r.initOneTime()
	}
	for _, e := range entries {
		k := oneTimeKey{e.Account, e.Suite, e.Number}
		r.oneTime[k] = append([]byte(nil), e.Key...)
		if e.Used != 0 {
			r.MarkUsed(e.Account, e.Suite, e.Number, e.Used)
		}
	}
}
