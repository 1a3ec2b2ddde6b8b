package arbitration

import (
	"context"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// fixture is the tiny task's honest bundle, trained once per test binary.
type fixture struct {
	task *prooflearn.Task
	data *dataset.Dataset
	b    *Bundle
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	task, data, dir := testbundle.Honest(t)
	b, err := OpenBundle(dir, task)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{task: task, data: data.Train, b: b}
}

// newCase opens segment seg of the honest bundle with claims to be filled in.
func (f *fixture) newCase(t testing.TB, seg int) *Case {
	t.Helper()
	start, err := f.b.Checkpoint(seg)
	if err != nil {
		t.Fatal(err)
	}
	steps := f.task.CheckpointSteps()
	return &Case{Task: f.task, Segment: seg, FromStep: steps[seg], ToStep: steps[seg+1], Start: start, Claims: map[Party]prooflearn.Hash{}}
}

func (f *fixture) batches(c *Case) [][]int {
	out := make([][]int, 0, c.ToStep-c.FromStep)
	for s := c.FromStep; s < c.ToStep; s++ {
		out = append(out, append([]int(nil), f.b.Batches.Indices[s]...))
	}
	return out
}

func (f *fixture) honest(t testing.TB, c *Case) *ReplayPlayer {
	t.Helper()
	p, err := NewReplayPlayer(c, f.data, f.batches(c))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// claim fills in a side's claim from its player's own level-1 commitment,
// as its bundle would commit to it.
func claim(t testing.TB, c *Case, side Party, p Player) {
	t.Helper()
	m, err := p.CommitSteps(context.Background(), StepsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	c.Claims[side] = m.Last.Leaf
}

// duel plays the liar against an honest player, the liar on side liarSide.
func (f *fixture) duel(t *testing.T, c *Case, liarSide Party, liar Player, opts ...GameOption) *Result {
	t.Helper()
	honest := f.honest(t, c)
	players := map[Party]Player{liarSide: liar, liarSide.Other(): honest}
	claim(t, c, liarSide.Other(), honest)
	if _, silent := liar.(silentPlayer); !silent {
		claim(t, c, liarSide, liar)
	} else {
		c.Claims[liarSide] = prooflearn.Hash{0xde, 0xad}
	}
	res, err := Play(context.Background(), c, players[PartySolver], players[PartyChallenger], opts...)
	if err != nil {
		t.Fatal(err)
	}
	if res.Winner != liarSide.Other() || res.Loser != liarSide {
		t.Fatalf("liar as %s: winner %s (%s: %s)", liarSide, res.Winner, res.Reason, res.Detail)
	}
	if res.Rounds > res.MaxRounds {
		t.Fatalf("%d rounds, the bound is %d", res.Rounds, res.MaxRounds)
	}
	if want := ceilLog2(c.ToStep-c.FromStep) + ceilLog2(res.Nodes) + 3; res.MaxRounds != want {
		t.Fatalf("max rounds %d, want ⌈log2 %d⌉ + ⌈log2 %d⌉ + 3 = %d", res.MaxRounds, c.ToStep-c.FromStep, res.Nodes, want)
	}
	return res
}

func nodeIndex(t *testing.T, task *prooflearn.Task, step int, name string) int {
	t.Helper()
	nodes, err := train.StepNodes(task, step)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		if n.Name == name {
			return n.Index
		}
	}
	t.Fatalf("no node %q", name)
	return -1
}

// TestTamperedCheckpoint: a side defends a checkpoint with one weight
// changed (consistently re-committed). The game pinpoints the segment's last
// step and the update that writes the tampered tensor.
func TestTamperedCheckpoint(t *testing.T) {
	f := newFixture(t)
	for _, side := range sides {
		c := f.newCase(t, 3)
		end, err := f.b.Checkpoint(4)
		if err != nil {
			t.Fatal(err)
		}
		end.Params[2].F32[17] += 0.01 // w1
		liar, err := NewReplayPlayer(c, f.data, f.batches(c), DefendEnd(end))
		if err != nil {
			t.Fatal(err)
		}
		res := f.duel(t, c, side, liar)
		if res.Reason != ReasonArbiter || res.Step != c.ToStep-1 || res.Op != train.OpSGDUpdate || res.NodeName != "w1" {
			t.Fatalf("liar as %s: %s at step %d node %d (%s %s), want the w1 update at step %d: %s", side, res.Reason, res.Step, res.Node, res.Op, res.NodeName, c.ToStep-1, res.Detail)
		}
		if res.SolverOutput == nil || res.ChallengerOutput == nil || *res.SolverOutput == *res.ChallengerOutput {
			t.Fatal("both claimed output hashes must be reported and differ")
		}
		if chk := res.Verdict.Checks[side]; chk.Valid || chk.Error < 0.005 {
			t.Fatalf("the liar's check %+v should show the 0.01 change", chk)
		}
	}
}

// TestWrongBatch: a side trains one step on a batch the seed does not give.
// The game pinpoints that step and the batch input.
func TestWrongBatch(t *testing.T) {
	f := newFixture(t)
	for _, side := range sides {
		c := f.newCase(t, 7)
		batches := f.batches(c)
		batches[4] = append([]int(nil), batches[5]...) // step FromStep+4 reuses the next batch
		liar, err := NewReplayPlayer(c, f.data, batches)
		if err != nil {
			t.Fatal(err)
		}
		res := f.duel(t, c, side, liar)
		if res.Step != c.FromStep+4 || res.Node != 0 || res.Op != train.OpBatchX {
			t.Fatalf("liar as %s: step %d node %d (%s), want step %d node 0 (batch-x): %s", side, res.Step, res.Node, res.Op, c.FromStep+4, res.Detail)
		}
	}
}

// TestCorruptedOperator: one gradient entry changed mid-step is pinpointed to
// that step and the operator that computed it; so is a wrong momentum update.
func TestCorruptedOperator(t *testing.T) {
	f := newFixture(t)
	grad := func(t *testing.T, step int) string {
		nodes, err := train.StepNodes(f.task, step)
		if err != nil {
			t.Fatal(err)
		}
		return nodes[nodes[nodeIndex(t, f.task, step, "grad.w0")].Inputs[0]].Name
	}
	cases := []struct {
		name   string
		offset int
		node   func(t *testing.T, step int) string
		op     string
		edit   func(*prooflearn.Tensor)
	}{
		{"gradient entry", 6, grad, train.OpMatMul, func(x *prooflearn.Tensor) { x.F32[1234] += 0.25 }},
		{"1% gradient change", 2, grad, train.OpMatMul, func(x *prooflearn.Tensor) { x.F32[largest(x)] *= 1.01 }},
		{"momentum update", 9, func(*testing.T, int) string { return "momentum.b1" }, train.OpMomentumUpdate, func(x *prooflearn.Tensor) { x.F32[3] = -x.F32[3] + 1 }},
	}
	for _, tc := range cases {
		for _, side := range sides {
			c := f.newCase(t, 11)
			step := c.FromStep + tc.offset
			name := tc.node(t, step)
			liar, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(step, name, tc.edit))
			if err != nil {
				t.Fatal(err)
			}
			res := f.duel(t, c, side, liar)
			if res.Step != step || res.NodeName != name || res.Op != tc.op || res.Reason != ReasonArbiter {
				t.Fatalf("%s, liar as %s: %s at step %d node %d (%s %s), want step %d node %s (%s): %s", tc.name, side, res.Reason, res.Step, res.Node, res.Op, res.NodeName, step, name, tc.op, res.Detail)
			}
			if !res.Verdict.Checks[side.Other()].Valid {
				t.Fatalf("%s: the honest output failed: %+v", tc.name, res.Verdict.Checks[side.Other()])
			}
		}
	}
}

// largest is the index of the largest-magnitude element (the border pixels
// of the images are zero, and so are their weight gradients).
func largest(x *prooflearn.Tensor) int {
	best := 0
	for i := range x.F32 {
		if abs32(x.F32[i]) > abs32(x.F32[best]) {
			best = i
		}
	}
	return best
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// switcher answers level 1 from one story and level 2 from another.
type switcher struct {
	level1, level2 Player
	revealFrom     Player
}

func (s *switcher) CommitSteps(ctx context.Context, q StepsQuery) (*StepsCommit, error) {
	return s.level1.CommitSteps(ctx, q)
}
func (s *switcher) OpenState(ctx context.Context, q StateQuery) (*Opening, error) {
	return s.level1.OpenState(ctx, q)
}
func (s *switcher) CommitNodes(ctx context.Context, q NodesQuery) (*NodesCommit, error) {
	return s.level2.CommitNodes(ctx, q)
}
func (s *switcher) OpenPrefix(ctx context.Context, q PrefixQuery) (*PrefixOpening, error) {
	return s.level2.OpenPrefix(ctx, q)
}
func (s *switcher) Reveal(ctx context.Context, q RevealQuery) (*NodeReveal, error) {
	if s.revealFrom != nil {
		if _, err := s.level2.Reveal(ctx, q); err != nil {
			return nil, err
		}
		return s.revealFrom.Reveal(ctx, q)
	}
	return s.level2.Reveal(ctx, q)
}

// TestStoryChange: a side that changes its story between levels loses,
// whether it switches at the operator commitment or at the reveal.
func TestStoryChange(t *testing.T) {
	f := newFixture(t)
	for _, side := range sides {
		c := f.newCase(t, 20)
		step := c.FromStep + 5
		lie, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(step, "grad.b0", func(x *prooflearn.Tensor) { x.F32[0] += 1 }))
		if err != nil {
			t.Fatal(err)
		}
		// Level 1 from the lie, level 2 from an honest replay: the honest
		// operator outputs do not open against the lie's states.
		res := f.duel(t, c, side, &switcher{level1: lie, level2: f.honest(t, c)})
		if res.Reason != ReasonBinding || res.Step != step {
			t.Fatalf("liar as %s: %s at step %d, want %s at step %d: %s", side, res.Reason, res.Step, ReasonBinding, step, res.Detail)
		}
		// Consistent until the reveal, then the honest output: it does not
		// open against the liar's own prefix.
		lie2, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(step, "grad.b0", func(x *prooflearn.Tensor) { x.F32[0] += 1 }))
		if err != nil {
			t.Fatal(err)
		}
		honest2 := f.honest(t, c)
		if _, err := honest2.CommitSteps(context.Background(), StepsQuery{}); err != nil {
			t.Fatal(err)
		}
		if _, err := honest2.CommitNodes(context.Background(), NodesQuery{Index: 5}); err != nil {
			t.Fatal(err)
		}
		res = f.duel(t, c, side, &switcher{level1: lie2, level2: lie2, revealFrom: honest2})
		if res.Reason != ReasonInvalid || res.NodeName != "grad.b0" {
			t.Fatalf("liar as %s: %s at node %s, want %s at grad.b0: %s", side, res.Reason, res.NodeName, ReasonInvalid, res.Detail)
		}
	}
}

