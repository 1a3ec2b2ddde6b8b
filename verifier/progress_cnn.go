package verifier

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// cnnLogits is a CNN's forward pass for one example in float64 with plain
// loops (direct convolution, no im2col), independent of the training
// kernels as meanLoss's MLP pass is: it returns the logits.
func cnnLogits(layers []prooflearn.CNNLayer, params [][]float64, h []float64) []float64 {
	for _, l := range layers {
		switch l.Kind {
		case prooflearn.LayerConv:
			c := l.Spec.Conv
			w, b := params[l.Param], params[l.Param+1]
			out := make([]float64, l.Out())
			for o := 0; o < l.OutC; o++ {
				for oy := 0; oy < l.OutH; oy++ {
					for ox := 0; ox < l.OutW; ox++ {
						s := b[o]
						for ci := 0; ci < l.InC; ci++ {
							for ky := 0; ky < c.Kernel; ky++ {
								iy := oy*c.Stride - c.Padding + ky
								if iy < 0 || iy >= l.InH {
									continue
								}
								for kx := 0; kx < c.Kernel; kx++ {
									ix := ox*c.Stride - c.Padding + kx
									if ix < 0 || ix >= l.InW {
										continue
									}
									s += w[((o*l.InC+ci)*c.Kernel+ky)*c.Kernel+kx] * h[(ci*l.InH+iy)*l.InW+ix]
								}
							}
						}
						out[(o*l.OutH+oy)*l.OutW+ox] = s
					}
				}
			}
			h = out
		case prooflearn.LayerReLU:
			for i := range h {
				h[i] = math.Max(0, h[i])
			}
		case prooflearn.LayerMaxPool:
			p := l.Spec.MaxPool
			out := make([]float64, l.Out())
			for ci := 0; ci < l.InC; ci++ {
				for oy := 0; oy < l.OutH; oy++ {
					for ox := 0; ox < l.OutW; ox++ {
						m := math.Inf(-1)
						for ky := 0; ky < p.Size; ky++ {
							for kx := 0; kx < p.Size; kx++ {
								m = math.Max(m, h[(ci*l.InH+oy*p.Stride+ky)*l.InW+ox*p.Stride+kx])
							}
						}
						out[(ci*l.OutH+oy)*l.OutW+ox] = m
					}
				}
			}
			h = out
		case prooflearn.LayerDense:
			w, b := params[l.Param], params[l.Param+1]
			out := append([]float64(nil), b...)
			for i, x := range h {
				if x == 0 {
					continue
				}
				row := w[i*l.OutC : (i+1)*l.OutC]
				for o := range out {
					out[o] += x * row[o]
				}
			}
			h = out
		}
	}
	return h
}

// cnnParams checks a CNN's parameter tensors against its spec and returns
// their values in float64.
func cnnParams(spec prooflearn.ModelSpec, params []prooflearn.Tensor) ([]prooflearn.CNNLayer, [][]float64, error) {
	layers, err := spec.CNNLayers()
	if err != nil {
		return nil, nil, err
	}
	names, shapes := spec.ParamShapes()
	if len(params) != len(names) {
		return nil, nil, fmt.Errorf("%w: %d parameter tensors, the cnn has %d", prooflearn.ErrMalformed, len(params), len(names))
	}
	vals := make([][]float64, len(params))
	for i := range params {
		n := 1
		for _, d := range shapes[i] {
			n *= d
		}
		if params[i].Len() != n {
			return nil, nil, fmt.Errorf("%w: %s has %d values, want %v", prooflearn.ErrMalformed, names[i], params[i].Len(), shapes[i])
		}
		vals[i] = make([]float64, n)
		for j := range vals[i] {
			vals[i][j] = params[i].At(j)
		}
	}
	return layers, vals, nil
}
