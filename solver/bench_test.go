package solver_test

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
)

// benchTask is the tiny task cut to 100 steps, so one iteration is 100 steps.
func benchTask(b *testing.B) *prooflearn.Task {
	task := testbundle.TinyTask(b)
	task.Steps = 100
	return task
}

// BenchmarkTrain compares 100 training steps alone with the same steps run by
// the solver, which also checkpoints every k steps, hashes every checkpoint
// and batch, and commits to them. Compare the two ns/op for the overhead of
// proof generation.
func BenchmarkTrain(b *testing.B) {
	data := testbundle.Data(b)
	b.Run("plain", func(b *testing.B) {
		task := benchTask(b)
		for b.Loop() {
			tr, err := train.New(task, data.Train)
			require.NoError(b, err)
			for tr.Step() < task.Steps {
				_, err := tr.TrainStep()
				require.NoError(b, err)
			}
		}
	})
	b.Run("with-proof", func(b *testing.B) {
		task := benchTask(b)
		root := b.TempDir()
		for b.Loop() {
			dir, err := os.MkdirTemp(root, "run-")
			require.NoError(b, err)
			_, err = solver.Train(context.Background(), task, data.Train, dir)
			require.NoError(b, err)
			os.RemoveAll(dir)
		}
	})
}
