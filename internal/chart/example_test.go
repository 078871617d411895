package chart_test

import (
	"bytes"
	"fmt"
	"image/png"
	"math"

	"github.com/sessionkeystore/sessionkeystore/internal/chart"
)

func ExampleBars_PNG() {
	b := chart.Bars{
		Title:      "Gas per step",
		YLabel:     "gas",
		Categories: []string{"M1 x25519", "M2 user x25519", "M3 relayer x25519"},
		Series: []chart.Series{
			{Name: "register", Values: []float64{120000, 98000, 250000}},
			{Name: "revoke", Values: []float64{30000, 22000, 41000}},
		},
		Stacked: true,
	}
	var buf bytes.Buffer
	if err := b.PNG(&buf); err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), "x", img.Bounds().Dy())
	// Output: 1000 x 560
}

func ExampleLines_PNG() {
	l := chart.Lines{
		Title:  "Latency by number of sessions",
		XLabel: "sessions",
		YLabel: "latency (us)",
		X:      []float64{1, 10, 100, 1000},
		Series: []chart.Series{
			{Name: "x25519", Values: []float64{12, 15, 40, 300}},
			{Name: "p256", Values: []float64{30, math.NaN(), 90, 800}}, // NaN: no point
		},
		LogX:  true,
		LogY:  true,
		Width: 800, Height: 450,
	}
	var buf bytes.Buffer
	if err := l.PNG(&buf); err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), "x", img.Bounds().Dy())
	// Output: 800 x 450
}

func ExampleLines_PNG_error() {
	l := chart.Lines{
		X:      []float64{0, 10, 100},
		Series: []chart.Series{{Name: "s", Values: []float64{1, 2, 3}}},
		LogX:   true,
	}
	fmt.Println(l.PNG(new(bytes.Buffer)))
	// Output: chart: x[0] = 0 is not positive, as a logarithmic x axis requires
}
