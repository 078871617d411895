package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// maxPromptInput bounds what ask reads from a file or stdin: the
// endpoint's default limit for a streamed prompt (an on-chain prompt is
// refused above 16 KiB).
const maxPromptInput = 4 << 20

// errInvalidVerdict is what ask returns when the inference was not valid:
// the command printed it and exits 1.
var errInvalidVerdict = errors.New("the inference is not valid")

func askFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	id := fl.String("session", "", "the Established session to ask in (required)")
	file := fl.String("file", "", "read the prompt from this file (- for standard input)")
	model := fl.String("model", "", "ask for this model (default: the miner's)")
	maxTokens := fl.Int("max-tokens", 0, "bound the answer (default: the miner's)")
	timeout := fl.Duration("timeout", 5*time.Minute, "how long to wait for the answer and the verdict")
	streamed := fl.Bool("stream", false, "send the prompt to the miner's endpoint and print the answer as it streams (the chain records hashes only; any size)")
	return func(ctx context.Context, e *env, args []string) error {
		sid, err := session.ParseID(*id)
		if err != nil {
			return usagef("-session: %v", err)
		}
		text, err := promptText(*file, args, e.stdin)
		if err != nil {
			return err
		}
		p := inference.Prompt{Prompt: text, Model: *model, MaxTokens: *maxTokens}
		if err := p.Check(); err != nil {
			return usageError{err}
		}
		ctx, cancel := context.WithTimeout(ctx, *timeout)
		defer cancel()
		return withSession(ctx, e, sid, func(ctx context.Context, a *running, s *agent.Session) error {
			// The request's number, should the wait end before the verdict:
			// the contract numbers requests from 0.
			next := "N"
			if st, err := readSession(ctx, a.client, a.contract, sid); err == nil {
				next = fmt.Sprint(st.Requests)
			}
			fmt.Fprintf(e.stdout, "asking in session %v (%d bytes of prompt)\n", sid, len(text))
			stop := make(chan struct{})
			defer close(stop)
			go waiting(e.progress, "the miner's answer and the oracle's verdict", progressEvery, stop)
			var r *agent.Result
			if *streamed {
				fmt.Fprintln(e.stdout, "answer, as it streams:")
				r, err = s.AskStream(ctx, p, func(b []byte) { _, _ = e.stdout.Write(b) })
				fmt.Fprintln(e.stdout)
			} else {
				r, err = s.Ask(ctx, p)
			}
			if err != nil && !*streamed && errors.Is(err, inference.ErrTooLong) {
				// Refused before anything was sent.
				return fmt.Errorf("%w: a prompt this long travels only off chain: ask with -stream (the miner must serve an endpoint: run -listen)", err)
			}
			if err != nil {
				return fmt.Errorf("%w (if request %s went on chain, collect its answer with `user answer -session %v -request %s`)", err, next, sid, next)
			}
			return report(e.stdout, r)
		})
	}
}

// report prints a result; errInvalidVerdict unless the oracle judged it
// valid and it passed the user's own check.
func report(w io.Writer, r *agent.Result) error {
	printResult(w, r)
	if !r.Valid || !r.Check.OK() {
		return errInvalidVerdict
	}
	return nil
}

// answerFlags is the answer command: the answer and verdict of a request
// asked before, after ask timed out or was interrupted.
func answerFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	id := fl.String("session", "", "the session the request was asked in (required)")
	var seq uint64
	given := false
	fl.Func("request", "the request's number, from 0 as ask and status print it (required)", func(v string) error {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return errors.New("want a request number such as 0")
		}
		seq, given = n, true
		return nil
	})
	timeout := fl.Duration("timeout", 5*time.Minute, "how long to wait for the answer and the verdict")
	return func(ctx context.Context, e *env, args []string) error {
		sid, err := session.ParseID(*id)
		if err != nil {
			return usagef("-session: %v", err)
		}
		if !given {
			return usagef("-request: give the request's number (ask printed it; status lists them)")
		}
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		ctx, cancel := context.WithTimeout(ctx, *timeout)
		defer cancel()
		return withSession(ctx, e, sid, func(ctx context.Context, _ *running, s *agent.Session) error {
			stop := make(chan struct{})
			defer close(stop)
			go waiting(e.progress, fmt.Sprintf("request %d's answer and verdict", seq), progressEvery, stop)
			r, err := s.Await(ctx, seq)
			if err != nil {
				return err
			}
			return report(e.stdout, r)
		})
	}
}

