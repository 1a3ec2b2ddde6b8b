package examples_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// buildArbiter builds the arbiter into bin, which TestMain leaves out: it
// links gnark and go-ethereum for -prove.
func buildArbiter(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(bin, "arbiter")); err == nil {
		return
	}
	build := exec.Command("go", "build", "-o", bin, "./arbiter")
	b, err := build.CombinedOutput()
	require.NoError(t, err, "%s", b)
}

// The proven ruling end to end through the binaries: an honest fixed-mode
// run, a consistent forgery of its final checkpoint (one value of the output
// layer's bias moved by 0.25 and the bundle re-committed, so only the game
// can show it), and arbiter -prove, which pins the dispute to the last
// step's fx.sgd of that bias, rules for the honest side and proves the
// ruling: a Groth16 proof that the update maps the agreed inputs to the
// honest output, checked in Go and on a simulated chain. About 20 s on two
// loaded cores once the binaries are built, most of it building the arbiter
// and compiling the verifier contract.
func TestArbiterProvesTheRuling(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the arbiter with gnark and go-ethereum and proves a ruling (~20 s)")
	}
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyFixedTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)

	forged := filepath.Join(dir, "forged")
	require.NoError(t, os.CopyFS(forged, os.DirFS(proof)))
	m, err := bundle.ReadManifest(forged)
	require.NoError(t, err)
	last := len(m.Checkpoints) - 1
	c, err := bundle.ReadCheckpoint(filepath.Join(forged, m.Checkpoints[last].File))
	require.NoError(t, err)
	bias := &c.Params[len(c.Params)-1]
	require.Equal(t, []int{10}, bias.Shape, "the output layer's bias is the last parameter")
	bias.I32[3] += 1 << 14
	require.NoError(t, bundle.WriteCheckpoint(forged, c))
	m.Checkpoints[last].Leaf = c.LeafHash()
	require.NoError(t, bundle.Recommit(forged, m))

	buildArbiter(t)
	rep := filepath.Join(dir, "R.json")
	out, code = run(t, "arbiter", "-prove", "-task", tinyFixedTask, "-solver-proof", forged, "-challenger-proof", proof, "-report", rep)
	require.Equal(t, 1, code, "the challenger, the honest side, wins: %s", out)
	b, err := os.ReadFile(rep)
	require.NoError(t, err)
	var r struct {
		Winner string `json:"winner"`
		Op     string `json:"op"`
		Step   int    `json:"step"`
		// ChallengerOutput is the honest side's claimed output leaf.
		ChallengerOutput string `json:"challenger_output"`
		Proof            *struct {
			Circuit     string  `json:"circuit"`
			Constraints int     `json:"constraints"`
			Prove       float64 `json:"prove_seconds"`
			ProofBytes  int     `json:"proof_bytes"`
			OutputLeaf  string  `json:"output_leaf"`
			VerifiedGo  bool    `json:"verified_go"`
			VerifyGas   uint64  `json:"verify_gas"`
			DeployGas   uint64  `json:"deploy_gas"`
			Chain       string  `json:"chain"`
			Error       string  `json:"error"`
		} `json:"proof"`
	}
	require.NoError(t, json.Unmarshal(b, &r))
	assert.Equal(t, "challenger", r.Winner, out)
	assert.Equal(t, "fx.sgd", r.Op, out)
	assert.Equal(t, 999, r.Step, out)
	require.NotNil(t, r.Proof, out)
	require.Empty(t, r.Proof.Error, out)
	assert.True(t, r.Proof.VerifiedGo)
	assert.Equal(t, r.ChallengerOutput, r.Proof.OutputLeaf, "the proof is of the honest output")
	assert.Contains(t, r.Proof.Circuit, "sgd [10]")
	assert.Positive(t, r.Proof.Constraints)
	assert.Positive(t, r.Proof.ProofBytes)
	if r.Proof.Chain != "" {
		t.Skipf("no on-chain check (%s); run scripts/solc.sh", r.Proof.Chain)
	}
	assert.Positive(t, r.Proof.VerifyGas)
	assert.LessOrEqual(t, r.Proof.VerifyGas, uint64(400_000), "verify gas")
	assert.Positive(t, r.Proof.DeployGas)
	t.Logf("%s: %d constraints, prove %.2fs, %d bytes, verify gas %d, deploy gas %d", r.Proof.Circuit, r.Proof.Constraints, r.Proof.Prove, r.Proof.ProofBytes, r.Proof.VerifyGas, r.Proof.DeployGas)
}

