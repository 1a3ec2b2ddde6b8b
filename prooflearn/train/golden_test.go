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

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden/<task>.{root,checkpoints} from this run")

// goldenTask is a shipped exact task whose proof root is recorded in
// testdata/golden: <name>.root and, to name where a run departs from it,
// <name>.checkpoints (each checkpoint's step and leaf).
type goldenTask struct {
	name string
	mode string
	// minAccuracy is the test accuracy the run must reach (0: not checked).
	minAccuracy float64
}

var goldenTasks = []goldenTask{
	{name: "tiny-det", mode: prooflearn.ModeDeterministic},
	{name: "tiny-fixed", mode: prooflearn.ModeFixed, minAccuracy: 0.70},
	// AdamW with global gradient clipping and warm-up + cosine.
	{name: "tiny-adam-det", mode: prooflearn.ModeDeterministic, minAccuracy: 0.75},
	// A LeNet-style CNN with Adam.
	{name: "tiny-cnn-det", mode: prooflearn.ModeDeterministic, minAccuracy: 0.75},
	// A two-block GPT-style character model with Adam on fortunes-min.
	{name: "tiny-gpt-det", mode: prooflearn.ModeDeterministic, minAccuracy: 0.22},
}

// TestGoldenDeterministicRoot trains each shipped exact task (deterministic
// kernels, fixed-point integers) and compares its proof root with the one
// recorded in testdata/golden. The same test binary built for arm64 must
// pass under qemu-aarch64-static: that is the claim of the exact modes. On
// a mismatch it names the first checkpoint whose leaf differs, which is
// where the trajectories parted. The verifier must accept each run with
// every distance exactly zero.
//
// The test binary reads files relative to its package directory; run it
// from prooflearn/train.
func TestGoldenDeterministicRoot(t *testing.T) {
	for _, g := range goldenTasks {
		t.Run(g.name, func(t *testing.T) { checkGolden(t, g) })
	}
}

func checkGolden(t *testing.T, g goldenTask) {
	task, err := prooflearn.ReadTask("../../testdata/tasks/" + g.name + ".json")
	require.NoError(t, err)
	data, err := dataset.EmbeddedByName(task.Dataset.Name)
	require.NoError(t, err)
	require.Equal(t, g.mode, task.Mode, "%s has mode %q", g.name, task.Mode)
	rootFile, leavesFile := "../../testdata/golden/"+g.name+".root", "../../testdata/golden/"+g.name+".checkpoints"
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
		m, err := solver.Train(context.Background(), task, data.Train, dir, solver.WithTestSet(data.Test))
		require.NoError(t, err)
		if run == 0 {
			verifyBitwise(t, task, data.Train, dir)
			if g.minAccuracy > 0 {
				assert.GreaterOrEqual(t, m.Metrics.TestAccuracy, g.minAccuracy, "%s's test accuracy", g.name)
			}
			t.Logf("%s: final loss %.4f, test accuracy %.4f", g.name, m.Metrics.FinalLoss, m.Metrics.TestAccuracy)
		}
		leaves := make([]string, len(m.Checkpoints))
		for i, c := range m.Checkpoints {
			leaves[i] = fmt.Sprintf("%d %s", c.Step, c.Leaf)
		}
		if *updateGolden {
			require.NoError(t, os.WriteFile(rootFile, []byte(m.Root.String()+"\n"), 0o644))
			require.NoError(t, os.WriteFile(leavesFile, []byte(strings.Join(leaves, "\n")+"\n"), 0o644))
			t.Logf("recorded %s root %s on %s/%s", g.name, m.Root, runtime.GOOS, runtime.GOARCH)
			return
		}
		want, err := os.ReadFile(rootFile)
		require.NoError(t, err)
		if !assert.Equal(t, strings.TrimSpace(string(want)), m.Root.String(), "%s/%s GOMAXPROCS %d: root", runtime.GOOS, runtime.GOARCH, p) {
			wantLeaves, err := os.ReadFile(leavesFile)
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

// verifyBitwise checks the verifier accepts an honest proof of an exact task
// with δ = 0: every replayed segment reproduces the claimed bits, parameters
// and optimizer state, exactly. Outside -short it replays every segment.
func verifyBitwise(t *testing.T, task *prooflearn.Task, data verifier.Dataset, dir string) {
	t.Helper()
	budget := verifier.DefaultBudget
	if !testing.Short() {
		budget = 1
	}
	rep, err := verifier.Verify(context.Background(), task, data, dir, verifier.WithBudget(budget))
	require.NoError(t, err)
	assert.Equal(t, verifier.Accepted, rep.Verdict, "honest %s proof rejected: %+v", task.Mode, rep.Findings)
	assert.Equal(t, task.Mode, rep.ThresholdSource,
		"%s task verified with thresholds %+v from %q, want all zero", task.Mode, rep.Thresholds, rep.ThresholdSource)
	assert.Equal(t, prooflearn.Thresholds{Optimizer: &prooflearn.Thresholds{}}, rep.Thresholds,
		"%s task verified with thresholds %+v from %q, want all zero", task.Mode, rep.Thresholds, rep.ThresholdSource)
	for _, s := range rep.Segments {
		assert.Equal(t, prooflearn.Distances{}, s.Distances, "segment %d (steps %d→%d) replayed at distance %+v, want exactly 0", s.Index, s.FromStep, s.ToStep, s.Distances)
		if s.OptimizerDistances != nil {
			assert.Equal(t, prooflearn.Distances{}, *s.OptimizerDistances, "segment %d: optimizer state replayed at distance %+v", s.Index, *s.OptimizerDistances)
		}
	}
}
