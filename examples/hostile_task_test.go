package examples_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runBounded runs a binary built by TestMain and kills it if it is still
// running after a minute: a task that is refused must be refused before any
// work, and one that is not would otherwise hang the suite.
func runBounded(t *testing.T, name string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, filepath.Join(bin, name), args...).CombinedOutput()
	require.NoError(t, ctx.Err(), "%s %v still running after a minute:\n%s", name, args, out)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return string(out), code
}

// A task from a stranger that declares 2^40 classes (or any other size
// beyond its limit) used to decode, and the binaries then died with "fatal
// error: out of memory" building its initial weights. Every binary must
// refuse it with exit 2 and a message that names the field, before it
// allocates anything from it or writes a proof.
func TestHostileTaskIsRefusedBeforeAnyWork(t *testing.T) {
	raw, err := os.ReadFile(tinyTask)
	require.NoError(t, err)
	for _, tc := range []struct {
		field, old, new string
	}{
		{"model.classes 1099511627776", `"classes": 10`, `"classes": 1099511627776`},
		{"model.input 1099511627776", `"input": 784`, `"input": 1099511627776`},
		{"model.hidden[0] 2097152", `"hidden": [32]`, `"hidden": [2097152]`},
		{"model parameters", `"hidden": [32]`, `"hidden": [1048576, 1048576]`},
		{"steps 9223372036854775807", `"steps": 500`, `"steps": 9223372036854775807`},
		{"batch_size 1099511627776", `"batch_size": 32`, `"batch_size": 1099511627776`},
		{"dataset.examples 1099511627776", `"examples": 2000`, `"examples": 1099511627776`},
	} {
		t.Run(tc.field, func(t *testing.T) {
			require.Contains(t, string(raw), tc.old)
			dir := t.TempDir()
			task := filepath.Join(dir, "hostile.json")
			require.NoError(t, os.WriteFile(task, []byte(strings.Replace(string(raw), tc.old, tc.new, 1)), 0o644))
			proof := filepath.Join(dir, "proof")
			for _, args := range [][]string{
				{"solver", "-task", task, "-out", proof},
				{"verifier", "-task", task, "-proof", proof},
				{"verifier", "profile", "-task", task, "-out", filepath.Join(dir, "profile.json")},
			} {
				out, code := runBounded(t, args[0], args[1:]...)
				assert.Equal(t, 2, code, "%v:\n%s", args, out)
				assert.Contains(t, out, tc.field, "%v does not name the field", args)
				assert.Contains(t, out, "exceeds the limit of", "%v", args)
				for _, crash := range []string{"fatal error", "out of memory", "panic", "goroutine "} {
					assert.NotContains(t, out, crash, "%v", args)
				}
			}
			assert.NoDirExists(t, proof, "the solver started a proof for a refused task")
			assert.NoFileExists(t, filepath.Join(dir, "profile.json"))
		})
	}
}

// The limit in the message is the documented one.
func TestHostileTaskMessage(t *testing.T) {
	raw, err := os.ReadFile(tinyTask)
	require.NoError(t, err)
	task := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(task, []byte(strings.Replace(string(raw), `"classes": 10`, `"classes": 1099511627776`, 1)), 0o644))
	out, code := runBounded(t, "solver", "-task", task, "-out", filepath.Join(t.TempDir(), "proof"))
	assert.Equal(t, 2, code)
	assert.Contains(t, out, fmt.Sprintf("model.classes 1099511627776 exceeds the limit of %d", prooflearn.MaxModelWidth))
}