// The check: an honest tiny-fixed run against a consistent forgery
// trained at a lied learning rate (spoof -attack hparam-lie: every segment
// re-trained and re-committed, so only the game can show it). The game pins
// the dispute to fx.momentum of the first layer's momentum (784×32, 49
// chunks) at the first step that differs; arbiter -prove proves the first
// chunk at which the two outputs' digest lists differ, checked against the
// committed leaves, rules for the honest side and verifies on a simulated
// chain for at most 400,000 gas. About a minute on two loaded cores, most
// of it the chunk circuit's setup.
func TestArbiterProvesTheHparamLie(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up and proves a 512-value chunk circuit (~1 minute)")
	}
	dir := t.TempDir()
	proof, lie := filepath.Join(dir, "proof"), filepath.Join(dir, "lie")
	out, code := run(t, "solver", "-task", tinyFixedTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	out, code = run(t, "spoof", "-attack", "hparam-lie", "-task", tinyFixedTask, "-out", lie)
	require.Equal(t, 0, code, out)

	buildArbiter(t)
	rep := filepath.Join(dir, "R.json")
	out, code = run(t, "arbiter", "-prove", "-task", tinyFixedTask, "-solver-proof", lie, "-challenger-proof", proof, "-report", rep)
	require.Equal(t, 1, code, "the challenger, the honest side, wins: %s", out)
	b, err := os.ReadFile(rep)
	require.NoError(t, err)
	var r struct {
		Winner           string `json:"winner"`
		Op               string `json:"op"`
		NodeName         string `json:"node_name"`
		ChallengerOutput string `json:"challenger_output"`
		Proof            *struct {
			Circuit     string  `json:"circuit"`
			Constraints int     `json:"constraints"`
			Setup       float64 `json:"setup_seconds"`
			Prove       float64 `json:"prove_seconds"`
			OutputLeaf  string  `json:"output_leaf"`
			VerifiedGo  bool    `json:"verified_go"`
			VerifyGas   uint64  `json:"verify_gas"`
			Chain       string  `json:"chain"`
			Error       string  `json:"error"`
			Chunk       *struct {
				Index     int    `json:"index"`
				Chunks    int    `json:"chunks"`
				Length    int    `json:"length"`
				LeafCheck string `json:"leaf_check"`
				ProvenFor string `json:"proven_for"`
			} `json:"chunk"`
		} `json:"proof"`
	}
	require.NoError(t, json.Unmarshal(b, &r))
	assert.Equal(t, "challenger", r.Winner, out)
	assert.Equal(t, "fx.momentum", r.Op, out)
	require.NotNil(t, r.Proof, out)
	require.Empty(t, r.Proof.Error, out)
	assert.True(t, r.Proof.VerifiedGo)
	assert.Equal(t, r.ChallengerOutput, r.Proof.OutputLeaf)
	require.NotNil(t, r.Proof.Chunk, out)
	assert.Equal(t, 49, r.Proof.Chunk.Chunks, "784×32 values in chunks of 512")
	assert.Equal(t, 512, r.Proof.Chunk.Length)
	assert.Equal(t, "challenger", r.Proof.Chunk.ProvenFor)
	assert.Contains(t, r.Proof.Circuit, "momentum [784 32]")
	if r.Proof.Chain != "" {
		t.Skipf("no on-chain check (%s); run scripts/solc.sh", r.Proof.Chain)
	}
	assert.Positive(t, r.Proof.VerifyGas)
	assert.LessOrEqual(t, r.Proof.VerifyGas, uint64(400_000), "verify gas")
	t.Logf("%s %s chunk %d of %d: %d constraints, setup %.1fs, prove %.1fs, verify gas %d",
		r.Op, r.NodeName, r.Proof.Chunk.Index, r.Proof.Chunk.Chunks, r.Proof.Constraints, r.Proof.Setup, r.Proof.Prove, r.Proof.VerifyGas)
}

// -prove is for fixed mode only: a float task's ruling has an error bound,
// not one correct output, and the arbiter says so before playing.
func TestArbiterProveNeedsFixedMode(t *testing.T) {
	buildArbiter(t)
	dir := t.TempDir()
	out, code := run(t, "arbiter", "-prove", "-task", tinyTask, "-solver-proof", dir, "-challenger-proof", dir)
	assert.Equal(t, 2, code, out)
	assert.Contains(t, out, "fixed-mode task")
}
