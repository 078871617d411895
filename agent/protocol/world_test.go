package protocol

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// detRand is a deterministic byte stream: SHA-256(seed || counter) blocks.
type detRand struct {
	seed string
	n    uint64
	buf  []byte
}

func (r *detRand) Read(p []byte) (int, error) {
	for i := range p {
		if len(r.buf) == 0 {
			h := sha256.New()
			h.Write([]byte(r.seed))
			binary.Write(h, binary.BigEndian, r.n)
			r.n++
			r.buf = h.Sum(nil)
		}
		p[i], r.buf = r.buf[0], r.buf[1:]
	}
	return len(p), nil
}

// world wires three machines through chainModel, a minimal in-memory model
// of the contract's ordering rules. It is a test harness only: the real
// contract is tested by Foundry and on the simulated chain.
type world struct {
	t        testing.TB
	params   session.Params
	nonce    uint64
	machines [3]*Machine
	cfgs     [3]Config
	secrets  [3]Secrets
	regKeys  [3]*skcrypto.RecipientKey
	chain    chainModel
	log      []Event // every event, in order
	queue    []queued
	outcomes [3]*Outcome
	forgot   [3]int
	// tamper, if set, may rewrite a party's call before the chain sees it.
	tamper func(from session.Role, c Call) Call
	// onEvent, if set, runs after each event is delivered.
	onEvent func(i int)
	// afterTx run once a transaction's events are all delivered.
	afterTx []func()
	// rejected counts calls the chain model refused.
	rejected []string
	// dishonest roles run tampered calls: their own machines' errors about
	// their own values are expected and ignored.
	dishonest session.RoleSet
	block     uint64
	// persisted records every Persist with the number of events seen then.
	persisted [3][]persisted
	// oneTime, when set for a recipient, is its one-time key, which the
	// user names in open (number oneTimeNumber(r)).
	oneTime [3]*skcrypto.RecipientKey
}

// oneTimeNumber is the one-time key number the world gives recipient r.
func oneTimeNumber(r session.Role) uint32 { return 10 + uint32(r) }

// useOneTimeKeys gives each Method 2 recipient a one-time key.
func (w *world) useOneTimeKeys(seed string) {
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if r == w.params.Coordinator {
			continue
		}
		k, err := skcrypto.GenerateRecipientKey(w.params.Suite, &detRand{seed: fmt.Sprintf("%s/one-time/%v", seed, r)})
		if err != nil {
			w.t.Fatal(err)
		}
		w.oneTime[r] = k
	}
}

// oneTimeEvent is OneTimeKeysUsed as the runtime fills it for role r.
func (w *world) oneTimeEvent(e OneTimeKeysUsed, r session.Role) OneTimeKeysUsed {
	for _, x := range []session.Role{session.Miner, session.Oracle} {
		if k := w.oneTime[x]; k != nil && e.Keys[x] != 0 {
			e.PublicKeys[x] = k.PublicKey()
		}
	}
	if k := w.oneTime[r]; k != nil && e.Keys[r] != 0 {
		e.Own = k
	}
	return e
}

type persisted struct {
	at    int
	name  SecretName
	value []byte
}

type queued struct {
	from session.Role
	call Call
}

var testContract = common.HexToAddress("0x00000000000000000000000000000000005e55a1")

func accountsFor(chain uint64) [3]common.Address {
	var a [3]common.Address
	for _, r := range session.Roles {
		a[r] = common.BytesToAddress([]byte{0xa0 + byte(r), byte(chain)})
	}
	return a
}

func newWorld(t testing.TB, chainID uint64, m session.Method, s session.Suite, c session.Role, seed string) *world {
	t.Helper()
	acc := accountsFor(chainID)
	w := &world{t: t}
	w.params = session.Params{ChainID: chainID, Contract: testContract, Method: m, Suite: s, Coordinator: c,
		User: acc[session.User], Miner: acc[session.Miner], Oracle: acc[session.Oracle]}
	w.params.ID = skcrypto.SessionID(chainID, testContract, w.params.User, 0)
	for _, r := range session.Roles {
		w.cfgs[r] = Config{Role: r, Account: acc[r], Rand: &detRand{seed: fmt.Sprintf("%s/%v", seed, r)}}
		w.secrets[r] = Secrets{}
	}
	if m == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			k, err := skcrypto.GenerateRecipientKey(s, &detRand{seed: fmt.Sprintf("%s/registered/%v", seed, r)})
			if err != nil {
				t.Fatal(err)
			}
			w.regKeys[r] = k
			w.cfgs[r].RecipientKey = k
		}
	}
	w.chain = chainModel{w: w}
	return w
}

