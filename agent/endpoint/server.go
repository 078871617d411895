package endpoint

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/inference/stream"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Sessions finds the key of an active session: Established and not
// closed. It returns a copy, which the server zeroes when the request
// ends.
type Sessions interface {
	SessionKey(id session.ID) (*skcrypto.SessionKey, bool)
}

// Miner runs a prompt: it calls emit with the answer's text as the model
// produces it (each call becomes one chunk) and returns the answer
// without its text: ok with the model that ran, or a refusal with its
// reason (and no text emitted).
type Miner interface {
	Answer(ctx context.Context, id session.ID, seq uint64, p inference.Prompt, emit func(text string) error) (inference.Answer, error)
}

// Recorder learns each finished answer, to post its record on chain
// (respondStream) once the request's own record is there and matches.
type Recorder interface {
	Answered(id session.ID, seq uint64, prompt, answer inference.Digest, commitment [32]byte)
}

// Records gives an oracle's endpoint the records on chain of streamed
// requests, so that it keeps a stream the user delivers only if it is the
// one recorded.
type Records interface {
	// Record returns the record of the stream of direction d of request
	// seq of session id; false while it is not on chain.
	Record(id session.ID, seq uint64, d skcrypto.Direction) (inference.Digest, bool)
}

// Config is a server's dependencies. A miner's endpoint has a Miner (it
// runs prompts); an oracle's has Records (it takes deliveries); either
// serves the streams it holds.
type Config struct {
	Sessions Sessions
	Miner    Miner
	// Recorder is optional.
	Recorder Recorder
	Records  Records
	Limits   Limits
	// Random is the source of the answer streams' salts.
	Random io.Reader
	Log    *slog.Logger
	// Now is the clock of the failure limiter.
	Now func() time.Time
}

// Server is a miner's or an oracle's endpoint; it is an http.Handler.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	store   *store
	slots   chan struct{}
	limiter *limiter
}

// NewServer returns the endpoint for cfg.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Sessions == nil || cfg.Random == nil || cfg.Log == nil || cfg.Now == nil {
		return nil, errors.New("endpoint: Sessions, Random, Log and Now are required")
	}
	if (cfg.Miner == nil) == (cfg.Records == nil) {
		return nil, errors.New("endpoint: one of Miner (a miner's endpoint) and Records (an oracle's) is required")
	}
	if err := cfg.Limits.Check(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), store: newStore(cfg.Limits.MaxStored),
		slots: make(chan struct{}, cfg.Limits.MaxConcurrent), limiter: newLimiter(cfg.Limits.FailuresPerMinute, cfg.Now)}
	infer, deliver := s.infer, s.deliver
	if cfg.Miner == nil {
		infer = notHere("an oracle's endpoint runs no prompts: send it to the miner's")
	}
	if cfg.Records == nil {
		deliver = notHere("a miner's endpoint takes no deliveries: deliver to the oracle's")
	}
	s.mux.HandleFunc("POST /v1/sessions/{id}/requests/{seq}", infer)
	s.mux.HandleFunc("PUT /v1/sessions/{id}/requests/{seq}/{dir}", deliver)
	s.mux.HandleFunc("GET /v1/sessions/{id}/requests/{seq}/{dir}", s.fetch)
	return s, nil
}

// ServeHTTP serves the routes of the package documentation.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// refuse answers a request that failed to authenticate or was malformed.
// It never reads the body; past its address's failure budget it answers
// 429 and closes the connection, so a flood costs the endpoint a header
// parse and an HKDF per request, and never a slot or a body.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if !s.limiter.fail(remoteHost(r)) {
		w.Header().Set("Connection", "close")
		code, msg = http.StatusTooManyRequests, "too many failed requests"
	}
	http.Error(w, msg, code)
}

// Forget drops the kept streams of a session (after it closed).
func (s *Server) Forget(id session.ID) { s.store.forget(id) }

