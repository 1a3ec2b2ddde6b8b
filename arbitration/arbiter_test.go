package arbitration

import (
	"context"
	"math"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// reveals returns the honest player's case on every operator of one step.
func (f *fixture) reveals(t *testing.T, c *Case, i int) (*ReplayPlayer, []*NodeReveal) {
	t.Helper()
	p := f.honest(t, c)
	return p, revealStep(t, p, i)
}

// revealStep has p commit to segment step i and reveal every operator of it.
func revealStep(t testing.TB, p *ReplayPlayer, i int) []*NodeReveal {
	t.Helper()
	ctx := context.Background()
	if _, err := p.CommitSteps(ctx, StepsQuery{}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.CommitNodes(ctx, NodesQuery{Index: i}); err != nil {
		t.Fatal(err)
	}
	var out []*NodeReveal
	for j := range p.leaves {
		r, err := p.Reveal(ctx, RevealQuery{Node: j})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func judgeAll(t *testing.T, arb *Arbiter, p *ReplayPlayer, step int, reveals []*NodeReveal, perturb func(train.Node, *prooflearn.Tensor) bool, wantValid bool) map[string]float64 {
	t.Helper()
	nodes := arb.Nodes(step)
	worst := map[string]float64{}
	before := p.stateTree[p.step].Root()
	nState := p.stateTree[p.step].Size()
	for j, r := range reveals {
		inputs := make([]prooflearn.Tensor, len(r.Inputs))
		for k := range inputs {
			inputs[k] = r.Inputs[k].Tensor
		}
		out := r.Output.Clone()
		if perturb != nil && !perturb(nodes[j], &out) {
			continue
		}
		chk := arb.judge(step, nodes, j, inputs, &out, evidence{before: before, stateSize: nState, statePath: r.StatePath, examples: r.Examples})
		if chk.Valid != wantValid {
			t.Errorf("node %d (%s %s): valid %v, want %v: %s (%+v)", j, nodes[j].Op, nodes[j].Name, chk.Valid, wantValid, chk.Reason, chk)
		}
		if chk.Bound > 0 {
			worst[nodes[j].Op] = math.Max(worst[nodes[j].Op], chk.Error/chk.Bound)
		}
	}
	return worst
}

// TestArbiterAcceptsHonestOperators: every operator of an honest step is
// within its bound, and the bounds are not loose: a 0.1% change of the
// largest element of any arithmetic output, or a change of one bit of an
// exact one, is rejected.
func TestArbiterAcceptsHonestOperators(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 5)
	arb, err := NewArbiter(f.task)
	if err != nil {
		t.Fatal(err)
	}
	step := c.FromStep + 3
	p, reveals := f.reveals(t, c, 3)
	worst := judgeAll(t, arb, p, step, reveals, nil, true)
	for op, r := range worst {
		t.Logf("%-18s honest error / bound ≤ %.3g", op, r)
	}
	judgeAll(t, arb, p, step, reveals, func(n train.Node, x *prooflearn.Tensor) bool {
		if x.Len() == 0 {
			return false
		}
		i := largest(x)
		if x.F32[i] == 0 {
			return false
		}
		if exactOp(n.Op) {
			x.F32[i] = math.Nextafter32(x.F32[i], float32(math.Inf(1)))
		} else {
			x.F32[i] *= 1.001
		}
		return true
	}, false)
}

// TestArbiterDeterministicMode: in deterministic mode the arbiter compares
// bit for bit: the honest outputs pass and a one-ulp change fails.
func TestArbiterDeterministicMode(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 5)
	arb, err := NewArbiter(f.task)
	if err != nil {
		t.Fatal(err)
	}
	det := *f.task
	det.Mode = prooflearn.ModeDeterministic
	arb.task = &det
	if arb.Mode() != prooflearn.ModeDeterministic {
		t.Fatal("mode not deterministic")
	}
	step := c.FromStep + 1
	p, reveals := f.reveals(t, c, 1)
	judgeAll(t, arb, p, step, reveals, nil, true)
	judgeAll(t, arb, p, step, reveals, func(n train.Node, x *prooflearn.Tensor) bool {
		if x.Len() == 0 {
			return false
		}
		i := largest(x)
		x.F32[i] = math.Nextafter32(x.F32[i], float32(math.Inf(1)))
		return true
	}, false)
}

// TestReferenceRejectsBadShapes: malformed operands are errors, not panics.
func TestReferenceRejectsBadShapes(t *testing.T) {
	one := prooflearn.NewTensor("a", prooflearn.Float32, 2, 3)
	two := prooflearn.NewTensor("b", prooflearn.Float32, 4, 5)
	for _, n := range []train.Node{
		{Op: train.OpMatMul, Shape: []int{2, 5}, Attr: []int{0, 0}},
		{Op: train.OpAdd, Shape: []int{2, 3}},
		{Op: train.OpSum, Shape: []int{3}, Attr: []int{7}},
		{Op: train.OpLogSoftmax, Shape: []int{4, 5}},
		{Op: train.OpRepeat, Shape: []int{5, 3}, Attr: []int{0}},
		{Op: "no-such-op", Shape: []int{1}},
	} {
		if _, _, _, err := reference(&n, [][]int{{2, 3}, {4, 5}}, []*prooflearn.Tensor{&one, &two}, prooflearn.Float32); err == nil {
			t.Errorf("%s accepted operands of shapes [2 3] and [4 5]", n.Op)
		}
	}
}
