package prooflearn

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWriteFileAtomicReplacesWholeAndIsReadable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "manifest.json")
	for _, content := range []string{"first version", "second"} {
		require.NoError(t, WriteFileAtomic(path, []byte(content)))
		got, err := os.ReadFile(path)
		require.NoError(t, err, "read %q, wrote %q", got, content)
		require.Equal(t, content, string(got), "read back")
	}
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o644), st.Mode().Perm(), "mode %v: others could not read a published bundle", st.Mode().Perm())
	entries, _ := os.ReadDir(dir)
	require.Len(t, entries, 1, "temporary files left behind: %v", entries)
}

func TestReadLimitedRefusesNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "batches.json")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skip("symbolic links unsupported here")
	}
	_, err := ReadLimited(link, 1<<20)
	require.Error(t, err, "read through a symbolic link to a device")
	_, err = ReadLimited(dir, 1<<20)
	require.Error(t, err, "read a directory as a file")
}
