package endpoint

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/inference/stream"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

func testKey(t testing.TB, tag byte) *skcrypto.SessionKey {
	t.Helper()
	k, err := skcrypto.DeriveSessionKey(session.ID{tag, 1}, bytes.Repeat([]byte{tag}, 32), sha256.Sum256([]byte{tag}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type sessions map[session.ID]*skcrypto.SessionKey

func (s sessions) SessionKey(id session.ID) (*skcrypto.SessionKey, bool) {
	k, ok := s[id]
	if !ok {
		return nil, false
	}
	return k.Clone(), true
}

type recorded struct {
	id             session.ID
	seq            uint64
	prompt, answer inference.Digest
	commitment     [32]byte
}

type recorder struct {
	mu   sync.Mutex
	recs []recorded
}

func (r *recorder) Answered(id session.ID, seq uint64, p, a inference.Digest, c [32]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.recs = append(r.recs, recorded{id, seq, p, a, c})
}

// minerFunc adapts a function to Miner.
type minerFunc func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error)

func (f minerFunc) Answer(ctx context.Context, _ session.ID, _ uint64, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
	return f(ctx, p, emit)
}

type fixture struct {
	key    *skcrypto.SessionKey
	srv    *Server
	http   *httptest.Server
	client *Client
	rec    *recorder
	calls  atomic.Int32
}

func newFixture(t *testing.T, m Miner, lim Limits) *fixture {
	t.Helper()
	f := &fixture{key: testKey(t, 7), rec: &recorder{}}
	counted := minerFunc(func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
		f.calls.Add(1)
		return m.Answer(ctx, session.ID{}, 0, p, emit)
	})
	srv, err := NewServer(Config{Sessions: sessions{f.key.ID(): f.key}, Miner: counted, Recorder: f.rec, Limits: lim,
		Random: rand.Reader, Log: slog.New(slog.DiscardHandler), Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = srv
	f.http = httptest.NewServer(srv)
	t.Cleanup(f.http.Close)
	f.client = &Client{BaseURL: f.http.URL, HTTP: f.http.Client(), MaxAnswer: lim.MaxAnswer}
	return f
}

func (f *fixture) ask(t *testing.T, seq uint64, p inference.Prompt, text func([]byte)) (Reply, inference.Digest, error) {
	t.Helper()
	s, d, err := SealPrompt(f.key, seq, p, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.client.Ask(context.Background(), f.key, seq, s, d, text)
	return r, d, err
}

var deterministic = BackendMiner{Backend: inference.Deterministic{}}

// TestAnswerArrivesAsProduced: the user reads each chunk of the answer
// before the miner has produced the next; the records, the commitment and
// the streams the oracle fetches all agree.
func TestAnswerArrivesAsProduced(t *testing.T) {
	got := make(chan string, 4)
	m := minerFunc(func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
		for _, tok := range []string{"Hel", "lo, ", "world"} {
			if err := emit(tok); err != nil {
				return inference.Answer{}, err
			}
			select { // the next token only once the user has read this one
			case g := <-got:
				if g != tok {
					return inference.Answer{}, fmt.Errorf("user read %q, sent %q", g, tok)
				}
			case <-time.After(10 * time.Second):
				return inference.Answer{}, errors.New("the user did not see the token before the answer ended")
			}
		}
		return inference.Answer{Status: inference.StatusOK, Model: "test/model"}, nil
	})
	f := newFixture(t, m, DefaultLimits)
	reply, pd, err := f.ask(t, 3, inference.Prompt{Prompt: "hi"}, func(b []byte) { got <- string(b) })
	if err != nil {
		t.Fatal(err)
	}
	if reply.Answer.Text != "Hello, world" || reply.Answer.Model != "test/model" || reply.Answer.Status != inference.StatusOK {
		t.Fatalf("answer %+v", reply.Answer)
	}
	if len(f.rec.recs) != 1 {
		t.Fatalf("%d records", len(f.rec.recs))
	}
	rec := f.rec.recs[0]
	if rec.seq != 3 || rec.id != f.key.ID() || rec.prompt != pd || rec.answer != reply.Digest ||
		rec.commitment != f.key.StreamResultCommitment(3, pd.Hash, reply.Digest.Hash) {
		t.Fatalf("record %+v, want the client's digests", rec)
	}
	oracle := testKey(t, 7) // the oracle's own copy of K
	for _, c := range []struct {
		d   skcrypto.Direction
		rec inference.Digest
	}{{skcrypto.DirectionPrompt, pd}, {skcrypto.DirectionAnswer, reply.Digest}} {
		b, err := f.client.Fetch(context.Background(), oracle, session.Oracle, 3, c.d, 1<<20)
		if err != nil {
			t.Fatalf("oracle fetching the %v: %v", c.d, err)
		}
		if err := Verify(b, c.rec.Hash, c.rec.Size); err != nil {
			t.Fatalf("%v: %v", c.d, err)
		}
	}
}

// TestLargePromptWithTheDeterministicModel: a prompt over 1 MiB, far over
// the 16 KiB of the on-chain transport, answered by the built-in model
// word by word.
func TestLargePromptWithTheDeterministicModel(t *testing.T) {
	f := newFixture(t, deterministic, DefaultLimits)
	prompt := strings.Repeat("a long document ", 70_000)
	var chunks int
	reply, _, err := f.ask(t, 0, inference.Prompt{Prompt: prompt}, func([]byte) { chunks++ })
	if err != nil {
		t.Fatal(err)
	}
	want, _ := inference.Deterministic{}.Complete(context.Background(), inference.Request{Prompt: prompt})
	if reply.Answer.Text != want.Text || reply.Answer.Model != inference.DeterministicModel {
		t.Fatalf("answer %q, want %q", reply.Answer.Text, want.Text)
	}
	if chunks < 3 {
		t.Fatalf("the answer came in %d chunks, want one per word", chunks)
	}
	if f.rec.recs[0].prompt.Size < 1<<20 {
		t.Fatalf("prompt stream of %d bytes", f.rec.recs[0].prompt.Size)
	}
}

func TestUnauthenticatedRequestsAreRefused(t *testing.T) {
	f := newFixture(t, deterministic, DefaultLimits)
	s, _, err := SealPrompt(f.key, 0, inference.Prompt{Prompt: "hi"}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	other := testKey(t, 8) // another session's key: an unknown session
	good := f.key.EndpointToken(session.User, 0)
	cases := []struct {
		name, path, role, token string
		want                    error
	}{
		{"no token", "/v1/sessions/" + idText(f.key.ID()) + "/requests/0", "user", "", ErrUnauthorized},
		{"another request's token", "/v1/sessions/" + idText(f.key.ID()) + "/requests/1", "user", fmt.Sprintf("%x", good), ErrUnauthorized},
		{"the oracle's token", "/v1/sessions/" + idText(f.key.ID()) + "/requests/0", "oracle", fmt.Sprintf("%x", f.key.EndpointToken(session.Oracle, 0)), ErrUnauthorized},
		{"the user's token claimed by the miner", "/v1/sessions/" + idText(f.key.ID()) + "/requests/0", "miner", fmt.Sprintf("%x", good), ErrUnauthorized},
		{"unknown session", "/v1/sessions/" + idText(other.ID()) + "/requests/0", "user", fmt.Sprintf("%x", other.EndpointToken(session.User, 0)), ErrUnauthorized},
		{"bad session id", "/v1/sessions/zz/requests/0", "user", fmt.Sprintf("%x", good), ErrRejected},
		{"bad request number", "/v1/sessions/" + idText(f.key.ID()) + "/requests/-1", "user", fmt.Sprintf("%x", good), ErrRejected},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(http.MethodPost, f.http.URL+c.path, bytes.NewReader(s))
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set(HeaderRole, c.role)
		resp, err := f.client.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		err = statusError(resp)
		resp.Body.Close()
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if n := f.calls.Load(); n != 0 {
		t.Fatalf("the miner ran %d unauthenticated prompts", n)
	}
}

// TestFloodOfUnauthenticatedRequests: many connections at once with bad
// tokens and large bodies cost no slot and no model run, get 401 then 429
// with the connection closed, and an honest request still gets its answer.
func TestFloodOfUnauthenticatedRequests(t *testing.T) {
	lim := DefaultLimits
	lim.MaxConcurrent = 2
	f := newFixture(t, deterministic, lim)
	body := bytes.Repeat([]byte{1}, 1<<20)
	var wg sync.WaitGroup
	var unauthorized, tooMany, other atomic.Int32
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/v1/sessions/%s/requests/%d", f.http.URL, idText(f.key.ID()), i), bytes.NewReader(body))
			req.Header.Set("Authorization", fmt.Sprintf("Bearer %064x", i))
			req.Header.Set(HeaderRole, "user")
			resp, err := f.client.HTTP.Do(req)
			if err != nil {
				return // the server closed the connection on us: fine
			}
			defer resp.Body.Close()
			switch resp.StatusCode {
			case http.StatusUnauthorized:
				unauthorized.Add(1)
			case http.StatusTooManyRequests:
				tooMany.Add(1)
			default:
				other.Add(1)
			}
		}()
	}
	reply, _, err := f.ask(t, 0, inference.Prompt{Prompt: "still served"}, nil)
	wg.Wait()
	if err != nil || reply.Answer.Status != inference.StatusOK {
		t.Fatalf("the honest request during the flood: %v %+v", err, reply.Answer)
	}
	if other.Load() != 0 || tooMany.Load() == 0 || unauthorized.Load() > int32(lim.FailuresPerMinute) {
		t.Fatalf("flood answered %d×401, %d×429, %d other", unauthorized.Load(), tooMany.Load(), other.Load())
	}
	if n := f.calls.Load(); n != 1 {
		t.Fatalf("the miner ran %d prompts, want the honest one", n)
	}
}

// TestHostileUploads: a prompt stream cut short, sealed for another
// request, or too large is refused with a clear error; a request is served
// once; what the endpoint does not hold is unavailable.
func TestHostileUploads(t *testing.T) {
	lim := DefaultLimits
	lim.MaxPrompt = 100 << 10
	f := newFixture(t, deterministic, lim)
	ctx := context.Background()
	s, d, _ := SealPrompt(f.key, 0, inference.Prompt{Prompt: "hi"}, rand.Reader)
	s1, d1, _ := SealPrompt(f.key, 1, inference.Prompt{Prompt: "hi"}, rand.Reader)
	big, bd, _ := SealPrompt(f.key, 2, inference.Prompt{Prompt: strings.Repeat("x", 200<<10)}, rand.Reader)

	if _, err := f.client.Ask(ctx, f.key, 0, s[:len(s)-1], d, nil); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("truncated prompt: %v", err)
	}
	if _, err := f.client.Ask(ctx, f.key, 0, s1, d1, nil); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "authentication") {
		t.Errorf("another request's prompt: %v", err)
	}
	if _, err := f.client.Ask(ctx, f.key, 2, big, bd, nil); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "413") {
		t.Errorf("oversize prompt: %v", err)
	}
	if _, err := f.client.Ask(ctx, f.key, 0, s, d, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := f.client.Ask(ctx, f.key, 0, s, d, nil); !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "409") {
		t.Errorf("the same request again: %v", err)
	}
	if _, err := f.client.Fetch(ctx, f.key, session.Oracle, 5, skcrypto.DirectionAnswer, 1<<20); !errors.Is(err, ErrUnavailable) {
		t.Errorf("a stream never sent: %v", err)
	}
	// A miner that served the user and does not serve the oracle: here,
	// a restarted one that kept nothing.
	g := newFixture(t, deterministic, lim)
	g.key = f.key
	if _, err := (&Client{BaseURL: g.http.URL, HTTP: g.http.Client()}).Fetch(ctx, f.key, session.Oracle, 0, skcrypto.DirectionAnswer, 1<<20); !errors.Is(err, ErrUnauthorized) && !errors.Is(err, ErrUnavailable) {
		t.Errorf("a withheld answer: %v", err)
	}
}

