package solver

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/testdata"
)

// TestCheckpointWriteReusesItsBuffers: once its encoder has been used, the
// writer's work for a checkpoint (leaf hash, encoding, synced write)
// allocates a small fraction of the state's size, not the fresh copies of
// it (canonical encoding, values, file) it once did. Bytes allocated are
// counted by the runtime, not timed.
func TestCheckpointWriteReusesItsBuffers(t *testing.T) {
	task := tinyTask(t)
	task.Model.Hidden = []int{128}
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	state, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	stateBytes := 0
	for _, ts := range [][]prooflearn.Tensor{state.Params, state.OptState} {
		for i := range ts {
			stateBytes += ts[i].Len() * ts[i].DType.Size()
		}
	}
	dir := t.TempDir()
	require.NoError(t, prepareDir(dir, nil))
	ready := func() error { return nil }
	enc := new(bundle.CheckpointEncoder)
	_, err = writeCheckpoint(dir, state, enc, ready) // sizes the encoder's buffers
	require.NoError(t, err)

	const writes = 5
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range writes {
		_, err := writeCheckpoint(dir, state, enc, ready)
		require.NoError(t, err)
	}
	runtime.ReadMemStats(&after)
	perWrite := int((after.TotalAlloc - before.TotalAlloc) / writes)
	t.Logf("state %d bytes, allocated %d bytes per checkpoint write", stateBytes, perWrite)
	assert.Less(t, perWrite, stateBytes/20, "a checkpoint write allocates %d bytes for %d bytes of state", perWrite, stateBytes)
}

// TestWrittenFilesAreTheirCheckpoints: with several writes in flight
// sharing a pool of encoders, every file on disk is its own checkpoint's
// encoding, the bytes EncodeCheckpoint gives for what it decodes to, and
// its leaf is the manifest's. A buffer handed to two writes at once would
// put one checkpoint's values in another's file.
func TestWrittenFilesAreTheirCheckpoints(t *testing.T) {
	task := tinyTask(t)
	task.Steps, task.CheckpointInterval = 40, 2 // many writes in flight at once
	data, err := dataset.Embedded()
	require.NoError(t, err)
	dir := t.TempDir()
	m, err := Train(context.Background(), task, data.Train, dir)
	require.NoError(t, err)
	require.Greater(t, len(m.Checkpoints), 2*writesInFlight)
	for _, ref := range m.Checkpoints {
		raw, err := os.ReadFile(filepath.Join(dir, ref.File))
		require.NoError(t, err)
		c, err := bundle.DecodeCheckpoint(raw)
		require.NoError(t, err)
		require.Equal(t, ref.Step, c.Step)
		require.Equal(t, ref.Leaf, c.LeafHash(), "step %d", ref.Step)
		again, err := bundle.EncodeCheckpoint(c)
		require.NoError(t, err)
		require.True(t, bytes.Equal(raw, again), "step %d: the file is not its checkpoint's encoding", ref.Step)
	}
}

func tinyTask(t *testing.T) *prooflearn.Task {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	require.NoError(t, err)
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	require.NoError(t, err)
	return task
}
