package verifier_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func trainTo(t *testing.T, task *prooflearn.Task, data solver.Dataset, dir string) {
	t.Helper()
	_, err := solver.Train(context.Background(), task, data, dir)
	require.NoError(t, err)
}

// recommit recomputes every leaf and the root of a bundle from its files, as
// a forger who controls the whole bundle would, and writes manifest m.
func recommit(t *testing.T, task *prooflearn.Task, dir string, m *prooflearn.Manifest) {
	t.Helper()
	for j, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		require.NoError(t, err)
		m.Checkpoints[j].Leaf = c.LeafHash()
	}
	require.NoError(t, bundle.Recommit(dir, m))
}
