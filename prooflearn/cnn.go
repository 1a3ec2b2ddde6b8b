package prooflearn

import (
	"fmt"
	"math"
)

// Model types.
const (
	ModelMLP = "mlp"
	ModelCNN = "cnn"
)

// LayerSpec is one layer of a CNN: exactly one of its fields is set, as in
// {"conv": {"out": 8, "kernel": 5, "stride": 1, "padding": 2}} or
// {"relu": {}}. Activations are laid out per example channel-major (C, H,
// W), row-major within a channel, which is also the order flatten gives the
// dense layers.
type LayerSpec struct {
	Conv    *ConvSpec  `json:"conv,omitempty"`
	ReLU    *Empty     `json:"relu,omitempty"`
	MaxPool *PoolSpec  `json:"maxpool,omitempty"`
	Flatten *Empty     `json:"flatten,omitempty"`
	Dense   *DenseSpec `json:"dense,omitempty"`
}

// Empty is the body of a layer with no parameters ("relu": {}). Any field
// in it is an error, as everywhere in a task.
type Empty struct{}

// ConvSpec is a 2-D convolution (cross-correlation, as every framework
// computes it) with Out output channels, a square Kernel×Kernel window
// moved by Stride and Padding zeros around the input; a bias per output
// channel.
type ConvSpec struct {
	Out     int `json:"out"`
	Kernel  int `json:"kernel"`
	Stride  int `json:"stride"`
	Padding int `json:"padding"`
}

// PoolSpec is max-pooling over Size×Size windows moved by Stride, without
// padding.
type PoolSpec struct {
	Size   int `json:"size"`
	Stride int `json:"stride"`
}

// DenseSpec is a fully connected layer of Out outputs with a bias.
type DenseSpec struct {
	Out int `json:"out"`
}

// Layer kinds, as Kind names them.
const (
	LayerConv    = "conv"
	LayerReLU    = "relu"
	LayerMaxPool = "maxpool"
	LayerFlatten = "flatten"
	LayerDense   = "dense"
)

// Kind names the layer's kind ("" if not exactly one field is set).
func (l LayerSpec) Kind() string {
	kind, n := "", 0
	for _, k := range []struct {
		set  bool
		name string
	}{{l.Conv != nil, LayerConv}, {l.ReLU != nil, LayerReLU}, {l.MaxPool != nil, LayerMaxPool}, {l.Flatten != nil, LayerFlatten}, {l.Dense != nil, LayerDense}} {
		if k.set {
			kind, n = k.name, n+1
		}
	}
	if n != 1 {
		return ""
	}
	return kind
}

// Limits of a CNN, beside MaxParams and MaxModelWidth (model.input, the
// features of one example, and every dense width). As for an MLP they are
// far above real networks (LeNet-5 has 7 layers and 16 channels; its
// largest im2col buffer is 6·25·784 = 117,600 values per example) and low
// enough that a hostile task is refused before anything is allocated.
const (
	// MaxCNNLayers bounds len(model.layers).
	MaxCNNLayers = 64
	// MaxCNNChannels bounds model.image's channels and every conv's out.
	MaxCNNChannels = 1 << 12
	// MaxCNNActivation bounds, per example, every layer's output and every
	// convolution's im2col buffer (C·K·K values per output pixel).
	MaxCNNActivation = 1 << 24
	// MaxCNNBatchActivation bounds batch_size (or EvalBatch, if larger)
	// times the largest of those: the largest buffer a step, or the
	// evaluation of test accuracy, allocates (2 GiB in float64).
	MaxCNNBatchActivation = 1 << 28
	// EvalBatch is the batch test accuracy is computed in
	// (train.Trainer.Accuracy).
	EvalBatch = 250
)

// CNNLayer is one layer of a CNN with the shapes it sees: the input
// (InC, InH, InW) and output (OutC, OutH, OutW) of one example (H = W = 1
// after flatten, C the width), and for conv and dense the index of its
// weight in ParamShapes (its bias follows it).
type CNNLayer struct {
	Spec             LayerSpec
	Kind             string
	InC, InH, InW    int
	OutC, OutH, OutW int
	Param            int // −1 for layers without parameters
	Name             string
}

// In is the number of input values per example, Out of output values.
func (l CNNLayer) In() int  { return l.InC * l.InH * l.InW }
func (l CNNLayer) Out() int { return l.OutC * l.OutH * l.OutW }

// Cols is the size of a conv layer's im2col buffer per example:
// InC·K·K values for each of OutH·OutW output pixels (0 for other layers).
func (l CNNLayer) Cols() int {
	if l.Kind != LayerConv {
		return 0
	}
	k := l.Spec.Conv.Kernel
	return l.InC * k * k * l.OutH * l.OutW
}

