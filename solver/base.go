package solver

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// WithBase gives the directory of the base proof a fine-tuning task (one
// with a "base") starts from.
func WithBase(dir string) Option { return func(c *config) { c.base = dir } }

// ErrBaseProof is returned (wrapped) when a fine-tuning task's base proof is
// missing or is not the one the task names.
var ErrBaseProof = errors.New("base proof")

// startFromBase moves the trainer to the fine-tuning start state: the base
// proof's final parameters. A task without a base starts from the seed's
// initialisation and must not be given one.
func startFromBase(tr *train.Trainer, task *prooflearn.Task, dir string) error {
	switch {
	case task.Base == nil && dir == "":
		return nil
	case task.Base == nil:
		return fmt.Errorf("%w: task %q has no base, but a base proof was given", ErrBaseProof, task.Name)
	case dir == "":
		return fmt.Errorf("%w: task %q fine-tunes the proof %s: give its directory", ErrBaseProof, task.Name, task.Base.Root)
	}
	final, err := BaseFinalCheckpoint(task, dir)
	if err != nil {
		return err
	}
	seed, err := task.RevealedSeed()
	if err != nil {
		return err
	}
	start, err := prooflearn.StartCheckpoint(task, seed, final)
	if err != nil {
		return err
	}
	return tr.Restore(start)
}

// BaseFinalCheckpoint reads the final checkpoint of the base proof in dir,
// after checking that the bundle is the one task.Base names and that the
// checkpoint hashes to the leaf its manifest commits to. It does not verify
// the base proof's training: that is the verifier's work.
func BaseFinalCheckpoint(task *prooflearn.Task, dir string) (*prooflearn.Checkpoint, error) {
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBaseProof, err)
	}
	if m.Root != task.Base.Root || m.TaskHash != task.Base.TaskHash {
		return nil, fmt.Errorf("%w: %s holds proof %s of task %s, the task names proof %s of task %s", ErrBaseProof, dir, m.Root, m.TaskHash, task.Base.Root, task.Base.TaskHash)
	}
	ref := m.Checkpoints[len(m.Checkpoints)-1]
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBaseProof, err)
	}
	if c.LeafHash() != ref.Leaf {
		return nil, fmt.Errorf("%w: final checkpoint of %s does not hash to its committed leaf", ErrBaseProof, dir)
	}
	return c, nil
}
