package verifier_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// forgeries caches the forged bundles these tests share, per task and attack.
var forgeries sync.Map

type forged struct {
	once sync.Once
	res  *spoof.Result
	err  error
}

// forgedBundle builds attack (with opts, which variant names) against the
// shipped task name once per test binary and returns its result; the bundle
// is read-only for the tests. Calls with other options must name another
// variant: the cache cannot tell options apart.
func forgedBundle(t *testing.T, name, attack, variant string, opts ...spoof.Option) (*prooflearn.Task, *spoof.Result) {
	t.Helper()
	v, _ := forgeries.LoadOrStore(name+"/"+attack+"/"+variant, &forged{})
	f := v.(*forged)
	task := testbundle.ShippedTask(t, name)
	f.once.Do(func() {
		var dir string
		if dir, f.err = os.MkdirTemp("", "prooflearn-forgery-"); f.err == nil {
			f.res, f.err = spoof.Build(context.Background(), attack, task, testbundle.Data(t).Train, filepath.Join(dir, "bundle"), opts...)
		}
	})
	require.NoError(t, f.err)
	return task, f.res
}

func challenge(i int) verifier.Option {
	c := sha256.Sum256([]byte(fmt.Sprint("state-test/", i)))
	return verifier.WithChallenge(c[:])
}

func findingsOf(rep *verifier.Report, check string) []verifier.Finding {
	var out []verifier.Finding
	for _, f := range rep.Findings {
		if f.Check == check {
			out = append(out, f)
		}
	}
	return out
}

// A consistent forger edits only the momentum stored in one middle
// checkpoint and trains honestly from it: every parameter of every segment
// replays exactly. Only the comparison of the whole state finds it, at the
// segment that ends at the edit, and names the optimizer state.
func TestStateEditRejectedAtBudgetOne(t *testing.T) {
	for _, tc := range []struct {
		task string
		opts func(t *testing.T) []verifier.Option
	}{
		{"tiny-det", func(*testing.T) []verifier.Option { return nil }},
		{"tiny", func(*testing.T) []verifier.Option { return nil }},
		{"tiny", func(t *testing.T) []verifier.Option {
			return []verifier.Option{verifier.WithProfile(calibrated(t), "tiny.profile.json")}
		}},
	} {
		label := tc.task
		if len(tc.opts(t)) > 0 {
			label += "/calibrated"
		}
		t.Run(label, func(t *testing.T) {
			if testing.Short() && label != "tiny-det" {
				t.Skip("tolerant mode: the suite without -short runs it")
			}
			task, res := forgedBundle(t, tc.task, spoof.StateEdit, "")
			require.Len(t, res.Forged, 1)
			rep := verify(t, task, res.Dir, append(tc.opts(t), verifier.WithBudget(1))...)
			assert.Equal(t, verifier.Rejected, rep.Verdict)
			got := findingsOf(rep, verifier.CheckReplayOptimizer)
			require.NotEmpty(t, got, "no finding names the optimizer state: %v", rep.Findings)
			for _, f := range got {
				assert.Equal(t, res.Forged[0], f.Segment, "the finding is not at the edited checkpoint: %v", f)
				assert.Contains(t, f.Message, "optimizer state")
			}
			// The parameters replay everywhere: nothing but the state
			// comparison stands between the forger and acceptance.
			assert.Empty(t, findingsOf(rep, verifier.CheckReplay), "parameter findings")
			assert.Empty(t, findingsOf(rep, verifier.CheckFrozen))
			for _, s := range rep.Segments {
				if s.Index == res.Forged[0] {
					require.NotNil(t, s.OptimizerDistances)
					assert.Positive(t, s.OptimizerDistances.LInf)
					require.NotNil(t, s.Thresholds.Optimizer, "the report shows the optimizer's δ")
				}
			}
		})
	}
}

// At the default budget a forged segment is replayed for certain when it
// stands out (the state edit that steers a class away makes the updates
// around it jump, and the anomalous-jump check replays both sides), and
// otherwise only when the sample draws it. Either way a verification
// rejects the state edit exactly when it replays the forged segment, and a
// quiet edit is rejected over many challenges as often as the report's
// detection probability says.
func TestStateEditRejectedAtStatedRate(t *testing.T) {
	runs := 80
	switch {
	case testing.Short():
		runs = 3 // the suite without -short (.ci/run) runs eighty, enough to compare the rate
	case raceEnabled:
		runs = 8
	}
	for _, tc := range []struct {
		name string
		opts []spoof.Option
		loud bool
	}{
		{"steering", nil, true},
		{"quiet", []spoof.Option{spoof.WithSteerShift(quietShift)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && tc.loud {
				t.Skip("the steering edit: the suite without -short runs it")
			}
			variant := "" // the default edit, shared with TestStateEditRejectedAtBudgetOne
			if len(tc.opts) > 0 {
				variant = tc.name
			}
			task, res := forgedBundle(t, "tiny-det", spoof.StateEdit, variant, tc.opts...)
			forgedSeg := res.Forged[0]
			rejected, stated := 0, -1.0
			for i := range runs {
				rep := verify(t, task, res.Dir, challenge(i), verifier.WithMinProgress(0))
				replayed := slices.ContainsFunc(rep.Segments, func(s verifier.SegmentReport) bool { return s.Index == forgedSeg })
				require.Equal(t, replayed, rep.Verdict == verifier.Rejected, "challenge %d: replayed the forged segment %v, verdict %s: %v", i, replayed, rep.Verdict, rep.Findings)
				if replayed {
					rejected++
				}
				if !tc.loud {
					require.Empty(t, rep.Selection.Anomalies, "the quiet edit makes no anomalous jump")
				}
				// One forged segment of the proof's: the report's first fraction.
				d := rep.Selection.Detection[0]
				require.Equal(t, 1, d.ForgedSegments)
				if stated < 0 {
					stated = d.Probability
				}
				require.Equal(t, stated, d.Probability)
			}
			t.Logf("rejected %d of %d at the default budget; the report states at least %.4f", rejected, runs, stated)
			if tc.loud {
				assert.Equal(t, runs, rejected)
				return
			}
			// The count is binomial(runs, stated): within 4.5 standard deviations.
			mean := float64(runs) * stated
			sd := math.Sqrt(mean * (1 - stated))
			assert.InDelta(t, mean, float64(rejected), 4.5*sd+1, "rejection rate %d/%d, stated %.4f", rejected, runs, stated)
		})
	}
}

