package chart

import (
	"image"
	"math"
	"strings"
)

// Layout constants, in pixels.
const (
	pad          = 16 // outer margin
	tickLen      = 5  // length of the tick marks outside the plot
	tickGap      = 4  // gap between a tick mark and its label
	legendRowH   = 18 // height of one legend row
	legendGap    = 22 // horizontal gap between legend entries
	swatchGap    = 6  // gap between a legend swatch and its text
	minPlotSize  = 60 // smallest acceptable plot area side
	labelHalfH   = 6  // offset from a tick to the top of its label
	maxLabelRows = 3  // most lines a wrapped category label may take
)

// rendered is a chart drawn into an image, with its geometry (for tests).
type rendered struct {
	img  *image.RGBA
	plot image.Rectangle // the data area
	x, y axis            // x is unset for bar charts
}

// legendItem is one legend entry.
type legendItem struct {
	series int    // series index, for colour and marker
	name   string // cleaned, possibly shortened name
	w      int    // width including the swatch
}

// header is the laid-out title and legend at the top of a chart.
type header struct {
	title      string
	titleScale int
	titleY     int
	legendY    int
	rows       [][]legendItem
	rowWidths  []int
	bottom     int // first row below the header
}

// layoutHeader lays out the title and the legend (entries flowing into as
// many centred rows as needed) for an image w pixels wide.
func layoutHeader(title string, names []string, w, swatchW int) header {
	h := header{titleY: pad}
	maxW := w - 2*pad
	y := pad
	if t := cleanText(strings.TrimSpace(title)); t != "" {
		h.titleScale = 2
		if textWidth(t, 2) > maxW {
			h.titleScale = 1
			t = fitText(t, maxW, 1)
		}
		h.title = t
		y += glyphHeight*h.titleScale + 10
	}
	h.legendY = y
	var row []legendItem
	rowW := 0
	for i, n := range names {
		n = fitText(cleanText(n), maxW-swatchW-swatchGap, 1)
		it := legendItem{series: i, name: n, w: swatchW + swatchGap + textWidth(n, 1)}
		if len(row) > 0 && rowW+legendGap+it.w > maxW {
			h.rows = append(h.rows, row)
			h.rowWidths = append(h.rowWidths, rowW)
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			rowW += legendGap
		}
		row = append(row, it)
		rowW += it.w
	}
	if len(row) > 0 {
		h.rows = append(h.rows, row)
		h.rowWidths = append(h.rowWidths, rowW)
	}
	y += len(h.rows)*legendRowH + 6
	h.bottom = y
	return h
}

// draw draws the title and the legend; swatch draws the swatch of series i
// swatchW pixels wide, from x, vertically centred on cy.
func (h header) draw(c *canvas, w, swatchW int, swatch func(c *canvas, series, x, cy int)) {
	if h.title != "" {
		c.text(h.title, (w-textWidth(h.title, h.titleScale))/2, h.titleY, h.titleScale, rgb(colText))
	}
	for r, row := range h.rows {
		x := (w - h.rowWidths[r]) / 2
		cy := h.legendY + r*legendRowH + legendRowH/2
		for _, it := range row {
			swatch(c, it.series, x, cy)
			c.text(it.name, x+swatchW+swatchGap, cy-labelHalfH-1, 1, rgb(colText))
			x += it.w + legendGap
		}
	}
}

// drawYGrid draws the horizontal grid lines of the y axis a across plot
// (lighter ones at minor ticks), except at the plot's bottom edge.
func drawYGrid(c *canvas, plot image.Rectangle, a *axis) {
	for _, t := range a.ticks {
		y := int(math.Round(a.pos(t.v)))
		if y <= plot.Min.Y-1 || y >= plot.Max.Y {
			continue
		}
		col := rgb(colGrid)
		if t.minor {
			col = rgb(colMinorGrid)
		}
		c.hline(plot.Min.X, plot.Max.X, y, col)
	}
}

// drawYAxis draws the y axis line, tick marks and tick labels.
func drawYAxis(c *canvas, plot image.Rectangle, a *axis) {
	x := plot.Min.X - 1
	c.vline(x, plot.Min.Y, plot.Max.Y+1, rgb(colAxis))
	for _, t := range a.ticks {
		y := int(math.Round(a.pos(t.v)))
		l := tickLen
		if t.minor && t.label == "" {
			l = tickLen - 2
		}
		c.hline(x-l, x, y, rgb(colAxis))
		if t.label != "" {
			c.text(t.label, x-tickLen-tickGap-textWidth(t.label, 1), y-labelHalfH, 1, rgb(colTickText))
		}
	}
}

// drawYLabel draws the y axis title vertically, reading upwards, at the
// left edge of the image, centred on the plot.
func drawYLabel(c *canvas, plot image.Rectangle, s string) {
	if s == "" {
		return
	}
	c.textUp(s, pad, plot.Min.Y+(plot.Dy()-textWidth(s, 1))/2, rgb(colText))
}

// yLabelText cleans and shortens a y axis title to fit a plot of height h.
func yLabelText(s string, h int) string {
	return fitText(cleanText(strings.TrimSpace(s)), h, 1)
}

// yLabelRoom is the horizontal room taken by a y axis title.
func yLabelRoom(s string) int {
	if s == "" {
		return 0
	}
	return glyphHeight + 10
}
