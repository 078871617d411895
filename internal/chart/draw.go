package chart

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// Metrics of basicfont.Face7x13, in pixels.
const (
	glyphAdvance = 7
	glyphHeight  = 13
	glyphAscent  = 11
)

// Fixed colours of the chart furniture, as 0xRRGGBB. None of them is in
// the palette. They are constants (see rgb) so that the package has no
// mutable global state.
const (
	colBackground = 0xffffff
	colText       = 0x222222
	colTickText   = 0x444444
	colAxis       = 0x555555
	colGrid       = 0xe3e3e3
	colMinorGrid  = 0xf2f2f2
)

// rgb converts an opaque 0xRRGGBB colour.
func rgb(hex uint32) color.RGBA {
	return color.RGBA{uint8(hex >> 16), uint8(hex >> 8), uint8(hex), 0xff}
}

// paletteSize is the number of distinct series colours.
const paletteSize = 8

// seriesColor returns the colour of series i: the Okabe–Ito colour-blind
// friendly palette, cycling after eight series.
func seriesColor(i int) color.RGBA {
	switch i % paletteSize {
	case 0:
		return color.RGBA{0x00, 0x72, 0xb2, 0xff} // blue
	case 1:
		return color.RGBA{0xe6, 0x9f, 0x00, 0xff} // orange
	case 2:
		return color.RGBA{0x00, 0x9e, 0x73, 0xff} // bluish green
	case 3:
		return color.RGBA{0xd5, 0x5e, 0x00, 0xff} // vermillion
	case 4:
		return color.RGBA{0xcc, 0x79, 0xa7, 0xff} // reddish purple
	case 5:
		return color.RGBA{0x56, 0xb4, 0xe9, 0xff} // sky blue
	case 6:
		return color.RGBA{0xf0, 0xe4, 0x42, 0xff} // yellow
	default:
		return color.RGBA{0x00, 0x00, 0x00, 0xff} // black
	}
}

// canvas is an RGBA image with helpers for text, rectangles and
// anti-aliased vector shapes.
type canvas struct {
	img *image.RGBA
	z   *vector.Rasterizer
}

func newCanvas(w, h int) *canvas {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(rgb(colBackground)), image.Point{}, draw.Src)
	return &canvas{img: img, z: vector.NewRasterizer(w, h)}
}

// fillRect fills r (clipped to the image) with col.
func (c *canvas) fillRect(r image.Rectangle, col color.RGBA) {
	draw.Draw(c.img, r.Intersect(c.img.Bounds()), image.NewUniform(col), image.Point{}, draw.Src)
}

// hline draws a one pixel high line from x0 to x1 (exclusive) at row y.
func (c *canvas) hline(x0, x1, y int, col color.RGBA) {
	c.fillRect(image.Rect(x0, y, x1, y+1), col)
}

// vline draws a one pixel wide line from y0 to y1 (exclusive) at column x.
func (c *canvas) vline(x, y0, y1 int, col color.RGBA) {
	c.fillRect(image.Rect(x, y0, x+1, y1), col)
}

// cleanText maps s onto the characters the bitmap font can draw: printable
// ASCII, with a few common symbols transliterated and anything else
// replaced by '?'. The result has one byte per character.
func cleanText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r == '×':
			b.WriteByte('x')
		case r == '–' || r == '—' || r == '−':
			b.WriteByte('-')
		case r == 'µ' || r == 'μ':
			b.WriteByte('u')
		case r == '…':
			b.WriteString("...")
		case r == '‘' || r == '’':
			b.WriteByte('\'')
		case r == '“' || r == '”':
			b.WriteByte('"')
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// textWidth is the width in pixels of the cleaned string s at scale.
func textWidth(s string, scale int) int {
	return len(s) * glyphAdvance * scale
}

// fitText shortens the cleaned string s with "..." so that it is at most
// maxW pixels wide at scale.
func fitText(s string, maxW, scale int) string {
	if textWidth(s, scale) <= maxW {
		return s
	}
	n := maxW/(glyphAdvance*scale) - 3
	if n < 1 {
		n = maxW / (glyphAdvance * scale)
		if n < 0 {
			n = 0
		}
		return s[:min(n, len(s))]
	}
	return strings.TrimRight(s[:n], " ") + "..."
}

// textMask renders the cleaned string s with the bitmap font.
func textMask(s string) *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, textWidth(s, 1), glyphHeight))
	d := font.Drawer{
		Dst:  m,
		Src:  image.Opaque,
		Face: basicfont.Face7x13,
		Dot:  fixed.P(0, glyphAscent),
	}
	d.DrawString(s)
	return m
}

