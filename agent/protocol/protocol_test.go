package protocol

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

func TestEstablishEveryConfiguration(t *testing.T) {
	for _, c := range configs() {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 31337, c.method, c.suite, c.coord, c.name)
			w.start()
			w.run()
			if len(w.rejected) != 0 {
				t.Fatalf("chain rejected calls: %v", w.rejected)
			}
			var key *skcrypto.SessionKey
			for _, r := range session.Roles {
				o := w.outcomes[r]
				if o == nil || o.Phase != session.Established || o.Key == nil {
					t.Fatalf("%v: outcome %+v", r, o)
				}
				if key == nil {
					key = o.Key
				} else if !key.Equal(o.Key) {
					t.Fatalf("%v derived a different key", r)
				}
				if w.forgot[r] != 1 || len(w.secrets[r]) != 0 {
					t.Errorf("%v: forgot %d times, %d secrets left", r, w.forgot[r], len(w.secrets[r]))
				}
			}
			// Traffic works between the three.
			tr := key.Traffic()
			ct, err := tr.Seal(session.User, 0, []byte("prompt"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if pt, err := w.outcomes[session.Miner].Key.Traffic().Open(session.User, 0, ct, nil); err != nil || string(pt) != "prompt" {
				t.Fatalf("miner cannot read the user's message: %v", err)
			}
			// Method 1: open, 2 joins, 3 reveals, 3 partials, 3 attests.
			// Method 2: open, a distribute, 3 attests; when the user
			// coordinates, the open carries the wraps and the user's
			// attestation, and 2 attests follow.
			want := 12
			if c.method == session.Coordinator {
				want = 5
				if c.coord == session.User {
					want = 3
				}
			}
			if got := countTxs(w); got != want {
				t.Errorf("%d transactions, want %d", got, want)
			}
		})
	}
}

// countTxs counts the distinct transactions (blocks in this model).
// TestUserCoordinatorAttestsInItsOpen: a user that coordinates Method 2
// sends its attestation in the open's transaction, checks it against the
// key it derives from the events, and sends none of its own after; an
// open without it (an agent of an earlier version, restored) still gets
// the user's attestation, once the open's transaction is past.
func TestUserCoordinatorAttestsInItsOpen(t *testing.T) {
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		for _, carried := range []bool{true, false} {
			t.Run(fmt.Sprintf("%v/carried-%v", suite, carried), func(t *testing.T) {
				w := newWorld(t, 31337, session.Coordinator, suite, session.User, "attest-in-open")
				var sent [32]byte
				var attests int
				w.tamper = func(from session.Role, c Call) Call {
					switch c := c.(type) {
					case OpenCall:
						sent = c.Attestation
						if !carried {
							c.Attestation = [32]byte{}
						}
						return c
					case AttestCall:
						if from == session.User {
							attests++
						}
					}
					return c
				}
				w.start()
				w.run()
				if len(w.rejected) != 0 {
					t.Fatalf("chain rejected calls: %v", w.rejected)
				}
				for _, r := range session.Roles {
					if o := w.outcomes[r]; o == nil || o.Phase != session.Established {
						t.Fatalf("%v: outcome %+v", r, o)
					}
				}
				if sent == ([32]byte{}) || sent != w.outcomes[session.User].Key.Attestation() {
					t.Fatalf("the open's attestation %x is not the session's", sent)
				}
				want, txs := 0, 3
				if !carried {
					want, txs = 1, 4
				}
				if attests != want || countTxs(w) != txs {
					t.Fatalf("%d attest calls by the user in %d transactions, want %d in %d", attests, countTxs(w), want, txs)
				}
			})
		}
	}
}

func countTxs(w *world) int {
	seen := map[uint64]bool{}
	for _, ev := range w.log {
		seen[ev.EventMeta().Block] = true
	}
	return len(seen)
}

func TestEveryDerivedValueDependsOnTheChain(t *testing.T) {
	// The same seeds on two chains and two contracts give unrelated keys.
	keyOf := func(chain uint64) *skcrypto.SessionKey {
		w := newWorld(t, chain, session.Combined, session.X25519, session.User, "same-seed")
		w.start()
		w.run()
		return w.outcomes[0].Key
	}
	if keyOf(1).Equal(keyOf(2)) {
		t.Fatal("sessions on two chains derived the same key")
	}
}

// lowOrderPoint is an X25519 point of order 1 (u = 1): every agreement
// with it is all-zero.
var lowOrderPoint = [32]byte{1}

