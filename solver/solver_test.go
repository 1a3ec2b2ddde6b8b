package solver_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func honestRoot(t *testing.T) prooflearn.Hash {
	t.Helper()
	_, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
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
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("stop at %d: err %v, want context.Canceled", stop, err)
		}
		if _, err := os.Stat(filepath.Join(dir, bundle.ManifestFile)); !os.IsNotExist(err) {
			t.Fatalf("an interrupted run left a manifest (err %v)", err)
		}
	}
	m, err := solver.Train(context.Background(), task, testbundle.Data(t).Train, dir, solver.WithProgress(func(p solver.Progress) {
		if len(resumedFrom) == 0 {
			resumedFrom = append(resumedFrom, p.ResumedFrom)
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	if m.Root != want {
		t.Fatalf("resumed root %s, uninterrupted %s", m.Root, want)
	}
	if len(resumedFrom) != 1 || resumedFrom[0] != 330 {
		t.Fatalf("resumed from %v, want the last checkpoint before step 333 (330)", resumedFrom)
	}
}

func TestResumeSkipsTornAndCorruptCheckpoints(t *testing.T) {
	want := honestRoot(t)
	task := testbundle.TinyTask(t)
	dir := t.TempDir()
	if err := trainUntil(t, task, dir, 205); err == nil {
		t.Fatal("expected the run to stop")
	}
	// A crash during a write leaves a temporary file; a disk error could leave
	// a damaged checkpoint. Neither may end up in the proof.
	if err := os.WriteFile(filepath.Join(dir, bundle.CheckpointsDir, ".step-00000210.safetensors.tmp-1"), []byte("partial"), 0o644); err != nil {
		t.Fatal(err)
	}
	last := filepath.Join(dir, bundle.CheckpointPath(200))
	b, _ := os.ReadFile(last)
	if err := os.WriteFile(last, b[:len(b)-7], 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := solver.Train(context.Background(), task, testbundle.Data(t).Train, dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.Root != want {
		t.Fatalf("root after resuming past a damaged checkpoint %s, want %s", m.Root, want)
	}
}

func TestRefusesForeignDirectoryAndWrongData(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	dir := t.TempDir()
	if err := trainUntil(t, task, dir, 3); err == nil {
		t.Fatal("expected the run to stop")
	}
	other := *task
	other.Optimizer.LearningRate = 0.01
	if _, err := solver.Train(context.Background(), &other, data.Train, dir); !errors.Is(err, solver.ErrForeignBundle) {
		t.Fatalf("another task in the same directory: err %v, want ErrForeignBundle", err)
	}
	notEmpty := t.TempDir()
	os.WriteFile(filepath.Join(notEmpty, "thesis.tex"), []byte("precious"), 0o644)
	if _, err := solver.Train(context.Background(), task, data.Train, notEmpty); !errors.Is(err, solver.ErrForeignBundle) {
		t.Fatalf("non-empty directory: err %v, want ErrForeignBundle", err)
	}
	if _, err := solver.Train(context.Background(), task, data.Test, t.TempDir()); !errors.Is(err, prooflearn.ErrCommitment) {
		t.Fatalf("wrong dataset: err %v, want ErrCommitment", err)
	}
	bad := *task
	bad.Seed = "00"
	if _, err := solver.Train(context.Background(), &bad, data.Train, t.TempDir()); !errors.Is(err, prooflearn.ErrCommitment) {
		t.Fatalf("seed not matching its commitment: err %v", err)
	}
}

func TestBundleLayout(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.TaskHash != task.Hash() || m.DatasetRoot != task.Dataset.Root || m.Steps != task.Steps {
		t.Fatalf("manifest does not describe the task: %+v", m)
	}
	steps := task.CheckpointSteps()
	for j, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		if err != nil {
			t.Fatal(err)
		}
		if c.Step != steps[j] || c.LeafHash() != ref.Leaf {
			t.Fatalf("checkpoint %d: step %d leaf %s, manifest %d %s", j, c.Step, c.LeafHash(), ref.Step, ref.Leaf)
		}
	}
	bs, err := bundle.ReadBatches(dir, m)
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := task.RevealedSeed()
	order, _ := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	for s := range bs.Indices {
		want := order.Batch(s)
		for i := range want {
			if bs.Indices[s][i] != want[i] {
				t.Fatalf("step %d batch differs from the seed's order", s)
			}
		}
	}
	if m.Metrics == nil || m.Metrics.FinalLoss <= 0 || m.Metrics.FinalLoss > 1.5 {
		t.Fatalf("metrics %+v: the tiny task should train", m.Metrics)
	}
}
