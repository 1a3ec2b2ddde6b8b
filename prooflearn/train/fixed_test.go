package train

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

func fixedTask(opt string, hidden []int, data *synthetic) *prooflearn.Task {
	task := syntheticTask("", opt, data)
	task.Mode, task.Model.Hidden = prooflearn.ModeFixed, hidden
	return task
}

// TestFixedTrainerLearns: the fixed-point trainer's surrogate loss falls
// and the model classifies the synthetic data, for every optimizer and
// depth; its state stays int32.
func TestFixedTrainerLearns(t *testing.T) {
	data := newSynthetic(200)
	for _, opt := range []string{"sgd", "momentum"} {
		for _, hidden := range [][]int{nil, {8}, {8, 6}} {
			t.Run(fmt.Sprintf("%s hidden %v", opt, hidden), func(t *testing.T) {
				task := fixedTask(opt, hidden, data)
				task.Optimizer.LearningRate = 0.1
				require.NoError(t, task.Validate())
				tr, err := New(task, data)
				require.NoError(t, err)
				first, err := tr.TrainStep()
				require.NoError(t, err)
				var last float64
				for tr.Step() < task.Steps {
					last, err = tr.TrainStep()
					require.NoError(t, err)
				}
				assert.Less(t, last, first/2, "surrogate loss %v → %v", first, last)
				acc, err := tr.Accuracy(data)
				require.NoError(t, err)
				assert.Greater(t, acc, 0.7, "chance is 0.25")
				c := tr.Checkpoint()
				require.NoError(t, c.CheckShape(task))
				for _, p := range c.Params {
					assert.Equal(t, prooflearn.Int32, p.DType)
					assert.Len(t, p.I32, p.Len())
				}
			})
		}
	}
}

// TestFixedTraceIsTheTrainer: the tracer's next state is the trainer's,
// bit for bit, at every step, and re-executing any operator alone on its
// recorded inputs gives its recorded output: what the arbiter relies on.
func TestFixedTraceIsTheTrainer(t *testing.T) {
	data := newSynthetic(60)
	for _, opt := range []string{"sgd", "momentum"} {
		for _, hidden := range [][]int{nil, {8, 6}} {
			t.Run(fmt.Sprintf("%s hidden %v", opt, hidden), func(t *testing.T) {
				task := fixedTask(opt, hidden, data)
				require.NoError(t, task.Validate())
				tr, err := New(task, data)
				require.NoError(t, err)
				tracer, err := NewTracer(task, data)
				require.NoError(t, err)
				defer tracer.Close()
				for range 8 {
					state := tr.Checkpoint()
					st, err := tracer.Step(state, tracer.Batch(state.Step), nil)
					require.NoError(t, err)
					_, err = tr.TrainStep()
					require.NoError(t, err)
					assert.Equal(t, tr.Checkpoint().LeafHash(), st.Next.LeafHash(), "step %d", state.Step)
					for i, n := range st.Nodes {
						if n.Op == OpBatchX || n.Op == OpBatchY || n.Op == OpLoadState {
							_, err := tracer.Execute(i, nil)
							assert.ErrorIs(t, err, prooflearn.ErrOutOfRange)
							continue
						}
						ins := make([]prooflearn.Tensor, len(n.Inputs))
						for k, j := range n.Inputs {
							ins[k] = st.Outputs[j]
						}
						out, err := tracer.Execute(i, ins)
						require.NoError(t, err, "node %d %s", i, n.Name)
						assert.Equal(t, st.Outputs[i].I32, out.I32, "node %d %s", i, n.Name)
						assert.Equal(t, n.Shape, out.Shape)
					}
				}
			})
		}
	}
}

