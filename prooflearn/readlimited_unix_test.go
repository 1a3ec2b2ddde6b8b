//go:build unix

package prooflearn

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A link to an ordinary file passes any check made on the path's target;
// ReadLimited refuses it because it does not follow the link at all.
func TestReadLimitedDoesNotFollowALinkToARegularFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere.json")
	require.NoError(t, os.WriteFile(target, []byte(`{"secret":1}`), 0o644))
	link := filepath.Join(dir, "manifest.json")
	require.NoError(t, os.Symlink(target, link))
	_, err := ReadLimited(link, 1<<20)
	require.ErrorIs(t, err, ErrMalformed)
	require.Contains(t, err.Error(), "symbolic link")

	b, err := ReadLimited(target, 1<<20)
	require.NoError(t, err)
	require.Equal(t, `{"secret":1}`, string(b))
}

// Opening a named pipe for reading blocks until a writer comes; ReadLimited
// opens without blocking and refuses it by its handle.
func TestReadLimitedRefusesANamedPipeWithoutBlocking(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "batches.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadLimited(fifo, 1<<20)
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, ErrMalformed)
		require.Contains(t, err.Error(), "not a regular file")
	case <-time.After(10 * time.Second):
		t.Fatal("ReadLimited blocked on a named pipe")
	}
}

func TestReadLimitedRefusesAFileOverTheLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "checkpoint.safetensors")
	require.NoError(t, os.WriteFile(path, make([]byte, 101), 0o644))
	_, err := ReadLimited(path, 100)
	require.ErrorIs(t, err, ErrTooLarge)
	b, err := ReadLimited(path, 101)
	require.NoError(t, err)
	require.Len(t, b, 101)
}
