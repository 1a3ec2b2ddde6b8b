package verifier

import (
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// zeroGradientRowsAdam is zeroGradientRows for Adam and AdamW, whose first
// weight matrix's moments are OptState[0] (m) and OptState[1] (v). A zero
// gradient stays zero through the global clip, so a frozen row's moments
// decay as m = β1·m and v = β2·v, bit for bit, whatever the learning rate;
// the weights move by η·m̂/(√v̂ + ε) and AdamW's decay, which do depend on
// it, so they are compared only where the row's first moment is zero and
// there is no weight decay (then the row does not move at all).
func (v *run) zeroGradientRowsAdam(a, b *prooflearn.Checkpoint, zero []bool, from, to int) (moved, feature int, by float64) {
	w0, claimed := &a.Params[0], &b.Params[0]
	out := w0.Shape[1]
	o := v.task.Optimizer
	for f, z := range zero {
		if !z {
			continue
		}
		lo, hi := f*out, (f+1)*out
		var m, vv, wantM, wantV []float64
		switch w0.DType {
		case prooflearn.Float32:
			m32 := append([]float32(nil), a.OptState[0].F32[lo:hi]...)
			v32 := append([]float32(nil), a.OptState[1].F32[lo:hi]...)
			b1, b2 := float32(o.Beta1), float32(o.Beta2)
			for s := from; s < to; s++ {
				for i := range m32 {
					m32[i] = float32(b1*m32[i]) + 0
					v32[i] = float32(b2*v32[i]) + 0
				}
			}
			m, vv = widen(m32), widen(v32)
			wantM, wantV = widen(b.OptState[0].F32[lo:hi]), widen(b.OptState[1].F32[lo:hi])
		default:
			m = append([]float64(nil), a.OptState[0].F64[lo:hi]...)
			vv = append([]float64(nil), a.OptState[1].F64[lo:hi]...)
			for s := from; s < to; s++ {
				for i := range m {
					m[i] = float64(o.Beta1*m[i]) + 0
					vv[i] = float64(o.Beta2*vv[i]) + 0
				}
			}
			wantM, wantV = b.OptState[0].F64[lo:hi], b.OptState[1].F64[lo:hi]
		}
		still := o.WeightDecay == 0
		for i := lo; still && i < hi; i++ {
			still = a.OptState[0].At(i) == 0
		}
		for i := range m {
			d := math.Max(math.Abs(m[i]-wantM[i]), math.Abs(vv[i]-wantV[i]))
			if still {
				d = math.Max(d, math.Abs(w0.At(lo+i)-claimed.At(lo+i)))
			}
			if d != 0 || math.IsNaN(d) {
				if moved == 0 || d > by {
					feature, by = f, d
				}
				moved++
			}
		}
	}
	return moved, feature, by
}
