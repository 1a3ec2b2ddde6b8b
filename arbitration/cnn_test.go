package arbitration

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// Every operator of a CNN step — convolutions, pooling and their
// gradients, the dense layers, the loss and Adam — re-executed alone from
// its encoded call gives the honest output leaf, and the native ruling
// accepts the honest claim. Only the state loads are refused.
func TestRunCallWholeCNNStep(t *testing.T) {
	task, p := detSegment(t, "tiny-cnn-det")
	const step = 3
	nodes, calls, reveals := callsOfStep(t, task, p, step)
	a, err := NewArbiter(task)
	require.NoError(t, err)
	kinds := reexecuteEveryOperator(t, a, step, nodes, calls, reveals)
	for _, k := range []string{"conv2d", "conv2dgradw", "conv2dgradb", "conv2dgradx", "maxpool", "maxpoolgrad", "relu", "relugrad", "matmul"} {
		assert.Positive(t, kinds[train.OpKernelPrefix+k], "the step has no %s operator to re-execute", k)
	}
	for _, k := range []string{train.OpAdamM, train.OpAdamV, train.OpAdamUpdate, train.OpBatchX, train.OpBatchY} {
		assert.Positive(t, kinds[k], "the step has no %s operator to re-execute", k)
	}

	// A claimed convolution output one ulp off is refused.
	for j, n := range nodes {
		if n.Op != train.OpKernelPrefix+"conv2d" {
			continue
		}
		oneULPOffRefused(t, a, step, nodes, reveals, j, 5)
	}
}

// A solver that edits one weight of the first convolution's kernel in a
// middle checkpoint of tiny-cnn-det and trains honestly on from it, every
// leaf and the root recomputed, is rejected by the verifier at budget 1 by
// replay (no hash is wrong), and the dispute game ends at the Adam update
// that wrote that kernel in the segment's last step, which the arbiter
// re-executes and rules on for the honest challenger. Deterministic (δ = 0)
// and tolerant (tiny-cnn's calibrated δ).
func TestConvKernelEditRejectedAndRuledAtItsUpdate(t *testing.T) {
	names := []string{"tiny-cnn-det", "tiny-cnn"}
	if testing.Short() {
		names = names[:1]
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) { testConvKernelEdit(t, name) })
	}
}

func testConvKernelEdit(t *testing.T, name string) {
	if raceEnabled {
		t.Skip("trains tiny-cnn-det several times; the suite without the race detector runs it")
	}
	task := testbundle.ShippedTask(t, name)
	if testing.Short() {
		// Six segments instead of twenty: the edit, its replay and its
		// game are the same; the training around them is shorter.
		task.Steps = 120
	}
	data := testbundle.Data(t).Train
	honestDir := filepath.Join(t.TempDir(), "honest")
	_, err := solver.Train(context.Background(), task, data, honestDir)
	require.NoError(t, err)
	f, err := spoof.New(task, data)
	require.NoError(t, err)
	res, err := f.EditWeight(context.Background(), filepath.Join(t.TempDir(), "forged"), "conv1.w", 12, 0.05)
	require.NoError(t, err)
	require.Len(t, res.Forged, 1)

	rep, err := verifier.Verify(context.Background(), task, data, res.Dir, verifier.WithBudget(1))
	require.NoError(t, err)
	assert.Equal(t, verifier.Rejected, rep.Verdict)
	require.NotEmpty(t, rep.Findings)
	for _, fd := range rep.Findings {
		assert.Contains(t, []string{verifier.CheckReplay, verifier.CheckReplayRelative, verifier.CheckReplayOptimizer}, fd.Check,
			"rejected by %s, want replay (findings %v)", fd.Check, rep.Findings)
		assert.Equal(t, res.Forged[0], fd.Segment, "finding %v is not about the edited segment", fd)
	}
	assert.Equal(t, verifier.CheckReplay, rep.Findings[0].Check)
	assert.Equal(t, res.Root, rep.Root)
	require.NotEmpty(t, rep.NotApplicable)
	assert.True(t, strings.HasPrefix(rep.NotApplicable[0], verifier.CheckFrozen), "report: %v", rep.NotApplicable)

	ruledAtLastStep(t, task, data, res.Dir, honestDir, res.Forged[0], train.OpAdamUpdate, "conv1.w")
}
