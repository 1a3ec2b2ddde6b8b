package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command-line contract end to end: a forged bundle is written (exit 0)
// and rejected by the verifier (exit 1) with the catching check named; a
// profile is written and used, and the report names it.
func TestForgedBundleRejectedByVerifierCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binaries")
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin, ".", "../verifier", "../solver")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	run := func(t *testing.T, name string, args ...string) (string, int) {
		t.Helper()
		out, err := exec.Command(filepath.Join(bin, name), args...).CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		}
		require.NoError(t, err)
		return string(out), 0
	}
	const task = "../../testdata/tasks/tiny.json"
	dir := t.TempDir()

	profile := filepath.Join(dir, "tiny.profile.json")
	out, code := run(t, "verifier", "profile", "-task", task, "-out", profile, "-segments", "4", "-quiet")
	require.Equal(t, 0, code, "profile: exit %d\n%s", code, out)
	require.Contains(t, out, "false-reject rate", "profile: exit %d\n%s", code, out)
	honest := filepath.Join(dir, "honest")
	out, code = run(t, "solver", "-task", task, "-out", honest, "-quiet")
	require.Equal(t, 0, code, "solver: exit %d\n%s", code, out)
	report := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", task, "-proof", honest, "-profile", profile, "-report", report, "-quiet")
	require.Equal(t, 0, code, "honest bundle: exit %d\n%s", code, out)
	var rep struct {
		Verdict string `json:"verdict"`
		Profile string `json:"profile"`
	}
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep), "report %s", b)
	require.Equal(t, "accepted", rep.Verdict, "report %s", b)
	require.Equal(t, profile, rep.Profile, "report %s", b)

	for attack, check := range map[string]string{"stitch": "replay", "data-tamper": "frozen-weights"} {
		t.Run(attack, func(t *testing.T) {
			forged := filepath.Join(dir, attack)
			out, code := run(t, "spoof", "-attack", attack, "-task", task, "-out", forged)
			require.Equal(t, 0, code, "spoof %s: exit %d\n%s", attack, code, out)
			out, code = run(t, "verifier", "-task", task, "-proof", forged, "-profile", profile, "-quiet")
			assert.Equal(t, 1, code, "%s: verifier exit %d, want 1 naming %s:\n%s", attack, code, check, out)
			assert.Contains(t, out, "rejected by "+check+":", "%s: verifier exit %d, want 1 naming %s:\n%s", attack, code, check, out)
		})
	}

	for _, args := range [][]string{
		{"-attack", "no-such", "-task", task, "-out", filepath.Join(dir, "x")},
		{"-attack", "stitch", "-task", task},
		{"-attack", "data-tamper", "-task", task, "-out", filepath.Join(dir, "y"), "-tamper", "1,2"},
	} {
		t.Run(fmt.Sprint(args), func(t *testing.T) {
			out, code := run(t, "spoof", args...)
			assert.Equal(t, 2, code, "spoof %v: exit %d, want 2\n%s", args, code, out)
		})
	}
	out, code = run(t, "verifier", "-task", task, "-proof", honest, "-profile", filepath.Join(dir, "missing.json"))
	assert.Equal(t, 2, code, "missing profile: exit %d, want 2\n%s", code, out)
}
