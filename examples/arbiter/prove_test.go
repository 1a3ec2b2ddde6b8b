package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
)

func call(op string, shape []int, attr []int, scalar float64, inputs ...prooflearn.Tensor) *arbitration.OperatorCall {
	c := &arbitration.OperatorCall{Op: op, Name: "n", Shape: shape, Attr: attr, Scalar: scalar}
	for i, t := range inputs {
		c.Inputs = append(c.Inputs, arbitration.InputOpening{Node: uint32(i), Tensor: t})
	}
	return c
}

// args are call's inputs in zkruling's argument order.
func args(c *arbitration.OperatorCall, order []int) [][]int32 {
	out := make([][]int32, len(order))
	for k, i := range order {
		out[k] = c.Inputs[i].Tensor.I32
	}
	return out
}

func tensor(shape []int, vs ...int32) prooflearn.Tensor {
	return prooflearn.Tensor{Name: "t", DType: prooflearn.Int32, Shape: shape, I32: vs}
}

// The graph's nodes map onto the circuits with their arguments in the
// circuits' order: proving each with the fixed-point operator's own output
// succeeds only if shapes, transposes and argument order agree.
func TestZKOperatorMapsTheGraph(t *testing.T) {
	t.Run("matmul transA", func(t *testing.T) {
		// hᵀ·dz with h 3×2 (k×m) and dz 3×2 (k×n): a 2×2 output, inner 3.
		h := tensor([]int{3, 2}, fixed.One, -2*fixed.One, 3, 4, 5*fixed.One, 6)
		dz := tensor([]int{3, 2}, 7, fixed.One/2, -9, 10, 11, -fixed.One)
		out := make([]int32, 4)
		require.NoError(t, fixed.MatMul(out, h.I32, dz.I32, 2, 3, 2, true, false))
		c := call(train.OpFixedMatMul, []int{2, 2}, []int{1, 0}, 0, h, dz)
		op, order, err := zkOperator(c)
		require.NoError(t, err)
		assert.Equal(t, zkruling.Operator{Op: zkruling.OpMatMul, M: 2, K: 3, N: 2, TransA: true}, op)
		_, err = zkruling.ProveOperator(op, args(c, order), out)
		assert.NoError(t, err)
	})
	t.Run("relugrad", func(t *testing.T) {
		x := tensor([]int{4}, -3, 0, 5, 7)
		dy := tensor([]int{4}, 11, 12, -13, 14)
		out := make([]int32, 4)
		fixed.ReLUGrad(out, dy.I32, x.I32)
		c := call(train.OpFixedReLUGrad, []int{4}, nil, 0, x, dy)
		op, order, err := zkOperator(c)
		require.NoError(t, err)
		_, err = zkruling.ProveOperator(op, args(c, order), out)
		assert.NoError(t, err, "the node reads (x, dy), the circuit (dy, x)")
	})
	t.Run("sgd", func(t *testing.T) {
		lr := fixed.LearningRate(0.02)
		w := tensor([]int{3}, fixed.One, -fixed.One, 12345)
		v := tensor([]int{3}, 3*fixed.One, 77, -fixed.One/3)
		out := append([]int32{}, w.I32...)
		require.NoError(t, fixed.SGDStep(out, v.I32, lr))
		c := call(train.OpFixedSGD, []int{3}, nil, float64(lr), w, v)
		op, order, err := zkOperator(c)
		require.NoError(t, err)
		assert.Equal(t, lr, op.Scalar)
		_, err = zkruling.ProveOperator(op, args(c, order), out)
		assert.NoError(t, err)
	})
	t.Run("sqerrgrad", func(t *testing.T) {
		z := tensor([]int{2, 3}, -5, 7, fixed.One, 0, 3, -fixed.One)
		y := tensor([]int{2, 3}, 0, fixed.One, 0, fixed.One, 0, 0)
		out := make([]int32, 6)
		require.NoError(t, fixed.SquaredErrorGrad(out, z.I32, []int{1, 0}, 2, 3))
		c := call(train.OpFixedSqErrGrad, []int{2, 3}, nil, 0, z, y)
		op, order, err := zkOperator(c)
		require.NoError(t, err)
		assert.Contains(t, zkruling.ChunkedOps, op.Op)
		_, err = zkruling.ProveChunk(op, 0, args(c, order), out)
		assert.NoError(t, err)
	})
	t.Run("no circuit", func(t *testing.T) {
		_, _, err := zkOperator(call(train.OpFixedSqErrGrad, []int{6}, nil, 0, tensor([]int{6}, 1, 2, 3, 4, 5, 6), tensor([]int{6}, 0, fixed.One, 0, 0, 0, 0)))
		assert.ErrorIs(t, err, zkruling.ErrUnsupported, "a gradient that is not batch × classes")
		assert.ErrorIs(t, err, errNotProven)
		_, _, err = zkOperator(call("matmul", []int{1, 1}, nil, 0, tensor([]int{1, 1}, 1), tensor([]int{1, 1}, 1)))
		assert.ErrorIs(t, err, zkruling.ErrUnsupported, "a float operator")
	})
}

