package zkruling

import (
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		t.Skip("compiles five circuits of ~60,000 constraints")
	}
	for _, op := range []Operator{
		{Op: OpMomentum, Shape: []int{784, 32}, Scalar: fixed.Momentum(0.8)},
		{Op: OpSGD, Shape: []int{784, 32}, Scalar: fixed.LearningRate(0.02)},
		{Op: OpReLU, Shape: []int{32, 32}},
		{Op: OpReLUGrad, Shape: []int{32, 32}},
		{Op: OpAddBias, M: 32, N: 32},
	} {
		n, err := ChunkConstraints(op, 0)
		require.NoError(t, err)
		assert.Less(t, n, 100_000, op.key())
		t.Logf("%s, a chunk of 512: %d constraints", op.key(), n)
	}
}
