package arbitration

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// detSegment is an honest player on the first segment of a shipped task,
// from the seed's initial checkpoint on the seed's batches.
func detSegment(t *testing.T, name string) (*prooflearn.Task, *ReplayPlayer) {
	t.Helper()
	task := testbundle.ShippedTask(t, name)
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := task.DataOrder()
	require.NoError(t, err)
	k := task.CheckpointInterval
	batches := make([][]int, k)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	c := &Case{Task: task, Segment: 0, FromStep: 0, ToStep: k, Start: start, Claims: map[Party]prooflearn.Hash{}}
	p, err := NewReplayPlayer(c, testbundle.Data(t).Train, batches)
	require.NoError(t, err)
	return task, p
}

// callsOfStep reveals every operator of step (of the first segment) as the
// honest player would at the end of a game, as operator calls.
func callsOfStep(t *testing.T, task *prooflearn.Task, p *ReplayPlayer, step int) ([]train.Node, []*OperatorCall, []*NodeReveal) {
	t.Helper()
	ctx := context.Background()
	_, err := p.CommitNodes(ctx, NodesQuery{Index: step})
	require.NoError(t, err)
	a, err := NewArbiter(task)
	require.NoError(t, err)
	nodes := a.Nodes(step)
	calls := make([]*OperatorCall, len(nodes))
	reveals := make([]*NodeReveal, len(nodes))
	for j := range nodes {
		r, err := p.Reveal(ctx, RevealQuery{Node: j})
		require.NoError(t, err)
		inputs := make([]prooflearn.Tensor, len(r.Inputs))
		for k := range inputs {
			inputs[k] = r.Inputs[k].Tensor
		}
		calls[j], err = NewOperatorCall(task, step, nodes, j, inputs, r.Examples)
		require.NoError(t, err)
		reveals[j] = r
	}
	return nodes, calls, reveals
}

// Every operator of a deterministic step, re-executed alone from its
// encoded call, gives the honest output leaf: the one judge accepts. Only
// the state loads, whose ruling is an opening, are refused.
func TestRunCallWholeStep(t *testing.T) {
	task, p := detSegment(t, "tiny-det")
	const step = 3
	nodes, calls, reveals := callsOfStep(t, task, p, step)
	a, err := NewArbiter(task)
	require.NoError(t, err)
	kinds := map[string]int{}
	for j, call := range calls {
		n := nodes[j]
		enc := call.Encode()
		dec, err := DecodeOperatorCall(enc)
		require.NoError(t, err, "node %d (%s)", j, n.Op)
		require.Equal(t, enc, dec.Encode(), "node %d: decode → encode is the identity", j)
		res, err := RunCall(dec)
		if n.Op == train.OpLoadState {
			assert.ErrorIs(t, err, ErrUnsupportedOp, "node %d (%s %s)", j, n.Op, n.Name)
			kinds["load-state (refused)"]++
			continue
		}
		require.NoError(t, err, "node %d (%s %s)", j, n.Op, n.Name)
		want := TensorLeaf(n.Name, &reveals[j].Output)
		assert.Equal(t, want, res.Output, "node %d (%s %s)", j, n.Op, n.Name)
		assert.Equal(t, task.Hash(), res.Task)
		assert.Equal(t, prooflearn.ModeDeterministic, res.Mode)
		for k, in := range reveals[j].Inputs {
			assert.Equal(t, TensorLeaf(nodes[in.Node].Name, &in.Tensor), res.Inputs[k])
		}
		// The native ruling on the honest claim agrees.
		inputs := make([]prooflearn.Tensor, len(reveals[j].Inputs))
		for k := range inputs {
			inputs[k] = reveals[j].Inputs[k].Tensor
		}
		chk := a.judge(step, nodes, j, inputs, &reveals[j].Output, evidence{examples: reveals[j].Examples})
		assert.True(t, chk.Valid, "node %d (%s): %s", j, n.Op, chk.Reason)
		assert.Equal(t, chk.Output, res.Output)
		switch {
		case strings.HasPrefix(n.Op, train.OpKernelPrefix):
			kinds["det. kernel"]++
		default:
			kinds[n.Op]++
		}
	}
	t.Logf("step %d of tiny-det: %d operators re-executed by kind: %v", step, len(nodes), kinds)
	for _, k := range []string{"det. kernel", train.OpBatchX, train.OpBatchY, train.OpMomentumUpdate, train.OpSGDUpdate, train.OpReshape} {
		assert.Positive(t, kinds[k], "the step has no %s operator to re-execute", k)
	}
}

