package verifier_test

import (
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

// partlyForged copies the honest bundle and perturbs a few checkpoints in
// the middle of training, re-committing each time: every commitment checks
// out and only the segments on either side of a changed checkpoint are
// wrong. It returns the directory and the wrong segments, found by
// replaying every segment.
func partlyForged(t *testing.T) (string, []int) {
	t.Helper()
	task, _, src := testbundle.Honest(t)
	for i, j := range []int{14, 26, 38} {
		dst := filepath.Join(t.TempDir(), "forged")
		// 2% of the largest update: above ρ for a mid-training segment,
		// far too small to show as an anomalous jump.
		_, err := whistleblower.PerturbCheckpoint(task, src, dst, j, 0.02, []byte{byte(i)})
		require.NoError(t, err)
		src = dst
	}
	full := verify(t, task, src, verifier.WithBudget(1))
	var bad []int
	for _, s := range full.Segments {
		if !s.Passed {
			bad = append(bad, s.Index)
		}
	}
	require.GreaterOrEqual(t, len(bad), 3, "%d wrong segments %v, want a few", len(bad), bad)
	require.LessOrEqual(t, len(bad), 10, "%d wrong segments %v, want a few", len(bad), bad)
	return src, bad
}

// TestForgerCannotPredictTheDraw is the grinding attack's premise undone.
// When the root alone keyed the draw, a forger who left some segments wrong
// could re-roll its root (a changed bit anywhere gives a new one) until the
// draw missed them all, then publish. With the verifier's challenge in the
// key, the same committed bundle is accepted under some challenges and
// rejected under others, at the rate the report's detection probability
// states: nothing the forger controls decides which.
func TestForgerCannotPredictTheDraw(t *testing.T) {
	task, _, _ := testbundle.Honest(t)
	dir, bad := partlyForged(t)
	n := 30
	switch {
	case testing.Short():
		n = 4 // the suite without -short (.ci/run) draws thirty
	case raceEnabled:
		n = 12
	}
	rejected := 0
	var want float64
	for i := range n {
		rep := verify(t, task, dir, verifier.WithChallenge([]byte{'c', byte(i)}), verifier.WithBudget(0.1))
		sel := rep.Selection
		require.Empty(t, sel.Anomalies, "the forgery is visible without the random draw: anomalies %v, top-Q %v", sel.Anomalies, sel.TopQ)
		require.False(t, slices.ContainsFunc(sel.TopQ, func(s int) bool { return slices.Contains(bad, s) }),
			"the forgery is visible without the random draw: anomalies %v, top-Q %v", sel.Anomalies, sel.TopQ)
		hit := slices.ContainsFunc(sel.FiatShamir, func(s int) bool { return slices.Contains(bad, s) })
		require.Equal(t, hit, rep.Verdict == verifier.Rejected,
			"challenge %d: drew %v, wrong segments %v, verdict %s %v", i, sel.FiatShamir, bad, rep.Verdict, rep.Findings)
		if hit {
			rejectedBy(t, rep, verifier.CheckReplay)
			rejected++
		}
		want = verifier.DetectionProbability(sel.Segments-len(sel.TopQ), len(sel.FiatShamir), len(bad))
	}
	require.NotZero(t, rejected, "rejected under %d of %d challenges: the draw does not depend on the challenge", rejected, n)
	require.NotEqual(t, n, rejected, "rejected under %d of %d challenges: the draw does not depend on the challenge", rejected, n)
	// A binomial count: allow four standard deviations around n·p.
	got, sd := float64(rejected), math.Sqrt(float64(n)*want*(1-want))
	require.InDelta(t, float64(n)*want, got, 4*sd+1,
		"rejected under %d of %d challenges, the hypergeometric detection probability %.3f predicts %.1f ± %.1f", rejected, n, want, float64(n)*want, sd)
	t.Logf("%d wrong segments %v: rejected under %d of %d challenges (expected %.1f)", len(bad), bad, rejected, n, float64(n)*want)
}
