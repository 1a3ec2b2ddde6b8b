package bundle_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// readAll reads every file of the bundle in fsys and checks each leaf.
func readAll(t *testing.T, fsys fs.FS, task *prooflearn.Task) {
	t.Helper()
	m, err := bundle.ReadManifestFS(fsys, task)
	require.NoError(t, err)
	for _, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpointFS(fsys, ref.File, task)
		require.NoError(t, err)
		assert.Equal(t, ref.Leaf, c.LeafHash(), "checkpoint %s", ref.File)
	}
	bs, err := bundle.ReadBatchesFS(fsys, m, task)
	require.NoError(t, err)
	assert.Len(t, bs.Indices, task.Steps)
}

// TestReadBundleFromAnyFS: the same bundle reads alike from a directory,
// from memory and from a zip archive.
func TestReadBundleFromAnyFS(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	for name, fsys := range map[string]fs.FS{
		"directory": bundle.DirFS(dir),
		"memory":    testbundle.MapFS(t, dir),
		"zip":       testbundle.ZipFS(t, dir),
	} {
		t.Run(name, func(t *testing.T) { readAll(t, fsys, task) })
	}
}

// TestDirFSStaysInside: names and links that lead out of the bundle are
// refused, and so is anything that is not a regular file.
func TestDirFSStaysInside(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifestFor(dir, task)
	require.NoError(t, err)
	outside := t.TempDir()
	require.NoError(t, testbundle.CopyDir(filepath.Join(dir, bundle.CheckpointsDir), filepath.Join(outside, "checkpoints")))

	t.Run("parent name", func(t *testing.T) {
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(dir), "../"+filepath.Base(dir)+"/"+m.Checkpoints[0].File, task)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed)
		_, err = bundle.DirFS(dir).Open("../x")
		assert.ErrorIs(t, err, fs.ErrInvalid)
	})
	t.Run("absolute name", func(t *testing.T) {
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(dir), filepath.Join(dir, m.Checkpoints[0].File), task)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed)
	})
	t.Run("directory", func(t *testing.T) {
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(dir), bundle.CheckpointsDir, task)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed)
		_, err = bundle.ReadCheckpointFS(testbundle.MapFS(t, dir), bundle.CheckpointsDir, task)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed)
	})
	t.Run("symlinked checkpoints directory", func(t *testing.T) {
		// The files it leads to are honest copies: still, they are not
		// the bundle's, and reading them is refused.
		link := t.TempDir()
		require.NoError(t, os.Rename(filepath.Join(dir, bundle.ManifestFile), filepath.Join(link, bundle.ManifestFile)))
		if err := os.Symlink(filepath.Join(outside, "checkpoints"), filepath.Join(link, bundle.CheckpointsDir)); err != nil {
			t.Skip("symbolic links unsupported here")
		}
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(link), m.Checkpoints[0].File, task)
		assert.Error(t, err)
		require.NoError(t, os.Rename(filepath.Join(link, bundle.ManifestFile), filepath.Join(dir, bundle.ManifestFile)))
	})
	t.Run("symlinked file", func(t *testing.T) {
		path := filepath.Join(dir, m.Checkpoints[1].File)
		require.NoError(t, os.Remove(path))
		if err := os.Symlink(filepath.Join(outside, m.Checkpoints[1].File), path); err != nil {
			t.Skip("symbolic links unsupported here")
		}
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(dir), m.Checkpoints[1].File, task)
		assert.Error(t, err)
	})
}

// TestFSLimits: the task's limits hold whatever the file system.
func TestFSLimits(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	mem := testbundle.MapFS(t, dir)
	mem[bundle.ManifestFile] = &fstest.MapFile{Data: make([]byte, bundle.ManifestLimit(task)+1)}
	_, err := bundle.ReadManifestFS(mem, task)
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge)

	mem = testbundle.MapFS(t, dir)
	m, err := bundle.ReadManifestFS(mem, task)
	require.NoError(t, err)
	small := *task
	small.Model.Hidden = []int{4}
	_, err = bundle.ReadCheckpointFS(mem, m.Checkpoints[0].File, &small)
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge)
}
