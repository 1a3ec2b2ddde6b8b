package train_test

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
)

const (
	adamGoldenTask = "../../testdata/tasks/tiny-adam-det.json"
	adamGoldenRoot = "../../testdata/golden/tiny-adam-det.root"
)

// TestGoldenAdamDeterministicRoot trains tiny-adam-det.json (AdamW, global
// gradient clipping, warm-up + cosine, deterministic mode) and compares the
// proof root with testdata/golden/tiny-adam-det.root. Like
// TestGoldenDeterministicRoot it must pass from the same test binary built
// for arm64 under qemu-aarch64-static. Run from prooflearn/train.
func TestGoldenAdamDeterministicRoot(t *testing.T) {
	task, err := prooflearn.ReadTask(adamGoldenTask)
	require.NoError(t, err)
	require.Equal(t, prooflearn.ModeDeterministic, task.Mode)
	require.Equal(t, prooflearn.OptAdamW, task.Optimizer.Type)
	require.Positive(t, task.Optimizer.ClipNorm)
	require.Equal(t, prooflearn.ScheduleWarmupCosine, task.Optimizer.Schedule.Type)
	data, err := dataset.Embedded()
	require.NoError(t, err)
	dir := t.TempDir()
	m, err := solver.Train(context.Background(), task, data.Train, dir)
	require.NoError(t, err)
	if *updateGolden {
		must(t, os.WriteFile(adamGoldenRoot, []byte(m.Root.String()+"\n"), 0o644))
		t.Logf("recorded root %s on %s/%s", m.Root, runtime.GOOS, runtime.GOARCH)
		return
	}
	want, err := os.ReadFile(adamGoldenRoot)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(string(want)), m.Root.String(), "%s/%s: root", runtime.GOOS, runtime.GOARCH)
	verifyBitwise(t, task, data.Train, dir)
}

// TestAdamTasksLearn: the shipped Adam tasks reach a useful accuracy on the
// embedded subset's test split.
func TestAdamTasksLearn(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two tasks for 500 steps")
	}
	data, err := dataset.Embedded()
	require.NoError(t, err)
	for _, file := range []string{"../../testdata/tasks/tiny-adam.json", adamGoldenTask} {
		task, err := prooflearn.ReadTask(file)
		require.NoError(t, err)
		tr, err := train.New(task, data.Train)
		require.NoError(t, err)
		for tr.Step() < task.Steps {
			_, err := tr.TrainStep()
			require.NoError(t, err)
		}
		acc, err := tr.Accuracy(data.Test)
		require.NoError(t, err)
		assert.GreaterOrEqual(t, acc, 0.75, "%s: test accuracy", file)
		t.Logf("%s: test accuracy %.3f", file, acc)
	}
}
