package train

import (
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// Fixed mode trains in integer arithmetic (prooflearn/fixed). There is no
// gorgonia graph: the step is the protocol's operator list itself, run
// node by node by one interpreter (fixedNet), which the Trainer, the
// Tracer and the arbiter's re-execution of a single operator all share.
// What a party commits to and what the arbiter re-executes are then the
// same code by construction.

// Operator kinds of a fixed-mode step (prooflearn/fixed's operators; the
// inputs in the order listed).
const (
	OpFixedPrefix    = "fx."
	OpFixedMatMul    = "fx.matmul"    // (a, b), Attr = [transA, transB]: fixed.MatMul
	OpFixedAddBias   = "fx.addbias"   // (x, bias): fixed.AddBias
	OpFixedReLU      = "fx.relu"      // (x): fixed.ReLU
	OpFixedSqErrGrad = "fx.sqerrgrad" // (z, y), y the one-hot targets: fixed.SquaredErrorGrad
	OpFixedBiasGrad  = "fx.biasgrad"  // (dy): fixed.BiasGrad
	OpFixedReLUGrad  = "fx.relugrad"  // (x, dy): fixed.ReLUGrad(dx, dy, x)
	OpFixedMomentum  = "fx.momentum"  // (v, g), Scalar = MU: fixed.MomentumStep
	OpFixedSGD       = "fx.sgd"       // (w, v), Scalar = LR: fixed.SGDStep
)

// fixedStep lists the operators of a fixed-mode step and returns the node of
// each parameter's gradient. The forward pass (layer k, input h):
//
//	layerk.xw    fx.matmul(h, wk)           layerk.z  fx.addbias(layerk.xw, bk)
//	layerk.relu  fx.relu(layerk.z)          (hidden layers)
//
// then d.layerL.z = fx.sqerrgrad(layerL.z, y), the surrogate loss's
// gradient (the loss itself is not an operator: it is never committed),
// and per layer from the last: d.layerk.w = fx.matmul(hᵀ, dz),
// d.layerk.b = fx.biasgrad(dz) and, above the first layer,
// d.layer(k−1).relu = fx.matmul(dz, wkᵀ), d.layer(k−1).z = fx.relugrad(h,
// d.layer(k−1).relu). The gradients have their parameters' shapes.
func (l *opList) fixedStep(batch int, widths []int, x, y int, params []int) []int {
	layers := len(widths) - 1
	in := make([]int, layers)
	h := x
	for k := range layers {
		d, p := widths[k+1], fmt.Sprintf("layer%d.", k)
		in[k] = h
		xw := l.with(l.op(p+"xw", OpFixedMatMul, []int{batch, d}, h, params[2*k]), []int{0, 0}, 0)
		h = l.op(p+"z", OpFixedAddBias, []int{batch, d}, xw, params[2*k+1])
		if k < layers-1 {
			h = l.op(p+"relu", OpFixedReLU, []int{batch, d}, h)
		}
	}
	classes := widths[layers]
	dz := l.op(fmt.Sprintf("d.layer%d.z", layers-1), OpFixedSqErrGrad, []int{batch, classes}, h, y)
	grads := make([]int, 2*layers)
	for k := layers - 1; k >= 0; k-- {
		d, p := widths[k+1], fmt.Sprintf("d.layer%d.", k)
		grads[2*k] = l.with(l.op(p+"w", OpFixedMatMul, []int{widths[k], d}, in[k], dz), []int{1, 0}, 0)
		grads[2*k+1] = l.op(p+"b", OpFixedBiasGrad, []int{d}, dz)
		if k > 0 {
			q := fmt.Sprintf("d.layer%d.", k-1)
			dh := l.with(l.op(q+"relu", OpFixedMatMul, []int{batch, widths[k]}, dz, params[2*k]), []int{0, 1}, 0)
			dz = l.op(q+"z", OpFixedReLUGrad, []int{batch, widths[k]}, in[k], dh)
		}
	}
	return grads
}

// fixedOptimizer lists the update per parameter p in the checkpoint's
// order: with momentum, load-state momentum.p and fx.momentum (Scalar MU),
// then fx.sgd of p (Scalar LR) reading the new momentum, or the gradient
// itself for plain SGD. The update nodes carry the state tensors' names, so
// their outputs are the leaves of the next state.
func (l *opList) fixedOptimizer(task *prooflearn.Task, names []string, shapes [][]int, params, grads []int) {
	lr, mu := fixed.LearningRate(task.Optimizer.LearningRate), fixed.Momentum(task.Optimizer.Momentum)
	momentum := task.Optimizer.Type == "momentum"
	for i, name := range names {
		v := grads[i]
		if momentum {
			load := l.add(Node{Name: prooflearn.MomentumPrefix + name, Op: OpLoadState, Shape: slices.Clone(shapes[i]), State: len(names) + i})
			v = l.add(Node{Name: prooflearn.MomentumPrefix + name, Op: OpFixedMomentum, Inputs: []int{load, v}, Shape: slices.Clone(shapes[i]),
				Scalar: float64(mu), State: len(names) + i})
		}
		l.add(Node{Name: name, Op: OpFixedSGD, Inputs: []int{params[i], v}, Shape: slices.Clone(shapes[i]), Scalar: float64(lr), State: i})
	}
}

// fixedNet runs a fixed-mode step: the protocol's operator list of the
// task, executed in order.
type fixedNet struct {
	task  *prooflearn.Task
	nodes []Node
	// logits is the node of the last layer's output, which evaluation and
	// the reported loss read.
	logits int
}

func newFixedNet(task *prooflearn.Task) *fixedNet {
	nodes, _ := protocolNodes(task)
	f := &fixedNet{task: task, nodes: nodes, logits: -1}
	for _, n := range nodes {
		if n.Op == OpFixedSqErrGrad {
			f.logits = n.Inputs[0]
			break
		}
	}
	return f
}

// fixedBatch encodes a batch: x[r, f] = fixed.Pixel(pixel f of example r)
// and y the one-hot targets, One at the label.
func fixedBatch(task *prooflearn.Task, data Examples, indices []int) (x, y prooflearn.Tensor) {
	in, classes := task.Model.Input, task.Model.Classes
	x = prooflearn.NewTensor("x", prooflearn.Int32, len(indices), in)
	y = prooflearn.NewTensor("y", prooflearn.Int32, len(indices), classes)
	for r, idx := range indices {
		row := x.I32[r*in : (r+1)*in]
		for c, p := range data.Pixels(idx)[:in] {
			row[c] = fixed.Pixel(p)
		}
		y.I32[r*classes+int(data.Label(idx))] = fixed.One
	}
	return x, y
}

// run executes the step from state on a batch and returns every node's
// output and the next state. upTo, when below len(nodes), stops after that
// many nodes (evaluation needs only the forward pass) and leaves next nil.
// edit, when not nil, may change each output as it is recorded; later nodes
// read the edited value.
func (f *fixedNet) run(state *prooflearn.Checkpoint, data Examples, indices []int, upTo int, edit func(Node, *prooflearn.Tensor)) ([]prooflearn.Tensor, *prooflearn.Checkpoint, error) {
	nodes := f.nodes[:upTo]
	outs := make([]prooflearn.Tensor, len(nodes))
	x, y := fixedBatch(f.task, data, indices)
	nparams := len(state.Params)
	for i, n := range nodes {
		var out prooflearn.Tensor
		switch n.Op {
		case OpBatchX:
			out = x
		case OpBatchY:
			out = y
		case OpLoadState:
			if n.State < nparams {
				out = state.Params[n.State].Clone()
			} else {
				out = state.OptState[n.State-nparams].Clone()
			}
		default:
			ins := make([]*prooflearn.Tensor, len(n.Inputs))
			for k, j := range n.Inputs {
				ins[k] = &outs[j]
			}
			var err error
			if out, err = execFixed(n, ins); err != nil {
				return nil, nil, fmt.Errorf("step %d: operator %d (%s %s): %w", state.Step, i, n.Op, n.Name, err)
			}
		}
		out.Name = n.Name
		if edit != nil {
			edit(n, &out)
		}
		outs[i] = out
	}
	if upTo < len(f.nodes) {
		return outs, nil, nil
	}
	next := &prooflearn.Checkpoint{Step: state.Step + 1, Params: make([]prooflearn.Tensor, nparams), OptState: make([]prooflearn.Tensor, len(state.OptState))}
	for i, n := range nodes {
		switch {
		case n.Op == OpFixedSGD:
			next.Params[n.State] = outs[i].Clone()
		case n.Op == OpFixedMomentum:
			next.OptState[n.State-nparams] = outs[i].Clone()
		}
	}
	return outs, next, nil
}

// execFixed executes one fixed-mode operator on its inputs, checking every
// input against the shapes the operator needs: the arbiter hands it
// tensors a party opened.
func execFixed(n Node, in []*prooflearn.Tensor) (prooflearn.Tensor, error) {
	out := prooflearn.NewTensor(n.Name, prooflearn.Int32, n.Shape...)
	want := map[string]int{OpFixedMatMul: 2, OpFixedAddBias: 2, OpFixedReLU: 1, OpFixedSqErrGrad: 2, OpFixedBiasGrad: 1, OpFixedReLUGrad: 2, OpFixedMomentum: 2, OpFixedSGD: 2}
	arity, ok := want[n.Op]
	if !ok {
		return out, fmt.Errorf("%w: %q is not a fixed-point operator", prooflearn.ErrMalformed, n.Op)
	}
	if len(in) != arity {
		return out, fmt.Errorf("%w: %s takes %d inputs, got %d", prooflearn.ErrMalformed, n.Op, arity, len(in))
	}
	for k, t := range in {
		if t.DType != prooflearn.Int32 || len(t.I32) != t.Len() {
			return out, fmt.Errorf("%w: %s input %d is %v, want int32", prooflearn.ErrMalformed, n.Op, k, t.DType)
		}
		if err := t.Validate(); err != nil {
			return out, fmt.Errorf("%s input %d: %w", n.Op, k, err)
		}
	}
	size := func(k int, shape ...int) error {
		n1 := 1
		for _, d := range shape {
			n1 *= d
		}
		if in[k].Len() != n1 {
			return fmt.Errorf("%w: %s input %d has %d values, want %v", prooflearn.ErrMalformed, n.Op, k, in[k].Len(), shape)
		}
		return nil
	}
	rows, cols := 1, 1
	if len(n.Shape) == 2 {
		rows, cols = n.Shape[0], n.Shape[1]
	} else if len(n.Shape) == 1 {
		cols = n.Shape[0]
	}
	switch n.Op {
	case OpFixedMatMul:
		if len(n.Attr) != 2 || len(n.Shape) != 2 || len(in[0].Shape) != 2 {
			return out, fmt.Errorf("%w: matmul needs two transposes and matrices", prooflearn.ErrMalformed)
		}
		transA, transB := n.Attr[0] == 1, n.Attr[1] == 1
		k := in[0].Shape[1]
		if transA {
			k = in[0].Shape[0]
		}
		if err := size(0, rows, k); err != nil {
			return out, err
		}
		if err := size(1, k, cols); err != nil {
			return out, err
		}
		if k > fixed.MaxInner {
			return out, fmt.Errorf("%w: matmul inner dimension %d over %d", prooflearn.ErrMalformed, k, fixed.MaxInner)
		}
		return out, fixed.MatMul(out.I32, in[0].I32, in[1].I32, rows, k, cols, transA, transB)
	case OpFixedAddBias:
		if err := size(0, rows, cols); err != nil {
			return out, err
		}
		if err := size(1, cols); err != nil {
			return out, err
		}
		return out, fixed.AddBias(out.I32, in[0].I32, in[1].I32, rows, cols)
	case OpFixedReLU:
		if err := size(0, out.Len()); err != nil {
			return out, err
		}
		fixed.ReLU(out.I32, in[0].I32)
		return out, nil
	case OpFixedReLUGrad:
		if err := size(0, out.Len()); err != nil {
			return out, err
		}
		if err := size(1, out.Len()); err != nil {
			return out, err
		}
		fixed.ReLUGrad(out.I32, in[1].I32, in[0].I32)
		return out, nil
	case OpFixedSqErrGrad:
		if err := size(0, rows, cols); err != nil {
			return out, err
		}
		if err := size(1, rows, cols); err != nil {
			return out, err
		}
		labels, err := oneHotLabels(in[1].I32, rows, cols)
		if err != nil {
			return out, err
		}
		return out, fixed.SquaredErrorGrad(out.I32, in[0].I32, labels, rows, cols)
	case OpFixedBiasGrad:
		if err := size(0, in[0].Len()/max(cols, 1), cols); err != nil || in[0].Len()%max(cols, 1) != 0 {
			return out, fmt.Errorf("%w: biasgrad input of %d values for %d columns", prooflearn.ErrMalformed, in[0].Len(), cols)
		}
		return out, fixed.BiasGrad(out.I32, in[0].I32, in[0].Len()/cols, cols)
	case OpFixedMomentum, OpFixedSGD:
		for k := range in {
			if err := size(k, out.Len()); err != nil {
				return out, err
			}
		}
		copy(out.I32, in[0].I32)
		if n.Op == OpFixedMomentum {
			return out, fixed.MomentumStep(out.I32, in[1].I32, int64(n.Scalar))
		}
		return out, fixed.SGDStep(out.I32, in[1].I32, int64(n.Scalar))
	}
	return out, nil
}

// oneHotLabels reads the label of each row of one-hot targets y: exactly
// one entry One, the rest 0.
func oneHotLabels(y []int32, rows, cols int) ([]int, error) {
	labels := make([]int, rows)
	for r := range labels {
		labels[r] = -1
		for c, v := range y[r*cols : (r+1)*cols] {
			switch {
			case v == fixed.One && labels[r] < 0:
				labels[r] = c
			case v != 0:
				return nil, fmt.Errorf("%w: targets row %d is not one-hot", prooflearn.ErrMalformed, r)
			}
		}
		if labels[r] < 0 {
			return nil, fmt.Errorf("%w: targets row %d has no label", prooflearn.ErrMalformed, r)
		}
	}
	return labels, nil
}

// fixedStepOn is Trainer.StepOn in fixed mode: the loss it returns is the
// surrogate's, computed from the logits before the update.
func (t *Trainer) fixedStepOn(indices []int) (float64, error) {
	outs, next, err := t.fx.run(t.state, t.data, indices, len(t.fx.nodes), nil)
	if err != nil {
		return 0, err
	}
	logits := &outs[t.fx.logits]
	labels := make([]int, len(indices))
	for r, idx := range indices {
		labels[r] = int(t.data.Label(idx))
	}
	loss := fixed.SquaredError(logits.I32, labels, len(indices), t.task.Model.Classes)
	for i := range next.Params {
		copy(t.state.Params[i].I32, next.Params[i].I32)
	}
	for i := range next.OptState {
		copy(t.state.OptState[i].I32, next.OptState[i].I32)
	}
	t.state.Step++
	return loss, nil
}

// fixedAccuracy is Trainer.Accuracy in fixed mode: the forward pass in
// fixed point, the predicted class the arg-max logit (the first on a tie).
func (t *Trainer) fixedAccuracy(data Examples) (float64, error) {
	batch := t.task.BatchSize
	classes := t.task.Model.Classes
	correct, seen := 0, 0
	idx := make([]int, batch)
	for start := 0; start < data.Len(); start += batch {
		// The last batch is filled up with the first examples, whose
		// predictions are not counted again.
		n := min(batch, data.Len()-start)
		for i := range idx {
			idx[i] = (start + i) % data.Len()
		}
		outs, _, err := t.fx.run(t.state, data, idx, t.fx.logits+1, nil)
		if err != nil {
			return 0, err
		}
		z := outs[t.fx.logits].I32
		for r := 0; r < n; r++ {
			row := z[r*classes : (r+1)*classes]
			if int(data.Label(idx[r])) == argmax(row) {
				correct++
			}
			seen++
		}
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w: evaluation needs examples", prooflearn.ErrMalformed)
	}
	return float64(correct) / float64(seen), nil
}

func argmax(row []int32) int {
	best := 0
	for c, v := range row {
		if v > row[best] {
			best = c
		}
	}
	return best
}

// executeFixed is Tracer.Execute in fixed mode: operator i alone on the
// given inputs.
func (tr *Tracer) executeFixed(i int, inputs []prooflearn.Tensor) (prooflearn.Tensor, error) {
	if i < 0 || i >= len(tr.nodes) {
		return prooflearn.Tensor{}, fmt.Errorf("%w: node %d of %d", prooflearn.ErrOutOfRange, i, len(tr.nodes))
	}
	n := tr.nodes[i]
	switch n.Op {
	case OpBatchX, OpBatchY, OpLoadState:
		return prooflearn.Tensor{}, fmt.Errorf("%w: node %d (%s) has no operator to execute", prooflearn.ErrOutOfRange, i, n.Op)
	}
	if len(inputs) != len(n.Inputs) {
		return prooflearn.Tensor{}, fmt.Errorf("%w: node %d takes %d inputs, got %d", prooflearn.ErrMalformed, i, len(n.Inputs), len(inputs))
	}
	ins := make([]*prooflearn.Tensor, len(inputs))
	for k := range inputs {
		// The operator's input must have the shape of the node it is the
		// output of, not merely the right number of values.
		if want := tr.nodes[n.Inputs[k]].Shape; !slices.Equal(inputs[k].Shape, want) {
			return prooflearn.Tensor{}, fmt.Errorf("%w: node %d input %d has shape %v, want %v", prooflearn.ErrMalformed, i, k, inputs[k].Shape, want)
		}
		ins[k] = &inputs[k]
	}
	out, err := execFixed(n, ins)
	if err != nil {
		return prooflearn.Tensor{}, fmt.Errorf("node %d (%s %s): %w", i, n.Op, n.Name, err)
	}
	return out, nil
}
