package solver

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// The manifest appears only once the other files' renames are durable: when
// that sync fails, no manifest and no temporary file is left behind.
func TestWriteManifestWaitsForTheDirectorySync(t *testing.T) {
	dir := t.TempDir()
	boom := errors.New("sync failed")
	err := writeManifest(dir, []byte(`{"x":1}`), func() error { return boom })
	require.ErrorIs(t, err, boom)
	_, err = os.Stat(filepath.Join(dir, bundle.ManifestFile))
	assert.ErrorIs(t, err, fs.ErrNotExist, "a manifest appeared before the other files were durable")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "temporary files left behind")

	synced := false
	require.NoError(t, writeManifest(dir, []byte(`{"x":2}`), func() error { synced = true; return nil }))
	assert.True(t, synced)
	b, err := os.ReadFile(filepath.Join(dir, bundle.ManifestFile))
	require.NoError(t, err)
	assert.Equal(t, `{"x":2}`, string(b))
	st, err := os.Stat(filepath.Join(dir, bundle.ManifestFile))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), st.Mode().Perm())
	entries, err = os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1)
}

// A manifest that cannot be written (its directory is gone) is an error,
// whatever the sync did.
func TestWriteManifestReportsItsOwnFailure(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gone")
	err := writeManifest(dir, []byte("{}"), func() error { return nil })
	assert.ErrorIs(t, err, fs.ErrNotExist)
}
