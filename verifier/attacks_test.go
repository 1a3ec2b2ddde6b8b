package verifier_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// catches is the check that must reject each attack at the default budget.
// Other checks may reject it as well; these are the ones that must.
var catches = map[string]string{
	spoof.Stitch:      verifier.CheckReplay,
	spoof.RankInit:    verifier.CheckInit,
	spoof.Interpolate: verifier.CheckReplay,
	spoof.GradMatch:   verifier.CheckReplay,
	spoof.TopQEvasion: verifier.CheckReplay,
	spoof.HParamLie:   verifier.CheckReplay,
	spoof.OrderLie:    verifier.CheckReplay,
	spoof.DataTamper:  verifier.CheckFrozen,
	spoof.StateEdit:   verifier.CheckReplayOptimizer,
	spoof.LastSegment: verifier.CheckReplay,
}

// fullBudget lists the attacks that forge one segment in the middle of the
// run: the default budget replays it only with the probability the report
// states (TestStateEditRejectedAtStatedRate), so they are checked here with
// every segment replayed.
var fullBudget = map[string]bool{spoof.StateEdit: true}

// consistencyChecks are what a consistent forger never trips: it recomputes
// every leaf and the root and binds the bundle to the task.
var consistencyChecks = []string{verifier.CheckManifest, verifier.CheckTask, verifier.CheckCheckpoint,
	verifier.CheckCommitment, verifier.CheckRoot, verifier.CheckDataOrder, verifier.CheckRNGState, verifier.CheckReplayError}

var (
	profileOnce sync.Once
	tinyProfile *verifier.Profile
	profileErr  error
)

// calibrated returns the tiny task's profile, calibrated once per test binary.
func calibrated(t *testing.T) *verifier.Profile {
	t.Helper()
	profileOnce.Do(func() {
		tinyProfile, profileErr = verifier.Calibrate(context.Background(), testbundle.TinyTask(t), testbundle.Data(t).Train, verifier.WithProfileSegments(10))
	})
	require.NoError(t, profileErr)
	return tinyProfile
}

func hasFinding(rep *verifier.Report, check string) bool {
	return slices.ContainsFunc(rep.Findings, func(f verifier.Finding) bool { return f.Check == check })
}

func TestEveryAttackRejected(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	prof := calibrated(t)
	require.Len(t, catches, len(spoof.Names()), "%d attacks, %d expectations", len(spoof.Names()), len(catches))
	forger, err := spoof.New(task, data.Train)
	require.NoError(t, err)
	names := spoof.Names()
	if testing.Short() {
		names = []string{spoof.Stitch, spoof.DataTamper}
	} else if raceEnabled {
		// The attacks that need no training beyond the honest run and one
		// more; the full suite runs without the race detector.
		names = []string{spoof.Stitch, spoof.TopQEvasion, spoof.Interpolate, spoof.DataTamper}
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "forged")
			res, err := forger.Build(context.Background(), name, dir)
			require.NoError(t, err)
			for label, opts := range map[string][]verifier.Option{
				"task δ":   nil,
				"profiled": {verifier.WithProfile(prof, "tiny")},
			} {
				t.Run(label, func(t *testing.T) {
					if fullBudget[name] {
						opts = append(opts, verifier.WithBudget(1))
					}
					rep := verify(t, task, dir, opts...)
					require.Equal(t, verifier.Rejected, rep.Verdict, "%s: verdict %s, want rejected by %s: %v", label, rep.Verdict, catches[name], rep.Findings)
					require.True(t, hasFinding(rep, catches[name]), "%s: verdict %s, want rejected by %s: %v", label, rep.Verdict, catches[name], rep.Findings)
					for _, c := range consistencyChecks {
						assert.False(t, hasFinding(rep, c), "%s: a consistent forgery tripped %s: %v", label, c, rep.Findings)
					}
					assert.Equal(t, res.Root, rep.Root, "%s: verified root %s, forged %s", label, rep.Root, res.Root)
					if cost := float64(rep.ReplayedSteps) / float64(rep.TotalSteps); !fullBudget[name] {
						assert.LessOrEqual(t, cost, 0.1, "%s: replayed %.3f of training", label, cost)
					}
				})
			}
		})
	}
}

