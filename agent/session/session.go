// Package session is the vocabulary every part of the agent shares: roles,
// methods, suites, phases and faults, mirroring the enums of ISessionKeystore
// ordinal for ordinal, plus session identifiers and the public parameters that
// the contract fixes when a session is opened.
//
// Values of these types are parsed from text only at the command line; inside
// the agent they are compared as values, never as strings.
package session

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// MinPhaseTimeout and MaxPhaseTimeout bound a session's phase timeout, as
// the contract's MIN_PHASE_TIMEOUT and MAX_PHASE_TIMEOUT do (a test holds
// them equal).
const (
	MinPhaseTimeout = 10 * time.Second
	MaxPhaseTimeout = 30 * 24 * time.Hour
)

// ErrUnknown is matched (errors.Is) by the error of every Parse function
// for text that names nothing.
var ErrUnknown = errors.New("session: unknown name")

// unknownName is a Parse function's error: "session: unknown method
// \"third\" (want combined or coordinator)", which is ErrUnknown.
type unknownName struct {
	kind, name, want string
}

func (e unknownName) Error() string {
	return fmt.Sprintf("session: unknown %s %q (want %s)", e.kind, e.name, e.want)
}

// Is makes the error match ErrUnknown.
func (e unknownName) Is(target error) bool { return target == ErrUnknown }

// Role is a party of a session (ISessionKeystore.Role).
type Role uint8

// The roles, in their on-chain order.
const (
	User Role = iota
	Miner
	Oracle
)

// Roles lists every role in on-chain order.
var Roles = [3]Role{User, Miner, Oracle}

var roleNames = [...]string{"user", "miner", "oracle"}

// Valid reports whether r is one of the three roles.
func (r Role) Valid() bool { return r <= Oracle }

// Bit is r's bit in a role bitmap (1 << r).
func (r Role) Bit() RoleSet { return RoleSet(1) << r }

// String returns "user", "miner" or "oracle".
func (r Role) String() string {
	if !r.Valid() {
		return fmt.Sprintf("Role(%d)", uint8(r))
	}
	return roleNames[r]
}

// ParseRole parses the String form of a role.
func ParseRole(s string) (Role, error) {
	for i, n := range roleNames {
		if strings.EqualFold(s, n) {
			return Role(i), nil
		}
	}
	return 0, unknownName{"role", s, "user, miner or oracle"}
}

// RoleSet is a bitmap of roles, bit 1<<role, as in the contract's events.
type RoleSet uint8

// AllRoles is the set of the three roles.
const AllRoles RoleSet = 0b111

// Has reports whether r is in s.
func (s RoleSet) Has(r Role) bool { return r.Valid() && s&r.Bit() != 0 }

// Valid reports whether s names only the three roles.
func (s RoleSet) Valid() bool { return s&^AllRoles == 0 }