func TestWrongPartialIsCaughtByItsChecker(t *testing.T) {
	for _, liar := range session.Roles {
		for name, bad := range map[string][32]byte{"wrong": {7, 7, 7}, "low-order": lowOrderPoint} {
			t.Run(fmt.Sprintf("%v-%s", liar, name), func(t *testing.T) {
				w := newWorld(t, 1, session.Combined, session.X25519, session.User, "partial")
				w.dishonest = liar.Bit()
				w.tamper = func(from session.Role, c Call) Call {
					if p, ok := c.(PartialCall); ok && from == liar {
						p.Partial = bad
						return p
					}
					return c
				}
				w.start()
				w.run()
				// The checker can always prove the lie; a low-order partial is
				// also proved by its recipient, whose agreement comes out zero.
				// Whichever abort lands first is the record.
				checker, recipient := PartnerOf(liar), (liar+2)%3
				for _, r := range session.Roles {
					if r == liar {
						continue
					}
					o := w.outcomes[r]
					okReporter := o != nil && (o.Reporter == checker || (name == "low-order" && o.Reporter == recipient))
					if o == nil || o.Phase != session.Failed || o.Fault != session.InvalidPartial || o.Culprits != liar.Bit() || !okReporter {
						t.Fatalf("%v: outcome %+v; want failed, invalid partial, culprit %v reported by %v", r, o, liar, checker)
					}
					// Each honest party disclosed its ephemeral scalar, then
					// forgot it (§5.4).
					if w.forgot[r] != 1 || len(w.secrets[r]) != 0 || w.machines[r].State() != Ended {
						t.Fatalf("%v: forgot %d times, %d secrets left, state %v", r, w.forgot[r], len(w.secrets[r]), w.machines[r].State())
					}
					var seed [32]byte
					copy(seed[:], w.persisted[r][0].value)
					if !slices.ContainsFunc(w.log, func(ev Event) bool {
						d, ok := ev.(EphemeralDisclosed)
						return ok && d.Role == r && d.Secret == seed
					}) {
						t.Fatalf("%v did not disclose its ephemeral scalar", r)
					}
				}
			})
		}
	}
}

// A failed Method 1 party keeps only its ephemeral scalar, offers the
// disclose call until the chain shows it, accepts nothing else, and can be
// made to give up; a Method 2 party forgets at once.
func TestDisclosingMachine(t *testing.T) {
	w := newWorld(t, 1, session.Combined, session.X25519, session.User, "disclosing")
	w.dishonest = session.Miner.Bit()
	w.chain.refuseDisclose = true
	w.tamper = func(from session.Role, c Call) Call {
		if p, ok := c.(PartialCall); ok && from == session.Miner {
			p.Partial = [32]byte{9}
			return p
		}
		return c
	}
	w.start()
	w.run()
	m := w.machines[session.User]
	if m.State() != Disclosing || w.outcomes[session.User] == nil || w.forgot[session.User] != 0 {
		t.Fatalf("user: state %v, outcome %v, forgot %d", m.State(), w.outcomes[session.User], w.forgot[session.User])
	}
	d, ok := m.Pending().(DiscloseCall)
	if !ok || !bytes.Equal(d.Secret[:], w.secrets[session.User][SecretEphemeral]) || d.ID != w.params.ID {
		t.Fatalf("pending %#v", m.Pending())
	}
	if m.Overdue(1<<62) != nil {
		t.Fatal("a failed session is never expired")
	}
	if _, err := m.Consume(Attested{Meta: w.meta(), Role: session.Miner}); !errors.Is(err, ErrUnexpectedEvent) {
		t.Fatalf("Attested after failure: %v", err)
	}
	if _, err := m.Consume(EphemeralDisclosed{Meta: Meta{Contract: w.params.Contract}, Role: session.User}); !errors.Is(err, ErrWrongSession) {
		t.Fatalf("another session's disclosure: %v", err)
	}
	if acts, err := m.Consume(EphemeralDisclosed{Meta: w.meta(), Role: session.Oracle}); err != nil || len(acts) != 0 || m.State() != Disclosing {
		t.Fatalf("another party's disclosure: %v %v %v", acts, err, m.State())
	}
	acts := m.Abandon()
	if len(acts) != 1 || m.State() != Ended || m.Pending() != nil {
		t.Fatalf("abandon: %#v, state %v", acts, m.State())
	}
	if _, ok := acts[0].(Forget); !ok {
		t.Fatalf("abandon: %#v", acts)
	}
	if m.Abandon() != nil {
		t.Fatal("abandon twice")
	}
}

