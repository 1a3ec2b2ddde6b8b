package train

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
)

// adamUpdate applies one Adam (or AdamW) step in place: the arithmetic of
// kernels.Adam operation for operation (the conversions keep a compiler from
// fusing a multiply and an add), unrolled four wide. It is the tolerant
// trainer's update; the deterministic trainer runs the same function, whose
// bits are kernels.Adam's (TestAdamUpdateMatchesKernel).
func adamUpdate[F float32 | float64](w, m, v, g []F, c kernels.AdamCoeffs[F]) {
	n := len(w)
	m, v, g = m[:n], v[:n], g[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		w4, m4, v4, g4 := w[i:i+4:i+4], m[i:i+4:i+4], v[i:i+4:i+4], g[i:i+4:i+4]
		m0 := F(c.B1*m4[0]) + F(c.C1*g4[0])
		m1 := F(c.B1*m4[1]) + F(c.C1*g4[1])
		m2 := F(c.B1*m4[2]) + F(c.C1*g4[2])
		m3 := F(c.B1*m4[3]) + F(c.C1*g4[3])
		v0 := F(c.B2*v4[0]) + F(F(c.C2*g4[0])*g4[0])
		v1 := F(c.B2*v4[1]) + F(F(c.C2*g4[1])*g4[1])
		v2 := F(c.B2*v4[2]) + F(F(c.C2*g4[2])*g4[2])
		v3 := F(c.B2*v4[3]) + F(F(c.C2*g4[3])*g4[3])
		m4[0], m4[1], m4[2], m4[3] = m0, m1, m2, m3
		v4[0], v4[1], v4[2], v4[3] = v0, v1, v2, v3
		u0 := (m0 / c.BC1) / (F(math.Sqrt(float64(v0/c.BC2))) + c.Eps)
		u1 := (m1 / c.BC1) / (F(math.Sqrt(float64(v1/c.BC2))) + c.Eps)
		u2 := (m2 / c.BC1) / (F(math.Sqrt(float64(v2/c.BC2))) + c.Eps)
		u3 := (m3 / c.BC1) / (F(math.Sqrt(float64(v3/c.BC2))) + c.Eps)
		if c.WD != 0 {
			u0 += F(c.WD * w4[0])
			u1 += F(c.WD * w4[1])
			u2 += F(c.WD * w4[2])
			u3 += F(c.WD * w4[3])
		}
		w4[0] -= F(c.LR * u0)
		w4[1] -= F(c.LR * u1)
		w4[2] -= F(c.LR * u2)
		w4[3] -= F(c.LR * u3)
	}
	kernels.Adam(w[i:], m[i:], v[i:], g[i:], c)
}

// adamCoeffs are the constants of the Adam step at step (0-based; Adam's t is
// step + 1) in the element type.
func adamCoeffs[F float32 | float64](task *prooflearn.Task, step int) kernels.AdamCoeffs[F] {
	o := task.Optimizer
	return kernels.NewAdamCoeffs[F](task.LearningRate(step), o.Beta1, o.Beta2, o.Epsilon, o.WeightDecay, step+1)
}

// positiveZero turns −0 into +0 in place (+0 + g), as the tolerant
// gradient operator (OpGrad) hands gradients to the optimizer.
func positiveZero[F float32 | float64](g []F) {
	for i := range g {
		g[i] = 0 + g[i]
	}
}

// clipGradients scales the gradients, given in parameter order, so that
// their global L2 norm is at most maxNorm (kernels.SumSquares over the
// parameters in order, kernels.ClipScale, kernels.ScaleInPlace where the
// scale is not 1), and returns the scale.
func clipGradients(grads []any, maxNorm float64) float64 {
	var s float64
	for _, g := range grads {
		switch g := g.(type) {
		case []float32:
			s = kernels.SumSquares(s, g)
		case []float64:
			s = kernels.SumSquares(s, g)
		}
	}
	scale := kernels.ClipScale(s, maxNorm)
	if scale != 1 {
		for _, g := range grads {
			switch g := g.(type) {
			case []float32:
				kernels.ScaleInPlace(g, scale)
			case []float64:
				kernels.ScaleInPlace(g, scale)
			}
		}
	}
	return scale
}

