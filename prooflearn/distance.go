package prooflearn

import (
	"fmt"
	"math"
)

// Distances compares reproduced parameters with claimed ones. L1, L2 and L∞ are
// over the element-wise difference of all parameters; Cosine is the cosine
// distance (1 − cos θ) between the two updates from the segment's start, which
// catches a claimed update pointing elsewhere even when it is small.
type Distances struct {
	L1     float64 `json:"l1"`
	L2     float64 `json:"l2"`
	LInf   float64 `json:"linf"`
	Cosine float64 `json:"cosine"`
}

// Metric names, as reports use them.
const (
	MetricL1     = "l1"
	MetricL2     = "l2"
	MetricLInf   = "linf"
	MetricCosine = "cosine"
)

// ParamDistances computes Distances between reproduced and claimed parameter
// lists (same names, shapes, order), with start as the segment's first state.
// Sums run in float64 in a fixed order. A NaN anywhere makes every distance +Inf.
func ParamDistances(start, reproduced, claimed []Tensor) (Distances, error) {
	if len(reproduced) != len(claimed) || len(start) != len(claimed) {
		return Distances{}, fmt.Errorf("%w: comparing %d, %d and %d tensors", ErrMalformed, len(start), len(reproduced), len(claimed))
	}
	var d Distances
	var l2, dot, nr, nc float64
	for i := range claimed {
		r, c, s := &reproduced[i], &claimed[i], &start[i]
		if r.Len() != c.Len() || s.Len() != c.Len() {
			return Distances{}, fmt.Errorf("%w: tensor %q sizes differ (%d, %d, %d)", ErrMalformed, c.Name, s.Len(), r.Len(), c.Len())
		}
		for j := 0; j < c.Len(); j++ {
			rv, cv, sv := r.At(j), c.At(j), s.At(j)
			diff := math.Abs(rv - cv)
			d.L1 += diff
			l2 += diff * diff
			d.LInf = math.Max(d.LInf, diff)
			ur, uc := rv-sv, cv-sv
			dot += ur * uc
			nr += ur * ur
			nc += uc * uc
		}
	}
	d.L2 = math.Sqrt(l2)
	switch {
	case d.L1 == 0 || nr == 0 && nc == 0:
		// Identical updates: exactly 0, which the rounding of the formula
		// below does not guarantee (it gives up to a few 1e-16), and δ = 0
		// in deterministic mode needs.
		d.Cosine = 0
	case nr == 0 || nc == 0:
		d.Cosine = 1
	default:
		d.Cosine = math.Max(0, 1-dot/(math.Sqrt(nr)*math.Sqrt(nc)))
	}
	if math.IsNaN(d.L1 + d.L2 + d.LInf + d.Cosine) {
		inf := math.Inf(1)
		d = Distances{inf, inf, inf, inf}
	}
	return d, nil
}

// UpdateNorm is the L2 norm of b − a over all parameters: the size of the
// update a segment claims.
func UpdateNorm(a, b []Tensor) float64 {
	var s float64
	for i := range a {
		for j := 0; j < a[i].Len() && j < b[i].Len(); j++ {
			d := b[i].At(j) - a[i].At(j)
			s += d * d
		}
	}
	return math.Sqrt(s)
}

// Exceeded lists each metric whose distance is not under its threshold.
type Exceeded struct {
	// Kind is the kind of state (KindParams, KindOptimizer) or the exact
	// field (FieldStep, FieldRNG) the distance is of.
	Kind     string  `json:"kind,omitempty"`
	Metric   string  `json:"metric"`
	Distance float64 `json:"distance"`
	Delta    float64 `json:"delta"`
}

// Check compares distances with thresholds; a distance passes when ≤ δ.
func (d Distances) Check(th Thresholds) []Exceeded {
	var out []Exceeded
	for _, m := range []struct {
		name   string
		dist   float64
		thresh float64
	}{{MetricL1, d.L1, th.L1}, {MetricL2, d.L2, th.L2}, {MetricLInf, d.LInf, th.LInf}, {MetricCosine, d.Cosine, th.Cosine}} {
		if !(m.dist <= m.thresh) {
			out = append(out, Exceeded{Metric: m.name, Distance: m.dist, Delta: m.thresh})
		}
	}
	return out
}
