//go:build linux

package bench

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// svgTexts parses an SVG document and returns the text of its <text>
// elements in document order; it fails the test if the document is not
// well-formed XML with an <svg> root.
func svgTexts(t *testing.T, doc []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var texts []string
	var root string
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = e.Name.Local
			}
			if e.Name.Local == "text" {
				inText = true
				texts = append(texts, "")
			}
		case xml.EndElement:
			if e.Name.Local == "text" {
				inText = false
			}
		case xml.CharData:
			if inText {
				texts[len(texts)-1] += string(e)
			}
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	return texts
}

func wantTexts(t *testing.T, texts []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(texts, w) {
			t.Errorf("no text %q in the chart; texts: %q", w, texts)
		}
	}
}

func TestBarChartSVG(t *testing.T) {
	b := barChart{
		title: "Gas per session by step", yLabel: "gas per session",
		categories: []string{"M1 x25519", "M2 user x25519"},
		series: []series{
			{name: "open", values: []float64{150_000, 120_000}},
			{name: "attest", values: []float64{200_000, 90_000}},
		},
		stacked: true,
	}
	var buf bytes.Buffer
	if err := b.SVG(&buf); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, buf.Bytes())
	// The stack reaches 350k: compact labels.
	wantTexts(t, texts, "Gas per session by step", "gas per session", "M1 x25519", "M2 user x25519", "open", "attest", "0", "200k")

	// The same data renders the same bytes: regenerating a chart from an
	// unchanged run changes no file.
	var again bytes.Buffer
	if err := b.SVG(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatal("two renderings of the same chart differ")
	}
}

func TestLineChartLogAxes(t *testing.T) {
	l := lineChart{
		title: "Sessions established per second", xLabel: "concurrent sessions (N, log scale)", yLabel: "sessions/s",
		x: []float64{1, 10, 100, 1000},
		series: []series{
			{name: "M1 x25519", values: []float64{0.9, 7.3, 27.6, 44.2}},
			{name: "M1 x25519 batched", values: []float64{1.1, math.NaN(), 30, 50}},
		},
	}
	var buf bytes.Buffer
	if err := l.SVG(&buf); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, buf.Bytes())
	// Log x: the decades are labelled. Log y (0.9 to 50 spans more than a
	// decade): 1, 2, 5, 10, 20 are labelled, as no linear axis would.
	wantTexts(t, texts, "Sessions established per second", "concurrent sessions (N, log scale)", "sessions/s",
		"M1 x25519", "M1 x25519 batched", "1", "10", "100", "1k", "2", "5", "20")

	// Data within a decade keeps a linear y axis from 0.
	flat := lineChart{title: "Gas per session", yLabel: "gas", x: []float64{1, 10}, series: []series{{name: "a", values: []float64{400_000, 620_000}}}}
	buf.Reset()
	if err := flat.SVG(&buf); err != nil {
		t.Fatal(err)
	}
	wantTexts(t, svgTexts(t, buf.Bytes()), "0", "300k", "600k")
}

func TestChartsRejectBadData(t *testing.T) {
	cats := []string{"a", "b"}
	bad := []interface{ SVG(io.Writer) error }{
		barChart{title: "t", categories: cats},
		barChart{title: "t", categories: cats, series: []series{{name: "s", values: []float64{1}}}},
		barChart{title: "t", categories: cats, series: []series{{name: "s", values: []float64{1, -1}}}},
		barChart{title: "t", categories: cats, series: []series{{name: "s", values: []float64{1, math.NaN()}}}},
		lineChart{title: "t", x: []float64{1, 10}},
		lineChart{title: "t", x: []float64{0, 10}, series: []series{{name: "s", values: []float64{1, 2}}}},
		lineChart{title: "t", x: []float64{10, 1}, series: []series{{name: "s", values: []float64{1, 2}}}},
		lineChart{title: "t", x: []float64{1, 10}, series: []series{{name: "s", values: []float64{math.NaN(), math.NaN()}}}},
		lineChart{title: "t", x: []float64{1, 10}, series: []series{{name: "s", values: []float64{1, math.Inf(1)}}}},
	}
	for i, c := range bad {
		var buf bytes.Buffer
		if err := c.SVG(&buf); err == nil {
			t.Errorf("case %d: no error", i)
		} else if buf.Len() != 0 {
			t.Errorf("case %d: %d bytes written with error %v", i, buf.Len(), err)
		}
	}
}

// TestWriteChartsFromResults writes the report's charts from a small set
// of results and checks each file the report links to exists and shows its
// title.
func TestWriteChartsFromResults(t *testing.T) {
	res := &Results{
		Options: Options{BlockTimes: []time.Duration{time.Second, 2 * time.Second}, Scale: []int{10, 1}, ScaleConfigs: []Config{Configs[0]}},
		Sessions: []ConfigResult{
			{Config: "M1 x25519", Steps: []Step{{Call: "open", Gas: 150_000}, {Call: "attest", Gas: 100_000}}},
			{Config: "M2 user x25519", Steps: []Step{{Call: "open", Gas: 180_000}}},
		},
		Latency: []LatencyResult{{Config: "M1 x25519", BlockTime: time.Second, Blocks: 5}, {Config: "M2 user x25519", BlockTime: time.Second, Blocks: 2}},
		Scale: []ScaleResult{
			{Config: Key(Configs[0]), N: 1, Throughput: 1, Gas: 600_000, CPU: [3]time.Duration{40 * time.Millisecond, 50 * time.Millisecond, 30 * time.Millisecond}},
			{Config: Key(Configs[0]), N: 10, Throughput: 7, Gas: 500_000, CPU: [3]time.Duration{15 * time.Millisecond, 13 * time.Millisecond, 12 * time.Millisecond}},
		},
	}
	dir := t.TempDir()
	// A chart of an earlier run, in the format before SVG, is removed.
	if err := os.WriteFile(filepath.Join(dir, "old.png"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "BENCHMARKS.md")
	if err := Write(res, md, filepath.Join(dir, "bench")); err != nil {
		t.Fatal(err)
	}
	report, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{
		"gas-per-session.svg":       "Gas per session by step",
		"blocks-to-established.svg": "Blocks from open to established",
		"scale-throughput.svg":      "Sessions established per second",
		"scale-latency.svg":         "Latency per session, Open to Established (p50)",
		"scale-cpu.svg":             "CPU per session (user + miner + oracle)",
		"scale-gas.svg":             "Gas per session",
	}
	for name, title := range titles {
		if !strings.Contains(string(report), "(bench/"+name+")") {
			t.Errorf("the report does not link %s", name)
		}
		doc, err := os.ReadFile(filepath.Join(dir, "bench", name))
		if err != nil {
			t.Fatal(err)
		}
		wantTexts(t, svgTexts(t, doc), title)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "bench", "*"))
	if len(files) != len(titles) {
		t.Errorf("chart files %q, want the %d linked ones", files, len(titles))
	}
}
