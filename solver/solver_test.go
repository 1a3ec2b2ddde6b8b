package solver_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func honestRoot(t *testing.T) prooflearn.Hash {
	t.Helper()
	_, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	return m.Root
}

// trainUntil runs the solver and cancels it once step stop is reported,
// as a kill at that point would leave the directory.
func trainUntil(t *testing.T, task *prooflearn.Task, dir string, stop int) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := solver.Train(ctx, task, testbundle.Data(t).Train, dir, solver.WithProgress(func(p solver.Progress) {
		if p.Step == stop {
			cancel()
		}
	}))
	return err
}

func TestInterruptedRunResumesToSameRoot(t *testing.T) {
	want := honestRoot(t)
	task := testbundle.TinyTask(t)
	dir := t.TempDir()
	var resumedFrom []int
	// Stop mid-segment, right after a checkpoint, and again later.
	for _, stop := range []int{37, 120, 121, 333} {
		err := trainUntil(t, task, dir, stop)
		require.ErrorIs(t, err, context.Canceled, "stop at %d", stop)
		_, err = os.Stat(filepath.Join(dir, bundle.ManifestFile))
		require.ErrorIs(t, err, fs.ErrNotExist, "an interrupted run left a manifest")
	}
	m, err := solver.Train(context.Background(), task, testbundle.Data(t).Train, dir, solver.WithProgress(func(p solver.Progress) {
		if len(resumedFrom) == 0 {
			resumedFrom = append(resumedFrom, p.ResumedFrom)
		}
	}))
	require.NoError(t, err)
	require.Equal(t, want, m.Root, "resumed root %s, uninterrupted %s", m.Root, want)
	require.Equal(t, []int{330}, resumedFrom, "resumed from %v, want the last checkpoint before step 333 (330)", resumedFrom)
}

func TestResumeSkipsTornAndCorruptCheckpoints(t *testing.T) {
	want := honestRoot(t)
	task := testbundle.TinyTask(t)
	dir := t.TempDir()
	require.Error(t, trainUntil(t, task, dir, 205), "expected the run to stop")
	// A crash during a write leaves a temporary file; a disk error could leave
	// a damaged checkpoint. Neither may end up in the proof.
	require.NoError(t, os.WriteFile(filepath.Join(dir, bundle.CheckpointsDir, ".step-00000210.safetensors.tmp-1"), []byte("partial"), 0o644))
	last := filepath.Join(dir, bundle.CheckpointPath(200))
	b, _ := os.ReadFile(last)
	require.NoError(t, os.WriteFile(last, b[:len(b)-7], 0o644))
	m, err := solver.Train(context.Background(), task, testbundle.Data(t).Train, dir)
	require.NoError(t, err)
	require.Equal(t, want, m.Root, "root after resuming past a damaged checkpoint %s, want %s", m.Root, want)
}

func TestRefusesForeignDirectoryAndWrongData(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	dir := t.TempDir()
	require.Error(t, trainUntil(t, task, dir, 3), "expected the run to stop")
	other := *task
	other.Optimizer.LearningRate = 0.01
	_, err := solver.Train(context.Background(), &other, data.Train, dir)
	require.ErrorIs(t, err, solver.ErrForeignBundle, "another task in the same directory")
	notEmpty := t.TempDir()
	os.WriteFile(filepath.Join(notEmpty, "thesis.tex"), []byte("precious"), 0o644)
	_, err = solver.Train(context.Background(), task, data.Train, notEmpty)
	require.ErrorIs(t, err, solver.ErrForeignBundle, "non-empty directory")
	_, err = solver.Train(context.Background(), task, data.Test, t.TempDir())
	require.ErrorIs(t, err, prooflearn.ErrCommitment, "wrong dataset")
	bad := *task
	bad.Seed = "00"
	_, err = solver.Train(context.Background(), &bad, data.Train, t.TempDir())
	require.ErrorIs(t, err, prooflearn.ErrCommitment, "seed not matching its commitment")
}

func TestBundleLayout(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	require.Equal(t, task.Hash(), m.TaskHash, "manifest does not describe the task: %+v", m)
	require.Equal(t, task.Dataset.Root, m.DatasetRoot, "manifest does not describe the task: %+v", m)
	require.Equal(t, task.Steps, m.Steps, "manifest does not describe the task: %+v", m)
	steps := task.CheckpointSteps()
	for j, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		require.NoError(t, err)
		require.Equal(t, steps[j], c.Step, "checkpoint %d: step %d leaf %s, manifest %d %s", j, c.Step, c.LeafHash(), ref.Step, ref.Leaf)
		require.Equal(t, ref.Leaf, c.LeafHash(), "checkpoint %d: step %d leaf %s, manifest %d %s", j, c.Step, c.LeafHash(), ref.Step, ref.Leaf)
	}
	bs, err := bundle.ReadBatches(dir, m)
	require.NoError(t, err)
	seed, _ := task.RevealedSeed()
	order, _ := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	for s := range bs.Indices {
		want := order.Batch(s)
		for i := range want {
			require.Equal(t, want[i], bs.Indices[s][i], "step %d batch differs from the seed's order", s)
		}
	}
	require.NotNil(t, m.Metrics, "metrics: the tiny task should train")
	require.Greater(t, m.Metrics.FinalLoss, 0.0, "metrics %+v: the tiny task should train", m.Metrics)
	require.LessOrEqual(t, m.Metrics.FinalLoss, 1.5, "metrics %+v: the tiny task should train", m.Metrics)
}
