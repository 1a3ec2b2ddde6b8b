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

// A solver whose bundle edits only the first moment of Adam's output-bias
// buffers in one middle checkpoint — every leaf and the root recomputed, the
// rest trained honestly from the edit — is rejected by the verifier at
// budget 1 by the optimizer-state replay check (no hash is wrong), and the
// dispute game ends at the Adam operator that wrote that moment in the
// segment's last step, which the arbiter re-executes and rules on for the
// honest challenger. Tolerant (calibrated δ) and deterministic (δ = 0).
func TestAdamStateEditRejectedAndRuledAtAdamOperator(t *testing.T) {
	for _, name := range []string{"tiny-adam", "tiny-adam-det"} {
		t.Run(name, func(t *testing.T) {
			task := testbundle.ShippedTask(t, name)
			data := testbundle.Data(t).Train
			honestDir := filepath.Join(t.TempDir(), "honest")
			_, err := solver.Train(context.Background(), task, data, honestDir)
			require.NoError(t, err)
			res, err := spoof.Build(context.Background(), spoof.StateEdit, task, data, filepath.Join(t.TempDir(), "forged"))
			require.NoError(t, err)
			require.Len(t, res.Forged, 1)

			rep, err := verifier.Verify(context.Background(), task, data, res.Dir, verifier.WithBudget(1))
			require.NoError(t, err)
			assert.Equal(t, verifier.Rejected, rep.Verdict)
			var checks []string
			for _, f := range rep.Findings {
				checks = append(checks, f.Check)
			}
			require.NotEmpty(t, checks)
			assert.Equal(t, verifier.CheckReplayOptimizer, checks[0], "findings: %v", rep.Findings)
			for _, c := range checks {
				assert.Contains(t, []string{verifier.CheckReplayOptimizer, verifier.CheckReplay, verifier.CheckReplayRelative}, c,
					"rejected by %s, want the optimizer-state replay check (findings %v)", c, rep.Findings)
			}

			ruledAtLastStep(t, task, data, res.Dir, honestDir, res.Forged[0], train.OpAdamM, prooflearn.AdamMPrefix+"b1")
		})
	}
}
