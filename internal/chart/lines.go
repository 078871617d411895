package chart

import (
	"errors"
	"image"
	"math"
	"strings"
)

// Line and marker sizes, in pixels.
const (
	lineWidth    = 2.5
	markerRadius = 4.5
	markerHalo   = 1.5 // white ring separating a marker from other lines
	minMarkerGap = 9   // markers are drawn only if points are this far apart
)

// render validates and draws the line chart.
func (l Lines) render() (rendered, error) {
	if err := validateLines(l); err != nil {
		return rendered{}, err
	}
	w, h, err := size(l.Width, l.Height)
	if err != nil {
		return rendered{}, err
	}
	names := make([]string, len(l.Series))
	for i, s := range l.Series {
		names[i] = seriesName(s, i)
	}
	const swatchW = 28
	hd := layoutHeader(l.Title, names, w, swatchW)

	// Vertical layout first: it depends only on the header and the x label.
	xlabel := cleanText(strings.TrimSpace(l.XLabel))
	plotTop := hd.bottom + labelHalfH + 2
	bottom := h - pad - glyphHeight - tickLen - tickGap
	if xlabel != "" {
		bottom -= glyphHeight + 8
	}
	if bottom-plotTop < minPlotSize {
		return rendered{}, errors.New("chart: image too short for the title, legend and axis labels")
	}

	// The y axis, whose label widths decide the left margin.
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for _, s := range l.Series {
		for _, v := range s.Values {
			if !math.IsNaN(v) {
				ymin, ymax = min(ymin, v), max(ymax, v)
			}
		}
	}
	var ya axis
	if l.LogY {
		ya, err = logAxis(ymin, ymax)
	} else {
		ya, err = linearAxis(min(ymin, 0), max(ymax, 0), min(max((bottom-plotTop)/55, 3), 8))
	}
	if err != nil {
		return rendered{}, err
	}
	ya.p0, ya.p1 = float64(bottom), float64(plotTop)
	if ya.log {
		ya.thinLogLabels(glyphHeight + 12)
	}

	ylabel := cleanText(strings.TrimSpace(l.YLabel))
	left := pad + yLabelRoom(ylabel) + ya.maxLabelWidth() + tickLen + tickGap
	right := w - pad - 24
	if right-left < minPlotSize {
		return rendered{}, errors.New("chart: image too narrow for the y axis labels")
	}
	plot := image.Rect(left, plotTop, right, bottom)

	// The x axis, with as many ticks as fit without overlapping labels.
	xa, err := l.xAxis(plot)
	if err != nil {
		return rendered{}, err
	}

	c := newCanvas(w, h)
	drawYGrid(c, plot, &ya)
	drawXGrid(c, plot, &xa)
	if !ya.log && ya.lo < 0 && ya.hi > 0 {
		c.hline(plot.Min.X, plot.Max.X, int(math.Round(ya.pos(0))), rgb(colAxis))
	}

	// Markers only where the points are far enough apart.
	markers := true
	for i := 1; i < len(l.X); i++ {
		if xa.pos(l.X[i])-xa.pos(l.X[i-1]) < minMarkerGap {
			markers = false
		}
	}
	for i, s := range l.Series {
		at := func(j int) pt { return pt{xa.pos(l.X[j]), ya.pos(s.Values[j])} }
		ok := func(j int) bool { return j >= 0 && j < len(s.Values) && !math.IsNaN(s.Values[j]) }
		col := seriesColor(i)
		c.beginShape()
		for j := range s.Values {
			if !ok(j) {
				continue
			}
			if ok(j + 1) {
				c.segment(at(j), at(j+1), lineWidth)
			}
			c.regular(at(j), lineWidth/2, 12, 0) // round joins and caps
		}
		c.fillShape(col)
		var pts []int
		for j := range s.Values {
			if ok(j) && (markers || (!ok(j-1) && !ok(j+1))) {
				pts = append(pts, j)
			}
		}
		if len(pts) == 0 {
			continue
		}
		c.beginShape()
		for _, j := range pts {
			c.marker(i, at(j), markerRadius+markerHalo)
		}
		c.fillShape(rgb(colBackground))
		c.beginShape()
		for _, j := range pts {
			c.marker(i, at(j), markerRadius)
		}
		c.fillShape(col)
	}

	c.hline(plot.Min.X-1, plot.Max.X, plot.Max.Y, rgb(colAxis))
	drawYAxis(c, plot, &ya)
	for _, t := range xa.ticks {
		x := int(math.Round(xa.pos(t.v)))
		n := tickLen
		if t.minor && t.label == "" {
			n = tickLen - 2
		}
		c.vline(x, plot.Max.Y+1, plot.Max.Y+1+n, rgb(colAxis))
		if t.label != "" {
			c.text(t.label, x-textWidth(t.label, 1)/2, plot.Max.Y+1+tickLen+tickGap, 1, rgb(colTickText))
		}
	}
	if xlabel != "" {
		s := fitText(xlabel, plot.Dx(), 1)
		c.text(s, plot.Min.X+(plot.Dx()-textWidth(s, 1))/2, h-pad-glyphHeight, 1, rgb(colText))
	}
	drawYLabel(c, plot, yLabelText(l.YLabel, plot.Dy()))
	hd.draw(c, w, swatchW, func(c *canvas, i, x, cy int) {
		a, b := pt{float64(x), float64(cy)}, pt{float64(x + swatchW), float64(cy)}
		c.beginShape()
		c.segment(a, b, lineWidth)
		c.fillShape(seriesColor(i))
		mid := pt{float64(x) + swatchW/2.0, float64(cy)}
		c.beginShape()
		c.marker(i, mid, markerRadius+markerHalo)
		c.fillShape(rgb(colBackground))
		c.beginShape()
		c.marker(i, mid, markerRadius)
		c.fillShape(seriesColor(i))
	})
	return rendered{img: c.img, plot: plot, x: xa, y: ya}, nil
}

// xAxis builds the x axis over plot: powers of ten for LogX, else 1-2-5
// steps, with labels thinned or ticks reduced until labels do not overlap.
func (l Lines) xAxis(plot image.Rectangle) (axis, error) {
	lo, hi := l.X[0], l.X[len(l.X)-1]
	const labelGap = 14
	if l.LogX {
		a, err := logAxis(lo, hi)
		if err != nil {
			return axis{}, err
		}
		a.p0, a.p1 = float64(plot.Min.X), float64(plot.Max.X)
		// Labels are at most as wide as the widest power-of-ten label,
		// or a labelled 2x or 5x tick, which is no wider.
		a.thinLogLabels(float64(a.maxLabelWidth() + labelGap))
		return a, nil
	}
	for target := min(max(plot.Dx()/80, 2), 12); ; target-- {
		a, err := linearAxis(lo, hi, target)
		if err != nil {
			return axis{}, err
		}
		a.p0, a.p1 = float64(plot.Min.X), float64(plot.Max.X)
		spacing := float64(plot.Dx()) / float64(len(a.ticks)-1)
		if spacing >= float64(a.maxLabelWidth()+labelGap) || target <= 1 {
			return a, nil
		}
	}
}

// drawXGrid draws the vertical grid lines of the x axis a across plot.
func drawXGrid(c *canvas, plot image.Rectangle, a *axis) {
	for _, t := range a.ticks {
		x := int(math.Round(a.pos(t.v)))
		if x <= plot.Min.X-1 || x >= plot.Max.X {
			continue
		}
		col := rgb(colGrid)
		if t.minor {
			col = rgb(colMinorGrid)
		}
		c.vline(x, plot.Min.Y, plot.Max.Y, col)
	}
}
