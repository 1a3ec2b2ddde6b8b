package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every float flag of every binary is parsed strictly: NaN, ±Inf and
// trailing junk ("0.01junk", which fmt.Sscan and a lax parser read as 0.01)
// are errors, exit 2, with a message that names the flag.
func TestFloatFlagsAreStrict(t *testing.T) {
	// TestMain builds the solver, verifier and demo; the arbiter and the
	// simulator have float flags too.
	out, err := exec.Command("go", "build", "-o", bin, "./arbiter", "./simulate").CombinedOutput()
	require.NoError(t, err, "building the arbiter and the simulator:\n%s", out)
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	for _, tc := range []struct {
		name string // the flag the message must name
		args []string
	}{
		{"-budget", []string{"verifier", "-task", tinyTask, "-proof", missing, "-budget", "NaN"}},
		{"-budget", []string{"verifier", "-task", tinyTask, "-proof", missing, "-budget", "Inf"}},
		{"-budget", []string{"verifier", "-task", tinyTask, "-proof", missing, "-budget", "0.01junk"}},
		{"-relative", []string{"verifier", "-task", tinyTask, "-proof", missing, "-relative", "nan"}},
		{"-relative", []string{"verifier", "-task", tinyTask, "-proof", missing, "-relative", "-Inf"}},
		{"-min-progress", []string{"verifier", "-task", tinyTask, "-proof", missing, "-min-progress", "+Inf"}},
		{"-min-progress", []string{"verifier", "-task", tinyTask, "-proof", missing, "-min-progress", "0.1x"}},
		{"-delta", []string{"verifier", "-task", tinyTask, "-proof", missing, "-delta", "l2=NaN"}},
		{"-delta", []string{"verifier", "-task", tinyTask, "-proof", missing, "-delta", "l2=0.01junk"}},
		{"-delta", []string{"verifier", "-task", tinyTask, "-proof", missing, "-delta", "l2=1e-3,linf=Inf"}},
		{"-safety", []string{"verifier", "profile", "-task", tinyTask, "-out", filepath.Join(dir, "p.json"), "-safety", "Inf"}},
		{"-safety", []string{"verifier", "profile", "-task", tinyTask, "-out", filepath.Join(dir, "p.json"), "-safety", "2junk"}},
		{"-relative", []string{"arbiter", "-task", tinyTask, "-solver-proof", missing, "-challenger-proof", missing, "-relative", "NaN"}},
		{"-delta", []string{"arbiter", "-task", tinyTask, "-solver-proof", missing, "-challenger-proof", missing, "-delta", "cosine=inf"}},
		{"-cheaters", []string{"simulate", "-cheaters", "NaN"}},
		{"-silent", []string{"simulate", "-silent", "0.5junk"}},
		{"-forced", []string{"simulate", "-forced", "Inf"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, code := run(t, tc.args[0], tc.args[1:]...)
			assert.Equal(t, 2, code, out)
			assert.Contains(t, out, tc.name, "the message does not name the flag")
			assert.NotContains(t, out, "panic")
			assert.NoFileExists(t, filepath.Join(dir, "p.json"))
		})
	}
}

// Good values still parse: the strict parser refuses only what is not a
// finite number.
func TestFloatFlagsAcceptNumbers(t *testing.T) {
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	out, code = run(t, "verifier", "-task", tinyTask, "-proof", proof, "-quiet", "-budget", "0.05", "-relative", "1e-2", "-min-progress", "0.1", "-delta", "l1=0.01, l2=1e-3")
	assert.Equal(t, 0, code, out)
	_, err := os.Stat(proof)
	assert.NoError(t, err)
}
