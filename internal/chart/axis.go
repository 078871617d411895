package chart

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// maxTicks bounds the number of ticks an axis may have.
const maxTicks = 200

// tick is one tick mark of an axis.
type tick struct {
	v     float64 // data value
	label string  // text, or "" for an unlabelled tick
	minor bool    // minor tick (log axes: 2..9 times a power of ten)
}

// axis maps data values onto pixel coordinates along one direction.
type axis struct {
	log    bool
	lo, hi float64 // range of the axis; log10 of the data range for log axes
	p0, p1 float64 // pixel coordinates of lo and hi
	ticks  []tick
}

// pos returns the pixel coordinate of the data value v.
func (a *axis) pos(v float64) float64 {
	if a.log {
		v = math.Log10(v)
	}
	return a.p0 + (v-a.lo)/(a.hi-a.lo)*(a.p1-a.p0)
}

// maxLabelWidth is the width in pixels of the widest tick label.
func (a *axis) maxLabelWidth() int {
	w := 0
	for _, t := range a.ticks {
		w = max(w, textWidth(t.label, 1))
	}
	return w
}

// niceStep returns the smallest 1, 2 or 5 times a power of ten that is at
// least raw.
func niceStep(raw float64) float64 {
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	f := raw / mag
	switch {
	case f <= 1:
		return mag
	case f <= 2:
		return 2 * mag
	case f <= 5:
		return 5 * mag
	default:
		return 10 * mag
	}
}

// linearAxis returns a linear axis covering [vmin, vmax] whose ends and ticks
// are multiples of a 1-2-5 step chosen to give about target intervals.
func linearAxis(vmin, vmax float64, target int) (axis, error) {
	if math.IsNaN(vmin) || math.IsNaN(vmax) || math.IsInf(vmin, 0) || math.IsInf(vmax, 0) {
		return axis{}, errors.New("chart: axis range is not finite")
	}
	if vmin > vmax {
		vmin, vmax = vmax, vmin
	}
	if vmin == vmax {
		d := math.Abs(vmin) / 2
		if d == 0 {
			d = 1
		}
		if vmin == 0 {
			vmax = 1
		} else {
			vmin, vmax = vmin-d, vmax+d
		}
	}
	target = max(target, 1)
	span := vmax - vmin
	if math.IsInf(span, 0) {
		return axis{}, fmt.Errorf("chart: axis range [%g, %g] is too wide", vmin, vmax)
	}
	step := niceStep(span / float64(target))
	lo := math.Floor(vmin/step) * step
	hi := math.Ceil(vmax/step) * step
	n := int(math.Round((hi - lo) / step))
	if step <= 0 || math.IsNaN(step) || math.IsInf(step, 0) || math.IsInf(lo, 0) || math.IsInf(hi, 0) ||
		!(hi > lo) || n < 1 || n > maxTicks {
		return axis{}, fmt.Errorf("chart: cannot lay out an axis over [%g, %g]", vmin, vmax)
	}
	a := axis{lo: lo, hi: hi}
	for i := 0; i <= n; i++ {
		v := lo + float64(i)*step
		if math.Abs(v) < step*1e-9 {
			v = 0
		}
		a.ticks = append(a.ticks, tick{v: v, label: formatNum(v)})
	}
	return a, nil
}

// floorExp returns the largest e with 10^e <= v, for v > 0.
func floorExp(v float64) int {
	e := int(math.Floor(math.Log10(v)))
	for e > -400 && math.Pow10(e) > v {
		e--
	}
	for e < 400 && math.Pow10(e+1) <= v {
		e++
	}
	return e
}

// logAxis returns a base-10 logarithmic axis from the power of ten at or
// below vmin to the power of ten at or above vmax (at least one decade), with
// labelled major ticks at the powers of ten and unlabelled minor ticks at
// 2..9 times them.
func logAxis(vmin, vmax float64) (axis, error) {
	if !(vmin > 0) || !(vmax > 0) || math.IsInf(vmin, 0) || math.IsInf(vmax, 0) {
		return axis{}, fmt.Errorf("chart: logarithmic axis range [%g, %g] is not positive and finite", vmin, vmax)
	}
	if vmin < 1e-300 || vmax > 1e300 {
		return axis{}, fmt.Errorf("chart: logarithmic axis range [%g, %g] is outside the supported range [1e-300, 1e300]", vmin, vmax)
	}
	if vmin > vmax {
		vmin, vmax = vmax, vmin
	}
	loE := floorExp(vmin)
	hiE := floorExp(vmax)
	if math.Pow10(hiE) < vmax || hiE == loE {
		hiE++
	}
	if hiE-loE > maxTicks/9 {
		// Too many decades for minor ticks: majors only.
		a := axis{log: true, lo: float64(loE), hi: float64(hiE)}
		for e := loE; e <= hiE; e++ {
			a.ticks = append(a.ticks, tick{v: math.Pow10(e), label: formatNum(math.Pow10(e))})
		}
		return a, nil
	}
	a := axis{log: true, lo: float64(loE), hi: float64(hiE)}
	for e := loE; e <= hiE; e++ {
		p := math.Pow10(e)
		a.ticks = append(a.ticks, tick{v: p, label: formatNum(p)})
		if e == hiE {
			break
		}
		for m := 2; m <= 9; m++ {
			a.ticks = append(a.ticks, tick{v: float64(m) * p, minor: true})
		}
	}
	return a, nil
}

// thinLogLabels adapts the labels of a log axis to the pixels available:
// labels need at least minGap pixels between their positions. On an axis
// of a single decade with room to spare, minor ticks at 2 and 5 times a
// power of ten are labelled too; with too little room, only every k-th
// power of ten is labelled.
func (a *axis) thinLogLabels(minGap float64) {
	decade := math.Abs(a.p1-a.p0) / (a.hi - a.lo)
	if decade*math.Log10(2) >= minGap && a.hi-a.lo <= 1 {
		for i, t := range a.ticks {
			m := t.v / math.Pow10(floorExp(t.v))
			if t.minor && (math.Abs(m-2) < 1e-9 || math.Abs(m-5) < 1e-9) {
				a.ticks[i].label = formatNum(t.v)
			}
		}
		return
	}
	k := 1
	for float64(k)*decade < minGap && k < maxTicks {
		k++
	}
	if k == 1 {
		return
	}
	for i, t := range a.ticks {
		if t.minor {
			continue
		}
		if e := floorExp(t.v); ((e%k)+k)%k != 0 {
			a.ticks[i].label = ""
		}
	}
}

// formatNum formats a tick value compactly: 350k, 1.2M, 0.25, 1e-05.
func formatNum(v float64) string {
	if v == 0 {
		return "0"
	}
	a := math.Abs(v)
	if a >= 1e15 || a < 1e-4 {
		return strconv.FormatFloat(v, 'g', 3, 64)
	}
	units := [...]struct {
		f float64
		s string
	}{{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}}
	for _, u := range units {
		if a >= u.f {
			return strconv.FormatFloat(v/u.f, 'g', 4, 64) + u.s
		}
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}
