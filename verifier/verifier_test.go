package verifier_test

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/verifier"
)

func verify(t *testing.T, task *prooflearn.Task, dir string, opts ...verifier.Option) *verifier.Report {
	t.Helper()
	rep, err := verifier.Verify(context.Background(), task, testbundle.Data(t).Train, dir, opts...)
	require.NoError(t, err, "Verify")
	return rep
}

// rejectedBy asserts a rejection with a finding of the given check.
func rejectedBy(t *testing.T, rep *verifier.Report, check string) {
	t.Helper()
	require.Equal(t, verifier.Rejected, rep.Verdict, "verdict %s, want rejected by %s", rep.Verdict, check)
	require.True(t, slices.ContainsFunc(rep.Findings, func(f verifier.Finding) bool { return f.Check == check }),
		"rejected, but not by %s: %v", check, rep.Findings)
}

func TestHonestBundleAccepted(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	rep := verify(t, task, dir)
	require.Equal(t, verifier.Accepted, rep.Verdict, "honest bundle: %s %v", rep.Verdict, rep.Findings)
	require.Empty(t, rep.Findings, "honest bundle: %s %v", rep.Verdict, rep.Findings)
	require.GreaterOrEqual(t, len(rep.Segments), 1+verifier.DefaultTopQ-1, "only %d segments replayed", len(rep.Segments))
	for _, s := range rep.Segments {
		assert.True(t, s.Passed, "segment %+v", s)
		assert.LessOrEqual(t, s.Distances.L2, rep.Thresholds.L2, "segment %+v", s)
		assert.NotEmpty(t, s.Reasons, "segment %+v", s)
	}
	assert.NotZero(t, rep.ReplayedSteps, "replayed %d of %d steps", rep.ReplayedSteps, rep.TotalSteps)
	assert.Less(t, rep.ReplayedSteps, rep.TotalSteps, "replayed %d of %d steps", rep.ReplayedSteps, rep.TotalSteps)
}

func TestSegmentSelectionIsFixedByRootAndChallenge(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	fs := func(r *verifier.Report) []int { return r.Selection.FiatShamir }
	// Budget 0.2: one top-Q segment and nine Fiat–Shamir draws of 49.
	c := []byte("challenge one")
	a, b := verify(t, task, dir, verifier.WithChallenge(c), verifier.WithBudget(0.2)), verify(t, task, dir, verifier.WithChallenge(c), verifier.WithBudget(0.2))
	require.Equal(t, fs(a), fs(b), "same root and challenge chose %v and %v (challenge %q)", fs(a), fs(b), a.Challenge)
	require.Len(t, b.Segments, len(a.Segments), "same root and challenge chose %v and %v (challenge %q)", fs(a), fs(b), a.Challenge)
	require.Equal(t, hex.EncodeToString(c), a.Challenge, "same root and challenge chose %v and %v (challenge %q)", fs(a), fs(b), a.Challenge)
	for i := range a.Segments {
		require.Equal(t, a.Segments[i].Index, b.Segments[i].Index, "segment choice differs: %d vs %d", a.Segments[i].Index, b.Segments[i].Index)
	}
	// Other challenges draw other samples: the root alone does not fix them.
	differ := 0
	for i := range 4 {
		o := verify(t, task, dir, verifier.WithChallenge([]byte{byte(i)}), verifier.WithBudget(0.2))
		if !slices.Equal(fs(o), fs(a)) {
			differ++
		}
	}
	require.GreaterOrEqual(t, differ, 3, "only %d of 4 other challenges changed the draw %v", differ, fs(a))
	// Without WithChallenge every verification draws a fresh one.
	r1, r2 := verify(t, task, dir), verify(t, task, dir)
	require.Len(t, r1.Challenge, 2*verifier.ChallengeSize, "default challenges %q and %q", r1.Challenge, r2.Challenge)
	require.NotEqual(t, r1.Challenge, r2.Challenge, "default challenges %q and %q", r1.Challenge, r2.Challenge)
	full := verify(t, task, dir, verifier.WithBudget(1))
	require.Len(t, full.Segments, task.Steps/task.CheckpointInterval, "budget 1 replayed %d segments, %d steps", len(full.Segments), full.ReplayedSteps)
	require.Equal(t, task.Steps, full.ReplayedSteps, "budget 1 replayed %d segments, %d steps", len(full.Segments), full.ReplayedSteps)
}