// TestFixedTraceEdit: an edited operator output flows into every later
// operator, so a party who lies about one output and computes honestly
// after it reaches another next state.
func TestFixedTraceEdit(t *testing.T) {
	data := newSynthetic(60)
	task := fixedTask("momentum", []int{8}, data)
	tracer, err := NewTracer(task, data)
	require.NoError(t, err)
	init, err := prooflearn.InitialCheckpoint(task, mustSeed(t, task))
	require.NoError(t, err)
	honest, err := tracer.Step(init, tracer.Batch(0), nil)
	require.NoError(t, err)
	edited, err := tracer.Step(init, tracer.Batch(0), func(n Node, out *prooflearn.Tensor) {
		if n.Name == "layer0.relu" {
			out.I32[0] += fixed.One
		}
	})
	require.NoError(t, err)
	assert.NotEqual(t, honest.Next.LeafHash(), edited.Next.LeafHash())
}

func mustSeed(t *testing.T, task *prooflearn.Task) []byte {
	t.Helper()
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	return seed
}

// TestFixedExecuteRejectsBadInputs: an operator call with inputs of the
// wrong dtype, shape or range, or targets that are not one-hot, is refused
// as malformed, never computed or a panic.
func TestFixedExecuteRejectsBadInputs(t *testing.T) {
	data := newSynthetic(60)
	task := fixedTask("momentum", []int{8}, data)
	tracer, err := NewTracer(task, data)
	require.NoError(t, err)
	init, err := prooflearn.InitialCheckpoint(task, mustSeed(t, task))
	require.NoError(t, err)
	st, err := tracer.Step(init, tracer.Batch(0), nil)
	require.NoError(t, err)
	find := func(op string) int {
		for i, n := range st.Nodes {
			if n.Op == op {
				return i
			}
		}
		t.Fatalf("no %s node", op)
		return -1
	}
	inputs := func(i int) []prooflearn.Tensor {
		var out []prooflearn.Tensor
		for _, j := range st.Nodes[i].Inputs {
			out = append(out, st.Outputs[j].Clone())
		}
		return out
	}
	mm, sq := find(OpFixedMatMul), find(OpFixedSqErrGrad)
	for name, tc := range map[string]struct {
		node int
		edit func(in []prooflearn.Tensor) []prooflearn.Tensor
	}{
		"float input": {mm, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			in[1] = prooflearn.NewTensor(in[1].Name, prooflearn.Float32, in[1].Shape...)
			return in
		}},
		"wrong shape": {mm, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			in[1].Shape = []int{in[1].Shape[1], in[1].Shape[0]}
			return in
		}},
		"short values": {mm, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			in[1].I32 = in[1].I32[:len(in[1].I32)-1]
			return in
		}},
		"out of range": {mm, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			in[1].I32[0] = fixed.Max + 1
			return in
		}},
		"missing input": {mm, func(in []prooflearn.Tensor) []prooflearn.Tensor { return in[:1] }},
		"targets not one-hot": {sq, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			in[1].I32[1] = fixed.One
			in[1].I32[0] = fixed.One
			return in
		}},
		"targets without a label": {sq, func(in []prooflearn.Tensor) []prooflearn.Tensor {
			clear(in[1].I32[:task.Model.Classes])
			return in
		}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := tracer.Execute(tc.node, tc.edit(inputs(tc.node)))
			assert.ErrorIs(t, err, prooflearn.ErrMalformed)
		})
	}
	_, err = tracer.Execute(len(st.Nodes), nil)
	assert.ErrorIs(t, err, prooflearn.ErrOutOfRange)
}