func TestLowOrderEphemeralKeyIsAccused(t *testing.T) {
	w := newWorld(t, 1, session.Combined, session.X25519, session.User, "low-order-key")
	w.dishonest = session.Miner.Bit()
	p := w.params
	w.tamper = func(from session.Role, c Call) Call {
		if from != session.Miner {
			return c
		}
		switch c := c.(type) {
		case JoinCall:
			c.Commitment = skcrypto.Commitment(p.ChainID, p.Contract, p.ID, from, p.Miner, lowOrderPoint)
			return c
		case RevealCall:
			c.Key = lowOrderPoint
			return c
		}
		return c
	}
	w.start()
	w.run()
	o := w.outcomes[session.User]
	if o == nil || o.Phase != session.Failed || o.Fault != session.InvalidPublicKey || o.Culprits != session.Miner.Bit() {
		t.Fatalf("outcome %+v, want the miner accused of an invalid public key", o)
	}
}

func TestEquivocatingCoordinatorShowsAsMismatch(t *testing.T) {
	for _, c := range []session.Role{session.User, session.Miner, session.Oracle} {
		t.Run(c.String(), func(t *testing.T) {
			w := newWorld(t, 1, session.Coordinator, session.X25519, c, "equivocate")
			w.dishonest = c.Bit()
			// The coordinator wraps a different secret for its second recipient.
			other := recipientsOf(c)[1]
			rewrap := func() []byte {
				m := w.machines[c]
				wr, err := skcrypto.Wrap(session.X25519, m.keys[other], skcrypto.WrapInfo(m.transcript().PrewrapHash(), other), bytes.Repeat([]byte{9}, 32))
				if err != nil {
					t.Fatal(err)
				}
				return wr
			}
			w.tamper = func(from session.Role, call Call) Call {
				switch call := call.(type) {
				case OpenCall:
					if c == session.User {
						call.WrapOracle = rewrap()
					}
					return call
				case DistributeCall:
					call.WrapOther = rewrap()
					return call
				}
				return call
			}
			w.start()
			w.run()
			for _, r := range session.Roles {
				o := w.outcomes[r]
				if o == nil || o.Phase != session.Failed || o.Fault != session.AttestationMismatch {
					t.Fatalf("%v: outcome %+v", r, o)
				}
			}
			if m := w.outcomes[other].Mismatched; !m.Has(c) || m.Has(other) {
				t.Errorf("%v's mismatched set %v must name the coordinator", other, m)
			}
		})
	}
}

func TestGarbageWrapIsBlamedOnTheCoordinator(t *testing.T) {
	for _, c := range session.Roles {
		for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
			for name, mangle := range map[string]func([]byte) []byte{
				"garbage":      func(b []byte) []byte { return bytes.Repeat([]byte{0x5a}, len(b)) },
				"flipped-enc":  func(b []byte) []byte { b = bytes.Clone(b); b[3] ^= 1; return b },
				"flipped-tail": func(b []byte) []byte { b = bytes.Clone(b); b[len(b)-1] ^= 1; return b },
			} {
				t.Run(fmt.Sprintf("%v-%v-%s", c, suite, name), func(t *testing.T) {
					w := newWorld(t, 1, session.Coordinator, suite, c, "garbage")
					w.dishonest = c.Bit()
					victim := recipientsOf(c)[1]
					w.tamper = func(from session.Role, call Call) Call {
						switch call := call.(type) {
						case OpenCall:
							if c == session.User {
								call.WrapOracle = mangle(call.WrapOracle)
							}
							return call
						case DistributeCall:
							call.WrapOther = mangle(call.WrapOther)
							return call
						}
						return call
					}
					w.start()
					w.run()
					o := w.outcomes[c]
					if o == nil || o.Phase != session.Failed || o.Fault != session.InvalidWrap || o.Culprits != c.Bit() || o.Reporter != victim {
						t.Fatalf("outcome %+v, want %v accusing the coordinator %v of an invalid wrap", o, victim, c)
					}
				})
			}
		}
	}
}

// snapshot captures a machine's observable state.
func snapshot(m *Machine) string {
	var pend string
	if c := m.Pending(); c != nil {
		pend = c.Step().String()
	}
	view := []byte{}
	if m.state != AwaitingOpened {
		view = m.publicView()
	}
	return fmt.Sprintf("%v|%v|%x|%s|%v|%v", m.state, m.phase, view, pend, m.attested, m.abort != nil)
}

