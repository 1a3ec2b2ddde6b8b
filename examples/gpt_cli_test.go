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

	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/verifier"
)

const tinyGPTTask = "../testdata/tasks/tiny-gpt.json"

// The tolerant transformer task through the binaries, as a user runs them:
// the verifier accepts the solver's proof; a consistently re-committed edit
// of one Adam moment is rejected at -budget 1 by the optimizer-state replay,
// and the arbiter pins the dispute with the honest proof to the Adam
// operator that wrote the moment; sample prints text from the proven
// weights, the same text twice.
func TestTinyGPTThroughTheBinaries(t *testing.T) {
	if testing.Short() {
		t.Skip("trains tiny-gpt twice (about a minute); the full suite runs it")
	}
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyGPTTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", tinyGPTTask, "-proof", proof, "-report", rep, "-quiet")
	require.Equal(t, 0, code, out)
	assert.Equal(t, "accepted", readReport(t, rep).Verdict)
	// The verifier's own forward pass scores the proven final weights: the
	// loss must fall clearly below the corpus's unigram entropy, the loss
	// of a model that ignores the context.
	b, err := os.ReadFile(rep)
	require.NoError(t, err)
	var progress struct {
		Progress struct {
			FinalLoss float64 `json:"final_loss"`
		} `json:"progress"`
	}
	require.NoError(t, json.Unmarshal(b, &progress))
	corpus, err := dataset.Fortunes()
	require.NoError(t, err)
	_, unigram := dataset.UnigramEntropy(corpus.Train)
	assert.Positive(t, progress.Progress.FinalLoss)
	assert.Less(t, progress.Progress.FinalLoss, 0.8*unigram, "final loss %.4f nats, unigram entropy %.4f", progress.Progress.FinalLoss, unigram)

	forged := filepath.Join(dir, "forged")
	out, code = run(t, "spoof", "-attack", "state-edit", "-task", tinyGPTTask, "-out", forged)
	require.Equal(t, 0, code, out)
	out, code = run(t, "verifier", "-task", tinyGPTTask, "-proof", forged, "-budget", "1", "-report", rep, "-quiet")
	assert.Equal(t, 1, code, out)
	r := readReport(t, rep)
	assert.Equal(t, "rejected", r.Verdict)
	require.NotEmpty(t, r.Findings)
	assert.Equal(t, verifier.CheckReplayOptimizer, r.Findings[0].Check, "findings %v", r.Findings)

	for _, name := range []string{"arbiter", "sample"} {
		if _, err := os.Stat(filepath.Join(bin, name)); err != nil {
			build := exec.Command("go", "build", "-o", bin, "./"+name)
			b, err := build.CombinedOutput()
			require.NoError(t, err, "%s", b)
		}
	}
	arb := filepath.Join(dir, "arbiter.json")
	out, code = run(t, "arbiter", "-task", tinyGPTTask, "-solver-proof", forged, "-challenger-proof", proof, "-report", arb)
	assert.Equal(t, 1, code, "the challenger wins: %s", out)
	b, err = os.ReadFile(arb)
	require.NoError(t, err)
	var ruling struct {
		Winner   string `json:"winner"`
		Op       string `json:"op"`
		NodeName string `json:"node_name"`
	}
	require.NoError(t, json.Unmarshal(b, &ruling))
	assert.Equal(t, "challenger", ruling.Winner, out)
	assert.Equal(t, "adam-m", ruling.Op, out)
	assert.Equal(t, "adam.m.head.b", ruling.NodeName, out)

	text, code := run(t, "sample", "-task", tinyGPTTask, "-proof", proof, "-n", "80", "-prompt", "The ")
	require.Equal(t, 0, code, text)
	again, code := run(t, "sample", "-task", tinyGPTTask, "-proof", proof, "-n", "80", "-prompt", "The ")
	require.Equal(t, 0, code, again)
	assert.Equal(t, text, again)
	assert.True(t, strings.HasPrefix(text, "The "), text)
	_, code = run(t, "sample", "-task", tinyGPTTask, "-proof", forged, "-n", "5", "-root", readRoot(t, proof))
	assert.Equal(t, 2, code, "the forged bundle is not the proof the root names")
}

func readRoot(t *testing.T, proof string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(proof, "manifest.json"))
	require.NoError(t, err)
	var m struct {
		Root string `json:"root"`
	}
	require.NoError(t, json.Unmarshal(b, &m))
	return m.Root
}
