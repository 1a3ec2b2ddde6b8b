package arbitration

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// The arbiter's one-operator re-execution, outside a game: an OperatorCall
// carries the disputed operator of a step (the task, the step, the node and
// its description) with its opened inputs; RunCall re-executes it exactly as
// the arbiter does in Play when it rules bit for bit, and returns the output's
// leaf (TensorLeaf, the leaf both players committed to). A network can run
// RunCall in a WebAssembly or RISC-V VM (examples/reexec builds for
// wasip1/wasm) and compare the leaf with the two claimed outputs.

// msgOperatorCall is the OperatorCall message type (after messages.go's 1–5).
const msgOperatorCall byte = 6

// OperatorCall is one operator of one training step with its opened inputs.
//
// Encoding (version 1, little-endian, in the style of the game's messages;
// DecodeOperatorCall accepts exactly what Encode produces):
//
//	u8  type 6, u8 version 1
//	u32 length, then the task's JSON (with its revealed seed)
//	u64 step (global, 0-based)
//	u32 node index in the step's canonical operator list (train.Tracer.Nodes)
//	u16 length, name   u16 length, op        (the node's Name and Op)
//	u8  rank, then u64 per dimension          (the output's Shape)
//	u32 count, then i64 per attribute         (Attr)
//	u64 IEEE-754 bits of Scalar               (constant, size, η or μ of the step)
//	u32 count, then per input: u32 node, u16 name length, name, canonical tensor
//	u32 count, then per example (batch-x and batch-y only): u32 index,
//	    u32 rows, u32 cols, u8 label, u32 length + pixels, u32 count + 32-byte
//	    hashes of its audit path against the task's dataset root
//
// The description (name, op, shape, attr, scalar, input nodes) must be the
// task's node at that step: a call cannot re-describe an operator, only
// name it, so a wrong description is an error rather than another ruling.
type OperatorCall struct {
	Task     []byte // the task's JSON
	Step     uint64
	Node     uint32
	Name     string
	Op       string
	Shape    []int
	Attr     []int
	Scalar   float64
	Inputs   []InputOpening // Path unused (not encoded): the inputs are the agreed ones
	Examples []Example
}

// NewOperatorCall describes node j of step (nodes = the task's Nodes(step))
// with the given inputs (one per node input, in order) and, for a batch
// node, the opened examples.
func NewOperatorCall(task *prooflearn.Task, step int, nodes []train.Node, j int, inputs []prooflearn.Tensor, examples []Example) (*OperatorCall, error) {
	if j < 0 || j >= len(nodes) {
		return nil, fmt.Errorf("%w: node %d of %d", prooflearn.ErrOutOfRange, j, len(nodes))
	}
	n := nodes[j]
	if len(inputs) != len(n.Inputs) {
		return nil, fmt.Errorf("%w: node %d (%s) takes %d inputs, got %d", prooflearn.ErrMalformed, j, n.Op, len(n.Inputs), len(inputs))
	}
	raw, err := json.Marshal(task)
	if err != nil {
		return nil, err
	}
	c := &OperatorCall{Task: raw, Step: uint64(step), Node: uint32(j), Name: n.Name, Op: n.Op,
		Shape: slices.Clone(n.Shape), Attr: slices.Clone(n.Attr), Scalar: n.Scalar, Examples: examples}
	for k, in := range n.Inputs {
		t := inputs[k].Clone()
		t.Name = nodes[in].Name
		c.Inputs = append(c.Inputs, InputOpening{Node: uint32(in), Tensor: t})
	}
	return c, nil
}

// Encode returns the canonical encoding.
func (c *OperatorCall) Encode() []byte {
	b := []byte{msgOperatorCall, msgVersion}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.Task)))
	b = append(b, c.Task...)
	b = binary.LittleEndian.AppendUint64(b, c.Step)
	b = binary.LittleEndian.AppendUint32(b, c.Node)
	b = appendString(b, c.Name)
	b = appendString(b, c.Op)
	b = append(b, byte(len(c.Shape)))
	for _, d := range c.Shape {
		b = binary.LittleEndian.AppendUint64(b, uint64(d))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.Attr)))
	for _, a := range c.Attr {
		b = binary.LittleEndian.AppendUint64(b, uint64(int64(a)))
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Scalar))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.Inputs)))
	for i := range c.Inputs {
		b = binary.LittleEndian.AppendUint32(b, c.Inputs[i].Node)
		b = appendTensor(b, &c.Inputs[i].Tensor)
	}
	return appendExamples(b, c.Examples)
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint16(b, uint16(len(s)))
	return append(b, s...)
}

// maxCallTask bounds the task in a call (prooflearn bounds task files to 1 MiB).
const maxCallTask = 1 << 20

