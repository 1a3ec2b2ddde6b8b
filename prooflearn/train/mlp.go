package train

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// kernelSet picks the operator implementations of the step graph.
type kernelSet int

const (
	// gorgoniaKernels are gorgonia's own operators with the backward pass
	// from G.Grad: fast, but their bits depend on the architecture (BLAS
	// assembly, math.Exp, compiler-fused multiply-adds). Tolerant mode.
	gorgoniaKernels kernelSet = iota
	// deterministicKernels are prooflearn/kernels operators, forward and
	// backward, with a fixed reduction order and explicit rounding: the
	// same bits on every architecture and thread count. Deterministic mode.
	deterministicKernels
)

func kernelsFor(t *prooflearn.Task) kernelSet {
	// A CNN's and a transformer's graphs are built from the deterministic
	// kernels in every mode (newCNN, newTransformer).
	if t.Mode == prooflearn.ModeDeterministic || t.Model.Type == prooflearn.ModelCNN || t.Model.Type == prooflearn.ModelTransformer {
		return deterministicKernels
	}
	return gorgoniaKernels
}

func (k kernelSet) String() string {
	if k == deterministicKernels {
		return prooflearn.ModeDeterministic
	}
	return prooflearn.ModeTolerant
}

// mlp is the gorgonia graph of one MLP at a fixed batch size. Its parameter
// nodes are bound to tensors that share backing arrays with the trainer's
// parameters, so an in-place optimizer update is what the next run sees.
// Both kernel sets build the same nodes in the same places: inputs x and y,
// one node per parameter, the logits, the scalar loss and, with a backward
// pass, grads[i] holding the gradient of the loss with respect to params[i].
//
// g is the whole graph (a Tracer walks it, the gradient with respect to x
// included); vm runs only what the loss, the logits and the parameter
// gradients need.
type mlp struct {
	g       *G.ExprGraph
	x, y    *G.Node
	params  G.Nodes
	logits  *G.Node
	loss    *G.Node
	grads   G.Nodes
	vm      G.VM // exec
	exec    *inlineVM
	xs, ys  tensor.Tensor
	dt      prooflearn.DType
	kernels kernelSet
	// tokens: x holds a transformer's token ids, unscaled, rather than
	// pixels scaled to [0, 1].
	tokens bool
}

// buildMLP builds the step graph with the given kernel set.
func buildMLP(k kernelSet, spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	if spec.Type == prooflearn.ModelCNN {
		return newCNN(spec, dt, batch, params, grad)
	}
	if spec.Type == prooflearn.ModelTransformer {
		return newTransformer(spec, dt, batch, params, grad)
	}
	if k == deterministicKernels {
		return newDeterministicMLP(spec, dt, batch, params, grad)
	}
	return newMLP(spec, dt, batch, params, grad)
}

func gorgoniaDtype(dt prooflearn.DType) tensor.Dtype {
	if dt == prooflearn.Float64 {
		return tensor.Float64
	}
	return tensor.Float32
}

// backing wraps a prooflearn tensor's values without copying.
func backing(t *prooflearn.Tensor, shape ...int) tensor.Tensor {
	if len(shape) == 0 {
		shape = t.Shape
	}
	if t.DType == prooflearn.Float64 {
		return tensor.New(tensor.WithBacking(t.F64), tensor.WithShape(shape...))
	}
	return tensor.New(tensor.WithBacking(t.F32), tensor.WithShape(shape...))
}

