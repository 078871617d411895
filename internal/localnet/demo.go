package localnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/timeline"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// Flow is one session a user opens: the flags of `user open`.
type Flow struct {
	Method      session.Method
	Coordinator session.Role
	Suite       session.Suite
}

// Args returns the `user open` flags of the flow.
func (f Flow) Args(n *Net) []string {
	a := []string{"open", "-miner", n.Accounts["miner"].Address.Hex(), "-oracle", n.Accounts["oracle"].Address.Hex(),
		"-method", f.Method.String(), "-suite", f.Suite.String()}
	if f.Method == session.Coordinator {
		a = append(a, "-coordinator", f.Coordinator.String())
	}
	return a
}

func (f Flow) String() string {
	if f.Method == session.Combined {
		return fmt.Sprintf("Method 1 (combined ECDH), %v", f.Suite)
	}
	return fmt.Sprintf("Method 2 (coordinator: %v), %v", f.Coordinator, f.Suite)
}

// DemoFlows are the sessions make demo establishes.
var DemoFlows = []Flow{
	{Method: session.Combined, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.User, Suite: session.X25519},
	{Method: session.Coordinator, Coordinator: session.Miner, Suite: session.Hybrid},
}

var openedRE = regexp.MustCompile(`opened session (0x[0-9a-f]{64})`)

// Setup funds a user, a miner and an oracle account, registers the miner's
// and the oracle's keys of both suites with their own binaries, starts the
// miner and oracle agents and waits until each has its first batch of
// one-time keys on chain (a user opens a Method 2 session with a
// recipient only then, unless allowed to fall back to registered keys).
func (n *Net) Setup(ctx context.Context, users ...string) error {
	for _, name := range append([]string{"miner", "oracle"}, users...) {
		if _, err := n.NewAccount(ctx, name); err != nil {
			return err
		}
	}
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		acct := n.Accounts[r.String()]
		out, err := n.CommandEnv(ctx, n.Env(acct, n.RPC), r.String(), "keys", "register")
		if err != nil {
			return err
		}
		n.logf("%s: %s", r, oneLine(out))
		if _, err := n.StartAgent(r, acct, n.WS); err != nil {
			return err
		}
	}
	return n.WaitOneTimeKeys(ctx, "miner", "oracle")
}

// WaitOneTimeKeys waits until each named account has published a batch of
// one-time keys of each suite (its agent does so when it starts with a
// pool, the default, for each suite it has a registered key of: Setup
// registers both), polling the chain's logs.
func (n *Net) WaitOneTimeKeys(ctx context.Context, names ...string) error {
	ev := bindings.NewSessionKeystore().GetABI().Events["OneTimeKeysPublished"].ID
	for _, name := range names {
		acct, ok := n.Accounts[name]
		if !ok {
			return fmt.Errorf("localnet: no account %q", name)
		}
		for _, s := range []session.Suite{session.X25519, session.Hybrid} {
			q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.Deployment.Block), Addresses: []common.Address{n.Deployment.Address},
				Topics: [][]common.Hash{{ev}, {common.BytesToHash(acct.Address.Bytes())}, {common.BigToHash(big.NewInt(int64(s)))}}}
			for {
				logs, err := n.client.FilterLogs(ctx, q)
				if err != nil {
					return fmt.Errorf("localnet: reading %s's one-time key batches: %w", name, err)
				}
				if len(logs) > 0 {
					break
				}
				select {
				case <-ctx.Done():
					return fmt.Errorf("localnet: %s published no %v one-time keys: %w", name, s, ctx.Err())
				case <-time.After(200 * time.Millisecond):
				}
			}
		}
	}
	return nil
}

// Open runs `user open` for the flow as the named user and returns the
// session id and what the command printed.
func (n *Net) Open(ctx context.Context, user string, f Flow) (session.ID, string, error) {
	out, err := n.CommandEnv(ctx, n.Env(n.Accounts[user], n.WS), "user", f.Args(n)...)
	m := openedRE.FindStringSubmatch(out)
	if m == nil {
		if err == nil {
			err = errors.New("no session id in its output")
		}
		return session.ID{}, out, fmt.Errorf("user open (%v): %w", f, err)
	}
	id, _ := session.ParseID(m[1])
	return id, out, err
}

