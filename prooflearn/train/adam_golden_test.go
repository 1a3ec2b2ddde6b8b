package train_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// TestAdamTasksLearn: the shipped Adam tasks reach a useful accuracy on the
// embedded subset's test split.
func TestAdamTasksLearn(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two tasks for 500 steps")
	}
	data, err := dataset.Embedded()
	require.NoError(t, err)
	for _, file := range []string{"../../testdata/tasks/tiny-adam.json", "../../testdata/tasks/tiny-adam-det.json"} {
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
