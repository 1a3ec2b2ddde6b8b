package train

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Operator kinds of a traced step. The gorgonia graph's operators are mapped
// onto the first group; the optimizer update, which runs in Go after the
// graph, is the second.
const (
	OpBatchX         = "batch-x"          // the batch's pixels / 255, from the committed dataset
	OpBatchY         = "batch-y"          // the batch's one-hot labels
	OpLoadState      = "load-state"       // a tensor of the state before the step
	OpConst          = "const"            // a scalar constant of the graph
	OpMatMul         = "matmul"           // A·B with Attr = [transposeA, transposeB]
	OpReshape        = "reshape"          // same values, the node's shape
	OpSizeOf         = "sizeof"           // the scalar Scalar (a dimension of the input)
	OpRepeat         = "repeat"           // repeat along axis Attr[0] up to the node's shape
	OpAdd            = "add"              // elementwise, a scalar operand broadcasts
	OpSub            = "sub"              //
	OpMul            = "mul"              //
	OpDiv            = "div"              //
	OpGte            = "gte"              // 1 where a ≥ b, else 0
	OpGt             = "gt"               // 1 where a > b, else 0
	OpLogSoftmax     = "log-softmax"      // along the last axis
	OpLogSoftmaxGrad = "log-softmax-grad" // inputs (x, y = log-softmax(x), dy): dy − exp(y)·Σdy
	OpSum            = "sum"              // over the axes in Attr
	OpGrad           = "grad"             // the gradient as the optimizer reads it: +0 + g, in the state's shape
	OpMomentumUpdate = "momentum-update"  // v' = μ·v + g, μ = Scalar
	OpSGDUpdate      = "sgd-update"       // w' = w − η·v, η = Scalar
	// Adam's operators (docs/optimizers.md has the formulas). The bias
	// corrections, ε and λ of adam-update follow from the task and the step.
	OpClipScale  = "clip-scale"  // inputs: every gradient; the scalar min(1, c ÷ ‖g‖₂), c = Scalar
	OpClip       = "clip"        // inputs (g, scale): g·scale
	OpAdamM      = "adam-m"      // inputs (m, g): m' = β1·m + (1−β1)·g, β1 = Scalar
	OpAdamV      = "adam-v"      // inputs (v, g): v' = β2·v + ((1−β2)·g)·g, β2 = Scalar
	OpAdamUpdate = "adam-update" // inputs (w, m', v'): w' = w − η·(m̂ ÷ (√v̂ + ε) + λ·w), η = Scalar
	// OpKernelPrefix marks a deterministic kernel (prooflearn/kernels): "det.matmul", …
	OpKernelPrefix = "det."
)

// Node is one operator of a training step in the protocol's order
// (StepNodes). Inputs are indices of earlier nodes, so the list is a
// topological order of the step.
type Node struct {
	Index  int
	Name   string
	Op     string
	Inputs []int
	Shape  []int
	// Attr holds integer attributes (matmul transposes, sum axes, repeat axis).
	Attr []int
	// Scalar is a constant's value, a size, the learning rate or the momentum.
	Scalar float64
	// State is the index into the state's tensor list (parameters, then
	// optimizer state) that a load-state node reads or an update writes; −1
	// for every other node.
	State int
}

// WritesState reports whether the node is an optimizer update whose output
// is a tensor of the next state (momentum-update and sgd-update; adam-m,
// adam-v and adam-update; fx.momentum and fx.sgd in fixed mode): every node
// with a State but a load-state.
func (n Node) WritesState() bool { return n.State >= 0 && n.Op != OpLoadState }

// StepTrace is everything one step computed: the output of every node in
// canonical order and the state after the step.
type StepTrace struct {
	Step    int
	Nodes   []Node
	Outputs []prooflearn.Tensor
	Next    *prooflearn.Checkpoint
}

