package arbitration

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// examplesOnly is a Dataset that is not a *dataset.Dataset: it shows the
// examples and the root, nothing of how the pixels split into rows.
type examplesOnly struct{ train.Dataset }

// TestPlayersTakeAnyDataset: the players take the Dataset interface every
// role takes. A dataset of 2×8 images behind it still opens its examples
// against the task's root: a wrong-batch liar is pinpointed at batch-x and
// loses, on either side.
func TestPlayersTakeAnyDataset(t *testing.T) {
	toy := toyData(64)
	toy.Rows, toy.Cols = 2, 8
	var data train.Dataset = examplesOnly{toy}
	task := toyTask(toy, prooflearn.ModeTolerant, "float32", "momentum", []int{8})
	require.NoError(t, task.Validate())
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	require.NoError(t, err)
	batches := make([][]int, task.CheckpointInterval)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	wrong := make([][]int, len(batches))
	copy(wrong, batches)
	wrong[3] = batches[4]
	for _, side := range sides {
		t.Run(string(side), func(t *testing.T) {
			c := &Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[Party]prooflearn.Hash{}}
			honest, err := NewReplayPlayer(c, data, batches)
			require.NoError(t, err)
			liar, err := NewReplayPlayer(c, data, wrong)
			require.NoError(t, err)
			claim(t, c, side, liar)
			claim(t, c, side.Other(), honest)
			players := map[Party]Player{side: liar, side.Other(): honest}
			res, err := Play(context.Background(), c, players[PartySolver], players[PartyChallenger])
			require.NoError(t, err)
			assert.Equal(t, side.Other(), res.Winner, res.Detail)
			assert.Equal(t, 3, res.Step)
			assert.Equal(t, train.OpBatchX, res.Op)
			assert.Equal(t, ReasonArbiter, res.Reason)
		})
	}
}

// TestPlayersRefuseAnotherDataset: a player or a case on data whose root is
// not the task's is refused before any replay.
func TestPlayersRefuseAnotherDataset(t *testing.T) {
	data := toyData(64)
	task := toyTask(data, prooflearn.ModeTolerant, "float32", "momentum", []int{8})
	other := toyData(64)
	other.Labels[0] ^= 1
	require.NotEqual(t, data.Root(), other.Root())
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	c := &Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[Party]prooflearn.Hash{}}
	_, err = NewReplayPlayer(c, other, make([][]int, task.CheckpointInterval))
	assert.ErrorIs(t, err, prooflearn.ErrCommitment)
	_, err = NewSeedPlayer(c, nil)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed)
}

func TestImageShapes(t *testing.T) {
	assert.Equal(t, [][2]int{{28, 28}, {16, 49}, {49, 16}, {14, 56}, {56, 14}, {8, 98}, {98, 8}, {7, 112}, {112, 7},
		{4, 196}, {196, 4}, {2, 392}, {392, 2}, {1, 784}, {784, 1}}, imageShapes(784))
	assert.Equal(t, [][2]int{{1, 7}, {7, 1}}, imageShapes(7))
	assert.Equal(t, [][2]int{{1, 1}}, imageShapes(1))
}
