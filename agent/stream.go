package agent

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/endpoint"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/protocol"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/agent/wire"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// The stream transport in the runtime (docs/PROTOCOL.md §13.8): the
// miner's endpoint and the records it posts, the oracle's fetching and
// judging, the user's streamed requests.

// defaultStreamFetch is how long an oracle tries to obtain a streamed
// request's streams before it judges it unavailable.
const defaultStreamFetch = 30 * time.Second

// streamAnswer is a finished answer the miner's endpoint served, waiting
// for its request's record before respondStream is sent.
type streamAnswer struct {
	prompt, answer inference.Digest
	commitment     [32]byte
}

// endpointSessions gives the endpoint the keys of the agent's active
// sessions, and takes its finished answers. ctx is the endpoint's: the
// agent's run.
type endpointSessions struct {
	a   *Agent
	ctx context.Context
}

func (s endpointSessions) SessionKey(id session.ID) (*skcrypto.SessionKey, bool) {
	s.a.mu.Lock()
	defer s.a.mu.Unlock()
	cv := s.a.convs[id]
	if cv == nil {
		return nil, false
	}
	return cv.c.Key().Clone(), true
}

// Answered records a finished answer; its record is posted once the
// request's record is applied: at once if it already is (no block may
// come to wake the agent: an automining chain), or by serveInferences at
// the block that applies it.
func (s endpointSessions) Answered(id session.ID, seq uint64, p, a inference.Digest, c [32]byte) {
	s.a.mu.Lock()
	defer s.a.mu.Unlock()
	cv := s.a.convs[id]
	if cv == nil {
		return
	}
	cv.streamAnswers[seq] = streamAnswer{p, a, c}
	if e, ok := cv.c.Exchange(seq); ok && e.Streamed && !cv.working[seq] && s.a.live {
		s.a.serveStreamed(s.ctx, id, cv, e)
	}
}

// Record implements endpoint.Records: the records an oracle's endpoint
// checks deliveries against.
func (s endpointSessions) Record(id session.ID, seq uint64, d skcrypto.Direction) (inference.Digest, bool) {
	s.a.mu.Lock()
	defer s.a.mu.Unlock()
	cv := s.a.convs[id]
	if cv == nil {
		return inference.Digest{}, false
	}
	e, ok := cv.c.Exchange(seq)
	switch {
	case !ok || !e.Streamed:
		return inference.Digest{}, false
	case d == skcrypto.DirectionPrompt:
		return e.PromptDigest, true
	case d == skcrypto.DirectionAnswer && e.Answered:
		return e.AnswerDigest, true
	}
	return inference.Digest{}, false
}

// serveEndpoint runs the endpoint of a miner (it runs prompts) or an
// oracle (it takes the user's deliveries) until ctx ends, and announces
// its URL on chain once the agent is live, unless the chain already has
// it.
func (a *Agent) serveEndpoint(ctx context.Context) error {
	lim := a.cfg.EndpointLimits
	if lim == (endpoint.Limits{}) {
		lim = endpoint.DefaultLimits
	}
	cfg := endpoint.Config{Sessions: endpointSessions{a, ctx}, Limits: lim, Random: a.cfg.Rand, Log: a.log, Now: time.Now}
	if a.cfg.Role == session.Miner {
		cfg.Miner, cfg.Recorder = endpoint.BackendMiner{Backend: a.model()}, endpointSessions{a, ctx}
	} else {
		cfg.Records = endpointSessions{a, ctx}
	}
	srv, err := endpoint.NewServer(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", a.cfg.Listen)
	if err != nil {
		return fmt.Errorf("agent: endpoint: %w", err)
	}
	url := a.cfg.PublicURL
	if url == "" {
		url = "http://" + ln.Addr().String()
	}
	hs := srv.HTTPServer("")
	a.mu.Lock()
	a.endpointURL, a.endpoint = url, srv
	a.mu.Unlock()
	a.log.Info("stream endpoint listening", "address", ln.Addr().String(), "url", url)
	a.wg.Add(2)
	go func() {
		defer a.wg.Done()
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("stream endpoint stopped", "err", err)
		}
	}()
	go func() {
		defer a.wg.Done()
		select {
		case <-a.ready:
			current, err := a.endpointOf(ctx, a.cfg.Account.Address)
			if err != nil || current != url {
				if err := a.sendNow(ctx, session.ID{}, 0, protocol.AnnounceEndpointCall{URL: url}); err != nil {
					a.log.Warn("announcing the stream endpoint failed", "url", url, "err", err)
				}
			}
		case <-ctx.Done():
		}
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	return nil
}

// EndpointURL returns the URL a miner's endpoint announced (empty before
// it listens, or without one).
func (a *Agent) EndpointURL() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.endpointURL
}

