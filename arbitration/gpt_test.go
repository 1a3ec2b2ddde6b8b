package arbitration

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// A solver whose transformer bundle changes one weight of the first block's
// attention (its query-key-value projection) in a middle checkpoint, or
// only the first moment Adam keeps for the output bias, every leaf and the
// root recomputed and the rest trained honestly from the edit, is rejected
// by the verifier at budget 1 by replay (no hash is wrong), and the dispute
// game with the honest proof ends at the Adam operator that wrote the
// edited tensor in the segment's last step, which the arbiter re-executes
// and rules on for the honest challenger. Deterministic (tiny-gpt-det,
// δ = 0) and tolerant (tiny-gpt, its calibrated δ).
func TestGPTEditsRejectedAndRuledAtTheirOperator(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains tiny-gpt-det and tiny-gpt three times each (about a minute); the full suite without the race detector runs it")
	}
	for _, name := range []string{"tiny-gpt-det", "tiny-gpt"} {
		t.Run(name, func(t *testing.T) { testGPTEdits(t, name) })
	}
}

func testGPTEdits(t *testing.T, name string) {
	task := testbundle.ShippedTask(t, name)
	if task.Steps > 120 {
		// tiny-gpt's first six segments: the edits, the replay and the
		// game are the same on a shorter run, at a fraction of the cost.
		task.Steps = 150
	}
	data := testbundle.DataFor(t, task).Train
	honestDir := filepath.Join(t.TempDir(), "honest")
	_, err := solver.Train(context.Background(), task, data, honestDir)
	require.NoError(t, err)
	f, err := spoof.New(task, data)
	require.NoError(t, err)

	for _, c := range []struct {
		name  string
		forge func(dir string) (*spoof.Result, error)
		check string // the verifier's first finding
		op    string // the operator the ruling names
		node  string // the tensor it wrote
	}{
		{
			name: "attention weight",
			forge: func(dir string) (*spoof.Result, error) {
				return f.EditWeight(context.Background(), dir, "blk0.attn.qkv.w", 37, 0.25)
			},
			check: verifier.CheckReplay, op: train.OpAdamUpdate, node: "blk0.attn.qkv.w",
		},
		{
			name: "Adam first moment",
			forge: func(dir string) (*spoof.Result, error) {
				return f.Build(context.Background(), spoof.StateEdit, dir)
			},
			check: verifier.CheckReplayOptimizer, op: train.OpAdamM, node: prooflearn.AdamMPrefix + "head.b",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := c.forge(filepath.Join(t.TempDir(), "forged"))
			require.NoError(t, err)
			require.Len(t, res.Forged, 1)

			rep, err := verifier.Verify(context.Background(), task, data, res.Dir, verifier.WithBudget(1))
			require.NoError(t, err)
			assert.Equal(t, verifier.Rejected, rep.Verdict)
			require.NotEmpty(t, rep.Findings)
			assert.Equal(t, c.check, rep.Findings[0].Check, "findings: %v", rep.Findings)
			for _, fd := range rep.Findings {
				assert.Contains(t, []string{verifier.CheckReplay, verifier.CheckReplayRelative, verifier.CheckReplayOptimizer}, fd.Check,
					"rejected by %s, want replay (findings %v)", fd.Check, rep.Findings)
				assert.Equal(t, res.Forged[0], fd.Segment, "finding %v is not about the edited segment", fd)
			}
			assert.Equal(t, res.Root, rep.Root)

			ruledAtLastStep(t, task, data, res.Dir, honestDir, res.Forged[0], c.op, c.node)
		})
	}
}
