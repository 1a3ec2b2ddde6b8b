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
)

// A solver whose bundle edits only the momentum in one middle checkpoint,
// and trains honestly from it, against an honest challenger: the dispute is
// the segment that ends at the edit, and the game ends at the operator that
// wrote the differing buffer, the momentum update of the segment's last
// step, which the arbiter re-executes and rules on for the challenger. In
// both modes.
func TestStateEditRuledAtMomentumUpdate(t *testing.T) {
	for _, name := range []string{"tiny", "tiny-det"} {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && name == "tiny-det" {
				t.Skip("deterministic mode: the suite without -short runs it")
			}
			task := testbundle.ShippedTask(t, name)
			data := testbundle.Data(t).Train
			honestDir := filepath.Join(t.TempDir(), "honest")
			if name == "tiny" {
				_, _, honestDir = testbundle.Honest(t) // trained once per test binary
			} else {
				_, err := solver.Train(context.Background(), task, data, honestDir)
				require.NoError(t, err)
			}
			res, err := spoof.Build(context.Background(), spoof.StateEdit, task, data, filepath.Join(t.TempDir(), "forged"))
			require.NoError(t, err)
			require.Len(t, res.Forged, 1)

			ruledAtLastStep(t, task, data, res.Dir, honestDir, res.Forged[0], train.OpMomentumUpdate, "")
		})
	}
}

// ruledAtLastStep plays the dispute between a forged bundle (the solver's)
// and an honest one (the challenger's) and requires the case to be the
// forged segment and the game won by the challenger at the operator op,
// writing node, in the segment's last step, the two claimed outputs
// different. It returns the result.
func ruledAtLastStep(t *testing.T, task *prooflearn.Task, data train.Dataset, forgedDir, honestDir string, segment int, op, node string) *Result {
	t.Helper()
	sb, err := OpenBundle(forgedDir, task)
	require.NoError(t, err)
	cb, err := OpenBundle(honestDir, task)
	require.NoError(t, err)
	c, err := CaseFromBundles(task, data, sb, cb)
	require.NoError(t, err, "the forgery must be disputable")
	assert.Equal(t, segment, c.Segment, "the disputed segment is the one that ends at the edit")
	sp, cp, err := NewPlayers(c, data, sb, cb)
	require.NoError(t, err)
	r, err := Play(context.Background(), c, sp, cp)
	require.NoError(t, err)
	assert.Equal(t, PartyChallenger, r.Winner, "%s: %s", r.Reason, r.Detail)
	assert.Equal(t, op, r.Op, "the ruling names the operator that wrote the edited tensor")
	if node != "" {
		assert.Equal(t, node, r.NodeName)
	}
	assert.Equal(t, c.ToStep-1, r.Step, "the last step of the segment wrote the claimed tensor")
	require.NotNil(t, r.SolverOutput)
	require.NotNil(t, r.ChallengerOutput)
	assert.NotEqual(t, *r.SolverOutput, *r.ChallengerOutput)
	return r
}