// TestSilentPlayerLoses: no answer before the deadline loses.
func TestSilentPlayerLoses(t *testing.T) {
	f := newFixture(t)
	for _, side := range sides {
		c := f.newCase(t, 2)
		res := f.duel(t, c, side, silentPlayer{}, WithDeadline(200*time.Millisecond))
		if res.Reason != ReasonTimeout || res.Rounds != 1 {
			t.Fatalf("silent %s: %s after %d rounds: %s", side, res.Reason, res.Rounds, res.Detail)
		}
	}
}

// TestBothWrongSolverLoses: when both outputs are wrong the solver's claim
// is shown wrong and it loses.
func TestPlayRejectsBadCases(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 1)
	h := f.honest(t, c)
	claim(t, c, PartySolver, h)
	claim(t, c, PartyChallenger, h)
	if _, err := Play(context.Background(), c, h, h); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("equal claims: %v, want ErrNoDispute", err)
	}
	c.ToStep = c.FromStep
	if _, err := Play(context.Background(), c, h, h); err == nil {
		t.Fatal("an empty segment was played")
	}
}

// TestDeterministicGame: on a deterministic-mode task the arbiter compares
// bit for bit, so a gradient one ulp off is pinpointed and loses.
func TestDeterministicGame(t *testing.T) {
	task := testbundle.TinyTask(t)
	task.Mode = prooflearn.ModeDeterministic
	data := testbundle.Data(t).Train
	seed, err := task.RevealedSeed()
	if err != nil {
		t.Fatal(err)
	}
	start, err := prooflearn.InitialCheckpoint(task, seed)
	if err != nil {
		t.Fatal(err)
	}
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		t.Fatal(err)
	}
	k := task.CheckpointInterval
	batches := make([][]int, k)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	step := 4
	nodes, err := train.StepNodes(task, step)
	if err != nil {
		t.Fatal(err)
	}
	target := nodes[nodeIndex(t, task, step, "grad.w0")].Inputs[0]
	for _, side := range sides {
		c := &Case{Task: task, Segment: 0, FromStep: 0, ToStep: k, Start: start, Claims: map[Party]prooflearn.Hash{}}
		honest, err := NewReplayPlayer(c, data, batches)
		if err != nil {
			t.Fatal(err)
		}
		liar, err := NewReplayPlayer(c, data, batches, editNode(step, nodes[target].Name, func(x *prooflearn.Tensor) {
			i := largest(x)
			x.F32[i] = math.Nextafter32(x.F32[i], 0)
		}))
		if err != nil {
			t.Fatal(err)
		}
		claim(t, c, side, liar)
		claim(t, c, side.Other(), honest)
		players := map[Party]Player{side: liar, side.Other(): honest}
		res, err := Play(context.Background(), c, players[PartySolver], players[PartyChallenger])
		if err != nil {
			t.Fatal(err)
		}
		if res.Winner != side.Other() || res.Step != step || res.Node != target || res.Op != train.OpKernelPrefix+"matmul" {
			t.Fatalf("liar as %s: winner %s at step %d node %d (%s), want %s at step %d node %d (det.matmul): %s", side, res.Winner, res.Step, res.Node, res.Op, side.Other(), step, target, res.Detail)
		}
		if v := res.Verdict; v.Mode != prooflearn.ModeDeterministic || !v.Exact {
			t.Fatalf("verdict %+v is not a bitwise comparison", v)
		}
	}
}