// newMLP builds the graph with gorgonia's kernels: h = x; for each layer
// h = h·W + b, ReLU between layers; loss = −Σ(y ⊙ log_softmax(h)) / batch.
// With grad set it adds the symbolic backward pass (G.Grad) for every
// parameter.
func newMLP(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	m := newInputs(spec, dt, batch, params)
	m.kernels = gorgoniaKernels
	h := m.x
	var err error
	layers := len(params) / 2
	for l := 0; l < layers; l++ {
		if h, err = G.Mul(h, m.params[2*l]); err != nil {
			return nil, fmt.Errorf("layer %d matmul: %w", l, err)
		}
		if h, err = G.BroadcastAdd(h, m.params[2*l+1], nil, []byte{0}); err != nil {
			return nil, fmt.Errorf("layer %d bias: %w", l, err)
		}
		if l < layers-1 {
			if h, err = G.Rectify(h); err != nil {
				return nil, fmt.Errorf("layer %d relu: %w", l, err)
			}
		}
	}
	m.logits = h
	logp, err := G.LogSoftMax(h)
	if err != nil {
		return nil, err
	}
	picked, err := G.HadamardProd(logp, m.y)
	if err != nil {
		return nil, err
	}
	total, err := G.Sum(picked)
	if err != nil {
		return nil, err
	}
	var scale *G.Node
	if dt == prooflearn.Float64 {
		scale = G.NewConstant(-1 / float64(batch))
	} else {
		scale = G.NewConstant(float32(-1 / float64(batch)))
	}
	if m.loss, err = G.Mul(total, scale); err != nil {
		return nil, err
	}
	if grad {
		if m.grads, err = G.Grad(m.loss, m.params...); err != nil {
			return nil, fmt.Errorf("backward pass: %w", err)
		}
	}
	return m, m.compile()
}

// compile prepares the machine that runs the step: the loss and logits, and
// the parameter gradients when the graph has them.
func (m *mlp) compile() error {
	vm, err := newInlineVM(m.g, append(G.Nodes{m.loss, m.logits}, m.grads...)...)
	if err != nil {
		return err
	}
	m.vm, m.exec = vm, vm
	return nil
}

// newInputs starts a graph with the input, label and parameter nodes.
func newInputs(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor) *mlp {
	m := &mlp{g: G.NewGraph(), dt: dt}
	gdt := gorgoniaDtype(dt)
	m.xs = tensor.New(tensor.Of(gdt), tensor.WithShape(batch, spec.Input))
	m.ys = tensor.New(tensor.Of(gdt), tensor.WithShape(batch, spec.Classes))
	m.x = G.NewMatrix(m.g, gdt, G.WithShape(batch, spec.Input), G.WithName("x"), G.WithValue(m.xs))
	m.y = G.NewMatrix(m.g, gdt, G.WithShape(batch, spec.Classes), G.WithName("y"), G.WithValue(m.ys))
	for i := range params {
		p := &params[i]
		var n *G.Node
		switch len(p.Shape) {
		case 2:
			n = G.NewMatrix(m.g, gdt, G.WithShape(p.Shape...), G.WithName(p.Name), G.WithValue(backing(p)))
		case 4:
			// A convolution's [out, in, k, k] weight enters as the
			// out × in·k·k matrix of its rows, the layout it is stored in.
			rows, cols := p.Shape[0], p.Shape[1]*p.Shape[2]*p.Shape[3]
			n = G.NewMatrix(m.g, gdt, G.WithShape(rows, cols), G.WithName(p.Name), G.WithValue(backing(p, rows, cols)))
		default:
			// Biases are stored as vectors but enter the graph as 1×n rows so
			// they broadcast over the batch.
			n = G.NewMatrix(m.g, gdt, G.WithShape(1, p.Shape[0]), G.WithName(p.Name), G.WithValue(backing(p, 1, p.Shape[0])))
		}
		m.params = append(m.params, n)
	}
	return m
}

