package arbitration

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Errors of the game and the arbiter.
var (
	// ErrUnsupportedOp: an operator the arbiter cannot re-execute.
	ErrUnsupportedOp = errors.New("operator not supported by the arbiter")
	// ErrNoDispute: the two claims agree; there is nothing to play.
	ErrNoDispute = errors.New("no dispute")
	// ErrTimeout: a player did not answer before its deadline.
	ErrTimeout = errors.New("no answer before the deadline")
)

// Check is the arbiter's finding on one player's claimed output of the
// disputed operator. The error fields locate the worst element: the
// claimed and re-executed values there, their difference and the bound.
type Check struct {
	Valid    bool            `json:"valid"`
	Output   prooflearn.Hash `json:"output_hash"`
	Index    int             `json:"worst_index"`
	Claimed  float64         `json:"claimed"`
	Expected float64         `json:"expected"`
	Error    float64         `json:"error"`
	Bound    float64         `json:"bound"`
	Reason   string          `json:"reason,omitempty"`
}

// Verdict is the arbiter's ruling on the disputed operator.
type Verdict struct {
	Step int    `json:"step"`
	Node int    `json:"node"`
	Name string `json:"name"`
	Op   string `json:"op"`
	Mode string `json:"mode"`
	// Exact: the operator has one correct output, compared bit for bit.
	Exact  bool            `json:"exact"`
	Checks map[Party]Check `json:"checks"`
}

// Arbiter re-executes single operators of a task's training step: Play
// uses it to rule on the one operator two players dispute. Outside a game it
// gives the step's operators as the arbiter numbers them (Nodes).
type Arbiter struct {
	task   *prooflearn.Task
	tracer *train.Tracer
	order  *prooflearn.DataOrder
}

// NewArbiter prepares the arbiter of a task (with its revealed seed).
func NewArbiter(task *prooflearn.Task) (*Arbiter, error) {
	if err := task.Validate(); err != nil {
		return nil, err
	}
	order, err := task.DataOrder()
	if err != nil {
		return nil, err
	}
	tr, err := train.NewTracer(task, nil)
	if err != nil {
		return nil, err
	}
	return &Arbiter{task: task, tracer: tr, order: order}, nil
}

// Nodes is the step's canonical operator list.
func (a *Arbiter) Nodes(step int) []train.Node { return a.tracer.Nodes(step) }

// Mode is the task's execution mode.
func (a *Arbiter) Mode() string {
	switch a.task.Mode {
	case prooflearn.ModeDeterministic, prooflearn.ModeFixed:
		return a.task.Mode
	}
	return prooflearn.ModeTolerant
}

// evidence is what a claim about an input-reading operator rests on.
type evidence struct {
	before    prooflearn.Hash // agreed state root before the step
	stateSize int
	statePath []prooflearn.Hash
	examples  []Example
}

