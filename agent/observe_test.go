package agent_test

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/simchain"
)

// scrape reads the registry through the /metrics handler and returns each
// sample line's value by its name and labels as written.
func scrape(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	metrics.Handler(reg, func() error { return nil }).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("/metrics: %d", rec.Code)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("sample %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// TestMetricsFollowAgents runs the three agents with metrics on the
// simulated chain through a Method 1 session and an inference, and checks
// that each role's metrics moved with what it did.
func TestMetricsFollowAgents(t *testing.T) {
	c := simchain.New(t)
	out := newOutcomes()
	var regs [3]*prometheus.Registry
	f := startFleetWith(t, c, [3]string{t.TempDir(), t.TempDir(), t.TempDir()}, out, func(r session.Role, cfg *agent.Config) {
		regs[r] = prometheus.NewRegistry()
		cfg.Metrics = metrics.MustNew(regs[r])
	})
	defer f.stop(t)
	defer func() {
		if t.Failed() {
			t.Log(f.logs.String())
		}
	}()
	h := openWhenReady(t, f.agents[session.User], agent.OpenOptions{Miner: c.Accounts[session.Miner], Oracle: c.Accounts[session.Oracle],
		Method: session.Combined, Suite: session.X25519})
	res := out.wait(t, h.ID(), 30*time.Second)
	for _, r := range session.Roles {
		if res[r].Phase != session.Established {
			t.Fatalf("%v: %+v", r, res[r])
		}
	}
	ask(t, h, "count me", 0)
	// The gauges are set as each block is applied: wait (a bounded number
	// of mined blocks) until every agent has applied one after the
	// verdict.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var got [3]map[string]float64
	for {
		done := true
		for _, r := range session.Roles {
			got[r] = scrape(t, regs[r])
			if got[r][`sessionkeystore_sessions{phase="established"}`] != 1 {
				done = false
			}
		}
		if done {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the sessions gauge never showed the Established session: %v", got)
		case <-time.After(50 * time.Millisecond):
		}
	}
	for _, r := range session.Roles {
		m := got[r]
		if m[`sessionkeystore_sessions_ended_total{outcome="established"}`] != 1 {
			t.Errorf("%v: sessions ended %v", r, m)
		}
		// Method 1: each role commits (the user in open) or joins, reveals,
		// sends its partial and attests; the miner also answers and the
		// oracle judges.
		if n := m["sessionkeystore_transactions_sent_total"]; n < 4 {
			t.Errorf("%v: %v transactions sent, want at least 4", r, n)
		}
		if n := m[`sessionkeystore_transactions_failed_total{reason="reverted"}`]; n != 0 {
			t.Errorf("%v: %v transactions reverted", r, n)
		}
		head, processed := m["sessionkeystore_head_block"], m["sessionkeystore_processed_block"]
		if processed <= float64(c.DeployBlock) || head < processed || m["sessionkeystore_head_lag_blocks"] != head-processed {
			t.Errorf("%v: head %v, processed %v, lag %v", r, head, processed, m["sessionkeystore_head_lag_blocks"])
		}
	}
	// The deterministic model answered at the miner and re-ran at the
	// oracle; the user timed its Ask.
	for _, r := range []session.Role{session.Miner, session.Oracle} {
		if n := got[r][`sessionkeystore_inference_seconds_count{stage="model"}`]; n < 1 {
			t.Errorf("%v: %v model completions timed", r, n)
		}
	}
	if n := got[session.User][`sessionkeystore_inference_seconds_count{stage="verdict"}`]; n != 1 {
		t.Errorf("user: %v asks timed, want 1", n)
	}
}
