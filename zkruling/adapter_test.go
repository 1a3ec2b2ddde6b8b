package zkruling

import (
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
)

// abiTensor is RulingVerifierZK.Tensor as go-ethereum packs it.
type abiTensor struct {
	Name    []byte
	Shape   []uint32
	Leaf    [32]byte
	Digests [][32]byte
}

func toABI(c *arbitration.ChunkClaim) abiTensor {
	t := abiTensor{Name: []byte(c.Name), Leaf: c.Leaf}
	for _, d := range c.Shape {
		t.Shape = append(t.Shape, uint32(d))
	}
	for _, d := range c.Digests {
		t.Digests = append(t.Digests, d)
	}
	return t
}

// TestRulingVerifierZK deploys contracts/RulingVerifierZK.sol beside a chunk
// circuit's verifier on the simulated chain: it rebuilds the game's
// fixed-mode leaves from the digest lists as arbitration.FixedLeaf does and
// accepts a chunk ruling only with lists that match their leaves, at the
// proven index, for the output the proof is of.
func TestRulingVerifierZK(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and deploys two contracts and proves a chunk (~25 s)")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	rng := rand.New(rand.NewPCG(21, 4))
	c := newChunkCase(rng, OpMomentum, []int{2, 260}) // chunks of 512 and 8 values
	r, err := ProveChunk(c.op, 1, c.inputs, c.out)
	require.NoError(t, err)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)

	src, err := os.ReadFile("../contracts/RulingVerifierZK.sol")
	require.NoError(t, err)
	bin, abiJSON, err := compileContract(chain.solc, src, "RulingVerifierZK")
	require.NoError(t, err)
	adapterABI, err := abi.JSON(strings.NewReader(abiJSON))
	require.NoError(t, err)
	receipt, err := chain.send(nil, bin)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	adapter := receipt.ContractAddress

	claim := func(name string, vals []int32) *arbitration.ChunkClaim {
		cl, err := arbitration.NewChunkClaim(name, &prooflearn.Tensor{Name: name, DType: prooflearn.Int32, Shape: []int{2, 260}, I32: vals})
		require.NoError(t, err)
		return cl
	}
	inputs := []*arbitration.ChunkClaim{claim("momentum.w0", c.inputs[0]), claim("d.layer0.w", c.inputs[1])}
	honest := claim("momentum.w0", c.out)
	forgedVals := slices.Clone(c.out)
	forgedVals[515]++
	forged := claim("momentum.w0", forgedVals)

	// The contract's leaf is the game's.
	data, err := adapterABI.Pack("fixedLeaf", []byte(honest.Name), toABI(honest).Shape, toABI(honest).Digests)
	require.NoError(t, err)
	out, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	require.NoError(t, err)
	assert.Equal(t, honest.Leaf[:], out)

	rule := func(ins []*arbitration.ChunkClaim, output *arbitration.ChunkClaim, index int64) *types.Receipt {
		t.Helper()
		var abiIns []abiTensor
		for _, in := range ins {
			abiIns = append(abiIns, toABI(in))
		}
		data, err := adapterABI.Pack("verifyChunkRuling", v.addr, abiIns, toABI(output), big.NewInt(index), r.SolidityProof())
		require.NoError(t, err)
		receipt, err := chain.send(&adapter, data)
		require.NoError(t, err)
		return receipt
	}
	ok := rule(inputs, honest, 1)
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status, "the honest output's chunk 1")
	assert.LessOrEqual(t, ok.GasUsed, uint64(400_000))
	t.Logf("verifyChunkRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))

	assert.Equal(t, types.ReceiptStatusFailed, rule(inputs, forged, 1).Status, "the forged output's chunk 1")
	assert.Equal(t, types.ReceiptStatusFailed, rule(inputs, honest, 0).Status, "the proof of chunk 1 presented as chunk 0")
	bad := *honest
	bad.Digests = slices.Clone(honest.Digests)
	bad.Digests[1] = forged.Digests[1]
	assert.Equal(t, types.ReceiptStatusFailed, rule(inputs, &bad, 1).Status, "digests that do not hash to the leaf")
	swapped := []*arbitration.ChunkClaim{inputs[1], inputs[0]}
	assert.Equal(t, types.ReceiptStatusFailed, rule(swapped, honest, 1).Status, "inputs out of argument order")
}

func mustVerify(t *testing.T, r *Ruling, chain *Chain) uint64 {
	gas, err := r.VerifyOnChain(chain)
	require.NoError(t, err)
	return gas
}