// OptimizerOperator executes one of Adam's operators (OpClipScale, OpClip,
// OpAdamM, OpAdamV, OpAdamUpdate) of task's step on its inputs, in the
// task's dtype, with the trainer's arithmetic: its output is the trainer's
// bit for bit. The trace records it, and the arbiter re-executes a
// disputed Adam operator with it.
func OptimizerOperator(task *prooflearn.Task, step int, n Node, in []prooflearn.Tensor) (prooflearn.Tensor, error) {
	var out prooflearn.Tensor
	want := map[string]int{OpClip: 2, OpAdamM: 2, OpAdamV: 2, OpAdamUpdate: 3}[n.Op]
	if n.Op == OpClipScale {
		want = len(n.Inputs)
	}
	if want == 0 || len(in) != want {
		return out, fmt.Errorf("%w: operator %s takes %d inputs, got %d", prooflearn.ErrMalformed, n.Op, want, len(in))
	}
	dt := task.ElemType()
	size := 1
	for _, d := range n.Shape {
		size *= d
	}
	for k := range in {
		if in[k].DType != dt {
			return out, fmt.Errorf("%w: %s input %d is %v, want %v", prooflearn.ErrMalformed, n.Op, k, in[k].DType, dt)
		}
		if n.Op != OpClipScale && !(n.Op == OpClip && k == 1) && in[k].Len() != size {
			return out, fmt.Errorf("%w: %s input %d has %d values, want %d", prooflearn.ErrMalformed, n.Op, k, in[k].Len(), size)
		}
	}
	if n.Op == OpClip && in[1].Len() != 1 {
		return out, fmt.Errorf("%w: clip's scale has %d values, want 1", prooflearn.ErrMalformed, in[1].Len())
	}
	switch dt {
	case prooflearn.Float32:
		return optimizerOperator(task, step, n, in, dt, func(t *prooflearn.Tensor) []float32 { return t.F32 })
	case prooflearn.Float64:
		return optimizerOperator(task, step, n, in, dt, func(t *prooflearn.Tensor) []float64 { return t.F64 })
	}
	return out, fmt.Errorf("%w: Adam in dtype %v", prooflearn.ErrInvalidTask, dt)
}

func optimizerOperator[F float32 | float64](task *prooflearn.Task, step int, n Node, in []prooflearn.Tensor, dt prooflearn.DType, vals func(*prooflearn.Tensor) []F) (prooflearn.Tensor, error) {
	out := prooflearn.NewTensor(n.Name, dt, n.Shape...)
	o := vals(&out)
	c := adamCoeffs[F](task, step)
	switch n.Op {
	case OpClipScale:
		var s float64
		for k := range in {
			s = kernels.SumSquares(s, vals(&in[k]))
		}
		o[0] = F(kernels.ClipScale(s, task.Optimizer.ClipNorm))
	case OpClip:
		copy(o, vals(&in[0]))
		kernels.ScaleInPlace(o, float64(vals(&in[1])[0]))
	case OpAdamM:
		copy(o, vals(&in[0]))
		kernels.AdamFirstMoment(o, vals(&in[1]), c)
	case OpAdamV:
		copy(o, vals(&in[0]))
		kernels.AdamSecondMoment(o, vals(&in[1]), c)
	case OpAdamUpdate:
		copy(o, vals(&in[0]))
		kernels.AdamApply(o, vals(&in[1]), vals(&in[2]), c)
	}
	return out, nil
}

// IsAdamOp reports Adam's operators, which OptimizerOperator executes.
func IsAdamOp(op string) bool {
	switch op {
	case OpClipScale, OpClip, OpAdamM, OpAdamV, OpAdamUpdate:
		return true
	}
	return false
}