// endpointOf returns the latest endpoint URL account announced on chain.
func (a *Agent) endpointOf(ctx context.Context, account common.Address) (string, error) {
	a.mu.Lock()
	url, known := a.endpoints[account]
	to := a.processed
	a.mu.Unlock()
	if !known {
		// Read the announcements back from the block the agent has
		// applied, in growing windows, to the newest; those after it
		// reach handleLog, which keeps the entry current.
		if to == 0 {
			head, err := a.backend.HeaderByNumber(ctx, nil) // not following yet
			if err != nil {
				return "", fmt.Errorf("agent: head: %w", err)
			}
			to = head.Number.Uint64()
		}
		topic := bindings.NewSessionKeystore().GetABI().Events["EndpointAnnounced"].ID
		err := a.readBack(ctx, to, [][]common.Hash{{topic}, {common.BytesToHash(account[:])}}, func(logs []types.Log, _ bool) (bool, error) {
			found := false
			for i := range logs {
				if ev, err := a.dec.Decode(&logs[i]); err == nil && !logs[i].Removed {
					if e, ok := ev.(wire.EndpointAnnounced); ok && e.Account == account {
						url, found = e.URL, true // the last in a window is the newest
					}
				}
			}
			return found, nil
		})
		if err != nil {
			return "", fmt.Errorf("agent: reading endpoint announcements: %w", err)
		}
		a.mu.Lock()
		if cur, ok := a.endpoints[account]; ok {
			url = cur // a newer announcement arrived meanwhile
		} else {
			if a.endpoints == nil {
				a.endpoints = map[common.Address]string{}
			}
			a.endpoints[account] = url
		}
		a.mu.Unlock()
	}
	if url == "" {
		return "", fmt.Errorf("%w: %s", ErrNoEndpoint, account)
	}
	return url, nil
}

// ErrNoEndpoint is returned by AskStream when the session's miner has
// announced no endpoint: only the on-chain transport (Ask) can reach it.
var ErrNoEndpoint = errors.New("agent: the miner announced no endpoint")

// partyOf reads a session's account in role r from the chain.
func (a *Agent) partyOf(ctx context.Context, id session.ID, r session.Role) (common.Address, error) {
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackSession(id))
	if err != nil {
		return common.Address{}, err
	}
	v, err := abi.UnpackSession(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("agent: reading session %v: %w", id, err)
	}
	switch r {
	case session.User:
		return v.User, nil
	case session.Miner:
		return v.Miner, nil
	}
	return v.Oracle, nil
}

// verdictCutoff returns the chain time by which an oracle stops looking
// for a streamed request's streams: halfway from the latest block's time
// to the session's verdict deadline. false when either cannot be read, or
// the deadline has already passed (an oracle that comes back late has
// nothing left to hurry for: it may still judge until someone closes, so
// it looks for StreamFetch).
func (a *Agent) verdictCutoff(ctx context.Context, id session.ID) (uint64, bool) {
	abi := bindings.NewSessionKeystore()
	out, err := a.call(ctx, abi.PackSession(id))
	if err != nil {
		a.log.Warn("cannot read the verdict deadline; looking for the streams for StreamFetch", "session", id, "err", err)
		return 0, false
	}
	v, err := abi.UnpackSession(out)
	if err != nil {
		a.log.Warn("cannot read the verdict deadline; looking for the streams for StreamFetch", "session", id, "err", err)
		return 0, false
	}
	head, err := a.headTime(ctx)
	if err != nil {
		a.log.Warn("cannot read the chain's time; looking for the streams for StreamFetch", "session", id, "err", err)
		return 0, false
	}
	if v.VerdictDeadline <= head {
		return 0, false
	}
	return head + (v.VerdictDeadline-head)/2, true
}

