package prooflearn

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readTiny(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/tasks/tiny.json")
	require.NoError(t, err)
	return string(b)
}

func TestShippedTasksValidate(t *testing.T) {
	for _, name := range []string{"tiny", "tiny-det", "tiny-fixed", "fashion-mlp"} {
		t.Run(name, func(t *testing.T) {
			task, err := ReadTask("../testdata/tasks/" + name + ".json")
			require.NoError(t, err)
			_, err = task.RevealedSeed()
			assert.NoError(t, err)
		})
	}
}

func TestTaskRejectsBadInput(t *testing.T) {
	tiny := readTiny(t)
	for _, tc := range []struct {
		name, text string
	}{
		{"empty", ""},
		{"not json", "steps: 5"},
		{"misspelt field", strings.Replace(tiny, `"batch_size"`, `"batchsize"`, 1)},
		{"zero steps", strings.Replace(tiny, `"steps": 500`, `"steps": 0`, 1)},
		{"negative steps", strings.Replace(tiny, `"steps": 500`, `"steps": -500`, 1)},
		{"fractional steps", strings.Replace(tiny, `"steps": 500`, `"steps": 500.5`, 1)},
		{"huge negative steps", strings.Replace(tiny, `"steps": 500`, `"steps": -1e30`, 1)},
		{"zero batch", strings.Replace(tiny, `"batch_size": 32`, `"batch_size": 0`, 1)},
		{"zero interval", strings.Replace(tiny, `"checkpoint_interval": 10`, `"checkpoint_interval": 0`, 1)},
		{"zero input", strings.Replace(tiny, `"input": 784`, `"input": 0`, 1)},
		{"negative hidden", strings.Replace(tiny, `"hidden": [32]`, `"hidden": [-32]`, 1)},
		{"one class", strings.Replace(tiny, `"classes": 10`, `"classes": 1`, 1)},
		{"negative lr", strings.Replace(tiny, `"learning_rate": 0.05`, `"learning_rate": -1`, 1)},
		{"momentum ≥ 1", strings.Replace(tiny, `"momentum": 0.9`, `"momentum": 1.5`, 1)},
		{"unknown dtype", strings.Replace(tiny, `"float32"`, `"float16"`, 1)},
		{"unknown model", strings.Replace(tiny, `"mlp"`, `"transformer"`, 1)},
		{"unknown optim", strings.Replace(tiny, `"momentum", "learning_rate"`, `"adam", "learning_rate"`, 1)},
		{"bad commitment", strings.Replace(tiny, `"seed_commitment": "`, `"seed_commitment": "zz`, 1)},
		{"batch > examples", strings.Replace(tiny, `"examples": 2000`, `"examples": 10`, 1)},
		{"trailing", tiny + "{}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTask(strings.NewReader(tc.text))
			assert.ErrorIs(t, err, ErrInvalidTask)
			assert.NotErrorIs(t, err, ErrTooLarge)
		})
	}
	t.Run("oversized file", func(t *testing.T) {
		_, err := DecodeTask(strings.NewReader(strings.Repeat(" ", maxTaskBytes+10)))
		assert.ErrorIs(t, err, ErrTooLarge)
	})
}

func TestTaskHashCoversWhatSteersTraining(t *testing.T) {
	base, err := DecodeTask(strings.NewReader(readTiny(t)))
	require.NoError(t, err)
	h := base.Hash()

	same := *base
	same.Description, same.Delta = "other words", &Thresholds{L2: 7}
	assert.Equal(t, h, same.Hash(), "description or δ changed the task hash")

	noHidden, emptyHidden := *base, *base
	noHidden.Model.Hidden, emptyHidden.Model.Hidden = nil, []int{}
	assert.Equal(t, emptyHidden.Hash(), noHidden.Hash(), `"hidden": [] and no "hidden" describe one model but hash differently`)

	for _, tc := range []struct {
		name string
		edit func(*Task)
	}{
		{"lr", func(t *Task) { t.Optimizer.LearningRate = 0.051 }},
		{"steps", func(t *Task) { t.Steps++ }},
		{"k", func(t *Task) { t.CheckpointInterval++ }},
		{"hidden", func(t *Task) { t.Model.Hidden = []int{33} }},
		{"dataset", func(t *Task) { t.Dataset.Root[0] ^= 1 }},
		{"seed", func(t *Task) { t.SeedCommitment = strings.Repeat("0", 64) }},
		{"dtype", func(t *Task) { t.DType = "float64" }},
		{"schedule", func(t *Task) { t.Optimizer.Schedule = &LRSchedule{StepSize: 10, Gamma: 0.5} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := *base
			tc.edit(&c)
			assert.NotEqual(t, h, c.Hash(), "changing %s did not change the task hash", tc.name)
		})
	}
}
