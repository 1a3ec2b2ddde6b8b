package train

import (
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
	G "gorgonia.org/gorgonia"
)

// A convolutional network's step graph is built from prooflearn/kernels
// operators in every mode (docs/cnn.md): the backward pass is written out
// node by node, as newDeterministicMLP's is, because G.Grad cannot
// differentiate operators outside gorgonia. A tolerant CNN task therefore
// computes the bits a deterministic one does; what differs is only how it
// is verified (thresholds δ rather than exact comparison). Every operator of
// its step is a "det." kernel, which the arbiter re-executes bit for bit
// in any mode: its per-operator error bound is zero.

// geom is a conv or maxpool layer's kernel geometry.
func geom(l prooflearn.CNNLayer) kernels.ConvGeom {
	if l.Kind == prooflearn.LayerConv {
		c := l.Spec.Conv
		return kernels.ConvGeom{C: l.InC, H: l.InH, W: l.InW, K: c.Kernel, S: c.Stride, P: c.Padding, Out: l.OutC}
	}
	p := l.Spec.MaxPool
	return kernels.ConvGeom{C: l.InC, H: l.InH, W: l.InW, K: p.Size, S: p.Stride, Out: l.InC}
}

// firstParamLayer is the index of the first layer with parameters: the
// backward pass stops there, as nothing below it needs a gradient.
func firstParamLayer(layers []prooflearn.CNNLayer) int {
	for i, l := range layers {
		if l.Param >= 0 {
			return i
		}
	}
	return len(layers)
}

// newCNN builds a CNN's step graph: per layer i (output "layeri"),
//
//	conv     det.conv2d(h, convN.w, convN.b)
//	relu     det.relu(h)
//	maxpool  det.maxpool(h)
//	flatten  nothing: the [batch, C·H·W] matrix is already flat
//	dense    layeri.xw = det.matmul(h, denseN.w); det.addbias(layeri.xw, denseN.b)
//
// then log-softmax and cross-entropy as in an MLP, and the backward pass
// from the last layer to the first layer with parameters:
//
//	dense    d.layeri.w = det.matmul(hᵀ, dz), d.layeri.b = det.biasgrad(dz),
//	         dz = det.matmul(dz, wᵀ)                     (into layer i−1)
//	relu     dz = det.relugrad(layeri, dz)
//	maxpool  dz = det.maxpoolgrad(h, dz)
//	conv     d.layeri.w = det.conv2dgradw(h, dz), d.layeri.b = det.conv2dgradb(dz),
//	         dz = det.conv2dgradx(dz, w)                 (into layer i−1)
//
// where h is the layer's input.
func newCNN(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	layers, err := spec.CNNLayers()
	if err != nil {
		return nil, err
	}
	m := newInputs(spec, dt, batch, params)
	m.kernels = deterministicKernels
	in := make(G.Nodes, len(layers))
	out := make(G.Nodes, len(layers))
	h := m.x
	for i, l := range layers {
		in[i] = h
		switch l.Kind {
		case prooflearn.LayerConv:
			h, err = kernels.Conv2DNode(h, m.params[l.Param], m.params[l.Param+1], geom(l))
		case prooflearn.LayerReLU:
			h, err = kernels.ReLUNode(h)
		case prooflearn.LayerMaxPool:
			h, err = kernels.MaxPoolNode(h, geom(l))
		case prooflearn.LayerDense:
			if h, err = kernels.MatMulNode(h, m.params[l.Param], false, false); err == nil {
				h, err = kernels.AddBiasNode(h, m.params[l.Param+1])
			}
		}
		if err != nil {
			return nil, fmt.Errorf("layer %d (%s): %w", i, l.Kind, err)
		}
		out[i] = h
	}
	dz, err := m.deterministicLoss(h, grad)
	if err != nil {
		return nil, err
	}
	if grad {
		first := firstParamLayer(layers)
		for i := len(layers) - 1; i >= first; i-- {
			l := layers[i]
			switch l.Kind {
			case prooflearn.LayerDense:
				if m.grads[l.Param], err = kernels.MatMulNode(in[i], dz, true, false); err == nil {
					if m.grads[l.Param+1], err = kernels.BiasGradNode(dz); err == nil && i > first {
						dz, err = kernels.MatMulNode(dz, m.params[l.Param], false, true)
					}
				}
			case prooflearn.LayerConv:
				g := geom(l)
				if m.grads[l.Param], err = kernels.Conv2DGradWNode(in[i], dz, g); err == nil {
					if m.grads[l.Param+1], err = kernels.Conv2DGradBNode(dz, g); err == nil && i > first {
						dz, err = kernels.Conv2DGradXNode(dz, m.params[l.Param], g)
					}
				}
			case prooflearn.LayerReLU:
				dz, err = kernels.ReLUGradNode(out[i], dz)
			case prooflearn.LayerMaxPool:
				dz, err = kernels.MaxPoolGradNode(in[i], dz, geom(l))
			}
			if err != nil {
				return nil, fmt.Errorf("layer %d (%s) backward: %w", i, l.Kind, err)
			}
		}
	}
	return m, m.compile()
}

