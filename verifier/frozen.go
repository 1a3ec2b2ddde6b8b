package verifier

import (
	"encoding/binary"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
)

// checkFrozen: an input feature that is zero in every example of a
// segment's batches contributes exactly nothing to the first layer's gradient
// in that segment, so its row of the first weight matrix (and of its momentum
// buffer) follows the optimizer's zero-gradient update — bit for bit, since
// that update is the same Go code on every platform: v = μv, w −= ηv; with
// zero momentum the row does not move at all. Training on data other than the
// committed data — a pixel tampered where the segment's data is dark, a
// trigger stamped in an empty corner, inputs nudged everywhere — breaks it.
// The check is exact, covers every segment, and costs a pass over the
// segment's pixels and a few rows of arithmetic.
//
// It does not apply to a CNN: its first layer is a convolution, and each of
// its weights multiplies every pixel the sliding window passes over, so a
// pixel that is dark in a whole segment zeroes no weight's gradient. The
// report says so (NotApplicable); replay within the segment's thresholds
// bounds training on other data there (docs/threat-model.md). Nor does it
// apply to a transformer, whose input bytes are token ids rather than
// features (docs/transformer.md).
func (v *run) checkFrozen() {
	if v.task.Model.Type == prooflearn.ModelCNN {
		v.report.NotApplicable = append(v.report.NotApplicable, CheckFrozen+": the model is a cnn, whose first layer is a convolution: every kernel weight multiplies every pixel its window passes over, so no weight row belongs to one input feature and a dark pixel freezes nothing; the replayed segments' thresholds bound training on other data instead (docs/threat-model.md)")
		return
	}
	if v.task.Model.Type == prooflearn.ModelTransformer {
		v.report.NotApplicable = append(v.report.NotApplicable, CheckFrozen+": the model is a transformer, whose input bytes are token ids, not features: no weight row belongs to a byte position (the rows of tok.emb of tokens a segment never reads get no gradient only with an untied head, and that check is not implemented); the replayed segments' thresholds bound training on other data instead (docs/transformer.md)")
		return
	}
	steps := v.task.CheckpointSteps()
	order := v.order
	in := v.task.Model.Input
	words := (in + 63) / 64
	masks := featureMasks(v.data, in, words)
	zero := make([]bool, in)
	lit := make([]uint64, words) // the OR of the segment's examples' masks
	for j := 0; j+1 < len(v.ckpts); j++ {
		a, b := v.ckpts[j], v.ckpts[j+1]
		if a == nil || b == nil {
			continue // already rejected
		}
		clear(lit)
		for s := steps[j]; s < steps[j+1]; s++ {
			for _, e := range order.Batch(s) {
				m := masks[e*words : (e+1)*words]
				for w := range lit {
					lit[w] |= m[w]
				}
			}
		}
		for f := range zero {
			zero[f] = lit[f/64]>>(f%64)&1 == 0
		}
		if moved, feature, by := v.zeroGradientRows(a, b, zero, steps[j], steps[j+1]); moved > 0 {
			w0 := a.Params[0].Name
			v.reject(CheckFrozen, steps[j+1], j, "segment %d (steps %d→%d): input feature %d is zero in every example the segment trains on, so its row of %s gets no gradient, yet %d such weights are not where the zero-gradient update puts them (off by up to %.6g): it was trained on other data", j, steps[j], steps[j+1], feature, w0, moved, by)
			return
		}
	}
}

// featureMasks returns, for every example, words uint64s whose bit f is set
// where feature f (pixel f) is not zero. An example is read once here,
// however many batches it is in: the segments then OR 1 bit per pixel
// instead of every pixel of every step.
func featureMasks(data Dataset, in, words int) []uint64 {
	n := data.Len()
	masks := make([]uint64, n*words)
	const chunk = 1024
	parallel((n+chunk-1)/chunk, func(c int) {
		buf := make([]byte, 8*words)
		for e := c * chunk; e < min(n, (c+1)*chunk); e++ {
			nonzeroBits(buf, data.Pixels(e)[:in])
			for w := range words {
				masks[e*words+w] = binary.LittleEndian.Uint64(buf[8*w:])
			}
		}
	})
	return masks
}