// Members lists the roles in s in on-chain order.
func (s RoleSet) Members() []Role {
	var out []Role
	for _, r := range Roles {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String lists the members, e.g. "miner+oracle", or "none".
func (s RoleSet) String() string {
	if !s.Valid() {
		return fmt.Sprintf("RoleSet(%#x)", uint8(s))
	}
	m := s.Members()
	if len(m) == 0 {
		return "none"
	}
	names := make([]string, len(m))
	for i, r := range m {
		names[i] = r.String()
	}
	return strings.Join(names, "+")
}

// Method is how a session establishes its key (ISessionKeystore.Method).
type Method uint8

// The methods, in their on-chain order.
const (
	// Combined is Method 1: combined ECDH with commitment sharing.
	Combined Method = iota
	// Coordinator is Method 2: coordinator-based key distribution.
	Coordinator
)

var methodNames = [...]string{"combined", "coordinator"}

// Valid reports whether m is a defined method.
func (m Method) Valid() bool { return m <= Coordinator }

// String returns "combined" or "coordinator".
func (m Method) String() string {
	if !m.Valid() {
		return fmt.Sprintf("Method(%d)", uint8(m))
	}
	return methodNames[m]
}

// ParseMethod parses the String form of a method.
func ParseMethod(s string) (Method, error) {
	for i, n := range methodNames {
		if strings.EqualFold(s, n) {
			return Method(i), nil
		}
	}
	return 0, unknownName{"method", s, "combined or coordinator"}
}

// Suite is the cryptographic suite of a session or registered key
// (ISessionKeystore.Suite).
type Suite uint8

// The suites, in their on-chain order.
const (
	// X25519 uses X25519 keys and HPKE DHKEM(X25519, HKDF-SHA256).
	X25519 Suite = iota
	// Hybrid uses ML-KEM-768+X25519 (X-Wing) keys and HPKE MLKEM768-X25519.
	Hybrid
)

var suiteNames = [...]string{"x25519", "hybrid"}

// Valid reports whether s is a defined suite.
func (s Suite) Valid() bool { return s <= Hybrid }

// String returns "x25519" or "hybrid".
func (s Suite) String() string {
	if !s.Valid() {
		return fmt.Sprintf("Suite(%d)", uint8(s))
	}
	return suiteNames[s]
}

// ParseSuite parses the String form of a suite.
func ParseSuite(s string) (Suite, error) {
	for i, n := range suiteNames {
		if strings.EqualFold(s, n) {
			return Suite(i), nil
		}
	}
	return 0, unknownName{"suite", s, "x25519 or hybrid"}
}

// Phase is the stored phase of a session (ISessionKeystore.Phase).
type Phase uint8

// The phases, in their on-chain order. Phases only move forward.
const (
	PhaseNone Phase = iota
	Committing
	Revealing
	Partials
	Wrapping
	Attesting
	Established
	Failed
	Expired
	// Closed: a party ended an Established session's inferences.
	Closed
)

var phaseNames = [...]string{"none", "committing", "revealing", "partials", "wrapping", "attesting", "established", "failed", "expired", "closed"}

// Valid reports whether p is a defined phase.
func (p Phase) Valid() bool { return p <= Closed }

// Terminal reports whether the key exchange has ended: Established, Failed,
// Expired, or Closed (which follows Established).
func (p Phase) Terminal() bool { return p >= Established && p <= Closed }

// Step is where one inference of an Established session stands
// (ISessionKeystore.Step).
type Step uint8

// The inference steps, in their on-chain order.
const (
	StepNone Step = iota
	Requested
	Answered
	Judged
)

var stepNames = [...]string{"none", "requested", "answered", "judged"}

// Valid reports whether s is a defined step.
func (s Step) Valid() bool { return s <= Judged }

// String returns the lower-case step name.
func (s Step) String() string {
	if !s.Valid() {
		return fmt.Sprintf("Step(%d)", uint8(s))
	}
	return stepNames[s]
}

// String returns the lower-case phase name.
func (p Phase) String() string {
	if !p.Valid() {
		return fmt.Sprintf("Phase(%d)", uint8(p))
	}
	return phaseNames[p]
}

// Fault is why a session failed (ISessionKeystore.Fault).
type Fault uint8

// The faults, in their on-chain order.
const (
	FaultNone Fault = iota
	// AttestationMismatch: the three attestations were not equal.
	AttestationMismatch
	// InvalidPublicKey: a revealed, registered or per-session key is unusable.
	InvalidPublicKey
	// InvalidPartial: a Method 1 partial did not match its independent check.
	InvalidPartial
	// InvalidWrap: a Method 2 wrap did not open.
	InvalidWrap
	// FaultOther: any other off-chain check.
	FaultOther
)

var faultNames = [...]string{"none", "attestation-mismatch", "invalid-public-key", "invalid-partial", "invalid-wrap", "other"}

// Valid reports whether f is a defined fault.
func (f Fault) Valid() bool { return f <= FaultOther }

// String returns the fault's kebab-case name.
func (f Fault) String() string {
	if !f.Valid() {
		return fmt.Sprintf("Fault(%d)", uint8(f))
	}
	return faultNames[f]
}

// ID is a session id: keccak256(abi.encode(chainId, contract, user, nonce)).
type ID [32]byte

// String returns the id as 0x-prefixed hex.
func (id ID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// ParseID parses a 0x-prefixed (or bare) 64-digit hex session id.
func ParseID(s string) (ID, error) {
	var id ID
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(id) {
		return id, fmt.Errorf("session: invalid session id %q: want 32 bytes of hex", s)
	}
	copy(id[:], b)
	return id, nil
}

// Params are the public parameters of a session, fixed by the contract at
// open. Everything here is bound into the transcript.
type Params struct {
	ChainID     uint64
	Contract    common.Address
	ID          ID
	Method      Method
	Suite       Suite
	Coordinator Role // Method 2 only; User for Method 1
	User        common.Address
	Miner       common.Address
	Oracle      common.Address
}

// Account returns the account acting as r.
func (p *Params) Account(r Role) common.Address {
	switch r {
	case User:
		return p.User
	case Miner:
		return p.Miner
	case Oracle:
		return p.Oracle
	}
	panic(fmt.Sprintf("session: Account(%v)", r)) // programmer error: roles are validated at decode
}

// RoleOf returns the role a acts as in the session, if any. The contract
// requires the three accounts to be distinct, so the role is unique.
func (p *Params) RoleOf(a common.Address) (Role, bool) {
	for _, r := range Roles {
		if p.Account(r) == a {
			return r, true
		}
	}
	return 0, false
}

// Check reports the first structural problem with p: undefined enums, a
// Method 1 session with a coordinator or a suite other than X25519, parties
// that are not three distinct nonzero accounts.
func (p *Params) Check() error {
	switch {
	case !p.Method.Valid():
		return fmt.Errorf("session: invalid method %v", p.Method)
	case !p.Suite.Valid():
		return fmt.Errorf("session: invalid suite %v", p.Suite)
	case !p.Coordinator.Valid():
		return fmt.Errorf("session: invalid coordinator %v", p.Coordinator)
	case p.Method == Combined && p.Suite != X25519:
		return fmt.Errorf("session: method %v is defined for suite x25519 only, not %v", p.Method, p.Suite)
	case p.Method == Combined && p.Coordinator != User:
		return fmt.Errorf("session: method %v has no coordinator", p.Method)
	case p.User == (common.Address{}) || p.Miner == (common.Address{}) || p.Oracle == (common.Address{}):
		return errors.New("session: zero account")
	case p.User == p.Miner || p.User == p.Oracle || p.Miner == p.Oracle:
		return errors.New("session: user, miner and oracle must be distinct accounts")
	}
	return nil
}
