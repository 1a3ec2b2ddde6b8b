package verifier

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// transformerMeanLoss is meanLoss for a transformer: the mean next-token
// cross-entropy over every position of the examples' windows, from a plain
// float64 forward pass written here (math.Exp and math.Tanh, no kernels of
// the training step), so that the progress check does not trust the code
// it checks.
func transformerMeanLoss(spec prooflearn.ModelSpec, params []prooflearn.Tensor, data Dataset, examples []int) (float64, error) {
	names, shapes := spec.ParamShapes()
	if len(params) != len(names) {
		return 0, fmt.Errorf("%w: %d parameter tensors, the transformer has %d", prooflearn.ErrMalformed, len(params), len(names))
	}
	p := make(map[string][]float64, len(names))
	for i, name := range names {
		n := 1
		for _, d := range shapes[i] {
			n *= d
		}
		if params[i].Len() != n {
			return 0, fmt.Errorf("%w: %s has %d values, want %v", prooflearn.ErrMalformed, name, params[i].Len(), shapes[i])
		}
		v := make([]float64, n)
		for j := range v {
			v[j] = params[i].At(j)
		}
		p[name] = v
	}
	var total float64
	for _, e := range examples {
		total += transformerWindowLoss(spec, p, data.Pixels(e))
	}
	loss := total / float64(len(examples))
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		loss = math.MaxFloat64
	}
	return loss, nil
}

// transformerWindowLoss is the mean cross-entropy of one window's T
// next-token predictions.
func transformerWindowLoss(spec prooflearn.ModelSpec, p map[string][]float64, tokens []byte) float64 {
	T, W, H, V, F := spec.Context, spec.Width, spec.Heads, spec.Vocab, spec.MLP
	D := W / H
	h := make([][]float64, T)
	for t := range h {
		h[t] = make([]float64, W)
		id := int(tokens[t])
		for j := range h[t] {
			h[t][j] = p["tok.emb"][id*W+j] + p["pos.emb"][t*W+j]
		}
	}
	norm := func(x []float64, g, b []float64) []float64 {
		var mean, v float64
		for _, a := range x {
			mean += a
		}
		mean /= float64(len(x))
		for _, a := range x {
			v += (a - mean) * (a - mean)
		}
		r := 1 / math.Sqrt(v/float64(len(x))+prooflearn.LayerNormEpsilon)
		out := make([]float64, len(x))
		for j, a := range x {
			out[j] = (a-mean)*r*g[j] + b[j]
		}
		return out
	}
	affine := func(x, w, b []float64, out int) []float64 {
		y := append([]float64(nil), b...)
		for i, a := range x {
			for o := range y {
				y[o] += a * w[i*out+o]
			}
		}
		return y
	}
	for blk := 0; blk < spec.Blocks; blk++ {
		pre := fmt.Sprintf("blk%d.", blk)
		ln1g, ln1b, ln2g, ln2b := p[pre+"ln1.g"], p[pre+"ln1.b"], p[pre+"ln2.g"], p[pre+"ln2.b"]
		qkvW, qkvB, projW, projB := p[pre+"attn.qkv.w"], p[pre+"attn.qkv.b"], p[pre+"attn.proj.w"], p[pre+"attn.proj.b"]
		fcW, fcB, mprojW, mprojB := p[pre+"mlp.fc.w"], p[pre+"mlp.fc.b"], p[pre+"mlp.proj.w"], p[pre+"mlp.proj.b"]
		qkv := make([][]float64, T)
		for t := range h {
			qkv[t] = affine(norm(h[t], ln1g, ln1b), qkvW, qkvB, 3*W)
		}
		for t := range h {
			att := make([]float64, W)
			for hd := 0; hd < H; hd++ {
				s := make([]float64, t+1)
				top := math.Inf(-1)
				for u := 0; u <= t; u++ {
					for d := 0; d < D; d++ {
						s[u] += qkv[t][hd*D+d] * qkv[u][W+hd*D+d]
					}
					s[u] /= math.Sqrt(float64(D))
					top = math.Max(top, s[u])
				}
				var sum float64
				for u := range s {
					s[u] = math.Exp(s[u] - top)
					sum += s[u]
				}
				for u := range s {
					for d := 0; d < D; d++ {
						att[hd*D+d] += s[u] / sum * qkv[u][2*W+hd*D+d]
					}
				}
			}
			proj := affine(att, projW, projB, W)
			for j := range proj {
				h[t][j] += proj[j]
			}
		}
		for t := range h {
			f := affine(norm(h[t], ln2g, ln2b), fcW, fcB, F)
			for j, x := range f {
				f[j] = 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
			}
			m := affine(f, mprojW, mprojB, W)
			for j := range m {
				h[t][j] += m[j]
			}
		}
	}
	var total float64
	lnfG, lnfB, headB, tok, headW := p["lnf.g"], p["lnf.b"], p["head.b"], p["tok.emb"], p["head.w"]
	for t := range h {
		x := norm(h[t], lnfG, lnfB)
		var logits []float64
		if spec.Tied {
			logits = append([]float64(nil), headB...)
			for v := range logits {
				for j, a := range x {
					logits[v] += a * tok[v*W+j]
				}
			}
		} else {
			logits = affine(x, headW, headB, V)
		}
		top := math.Inf(-1)
		for _, z := range logits {
			top = math.Max(top, z)
		}
		var sum float64
		for _, z := range logits {
			sum += math.Exp(z - top)
		}
		total += top + math.Log(sum) - logits[tokens[t+1]]
	}
	return total / float64(T)
}