// quietShift is a state edit small enough to hide among honest updates.
const quietShift = 0.05

// The segment that produces the delivered weights is replayed at every
// budget and challenge, and says why.
func TestFinalSegmentAlwaysReplayed(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	last := len(task.CheckpointSteps()) - 2
	for i, budget := range []float64{0.01, verifier.DefaultBudget, 0.2, 0.5, 1} {
		rep := verify(t, task, dir, challenge(i), verifier.WithBudget(budget))
		require.Equal(t, verifier.Accepted, rep.Verdict, "honest bundle at budget %v: %v", budget, rep.Findings)
		assert.Equal(t, last, rep.Selection.Final)
		i := slices.IndexFunc(rep.Segments, func(s verifier.SegmentReport) bool { return s.Index == last })
		require.GreaterOrEqual(t, i, 0, "budget %v: the final segment was not replayed", budget)
		assert.Equal(t, task.Steps, rep.Segments[i].ToStep)
		assert.Contains(t, rep.Segments[i].Reasons, verifier.ByFinal)
		assert.NotContains(t, rep.Selection.FiatShamir, last, "the sample draws among the other segments")
	}
}

// A one-ulp change to the final checkpoint of a deterministic task,
// consistently re-committed, is rejected at the default budget whatever the
// challenge; and so is a fabricated last segment in tolerant mode.
func TestDeliveredWeightsAlwaysChecked(t *testing.T) {
	challenges := 5
	if testing.Short() {
		challenges = 2
	}
	t.Run("one ulp, tiny-det", func(t *testing.T) {
		task := testbundle.ShippedTask(t, "tiny-det")
		dir := filepath.Join(t.TempDir(), "det")
		trainTo(t, task, testbundle.Data(t).Train, dir)
		m, err := bundle.ReadManifest(dir)
		require.NoError(t, err)
		ref := m.Checkpoints[len(m.Checkpoints)-1]
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		require.NoError(t, err)
		w := &c.Params[0]
		w.F32[100] = math.Nextafter32(w.F32[100], float32(math.Inf(1)))
		require.NoError(t, bundle.WriteCheckpoint(dir, c))
		recommit(t, task, dir, m)
		for i := range challenges {
			rep := verify(t, task, dir, challenge(i))
			assert.Equal(t, verifier.Rejected, rep.Verdict, "challenge %d", i)
			assert.NotEmpty(t, findingsOf(rep, verifier.CheckReplay), "challenge %d: %v", i, rep.Findings)
		}
	})
	t.Run("fabricated last segment, tiny", func(t *testing.T) {
		task, res := forgedBundle(t, "tiny", spoof.LastSegment, "")
		for i := range challenges {
			rep := verify(t, task, res.Dir, challenge(i))
			assert.Equal(t, verifier.Rejected, rep.Verdict, "challenge %d", i)
			for _, f := range findingsOf(rep, verifier.CheckReplay) {
				assert.Equal(t, res.Forged[0], f.Segment)
			}
			assert.NotEmpty(t, findingsOf(rep, verifier.CheckReplay), "challenge %d: %v", i, rep.Findings)
		}
	})
}

// Without optimizer thresholds in the task the verifier derives them from
// the parameters' δ and says so; they are far tighter than the state edit.
func TestOptimizerThresholdsDerived(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	task.Delta.Optimizer = nil
	rep := verify(t, task, dir)
	require.Equal(t, verifier.Accepted, rep.Verdict, "%v", rep.Findings)
	require.NotNil(t, rep.Thresholds.Optimizer)
	s := (1 - task.Optimizer.Momentum) / task.Optimizer.LearningRate
	assert.InDelta(t, task.Delta.L2*s, rep.Thresholds.Optimizer.L2, 1e-15)
	assert.Contains(t, rep.ThresholdSource, "optimizer δ derived")
}

// Findings that name no segment settle without a game; replay findings do
// not.
func TestRecomputableFindings(t *testing.T) {
	task, res := forgedBundle(t, "tiny", spoof.RankInit, "")
	rep := verify(t, task, res.Dir)
	require.Equal(t, verifier.Rejected, rep.Verdict)
	rec := rep.Recomputable()
	require.NotEmpty(t, rec)
	for _, f := range rec {
		assert.True(t, verifier.SettlesWithoutGame(f.Check))
	}
	assert.Equal(t, verifier.CheckInit, rec[0].Check)

	task, res = forgedBundle(t, "tiny", spoof.LastSegment, "")
	rep = verify(t, task, res.Dir)
	require.Equal(t, verifier.Rejected, rep.Verdict)
	assert.Empty(t, rep.Recomputable(), "a replay finding is the game's: %v", rep.Findings)
	for _, c := range []string{verifier.CheckReplay, verifier.CheckReplayOptimizer, verifier.CheckReplayRelative, verifier.CheckFrozen} {
		assert.False(t, verifier.SettlesWithoutGame(c), c)
	}
}