// nonzeroBits sets bit i%8 of out[i/8] where px[i] != 0 and clears the
// rest, eight pixels per word: the high bit of each byte of t is set where
// that byte is non-zero, and the multiply gathers the eight high bits into
// the top byte.
func nonzeroBits(out, px []byte) {
	clear(out)
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	n := len(px) &^ 7
	for i := 0; i < n; i += 8 {
		x := binary.LittleEndian.Uint64(px[i:])
		t := ((x & lo7) + lo7 | x) & hi
		out[i/8] = byte((t >> 7) * 0x0102040810204080 >> 56)
	}
	for i := n; i < len(px); i++ {
		if px[i] != 0 {
			out[i/8] |= 1 << (i % 8)
		}
	}
}

// zeroGradientRows replays the zero-gradient update of every row of the
// first weight matrix whose feature is zero, from checkpoint a to b, and
// counts the weights that do not land where b claims.
func (v *run) zeroGradientRows(a, b *prooflearn.Checkpoint, zero []bool, from, to int) (moved, feature int, by float64) {
	if v.task.Optimizer.IsAdam() {
		return v.zeroGradientRowsAdam(a, b, zero, from, to)
	}
	w0, claimed := &a.Params[0], &b.Params[0]
	out := w0.Shape[1]
	mu := v.task.Optimizer.Momentum
	hasMomentum := len(a.OptState) > 0
	var claimedV *prooflearn.Tensor
	if hasMomentum {
		claimedV = &b.OptState[0]
	}
	for f, z := range zero {
		if !z {
			continue
		}
		lo, hi := f*out, (f+1)*out
		var w, vel, wantW, wantV []float64
		switch w0.DType {
		case prooflearn.Float32:
			w32 := append([]float32(nil), w0.F32[lo:hi]...)
			var v32 []float32
			if hasMomentum {
				v32 = append([]float32(nil), a.OptState[0].F32[lo:hi]...)
			}
			g := make([]float32, out)
			for s := from; s < to; s++ {
				kernels.Update(w32, v32, g, float32(v.task.LearningRate(s)), float32(mu))
			}
			w, vel = widen(w32), widen(v32)
			wantW = widen(claimed.F32[lo:hi])
			if hasMomentum {
				wantV = widen(claimedV.F32[lo:hi])
			}
		case prooflearn.Int32:
			// Fixed mode: the zero-gradient update in fixed point, exact.
			wq := append([]int32(nil), w0.I32[lo:hi]...)
			var vq []int32
			if hasMomentum {
				vq = append([]int32(nil), a.OptState[0].I32[lo:hi]...)
			}
			g := make([]int32, out)
			lr, m := fixed.LearningRate(v.task.Optimizer.LearningRate), fixed.Momentum(mu)
			for s := from; s < to; s++ {
				if fixed.Update(wq, vq, g, lr, m) != nil {
					break // cannot overflow from in-range state: v and w only shrink
				}
			}
			w, vel = widenFixed(wq), widenFixed(vq)
			wantW = widenFixed(claimed.I32[lo:hi])
			if hasMomentum {
				wantV = widenFixed(claimedV.I32[lo:hi])
			}
		default:
			w = append([]float64(nil), w0.F64[lo:hi]...)
			if hasMomentum {
				vel = append([]float64(nil), a.OptState[0].F64[lo:hi]...)
			}
			g := make([]float64, out)
			for s := from; s < to; s++ {
				kernels.Update(w, vel, g, v.task.LearningRate(s), mu)
			}
			wantW = claimed.F64[lo:hi]
			if hasMomentum {
				wantV = claimedV.F64[lo:hi]
			}
		}
		// The weights' path depends on the learning rate; the momentum's does
		// not (v = μv), and with zero momentum the weights stay put whatever
		// the rate. Comparing only these keeps the check about the data.
		still := true
		for i := lo; hasMomentum && i < hi; i++ {
			still = still && a.OptState[0].At(i) == 0
		}
		for i := range w {
			d := 0.0
			if hasMomentum {
				d = math.Abs(vel[i] - wantV[i])
			}
			if still {
				d = math.Max(d, math.Abs(w[i]-wantW[i]))
			}
			if d != 0 {
				if moved == 0 || d > by {
					feature, by = f, d
				}
				moved++
			}
		}
	}
	return moved, feature, by
}

func widenFixed(x []int32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = fixed.ToFloat(v)
	}
	return out
}

func widen(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}
