package train

import (
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// mlp is the gorgonia graph of one MLP at a fixed batch size. Its parameter
// nodes are bound to tensors that share backing arrays with the trainer's
// parameters, so an in-place optimizer update is what the next run sees.
type mlp struct {
	g      *G.ExprGraph
	x, y   *G.Node
	params G.Nodes
	logits *G.Node
	loss   *G.Node
	vm     G.VM
	xs, ys tensor.Tensor
	dt     prooflearn.DType
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

// newMLP builds the graph: h = x; for each layer h = h·W + b, ReLU between
// layers; loss = −Σ(y ⊙ log_softmax(h)) / batch. With grad set it adds the
// symbolic backward pass for every parameter.
func newMLP(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	m := &mlp{g: G.NewGraph(), dt: dt}
	gdt := gorgoniaDtype(dt)
	m.xs = tensor.New(tensor.Of(gdt), tensor.WithShape(batch, spec.Input))
	m.ys = tensor.New(tensor.Of(gdt), tensor.WithShape(batch, spec.Classes))
	m.x = G.NewMatrix(m.g, gdt, G.WithShape(batch, spec.Input), G.WithName("x"), G.WithValue(m.xs))
	m.y = G.NewMatrix(m.g, gdt, G.WithShape(batch, spec.Classes), G.WithName("y"), G.WithValue(m.ys))
	for i := range params {
		p := &params[i]
		var n *G.Node
		if len(p.Shape) == 2 {
			n = G.NewMatrix(m.g, gdt, G.WithShape(p.Shape...), G.WithName(p.Name), G.WithValue(backing(p)))
		} else {
			// Biases are stored as vectors but enter the graph as 1×n rows so
			// they broadcast over the batch.
			n = G.NewMatrix(m.g, gdt, G.WithShape(1, p.Shape[0]), G.WithName(p.Name), G.WithValue(backing(p, 1, p.Shape[0])))
		}
		m.params = append(m.params, n)
	}
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
		if _, err := G.Grad(m.loss, m.params...); err != nil {
			return nil, fmt.Errorf("backward pass: %w", err)
		}
		m.vm = G.NewTapeMachine(m.g, G.BindDualValues(m.params...))
	} else {
		m.vm = G.NewTapeMachine(m.g)
	}
	return m, nil
}

// load fills the input and one-hot label tensors for a batch.
func (m *mlp) load(data Examples, indices []int) {
	if m.dt == prooflearn.Float64 {
		fillBatch(m.xs.Data().([]float64), m.ys.Data().([]float64), data, indices)
	} else {
		fillBatch(m.xs.Data().([]float32), m.ys.Data().([]float32), data, indices)
	}
}

func fillBatch[F float32 | float64](x, y []F, data Examples, indices []int) {
	classes := len(y) / len(indices)
	features := len(x) / len(indices)
	clear(y)
	for r, idx := range indices {
		px := data.Pixels(idx)
		for c := 0; c < features; c++ {
			x[r*features+c] = F(px[c]) / 255
		}
		y[r*classes+int(data.Label(idx))] = 1
	}
}

// run executes the graph once (forward, and backward when built with grad).
func (m *mlp) run() error {
	defer m.vm.Reset()
	return m.vm.RunAll()
}

// grad returns the gradient values of parameter i, flattened, and a function
// that zeroes them. Gorgonia accumulates into a parameter's gradient across
// runs, so each step must clear it after use.
func (m *mlp) grad(i int) (any, func(), error) {
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
	switch v := m.loss.Value().Data().(type) {
	case float32:
		return float64(v)
	case float64:
		return v
	}
	return 0
}
