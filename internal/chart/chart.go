// Package chart renders simple, clean PNG charts for the benchmark report:
// grouped or stacked bar charts ([Bars]) and line charts with markers over a
// numeric x axis ([Lines]).
//
// Charts have a white background, a title, axes with "nice" tick values
// (1-2-5 steps on linear axes, powers of ten on logarithmic axes) whose
// labels are written compactly (350k, 1.2M), axis labels and a legend with
// one colour per series, taken from a fixed palette of eight colour-blind
// friendly colours (Okabe–Ito) that cycles when there are more series.
// Line series also get distinct marker shapes.
//
// Text uses the 7x13 bitmap font of golang.org/x/image/font/basicfont, so
// only printable ASCII is drawn as such; a few common symbols (×, –, µ, …)
// are transliterated and anything else is shown as '?'.
//
// Rendering is deterministic: the same input gives byte-identical PNG
// output. Invalid input (no data, mismatched lengths, NaN or negative bar
// values, non-positive values on a logarithmic axis, …) is reported as an
// error by the PNG method; nothing is written to the writer in that case.
package chart

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
)

const (
	defaultWidth  = 1000
	defaultHeight = 560
	minWidth      = 300
	minHeight     = 200
	maxDimension  = 8000
)

// Series is one named sequence of values. Its name is shown in the legend.
type Series struct {
	// Name labels the series in the legend; an empty name is shown as
	// "series N" (N counting from 1).
	Name string
	// Values holds one value per category (Bars) or per x value (Lines).
	Values []float64
}

// Bars is a grouped (or, with Stacked, stacked) bar chart: one group per
// category, one bar (or stack segment) per series. The y axis starts at 0,
// so every value must be finite and non-negative. When every label fits
// above its bar, bars are labelled with their values (stacks with their
// totals).
type Bars struct {
	// Title is drawn centred above the chart; it may be empty.
	Title string
	// YLabel is drawn vertically beside the y axis; it may be empty.
	YLabel string
	// Categories are the x-axis labels, one per group. Labels that do not
	// fit their group are wrapped at spaces or, failing that, drawn
	// vertically.
	Categories []string
	// Series holds the data; len(Values) must equal len(Categories).
	Series []Series
	// Stacked stacks the series within each category instead of drawing
	// them side by side; the stack height is the sum of the values.
	Stacked bool
	// Width and Height are the image size in pixels; zero means the
	// default of 1000x560. Sizes from 300x200 to 8000x8000 are accepted,
	// though a small image may not have room for long titles, labels or
	// legends (an error says so).
	Width, Height int
}

// Lines is a line chart with markers over a numeric x axis, with optional
// logarithmic axes. A linear y axis always includes 0.
type Lines struct {
	// Title is drawn centred above the chart; it may be empty.
	Title string
	// XLabel is drawn centred below the x axis; it may be empty.
	XLabel string
	// YLabel is drawn vertically beside the y axis; it may be empty.
	YLabel string
	// X holds the x values, finite and strictly increasing (and positive
	// with LogX).
	X []float64
	// Series holds the data; len(Values) must equal len(X). A NaN value
	// means "no point": it is skipped and the line is broken there.
	// Other values must be finite (and positive with LogY).
	Series []Series
	// LogX and LogY make the corresponding axis logarithmic (base 10).
	LogX, LogY bool
	// Width and Height are the image size in pixels; zero means the
	// default of 1000x560. Sizes from 300x200 to 8000x8000 are accepted,
	// though a small image may not have room for long titles, labels or
	// legends (an error says so).
	Width, Height int
}

// PNG renders the bar chart and writes it to w as a PNG image. It returns an
// error, without writing anything, if the chart's data or size is invalid.
func (b Bars) PNG(w io.Writer) error {
	r, err := b.render()
	if err != nil {
		return err
	}
	return encodePNG(w, r.img)
}

// PNG renders the line chart and writes it to w as a PNG image. It returns
// an error, without writing anything, if the chart's data or size is
// invalid.
func (l Lines) PNG(w io.Writer) error {
	r, err := l.render()
	if err != nil {
		return err
	}
	return encodePNG(w, r.img)
}

func encodePNG(w io.Writer, img image.Image) error {
	if w == nil {
		return errors.New("chart: nil writer")
	}
	bw := bufio.NewWriter(w)
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(bw, img); err != nil {
		return fmt.Errorf("chart: encoding PNG: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("chart: writing PNG: %w", err)
	}
	return nil
}

// size validates a requested image size, applying the defaults for zero.
func size(w, h int) (int, int, error) {
	if w == 0 {
		w = defaultWidth
	}
	if h == 0 {
		h = defaultHeight
	}
	if w < minWidth || h < minHeight {
		return 0, 0, fmt.Errorf("chart: image size %dx%d is too small (minimum %dx%d)", w, h, minWidth, minHeight)
	}
	if w > maxDimension || h > maxDimension {
		return 0, 0, fmt.Errorf("chart: image size %dx%d is too large (maximum %dx%d)", w, h, maxDimension, maxDimension)
	}
	return w, h, nil
}

// seriesName returns the legend text of series i.
func seriesName(s Series, i int) string {
	if s.Name == "" {
		return fmt.Sprintf("series %d", i+1)
	}
	return s.Name
}

func validateBars(b Bars) error {
	if len(b.Categories) == 0 {
		return errors.New("chart: bar chart has no categories")
	}
	if len(b.Series) == 0 {
		return errors.New("chart: bar chart has no series")
	}
	for i, s := range b.Series {
		name := seriesName(s, i)
		if len(s.Values) != len(b.Categories) {
			return fmt.Errorf("chart: series %q has %d values for %d categories", name, len(s.Values), len(b.Categories))
		}
		for j, v := range s.Values {
			switch {
			case math.IsNaN(v) || math.IsInf(v, 0):
				return fmt.Errorf("chart: series %q, category %q: value %v is not finite", name, b.Categories[j], v)
			case v < 0:
				return fmt.Errorf("chart: series %q, category %q: negative value %v (bar charts start at 0)", name, b.Categories[j], v)
			}
		}
	}
	return nil
}

func validateLines(l Lines) error {
	if len(l.X) == 0 {
		return errors.New("chart: line chart has no x values")
	}
	if len(l.Series) == 0 {
		return errors.New("chart: line chart has no series")
	}
	for i, x := range l.X {
		switch {
		case math.IsNaN(x) || math.IsInf(x, 0):
			return fmt.Errorf("chart: x[%d] = %v is not finite", i, x)
		case l.LogX && x <= 0:
			return fmt.Errorf("chart: x[%d] = %v is not positive, as a logarithmic x axis requires", i, x)
		case i > 0 && x <= l.X[i-1]:
			return fmt.Errorf("chart: x values must be strictly increasing, but x[%d] = %v follows %v", i, x, l.X[i-1])
		}
	}
	points := 0
	for i, s := range l.Series {
		name := seriesName(s, i)
		if len(s.Values) != len(l.X) {
			return fmt.Errorf("chart: series %q has %d values for %d x values", name, len(s.Values), len(l.X))
		}
		for j, v := range s.Values {
			switch {
			case math.IsNaN(v):
				continue
			case math.IsInf(v, 0):
				return fmt.Errorf("chart: series %q, x = %v: value %v is not finite (use NaN for no point)", name, l.X[j], v)
			case l.LogY && v <= 0:
				return fmt.Errorf("chart: series %q, x = %v: value %v is not positive, as a logarithmic y axis requires", name, l.X[j], v)
			}
			points++
		}
	}
	if points == 0 {
		return errors.New("chart: line chart has no points (all values are NaN)")
	}
	return nil
}