// headTime is the timestamp of the latest block.
func (a *Agent) headTime(ctx context.Context) (uint64, error) {
	h, err := a.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("agent: reading the head: %w", err)
	}
	return h.Time, nil
}

// notYet reports whether an endpoint's refusal may be its agent lagging
// the chain, or the endpoint being briefly unreachable or full, rather
// than a final answer: HTTP 401 for a session its agent has not applied
// as Established yet, 409 for a delivery whose record it has not
// applied, 503, or no connection made.
func notYet(err error) bool {
	var op *net.OpError
	return errors.Is(err, endpoint.ErrUnauthorized) || errors.Is(err, endpoint.ErrConflict) ||
		errors.Is(err, endpoint.ErrBusy) || (errors.As(err, &op) && op.Op == "dial")
}

// promptNotTaken reports whether a miner's endpoint refused a prompt
// without taking it, for now (notYet): not 409, which says it has the
// request already (an earlier try got through), so its answer may come.
func promptNotTaken(err error) bool {
	return notYet(err) && !errors.Is(err, endpoint.ErrConflict)
}

// retryEndpoint calls try until it succeeds, fails with an error retry
// does not accept, ctx ends, or StreamFetch has passed, pausing from
// 100 ms, doubling, to 2 s between tries. It returns try's last error.
func (a *Agent) retryEndpoint(ctx context.Context, retry func(error) bool, try func() error) error {
	backoff := chain.Backoff{Min: 100 * time.Millisecond, Max: 2 * time.Second}
	limit := a.cfg.StreamFetch
	if limit == 0 {
		limit = defaultStreamFetch
	}
	deadline := time.Now().Add(limit)
	for attempt := 0; ; attempt++ {
		err := try()
		pause := backoff.Delay(attempt)
		if err == nil || !retry(err) || ctx.Err() != nil || time.Now().Add(pause).After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
	}
}

func (a *Agent) httpClient() *http.Client {
	if a.cfg.HTTPClient != nil {
		return a.cfg.HTTPClient
	}
	return http.DefaultClient
}

// serveStreamed starts this role's work on a streamed request: the miner
// posts the record of an answer its endpoint finished, the oracle fetches
// and judges. The caller holds a.mu.
func (a *Agent) serveStreamed(ctx context.Context, id session.ID, cv *conversation, e *inference.Exchange) {
	switch {
	case a.cfg.Role == session.Miner && !e.Answered:
		ans, ok := cv.streamAnswers[e.Seq]
		if !ok {
			return
		}
		if ans.prompt != e.PromptDigest {
			a.log.Warn("the prompt stream served is not the one on chain; no answer recorded", "session", id, "seq", e.Seq)
			delete(cv.streamAnswers, e.Seq)
			return
		}
		cv.working[e.Seq] = true
		a.sendWork(ctx, id, cv, e.Seq, protocol.RespondStreamCall{ID: id, Seq: e.Seq, AnswerHash: ans.answer.Hash,
			AnswerSize: ans.answer.Size, Commitment: ans.commitment})
	case a.cfg.Role == session.Oracle && e.Answered && !e.Judged:
		cv.working[e.Seq] = true
		key := cv.c.Key().Clone()
		a.wg.Add(1)
		go a.judgeStreamed(ctx, id, cv, e.Seq, e.PromptDigest, e.AnswerDigest, key)
	}
}