// CNNLayers validates a CNN's shapes and returns its layers with the shapes
// they see. Errors wrap ErrInvalidTask and say which layer is wrong and why
// (a kernel larger than its padded input, a zero stride, windows that do
// not tile the input exactly); sizes beyond the limits are *LimitErrors.
func (m ModelSpec) CNNLayers() ([]CNNLayer, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: model: "+format, append([]any{ErrInvalidTask}, args...)...)
	}
	if m.Type != ModelCNN {
		return nil, bad("type %q is not a cnn", m.Type)
	}
	if len(m.Hidden) != 0 {
		return nil, bad("a cnn takes no hidden (its layers are in layers)")
	}
	if len(m.Image) != 3 {
		return nil, bad("image %v must be [channels, height, width]", m.Image)
	}
	for i, d := range m.Image {
		if d <= 0 {
			return nil, bad("image[%d] %d must be positive", i, d)
		}
		if d > MaxModelWidth {
			return nil, taskLimit(fmt.Sprintf("model.image[%d]", i), uint64(d), MaxModelWidth)
		}
	}
	if m.Image[0] > MaxCNNChannels {
		return nil, taskLimit("model.image[0] (channels)", uint64(m.Image[0]), MaxCNNChannels)
	}
	if n := uint64(m.Image[0]) * uint64(m.Image[1]) * uint64(m.Image[2]); n != uint64(m.Input) {
		return nil, bad("input %d is not image %v's %d values", m.Input, m.Image, n)
	}
	if m.Input <= 0 || m.Input > MaxModelWidth {
		return nil, taskLimit("model.input", uint64(max(m.Input, 0)), MaxModelWidth)
	}
	if len(m.Layers) == 0 {
		return nil, bad("a cnn needs layers")
	}
	if len(m.Layers) > MaxCNNLayers {
		return nil, taskLimit("model.layers", uint64(len(m.Layers)), MaxCNNLayers)
	}
	c, h, w := m.Image[0], m.Image[1], m.Image[2]
	flat, param := false, 0
	counts := map[string]int{}
	out := make([]CNNLayer, 0, len(m.Layers))
	for i, spec := range m.Layers {
		kind := spec.Kind()
		at := func(format string, args ...any) error {
			return bad("layers[%d] (%s): "+format, append([]any{i, kind}, args...)...)
		}
		if kind == "" {
			return nil, bad("layers[%d] must be exactly one of conv, relu, maxpool, flatten or dense", i)
		}
		l := CNNLayer{Spec: spec, Kind: kind, InC: c, InH: h, InW: w, Param: -1}
		counts[kind]++
		switch kind {
		case LayerConv, LayerMaxPool:
			if flat {
				return nil, at("comes after flatten")
			}
			var k, s, p, oc int
			if kind == LayerConv {
				cv := spec.Conv
				k, s, p, oc = cv.Kernel, cv.Stride, cv.Padding, cv.Out
				if oc <= 0 {
					return nil, at("out %d must be positive", oc)
				}
				if oc > MaxCNNChannels {
					return nil, taskLimit(fmt.Sprintf("model.layers[%d].conv.out", i), uint64(oc), MaxCNNChannels)
				}
				if p < 0 || p >= max(k, 1) {
					return nil, at("padding %d must be in [0, kernel %d)", p, k)
				}
			} else {
				k, s, p, oc = spec.MaxPool.Size, spec.MaxPool.Stride, 0, c
			}
			if k <= 0 {
				return nil, at("window %d must be positive", k)
			}
			if s <= 0 {
				return nil, at("stride %d must be positive", s)
			}
			if k > h+2*p || k > w+2*p {
				return nil, at("window %d is larger than its %d×%d input (padding %d)", k, h, w, p)
			}
			if (h+2*p-k)%s != 0 || (w+2*p-k)%s != 0 {
				return nil, at("windows of %d with stride %d do not tile the %d×%d input (padding %d) exactly: (size + 2·padding − window) must be a multiple of stride", k, s, h, w, p)
			}
			l.OutC, l.OutH, l.OutW = oc, (h+2*p-k)/s+1, (w+2*p-k)/s+1
			if kind == LayerConv {
				l.Param, l.Name = param, fmt.Sprintf("conv%d", counts[kind])
				param += 2
			}
		case LayerReLU:
			if i == 0 || m.Layers[i-1].Kind() == LayerReLU {
				return nil, at("must follow a conv, maxpool, flatten or dense layer")
			}
			l.OutC, l.OutH, l.OutW = c, h, w
		case LayerFlatten:
			if flat {
				return nil, at("a cnn flattens once")
			}
			flat = true
			l.OutC, l.OutH, l.OutW = c*h*w, 1, 1
		case LayerDense:
			if !flat {
				return nil, at("needs a flatten before it")
			}
			d := spec.Dense.Out
			if d <= 0 {
				return nil, at("out %d must be positive", d)
			}
			if d > MaxModelWidth {
				return nil, taskLimit(fmt.Sprintf("model.layers[%d].dense.out", i), uint64(d), MaxModelWidth)
			}
			l.OutC, l.OutH, l.OutW = d, 1, 1
			l.Param, l.Name = param, fmt.Sprintf("dense%d", counts[kind])
			param += 2
		}
		// Every factor is at most 2^20 and the earlier products are within
		// MaxCNNActivation, so these fit a uint64.
		if n := uint64(l.OutC) * uint64(l.OutH) * uint64(l.OutW); n > MaxCNNActivation {
			return nil, taskLimit(fmt.Sprintf("model.layers[%d] output values", i), n, MaxCNNActivation)
		}
		if kind == LayerConv {
			k := uint64(spec.Conv.Kernel)
			if n := uint64(c) * k * k * uint64(l.OutH) * uint64(l.OutW); n > MaxCNNActivation {
				return nil, taskLimit(fmt.Sprintf("model.layers[%d] im2col values", i), n, MaxCNNActivation)
			}
		}
		c, h, w = l.OutC, l.OutH, l.OutW
		out = append(out, l)
	}
	last := out[len(out)-1]
	if last.Kind != LayerDense || last.OutC != m.Classes {
		return nil, bad("the last layer must be dense with out = classes %d", m.Classes)
	}
	return out, nil
}

