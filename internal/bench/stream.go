//go:build linux

package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/openaiapi"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/bindings"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

// StreamResult is the streaming measurement (issue 14): the token path
// through the encrypted stream transport against the same model called
// directly, and the gas of one inference against its size on both
// transports.
type StreamResult struct {
	// BlockTime is the chain's block interval during the token-path runs.
	BlockTime time.Duration
	// Think and PerToken are the model server's pace (see ModelServer).
	Think, PerToken time.Duration
	// PromptBytes and Tokens are each token-path request's prompt size and
	// its answer's length in the server's tokens.
	PromptBytes, Tokens int
	// Direct and Encrypted are the token-path runs, interleaved: the model
	// server called with the openai-go client, and the same client
	// calling `user serve` (the encrypted path: user agent, the miner's
	// endpoint, the miner's backend: the same server).
	Direct, Encrypted []TokenRun
	// Sizes are the gas measurements, smallest first.
	Sizes []SizeGas
	// LargestPrompt and LargestAnswer are the largest plaintexts streamed
	// and judged valid in this run, in bytes.
	LargestPrompt, LargestAnswer int
}

// TokenRun is one streamed completion, timed from the request.
type TokenRun struct {
	// First and Last are when the first and the last piece of text
	// arrived; Done is when the stream ended (through `user serve`, once
	// the oracle's verdict is on chain).
	First, Last, Done time.Duration
}

// SizeGas is the gas of one inference of a prompt size on a transport.
type SizeGas struct {
	Transport   string // "stream" or "chain"
	PromptBytes int    // the prompt's plaintext
	// AnswerBytes is the answer's plaintext; PromptCipher and AnswerCipher
	// what the chain recorded (the streams' sizes, or the sealed
	// messages' lengths).
	AnswerBytes, PromptCipher, AnswerCipher int
	// AnswerCut: the answer was cut to fit a message on chain.
	AnswerCut bool
	// Request, Answer and Verdict are the gas of the three transactions.
	Request, Answer, Verdict uint64
	// Refused, if not empty, is why the transport would not carry it.
	Refused string
}

// Total is the gas of the inference's three transactions.
func (g SizeGas) Total() uint64 { return g.Request + g.Answer + g.Verdict }

// streamPace is the model server's pace: about that of a hosted model.
const (
	streamThink    = 200 * time.Millisecond
	streamPerToken = 10 * time.Millisecond
	streamRuns     = 5
)

// StreamSizes are the prompt sizes of the gas measurement.
var StreamSizes = []int{1 << 10, 64 << 10, 1 << 20}

// chainLargest is the largest prompt the on-chain transport carries in
// this measurement: its sealed message stays under MAX_MESSAGE_LENGTH.
const chainLargest = 15 << 10

// RunStream builds the binaries and measures streaming alone (make bench
// measures it with everything else): `go run ./cmd/bench -only-stream`.
func RunStream(ctx context.Context, o Options) (*StreamResult, error) {
	bin := filepath.Join(o.Dir, "bin")
	if err := localnet.Build(ctx, o.Root, bin); err != nil {
		return nil, err
	}
	return runStream(ctx, o, bin)
}

// StreamSection is the streaming section of BENCHMARKS.md for s.
func StreamSection(s *StreamResult) string {
	var b strings.Builder
	writeStream(&b, s)
	return b.String()
}

// runStream runs both halves, each on a chain of its own.
func runStream(ctx context.Context, o Options, bin string) (*StreamResult, error) {
	r := &StreamResult{BlockTime: time.Second, Think: streamThink, PerToken: streamPerToken}
	if err := r.tokenPath(ctx, o, bin); err != nil {
		return nil, fmt.Errorf("bench: the token path: %w", err)
	}
	if err := r.gasBySize(ctx, o, bin); err != nil {
		return nil, fmt.Errorf("bench: gas against size: %w", err)
	}
	return r, nil
}

var servingRE = regexp.MustCompile(`serving the OpenAI-compatible API on (http://\S+/v1)`)

