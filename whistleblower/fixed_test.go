package whistleblower_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

// TestPerturbFixedCheckpoint: a forced error planted in a fixed-mode proof
// moves int32 weights (in raw units) and the verifier, comparing exactly,
// rejects the segment that ends at it.
func TestPerturbFixedCheckpoint(t *testing.T) {
	raw, err := testdata.Tasks.ReadFile("tasks/tiny-fixed.json")
	require.NoError(t, err)
	ft, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	require.NoError(t, err)
	ft.Steps = 100
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "honest"), filepath.Join(dir, "forced")
	_, err = solver.Train(context.Background(), ft, data, src)
	require.NoError(t, err)
	p, err := whistleblower.PerturbCheckpoint(ft, src, dst, 2, 0.05, []byte("forced"))
	require.NoError(t, err)
	require.NotEqual(t, p.Original, p.Root)
	m, err := bundle.ReadManifest(dst)
	require.NoError(t, err)
	c, err := bundle.ReadCheckpoint(filepath.Join(dst, m.Checkpoints[2].File))
	require.NoError(t, err)
	require.NoError(t, c.CheckShape(ft), "the planted checkpoint is a valid fixed-point state")
	rep, err := verifier.Verify(context.Background(), ft, data, dst, verifier.WithBudget(1))
	require.NoError(t, err)
	require.Equal(t, verifier.Rejected, rep.Verdict)
	require.Contains(t, []int{40, 60}, rep.Findings[0].Step, "%+v", rep.Findings)
}
