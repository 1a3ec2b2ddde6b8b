package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"text/tabwriter"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// section is one part of the harness's output: a table (the CSV file
// <name>.csv, its first row the header) and the figure drawn from it
// (<name>.png, one or more panels side by side).
type section struct {
	name   string
	title  string
	rows   [][]string
	panels []*plot.Plot
	// summary, when set, is printed instead of rows (which then go to the
	// CSV file only): one line per group rather than per measurement.
	summary [][]string
	// headline is the section's line in the closing summary.
	headline string
}

// write stores the section's CSV and PNG in dir and returns their paths.
func (s *section) write(dir string) ([]string, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(s.rows); err != nil {
		return nil, err
	}
	csvPath := filepath.Join(dir, s.name+".csv")
	if err := prooflearn.WriteFileAtomic(csvPath, b.Bytes()); err != nil {
		return nil, err
	}
	if len(s.panels) == 0 {
		return []string{csvPath}, nil
	}
	b.Reset()
	if err := drawPanels(&b, s.panels); err != nil {
		return nil, fmt.Errorf("%s.png: %w", s.name, err)
	}
	pngPath := filepath.Join(dir, s.name+".png")
	if err := prooflearn.WriteFileAtomic(pngPath, b.Bytes()); err != nil {
		return nil, err
	}
	return []string{csvPath, pngPath}, nil
}

// print writes the section's table to w, columns aligned.
func (s *section) print(w io.Writer) {
	fmt.Fprintf(w, "%s\n", s.title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	rows := s.rows
	if s.summary != nil {
		rows = s.summary
	}
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, c)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// panelWidth and panelHeight are one panel's size; panels sit side by side.
const (
	panelWidth  = 5.5 * vg.Inch
	panelHeight = 4 * vg.Inch
)

// drawPanels renders plots in one row as a PNG.
func drawPanels(w io.Writer, plots []*plot.Plot) error {
	img := vgimg.NewWith(vgimg.UseWH(panelWidth*vg.Length(len(plots)), panelHeight), vgimg.UseDPI(96),
		vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	t := draw.Tiles{Rows: 1, Cols: len(plots), PadX: vg.Millimeter * 4, PadTop: vg.Millimeter * 2,
		PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 4}
	canvases := plot.Align([][]*plot.Plot{plots}, t, dc)
	for i, p := range plots {
		p.Draw(canvases[0][i])
	}
	_, err := vgimg.PngCanvas{Canvas: img}.WriteTo(w)
	return err
}

func newPlot(title, x, y string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = x
	p.Y.Label.Text = y
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	return p
}

// bars draws one bar per label, in order, with the value printed on top.
func bars(p *plot.Plot, labels []string, values []float64, i int) error {
	bc, err := plotter.NewBarChart(plotter.Values(values), vg.Points(28))
	if err != nil {
		return err
	}
	bc.Color = plotutil.Color(i)
	bc.LineStyle.Width = 0
	p.Add(bc)
	p.NominalX(labels...)
	p.X.Tick.Label.Rotation = math.Pi / 6
	p.X.Tick.Label.XAlign = draw.XRight
	p.Y.Min = 0
	return nil
}

// line adds a line with points, in colour i, dashed when dashed is set.
func line(p *plot.Plot, label string, xys plotter.XYs, i int, dashed bool) error {
	l, s, err := plotter.NewLinePoints(xys)
	if err != nil {
		return err
	}
	l.Color, s.Color = plotutil.Color(i), plotutil.Color(i)
	s.Shape = plotutil.Shape(i)
	if dashed {
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		s.Shape = nil
		s.Radius = 0
	}
	p.Add(l, s)
	if label != "" {
		p.Legend.Add(label, l, s)
	}
	return nil
}

// vline marks x = v across the plot's y range [lo, hi]: dashed, or solid
// and wider.
func vline(p *plot.Plot, label string, v, lo, hi float64, i int, dashed bool) error {
	l, err := plotter.NewLine(plotter.XYs{{X: v, Y: lo}, {X: v, Y: hi}})
	if err != nil {
		return err
	}
	l.Color = plotutil.Color(i)
	l.Width = vg.Points(3)
	if dashed {
		l.Width = vg.Points(1.5)
		l.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	}
	p.Add(l)
	p.Legend.Add(label, l)
	return nil
}

func f3(v float64) string { return fmt.Sprintf("%.3f", v) }
func g3(v float64) string { return fmt.Sprintf("%.3g", v) }

// logX puts the x axis on a log scale with a tick at each of at.
// With fewer than two distinct values a log scale has no range, and the
// axis stays linear.
func logX(p *plot.Plot, at []int) {
	if len(slices.Compact(slices.Sorted(slices.Values(at)))) >= 2 {
		p.X.Scale = plot.LogScale{}
	}
	var ticks []plot.Tick
	for _, v := range at {
		ticks = append(ticks, plot.Tick{Value: float64(v), Label: strconv.Itoa(v)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
}