// start has the user open the session and the others wait for it.
func (w *world) start() {
	w.t.Helper()
	req := OpenRequest{Params: w.params, Nonce: w.nonce, PhaseTimeout: 60}
	if w.params.Method == session.Coordinator {
		for _, r := range []session.Role{session.Miner, session.Oracle} {
			if r != w.params.Coordinator {
				req.RegisteredKeys[r] = w.regKeys[r].PublicKey()
				req.KeyVersions[r] = 1
				if k := w.oneTime[r]; k != nil {
					req.OneTimeKeys[r], req.OneTimePublic[r] = oneTimeNumber(r), k.PublicKey()
				}
			}
		}
	}
	m, acts, err := Open(w.cfgs[session.User], req)
	if err != nil {
		w.t.Fatal(err)
	}
	w.machines[session.User] = m
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		mm, err := New(w.cfgs[r], nil)
		if err != nil {
			w.t.Fatal(err)
		}
		w.machines[r] = mm
	}
	w.do(session.User, acts)
}

// do executes a machine's actions as the runtime would.
func (w *world) do(r session.Role, acts []Action) {
	for _, a := range acts {
		switch a := a.(type) {
		case Persist:
			w.secrets[r][a.Name] = append([]byte(nil), a.Value...)
			w.persisted[r] = append(w.persisted[r], persisted{len(w.log), a.Name, append([]byte(nil), a.Value...)})
		case Send:
			w.queue = append(w.queue, queued{r, a.Call})
		case Done:
			if w.outcomes[r] != nil {
				w.t.Fatalf("%v: second Done", r)
			}
			o := a.Outcome
			w.outcomes[r] = &o
		case Forget:
			w.secrets[r] = Secrets{}
			w.forgot[r]++
		}
	}
}

// run applies queued calls until none is left.
func (w *world) run() {
	w.t.Helper()
	for steps := 0; len(w.queue) > 0; steps++ {
		if steps > 1000 {
			w.t.Fatal("world does not terminate")
		}
		q := w.queue[0]
		w.queue = w.queue[1:]
		call := q.call
		if w.tamper != nil {
			call = w.tamper(q.from, call)
		}
		events, err := w.chain.apply(q.from, call)
		if err != nil {
			w.rejected = append(w.rejected, fmt.Sprintf("%v %v: %v", q.from, call.Step(), err))
			continue
		}
		w.block++
		for _, ev := range events {
			w.deliver(ev)
		}
		for _, f := range w.afterTx {
			f()
		}
		w.afterTx = nil
	}
}

func (w *world) deliver(ev Event) {
	w.t.Helper()
	w.log = append(w.log, ev)
	for _, r := range session.Roles {
		m := w.machines[r]
		if m.State() == Ended {
			continue
		}
		toR := ev
		if e, ok := ev.(OneTimeKeysUsed); ok {
			toR = w.oneTimeEvent(e, r)
		}
		acts, err := m.Consume(toR)
		if err != nil {
			if w.dishonest.Has(r) {
				continue
			}
			w.t.Fatalf("%v consuming %T: %v", r, ev, err)
		}
		w.do(r, acts)
	}
	w.compareTranscripts()
	if w.onEvent != nil {
		w.onEvent(len(w.log) - 1)
	}
}

// publicView encodes everything public a machine has recorded.
func (m *Machine) publicView() []byte {
	if m.params.Method == session.Combined {
		t := skcrypto.CombinedTranscript{Params: m.params, Commitments: m.commitments, EphemeralKeys: m.reveals, Partials: m.partials}
		return append(t.Encode(), byte(m.phase))
	}
	return append(m.transcript().Encode(), byte(m.phase))
}