// prefixLiar answers the level-2 bisection with a prefix it cannot prove.
type prefixLiar struct{ *ReplayPlayer }

func (p prefixLiar) OpenPrefix(ctx context.Context, q PrefixQuery) (*PrefixOpening, error) {
	o, err := p.ReplayPlayer.OpenPrefix(ctx, q)
	if err == nil {
		o.Prefix[0] ^= 1
	}
	return o, err
}

// TestUnprovablePrefixLoses: a prefix root without a valid consistency
// proof to the committed operator root loses the game.
func TestUnprovablePrefixLoses(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 9)
	lie, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(c.FromStep+1, "grad.w1", func(x *prooflearn.Tensor) { x.F32[0] += 1 }))
	if err != nil {
		t.Fatal(err)
	}
	res := f.duel(t, c, PartyChallenger, prefixLiar{lie})
	if res.Reason != ReasonInvalid || res.Node != -1 {
		t.Fatalf("%s at node %d: %s", res.Reason, res.Node, res.Detail)
	}
}

func BenchmarkPlayTamperedSegment(b *testing.B) {
	t := testing.TB(b)
	f := newFixture(t)
	for b.Loop() {
		c := f.newCase(t, 4)
		end, err := f.b.Checkpoint(5)
		if err != nil {
			b.Fatal(err)
		}
		end.Params[0].F32[12345] += 0.01
		liar, err := NewReplayPlayer(c, f.data, f.batches(c), DefendEnd(end))
		if err != nil {
			b.Fatal(err)
		}
		honest := f.honest(t, c)
		claim(t, c, PartySolver, liar)
		claim(t, c, PartyChallenger, honest)
		if _, err := Play(context.Background(), c, liar, honest); err != nil {
			b.Fatal(err)
		}
	}
}