// judgeStreamed obtains a streamed request's streams from the miner's
// endpoint, checks them against their records and judges; unavailable
// when it cannot within StreamFetch, or by the time the chain is halfway
// from now to the verdict deadline, whichever comes first.
func (a *Agent) judgeStreamed(ctx context.Context, id session.ID, cv *conversation, seq uint64, pd, ad inference.Digest, key *skcrypto.SessionKey) {
	defer a.wg.Done()
	defer key.Zero()
	wait := a.cfg.StreamFetch
	if wait == 0 {
		wait = defaultStreamFetch
	}
	// After the verdict deadline any party may close the session (§13.1):
	// a verdict that comes later is one a miner withholding the streams
	// escapes by closing first. So the oracle stops looking halfway from
	// the chain's time now to the deadline, leaving the other half for its
	// verdict to be mined, and never waits longer in wall-clock time either.
	cutoff, bounded := a.verdictCutoff(ctx, id)
	if bounded {
		if head, err := a.headTime(ctx); err == nil {
			// At least one attempt with a second to make it.
			wait = min(wait, time.Duration(max(cutoff, head+1)-head)*time.Second)
		}
	}
	fctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	var prompt, answer []byte
	var why error
	for try := 0; ; try++ {
		prompt, answer, why = a.fetchStreams(fctx, id, seq, pd, ad, key)
		if why == nil || fctx.Err() != nil {
			break
		}
		if bounded {
			// Chain time may run ahead of the wall clock: look at the head.
			if head, err := a.headTime(ctx); err == nil && head >= cutoff {
				break
			}
		}
		select {
		case <-fctx.Done():
		case <-time.After(a.cfg.PollInterval):
		}
	}
	if ctx.Err() != nil {
		return
	}
	var v inference.Verdict
	a.mu.Lock()
	if why == nil {
		if err := cv.c.AttachStreams(seq, prompt, answer); err != nil {
			why = err
		}
	}
	e, ok := cv.c.Exchange(seq)
	var snap inference.Exchange
	if ok {
		snap = *e
	}
	a.mu.Unlock()
	if !ok {
		return
	}
	if why != nil {
		v = inference.Unavailable(seq, why)
	} else {
		withRetries(ctx, func() (bool, error) {
			v = inference.Assess(ctx, a.model(), &snap)
			return v.Reason == inference.ReasonUnverifiable, nil
		})
	}
	if ctx.Err() != nil {
		return
	}
	a.log.Info("verdict", "session", id, "seq", seq, "valid", v.Valid(), "reason", v.Reason, "detail", v.Detail)
	a.mu.Lock()
	defer a.mu.Unlock()
	if cur, ok := cv.c.Exchange(seq); a.convs[id] != cv || !ok || cur.Judged {
		return
	}
	a.sendWork(ctx, id, cv, seq, protocol.JudgeCall{ID: id, Seq: seq, Valid: v.Valid(), Reason: uint8(v.Reason)})
}

// fetchStreams obtains both streams of a request, each matching its
// record: those the user delivered to this oracle's endpoint, else from
// the miner's endpoint.
func (a *Agent) fetchStreams(ctx context.Context, id session.ID, seq uint64, pd, ad inference.Digest, key *skcrypto.SessionKey) ([]byte, []byte, error) {
	a.mu.Lock()
	srv := a.endpoint
	a.mu.Unlock()
	if srv != nil && a.cfg.Role == session.Oracle {
		p, okp := srv.Held(id, seq, skcrypto.DirectionPrompt)
		q, oka := srv.Held(id, seq, skcrypto.DirectionAnswer)
		// Checked on delivery; checked again: the records are the law.
		if okp && oka && endpoint.Verify(p, pd.Hash, pd.Size) == nil && endpoint.Verify(q, ad.Hash, ad.Size) == nil {
			return p, q, nil
		}
	}
	miner, err := a.partyOf(ctx, id, session.Miner)
	if err != nil {
		return nil, nil, err
	}
	url, err := a.endpointOf(ctx, miner)
	if err != nil {
		return nil, nil, err
	}
	c := &endpoint.Client{BaseURL: strings.TrimSuffix(url, "/"), HTTP: a.httpClient()}
	var out [2][]byte
	for i, d := range []struct {
		dir skcrypto.Direction
		rec inference.Digest
	}{{skcrypto.DirectionPrompt, pd}, {skcrypto.DirectionAnswer, ad}} {
		b, err := c.Fetch(ctx, key, session.Oracle, seq, d.dir, int64(d.rec.Size))
		if err != nil {
			return nil, nil, err
		}
		if err := endpoint.Verify(b, d.rec.Hash, d.rec.Size); err != nil {
			return nil, nil, fmt.Errorf("the miner's %v stream: %w", d.dir, err)
		}
		out[i] = b
	}
	return out[0], out[1], nil
}

