package arbitration

import (
	"fmt"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// Bundle is one side's proof bundle as the game reads it.
type Bundle struct {
	Dir      string
	Manifest *prooflearn.Manifest
	Batches  *prooflearn.Batches
}

// OpenBundle reads a bundle's manifest and batches.
func OpenBundle(dir string) (*Bundle, error) {
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	bs, err := bundle.ReadBatches(dir, m)
	if err != nil {
		return nil, err
	}
	return &Bundle{Dir: dir, Manifest: m, Batches: bs}, nil
}

// Checkpoint reads checkpoint j and checks it against the manifest's leaf.
func (b *Bundle) Checkpoint(j int) (*prooflearn.Checkpoint, error) {
	if j < 0 || j >= len(b.Manifest.Checkpoints) {
		return nil, fmt.Errorf("%w: checkpoint %d of %d", prooflearn.ErrOutOfRange, j, len(b.Manifest.Checkpoints))
	}
	ref := b.Manifest.Checkpoints[j]
	c, err := bundle.ReadCheckpoint(filepath.Join(b.Dir, ref.File))
	if err != nil {
		return nil, err
	}
	if c.Step != ref.Step {
		return nil, fmt.Errorf("%w: checkpoint file for step %d holds step %d", prooflearn.ErrMalformed, ref.Step, c.Step)
	}
	if leaf := c.LeafHash(); leaf != ref.Leaf {
		return nil, fmt.Errorf("%w: checkpoint at step %d hashes to %s, the manifest commits to %s", prooflearn.ErrCommitment, ref.Step, leaf, ref.Leaf)
	}
	return c, nil
}

// ForfeitError is a side that loses before the game starts: its bundle
// does not back its own commitments (a missing or mismatching checkpoint,
// another task, initial weights the seed does not give).
type ForfeitError struct {
	Party  Party
	Reason string
}

func (e *ForfeitError) Error() string { return fmt.Sprintf("%s forfeits: %s", e.Party, e.Reason) }

// CaseFromBundles compares two bundles of task and returns the first
// segment whose end checkpoints differ, starting from a checkpoint both
// commit to. ErrNoDispute: they commit to the same checkpoints. A side whose
// bundle cannot back its claims is a *ForfeitError.
func CaseFromBundles(task *prooflearn.Task, solver, challenger *Bundle) (*Case, error) {
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	bundles := map[Party]*Bundle{PartySolver: solver, PartyChallenger: challenger}
	steps := task.CheckpointSteps()
	for _, p := range sides {
		m := bundles[p].Manifest
		if m.TaskHash != task.Hash() || m.Steps != task.Steps || m.CheckpointInterval != task.CheckpointInterval || len(m.Checkpoints) != len(steps) {
			return nil, &ForfeitError{p, fmt.Sprintf("its bundle proves task %s with %d steps, not this task %s", m.TaskHash, m.Steps, task.Hash())}
		}
		if len(bundles[p].Batches.Indices) != task.Steps || bundles[p].Batches.BatchSize != task.BatchSize {
			return nil, &ForfeitError{p, "its batches file does not match the task"}
		}
	}
	j := 0
	for j < len(steps) && solver.Manifest.Checkpoints[j].Leaf == challenger.Manifest.Checkpoints[j].Leaf {
		j++
	}
	if j == len(steps) {
		return nil, fmt.Errorf("%w: both bundles commit to the same %d checkpoints", ErrNoDispute, len(steps))
	}
	if j == 0 {
		init, err := prooflearn.InitialCheckpoint(task, seed)
		if err != nil {
			return nil, err
		}
		for _, p := range sides {
			if bundles[p].Manifest.Checkpoints[0].Leaf != init.LeafHash() {
				return nil, &ForfeitError{p, "its initial checkpoint is not the one the seed gives"}
			}
		}
	}
	start, err := solver.Checkpoint(j - 1)
	if err != nil {
		if _, err2 := challenger.Checkpoint(j - 1); err2 != nil {
			return nil, &ForfeitError{PartyChallenger, fmt.Sprintf("agreed checkpoint %d: %v", j-1, err2)}
		}
		return nil, &ForfeitError{PartySolver, fmt.Sprintf("agreed checkpoint %d: %v", j-1, err)}
	}
	c := &Case{Task: task, Segment: j - 1, FromStep: steps[j-1], ToStep: steps[j], Start: start, Claims: map[Party]prooflearn.Hash{}}
	for _, p := range sides {
		end, err := bundles[p].Checkpoint(j)
		if err != nil {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
		if err := end.CheckShape(task); err != nil {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
		if end.Step < task.Steps && end.RNG != order.State(end.Step) {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d has data-order state %+v, the seed gives %+v", j, end.RNG, order.State(end.Step))}
		}
		c.Claims[p] = StateRoot(end)
	}
	if c.Claims[PartySolver] == c.Claims[PartyChallenger] {
		return nil, fmt.Errorf("%w: checkpoints %d differ only outside the training state", ErrNoDispute, j)
	}
	return c, nil
}

// NewBundlePlayer is the player a bundle's owner fields: it replays the
// case's segment on the bundle's own batches and defends the bundle's end
// checkpoint.
func NewBundlePlayer(c *Case, data *dataset.Dataset, b *Bundle, opts ...PlayerOption) (*ReplayPlayer, error) {
	end, err := b.Checkpoint(c.Segment + 1)
	if err != nil {
		return nil, err
	}
	batches := b.Batches.Indices[c.FromStep:c.ToStep]
	return NewReplayPlayer(c, data, batches, append([]PlayerOption{DefendEnd(end)}, opts...)...)
}