// Tracer runs training steps and records every operator's output. It runs
// the same gorgonia graph as the Trainer, with a machine that keeps a copy of
// every node's value, and the same optimizer update; its next state is the
// Trainer's, bit for bit. Its nodes are numbered in the protocol's order
// (StepNodes), to which NewTracer binds the graph by structure.
type Tracer struct {
	task   *prooflearn.Task
	data   Examples
	order  *prooflearn.DataOrder
	net    *mlp
	vm     G.VM
	params []prooflearn.Tensor // bound to the graph
	graph  G.Nodes             // graph[i]: the gorgonia node bound to operator i
	nodes  []Node              // the protocol's operator list; learning rate filled per step
	fx     *fixedNet           // fixed mode: the step without a graph (net, vm and graph unused)
}

// NewTracer builds the step graph of a task.
func NewTracer(task *prooflearn.Task, data Examples) (*Tracer, error) {
	order, err := task.DataOrder()
	if err != nil {
		return nil, err
	}
	if task.Mode == prooflearn.ModeFixed {
		fx := newFixedNet(task)
		return &Tracer{task: task, data: data, order: order, nodes: fx.nodes, fx: fx}, nil
	}
	names, shapes := task.Model.ParamShapes()
	dt := task.ElemType()
	params := make([]prooflearn.Tensor, len(names))
	for i := range names {
		params[i] = prooflearn.NewTensor(names[i], dt, shapes[i]...)
	}
	net, err := buildMLP(kernelsFor(task), task.Model, dt, task.BatchSize, params, true)
	if err != nil {
		return nil, err
	}
	net.vm.Close()
	tr := &Tracer{task: task, data: data, order: order, net: net, params: params}
	if net.kernels == deterministicKernels {
		tr.vm = G.NewTapeMachine(net.g, G.TraceExec())
	} else {
		tr.vm = G.NewTapeMachine(net.g, G.TraceExec(), G.BindDualValues(net.params...))
	}
	if err := tr.buildNodes(); err != nil {
		return nil, err
	}
	return tr, nil
}

// Nodes returns a copy of the step's node list with the learning rate of step.
func (tr *Tracer) Nodes(step int) []Node {
	out := make([]Node, len(tr.nodes))
	for i, n := range tr.nodes {
		n.Inputs = append([]int(nil), n.Inputs...)
		n.Shape = append([]int{}, n.Shape...)
		n.Attr = append([]int(nil), n.Attr...)
		out[i] = n
	}
	setLearningRate(out, tr.task.LearningRate(step))
	return out
}

// Batch returns the example indices the seed assigns to step.
func (tr *Tracer) Batch(step int) []int { return tr.order.Batch(step) }

// Close releases the graph machine.
func (tr *Tracer) Close() error {
	if tr.vm == nil {
		return nil
	}
	return tr.vm.Close()
}

// buildNodes takes the protocol's operator list of the task and binds the
// graph's nodes to it (bindGraph).
func (tr *Tracer) buildNodes() error {
	nodes, graphOps := protocolNodes(tr.task)
	graph, err := bindGraph(nodes, graphOps, tr.net, tr.net.g.AllNodes())
	if err != nil {
		return err
	}
	tr.nodes, tr.graph = nodes, graph
	return nil
}

