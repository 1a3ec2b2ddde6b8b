package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// ForgeWeight is the examples' cheating solver: it adds 0.01 to one weight
// of the output layer in the j-th stored checkpoint of the bundle in dir and
// recommits, the checkpoint's leaf, the manifest and the root all
// recomputed, so every commitment checks out and only replay can tell. It
// returns the forged checkpoint's step and the bundle's new root.
func ForgeWeight(dir string, j int) (int, prooflearn.Hash, error) {
	return rewriteCheckpoint(dir, j, func(c *prooflearn.Checkpoint) error {
		w := &c.Params[len(c.Params)-2] // the output layer's weights
		switch {
		case len(w.F32) > 17:
			w.F32[17] += 0.01
		case len(w.F64) > 17:
			w.F64[17] += 0.01
		default:
			return fmt.Errorf("checkpoint %d has no weight to forge", j)
		}
		return nil
	})
}

// ProductLie is the lie of LieAtProduct: at the global step, the product
// node's output moves by one unit at one value, and the gradient of its
// weight operand (fx.matmul(Aᵀ, dz)) by a quarter unit, so that the lie reaches the state (a
// later graph node does not see an output edit, arbitration.WithOutputEdit).
// It fails unless node is a fixed-mode product with an inner level
// (chain.ProductOf) whose weight gradient the step graph computes.
func ProductLie(task *prooflearn.Task, step int, node string) ([]arbitration.PlayerOption, error) {
	if task.Mode != prooflearn.ModeFixed {
		return nil, fmt.Errorf("a lie at a product needs a fixed-mode task, not a %s-mode one", task.Mode)
	}
	nodes, err := train.StepNodes(task, step)
	if err != nil {
		return nil, err
	}
	j, grad := -1, -1
	for i, n := range nodes {
		if n.Name == node {
			j = i
		}
	}
	if j < 0 {
		return nil, fmt.Errorf("the step graph has no node %q", node)
	}
	p, err := chain.ProductOf(nodes, j)
	if err != nil {
		return nil, err
	}
	// The weight's gradient is the product of the same left operand,
	// transposed, with the output's gradient: fx.matmul(Aᵀ, dz).
	for i, n := range nodes {
		if n.Op == train.OpFixedMatMul && len(n.Attr) == 2 && n.Attr[0] == 1 && n.Attr[1] == 0 && len(n.Inputs) == 2 &&
			n.Inputs[0] == int(p.Inputs[0]) && slices.Equal(n.Shape, nodes[p.Inputs[1]].Shape) {
			grad = i
		}
	}
	if grad < 0 {
		return nil, fmt.Errorf("product %q: the step graph computes no gradient of its weight operand %q", node, p.InputNames[1])
	}
	gname := nodes[grad].Name
	at := (p.M/2)*p.N + p.N/3 // one value inside the output
	return []arbitration.PlayerOption{
		arbitration.WithOutputEdit(step, node, func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
		arbitration.WithOutputEdit(step, gname, func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }),
	}, nil
}

// LieSegment is where LieAtProduct lies in the bundle of task: the last
// segment (every verifier replays it), from checkpoint seg, at the
// segment's middle step.
func LieSegment(task *prooflearn.Task) (seg, step int) {
	steps := task.CheckpointSteps()
	seg = len(steps) - 2
	return seg, steps[seg] + (steps[seg+1]-steps[seg])/2
}

// LieAtProduct is the examples' solver that lies at a product,
// consistently: in the bundle of task in dir (trained honestly), it
// replays the last segment (LieSegment) from its start checkpoint with
// ProductLie's edits at the segment's middle step, replaces the final
// checkpoint's state with that replay's end and recommits (leaf, manifest
// and root recomputed). In a game the solver defends with the same lying
// player (LiarPlayer), whose claim is the committed checkpoint, so the
// game pins the product at that step. It returns the lie's step and the
// bundle's new root.
func LieAtProduct(ctx context.Context, dir string, task *prooflearn.Task, data train.Dataset, node string) (int, prooflearn.Hash, error) {
	b, err := arbitration.OpenBundle(dir, task)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	seg, step := LieSegment(task)
	start, err := b.Checkpoint(seg)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	steps := task.CheckpointSteps()
	c := &arbitration.Case{Task: task, Segment: seg, FromStep: steps[seg], ToStep: steps[seg+1], Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
	opts, err := ProductLie(task, step, node)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	liar, err := arbitration.NewReplayPlayer(c, data, b.Batches.Indices[c.FromStep:c.ToStep], opts...)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	end, err := liar.EndState(ctx)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	_, root, err := rewriteCheckpoint(dir, seg+1, func(c *prooflearn.Checkpoint) error {
		if len(end.Params) != len(c.Params) || len(end.OptState) != len(c.OptState) {
			return fmt.Errorf("the lying replay's state has %d+%d tensors, checkpoint %d %d+%d", len(end.Params), len(end.OptState), seg+1, len(c.Params), len(c.OptState))
		}
		c.Params, c.OptState = end.Params, end.OptState
		return nil
	})
	return step, root, err
}

// LiarPlayer is the player of the solver LieAtProduct made: the bundle's
// player (arbitration.NewBundlePlayer) with the lie's edits when the game's
// case is the lie's segment, else the bundle's honest player.
func LiarPlayer(c *arbitration.Case, data train.Dataset, b *arbitration.Bundle, node string) (*arbitration.ReplayPlayer, error) {
	seg, step := LieSegment(c.Task)
	if c.Segment != seg {
		return arbitration.NewBundlePlayer(c, data, b)
	}
	opts, err := ProductLie(c.Task, step, node)
	if err != nil {
		return nil, err
	}
	return arbitration.NewBundlePlayer(c, data, b, opts...)
}

// rewriteCheckpoint changes the j-th stored checkpoint of the bundle in dir
// with edit and recommits: the checkpoint's leaf, the manifest and the
// root recomputed. It returns the checkpoint's step and the new root.
func rewriteCheckpoint(dir string, j int, edit func(*prooflearn.Checkpoint) error) (int, prooflearn.Hash, error) {
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if j < 0 || j >= len(m.Checkpoints) {
		return 0, prooflearn.Hash{}, fmt.Errorf("the bundle has %d checkpoints, not %d", len(m.Checkpoints), j+1)
	}
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if err := edit(c); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if err := bundle.WriteCheckpoint(dir, c); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	m.Checkpoints[j].Leaf = c.LeafHash()
	if err := bundle.Recommit(dir, m); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if m, err = bundle.ReadManifest(dir); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	return c.Step, m.Root, nil
}
