package prooflearn

import (
	"fmt"
	"math"
)

// The training state is everything the next step reads. A replay, a
// whistleblower's re-check, the arbiter's case selection and the game's
// state roots compare all of it, never a subset: a part of the state that a
// replay restores but nothing compares is a part a forger may choose freely
// (an edited momentum buffer steers every later step while each segment
// still replays exactly from its claimed start).
//
// The state of a Checkpoint is:
//   - Step and RNG: exact values, compared bit for bit in every mode (the
//     schedule position follows from Step, the learning rate from the task);
//   - the tensors, by kind (StateKinds): the parameters and every optimizer
//     buffer, compared under distance thresholds per kind in tolerant mode
//     and bit for bit in deterministic mode.

// Kinds of tensor state, as reports and thresholds name them.
const (
	KindParams    = "params"
	KindOptimizer = "optimizer"
)

// StateKind is one kind of tensor state of a checkpoint.
type StateKind struct {
	Kind    string
	Tensors []Tensor
}

// StateKinds lists the checkpoint's tensor state by kind, in canonical order:
// the parameters, then the optimizer buffers. Everything that compares two
// states goes through this list, so a kind added here is compared everywhere.
func (c *Checkpoint) StateKinds() []StateKind {
	return []StateKind{{KindParams, c.Params}, {KindOptimizer, c.OptState}}
}

// Thresholds are the distance bounds δ a replayed segment must stay under:
// L1, L2, L∞ and cosine distance for the parameters, and the same four for
// the optimizer state (the momentum buffers) in Optimizer.
type Thresholds struct {
	L1     float64 `json:"l1"`
	L2     float64 `json:"l2"`
	LInf   float64 `json:"linf"`
	Cosine float64 `json:"cosine"`
	// Optimizer bounds the optimizer state's distances. Absent, Resolve
	// derives it from the parameters' δ; a comparison given no optimizer
	// thresholds at all (StateDistances.Check) demands exact equality.
	Optimizer *Thresholds `json:"optimizer,omitempty"`
}

// Validate checks that every threshold is finite and ≥ 0, and that the
// optimizer's thresholds nest no further.
func (th *Thresholds) Validate() error {
	for _, v := range []float64{th.L1, th.L2, th.LInf, th.Cosine} {
		if !(v >= 0) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: thresholds must be finite and ≥ 0, got %v", ErrMalformed, v)
		}
	}
	if o := th.Optimizer; o != nil {
		if o.Optimizer != nil {
			return fmt.Errorf("%w: the optimizer's thresholds cannot have optimizer thresholds of their own", ErrMalformed)
		}
		return o.Validate()
	}
	return nil
}

// Resolve returns the thresholds in force for task t. Deterministic and fixed
// mode (Task.Exact): zero for every kind (every bit is reproduced). Tolerant mode with
// an optimizer that keeps state and no Optimizer thresholds: derived from
// the parameters' δ as δ·(1−μ)/η for L1, L2 and L∞ and the same cosine. A
// heavy-ball buffer that is off by e moves the weights by η·e in the next
// step and η·e/(1−μ) over all later steps, so a buffer within the derived δ
// can move the weights no further than the parameters' δ already allows.
// A profile calibrates them instead (Profile.Thresholds.Optimizer).
//
// Adam and AdamW have no such derivation — the step m̂/(√v̂ + ε) is not
// linear in the moments, and a small error in a tiny second moment moves the
// weights by a large amount — so their optimizer thresholds must be given
// (CheckOptimizerThresholds); absent, Resolve leaves them nil and Check
// fails closed.
func (th Thresholds) Resolve(t *Task) Thresholds {
	if t.Exact() {
		return Thresholds{Optimizer: &Thresholds{}}
	}
	if t.Optimizer.IsAdam() {
		if th.Optimizer != nil {
			o := *th.Optimizer
			th.Optimizer = &o
		}
		return th
	}
	if t.Optimizer.Type != "momentum" {
		th.Optimizer = nil // plain SGD keeps no optimizer state
		return th
	}
	if th.Optimizer == nil {
		s := (1 - t.Optimizer.Momentum) / t.Optimizer.LearningRate
		th.Optimizer = &Thresholds{L1: th.L1 * s, L2: th.L2 * s, LInf: th.LInf * s, Cosine: th.Cosine}
	} else {
		o := *th.Optimizer
		th.Optimizer = &o
	}
	return th
}