// deliverToOracle sends both streams of request seq to the oracle's
// endpoint, if it announced one, once the answer's record is on chain
// (the oracle keeps only recorded streams). It gives up once the request
// is judged or ctx ends; a failure is logged, not returned: the oracle
// fetches from the miner too.
func (a *Agent) deliverToOracle(ctx context.Context, id session.ID, seq uint64, key *skcrypto.SessionKey, prompt, answer []byte) {
	oracle, err := a.partyOf(ctx, id, session.Oracle)
	if err != nil {
		return
	}
	url, err := a.endpointOf(ctx, oracle)
	if err != nil {
		a.log.Debug("the oracle serves no endpoint: no delivery", "session", id, "seq", seq, "err", err)
		return
	}
	judged := false
	if err := a.waitConversation(ctx, id, func(cv *conversation) bool {
		e, ok := cv.c.Exchange(seq)
		if ok {
			judged = e.Judged
		}
		return ok && (e.Answered || e.Judged)
	}); err != nil || judged {
		return
	}
	c := &endpoint.Client{BaseURL: strings.TrimSuffix(url, "/"), HTTP: a.httpClient()}
	for _, d := range []struct {
		dir skcrypto.Direction
		b   []byte
	}{{skcrypto.DirectionPrompt, prompt}, {skcrypto.DirectionAnswer, answer}} {
		// The oracle's agent may apply the answer's record later than
		// this one did: its endpoint answers 409 until then.
		err := a.retryEndpoint(ctx, notYet, func() error { return c.Deliver(ctx, key, seq, d.dir, d.b) })
		if err != nil {
			if ctx.Err() == nil {
				a.log.Warn("delivering the streams to the oracle's endpoint failed", "session", id, "seq", seq, "stream", d.dir, "err", err)
			}
			return
		}
	}
	a.log.Info("streams delivered to the oracle", "session", id, "seq", seq, "url", url)
}