// tokenPath times streamed completions at 1 s blocks: the model server
// directly, then through `user serve`, in turns.
func (r *StreamResult) tokenPath(ctx context.Context, o Options, bin string) error {
	n, err := localnet.Start(ctx, localnet.Options{Root: o.Root, Bin: bin, Dir: filepath.Join(o.Dir, "stream-token-path"), BlockTime: r.BlockTime})
	if err != nil {
		return err
	}
	defer n.Stop()
	if err := n.Setup(ctx, "user"); err != nil {
		return err
	}
	model, err := StartModelServer(r.Think, r.PerToken)
	if err != nil {
		return err
	}
	defer model.Close()
	backend := []string{"LOG_LEVEL=info", "INFERENCE_BACKEND=openai", "INFERENCE_URL=" + model.URL, "INFERENCE_MODEL=" + modelName,
		"INFERENCE_API_KEY=bench", "INFERENCE_DETERMINISTIC=true"}
	for _, role := range []session.Role{session.Miner, session.Oracle} {
		if err := restartable(ctx, n, role.String()); err != nil {
			return err
		}
		if role == session.Miner {
			if _, err := n.RestartListening(ctx, role, backend...); err != nil {
				return err
			}
			continue
		}
		if err := n.StopAgent(role.String()); err != nil {
			return err
		}
		if _, err := n.StartAgentEnv(role, n.Accounts[role.String()], n.WS, backend...); err != nil {
			return err
		}
	}
	job, err := n.StartJob(session.User, n.Accounts["user"], n.WS, []string{"serve", "-listen", "127.0.0.1:0",
		"-miner", n.Accounts["miner"].Address.Hex(), "-oracle", n.Accounts["oracle"].Address.Hex(),
		"-method", "coordinator", "-coordinator", "user", "-api-key", "bench", "-transport", "stream"}, "LOG_LEVEL=info")
	if err != nil {
		return err
	}
	var base string
	for base == "" {
		if job.Exited() {
			return fmt.Errorf("user serve exited: %v\n%s", job.Wait(), tail(job.Output(), 20))
		}
		if m := servingRE.FindStringSubmatch(job.Output()); m != nil {
			base = m[1]
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	direct := openai.NewClient(option.WithBaseURL(model.URL+"/"), option.WithAPIKey("bench"), option.WithMaxRetries(0))
	served := openai.NewClient(option.WithBaseURL(base+"/"), option.WithAPIKey("bench"), option.WithMaxRetries(0))

	// Warm up: serve opens its session on the first request.
	if _, _, err := streamOnce(ctx, served, "warm up the session", true); err != nil {
		return fmt.Errorf("the first request through user serve: %w\n%s", err, tail(job.Output(), 20))
	}
	if _, _, err := streamOnce(ctx, direct, "warm up the connection", false); err != nil {
		return err
	}
	words := strings.Fields(strings.Repeat("summarise this paragraph of a private document for me please ", 10))
	for i := range streamRuns {
		prompt := fmt.Sprintf("Request %d: %s", i, strings.Join(words, " "))
		want, err := Answer(prompt, 0)
		if err != nil {
			return err
		}
		r.PromptBytes, r.Tokens = len(prompt), len(Tokens(want))
		for _, path := range []struct {
			c         openai.Client
			encrypted bool
			runs      *[]TokenRun
		}{{direct, false, &r.Direct}, {served, true, &r.Encrypted}} {
			run, text, err := streamOnce(ctx, path.c, prompt, path.encrypted)
			if err != nil {
				return err
			}
			if text != want {
				return fmt.Errorf("run %d (encrypted %v) streamed %d bytes that are not the model's answer", i, path.encrypted, len(text))
			}
			*path.runs = append(*path.runs, run)
		}
		o.logf("  run %d: first token direct %v, encrypted %v; last token direct %v, encrypted %v; verdict %v", i,
			r.Direct[i].First.Round(time.Millisecond), r.Encrypted[i].First.Round(time.Millisecond),
			r.Direct[i].Last.Round(time.Millisecond), r.Encrypted[i].Last.Round(time.Millisecond), r.Encrypted[i].Done.Round(time.Millisecond))
	}
	return nil
}

// streamOnce streams one completion of prompt and times it. Through `user
// serve` (encrypted), the last chunk must carry a valid verdict.
func streamOnce(ctx context.Context, c openai.Client, prompt string, encrypted bool) (TokenRun, string, error) {
	var run TokenRun
	var text strings.Builder
	t0 := time.Now()
	st := c.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{Model: openaiapi.DefaultModel,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)}})
	var verdict string
	for st.Next() {
		ch := st.Current()
		for _, choice := range ch.Choices {
			if choice.Delta.Content != "" {
				at := time.Since(t0)
				if run.First == 0 {
					run.First = at
				}
				run.Last = at
				text.WriteString(choice.Delta.Content)
			}
		}
		if f, ok := ch.JSON.ExtraFields["sessionkeystore"]; ok {
			verdict = f.Raw()
		}
	}
	run.Done = time.Since(t0)
	if err := st.Err(); err != nil {
		return run, "", err
	}
	if encrypted {
		var v openaiapi.Verdict
		if err := json.Unmarshal([]byte(verdict), &v); err != nil || v.Verdict != "valid" || v.Transport != "stream" {
			return run, "", fmt.Errorf("verdict %s (%v), want a valid streamed inference", verdict, err)
		}
	}
	return run, text.String(), nil
}