// DecodeOperatorCall parses an OperatorCall. Like the game's decoders it
// rejects anything but the encoder's output with an error wrapping
// prooflearn.ErrMalformed and allocates no more than the input justifies.
func DecodeOperatorCall(b []byte) (*OperatorCall, error) {
	r := newReader(b, msgOperatorCall, "operator call")
	c := &OperatorCall{}
	if n := r.count(1); n > maxCallTask {
		r.fail("task of %d bytes (limit %d)", n, maxCallTask)
	} else {
		c.Task = append([]byte(nil), r.take(n)...)
	}
	c.Step, c.Node = r.u64(), r.u32()
	c.Name = string(r.take(int(r.u16())))
	c.Op = string(r.take(int(r.u16())))
	if rank := int(r.u8()); rank > maxRank {
		r.fail("output of rank %d (limit %d)", rank, maxRank)
	} else {
		for i := 0; i < rank && r.err == nil; i++ {
			d := r.u64()
			if d > maxDim {
				r.fail("output dimension %d", d)
			}
			c.Shape = append(c.Shape, int(d))
		}
	}
	if n := r.count(8); n > maxRank {
		r.fail("%d attributes (limit %d)", n, maxRank)
	} else {
		for i := 0; i < n && r.err == nil; i++ {
			a := int64(r.u64())
			if a < math.MinInt32 || a > math.MaxInt32 {
				r.fail("attribute %d", a)
			}
			c.Attr = append(c.Attr, int(a))
		}
	}
	c.Scalar = math.Float64frombits(r.u64())
	n := r.count(4 + 2 + 2)
	for i := 0; i < n && r.err == nil; i++ {
		c.Inputs = append(c.Inputs, InputOpening{Node: r.u32(), Tensor: r.tensor()})
	}
	n = r.count(4 + 4 + 4 + 1 + 4 + 4)
	for i := 0; i < n && r.err == nil; i++ {
		e := Example{Index: r.u32(), Rows: r.u32(), Cols: r.u32(), Label: r.u8()}
		e.Pixels = r.bytes()
		e.Path = r.hashes()
		c.Examples = append(c.Examples, e)
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return c, nil
}

// CallResult is what RunCall found.
type CallResult struct {
	Task   prooflearn.Hash   `json:"task"`
	Step   int               `json:"step"`
	Node   int               `json:"node"`
	Name   string            `json:"name"`
	Op     string            `json:"op"`
	Mode   string            `json:"mode"`
	Inputs []prooflearn.Hash `json:"input_leaves"` // TensorLeaf of each input, to check against the agreed prefix
	// Output is the re-executed output's leaf (TensorLeaf): the honest
	// claim's output leaf, and what Check.Output is for a valid claim.
	Output prooflearn.Hash   `json:"output_leaf"`
	Tensor prooflearn.Tensor `json:"-"`
}

// RunCall re-executes the call's operator as the arbiter does.
func RunCall(c *OperatorCall) (*CallResult, error) {
	task, err := prooflearn.DecodeTask(bytes.NewReader(c.Task))
	if err != nil {
		return nil, err
	}
	if c.Step >= uint64(task.Steps) {
		return nil, fmt.Errorf("%w: step %d of a task of %d steps", prooflearn.ErrOutOfRange, c.Step, task.Steps)
	}
	a, err := NewArbiter(task)
	if err != nil {
		return nil, err
	}
	defer a.tracer.Close()
	step := int(c.Step)
	nodes := a.Nodes(step)
	if uint64(c.Node) >= uint64(len(nodes)) {
		return nil, fmt.Errorf("%w: node %d, the step has %d operators", prooflearn.ErrOutOfRange, c.Node, len(nodes))
	}
	j := int(c.Node)
	n := nodes[j]
	if c.Name != n.Name || c.Op != n.Op || !slices.Equal(c.Shape, n.Shape) || !slices.Equal(c.Attr, n.Attr) ||
		math.Float64bits(c.Scalar) != math.Float64bits(n.Scalar) {
		return nil, fmt.Errorf("%w: the call describes node %d of step %d as %s %q%v attr %v scalar %v, the task's is %s %q%v attr %v scalar %v",
			prooflearn.ErrMalformed, j, step, c.Op, c.Name, c.Shape, c.Attr, c.Scalar, n.Op, n.Name, n.Shape, n.Attr, n.Scalar)
	}
	if len(c.Inputs) != len(n.Inputs) {
		return nil, fmt.Errorf("%w: node %d (%s) takes %d inputs, the call has %d", prooflearn.ErrMalformed, j, n.Op, len(n.Inputs), len(c.Inputs))
	}
	res := &CallResult{Task: task.Hash(), Step: step, Node: j, Name: n.Name, Op: n.Op, Mode: a.Mode()}
	dt := task.ElemType()
	inputs := make([]prooflearn.Tensor, len(c.Inputs))
	for k, in := range c.Inputs {
		i := n.Inputs[k]
		want := nodes[i]
		t := in.Tensor
		if int(in.Node) != i || t.Name != want.Name || t.DType != dt || !slices.Equal(t.Shape, want.Shape) {
			return nil, fmt.Errorf("%w: input %d is node %d %q %v%v, node %d (%s) reads node %d %q %v%v",
				prooflearn.ErrMalformed, k, in.Node, t.Name, t.DType, t.Shape, j, n.Op, i, want.Name, dt, want.Shape)
		}
		inputs[k] = t
		res.Inputs = append(res.Inputs, TensorLeaf(want.Name, &t))
	}
	if (n.Op == train.OpBatchX || n.Op == train.OpBatchY) != (len(c.Examples) > 0) {
		return nil, fmt.Errorf("%w: %d examples for a %s node", prooflearn.ErrMalformed, len(c.Examples), n.Op)
	}
	out, err := a.reexecute(step, nodes, j, inputs, c.Examples)
	if err != nil {
		return nil, err
	}
	res.Tensor = out
	res.Output = TensorLeaf(n.Name, &out)
	return res, nil
}

// reexecute returns node j's output of step (nodes = a.Nodes(step)) as the
// arbiter recomputes it when it compares bit for bit: the deterministic
// branch of judge (deterministic tasks, and "det." kernels in any mode),
// with the same kernels: the optimizer updates rounded as the trainer
// rounds them, the exact data-movement operators from their reference, every
// other operator by the task's graph (train.Tracer.Execute), and a batch node
// from its examples, each opened against the task's dataset root. A
// load-state node has nothing to execute (its ruling is the opening of the
// claimed tensor against the agreed state) and is refused, as is an operator
// the arbiter rules on within an error bound rather than bit for bit.
func (a *Arbiter) reexecute(step int, nodes []train.Node, j int, inputs []prooflearn.Tensor, examples []Example) (prooflearn.Tensor, error) {
	var none prooflearn.Tensor
	if j < 0 || j >= len(nodes) {
		return none, fmt.Errorf("%w: node %d of %d", prooflearn.ErrOutOfRange, j, len(nodes))
	}
	node := &nodes[j]
	dt := a.task.ElemType()
	switch node.Op {
	case train.OpLoadState:
		return none, fmt.Errorf("%w: %s %q: the ruling is its opening against the agreed state, nothing is executed", ErrUnsupportedOp, node.Op, node.Name)
	case train.OpBatchX, train.OpBatchY:
		return a.batchTensor(step, node, examples)
	}
	if train.IsAdamOp(node.Op) {
		return train.OptimizerOperator(a.task, step, *node, inputs) // exact in every mode
	}
	if !a.task.Exact() && !strings.HasPrefix(node.Op, train.OpKernelPrefix) {
		return none, fmt.Errorf("%w: %s %q of a tolerant task is ruled within an error bound, not by an output hash", ErrUnsupportedOp, node.Op, node.Name)
	}
	if len(inputs) != len(node.Inputs) {
		return none, fmt.Errorf("%w: node %d (%s) takes %d inputs, got %d", prooflearn.ErrMalformed, j, node.Op, len(node.Inputs), len(inputs))
	}
	shapes := make([][]int, len(node.Inputs))
	in := make([]*prooflearn.Tensor, len(node.Inputs))
	for k, i := range node.Inputs {
		shapes[k] = nodes[i].Shape
		in[k] = &inputs[k]
		if inputs[k].DType != dt || inputs[k].Len() != shapeSize(shapes[k]) {
			return none, fmt.Errorf("%w: input %d of node %d is %v with %d values, want %v%v", prooflearn.ErrMalformed, k, j, inputs[k].DType, inputs[k].Len(), dt, shapes[k])
		}
	}
	switch node.Op {
	case train.OpMomentumUpdate, train.OpSGDUpdate:
		if len(in) != 2 || in[0].Len() != shapeSize(node.Shape) || in[1].Len() != in[0].Len() {
			return none, fmt.Errorf("%w: %s of %d inputs into %v", prooflearn.ErrMalformed, node.Op, len(in), node.Shape)
		}
		return exactUpdate(node, in[0], in[1]), nil
	case train.OpConst, train.OpSizeOf, train.OpGrad, train.OpReshape, train.OpRepeat, train.OpGte, train.OpGt:
		ref, _, _, err := reference(node, shapes, in, dt)
		if err != nil {
			return none, err
		}
		return fromFloat64(node, ref, dt), nil
	}
	out, err := a.tracer.Execute(j, inputs)
	if err != nil {
		return none, fmt.Errorf("re-execution failed: %w", err)
	}
	return out, nil
}
