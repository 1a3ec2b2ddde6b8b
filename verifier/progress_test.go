package verifier_test

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

// TestMinProgressIsTheTasks: a short, slow honest run (40 steps of plain SGD
// at learning rate 0.002) lowers the loss by well under the default 10%. The
// default check rejects it, which is its point: a trajectory that barely
// moves looks like a forger's. A task that sets a small "min_progress"
// accepts it, without changing the task's identity; 0 turns the check off;
// WithMinProgress overrides the task.
func TestMinProgressIsTheTasks(t *testing.T) {
	task := testbundle.TinyTask(t)
	task.Steps, task.Optimizer = 40, prooflearn.OptimizerSpec{Type: "sgd", LearningRate: 0.002}
	dir := filepath.Join(t.TempDir(), "slow")
	trainTo(t, task, testbundle.Data(t).Train, dir)
	c := verifier.WithChallenge([]byte("progress"))

	rep := verify(t, task, dir, c)
	rejectedBy(t, rep, verifier.CheckProgress)
	p := rep.Progress
	require.NotNil(t, p, "default: progress %+v at minimum %v", p, rep.MinProgress)
	require.False(t, p.Passed, "default: progress %+v at minimum %v", p, rep.MinProgress)
	require.Less(t, p.FinalLoss, p.InitialLoss, "default: progress %+v at minimum %v", p, rep.MinProgress)
	require.Equal(t, verifier.DefaultMinProgress, rep.MinProgress, "default: progress %+v at minimum %v", p, rep.MinProgress)
	made := 1 - p.FinalLoss/p.InitialLoss
	t.Logf("loss %.4g → %.4g (%.1f%% progress; the default asks ≤ %.4g)", p.InitialLoss, p.FinalLoss, 100*made, p.MaxFinalLoss)
	require.Greater(t, made, 0.02, "the slow run made %.3f progress, want between 0.02 and %v for this test", made, verifier.DefaultMinProgress)
	require.Less(t, made, verifier.DefaultMinProgress, "the slow run made %.3f progress, want between 0.02 and %v for this test", made, verifier.DefaultMinProgress)

	hash := task.Hash()
	small := 0.02
	task.MinProgress = &small
	require.Equal(t, hash, task.Hash(), "min_progress changed the task's identity or does not validate")
	require.NoError(t, task.Validate(), "min_progress changed the task's identity or does not validate")
	rep = verify(t, task, dir, c)
	require.Equal(t, verifier.Accepted, rep.Verdict, "min_progress %v: %s %v %+v", small, rep.Verdict, rep.Findings, rep.Progress)
	require.Equal(t, small, rep.MinProgress, "min_progress %v: %s %v %+v", small, rep.Verdict, rep.Findings, rep.Progress)
	require.NotNil(t, rep.Progress, "min_progress %v: %s %v %+v", small, rep.Verdict, rep.Findings, rep.Progress)
	require.True(t, rep.Progress.Passed, "min_progress %v: %s %v %+v", small, rep.Verdict, rep.Findings, rep.Progress)
	require.InDelta(t, (1-small)*rep.Progress.InitialLoss, rep.Progress.MaxFinalLoss, 1e-12,
		"min_progress %v: %s %v %+v", small, rep.Verdict, rep.Findings, rep.Progress)
	// The verifier's override wins over the task's.
	rejectedBy(t, verify(t, task, dir, c, verifier.WithMinProgress(0.5)), verifier.CheckProgress)

	zero := 0.0
	task.MinProgress = &zero
	rep = verify(t, task, dir, c)
	require.Equal(t, verifier.Accepted, rep.Verdict, "min_progress 0: %s %v %+v", rep.Verdict, rep.Findings, rep.Progress)
	require.Nil(t, rep.Progress, "min_progress 0: %s %v %+v", rep.Verdict, rep.Findings, rep.Progress)
	require.Zero(t, rep.MinProgress, "min_progress 0: %s %v %+v", rep.Verdict, rep.Findings, rep.Progress)

	for _, bad := range []float64{-0.1, 1, math.NaN()} {
		t.Run(fmt.Sprint(bad), func(t *testing.T) {
			task.MinProgress = &bad
			assert.Error(t, task.Validate(), "min_progress %v validated", bad)
		})
	}
}
