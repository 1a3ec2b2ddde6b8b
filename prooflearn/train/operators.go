package train

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
	G "gorgonia.org/gorgonia"
)

// The protocol's operator order.
//
// Level 2 of the dispute game numbers the operators of one training step;
// both parties and the arbiter must number them alike whatever build they
// run, so the numbering is protocol. StepNodes derives it from the task's
// model spec, batch size, dtype, mode and optimizer alone (the rules are
// written out in docs/arbitration.md, and testdata/golden/<task>.ops.sha256
// pins the list of each shipped task). A Tracer binds the gorgonia graph it
// runs to this list by structure — operator kind, attributes, shape and
// inputs — never by gorgonia's own sort: an upgrade that builds the same
// operators in another order changes nothing, and one that builds other
// operators makes NewTracer fail, in a test, rather than split two parties
// in a dispute.

// nodesDomain separates the hash of an operator list from every other hash.
const nodesDomain = "prooflearn/step-operators/v1"

// StepNodes returns the protocol's operator list of a task's training step,
// with the learning rate of step: the arbiter's view of the computation. It
// is derived from the task alone; no graph is built.
func StepNodes(task *prooflearn.Task, step int) ([]Node, error) {
	if err := task.Validate(); err != nil {
		return nil, err
	}
	nodes, _ := protocolNodes(task)
	setLearningRate(nodes, task.LearningRate(step))
	return nodes, nil
}

// NodesHash is the SHA-256 of the canonical encoding of an operator list
// (EncodeNodes). Two parties whose StepNodes hash alike number the step's
// operators alike.
func NodesHash(nodes []Node) prooflearn.Hash {
	return sha256.Sum256(EncodeNodes(nodes))
}

// EncodeNodes is the canonical byte encoding of an operator list: the
// domain string, a zero byte and a uint32 count, then per node, little
// endian, uint32 index, name and op (uint16 length and bytes), inputs, shape
// and attributes (uint32 count and uint32 values), the scalar's float64 bits
// and the state index as int32 (−1 for none).
func EncodeNodes(nodes []Node) []byte {
	b := append([]byte(nodesDomain), 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(nodes)))
	ints := func(b []byte, xs []int) []byte {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(xs)))
		for _, x := range xs {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
		return b
	}
	str := func(b []byte, s string) []byte {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(s)))
		return append(b, s...)
	}
	for _, n := range nodes {
		b = binary.LittleEndian.AppendUint32(b, uint32(n.Index))
		b = str(b, n.Name)
		b = str(b, n.Op)
		b = ints(b, n.Inputs)
		b = ints(b, n.Shape)
		b = ints(b, n.Attr)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(n.Scalar))
		b = binary.LittleEndian.AppendUint32(b, uint32(int32(n.State)))
	}
	return b
}

