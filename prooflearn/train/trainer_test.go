package train

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// synthetic is a learnable toy dataset: the label is which quarter of the
// image holds the bright pixels.
type synthetic struct {
	px     [][]byte
	labels []byte
}

func newSynthetic(n int) *synthetic {
	s := &synthetic{}
	rng := prooflearn.NewPRNG([]byte("synthetic"), "test")
	for i := 0; i < n; i++ {
		label := byte(rng.IntN(4))
		px := make([]byte, 16)
		for j := range px {
			px[j] = byte(rng.IntN(40))
		}
		for j := 0; j < 4; j++ {
			px[int(label)*4+j] = 200 + byte(rng.IntN(50))
		}
		s.px = append(s.px, px)
		s.labels = append(s.labels, label)
	}
	return s
}

func (s *synthetic) Len() int            { return len(s.px) }
func (s *synthetic) Pixels(i int) []byte { return s.px[i] }
func (s *synthetic) Label(i int) byte    { return s.labels[i] }

func syntheticTask(dtype, opt string, data *synthetic) *prooflearn.Task {
	seed := []byte("seed for the synthetic task")
	t := &prooflearn.Task{
		Name: "synthetic", DType: dtype,
		Model:     prooflearn.ModelSpec{Type: "mlp", Input: 16, Hidden: []int{8}, Classes: 4},
		Optimizer: prooflearn.OptimizerSpec{Type: opt, LearningRate: 0.05},
		BatchSize: 10, Steps: 60, CheckpointInterval: 10,
		Dataset:        prooflearn.DatasetSpec{Name: "synthetic", Root: prooflearn.Hash{1}, Examples: data.Len()},
		SeedCommitment: prooflearn.CommitSeed(seed),
		Seed:           hexOf("seed for the synthetic task"),
	}
	if opt == "momentum" {
		t.Optimizer.Momentum = 0.9
	}
	return t
}

func TestTrainerLearnsAndReplaysBitwise(t *testing.T) {
	data := newSynthetic(200)
	for _, dtype := range []string{"float32", "float64"} {
		for _, opt := range []string{"sgd", "momentum"} {
			t.Run(dtype+" "+opt, func(t *testing.T) {
				task := syntheticTask(dtype, opt, data)
				require.NoError(t, task.Validate())
				tr, err := New(task, data)
				require.NoError(t, err)
				first, _ := tr.TrainStep()
				var mid *prooflearn.Checkpoint
				var last float64
				for tr.Step() < task.Steps {
					if tr.Step() == 30 {
						mid = tr.Checkpoint()
					}
					last, err = tr.TrainStep()
					require.NoError(t, err)
				}
				assert.Less(t, last, first*0.7, "%s/%s: loss did not fall: first %v last %v", dtype, opt, first, last)
				acc, err := tr.Accuracy(data)
				if err == nil {
					assert.GreaterOrEqual(t, acc, 0.5, "%s/%s: accuracy %v", dtype, opt, acc)
				}
				end := tr.Checkpoint()
				// Replay from the middle on a fresh trainer: bitwise identical.
				tr2, err := New(task, data)
				require.NoError(t, err)
				require.NoError(t, tr2.Restore(mid))
				for tr2.Step() < task.Steps {
					_, err := tr2.TrainStep()
					require.NoError(t, err)
				}
				assert.Equal(t, end.LeafHash(), tr2.Checkpoint().LeafHash(), "%s/%s: replay from step 30 differs from the original run", dtype, opt)
			})
		}
	}
}

func hexOf(s string) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, digits[s[i]>>4], digits[s[i]&15])
	}
	return string(out)
}