// promptText takes the prompt from the arguments, a file, or stdin.
func promptText(file string, args []string, stdin io.Reader) (string, error) {
	var r io.Reader
	switch {
	case file != "" && len(args) > 0:
		return "", usagef("give the prompt as arguments or with -file, not both")
	case len(args) > 0:
		return strings.Join(args, " "), nil
	case file == "" || file == "-":
		r = stdin
	default:
		f, err := os.Open(file)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxPromptInput+1))
	if err != nil {
		return "", fmt.Errorf("reading the prompt: %w", err)
	}
	if len(b) > maxPromptInput {
		return "", usagef("prompt longer than %d bytes", maxPromptInput)
	}
	text := strings.TrimRight(string(b), "\r\n")
	if text == "" {
		return "", usagef("empty prompt: give it as arguments, with -file, or on standard input")
	}
	return text, nil
}

func printResult(w io.Writer, r *agent.Result) {
	fmt.Fprintf(w, "request %d\n", r.Seq)
	where := "on chain"
	if r.Streamed {
		where = "streamed, its hash on chain"
	}
	fmt.Fprintf(w, "  prompt  %6d bytes of text  -> %6d bytes of ciphertext %s (block %d)\n", r.PromptLength, r.PromptCiphertext, where, r.RequestBlock)
	fmt.Fprintf(w, "  answer  %6d bytes of text  <- %6d bytes of ciphertext %s (block %d)\n", r.AnswerLength, r.AnswerCiphertext, where, r.AnswerBlock)
	verdict := "VALID"
	if !r.Valid {
		verdict = "INVALID: " + r.Reason.String()
	}
	fmt.Fprintf(w, "  verdict %s (the oracle, block %d)\n", verdict, r.VerdictBlock)
	if r.Check.OK() {
		fmt.Fprintf(w, "  own check: the answer opens under the miner's key and matches its commitment\n")
	} else {
		fmt.Fprintf(w, "  own check FAILED: %v\n", r.Check)
	}
	switch {
	case !r.Check.OK():
	case r.Answer.Status == inference.StatusRefused:
		fmt.Fprintf(w, "the miner refused the request: %v\n", r.Answer.Reason)
	case r.Streamed:
		fmt.Fprintf(w, "answer (model %s): %d bytes, printed above as they streamed\n", r.Answer.Model, len(r.Answer.Text))
	default:
		fmt.Fprintf(w, "answer (model %s", r.Answer.Model)
		if r.Answer.Truncated {
			fmt.Fprint(w, ", truncated to fit the chain")
		}
		fmt.Fprintf(w, "):\n%s\n", r.Answer.Text)
	}
}

func closeFlags(fl *flag.FlagSet) func(context.Context, *env, []string) error {
	id := fl.String("session", "", "the Established session to close (required)")
	timeout := fl.Duration("timeout", 2*time.Minute, "how long to wait for the close to be mined")
	return func(ctx context.Context, e *env, args []string) error {
		sid, err := session.ParseID(*id)
		if err != nil {
			return usagef("-session: %v", err)
		}
		if len(args) > 0 {
			return usagef("unexpected arguments %q", args)
		}
		ctx, cancel := context.WithTimeout(ctx, *timeout)
		defer cancel()
		return withSession(ctx, e, sid, func(ctx context.Context, a *running, _ *agent.Session) error {
			if err := a.CloseSession(ctx, sid); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "session %v closed; its key is deleted from %s\n", sid, e.cfg.dataDir.value)
			return nil
		})
	}
}

// withSession runs an agent until it has caught up, then fn with the
// handle of an Established session in its store.
func withSession(ctx context.Context, e *env, id session.ID, fn func(context.Context, *running, *agent.Session) error) error {
	a, err := startAgent(ctx, e)
	if err != nil {
		return err
	}
	defer a.stop()
	if err := a.ready(ctx); err != nil {
		return err
	}
	s, err := a.Session(id)
	if err != nil {
		return fmt.Errorf("%w (this data directory holds no key of it: not opened here, not Established, or closed)", err)
	}
	defer s.WipeKey()
	return fn(ctx, a, s)
}
