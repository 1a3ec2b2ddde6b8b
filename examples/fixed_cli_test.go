package examples_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tinyFixedTask = "../testdata/tasks/tiny-fixed.json"

// The fixed-point task through the binaries, as a user runs them: the
// solver's root is the golden one, the verifier accepts it, a consistent
// forgery is rejected at -budget 1, and the arbiter rules a dispute between
// the forgery and the honest proof on one fixed-point operator.
func TestFixedModeThroughTheBinaries(t *testing.T) {
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyFixedTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "kernels   fixed")
	golden, err := os.ReadFile("../testdata/golden/tiny-fixed.root")
	require.NoError(t, err)
	assert.Contains(t, out, "root      "+strings.TrimSpace(string(golden)))

	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", tinyFixedTask, "-proof", proof, "-report", rep, "-quiet")
	require.Equal(t, 0, code, out)
	assert.Equal(t, "accepted", readReport(t, rep).Verdict)

	forged := filepath.Join(dir, "forged")
	out, code = run(t, "spoof", "-attack", "last-segment", "-task", tinyFixedTask, "-out", forged)
	require.Equal(t, 0, code, out)
	out, code = run(t, "verifier", "-task", tinyFixedTask, "-proof", forged, "-budget", "1", "-report", rep, "-quiet")
	assert.Equal(t, 1, code, out)
	r := readReport(t, rep)
	assert.Equal(t, "rejected", r.Verdict)
	var checks []string
	for _, f := range r.Findings {
		checks = append(checks, f.Check)
	}
	assert.Contains(t, checks, "replay")

	// TestMain builds the solver, verifier and spoof; the arbiter is built here.
	if _, err := os.Stat(filepath.Join(bin, "arbiter")); err != nil {
		build := exec.Command("go", "build", "-o", bin, "./arbiter")
		b, err := build.CombinedOutput()
		require.NoError(t, err, "%s", b)
	}
	arb := filepath.Join(dir, "arbiter.json")
	out, code = run(t, "arbiter", "-task", tinyFixedTask, "-solver-proof", forged, "-challenger-proof", proof, "-report", arb)
	assert.Equal(t, 1, code, "the challenger wins: %s", out)
	b, err := os.ReadFile(arb)
	require.NoError(t, err)
	var ruling struct {
		Winner string `json:"winner"`
		Reason string `json:"reason"`
		Op     string `json:"op"`
		Step   int    `json:"step"`
	}
	require.NoError(t, json.Unmarshal(b, &ruling))
	assert.Equal(t, "challenger", ruling.Winner, out)
	assert.True(t, strings.HasPrefix(ruling.Op, "fx."), "ruled on %q: %s", ruling.Op, out)
	assert.Equal(t, 999, ruling.Step, out)
}
