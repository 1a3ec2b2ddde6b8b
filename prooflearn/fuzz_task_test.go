package prooflearn

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzDecodeTask feeds hostile task files through DecodeTask and every task
// it accepts through InitialCheckpoint: a task is untrusted input, so
// decoding it must never panic, and a task that decodes must stay within the
// documented limits, so that the work and memory of its initial state are
// bounded (at most MaxParams parameters, and as many momentum buffers, over
// MaxExamples examples).
func FuzzDecodeTask(f *testing.F) {
	paths, err := filepath.Glob("../testdata/tasks/*.json")
	require.NoError(f, err)
	require.NotEmpty(f, paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(hostileClasses(f)))
	// A CNN whose convolution's im2col buffer is beyond its limit.
	f.Add([]byte(strings.Replace(strings.Replace(readCNN(f), `"kernel": 5, "stride": 1, "padding": 2`, `"kernel": 28, "stride": 1, "padding": 27`, 1), `"out": 4`, `"out": 4096`, 1)))
	f.Fuzz(func(t *testing.T, b []byte) {
		task, err := DecodeTask(bytes.NewReader(b))
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidTask) || errors.Is(err, ErrTooLarge), "untyped error %v", err)
			return
		}
		params, err := task.Model.ParamCount()
		require.NoError(t, err)
		assert.LessOrEqual(t, params, MaxParams)
		assert.LessOrEqual(t, len(task.Model.Hidden), MaxHiddenLayers)
		for _, w := range append([]int{task.Model.Input, task.Model.Classes}, task.Model.Hidden...) {
			assert.True(t, w > 0 && w <= MaxModelWidth, "width %d", w)
		}
		if task.Model.Type == ModelCNN {
			layers, err := task.Model.CNNLayers()
			require.NoError(t, err)
			assert.LessOrEqual(t, len(layers), MaxCNNLayers)
			for _, l := range layers {
				assert.LessOrEqual(t, int64(max(l.Out(), l.Cols()))*int64(max(task.BatchSize, EvalBatch)), int64(MaxCNNBatchActivation))
			}
		}
		assert.True(t, task.Steps > 0 && task.Steps <= MaxSteps, "steps %d", task.Steps)
		assert.True(t, task.CheckpointInterval > 0 && task.CheckpointInterval <= MaxSteps, "checkpoint_interval %d", task.CheckpointInterval)
		assert.True(t, task.BatchSize > 0 && task.BatchSize <= MaxBatchSize, "batch_size %d", task.BatchSize)
		assert.True(t, task.Dataset.Examples >= task.BatchSize && task.Dataset.Examples <= MaxExamples, "examples %d", task.Dataset.Examples)
		assert.LessOrEqual(t, int64(task.Steps)*int64(task.BatchSize), int64(MaxBatchIndices))
		assert.LessOrEqual(t, len(task.CheckpointSteps()), MaxCheckpoints)
		if s := task.Optimizer.Schedule; s != nil && s.Type != ScheduleWarmupCosine {
			assert.LessOrEqual(t, (task.Steps-1)/s.StepSize, MaxScheduleDecays)
		}
		for _, step := range []int{0, task.Steps / 2, task.Steps - 1} {
			lr := task.LearningRate(step)
			assert.True(t, lr >= 0 && lr <= task.Optimizer.LearningRate, "learning rate %v at step %d", lr, step)
		}

		// A task whose seed is not revealed, or does not match, still
		// describes a model: initialise it from a fixed seed.
		seed, err := task.RevealedSeed()
		if err != nil {
			seed = []byte("FuzzDecodeTask")
		}
		c, err := InitialCheckpoint(task, seed)
		require.NoError(t, err)
		require.NoError(t, c.CheckShape(task))
		n := 0
		for i := range c.Params {
			n += c.Params[i].Len()
		}
		assert.Equal(t, params, n)
	})
}
