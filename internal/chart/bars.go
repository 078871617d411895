package chart

import (
	"errors"
	"image"
	"math"
	"strings"
)

// Category label layouts, in order of preference.
const (
	catHorizontal = iota // one line per label
	catWrapped           // words wrapped onto up to maxLabelRows lines
	catVertical          // one line per label, reading upwards
)

// catLabels is the laid-out row of category labels under a bar chart.
type catLabels struct {
	mode   int
	lines  [][]string // per category: its lines (horizontal and wrapped)
	stride int        // vertical: label every stride-th category only
	height int        // pixels taken below the tick marks
}

// wrapWords breaks s at spaces into lines at most maxW pixels wide. It
// reports false if a single word is too wide or more than maxLabelRows
// lines would be needed.
func wrapWords(s string, maxW int) ([]string, bool) {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if textWidth(w, 1) > maxW {
			return nil, false
		}
		switch {
		case cur == "":
			cur = w
		case textWidth(cur+" "+w, 1) <= maxW:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	lines = append(lines, cur)
	return lines, len(lines) <= maxLabelRows
}

// layoutCategories chooses how to draw the category labels when each group
// is groupW pixels wide: horizontally if they all fit, else wrapped at
// spaces, else vertically (shortened to at most maxLen pixels and, when the
// groups are very narrow, only every few categories).
func layoutCategories(cats []string, groupW float64, maxLen int) catLabels {
	avail := int(groupW) - 6
	clean := make([]string, len(cats))
	fits := true
	for i, s := range cats {
		clean[i] = cleanText(strings.TrimSpace(s))
		if textWidth(clean[i], 1) > avail {
			fits = false
		}
	}
	if fits {
		cl := catLabels{mode: catHorizontal, stride: 1, height: glyphHeight}
		for _, s := range clean {
			cl.lines = append(cl.lines, []string{s})
		}
		return cl
	}
	cl := catLabels{mode: catWrapped, stride: 1}
	rows := 0
	for _, s := range clean {
		lines, ok := wrapWords(s, avail)
		if !ok {
			cl.mode = catVertical
			break
		}
		cl.lines = append(cl.lines, lines)
		rows = max(rows, len(lines))
	}
	if cl.mode == catWrapped {
		cl.height = rows*(glyphHeight+1) - 1
		return cl
	}
	cl.lines = nil
	for float64(cl.stride)*groupW < glyphHeight+3 {
		cl.stride++
	}
	for i, s := range clean {
		s = fitText(s, maxLen, 1)
		cl.lines = append(cl.lines, []string{s})
		if i%cl.stride == 0 {
			cl.height = max(cl.height, textWidth(s, 1))
		}
	}
	return cl
}

// draw draws the labels below the plot, group i centred on centre(i).
func (cl catLabels) draw(c *canvas, top int, centre func(i int) float64) {
	for i, lines := range cl.lines {
		if i%cl.stride != 0 {
			continue
		}
		cx := centre(i)
		if cl.mode == catVertical {
			s := lines[0]
			c.textUp(s, int(math.Round(cx))-glyphHeight/2, top, rgb(colText))
			continue
		}
		for r, s := range lines {
			c.text(s, int(math.Round(cx-float64(textWidth(s, 1))/2)), top+r*(glyphHeight+1), 1, rgb(colText))
		}
	}
}

// render validates and draws the bar chart.
func (b Bars) render() (rendered, error) {
	if err := validateBars(b); err != nil {
		return rendered{}, err
	}
	w, h, err := size(b.Width, b.Height)
	if err != nil {
		return rendered{}, err
	}
	nCat, nSer := len(b.Categories), len(b.Series)
	names := make([]string, nSer)
	for i, s := range b.Series {
		names[i] = seriesName(s, i)
	}
	const swatchW = 12
	hd := layoutHeader(b.Title, names, w, swatchW)

	// Value range: the tallest bar, or the tallest stack.
	top := 0.0
	for j := range nCat {
		sum := 0.0
		for _, s := range b.Series {
			if b.Stacked {
				sum += s.Values[j]
			} else {
				sum = max(sum, s.Values[j])
			}
		}
		top = max(top, sum)
	}
	if math.IsInf(top, 0) {
		return rendered{}, errors.New("chart: stacked values overflow")
	}
	target := min(max((h-hd.bottom-80)/55, 3), 8)
	ya, err := linearAxis(0, top, target)
	if err != nil {
		return rendered{}, err
	}

	ylabel := cleanText(strings.TrimSpace(b.YLabel))
	left := pad + yLabelRoom(ylabel) + ya.maxLabelWidth() + tickLen + tickGap
	right := w - pad
	plotW := right - left
	if plotW < minPlotSize {
		return rendered{}, errors.New("chart: image too narrow for the y axis labels")
	}
	groupW := float64(plotW) / float64(nCat)
	if groupW < 3 {
		return rendered{}, errors.New("chart: too many categories for the image width")
	}

	// Bar geometry within a group.
	barsPerGroup := nSer
	maxBarW := 64.0
	if b.Stacked {
		barsPerGroup, maxBarW = 1, 96
	}
	barW := min(groupW*0.78/float64(barsPerGroup), maxBarW)
	gap := 0
	switch {
	case barW >= 14:
		gap = 2
	case barW >= 6:
		gap = 1
	}

	// Value labels above the bars (totals for stacks) when they all fit.
	valueLabels := true
	for j := range nCat {
		sum := 0.0
		for _, s := range b.Series {
			if !b.Stacked && textWidth(formatNum(s.Values[j]), 1) > int(barW)+gap {
				valueLabels = false
			}
			sum += s.Values[j]
		}
		if b.Stacked && textWidth(formatNum(sum), 1) > int(barW)+8 {
			valueLabels = false
		}
	}

	plotTop := hd.bottom + labelHalfH + 2
	if valueLabels {
		plotTop = hd.bottom + glyphHeight + 6
	}
	room := h - plotTop - pad - tickLen - tickGap - minPlotSize // for the labels
	cl := layoutCategories(b.Categories, groupW, max(min(h*35/100, room), 4*glyphAdvance))
	bottom := h - pad - cl.height - tickLen - tickGap
	if bottom-plotTop < minPlotSize {
		return rendered{}, errors.New("chart: image too short for the title, legend and category labels")
	}
	plot := image.Rect(left, plotTop, right, bottom)
	ya.p0, ya.p1 = float64(plot.Max.Y), float64(plot.Min.Y)

	c := newCanvas(w, h)
	drawYGrid(c, plot, &ya)

	centre := func(j int) float64 { return float64(plot.Min.X) + (float64(j)+0.5)*groupW }
	yPix := func(v float64) int { return int(math.Round(ya.pos(v))) }
	for j := range nCat {
		x0f := centre(j) - barW*float64(barsPerGroup)/2
		if b.Stacked {
			x0, x1 := int(math.Round(x0f)), int(math.Round(x0f+barW))
			cum, prev := 0.0, plot.Max.Y
			for i, s := range b.Series {
				cum += s.Values[j]
				y := yPix(cum)
				if s.Values[j] > 0 && y >= prev {
					y = max(prev-1, plot.Min.Y) // keep tiny segments visible
				}
				if y < prev {
					c.fillRect(image.Rect(x0, y, max(x1, x0+1), prev), seriesColor(i))
					prev = y
				}
			}
			if valueLabels {
				l := formatNum(cum)
				c.text(l, int(math.Round(centre(j)))-textWidth(l, 1)/2, prev-glyphHeight-3, 1, rgb(colTickText))
			}
			continue
		}
		for i, s := range b.Series {
			x0 := int(math.Round(x0f + float64(i)*barW))
			x1 := max(int(math.Round(x0f+float64(i+1)*barW))-gap, x0+1)
			v := s.Values[j]
			y := yPix(v)
			if v > 0 && y >= plot.Max.Y {
				y = plot.Max.Y - 1 // keep tiny bars visible
			}
			if y < plot.Max.Y {
				c.fillRect(image.Rect(x0, y, x1, plot.Max.Y), seriesColor(i))
			}
			if valueLabels {
				l := formatNum(v)
				c.text(l, (x0+x1+1)/2-textWidth(l, 1)/2, y-glyphHeight-3, 1, rgb(colTickText))
			}
		}
	}

	// Axes: the baseline under the bars and the y axis.
	c.hline(plot.Min.X-1, plot.Max.X, plot.Max.Y, rgb(colAxis))
	drawYAxis(c, plot, &ya)
	for j := range nCat {
		x := int(math.Round(centre(j)))
		c.vline(x, plot.Max.Y+1, plot.Max.Y+1+tickLen-2, rgb(colAxis))
	}
	cl.draw(c, plot.Max.Y+tickLen+tickGap, centre)
	drawYLabel(c, plot, yLabelText(b.YLabel, plot.Dy()))
	hd.draw(c, w, swatchW, func(c *canvas, i, x, cy int) {
		c.fillRect(image.Rect(x, cy-swatchW/2, x+swatchW, cy+swatchW/2), seriesColor(i))
	})
	return rendered{img: c.img, plot: plot, y: ya}, nil
}