// newChunkCase is a momentum update over shape whose solver claims forged
// (a copy of the honest output with its own, consistently recomputed
// digests and leaf) and whose challenger claims the honest output.
func newChunkCase(t *testing.T, shape []int, forge func(out []int32)) *chunkCase {
	t.Helper()
	n := shape[0] * shape[1]
	v, g := tensor(shape, make([]int32, n)...), tensor(shape, make([]int32, n)...)
	for i := range n {
		v.I32[i] = int32(i*7919%(4*fixed.One)) - 2*fixed.One
		g.I32[i] = int32(i*104729%fixed.One) - fixed.One/2
	}
	mu := fixed.Momentum(0.8)
	honest := tensor(shape, append([]int32{}, v.I32...)...)
	require.NoError(t, fixed.MomentumStep(honest.I32, g.I32, mu))
	forged := tensor(shape, append([]int32{}, honest.I32...)...)
	forge(forged.I32)
	c := &chunkCase{Op: zkruling.Operator{Op: zkruling.OpMomentum, Shape: shape, Scalar: mu}, Honest: honest.I32,
		Outputs: map[arbitration.Party]*arbitration.ChunkClaim{}}
	for i, in := range []prooflearn.Tensor{v, g} {
		cl, err := arbitration.NewChunkClaim([]string{"momentum.w1", "d.layer0.w"}[i], &in)
		require.NoError(t, err)
		c.Inputs, c.InputValues = append(c.Inputs, cl), append(c.InputValues, in.I32)
	}
	for p, out := range map[arbitration.Party]prooflearn.Tensor{arbitration.PartySolver: forged, arbitration.PartyChallenger: honest} {
		cl, err := arbitration.NewChunkClaim("momentum.w1", &out)
		require.NoError(t, err)
		assert.Equal(t, arbitration.TensorLeaf("momentum.w1", &out), cl.Leaf)
		c.Outputs[p] = cl
	}
	return c
}

// A forgery in the last chunk of a 2×260 update (chunks of 512 and 8
// values) is ruled by a proof of that chunk, for the honest side, with
// public inputs that are the checked lists' entries.
func TestProveChunkRuling(t *testing.T) {
	c := newChunkCase(t, []int{2, 260}, func(out []int32) { out[515] += 3 })
	r, rep, err := proveChunkRuling(c)
	require.NoError(t, err)
	assert.Equal(t, 1, rep.Index)
	assert.Equal(t, 2, rep.Chunks)
	assert.Equal(t, 8, rep.Length)
	assert.Equal(t, arbitration.PartyChallenger, rep.ProvenFor)
	require.NoError(t, r.VerifyGo())
	assert.Equal(t, c.Outputs[arbitration.PartyChallenger].Digests[1], prooflearn.Hash(r.Digests[2].Bytes()))
	assert.NotEqual(t, c.Outputs[arbitration.PartySolver].Digests[1], prooflearn.Hash(r.Digests[2].Bytes()))
}

