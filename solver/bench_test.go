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

// BenchmarkTrain compares training alone ("plain") with the same steps run by
// the solver ("with-proof"), which also snapshots a checkpoint every k steps,
// hashes, encodes and writes it, writes the batches and commits to them.
// The ratio of the two ns/op is the overhead of proof generation; cpu-ns/op,
// the process's CPU time, counts the proof's work on other goroutines and
// leaves out waiting for the disk:
//
//	go test ./solver/ -run '^$' -bench Train -count 6 | benchstat -col /proof -
//
// "tiny" is the tiny task cut to 100 steps (k = 10: a checkpoint every few
// milliseconds, more than a disk keeps up with); "fashion-shape" is
// fashion-mlp's model, batch and k = 75 on the embedded subset, 750 steps.
func BenchmarkTrain(b *testing.B) {
	data := testbundle.Data(b)
	for _, c := range []struct {
		name  string
		shape func(*prooflearn.Task)
	}{
		{"tiny", func(t *prooflearn.Task) { t.Steps = 100 }},
		{"fashion-shape", func(t *prooflearn.Task) {
			t.Model.Hidden = []int{128}
			t.BatchSize, t.CheckpointInterval, t.Steps = 64, 75, 750
		}},
	} {
		task := testbundle.TinyTask(b)
		c.shape(task)
		require.NoError(b, task.Validate())
		b.Run("task="+c.name+"/proof=plain", func(b *testing.B) {
			defer reportCPU(b, cpuNanos())
			for b.Loop() {
				tr, err := train.New(task, data.Train)
				require.NoError(b, err)
				for tr.Step() < task.Steps {
					_, err := tr.TrainStep()
					require.NoError(b, err)
				}
			}
		})
		b.Run("task="+c.name+"/proof=with-proof", func(b *testing.B) {
			root := b.TempDir()
			defer reportCPU(b, cpuNanos())
			for b.Loop() {
				dir, err := os.MkdirTemp(root, "run-")
				require.NoError(b, err)
				_, err = solver.Train(context.Background(), task, data.Train, dir)
				require.NoError(b, err)
				os.RemoveAll(dir)
			}
		})
	}
}

func reportCPU(b *testing.B, start int64) {
	if used := cpuNanos() - start; used > 0 && b.N > 0 {
		b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
	}
}