// TestVerifyRefusesAStreamNotMatchingItsRecord: the oracle's check of a
// fetched stream against the hash and size on chain.
func TestVerifyRefusesAStreamNotMatchingItsRecord(t *testing.T) {
	f := newFixture(t, deterministic, DefaultLimits)
	reply, _, err := f.ask(t, 0, inference.Prompt{Prompt: "hi"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := reply.Digest
	if err := Verify(reply.Stream, d.Hash, d.Size); err != nil {
		t.Fatal(err)
	}
	other := bytes.Clone(reply.Stream)
	other[len(other)-1] ^= 1
	for name, c := range map[string]struct {
		b    []byte
		h    [32]byte
		size uint64
	}{
		"flipped byte":   {other, d.Hash, d.Size},
		"another hash":   {reply.Stream, [32]byte{1}, d.Size},
		"another size":   {reply.Stream, d.Hash, d.Size + 1},
		"a prefix of it": {reply.Stream[:len(reply.Stream)-1], d.Hash, d.Size - 1},
	} {
		if err := Verify(c.b, c.h, c.size); !errors.Is(err, ErrDigestMismatch) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestMinerFailureMidStream: a model that fails after some text leaves
// the answer stream without its last chunk: the user gets a truncated
// stream, and no record is made.
func TestMinerFailureMidStream(t *testing.T) {
	m := minerFunc(func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
		_ = emit("partial ")
		return inference.Answer{}, errors.New("model crashed")
	})
	f := newFixture(t, m, DefaultLimits)
	var seen []byte
	_, _, err := f.ask(t, 0, inference.Prompt{Prompt: "hi"}, func(b []byte) { seen = append(seen, b...) })
	if !errors.Is(err, stream.ErrTruncated) {
		t.Fatalf("%v, want a truncated stream", err)
	}
	if string(seen) != "partial " || len(f.rec.recs) != 0 {
		t.Fatalf("saw %q, %d records", seen, len(f.rec.recs))
	}
}

// TestRefusalsAreAnswers: a model failure before any text, and a
// malformed prompt, get a refusal stream and a record.
func TestRefusalsAreAnswers(t *testing.T) {
	m := minerFunc(func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
		return inference.Answer{}, errors.New("model down")
	})
	f := newFixture(t, m, DefaultLimits)
	reply, _, err := f.ask(t, 0, inference.Prompt{Prompt: "hi"}, nil)
	if err != nil || reply.Answer.Status != inference.StatusRefused || reply.Answer.Reason != inference.ReasonRefused {
		t.Fatalf("%v %+v", err, reply.Answer)
	}
	// A prompt stream whose plaintext is not a prompt.
	var buf bytes.Buffer
	w, _ := inference.NewStreamWriter(f.key, skcrypto.DirectionPrompt, 1, [32]byte{}, &buf, rand.Reader)
	_, _ = io.WriteString(w, `{"prompt":""}`)
	_ = w.Close()
	reply, err = f.client.Ask(context.Background(), f.key, 1, buf.Bytes(), w.Digest(), nil)
	if err != nil || reply.Answer.Reason != inference.ReasonPromptMalformed {
		t.Fatalf("%v %+v", err, reply.Answer)
	}
	if len(f.rec.recs) != 2 {
		t.Fatalf("%d records, want one per answer", len(f.rec.recs))
	}
}

func TestBusy(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	m := minerFunc(func(ctx context.Context, p inference.Prompt, emit func(string) error) (inference.Answer, error) {
		started <- struct{}{}
		<-release
		_ = emit("done")
		return inference.Answer{Status: inference.StatusOK, Model: "m"}, nil
	})
	lim := DefaultLimits
	lim.MaxConcurrent = 1
	f := newFixture(t, m, lim)
	done := make(chan error, 1)
	go func() { _, _, err := f.ask(t, 0, inference.Prompt{Prompt: "a"}, nil); done <- err }()
	select {
	case <-started:
	case err := <-done:
		t.Fatalf("the first request ended early: %v", err)
	}
	if _, _, err := f.ask(t, 1, inference.Prompt{Prompt: "b"}, nil); !errors.Is(err, ErrBusy) {
		t.Errorf("a second stream past MaxConcurrent: %v", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestForgetFreesTheKeptStreams: once a session is forgotten (closed),
// its streams are gone and their room is free for other streams.
func TestForgetFreesTheKeptStreams(t *testing.T) {
	lim := DefaultLimits
	lim.MaxPrompt, lim.MaxAnswer = 1<<10, 1<<10
	lim.MaxStored = 2*(streamBound(lim.MaxPrompt)+streamBound(lim.MaxAnswer)) - 1 // room for one request's reservation and what one keeps
	f := newFixture(t, deterministic, lim)
	ctx := context.Background()
	if _, _, err := f.ask(t, 0, inference.Prompt{Prompt: "one"}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := f.client.Fetch(ctx, f.key, session.Oracle, 0, skcrypto.DirectionAnswer, 1<<20); err != nil {
		t.Fatal(err)
	}
	f.srv.Forget(f.key.ID())
	if _, err := f.client.Fetch(ctx, f.key, session.Oracle, 0, skcrypto.DirectionAnswer, 1<<20); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("after Forget: %v", err)
	}
	if f.srv.store.used != 0 {
		t.Fatalf("%d bytes still counted after Forget", f.srv.store.used)
	}
	if _, _, err := f.ask(t, 1, inference.Prompt{Prompt: "two"}, nil); err != nil {
		t.Fatalf("a request after Forget: %v", err)
	}
}

// records is an oracle's view of the records on chain.
type records struct {
	mu  sync.Mutex
	m   map[streamKey]inference.Digest
	get atomic.Int32
}

func (r *records) Record(id session.ID, seq uint64, d skcrypto.Direction) (inference.Digest, bool) {
	r.get.Add(1)
	r.mu.Lock()
	defer r.mu.Unlock()
	g, ok := r.m[streamKey{id, seq, d}]
	return g, ok
}

// TestDeliveriesToAnOracle: an oracle's endpoint keeps a stream the user
// delivers only once its record is on chain and only if it matches it;
// it runs no prompts, and a miner's endpoint takes no deliveries.
func TestDeliveriesToAnOracle(t *testing.T) {
	m := newFixture(t, deterministic, DefaultLimits)
	reply, pd, err := m.ask(t, 0, inference.Prompt{Prompt: "deliver me"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	prompt, _ := m.srv.Held(m.key.ID(), 0, skcrypto.DirectionPrompt)

	recs := &records{m: map[streamKey]inference.Digest{}}
	srv, err := NewServer(Config{Sessions: sessions{m.key.ID(): m.key}, Records: recs, Limits: DefaultLimits,
		Random: rand.Reader, Log: slog.New(slog.DiscardHandler), Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	oracle := &Client{BaseURL: hs.URL, HTTP: hs.Client(), MaxAnswer: DefaultLimits.MaxAnswer}
	ctx := context.Background()

	// Before its record: refused, nothing kept.
	if err := oracle.Deliver(ctx, m.key, 0, skcrypto.DirectionPrompt, prompt); !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "record") {
		t.Fatalf("a delivery before its record: %v", err)
	}
	recs.mu.Lock()
	recs.m[streamKey{m.key.ID(), 0, skcrypto.DirectionPrompt}] = pd
	recs.m[streamKey{m.key.ID(), 0, skcrypto.DirectionAnswer}] = reply.Digest
	recs.mu.Unlock()
	// Not the recorded stream: the answer sent as the prompt, a stream
	// cut short, one with a byte changed.
	flipped := bytes.Clone(prompt)
	flipped[len(flipped)/2] ^= 1
	for name, b := range map[string][]byte{"the answer as the prompt": reply.Stream, "cut": prompt[:len(prompt)-1], "flipped": flipped} {
		if err := oracle.Deliver(ctx, m.key, 0, skcrypto.DirectionPrompt, b); !errors.Is(err, ErrRejected) {
			t.Errorf("%s: %v", name, err)
		}
		if _, held := srv.Held(m.key.ID(), 0, skcrypto.DirectionPrompt); held {
			t.Fatalf("%s: kept", name)
		}
	}
	// Another session's token: refused before any body is read.
	other := testKey(t, 9)
	if err := oracle.Deliver(ctx, other, 0, skcrypto.DirectionPrompt, prompt); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("another session's delivery: %v", err)
	}
	// The recorded streams: kept, served to the oracle's own fetch, and
	// a second delivery is a no-op.
	for _, d := range []struct {
		dir skcrypto.Direction
		b   []byte
	}{{skcrypto.DirectionPrompt, prompt}, {skcrypto.DirectionAnswer, reply.Stream}, {skcrypto.DirectionAnswer, reply.Stream}} {
		if err := oracle.Deliver(ctx, m.key, 0, d.dir, d.b); err != nil {
			t.Fatalf("delivering the %v: %v", d.dir, err)
		}
		if got, held := srv.Held(m.key.ID(), 0, d.dir); !held || !bytes.Equal(got, d.b) {
			t.Fatalf("the %v is not held as delivered", d.dir)
		}
		if got, err := oracle.Fetch(ctx, m.key, session.Oracle, 0, d.dir, int64(len(d.b))); err != nil || !bytes.Equal(got, d.b) {
			t.Fatalf("fetching the delivered %v: %v", d.dir, err)
		}
	}
	// An oracle's endpoint runs no prompt; a miner's takes no delivery.
	if _, _, err := (&fixture{key: m.key, client: oracle}).ask(t, 1, inference.Prompt{Prompt: "run me"}, nil); !errors.Is(err, ErrRejected) {
		t.Errorf("a prompt sent to an oracle's endpoint: %v", err)
	}
	if err := m.client.Deliver(ctx, m.key, 0, skcrypto.DirectionPrompt, prompt); !errors.Is(err, ErrRejected) {
		t.Errorf("a delivery to a miner's endpoint: %v", err)
	}
	if _, err := NewServer(Config{Sessions: sessions{}, Random: rand.Reader, Log: slog.New(slog.DiscardHandler), Now: time.Now, Limits: DefaultLimits}); err == nil {
		t.Error("a server with neither Miner nor Records")
	}
}
