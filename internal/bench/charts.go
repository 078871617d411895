//go:build linux

package bench

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The charts of BENCHMARKS.md are drawn with gonum.org/v1/plot and written
// as SVG (vgsvg). The SVG names its fonts (Liberation Sans, metric-compatible
// with Arial and Helvetica) instead of embedding them, so a file stays a few
// kilobytes, and the same data gives byte-identical output.

const (
	chartWidth  = 9 * vg.Inch
	chartHeight = 5 * vg.Inch
	// logSpan is the ratio of the largest to the smallest value at or
	// above which a line chart's y axis is logarithmic: the data then
	// spans at least a decade, and a linear axis would flatten the small
	// end.
	logSpan = 10
)

// chartFont is the typeface of every text of a chart.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// palette holds the Okabe–Ito colours (distinguishable with the common
// forms of colour blindness); series take them in turn.
var palette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xff}, // blue
	{0xE6, 0x9F, 0x00, 0xff}, // orange
	{0x00, 0x9E, 0x73, 0xff}, // bluish green
	{0xCC, 0x79, 0xA7, 0xff}, // reddish purple
	{0x56, 0xB4, 0xE9, 0xff}, // sky blue
	{0xD5, 0x5E, 0x00, 0xff}, // vermillion
	{0xF0, 0xE4, 0x42, 0xff}, // yellow
	{0x00, 0x00, 0x00, 0xff}, // black
}

// glyphs give line series distinct marker shapes, so they stay apart in
// grey print too.
var glyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.CrossGlyph{},
	draw.PlusGlyph{}, draw.RingGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{},
}

// series is one named sequence of values, shown in the legend by its name.
type series struct {
	name   string
	values []float64
}

// barChart is a grouped (or stacked) bar chart: one group per category,
// one bar (or stack segment) per series. Values must be finite and
// non-negative.
type barChart struct {
	title, yLabel string
	categories    []string
	series        []series
	stacked       bool
}

// lineChart is a line chart with markers over a numeric, logarithmic x
// axis. A NaN value means no point; the line is broken there. The y axis
// is logarithmic when the data spans a decade or more (logSpan).
type lineChart struct {
	title, xLabel, yLabel string
	x                     []float64
	series                []series
}

func (b barChart) check() error {
	if len(b.categories) == 0 || len(b.series) == 0 {
		return errors.New("bench: bar chart has no data")
	}
	for _, s := range b.series {
		if len(s.values) != len(b.categories) {
			return fmt.Errorf("bench: bar series %q has %d values for %d categories", s.name, len(s.values), len(b.categories))
		}
		for i, v := range s.values {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				return fmt.Errorf("bench: bar series %q, %q: value %v is not a finite non-negative number", s.name, b.categories[i], v)
			}
		}
	}
	return nil
}

func (l lineChart) check() error {
	if len(l.x) == 0 || len(l.series) == 0 {
		return errors.New("bench: line chart has no data")
	}
	for i, x := range l.x {
		if !(x > 0) || math.IsInf(x, 0) || (i > 0 && x <= l.x[i-1]) {
			return fmt.Errorf("bench: line chart x values must be positive, finite and increasing; x[%d] = %v", i, x)
		}
	}
	points := 0
	for _, s := range l.series {
		if len(s.values) != len(l.x) {
			return fmt.Errorf("bench: line series %q has %d values for %d x values", s.name, len(s.values), len(l.x))
		}
		for i, v := range s.values {
			if math.IsNaN(v) {
				continue
			}
			if math.IsInf(v, 0) || v < 0 {
				return fmt.Errorf("bench: line series %q, x = %v: value %v is not a finite non-negative number", s.name, l.x[i], v)
			}
			points++
		}
	}
	if points == 0 {
		return errors.New("bench: line chart has no points")
	}
	return nil
}

// newPlot returns a plot with the title, axis labels and fonts of every
// chart of the report.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(chartFont, 15)
	p.Title.Padding = vg.Points(8)
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(chartFont, 12)
		a.Tick.Label.Font = font.From(chartFont, 10)
	}
	p.Legend.TextStyle.Font = font.From(chartFont, 10)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.Padding = vg.Points(2)
	p.Legend.XOffs = vg.Points(8)
	p.Legend.YOffs = -vg.Points(4)
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	p.Add(grid)
	return p
}

// SVG draws the bar chart to w. It writes nothing when the data is
// invalid.
func (b barChart) SVG(w io.Writer) error {
	p, err := b.plot()
	if err != nil {
		return err
	}
	return writeSVG(p, w)
}