// Ask runs `user ask` as the named user in session id and returns what it
// printed.
func (n *Net) Ask(ctx context.Context, user string, id session.ID, prompt string) (string, error) {
	return n.CommandEnv(ctx, n.Env(n.Accounts[user], n.WS), "user", "ask", "-session", id.String(), prompt)
}

// Close runs `close` for session id with the named account's binary.
func (n *Net) Close(ctx context.Context, bin, user string, id session.ID) (string, error) {
	return n.CommandEnv(ctx, n.Env(n.Accounts[user], n.WS), bin, "close", "-session", id.String())
}

// Plaintext reports in how many of the session's logs (of how many) the
// bytes of text occur: the proof that the chain carries no plaintext.
func (n *Net) Plaintext(ctx context.Context, id session.ID, text string) (found, total int, err error) {
	logs, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.Deployment.Block), Addresses: []common.Address{n.Deployment.Address},
		Topics: [][]common.Hash{nil, {common.Hash(id)}},
	})
	if err != nil {
		return 0, 0, err
	}
	for _, l := range logs {
		if bytes.Contains(l.Data, []byte(text)) {
			found++
		}
	}
	return found, len(logs), nil
}

// DemoPrompts are the prompts make demo asks, one per flow.
var DemoPrompts = []string{
	"Summarise the plot of Hamlet in one sentence.",
	"Which three parties share this session key?",
	"Is this prompt visible on chain?",
}

// Timeline builds a session's timeline from the chain's events alone.
func (n *Net) Timeline(ctx context.Context, id session.ID) (*timeline.Timeline, error) {
	return timeline.Build(ctx, n.client, n.Deployment.Address, n.Deployment.Block, id)
}

func oneLine(s string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "; ")
}

// Demo runs make demo: a chain, the agents, the DemoFlows one after the
// other, each session's timeline and attestations as the chain has them,
// then one encrypted inference in each (ciphertext sizes beside the
// decrypted answer, and a scan of the session's logs for the plaintext)
// and its close. It returns an error unless every session is Established
// and its inference judged valid on chain.
//
// With keep set it leaves Anvil (not the agents) running once done, until
// ctx ends, so that the sessions can be checked with cast.
func Demo(ctx context.Context, w io.Writer, o Options, keep bool) error {
	if o.Port != 0 {
		// Before the build: a busy port fails in a second, not after it.
		if err := portFree(o.Port); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "• building the agents\n")
	if err := Build(ctx, o.Root, o.Bin); err != nil {
		return err
	}
	o.Log = w
	n, err := Start(ctx, o)
	if err != nil {
		return err
	}
	defer func() {
		n.Stop()
		fmt.Fprintf(w, "• stopped the agents and anvil\n")
	}()
	if err := n.Setup(ctx, "user"); err != nil {
		return err
	}
	var failed []string
	for i, f := range DemoFlows {
		fmt.Fprintf(w, "\n═══ %v ═══\n", f)
		start := time.Now()
		id, out, err := n.Open(ctx, "user", f)
		fmt.Fprint(w, out)
		if err != nil {
			fmt.Fprintf(w, "✗ %v\n", err)
			failed = append(failed, f.String())
			if id == (session.ID{}) {
				continue
			}
		}
		// Judge from the chain, not from the agent's word.
		tl, err := n.Timeline(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "on chain: %v after %d transactions, %.1fs", tl.Phase, len(tl.Entries), time.Since(start).Seconds())
		if a := tl.Attested; a[0] == a[1] && a[1] == a[2] && a[0] != ([32]byte{}) {
			// The timeline above printed the attestation: once is enough.
			fmt.Fprint(w, "; the user, the miner and the oracle attested the same key\n")
		} else {
			fmt.Fprint(w, "; attestations:\n")
			for _, r := range session.Roles {
				fmt.Fprintf(w, "  %-6v %x\n", r, tl.Attested[r])
			}
		}
		if tl.Phase != session.Established {
			failed = append(failed, f.String())
			continue
		}
		if err := demoInference(ctx, w, n, id, DemoPrompts[i%len(DemoPrompts)]); err != nil {
			fmt.Fprintf(w, "✗ %v\n", err)
			failed = append(failed, f.String()+" (inference)")
		}
		fmt.Fprintf(w, "check it yourself: tools/foundry cast logs --rpc-url %s --address %s --from-block %d '' %v\n",
			n.RPC, n.Deployment.Address.Hex(), n.Deployment.Block, id)
	}
	if err := demoStreamed(ctx, w, n); err != nil {
		fmt.Fprintf(w, "✗ %v\n", err)
		failed = append(failed, "streamed inference")
	}
	if len(failed) > 0 {
		return fmt.Errorf("failed: %v (logs in %s)", failed, o.Dir)
	}
	fmt.Fprintf(w, "\n✓ all %d sessions Established on chain, each with one valid encrypted inference, then closed; one streamed inference of a prompt over 16 KiB, valid\n", len(DemoFlows))
	if keep {
		n.StopAgents()
		fmt.Fprintf(w, "• anvil keeps running on %s; press Ctrl-C to stop it\n", n.RPC)
		<-ctx.Done()
	}
	return nil
}