// A call must name the task's operator as the task describes it, with
// inputs of the shapes their nodes write; anything else is an error, not a
// ruling.
func TestRunCallRejects(t *testing.T) {
	task, p := detSegment(t, "tiny-det")
	const step = 2
	nodes, calls, _ := callsOfStep(t, task, p, step)
	target := -1
	for j, n := range nodes {
		if strings.HasPrefix(n.Op, train.OpKernelPrefix) && len(n.Inputs) == 2 {
			target = j
			break
		}
	}
	require.GreaterOrEqual(t, target, 0)
	base := calls[target].Encode()
	fresh := func() *OperatorCall {
		c, err := DecodeOperatorCall(base)
		require.NoError(t, err)
		return c
	}
	_, err := RunCall(fresh())
	require.NoError(t, err)
	for name, edit := range map[string]func(c *OperatorCall){
		"another op":         func(c *OperatorCall) { c.Op = train.OpAdd },
		"another name":       func(c *OperatorCall) { c.Name += "x" },
		"another shape":      func(c *OperatorCall) { c.Shape = append(c.Shape, 1) },
		"another scalar":     func(c *OperatorCall) { c.Scalar = 0.5 },
		"a missing input":    func(c *OperatorCall) { c.Inputs = c.Inputs[:1] },
		"an input's node":    func(c *OperatorCall) { c.Inputs[0].Node++ },
		"an input's shape":   func(c *OperatorCall) { c.Inputs[0].Tensor.Shape = []int{c.Inputs[0].Tensor.Len(), 1} },
		"examples":           func(c *OperatorCall) { c.Examples = []Example{{}} },
		"node out of range":  func(c *OperatorCall) { c.Node = uint32(len(nodes)) },
		"step out of range":  func(c *OperatorCall) { c.Step = uint64(task.Steps) },
		"a task that is not": func(c *OperatorCall) { c.Task = []byte("{}") },
	} {
		c := fresh()
		edit(c)
		dec, err := DecodeOperatorCall(c.Encode())
		require.NoError(t, err, name)
		_, err = RunCall(dec)
		assert.Error(t, err, name)
	}
	// A tolerant task's graph operators are ruled within a bound, not by hash.
	tol := testbundle.ShippedTask(t, "tiny")
	tnodes := mustNodes(t, tol, step)
	for j, n := range tnodes {
		if n.Op == train.OpMatMul {
			in := make([]prooflearn.Tensor, len(n.Inputs))
			for k, i := range n.Inputs {
				in[k] = prooflearn.NewTensor(tnodes[i].Name, tol.ElemType(), tnodes[i].Shape...)
			}
			c, err := NewOperatorCall(tol, step, tnodes, j, in, nil)
			require.NoError(t, err)
			_, err = RunCall(c)
			assert.ErrorIs(t, err, ErrUnsupportedOp)
			break
		}
	}
}

func mustNodes(t *testing.T, task *prooflearn.Task, step int) []train.Node {
	t.Helper()
	a, err := NewArbiter(task)
	require.NoError(t, err)
	return a.Nodes(step)
}

func FuzzDecodeOperatorCall(f *testing.F) {
	task := testbundle.ShippedTask(f, "tiny-det")
	a, err := NewArbiter(task)
	if err != nil {
		f.Fatal(err)
	}
	nodes := a.Nodes(0)
	seeds := 0
	for j, n := range nodes {
		in := make([]prooflearn.Tensor, len(n.Inputs))
		size := 0
		for k, i := range n.Inputs {
			in[k] = prooflearn.NewTensor(nodes[i].Name, task.ElemType(), nodes[i].Shape...)
			size += in[k].Len()
		}
		if len(in) > 0 && size <= 1024 && seeds < 4 {
			seeds++
			c, err := NewOperatorCall(task, 0, nodes, j, in, []Example{{Index: 1, Rows: 1, Cols: 2, Pixels: []byte{3, 4}, Path: []prooflearn.Hash{{5}}}})
			if err != nil {
				f.Fatal(err)
			}
			f.Add(c.Encode())
		}
	}
	f.Add([]byte{msgOperatorCall, msgVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeOperatorCall(b)
		if err != nil {
			if !errors.Is(err, prooflearn.ErrMalformed) {
				t.Fatalf("error %v does not wrap ErrMalformed", err)
			}
			return
		}
		if got := c.Encode(); string(got) != string(b) {
			t.Fatalf("decode → encode changed the bytes")
		}
	})
}

// reexecuteEveryOperator re-executes every operator of step alone from its
// encoded call and requires the honest output leaf, and the native ruling
// to accept the honest claim; only the state loads are refused. It returns
// how many operators of each kind it re-executed.
func reexecuteEveryOperator(t *testing.T, a *Arbiter, step int, nodes []train.Node, calls []*OperatorCall, reveals []*NodeReveal) map[string]int {
	t.Helper()
	kinds := map[string]int{}
	for j, call := range calls {
		n := nodes[j]
		dec, err := DecodeOperatorCall(call.Encode())
		require.NoError(t, err, "node %d (%s)", j, n.Op)
		res, err := RunCall(dec)
		if n.Op == train.OpLoadState {
			assert.ErrorIs(t, err, ErrUnsupportedOp, "node %d (%s %s)", j, n.Op, n.Name)
			continue
		}
		require.NoError(t, err, "node %d (%s %s)", j, n.Op, n.Name)
		assert.Equal(t, TensorLeaf(n.Name, &reveals[j].Output), res.Output, "node %d (%s %s)", j, n.Op, n.Name)
		chk := a.judge(step, nodes, j, revealedInputs(reveals[j]), &reveals[j].Output, evidence{examples: reveals[j].Examples})
		assert.True(t, chk.Valid, "node %d (%s): %s", j, n.Op, chk.Reason)
		kinds[n.Op]++
	}
	return kinds
}

// oneULPOffRefused requires the native ruling to refuse node j's honest
// output with its value at index i moved one ulp up.
func oneULPOffRefused(t *testing.T, a *Arbiter, step int, nodes []train.Node, reveals []*NodeReveal, j, i int) {
	t.Helper()
	bad := reveals[j].Output.Clone()
	bad.F32[i] = math.Nextafter32(bad.F32[i], float32(math.Inf(1)))
	chk := a.judge(step, nodes, j, revealedInputs(reveals[j]), &bad, evidence{})
	assert.False(t, chk.Valid, "node %d (%s %s): an output one ulp off was accepted", j, nodes[j].Op, nodes[j].Name)
}

// revealedInputs are a node reveal's input tensors.
func revealedInputs(r *NodeReveal) []prooflearn.Tensor {
	inputs := make([]prooflearn.Tensor, len(r.Inputs))
	for k := range inputs {
		inputs[k] = r.Inputs[k].Tensor
	}
	return inputs
}