// CheckOptimizerThresholds refuses thresholds that leave a tolerant Adam or
// AdamW task's optimizer state without a bound of its own: there is no
// sound derivation of the moments' δ from the parameters' (Resolve), so
// they must be calibrated (a profile) or given ("delta"."optimizer").
func (th *Thresholds) CheckOptimizerThresholds(t *Task) error {
	if !t.Exact() && t.Optimizer.IsAdam() && th.Optimizer == nil {
		return fmt.Errorf("%w: optimizer %s in tolerant mode needs thresholds for its moments (\"delta\": {\"optimizer\": {…}}, or a profile): none can be derived from the parameters' δ", ErrInvalidTask, t.Optimizer.Type)
	}
	return nil
}

// StateDistances compares a reproduced state with a claimed one, kind by kind.
type StateDistances struct {
	// Params are the parameters' distances (see Distances).
	Params Distances `json:"params"`
	// Optimizer are the optimizer state's distances; nil when neither state
	// has optimizer buffers (plain SGD).
	Optimizer *Distances `json:"optimizer,omitempty"`
	// Mismatch names the exact fields that differ ("step", "rng").
	Mismatch []string `json:"mismatch,omitempty"`
}

// Exact fields of the state, as StateDistances.Mismatch names them.
const (
	FieldStep = "step"
	FieldRNG  = "rng"
)

// CompareStates compares the reproduced state with the claimed one, both
// reached from start: every kind of tensor state under the four distances
// (cosine between the two changes from start), and the step and RNG state
// for equality. The three states must have the same tensors in the same
// order (Checkpoint.CheckShape).
func CompareStates(start, reproduced, claimed *Checkpoint) (StateDistances, error) {
	var out StateDistances
	sk, rk, ck := start.StateKinds(), reproduced.StateKinds(), claimed.StateKinds()
	for i := range ck {
		if len(sk[i].Tensors) == 0 && len(rk[i].Tensors) == 0 && len(ck[i].Tensors) == 0 {
			continue
		}
		d, err := ParamDistances(sk[i].Tensors, rk[i].Tensors, ck[i].Tensors)
		if err != nil {
			return StateDistances{}, fmt.Errorf("%s: %w", ck[i].Kind, err)
		}
		switch ck[i].Kind {
		case KindParams:
			out.Params = d
		case KindOptimizer:
			out.Optimizer = &d
		}
	}
	if reproduced.Step != claimed.Step {
		out.Mismatch = append(out.Mismatch, FieldStep)
	}
	if reproduced.RNG != claimed.RNG {
		out.Mismatch = append(out.Mismatch, FieldRNG)
	}
	return out, nil
}

// Check lists every distance over its threshold, kind by kind, and every
// exact field that differs. The optimizer's metrics are named
// "optimizer.l1" and so on; where th has no Optimizer thresholds, any
// optimizer distance at all exceeds them (fail closed: callers Resolve first).
func (d StateDistances) Check(th Thresholds) []Exceeded {
	out := d.Params.Check(th)
	for i := range out {
		out[i].Kind = KindParams
	}
	if d.Optimizer != nil {
		var oth Thresholds
		if th.Optimizer != nil {
			oth = *th.Optimizer
		}
		for _, e := range d.Optimizer.Check(oth) {
			e.Kind, e.Metric = KindOptimizer, KindOptimizer+"."+e.Metric
			out = append(out, e)
		}
	}
	for _, f := range d.Mismatch {
		out = append(out, Exceeded{Kind: f, Metric: f, Distance: 1, Delta: 0})
	}
	return out
}

// Max returns the larger of each distance of d and e, kind by kind.
func (d StateDistances) Max(e StateDistances) StateDistances {
	out := StateDistances{Params: d.Params.Max(e.Params)}
	switch {
	case d.Optimizer != nil && e.Optimizer != nil:
		m := d.Optimizer.Max(*e.Optimizer)
		out.Optimizer = &m
	case d.Optimizer != nil:
		m := *d.Optimizer
		out.Optimizer = &m
	case e.Optimizer != nil:
		m := *e.Optimizer
		out.Optimizer = &m
	}
	return out
}

// Max returns the larger of each distance of d and e.
func (d Distances) Max(e Distances) Distances {
	return Distances{L1: math.Max(d.L1, e.L1), L2: math.Max(d.L2, e.L2), LInf: math.Max(d.LInf, e.LInf), Cosine: math.Max(d.Cosine, e.Cosine)}
}

// Scale returns every threshold multiplied by k, floored per metric by floor.
func (d Distances) Scale(k float64, floor Thresholds) Thresholds {
	return Thresholds{L1: math.Max(k*d.L1, floor.L1), L2: math.Max(k*d.L2, floor.L2), LInf: math.Max(k*d.LInf, floor.LInf), Cosine: math.Max(k*d.Cosine, floor.Cosine)}
}