// demoInference asks prompt in session id, shows the result, checks on
// chain that it was judged valid and that no log holds the prompt or the
// answer, then closes the session as the user.
func demoInference(ctx context.Context, w io.Writer, n *Net, id session.ID, prompt string) error {
	fmt.Fprintf(w, "\n$ user ask -session %s %q\n", id.String()[:10]+"…", prompt)
	out, err := n.Ask(ctx, "user", id, prompt)
	fmt.Fprint(w, out)
	if err != nil {
		return fmt.Errorf("user ask: %w", err)
	}
	tl, err := n.Timeline(ctx, id)
	if err != nil {
		return err
	}
	if len(tl.Inferences) != 1 || !tl.Inferences[0].Judged || !tl.Inferences[0].Valid {
		return fmt.Errorf("on chain the inference is %+v", tl.Inferences)
	}
	answer := ""
	if i := bytes.Index([]byte(out), []byte("):\n")); i >= 0 {
		answer = string(bytes.TrimSpace([]byte(out[i+3:])))
	}
	for _, text := range []struct{ what, s string }{{"prompt", prompt}, {"answer", answer}} {
		if text.s == "" {
			return fmt.Errorf("no %s to look for", text.what)
		}
		found, total, err := n.Plaintext(ctx, id, text.s)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "on chain: the %s's plaintext is in %d of the session's %d logs\n", text.what, found, total)
		if found != 0 {
			return fmt.Errorf("the %s is on chain in plaintext", text.what)
		}
	}
	fmt.Fprintf(w, "on chain: request 0 judged valid by the oracle\n")
	out, err = n.Close(ctx, "user", "user", id)
	fmt.Fprint(w, out)
	if err != nil {
		return fmt.Errorf("user close: %w", err)
	}
	return nil
}

