package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sessionkeystore/sessionkeystore/agent"
	"github.com/sessionkeystore/sessionkeystore/agent/metrics"
	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/internal/localnet"
)

var metricsServingRE = regexp.MustCompile(`msg="serving metrics".* addr=(\S+)`)

// metricsURL waits until the agent's log says where it serves its metrics.
func metricsURL(t *testing.T, ctx context.Context, p *localnet.Proc) string {
	t.Helper()
	for {
		b, _ := os.ReadFile(p.Log)
		if m := metricsServingRE.FindSubmatch(b); m != nil {
			return "http://" + string(m[1])
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s never said where it serves metrics:\n%s", p.Name, tail(string(b), 20))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestRunServesMetrics runs the miner over ws:// and the oracle over
// http:// with run -metrics 127.0.0.1:0, establishes a Method 1 session,
// and scrapes both: health, readiness, and counters that moved with what
// each agent did, the transport's count of eth_sendRawTransaction equal to
// the runtime's count of transactions sent.
func TestRunServesMetrics(t *testing.T) {
	t.Parallel()
	n := start(t, fastBlocks)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for _, name := range []string{"miner", "oracle", "user"} {
		if _, err := n.NewAccount(ctx, name); err != nil {
			t.Fatal(err)
		}
	}
	// A -metrics address that cannot be listened on is refused clearly.
	out, err := n.CommandEnv(ctx, n.Env(n.Accounts["miner"], n.RPC), "miner", "run", "-metrics", "127.0.0.1:notaport")
	if err == nil || !strings.Contains(err.Error(), "miner run: -metrics: ") || strings.Contains(out+err.Error(), "agent configured") {
		t.Fatalf("run -metrics 127.0.0.1:notaport: %v\n%s", err, out)
	}
	urls := map[session.Role]string{}
	for r, rpcURL := range map[session.Role]string{session.Miner: n.WS, session.Oracle: n.RPC} {
		p, err := n.StartAgentEnv(r, n.Accounts[r.String()], rpcURL, "METRICS_ADDR=127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		urls[r] = metricsURL(t, ctx, p)
	}
	for r, u := range urls {
		if code, body := get(t, u+"/healthz"); code != 200 {
			t.Fatalf("%v /healthz: %d %s", r, code, body)
		}
		for {
			code, body := get(t, u+"/readyz")
			if code == 200 {
				break
			}
			if code != 503 {
				t.Fatalf("%v /readyz: %d %s", r, code, body)
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%v never ready: %s", r, body)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	id, printed, err := n.Open(ctx, "user", localnet.Flow{Method: session.Combined, Suite: session.X25519})
	if err != nil {
		t.Fatalf("%v\n%s", err, printed)
	}
	established(t, n, id)
	// Each agent has seen the outcome once the session's last block is
	// applied, and its pool's first batch once that is mined and followed:
	// wait for both, a bounded number of blocks. The batch is published
	// at start, but storing 128 private keys durably may take longer than
	// the session on a loaded machine: neither comes first for sure.
	var got map[session.Role]metrics.Samples
	for {
		got = map[session.Role]metrics.Samples{}
		done := true
		for r, u := range urls {
			s, err := metrics.Scrape(ctx, u+"/metrics")
			if err != nil {
				t.Fatal(err)
			}
			got[r] = s
			done = done && s[`sessionkeystore_sessions_ended_total{outcome="established"}`] == 1 &&
				s["sessionkeystore_one_time_keys_fresh"] == float64(agent.DefaultOneTimeBatch)
		}
		if done {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the outcome or the pool's first batch never showed in the metrics: %v", got)
		case <-time.After(100 * time.Millisecond):
		}
	}
	for r, s := range got {
		rpc := metrics.RPCRequests(s)
		sent := s["sessionkeystore_transactions_sent_total"]
		// Method 1: join, reveal, partial, attest; and the first batch
		// of the one-time key pool, published at start (the default).
		if sent != 5 || rpc["eth_sendRawTransaction"] != sent {
			t.Errorf("%v: %v transactions sent, %v eth_sendRawTransaction requests; want 5 and 5", r, sent, rpc["eth_sendRawTransaction"])
		}
		if s["sessionkeystore_one_time_keys_fresh"] != float64(agent.DefaultOneTimeBatch) {
			t.Errorf("%v: %v fresh one-time keys, want a batch of %d", r, s["sessionkeystore_one_time_keys_fresh"], agent.DefaultOneTimeBatch)
		}
		if rpc["eth_chainId"] < 1 || rpc["eth_getLogs"] < 1 {
			t.Errorf("%v: requests %v", r, rpc)
		}
		if s["sessionkeystore_processed_block"] < 1 || s["process_cpu_seconds_total"] <= 0 || s["sessionkeystore_rpc_last_success_timestamp_seconds"] < float64(time.Now().Add(-time.Minute).Unix()) {
			t.Errorf("%v: processed %v, cpu %v, last success %v", r, s["sessionkeystore_processed_block"], s["process_cpu_seconds_total"], s["sessionkeystore_rpc_last_success_timestamp_seconds"])
		}
		if s[`sessionkeystore_transactions_failed_total{reason="reverted"}`] != 0 {
			t.Errorf("%v: reverted transactions", r)
		}
		if t.Failed() {
			t.Logf("%v metrics:\n%s", r, fmt.Sprint(s))
		}
	}
	// Subscribing is a WebSocket request; polling is not.
	if metrics.RPCRequests(got[session.Miner])["eth_subscribe"] < 1 || metrics.RPCRequests(got[session.Oracle])["eth_subscribe"] != 0 {
		t.Errorf("eth_subscribe: miner (ws) %v, oracle (http) %v", metrics.RPCRequests(got[session.Miner])["eth_subscribe"], metrics.RPCRequests(got[session.Oracle])["eth_subscribe"])
	}
}
