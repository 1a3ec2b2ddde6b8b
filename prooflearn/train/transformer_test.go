package train

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// textWindows is a dataset of token windows over a repeated sentence, as
// the character-level corpus lays them out: each example is 1 × (ctx+1)
// bytes, its label the last byte.
type textWindows struct {
	ctx  int
	text []byte
	n    int
}

func newTextWindows(ctx, n int) *textWindows {
	text := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 1+(n+ctx)/40))
	return &textWindows{ctx: ctx, text: text, n: n}
}

func (w *textWindows) Len() int            { return w.n }
func (w *textWindows) Pixels(i int) []byte { return w.text[i : i+w.ctx+1] }
func (w *textWindows) Label(i int) byte    { return w.text[i+w.ctx] }

func transformerTask(dtype, mode, opt string, tied bool, data *textWindows) *prooflearn.Task {
	seed := []byte("seed for the transformer task")
	t := &prooflearn.Task{
		Name: "tiny-transformer", DType: dtype, Mode: mode,
		Model: prooflearn.ModelSpec{Type: prooflearn.ModelTransformer, Input: data.ctx + 1, Classes: 128,
			Vocab: 128, Context: data.ctx, Width: 8, Heads: 2, Blocks: 2, MLP: 16, Tied: tied},
		Optimizer: prooflearn.OptimizerSpec{Type: opt, LearningRate: 0.01},
		BatchSize: 4, Steps: 20, CheckpointInterval: 5,
		Dataset:        prooflearn.DatasetSpec{Name: "text", Root: prooflearn.Hash{1}, Examples: data.Len()},
		SeedCommitment: prooflearn.CommitSeed(seed),
		Seed:           hexOf("seed for the transformer task"),
	}
	if opt == prooflearn.OptAdam {
		t.Optimizer = prooflearn.OptimizerSpec{Type: opt, LearningRate: 0.01, Beta1: 0.9, Beta2: 0.999, Epsilon: 1e-8}
	}
	return t
}

// TestTransformerGradientsMatchFiniteDifferences: the hand-built backward
// pass through embeddings, layer norms, attention, GELU, residuals and the
// (tied or separate) output projection is the gradient of the loss the
// forward pass computes (float64, central differences).
func TestTransformerGradientsMatchFiniteDifferences(t *testing.T) {
	data := newTextWindows(6, 30)
	for _, tied := range []bool{false, true} {
		t.Run(fmt.Sprintf("tied=%v", tied), func(t *testing.T) {
			task := transformerTask("float64", prooflearn.ModeDeterministic, "sgd", tied, data)
			require.NoError(t, task.Validate())
			seed, err := task.RevealedSeed()
			require.NoError(t, err)
			c, err := prooflearn.InitialCheckpoint(task, seed)
			require.NoError(t, err)
			// Larger weights and non-zero biases and gains, so that every
			// path carries a gradient well above the differences' error.
			rng := prooflearn.NewPRNG([]byte("perturb"), "test")
			for i := range c.Params {
				for j := range c.Params[i].F64 {
					c.Params[i].F64[j] += 0.3 * (rng.Float64() - 0.5)
				}
			}
			net, err := newTransformer(task.Model, prooflearn.Float64, task.BatchSize, c.Params, true)
			require.NoError(t, err)
			net.load(data, []int{0, 3, 7, 11})
			assert.Greater(t, checkGradients(t, net, c.Params, 7, 1e-5, 1e-7, 1e-5), 100)
		})
	}
}

// TestTransformerTraceMatchesTrainerAndReexecutes: the operator list
// derived from the task alone is the one the tracer binds its graph to;
// the traced step reaches the trainer's next state bit for bit; and every
// operator of the step, re-executed alone on its recorded inputs, gives
// its recorded output bit for bit — what the arbiter relies on.
func TestTransformerTraceMatchesTrainerAndReexecutes(t *testing.T) {
	data := newTextWindows(5, 40)
	for _, c := range []struct {
		dtype, mode, opt string
		tied             bool
	}{
		{"float32", prooflearn.ModeDeterministic, prooflearn.OptAdam, false},
		{"float64", prooflearn.ModeTolerant, "sgd", true},
	} {
		t.Run(fmt.Sprintf("%s %s %s tied=%v", c.dtype, c.mode, c.opt, c.tied), func(t *testing.T) {
			task := transformerTask(c.dtype, c.mode, c.opt, c.tied, data)
			traceMatchesTrainer(t, task, data, 1, 2, []string{"embed", "embedgrad", "posadd", "posgrad", "targets", "layernorm",
				"layernormgradx", "layernormgradg", "heads", "unheads", "bmm", "causalsoftmax", "causalsoftmaxgrad", "gelu", "gelugrad",
				"add", "matmul", "addbias", "biasgrad", "logsoftmax", "logsoftmaxgrad", "crossentropy", "crossentropygrad"})
		})
	}
}

