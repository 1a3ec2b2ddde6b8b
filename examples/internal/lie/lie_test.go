package lie

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/verifier"
)

// TestAtProduct: a solver that trains tiny-fixed (shortened to two
// segments) honestly and then lies at the first layer's product x·W1 in
// the last segment, consistently (the final checkpoint is its lying
// replay's, every leaf and the root recomputed), is rejected by the
// verifier on the final segment, and the game between its lying player and
// the honest bundle's player pins the product at the lie's step. A lie at
// a node that is no product with an inner level is refused.
func TestAtProduct(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	task.Steps, task.CheckpointInterval = 8, 4
	data := testbundle.DataFor(t, task).Train
	dir, honest := t.TempDir(), t.TempDir()
	_, err := solver.Train(t.Context(), task, data, dir)
	require.NoError(t, err)
	require.NoError(t, testbundle.CopyDir(dir, honest))

	_, err = ProductLie(task, 5, "layer0.z")
	require.ErrorContains(t, err, "no inner level")
	_, err = ProductLie(task, 5, "layer9.xw")
	require.ErrorContains(t, err, "no node")
	_, err = ProductLie(testbundle.TinyTask(t), 5, "layer0.xw")
	require.ErrorContains(t, err, "fixed-mode", "a float task has no fixed-point product to lie at")

	step, root, err := AtProduct(t.Context(), dir, task, data, "layer0.xw")
	require.NoError(t, err)
	seg, want := Segment(task)
	require.Equal(t, 1, seg)
	require.Equal(t, want, step)
	require.Equal(t, 6, step)

	rep, err := verifier.Verify(t.Context(), task, data, dir)
	require.NoError(t, err)
	require.Equal(t, root, rep.Root)
	require.Equal(t, verifier.Rejected, rep.Verdict)
	// The replay finds the final segment wrong, and only it (a run this
	// short also misses the task's progress bar, a finding of no segment).
	located := 0
	for _, f := range rep.Findings {
		if f.Segment >= 0 {
			located++
			assert.Equal(t, seg, f.Segment, "%s", f)
		}
	}
	require.Positive(t, located, "%v", rep.Findings)

	sb, err := arbitration.OpenBundle(dir, task)
	require.NoError(t, err)
	hb, err := arbitration.OpenBundle(honest, task)
	require.NoError(t, err)
	c, err := arbitration.CaseFromBundles(task, data, sb, hb)
	require.NoError(t, err)
	require.Equal(t, seg, c.Segment)
	sp, err := Player(c, data, sb, "layer0.xw")
	require.NoError(t, err)
	cp, err := arbitration.NewBundlePlayer(c, data, hb)
	require.NoError(t, err)
	res, err := arbitration.Play(t.Context(), c, sp, cp)
	require.NoError(t, err)
	assert.Equal(t, step, res.Step)
	assert.Equal(t, "layer0.xw", res.NodeName)
	assert.Equal(t, arbitration.PartyChallenger, res.Winner)

	// The bundle's own honest player, which re-executes between
	// checkpoints, is pinned at a state writer instead: the liar's player
	// is what makes the product the dispute.
	bp, err := arbitration.NewBundlePlayer(c, data, sb)
	require.NoError(t, err)
	res, err = arbitration.Play(t.Context(), c, bp, cp)
	require.NoError(t, err)
	assert.NotEqual(t, "layer0.xw", res.NodeName)
}
