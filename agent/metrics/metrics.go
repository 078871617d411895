// Package metrics holds an agent's Prometheus collectors and the
// instruments that feed them: an http.RoundTripper and a WebSocket dialer
// that count JSON-RPC requests by method and by error (rate-limit
// responses included) as they cross the wire, and the HTTP handler of
// /metrics, /healthz and /readyz.
//
// Nothing here is global: New registers the collectors on the registry it
// is given (never the default one), and a nil *Metrics is valid and records
// nothing, so code that takes one need not check. No label value is ever a
// secret: labels are JSON-RPC method names (shape-checked, see
// MethodLabel), error classes, session phases and outcomes, and reasons
// from fixed lists.
package metrics

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Namespace prefixes every metric name.
const Namespace = "sessionkeystore"

// ErrorClass says how a JSON-RPC request failed; it is the class label of
// sessionkeystore_rpc_errors_total.
type ErrorClass string

// The error classes.
const (
	// ErrHTTP429 is an HTTP 429 Too Many Requests response (a rate limit).
	ErrHTTP429 ErrorClass = "http_429"
	// ErrRateLimit is a JSON-RPC error with code -32005 (limit exceeded),
	// the code public endpoints answer a rate limit with.
	ErrRateLimit ErrorClass = "rate_limit"
	// ErrHTTPStatus is any other HTTP status outside 2xx.
	ErrHTTPStatus ErrorClass = "http_status"
	// ErrRPC is a JSON-RPC error response (a revert, an unknown block, a
	// rejected transaction, ...): the node answered.
	ErrRPC ErrorClass = "rpc"
	// ErrTransport is a failure to reach the node or read its answer
	// (connection refused or reset, timeout).
	ErrTransport ErrorClass = "transport"
	// ErrMalformed is an answer that is not a JSON-RPC response.
	ErrMalformed ErrorClass = "malformed"
)

// rateLimitCode is the JSON-RPC error code of "limit exceeded" (EIP-1474).
const rateLimitCode = -32005

// TxFailure is why a transaction's wait ended without a successful
// receipt; the reason label of sessionkeystore_transactions_failed_total.
type TxFailure string

// The transaction failure reasons.
const (
	// TxReverted: mined with status 0, or refused because it would revert.
	TxReverted TxFailure = "reverted"
	// TxTimeout: not mined in time.
	TxTimeout TxFailure = "timeout"
	// TxError: any other error (the node refused it, the RPC failed).
	TxError TxFailure = "error"
)

// Metrics holds one agent's collectors. Its methods are safe for
// concurrent use, and all of them accept a nil receiver (recording
// nothing).
type Metrics struct {
	rpcRequests    *prometheus.CounterVec
	rpcErrors      *prometheus.CounterVec
	rpcRateLimited prometheus.Counter
	rpcLastSuccess prometheus.Gauge

	sessions      *prometheus.GaugeVec
	sessionsEnded *prometheus.CounterVec

	txSent     prometheus.Counter
	txFailed   *prometheus.CounterVec
	txReplaced prometheus.Counter

	headBlock      prometheus.Gauge
	processedBlock prometheus.Gauge
	headLag        prometheus.Gauge
	reorgs         prometheus.Counter

	inference *prometheus.HistogramVec

	oneTimeKeys, hybridOneTimeKeys prometheus.Gauge

	// lastOK is when a JSON-RPC response last arrived that was not an
	// error of the transport, HTTP or rate limit (UnixNano; 0: never).
	lastOK    atomic.Int64
	head      atomic.Uint64
	processed atomic.Uint64
	lag       atomic.Uint64
	now       func() time.Time
}

// New creates the collectors and registers them on reg. now is the clock
// of the last-success time; nil means time.Now.
func New(reg prometheus.Registerer, now func() time.Time) (*Metrics, error) {
	if reg == nil {
		return nil, fmt.Errorf("metrics: New needs a registry")
	}
	if now == nil {
		now = time.Now
	}
	name := func(n string) string { return Namespace + "_" + n }
	m := &Metrics{
		rpcRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name("rpc_requests_total"),
			Help: "JSON-RPC requests sent, by method (each call of a batch counts once)."}, []string{"method"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name("rpc_errors_total"),
			Help: "JSON-RPC requests that failed, by method and error class (http_429, rate_limit, http_status, rpc, transport, malformed)."}, []string{"method", "class"}),
		rpcRateLimited: prometheus.NewCounter(prometheus.CounterOpts{Name: name("rpc_rate_limited_total"),
			Help: "Rate-limit responses received: HTTP 429, or a JSON-RPC error -32005."}),
		rpcLastSuccess: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("rpc_last_success_timestamp_seconds"),
			Help: "When the node last answered a request (Unix time; an answer that is an error of the call itself counts, a rate limit does not)."}),
		sessions: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name("sessions"),
			Help: "Sessions the agent holds, by phase (the protocol phase of an open session; established for one whose key is in use)."}, []string{"phase"}),
		sessionsEnded: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name("sessions_ended_total"),
			Help: "Sessions that reached a terminal state, by outcome (established, failed, expired)."}, []string{"outcome"}),
		txSent: prometheus.NewCounter(prometheus.CounterOpts{Name: name("transactions_sent_total"),
			Help: "Transactions broadcast (first broadcasts; fee-bump rebroadcasts show as eth_sendRawTransaction requests)."}),
		txFailed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name("transactions_failed_total"),
			Help: "Transactions that did not succeed, by reason (reverted, timeout, error)."}, []string{"reason"}),
		txReplaced: prometheus.NewCounter(prometheus.CounterOpts{Name: name("transactions_replaced_total"),
			Help: "Transactions whose nonce another transaction took."}),
		headBlock: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("head_block"),
			Help: "The newest chain head the agent has seen."}),
		processedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("processed_block"),
			Help: "The last block whose logs the agent has applied."}),
		headLag: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("head_lag_blocks"),
			Help: "Blocks between the chain head and the last block the agent applied."}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Name: name("reorgs_total"),
			Help: "Chain reorganisations the agent followed."}),
		inference: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name("inference_seconds"),
			Help: "Inference latency, by stage: model (a completion by the backend: the miner's answer, the oracle's re-run), verdict (the user's Ask, from sealing the prompt to holding the answer and the oracle's verdict).",
			// 10 ms to about 10 minutes: a deterministic model answers in
			// microseconds, a language model in seconds, a chain round in
			// blocks.
			Buckets: prometheus.ExponentialBuckets(0.01, 2.5, 13)}, []string{"stage"}),
		oneTimeKeys: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("one_time_keys_fresh"),
			Help: "A miner's or an oracle's one-time keys published and not yet consumed by a session, whose private halves it holds: its pool (docs/PROTOCOL.md §6.4)."}),
		hybridOneTimeKeys: prometheus.NewGauge(prometheus.GaugeOpts{Name: name("hybrid_one_time_keys_fresh"),
			Help: "A miner's or an oracle's one-time hybrid keys published and not yet consumed by a session, whose private halves it holds: its hybrid pool (docs/PROTOCOL.md §6.4)."}),
		now: now,
	}
	for _, c := range []prometheus.Collector{m.rpcRequests, m.rpcErrors, m.rpcRateLimited, m.rpcLastSuccess, m.sessions, m.sessionsEnded,
		m.txSent, m.txFailed, m.txReplaced, m.headBlock, m.processedBlock, m.headLag, m.reorgs, m.inference, m.oneTimeKeys, m.hybridOneTimeKeys} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("metrics: registering: %w", err)
		}
	}
	return m, nil
}

