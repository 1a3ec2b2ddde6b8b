package verifier_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/verifier"
)

// A bundle is untrusted: a file in it that links to a device must be refused
// without being read.
func TestSymlinkedBundleFilesRejected(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	for _, name := range []string{m.BatchesFile, m.Checkpoints[3].File} {
		path := filepath.Join(dir, name)
		os.Remove(path)
		if err := os.Symlink("/dev/zero", path); err != nil {
			t.Skip("symbolic links unsupported here")
		}
	}
	rep := verify(t, task, dir)
	rejectedBy(t, rep, verifier.CheckDataOrder)
	rejectedBy(t, rep, verifier.CheckCheckpoint)
}
