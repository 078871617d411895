package wire

import (
	"fmt"

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
