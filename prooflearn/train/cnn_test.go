package train

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// cnnSpecs are small CNNs over the synthetic data's 4×4 images: the two
// convolution paths (padded and strided, with and without a pool), a
// network that pools before its first convolution (the backward pass stops
// at that convolution) and overlapping pooling windows.
var cnnSpecs = map[string][]prooflearn.LayerSpec{
	"conv-relu-pool-dense": {
		{Conv: &prooflearn.ConvSpec{Out: 3, Kernel: 3, Stride: 1, Padding: 1}}, {ReLU: &prooflearn.Empty{}},
		{MaxPool: &prooflearn.PoolSpec{Size: 2, Stride: 2}}, {Flatten: &prooflearn.Empty{}},
		{Dense: &prooflearn.DenseSpec{Out: 5}}, {ReLU: &prooflearn.Empty{}}, {Dense: &prooflearn.DenseSpec{Out: 4}},
	},
	"pool-conv-conv": {
		{MaxPool: &prooflearn.PoolSpec{Size: 3, Stride: 1}}, {Conv: &prooflearn.ConvSpec{Out: 2, Kernel: 2, Stride: 1, Padding: 1}},
		{ReLU: &prooflearn.Empty{}}, {Conv: &prooflearn.ConvSpec{Out: 3, Kernel: 3, Stride: 2, Padding: 1}},
		{Flatten: &prooflearn.Empty{}}, {Dense: &prooflearn.DenseSpec{Out: 4}},
	},
}

func cnnSyntheticTask(spec, dtype, mode, opt string, data *synthetic) *prooflearn.Task {
	task := syntheticTask(dtype, "sgd", data)
	if opt == prooflearn.OptAdam {
		task = adamSyntheticTask(dtype, mode, opt, data)
	} else if opt == "momentum" {
		task = syntheticTask(dtype, opt, data)
	}
	task.Mode = mode
	task.Model = prooflearn.ModelSpec{Type: prooflearn.ModelCNN, Input: 16, Classes: 4, Image: []int{1, 4, 4}, Layers: cnnSpecs[spec]}
	return task
}

// TestCNNGradientsMatchFiniteDifferences: the hand-built backward pass
// through dense, ReLU, flatten, max-pool and convolution layers is the
// gradient of the loss the forward pass computes (float64, central
// differences, at points away from ReLU and pooling kinks).
func TestCNNGradientsMatchFiniteDifferences(t *testing.T) {
	data := newSynthetic(40)
	for name := range cnnSpecs {
		t.Run(name, func(t *testing.T) {
			task := cnnSyntheticTask(name, "float64", prooflearn.ModeDeterministic, "sgd", data)
			require.NoError(t, task.Validate())
			seed, err := task.RevealedSeed()
			require.NoError(t, err)
			c, err := prooflearn.InitialCheckpoint(task, seed)
			require.NoError(t, err)
			// Non-zero biases, so that no unit sits exactly on a kink.
			for i := range c.Params {
				if len(c.Params[i].Shape) == 1 {
					for j := range c.Params[i].F64 {
						c.Params[i].F64[j] = 0.01 * float64(j+1)
					}
				}
			}
			net, err := newCNN(task.Model, prooflearn.Float64, task.BatchSize, c.Params, true)
			require.NoError(t, err)
			batch := make([]int, task.BatchSize)
			for i := range batch {
				batch[i] = i
			}
			net.load(data, batch)
			assert.Greater(t, checkGradients(t, net, c.Params, 12, 1e-6, 1e-6, 1e-4), 30)
		})
	}
}