// judge checks one claimed output of node n at step, given the agreed inputs.
func (a *Arbiter) judge(step int, nodes []train.Node, n int, inputs []prooflearn.Tensor, claim *prooflearn.Tensor, ev evidence) Check {
	node := &nodes[n]
	c := Check{Output: TensorLeaf(node.Name, claim), Index: -1}
	fail := func(format string, args ...any) Check {
		c.Valid, c.Reason = false, fmt.Sprintf(format, args...)
		return c
	}
	dt := a.task.ElemType()
	if claim.DType != dt || !slices.Equal(claim.Shape, node.Shape) || claim.Len() != shapeSize(node.Shape) {
		return fail("output is %v%v, the operator writes %v%v", claim.DType, claim.Shape, dt, node.Shape)
	}
	switch node.Op {
	case train.OpLoadState:
		err := prooflearn.VerifyInclusion(node.State, ev.stateSize, c.Output, ev.statePath, ev.before)
		if err != nil {
			return fail("tensor %q does not open against the agreed state before the step: %v", node.Name, err)
		}
		c.Valid = true
		return c
	case train.OpBatchX, train.OpBatchY:
		want, err := a.batchTensor(step, node, ev.examples)
		if err != nil {
			return fail("%v", err)
		}
		return compareExact(c, claim, &want, a.compareMode())
	}
	if train.IsAdamOp(node.Op) {
		// Adam's operators are Go arithmetic with every rounding explicit
		// and a correctly rounded square root: every honest party computes
		// the same bits in any mode, so the ruling is exact.
		want, err := train.OptimizerOperator(a.task, step, *node, inputs)
		if err != nil {
			return fail("%v", err)
		}
		return compareExact(c, claim, &want, a.compareMode())
	}
	shapes := make([][]int, len(node.Inputs))
	in := make([]*prooflearn.Tensor, len(node.Inputs))
	for k, j := range node.Inputs {
		shapes[k] = nodes[j].Shape
		in[k] = &inputs[k]
	}
	if a.task.Exact() || len(node.Op) > len(train.OpKernelPrefix) && node.Op[:len(train.OpKernelPrefix)] == train.OpKernelPrefix {
		var want prooflearn.Tensor
		switch node.Op {
		case train.OpMomentumUpdate, train.OpSGDUpdate:
			want = exactUpdate(node, in[0], in[1])
		case train.OpConst, train.OpSizeOf, train.OpGrad, train.OpReshape, train.OpRepeat, train.OpGte, train.OpGt:
			ref, _, _, err := reference(node, shapes, in, dt)
			if err != nil {
				return fail("%v", err)
			}
			want = fromFloat64(node, ref, dt)
		default:
			w, err := a.tracer.Execute(n, inputs)
			if err != nil {
				return fail("re-execution failed: %v", err)
			}
			want = w
		}
		return compareExact(c, claim, &want, prooflearn.ModeDeterministic)
	}
	ref, bound, exact, err := reference(node, shapes, in, dt)
	if err != nil {
		return fail("%v", err)
	}
	c.Valid = true
	worst := -1.0
	for i := range ref {
		got := claim.At(i)
		diff := math.Abs(got - ref[i])
		if math.IsNaN(got) || math.IsNaN(diff) {
			diff = math.Inf(1)
		}
		ratio := diff / bound[i]
		if bound[i] == 0 {
			ratio = 0
			if diff != 0 {
				ratio = math.Inf(1)
			}
		}
		if ratio > worst {
			worst = ratio
			c.Index, c.Claimed, c.Expected, c.Error, c.Bound = i, got, ref[i], diff, bound[i]
		}
		if diff > bound[i] {
			c.Valid = false
		}
	}
	if !c.Valid {
		kind := "outside the error bound"
		if exact {
			kind = "wrong (the operator is exact)"
		}
		c.Reason = fmt.Sprintf("element %d is %.9g, re-execution gives %.9g: %s (|error| %.3g, bound %.3g)", c.Index, c.Claimed, c.Expected, kind, c.Error, c.Bound)
	}
	return c
}

// compareMode is how compareExact compares in this task: bit for bit where
// the task is exact (deterministic and fixed mode), by value otherwise.
func (a *Arbiter) compareMode() string {
	if a.task.Exact() {
		return prooflearn.ModeDeterministic
	}
	return prooflearn.ModeTolerant
}

// exactOp reports operators that have one correct output in any mode.
func exactOp(op string) bool {
	switch op {
	case train.OpBatchX, train.OpBatchY, train.OpLoadState, train.OpConst, train.OpSizeOf, train.OpReshape,
		train.OpRepeat, train.OpGte, train.OpGt, train.OpGrad:
		return true
	}
	return train.IsAdamOp(op)
}

func fromFloat64(node *train.Node, ref []float64, dt prooflearn.DType) prooflearn.Tensor {
	t := prooflearn.NewTensor(node.Name, dt, node.Shape...)
	for i, v := range ref {
		if dt == prooflearn.Float64 {
			t.F64[i] = v
		} else {
			t.F32[i] = float32(v)
		}
	}
	return t
}