// cnnStep lists the operators of a CNN's step as newCNN builds them (the
// names are in newCNN's comment; the output of layer i is "layeri", the
// gradient with respect to it "d.layeri"). It returns the node of each
// parameter's gradient.
func (l *opList) cnnStep(spec prooflearn.ModelSpec, batch int, x, y int, params []int) []int {
	layers, err := spec.CNNLayers()
	if err != nil {
		return nil // Validate refused the task before this is reached
	}
	in := make([]int, len(layers))
	out := make([]int, len(layers))
	h := x
	for i, ly := range layers {
		in[i] = h
		name, shape := fmt.Sprintf("layer%d", i), []int{batch, ly.Out()}
		switch ly.Kind {
		case prooflearn.LayerConv:
			h = l.with(l.op(name, OpKernelPrefix+"conv2d", shape, h, params[ly.Param], params[ly.Param+1]), geomAttr(ly), 0)
		case prooflearn.LayerReLU:
			h = l.op(name, OpKernelPrefix+"relu", shape, h)
		case prooflearn.LayerMaxPool:
			h = l.with(l.op(name, OpKernelPrefix+"maxpool", shape, h), geomAttr(ly), 0)
		case prooflearn.LayerDense:
			xw := l.with(l.op(name+".xw", OpKernelPrefix+"matmul", shape, h, params[ly.Param]), []int{0, 0}, 0)
			h = l.op(name, OpKernelPrefix+"addbias", shape, xw, params[ly.Param+1])
		}
		out[i] = h
	}
	last := len(layers) - 1
	classes, scale := spec.Classes, -1/float64(batch)
	logp := l.op("logp", OpKernelPrefix+"logsoftmax", []int{batch, classes}, h)
	l.with(l.op("loss", OpKernelPrefix+"crossentropy", nil, logp, y), nil, scale)
	dlogp := l.with(l.op("d.logp", OpKernelPrefix+"crossentropygrad", []int{batch, classes}, y), nil, scale)
	dz := l.op(fmt.Sprintf("d.layer%d", last), OpKernelPrefix+"logsoftmaxgrad", []int{batch, classes}, logp, dlogp)
	grads := make([]int, len(params))
	first := firstParamLayer(layers)
	for i := last; i >= first; i-- {
		ly := layers[i]
		p, below := fmt.Sprintf("d.layer%d.", i), fmt.Sprintf("d.layer%d", i-1)
		inShape := []int{batch, ly.In()}
		switch ly.Kind {
		case prooflearn.LayerDense:
			grads[ly.Param] = l.with(l.op(p+"w", OpKernelPrefix+"matmul", []int{ly.In(), ly.OutC}, in[i], dz), []int{1, 0}, 0)
			grads[ly.Param+1] = l.op(p+"b", OpKernelPrefix+"biasgrad", []int{1, ly.OutC}, dz)
			if i > first {
				dz = l.with(l.op(below, OpKernelPrefix+"matmul", inShape, dz, params[ly.Param]), []int{0, 1}, 0)
			}
		case prooflearn.LayerConv:
			g := geom(ly)
			grads[ly.Param] = l.with(l.op(p+"w", OpKernelPrefix+"conv2dgradw", []int{g.Out, g.Window()}, in[i], dz), geomAttr(ly), 0)
			grads[ly.Param+1] = l.with(l.op(p+"b", OpKernelPrefix+"conv2dgradb", []int{1, g.Out}, dz), geomAttr(ly), 0)
			if i > first {
				dz = l.with(l.op(below, OpKernelPrefix+"conv2dgradx", inShape, dz, params[ly.Param]), geomAttr(ly), 0)
			}
		case prooflearn.LayerReLU:
			dz = l.op(below, OpKernelPrefix+"relugrad", inShape, out[i], dz)
		case prooflearn.LayerMaxPool:
			dz = l.with(l.op(below, OpKernelPrefix+"maxpoolgrad", inShape, in[i], dz), geomAttr(ly), 0)
		case prooflearn.LayerFlatten:
			// The gradient of the flat matrix is the gradient of the images.
		}
	}
	return grads
}

// geomAttr is a conv or maxpool layer's geometry as a node's attributes:
// C, H, W, K, S, P (kernels.GeomAttrs).
func geomAttr(l prooflearn.CNNLayer) []int {
	g := geom(l)
	return []int{g.C, g.H, g.W, g.K, g.S, g.P}
}
