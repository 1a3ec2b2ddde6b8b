package verifier

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// ProgressSample is how many committed examples the progress check scores.
const ProgressSample = 512

// ProgressReport is the progress check: the mean cross-entropy on a sample of
// the committed dataset (drawn by Fiat–Shamir from the root and the challenge)
// at the first and the last checkpoint.
type ProgressReport struct {
	Sample      int     `json:"sample"`
	InitialLoss float64 `json:"initial_loss"`
	FinalLoss   float64 `json:"final_loss"`
	// MaxFinalLoss is (1 − minimum progress) × InitialLoss.
	MaxFinalLoss float64 `json:"max_final_loss"`
	Passed       bool    `json:"passed"`
}

// checkProgress rejects a trajectory that does not lower the loss: the
// signature of a forger who makes tiny updates to stay under δ. The loss is
// computed here in float64 by a plain forward pass, independent of the
// training kernels. A minimum progress of 0 turns the check off.
func (v *run) checkProgress() error {
	first, last := v.ckpts[0], v.ckpts[len(v.ckpts)-1]
	if first == nil || last == nil || v.cfg.minProgress == 0 {
		return nil // already rejected, or not asked for
	}
	sample := v.progressSample()
	// The two forward passes are independent: one per core.
	ends := [2]*prooflearn.Checkpoint{first, last}
	var loss [2]float64
	var errs [2]error
	parallel(2, func(i int) { loss[i], errs[i] = meanLoss(v.task.Model, ends[i].Params, v.data, sample) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	l0, l1 := loss[0], loss[1]
	p := &ProgressReport{Sample: len(sample), InitialLoss: l0, FinalLoss: l1, MaxFinalLoss: (1 - v.cfg.minProgress) * l0}
	p.Passed = l1 <= p.MaxFinalLoss
	v.report.Progress = p
	if !p.Passed {
		v.reject(CheckProgress, v.task.Steps, -1, "loss on %d committed examples went from %.4g at step 0 to %.4g at step %d; at least %.3g%% progress (≤ %.4g) is required", len(sample), l0, l1, v.task.Steps, 100*v.cfg.minProgress, p.MaxFinalLoss)
	}
	return nil
}

// progressSample draws the scored examples from the root and the challenge,
// so a solver can neither pick nor re-roll for the examples its forgery
// happens to fit.
func (v *run) progressSample() []int {
	n := v.data.Len()
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	m := min(n, ProgressSample)
	rng := v.challengePRNG("prooflearn/fiat-shamir/progress-sample")
	for i := 0; i < m; i++ {
		j := i + rng.IntN(n-i)
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx[:m]
}

// meanLoss is the mean softmax cross-entropy of the MLP on the examples.
func meanLoss(spec prooflearn.ModelSpec, params []prooflearn.Tensor, data Dataset, examples []int) (float64, error) {
	if spec.Type == prooflearn.ModelTransformer {
		return transformerMeanLoss(spec, params, data, examples)
	}
	if len(params) == 0 || len(params)%2 != 0 {
		return 0, fmt.Errorf("%w: %d parameter tensors", prooflearn.ErrMalformed, len(params))
	}
	var cnn []prooflearn.CNNLayer
	var cnnVals [][]float64
	if spec.Type == prooflearn.ModelCNN {
		var err error
		if cnn, cnnVals, err = cnnParams(spec, params); err != nil {
			return 0, err
		}
		params = nil
	}
	type layer struct {
		w, b    []float64
		in, out int
	}
	layers := make([]layer, len(params)/2) // none for a cnn
	width := spec.Input
	for l := range layers {
		w, b := &params[2*l], &params[2*l+1]
		if len(w.Shape) != 2 || w.Shape[0] != width || b.Len() != w.Shape[1] {
			return 0, fmt.Errorf("%w: layer %d is %v with bias %d for %d inputs", prooflearn.ErrMalformed, l, w.Shape, b.Len(), width)
		}
		ly := layer{w: make([]float64, w.Len()), b: make([]float64, b.Len()), in: w.Shape[0], out: w.Shape[1]}
		for i := range ly.w {
			ly.w[i] = w.At(i)
		}
		for i := range ly.b {
			ly.b[i] = b.At(i)
		}
		layers[l], width = ly, ly.out
	}
	var total float64
	for _, e := range examples {
		px := data.Pixels(e)
		h := make([]float64, spec.Input)
		for i := range h {
			h[i] = float64(px[i]) / 255
		}
		if cnn != nil {
			h = cnnLogits(cnn, cnnVals, h)
		}
		for l, ly := range layers {
			next := append([]float64(nil), ly.b...)
			for i, x := range h {
				if x == 0 {
					continue
				}
				row := ly.w[i*ly.out : (i+1)*ly.out]
				for o := range next {
					next[o] += x * row[o]
				}
			}
			if l < len(layers)-1 {
				for o := range next {
					next[o] = math.Max(0, next[o])
				}
			}
			h = next
		}
		top := math.Inf(-1)
		for _, z := range h {
			top = math.Max(top, z)
		}
		var sum float64
		for _, z := range h {
			sum += math.Exp(z - top)
		}
		total += top + math.Log(sum) - h[data.Label(e)]
	}
	loss := total / float64(len(examples))
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		loss = math.MaxFloat64
	}
	return loss, nil
}
