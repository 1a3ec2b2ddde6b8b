package arbitration

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// reference re-executes one operator in float64 on inputs that are exact
// (both players agreed on them) and returns, per output element, the value
// and the error bound a correct float32/float64 kernel stays within.
// exact reports operators with only one correct answer (data movement,
// comparisons, the +0 of the gradient read): their bound is zero.
//
// The bounds are the classical forward-error bounds of the operation
// (Higham, Accuracy and Stability of Numerical Algorithms, ch. 3), doubled
// so they cover the reference's own rounding in float64 tasks:
//
//	matmul, k terms      2(k+2)·u·Σ|a_ip·b_pj|
//	sum of n terms       2(n+1)·u·Σ|x|
//	add sub mul div      4u·|result|
//	log-softmax, d wide  2(d+8)·u·(|x_i| + 2·max|x| + |log Σ exp| + 1) + 128u
//	log-softmax-grad     2(d+8)·u·(|dy_i| + exp(y_i)·Σ|dy|) + 128u·exp(y_i)·Σ|dy|
//	momentum-update      4u·(|μv| + |g|)
//	sgd-update           4u·(|w| + |ηv|)
//
// The 128u terms allow for the float32 exponential gorgonia uses
// (chewxy/math32), which is accurate to tens of ulps rather than one; on the
// tiny task honest log-softmax gradients reach 0.6 of the bound without them.
//
// where u is the unit roundoff of the task's dtype (2⁻²⁴ or 2⁻⁵³), plus the
// dtype's smallest normal number as an absolute floor against underflow.
func reference(n *train.Node, shapes [][]int, in []*prooflearn.Tensor, dt prooflearn.DType) (ref, bound []float64, exact bool, err error) {
	u, tiny := math.Ldexp(1, -24), float64(math.SmallestNonzeroFloat32)*(1<<23)
	round := func(x float64) float64 { return float64(float32(x)) }
	if dt == prooflearn.Float64 {
		u, tiny = math.Ldexp(1, -53), 0x1p-1022
		round = func(x float64) float64 { return x }
	}
	size := shapeSize(n.Shape)
	ref = make([]float64, size)
	bound = make([]float64, size)
	val := func(t *prooflearn.Tensor) []float64 {
		out := make([]float64, t.Len())
		for i := range out {
			out[i] = t.At(i)
		}
		return out
	}
	need := func(k int) error {
		if len(in) != k {
			return fmt.Errorf("%w: %s takes %d inputs, got %d", prooflearn.ErrMalformed, n.Op, k, len(in))
		}
		return nil
	}
	switch n.Op {
	case train.OpConst, train.OpSizeOf:
		if len(ref) != 1 {
			return nil, nil, false, fmt.Errorf("%w: %s of shape %v", prooflearn.ErrMalformed, n.Op, n.Shape)
		}
		ref[0] = round(n.Scalar)
		return ref, bound, true, nil
	case train.OpReshape, train.OpGrad:
		if err := need(1); err != nil {
			return nil, nil, false, err
		}
		x := val(in[0])
		if len(x) != size {
			return nil, nil, false, fmt.Errorf("%w: %s of %d values into %v", prooflearn.ErrMalformed, n.Op, len(x), n.Shape)
		}
		for i := range x {
			if n.Op == train.OpGrad {
				ref[i] = 0 + x[i] // the +0 turns −0 into +0, as the optimizer sees it
			} else {
				ref[i] = x[i]
			}
		}
		return ref, bound, true, nil
	case train.OpRepeat:
		if len(in) < 1 {
			return nil, nil, false, need(1)
		}
		x, xs := val(in[0]), shapes[0]
		if len(xs) != len(n.Shape) {
			return nil, nil, false, fmt.Errorf("%w: repeat of %v into %v", prooflearn.ErrMalformed, xs, n.Shape)
		}
		for d := range xs {
			if xs[d] == 0 || n.Shape[d]%xs[d] != 0 {
				return nil, nil, false, fmt.Errorf("%w: repeat of %v into %v", prooflearn.ErrMalformed, xs, n.Shape)
			}
		}
		idx := make([]int, len(n.Shape))
		for o := range ref {
			rem, src := o, 0
			for d := len(n.Shape) - 1; d >= 0; d-- {
				idx[d] = rem % n.Shape[d]
				rem /= n.Shape[d]
			}
			for d := range xs {
				src = src*xs[d] + idx[d]/(n.Shape[d]/xs[d])
			}
			ref[o] = x[src]
		}
		return ref, bound, true, nil
	case train.OpAdd, train.OpSub, train.OpMul, train.OpDiv, train.OpGte, train.OpGt:
		if err := need(2); err != nil {
			return nil, nil, false, err
		}
		a, b := val(in[0]), val(in[1])
		at := func(x []float64, i int) (float64, bool) {
			switch len(x) {
			case 1:
				return x[0], true
			case size:
				return x[i], true
			}
			return 0, false
		}
		for i := range ref {
			x, ok1 := at(a, i)
			y, ok2 := at(b, i)
			if !ok1 || !ok2 {
				return nil, nil, false, fmt.Errorf("%w: %s of %d and %d values into %v", prooflearn.ErrMalformed, n.Op, len(a), len(b), n.Shape)
			}
			switch n.Op {
			case train.OpAdd:
				ref[i] = x + y
			case train.OpSub:
				ref[i] = x - y
			case train.OpMul:
				ref[i] = x * y
			case train.OpDiv:
				ref[i] = x / y
			case train.OpGte:
				ref[i] = b2f(x >= y)
			case train.OpGt:
				ref[i] = b2f(x > y)
			}
			if n.Op != train.OpGte && n.Op != train.OpGt {
				bound[i] = 4*u*math.Abs(ref[i]) + tiny
			}
		}
		return ref, bound, n.Op == train.OpGte || n.Op == train.OpGt, nil
	case train.OpMatMul:
		if err := need(2); err != nil {
			return nil, nil, false, err
		}
		if len(shapes[0]) != 2 || len(shapes[1]) != 2 || len(n.Attr) != 2 || len(n.Shape) != 2 {
			return nil, nil, false, fmt.Errorf("%w: matmul of %v and %v", prooflearn.ErrMalformed, shapes[0], shapes[1])
		}
		a, b := val(in[0]), val(in[1])
		ta, tb := n.Attr[0] == 1, n.Attr[1] == 1
		m, k := shapes[0][0], shapes[0][1]
		if ta {
			m, k = k, m
		}
		kb, nn := shapes[1][0], shapes[1][1]
		if tb {
			kb, nn = nn, kb
		}
		if k != kb || m != n.Shape[0] || nn != n.Shape[1] {
			return nil, nil, false, fmt.Errorf("%w: matmul of %v and %v into %v", prooflearn.ErrMalformed, shapes[0], shapes[1], n.Shape)
		}
		A := func(i, p int) float64 {
			if ta {
				return a[p*shapes[0][1]+i]
			}
			return a[i*shapes[0][1]+p]
		}
		B := func(p, j int) float64 {
			if tb {
				return b[j*shapes[1][1]+p]
			}
			return b[p*shapes[1][1]+j]
		}
		for i := 0; i < m; i++ {
			for j := 0; j < nn; j++ {
				var s, abs float64
				for p := 0; p < k; p++ {
					v := A(i, p) * B(p, j)
					s += v
					abs += math.Abs(v)
				}
				ref[i*nn+j] = s
				bound[i*nn+j] = 2*float64(k+2)*u*abs + tiny
			}
		}
		return ref, bound, false, nil
	case train.OpSum:
		if err := need(1); err != nil {
			return nil, nil, false, err
		}
		x, xs := val(in[0]), shapes[0]
		reduce := make([]bool, len(xs))
		for _, a := range n.Attr {
			if a < 0 || a >= len(xs) || reduce[a] {
				return nil, nil, false, fmt.Errorf("%w: sum over axis %d of %v", prooflearn.ErrMalformed, a, xs)
			}
			reduce[a] = true
		}
		var keep []int
		for d := range xs {
			if !reduce[d] {
				keep = append(keep, xs[d])
			}
		}
		if shapeSize(keep) != size {
			return nil, nil, false, fmt.Errorf("%w: sum of %v over %v into %v", prooflearn.ErrMalformed, xs, n.Attr, n.Shape)
		}
		abs := make([]float64, size)
		count := make([]int, size)
		idx := make([]int, len(xs))
		for i := range x {
			rem := i
			for d := len(xs) - 1; d >= 0; d-- {
				idx[d] = rem % xs[d]
				rem /= xs[d]
			}
			o := 0
			for d := range xs {
				if !reduce[d] {
					o = o*xs[d] + idx[d]
				}
			}
			ref[o] += x[i]
			abs[o] += math.Abs(x[i])
			count[o]++
		}
		for o := range ref {
			bound[o] = 2*float64(count[o]+1)*u*abs[o] + tiny
		}
		return ref, bound, false, nil
	case train.OpLogSoftmax:
		if err := need(1); err != nil {
			return nil, nil, false, err
		}
		x, xs := val(in[0]), shapes[0]
		if len(xs) != 2 || size != len(x) || xs[1] == 0 {
			return nil, nil, false, fmt.Errorf("%w: log-softmax of %v", prooflearn.ErrMalformed, xs)
		}
		rows, d := xs[0], xs[1]
		for r := 0; r < rows; r++ {
			row := x[r*d : (r+1)*d]
			mx, amax := row[0], math.Abs(x[0])
			for _, v := range row {
				mx = math.Max(mx, v)
				amax = math.Max(amax, math.Abs(v))
			}
			var s float64
			for _, v := range row {
				s += math.Exp(v - mx)
			}
			lse := mx + math.Log(s)
			for j, v := range row {
				ref[r*d+j] = v - lse
				bound[r*d+j] = 2*float64(d+8)*u*(math.Abs(v)+2*amax+math.Abs(lse)+1) + expErr*u + tiny
			}
		}
		return ref, bound, false, nil
	case train.OpLogSoftmaxGrad:
		if err := need(3); err != nil {
			return nil, nil, false, err
		}
		y, dy, ys := val(in[1]), val(in[2]), shapes[1]
		if len(ys) != 2 || len(y) != size || len(dy) != size || ys[1] == 0 {
			return nil, nil, false, fmt.Errorf("%w: log-softmax gradient of %v", prooflearn.ErrMalformed, ys)
		}
		rows, d := ys[0], ys[1]
		for r := 0; r < rows; r++ {
			var s, abs float64
			for j := 0; j < d; j++ {
				s += dy[r*d+j]
				abs += math.Abs(dy[r*d+j])
			}
			for j := 0; j < d; j++ {
				i := r*d + j
				e := math.Exp(y[i])
				ref[i] = dy[i] - e*s
				bound[i] = 2*float64(d+8)*u*(math.Abs(dy[i])+e*abs) + expErr*u*e*abs + tiny
			}
		}
		return ref, bound, false, nil
	case train.OpMomentumUpdate, train.OpSGDUpdate:
		if err := need(2); err != nil {
			return nil, nil, false, err
		}
		a, v := val(in[0]), val(in[1])
		if len(a) != size || len(v) != size {
			return nil, nil, false, fmt.Errorf("%w: %s of %d and %d values into %v", prooflearn.ErrMalformed, n.Op, len(a), len(v), n.Shape)
		}
		c := round(n.Scalar) // the trainer rounds μ and η to the dtype first
		for i := range ref {
			if n.Op == train.OpMomentumUpdate {
				ref[i] = c*a[i] + v[i]
				bound[i] = 4*u*(math.Abs(c*a[i])+math.Abs(v[i])) + tiny
			} else {
				ref[i] = a[i] - c*v[i]
				bound[i] = 4*u*(math.Abs(a[i])+math.Abs(c*v[i])) + tiny
			}
		}
		return ref, bound, false, nil
	}
	return nil, nil, false, fmt.Errorf("%w: the arbiter has no reference for operator %q", ErrUnsupportedOp, n.Op)
}

// exactUpdate recomputes an optimizer update in the task's dtype exactly as
// the trainer does, for deterministic-mode comparison.
func exactUpdate(n *train.Node, a, v *prooflearn.Tensor) prooflearn.Tensor {
	out := a.Clone()
	if a.DType == prooflearn.Float64 {
		c := n.Scalar
		for i := range out.F64 {
			if n.Op == train.OpMomentumUpdate {
				out.F64[i] = float64(c*a.F64[i]) + v.F64[i]
			} else {
				out.F64[i] = a.F64[i] - float64(c*v.F64[i])
			}
		}
		return out
	}
	c := float32(n.Scalar)
	for i := range out.F32 {
		if n.Op == train.OpMomentumUpdate {
			out.F32[i] = float32(c*a.F32[i]) + v.F32[i]
		} else {
			out.F32[i] = a.F32[i] - float32(c*v.F32[i])
		}
	}
	return out
}

// expErr is the exponential's error allowance, in units of u.
const expErr = 128

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func shapeSize(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}
