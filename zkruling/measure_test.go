package zkruling

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// TestMeasure proves and verifies, in Go and on chain, rulings at the sizes
// of the tiny task (batch 32, 784 → 32 → 10): its whole second layer, a
// 64-wide slice of its first, and the hidden ReLU and its gradient. It logs
// the figures docs/zk-ruling.md reports:
//
//	go test -run TestMeasure -v ./zkruling/
func TestMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("proves circuits of ~10^5 constraints")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	rng := rand.New(rand.NewPCG(11, 11))

	type run struct {
		op      Operator
		inputs  [][]int32
		compute func(in [][]int32) []int32
	}
	matmul := func(m, k, n int, ta, tb bool) run {
		op := Operator{Op: OpMatMul, M: m, K: k, N: n, TransA: ta, TransB: tb}
		return run{op, [][]int32{randomTensor(rng, m*k, One), randomTensor(rng, k*n, One/4)}, func(in [][]int32) []int32 {
			c := make([]int32, m*n)
			require.NoError(t, fixed.MatMul(c, in[0], in[1], m, k, n, ta, tb))
			return c
		}}
	}
	hidden := []int{32, 32}
	runs := []run{
		matmul(32, 32, 10, false, false), // logits = h·W2
		matmul(32, 32, 10, true, false),  // dW2 = hᵀ·dz
		matmul(32, 64, 32, false, false), // a 64-wide slice of x·W1
		{Operator{Op: OpReLU, Shape: hidden}, [][]int32{randomTensor(rng, 1024, One)}, func(in [][]int32) []int32 {
			y := make([]int32, 1024)
			fixed.ReLU(y, in[0])
			return y
		}},
		{Operator{Op: OpReLUGrad, Shape: hidden}, [][]int32{randomTensor(rng, 1024, One), randomTensor(rng, 1024, One)}, func(in [][]int32) []int32 {
			dx := make([]int32, 1024)
			fixed.ReLUGrad(dx, in[0], in[1])
			return dx
		}},
	}
	for _, r := range runs {
		ruling, err := ProveOperator(r.op, r.inputs, r.compute(r.inputs))
		require.NoError(t, err, r.op.key())
		require.NoError(t, ruling.VerifyGo())
		_, err = ruling.VerifyOnChain(chain)
		require.NoError(t, err)
		rep := ruling.Report
		t.Logf("| %s | %d | %.2f s | %.2f s | %d | %d | %d |", rep.Circuit, rep.Constraints,
			rep.SetupTime.Seconds(), rep.ProveTime.Seconds(), rep.ProofBytes, rep.DeployGas, rep.VerifyGas)
		assert.LessOrEqual(t, rep.VerifyGas, uint64(400_000), rep.Circuit)
	}
}

// TestChunkConstraints counts the constraints of a full chunk's circuit for
// every chunked operator at tiny-fixed's shapes, which docs/zk-ruling.md
// reports; a chunk of 512 values must stay well under 100,000 constraints,
// the size that proves in seconds here:
//
//	go test -run TestChunkConstraints -v ./zkruling/
func TestChunkConstraints(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles eight circuits of ~60,000 constraints")
	}
	for _, op := range []Operator{
		{Op: OpMomentum, Shape: []int{784, 32}, Scalar: fixed.Momentum(0.8)},
		{Op: OpSGD, Shape: []int{784, 32}, Scalar: fixed.LearningRate(0.02)},
		{Op: OpReLU, Shape: []int{32, 32}},
		{Op: OpReLUGrad, Shape: []int{32, 32}},
		{Op: OpAddBias, M: 32, N: 32},
		{Op: OpAddBias, M: 64, N: 10}, // chunk 0 of 640 values; chunk 1 starts at column 2
		{Op: OpSquaredErrorGrad, Shape: []int{32, 10}},
		{Op: OpSquaredErrorGrad, Shape: []int{64, 10}},
	} {
		n, err := ChunkConstraints(op, 0)
		require.NoError(t, err)
		assert.Less(t, n, 100_000, op.key())
		t.Logf("%s, a chunk of 512: %d constraints", op.key(), n)
	}
}

