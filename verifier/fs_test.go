package verifier_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/verifier"
)

// TestVerifyFS: a bundle held in memory or in a zip archive verifies as
// the same bundle in a directory does, to the same report.
func TestVerifyFS(t *testing.T) {
	task, data, dir := testbundle.Honest(t)
	challenge := verifier.WithChallenge([]byte("the same draw for every copy"))
	want, err := verifier.Verify(context.Background(), task, data.Train, dir, challenge)
	require.NoError(t, err)
	require.Equal(t, verifier.Accepted, want.Verdict, "%v", want.Findings)

	for name, fsys := range map[string]fs.FS{"memory": testbundle.MapFS(t, dir), "zip": testbundle.ZipFS(t, dir)} {
		t.Run(name, func(t *testing.T) {
			got, err := verifier.VerifyFS(context.Background(), task, data.Train, fsys, challenge)
			require.NoError(t, err)
			assert.Equal(t, want.Verdict, got.Verdict)
			assert.Equal(t, want.Root, got.Root)
			assert.Equal(t, want.Segments, got.Segments)
			assert.Equal(t, want.Findings, got.Findings)
		})
	}
	t.Run("empty", func(t *testing.T) {
		rep, err := verifier.VerifyFS(context.Background(), task, data.Train, fstest.MapFS{}, challenge)
		require.NoError(t, err)
		rejectedBy(t, rep, verifier.CheckManifest)
	})
}

// TestSymlinkedCheckpointsDirRejected: a bundle whose checkpoints/ is a
// link to another directory — here holding honest copies — is refused:
// the files are not the bundle's.
func TestSymlinkedCheckpointsDirRejected(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	elsewhere := filepath.Join(t.TempDir(), "checkpoints")
	require.NoError(t, os.Rename(filepath.Join(dir, bundle.CheckpointsDir), elsewhere))
	if err := os.Symlink(elsewhere, filepath.Join(dir, bundle.CheckpointsDir)); err != nil {
		t.Skip("symbolic links unsupported here")
	}
	rejectedBy(t, verify(t, task, dir), verifier.CheckCheckpoint)
}