// describeOp maps a gorgonia operator onto a Node's kind and attributes. The
// mapping reads the operators' String forms, which identify them completely
// in the pinned gorgonia version; anything unknown is an error rather than a
// guess, so a graph change cannot silently change what the arbiter re-executes.
func describeOp(gn *G.Node, n *Node, inputs G.Nodes) error {
	if gn.Op() == nil {
		return fmt.Errorf("train: graph node %v has no operator and is not an input of the step", gn)
	}
	s := gn.Op().String()
	bad := func() error {
		return fmt.Errorf("train: operator %q of graph node %v is not supported by the trace", s, gn)
	}
	switch {
	case strings.HasPrefix(s, "const "):
		n.Op = OpConst
		switch v := gn.Value().Data().(type) {
		case float32:
			n.Scalar = float64(v)
		case float64:
			n.Scalar = v
		default:
			return bad()
		}
	case s == "A × B" || s == "A × Bᵀ" || s == "Aᵀ × B" || s == "Aᵀ × Bᵀ":
		if len(inputs) != 2 || inputs[0].Dims() != 2 || inputs[1].Dims() != 2 {
			return bad()
		}
		n.Op = OpMatMul
		n.Attr = []int{b2i(strings.HasPrefix(s, "Aᵀ")), b2i(strings.HasSuffix(s, "Bᵀ"))}
	case strings.HasPrefix(s, "Reshape"):
		n.Op = OpReshape
	case strings.HasPrefix(s, "SizeOf="):
		v, err := strconv.Atoi(strings.TrimPrefix(s, "SizeOf="))
		if err != nil {
			return bad()
		}
		n.Op, n.Scalar = OpSizeOf, float64(v)
	case strings.HasPrefix(s, "SizeOf("):
		a, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(s, "SizeOf("), ")"))
		if err != nil || len(inputs) != 1 || a < 0 || a >= inputs[0].Dims() {
			return bad()
		}
		n.Op, n.Scalar = OpSizeOf, float64(inputs[0].Shape()[a])
	case strings.HasPrefix(s, "Repeat"):
		a, err := strconv.Atoi(strings.TrimPrefix(s, "Repeat"))
		if err != nil {
			return bad()
		}
		n.Op, n.Attr = OpRepeat, []int{a}
	case s == "Softmax{-1, true}()":
		n.Op = OpLogSoftmax
	case s == "SoftmaxDiff{-1, true}()":
		n.Op = OpLogSoftmaxGrad
	case strings.HasPrefix(s, "Σ["):
		n.Op = OpSum
		for _, f := range strings.Fields(strings.Trim(strings.TrimPrefix(s, "Σ"), "[]")) {
			a, err := strconv.Atoi(f)
			if err != nil {
				return bad()
			}
			n.Attr = append(n.Attr, a)
		}
	default:
		if k, ok := gn.Op().(interface{ Name() string }); ok && strings.HasPrefix(s, "det.") {
			// A deterministic kernel: the arbiter re-executes it as it is.
			n.Op = OpKernelPrefix + k.Name()
			if a, ok := gn.Op().(interface{ Attrs() string }); ok {
				if err := kernelAttrs(a.Attrs(), n); err != nil {
					return fmt.Errorf("train: operator %q of graph node %v: %w", s, gn, err)
				}
			}
			return nil
		}
		sym, same, ok := strings.Cut(s, " ")
		kinds := map[string]string{"+": OpAdd, "-": OpSub, "⊙": OpMul, "÷": OpDiv, ">=": OpGte, ">": OpGt}
		kind, known := kinds[sym]
		if !ok || !known || len(inputs) != 2 {
			return bad()
		}
		if (kind == OpGte || kind == OpGt) != (same == "true") {
			return bad()
		}
		n.Op = kind
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Step runs one training step from state on the batch indices and returns
// every node's output. The state is not modified. edit, when not nil, is
// called on each node's output as it is recorded and may change it: the
// optimizer nodes, which run after the graph, see the edited values, graph
// nodes after the edited one do not (in fixed mode, which has no graph, every
// later node reads the edited value). It exists to build dishonest parties.
func (tr *Tracer) Step(state *prooflearn.Checkpoint, indices []int, edit func(Node, *prooflearn.Tensor)) (*StepTrace, error) {
	if err := state.CheckShape(tr.task); err != nil {
		return nil, err
	}
	if len(indices) != tr.task.BatchSize {
		return nil, fmt.Errorf("%w: batch of %d, task batch size %d", prooflearn.ErrMalformed, len(indices), tr.task.BatchSize)
	}
	for _, i := range indices {
		if i < 0 || i >= tr.data.Len() {
			return nil, fmt.Errorf("%w: example %d of %d", prooflearn.ErrOutOfRange, i, tr.data.Len())
		}
	}
	if tr.fx != nil {
		outs, next, err := tr.fx.run(state, tr.data, indices, len(tr.nodes), edit)
		if err != nil {
			return nil, err
		}
		next.RNG = tr.order.State(state.Step + 1)
		return &StepTrace{Step: state.Step, Nodes: tr.Nodes(state.Step), Outputs: outs, Next: next}, nil
	}
	for i := range state.Params {
		if err := tr.params[i].CopyFrom(&state.Params[i]); err != nil {
			return nil, err
		}
	}
	tr.net.load(tr.data, indices)
	defer tr.vm.Reset()
	if err := tr.vm.RunAll(); err != nil {
		return nil, fmt.Errorf("step %d: %w", state.Step, err)
	}
	st := &StepTrace{Step: state.Step, Nodes: tr.Nodes(state.Step), Outputs: make([]prooflearn.Tensor, len(tr.nodes))}
	record := func(i int, t prooflearn.Tensor) {
		t.Name = st.Nodes[i].Name
		if edit != nil {
			edit(st.Nodes[i], &t)
		}
		st.Outputs[i] = t
	}
	dt := tr.task.ElemType()
	for i, gn := range tr.graph {
		n := st.Nodes[i]
		if n.Op == OpLoadState {
			record(i, state.Params[n.State].Clone())
			continue
		}
		t, err := valueTensor(gn, dt)
		if err != nil {
			return nil, fmt.Errorf("step %d node %d (%s): %w", state.Step, i, gn.Op(), err)
		}
		record(i, t)
	}
	// Gorgonia accumulates gradients into the parameters' dual values; the
	// trainer clears them after each step and so does the trace.
	if tr.net.kernels != deterministicKernels {
		for i := range tr.net.params {
			if _, zero, err := tr.net.grad(i); err == nil {
				zero()
			}
		}
	}
	next := &prooflearn.Checkpoint{Step: state.Step + 1, RNG: tr.order.State(state.Step + 1)}
	for i := len(tr.graph); i < len(st.Nodes); i++ {
		n := st.Nodes[i]
		var out prooflearn.Tensor
		switch n.Op {
		case OpLoadState:
			out = state.OptState[n.State-len(state.Params)].Clone()
		case OpGrad, OpReshape:
			out = prooflearn.NewTensor(n.Name, dt, n.Shape...)
			g := &st.Outputs[n.Inputs[0]]
			if g.Len() != out.Len() || g.DType != dt {
				return nil, fmt.Errorf("step %d: gradient node %d has %d values, parameter %d", state.Step, n.Inputs[0], g.Len(), out.Len())
			}
			copy(out.F32, g.F32)
			copy(out.F64, g.F64)
			if n.Op == OpGrad {
				for j := range out.F32 {
					out.F32[j] = 0 + g.F32[j]
				}
				for j := range out.F64 {
					out.F64[j] = 0 + g.F64[j]
				}
			}
		case OpMomentumUpdate:
			out = st.Outputs[n.Inputs[0]].Clone()
			g := &st.Outputs[n.Inputs[1]]
			momentumStep(out.F32, g.F32, float32(n.Scalar))
			momentumStep(out.F64, g.F64, n.Scalar)
		case OpSGDUpdate:
			out = st.Outputs[n.Inputs[0]].Clone()
			v := &st.Outputs[n.Inputs[1]]
			sgdStep(out.F32, v.F32, float32(n.Scalar))
			sgdStep(out.F64, v.F64, n.Scalar)
		case OpClipScale, OpClip, OpAdamM, OpAdamV, OpAdamUpdate:
			in := make([]prooflearn.Tensor, len(n.Inputs))
			for k, j := range n.Inputs {
				in[k] = st.Outputs[j]
			}
			var err error
			if out, err = OptimizerOperator(tr.task, state.Step, n, in); err != nil {
				return nil, fmt.Errorf("step %d node %d: %w", state.Step, i, err)
			}
		}
		record(i, out)
		switch {
		case n.WritesState() && n.State < len(state.Params):
			next.Params = append(next.Params, st.Outputs[i].Clone())
		case n.WritesState():
			next.OptState = append(next.OptState, st.Outputs[i].Clone())
		}
	}
	st.Next = next
	return st, nil
}