// compareExact compares bit for bit in deterministic mode and by value
// otherwise (so +0 and −0 agree where the task tolerates rounding).
func compareExact(c Check, claim, want *prooflearn.Tensor, mode string) Check {
	c.Valid = true
	if mode == prooflearn.ModeDeterministic {
		if !bytes.Equal(claim.AppendCanonical(nil), want.AppendCanonical(nil)) {
			c.Valid = false
		}
	}
	for i := 0; i < claim.Len() && i < want.Len(); i++ {
		if got, exp := claim.At(i), want.At(i); got != exp || (mode == prooflearn.ModeDeterministic && math.Signbit(got) != math.Signbit(exp)) {
			c.Valid = false
			c.Index, c.Claimed, c.Expected, c.Error = i, got, exp, math.Abs(got-exp)
			break
		}
	}
	if claim.Len() != want.Len() {
		c.Valid = false
	}
	if !c.Valid {
		c.Reason = fmt.Sprintf("output differs from the re-execution bit for bit (first at element %d: %.9g, want %.9g)", c.Index, c.Claimed, c.Expected)
	}
	return c
}

// batchTensor builds the batch input (x or y) of step from examples the
// player opened against the task's dataset root; the indices must be the
// ones the seed assigns to the step.
func (a *Arbiter) batchTensor(step int, node *train.Node, examples []Example) (prooflearn.Tensor, error) {
	indices := a.order.Batch(step)
	dt := a.task.ElemType()
	t := prooflearn.NewTensor(node.Name, dt, node.Shape...)
	if len(examples) != len(indices) {
		return t, fmt.Errorf("%d examples opened, the batch of step %d has %d", len(examples), step, len(indices))
	}
	spec := a.task.Model
	if shapeSize(node.Shape) != len(indices)*map[bool]int{true: spec.Input, false: spec.Classes}[node.Op == train.OpBatchX] {
		return t, fmt.Errorf("%w: batch node of shape %v", prooflearn.ErrMalformed, node.Shape)
	}
	for r, e := range examples {
		if int(e.Index) != indices[r] {
			return t, fmt.Errorf("batch row %d is example %d, the seed's order gives %d", r, e.Index, indices[r])
		}
		if uint64(e.Rows)*uint64(e.Cols) != uint64(spec.Input) || len(e.Pixels) != spec.Input || int(e.Label) >= spec.Classes {
			return t, fmt.Errorf("example %d is %d×%d with %d pixels and label %d, the model reads %d pixels and %d classes", e.Index, e.Rows, e.Cols, len(e.Pixels), e.Label, spec.Input, spec.Classes)
		}
		leaf := prooflearn.LeafHash(dataset.ExampleEncoding(int(e.Index), int(e.Rows), int(e.Cols), e.Pixels, e.Label))
		if err := prooflearn.VerifyInclusion(int(e.Index), a.task.Dataset.Examples, leaf, e.Path, a.task.Dataset.Root); err != nil {
			return t, fmt.Errorf("example %d does not open against the dataset root: %v", e.Index, err)
		}
		for c := 0; c < spec.Input && node.Op == train.OpBatchX; c++ {
			if dt == prooflearn.Int32 {
				t.I32[r*spec.Input+c] = fixed.Pixel(e.Pixels[c]) // fixed mode's input encoding
			} else if dt == prooflearn.Float64 {
				t.F64[r*spec.Input+c] = train.BatchInput(spec, dt, e.Pixels[c]) // a pixel /255, a token id as is
			} else {
				t.F32[r*spec.Input+c] = float32(train.BatchInput(spec, dt, e.Pixels[c]))
			}
		}
		if node.Op == train.OpBatchY {
			if dt == prooflearn.Int32 {
				t.I32[r*spec.Classes+int(e.Label)] = fixed.One
			} else if dt == prooflearn.Float64 {
				t.F64[r*spec.Classes+int(e.Label)] = 1
			} else {
				t.F32[r*spec.Classes+int(e.Label)] = 1
			}
		}
	}
	return t, nil
}