// Digest lists that do not hash to the leaf they are presented for are
// refused before anything is proven: an input list with one entry from
// another tensor, an output list under the other side's leaf.
func TestChunkRulingRefusesUncommittedDigests(t *testing.T) {
	c := newChunkCase(t, []int{2, 260}, func(out []int32) { out[515] += 3 })
	other, err := arbitration.NewChunkClaim("momentum.w1", &prooflearn.Tensor{Name: "x", DType: prooflearn.Int32, Shape: []int{2, 260}, I32: c.Honest})
	require.NoError(t, err)
	c.Inputs[0].Digests[1] = other.Digests[1]
	_, _, err = proveChunkRuling(c)
	require.ErrorIs(t, err, arbitration.ErrChunkLeaf)
	assert.ErrorIs(t, err, errNotProven)

	c = newChunkCase(t, []int{2, 260}, func(out []int32) { out[515] += 3 })
	c.Outputs[arbitration.PartySolver].Leaf = c.Outputs[arbitration.PartyChallenger].Leaf
	_, _, err = proveChunkRuling(c)
	assert.ErrorIs(t, err, arbitration.ErrChunkLeaf)
}

// A consistent forger (every digest and leaf recomputed) whose intended lie
// is in the short last chunk, where a proof is cheapest, but whose output
// also differs in chunk 0, gets chunk 0 proven against it: the ruling takes
// the first differing chunk, not the one a side points at. Chunk 0 holds
// 512 values, so this sets up the full chunk circuit (~1 minute).
func TestChunkRulingTakesTheFirstDifference(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a 512-value momentum chunk circuit (~1 minute on two cores)")
	}
	c := newChunkCase(t, []int{2, 260}, func(out []int32) {
		out[515] += 3 // the lie
		out[100]--    // and where the forgery first differs
	})
	r, rep, err := proveChunkRuling(c)
	require.NoError(t, err)
	assert.Equal(t, 0, rep.Index)
	assert.Equal(t, 512, rep.Length)
	assert.Equal(t, arbitration.PartyChallenger, rep.ProvenFor)
	require.NoError(t, r.VerifyGo())
	t.Logf("%s: %d constraints, setup %v, prove %v", r.Report.Circuit, r.Report.Constraints, r.Report.SetupTime, r.Report.ProveTime)
}

// An add-bias whose bias width does not divide 512 (10 wide over 64 rows:
// 640 values in chunks of 512, chunk 1 starting at column 2) is proven by
// chunk on the committed leaves like any other: the forged value 600 is in
// chunk 1, proven for the honest side.
func TestChunkRulingProvesUnalignedAddBias(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a 128-value add-bias chunk circuit")
	}
	x, bias := tensor([]int{64, 10}, make([]int32, 640)...), tensor([]int{10}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	for i := range x.I32 {
		x.I32[i] = int32(i*37%200) - 100
	}
	out := tensor([]int{64, 10}, make([]int32, 640)...)
	require.NoError(t, fixed.AddBias(out.I32, x.I32, bias.I32, 64, 10))
	forged := tensor([]int{64, 10}, append([]int32{}, out.I32...)...)
	forged.I32[600]++
	c := &chunkCase{Op: zkruling.Operator{Op: zkruling.OpAddBias, M: 64, N: 10}, Honest: out.I32,
		InputValues: [][]int32{x.I32, bias.I32}, Outputs: map[arbitration.Party]*arbitration.ChunkClaim{}}
	for i, in := range []prooflearn.Tensor{x, bias} {
		cl, err := arbitration.NewChunkClaim([]string{"layer1.xw", "b1"}[i], &in)
		require.NoError(t, err)
		c.Inputs = append(c.Inputs, cl)
	}
	for p, o := range map[arbitration.Party]prooflearn.Tensor{arbitration.PartySolver: forged, arbitration.PartyChallenger: out} {
		cl, err := arbitration.NewChunkClaim("layer1.z", &o)
		require.NoError(t, err)
		c.Outputs[p] = cl
	}
	r, rep, err := proveChunkRuling(c)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	assert.Equal(t, 1, rep.Index)
	assert.Equal(t, 128, rep.Length)
	assert.Equal(t, arbitration.PartyChallenger, rep.ProvenFor)
}

