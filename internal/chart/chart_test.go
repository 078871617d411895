package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
	"testing"
)

// decode renders with f and decodes the PNG it writes.
func decode(t *testing.T, f func(*bytes.Buffer) error) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		t.Fatalf("render: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return img
}

func barsPNG(b Bars) func(*bytes.Buffer) error {
	return func(w *bytes.Buffer) error { return b.PNG(w) }
}
func linesPNG(l Lines) func(*bytes.Buffer) error {
	return func(w *bytes.Buffer) error { return l.PNG(w) }
}

// count counts the pixels of img inside r that have exactly colour c.
func count(img image.Image, r image.Rectangle, c color.RGBA) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) == c {
				n++
			}
		}
	}
	return n
}

func sampleBars() Bars {
	return Bars{
		Title:      "Gas per operation",
		YLabel:     "gas",
		Categories: []string{"M1 x25519", "M2 user x25519", "M3 relayer x25519"},
		Series: []Series{
			{Name: "register", Values: []float64{120000, 98000, 1200000}},
			{Name: "revoke", Values: []float64{30000, 22000, 350000}},
		},
	}
}

func sampleLines() Lines {
	return Lines{
		Title:  "Latency",
		XLabel: "sessions",
		YLabel: "us",
		X:      []float64{1, 10, 100, 1000},
		Series: []Series{
			{Name: "x25519", Values: []float64{12, 15, 40, 300}},
			{Name: "p256", Values: []float64{30, math.NaN(), 90, 800}},
		},
		LogX: true,
		LogY: true,
	}
}

func TestPNGHasRequestedSize(t *testing.T) {
	stacked := sampleBars()
	stacked.Stacked = true
	sized := sampleBars()
	sized.Width, sized.Height = 640, 360
	linear := sampleLines()
	linear.LogX, linear.LogY = false, false
	linear.Width, linear.Height = 800, 700
	for _, tc := range []struct {
		name string
		f    func(*bytes.Buffer) error
		w, h int
	}{
		{"bars default", barsPNG(sampleBars()), defaultWidth, defaultHeight},
		{"bars stacked", barsPNG(stacked), defaultWidth, defaultHeight},
		{"bars 640x360", barsPNG(sized), 640, 360},
		{"lines default", linesPNG(sampleLines()), defaultWidth, defaultHeight},
		{"lines 800x700", linesPNG(linear), 800, 700},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := decode(t, tc.f).Bounds()
			if b.Dx() != tc.w || b.Dy() != tc.h {
				t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), tc.w, tc.h)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	stacked := sampleBars()
	stacked.Stacked = true
	for name, f := range map[string]func(*bytes.Buffer) error{
		"bars":    barsPNG(sampleBars()),
		"stacked": barsPNG(stacked),
		"lines":   linesPNG(sampleLines()),
	} {
		var a, b bytes.Buffer
		if err := f(&a); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := f(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renders differ (%d and %d bytes)", name, a.Len(), b.Len())
		}
	}
}

func TestSeriesColoursAppearInPlot(t *testing.T) {
	br, err := sampleBars().render()
	if err != nil {
		t.Fatal(err)
	}
	lr, err := sampleLines().render()
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]rendered{"bars": br, "lines": lr} {
		for i := range 2 {
			if n := count(r.img, r.plot, seriesColor(i)); n == 0 {
				t.Errorf("%s: no pixel of series %d's colour %v in the plot", name, i, seriesColor(i))
			}
		}
		// Three series colours are not used.
		if n := count(r.img, r.img.Bounds(), seriesColor(2)); n != 0 {
			t.Errorf("%s: %d pixels of the unused third colour", name, n)
		}
	}
	// The decoded PNG has them too (above, the image before encoding).
	img := decode(t, barsPNG(sampleBars()))
	for i := range 2 {
		if count(img, br.plot, seriesColor(i)) == 0 {
			t.Errorf("decoded bars: no pixel of series %d's colour", i)
		}
	}
}