func TestBadEventsLeaveTheMachineUnchanged(t *testing.T) {
	for _, c := range configs() {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, 5, c.method, c.suite, c.coord, "bad-events")
			other := newWorld(t, 6, c.method, c.suite, c.coord, "bad-events") // another chain
			other.start()
			other.run()
			w.onEvent = func(i int) {
				ev := w.log[i]
				for _, r := range session.Roles {
					m := w.machines[r]
					if m.State() != Running {
						continue
					}
					before := snapshot(m)
					try := func(name string, ev Event, want error) {
						t.Helper()
						if _, err := m.Consume(ev); !errors.Is(err, want) {
							t.Fatalf("%v, %s %T: %v, want %v", r, name, ev, err, want)
						}
						if after := snapshot(m); after != before {
							t.Fatalf("%v: %s changed the machine", r, name)
						}
					}
					if _, isOpened := ev.(Opened); !isOpened {
						try("duplicate", ev, ErrUnexpectedEvent)
					}
					// Every event of the same session on another chain.
					for _, oev := range other.log {
						if _, isOpened := oev.(Opened); isOpened {
							try("other chain's Opened", oev, ErrUnexpectedEvent)
							continue
						}
						try("other chain", oev, ErrWrongSession)
					}
					moved := withMeta(ev, func(m *Meta) { m.Contract[0] ^= 1 })
					if _, isOpened := ev.(Opened); !isOpened {
						try("other contract", moved, ErrWrongSession)
						try("other session", withMeta(ev, func(m *Meta) { m.Session[0] ^= 1 }), ErrWrongSession)
					}
				}
			}
			w.start()
			w.run()
			if w.outcomes[0] == nil || w.outcomes[0].Phase != session.Established {
				t.Fatalf("outcome %+v", w.outcomes[0])
			}
		})
	}
}

// withMeta returns a copy of ev with its Meta changed.
func withMeta(ev Event, f func(*Meta)) Event {
	switch e := ev.(type) {
	case Opened:
		f(&e.Meta)
		return e
	case PhaseAdvanced:
		f(&e.Meta)
		return e
	case Committed:
		f(&e.Meta)
		return e
	case Revealed:
		f(&e.Meta)
		return e
	case PartialPublished:
		f(&e.Meta)
		return e
	case UserKeyPublished:
		f(&e.Meta)
		return e
	case KeyWrapped:
		f(&e.Meta)
		return e
	case Attested:
		f(&e.Meta)
		return e
	case SessionEstablished:
		f(&e.Meta)
		return e
	case SessionFailed:
		f(&e.Meta)
		return e
	case SessionExpired:
		f(&e.Meta)
		return e
	}
	panic(fmt.Sprintf("withMeta: %T", ev))
}

func TestMalformedEvents(t *testing.T) {
	w := newWorld(t, 1, session.Combined, session.X25519, session.User, "malformed")
	var atReveal bool
	w.onEvent = func(i int) {
		pa, ok := w.log[i].(PhaseAdvanced)
		if !ok || pa.Phase != session.Revealing || atReveal {
			return
		}
		atReveal = true
		m := w.machines[session.Oracle]
		before := snapshot(m)
		// A reveal that does not match its commitment, as if forged.
		if _, err := m.Consume(Revealed{Meta: w.meta(), Role: session.Miner, Key: [32]byte{3}}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("forged reveal: %v", err)
		}
		if _, err := m.Consume(Revealed{Meta: w.meta(), Role: 7}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("bad role: %v", err)
		}
		if _, err := m.Consume(PhaseAdvanced{Meta: w.meta(), Phase: 42}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("bad phase: %v", err)
		}
		if _, err := m.Consume(PhaseAdvanced{Meta: w.meta(), Phase: session.Wrapping}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("wrapping in method 1: %v", err)
		}
		if _, err := m.Consume(KeyWrapped{Meta: w.meta(), Recipient: session.Miner, Wrapped: make([]byte, 80)}); !errors.Is(err, ErrMalformed) {
			t.Fatalf("wrap in method 1: %v", err)
		}
		if snapshot(m) != before {
			t.Fatal("malformed events changed the machine")
		}
	}
	w.start()
	w.run()
	if !atReveal || w.outcomes[0].Phase != session.Established {
		t.Fatal("session did not complete")
	}
}

