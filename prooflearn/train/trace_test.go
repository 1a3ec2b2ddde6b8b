package train

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// TestTraceMatchesTrainer: the traced step computes the trainer's next state
// bit for bit, so a party's per-node trace is bound to its per-step states.
func TestTraceMatchesTrainer(t *testing.T) {
	data := newSynthetic(200)
	for _, c := range []struct{ dtype, opt string }{{"float32", "momentum"}, {"float32", "sgd"}, {"float64", "momentum"},
		{"float32", prooflearn.OptAdam}, {"float32", prooflearn.OptAdamW}, {"float64", prooflearn.OptAdamW}} {
		for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
			t.Run(c.dtype+" "+c.opt+" "+mode, func(t *testing.T) {
				task := syntheticTask(c.dtype, c.opt, data)
				if task.Optimizer.IsAdam() {
					task = adamSyntheticTask(c.dtype, mode, c.opt, data)
					// A clip that binds: the synthetic gradients' norm is above 0.05.
					task.Optimizer.ClipNorm = 0.05
				}
				task.Mode = mode
				tr, err := New(task, data)
				require.NoError(t, err)
				tc, err := NewTracer(task, data)
				require.NoError(t, err)
				state := tr.Checkpoint()
				for s := 0; s < 6; s++ {
					st, err := tc.Step(state, tr.Batch(s), nil)
					require.NoError(t, err)
					_, err = tr.TrainStep()
					require.NoError(t, err)
					want := tr.Checkpoint()
					require.Equal(t, want.LeafHash(), st.Next.LeafHash(), "%v step %d: traced next state differs from the trainer's", c, s)
					require.Equal(t, len(st.Nodes), len(st.Outputs), "%d outputs for %d nodes", len(st.Outputs), len(st.Nodes))
					for i, n := range st.Nodes {
						require.Equal(t, len(n.Shape), len(st.Outputs[i].Shape), "node %d %s shape %v, output %v", i, n.Op, n.Shape, st.Outputs[i].Shape)
						for _, in := range n.Inputs {
							require.Less(t, in, i, "node %d reads later node %d", i, in)
						}
					}
					state = st.Next
				}
				require.NotEmpty(t, tc.Nodes(0), "no nodes")
				tc.Close()
			})
		}
	}
}

func TestStepNodesDeterministic(t *testing.T) {
	task := syntheticTask("float32", "momentum", newSynthetic(50))
	a, err := StepNodes(task, 3)
	require.NoError(t, err)
	b, err := StepNodes(task, 3)
	require.NoError(t, err)
	require.Equal(t, len(a), len(b), "node counts differ")
	for i := range a {
		require.Equal(t, a[i].Op, b[i].Op, "node %d differs: %+v vs %+v", i, a[i], b[i])
		require.Equal(t, a[i].Name, b[i].Name, "node %d differs: %+v vs %+v", i, a[i], b[i])
		require.Equal(t, len(a[i].Inputs), len(b[i].Inputs), "node %d differs: %+v vs %+v", i, a[i], b[i])
	}
	for _, n := range a {
		t.Logf("%d %s %s in=%v shape=%v attr=%v scalar=%v state=%d", n.Index, n.Name, n.Op, n.Inputs, n.Shape, n.Attr, n.Scalar, n.State)
	}
}

// TestExecuteReproducesTrace: re-executing any one graph operator on its
// recorded inputs gives its recorded output, bit for bit.
func TestExecuteReproducesTrace(t *testing.T) {
	for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
		t.Run(mode, func(t *testing.T) { testExecute(t, mode) })
	}
}

func testExecute(t *testing.T, mode string) {
	data := newSynthetic(100)
	task := syntheticTask("float32", "momentum", data)
	task.Mode = mode
	tc, err := NewTracer(task, data)
	require.NoError(t, err)
	defer tc.Close()
	tr, err := New(task, data)
	require.NoError(t, err)
	st, err := tc.Step(tr.Checkpoint(), tc.Batch(0), nil)
	require.NoError(t, err)
	executed := 0
	for i, n := range st.Nodes {
		switch {
		case n.Op == OpBatchX || n.Op == OpBatchY || n.Op == OpLoadState || n.Op == OpConst || n.Op == OpGrad ||
			n.Op == OpMomentumUpdate || n.Op == OpSGDUpdate || strings.HasPrefix(n.Name, "grad."):
			_, err := tc.Execute(i, nil)
			require.Error(t, err, "node %d (%s) executed without inputs", i, n.Op)
			continue
		}
		var in []prooflearn.Tensor
		for _, j := range n.Inputs {
			in = append(in, st.Outputs[j])
		}
		out, err := tc.Execute(i, in)
		require.NoError(t, err, "node %d (%s)", i, n.Op)
		a, b := out.AppendCanonical(nil), st.Outputs[i].AppendCanonical(nil)
		require.Equal(t, string(b), string(a), "node %d (%s): re-execution differs from the trace", i, n.Op)
		executed++
		if len(in) > 0 {
			_, err := tc.Execute(i, in[:len(in)-1])
			require.Error(t, err, "node %d accepted a missing input", i)
		}
	}
	require.GreaterOrEqual(t, executed, 8, "only %d operators executed", executed)
}
