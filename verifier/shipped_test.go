package verifier_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/verifier"
)

// ShippedSlack is how much looser than this machine's profile a shipped
// task's δ may be: the arm64 replays scripts/calibrate.sh folds in may
// raise it, nothing else should.
const ShippedSlack = 2

// checkShipped calibrates task here and compares its shipped δ, kind by
// kind and metric by metric, with the profile's.
func checkShipped(t *testing.T, task *prooflearn.Task, data verifier.Dataset) {
	require.NotNil(t, task.Delta, "a shipped tolerant task carries δ")
	require.NotNil(t, task.Delta.Optimizer, "a shipped momentum task carries the optimizer's δ")
	p, err := verifier.Calibrate(context.Background(), task, data)
	require.NoError(t, err)
	s := verifier.SlackOf(*task.Delta, p.Thresholds)
	t.Logf("%s: shipped δ is %.3g× the profile's at most (%s)", task.Name, s.Factor, s.Metric)
	assert.LessOrEqual(t, s.Factor, float64(ShippedSlack), "shipped δ is %.3g× the profile's %s: run scripts/calibrate.sh", s.Factor, s.Metric)
	// Nor tighter than honest replays here need.
	back := verifier.SlackOf(p.Thresholds, *task.Delta)
	assert.LessOrEqual(t, back.Factor, 1.0+1e-9, "the profile's %s is %.3g× the shipped δ: honest work would be rejected", back.Metric, back.Factor)
}

func TestShippedThresholdsCalibrated(t *testing.T) {
	if raceEnabled {
		t.Skip("calibration replays a hundred segments; the suite without the race detector runs it")
	}
	checkShipped(t, testbundle.TinyTask(t), testbundle.Data(t).Train)
}

// fashion-mlp needs the full dataset (apt-get install dataset-fashion-mnist).
func TestShippedThresholdsCalibratedFashion(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("calibrating fashion-mlp takes a minute; the suite without the race detector runs it")
	}
	full, err := dataset.System()
	if err != nil {
		t.Skipf("the full Fashion-MNIST is not installed: %v", err)
	}
	checkShipped(t, testbundle.ShippedTask(t, "fashion-mlp"), full.Train)
}

// An exact task (deterministic or fixed-point) is verified bit for bit
// whatever thresholds are given, so calibrating one is refused rather than
// producing a δ that would never be used.
func TestCalibrateRefusesExactTasks(t *testing.T) {
	for _, name := range []string{"tiny-det", "tiny-fixed"} {
		t.Run(name, func(t *testing.T) {
			task := testbundle.ShippedTask(t, name)
			require.True(t, task.Exact())
			_, err := verifier.Calibrate(context.Background(), task, testbundle.Data(t).Train)
			require.ErrorIs(t, err, prooflearn.ErrInvalidTask)
			require.ErrorContains(t, err, "nothing to calibrate")
		})
	}
}