// cnnParamCount is ParamCount for a CNN: the shapes are valid (CNNLayers)
// and the parameters at most MaxParams.
func (m ModelSpec) cnnParamCount() (int, error) {
	layers, err := m.CNNLayers()
	if err != nil {
		return 0, err
	}
	var n uint64
	for _, l := range layers {
		switch l.Kind {
		case LayerConv:
			// out ≤ 2^12, in ≤ 2^12, k² ≤ 2^24 (im2col bound): under 2^49.
			k := uint64(l.Spec.Conv.Kernel)
			n += uint64(l.OutC)*uint64(l.InC)*k*k + uint64(l.OutC)
		case LayerDense:
			n += (uint64(l.In()) + 1) * uint64(l.OutC)
		}
		if n > MaxParams {
			return 0, taskLimit("model parameters", n, MaxParams)
		}
	}
	return int(n), nil
}

// cnnParamShapes lists a valid CNN's parameters (ParamShapes); an invalid
// one has none.
func (m ModelSpec) cnnParamShapes() (names []string, shapes [][]int) {
	layers, err := m.CNNLayers()
	if err != nil {
		return nil, nil
	}
	for _, l := range layers {
		switch l.Kind {
		case LayerConv:
			k := l.Spec.Conv.Kernel
			names = append(names, l.Name+".w", l.Name+".b")
			shapes = append(shapes, []int{l.OutC, l.InC, k, k}, []int{l.OutC})
		case LayerDense:
			names = append(names, l.Name+".w", l.Name+".b")
			shapes = append(shapes, []int{l.In(), l.OutC}, []int{l.OutC})
		}
	}
	return names, shapes
}

// validateCNNBatch bounds the largest buffer a training step or an
// evaluation of the task allocates: batch_size (at least EvalBatch) times
// the largest per-example activation or im2col buffer
// (MaxCNNBatchActivation).
func (t *Task) validateCNNBatch() error {
	layers, err := t.Model.CNNLayers()
	if err != nil {
		return err
	}
	largest := t.Model.Input
	for _, l := range layers {
		largest = max(largest, l.Out(), l.Cols())
	}
	if n := uint64(largest) * uint64(max(t.BatchSize, EvalBatch)); n > MaxCNNBatchActivation {
		return taskLimit("batch_size × largest cnn activation", n, MaxCNNBatchActivation)
	}
	return nil
}

// initLimit is the bound of the uniform distribution a weight of the given
// shape is drawn from: Glorot's √(6/(in+out)) for a dense [in, out] weight,
// He's √(6/fan_in) with fan_in = in·k·k for a convolution's
// [out, in, k, k] (the layer feeds a ReLU); 0 for a bias.
func initLimit(shape []int) float64 {
	switch len(shape) {
	case 2:
		return math.Sqrt(6 / float64(shape[0]+shape[1]))
	case 4:
		return math.Sqrt(6 / float64(shape[1]*shape[2]*shape[3]))
	}
	return 0
}
