package train_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/verifier"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden/tiny-det.* from this run")

const (
	goldenTask   = "../../testdata/tasks/tiny-det.json"
	goldenRoot   = "../../testdata/golden/tiny-det.root"
	goldenLeaves = "../../testdata/golden/tiny-det.checkpoints"
)

// TestGoldenDeterministicRoot trains tiny-det.json, the tiny task in
// deterministic mode, and compares the proof root with the one recorded in
// testdata/golden. The same test binary built for arm64 must pass under
// qemu-aarch64-static: that is the claim of deterministic mode. On a
// mismatch it names the first checkpoint whose leaf differs, which is where
// the trajectories parted.
//
// The test binary reads files relative to its package directory; run it
// from prooflearn/train.
func TestGoldenDeterministicRoot(t *testing.T) {
	task, err := prooflearn.ReadTask(goldenTask)
	require.NoError(t, err)
	require.Equal(t, prooflearn.ModeDeterministic, task.Mode, "%s has mode %q", goldenTask, task.Mode)
	data, err := dataset.Embedded()
	require.NoError(t, err)
	// One run at the machine's GOMAXPROCS in -short mode; otherwise also a
	// single thread and more threads than this machine has cores.
	procs := []int{runtime.GOMAXPROCS(0)}
	if !testing.Short() {
		procs = []int{1, 3}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for run, p := range procs {
		runtime.GOMAXPROCS(p)
		dir := t.TempDir()
		m, err := solver.Train(context.Background(), task, data.Train, dir)
		require.NoError(t, err)
		if run == 0 {
			verifyBitwise(t, task, data.Train, dir)
		}
		leaves := make([]string, len(m.Checkpoints))
		for i, c := range m.Checkpoints {
			leaves[i] = fmt.Sprintf("%d %s", c.Step, c.Leaf)
		}
		if *updateGolden {
			must(t, os.WriteFile(goldenRoot, []byte(m.Root.String()+"\n"), 0o644))
			must(t, os.WriteFile(goldenLeaves, []byte(strings.Join(leaves, "\n")+"\n"), 0o644))
			t.Logf("recorded root %s on %s/%s", m.Root, runtime.GOOS, runtime.GOARCH)
			return
		}
		want, err := os.ReadFile(goldenRoot)
		require.NoError(t, err)
		if !assert.Equal(t, strings.TrimSpace(string(want)), m.Root.String(), "%s/%s GOMAXPROCS %d: root", runtime.GOOS, runtime.GOARCH, p) {
			wantLeaves, err := os.ReadFile(goldenLeaves)
			require.NoError(t, err)
			for i, w := range strings.Split(strings.TrimSpace(string(wantLeaves)), "\n") {
				if i >= len(leaves) || leaves[i] != w {
					assert.Failf(t, "first differing checkpoint", "golden %q, this run %q", w, leaves[min(i, len(leaves)-1)])
					break
				}
			}
		}
	}
}

// verifyBitwise checks the verifier accepts an honest deterministic proof
// with δ = 0: every replayed segment reproduces the claimed bits exactly.
// Outside -short it replays every segment.
func verifyBitwise(t *testing.T, task *prooflearn.Task, data verifier.Dataset, dir string) {
	t.Helper()
	budget := verifier.DefaultBudget
	if !testing.Short() {
		budget = 1
	}
	rep, err := verifier.Verify(context.Background(), task, data, dir, verifier.WithBudget(budget))
	require.NoError(t, err)
	assert.Equal(t, verifier.Accepted, rep.Verdict, "honest deterministic proof rejected: %+v", rep.Findings)
	assert.Equal(t, prooflearn.ModeDeterministic, rep.ThresholdSource,
		"deterministic task verified with thresholds %+v from %q, want all zero from %q", rep.Thresholds, rep.ThresholdSource, prooflearn.ModeDeterministic)
	assert.Equal(t, prooflearn.Thresholds{Optimizer: &prooflearn.Thresholds{}}, rep.Thresholds,
		"deterministic task verified with thresholds %+v from %q, want all zero from %q", rep.Thresholds, rep.ThresholdSource, prooflearn.ModeDeterministic)
	for _, s := range rep.Segments {
		assert.Equal(t, prooflearn.Distances{}, s.Distances, "segment %d (steps %d→%d) replayed at distance %+v, want exactly 0", s.Index, s.FromStep, s.ToStep, s.Distances)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	require.NoError(t, err)
}
