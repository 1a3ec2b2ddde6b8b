package arbitration

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Every operator of a transformer step — embeddings, layer norms,
// attention (heads, batched products, the causal softmax) and their
// gradients, GELU, residual adds, the loss and Adam — re-executed alone
// from its encoded call gives the honest output leaf, and the native
// ruling accepts the honest claim; the batch's x is the windows' token
// ids, unscaled. A claimed attention output one ulp off is refused.
func TestRunCallWholeTransformerStep(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-gpt-det")
	data, err := dataset.Fortunes()
	require.NoError(t, err)
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := task.DataOrder()
	require.NoError(t, err)
	const step = 1
	batches := make([][]int, step+1)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	c := &Case{Task: task, Segment: 0, FromStep: 0, ToStep: step + 1, Start: start, Claims: map[Party]prooflearn.Hash{}}
	p, err := NewReplayPlayer(c, data.Train, batches)
	require.NoError(t, err)
	nodes, calls, reveals := callsOfStep(t, task, p, step)
	a, err := NewArbiter(task)
	require.NoError(t, err)
	kinds := reexecuteEveryOperator(t, a, step, nodes, calls, reveals)
	for j, n := range nodes {
		if n.Op == train.OpBatchX {
			x := reveals[j].Output.F32
			ex := data.Train.Pixels(batches[step][0])
			for i := range ex {
				assert.Equal(t, float32(ex[i]), x[i], "token %d of the first window enters as its id", i)
			}
		}
	}
	for _, k := range []string{"embed", "embedgrad", "posadd", "posgrad", "targets", "layernorm", "layernormgradx", "layernormgradg",
		"heads", "unheads", "bmm", "causalsoftmax", "causalsoftmaxgrad", "gelu", "gelugrad", "add", "matmul"} {
		assert.Positive(t, kinds[train.OpKernelPrefix+k], "the step has no %s operator to re-execute", k)
	}
	for _, k := range []string{train.OpAdamM, train.OpAdamV, train.OpAdamUpdate, train.OpBatchX, train.OpBatchY} {
		assert.Positive(t, kinds[k], "the step has no %s operator to re-execute", k)
	}

	refused := 0
	for j, n := range nodes {
		if n.Op != train.OpKernelPrefix+"causalsoftmax" && n.Op != train.OpKernelPrefix+"layernormgradx" {
			continue
		}
		oneULPOffRefused(t, a, step, nodes, reveals, j, 0)
		refused++
	}
	assert.Equal(t, 3*task.Model.Blocks+1, refused)
}
