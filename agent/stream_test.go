package agent_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/endpoint"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// waitEndpoint waits until the miner's endpoint is announced on chain.
func waitEndpoint(t *testing.T, f *fleet) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for f.agents[session.Miner].EndpointURL() == "" {
		if time.Now().After(deadline) {
			t.Fatal("the miner's endpoint never listened")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// streamed starts a fleet on a new simulated chain whose miner serves an
// endpoint (change sets the rest), waits for the endpoint's announcement
// and establishes a session (open changes its options). It returns the
// fleet, stopped when the test ends, the user's handle, and a context of
// a minute for the test's asks.
func streamed(t *testing.T, change func(session.Role, *agent.Config), open ...func(*agent.OpenOptions)) (*fleet, *agent.Session, context.Context) {
	t.Helper()
	c := simchain.New(t)
	out := newOutcomes()
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		if r == session.Miner {
			cfg.Listen = "127.0.0.1:0"
		}
		if change != nil {
			change(r, cfg)
		}
	})
	t.Cleanup(func() { f.stop(t) })
	waitEndpoint(t, f)
	h, _ := establish(t, c, f, out, open...)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return f, h, ctx
}

// TestStreamedInference: a prompt over 16 KiB goes to the miner's
// endpoint (found on chain), its answer streams back chunk by chunk, the
// records go on chain, and the oracle fetches the streams and judges the
// inference valid by re-running the deterministic model; then an
// on-chain inference follows in the same session.
func TestStreamedInference(t *testing.T) {
	f, h, ctx := streamed(t, nil)
	prompt := strings.Repeat("a streamed document ", 2000) // 40 KB
	var pieces []string
	r, err := h.AskStream(ctx, inference.Prompt{Prompt: prompt}, func(b []byte) { pieces = append(pieces, string(b)) })
	if err != nil {
		t.Fatal(err)
	}
	want, _ := inference.Deterministic{}.Complete(ctx, inference.Request{Prompt: prompt})
	if !r.Valid || !r.Check.OK() || r.Answer.Text != want.Text || strings.Join(pieces, "") != want.Text || len(pieces) < 3 {
		t.Fatalf("valid %v reason %v check %v, answer of %d bytes (want %d), %d pieces", r.Valid, r.Reason, r.Check, len(r.Answer.Text), len(want.Text), len(pieces))
	}
	if r.PromptCiphertext <= 16384 {
		t.Fatalf("prompt stream of %d bytes", r.PromptCiphertext)
	}
	// The asking agent collects it again with its answer; another
	// agent, which never held the streams, says it has no answer.
	again, err := h.Await(ctx, 0)
	if err != nil || !again.Streamed || !again.Check.OK() || again.Answer.Text != want.Text {
		t.Fatalf("Await by the asker: %v, check %v, streamed %v", err, again.Check, again.Streamed)
	}
	mh, err := f.agents[session.Miner].Session(h.ID())
	if err != nil {
		t.Fatal(err)
	}
	if r, err := mh.Await(ctx, 0); err != nil || r.Check.Reason != inference.ReasonUnavailable || !r.Streamed || r.Answer.Text != "" {
		t.Fatalf("Await by an agent without the streams: %v, check %v", err, r.Check)
	}
	ask(t, h, "and now on chain", 1)
	for _, want := range []string{"stream endpoint listening", "streamed inference served", "streamed inference requested", "streamed inference answered"} {
		if !strings.Contains(f.logs.String(), want) {
			t.Errorf("logs lack %q", want)
		}
	}
	if strings.Contains(f.logs.String(), "a streamed document") {
		t.Error("the prompt's plaintext is in a log")
	}
}

// withheld is what an oracle sees of a miner that serves the user and not
// it: every request to the endpoint fails.
type withheld struct{}

func (withheld) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("connection refused (the miner withholds)")
}