// TestFixedOverflowStopsTraining: a learning rate far too large makes a
// value leave the range; the step fails with an *fixed.OverflowError that
// names the operator, and the trainer's state is the one before the step.
func TestFixedOverflowStopsTraining(t *testing.T) {
	data := newSynthetic(60)
	task := fixedTask("momentum", []int{8}, data)
	task.Optimizer.LearningRate = 90
	require.NoError(t, task.Validate())
	tr, err := New(task, data)
	require.NoError(t, err)
	var stepErr error
	var before *prooflearn.Checkpoint
	for tr.Step() < task.Steps && stepErr == nil {
		before = tr.Checkpoint()
		_, stepErr = tr.TrainStep()
	}
	var oe *fixed.OverflowError
	require.ErrorAs(t, stepErr, &oe, "a learning rate of 90 trained %d steps without overflow", task.Steps)
	assert.NotEmpty(t, oe.Op)
	assert.False(t, fixed.InRange(oe.Value))
	assert.Contains(t, stepErr.Error(), fmt.Sprintf("step %d", before.Step))
	assert.Equal(t, before.LeafHash(), tr.Checkpoint().LeafHash(), "a failed step changed the state")
}

// TestFixedRestoreReplays: restoring a checkpoint and training on gives the
// same states as the uninterrupted run, and a checkpoint whose values
// leave the fixed-point range is refused.
func TestFixedRestoreReplays(t *testing.T) {
	data := newSynthetic(60)
	task := fixedTask("momentum", []int{8}, data)
	tr, err := New(task, data)
	require.NoError(t, err)
	var mid *prooflearn.Checkpoint
	for tr.Step() < 20 {
		if tr.Step() == 10 {
			mid = tr.Checkpoint()
		}
		_, err := tr.TrainStep()
		require.NoError(t, err)
	}
	want := tr.Checkpoint().LeafHash()
	other, err := New(task, data)
	require.NoError(t, err)
	require.NoError(t, other.Restore(mid))
	for other.Step() < 20 {
		_, err := other.TrainStep()
		require.NoError(t, err)
	}
	assert.Equal(t, want, other.Checkpoint().LeafHash())

	bad := mid.Clone()
	bad.OptState[0].I32[3] = fixed.Min - 1
	assert.ErrorIs(t, other.Restore(bad), prooflearn.ErrMalformed)
}

// TestFixedStepNodes: the fixed-mode list has no float operator, every
// update carries the integer LR and MU, and every name is unique.
func TestFixedStepNodes(t *testing.T) {
	data := newSynthetic(60)
	task := fixedTask("momentum", []int{8, 6}, data)
	nodes, err := StepNodes(task, 0)
	require.NoError(t, err)
	names := map[string]bool{}
	updates := 0
	for _, n := range nodes {
		switch n.Op {
		case OpBatchX, OpBatchY, OpLoadState:
			continue
		case OpFixedMomentum:
			assert.Equal(t, float64(fixed.Momentum(0.9)), n.Scalar)
		case OpFixedSGD:
			assert.Equal(t, float64(fixed.LearningRate(0.05)), n.Scalar)
			updates++
		}
		assert.Contains(t, n.Op, OpFixedPrefix)
		assert.False(t, names[n.Name], "operator name %q is not unique", n.Name)
		names[n.Name] = true
	}
	assert.Equal(t, 6, updates)
}

// BenchmarkTrainStepFixed is BenchmarkTrainStep's sizes in fixed mode: the
// plain-Go integer step against the float kernels.
func BenchmarkTrainStepFixed(b *testing.B) {
	split, err := dataset.Embedded()
	require.NoError(b, err)
	for _, size := range []struct {
		name          string
		hidden, batch int
	}{{"hidden32-batch32", 32, 32}, {"hidden128-batch64", 128, 64}} {
		b.Run(prooflearn.ModeFixed+"/"+size.name, func(b *testing.B) {
			task, err := prooflearn.ReadTask("../../testdata/tasks/tiny-fixed.json")
			require.NoError(b, err)
			task.Model.Hidden = []int{size.hidden}
			task.BatchSize = size.batch
			task.Steps = 1 << 30
			tr, err := New(task, split.Train)
			require.NoError(b, err)
			cpu := cpuNanos()
			for b.Loop() {
				_, err := tr.TrainStep()
				require.NoError(b, err)
			}
			if used := cpuNanos() - cpu; used > 0 {
				b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
			}
		})
	}
}