// MustNew is New for tests and examples: it panics on an error, which only
// a programming mistake (a registry that already holds these metrics)
// causes.
func MustNew(reg prometheus.Registerer) *Metrics {
	m, err := New(reg, nil)
	if err != nil {
		panic(err)
	}
	return m
}

// LastSuccess returns when the node last answered (zero: never).
func (m *Metrics) LastSuccess() time.Time {
	if m == nil {
		return time.Time{}
	}
	n := m.lastOK.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// SessionPhases sets the sessions gauge: count by phase label. Phases
// missing from counts are set to zero if they were set before.
func (m *Metrics) SessionPhases(counts map[string]int) {
	if m == nil {
		return
	}
	m.sessions.Reset()
	for phase, n := range counts {
		m.sessions.WithLabelValues(phase).Set(float64(n))
	}
}

// OneTimeKeys sets the size of the one-time key pool: the keys published
// and not yet consumed.
func (m *Metrics) OneTimeKeys(fresh int) {
	if m != nil {
		m.oneTimeKeys.Set(float64(fresh))
	}
}

// HybridOneTimeKeys sets the size of the pool of one-time hybrid keys.
func (m *Metrics) HybridOneTimeKeys(fresh int) {
	if m != nil {
		m.hybridOneTimeKeys.Set(float64(fresh))
	}
}

// SessionEnded counts a session that reached a terminal state.
func (m *Metrics) SessionEnded(outcome string) {
	if m == nil {
		return
	}
	m.sessionsEnded.WithLabelValues(outcome).Inc()
}

// TxSent counts a first broadcast.
func (m *Metrics) TxSent() {
	if m != nil {
		m.txSent.Inc()
	}
}

// TxFailed counts a transaction that did not succeed.
func (m *Metrics) TxFailed(why TxFailure) {
	if m != nil {
		m.txFailed.WithLabelValues(string(why)).Inc()
	}
}

// TxReplaced counts a transaction whose nonce another one took.
func (m *Metrics) TxReplaced() {
	if m != nil {
		m.txReplaced.Inc()
	}
}

// Head records the newest chain head seen, and with it the head lag.
func (m *Metrics) Head(n uint64) {
	if m == nil {
		return
	}
	for {
		old := m.head.Load()
		if n <= old || m.head.CompareAndSwap(old, n) {
			break
		}
	}
	m.headBlock.Set(float64(m.head.Load()))
	m.updateLag()
}

// Processed records the last block applied, and with it the head lag.
func (m *Metrics) Processed(n uint64) {
	if m == nil {
		return
	}
	m.processed.Store(n)
	m.processedBlock.Set(float64(n))
	m.updateLag()
}

// updateLag sets the head lag from the head and the processed block last
// recorded (whichever changed last).
func (m *Metrics) updateLag() {
	head, done := m.head.Load(), m.processed.Load()
	var lag uint64
	if head > done {
		lag = head - done
	}
	m.lag.Store(lag)
	m.headLag.Set(float64(lag))
}

// HeadLag returns the head lag last recorded, in blocks.
func (m *Metrics) HeadLag() uint64 {
	if m == nil {
		return 0
	}
	return m.lag.Load()
}

// Reorg counts a chain reorganisation.
func (m *Metrics) Reorg() {
	if m != nil {
		m.reorgs.Inc()
	}
}

// Inference is an inference latency stage.
type Inference string

// The inference stages.
const (
	// InferenceModel is one completion by the model backend.
	InferenceModel Inference = "model"
	// InferenceVerdict is the user's wait from sending a prompt to the
	// oracle's verdict.
	InferenceVerdict Inference = "verdict"
)

// ObserveInference records one latency of stage s.
func (m *Metrics) ObserveInference(s Inference, d time.Duration) {
	if m != nil {
		m.inference.WithLabelValues(string(s)).Observe(d.Seconds())
	}
}
