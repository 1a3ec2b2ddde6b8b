package spoof

import (
	"context"
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// DriftResult is what a forger who stays within δ on every segment achieves.
type DriftResult struct {
	Result
	// Drift is ‖forged final weights − honest final weights‖₂ over
	// ‖honest final weights‖₂: how far from honest training the accepted
	// model can be.
	Drift float64 `json:"drift"`
	// TargetGain is how much closer to the target the forged final weights
	// are than the honest ones, as a fraction of the honest distance.
	TargetGain float64 `json:"target_gain"`
}

// Drift forges the most a verifier's thresholds allow: it trains honestly,
// segment by segment, from its own forged checkpoints, and moves every
// claimed segment end towards a fixed target (the final weights of a run
// from another seed: a model the forger would rather deliver) by as much as
// th and ρ (rho) let a replay of every segment pass. The bundle it writes
// to dir replays within th everywhere, so a verifier using th accepts it at
// any budget; DriftResult says how far its final weights are from honest
// training's. It is the measure of what a threshold's slack is worth to a
// forger.
func (f *Forger) Drift(ctx context.Context, th prooflearn.Thresholds, rho float64, dir string) (*DriftResult, error) {
	f.ctx = ctx
	honest, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	other := otherSeed(f.task, "drift-target")
	otherForger, err := New(other, f.data)
	if err != nil {
		return nil, err
	}
	otherForger.ctx = ctx
	theirs, err := otherForger.honestRun()
	if err != nil {
		return nil, err
	}
	target := theirs[len(theirs)-1]
	th = th.Resolve(f.task)

	tr, err := train.New(f.task, f.data)
	if err != nil {
		return nil, err
	}
	ckpts := []*prooflearn.Checkpoint{honest[0]}
	for s := 0; s < f.segments(); s++ {
		start := ckpts[s]
		if err := tr.Restore(start); err != nil {
			return nil, err
		}
		for tr.Step() < f.steps[s+1] {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if _, err := tr.TrainStep(); err != nil {
				return nil, err
			}
		}
		replay := tr.Checkpoint()
		claimed, err := towards(start, replay, target, th, rho, f.liveInputs(s))
		if err != nil {
			return nil, fmt.Errorf("segment %d: %w", s, err)
		}
		ckpts = append(ckpts, claimed)
	}
	root, err := writeBundle(dir, f.task, ckpts, f.seedBatches())
	if err != nil {
		return nil, err
	}
	last, hon := ckpts[len(ckpts)-1], honest[len(honest)-1]
	zero := make([]prooflearn.Tensor, len(hon.Params))
	for i := range zero {
		zero[i] = prooflearn.NewTensor(hon.Params[i].Name, hon.Params[i].DType, hon.Params[i].Shape...)
	}
	honestDist := prooflearn.UpdateNorm(hon.Params, target.Params)
	res := &DriftResult{
		Result: Result{Attack: "drift", Summary: "every segment's end moved towards another seed's final weights, as far as δ and ρ allow", Dir: dir, Root: root,
			Forged: allSegments(0, f.segments())},
		Drift:      prooflearn.UpdateNorm(hon.Params, last.Params) / prooflearn.UpdateNorm(zero, hon.Params),
		TargetGain: (honestDist - prooflearn.UpdateNorm(last.Params, target.Params)) / honestDist,
	}
	return res, nil
}

// liveInputs marks the input features that are non-zero in some example
// segment s trains on: the first-layer rows a forger may move without the
// frozen-weights check seeing it.
//
// A CNN has no such rows (its first layer is a convolution, whose weights
// each see every pixel through the sliding window, and the verifier's
// frozen-weights check does not apply to it), nor has a transformer (its
// bytes are token ids): nil, every weight movable.
func (f *Forger) liveInputs(s int) []bool {
	if f.task.Model.Type == prooflearn.ModelCNN || f.task.Model.Type == prooflearn.ModelTransformer {
		return nil
	}
	live := make([]bool, f.task.Model.Input)
	for step := f.steps[s]; step < f.steps[s+1]; step++ {
		for _, ex := range f.order.Batch(step) {
			for i, px := range f.data.Pixels(ex) {
				live[i] = live[i] || px != 0
			}
		}
	}
	return live
}

// towards returns replay with its parameters moved towards target by the
// largest step along (target − replay) whose distances from replay stay
// within 0.9 × th and 0.9 × ρ of the claimed update (found by halving),
// leaving the first-layer rows of dead inputs (live[i] false) untouched.
func towards(start, replay, target *prooflearn.Checkpoint, th prooflearn.Thresholds, rho float64, live []bool) (*prooflearn.Checkpoint, error) {
	movable := func(i, j int) bool {
		if i != 0 || live == nil { // w0 is [input, width], row-major
			return true
		}
		return live[j/(replay.Params[0].Len()/len(live))]
	}
	within := func(c *prooflearn.Checkpoint) (bool, error) {
		d, err := prooflearn.CompareStates(start, replay, c)
		if err != nil {
			return false, err
		}
		scaled := prooflearn.Thresholds{L1: 0.9 * th.L1, L2: 0.9 * th.L2, LInf: 0.9 * th.LInf, Cosine: 0.9 * th.Cosine, Optimizer: th.Optimizer}
		rel := d.Params.L2 / math.Max(prooflearn.UpdateNorm(start.Params, c.Params), math.SmallestNonzeroFloat64)
		return len(d.Check(scaled)) == 0 && rel <= 0.9*rho, nil
	}
	// The largest element of the direction sets the first scale: L∞ first.
	var maxAbs float64
	for i := range replay.Params {
		for j := 0; j < replay.Params[i].Len(); j++ {
			if movable(i, j) {
				maxAbs = math.Max(maxAbs, math.Abs(target.Params[i].At(j)-replay.Params[i].At(j)))
			}
		}
	}
	if maxAbs == 0 {
		return replay.Clone(), nil
	}
	scale := th.LInf / maxAbs
	for range 80 {
		c := replay.Clone()
		for i := range c.Params {
			p := &c.Params[i]
			for j := 0; j < p.Len(); j++ {
				if movable(i, j) {
					setAt(p, j, p.At(j)+scale*(target.Params[i].At(j)-p.At(j)))
				}
			}
		}
		ok, err := within(c)
		if err != nil {
			return nil, err
		}
		if ok {
			return c, nil
		}
		scale /= 2
	}
	return replay.Clone(), nil
}