// A tampered pixel that is not zero throughout the dataset leaves no frozen
// weight behind; only replaying a segment that uses the example catches it.
// Replay must catch it wherever it lands, and the default budget's chance of
// landing there is what the report states.
func TestLivePixelTamperCaughtByReplay(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	order, err := prooflearn.NewDataOrder(mustSeed(t, task), task.Dataset.Examples, task.BatchSize)
	require.NoError(t, err)
	ex := order.Batch(0)[0]
	pixel := 14*28 + 14 // the centre of the image
	v := data.Train.Pixels(ex)[pixel]
	dir := filepath.Join(t.TempDir(), "forged")
	res, err := spoof.Build(context.Background(), spoof.DataTamper, task, data.Train, dir,
		spoof.WithTamper(spoof.Tamper{Example: ex, Pixel: pixel, Value: 255 - v}))
	require.NoError(t, err)
	rep := verify(t, task, dir, verifier.WithBudget(1))
	require.Equal(t, verifier.Rejected, rep.Verdict, "verdict %s: %v", rep.Verdict, rep.Findings)
	require.False(t, hasFinding(rep, verifier.CheckFrozen), "verdict %s: %v", rep.Verdict, rep.Findings)
	var failed []int
	for _, s := range rep.Segments {
		if !s.Passed {
			failed = append(failed, s.Index)
		}
	}
	assert.Equal(t, slices.Compact(res.Forged), failed, "replay failed segments %v, the forgery is in %v", failed, res.Forged)
}

func mustSeed(t *testing.T, task *prooflearn.Task) []byte {
	t.Helper()
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	return seed
}

// Within δ is not enough: with δ far too large, a replay whose distance is a
// large part of the claimed update is still rejected.
func TestRelativeCheckCatchesWhatLooseDeltaLetsThrough(t *testing.T) {
	task := testbundle.TinyTask(t)
	dir := filepath.Join(t.TempDir(), "forged")
	_, err := spoof.Build(context.Background(), spoof.HParamLie, task, testbundle.Data(t).Train, dir)
	require.NoError(t, err)
	loose := prooflearn.Thresholds{L1: 1e9, L2: 1e9, LInf: 1e9, Cosine: 2}
	rep := verify(t, task, dir, verifier.WithThresholds(loose, "test"))
	require.True(t, hasFinding(rep, verifier.CheckReplayRelative), "want a relative-only rejection: %v", rep.Findings)
	require.False(t, hasFinding(rep, verifier.CheckReplay), "want a relative-only rejection: %v", rep.Findings)
	rep = verify(t, task, dir, verifier.WithThresholds(loose, "test"), verifier.WithRelative(10))
	require.Equal(t, verifier.Accepted, rep.Verdict, "with ρ = 10 nothing should catch a learning-rate lie within this δ: %v", rep.Findings)
}

// honestSeeds returns n copies of the tiny task, each with its own seed.
func honestSeeds(t *testing.T, n int) []*prooflearn.Task {
	var out []*prooflearn.Task
	for i := range n {
		task := testbundle.TinyTask(t)
		seed := sha256.Sum256(fmt.Appendf(nil, "prooflearn/honest-seed/%d", i))
		task.Seed = fmt.Sprintf("%x", seed[:])
		task.SeedCommitment = prooflearn.CommitSeed(seed[:])
		out = append(out, task)
	}
	return out
}

// Honest work is never rejected: twenty seeds, each verified with the task's
// δ and with the thresholds calibrated on the shipped seed.
func TestHonestSeedsAccepted(t *testing.T) {
	n := 20
	switch {
	case raceEnabled:
		n = 1
	case testing.Short():
		n = 3
	}
	data := testbundle.Data(t)
	prof := calibrated(t)
	maxJump := 0.0
	for i, task := range honestSeeds(t, n) {
		t.Run(fmt.Sprint("seed ", i), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), fmt.Sprint(i))
			_, err := solver.Train(context.Background(), task, data.Train, dir)
			require.NoError(t, err)
			for label, opts := range map[string][]verifier.Option{
				"task δ":     nil,
				"calibrated": {verifier.WithThresholds(prof.Thresholds, "tiny profile"), verifier.WithRelative(prof.Relative)},
			} {
				t.Run(label, func(t *testing.T) {
					rep := verify(t, task, dir, opts...)
					assert.Equal(t, verifier.Accepted, rep.Verdict, "seed %d, %s: honest bundle rejected: %v", i, label, rep.Findings)
					for _, a := range rep.Selection.Anomalies {
						maxJump = max(maxJump, a.Ratio)
					}
				})
			}
		})
	}
	t.Logf("%d honest seeds accepted; largest anomalous jump %.3g", n, maxJump)
}

