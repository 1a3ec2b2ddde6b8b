package arbitration

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
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

			sb, err := OpenBundle(res.Dir, task)
			require.NoError(t, err)
			cb, err := OpenBundle(honestDir, task)
			require.NoError(t, err)
			c, err := CaseFromBundles(task, data, sb, cb)
			require.NoError(t, err, "the forgery must be disputable")
			assert.Equal(t, res.Forged[0], c.Segment, "the disputed segment is the one that ends at the edit")

			sp, cp, err := NewPlayers(c, data, sb, cb)
			require.NoError(t, err)
			r, err := Play(context.Background(), c, sp, cp)
			require.NoError(t, err)
			assert.Equal(t, PartyChallenger, r.Winner, "%s: %s", r.Reason, r.Detail)
			assert.Equal(t, train.OpMomentumUpdate, r.Op, "the ruling names the operator that wrote the buffer")
			assert.Equal(t, c.ToStep-1, r.Step, "the last step of the segment wrote the claimed buffer")
			require.NotNil(t, r.SolverOutput)
			require.NotNil(t, r.ChallengerOutput)
			assert.NotEqual(t, *r.SolverOutput, *r.ChallengerOutput)
		})
	}
}
