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
	"github.com/ethereum/go-ethereum/common"
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

	adapter, adapterABI := deployAdapter(t, chain)

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

// deployAdapter compiles and deploys contracts/RulingVerifierZK.sol.
func deployAdapter(t *testing.T, chain *Chain) (common.Address, abi.ABI) {
	t.Helper()
	src, err := os.ReadFile("../contracts/RulingVerifierZK.sol")
	require.NoError(t, err)
	return deployContract(t, chain, src, "RulingVerifierZK")
}

// deployContract compiles the contract named name in src and deploys it on
// the simulated chain, returning its address and ABI.
func deployContract(t *testing.T, chain *Chain, src []byte, name string) (common.Address, abi.ABI) {
	t.Helper()
	bin, abiJSON, err := compileContract(chain.solc, src, name)
	require.NoError(t, err)
	parsed, err := abi.JSON(strings.NewReader(abiJSON))
	require.NoError(t, err)
	receipt, err := chain.send(nil, bin)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt.ContractAddress, parsed
}

// wholeClaims are a whole case's tensors under their own fixed-mode leaves,
// inputs then output, named as the game would name them.
func wholeClaims(t *testing.T, c wholeCase, names ...string) []*arbitration.ChunkClaim {
	t.Helper()
	var out []*arbitration.ChunkClaim
	for k, v := range append(slices.Clone(c.inputs), c.out) {
		cl, err := arbitration.NewChunkClaim(names[k], &prooflearn.Tensor{Name: names[k], DType: prooflearn.Int32, Shape: c.shapes[k], I32: v})
		require.NoError(t, err)
		out = append(out, cl)
	}
	return out
}

// ruleWhole sends verifyWholeRuling to the adapter.
func ruleWhole(t *testing.T, chain *Chain, adapter common.Address, adapterABI abi.ABI, verifier common.Address, claims []*arbitration.ChunkClaim, proof []byte) *types.Receipt {
	t.Helper()
	var ins []abiTensor
	for _, in := range claims[:len(claims)-1] {
		ins = append(ins, toABI(in))
	}
	data, err := adapterABI.Pack("verifyWholeRuling", verifier, ins, toABI(claims[len(claims)-1]), proof)
	require.NoError(t, err)
	receipt, err := chain.send(&adapter, data)
	require.NoError(t, err)
	return receipt
}

// TestRulingVerifierZKWhole has the adapter verify a whole product proven
// over chunk digests (2×300 by 300×2: two-chunk operands): it accepts the
// honest lists under their leaves and reverts for a list that does not hash
// to its leaf, for the forged output's list under its own leaf, for the
// operands swapped (another tensor's digests in a list's place), and for a
// verifier of another circuit.
func TestRulingVerifierZKWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and deploys two contracts and proves a ~45,000-constraint circuit")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	rng := rand.New(rand.NewPCG(21, 5))
	c := newMatMulWhole(t, rng, 2, 300, 2, false, false)
	r, err := ProveWhole(c.op, c.inputs, c.out)
	require.NoError(t, err)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)
	adapter, adapterABI := deployAdapter(t, chain)

	claims := wholeClaims(t, c, "h", "w", "logits")
	ok := ruleWhole(t, chain, adapter, adapterABI, v.addr, claims, r.SolidityProof())
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status, "the honest lists")
	t.Logf("verifyWholeRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))

	bad := *claims[0]
	bad.Digests = slices.Clone(bad.Digests)
	bad.Digests[0], bad.Digests[1] = bad.Digests[1], bad.Digests[0]
	assert.Equal(t, types.ReceiptStatusFailed,
		ruleWhole(t, chain, adapter, adapterABI, v.addr, []*arbitration.ChunkClaim{&bad, claims[1], claims[2]}, r.SolidityProof()).Status,
		"a list that does not hash to its leaf")

	forgedVals := slices.Clone(c.out)
	forgedVals[3]++
	forged := wholeCase{c.op, c.inputs, forgedVals, c.shapes}
	fc := wholeClaims(t, forged, "h", "w", "logits")
	assert.Equal(t, types.ReceiptStatusFailed,
		ruleWhole(t, chain, adapter, adapterABI, v.addr, fc, r.SolidityProof()).Status,
		"the forged output's list under its own leaf")

	swapped := wholeClaims(t, wholeCase{c.op, [][]int32{c.inputs[1], c.inputs[0]}, c.out, [][]int{c.shapes[1], c.shapes[0], c.shapes[2]}}, "w", "h", "logits")
	assert.Equal(t, types.ReceiptStatusFailed,
		ruleWhole(t, chain, adapter, adapterABI, v.addr, swapped, r.SolidityProof()).Status,
		"the operands' lists swapped")

	small := newMatMulWhole(t, rng, 4, 8, 3, false, false)
	rs, err := ProveWhole(small.op, small.inputs, small.out)
	require.NoError(t, err)
	vs, err := chain.verifier(rs.circuit)
	require.NoError(t, err)
	assert.Equal(t, types.ReceiptStatusFailed,
		ruleWhole(t, chain, adapter, adapterABI, vs.addr, claims, r.SolidityProof()).Status,
		"the verifier of another circuit")
}