// HTTPServer returns an http.Server for s on addr with timeouts that keep
// slow or idle clients from holding connections.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 8 << 10}
}

// request is a parsed and authenticated request.
type request struct {
	id   session.ID
	seq  uint64
	role session.Role
	key  *skcrypto.SessionKey
}

// authenticate parses the path and checks the token for one of roles. It
// reads no body.
func (s *Server) authenticate(r *http.Request, roles ...session.Role) (request, int, error) {
	var q request
	idText := r.PathValue("id")
	b, err := hex.DecodeString(strings.TrimPrefix(idText, "0x"))
	if err != nil || len(b) != 32 {
		return q, http.StatusBadRequest, errors.New("session id is not 32 bytes of hex")
	}
	q.id = session.ID(common.BytesToHash(b))
	if q.seq, err = strconv.ParseUint(r.PathValue("seq"), 10, 64); err != nil {
		return q, http.StatusBadRequest, errors.New("request number is not a decimal u64")
	}
	role, err := session.ParseRole(r.Header.Get(HeaderRole))
	if err != nil {
		return q, http.StatusUnauthorized, errors.New("no role")
	}
	allowed := false
	for _, x := range roles {
		allowed = allowed || x == role
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	got, herr := hex.DecodeString(tok)
	k, active := s.cfg.Sessions.SessionKey(q.id)
	// One answer for every failure: an unknown session and a wrong token
	// look the same from outside.
	if !allowed || !ok || herr != nil || len(got) != 32 || !active {
		if active {
			k.Zero()
		}
		return q, http.StatusUnauthorized, errors.New("no active session for this token")
	}
	want := k.EndpointToken(role, q.seq)
	if subtle.ConstantTimeCompare(got, want[:]) != 1 {
		k.Zero()
		return q, http.StatusUnauthorized, errors.New("no active session for this token")
	}
	q.role, q.key = role, k
	return q, 0, nil
}

// infer reads a prompt stream and streams the answer back.
func (s *Server) infer(w http.ResponseWriter, r *http.Request) {
	q, code, err := s.authenticate(r, session.User)
	if err != nil {
		s.refuse(w, r, code, err.Error())
		return
	}
	defer q.key.Zero()
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	default:
		http.Error(w, "serving as many streams as allowed", http.StatusServiceUnavailable)
		return
	}
	lim := s.cfg.Limits
	reserve := streamBound(lim.MaxPrompt) + streamBound(lim.MaxAnswer)
	rk := streamKey{q.id, q.seq, skcrypto.DirectionPrompt}
	switch dup, full := s.store.begin(rk, reserve); {
	case dup:
		http.Error(w, "request already sent", http.StatusConflict)
		return
	case full:
		http.Error(w, "no room for another stream", http.StatusServiceUnavailable)
		return
	}
	kept := map[skcrypto.Direction][]byte{}
	defer func() { s.store.end(rk, reserve, kept) }()

	body := http.MaxBytesReader(w, r.Body, streamBound(lim.MaxPrompt))
	var raw bytes.Buffer
	pr, err := inference.OpenStream(q.key, skcrypto.DirectionPrompt, q.seq, [32]byte{}, io.TeeReader(body, &raw), lim.MaxPrompt)
	var plain []byte
	if err == nil {
		plain, err = io.ReadAll(pr)
	}
	if err != nil {
		code := http.StatusBadRequest
		var mbe *http.MaxBytesError
		if errors.Is(err, stream.ErrTooLarge) || errors.As(err, &mbe) {
			code = http.StatusRequestEntityTooLarge
		}
		s.cfg.Log.Warn("prompt stream refused", "session", q.id, "seq", q.seq, "err", err)
		http.Error(w, "prompt stream: "+err.Error(), code)
		return
	}
	defer clear(plain)
	promptDigest := pr.Digest()
	kept[skcrypto.DirectionPrompt] = raw.Bytes()

	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	var ans bytes.Buffer
	fw := &flushWriter{w: w, tee: &ans}
	aw, err := inference.NewStreamWriter(q.key, skcrypto.DirectionAnswer, q.seq, promptDigest.Hash, fw, s.cfg.Random)
	if err != nil {
		s.cfg.Log.Error("starting an answer stream", "session", q.id, "seq", q.seq, "err", err)
		return
	}
	head, err := s.answer(r.Context(), q, plain, aw, lim.MaxAnswer)
	if err != nil {
		// The stream ends without its last chunk: the user sees it
		// truncated, and no record is posted.
		s.cfg.Log.Warn("answer stream abandoned", "session", q.id, "seq", q.seq, "err", err)
		return
	}
	if _, err := aw.Write(head); err != nil {
		return
	}
	if err := aw.Close(); err != nil {
		s.cfg.Log.Warn("answer stream not delivered whole", "session", q.id, "seq", q.seq, "err", err)
	}
	answerDigest := aw.Digest()
	kept[skcrypto.DirectionAnswer] = ans.Bytes()
	s.cfg.Log.Info("streamed inference served", "session", q.id, "seq", q.seq,
		"prompt_bytes", promptDigest.Size, "answer_bytes", answerDigest.Size, "chunks", aw.Chunks())
	if s.cfg.Recorder != nil {
		s.cfg.Recorder.Answered(q.id, q.seq, promptDigest, answerDigest, q.key.StreamResultCommitment(q.seq, promptDigest.Hash, answerDigest.Hash))
	}
}