// lateSilence answers level 1, then never again.
type lateSilence struct{ *ReplayPlayer }

func (p lateSilence) CommitNodes(ctx context.Context, q NodesQuery) (*NodesCommit, error) {
	return silentPlayer{}.CommitNodes(ctx, q)
}

// TestSilenceMidGame: a side that stops answering after level 1 loses on timeout.
func TestSilenceMidGame(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 12)
	lie, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(c.FromStep+7, "grad.b1", func(x *prooflearn.Tensor) { x.F32[2] -= 1 }))
	if err != nil {
		t.Fatal(err)
	}
	res := f.duel(t, c, PartySolver, lateSilence{lie}, WithDeadline(300*time.Millisecond))
	if res.Reason != ReasonTimeout || res.Step != c.FromStep+7 || res.Node != -1 {
		t.Fatalf("%s at step %d node %d: %s", res.Reason, res.Step, res.Node, res.Detail)
	}
}

// TestWithinBoundClaimStands: in tolerant mode an output one ulp away from
// the honest one is within the operator's bound, so it cannot be shown
// wrong: a challenger disputing it loses, and the solver's claim stands.
func TestWithinBoundClaimStands(t *testing.T) {
	f := newFixture(t)
	c := f.newCase(t, 15)
	step := c.FromStep + 2
	ulp, err := NewReplayPlayer(c, f.data, f.batches(c), editNode(step, "w1", func(x *prooflearn.Tensor) {
		i := largest(x)
		x.F32[i] = math.Nextafter32(x.F32[i], 0)
	}))
	if err != nil {
		t.Fatal(err)
	}
	honest := f.honest(t, c)
	claim(t, c, PartySolver, ulp)
	claim(t, c, PartyChallenger, honest)
	res, err := Play(context.Background(), c, ulp, honest)
	if err != nil {
		t.Fatal(err)
	}
	if res.Winner != PartySolver || res.Op != train.OpSGDUpdate || res.Step != step {
		t.Fatalf("%s wins at step %d (%s): %s", res.Winner, res.Step, res.Op, res.Detail)
	}
	if !res.Verdict.Checks[PartySolver].Valid || !res.Verdict.Checks[PartyChallenger].Valid {
		t.Fatalf("both outputs should be within the bound: %+v", res.Verdict.Checks)
	}
}