// momentumStep and sgdStep are kernels.Update split in its two halves, so
// that each is one operator of the trace.

// momentumStep is v = μv + g, the product rounded explicitly.
func momentumStep[F float32 | float64](v, g []F, mu F) {
	for i := range v {
		v[i] = F(mu*v[i]) + g[i]
	}
}

// sgdStep is w −= ηv, the product rounded explicitly.
func sgdStep[F float32 | float64](w, v []F, lr F) {
	for i := range w {
		w[i] -= F(lr * v[i])
	}
}

// valueTensor copies a node's value into a tensor of the node's shape.
func valueTensor(gn *G.Node, dt prooflearn.DType) (prooflearn.Tensor, error) {
	v := gn.Value()
	if v == nil {
		return prooflearn.Tensor{}, fmt.Errorf("no value recorded")
	}
	return valueOf(v, gn.Shape(), dt)
}

func valueOf(v G.Value, gshape tensor.Shape, dt prooflearn.DType) (prooflearn.Tensor, error) {
	shape := append([]int{}, gshape...)
	t := prooflearn.NewTensor("", dt, shape...)
	var src any = v.Data()
	if tt, ok := v.(tensor.Tensor); ok {
		src = tt.Data()
	}
	switch d := src.(type) {
	case []float32:
		if dt != prooflearn.Float32 || len(d) != len(t.F32) {
			return t, fmt.Errorf("value of %d float32 for shape %v %v", len(d), shape, dt)
		}
		copy(t.F32, d)
	case []float64:
		if dt != prooflearn.Float64 || len(d) != len(t.F64) {
			return t, fmt.Errorf("value of %d float64 for shape %v %v", len(d), shape, dt)
		}
		copy(t.F64, d)
	case float32:
		if dt != prooflearn.Float32 || len(t.F32) != 1 {
			return t, fmt.Errorf("scalar value for shape %v", shape)
		}
		t.F32[0] = d
	case float64:
		if dt != prooflearn.Float64 || len(t.F64) != 1 {
			return t, fmt.Errorf("scalar value for shape %v", shape)
		}
		t.F64[0] = d
	default:
		return t, fmt.Errorf("value of type %T", src)
	}
	return t, nil
}