// FormatNodes writes an operator list one node per line, as the readable
// golden lists in testdata/golden show it.
func FormatNodes(nodes []Node) string {
	var sb strings.Builder
	for _, n := range nodes {
		fmt.Fprintf(&sb, "%d %s %s in=%v shape=%v", n.Index, n.Name, n.Op, n.Inputs, n.Shape)
		if len(n.Attr) > 0 {
			fmt.Fprintf(&sb, " attr=%v", n.Attr)
		}
		if n.Scalar != 0 {
			fmt.Fprintf(&sb, " scalar=%s", strconv.FormatFloat(n.Scalar, 'g', -1, 64))
		}
		if n.State >= 0 {
			fmt.Fprintf(&sb, " state=%d", n.State)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func setLearningRate(nodes []Node, lr float64) {
	for i := range nodes {
		if nodes[i].Op == OpSGDUpdate || nodes[i].Op == OpAdamUpdate {
			nodes[i].Scalar = lr
		}
	}
}

// opList builds an operator list node by node; every node's inputs are
// earlier nodes, so the list is a topological order by construction.
type opList struct {
	nodes []Node
}

// op appends a node that writes no state tensor.
func (l *opList) op(name, kind string, shape []int, inputs ...int) int {
	return l.add(Node{Name: name, Op: kind, Inputs: inputs, Shape: shape, State: -1})
}

// with sets the attributes and scalar of node i and returns i.
func (l *opList) with(i int, attr []int, scalar float64) int {
	l.nodes[i].Attr, l.nodes[i].Scalar = attr, scalar
	return i
}

func (l *opList) add(n Node) int {
	n.Index = len(l.nodes)
	if n.Shape == nil {
		n.Shape = []int{}
	}
	l.nodes = append(l.nodes, n)
	return n.Index
}

// protocolNodes is the operator list of a task's step, the learning rate
// left at zero, and the number of its nodes the graph computes (the rest is
// the optimizer update, which runs after the graph). The order is:
//
//  1. the batch inputs x and y, then the parameters (load-state) in the
//     checkpoint's order w0, b0, w1, b1, …;
//  2. the forward pass, layer by layer;
//  3. the loss;
//  4. the backward pass, from the last layer to the first;
//  5. the optimizer, parameter by parameter in the checkpoint's order.
//
// Steps 2 to 4 depend on the mode (tolerantStep, deterministicStep,
// fixedStep), and so does step 5 (optimizer, fixedOptimizer).
func protocolNodes(task *prooflearn.Task) ([]Node, int) {
	spec := task.Model
	widths := append(append([]int{spec.Input}, spec.Hidden...), spec.Classes)
	names, shapes := spec.ParamShapes()
	l := &opList{}
	x := l.op("x", OpBatchX, []int{task.BatchSize, spec.Input})
	y := l.op("y", OpBatchY, []int{task.BatchSize, spec.Classes})
	params := make([]int, len(names))
	for i := range names {
		params[i] = l.add(Node{Name: names[i], Op: OpLoadState, Shape: slices.Clone(shapes[i]), State: i})
	}
	var grads []int
	if task.Mode == prooflearn.ModeFixed {
		grads = l.fixedStep(task.BatchSize, widths, x, y, params)
		graphOps := len(l.nodes)
		l.fixedOptimizer(task, names, shapes, params, grads)
		return l.nodes, graphOps
	}
	if spec.Type == prooflearn.ModelTransformer {
		grads = l.transformerStep(spec, task.ElemType(), task.BatchSize, x, params)
	} else if spec.Type == prooflearn.ModelCNN {
		grads = l.cnnStep(spec, task.BatchSize, x, y, params)
	} else if kernelsFor(task) == deterministicKernels {
		grads = l.deterministicStep(task.BatchSize, widths, x, y, params)
	} else {
		grads = l.tolerantStep(task.ElemType(), task.BatchSize, widths, x, y, params)
	}
	graphOps := len(l.nodes)
	l.optimizer(task, names, shapes, params, grads)
	return l.nodes, graphOps
}

// tolerantStep lists gorgonia's operators of the step: the forward pass as
// newMLP builds it and the backward pass as G.Grad derives it, in the order
// of the chain rule. It returns the node of each parameter's gradient.
//
// Layer k (input h, width d, batch B):
//
//	layerk.xw        matmul(h, wk)                        [B d]
//	layerk.b.row     reshape(bk)                          [1 d]
//	layerk.b.rows    sizeof(layerk.xw) = B
//	layerk.b.repeat  repeat axis 0 (layerk.b.row, layerk.b.rows)
//	layerk.z         add(layerk.xw, layerk.b.repeat)
//	relu.zero        const 0                     (before the first mask only)
//	layerk.mask      gte(layerk.z, relu.zero)             (hidden layers)
//	layerk.relu      mul(layerk.z, layerk.mask)           (hidden layers)
//
// then the loss and the backward pass (see the body).
func (l *opList) tolerantStep(dt prooflearn.DType, batch int, widths []int, x, y int, params []int) []int {
	layers := len(widths) - 1
	in := make([]int, layers)   // each layer's input
	z := make([]int, layers)    // each layer's output before the ReLU
	mask := make([]int, layers) // the ReLU masks of the hidden layers
	round := func(v float64) float64 {
		if dt == prooflearn.Float32 {
			return float64(float32(v))
		}
		return v
	}
	h, zero := x, -1
	for k := range layers {
		d, p := widths[k+1], fmt.Sprintf("layer%d.", k)
		in[k] = h
		xw := l.with(l.op(p+"xw", OpMatMul, []int{batch, d}, h, params[2*k]), []int{0, 0}, 0)
		row := l.op(p+"b.row", OpReshape, []int{1, d}, params[2*k+1])
		rows := l.with(l.op(p+"b.rows", OpSizeOf, nil, xw), nil, float64(batch))
		rep := l.with(l.op(p+"b.repeat", OpRepeat, []int{batch, d}, row, rows), []int{0}, 0)
		z[k] = l.op(p+"z", OpAdd, []int{batch, d}, xw, rep)
		h = z[k]
		if k < layers-1 {
			if zero < 0 {
				zero = l.op("relu.zero", OpConst, nil)
			}
			mask[k] = l.op(p+"mask", OpGte, []int{batch, d}, z[k], zero)
			h = l.op(p+"relu", OpMul, []int{batch, d}, z[k], mask[k])
		}
	}
	// loss = Σ(logp ⊙ y) · (−1/B)
	classes := widths[layers]
	logp := l.op("logp", OpLogSoftmax, []int{batch, classes}, h)
	picked := l.op("loss.picked", OpMul, []int{batch, classes}, logp, y)
	total := l.with(l.op("loss.total", OpSum, nil, picked), []int{0, 1}, 0)
	scale := l.with(l.op("loss.scale", OpConst, nil), nil, round(-1/float64(batch)))
	l.op("loss", OpMul, nil, total, scale)
	// The backward pass starts from ∂loss/∂loss = 1 and takes the gradient
	// of every input of every operator, the unused ones (∂/∂scale, ∂/∂y,
	// ∂/∂mask, ∂/∂x) included: G.Grad builds them and the trace records
	// them.
	one := l.with(l.op("d.loss", OpConst, nil), nil, 1)
	dtotal := l.op("d.loss.total", OpMul, nil, scale, one)
	l.op("d.loss.scale", OpMul, nil, total, one)
	drow := l.op("d.loss.total.row", OpReshape, []int{1, 1}, dtotal)
	rows := l.with(l.op("d.loss.picked.rows", OpSizeOf, nil, picked), nil, float64(batch))
	cols := l.with(l.op("d.loss.picked.cols", OpSizeOf, nil, picked), nil, float64(classes))
	dcol := l.with(l.op("d.loss.total.repeat", OpRepeat, []int{batch, 1}, drow, rows), []int{0}, 0)
	dpicked := l.with(l.op("d.loss.picked", OpRepeat, []int{batch, classes}, dcol, cols), []int{1}, 0)
	dlogp := l.op("d.logp", OpMul, []int{batch, classes}, y, dpicked)
	l.op("d.y", OpMul, []int{batch, classes}, logp, dpicked)
	dz := l.op(fmt.Sprintf("d.layer%d.z", layers-1), OpLogSoftmaxGrad, []int{batch, classes}, z[layers-1], logp, dlogp)
	grads := make([]int, 2*layers)
	for k := layers - 1; k >= 0; k-- {
		d, p := widths[k+1], fmt.Sprintf("d.layer%d.", k)
		sum := l.with(l.op(p+"b.sum", OpSum, []int{d}, dz), []int{0}, 0)
		grads[2*k+1] = l.op(p+"b", OpReshape, []int{1, d}, sum)
		din := l.with(l.op(inputGradName(k), OpMatMul, []int{batch, widths[k]}, dz, params[2*k]), []int{0, 1}, 0)
		grads[2*k] = l.with(l.op(p+"w", OpMatMul, []int{widths[k], d}, in[k], dz), []int{1, 0}, 0)
		if k > 0 {
			q := fmt.Sprintf("d.layer%d.", k-1)
			next := l.op(q+"z", OpMul, []int{batch, widths[k]}, mask[k-1], din)
			l.op(q+"mask", OpMul, []int{batch, widths[k]}, z[k-1], din)
			dz = next
		}
	}
	return grads
}

// deterministicStep lists the prooflearn/kernels operators of the step as
// newDeterministicMLP builds them:
//
//	layerk.xw    det.matmul(h, wk)          layerk.z  det.addbias(layerk.xw, bk)
//	layerk.relu  det.relu(layerk.z)         (hidden layers)
//	logp  det.logsoftmax   loss  det.crossentropy(logp, y)
//	d.logp  det.crossentropygrad(y)   d.layerL.z  det.logsoftmaxgrad(logp, d.logp)
//
// then per layer from the last: d.layerk.w = det.matmul(hᵀ, dz),
// d.layerk.b = det.biasgrad(dz) and, above the first layer,
// d.layer(k−1).relu = det.matmul(dz, wkᵀ), d.layer(k−1).z = det.relugrad.
func (l *opList) deterministicStep(batch int, widths []int, x, y int, params []int) []int {
	layers := len(widths) - 1
	in := make([]int, layers)
	h := x
	for k := range layers {
		d, p := widths[k+1], fmt.Sprintf("layer%d.", k)
		in[k] = h
		xw := l.with(l.op(p+"xw", OpKernelPrefix+"matmul", []int{batch, d}, h, params[2*k]), []int{0, 0}, 0)
		h = l.op(p+"z", OpKernelPrefix+"addbias", []int{batch, d}, xw, params[2*k+1])
		if k < layers-1 {
			h = l.op(p+"relu", OpKernelPrefix+"relu", []int{batch, d}, h)
		}
	}
	classes, scale := widths[layers], -1/float64(batch)
	logp := l.op("logp", OpKernelPrefix+"logsoftmax", []int{batch, classes}, h)
	l.with(l.op("loss", OpKernelPrefix+"crossentropy", nil, logp, y), nil, scale)
	dlogp := l.with(l.op("d.logp", OpKernelPrefix+"crossentropygrad", []int{batch, classes}, y), nil, scale)
	dz := l.op(fmt.Sprintf("d.layer%d.z", layers-1), OpKernelPrefix+"logsoftmaxgrad", []int{batch, classes}, logp, dlogp)
	grads := make([]int, 2*layers)
	for k := layers - 1; k >= 0; k-- {
		d, p := widths[k+1], fmt.Sprintf("d.layer%d.", k)
		grads[2*k] = l.with(l.op(p+"w", OpKernelPrefix+"matmul", []int{widths[k], d}, in[k], dz), []int{1, 0}, 0)
		grads[2*k+1] = l.op(p+"b", OpKernelPrefix+"biasgrad", []int{1, d}, dz)
		if k > 0 {
			q := fmt.Sprintf("d.layer%d.", k-1)
			dh := l.with(l.op(q+"relu", OpKernelPrefix+"matmul", []int{batch, widths[k]}, dz, params[2*k]), []int{0, 1}, 0)
			dz = l.op(q+"z", OpKernelPrefix+"relugrad", []int{batch, widths[k]}, in[k], dh)
		}
	}
	return grads
}

// inputGradName names the gradient with respect to layer k's input: the
// previous layer's ReLU output, or x for the first layer.
func inputGradName(k int) string {
	if k == 0 {
		return "d.x"
	}
	return fmt.Sprintf("d.layer%d.relu", k-1)
}

// optimizer lists the update, which runs in Go after the graph, as explicit
// operators per parameter p: grad.p (the gradient as the optimizer reads
// it), then with momentum load-state and momentum-update of momentum.p,
// then sgd-update of p. The update nodes carry the state tensors' names, so
// their outputs are the leaves of the next state.
func (l *opList) optimizer(task *prooflearn.Task, names []string, shapes [][]int, params, grads []int) {
	// Gorgonia accumulates a gradient onto +0 before the optimizer reads
	// it; the deterministic graph hands it over as computed.
	gradOp := OpGrad
	if kernelsFor(task) == deterministicKernels {
		gradOp = OpReshape
	}
	if task.Optimizer.IsAdam() {
		l.adam(task, gradOp, names, shapes, params, grads)
		return
	}
	momentum := task.Optimizer.Type == "momentum"
	for i, name := range names {
		shape := shapes[i]
		v := l.op("grad."+name, gradOp, slices.Clone(shape), grads[i])
		if momentum {
			load := l.add(Node{Name: prooflearn.MomentumPrefix + name, Op: OpLoadState, Shape: slices.Clone(shape), State: len(names) + i})
			v = l.add(Node{Name: prooflearn.MomentumPrefix + name, Op: OpMomentumUpdate, Inputs: []int{load, v}, Shape: slices.Clone(shape),
				Scalar: task.Optimizer.Momentum, State: len(names) + i})
		}
		l.add(Node{Name: name, Op: OpSGDUpdate, Inputs: []int{params[i], v}, Shape: slices.Clone(shape), State: i})
	}
}

// adam lists Adam's update: grad.p of every parameter first; with
// clip_norm, clip-scale over all of them and clip.p of each; then per
// parameter p load-state and adam-m of adam.m.p, load-state and adam-v of
// adam.v.p, and adam-update of p, which reads the parameter and both new
// moments. Each update node writes one tensor of the next state.
func (l *opList) adam(task *prooflearn.Task, gradOp string, names []string, shapes [][]int, params, grads []int) {
	o := task.Optimizer
	g := make([]int, len(names))
	for i, name := range names {
		g[i] = l.op("grad."+name, gradOp, slices.Clone(shapes[i]), grads[i])
	}
	if o.ClipNorm > 0 {
		scale := l.add(Node{Name: "clip.scale", Op: OpClipScale, Inputs: slices.Clone(g), Shape: []int{}, Scalar: o.ClipNorm, State: -1})
		for i, name := range names {
			g[i] = l.op("clip."+name, OpClip, slices.Clone(shapes[i]), g[i], scale)
		}
	}
	np := len(names)
	for i, name := range names {
		shape := shapes[i]
		mi, vi := np+2*i, np+2*i+1
		load := l.add(Node{Name: prooflearn.AdamMPrefix + name, Op: OpLoadState, Shape: slices.Clone(shape), State: mi})
		m := l.add(Node{Name: prooflearn.AdamMPrefix + name, Op: OpAdamM, Inputs: []int{load, g[i]}, Shape: slices.Clone(shape), Scalar: o.Beta1, State: mi})
		load = l.add(Node{Name: prooflearn.AdamVPrefix + name, Op: OpLoadState, Shape: slices.Clone(shape), State: vi})
		v := l.add(Node{Name: prooflearn.AdamVPrefix + name, Op: OpAdamV, Inputs: []int{load, g[i]}, Shape: slices.Clone(shape), Scalar: o.Beta2, State: vi})
		l.add(Node{Name: name, Op: OpAdamUpdate, Inputs: []int{params[i], m, v}, Shape: slices.Clone(shape), State: i})
	}
}

// bindGraph maps the protocol's graph operators (nodes[:graphOps]) onto the
// nodes of the gorgonia graph, given in any order: the inputs and
// parameters by identity, every other operator as the one graph node of the
// same kind, attributes and shape whose inputs are the nodes its protocol
// inputs map to. Every graph node must be mapped exactly once; a node the
// protocol does not list, one it lists that the graph lacks or two graph
// nodes that fit one entry are errors.
func bindGraph(nodes []Node, graphOps int, net *mlp, all G.Nodes) (G.Nodes, error) {
	type candidate struct {
		gn     *G.Node
		inputs G.Nodes
		desc   Node
		err    error
	}
	leaf := map[*G.Node]bool{net.x: true, net.y: true}
	for _, p := range net.params {
		leaf[p] = true
	}
	pos := make(map[*G.Node]int, len(all))
	cands := make([]candidate, len(all))
	for i, gn := range all {
		pos[gn] = i
		c := candidate{gn: gn, desc: Node{Index: -1, Shape: append([]int{}, gn.Shape()...)}}
		for it := net.g.From(gn.ID()); it.Next(); {
			c.inputs = append(c.inputs, it.Node().(*G.Node))
		}
		if !leaf[gn] {
			c.err = describeOp(gn, &c.desc, c.inputs)
		}
		cands[i] = c
	}
	graph := make(G.Nodes, graphOps)
	mapped := make([]bool, len(all))
	bind := func(i int, gn *G.Node) error {
		j, ok := pos[gn]
		if !ok {
			return fmt.Errorf("train: operator %d (%s %s) is not in the graph", i, nodes[i].Op, nodes[i].Name)
		}
		if mapped[j] {
			return fmt.Errorf("train: graph node %v is bound twice", gn)
		}
		mapped[j], graph[i] = true, gn
		return nil
	}
	for i, p := range nodes[:graphOps] {
		var gn *G.Node
		switch {
		case p.Op == OpBatchX:
			gn = net.x
		case p.Op == OpBatchY:
			gn = net.y
		case p.Op == OpLoadState && p.State >= 0 && p.State < len(net.params):
			gn = net.params[p.State]
		default:
			var found []int
			for j, c := range cands {
				if !mapped[j] && !leaf[c.gn] && c.err == nil && sameOperator(p, c.desc) && sameInputs(p.Inputs, c.inputs, graph) {
					found = append(found, j)
				}
			}
			switch len(found) {
			case 0:
				return nil, fmt.Errorf("train: the graph has no operator %d (%s %s, shape %v, inputs %v) of the protocol's order", i, p.Op, p.Name, p.Shape, p.Inputs)
			case 1:
				gn = cands[found[0]].gn
			default:
				return nil, fmt.Errorf("train: %d graph nodes fit operator %d (%s %s) of the protocol's order", len(found), i, p.Op, p.Name)
			}
		}
		if err := bind(i, gn); err != nil {
			return nil, err
		}
	}
	for j, c := range cands {
		if !mapped[j] {
			if c.err != nil {
				return nil, c.err
			}
			return nil, fmt.Errorf("train: graph node %v (%s) is not in the protocol's operator order", c.gn, c.desc.Op)
		}
	}
	// The gradient each update reads must be the one the trainer reads.
	param := 0
	for _, n := range nodes[graphOps:] {
		if !strings.HasPrefix(n.Name, "grad.") {
			continue
		}
		if param >= len(net.grads) || len(n.Inputs) != 1 || n.Inputs[0] >= graphOps || graph[n.Inputs[0]] != net.grads[param] {
			return nil, fmt.Errorf("train: operator %d (%s) does not read the graph's gradient of parameter %d", n.Index, n.Name, param)
		}
		param++
	}
	return graph, nil
}

// sameOperator compares what describeOp found in a graph node with a
// protocol entry: kind, attributes, the scalar where the kind has one, and
// the output shape.
func sameOperator(p, d Node) bool {
	if p.Op != d.Op || !slices.Equal(p.Attr, d.Attr) || !slices.Equal(p.Shape, d.Shape) {
		return false
	}
	switch p.Op {
	case OpConst, OpSizeOf, OpKernelPrefix + "crossentropy", OpKernelPrefix + "crossentropygrad",
		OpKernelPrefix + "causalsoftmax", OpKernelPrefix + "causalsoftmaxgrad":
		return p.Scalar == d.Scalar
	}
	return true
}

// sameInputs reports whether a graph node's inputs are, in order, the graph
// nodes bound to the protocol entry's inputs.
func sameInputs(want []int, got G.Nodes, graph G.Nodes) bool {
	if len(want) != len(got) {
		return false
	}
	for k, j := range want {
		if graph[j] == nil || graph[j] != got[k] {
			return false
		}
	}
	return true
}

// kernelAttrs reads a deterministic kernel's canonical parameters
// ("transA=true,transB=false", "scale=-0.03125", "geom=…", "dims=…") into a
// node.
func kernelAttrs(attrs string, n *Node) error {
	if attrs == "" {
		return nil
	}
	var trans [2]int
	transposes := 0
	for _, kv := range strings.Split(attrs, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("kernel attribute %q", kv)
		}
		switch k {
		case "transA", "transB":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return fmt.Errorf("kernel attribute %q", kv)
			}
			trans[map[string]int{"transA": 0, "transB": 1}[k]] = b2i(b)
			transposes++
		case "geom":
			g, err := kernels.ParseGeom(v)
			if err != nil {
				return fmt.Errorf("kernel attribute %q", kv)
			}
			n.Attr = g
		case "dims":
			d, err := kernels.ParseDims(v)
			if err != nil {
				return fmt.Errorf("kernel attribute %q", kv)
			}
			n.Attr = d
		case "scale":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return fmt.Errorf("kernel attribute %q", kv)
			}
			n.Scalar = f
		default:
			return fmt.Errorf("kernel attribute %q", kv)
		}
	}
	if transposes == 2 {
		n.Attr = trans[:]
	} else if transposes != 0 {
		return fmt.Errorf("kernel attributes %q", attrs)
	}
	return nil
}