// answer runs the miner on a prompt plaintext, streaming its text, and
// returns the answer's head (the stream's last chunk).
func (s *Server) answer(ctx context.Context, q request, plain []byte, aw *inference.StreamWriter, max int64) ([]byte, error) {
	p, err := inference.DecodePrompt(plain)
	if err != nil {
		// Every request gets an answer: a malformed prompt a refusal.
		return inference.EncodeAnswerHead(inference.Answer{Status: inference.StatusRefused, Reason: inference.ReasonPromptMalformed})
	}
	var sent int64
	emit := func(text string) error {
		if text == "" {
			return nil
		}
		if sent += int64(len(text)); sent > max {
			return fmt.Errorf("%w: answer over %d bytes", stream.ErrTooLarge, max)
		}
		if _, err := io.WriteString(aw, text); err != nil {
			return err
		}
		return aw.Flush()
	}
	a, err := s.cfg.Miner.Answer(ctx, q.id, q.seq, p, emit)
	if err != nil && sent > 0 {
		return nil, err
	}
	if err != nil || (a.Status == inference.StatusOK && sent == 0) {
		if err == nil {
			err = errors.New("the model returned no text")
		}
		s.cfg.Log.Warn("refusing streamed inference", "session", q.id, "seq", q.seq, "err", err)
		a = inference.Answer{Status: inference.StatusRefused, Model: p.Model, Reason: inference.ReasonRefused}
	}
	a.Text, a.Truncated = "", false // the text went out in the chunks
	return inference.EncodeAnswerHead(a)
}

// notHere answers a route this kind of endpoint does not serve.
func notHere(msg string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Error(w, msg, http.StatusMethodNotAllowed) }
}

// direction parses a route's {dir}.
func direction(r *http.Request) (skcrypto.Direction, bool) {
	switch r.PathValue("dir") {
	case "prompt":
		return skcrypto.DirectionPrompt, true
	case "answer":
		return skcrypto.DirectionAnswer, true
	}
	return 0, false
}

// Held returns a stream the endpoint keeps: one it served (a miner's) or
// one delivered that matched its record (an oracle's).
func (s *Server) Held(id session.ID, seq uint64, d skcrypto.Direction) ([]byte, bool) {
	return s.store.get(streamKey{id, seq, d})
}

