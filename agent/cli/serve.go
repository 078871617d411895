package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/openaiapi"
)

// apiKeyEnv is the environment variable serve reads its API key from when
// -api-key is not given (a flag shows in the process list).
const apiKeyEnv = "SESSIONKEYSTORE_API_KEY"

// serveFlags is the serve command: an OpenAI-compatible API in front of
// the user's agent, each request an encrypted inference in a session it
// opens on demand and reuses.
func serveFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	options := sessionFlags(fl)
	listen := fl.String("listen", "127.0.0.1:8088", "the address to serve the API on (port 0: any free port)")
	model := fl.String("model", "", "the model name /v1/models lists; a request naming it asks for the miner's own (default "+openaiapi.DefaultModel+")")
	apiKey := fl.String("api-key", "", "require this bearer token (default $"+apiKeyEnv+"; required unless -listen is a loopback address)")
	maxConc := fl.Int("max-concurrent", openaiapi.DefaultMaxConcurrent, "inferences in flight at once; more are refused with 429")
	reqTimeout := fl.Duration("request-timeout", 5*time.Minute, "how long one request may wait for its answer and verdict")
	openTimeout := fl.Duration("open-timeout", 10*time.Minute, "how long opening a session may take")
	keep := fl.Bool("keep-session", false, "leave the session open on exit (default: close it, deleting its key everywhere)")
	transport := fl.String("transport", "auto", "stream (off chain, through the miner's endpoint: tokens as they come), chain (sealed messages in events), or auto (stream when the miner announced an endpoint)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		o, err := options()
		if err != nil {
			return err
		}
		key := *apiKey
		if key == "" {
			key = os.Getenv(apiKeyEnv)
		}
		host, _, err := net.SplitHostPort(*listen)
		if err != nil {
			return usagef("-listen %q: %v", *listen, err)
		}
		if ip := net.ParseIP(host); key == "" && (ip == nil || !ip.IsLoopback()) && host != "localhost" {
			return usagef("-listen %s is not a loopback address: set -api-key or $%s, or anyone who reaches it spends this account's gas", *listen, apiKeyEnv)
		}
		if *maxConc < 1 {
			return usagef("-max-concurrent %d: want at least 1", *maxConc)
		}
		switch *transport {
		case "auto", "stream", "chain":
		default:
			return usagef("-transport %q: want auto, stream or chain", *transport)
		}
		if *reqTimeout <= 0 || *openTimeout <= 0 {
			return usagef("-request-timeout and -open-timeout must be positive")
		}

		// The agent outlives an interrupt (ctx), to close the session
		// on the way out; a.stop ends it.
		a, err := startAgent(context.WithoutCancel(ctx), e)
		if err != nil {
			return err
		}
		defer a.stop()
		if err := a.ready(ctx); err != nil {
			return err
		}
		inf := &sessionInferrer{a: a, opts: o, openTimeout: *openTimeout, e: e, transport: *transport}
		h, err := openaiapi.NewHandler(openaiapi.Config{Model: *model, APIKey: key, MaxConcurrent: *maxConc,
			Timeout: *reqTimeout, Logger: e.log}, inf)
		if err != nil {
			return usageError{err}
		}
		ln, err := net.Listen("tcp", *listen)
		if err != nil {
			return fmt.Errorf("listening on %s: %w", *listen, err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		served := make(chan error, 1)
		go func() { served <- srv.Serve(ln) }()
		fmt.Fprintf(e.stdout, "serving the OpenAI-compatible API on http://%s/v1 (miner %s, oracle %s, %v)\n", ln.Addr(), o.Miner, o.Oracle, o.Method)

		select {
		case err = <-served:
			err = fmt.Errorf("serving: %w", err)
		case err = <-a.runErr:
			a.runErr <- err
			err = fmt.Errorf("the agent stopped: %w", err)
		case <-ctx.Done():
			err = nil
		}
		shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		srv.Shutdown(shutCtx)
		cancel()
		if cerr := inf.shutdown(context.WithoutCancel(ctx), !*keep); cerr != nil && err == nil {
			err = cerr
		}
		if err == nil && ctx.Err() != nil {
			return ctx.Err() // interrupted: exit 130, as every command
		}
		return err
	}
}

// sessionInferrer runs each API request as an encrypted inference in one
// Established session, opened on the first request and opened again if
// it is closed or fails.
type sessionInferrer struct {
	a           *running
	opts        agent.OpenOptions
	openTimeout time.Duration
	e           *env
	transport   string // auto, stream or chain

	mu     sync.Mutex
	s      *agent.Session
	opened []*agent.Session // every session opened here, to close on exit
}

// session returns the Established session, opening one if there is none.
// Concurrent requests wait for the same open.
func (si *sessionInferrer) session(ctx context.Context) (*agent.Session, error) {
	si.mu.Lock()
	defer si.mu.Unlock()
	if si.s != nil {
		return si.s, nil
	}
	ctx, cancel := context.WithTimeout(ctx, si.openTimeout)
	defer cancel()
	s, err := openOnChain(ctx, si.e, si.a, si.opts)
	if err != nil {
		return nil, fmt.Errorf("opening a session: %w", err)
	}
	si.e.log.Info("session opened for the API; waiting for it to be Established", "session", s.ID())
	select {
	case <-s.Done():
	case <-ctx.Done():
		return nil, fmt.Errorf("session %v not Established: %w", s.ID(), ctx.Err())
	}
	if err := s.Wait(ctx); err != nil {
		s.WipeKey()
		return nil, fmt.Errorf("session %v: %w", s.ID(), err)
	}
	fmt.Fprintf(si.e.stdout, "session %v established (%v)\n", s.ID(), si.opts.Method)
	si.s = s
	si.opened = append(si.opened, s)
	return s, nil
}

// drop forgets s as the current session (it was closed).
func (si *sessionInferrer) drop(s *agent.Session) {
	si.mu.Lock()
	defer si.mu.Unlock()
	if si.s == s {
		si.s = nil
	}
}

// Infer asks p in the session; a session that turns out closed is
// replaced once.
func (si *sessionInferrer) Infer(ctx context.Context, p inference.Prompt, onText func(string)) (*openaiapi.Completion, error) {
	for try := 0; ; try++ {
		s, err := si.session(ctx)
		if err != nil {
			return nil, err
		}
		r, err := si.ask(ctx, s, p, onText)
		if errors.Is(err, agent.ErrClosed) && try == 0 {
			si.e.log.Warn("the API's session is closed; opening another", "session", s.ID(), "err", err)
			si.drop(s)
			continue
		}
		if err != nil {
			return nil, err
		}
		return &openaiapi.Completion{Session: s.ID(), Request: r.Seq, Answer: r.Answer, Check: r.Check,
			Valid: r.Valid, Reason: r.Reason, RequestBlock: r.RequestBlock, AnswerBlock: r.AnswerBlock, VerdictBlock: r.VerdictBlock,
			Streamed: r.Streamed}, nil
	}
}

// ask runs one inference in s on the configured transport: the stream
// transport hands the answer's text to onText as the miner produces it.
func (si *sessionInferrer) ask(ctx context.Context, s *agent.Session, p inference.Prompt, onText func(string)) (*agent.Result, error) {
	if si.transport == "chain" {
		return s.Ask(ctx, p)
	}
	text := func(b []byte) {
		if onText != nil {
			onText(string(b))
		}
	}
	r, err := s.AskStream(ctx, p, text)
	if si.transport == "auto" && errors.Is(err, agent.ErrNoEndpoint) {
		return s.Ask(ctx, p)
	}
	return r, err
}

// shutdown closes the sessions opened here (unless keep), then wipes
// their keys from memory.
func (si *sessionInferrer) shutdown(ctx context.Context, closeThem bool) error {
	si.mu.Lock()
	defer si.mu.Unlock()
	var errs []error
	for _, s := range si.opened {
		if closeThem {
			cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			err := si.a.CloseSession(cctx, s.ID())
			cancel()
			switch {
			case err == nil:
				fmt.Fprintf(si.e.stdout, "session %v closed; its key is deleted\n", s.ID())
			case errors.Is(err, agent.ErrClosed):
			default:
				errs = append(errs, fmt.Errorf("closing session %v: %w (close it with `user close -session %v`)", s.ID(), err, s.ID()))
			}
		} else {
			fmt.Fprintf(si.e.stdout, "session %v left open (-keep-session); close it with `user close -session %v`\n", s.ID(), s.ID())
		}
		s.WipeKey()
	}
	si.opened, si.s = nil, nil
	return errors.Join(errs...)
}

var _ openaiapi.Inferrer = (*sessionInferrer)(nil)
