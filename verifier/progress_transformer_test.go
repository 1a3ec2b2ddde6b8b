package verifier

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/solver"
)

// sentenceWindows is a text dataset of 9-byte windows over a repeated
// sentence (8 tokens of context and the next one).
type sentenceWindows struct{ text []byte }

func (w sentenceWindows) Len() int              { return 120 }
func (w sentenceWindows) Pixels(i int) []byte   { return w.text[i : i+9] }
func (w sentenceWindows) Label(i int) byte      { return w.text[i+8] }
func (w sentenceWindows) Root() prooflearn.Hash { return prooflearn.Hash{7} }

// The progress check's own transformer forward pass (plain float64,
// math.Exp and math.Tanh) gives the loss the training kernels give
// (float32) on the same weights and batch, at the start and after some
// training, tied or not; and it refuses parameters of the wrong size.
func TestProgressTransformerLossMatchesTrainer(t *testing.T) {
	data := sentenceWindows{[]byte(strings.Repeat("a stitch in time saves nine. ", 6))}
	for _, tied := range []bool{false, true} {
		t.Run(fmt.Sprintf("tied=%v", tied), func(t *testing.T) {
			task := sentenceTask(data, tied)
			tr := lossMatchesTrainer(t, task, data)
			params := tr.Checkpoint().Params
			params[2] = prooflearn.NewTensor("blk0.ln1.g", prooflearn.Float32, 15)
			_, err := meanLoss(task.Model, params, data, []int{0})
			assert.ErrorIs(t, err, prooflearn.ErrMalformed)
		})
	}
}

// An honest transformer proof is accepted at distance 0 with the
// progress check passed; the frozen-weights check reports itself not
// applicable rather than passing vacuously.
func TestHonestTransformerAccepted(t *testing.T) {
	data := sentenceWindows{[]byte(strings.Repeat("a stitch in time saves nine. ", 6))}
	task := sentenceTask(data, false)
	dir := t.TempDir()
	_, err := solver.Train(context.Background(), task, data, dir)
	require.NoError(t, err)
	rep, err := Verify(context.Background(), task, data, dir, WithBudget(1))
	require.NoError(t, err)
	assert.Equal(t, Accepted, rep.Verdict, "%+v", rep.Findings)
	require.NotNil(t, rep.Progress)
	assert.True(t, rep.Progress.Passed)
	assert.Less(t, rep.Progress.FinalLoss, 0.5*rep.Progress.InitialLoss)
	require.Len(t, rep.NotApplicable, 1)
	assert.True(t, strings.HasPrefix(rep.NotApplicable[0], CheckFrozen+": the model is a transformer"), rep.NotApplicable[0])
	for _, s := range rep.Segments {
		assert.Equal(t, prooflearn.Distances{}, s.Distances)
	}
}

func sentenceTask(data sentenceWindows, tied bool) *prooflearn.Task {
	seed := []byte("progress transformer")
	return &prooflearn.Task{
		Name: "text", DType: "float32", Mode: prooflearn.ModeDeterministic,
		Model: prooflearn.ModelSpec{Type: prooflearn.ModelTransformer, Input: 9, Classes: 128,
			Vocab: 128, Context: 8, Width: 16, Heads: 4, Blocks: 2, MLP: 32, Tied: tied},
		Optimizer: prooflearn.OptimizerSpec{Type: prooflearn.OptAdam, LearningRate: 0.02, Beta1: 0.9, Beta2: 0.999, Epsilon: 1e-8},
		BatchSize: 8, Steps: 30, CheckpointInterval: 10,
		Dataset:        prooflearn.DatasetSpec{Name: "text", Root: data.Root(), Examples: data.Len()},
		SeedCommitment: prooflearn.CommitSeed(seed),
		Seed:           fmt.Sprintf("%x", seed),
	}
}
