package verifier

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// The progress check's own CNN forward pass (direct convolution in
// float64) gives the loss the training kernels give (im2col, float32) on
// the same weights and batch, at the start and after some training; and it
// refuses parameters of the wrong size.
func TestProgressCNNLossMatchesTrainer(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-cnn-det")
	data := testbundle.Data(t).Train
	tr := lossMatchesTrainer(t, task, data)
	params := tr.Checkpoint().Params
	params[2] = prooflearn.NewTensor("conv2.w", prooflearn.Float32, 8, 4, 5, 4)
	_, err := meanLoss(task.Model, params, data, []int{0})
	assert.ErrorIs(t, err, prooflearn.ErrMalformed)
}

// lossMatchesTrainer trains task for 30 steps and requires meanLoss on
// the weights and batch of every tenth step to give the step's training
// loss; it returns the trainer after them.
func lossMatchesTrainer(t *testing.T, task *prooflearn.Task, data train.Dataset) *train.Trainer {
	t.Helper()
	tr, err := train.New(task, data)
	require.NoError(t, err)
	for step := 0; step < 30; step++ {
		params := tr.Checkpoint().Params
		batch := tr.Batch(step)
		want, err := tr.TrainStep()
		require.NoError(t, err)
		if step%10 != 0 {
			continue
		}
		got, err := meanLoss(task.Model, params, data, batch)
		require.NoError(t, err)
		assert.InDelta(t, want, got, 1e-4*want, "step %d", step)
	}
	return tr
}
