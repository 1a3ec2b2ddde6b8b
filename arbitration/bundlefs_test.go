package arbitration

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// TestOpenBundleFS: a bundle held in memory opens and serves its
// checkpoints as the same bundle in a directory does; a directory bundle
// whose checkpoints/ links elsewhere cannot serve them.
func TestOpenBundleFS(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	mem := testbundle.MapFS(t, dir)
	fromDir, err := OpenBundle(dir, task)
	require.NoError(t, err)
	fromMem, err := OpenBundleFS(mem, task)
	require.NoError(t, err)
	assert.Equal(t, fromDir.Manifest, fromMem.Manifest)
	assert.Equal(t, fromDir.Batches, fromMem.Batches)
	for _, j := range []int{0, 7, len(fromDir.Manifest.Checkpoints) - 1} {
		a, err := fromDir.Checkpoint(j)
		require.NoError(t, err)
		b, err := fromMem.Checkpoint(j)
		require.NoError(t, err)
		assert.Equal(t, a.LeafHash(), b.LeafHash(), "checkpoint %d", j)
	}

	elsewhere := filepath.Join(t.TempDir(), "checkpoints")
	require.NoError(t, os.Rename(filepath.Join(dir, bundle.CheckpointsDir), elsewhere))
	if err := os.Symlink(elsewhere, filepath.Join(dir, bundle.CheckpointsDir)); err != nil {
		t.Skip("symbolic links unsupported here")
	}
	linked, err := OpenBundle(dir, task)
	require.NoError(t, err, "the manifest and batches are the bundle's own")
	_, err = linked.Checkpoint(3)
	assert.Error(t, err)
}
