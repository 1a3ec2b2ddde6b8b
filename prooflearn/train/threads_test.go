package train

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// TestTolerantStepIgnoresThreadCount: the tolerant kernels split a matrix
// product over its output, never over a sum, so training at one thread and
// at four times as many threads as CPUs gives the same bits. This is why
// calibration has no thread-count perturbation: it would measure zero.
// fashion-mlp's shape, large enough for the BLAS to run in parallel.
func TestTolerantStepIgnoresThreadCount(t *testing.T) {
	data := &synthetic{}
	rng := prooflearn.NewPRNG([]byte("threads"), "test")
	for i := 0; i < 256; i++ {
		px := make([]byte, 784)
		for j := range px {
			px[j] = byte(rng.IntN(256))
		}
		data.px = append(data.px, px)
		data.labels = append(data.labels, byte(rng.IntN(10)))
	}
	task := syntheticTask("float32", "momentum", data)
	task.Model = prooflearn.ModelSpec{Type: "mlp", Input: 784, Hidden: []int{128}, Classes: 10}
	task.BatchSize, task.Steps = 64, 8
	require.NoError(t, task.Validate())

	run := func(procs int) *prooflearn.Checkpoint {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		tr, err := New(task, data)
		require.NoError(t, err)
		for tr.Step() < task.Steps {
			_, err := tr.TrainStep()
			require.NoError(t, err)
		}
		return tr.Checkpoint()
	}
	one, many := run(1), run(4*runtime.NumCPU())
	require.Equal(t, one.LeafHash(), many.LeafHash(), "GOMAXPROCS 1 and %d trained different bits", 4*runtime.NumCPU())
}