func TestProfileBindsToTask(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	prof := calibrated(t)
	rep := verify(t, task, dir, verifier.WithProfile(prof, "tiny.profile.json"))
	assert.Equal(t, verifier.Accepted, rep.Verdict)
	assert.Equal(t, "tiny.profile.json", rep.Profile)
	assert.Equal(t, prof.Thresholds, rep.Thresholds)
	require.NotNil(t, rep.Thresholds.Optimizer, "the profile calibrates the optimizer state")
	assert.Equal(t, prof.Relative, rep.Relative)
	other := *task
	other.Steps = 400
	_, err := verifier.Verify(context.Background(), &other, testbundle.Data(t).Train, dir, verifier.WithProfile(prof, "x"))
	require.Error(t, err, "a profile for another task was accepted")
	b, err := prof.Encode()
	require.NoError(t, err)
	back, err := verifier.DecodeProfile(b)
	require.NoError(t, err, "round trip")
	assert.Equal(t, prof.Thresholds, back.Thresholds, "round trip")
	assert.Equal(t, prof.Relative, back.Relative, "round trip")
	for _, bad := range []string{"", "{}", `{"format":"prooflearn-profile/v1","extra":1}`, string(b) + "{}"} {
		_, err := verifier.DecodeProfile([]byte(bad))
		assert.Error(t, err, "DecodeProfile accepted %q", bad)
	}
}

// The calibrated δ must sit above every measured perturbation and the
// rate must be stated.
func TestCalibratedThresholdsCoverMeasurements(t *testing.T) {
	p := calibrated(t)
	require.GreaterOrEqual(t, len(p.Perturbations), 3, "profile %+v", p)
	require.Greater(t, p.FalseRejectRate, 0.0, "profile %+v", p)
	require.Less(t, p.FalseRejectRate, 1.0, "profile %+v", p)
	for _, pt := range p.Perturbations {
		t.Run(pt.Name, func(t *testing.T) {
			const msg = "perturbation %s (%+v, rel %g) not under δ %+v ρ %g"
			assert.NotZero(t, pt.Replays, msg, pt.Name, pt.Max, pt.MaxRelative, p.Thresholds, p.Relative)
			assert.Nil(t, pt.Max.Check(p.Thresholds), msg, pt.Name, pt.Max, pt.MaxRelative, p.Thresholds, p.Relative)
			assert.LessOrEqual(t, pt.MaxRelative, p.Relative, msg, pt.Name, pt.Max, pt.MaxRelative, p.Thresholds, p.Relative)
		})
	}
	assert.Greater(t, p.Thresholds.L2, 0.0, "δ l2 %g: calibration should land between 0 and the task's hand-set 1e-3", p.Thresholds.L2)
	assert.LessOrEqual(t, p.Thresholds.L2, 1e-3, "δ l2 %g: calibration should land between 0 and the task's hand-set 1e-3", p.Thresholds.L2)
}

func TestDetectionProbability(t *testing.T) {
	for _, c := range []struct {
		pool, drawn, forged int
		want                float64
	}{
		{50, 1, 5, 0.1}, {50, 50, 1, 1}, {10, 2, 1, 0.2}, {10, 2, 9, 1}, {10, 0, 5, 0}, {10, 3, 0, 0},
		{4, 2, 2, 1 - 1.0/6},
	} {
		t.Run(fmt.Sprintf("pool %d drawn %d forged %d", c.pool, c.drawn, c.forged), func(t *testing.T) {
			got := verifier.DetectionProbability(c.pool, c.drawn, c.forged)
			assert.InDelta(t, c.want, got, 1e-12, "DetectionProbability(%d, %d, %d) = %v, want %v", c.pool, c.drawn, c.forged, got, c.want)
		})
	}
}