func mustVerify(t *testing.T, r *Ruling, chain *Chain) uint64 {
	gas, err := r.VerifyOnChain(chain)
	require.NoError(t, err)
	return gas
}

// abiPartial is RulingVerifierZK.Partial as go-ethereum packs it.
type abiPartial struct {
	Name    []byte
	M, K, N uint32
	Index   uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// TestRulingVerifierZKSlice checks verifySliceRuling on the simulated
// chain: it rebuilds the operands' and the partials' leaves
// (arbitration.FixedLeaf, arbitration.PartialLeaf), reads the four public
// inputs from the lists at the positions the slice and row fix, and accepts
// the honest P_t only; it reverts for the forged P_t, for another row, for
// a previous partial that is not P_{t−1}, and for a list that does not hash
// to its leaf.
func TestRulingVerifierZKSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and deploys two contracts and proves a slice (~1–2 min)")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	sc := newSliceCase(t, rand.New(rand.NewPCG(9, 9)), 40, 24, 64)
	const slice, row = 2, 33
	r, err := ProveSlice(sc.op, slice, row, sc.a, sc.b, sc.partials[slice-1], sc.partials[slice])
	require.NoError(t, err)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)
	adapter, adapterABI := deployAdapter(t, chain)

	claim := func(name string, shape []int, vals []int32) abiTensor {
		cl, err := arbitration.NewChunkClaim(name, &prooflearn.Tensor{Name: name, DType: prooflearn.Int32, Shape: shape, I32: vals})
		require.NoError(t, err)
		return toABI(cl)
	}
	a, b := claim("x", []int{40, 24}, sc.a), claim("w0", []int{24, 64}, sc.b)
	partial := func(index int, p []int64) abiPartial {
		ds, err := arbitration.PartialRowDigests(40, 24, 64, index, p)
		require.NoError(t, err)
		out := abiPartial{Name: []byte("layer0.xw"), M: 40, K: 24, N: 64, Index: uint32(index),
			Leaf: arbitration.PartialLeaf("layer0.xw", 40, 24, 64, index, ds)}
		for _, d := range ds {
			out.Digests = append(out.Digests, d)
		}
		return out
	}
	prev, next := partial(slice-1, sc.partials[slice-1]), partial(slice, sc.partials[slice])
	forgedVals := slices.Clone(sc.partials[slice])
	forgedVals[row*64+5] += 1 << 16
	forged := partial(slice, forgedVals)

	data, err := adapterABI.Pack("partialLeaf", next)
	require.NoError(t, err)
	out, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	require.NoError(t, err)
	assert.Equal(t, next.Leaf[:], out, "the contract's partial leaf is the game's")

	rule := func(prev, next abiPartial, row int64) *types.Receipt {
		t.Helper()
		data, err := adapterABI.Pack("verifySliceRuling", v.addr, a, b, prev, next, big.NewInt(row), r.SolidityProof())
		require.NoError(t, err)
		receipt, err := chain.send(&adapter, data)
		require.NoError(t, err)
		return receipt
	}
	ok := rule(prev, next, row)
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status)
	t.Logf("verifySliceRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))
	assert.Equal(t, types.ReceiptStatusFailed, rule(prev, forged, row).Status, "the forged P_t")
	assert.Equal(t, types.ReceiptStatusFailed, rule(prev, next, row-1).Status, "another row")
	assert.Equal(t, types.ReceiptStatusFailed, rule(partial(0, sc.partials[0]), next, row).Status, "P_0 as the previous partial of P_2")
	bad := next
	bad.Digests = slices.Clone(next.Digests)
	bad.Digests[0][0] ^= 1
	assert.Equal(t, types.ReceiptStatusFailed, rule(prev, bad, row).Status, "a list that does not hash to its leaf")
}