// TestWithheldStreamsAreUnavailable: a miner that serves the user but not
// the oracle gets the verdict unavailable, and the user still got its
// answer.
func TestWithheldStreamsAreUnavailable(t *testing.T) {
	_, h, ctx := streamed(t, func(r session.Role, cfg *agent.Config) {
		if r == session.Oracle {
			cfg.StreamFetch = 2 * time.Second
			cfg.HTTPClient = &http.Client{Transport: withheld{}}
		}
	})
	r, err := h.AskStream(ctx, inference.Prompt{Prompt: "hello"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Reason != inference.ReasonUnavailable || !r.Check.OK() || r.Answer.Status != inference.StatusOK {
		t.Fatalf("verdict %v %v, check %v, answer %+v: want unavailable, with the user's own check passing", r.Valid, r.Reason, r.Check, r.Answer)
	}
}

// TestWithheldStreamsAreJudgedBeforeTheVerdictDeadline: with a phase
// timeout (30 s of chain time; the fleet's chain makes a block every 50 ms,
// each a second later, so 1.5 s) shorter than the default StreamFetch
// (30 s), an oracle whose miner withholds the streams still records its
// verdict unavailable before the verdict deadline. After it any party may
// close the session (§13.1), so a later verdict is one the miner can
// escape by closing first (issue 18, F2).
func TestWithheldStreamsAreJudgedBeforeTheVerdictDeadline(t *testing.T) {
	f, h, ctx := streamed(t, func(r session.Role, cfg *agent.Config) {
		if r == session.Oracle {
			cfg.HTTPClient = &http.Client{Transport: withheld{}}
		}
	}, func(o *agent.OpenOptions) { o.PhaseTimeout = 30 })
	c := f.c
	r, err := h.AskStream(ctx, inference.Prompt{Prompt: "hello"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Reason != inference.ReasonUnavailable {
		t.Fatalf("verdict %v %v, want unavailable", r.Valid, r.Reason)
	}
	v, err := bindings.NewSessionKeystore().UnpackSession(callSession(t, c, h.ID()))
	if err != nil {
		t.Fatal(err)
	}
	judged, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(r.VerdictBlock))
	if err != nil {
		t.Fatal(err)
	}
	if judged.Time > v.VerdictDeadline {
		t.Fatalf("the verdict was mined at %d, after the verdict deadline %d: the miner could have closed first", judged.Time, v.VerdictDeadline)
	}
}

// TestDeliveredStreamsAreJudged: a miner that serves the user but not the
// oracle does not keep the inference from its verdict when the oracle
// serves an endpoint: the user delivers both streams to it once their
// records are on chain, and the oracle judges them valid.
func TestDeliveredStreamsAreJudged(t *testing.T) {
	// The oracle looks for streams until halfway to the verdict deadline
	// in block time, and the fleet makes a block (a second of block time)
	// every 50 ms: a phase of an hour leaves the user's delivery about 45 s
	// of wall time, however loaded the machine (with the default phase of
	// 120 s, about 3 s).
	f, h, ctx := streamed(t, func(r session.Role, cfg *agent.Config) {
		if r == session.Oracle {
			cfg.Listen = "127.0.0.1:0"
			cfg.StreamFetch = 20 * time.Second
			cfg.HTTPClient = &http.Client{Transport: withheld{}}
		}
	}, func(o *agent.OpenOptions) { o.PhaseTimeout = 3600 })
	prompt := strings.Repeat("delivered to the oracle ", 1000)
	r, err := h.AskStream(ctx, inference.Prompt{Prompt: prompt}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Valid || !r.Check.OK() {
		t.Fatalf("verdict %v %v, check %v: want valid, judged on the streams the user delivered", r.Valid, r.Reason, r.Check)
	}
	for _, want := range []string{"streams delivered to the oracle", "stream delivered"} {
		if !strings.Contains(f.logs.String(), want) {
			t.Errorf("logs lack %q", want)
		}
	}
}

// behind is a transport to the endpoints that answers the first
// refuse[method] requests of each method as an endpoint whose agent has
// not yet applied the block the request needs: 401 for a prompt (the
// session is not Established there yet), 409 for a delivery (its record
// is not applied yet). It passes the rest on.
type behind struct {
	mu     sync.Mutex
	refuse map[string]int
}

func (b *behind) RoundTrip(r *http.Request) (*http.Response, error) {
	b.mu.Lock()
	n := b.refuse[r.Method]
	if n > 0 {
		b.refuse[r.Method]--
	}
	b.mu.Unlock()
	if n == 0 {
		return http.DefaultTransport.RoundTrip(r)
	}
	if r.Body != nil {
		r.Body.Close()
	}
	code, msg := http.StatusUnauthorized, "no active session for this token"
	if r.Method == http.MethodPut {
		code, msg = http.StatusConflict, "no record of this stream on chain yet"
	}
	return &http.Response{StatusCode: code, Status: fmt.Sprintf("%d %s", code, http.StatusText(code)), Proto: "HTTP/1.1",
		ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(msg)), Request: r}, nil
}

// TestEndpointsBehindTheChainAreRetried: the miner's and the oracle's
// agents may apply a block later than the user's. The user's first
// prompt meets a miner's endpoint that does not know the session yet
// (401), its first deliveries an oracle's endpoint that has not applied
// the answer's record (409); it tries again, and the oracle, which cannot
// fetch from the miner, judges on the delivered streams.
func TestEndpointsBehindTheChainAreRetried(t *testing.T) {
	lag := &behind{refuse: map[string]int{http.MethodPost: 2, http.MethodPut: 2}}
	_, h, ctx := streamed(t, func(r session.Role, cfg *agent.Config) {
		switch r {
		case session.User:
			cfg.HTTPClient = &http.Client{Transport: lag}
		case session.Oracle:
			cfg.Listen = "127.0.0.1:0"
			cfg.HTTPClient = &http.Client{Transport: withheld{}}
		}
	}, func(o *agent.OpenOptions) { o.PhaseTimeout = 3600 })
	r, err := h.AskStream(ctx, inference.Prompt{Prompt: "asked of endpoints behind the chain"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Valid || !r.Check.OK() {
		t.Fatalf("verdict %v %v, check %v: want valid, judged on the streams the user delivered", r.Valid, r.Reason, r.Check)
	}
	lag.mu.Lock()
	defer lag.mu.Unlock()
	if lag.refuse[http.MethodPost] != 0 || lag.refuse[http.MethodPut] != 0 {
		t.Errorf("refusals left unused: %v", lag.refuse)
	}
}

// TestAPromptNeverTakenEndsTheAsk: a miner's endpoint that never takes
// the prompt cannot answer, so no verdict can come: AskStream gives up
// after StreamFetch with the endpoint's refusal instead of waiting for
// its context to end.
func TestAPromptNeverTakenEndsTheAsk(t *testing.T) {
	_, h, ctx := streamed(t, func(r session.Role, cfg *agent.Config) {
		if r == session.User {
			cfg.HTTPClient = &http.Client{Transport: &behind{refuse: map[string]int{http.MethodPost: 1 << 30}}}
			cfg.StreamFetch = time.Second
		}
	})
	_, err := h.AskStream(ctx, inference.Prompt{Prompt: "never taken"}, nil)
	if !errors.Is(err, endpoint.ErrUnauthorized) || !strings.Contains(err.Error(), "unanswered") {
		t.Fatalf("AskStream: %v, want the endpoint's refusal and the request left unanswered", err)
	}
}

// topicCounter is a backend that counts the log queries for a topic.
type topicCounter struct {
	agent.Backend
	topic common.Hash
	n     atomic.Int32
}

func (b *topicCounter) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if len(q.Topics) > 0 && slices.Contains(q.Topics[0], b.topic) {
		b.n.Add(1)
	}
	return b.Backend.FilterLogs(ctx, q)
}

// TestEndpointLookupFollowsTheChain: the user reads the miner's
// endpoint announcements once; later asks use what it learned, kept
// current by the announcements it follows: a new one is used at once.
func TestEndpointLookupFollowsTheChain(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	counter := &topicCounter{Backend: c.Client, topic: bindings.NewSessionKeystore().GetABI().Events["EndpointAnnounced"].ID}
	f := startFleetOn(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		switch r {
		case session.Miner:
			cfg.Listen = "127.0.0.1:0"
		case session.Oracle:
			cfg.StreamFetch = 2 * time.Second
		}
	}, func(r session.Role) agent.Backend {
		if r == session.User {
			return counter
		}
		return c.Client
	})
	defer f.stop(t)
	waitEndpoint(t, f)
	h, _ := establish(t, c, f, out)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var first int32
	for i := range 3 {
		if r, err := h.AskStream(ctx, inference.Prompt{Prompt: fmt.Sprintf("ask %d", i)}, nil); err != nil || !r.Valid {
			t.Fatalf("ask %d: %v", i, err)
		}
		if i == 0 {
			// The first lookup reads back from the head in windows until
			// it finds the announcement: one query, or a few.
			if first = counter.n.Load(); first == 0 {
				t.Fatal("the first ask found the endpoint without reading its announcement")
			}
		}
	}
	if n := counter.n.Load(); n != first {
		t.Fatalf("the asks after the first read the endpoint announcements %d more times, want none", n-first)
	}
	// The miner moves its endpoint (here: to nowhere); the next ask
	// goes there without reading the announcements again.
	f.exclusive(func() { c.Send(session.Miner, c.ABI.PackAnnounceEndpoint("http://127.0.0.1:1")) })
	deadline := time.Now().Add(20 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatal("the asks never went to the endpoint's new URL")
		}
		actx, acancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := h.AskStream(actx, inference.Prompt{Prompt: "after the move"}, nil) // no connection: no verdict comes
		acancel()
		if err != nil && strings.Contains(err.Error(), "127.0.0.1:1") {
			break
		}
	}
	if n := counter.n.Load(); n != first {
		t.Fatalf("the endpoint announcements were read %d more times after the move, want none", n-first)
	}
}
