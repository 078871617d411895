package agent

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/store"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// The store entries of an Established session: from SessionEstablished to
// SessionClosed they are the session's only secrets.
const (
	// secretSessionKey is K (32 bytes) || TH (32 bytes).
	secretSessionKey = "session-key"
	// secretCounter is the next unused traffic counter of this agent's role
	// (u64, big-endian): a counter is recorded as used before it seals.
	secretCounter = "traffic-counter"
)

// ErrClosed is returned for a session that has been closed (SessionClosed)
// or is not Established at this agent.
var ErrClosed = errors.New("agent: session closed or not established")

// conversation is the runtime side of an Established session.
type conversation struct {
	c       *inference.Conversation
	counter uint64 // next unused traffic counter, as persisted
	working map[uint64]bool
	// streamAnswers are the answers a miner's endpoint finished, by
	// request, until their record is sent.
	streamAnswers map[uint64]streamAnswer
	// changed is closed (and replaced) whenever an event is applied, and
	// when the conversation ends.
	changed chan struct{}
	// submit serialises the user's requests: each gets the next number.
	submit sync.Mutex
}

func (cv *conversation) notify() {
	close(cv.changed)
	cv.changed = make(chan struct{})
}

// establish turns an Established key exchange into a conversation: it
// stores K (with TH) and a fresh counter as the session's only secrets, in
// one write, and keeps its own copy of K. The caller holds a.mu.
func (a *Agent) establish(id session.ID, k *skcrypto.SessionKey) error {
	kb := k.Bytes()
	defer clear(kb)
	th := k.TranscriptHash()
	own := k.Clone()
	rec := store.Secrets{markerSecret: nil, secretSessionKey: append(kb, th[:]...), secretCounter: binary.BigEndian.AppendUint64(nil, 0)}
	defer rec.Zero()
	if err := a.replaceSecrets(id, rec); err != nil {
		own.Zero()
		return err
	}
	a.convs[id] = newConversation(own, 0)
	return nil
}

func newConversation(k *skcrypto.SessionKey, counter uint64) *conversation {
	return &conversation{c: inference.NewConversation(k), counter: counter, working: map[uint64]bool{}, streamAnswers: map[uint64]streamAnswer{}, changed: make(chan struct{})}
}

// resume rebuilds the conversation of a session whose stored secrets hold
// K. It reports false if they do not. The caller holds a.mu.
func (a *Agent) resume(id session.ID) (bool, error) {
	if a.convs[id] != nil {
		return true, nil
	}
	stored, err := a.store.Secrets(id)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer stored.Zero()
	kb, ok := stored[secretSessionKey]
	if !ok {
		return false, nil
	}
	cb := stored[secretCounter]
	if len(kb) != 2*skcrypto.KeySize || len(cb) != 8 {
		return false, fmt.Errorf("%w: session %v: key record of %d bytes, counter of %d", store.ErrCorrupt, id, len(kb), len(cb))
	}
	k, err := skcrypto.RestoreSessionKey(id, [32]byte(kb[skcrypto.KeySize:]), kb[:skcrypto.KeySize])
	if err != nil {
		return false, err
	}
	a.convs[id] = newConversation(k, binary.BigEndian.Uint64(cb))
	return true, nil
}

// reserveCounter durably records this role's next traffic counter as used
// and returns it. The caller holds a.mu.
func (a *Agent) reserveCounter(id session.ID, cv *conversation) (uint64, error) {
	n := cv.counter
	if n == ^uint64(0) {
		return 0, errors.New("agent: traffic counter exhausted")
	}
	if err := a.store.PutSecret(id, secretCounter, binary.BigEndian.AppendUint64(nil, n+1)); err != nil {
		return 0, err
	}
	cv.counter = n + 1
	return n, nil
}

