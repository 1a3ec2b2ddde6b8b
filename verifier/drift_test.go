package verifier_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// ShippedDriftBound is the documented bound (docs/thresholds.md) on how far
// from honest training a forger who stays within tiny.json's shipped δ on
// every segment can move the final weights, relative to their norm.
const ShippedDriftBound = 1e-4

// A forger who moves every segment's end towards another model by as much
// as δ allows is accepted at every budget, and that is the slack δ sells: at
// the shipped, calibrated δ the final weights stay within ShippedDriftBound
// of honest training; at the hand-set δ tiny.json used to ship, the same
// forger moves them by percent.
func TestForgerDriftWithinShippedDelta(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t).Train
	forger, err := spoof.New(task, data)
	require.NoError(t, err)
	cases := []struct {
		name     string
		th       prooflearn.Thresholds
		atLeast  float64
		atMost   float64
		verifyIt bool
	}{
		{"shipped δ", *task.Delta, 0, ShippedDriftBound, true},
		{"hand-set δ of earlier releases", prooflearn.Thresholds{L1: 0.01, L2: 1e-3, LInf: 1e-4, Cosine: 1e-4}, 0.05, 1, true},
	}
	if raceEnabled {
		cases = cases[:1]
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "drift")
			res, err := forger.Drift(context.Background(), tc.th, verifier.DefaultRelative, dir)
			require.NoError(t, err)
			t.Logf("final weights %.3g%% of their norm from honest training, %.3g%% closer to the target", 100*res.Drift, 100*res.TargetGain)
			assert.GreaterOrEqual(t, res.Drift, tc.atLeast)
			assert.LessOrEqual(t, res.Drift, tc.atMost)
			assert.Positive(t, res.Drift, "the forger moved nothing: the test measures nothing")
			if tc.verifyIt {
				rep := verify(t, task, dir, verifier.WithBudget(1), verifier.WithThresholds(tc.th, "test"))
				assert.Equal(t, verifier.Accepted, rep.Verdict, "a forgery within δ on every segment: %v", rep.Findings)
			}
		})
	}
}