// demoStreamed restarts the miner with its stream endpoint, opens one more
// session and asks a prompt larger than the on-chain transport carries
// with `user ask -stream`; when the first piece of the answer arrives it
// reads the chain, to show the answer's record is not there yet: the
// chain is not on the token path.
func demoStreamed(ctx context.Context, w io.Writer, n *Net) error {
	f := Flow{Method: session.Coordinator, Suite: session.X25519, Coordinator: session.User}
	fmt.Fprintf(w, "\n═══ streamed inference (off-chain transport, PROTOCOL.md §13.7–13.8) ═══\n")
	fmt.Fprintf(w, "• the miner restarts with -listen 127.0.0.1:0 and announces its endpoint on chain\n")
	if _, err := n.RestartListening(ctx, session.Miner); err != nil {
		return err
	}
	id, out, err := n.Open(ctx, "user", f)
	fmt.Fprint(w, out)
	if err != nil {
		return err
	}
	prompt := strings.Repeat("This paragraph stands for a long document sent for a private summary. ", 300)
	file := filepath.Join(n.opts.Dir, "streamed-prompt.txt")
	if err := os.WriteFile(file, []byte(prompt), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n$ user ask -session %s -stream -file %s   (%d bytes of prompt)\n", id.String()[:10]+"…", filepath.Base(file), len(prompt))
	out, firstPiece, err := n.askStreaming(ctx, id, file)
	if len(out) > 1500 {
		out = out[:600] + "\n  […]\n" + out[len(out)-700:]
	}
	fmt.Fprint(w, out)
	if err != nil {
		return fmt.Errorf("user ask -stream: %w", err)
	}
	fmt.Fprint(w, firstPiece)
	if !strings.Contains(firstPiece, "not yet on chain") {
		return errors.New("the answer did not stream ahead of its record")
	}
	tl, err := n.Timeline(ctx, id)
	if err != nil {
		return err
	}
	if len(tl.Inferences) != 1 || !tl.Inferences[0].Streamed || !tl.Inferences[0].Valid {
		return fmt.Errorf("on chain the streamed inference is %+v", tl.Inferences)
	}
	in := tl.Inferences[0]
	fmt.Fprintf(w, "on chain: request 0 streamed, records of %d and %d bytes of ciphertext (hashes only), judged valid\n", in.PromptBytes, in.AnswerBytes)
	found, total, err := n.Plaintext(ctx, id, prompt[:200])
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "on chain: the prompt's plaintext is in %d of the session's %d logs\n", found, total)
	if found != 0 {
		return errors.New("the prompt is on chain in plaintext")
	}
	out, err = n.Close(ctx, "user", "user", id)
	fmt.Fprint(w, out)
	return err
}

// askStreaming runs `user ask -stream` and, when the first piece of the
// answer arrives on its output, reads the session's timeline: what the
// chain held at that moment.
func (n *Net) askStreaming(ctx context.Context, id session.ID, file string) (out, firstPiece string, err error) {
	cmd := exec.CommandContext(ctx, filepath.Join(n.opts.Bin, "user"), "ask", "-session", id.String(), "-stream", "-file", file)
	cmd.Dir = n.opts.Dir
	cmd.Env = n.Env(n.Accounts["user"], n.WS)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return "", "", err
	}
	if err := cmd.Start(); err != nil {
		return "", "", err
	}
	var all bytes.Buffer
	buf := make([]byte, 4096)
	const marker = "answer, as it streams:\n"
	for {
		k, rerr := pipe.Read(buf)
		all.Write(buf[:k])
		if firstPiece == "" && k > 0 {
			if i := bytes.Index(all.Bytes(), []byte(marker)); i >= 0 && all.Len() > i+len(marker) {
				at := time.Now()
				if tl, err := n.Timeline(ctx, id); err == nil && len(tl.Inferences) == 1 {
					in := tl.Inferences[0]
					state := "its record not yet on chain"
					if in.Answered {
						state = "its record already on chain"
					}
					firstPiece = fmt.Sprintf("on chain when the first piece of the answer arrived (%s): the request's record, the answer %s\n", at.Format("15:04:05.000"), state)
				} else {
					firstPiece = fmt.Sprintf("on chain when the first piece of the answer arrived (%s): neither the request's record nor the answer's: both not yet on chain\n", at.Format("15:04:05.000"))
				}
			}
		}
		if rerr != nil {
			break
		}
	}
	if err := cmd.Wait(); err != nil {
		return all.String(), firstPiece, fmt.Errorf("%w\n%s", err, tail(stderr.String(), 20))
	}
	return all.String(), firstPiece, nil
}