func TestPaletteDistinct(t *testing.T) {
	seen := map[color.RGBA]int{}
	for i := range paletteSize {
		c := seriesColor(i)
		if j, ok := seen[c]; ok {
			t.Errorf("colours %d and %d are both %v", j, i, c)
		}
		seen[c] = i
		for _, f := range []uint32{colBackground, colText, colTickText, colAxis, colGrid, colMinorGrid} {
			if c == rgb(f) {
				t.Errorf("palette colour %d equals a furniture colour %06x", i, f)
			}
		}
	}
	if seriesColor(paletteSize) != seriesColor(0) {
		t.Error("palette does not cycle")
	}
}

func TestTallerBarCoversMorePixels(t *testing.T) {
	b := Bars{
		Categories: []string{"short", "tall"},
		Series: []Series{
			{Name: "a", Values: []float64{10, 30}},
			{Name: "b", Values: []float64{5, 5}},
		},
	}
	r, err := b.render()
	if err != nil {
		t.Fatal(err)
	}
	mid := (r.plot.Min.X + r.plot.Max.X) / 2
	left := image.Rect(r.plot.Min.X, r.plot.Min.Y, mid, r.plot.Max.Y)
	right := image.Rect(mid, r.plot.Min.Y, r.plot.Max.X, r.plot.Max.Y)
	short, tall := count(r.img, left, seriesColor(0)), count(r.img, right, seriesColor(0))
	if short == 0 || tall <= short {
		t.Fatalf("bar of 10 covers %d pixels, bar of 30 covers %d", short, tall)
	}
	if ratio := float64(tall) / float64(short); math.Abs(ratio-3) > 0.1 {
		t.Errorf("pixel ratio %.3f, want about 3", ratio)
	}
	// Equal values cover equal areas.
	if l, r := count(r.img, left, seriesColor(1)), count(r.img, right, seriesColor(1)); l != r || l == 0 {
		t.Errorf("equal bars cover %d and %d pixels", l, r)
	}
}

// stackTop returns the first row from the top of the plot, in column x,
// that has any of the first n series colours, or plot.Max.Y if none.
func stackTop(r rendered, x, n int) int {
	for y := r.plot.Min.Y; y < r.plot.Max.Y; y++ {
		c := r.img.RGBAAt(x, y)
		for i := range n {
			if c == seriesColor(i) {
				return y
			}
		}
	}
	return r.plot.Max.Y
}

func TestStackedHeightGrowsWithSum(t *testing.T) {
	b := Bars{
		Categories: []string{"a", "b", "c", "d"},
		Series: []Series{
			{Name: "first", Values: []float64{10, 10, 30, 0}},
			{Name: "second", Values: []float64{10, 30, 30, 80}},
		},
		Stacked: true,
	}
	r, err := b.render()
	if err != nil {
		t.Fatal(err)
	}
	groupW := float64(r.plot.Dx()) / 4
	heights := make([]int, 4)
	for j := range heights {
		x := r.plot.Min.X + int((float64(j)+0.5)*groupW)
		heights[j] = r.plot.Max.Y - stackTop(r, x, 2)
		// Both colours appear in a stack with two non-zero values.
		if j < 3 {
			for i := range 2 {
				col := image.Rect(x, r.plot.Min.Y, x+1, r.plot.Max.Y)
				if count(r.img, col, seriesColor(i)) == 0 {
					t.Errorf("stack %d has no pixel of series %d", j, i)
				}
			}
		}
	}
	sums := []float64{20, 40, 60, 80}
	for j := 1; j < len(heights); j++ {
		if heights[j] <= heights[j-1] {
			t.Errorf("stack heights %v do not grow with sums %v", heights, sums)
		}
	}
	for j, h := range heights {
		want := sums[j] / r.y.ticks[len(r.y.ticks)-1].v * float64(r.plot.Dy())
		if math.Abs(float64(h)-want) > 1.5 {
			t.Errorf("stack %d is %d pixels high, want %.1f", j, h, want)
		}
	}
}

