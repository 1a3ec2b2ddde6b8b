package verifier_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/verifier"
)

// BenchmarkVerifyCost measures verification at the default budget against
// training the same task: the ratio of the two ns/op is the verification
// cost ÷ training cost that docs/spoofing.md reports. "replay-only" is the
// verification with every cheap check's cost but just one replayed segment,
// for the split between fixed cost and replay.
func BenchmarkVerifyCost(b *testing.B) {
	task, data, dir := testbundle.Honest(b)
	b.Run("train", func(b *testing.B) {
		for b.Loop() {
			tr, err := train.New(task, data.Train)
			require.NoError(b, err)
			for tr.Step() < task.Steps {
				_, err := tr.TrainStep()
				require.NoError(b, err)
			}
		}
	})
	for _, c := range []struct {
		name   string
		budget float64
		topQ   int
	}{{"verify-default", verifier.DefaultBudget, verifier.DefaultTopQ}, {"verify-one-segment", 0.01, 0}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				rep, err := verifier.Verify(context.Background(), task, data.Train, dir, verifier.WithBudget(c.budget), verifier.WithTopQ(c.topQ))
				require.NoError(b, err)
				require.Equal(b, verifier.Accepted, rep.Verdict, "%v", rep.Findings)
			}
		})
	}
}