// text draws the cleaned string s with its top-left corner at (x, y), each
// font pixel scaled to a scale x scale block.
func (c *canvas) text(s string, x, y, scale int, col color.RGBA) {
	if s == "" || scale < 1 {
		return
	}
	m := textMask(s)
	b := m.Bounds()
	for sy := b.Min.Y; sy < b.Max.Y; sy++ {
		for sx := b.Min.X; sx < b.Max.X; sx++ {
			if m.AlphaAt(sx, sy).A < 0x80 {
				continue
			}
			c.fillRect(image.Rect(x+sx*scale, y+sy*scale, x+(sx+1)*scale, y+(sy+1)*scale), col)
		}
	}
}

// textUp draws the cleaned string s rotated a quarter turn anticlockwise
// (reading upwards) with the top-left corner of its bounding box, which is
// glyphHeight wide and textWidth(s, 1) high, at (x, y).
func (c *canvas) textUp(s string, x, y int, col color.RGBA) {
	if s == "" {
		return
	}
	m := textMask(s)
	b := m.Bounds()
	w := b.Dx()
	bounds := c.img.Bounds()
	for sy := b.Min.Y; sy < b.Max.Y; sy++ {
		for sx := b.Min.X; sx < b.Max.X; sx++ {
			if m.AlphaAt(sx, sy).A < 0x80 {
				continue
			}
			p := image.Pt(x+sy, y+w-1-sx)
			if p.In(bounds) {
				c.img.SetRGBA(p.X, p.Y, col)
			}
		}
	}
}

// pt is a point in image coordinates (y grows downwards).
type pt struct{ x, y float64 }

// beginShape starts accumulating anti-aliased polygons for one fill.
func (c *canvas) beginShape() {
	b := c.img.Bounds()
	c.z.Reset(b.Dx(), b.Dy())
}

// polygon adds a closed polygon to the current shape. Polygons are all
// given the same orientation so that overlapping ones merge instead of
// cancelling out.
func (c *canvas) polygon(pts []pt) {
	if len(pts) < 3 {
		return
	}
	area := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		area += p.x*q.y - q.x*p.y
	}
	if math.Abs(area) < 1e-9 || math.IsNaN(area) {
		return
	}
	at := func(i int) pt { return pts[i] }
	if area < 0 {
		at = func(i int) pt { return pts[len(pts)-1-i] }
	}
	p := at(0)
	c.z.MoveTo(float32(p.x), float32(p.y))
	for i := 1; i < len(pts); i++ {
		p = at(i)
		c.z.LineTo(float32(p.x), float32(p.y))
	}
	c.z.ClosePath()
}

// segment adds a straight line of the given width from a to b.
func (c *canvas) segment(a, b pt, width float64) {
	dx, dy := b.x-a.x, b.y-a.y
	l := math.Hypot(dx, dy)
	if l < 1e-9 {
		return
	}
	nx, ny := -dy/l*width/2, dx/l*width/2
	c.polygon([]pt{{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}})
}

// regular adds a regular polygon with n corners of circumradius r around
// ctr, the first corner at angle phase (radians, 0 = right, clockwise).
func (c *canvas) regular(ctr pt, r float64, n int, phase float64) {
	pts := make([]pt, n)
	for i := range pts {
		a := phase + 2*math.Pi*float64(i)/float64(n)
		pts[i] = pt{ctr.x + r*math.Cos(a), ctr.y + r*math.Sin(a)}
	}
	c.polygon(pts)
}

// Marker shapes, cycled over line series so that they differ in more than
// colour.
const (
	markerCircle = iota
	markerSquare
	markerTriangleUp
	markerDiamond
	markerTriangleDown
	markerShapes
)

// marker adds a marker of the given shape and nominal radius r at ctr.
func (c *canvas) marker(shape int, ctr pt, r float64) {
	switch shape % markerShapes {
	case markerCircle:
		c.regular(ctr, r, 24, 0)
	case markerSquare:
		c.regular(ctr, r*1.25, 4, math.Pi/4)
	case markerTriangleUp:
		c.regular(ctr, r*1.4, 3, -math.Pi/2)
	case markerDiamond:
		c.regular(ctr, r*1.35, 4, 0)
	default:
		c.regular(ctr, r*1.4, 3, math.Pi/2)
	}
}

// fillShape paints the accumulated polygons with col.
func (c *canvas) fillShape(col color.RGBA) {
	c.z.Draw(c.img, c.img.Bounds(), image.NewUniform(col), image.Point{})
}
