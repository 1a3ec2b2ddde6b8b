package main

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/verifier"
)

var deltaHeader = []string{"perturbation", "segment", "params_l1", "params_l2", "params_linf", "params_cosine",
	"optimizer_l2", "relative", "params_l2_over_delta"}

// deltaSection calibrates the tiny task with verifier.Calibrate on
// cfg.deltaSegments segments and, through its replay observer, sets the
// distribution of every perturbed replay's distance against the shipped δ
// (the task file's, calibrated with an arm64 replay folded in) and the δ
// calibrated here.
func deltaSection(ctx context.Context, cfg config, data *dataset.Split) (*section, error) {
	task, err := tinyTask()
	if err != nil {
		return nil, err
	}
	if task.Delta == nil {
		return nil, fmt.Errorf("task %s ships no δ", task.Name)
	}
	shipped := task.Delta.Resolve(task)

	var replays []verifier.Replay
	prof, err := verifier.Calibrate(ctx, task, data.Train, verifier.WithProfileSegments(cfg.deltaSegments),
		verifier.WithReplayObserver(func(r verifier.Replay) { replays = append(replays, r) }))
	if err != nil {
		return nil, err
	}

	rows := [][]string{deltaHeader}
	summary := [][]string{{"perturbation", "replays", "exact", "median_params_l2", "max_params_l2", "max_over_shipped_delta", "max_optimizer_l2"}}
	// log10 distances per perturbation, for the histograms; exact replays
	// (distance 0) have no logarithm and are counted instead.
	names := make([]string, len(prof.Perturbations))
	all, allOpt := make([][]float64, len(names)), make([][]float64, len(names))
	var maxParams, maxOpt float64
	for pi, pt := range prof.Perturbations {
		names[pi] = pt.Name
		var l2s []float64
		exact, ptMax, ptOpt := 0, 0.0, 0.0
		for _, r := range replays {
			if r.Perturbation != pt.Name {
				continue
			}
			d := r.Distances
			opt := 0.0
			if d.Optimizer != nil {
				opt = d.Optimizer.L2
			}
			rows = append(rows, []string{pt.Name, strconv.Itoa(r.Segment), g3(d.Params.L1), g3(d.Params.L2), g3(d.Params.LInf),
				g3(d.Params.Cosine), g3(opt), g3(r.Relative), g3(d.Params.L2 / shipped.L2)})
			l2s = append(l2s, d.Params.L2)
			if d.Params.L2 == 0 && opt == 0 {
				exact++
			}
			if d.Params.L2 > 0 {
				all[pi] = append(all[pi], math.Log10(d.Params.L2))
			}
			if opt > 0 {
				allOpt[pi] = append(allOpt[pi], math.Log10(opt))
			}
			ptMax, ptOpt = max(ptMax, d.Params.L2), max(ptOpt, opt)
		}
		if len(l2s) == 0 {
			continue
		}
		slices.Sort(l2s)
		summary = append(summary, []string{pt.Name, strconv.Itoa(len(l2s)), strconv.Itoa(exact), g3(l2s[len(l2s)/2]),
			g3(ptMax), g3(ptMax / shipped.L2), g3(ptOpt)})
		maxParams, maxOpt = max(maxParams, ptMax), max(maxOpt, ptOpt)
	}
	summary = append(summary, []string{"calibrated δ here", "", "", "", g3(prof.Thresholds.L2), g3(prof.Thresholds.L2 / shipped.L2), optL2(prof.Thresholds.Optimizer)},
		[]string{"shipped δ", "", "", "", g3(shipped.L2), "1", optL2(shipped.Optimizer)})

	p1, err := deltaHist("parameters", names, all, shipped.L2, prof.Thresholds.L2)
	if err != nil {
		return nil, err
	}
	var calOpt, shipOpt float64
	if prof.Thresholds.Optimizer != nil {
		calOpt = prof.Thresholds.Optimizer.L2
	}
	if shipped.Optimizer != nil {
		shipOpt = shipped.Optimizer.L2
	}
	p2, err := deltaHist("momentum buffers", names, allOpt, shipOpt, calOpt)
	if err != nil {
		return nil, err
	}
	return &section{
		headline: fmt.Sprintf("largest perturbed-replay L2 %.3g; shipped δ %.3g is %.1f× it, δ calibrated here %.3g",
			maxParams, shipped.L2, shipped.L2/maxParams, prof.Thresholds.L2),
		name: "delta",
		title: fmt.Sprintf("δ calibration, %s task: %d segments × %d perturbations replayed; shipped δ L2 %.3g is %.0f× the largest distance",
			task.Name, len(prof.Segments), len(names), shipped.L2, shipped.L2/maxParams),
		rows:    rows,
		summary: summary,
		panels:  []*plot.Plot{p1, p2},
	}, nil
}

func optL2(th *prooflearn.Thresholds) string {
	if th == nil {
		return ""
	}
	return g3(th.L2)
}

// deltaHist draws one histogram of log10 distances per perturbation, with
// the shipped and the calibrated δ marked. Perturbations whose replays were
// all exact have nothing to draw and are named in the legend as such.
func deltaHist(what string, names []string, logs [][]float64, shipped, calibrated float64) (*plot.Plot, error) {
	p := newPlot(what+": L2 distance of perturbed replays", "log10 L2 distance from the honest checkpoint", "replays")
	hi, lo, top := 1.0, math.Inf(1), math.Inf(-1)
	for i, l := range logs {
		if len(l) == 0 {
			p.Legend.Add(names[i] + ": every replay exact")
			continue
		}
		h, err := plotter.NewHist(plotter.Values(l), 10)
		if err != nil {
			return nil, err
		}
		r, g, b, _ := plotutil.Color(i + 2).RGBA()
		h.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 160}
		h.LineStyle.Width = vg.Points(0.5)
		p.Add(h)
		p.Legend.Add(names[i], h)
		for _, b := range h.Bins {
			hi = max(hi, b.Weight)
		}
		lo, top = min(lo, slices.Min(l)), max(top, slices.Max(l))
	}
	for i, v := range []float64{shipped, calibrated} {
		if v <= 0 {
			continue
		}
		label := []string{"shipped δ", "δ calibrated here"}[i]
		// The shipped line solid and wide, the calibrated one dashed on top:
		// both show where they coincide.
		if err := vline(p, label, math.Log10(v), 0, hi*1.1, i, i == 1); err != nil {
			return nil, err
		}
		lo, top = min(lo, math.Log10(v)), max(top, math.Log10(v))
	}
	if !math.IsInf(lo, 0) {
		// Room on the right for the legend.
		p.X.Min, p.X.Max = lo-0.2, top+0.6*(top-lo)+0.3
	}
	return p, nil
}