// AskStream submits p as the session's next request over the stream
// transport: it sends the prompt stream to the miner's endpoint (found on
// chain) while its record goes on chain, calls text with each piece of the
// answer's text as the miner produces it, and returns once the oracle's
// verdict is on chain. The Result's Check is the user's own: the answer
// streamed opens for this prompt, and the miner's record and commitment on
// chain are those of the streams the user holds.
func (s *Session) AskStream(ctx context.Context, p inference.Prompt, text func([]byte)) (*Result, error) {
	if s.role != session.User {
		return nil, fmt.Errorf("agent: the %v does not ask", s.role)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	a := s.agent
	a.mu.Lock()
	cv := a.convs[s.id]
	a.mu.Unlock()
	if cv == nil {
		return nil, fmt.Errorf("%w: %v", ErrClosed, s.id)
	}
	miner, err := a.partyOf(ctx, s.id, session.Miner)
	if err != nil {
		return nil, err
	}
	url, err := a.endpointOf(ctx, miner)
	if err != nil {
		return nil, err
	}
	cv.submit.Lock()
	a.mu.Lock()
	if a.convs[s.id] != cv {
		a.mu.Unlock()
		cv.submit.Unlock()
		return nil, fmt.Errorf("%w: %v", ErrClosed, s.id)
	}
	seq := cv.c.Next()
	key := cv.c.Key().Clone()
	a.mu.Unlock()
	defer key.Zero()
	promptStream, pd, err := endpoint.SealPrompt(key, seq, p, a.cfg.Rand)
	if err != nil {
		cv.submit.Unlock()
		return nil, err
	}
	// The record and the stream go out together: the chain is not on
	// the token path.
	recorded := make(chan error, 1)
	go func() {
		err := a.sendNow(ctx, s.id, seq, protocol.RequestStreamCall{ID: s.id, Seq: seq, PromptHash: pd.Hash, PromptSize: pd.Size})
		if err == nil {
			err = a.waitConversation(ctx, s.id, func(cv *conversation) bool { return cv.c.Next() > seq })
		}
		cv.submit.Unlock()
		recorded <- err
	}()
	c := &endpoint.Client{BaseURL: strings.TrimSuffix(url, "/"), HTTP: a.httpClient(), MaxAnswer: endpoint.DefaultLimits.MaxAnswer}
	// The miner's agent may apply the block that establishes the session
	// later than this one did: its endpoint answers 401 until then.
	var reply endpoint.Reply
	askErr := a.retryEndpoint(ctx, promptNotTaken, func() error {
		var err error
		reply, err = c.Ask(ctx, key, seq, promptStream, pd, text)
		return err
	})
	if askErr != nil && promptNotTaken(askErr) {
		// The miner never took the prompt: no answer can come, so no
		// verdict either. The record stays Requested; any party may
		// close the session (§13.1).
		if err := <-recorded; err != nil {
			return nil, fmt.Errorf("agent: the miner's endpoint did not take the prompt of request %d: %w (and sending its record: %v)", seq, askErr, err)
		}
		return nil, fmt.Errorf("agent: the miner's endpoint did not take the prompt of request %d: %w (its record is on chain, unanswered: close the session or ask again)", seq, askErr)
	}
	// Both streams to the oracle too, if it serves an endpoint: it then
	// judges even if the miner withholds them from it.
	dctx, stopDelivery := context.WithCancel(ctx)
	delivered := make(chan struct{})
	if askErr == nil {
		go func() {
			defer close(delivered)
			a.deliverToOracle(dctx, s.id, seq, key, promptStream, reply.Stream)
		}()
	} else {
		close(delivered)
	}
	defer func() { stopDelivery(); <-delivered }() // before key.Zero
	if err := <-recorded; err != nil {
		return nil, fmt.Errorf("agent: sending the record of request %d: %w", seq, err)
	}
	if askErr != nil {
		a.log.Warn("the miner's endpoint did not answer", "session", s.id, "seq", seq, "err", askErr)
	}
	var res *Result
	err = a.waitConversation(ctx, s.id, func(cv *conversation) bool {
		e, ok := cv.c.Exchange(seq)
		if !ok || !e.Judged {
			return false
		}
		res = &Result{Seq: seq, Streamed: true, Valid: e.Valid, Reason: e.Reason, PromptLength: len(p.Prompt),
			PromptCiphertext: int(pd.Size), RequestBlock: e.RequestBlock, AnswerBlock: e.AnswerBlock, VerdictBlock: e.VerdictBlock}
		switch {
		case askErr != nil:
			res.Check = inference.Finding{Reason: inference.ReasonUnavailable, Err: askErr}
		case !e.Answered:
		default:
			if err := cv.c.AttachStreams(seq, promptStream, reply.Stream); err != nil {
				res.Check = inference.Finding{Reason: inference.ReasonCommitmentMismatch, Err: err}
			} else {
				res.Check = e.AnswerCheck
			}
			res.Answer, res.AnswerLength, res.AnswerCiphertext = reply.Answer, len(reply.Answer.Text), int(reply.Digest.Size)
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("agent: request %d of session %v: %w", seq, s.id, err)
	}
	return res, nil
}
