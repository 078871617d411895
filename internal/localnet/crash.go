package localnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
	"github.com/sessionkeystore/sessionkeystore/bindings"
)

// This file holds what the crash tests need beside localnet.go: commands
// of the role binaries run in the background so that they can be killed
// like an agent (`user open`, `ask`, `close`), and small reads of the
// chain's state.

// Job is a command of a role binary running in the background, such as
// `user open` or `user ask`, which a test can kill at any moment as it
// would an agent. Its standard error (the agent's log) is appended to Log;
// its standard output is kept for Output.
type Job struct {
	*Proc
	mu  sync.Mutex
	out bytes.Buffer
}

// Write collects the job's standard output.
func (j *Job) Write(p []byte) (int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.out.Write(p)
}

// Output returns what the job has printed on its standard output so far.
func (j *Job) Output() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.out.String()
}

// StartJob starts `<role> args...` for acct in the background, with the
// account's environment (see Env) and the extra entries, which win. Its
// standard error is appended to <dir>/<acct.Name>.log, the log the
// account's agents write. The job is registered as the account's running
// process, so StopAgents and Stop end it too.
func (n *Net) StartJob(role session.Role, acct *Account, rpcURL string, args []string, extra ...string) (*Job, error) {
	j := &Job{Proc: &Proc{Name: acct.Name, Log: filepath.Join(n.opts.Dir, acct.Name+".log"), done: make(chan error, 1)}}
	f, err := os.OpenFile(j.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	j.cmd = exec.Command(filepath.Join(n.opts.Bin, role.String()), args...)
	j.cmd.Dir = n.opts.Dir
	j.cmd.Env = append(n.Env(acct, rpcURL), extra...)
	j.cmd.Stdout, j.cmd.Stderr = j, f
	if err := j.cmd.Start(); err != nil {
		f.Close()
		return nil, err
	}
	go func() { j.done <- j.cmd.Wait(); f.Close() }()
	n.mu.Lock()
	n.procs[acct.Name] = j.Proc
	n.mu.Unlock()
	return j, nil
}

// Agent returns the process last started for the named account (by
// StartAgent, StartAgentEnv or StartJob), or nil. It may have exited.
func (n *Net) Agent(name string) *Proc {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.procs[name]
}

// DataDir returns the data directory of the named account's binaries.
func (n *Net) DataDir(name string) string { return filepath.Join(n.opts.Dir, "data", name) }

// Wait waits until the process has exited and returns how: nil for exit
// status 0, else an *exec.ExitError (see Killed).
func (p *Proc) Wait() error {
	err := <-p.done
	p.done <- err
	return err
}

// Exited reports whether the process has exited.
func (p *Proc) Exited() bool {
	select {
	case err := <-p.done:
		p.done <- err
		return true
	default:
		return false
	}
}

// Crash kills the process with SIGKILL, as Kill does, and reports whether
// that is what ended it: false if it had exited already.
func (p *Proc) Crash() bool {
	p.Kill()
	return Killed(p.Wait())
}

// Killed reports whether err, from Wait, says the process died of SIGKILL.
func Killed(err error) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// NextSessionID returns the id the next session the user opens will have:
// the one derived from the user's current on-chain open count.
func (n *Net) NextSessionID(ctx context.Context, user *Account) (session.ID, error) {
	abi := bindings.NewSessionKeystore()
	out, err := n.call(ctx, abi.PackNonces(user.Address))
	if err != nil {
		return session.ID{}, err
	}
	nonce, err := abi.UnpackNonces(out)
	if err != nil {
		return session.ID{}, fmt.Errorf("localnet: nonces: %w", err)
	}
	return skcrypto.SessionID(n.ChainID, n.Deployment.Address, user.Address, nonce), nil
}

// Phase returns the session's phase as the contract stores it (PhaseNone
// for a session that was never opened).
func (n *Net) Phase(ctx context.Context, id session.ID) (session.Phase, error) {
	abi := bindings.NewSessionKeystore()
	out, err := n.call(ctx, abi.PackPhaseOf(id))
	if err != nil {
		return 0, err
	}
	p, err := abi.UnpackPhaseOf(out)
	if err != nil {
		return 0, fmt.Errorf("localnet: phaseOf: %w", err)
	}
	return session.Phase(p), nil
}

func (n *Net) call(ctx context.Context, data []byte) ([]byte, error) {
	to := n.Deployment.Address
	out, err := n.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("localnet: calling the contract: %w", err)
	}
	return out, nil
}

// WaitNoPending waits until no transaction of addr is waiting in the
// chain's pool (its pending nonce equals its mined one): after a process
// that sends from addr is killed, what it broadcast is then on chain, and
// what it had not broadcast never will be.
func (n *Net) WaitNoPending(ctx context.Context, addr common.Address) error {
	for {
		pending, err := n.client.PendingNonceAt(ctx, addr)
		if err != nil {
			return err
		}
		mined, err := n.client.NonceAt(ctx, addr, nil)
		if err != nil {
			return err
		}
		if pending == mined {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("localnet: %d transactions of %s still pending: %w", pending-mined, addr.Hex(), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// InferenceStep returns where inference seq of the session stands, as the
// contract stores it (StepNone for a request never made).
func (n *Net) InferenceStep(ctx context.Context, id session.ID, seq uint64) (session.Step, error) {
	abi := bindings.NewSessionKeystore()
	out, err := n.call(ctx, abi.PackStepOf(id, seq))
	if err != nil {
		return 0, err
	}
	s, err := abi.UnpackStepOf(out)
	if err != nil {
		return 0, fmt.Errorf("localnet: stepOf: %w", err)
	}
	return session.Step(s), nil
}
