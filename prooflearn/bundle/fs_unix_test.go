//go:build unix

package bundle_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// TestDirFSRefusesNamedPipe: a named pipe in place of a checkpoint is
// refused at once; opening it does not wait for a writer.
func TestDirFSRefusesNamedPipe(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifestFor(dir, task)
	require.NoError(t, err)
	path := filepath.Join(dir, m.Checkpoints[2].File)
	require.NoError(t, os.Remove(path))
	require.NoError(t, syscall.Mkfifo(path, 0o600))
	done := make(chan error, 1)
	go func() {
		_, err := bundle.ReadCheckpointFS(bundle.DirFS(dir), m.Checkpoints[2].File, task)
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, prooflearn.ErrMalformed)
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe blocked")
	}
}
