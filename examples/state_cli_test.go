package examples_test

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tinyDetTask = "../testdata/tasks/tiny-det.json"

// The state-edit forgery (momentum edited in one middle checkpoint, honest
// training after it) is rejected at -budget 1 with a finding that names the
// optimizer state, in deterministic mode.
func TestVerifierRejectsStateEditAtBudgetOne(t *testing.T) {
	dir := t.TempDir()
	forged := filepath.Join(dir, "forged")
	out, code := run(t, "spoof", "-attack", "state-edit", "-task", tinyDetTask, "-out", forged)
	require.Equal(t, 0, code, out)
	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", tinyDetTask, "-proof", forged, "-budget", "1", "-report", rep)
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "optimizer state")
	r := readReport(t, rep)
	assert.Equal(t, "rejected", r.Verdict)
	var checks []string
	for _, f := range r.Findings {
		checks = append(checks, f.Check)
	}
	assert.Contains(t, checks, "replay-optimizer-state")
	assert.NotContains(t, checks, "replay", "the parameters replay exactly")
}

// Whatever the verifier's challenge, the segment that ends at the task's
// last step is replayed.
func TestVerifierAlwaysReplaysTheFinalSegment(t *testing.T) {
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	for i := range 5 {
		rep := filepath.Join(dir, fmt.Sprint("report", i, ".json"))
		out, code := run(t, "verifier", "-task", tinyTask, "-proof", proof, "-challenge", fmt.Sprintf("%064x", i+1), "-report", rep, "-quiet")
		require.Equal(t, 0, code, out)
		final := false
		for _, s := range readReport(t, rep).Segments {
			if s.ToStep == 500 {
				final = true
				assert.Contains(t, s.Reasons, "final-checkpoint")
			}
		}
		assert.True(t, final, "challenge %d: no replayed segment ends at step 500", i)
	}
}

// A bundle with one checkpoint whose header claims about 1.5 GB (a sparse
// file, within the global size cap) is rejected from the file's size alone.
func TestVerifierRefusesHostileCheckpoint(t *testing.T) {
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	path := filepath.Join(proof, "checkpoints", "step-00000250.safetensors")
	const claim = 1536 << 20
	header := fmt.Sprintf(`{"__metadata__":{"format":"prooflearn-checkpoint/v1","step":"250","rng_epoch":"4","rng_counter":"0","params":"w0","optimizer":""},"w0":{"dtype":"F32","shape":[%d],"data_offsets":[0,%d]}}`, claim/4, claim)
	f, err := os.Create(path)
	require.NoError(t, err)
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	_, err = f.Write(append(n[:], header...))
	require.NoError(t, err)
	require.NoError(t, f.Truncate(int64(8+len(header))+claim))
	require.NoError(t, f.Close())

	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", tinyTask, "-proof", proof, "-report", rep)
	assert.Equal(t, 1, code, out)
	r := readReport(t, rep)
	found := false
	for _, f := range r.Findings {
		if f.Check == "checkpoint-file" && strings.Contains(f.Message, "too large") {
			found = true
		}
	}
	assert.True(t, found, "no checkpoint-file finding names the size: %+v", r.Findings)
}