func (b barChart) plot() (*plot.Plot, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	p := newPlot(b.title, "", b.yLabel)
	p.NominalX(b.categories...)
	// Category i is at x = i; half a slot of margin on either side.
	p.X.Min, p.X.Max = -0.5, float64(len(b.categories))-0.5
	p.X.Tick.Label.Font = font.From(chartFont, 9)
	p.Y.Tick.Marker = compactTicks{}
	// The group takes about 70 % of the space of its category (the data
	// area is the chart less about an inch and a half of axis).
	slot := (chartWidth - 1.5*vg.Inch) / vg.Length(len(b.categories))
	width := slot * 0.7
	if !b.stacked {
		width /= vg.Length(len(b.series))
	}
	var below *plotter.BarChart
	top := 0.0
	totals := make([]float64, len(b.categories))
	for i, s := range b.series {
		bc, err := plotter.NewBarChart(plotter.Values(s.values), width)
		if err != nil {
			return nil, fmt.Errorf("bench: bar series %q: %w", s.name, err)
		}
		bc.Color = palette[i%len(palette)]
		bc.LineStyle.Width = 0
		if b.stacked {
			if below != nil {
				bc.StackOn(below)
			}
			below = bc
		} else {
			bc.Offset = width * (vg.Length(i) - vg.Length(len(b.series)-1)/2)
		}
		for j, v := range s.values {
			if b.stacked {
				totals[j] += v
			} else {
				totals[j] = max(totals[j], v)
			}
			top = max(top, totals[j])
		}
		p.Add(bc)
		p.Legend.Add(s.name, bc)
	}
	// Head room above the tallest bar for the legend, drawn in the top
	// left corner.
	p.Y.Min = 0
	p.Y.Max = top * (1 + 0.06*float64(len(b.series)+1))
	if p.Y.Max == 0 {
		p.Y.Max = 1
	}
	return p, nil
}

// SVG draws the line chart to w. It writes nothing when the data is
// invalid.
func (l lineChart) SVG(w io.Writer) error {
	p, err := l.plot()
	if err != nil {
		return err
	}
	return writeSVG(p, w)
}

func (l lineChart) plot() (*plot.Plot, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	p := newPlot(l.title, l.xLabel, l.yLabel)
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = logTicks{}
	lo, hi := math.Inf(1), 0.0
	for _, s := range l.series {
		for _, v := range s.values {
			if !math.IsNaN(v) {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
	}
	logY := lo > 0 && hi/lo >= logSpan
	if logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
		// Head room for the legend above the data.
		p.Y.Min, p.Y.Max = lo/1.2, hi*math.Pow(hi/lo*1.2, 0.4)
	} else {
		p.Y.Tick.Marker = compactTicks{}
		p.Y.Min = 0
		p.Y.Max = hi * (1 + 0.06*float64(len(l.series)+1))
		if p.Y.Max == 0 {
			p.Y.Max = 1
		}
	}
	p.X.Min, p.X.Max = l.x[0]/1.5, l.x[len(l.x)-1]*1.5
	for i, s := range l.series {
		style := draw.LineStyle{Color: palette[i%len(palette)], Width: vg.Points(1.5)}
		glyph := draw.GlyphStyle{Color: style.Color, Radius: vg.Points(3), Shape: glyphs[i%len(glyphs)]}
		var thumbs []plot.Thumbnailer
		// One line per run of points without a NaN between them.
		var run plotter.XYs
		flush := func() error {
			if len(run) == 0 {
				return nil
			}
			line, points, err := plotter.NewLinePoints(run)
			if err != nil {
				return fmt.Errorf("bench: line series %q: %w", s.name, err)
			}
			line.LineStyle, points.GlyphStyle = style, glyph
			p.Add(line, points)
			if thumbs == nil {
				thumbs = []plot.Thumbnailer{line, points}
			}
			run = nil
			return nil
		}
		for j, v := range s.values {
			if math.IsNaN(v) {
				if err := flush(); err != nil {
					return nil, err
				}
				continue
			}
			run = append(run, plotter.XY{X: l.x[j], Y: v})
		}
		if err := flush(); err != nil {
			return nil, err
		}
		if thumbs != nil {
			p.Legend.Add(s.name, thumbs...)
		}
	}
	return p, nil
}

func writeSVG(p *plot.Plot, w io.Writer) error {
	c := vgsvg.New(chartWidth, chartHeight)
	p.Draw(draw.New(c))
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("bench: writing SVG: %w", err)
	}
	return nil
}

// compactTicks places a linear axis's ticks where plot.DefaultTicks does
// and labels them compactly (350k, 1.2M).
type compactTicks struct{}

// Ticks implements plot.Ticker.
func (compactTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = compact(ticks[i].Value)
		}
	}
	return ticks
}

// logTicks marks a logarithmic axis at 1, 2 and 5 times each power of ten
// (labelling all three when the axis spans at most three decades, only the
// powers of ten otherwise), with unlabelled minor ticks in between.
type logTicks struct{}

// Ticks implements plot.Ticker.
func (logTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(lo > 0) || !(hi > lo) {
		return nil
	}
	dense := hi/lo <= 1000
	var ticks []plot.Tick
	for p := math.Floor(math.Log10(lo)); math.Pow(10, p) <= hi; p++ {
		base := math.Pow(10, p)
		for m := 1; m < 10; m++ {
			v := base * float64(m)
			if v < lo || v > hi {
				continue
			}
			t := plot.Tick{Value: v}
			if m == 1 || (dense && (m == 2 || m == 5)) {
				t.Label = compact(v)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// compact writes a tick value with at most three significant digits and a
// k or M suffix: 0.5, 20, 350k, 1.2M.
func compact(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'g', 3, 64) + "M"
	case a >= 1e3:
		return strconv.FormatFloat(v/1e3, 'g', 3, 64) + "k"
	default:
		return strconv.FormatFloat(v, 'g', 3, 64)
	}
}