func TestBarsYAxisStartsAtZero(t *testing.T) {
	b := sampleBars()
	b.Series[0].Values = []float64{500, 501, 502}
	b.Series[1].Values = []float64{500, 500, 500}
	r, err := b.render()
	if err != nil {
		t.Fatal(err)
	}
	if r.y.lo != 0 || r.y.ticks[0].v != 0 {
		t.Errorf("y axis starts at %v, want 0", r.y.lo)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestErrors(t *testing.T) {
	good := sampleBars()
	nan := math.NaN()
	barsWith := func(f func(*Bars)) Bars { b := sampleBars(); f(&b); return b }
	linesWith := func(f func(*Lines)) Lines { l := sampleLines(); f(&l); return l }
	for _, tc := range []struct {
		name string
		f    func(*bytes.Buffer) error
		want string
	}{
		{"bars no categories", barsPNG(barsWith(func(b *Bars) { b.Categories = nil })), "no categories"},
		{"bars no series", barsPNG(barsWith(func(b *Bars) { b.Series = nil })), "no series"},
		{"bars mismatched", barsPNG(barsWith(func(b *Bars) { b.Series[1].Values = []float64{1, 2} })), "2 values for 3 categories"},
		{"bars empty values", barsPNG(barsWith(func(b *Bars) { b.Series[0].Values = nil })), "0 values"},
		{"bars negative", barsPNG(barsWith(func(b *Bars) { b.Series[0].Values[1] = -1 })), "negative"},
		{"bars NaN", barsPNG(barsWith(func(b *Bars) { b.Series[0].Values[0] = nan })), "not finite"},
		{"bars Inf", barsPNG(barsWith(func(b *Bars) { b.Series[0].Values[0] = math.Inf(1) })), "not finite"},
		{"bars stack overflow", barsPNG(barsWith(func(b *Bars) {
			b.Stacked = true
			b.Series[0].Values[0], b.Series[1].Values[0] = math.MaxFloat64, math.MaxFloat64
		})), "overflow"},
		{"bars negative width", barsPNG(barsWith(func(b *Bars) { b.Width = -5 })), "too small"},
		{"bars too small", barsPNG(barsWith(func(b *Bars) { b.Width, b.Height = 100, 50 })), "too small"},
		{"bars too large", barsPNG(barsWith(func(b *Bars) { b.Width = 100000 })), "too large"},
		{"bars too many categories", barsPNG(barsWith(func(b *Bars) {
			b.Width = 300
			b.Categories = make([]string, 200)
			for i := range b.Series {
				b.Series[i].Values = make([]float64, 200)
			}
		})), "too many categories"},
		{"bars legend fills image", barsPNG(barsWith(func(b *Bars) {
			b.Width, b.Height = 300, 200
			for range 20 {
				b.Series = append(b.Series, Series{Name: "another series", Values: []float64{1, 2, 3}})
			}
		})), "too short"},
		{"lines no x", linesPNG(linesWith(func(l *Lines) { l.X = nil })), "no x values"},
		{"lines no series", linesPNG(linesWith(func(l *Lines) { l.Series = nil })), "no series"},
		{"lines mismatched", linesPNG(linesWith(func(l *Lines) { l.Series[0].Values = l.Series[0].Values[:3] })), "3 values for 4 x values"},
		{"lines zero x with LogX", linesPNG(linesWith(func(l *Lines) { l.X[0] = 0 })), "not positive"},
		{"lines negative x with LogX", linesPNG(linesWith(func(l *Lines) { l.X = []float64{-10, 1, 10, 100} })), "not positive"},
		{"lines zero y with LogY", linesPNG(linesWith(func(l *Lines) { l.Series[1].Values[0] = 0 })), "not positive"},
		{"lines x not increasing", linesPNG(linesWith(func(l *Lines) { l.X = []float64{1, 100, 10, 1000} })), "strictly increasing"},
		{"lines x NaN", linesPNG(linesWith(func(l *Lines) { l.X[2] = nan })), "not finite"},
		{"lines y Inf", linesPNG(linesWith(func(l *Lines) { l.Series[0].Values[2] = math.Inf(-1) })), "not finite"},
		{"lines all NaN", linesPNG(linesWith(func(l *Lines) {
			for i := range l.Series {
				l.Series[i].Values = []float64{nan, nan, nan, nan}
			}
		})), "no points"},
		{"lines too small", linesPNG(linesWith(func(l *Lines) { l.Height = 199 })), "too small"},
		{"writer fails", func(*bytes.Buffer) error { return good.PNG(failWriter{}) }, "disk full"},
		{"nil writer", func(*bytes.Buffer) error { return good.PNG(nil) }, "nil writer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := tc.f(&buf)
			if err == nil {
				t.Fatalf("no error, want one containing %q", tc.want)
			}
			if !strings.HasPrefix(err.Error(), "chart: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want one starting with \"chart: \" and containing %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
}

func TestLinearLinesAllowZeroAndNegative(t *testing.T) {
	l := Lines{
		X:      []float64{-2, 0, 2},
		Series: []Series{{Name: "s", Values: []float64{-5, 0, 7}}},
	}
	r, err := l.render()
	if err != nil {
		t.Fatal(err)
	}
	if r.y.lo > -5 || r.y.hi < 7 || r.x.lo > -2 || r.x.hi < 2 {
		t.Errorf("axes x [%v, %v], y [%v, %v] do not cover the data", r.x.lo, r.x.hi, r.y.lo, r.y.hi)
	}
}

func TestLogAxes(t *testing.T) {
	l := Lines{
		Title: "y = x^2",
		X:     []float64{1, 10, 100, 1000},
		Series: []Series{
			{Name: "square", Values: []float64{1, 100, 1e4, 1e6}},
		},
		LogX: true,
		LogY: true,
	}
	r, err := l.render()
	if err != nil {
		t.Fatal(err)
	}
	if !r.x.log || !r.y.log {
		t.Fatal("axes are not logarithmic")
	}
	// Labelled ticks are powers of ten (the y axis may skip some).
	for name, a := range map[string]axis{"x": r.x, "y": r.y} {
		labels := 0
		for _, tk := range a.ticks {
			if tk.label == "" {
				continue
			}
			labels++
			if e := math.Log10(tk.v); math.Abs(e-math.Round(e)) > 1e-12 {
				t.Errorf("%s axis: labelled tick %v is not a power of ten", name, tk.v)
			}
		}
		if labels < 2 {
			t.Errorf("%s axis: %d labelled ticks", name, labels)
		}
	}
	if got := labelsOf(r.x); got != "1 10 100 1k" {
		t.Errorf("x labels %q, want \"1 10 100 1k\"", got)
	}
	// Equal ratios are equal distances: the points of y = x^2 lie on a line.
	x1, x10, x100 := r.x.pos(1), r.x.pos(10), r.x.pos(100)
	if math.Abs((x10-x1)-(x100-x10)) > 1e-9 {
		t.Errorf("decades are %v and %v pixels wide", x10-x1, x100-x10)
	}
	y1, y100, y1e4 := r.y.pos(1), r.y.pos(100), r.y.pos(1e4)
	if math.Abs((y100-y1)-(y1e4-y100)) > 1e-9 {
		t.Errorf("y decades differ: %v and %v", y100-y1, y1e4-y100)
	}
	// The line passes through the middle of the plot (x = 31.6, y = 1000).
	mid := image.Pt(int(math.Round(r.x.pos(math.Sqrt(1000)))), int(math.Round(r.y.pos(1000))))
	if n := count(r.img, image.Rectangle{Min: mid.Sub(image.Pt(2, 2)), Max: mid.Add(image.Pt(3, 3))}, seriesColor(0)); n == 0 {
		t.Errorf("no line pixel near %v", mid)
	}
	// And it renders to a valid PNG.
	decode(t, linesPNG(l))
}

func labelsOf(a axis) string {
	var s []string
	for _, t := range a.ticks {
		if t.label != "" {
			s = append(s, t.label)
		}
	}
	return strings.Join(s, " ")
}

func TestNaNPointsSkipped(t *testing.T) {
	mk := func(mid float64) Lines {
		return Lines{
			X: []float64{1, 2, 3},
			Series: []Series{
				{Name: "gappy", Values: []float64{1, mid, 3}},
				{Name: "full", Values: []float64{0.5, 0.5, 0.5}},
			},
		}
	}
	full, err := mk(2).render()
	if err != nil {
		t.Fatal(err)
	}
	gappy, err := mk(math.NaN()).render()
	if err != nil {
		t.Fatal(err)
	}
	if full.plot != gappy.plot || full.x.lo != gappy.x.lo || full.x.hi != gappy.x.hi {
		t.Fatal("layouts differ")
	}
	// Around x = 2 there is neither a marker nor a line of the first series.
	x := int(math.Round(gappy.x.pos(2)))
	band := image.Rect(x-6, gappy.plot.Min.Y, x+7, gappy.plot.Max.Y)
	if n := count(gappy.img, band, seriesColor(0)); n != 0 {
		t.Errorf("%d pixels of the NaN series around x = 2", n)
	}
	if n := count(full.img, band, seriesColor(0)); n == 0 {
		t.Error("no pixel of the full series around x = 2")
	}
	// The points either side are still drawn.
	for _, v := range []float64{1, 3} {
		p := image.Pt(int(math.Round(gappy.x.pos(v))), int(math.Round(gappy.y.pos(v))))
		if gappy.img.RGBAAt(p.X, p.Y) != seriesColor(0) {
			t.Errorf("no marker at x = %v", v)
		}
	}
	// A series that is all NaN draws nothing in the plot, but the chart
	// still renders.
	l := mk(math.NaN())
	l.Series[0].Values = []float64{math.NaN(), math.NaN(), math.NaN()}
	r, err := l.render()
	if err != nil {
		t.Fatal(err)
	}
	if n := count(r.img, r.plot, seriesColor(0)); n != 0 {
		t.Errorf("%d plot pixels of an all-NaN series", n)
	}
}

func TestLinearTicks(t *testing.T) {
	for _, tc := range []struct {
		lo, hi float64
		target int
		want   string
	}{
		{0, 1200000, 6, "0 200k 400k 600k 800k 1M 1.2M"},
		{0, 350000, 4, "0 100k 200k 300k 400k"},
		{0, 0, 5, "0 0.2 0.4 0.6 0.8 1"},
		{0, 0.3, 3, "0 0.1 0.2 0.3"},
		{-5, 7, 6, "-6 -4 -2 0 2 4 6 8"},
		{1, 1000, 5, "0 200 400 600 800 1k"},
		{0, 37, 4, "0 10 20 30 40"},
		{0, 2.5e9, 5, "0 500M 1G 1.5G 2G 2.5G"},
	} {
		a, err := linearAxis(tc.lo, tc.hi, tc.target)
		if err != nil {
			t.Errorf("[%v, %v]: %v", tc.lo, tc.hi, err)
			continue
		}
		if got := labelsOf(a); got != tc.want {
			t.Errorf("[%v, %v] target %d: ticks %q, want %q", tc.lo, tc.hi, tc.target, got, tc.want)
		}
	}
}

func TestLogTicks(t *testing.T) {
	a, err := logAxis(3, 4500)
	if err != nil {
		t.Fatal(err)
	}
	if got := labelsOf(a); got != "1 10 100 1k 10k" {
		t.Errorf("labels %q", got)
	}
	// Within one decade the ends still get powers of ten.
	a, err = logAxis(20, 80)
	if err != nil {
		t.Fatal(err)
	}
	if a.lo != 1 || a.hi != 2 {
		t.Errorf("range 10^%v..10^%v, want 10^1..10^2", a.lo, a.hi)
	}
	// With room, 2x and 5x are labelled; with little, every other decade.
	a.p0, a.p1 = 0, 500
	a.thinLogLabels(40)
	if got := labelsOf(a); got != "10 20 50 100" {
		t.Errorf("roomy labels %q", got)
	}
	a, _ = logAxis(1, 1e8)
	a.p0, a.p1 = 0, 100
	a.thinLogLabels(20)
	if got := labelsOf(a); got != "1 100 10k 1M 100M" {
		t.Errorf("thinned labels %q", got)
	}
	if _, err := logAxis(0, 10); err == nil {
		t.Error("no error for 0 on a log axis")
	}
}

func TestFormatNum(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 1: "1", 250: "250", 999: "999", 1000: "1k", 350000: "350k", 12500: "12.5k",
		1.2e6: "1.2M", 1e6: "1M", 2.5e9: "2.5G", 3e12: "3T", 0.5: "0.5", 0.30000000000000004: "0.3",
		-1500: "-1.5k", 1e-5: "1e-05", 1e18: "1e+18",
	} {
		if got := formatNum(v); got != want {
			t.Errorf("formatNum(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestCategoryLabelLayout(t *testing.T) {
	cats := []string{"M1 x25519", "M2 user x25519", "M3 relayer x25519"}
	if cl := layoutCategories(cats, 200, 150); cl.mode != catHorizontal || cl.height != glyphHeight {
		t.Errorf("wide groups: mode %d height %d", cl.mode, cl.height)
	}
	cl := layoutCategories(cats, 80, 150)
	if cl.mode != catWrapped {
		t.Fatalf("medium groups: mode %d, want wrapped", cl.mode)
	}
	for _, lines := range cl.lines {
		for _, s := range lines {
			if textWidth(s, 1) > 80-6 {
				t.Errorf("wrapped line %q is too wide", s)
			}
		}
	}
	cl = layoutCategories(cats, 30, 150)
	if cl.mode != catVertical || cl.stride != 1 {
		t.Errorf("narrow groups: mode %d stride %d, want vertical, 1", cl.mode, cl.stride)
	}
	cl = layoutCategories(cats, 5, 50)
	if cl.stride < 3 || cl.height > 50 {
		t.Errorf("very narrow groups: stride %d height %d", cl.stride, cl.height)
	}
}

func TestTextHelpers(t *testing.T) {
	if got := cleanText("M2 × p256 – 5µs…\tok é"); got != "M2 x p256 - 5us... ok ?" {
		t.Errorf("cleanText = %q", got)
	}
	if got := fitText("a long legend name", 70, 1); got != "a long..." || textWidth(got, 1) > 70 {
		t.Errorf("fitText = %q", got)
	}
	if got := fitText("short", 70, 1); got != "short" {
		t.Errorf("fitText = %q", got)
	}
	if got := fitText("abc", 10, 1); got != "a" {
		t.Errorf("fitText tiny = %q", got)
	}
}

// TestOddInputs checks that unusual but valid input renders, and that
// nothing panics whatever the outcome.
func TestOddInputs(t *testing.T) {
	nan := math.NaN()
	type outcome int
	const (
		mustRender outcome = iota
		mayFail            // a clear error is fine, a panic is not
	)
	check := func(name string, want outcome, f func(*bytes.Buffer) error) {
		t.Helper()
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("%s: panic %v", name, p)
			}
		}()
		var buf bytes.Buffer
		err := f(&buf)
		switch {
		case err == nil:
			if _, derr := png.Decode(&buf); derr != nil {
				t.Errorf("%s: invalid PNG: %v", name, derr)
			}
		case want == mustRender:
			t.Errorf("%s: %v", name, err)
		case !strings.HasPrefix(err.Error(), "chart: "):
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
	bars := []struct {
		b    Bars
		want outcome
	}{
		{Bars{Categories: []string{"only"}, Series: []Series{{Values: []float64{0}}}}, mustRender},
		{Bars{Categories: []string{"", ""}, Series: []Series{{Name: "", Values: []float64{1e-300, 5e-324}}}}, mustRender},
		{Bars{Categories: []string{"a", "b"}, Series: []Series{{Name: "big", Values: []float64{1e300, 1}}}}, mustRender},
		{Bars{Categories: []string{"a", "b"}, Series: []Series{{Name: "x", Values: []float64{0, 0}}}, Stacked: true}, mustRender},
		{Bars{Title: strings.Repeat("very long title ", 40), YLabel: strings.Repeat("long y label ", 40),
			Categories: []string{strings.Repeat("x", 300), "日本語"}, Series: []Series{{Name: strings.Repeat("n", 500), Values: []float64{1, 2}}},
			Width: 300, Height: 200}, mustRender},
		{Bars{Categories: []string{"a"}, Series: []Series{{Name: "x", Values: []float64{math.MaxFloat64}}}}, mayFail},
		{Bars{Categories: []string{"a"}, Series: []Series{{Name: "x", Values: []float64{5e-324}}}}, mayFail},
	}
	for i, tc := range bars {
		check(fmt.Sprintf("bars %d", i), tc.want, barsPNG(tc.b))
	}
	lines := []struct {
		l    Lines
		want outcome
	}{
		{Lines{X: []float64{5}, Series: []Series{{Values: []float64{3}}}}, mustRender},
		{Lines{X: []float64{5}, Series: []Series{{Values: []float64{3}}}, LogX: true, LogY: true}, mustRender},
		{Lines{X: []float64{1, 2}, Series: []Series{{Values: []float64{0, 0}}}}, mustRender},
		{Lines{X: []float64{1, 2}, Series: []Series{{Values: []float64{-1e300, 1e300}}}}, mustRender},
		{Lines{X: []float64{1e-9, 1e9}, Series: []Series{{Values: []float64{nan, 1e-200}}}, LogX: true, LogY: true}, mustRender},
		{Lines{X: []float64{0, 5e-324}, Series: []Series{{Values: []float64{1, 2}}}}, mayFail},
		{Lines{X: []float64{-math.MaxFloat64, math.MaxFloat64}, Series: []Series{{Values: []float64{1, 2}}}}, mayFail},
		{Lines{X: []float64{1e-320, 1}, Series: []Series{{Values: []float64{1, 2}}}, LogX: true}, mayFail},
		{Lines{X: []float64{1, 2}, Series: []Series{{Values: []float64{math.MaxFloat64, -math.MaxFloat64}}}}, mayFail},
	}
	for i, tc := range lines {
		check(fmt.Sprintf("lines %d", i), tc.want, linesPNG(tc.l))
	}
	many := make([]float64, 2000)
	for i := range many {
		many[i] = float64(i)
	}
	l := Lines{X: many, Series: []Series{{Name: "dense", Values: many}}}
	if err := l.PNG(new(bytes.Buffer)); err != nil {
		t.Errorf("dense lines: %v", err)
	}
}

func TestLinearStepsAreOneTwoFive(t *testing.T) {
	for _, hi := range []float64{0.003, 0.7, 1, 7, 13, 99, 101, 640, 999, 1001, 45678, 1.2e6, 3.3e9} {
		for target := 2; target <= 10; target++ {
			a, err := linearAxis(0, hi, target)
			if err != nil {
				t.Fatalf("[0, %v]: %v", hi, err)
			}
			if a.lo > 0 || a.hi < hi {
				t.Errorf("[0, %v]: axis [%v, %v] does not cover it", hi, a.lo, a.hi)
			}
			step := a.ticks[1].v - a.ticks[0].v
			m := step / math.Pow(10, math.Floor(math.Log10(step)+1e-9))
			if math.Abs(m-1) > 1e-6 && math.Abs(m-2) > 1e-6 && math.Abs(m-5) > 1e-6 {
				t.Errorf("[0, %v] target %d: step %v is not 1, 2 or 5 times a power of ten", hi, target, step)
			}
			if n := len(a.ticks) - 1; n > 2*target+1 {
				t.Errorf("[0, %v] target %d: %d intervals", hi, target, n)
			}
		}
	}
}
