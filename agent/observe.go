package agent

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessionkeystore/sessionkeystore/agent/chain"
	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
)

// The agent's side of Config.Metrics: transactions, sessions, blocks and
// inference latency. (RPC requests are counted by the client's transport;
// see metrics.Metrics.Transport.)

// sendTx is a.sender.Send, counted.
func (a *Agent) sendTx(ctx context.Context, c chain.Candidate) (*types.Receipt, error) {
	wait, err := a.submitTx(ctx, c)
	if err != nil {
		return nil, err
	}
	return wait(ctx)
}

// submitTx is a.sender.Submit, counted: a broadcast when Submit succeeds,
// and the wait's outcome when it ends in an error.
func (a *Agent) submitTx(ctx context.Context, c chain.Candidate) (func(context.Context) (*types.Receipt, error), error) {
	m := a.cfg.Metrics
	wait, err := a.sender.Submit(ctx, c)
	if err != nil {
		if ctx.Err() == nil {
			m.TxFailed(txFailure(err))
		}
		return nil, err
	}
	m.TxSent()
	return func(ctx context.Context) (*types.Receipt, error) {
		r, err := wait(ctx)
		switch {
		case err == nil:
		case errors.Is(err, chain.ErrReplaced):
			m.TxReplaced()
		case ctx.Err() == nil:
			m.TxFailed(txFailure(err))
		}
		return r, err
	}, nil
}

func txFailure(err error) metrics.TxFailure {
	switch {
	case errors.Is(err, chain.ErrReverted):
		return metrics.TxReverted
	case errors.Is(err, chain.ErrTimeout):
		return metrics.TxTimeout
	}
	return metrics.TxError
}

// observeBlock records the block just applied and the sessions by phase.
// Called with a.mu held.
func (a *Agent) observeBlock(n uint64) {
	m := a.cfg.Metrics
	if m == nil {
		return
	}
	m.Processed(n)
	counts := map[string]int{}
	for id, mc := range a.machines {
		if a.convs[id] != nil {
			continue // counted below
		}
		counts[mc.Phase().String()]++
	}
	counts[session.Established.String()] += len(a.convs)
	m.SessionPhases(counts)
}

// timedBackend is a model backend whose completions are timed.
type timedBackend struct {
	inference.Backend
	m *metrics.Metrics
}

// Complete implements inference.Backend.
func (b timedBackend) Complete(ctx context.Context, r inference.Request) (inference.Completion, error) {
	start := time.Now()
	c, err := b.Backend.Complete(ctx, r)
	if err == nil {
		b.m.ObserveInference(metrics.InferenceModel, time.Since(start))
	}
	return c, err
}
