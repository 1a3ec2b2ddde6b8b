package train

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// trainedTransformer trains the small test transformer a few steps, so its
// logits depend on the context.
func trainedTransformer(t *testing.T, data *textWindows) (*prooflearn.Task, *Trainer) {
	t.Helper()
	task := transformerTask("float32", prooflearn.ModeTolerant, prooflearn.OptAdam, false, data)
	require.NoError(t, task.Validate())
	tr, err := New(task, data)
	require.NoError(t, err)
	for range 10 {
		_, err := tr.TrainStep()
		require.NoError(t, err)
	}
	return task, tr
}

// The predictor's last-position logits are the ones Accuracy scores: both
// give the same accuracy on the same examples.
func TestPredictorAgreesWithAccuracy(t *testing.T) {
	data := newTextWindows(6, prooflearn.EvalBatch)
	task, tr := trainedTransformer(t, data)
	want, err := tr.Accuracy(data)
	require.NoError(t, err)

	const batch = 5
	require.Zero(t, data.Len()%batch)
	p, err := NewPredictor(task, tr.Checkpoint().Params, batch)
	require.NoError(t, err)
	ctx, vocab := task.Model.Context, task.Model.Vocab
	correct := 0
	for start := 0; start < data.Len(); start += batch {
		idx := []int{start, start + 1, start + 2, start + 3, start + 4}
		logits, err := p.Logits(data, idx)
		require.NoError(t, err)
		require.Len(t, logits, len(idx)*ctx*vocab)
		for r, i := range idx {
			row := logits[(r*ctx+ctx-1)*vocab : (r*ctx+ctx)*vocab]
			best := 0
			for c, v := range row {
				if v > row[best] {
					best = c
				}
			}
			if best == int(data.Label(i)) {
				correct++
			}
		}
	}
	assert.Equal(t, want, float64(correct)/float64(data.Len()), "accuracy from the predictor's logits")
}

// Position p's logits depend on the tokens up to p alone (causal
// attention), which is what lets a sampler pad a short context on the right.
func TestPredictorIsCausal(t *testing.T) {
	data := newTextWindows(6, 8)
	task, tr := trainedTransformer(t, data)
	p, err := NewPredictor(task, tr.Checkpoint().Params, 1)
	require.NoError(t, err)
	vocab := task.Model.Vocab
	base := append(window(nil), data.Pixels(2)...)
	want, err := p.Logits(base, []int{0})
	require.NoError(t, err)
	changed := append(window(nil), base...)
	changed[3], changed[4], changed[5] = 'X', 'Y', 'Z'
	got, err := p.Logits(changed, []int{0})
	require.NoError(t, err)
	assert.Equal(t, want[:3*vocab], got[:3*vocab], "positions 0-2 saw a change at 3")
	assert.NotEqual(t, want[3*vocab:4*vocab], got[3*vocab:4*vocab], "position 3 did not see its own token")
}

type window []byte

func (w window) Len() int          { return 1 }
func (w window) Pixels(int) []byte { return w }
func (w window) Label(int) byte    { return w[len(w)-1] }

func TestPredictorRefuses(t *testing.T) {
	data := newTextWindows(6, 8)
	task, tr := trainedTransformer(t, data)
	params := tr.Checkpoint().Params

	_, err := NewPredictor(task, params, 0)
	assert.ErrorIs(t, err, prooflearn.ErrInvalidTask, "batch 0")
	_, err = NewPredictor(task, params[1:], 1)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed, "a tensor missing")
	swapped := append([]prooflearn.Tensor(nil), params...)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	_, err = NewPredictor(task, swapped, 1)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed, "tensors out of order")
	fixed := *task
	fixed.Mode = prooflearn.ModeFixed
	_, err = NewPredictor(&fixed, params, 1)
	assert.ErrorIs(t, err, prooflearn.ErrInvalidTask, "fixed mode")

	p, err := NewPredictor(task, params, 2)
	require.NoError(t, err)
	_, err = p.Logits(data, []int{0})
	assert.ErrorContains(t, err, "1 examples for a predictor of batch 2")
	_, err = p.Logits(data, []int{0, 8})
	assert.ErrorContains(t, err, "example 8 of 8")
	_, err = p.Logits(window("abc"), []int{0, 0})
	assert.ErrorIs(t, err, prooflearn.ErrInvalidTask, "a window of the wrong length")
}