// TestRulingVerifierZKRound checks verifyRoundRuling on the simulated
// chain: it rebuilds the last partial's leaf and the accused output's, reads
// row `row` of P_J's digests and the output chunk holding the row, and
// accepts the accusation of a forged rounding only; it reverts for the
// honest output under its own leaf, another row of the same chunk, a row
// of another chunk, another partial than P_J, a list that does not hash to
// its leaf and the output of another product.
func TestRulingVerifierZKRound(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and deploys two contracts and proves a rounding (~1 min)")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	const m, k, n = 40, 24, 64
	sc := newSliceCase(t, rand.New(rand.NewPCG(9, 10)), m, k, n)
	J := len(sc.partials) - 1
	last := sc.partials[J]
	forgedVals, j := forgeRounding(t, last, sc.out, 2*512)
	row := j / n
	r, err := ProveRound(sc.op, row, last, forgedVals)
	require.NoError(t, err)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)
	adapter, adapterABI := deployAdapter(t, chain)

	output := func(name string, vals []int32) abiTensor {
		cl, err := arbitration.NewChunkClaim(name, &prooflearn.Tensor{Name: name, DType: prooflearn.Int32, Shape: []int{m, n}, I32: vals})
		require.NoError(t, err)
		return toABI(cl)
	}
	partial := func(index int, p []int64) abiPartial {
		ds, err := arbitration.PartialRowDigests(m, k, n, index, p)
		require.NoError(t, err)
		out := abiPartial{Name: []byte("layer0.xw"), M: m, K: k, N: n, Index: uint32(index),
			Leaf: arbitration.PartialLeaf("layer0.xw", m, k, n, index, ds)}
		for _, d := range ds {
			out.Digests = append(out.Digests, d)
		}
		return out
	}
	lastP := partial(J, last)
	forged, honest := output("layer0.xw", forgedVals), output("layer0.xw", sc.out)
	rule := func(p abiPartial, out abiTensor, row int) *types.Receipt {
		t.Helper()
		data, err := adapterABI.Pack("verifyRoundRuling", v.addr, p, out, big.NewInt(int64(row)), r.SolidityProof())
		require.NoError(t, err)
		receipt, err := chain.send(&adapter, data)
		require.NoError(t, err)
		return receipt
	}
	ok := rule(lastP, forged, row)
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status, "the forged rounding at row %d", row)
	assert.LessOrEqual(t, ok.GasUsed, uint64(400_000))
	t.Logf("verifyRoundRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))
	data, err := adapterABI.Pack("verifyRoundRuling", v.addr, lastP, forged, big.NewInt(int64(row)), r.SolidityProof())
	require.NoError(t, err)
	ret, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	require.NoError(t, err)
	assert.Equal(t, forged.Leaf[:], ret, "the accused leaf, the side the game rules against")

	assert.Equal(t, types.ReceiptStatusFailed, rule(lastP, honest, row).Status, "the honest output")
	other := row + 1
	if other/8 != row/8 {
		other = row - 1
	}
	assert.Equal(t, types.ReceiptStatusFailed, rule(lastP, forged, other).Status, "another row of the chunk")
	assert.Equal(t, types.ReceiptStatusFailed, rule(lastP, forged, (row+8)%m).Status, "a row of another chunk")
	assert.Equal(t, types.ReceiptStatusFailed, rule(partial(J-1, sc.partials[J-1]), forged, row).Status, "P_{J−1} for P_J")
	bad := lastP
	bad.Digests = slices.Clone(lastP.Digests)
	bad.Digests[0][0] ^= 1
	assert.Equal(t, types.ReceiptStatusFailed, rule(bad, forged, row).Status, "a list that does not hash to its leaf")
	assert.Equal(t, types.ReceiptStatusFailed, rule(lastP, output("layer1.xw", forgedVals), row).Status, "another product's output")
}