// dataOffset returns where a safetensors file's tensor bytes start.
func dataOffset(b []byte) int { return 8 + int(binary.LittleEndian.Uint64(b[:8])) }

func TestFlippedByteInAnyCheckpointRejected(t *testing.T) {
	task, _, master := testbundle.Honest(t)
	m, err := bundle.ReadManifest(master)
	require.NoError(t, err)
	for j, ref := range m.Checkpoints {
		t.Run(fmt.Sprint("checkpoint ", j), func(t *testing.T) {
			if testing.Short() && j%10 != 3 && j != 0 && j != len(m.Checkpoints)-1 {
				t.Skip("every checkpoint: the suite without -short")
			}
			dir := filepath.Join(t.TempDir(), "b")
			require.NoError(t, testbundle.CopyDir(master, dir))
			path := filepath.Join(dir, ref.File)
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			// Vary the position: header for some, tensor data for most.
			pos := dataOffset(b) + (j*7919)%(len(b)-dataOffset(b))
			if j%10 == 3 {
				pos = 8 + j%(dataOffset(b)-8)
			}
			b[pos] ^= 0x01
			require.NoError(t, os.WriteFile(path, b, 0o644))
			rep := verify(t, task, dir)
			require.Equal(t, verifier.Rejected, rep.Verdict, "checkpoint %d (step %d) byte %d flipped: accepted", j, ref.Step, pos)
			named := false
			for _, f := range rep.Findings {
				if f.Step == ref.Step && (f.Check == verifier.CheckCommitment || f.Check == verifier.CheckCheckpoint) {
					named = true
				}
			}
			require.True(t, named, "checkpoint %d flipped: findings do not name step %d: %v", j, ref.Step, rep.Findings)
		})
	}
}

func rewriteBatches(t *testing.T, dir string, edit func(b *prooflearn.Batches)) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	bs, err := bundle.ReadBatches(dir, m)
	require.NoError(t, err)
	edit(bs)
	raw, _ := json.Marshal(bs)
	require.NoError(t, os.WriteFile(filepath.Join(dir, m.BatchesFile), raw, 0o644))
}

func TestChangedBatchIndexRejected(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	rewriteBatches(t, dir, func(b *prooflearn.Batches) { b.Indices[123][4] = (b.Indices[123][4] + 1) % 2000 })
	rep := verify(t, task, dir)
	rejectedBy(t, rep, verifier.CheckDataOrder)
	rejectedBy(t, rep, verifier.CheckRoot)
	f := findStep(rep, verifier.CheckDataOrder)
	require.Equal(t, 123, f, "data-order finding names step %d, want 123", f)
}

func findStep(rep *verifier.Report, check string) int {
	for _, f := range rep.Findings {
		if f.Check == check {
			return f.Step
		}
	}
	return -2
}

func TestSwappedCheckpointOrderRejected(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	a, b := filepath.Join(dir, m.Checkpoints[4].File), filepath.Join(dir, m.Checkpoints[5].File)
	tmp := a + ".swap"
	for _, mv := range [][2]string{{a, tmp}, {b, a}, {tmp, b}} {
		require.NoError(t, os.Rename(mv[0], mv[1]))
	}
	rep := verify(t, task, dir)
	rejectedBy(t, rep, verifier.CheckCheckpoint)
	// Swapping the manifest entries too (files and leaves) must still fail:
	// the task fixes which step each checkpoint belongs to.
	_, _, dir2 := testbundle.Honest(t)
	m2, _ := bundle.ReadManifest(dir2)
	m2.Checkpoints[4], m2.Checkpoints[5] = m2.Checkpoints[5], m2.Checkpoints[4]
	require.NoError(t, os.WriteFile(filepath.Join(dir2, bundle.ManifestFile), m2.Encode(), 0o644))
	rejectedBy(t, verify(t, task, dir2), verifier.CheckCheckpoint)
}

func TestChangedHyperparameterRejected(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	for name, edit := range map[string]func(*prooflearn.Task){
		"learning rate": func(t *prooflearn.Task) { t.Optimizer.LearningRate *= 1.5 },
		"momentum":      func(t *prooflearn.Task) { t.Optimizer.Momentum = 0.8 },
		"batch size":    func(t *prooflearn.Task) { t.BatchSize = 16 },
		"hidden width":  func(t *prooflearn.Task) { t.Model.Hidden = []int{16} },
		"interval":      func(t *prooflearn.Task) { t.CheckpointInterval = 20 },
		"schedule":      func(t *prooflearn.Task) { t.Optimizer.Schedule = &prooflearn.LRSchedule{StepSize: 100, Gamma: 0.5} },
	} {
		t.Run(name, func(t *testing.T) {
			other := *task
			edit(&other)
			rejectedBy(t, verify(t, &other, dir), verifier.CheckTask)
		})
	}
}