// TestMeasureWhole measures the rulings a contract can tie to the game's
// leaves, at the tiny task's shapes (batch 32, 784 → 32 → 10): it proves
// the second layer's products and both bias gradients whole over chunk
// digests (ProveWhole) and one chunk of every elementwise operator
// (ProveChunk), verifies each on the simulated chain alone and, for the
// whole ones, through RulingVerifierZK.verifyWholeRuling; then it counts,
// without a setup, the constraints of tiny's first-layer products and of
// fashion-mlp's operators (784 → 128 → 10, batch 64). The README's table is
// one run of
//
//	go test -run TestMeasureWhole -v -timeout 60m ./zkruling/
func TestMeasureWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("proves eleven circuits of up to ~10^5 constraints and compiles several of 10^6")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	adapter, adapterABI := deployAdapter(t, chain)
	rng := rand.New(rand.NewPCG(11, 12))
	t.Log("| ruling | constraints | public inputs | setup | prove | verifier gas | adapter gas |")

	for _, w := range []struct {
		c     wholeCase
		names []string
	}{
		{newMatMulWhole(t, rng, 32, 32, 10, false, false), []string{"h", "w1", "logits"}},
		{newMatMulWhole(t, rng, 32, 32, 10, true, false), []string{"h", "dz", "dw1"}},
		{newMatMulWhole(t, rng, 32, 10, 32, false, true), []string{"dz", "w1", "dh"}},
		{newBiasGradWhole(t, rng, 32, 10), []string{"dz", "db1"}},
		{newBiasGradWhole(t, rng, 32, 32), []string{"dz0", "db0"}},
	} {
		r, err := ProveWhole(w.c.op, w.c.inputs, w.c.out)
		require.NoError(t, err, w.c.op.key())
		require.NoError(t, r.VerifyGo())
		gas := mustVerify(t, r, chain)
		v, err := chain.verifier(r.circuit)
		require.NoError(t, err)
		receipt := ruleWhole(t, chain, adapter, adapterABI, v.addr, wholeClaims(t, w.c, w.names...), r.SolidityProof())
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status, w.c.op.key())
		rep := r.Report
		t.Logf("| %s | %d | %d | %.1f s | %.1f s | %d | %d |", rep.Circuit, rep.Constraints, rep.PublicInputs,
			rep.SetupTime.Seconds(), rep.ProveTime.Seconds(), gas, receipt.GasUsed)
		assert.LessOrEqual(t, gas, uint64(400_000), rep.Circuit)
	}

	for _, c := range []chunkCase{
		newChunkCase(rng, OpMomentum, []int{784, 32}),
		newChunkCase(rng, OpSGD, []int{784, 32}),
		newChunkCase(rng, OpReLU, []int{32, 32}),
		newChunkCase(rng, OpReLUGrad, []int{32, 32}),
		newChunkCase(rng, OpAddBias, []int{32, 32}),
		newChunkCase(rng, OpSquaredErrorGrad, []int{32, 10}),
	} {
		r, err := ProveChunk(c.op, 0, c.inputs, c.out)
		require.NoError(t, err, c.op.key())
		require.NoError(t, r.VerifyGo())
		gas := mustVerify(t, r, chain)
		rep := r.Report
		t.Logf("| %s | %d | %d | %.1f s | %.1f s | %d | |", rep.Circuit, rep.Constraints, rep.PublicInputs,
			rep.SetupTime.Seconds(), rep.ProveTime.Seconds(), gas)
		assert.LessOrEqual(t, gas, uint64(400_000), rep.Circuit)
	}

	// Counted only: their setups would take hours on a small machine.
	count := func(op Operator, chunked bool) {
		var n int
		var err error
		if chunked {
			n, err = ChunkConstraints(op, 0)
		} else {
			n, err = WholeConstraints(op)
		}
		require.NoError(t, err, op.key())
		publics := 3
		if !chunked {
			counts, err := ChunkCounts(op)
			require.NoError(t, err)
			publics = 0
			for _, c := range counts {
				publics += c
			}
		} else if op.Op == OpReLU {
			publics = 2
		}
		t.Logf("| %s | %d | %d | counted |", op.key(), n, publics)
		assert.Positive(t, n)
	}
	for _, op := range []Operator{
		{Op: OpMomentum, Shape: []int{784, 128}, Scalar: fixed.Momentum(0.9)},
		{Op: OpReLU, Shape: []int{64, 128}},
		{Op: OpReLUGrad, Shape: []int{64, 128}},
		{Op: OpAddBias, M: 64, N: 128},
		{Op: OpSquaredErrorGrad, Shape: []int{64, 10}},
	} {
		count(op, true)
	}
	for _, op := range []Operator{
		{Op: OpBiasGrad, M: 64, N: 10},
		{Op: OpBiasGrad, M: 64, N: 128},
		{Op: OpMatMul, M: 64, K: 128, N: 10},               // fashion logits = h·W2
		{Op: OpMatMul, M: 128, K: 64, N: 10, TransA: true}, // fashion dW2 = hᵀ·dz
		{Op: OpMatMul, M: 64, K: 10, N: 128, TransB: true}, // fashion dh = dz·W2ᵀ
		{Op: OpMatMul, M: 32, K: 784, N: 32},               // tiny x·W1
		{Op: OpMatMul, M: 784, K: 32, N: 32, TransA: true}, // tiny dW1 = xᵀ·dz
		// fashion's x·W1 (64×784×128, ~6M constraints) is left out: its
		// compilation alone outgrows a 23 GB machine after the keys above.
	} {
		count(op, false)
	}
}