// gasBySize asks prompts of each of StreamSizes in one session on an
// automining chain: streamed, and on chain where the contract takes it.
func (r *StreamResult) gasBySize(ctx context.Context, o Options, bin string) error {
	n, err := localnet.Start(ctx, localnet.Options{Root: o.Root, Bin: bin, Dir: filepath.Join(o.Dir, "stream-sizes")})
	if err != nil {
		return err
	}
	defer n.Stop()
	if err := n.Setup(ctx, "user"); err != nil {
		return err
	}
	if err := restartable(ctx, n, "miner"); err != nil {
		return err
	}
	if _, err := n.RestartListening(ctx, session.Miner, "LOG_LEVEL=info"); err != nil {
		return err
	}
	id, out, err := n.Open(ctx, "user", localnet.Flow{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519})
	if err != nil {
		return fmt.Errorf("%w\n%s", err, out)
	}
	env := append(n.Env(n.Accounts["user"], n.WS), "LOG_LEVEL=info")
	seq := uint64(0)
	ask := func(transport string, size int) error {
		prompt := promptOf(size)
		file := filepath.Join(n.Dir(), fmt.Sprintf("prompt-%s-%d.txt", transport, size))
		if err := os.WriteFile(file, []byte(prompt), 0o600); err != nil {
			return err
		}
		args := []string{"ask", "-session", id.String(), "-file", file}
		if transport == "stream" {
			args = append(args, "-stream")
		}
		g := SizeGas{Transport: transport, PromptBytes: size}
		_, err = n.CommandEnv(ctx, env, "user", args...)
		if err != nil {
			if transport == "chain" && size > chainLargest {
				g.Refused = refusal(err)
				r.Sizes = append(r.Sizes, g)
				o.logf("  %-6s %8d bytes: refused (%s)", transport, size, g.Refused)
				return nil
			}
			return err
		}
		tl, err := n.Timeline(ctx, id)
		if err != nil {
			return err
		}
		if uint64(len(tl.Inferences)) <= seq || !tl.Inferences[seq].Valid || tl.Inferences[seq].Streamed != (transport == "stream") {
			return fmt.Errorf("request %d (%s, %d bytes) on chain: %+v", seq, transport, size, tl.Inferences)
		}
		in := tl.Inferences[seq]
		g.PromptCipher, g.AnswerCipher = in.PromptBytes, in.AnswerBytes
		answer, err := Answer(prompt, 0)
		if err != nil {
			return err
		}
		g.AnswerBytes = len(answer)
		if transport == "chain" && len(answer) > in.AnswerBytes {
			g.AnswerCut = true // the miner cut it to fit a message on chain
		}
		if g.Request, g.Answer, g.Verdict, err = inferenceGas(ctx, n, id, seq); err != nil {
			return err
		}
		if transport == "stream" {
			r.LargestPrompt, r.LargestAnswer = max(r.LargestPrompt, size), max(r.LargestAnswer, len(answer))
		}
		o.logf("  %-6s %8d bytes: gas %d + %d + %d = %d", transport, size, g.Request, g.Answer, g.Verdict, g.Total())
		r.Sizes = append(r.Sizes, g)
		seq++
		return nil
	}
	for _, size := range StreamSizes {
		if err := ask("stream", size); err != nil {
			return err
		}
	}
	for _, size := range append([]int{StreamSizes[0], chainLargest}, StreamSizes[1:]...) {
		if err := ask("chain", size); err != nil {
			return err
		}
	}
	sort.SliceStable(r.Sizes, func(i, j int) bool { return r.Sizes[i].PromptBytes < r.Sizes[j].PromptBytes })
	_, err = n.Close(ctx, "user", "user", id)
	return err
}

// promptOf is an ASCII prompt of exactly size bytes, ending in a full
// stop.
func promptOf(size int) string {
	const line = "a long private document, streamed in encrypted chunks. "
	b := []byte(strings.Repeat(line, size/len(line)+1)[:size])
	b[size-1] = '.'
	return string(b)
}

