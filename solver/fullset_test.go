//go:build fullset

package solver_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/verifier"
)

// TestFashionMLPReachesTarget trains testdata/tasks/fashion-mlp.json on the
// installed Fashion-MNIST (apt-get install dataset-fashion-mnist), checks the
// promised test accuracy, and verifies the proof. Run with -tags fullset.
func TestFashionMLPReachesTarget(t *testing.T) {
	task, err := prooflearn.ReadTask("../testdata/tasks/fashion-mlp.json")
	require.NoError(t, err)
	data, err := dataset.System()
	require.NoError(t, err, "this test needs the full dataset")
	dir := t.TempDir()
	m, err := solver.Train(context.Background(), task, data.Train, dir, solver.WithTestSet(data.Test))
	require.NoError(t, err)
	t.Logf("test accuracy %.4f after %d steps in %.1fs", m.Metrics.TestAccuracy, m.Steps, m.Metrics.Seconds)
	require.GreaterOrEqual(t, m.Metrics.TestAccuracy, 0.84,
		"test accuracy %.4f, the task promises at least 0.84", m.Metrics.TestAccuracy)
	rep, err := verifier.Verify(context.Background(), task, data.Train, dir)
	require.NoError(t, err)
	require.Equal(t, verifier.Accepted, rep.Verdict, "honest full-set proof rejected: %v", rep.Findings)
}