// TestCNNTraceMatchesTrainerAndReexecutes: for every CNN, mode, dtype and
// optimizer, the operator list derived from the task alone is the one the
// tracer binds its graph to; the traced step reaches the trainer's next
// state bit for bit; and every graph operator of the step, re-executed
// alone on its recorded inputs, gives its recorded output bit for bit.
func TestCNNTraceMatchesTrainerAndReexecutes(t *testing.T) {
	data := newSynthetic(100)
	for name := range cnnSpecs {
		for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
			for _, c := range []struct{ dtype, opt string }{{"float32", prooflearn.OptAdam}, {"float64", "momentum"}} {
				t.Run(fmt.Sprintf("%s %s %s %s", name, mode, c.dtype, c.opt), func(t *testing.T) {
					task := cnnSyntheticTask(name, c.dtype, mode, c.opt, data)
					// A single convolution needs no input gradient;
					// a pool below the first parameter no gradient.
					want := []string{"conv2d", "conv2dgradw", "conv2dgradb", "maxpool", "relu", "relugrad", "matmul", "addbias", "biasgrad"}
					if name == "pool-conv-conv" {
						want = append(want, "conv2dgradx")
					} else {
						want = append(want, "maxpoolgrad")
					}
					traceMatchesTrainer(t, task, data, 2, 3, want)
				})
			}
		}
	}
}

// TestCNNTrainerLearnsAndReplays: a CNN learns the synthetic task, and a
// fresh trainer restored at a middle checkpoint reaches the same bits.
func TestCNNTrainerLearnsAndReplays(t *testing.T) {
	data := newSynthetic(300)
	task := cnnSyntheticTask("conv-relu-pool-dense", "float32", prooflearn.ModeDeterministic, prooflearn.OptAdam, data)
	task.Steps = 80
	tr, losses, mid := trainKeepingMid(t, task, data, 40)
	first := (losses[0] + losses[1] + losses[2]) / 3
	last := (losses[77] + losses[78] + losses[79]) / 3
	assert.Less(t, last, 0.5*first, "loss %v → %v", first, last)
	acc, err := tr.Accuracy(data)
	require.NoError(t, err)
	assert.Greater(t, acc, 0.7, "chance is 0.25")

	replaysFrom(t, task, data, mid, tr)
}

// forwardMACs counts a CNN's multiply-adds in one example's forward pass:
// Out·OH·OW·C·K·K per convolution, in·out per dense layer.
func forwardMACs(spec prooflearn.ModelSpec) float64 {
	layers, _ := spec.CNNLayers()
	var n float64
	for _, l := range layers {
		switch l.Kind {
		case prooflearn.LayerConv:
			k := l.Spec.Conv.Kernel
			n += float64(l.Out()) * float64(l.InC*k*k)
		case prooflearn.LayerDense:
			n += float64(l.In()) * float64(l.OutC)
		}
	}
	return n
}

// BenchmarkCNNStep times one training step of fashion-cnn's network
// (batch 64, float32, Adam) on the embedded subset, and reports steps/s and
// GFLOP/s counted as three forward passes (forward, and the two products
// of backward), two FLOPs per multiply-add:
//
//	go test -run XXX -bench CNNStep ./prooflearn/train/
func BenchmarkCNNStep(b *testing.B) {
	split, err := dataset.Embedded()
	require.NoError(b, err)
	task, err := prooflearn.ReadTask("../../testdata/tasks/fashion-cnn.json")
	require.NoError(b, err)
	sub, err := prooflearn.ReadTask("../../testdata/tasks/tiny-cnn-det.json")
	require.NoError(b, err)
	task.Dataset, task.Steps, task.Optimizer.Schedule = sub.Dataset, 1<<20, nil
	tr, err := New(task, split.Train)
	require.NoError(b, err)
	flops := 3 * 2 * float64(task.BatchSize) * forwardMACs(task.Model)
	cpu := cpuNanos()
	start := time.Now()
	for b.Loop() {
		_, err := tr.TrainStep()
		require.NoError(b, err)
	}
	wall := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(1/wall, "steps/s")
	b.ReportMetric(flops/wall/1e9, "GFLOP/s")
	if used := cpuNanos() - cpu; used > 0 {
		b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
	}
}