// deliver takes a stream from the user (an oracle's endpoint) and keeps
// it if it is the one recorded on chain.
func (s *Server) deliver(w http.ResponseWriter, r *http.Request) {
	q, code, err := s.authenticate(r, session.User)
	if err != nil {
		s.refuse(w, r, code, err.Error())
		return
	}
	defer q.key.Zero()
	d, ok := direction(r)
	if !ok {
		http.Error(w, "no such stream: want prompt or answer", http.StatusNotFound)
		return
	}
	rec, ok := s.cfg.Records.Record(q.id, q.seq, d)
	if !ok {
		http.Error(w, fmt.Sprintf("no record of the %v stream of request %d on chain yet: deliver it once its record is mined", d, q.seq), http.StatusConflict)
		return
	}
	k := streamKey{q.id, q.seq, d}
	if _, held := s.store.get(k); held {
		w.WriteHeader(http.StatusOK) // delivered before: nothing to do
		return
	}
	lim := s.cfg.Limits
	if rec.Size > uint64(streamBound(max(lim.MaxPrompt, lim.MaxAnswer))) {
		http.Error(w, fmt.Sprintf("the recorded stream of %d bytes is over this endpoint's limit", rec.Size), http.StatusRequestEntityTooLarge)
		return
	}
	n := int64(rec.Size)
	switch dup, full := s.store.begin(k, n); {
	case dup:
		http.Error(w, "stream being delivered", http.StatusConflict)
		return
	case full:
		http.Error(w, "no room for another stream", http.StatusServiceUnavailable)
		return
	}
	kept := map[skcrypto.Direction][]byte{}
	defer func() { s.store.end(k, n, kept) }()
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, n))
	if err != nil {
		http.Error(w, fmt.Sprintf("%v stream: longer than its record's %d bytes, or cut: %v", d, rec.Size, err), http.StatusBadRequest)
		return
	}
	if err := Verify(b, rec.Hash, rec.Size); err != nil {
		s.cfg.Log.Warn("delivered stream refused", "session", q.id, "seq", q.seq, "stream", d, "err", err)
		http.Error(w, fmt.Sprintf("%v stream: %v", d, err), http.StatusBadRequest)
		return
	}
	kept[d] = b
	s.cfg.Log.Info("stream delivered", "session", q.id, "seq", q.seq, "stream", d, "bytes", len(b))
	w.WriteHeader(http.StatusOK)
}

// fetch serves a kept stream.
func (s *Server) fetch(w http.ResponseWriter, r *http.Request) {
	q, code, err := s.authenticate(r, session.User, session.Oracle)
	if err != nil {
		s.refuse(w, r, code, err.Error())
		return
	}
	defer q.key.Zero()
	d, ok := direction(r)
	if !ok {
		http.Error(w, "no such stream: want prompt or answer", http.StatusNotFound)
		return
	}
	b, ok := s.store.get(streamKey{q.id, q.seq, d})
	if !ok {
		http.Error(w, "stream not held", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// flushWriter sends every write at once (one stream frame per write) and
// keeps a copy.
type flushWriter struct {
	w   http.ResponseWriter
	tee *bytes.Buffer
}

func (f *flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	f.tee.Write(p[:n])
	if err != nil {
		return n, err
	}
	return n, http.NewResponseController(f.w).Flush()
}

func remoteHost(r *http.Request) string {
	h, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return h
}

// limiter counts each remote address's failures in the current minute.
type limiter struct {
	mu     sync.Mutex
	max    int
	now    func() time.Time
	window time.Time
	fails  map[string]int
}

// maxTracked bounds the addresses a limiter remembers in one minute.
const maxTracked = 1 << 16

func newLimiter(max int, now func() time.Time) *limiter {
	return &limiter{max: max, now: now, fails: map[string]int{}}
}

func (l *limiter) roll() {
	if t := l.now(); t.Sub(l.window) >= time.Minute || len(l.fails) > maxTracked {
		l.window, l.fails = t, map[string]int{}
	}
}

// fail counts a failure of host and reports whether it is within its
// budget for the minute.
func (l *limiter) fail(host string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.roll()
	l.fails[host]++
	return l.fails[host] <= l.max
}