// compareTranscripts checks the three machines saw the same public values,
// after every message (wireguard-go style).
func (w *world) compareTranscripts() {
	w.t.Helper()
	var first []byte
	for _, r := range session.Roles {
		if w.dishonest.Has(r) {
			continue
		}
		if w.machines[r].State() != Running {
			return
		}
		v := w.machines[r].publicView()
		if first == nil {
			first = v
		} else if !bytes.Equal(first, v) {
			w.t.Fatalf("transcripts diverge after event %d (%T)", len(w.log)-1, w.log[len(w.log)-1])
		}
	}
}

func (w *world) meta() Meta {
	return Meta{Contract: w.params.Contract, Session: w.params.ID, Block: w.block + 1}
}

// chainModel mirrors the contract's rules for one session, without time.
type chainModel struct {
	w           *world
	opened      bool
	phase       session.Phase
	acted       session.RoleSet
	commitments [3][32]byte
	attest      [3][32]byte
	disclosed   session.RoleSet
	// refuseDisclose makes disclose revert (an old contract).
	refuseDisclose bool
}

func (c *chainModel) advance(to session.Phase) Event {
	c.phase, c.acted = to, 0
	return PhaseAdvanced{Meta: c.w.meta(), Phase: to, Deadline: 1000}
}

func (c *chainModel) apply(from session.Role, call Call) ([]Event, error) {
	w := c.w
	p := w.params
	if !c.opened && call.Step() != StepOpen {
		return nil, fmt.Errorf("no session")
	}
	if d, ok := call.(DiscloseCall); ok {
		if c.refuseDisclose || c.phase != session.Failed || p.Method != session.Combined || c.disclosed.Has(from) {
			return nil, fmt.Errorf("disclose in %v by %v", c.phase, from)
		}
		c.disclosed |= from.Bit()
		return []Event{EphemeralDisclosed{Meta: w.meta(), Role: from, Secret: d.Secret}}, nil
	}
	if d, ok := call.(DiscloseOneTimeCall); ok {
		if c.phase != session.Failed || p.Method != session.Coordinator || from == p.Coordinator || c.disclosed.Has(from) {
			return nil, fmt.Errorf("discloseOneTimeKey in %v by %v", c.phase, from)
		}
		c.disclosed |= from.Bit()
		return []Event{OneTimeKeyDisclosed{Meta: w.meta(), Role: from, Secret: d.Secret}}, nil
	}
	if c.phase.Terminal() {
		return nil, fmt.Errorf("terminal")
	}
	if call.Step() != StepOpen && call.Step() != StepAbort && c.acted.Has(from) {
		return nil, fmt.Errorf("already acted")
	}
	mt := w.meta()
	var evs []Event
	switch call := call.(type) {
	case OpenCall:
		if c.opened || from != session.User {
			return nil, fmt.Errorf("open twice or not by user")
		}
		c.opened = true
		op := Opened{Meta: mt, Params: p, Nonce: call.Nonce, PhaseTimeout: call.PhaseTimeout}
		used := OneTimeKeysUsed{Meta: mt}
		used.Keys[session.Miner], used.Keys[session.Oracle] = call.MinerOneTimeKey, call.OracleOneTimeKey
		if p.Method == session.Coordinator {
			op.KeyVersions[session.Miner], op.KeyVersions[session.Oracle] = call.MinerKeyVersion, call.OracleKeyVersion
			for _, r := range []session.Role{session.Miner, session.Oracle} {
				if r != p.Coordinator && op.KeyVersions[r] != 0 {
					op.RegisteredKeys[r] = w.regKeys[r].PublicKey()
				}
			}
		}
		evs = append(evs, op)
		if used.Keys != [3]uint32{} {
			evs = append(evs, used)
		}
		switch {
		case p.Method == session.Combined:
			c.commitments[session.User] = call.Commitment
			evs = append(evs, Committed{Meta: mt, Role: session.User, Commitment: call.Commitment}, c.advance(session.Committing))
			c.acted = session.User.Bit()
		case p.Coordinator == session.User:
			evs = append(evs, KeyWrapped{Meta: mt, Recipient: session.Miner, Wrapped: call.WrapMiner},
				KeyWrapped{Meta: mt, Recipient: session.Oracle, Wrapped: call.WrapOracle}, c.advance(session.Attesting))
		default:
			evs = append(evs, UserKeyPublished{Meta: mt, Key: call.UserKey}, c.advance(session.Wrapping))
		}
		if call.Attestation != ([32]byte{}) { // multicall([open, attest])
			more, err := c.apply(from, AttestCall{ID: call.ID, Attestation: call.Attestation})
			if err != nil {
				return nil, fmt.Errorf("the attestation in the open: %w", err)
			}
			evs = append(evs, more...)
		}
	case JoinCall:
		if c.phase != session.Committing || from == session.User {
			return nil, fmt.Errorf("join in %v by %v", c.phase, from)
		}
		c.commitments[from] = call.Commitment
		c.acted |= from.Bit()
		evs = append(evs, Committed{Meta: mt, Role: from, Commitment: call.Commitment})
		if c.acted == session.AllRoles {
			evs = append(evs, c.advance(session.Revealing))
		}
	case RevealCall:
		if c.phase != session.Revealing {
			return nil, fmt.Errorf("reveal in %v", c.phase)
		}
		if skcrypto.Commitment(p.ChainID, p.Contract, p.ID, from, p.Account(from), call.Key) != c.commitments[from] {
			return nil, fmt.Errorf("commitment mismatch")
		}
		c.acted |= from.Bit()
		evs = append(evs, Revealed{Meta: mt, Role: from, Key: call.Key})
		if c.acted == session.AllRoles {
			evs = append(evs, c.advance(session.Partials))
		}
	case PartialCall:
		if c.phase != session.Partials {
			return nil, fmt.Errorf("partial in %v", c.phase)
		}
		c.acted |= from.Bit()
		evs = append(evs, PartialPublished{Meta: mt, Role: from, Partial: call.Partial})
		if c.acted == session.AllRoles {
			evs = append(evs, c.advance(session.Attesting))
		}
	case DistributeCall:
		if c.phase != session.Wrapping || from != p.Coordinator {
			return nil, fmt.Errorf("distribute in %v by %v", c.phase, from)
		}
		other := session.Miner
		if from == session.Miner {
			other = session.Oracle
		}
		evs = append(evs, KeyWrapped{Meta: mt, Recipient: session.User, Wrapped: call.WrapUser},
			KeyWrapped{Meta: mt, Recipient: other, Wrapped: call.WrapOther}, c.advance(session.Attesting))
	case AttestCall:
		if c.phase != session.Attesting {
			return nil, fmt.Errorf("attest in %v", c.phase)
		}
		c.attest[from] = call.Attestation
		c.acted |= from.Bit()
		evs = append(evs, Attested{Meta: mt, Role: from, Attestation: call.Attestation})
		if c.acted == session.AllRoles {
			u, m, o := c.attest[0], c.attest[1], c.attest[2]
			if u == m && m == o {
				c.phase = session.Established
				evs = append(evs, SessionEstablished{Meta: mt, Attestation: u})
			} else {
				culprits := session.AllRoles
				switch {
				case u == m:
					culprits = session.Oracle.Bit()
				case u == o:
					culprits = session.Miner.Bit()
				case m == o:
					culprits = session.User.Bit()
				}
				c.phase = session.Failed
				evs = append(evs, SessionFailed{Meta: mt, Fault: session.AttestationMismatch, Culprits: culprits})
			}
		}
	case AbortCall:
		c.phase = session.Failed
		evs = append(evs, SessionFailed{Meta: mt, Fault: call.Fault, Culprits: call.Accused, Reporter: from})
	}
	return evs, nil
}

// configs lists every method/suite/coordinator combination.
func configs() []struct {
	name   string
	method session.Method
	suite  session.Suite
	coord  session.Role
} {
	out := []struct {
		name   string
		method session.Method
		suite  session.Suite
		coord  session.Role
	}{{"combined", session.Combined, session.X25519, session.User}}
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		for _, c := range session.Roles {
			out = append(out, struct {
				name   string
				method session.Method
				suite  session.Suite
				coord  session.Role
			}{fmt.Sprintf("coordinator-%v-%v", c, s), session.Coordinator, s, c})
		}
	}
	return out
}
