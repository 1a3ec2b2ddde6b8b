package zkruling

import (
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// solcForTest returns a solcjs, installing it with scripts/solc.sh when node
// and npm are there; without them the on-chain tests cannot run and skip.
func solcForTest(t *testing.T) string {
	t.Helper()
	if p, err := FindSolc(); err == nil {
		return p
	}
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: cannot build solc %s to compile the verifier contracts", tool, SolcVersion)
		}
	}
	out, err := exec.Command("sh", filepath.Join("..", "scripts", "solc.sh")).Output()
	require.NoError(t, err, "scripts/solc.sh")
	return strings.TrimSpace(string(out))
}

// TestOnChain deploys each circuit's exported verifier on a simulated chain,
// checks an honest ruling there and reports what it cost; a proof or a public
// input tampered with after proving must revert.
func TestOnChain(t *testing.T) {
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()

	mc := newMatMulCase(t, 5, 4, 6, 3, false, false)
	r, err := ProveOperator(mc.op, [][]int32{mc.a, mc.b}, mc.c)
	require.NoError(t, err)
	gas, err := r.VerifyOnChain(chain)
	require.NoError(t, err)
	assert.Equal(t, gas, r.Report.VerifyGas)
	assert.Greater(t, r.Report.DeployGas, uint64(0))
	t.Logf("%+v", r.Report)

	t.Run("tampered output digest", func(t *testing.T) {
		bad := *r
		bad.Digests = append(bad.Digests[:0:0], r.Digests...)
		bad.Digests[2].SetUint64(12345)
		_, err := bad.VerifyOnChain(chain)
		assert.ErrorIs(t, err, ErrRejectedOnChain)
	})
	t.Run("digest of another output", func(t *testing.T) {
		c := append([]int32{}, mc.c...)
		c[1]--
		bad := *r
		bad.Digests = append(bad.Digests[:0:0], r.Digests...)
		bad.Digests[2], err = Digest([]int{4, 3}, c)
		require.NoError(t, err)
		require.Error(t, bad.VerifyGo())
		_, err := bad.VerifyOnChain(chain)
		assert.ErrorIs(t, err, ErrRejectedOnChain)
	})
	t.Run("default hash to field", func(t *testing.T) {
		// A proof made with gnark's default commitment hash verifies in Go
		// but not against the exported contract, which hashes with keccak.
		assignment, _, err := assign(mc.op, [][]int32{mc.a, mc.b}, mc.c)
		require.NoError(t, err)
		setDigests(assignment, r.Digests)
		w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
		require.NoError(t, err)
		p, err := groth16.Prove(r.circuit.ccs, r.circuit.pk, w)
		require.NoError(t, err)
		pub, err := w.Public()
		require.NoError(t, err)
		require.NoError(t, groth16.Verify(p, r.circuit.vk, pub))
		bad := *r
		bad.Proof = p
		_, err = bad.VerifyOnChain(chain)
		assert.ErrorIs(t, err, ErrRejectedOnChain)
	})
	t.Run("relu", func(t *testing.T) {
		x := []int32{-3, 0, 5, 1 << 20, -(1 << 24), 7}
		y := make([]int32, len(x))
		fixed.ReLU(y, x)
		rr, err := ProveOperator(Operator{Op: OpReLU, Shape: []int{2, 3}}, [][]int32{x}, y)
		require.NoError(t, err)
		_, err = rr.VerifyOnChain(chain)
		require.NoError(t, err)
		t.Logf("%+v", rr.Report)
	})
}