var tooLongRE = regexp.MustCompile(`message too long: sealed message of \d+ bytes, at most \d+`)

// refusal is what in a command's error says why it refused.
func refusal(err error) string {
	if m := tooLongRE.FindString(err.Error()); m != "" {
		return m
	}
	return strings.TrimSpace(strings.SplitN(err.Error(), "\n", 2)[0])
}

// inferenceGas is the gas of request seq's transactions: its request
// record, its answer and its verdict (unbatched: one call each).
func inferenceGas(ctx context.Context, n *localnet.Net, id session.ID, seq uint64) (request, answer, verdict uint64, err error) {
	logs, err := n.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.Deployment.Block), Addresses: []common.Address{n.Deployment.Address},
		Topics: [][]common.Hash{nil, {common.Hash(id)}, {common.BigToHash(new(big.Int).SetUint64(seq))}},
	})
	if err != nil {
		return 0, 0, 0, err
	}
	abi := bindings.NewSessionKeystore().GetABI()
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		ev, err := abi.EventByID(l.Topics[0])
		if err != nil || seen[l.TxHash] {
			continue
		}
		var slot *uint64
		switch ev.Name {
		case "InferenceRequested", "StreamRequested":
			slot = &request
		case "InferenceAnswered", "StreamAnswered":
			slot = &answer
		case "InferenceJudged":
			slot = &verdict
		default:
			continue
		}
		rcpt, err := n.Client().TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return 0, 0, 0, err
		}
		seen[l.TxHash] = true
		*slot += rcpt.GasUsed
	}
	if request == 0 || answer == 0 || verdict == 0 {
		return 0, 0, 0, fmt.Errorf("request %d of %v: gas of request %d, answer %d, verdict %d: a transaction is missing", seq, id, request, answer, verdict)
	}
	return request, answer, verdict, nil
}