func TestTruncatedWrapEventIsMalformed(t *testing.T) {
	for _, suite := range []session.Suite{session.X25519, session.Hybrid} {
		w := newWorld(t, 1, session.Coordinator, suite, session.Miner, "truncated")
		checked := false
		w.onEvent = func(i int) {
			if pa, ok := w.log[i].(PhaseAdvanced); !ok || pa.Phase != session.Wrapping || checked {
				return
			}
			checked = true
			m := w.machines[session.Oracle]
			before := snapshot(m)
			for _, n := range []int{0, 1, skcrypto.WrapLength(suite) - 1, skcrypto.WrapLength(suite) + 1} {
				if _, err := m.Consume(KeyWrapped{Meta: w.meta(), Recipient: session.Oracle, Wrapped: make([]byte, n)}); !errors.Is(err, ErrMalformed) {
					t.Fatalf("%v wrap of %d bytes: %v", suite, n, err)
				}
			}
			if snapshot(m) != before {
				t.Fatal("changed")
			}
		}
		w.start()
		w.run()
		if !checked {
			t.Fatal("never reached Wrapping")
		}
	}
}

func TestTerminalEventsEndTheSession(t *testing.T) {
	w := newWorld(t, 1, session.Combined, session.X25519, session.User, "expire")
	w.start()
	w.run() // runs to establishment; now replay into fresh machines and expire midway
	for cut := 1; cut < len(w.log)-1; cut++ {
		m, err := New(w.cfgs[session.Miner], w.secretsAt(session.Miner, cut))
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range w.log[:cut] {
			if _, err := m.Consume(ev); err != nil {
				t.Fatalf("replay: %v", err)
			}
		}
		acts, err := m.Consume(SessionExpired{Meta: w.meta(), Phase: m.Phase(), Stalled: session.Oracle.Bit()})
		if err != nil {
			t.Fatal(err)
		}
		if len(acts) != 2 {
			t.Fatalf("cut %d: actions %v", cut, acts)
		}
		if d, ok := acts[0].(Done); !ok || d.Outcome.Phase != session.Expired || d.Outcome.Stalled != session.Oracle.Bit() {
			t.Fatalf("cut %d: %v", cut, acts[0])
		}
		if _, ok := acts[1].(Forget); !ok {
			t.Fatalf("cut %d: no Forget", cut)
		}
		if m.Pending() != nil || m.ephSeed != nil {
			t.Fatalf("cut %d: ended machine still holds work or secrets", cut)
		}
		if _, err := m.Consume(w.log[cut]); !errors.Is(err, ErrUnexpectedEvent) {
			t.Fatalf("cut %d: event after the end: %v", cut, err)
		}
	}
}

// secretsAt returns what the role had persisted after cut events: the
// runtime's store at that moment.
func (w *world) secretsAt(r session.Role, cut int) Secrets {
	s := Secrets{}
	for _, p := range w.persisted[r] {
		if p.at <= cut {
			s[p.name] = p.value
		}
	}
	return s
}

// TestOpenRefusesUnusableRecipientKeys: the user refuses to open a Method 2
// session to a recipient whose registered key is low-order or malformed,
// whichever role coordinates (docs/PROTOCOL.md §6.2): opening would spend
// gas on a session that can only fail.
func TestOpenRefusesUnusableRecipientKeys(t *testing.T) {
	hybridLow := make([]byte, 1216)
	copy(hybridLow[1184:], lowOrderPoint[:])
	for _, s := range []session.Suite{session.X25519, session.Hybrid} {
		for _, c := range session.Roles {
			for _, bad := range []session.Role{session.Miner, session.Oracle} {
				if bad == c {
					continue
				}
				keys := map[string][]byte{"low-order": lowOrderPoint[:], "short": {1, 2, 3}, "empty": nil}
				if s == session.Hybrid {
					w := newWorld(t, 1, session.Coordinator, s, c, "unusable")
					good := w.regKeys[bad].PublicKey()
					copy(hybridLow[:1184], good[:1184])
					keys = map[string][]byte{"low-order": hybridLow, "short": good[:1215], "empty": nil}
				}
				for name, key := range keys {
					t.Run(fmt.Sprintf("%v/coordinator-%v/%v-%s", s, c, bad, name), func(t *testing.T) {
						w := newWorld(t, 1, session.Coordinator, s, c, "unusable")
						req := OpenRequest{Params: w.params, Nonce: w.nonce, PhaseTimeout: 60}
						for _, r := range []session.Role{session.Miner, session.Oracle} {
							if r != c {
								req.RegisteredKeys[r], req.KeyVersions[r] = w.regKeys[r].PublicKey(), 1
							}
						}
						req.RegisteredKeys[bad] = key
						if _, _, err := Open(w.cfgs[session.User], req); err == nil {
							t.Fatal("opened to an unusable registered key")
						}
						// The same request with the good key opens.
						req.RegisteredKeys[bad] = w.regKeys[bad].PublicKey()
						if _, _, err := Open(w.cfgs[session.User], req); err != nil {
							t.Fatal(err)
						}
					})
				}
			}
		}
	}
}
