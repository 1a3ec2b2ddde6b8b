package verifier_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// shortFixedTask is tiny-fixed cut to 200 steps, which keeps the forgeries
// and full replays of these tests to seconds.
func shortFixedTask(t *testing.T) *prooflearn.Task {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	require.Equal(t, prooflearn.ModeFixed, task.Mode)
	task.Steps = 200
	require.NoError(t, task.Validate())
	return task
}

// TestFixedForgeriesRejected: consistent forgeries of a fixed-mode proof
// (every leaf and the root recomputed) are rejected with every segment
// replayed, by the check that must catch each. Fixed mode compares exactly,
// so the least change a forger can make, one raw unit (2^-16) of one
// weight, is a rejection.
func TestFixedForgeriesRejected(t *testing.T) {
	task := shortFixedTask(t)
	data := testbundle.Data(t)
	attacks := map[string]string{
		spoof.Interpolate: verifier.CheckReplay,
		spoof.LastSegment: verifier.CheckReplay,
		spoof.HParamLie:   verifier.CheckReplay,
		spoof.DataTamper:  verifier.CheckFrozen,
	}
	if testing.Short() {
		attacks = map[string]string{spoof.LastSegment: verifier.CheckReplay}
	}
	for attack, check := range attacks {
		t.Run(attack, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "bundle")
			_, err := spoof.Build(context.Background(), attack, task, data.Train, dir)
			require.NoError(t, err)
			rep, err := verifier.Verify(context.Background(), task, data.Train, dir, verifier.WithBudget(1))
			require.NoError(t, err)
			assert.Equal(t, verifier.Rejected, rep.Verdict)
			assert.True(t, hasFinding(rep, check), "%s not caught by %s: %+v", attack, check, rep.Findings)
			for _, c := range consistencyChecks {
				assert.False(t, hasFinding(rep, c), "a consistent forgery tripped %s", c)
			}
		})
	}

	t.Run("one raw unit of one weight", func(t *testing.T) {
		dir := t.TempDir()
		trainTo(t, task, data.Train, dir)
		m, err := bundle.ReadManifest(dir)
		require.NoError(t, err)
		mid := len(m.Checkpoints) / 2
		path := filepath.Join(dir, m.Checkpoints[mid].File)
		c, err := bundle.ReadCheckpoint(path)
		require.NoError(t, err)
		c.Params[2].I32[5]++
		require.NoError(t, bundle.WriteCheckpoint(dir, c))
		recommit(t, task, dir, m)
		rep, err := verifier.Verify(context.Background(), task, data.Train, dir, verifier.WithBudget(1))
		require.NoError(t, err)
		assert.Equal(t, verifier.Rejected, rep.Verdict)
		require.True(t, hasFinding(rep, verifier.CheckReplay), "%+v", rep.Findings)
		// The segment into the edit and the one out of it replay
		// differently; every other segment replays exactly.
		steps := map[int]bool{}
		for _, f := range rep.Findings {
			if f.Check == verifier.CheckReplay {
				steps[f.Step] = true
			}
		}
		assert.Equal(t, map[int]bool{m.Checkpoints[mid].Step: true, m.Checkpoints[mid+1].Step: true}, steps)
		var edited *verifier.SegmentReport
		for i := range rep.Segments {
			if rep.Segments[i].ToStep == m.Checkpoints[mid].Step {
				edited = &rep.Segments[i]
			}
		}
		require.NotNil(t, edited)
		assert.Equal(t, 1.0/fixed.One, edited.Distances.LInf, "the replay is off by exactly one raw unit")
	})
}