// applyInference feeds an inference event to a conversation. The caller
// holds a.mu.
func (a *Agent) applyInference(id session.ID, cv *conversation, ev protocol.Event) {
	if err := cv.c.Apply(ev); err != nil {
		a.log.Warn("inference event rejected", "session", id, "event", fmt.Sprintf("%T", ev), "err", err)
		return
	}
	switch ev := ev.(type) {
	case inference.Requested:
		e, _ := cv.c.Exchange(ev.Seq)
		a.log.Info("inference requested", "session", id, "seq", ev.Seq, "bytes", len(ev.Envelope), "prompt", e.PromptCheck.String())
	case inference.Answered:
		e, _ := cv.c.Exchange(ev.Seq)
		a.log.Info("inference answered", "session", id, "seq", ev.Seq, "bytes", len(ev.Envelope), "answer", e.AnswerCheck.String())
	case inference.StreamRequested:
		a.log.Info("streamed inference requested", "session", id, "seq", ev.Seq, "bytes", ev.Prompt.Size, "hash", fmt.Sprintf("%x", ev.Prompt.Hash))
	case inference.StreamAnswered:
		a.log.Info("streamed inference answered", "session", id, "seq", ev.Seq, "bytes", ev.Answer.Size, "hash", fmt.Sprintf("%x", ev.Answer.Hash))
	case inference.Judged:
		a.log.Info("inference judged", "session", id, "seq", ev.Seq, "valid", ev.Valid, "reason", ev.Reason)
	case inference.Closed:
		a.log.Info("session closed", "session", id, "by", ev.Role)
		a.endConversation(id, cv)
	}
	cv.notify()
}

// endConversation deletes a closed session's secrets and wipes its key.
// The caller holds a.mu.
func (a *Agent) endConversation(id session.ID, cv *conversation) {
	if err := a.deleteSession(id); err != nil {
		a.log.Error("deleting session secrets failed", "session", id, "err", err)
	}
	cv.c.Zero()
	delete(a.convs, id)
	if a.endpoint != nil {
		a.endpoint.Forget(id) // its streams are of no use once the session is closed
	}
}

// serveInferences starts the work this role owes on every conversation:
// the miner answers unanswered requests, the oracle judges unjudged
// answers. The caller holds a.mu; the agent is live.
func (a *Agent) serveInferences(ctx context.Context) {
	for id, cv := range a.convs {
		for seq := uint64(0); seq < cv.c.Next(); seq++ {
			e, _ := cv.c.Exchange(seq)
			if cv.working[seq] {
				continue
			}
			// A streamed request is served through the endpoints
			// (PROTOCOL.md §13.8), not from chain data.
			if e.Streamed {
				a.serveStreamed(ctx, id, cv, e)
				continue
			}
			switch {
			case a.cfg.Role == session.Miner && !e.Answered:
				cv.working[seq] = true
				snap := *e // the goroutine reads a copy: Apply and Zero write e
				a.wg.Add(1)
				go a.answer(ctx, id, cv, &snap)
			case a.cfg.Role == session.Oracle && e.Answered && !e.Judged:
				cv.working[seq] = true
				snap := *e
				a.wg.Add(1)
				go a.judge(ctx, id, cv, &snap)
			}
		}
	}
}