// TestTransformerLearnsAndReplays: a transformer learns the repeated
// sentence (loss falls well below its start), predicts the next character
// of most windows, and a fresh trainer restored at a middle checkpoint
// reaches the same bits.
func TestTransformerLearnsAndReplays(t *testing.T) {
	data := newTextWindows(8, 200)
	task := transformerTask("float32", prooflearn.ModeDeterministic, prooflearn.OptAdam, false, data)
	task.Steps, task.BatchSize = 60, 8
	task.Model.Width, task.Model.MLP = 16, 32
	task.Optimizer.LearningRate = 0.02
	require.NoError(t, task.Validate())
	tr, losses, mid := trainKeepingMid(t, task, data, 30)
	first := losses[0]
	last := (losses[57] + losses[58] + losses[59]) / 3
	assert.InDelta(t, math.Log(128), first, 0.2, "the first loss is near the uniform log 128")
	assert.Less(t, last, 0.5*first, "loss %v → %v", first, last)

	replaysFrom(t, task, data, mid, tr)
}

// BenchmarkTransformerStep times one training step of tiny-gpt-det (two
// blocks, width 32, context 32, batch 16, float32, Adam) on the embedded
// fortunes-min windows:
//
//	go test -run XXX -bench TransformerStep ./prooflearn/train/
func BenchmarkTransformerStep(b *testing.B) {
	split, err := dataset.Fortunes()
	require.NoError(b, err)
	task, err := prooflearn.ReadTask("../../testdata/tasks/tiny-gpt-det.json")
	require.NoError(b, err)
	task.Steps = 1 << 20
	tr, err := New(task, split.Train)
	require.NoError(b, err)
	start := time.Now()
	for b.Loop() {
		_, err := tr.TrainStep()
		require.NoError(b, err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "steps/s")
}

// The arbiter's re-execution of a transformer operator refuses inputs of
// the wrong size with ErrMalformed, and runs one on hostile token ids
// (not integers, out of the vocabulary) to rows of NaN rather than
// panicking or reading outside the table.
func TestTransformerExecuteHostileInputs(t *testing.T) {
	data := newTextWindows(5, 40)
	task := transformerTask("float32", prooflearn.ModeDeterministic, "sgd", false, data)
	tc, err := NewTracer(task, data)
	require.NoError(t, err)
	defer tc.Close()
	tr, err := New(task, data)
	require.NoError(t, err)
	st, err := tc.Step(tr.Checkpoint(), tr.Batch(0), nil)
	require.NoError(t, err)
	checked := 0
	for i, n := range st.Nodes {
		if n.Op != OpKernelPrefix+"embed" && n.Op != OpKernelPrefix+"causalsoftmax" {
			continue
		}
		in := make([]prooflearn.Tensor, len(n.Inputs))
		for k, j := range n.Inputs {
			in[k] = st.Outputs[j].Clone()
		}
		short := append([]prooflearn.Tensor(nil), in...)
		short[0] = prooflearn.NewTensor("short", prooflearn.Float32, in[0].Len()-1)
		_, err := tc.Execute(i, short)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed, "node %d (%s)", i, n.Op)
		if n.Op == OpKernelPrefix+"embed" {
			in[0].F32[0], in[0].F32[1], in[0].F32[2] = 2.5, 128, float32(math.NaN())
			out, err := tc.Execute(i, in)
			require.NoError(t, err)
			w := task.Model.Width
			for j := 0; j < 3*w; j++ {
				assert.True(t, math.IsNaN(float64(out.F32[j])), "row %d of a bad id is NaN", j/w)
			}
			assert.False(t, math.IsNaN(float64(out.F32[3*w])), "the fourth id is fine")
		}
		checked++
	}
	assert.Equal(t, 1+task.Model.Blocks, checked)
}
