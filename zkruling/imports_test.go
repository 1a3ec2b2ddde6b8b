package zkruling

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCoreStaysOffChain keeps the proving and chain libraries out of the
// roles that train and verify: only zkruling (and what imports it) pays for
// gnark and go-ethereum.
func TestCoreStaysOffChain(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to list the import graph with")
	}
	cmd := exec.Command(gobin, "list", "-deps", "./prooflearn/...", "./solver/...", "./verifier/...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/prooflearn/prooflearn/prooflearn")
	for _, p := range deps {
		assert.False(t, strings.HasPrefix(p, "github.com/consensys/gnark") || strings.HasPrefix(p, "github.com/ethereum/"),
			"%s is in the import graph of prooflearn, solver or verifier", p)
	}
}