// Execute re-executes graph node i alone on the given inputs (one per
// Inputs entry, in order) and returns its output: what an arbiter does with
// the one operator both parties dispute. Nodes outside the graph (the
// optimizer update, inputs and constants) are not executed here; in fixed
// mode every operator is (all but the batch and load-state nodes).
func (tr *Tracer) Execute(i int, inputs []prooflearn.Tensor) (out prooflearn.Tensor, err error) {
	if tr.fx != nil {
		return tr.executeFixed(i, inputs)
	}
	if i < 0 || i >= len(tr.graph) {
		return out, fmt.Errorf("%w: node %d is not a graph operator", prooflearn.ErrOutOfRange, i)
	}
	gn := tr.graph[i]
	n := tr.nodes[i]
	if gn.Op() == nil || n.Op == OpConst {
		return out, fmt.Errorf("%w: node %d (%s) has no operator to execute", prooflearn.ErrOutOfRange, i, n.Op)
	}
	if len(inputs) != len(n.Inputs) {
		return out, fmt.Errorf("%w: node %d takes %d inputs, got %d", prooflearn.ErrMalformed, i, len(n.Inputs), len(inputs))
	}
	dt := tr.task.ElemType()
	vals := make([]G.Value, len(inputs))
	for k, in := range n.Inputs {
		shape := tr.graph[in].Shape()
		t := inputs[k]
		if t.DType != dt || t.Len() != shape.TotalSize() {
			return out, fmt.Errorf("%w: node %d input %d is %v with %d values, want %v%v", prooflearn.ErrMalformed, i, k, t.DType, t.Len(), dt, shape)
		}
		if shape.IsScalar() {
			if dt == prooflearn.Float64 {
				vals[k] = G.NewF64(t.F64[0])
			} else {
				vals[k] = G.NewF32(t.F32[0])
			}
			continue
		}
		c := t.Clone()
		vals[k] = backing(&c, shape...)
	}
	defer func() {
		// A gorgonia kernel given inconsistent operands may panic; that is
		// a bad input here, never a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: node %d (%s) rejected its inputs: %v", prooflearn.ErrMalformed, i, gn.Op(), r)
		}
	}()
	v, err := gn.Op().Do(vals...)
	if err != nil {
		return out, fmt.Errorf("node %d (%s): %w", i, gn.Op(), err)
	}
	res, err := valueOf(v, gn.Shape(), dt)
	if err != nil {
		return out, fmt.Errorf("node %d (%s): %w", i, gn.Op(), err)
	}
	res.Name = n.Name
	return res, nil
}
