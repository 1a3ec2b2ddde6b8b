package arbitration

import (
	"context"
	"fmt"
	"sync"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Queries the arbiter sends. Steps and nodes are counted inside the case:
// state i is the state after i steps of the segment (0 is the agreed start).
type (
	// StepsQuery asks for the level-1 commitment.
	StepsQuery struct{}
	// StateQuery asks for the state after Index steps, opened.
	StateQuery struct{ Index int }
	// NodesQuery asks for the level-2 commitment of the segment's step
	// Index (global step FromStep+Index).
	NodesQuery struct{ Index int }
	// PrefixQuery asks for the root of the first Size node outputs.
	PrefixQuery struct{ Size int }
	// RevealQuery asks for the case on node Node.
	RevealQuery struct{ Node int }
)

// Player is one side's strategy in the game: it answers the arbiter's
// queries. An error, or no answer before the deadline, loses the game.
type Player interface {
	CommitSteps(context.Context, StepsQuery) (*StepsCommit, error)
	OpenState(context.Context, StateQuery) (*Opening, error)
	CommitNodes(context.Context, NodesQuery) (*NodesCommit, error)
	OpenPrefix(context.Context, PrefixQuery) (*PrefixOpening, error)
	Reveal(context.Context, RevealQuery) (*NodeReveal, error)
}

// PlayerOption configures a ReplayPlayer.
type PlayerOption func(*ReplayPlayer)

// DefendEnd makes the player claim end as the state at the segment's end,
// whatever its replay gives: a player defending a committed checkpoint.
// Where the replay disagrees, it claims end's tensors as the outputs of the
// last step's optimizer update, the latest point a lie can be placed.
func DefendEnd(end *prooflearn.Checkpoint) PlayerOption {
	return func(p *ReplayPlayer) { p.end = end }
}

// WithOutputEdit makes the player compute the output of the named node
// (train.Node.Name) at the global training step wrongly, as fn changes it: a
// dishonest player, for demonstrations and tests of the game. Later
// optimizer nodes see the edit; later graph nodes do not, so a lie that
// must reach the state needs an edit of a gradient or an update too.
func WithOutputEdit(step int, node string, fn func(*prooflearn.Tensor)) PlayerOption {
	return func(p *ReplayPlayer) { p.edits = append(p.edits, nodeEdit{step, node, fn}) }
}

// nodeEdit corrupts the output of one named node at one global step; the
// tests build dishonest players from it.
type nodeEdit struct {
	step int
	node string
	fn   func(*prooflearn.Tensor)
}

// ReplayPlayer answers from its own replay of the segment: from the agreed
// start, on its own per-step batches. With no options it is the honest player.
type ReplayPlayer struct {
	c       *Case
	data    train.Dataset
	batches [][]int
	end     *prooflearn.Checkpoint
	edits   []nodeEdit

	mu        sync.Mutex
	tracer    *train.Tracer
	dataTree  *prooflearn.Tree
	rows      int // the image shape the dataset's leaves bind
	cols      int
	states    []*prooflearn.Checkpoint
	stateTree []*prooflearn.Tree
	steps     *prooflearn.Tree
	// level 2, for one step
	step   int
	trace  *train.StepTrace
	leaves []prooflearn.Hash
	tree   *prooflearn.Tree
	// the inner level, for the last revealed node
	revealed     int
	partials     *partialTrace
	partialEdits []func(t int, p []int64)
}

// NewReplayPlayer prepares a player for case c; batches holds the example
// indices of each step of the segment (ToStep − FromStep of them).
// data must be the dataset the task commits to.
func NewReplayPlayer(c *Case, data train.Dataset, batches [][]int, opts ...PlayerOption) (*ReplayPlayer, error) {
	if len(batches) != c.ToStep-c.FromStep {
		return nil, fmt.Errorf("%w: %d batches for a segment of %d steps", prooflearn.ErrMalformed, len(batches), c.ToStep-c.FromStep)
	}
	if err := train.CheckDataset(c.Task, data); err != nil {
		return nil, err
	}
	tr, err := train.NewTracer(c.Task, data)
	if err != nil {
		return nil, err
	}
	p := &ReplayPlayer{c: c, data: data, batches: batches, tracer: tr, step: -1}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// traceStep replays segment step i from states[i], applying the player's edits.
func (p *ReplayPlayer) traceStep(i int) (*train.StepTrace, error) {
	global := p.c.FromStep + i
	last := i == len(p.batches)-1
	edit := func(n train.Node, t *prooflearn.Tensor) {
		for _, e := range p.edits {
			if e.step == global && e.node == n.Name && n.Op != train.OpLoadState {
				e.fn(t)
			}
		}
		if last && p.end != nil && n.WritesState() {
			var want *prooflearn.Tensor
			if np := len(p.end.Params); n.State < np {
				want = &p.end.Params[n.State]
			} else if n.State-np < len(p.end.OptState) {
				want = &p.end.OptState[n.State-np]
			}
			if want != nil && TensorLeaf(n.Name, want) != TensorLeaf(n.Name, t) {
				*t = want.Clone()
				t.Name = n.Name
			}
		}
	}
	return p.tracer.Step(p.states[i], p.batches[i], edit)
}

func (p *ReplayPlayer) replay() error {
	if p.states != nil {
		return nil
	}
	k := len(p.batches)
	states := []*prooflearn.Checkpoint{p.c.Start.Clone()}
	for i := 0; i < k; i++ {
		p.states = states
		st, err := p.traceStep(i)
		if err != nil {
			p.states = nil
			return err
		}
		states = append(states, st.Next)
	}
	p.states = states
	roots := make([]prooflearn.Hash, len(states))
	p.stateTree = make([]*prooflearn.Tree, len(states))
	for i, s := range states {
		p.stateTree[i] = prooflearn.NewTree(StateLeaves(s))
		roots[i] = p.stateTree[i].Root()
	}
	p.steps = prooflearn.NewTree(roots)
	return nil
}

func (p *ReplayPlayer) openState(i int) (Opening, error) {
	path, err := p.steps.InclusionProof(i)
	return Opening{Index: uint32(i), Leaf: p.steps.Leaf(i), Path: path}, err
}

// CommitSteps commits to the state after every step of the segment.
func (p *ReplayPlayer) CommitSteps(ctx context.Context, _ StepsQuery) (*StepsCommit, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.replay(); err != nil {
		return nil, err
	}
	first, err := p.openState(0)
	if err != nil {
		return nil, err
	}
	last, err := p.openState(len(p.states) - 1)
	if err != nil {
		return nil, err
	}
	return &StepsCommit{Root: p.steps.Root(), Steps: uint32(len(p.batches)), First: first, Last: last}, nil
}

// OpenState opens the state after q.Index steps.
func (p *ReplayPlayer) OpenState(ctx context.Context, q StateQuery) (*Opening, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.replay(); err != nil {
		return nil, err
	}
	o, err := p.openState(q.Index)
	return &o, err
}

func (p *ReplayPlayer) traceFor(i int) error {
	if err := p.replay(); err != nil {
		return err
	}
	if i < 0 || i >= len(p.batches) {
		return fmt.Errorf("%w: step %d of a segment of %d", prooflearn.ErrOutOfRange, i, len(p.batches))
	}
	if p.step == i {
		return nil
	}
	st, err := p.traceStep(i)
	if err != nil {
		return err
	}
	p.step, p.trace = i, st
	p.leaves = make([]prooflearn.Hash, len(st.Outputs))
	for j := range st.Outputs {
		p.leaves[j] = TensorLeaf(st.Nodes[j].Name, &st.Outputs[j])
	}
	p.tree = prooflearn.NewTree(p.leaves)
	return nil
}

// CommitNodes commits to every operator output of step q.Index and binds the
// outputs that form the next state to the level-1 state after the step.
func (p *ReplayPlayer) CommitNodes(ctx context.Context, q NodesQuery) (*NodesCommit, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.traceFor(q.Index); err != nil {
		return nil, err
	}
	writers := stateWriters(p.trace.Nodes)
	after := p.stateTree[q.Index+1]
	m := &NodesCommit{Step: uint64(p.c.FromStep + q.Index), Root: p.tree.Root(), Nodes: uint32(len(p.leaves))}
	for s, n := range writers {
		np, err := p.tree.InclusionProof(n)
		if err != nil {
			return nil, err
		}
		sp, err := after.InclusionProof(s)
		if err != nil {
			return nil, err
		}
		m.Bindings = append(m.Bindings, Binding{State: uint32(s), Node: uint32(n), Leaf: p.leaves[n], NodePath: np, StatePath: sp})
	}
	return m, nil
}

// OpenPrefix returns the root of the first q.Size outputs with its consistency proof.
func (p *ReplayPlayer) OpenPrefix(ctx context.Context, q PrefixQuery) (*PrefixOpening, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.trace == nil {
		return nil, fmt.Errorf("%w: no step committed", prooflearn.ErrOutOfRange)
	}
	proof, err := consistencyProof(p.leaves, q.Size, len(p.leaves))
	if err != nil {
		return nil, err
	}
	return &PrefixOpening{Size: uint32(q.Size), Prefix: prooflearn.MerkleRoot(p.leaves[:q.Size]), Proof: proof}, nil
}

// Reveal makes the player's case on node q.Node.
func (p *ReplayPlayer) Reveal(ctx context.Context, q RevealQuery) (*NodeReveal, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.trace == nil || q.Node < 0 || q.Node >= len(p.leaves) {
		return nil, fmt.Errorf("%w: node %d", prooflearn.ErrOutOfRange, q.Node)
	}
	j := q.Node
	node := p.trace.Nodes[j]
	p.revealed, p.partials = j, nil
	r := &NodeReveal{Node: uint32(j), Output: p.trace.Outputs[j].Clone()}
	withJ := prooflearn.NewTree(p.leaves[:j+1])
	var err error
	if r.OutputPath, err = withJ.InclusionProof(j); err != nil {
		return nil, err
	}
	if j > 0 {
		if r.Consistency, err = consistencyProof(p.leaves, j, j+1); err != nil {
			return nil, err
		}
		before := prooflearn.NewTree(p.leaves[:j])
		for _, i := range node.Inputs {
			path, err := before.InclusionProof(i)
			if err != nil {
				return nil, err
			}
			r.Inputs = append(r.Inputs, InputOpening{Node: uint32(i), Tensor: p.trace.Outputs[i].Clone(), Path: path})
		}
	}
	switch node.Op {
	case train.OpLoadState:
		if r.StatePath, err = p.stateTree[p.step].InclusionProof(node.State); err != nil {
			return nil, err
		}
	case train.OpBatchX, train.OpBatchY:
		if p.dataTree == nil {
			if p.dataTree, p.rows, p.cols, err = datasetTree(p.data); err != nil {
				return nil, err
			}
		}
		for _, idx := range p.batches[p.step] {
			path, err := p.dataTree.InclusionProof(idx)
			if err != nil {
				return nil, err
			}
			r.Examples = append(r.Examples, Example{Index: uint32(idx), Rows: uint32(p.rows), Cols: uint32(p.cols),
				Label: p.data.Label(idx), Pixels: append([]byte(nil), p.data.Pixels(idx)...), Path: path})
		}
	}
	return r, nil
}

// stateWriters lists, per state tensor, the node that writes it in a step.
func stateWriters(nodes []train.Node) []int {
	var out []int
	for _, n := range nodes {
		if n.WritesState() {
			for len(out) <= n.State {
				out = append(out, -1)
			}
			out[n.State] = n.Index
		}
	}
	return out
}

// datasetTree is the Merkle tree over data's example leaves — the tree whose
// root the task commits to — and the image shape (rows × cols) the leaves
// bind. A Dataset gives each example's pixels but not how they split into
// rows and columns, which every leaf encodes: the shape is the factorisation
// of the pixel count whose tree has data's root, the squarest tried first
// (28×28 for Fashion-MNIST, found in one pass).
func datasetTree(data train.Dataset) (*prooflearn.Tree, int, int, error) {
	if data.Len() == 0 {
		return nil, 0, 0, fmt.Errorf("%w: the dataset has no examples to open", prooflearn.ErrMalformed)
	}
	n := len(data.Pixels(0))
	for i := 1; i < data.Len(); i++ {
		if len(data.Pixels(i)) != n {
			return nil, 0, 0, fmt.Errorf("%w: example %d has %d pixels, example 0 has %d", prooflearn.ErrMalformed, i, len(data.Pixels(i)), n)
		}
	}
	want := data.Root()
	for _, shape := range imageShapes(n) {
		leaves := make([]prooflearn.Hash, data.Len())
		for i := range leaves {
			leaves[i] = prooflearn.LeafHash(dataset.ExampleEncoding(i, shape[0], shape[1], data.Pixels(i), data.Label(i)))
		}
		if t := prooflearn.NewTree(leaves); t.Root() == want {
			return t, shape[0], shape[1], nil
		}
	}
	return nil, 0, 0, fmt.Errorf("%w: no image shape of %d pixels gives the dataset's examples the root %s", prooflearn.ErrCommitment, n, want)
}

// imageShapes lists the rows × cols factorisations of n, the squarest
// first and, of each pair, the one with fewer rows first.
func imageShapes(n int) [][2]int {
	var out [][2]int
	r := 1
	for r*r <= n {
		r++
	}
	for r--; r >= 1; r-- {
		if n%r == 0 {
			out = append(out, [2]int{r, n / r})
			if r != n/r {
				out = append(out, [2]int{n / r, r})
			}
		}
	}
	if n == 0 {
		out = append(out, [2]int{0, 0})
	}
	return out
}
