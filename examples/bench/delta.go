package main

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"runtime"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/verifier"
)

var deltaHeader = []string{"perturbation", "segment", "params_l1", "params_l2", "params_linf", "params_cosine",
	"optimizer_l2", "relative", "params_l2_over_delta"}

// perturbation is one legitimate way an honest replay may differ: the
// perturbations verifier.Calibrate replays (its profile keeps only each
// one's largest distance; the histogram needs every replay's).
type perturbation struct {
	name   string
	replay func(r *replayer, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error)
}

var perturbations = []perturbation{
	{"gomaxprocs-1", func(r *replayer, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		return r.replay(r.tr, from, to, false)
	}},
	{"gomaxprocs-4x", func(r *replayer, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4 * runtime.NumCPU()))
		return r.replay(r.tr, from, to, false)
	}},
	{"batch-reversed", func(r *replayer, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
		return r.replay(r.tr, from, to, true)
	}},
	{"float64", func(r *replayer, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
		got, err := r.replay(r.tr64, convert(from, prooflearn.Float64), to, false)
		if err != nil {
			return nil, err
		}
		return convert(got, prooflearn.Float32), nil
	}},
}

type replayer struct {
	order    *prooflearn.DataOrder
	tr, tr64 *train.Trainer
}

// replay runs from's segment up to step to on the seed's batches, each in
// reverse order when reversed is set.
func (r *replayer) replay(tr *train.Trainer, from *prooflearn.Checkpoint, to int, reversed bool) (*prooflearn.Checkpoint, error) {
	if err := tr.Restore(from); err != nil {
		return nil, err
	}
	for tr.Step() < to {
		b := r.order.Batch(tr.Step())
		if reversed {
			slices.Reverse(b)
		}
		if _, err := tr.StepOn(b); err != nil {
			return nil, err
		}
	}
	return tr.Checkpoint(), nil
}

// convert is c with every tensor in element type dt.
func convert(c *prooflearn.Checkpoint, dt prooflearn.DType) *prooflearn.Checkpoint {
	out := c.Clone()
	for _, ts := range [][]prooflearn.Tensor{out.Params, out.OptState} {
		for i := range ts {
			t := prooflearn.NewTensor(ts[i].Name, dt, ts[i].Shape...)
			for j := range t.Len() {
				if dt == prooflearn.Float64 {
					t.F64[j] = ts[i].At(j)
				} else {
					t.F32[j] = float32(ts[i].At(j))
				}
			}
			ts[i] = t
		}
	}
	return out
}

// deltaSection replays cfg.deltaSegments segments of an honest run of the
// tiny task under each legitimate perturbation and sets the distribution of
// their distances against the shipped δ (the task file's, calibrated with an
// arm64 replay folded in) and the δ verifier.Calibrate derives here.
func deltaSection(ctx context.Context, cfg config, data *dataset.Split) (*section, error) {
	task, err := tinyTask()
	if err != nil {
		return nil, err
	}
	if task.Delta == nil {
		return nil, fmt.Errorf("task %s ships no δ", task.Name)
	}
	shipped := task.Delta.Resolve(task)
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	r := &replayer{order: order}
	if r.tr, err = train.New(task, data.Train); err != nil {
		return nil, err
	}
	t64 := *task
	t64.DType = prooflearn.Float64.String()
	if r.tr64, err = train.New(&t64, data.Train); err != nil {
		return nil, err
	}

	// The reference run, every checkpoint kept (the tiny task's are small).
	steps := task.CheckpointSteps()
	n := len(steps) - 1
	ref := []*prooflearn.Checkpoint{r.tr.Checkpoint()}
	for j := 1; j <= n; j++ {
		for r.tr.Step() < steps[j] {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if _, err := r.tr.TrainStep(); err != nil {
				return nil, err
			}
		}
		ref = append(ref, r.tr.Checkpoint())
	}
	var segs []int
	for i := range min(cfg.deltaSegments, n) {
		segs = append(segs, i*n/min(cfg.deltaSegments, n))
	}

	rows := [][]string{deltaHeader}
	summary := [][]string{{"perturbation", "replays", "exact", "median_params_l2", "max_params_l2", "max_over_shipped_delta", "max_optimizer_l2"}}
	// log10 distances per perturbation, for the histograms; exact replays
	// (distance 0) have no logarithm and are counted instead.
	all, allOpt := make([][]float64, len(perturbations)), make([][]float64, len(perturbations))
	var maxParams, maxOpt float64
	for pi, pt := range perturbations {
		var l2s []float64
		exact, ptMax, ptOpt := 0, 0.0, 0.0
		for _, s := range segs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			got, err := pt.replay(r, ref[s], steps[s+1])
			if err != nil {
				return nil, fmt.Errorf("%s on segment %d: %w", pt.name, s, err)
			}
			d, err := prooflearn.CompareStates(ref[s], got, ref[s+1])
			if err != nil {
				return nil, err
			}
			opt := 0.0
			if d.Optimizer != nil {
				opt = d.Optimizer.L2
			}
			update := prooflearn.UpdateNorm(ref[s].Params, ref[s+1].Params)
			rows = append(rows, []string{pt.name, strconv.Itoa(s), g3(d.Params.L1), g3(d.Params.L2), g3(d.Params.LInf),
				g3(d.Params.Cosine), g3(opt), g3(d.Params.L2 / update), g3(d.Params.L2 / shipped.L2)})
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
		slices.Sort(l2s)
		summary = append(summary, []string{pt.name, strconv.Itoa(len(segs)), strconv.Itoa(exact), g3(l2s[len(l2s)/2]),
			g3(ptMax), g3(ptMax / shipped.L2), g3(ptOpt)})
		maxParams, maxOpt = max(maxParams, ptMax), max(maxOpt, ptOpt)
	}

	prof, err := verifier.Calibrate(ctx, task, data.Train, verifier.WithProfileSegments(cfg.deltaSegments))
	if err != nil {
		return nil, err
	}
	summary = append(summary, []string{"calibrated δ here", "", "", "", g3(prof.Thresholds.L2), g3(prof.Thresholds.L2 / shipped.L2), optL2(prof.Thresholds.Optimizer)},
		[]string{"shipped δ", "", "", "", g3(shipped.L2), "1", optL2(shipped.Optimizer)})

	p1, err := deltaHist("parameters", all, shipped.L2, prof.Thresholds.L2)
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
	p2, err := deltaHist("momentum buffers", allOpt, shipOpt, calOpt)
	if err != nil {
		return nil, err
	}
	return &section{
		headline: fmt.Sprintf("largest perturbed-replay L2 %.3g; shipped δ %.3g is %.1f× it, δ calibrated here %.3g",
			maxParams, shipped.L2, shipped.L2/maxParams, prof.Thresholds.L2),
		name: "delta",
		title: fmt.Sprintf("δ calibration, %s task: %d segments × %d perturbations replayed; shipped δ L2 %.3g is %.0f× the largest distance",
			task.Name, len(segs), len(perturbations), shipped.L2, shipped.L2/maxParams),
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
func deltaHist(what string, logs [][]float64, shipped, calibrated float64) (*plot.Plot, error) {
	p := newPlot(what+": L2 distance of perturbed replays", "log10 L2 distance from the honest checkpoint", "replays")
	hi, lo, top := 1.0, math.Inf(1), math.Inf(-1)
	for i, l := range logs {
		if len(l) == 0 {
			p.Legend.Add(perturbations[i].name + ": every replay exact")
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
		p.Legend.Add(perturbations[i].name, h)
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
