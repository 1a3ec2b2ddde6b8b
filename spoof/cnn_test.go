package spoof

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/verifier"
)

// The attacks against a CNN (tiny-cnn-det, δ = 0), each verified with every
// segment replayed: the check that must reject each one. data-tamper is
// caught by replay, not by the frozen-weights check, which does not apply
// to a convolution (the report says so).
func TestAttacksOnCNNRejected(t *testing.T) {
	if raceEnabled {
		t.Skip("trains tiny-cnn-det several times; the suite without the race detector runs it")
	}
	catches := map[string]string{
		DataTamper:  verifier.CheckReplay,
		StateEdit:   verifier.CheckReplayOptimizer,
		Stitch:      verifier.CheckReplay,
		LastSegment: verifier.CheckReplay,
		Interpolate: verifier.CheckReplay,
	}
	names := []string{DataTamper, StateEdit, Stitch, LastSegment, Interpolate}
	if testing.Short() {
		names = names[:1]
	}
	task := testbundle.ShippedTask(t, "tiny-cnn-det")
	if testing.Short() {
		task.Steps = 120 // six segments: the attacks need a middle and an end, not twenty
	}
	data := testbundle.Data(t).Train
	f, err := New(task, data)
	require.NoError(t, err)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			rep := rejectedConsistently(t, f, task, data, name, catches[name])
			has := func(check string) bool {
				return slices.ContainsFunc(rep.Findings, func(f verifier.Finding) bool { return f.Check == check })
			}
			assert.False(t, has(verifier.CheckFrozen), "the frozen-weights check ran on a CNN")
			require.Len(t, rep.NotApplicable, 1)
			assert.Contains(t, rep.NotApplicable[0], verifier.CheckFrozen)
		})
	}
}

// EditWeight refuses what it cannot edit, and its edit is the only
// difference from the honest run at the middle checkpoint.
func TestEditWeight(t *testing.T) {
	if raceEnabled {
		t.Skip("trains tiny-cnn-det several times; the suite without the race detector runs it")
	}
	task := testbundle.ShippedTask(t, "tiny-cnn-det")
	if testing.Short() {
		task.Steps = 120 // six segments: the attacks need a middle and an end, not twenty
	}
	data := testbundle.Data(t).Train
	f, err := New(task, data)
	require.NoError(t, err)
	ctx := context.Background()
	_, err = f.EditWeight(ctx, t.TempDir(), "conv9.w", 0, 1)
	assert.ErrorIs(t, err, prooflearn.ErrOutOfRange)
	_, err = f.EditWeight(ctx, t.TempDir(), "conv1.w", 100, 1)
	assert.ErrorIs(t, err, prooflearn.ErrOutOfRange, "conv1.w has 100 elements")
	_, err = f.EditWeight(ctx, t.TempDir(), "conv1.w", 3, 1e-30)
	assert.Error(t, err, "an edit below the weight's precision changes nothing")
	res, err := f.EditWeight(ctx, filepath.Join(t.TempDir(), "forged"), "conv2.w", 7, -0.25)
	require.NoError(t, err)
	h, err := f.honestRun()
	require.NoError(t, err)
	mid := f.segments() / 2
	assert.Equal(t, []int{mid - 1}, res.Forged)
	forged, err := bundle.ReadCheckpointFor(filepath.Join(res.Dir, bundle.CheckpointPath(f.steps[mid])), task)
	require.NoError(t, err)
	changed := 0
	for i := range forged.Params {
		for e := 0; e < forged.Params[i].Len(); e++ {
			if forged.Params[i].At(e) != h[mid].Params[i].At(e) {
				assert.Equal(t, "conv2.w[7]", fmt.Sprintf("%s[%d]", forged.Params[i].Name, e))
				assert.Equal(t, float64(float32(h[mid].Params[i].At(e)-0.25)), forged.Params[i].At(e))
				changed++
			}
		}
	}
	assert.Equal(t, 1, changed)
	assert.Equal(t, h[mid].OptState, forged.OptState)
}

// rejectedConsistently builds attack name with f, verifies it with every
// segment replayed, and requires it rejected, among others by check want,
// and by no consistency check (the forger recomputed every leaf and the
// root); it returns the report.
func rejectedConsistently(t *testing.T, f *Forger, task *prooflearn.Task, data *dataset.Dataset, name, want string) *verifier.Report {
	t.Helper()
	res, err := f.Build(context.Background(), name, filepath.Join(t.TempDir(), "forged"))
	require.NoError(t, err)
	rep, err := verifier.Verify(context.Background(), task, data, res.Dir, verifier.WithBudget(1))
	require.NoError(t, err)
	require.Equal(t, verifier.Rejected, rep.Verdict, "findings %v", rep.Findings)
	has := func(check string) bool {
		return slices.ContainsFunc(rep.Findings, func(f verifier.Finding) bool { return f.Check == check })
	}
	assert.True(t, has(want), "want rejected by %s: %v", want, rep.Findings)
	for _, c := range []string{verifier.CheckManifest, verifier.CheckTask, verifier.CheckCheckpoint, verifier.CheckCommitment,
		verifier.CheckRoot, verifier.CheckDataOrder, verifier.CheckRNGState, verifier.CheckReplayError} {
		assert.False(t, has(c), "a consistent forgery tripped %s: %v", c, rep.Findings)
	}
	assert.Equal(t, res.Root, rep.Root)
	return rep
}
