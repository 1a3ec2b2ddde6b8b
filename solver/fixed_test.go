package solver_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/solver"
)

// TestFixedRunResumesToGoldenRoot: a fixed-mode run interrupted twice and
// resumed from its checkpoints (int32 safetensors read back) ends with the
// golden root of tiny-fixed.
func TestFixedRunResumesToGoldenRoot(t *testing.T) {
	want, err := os.ReadFile("../testdata/golden/tiny-fixed.root")
	require.NoError(t, err)
	task := testbundle.ShippedTask(t, "tiny-fixed")
	dir := t.TempDir()
	for _, stop := range []int{250, 613} {
		require.ErrorIs(t, trainUntil(t, task, dir, stop), context.Canceled)
	}
	var resumedFrom int
	m, err := solver.Train(context.Background(), task, testbundle.Data(t).Train, dir, solver.WithProgress(func(p solver.Progress) {
		resumedFrom = p.ResumedFrom
	}))
	require.NoError(t, err)
	require.Equal(t, 600, resumedFrom, "resumed from the last checkpoint before step 613")
	require.Equal(t, strings.TrimSpace(string(want)), m.Root.String())
}