// newDeterministicMLP builds the same model as newMLP from the
// deterministic kernels. The backward pass is built node by node from the
// kernels' gradient operators rather than by G.Grad: G.Grad would insert
// gorgonia's own operators (the seed gradient, accumulation of gradients
// that meet, broadcast reductions) whose bits this package does not
// control. For each layer l, from the last:
//
//	dz    = logsoftmaxgrad(logp, crossentropygrad(y))   (last layer)
//	dW_l  = matmul(h_lᵀ, dz)
//	db_l  = biasgrad(dz)
//	dz    = relugrad(h_l, matmul(dz, W_lᵀ))            (into layer l−1)
//
// where h_l is the layer's input (x, or the previous ReLU output).
func newDeterministicMLP(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	m := newInputs(spec, dt, batch, params)
	m.kernels = deterministicKernels
	layers := len(params) / 2
	inputs := make(G.Nodes, layers) // h_l
	h := m.x
	var err error
	for l := 0; l < layers; l++ {
		inputs[l] = h
		if h, err = kernels.MatMulNode(h, m.params[2*l], false, false); err != nil {
			return nil, fmt.Errorf("layer %d matmul: %w", l, err)
		}
		if h, err = kernels.AddBiasNode(h, m.params[2*l+1]); err != nil {
			return nil, fmt.Errorf("layer %d bias: %w", l, err)
		}
		if l < layers-1 {
			if h, err = kernels.ReLUNode(h); err != nil {
				return nil, fmt.Errorf("layer %d relu: %w", l, err)
			}
		}
	}
	dz, err := m.deterministicLoss(h, grad)
	if err != nil {
		return nil, err
	}
	if grad {
		for l := layers - 1; l >= 0; l-- {
			if m.grads[2*l], err = kernels.MatMulNode(inputs[l], dz, true, false); err != nil {
				return nil, fmt.Errorf("layer %d weight gradient: %w", l, err)
			}
			if m.grads[2*l+1], err = kernels.BiasGradNode(dz); err != nil {
				return nil, fmt.Errorf("layer %d bias gradient: %w", l, err)
			}
			if l == 0 {
				break
			}
			dh, err := kernels.MatMulNode(dz, m.params[2*l], false, true)
			if err != nil {
				return nil, fmt.Errorf("layer %d input gradient: %w", l, err)
			}
			if dz, err = kernels.ReLUGradNode(inputs[l], dh); err != nil {
				return nil, fmt.Errorf("layer %d relu gradient: %w", l-1, err)
			}
		}
	}
	return m, m.compile()
}

// load fills the input and one-hot label tensors for a batch.
func (m *mlp) load(data Examples, indices []int) {
	t32, t64 := &pixels32, &pixels64
	if m.tokens {
		t32, t64 = &tokens32, &tokens64
	}
	if m.dt == prooflearn.Float64 {
		fillBatch(m.xs.Data().([]float64), m.ys.Data().([]float64), data, indices, t64)
	} else {
		fillBatch(m.xs.Data().([]float32), m.ys.Data().([]float32), data, indices, t32)
	}
}

// run executes the graph once (forward, and backward when built with grad).
func (m *mlp) run() error {
	defer m.vm.Reset()
	return m.vm.RunAll()
}

// grad returns the gradient values of parameter i from the last run,
// flattened, and a function that zeroes what the next run would add to.
// After m's own machine ran they are the gradient node's values, written
// afresh by every run. A Tracer runs its own tape machine over m's graph
// instead: gorgonia's kernels then accumulate into the parameters' dual
// values, which the caller must clear after use.
func (m *mlp) grad(i int) (any, func(), error) {
	if i >= len(m.grads) {
		return nil, nil, fmt.Errorf("parameter %d has no gradient node", i)
	}
	if v := m.exec.value(m.grads[i]); v != nil {
		return v.Data(), func() {}, nil
	}
	if m.kernels == deterministicKernels {
		v := m.grads[i].Value()
		if v == nil {
			return nil, nil, fmt.Errorf("gradient of %s was not computed", m.params[i].Name())
		}
		return v.Data(), func() {}, nil
	}
	g, err := m.params[i].Grad()
	if err != nil {
		return nil, nil, err
	}
	zero := func() {
		if z, ok := g.(tensor.Tensor); ok {
			z.Zero()
		}
	}
	return g.Data(), zero, nil
}

func (m *mlp) scalarLoss() float64 {
	v := m.exec.value(m.loss)
	if v == nil {
		return math.NaN()
	}
	switch v := v.Data().(type) {
	case float32:
		return float64(v)
	case float64:
		return v
	}
	return 0
}

// deterministicLoss puts the deterministic loss on the logits h (log-softmax,
// then cross-entropy against m.y) and, with grad, returns the logits'
// gradient dz and sizes m.grads for the backward pass that starts from it.
// The MLP and the CNN share it, so their loss nodes and operator names agree.
func (m *mlp) deterministicLoss(h *G.Node, grad bool) (*G.Node, error) {
	m.logits = h
	logp, err := kernels.LogSoftmaxNode(h)
	if err != nil {
		return nil, err
	}
	if m.loss, err = kernels.CrossEntropyNode(logp, m.y); err != nil {
		return nil, err
	}
	if !grad {
		return nil, nil
	}
	m.grads = make(G.Nodes, len(m.params))
	dlogp, err := kernels.CrossEntropyGradNode(m.y)
	if err != nil {
		return nil, err
	}
	return kernels.LogSoftmaxGradNode(logp, dlogp)
}
