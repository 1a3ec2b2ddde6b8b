package train

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// checkGradients compares the float64 graph's gradient of every parameter
// with a central finite difference of its loss, at one value in every
// len/every+1 of each parameter, stepping by h; a value passes within
// abs + rel·|difference|. It returns how many values it compared. The
// graph must already hold its batch (net.load).
func checkGradients(t *testing.T, net *mlp, params []prooflearn.Tensor, every int, h, abs, rel float64) int {
	t.Helper()
	loss := func() float64 {
		require.NoError(t, net.run())
		return net.scalarLoss()
	}
	loss()
	grads := make([][]float64, len(params))
	for i := range params {
		g, _, err := net.grad(i)
		require.NoError(t, err)
		grads[i] = append([]float64(nil), g.([]float64)...)
	}
	checked := 0
	for i := range params {
		p := params[i].F64
		for j := 0; j < len(p); j += 1 + len(p)/every {
			v := p[j]
			p[j] = v + h
			up := loss()
			p[j] = v - h
			down := loss()
			p[j] = v
			fd := (up - down) / (2 * h)
			assert.InDelta(t, fd, grads[i][j], abs+rel*math.Abs(fd), "%s[%d]", params[i].Name, j)
			checked++
		}
	}
	return checked
}

// traceMatchesTrainer requires the operator list StepNodes derives from
// the task alone at nodeStep to be the one the tracer binds its graph to,
// with unique operator names; then, for steps steps, the traced step to
// reach the trainer's next state bit for bit, and every kernel operator of
// the step, re-executed alone on its recorded inputs, to give its recorded
// output bit for bit — what the arbiter relies on. want lists the kernels
// (without OpKernelPrefix) every step must have re-executed.
func traceMatchesTrainer(t *testing.T, task *prooflearn.Task, data Examples, nodeStep, steps int, want []string) {
	t.Helper()
	require.NoError(t, task.Validate())
	tr, err := New(task, data)
	require.NoError(t, err)
	tc, err := NewTracer(task, data)
	require.NoError(t, err)
	defer tc.Close()
	nodes, err := StepNodes(task, nodeStep)
	require.NoError(t, err)
	assert.Equal(t, nodes, tc.Nodes(nodeStep))
	names := map[string]int{}
	for _, n := range nodes {
		if n.Op != OpLoadState {
			names[n.Name]++
		}
	}
	for n, count := range names {
		assert.Equal(t, 1, count, "operator name %q is not unique", n)
	}
	state := tr.Checkpoint()
	for s := 0; s < steps; s++ {
		st, err := tc.Step(state, tr.Batch(s), nil)
		require.NoError(t, err)
		_, err = tr.TrainStep()
		require.NoError(t, err)
		require.Equal(t, tr.Checkpoint().LeafHash(), st.Next.LeafHash(), "step %d: traced next state differs from the trainer's", s)
		kinds := map[string]bool{}
		for i, n := range st.Nodes {
			if !strings.HasPrefix(n.Op, OpKernelPrefix) {
				continue
			}
			var in []prooflearn.Tensor
			for _, j := range n.Inputs {
				in = append(in, st.Outputs[j])
			}
			out, err := tc.Execute(i, in)
			require.NoError(t, err, "node %d (%s %s)", i, n.Op, n.Name)
			require.Equal(t, string(st.Outputs[i].AppendCanonical(nil)), string(out.AppendCanonical(nil)),
				"node %d (%s %s): re-execution differs from the trace", i, n.Op, n.Name)
			kinds[n.Op] = true
		}
		for _, k := range want {
			assert.True(t, kinds[OpKernelPrefix+k], "step %d: no %s operator re-executed", s, k)
		}
		state = st.Next
	}
}

// trainKeepingMid trains task to its end, recording every step's loss and
// the checkpoint at step mid.
func trainKeepingMid(t *testing.T, task *prooflearn.Task, data Examples, mid int) (*Trainer, []float64, *prooflearn.Checkpoint) {
	t.Helper()
	tr, err := New(task, data)
	require.NoError(t, err)
	var losses []float64
	var at *prooflearn.Checkpoint
	for tr.Step() < task.Steps {
		if tr.Step() == mid {
			at = tr.Checkpoint()
		}
		l, err := tr.TrainStep()
		require.NoError(t, err)
		losses = append(losses, l)
	}
	return tr, losses, at
}

// replaysFrom requires a fresh trainer restored at checkpoint mid to reach,
// at the task's end, the bits tr reached.
func replaysFrom(t *testing.T, task *prooflearn.Task, data Examples, mid *prooflearn.Checkpoint, tr *Trainer) {
	t.Helper()
	again, err := New(task, data)
	require.NoError(t, err)
	require.NoError(t, again.Restore(mid))
	for again.Step() < task.Steps {
		_, err := again.TrainStep()
		require.NoError(t, err)
	}
	assert.Equal(t, tr.Checkpoint().LeafHash(), again.Checkpoint().LeafHash())
}
