package verifier

import (
	"fmt"
	"io/fs"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// BaseProof is the proof a fine-tuning task starts from: its task, the data
// it trained on and its bundle directory, and, when it fine-tunes in turn,
// its own base.
type BaseProof struct {
	Task *prooflearn.Task
	Data Dataset
	Dir  string
	// FS holds the base bundle instead of Dir when set (an archive,
	// memory; see VerifyFS).
	FS   fs.FS
	Base *BaseProof
}

// bundle is the base bundle and what errors call it.
func (b *BaseProof) bundle() (fs.FS, string) {
	if b.FS != nil {
		return b.FS, "base proof bundle"
	}
	return bundle.DirFS(b.Dir), "base proof directory " + b.Dir
}

// WithBase gives the base proof of a fine-tuning task. Verify verifies the
// chain: the base proof with the same budget and its own task's thresholds,
// then that this proof starts from the base's final parameters.
func WithBase(b *BaseProof) Option { return func(c *config) { c.base = b } }

// checkBase verifies the base proof and that checkpoint 0 is its final state.
func (v *run) checkBase() error {
	b := v.cfg.base
	if b.Task == nil || b.Data == nil {
		return fmt.Errorf("%w: the base proof needs its task and dataset", prooflearn.ErrInvalidTask)
	}
	if b.Task.Hash() != v.task.Base.TaskHash {
		return fmt.Errorf("%w: the base task given is %s, the task names %s", prooflearn.ErrInvalidTask, b.Task.Hash(), v.task.Base.TaskHash)
	}
	opts := []Option{WithBudget(v.cfg.budget), WithTopQ(v.cfg.topQ), WithAnomalies(v.cfg.anomalyRatio, v.cfg.maxAnomalies), WithChallenge(v.cfg.challenge)}
	if v.cfg.minGiven {
		opts = append(opts, WithMinProgress(v.cfg.minProgress))
	}
	if b.Base != nil {
		opts = append(opts, WithBase(b.Base))
	}
	fsys, name := b.bundle()
	rep, err := verifyBundle(v.ctx, b.Task, b.Data, fsys, name, opts)
	if err != nil {
		return fmt.Errorf("base proof: %w", err)
	}
	v.report.Base = rep
	if rep.Root != v.task.Base.Root {
		v.reject(CheckBase, 0, -1, "the %s has root %s, the task names %s", name, rep.Root, v.task.Base.Root)
		return nil
	}
	if rep.Verdict != Accepted {
		v.reject(CheckBase, 0, -1, "the base proof %s is rejected (%d findings, first: %s)", rep.Root, len(rep.Findings), rep.Findings[0])
		return nil
	}
	m, err := bundle.ReadManifestFS(fsys, b.Task)
	if err != nil {
		return fmt.Errorf("base proof: %w", err)
	}
	final, err := bundle.ReadCheckpointFS(fsys, m.Checkpoints[len(m.Checkpoints)-1].File, b.Task)
	if err != nil {
		return fmt.Errorf("base proof: %w", err)
	}
	want, err := prooflearn.StartCheckpoint(v.task, v.seed, final)
	if err != nil {
		v.reject(CheckBase, 0, 0, "%v", err)
		return nil
	}
	if got := v.ckpts[0].LeafHash(); got != want.LeafHash() {
		d, _ := prooflearn.ParamDistances(want.Params, v.ckpts[0].Params, want.Params)
		v.reject(CheckBase, 0, 0, "checkpoint 0 is not the base proof's final state with zero optimizer state (L2 distance %.6g, L∞ %.6g)", d.L2, d.LInf)
	}
	return nil
}