// newWholeCase is a product h·W (4×8 by 8×3, one chunk each) whose solver
// claims a forged output under its own consistent leaf and whose challenger
// claims the honest one.
func newWholeCase(t *testing.T) *chunkCase {
	t.Helper()
	h, w := tensor([]int{4, 8}, make([]int32, 32)...), tensor([]int{8, 3}, make([]int32, 24)...)
	for i := range h.I32 {
		h.I32[i] = int32(i*7919%(4*fixed.One)) - 2*fixed.One
	}
	for i := range w.I32 {
		w.I32[i] = int32(i*104729%fixed.One) - fixed.One/2
	}
	honest := tensor([]int{4, 3}, make([]int32, 12)...)
	require.NoError(t, fixed.MatMul(honest.I32, h.I32, w.I32, 4, 8, 3, false, false))
	forged := tensor([]int{4, 3}, append([]int32{}, honest.I32...)...)
	forged.I32[5]++
	c := &chunkCase{Op: zkruling.Operator{Op: zkruling.OpMatMul, M: 4, K: 8, N: 3}, Honest: honest.I32,
		Outputs: map[arbitration.Party]*arbitration.ChunkClaim{}}
	for i, in := range []prooflearn.Tensor{h, w} {
		cl, err := arbitration.NewChunkClaim([]string{"layer1.h", "w1"}[i], &in)
		require.NoError(t, err)
		c.Inputs, c.InputValues = append(c.Inputs, cl), append(c.InputValues, in.I32)
	}
	for p, out := range map[arbitration.Party]prooflearn.Tensor{arbitration.PartySolver: forged, arbitration.PartyChallenger: honest} {
		cl, err := arbitration.NewChunkClaim("layer1.logits", &out)
		require.NoError(t, err)
		c.Outputs[p] = cl
	}
	return c
}

// A product is proven whole with the agreed input lists and the honest
// side's output list as its public inputs, for the honest side.
func TestProveWholeRuling(t *testing.T) {
	c := newWholeCase(t)
	r, rep, err := proveWholeRuling(c)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	assert.Equal(t, arbitration.PartyChallenger, rep.ProvenFor)
	assert.Equal(t, 3, rep.PublicInputs)
	for k, want := range []prooflearn.Hash{c.Inputs[0].Digests[0], c.Inputs[1].Digests[0], c.Outputs[arbitration.PartyChallenger].Digests[0]} {
		assert.Equal(t, want, prooflearn.Hash(r.Digests[k].Bytes()), "public input %d", k)
	}
}

// As for chunks, lists that do not hash to the leaf they are presented for
// are refused before anything is proven: an input's list taken from another
// tensor, an output's list under the other side's leaf.
func TestWholeRulingRefusesUncommittedDigests(t *testing.T) {
	c := newWholeCase(t)
	c.Inputs[0].Digests = c.Inputs[1].Digests
	_, _, err := proveWholeRuling(c)
	require.ErrorIs(t, err, arbitration.ErrChunkLeaf)
	assert.ErrorIs(t, err, errNotProven)

	c = newWholeCase(t)
	c.Outputs[arbitration.PartySolver].Leaf = c.Outputs[arbitration.PartyChallenger].Leaf
	_, _, err = proveWholeRuling(c)
	assert.ErrorIs(t, err, arbitration.ErrChunkLeaf)
}
