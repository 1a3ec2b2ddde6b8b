package bundle_test

import (
	"archive/zip"
	"bytes"
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

// memoryBundle copies the bundle in dir into an fstest.MapFS.
func memoryBundle(t *testing.T, dir string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	require.NoError(t, fs.WalkDir(os.DirFS(dir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		m[name] = &fstest.MapFile{Data: b, Mode: 0o644}
		return err
	}))
	return m
}

// zipBundle writes the bundle in dir as a zip archive in memory and opens it.
func zipBundle(t *testing.T, dir string) fs.FS {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	require.NoError(t, w.AddFS(os.DirFS(dir)))
	require.NoError(t, w.Close())
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	return r
}

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
		"memory":    memoryBundle(t, dir),
		"zip":       zipBundle(t, dir),
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
		_, err = bundle.ReadCheckpointFS(memoryBundle(t, dir), bundle.CheckpointsDir, task)
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
	mem := memoryBundle(t, dir)
	mem[bundle.ManifestFile] = &fstest.MapFile{Data: make([]byte, bundle.ManifestLimit(task)+1)}
	_, err := bundle.ReadManifestFS(mem, task)
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge)

	mem = memoryBundle(t, dir)
	m, err := bundle.ReadManifestFS(mem, task)
	require.NoError(t, err)
	small := *task
	small.Model.Hidden = []int{4}
	_, err = bundle.ReadCheckpointFS(mem, m.Checkpoints[0].File, &small)
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge)
}