// A consistent forger trains with another learning rate and rewrites the
// manifest to claim the task's hash, re-committing the root: the binding
// holds, so only replay can catch it, and it must.
func TestHyperparameterLieCaughtByReplay(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	lie := *task
	lie.Optimizer.LearningRate = 0.08
	dir := t.TempDir()
	trainTo(t, &lie, data.Train, dir)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	m.TaskHash = task.Hash()
	recommit(t, task, dir, m)
	rep := verify(t, task, dir)
	rejectedBy(t, rep, verifier.CheckReplay)
	for _, f := range rep.Findings {
		// Another learning rate moves the parameters and the momentum.
		assert.Contains(t, []string{verifier.CheckReplay, verifier.CheckReplayOptimizer}, f.Check, "unexpected finding for a consistent forgery")
		assert.Regexp(t, `distance [0-9.e+-]+,? (exceeds|over) δ`, f.Message, "replay finding without distance evidence")
	}
}

func TestMalformedFilesGiveTypedFindings(t *testing.T) {
	task, _, master := testbundle.Honest(t)
	m, _ := bundle.ReadManifest(master)
	ckpt := m.Checkpoints[7].File
	cases := map[string]struct {
		file  string
		edit  func([]byte) []byte
		check string
	}{
		"truncated checkpoint": {ckpt, func(b []byte) []byte { return b[:len(b)/2] }, verifier.CheckCheckpoint},
		"empty checkpoint":     {ckpt, func([]byte) []byte { return nil }, verifier.CheckCheckpoint},
		"NaN checkpoint": {ckpt, func(b []byte) []byte {
			off := dataOffset(b)
			for i := off; i+4 <= len(b); i += 4 {
				binary.LittleEndian.PutUint32(b[i:], 0x7fc00000)
			}
			return b
		}, verifier.CheckCheckpoint},
		"truncated manifest": {bundle.ManifestFile, func(b []byte) []byte { return b[:len(b)/3] }, verifier.CheckManifest},
		"empty manifest":     {bundle.ManifestFile, func([]byte) []byte { return nil }, verifier.CheckManifest},
		"truncated batches":  {bundle.BatchesFile, func(b []byte) []byte { return b[:len(b)-10] }, verifier.CheckDataOrder},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "b")
			require.NoError(t, testbundle.CopyDir(master, dir))
			path := filepath.Join(dir, c.file)
			b, _ := os.ReadFile(path)
			require.NoError(t, os.WriteFile(path, c.edit(b), 0o644))
			rejectedBy(t, verify(t, task, dir), c.check)
		})
	}
	t.Run("oversized checkpoint", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "b")
		require.NoError(t, testbundle.CopyDir(master, dir))
		// A sparse file past the limit: refused before it is read.
		require.NoError(t, os.Truncate(filepath.Join(dir, ckpt), prooflearn.MaxCheckpointBytes+1))
		rep := verify(t, task, dir)
		rejectedBy(t, rep, verifier.CheckCheckpoint)
		require.Contains(t, findMessage(rep, verifier.CheckCheckpoint), prooflearn.ErrTooLarge.Error(),
			"oversized file not reported as too large: %v", rep.Findings)
	})
}

func findMessage(rep *verifier.Report, check string) string {
	for _, f := range rep.Findings {
		if f.Check == check {
			return f.Message
		}
	}
	return ""
}

func TestVerifierSideErrors(t *testing.T) {
	task, data, dir := testbundle.Honest(t)
	noSeed := *task
	noSeed.Seed = ""
	badSeed := *task
	badSeed.Seed = strings.Repeat("00", 32)
	for _, c := range []struct {
		name string
		task *prooflearn.Task
		data verifier.Dataset
		dir  string
	}{
		{"missing proof directory", task, data.Train, filepath.Join(dir, "missing")},
		{"wrong dataset", task, data.Test, dir},
		{"unrevealed seed", &noSeed, data.Train, dir},
		{"seed that does not match its commitment", &badSeed, data.Train, dir},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := verifier.Verify(context.Background(), c.task, c.data, c.dir)
			assert.Error(t, err, "%s: no error", c.name)
		})
	}
}
