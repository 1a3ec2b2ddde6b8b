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

var updateGoldenFixed = flag.Bool("update-golden-fixed", false, "rewrite testdata/golden/tiny-fixed.{root,checkpoints} from this run")

const (
	goldenFixedTask   = "../../testdata/tasks/tiny-fixed.json"
	goldenFixedRoot   = "../../testdata/golden/tiny-fixed.root"
	goldenFixedLeaves = "../../testdata/golden/tiny-fixed.checkpoints"
)

// TestGoldenFixedRoot trains tiny-fixed.json, the tiny task in fixed-point
// mode, and compares the proof root with the one recorded in
// testdata/golden. Integer arithmetic has one answer on every platform: the
// same test binary built for arm64 passes under qemu-aarch64-static. It also
// checks that the run learns (test accuracy at least 70%) and that the
// verifier accepts it with every distance exactly zero.
//
// Run it from prooflearn/train: the test binary reads files relative to it.
func TestGoldenFixedRoot(t *testing.T) {
	task, err := prooflearn.ReadTask(goldenFixedTask)
	require.NoError(t, err)
	require.Equal(t, prooflearn.ModeFixed, task.Mode)
	data, err := dataset.Embedded()
	require.NoError(t, err)
	dir := t.TempDir()
	m, err := solver.Train(context.Background(), task, data.Train, dir, solver.WithTestSet(data.Test))
	require.NoError(t, err)
	leaves := make([]string, len(m.Checkpoints))
	for i, c := range m.Checkpoints {
		leaves[i] = fmt.Sprintf("%d %s", c.Step, c.Leaf)
	}
	if *updateGoldenFixed {
		require.NoError(t, os.WriteFile(goldenFixedRoot, []byte(m.Root.String()+"\n"), 0o644))
		require.NoError(t, os.WriteFile(goldenFixedLeaves, []byte(strings.Join(leaves, "\n")+"\n"), 0o644))
		t.Logf("recorded root %s on %s/%s", m.Root, runtime.GOOS, runtime.GOARCH)
	}
	want, err := os.ReadFile(goldenFixedRoot)
	require.NoError(t, err)
	if !assert.Equal(t, strings.TrimSpace(string(want)), m.Root.String(), "%s/%s: root", runtime.GOOS, runtime.GOARCH) {
		wantLeaves, err := os.ReadFile(goldenFixedLeaves)
		require.NoError(t, err)
		for i, w := range strings.Split(strings.TrimSpace(string(wantLeaves)), "\n") {
			if i >= len(leaves) || leaves[i] != w {
				assert.Failf(t, "first differing checkpoint", "golden %q, this run %q", w, leaves[min(i, len(leaves)-1)])
				break
			}
		}
	}
	assert.GreaterOrEqual(t, m.Metrics.TestAccuracy, 0.70, "tiny-fixed's test accuracy")

	budget := verifier.DefaultBudget
	if !testing.Short() {
		budget = 1
	}
	rep, err := verifier.Verify(context.Background(), task, data.Train, dir, verifier.WithBudget(budget))
	require.NoError(t, err)
	assert.Equal(t, verifier.Accepted, rep.Verdict, "honest fixed-point proof rejected: %+v", rep.Findings)
	assert.Equal(t, prooflearn.ModeFixed, rep.ThresholdSource)
	assert.Equal(t, prooflearn.Thresholds{Optimizer: &prooflearn.Thresholds{}}, rep.Thresholds)
	for _, s := range rep.Segments {
		assert.Equal(t, prooflearn.Distances{}, s.Distances, "segment %d replayed at distance %+v, want exactly 0", s.Index, s.Distances)
		if assert.NotNil(t, s.OptimizerDistances) {
			assert.Equal(t, prooflearn.Distances{}, *s.OptimizerDistances, "segment %d optimizer", s.Index)
		}
	}
}
