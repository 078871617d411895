package metrics

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// Samples are counter and gauge values read back, keyed by the metric's
// name and labels as the text format writes them: name{k="v",...} (labels
// sorted), or the bare name of a metric without labels.
type Samples map[string]float64

// Gather reads every counter and gauge of g (histograms give their
// _count and _sum) as samples: what a scrape of /metrics would show.
func Gather(g prometheus.Gatherer) (Samples, error) {
	fams, err := g.Gather()
	if err != nil {
		return nil, fmt.Errorf("metrics: gathering: %w", err)
	}
	return samples(fams), nil
}

// Scrape reads the /metrics endpoint at url (http://host:port/metrics) as
// samples.
func Scrape(ctx context.Context, url string) (Samples, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("metrics: scraping %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metrics: scraping %s: %s", url, resp.Status)
	}
	return Parse(resp.Body)
}

// Parse reads the Prometheus text format as samples.
func Parse(r io.Reader) (Samples, error) {
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(r)
	if err != nil {
		return nil, fmt.Errorf("metrics: parsing: %w", err)
	}
	var list []*dto.MetricFamily
	for _, f := range fams {
		list = append(list, f)
	}
	return samples(list), nil
}

func samples(fams []*dto.MetricFamily) Samples {
	out := Samples{}
	for _, f := range fams {
		for _, m := range f.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
			}
			key := func(name string) string {
				if len(labels) == 0 {
					return name
				}
				return name + "{" + strings.Join(labels, ",") + "}"
			}
			switch {
			case m.Counter != nil:
				out[key(f.GetName())] = m.Counter.GetValue()
			case m.Gauge != nil:
				out[key(f.GetName())] = m.Gauge.GetValue()
			case m.Untyped != nil:
				out[key(f.GetName())] = m.Untyped.GetValue()
			case m.Histogram != nil:
				out[key(f.GetName()+"_count")] = float64(m.Histogram.GetSampleCount())
				out[key(f.GetName()+"_sum")] = m.Histogram.GetSampleSum()
			}
		}
	}
	return out
}

// RPCRequests returns the JSON-RPC requests counted in s, by method.
func RPCRequests(s Samples) map[string]float64 {
	const prefix = Namespace + `_rpc_requests_total{method="`
	out := map[string]float64{}
	for k, v := range s {
		if m, ok := strings.CutPrefix(k, prefix); ok {
			out[strings.TrimSuffix(m, `"}`)] = v
		}
	}
	return out
}
