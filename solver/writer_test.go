package solver_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

// A checkpoint the background writer cannot store stops the run with an
// error naming it, leaves no manifest, and a later run on the same
// directory resumes from the checkpoints that were written and ends with the
// honest root.
func TestWriterErrorStopsTheRunAndResumes(t *testing.T) {
	want := honestRoot(t)
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	dir := t.TempDir()
	require.Error(t, trainUntil(t, task, dir, 5), "expected the run to stop")
	// A directory where checkpoint 40 belongs: no rename can replace it.
	blocked := filepath.Join(dir, bundle.CheckpointPath(40))
	require.NoError(t, os.MkdirAll(filepath.Join(blocked, "in-the-way"), 0o755))

	_, err := solver.Train(context.Background(), task, data.Train, dir)
	require.Error(t, err, "a run whose checkpoint 40 cannot be written")
	assert.Contains(t, err.Error(), "step 40")
	_, err = os.Stat(filepath.Join(dir, bundle.ManifestFile))
	assert.ErrorIs(t, err, fs.ErrNotExist, "a failed run left a manifest")
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, bundle.CheckpointPath(30)))
	require.NoError(t, err, "checkpoints before the failed one are on disk")
	assert.Equal(t, 30, c.Step)

	require.NoError(t, os.RemoveAll(blocked))
	var resumedFrom = -1
	m, err := solver.Train(context.Background(), task, data.Train, dir, solver.WithProgress(func(p solver.Progress) {
		resumedFrom = p.ResumedFrom
	}))
	require.NoError(t, err)
	assert.Equal(t, want, m.Root)
	assert.GreaterOrEqual(t, resumedFrom, 30, "the second run trained again from a checkpoint before 30")
	leftovers, err := filepath.Glob(filepath.Join(dir, bundle.CheckpointsDir, ".*.tmp-*"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "temporary files left in the bundle")
}