// answer runs a request (a copy of it) on the miner's backend, seals the
// answer and sends it.
func (a *Agent) answer(ctx context.Context, id session.ID, cv *conversation, e *inference.Exchange) {
	defer a.wg.Done()
	var ans inference.Answer
	err := withRetries(ctx, func() (bool, error) {
		var err error
		ans, err = inference.Serve(ctx, a.model(), e)
		// Only a model failure on a valid prompt is worth another try.
		return err != nil && e.PromptCheck.OK(), err
	})
	if ctx.Err() != nil {
		return // not a refusal: the agent is stopping
	}
	if err != nil {
		a.log.Warn("refusing inference", "session", id, "seq", e.Seq, "reason", ans.Reason, "err", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if cur, ok := cv.c.Exchange(e.Seq); a.convs[id] != cv || !ok || cur.Answered {
		return
	}
	counter, err := a.reserveCounter(id, cv)
	if err != nil {
		a.log.Error("persisting the traffic counter failed; answer not sent", "session", id, "seq", e.Seq, "err", err)
		delete(cv.working, e.Seq) // retried on the next block
		return
	}
	env, commitment, err := cv.c.SealAnswer(e.Seq, counter, ans)
	if err != nil {
		a.log.Error("sealing the answer failed", "session", id, "seq", e.Seq, "err", err)
		delete(cv.working, e.Seq)
		return
	}
	a.sendWork(ctx, id, cv, e.Seq, protocol.RespondCall{ID: id, Seq: e.Seq, Ciphertext: env, Commitment: commitment})
}

// judge applies the oracle's policy to an answered request (a copy of it)
// and sends the verdict.
func (a *Agent) judge(ctx context.Context, id session.ID, cv *conversation, e *inference.Exchange) {
	defer a.wg.Done()
	var v inference.Verdict
	withRetries(ctx, func() (bool, error) {
		v = inference.Assess(ctx, a.model(), e)
		return v.Reason == inference.ReasonUnverifiable, nil
	})
	if ctx.Err() != nil {
		return // not a verdict: the agent is stopping
	}
	a.log.Info("verdict", "session", id, "seq", e.Seq, "valid", v.Valid(), "reason", v.Reason, "detail", v.Detail)
	a.mu.Lock()
	defer a.mu.Unlock()
	if cur, ok := cv.c.Exchange(e.Seq); a.convs[id] != cv || !ok || cur.Judged {
		return
	}
	a.sendWork(ctx, id, cv, e.Seq, protocol.JudgeCall{ID: id, Seq: e.Seq, Valid: v.Valid(), Reason: uint8(v.Reason)})
}

// modelAttempts is how often a model call is tried before the miner refuses
// or the oracle calls an answer unverifiable; the waits between tries
// double from modelRetryWait.
const (
	modelAttempts  = 3
	modelRetryWait = 250 * time.Millisecond
)

// withRetries calls try until it reports no retry is needed, modelAttempts
// times at most, and returns its last error.
func withRetries(ctx context.Context, try func() (retry bool, err error)) error {
	wait := modelRetryWait
	for i := 1; ; i++ {
		retry, err := try()
		if !retry || i == modelAttempts {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func (a *Agent) model() inference.Backend {
	var b inference.Backend = inference.Deterministic{}
	if a.cfg.Backend != nil {
		b = a.cfg.Backend
	}
	if a.cfg.Metrics != nil {
		b = timedBackend{Backend: b, m: a.cfg.Metrics}
	}
	return b
}

// sendWork sends a miner's or an oracle's inference call in its own
// goroutine. The request stays marked working after a success (its event
// follows); a failure clears the mark so the next block retries. The
// caller holds a.mu.
func (a *Agent) sendWork(ctx context.Context, id session.ID, cv *conversation, seq uint64, call protocol.Call) {
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := a.sendNow(ctx, id, seq, call); err != nil {
			a.log.Warn("call failed", "session", id, "step", call.Step(), "seq", seq, "err", err)
			a.mu.Lock()
			delete(cv.working, seq)
			a.mu.Unlock()
		}
	}()
}

// sendNow makes one inference call of a session (or its close) and waits
// until it is mined. seq, the request it concerns, is logged with it.
func (a *Agent) sendNow(ctx context.Context, id session.ID, seq uint64, call protocol.Call) error {
	data, err := wire.Pack(call)
	if err != nil {
		return err
	}
	to := a.cfg.Contract
	rcpt, err := a.sendTx(ctx, chain.Candidate{To: &to, Data: data})
	if err != nil {
		return err
	}
	attrs := []any{"session", id, "step", call.Step(), "block", rcpt.BlockNumber, "tx", rcpt.TxHash, "gas", rcpt.GasUsed}
	if call.Step() != protocol.StepClose {
		attrs = append(attrs, "seq", seq)
	}
	a.log.Info("call mined", attrs...)
	return nil
}

// Result is one encrypted inference as the user sees it.
type Result struct {
	Seq uint64
	// Answer is the miner's answer as the user opened it (zero if Check failed).
	Answer inference.Answer
	// Check is the user's own check of the answer: it opens under the
	// miner's traffic key for this request and prompt, and the commitment
	// on chain is the one they give.
	Check inference.Finding
	// Valid and Reason are the oracle's verdict on chain.
	Valid  bool
	Reason inference.Reason
	// PromptLength and AnswerLength are the plaintext sizes (the prompt's
	// text and the answer's text); PromptCiphertext and AnswerCiphertext
	// are the sizes of what is on chain.
	PromptLength, AnswerLength         int
	PromptCiphertext, AnswerCiphertext int
	// Blocks of the request, the answer and the verdict.
	RequestBlock, AnswerBlock, VerdictBlock uint64
	// Streamed: the stream transport (AskStream); the ciphertext sizes are
	// the streams', which went between the agents, not on chain.
	Streamed bool
}

// Ask submits p as the session's next request and waits until the miner
// has answered and the oracle has judged it. A Result is returned whenever
// the verdict is on chain, valid or not; the error is for what prevented
// that (the session is not Established here or was closed, the request
// transaction failed, ctx ended first).
//
// The traffic counter is persisted before the prompt is sealed, so no
// restart can reuse a nonce; concurrent Asks on one session are
// serialised up to the submission.
func (s *Session) Ask(ctx context.Context, p inference.Prompt) (*Result, error) {
	if s.role != session.User {
		return nil, fmt.Errorf("agent: the %v does not ask", s.role)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	start := time.Now()
	seq, err := s.agent.submit(ctx, s.id, p)
	if err != nil {
		return nil, err
	}
	res, err := s.Await(ctx, seq)
	if err == nil {
		// Await returns once the verdict is in; the answer came before it.
		s.agent.cfg.Metrics.ObserveInference(metrics.InferenceVerdict, time.Since(start))
	}
	return res, err
}

// Await waits until request seq of the session has been answered and
// judged, and returns it as the user sees it; a user that restarted
// after submitting a request collects its result with it.
func (s *Session) Await(ctx context.Context, seq uint64) (*Result, error) {
	var res *Result
	err := s.agent.waitConversation(ctx, s.id, func(cv *conversation) bool {
		e, ok := cv.c.Exchange(seq)
		if !ok || !e.Judged {
			return false
		}
		res = &Result{Seq: seq, Answer: e.Answer(), Check: e.AnswerCheck, Valid: e.Valid, Reason: e.Reason,
			PromptLength: len(e.Prompt().Prompt), AnswerLength: len(e.Answer().Text),
			PromptCiphertext: len(e.PromptEnvelope), AnswerCiphertext: len(e.AnswerEnvelope),
			RequestBlock: e.RequestBlock, AnswerBlock: e.AnswerBlock, VerdictBlock: e.VerdictBlock}
		if e.Streamed {
			// The streams are not on chain: unless this agent asked it
			// (AskStream), it holds no answer to show or check.
			res.Streamed = true
			res.PromptCiphertext, res.AnswerCiphertext = int(e.PromptDigest.Size), int(e.AnswerDigest.Size)
			if e.Answer().Status == "" {
				res.Check = inference.Finding{Reason: inference.ReasonUnavailable,
					Err: errors.New("a streamed request: its answer went to the asking agent, and this agent holds none")}
			}
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("agent: request %d of session %v: %w", seq, s.id, err)
	}
	return res, nil
}

// submit seals p as the next request and sends it; it returns once the
// request's event has been applied.
func (a *Agent) submit(ctx context.Context, id session.ID, p inference.Prompt) (uint64, error) {
	a.mu.Lock()
	cv := a.convs[id]
	a.mu.Unlock()
	if cv == nil {
		return 0, fmt.Errorf("%w: %v", ErrClosed, id)
	}
	cv.submit.Lock()
	defer cv.submit.Unlock()

	a.mu.Lock()
	if a.convs[id] != cv {
		a.mu.Unlock()
		return 0, fmt.Errorf("%w: %v", ErrClosed, id)
	}
	counter, err := a.reserveCounter(id, cv)
	if err != nil {
		a.mu.Unlock()
		return 0, fmt.Errorf("agent: persisting the traffic counter: %w", err)
	}
	seq, env, err := cv.c.SealPrompt(counter, p)
	a.mu.Unlock()
	if err != nil {
		return 0, fmt.Errorf("agent: %w", err)
	}
	if err := a.sendNow(ctx, id, seq, protocol.RequestCall{ID: id, Seq: seq, Ciphertext: env}); err != nil {
		if a.closedOnChain(ctx, id) {
			// Another party closed it; this agent has not seen the event yet.
			return 0, fmt.Errorf("%w: %v (closed on chain)", ErrClosed, id)
		}
		return 0, fmt.Errorf("agent: sending request %d: %w", seq, err)
	}
	err = a.waitConversation(ctx, id, func(cv *conversation) bool { return cv.c.Next() > seq })
	return seq, err
}

// closedOnChain reports whether the chain has the session Closed.
func (a *Agent) closedOnChain(ctx context.Context, id session.ID) bool {
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackPhaseOf(id))
	if err != nil {
		return false
	}
	p, err := abi.UnpackPhaseOf(out)
	return err == nil && session.Phase(p) == session.Closed
}

// waitConversation waits until done(cv) holds, the session closes (an
// error) or ctx ends.
func (a *Agent) waitConversation(ctx context.Context, id session.ID, done func(*conversation) bool) error {
	for {
		a.mu.Lock()
		cv := a.convs[id]
		if cv == nil {
			a.mu.Unlock()
			return fmt.Errorf("%w: %v", ErrClosed, id)
		}
		if done(cv) {
			a.mu.Unlock()
			return nil
		}
		ch := cv.changed
		a.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Session returns a handle on an Established session this agent serves
// (restored from its store after a restart), for Ask, Seal and Unseal.
// Call it once Run is following the chain (see Ready).
func (a *Agent) Session(id session.ID) (*Session, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	cv := a.convs[id]
	if err := a.corrupt[id]; cv == nil && err != nil {
		return nil, fmt.Errorf("agent: session %v: its stored record cannot be read: %w", id, err)
	}
	if cv == nil {
		return nil, fmt.Errorf("%w: %v", ErrClosed, id)
	}
	h := newSession(a, id, a.cfg.Role)
	h.end(protocol.Outcome{Phase: session.Established, Key: cv.c.Key().Clone()})
	return h, nil
}

// CloseSession closes an Established session on chain (any party may):
// no more requests; every party deletes the session key when it sees
// SessionClosed. It returns once this agent has. While an answer awaits
// the oracle's verdict the contract refuses to close until the verdict
// deadline (SessionKeystoreVerdictPending): CloseSession then waits for the
// verdict (or the deadline) and tries again.
func (a *Agent) CloseSession(ctx context.Context, id session.ID) error {
	a.mu.Lock()
	cv := a.convs[id]
	a.mu.Unlock()
	if cv == nil {
		return fmt.Errorf("%w: %v", ErrClosed, id)
	}
	for {
		a.mu.Lock()
		changed := cv.changed
		a.mu.Unlock()
		err := a.sendNow(ctx, id, 0, protocol.CloseCall{ID: id})
		if err == nil {
			break
		}
		pending, ok := verdictPending(err)
		if !ok {
			return fmt.Errorf("agent: closing session %v: %w", id, err)
		}
		a.log.Info("closing waits for the oracle's verdict", "session", id, "pending", pending.Pending, "deadline", pending.VerdictDeadline)
		select { // a verdict arrives, or the chain's clock may pass the deadline
		case <-changed:
		case <-time.After(a.cfg.PollInterval):
		case <-ctx.Done():
			return fmt.Errorf("agent: closing session %v: waiting for the verdicts: %w", id, ctx.Err())
		}
	}
	err := a.waitConversation(ctx, id, func(*conversation) bool { return false })
	if errors.Is(err, ErrClosed) {
		return nil
	}
	return err
}

// verdictPending decodes the contract's refusal to close a session whose
// answers await the oracle's verdict.
func verdictPending(err error) (*bindings.SessionKeystoreSessionKeystoreVerdictPending, bool) {
	var rev *chain.RevertError
	if !errors.As(err, &rev) || len(rev.Data) < 4 {
		return nil, false
	}
	e, uerr := bindings.NewSessionKeystore().UnpackError(rev.Data)
	if uerr != nil {
		return nil, false
	}
	v, ok := e.(*bindings.SessionKeystoreSessionKeystoreVerdictPending)
	return v, ok
}
