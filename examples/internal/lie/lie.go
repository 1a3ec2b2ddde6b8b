// Package lie is the examples' solver that lies at a product: a
// consistent lie at a fixed-mode product in a bundle's last segment, and
// the lying player that defends it in a game. It is a package of its own
// (not examples/internal/cli) because it reads the product's inner level
// from chain, which a WebAssembly build of the command-line helpers cannot
// carry.
package lie

import (
	"context"
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// ProductLie is the lie of AtProduct: at the global step, the product
// node's output moves by one unit at one value, and the gradient of its
// weight operand (fx.matmul(Aᵀ, dz)) by a quarter unit, so that the lie
// reaches the state (a later graph node does not see an output edit,
// arbitration.WithOutputEdit).
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

// Segment is where AtProduct lies in the bundle of task: the last
// segment (every verifier replays it), from checkpoint seg, at the
// segment's middle step.
func Segment(task *prooflearn.Task) (seg, step int) {
	steps := task.CheckpointSteps()
	seg = len(steps) - 2
	return seg, steps[seg] + (steps[seg+1]-steps[seg])/2
}

// AtProduct is the examples' solver that lies at a product,
// consistently: in the bundle of task in dir (trained honestly), it
// replays the last segment (Segment) from its start checkpoint with
// ProductLie's edits at the segment's middle step, replaces the final
// checkpoint's state with that replay's end and recommits (leaf, manifest
// and root recomputed). In a game the solver defends with the same lying
// player (Player), whose claim is the committed checkpoint, so the
// game pins the product at that step. It returns the lie's step and the
// bundle's new root.
func AtProduct(ctx context.Context, dir string, task *prooflearn.Task, data train.Dataset, node string) (int, prooflearn.Hash, error) {
	b, err := arbitration.OpenBundle(dir, task)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	seg, step := Segment(task)
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
	_, root, err := cli.RewriteCheckpoint(dir, seg+1, func(c *prooflearn.Checkpoint) error {
		if len(end.Params) != len(c.Params) || len(end.OptState) != len(c.OptState) {
			return fmt.Errorf("the lying replay's state has %d+%d tensors, checkpoint %d %d+%d", len(end.Params), len(end.OptState), seg+1, len(c.Params), len(c.OptState))
		}
		c.Params, c.OptState = end.Params, end.OptState
		return nil
	})
	return step, root, err
}

// Player is the player of the solver AtProduct made: the bundle's
// player (arbitration.NewBundlePlayer) with the lie's edits when the game's
// case is the lie's segment, else the bundle's honest player.
func Player(c *arbitration.Case, data train.Dataset, b *arbitration.Bundle, node string) (*arbitration.ReplayPlayer, error) {
	seg, step := Segment(c.Task)
	if c.Segment != seg {
		return arbitration.NewBundlePlayer(c, data, b)
	}
	opts, err := ProductLie(c.Task, step, node)
	if err != nil {
		return nil, err
	}
	return arbitration.NewBundlePlayer(c, data, b, opts...)
}