// restartable waits until the named agent has caught up with the chain:
// stopped before it handles signals, it would die of the SIGTERM.
func restartable(ctx context.Context, n *localnet.Net, name string) error {
	log := filepath.Join(n.Dir(), name+".log")
	for deadline := time.Now().Add(30 * time.Second); countMatches(log, runningRE) == 0; {
		if time.Now().After(deadline) {
			return fmt.Errorf("the %s agent did not start (see %s)", name, log)
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// median of the durations f picks from runs.
func medianOf(runs []TokenRun, f func(TokenRun) time.Duration) time.Duration {
	if len(runs) == 0 {
		return 0
	}
	d := make([]time.Duration, len(runs))
	for i, r := range runs {
		d[i] = f(r)
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2]
}

// TokensPerSecond is tokens over the median time from the request to the
// last token: what a reader sees, the wait for the first token included.
func (r *StreamResult) TokensPerSecond(runs []TokenRun) float64 {
	last := medianOf(runs, func(t TokenRun) time.Duration { return t.Last })
	if last <= 0 {
		return 0
	}
	return float64(r.Tokens) / last.Seconds()
}

// Overhead is the encrypted path's median time over the direct path's,
// for the first and for the last token.
func (r *StreamResult) Overhead() (first, last float64) {
	df, dl := medianOf(r.Direct, func(t TokenRun) time.Duration { return t.First }), medianOf(r.Direct, func(t TokenRun) time.Duration { return t.Last })
	ef, el := medianOf(r.Encrypted, func(t TokenRun) time.Duration { return t.First }), medianOf(r.Encrypted, func(t TokenRun) time.Duration { return t.Last })
	if df <= 0 || dl <= 0 {
		return 0, 0
	}
	return float64(ef) / float64(df), float64(el) / float64(dl)
}

// writeStream writes the streaming section.
func writeStream(b *strings.Builder, s *StreamResult) {
	w := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	w("## Streaming: the token path, and gas against size (issue 14)\n\n")
	if s == nil {
		w("Not measured by this run.\n\n")
		return
	}
	first, last := s.Overhead()
	goal := func(x float64) string {
		if x <= 1.1 {
			return "met"
		}
		return "not met"
	}
	w("**The token path, at %v blocks.** The same model server (an OpenAI-compatible server on 127.0.0.1 that answers as the deterministic backend does, %v before the first token, then a token every %v: about a hosted model's pace; no model runs on this machine) called by the official openai-go client directly, and through the encrypted path: `user serve` (the user's agent), the miner's stream endpoint, the miner's backend. %d requests of each, taken in turns, each a %d-byte prompt answered in %d tokens; medians. The chain records each request and answer while the tokens flow: it is not on the token path. The verdict arrives after the last token, once the oracle has judged on chain.\n\n",
		s.BlockTime, s.Think, s.PerToken, len(s.Direct), s.PromptBytes, s.Tokens)
	w("| path | first token | last token | tokens/s (from the request) | stream ended |\n|---|---|---|---|---|\n")
	med := func(runs []TokenRun, f func(TokenRun) time.Duration) string {
		return medianOf(runs, f).Round(time.Millisecond).String()
	}
	w("| direct (openai-go → model server) | %s | %s | %.1f | %s |\n", med(s.Direct, func(t TokenRun) time.Duration { return t.First }),
		med(s.Direct, func(t TokenRun) time.Duration { return t.Last }), s.TokensPerSecond(s.Direct), med(s.Direct, func(t TokenRun) time.Duration { return t.Done }))
	w("| encrypted (openai-go → user serve → miner endpoint → model server) | %s | %s | %.1f | %s (with the verdict on chain) |\n", med(s.Encrypted, func(t TokenRun) time.Duration { return t.First }),
		med(s.Encrypted, func(t TokenRun) time.Duration { return t.Last }), s.TokensPerSecond(s.Encrypted), med(s.Encrypted, func(t TokenRun) time.Duration { return t.Done }))
	w("| **encrypted ÷ direct** (goal ≤ 1.1×) | **%.2f×** (%s) | **%.2f×** (%s) | | |\n\n", first, goal(first), last, goal(last))

	w("**Gas per inference against size.** One Method 2 session (user-coordinated, x25519) on an automining chain, the built-in deterministic model (its answer holds the prompt's words, so it is as large as the prompt), each transaction unbatched: the request's record (`requestStream` or `request`), the answer (`respondStream` or `respond`) and the oracle's verdict (`judge`). On the stream transport the chain holds only hashes and sizes; on the chain transport the sealed messages themselves, at most %s bytes each (`MAX_MESSAGE_LENGTH`), so %s bytes is the largest prompt it is measured with here.\n\n",
		thousands(float64(inference.MaxMessageLength)), thousands(chainLargest))
	w("| prompt | transport | answer | recorded on chain (prompt, answer) | request gas | answer gas | verdict gas | gas per inference |\n|---|---|---|---|---|---|---|---|\n")
	for _, g := range s.Sizes {
		if g.Refused != "" {
			w("| %s B | %s | | refused: %s | | | | |\n", thousands(float64(g.PromptBytes)), g.Transport, strings.ReplaceAll(g.Refused, "|", "\\|"))
			continue
		}
		rec := "hashes and sizes of " + thousands(float64(g.PromptCipher)) + " B and " + thousands(float64(g.AnswerCipher)) + " B of stream"
		if g.Transport == "chain" {
			rec = "messages of " + thousands(float64(g.PromptCipher)) + " B and " + thousands(float64(g.AnswerCipher)) + " B"
		}
		answer := thousands(float64(g.AnswerBytes)) + " B"
		if g.AnswerCut {
			answer = "cut to fit, of " + answer
		}
		w("| %s B | %s | %s | %s | %s | %s | %s | %s |\n", thousands(float64(g.PromptBytes)), g.Transport, answer, rec,
			thousands(float64(g.Request)), thousands(float64(g.Answer)), thousands(float64(g.Verdict)), thousands(float64(g.Total())))
	}
	var stream []SizeGas
	for _, g := range s.Sizes {
		if g.Transport == "stream" && g.Refused == "" {
			stream = append(stream, g)
		}
	}
	if len(stream) > 1 && stream[0].Answer > stream[1].Answer+10_000 {
		w("\nThe first answer of the session (the %s B row, asked first) costs %s gas more than the later ones whatever their size: it writes the session's slot of pending verdicts and verdict deadline from zero (20,000 gas, against 2,900 once the slot holds a past deadline).\n",
			thousands(float64(stream[0].PromptBytes)), thousands(float64(stream[0].Answer-stream[1].Answer)))
	}
	met := "met"
	if s.LargestPrompt < 1<<20 || s.LargestAnswer < 1<<20 {
		met = "not met"
	}
	w("\nLargest tested: a prompt of %s bytes and an answer of %s bytes, streamed, recorded and judged valid (goal: at least 1 MiB each: %s).\n\n",
		thousands(float64(s.LargestPrompt)), thousands(float64(s.LargestAnswer)), met)
}
