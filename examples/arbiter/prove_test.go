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
		op, in, err := zkOperator(call(train.OpFixedMatMul, []int{2, 2}, []int{1, 0}, 0, h, dz))
		require.NoError(t, err)
		assert.Equal(t, zkruling.Operator{Op: zkruling.OpMatMul, M: 2, K: 3, N: 2, TransA: true}, op)
		_, err = zkruling.ProveOperator(op, in, out)
		assert.NoError(t, err)
	})
	t.Run("relugrad", func(t *testing.T) {
		x := tensor([]int{4}, -3, 0, 5, 7)
		dy := tensor([]int{4}, 11, 12, -13, 14)
		out := make([]int32, 4)
		fixed.ReLUGrad(out, dy.I32, x.I32)
		op, in, err := zkOperator(call(train.OpFixedReLUGrad, []int{4}, nil, 0, x, dy))
		require.NoError(t, err)
		_, err = zkruling.ProveOperator(op, in, out)
		assert.NoError(t, err, "the node reads (x, dy), the circuit (dy, x)")
	})
	t.Run("sgd", func(t *testing.T) {
		lr := fixed.LearningRate(0.02)
		w := tensor([]int{3}, fixed.One, -fixed.One, 12345)
		v := tensor([]int{3}, 3*fixed.One, 77, -fixed.One/3)
		out := append([]int32{}, w.I32...)
		require.NoError(t, fixed.SGDStep(out, v.I32, lr))
		op, in, err := zkOperator(call(train.OpFixedSGD, []int{3}, nil, float64(lr), w, v))
		require.NoError(t, err)
		assert.Equal(t, lr, op.Scalar)
		_, err = zkruling.ProveOperator(op, in, out)
		assert.NoError(t, err)
	})
	t.Run("no circuit", func(t *testing.T) {
		_, _, err := zkOperator(call(train.OpFixedSqErrGrad, []int{1, 2}, nil, 0, tensor([]int{1, 2}, 1, 2), tensor([]int{1, 2}, 0, fixed.One)))
		assert.ErrorIs(t, err, zkruling.ErrUnsupported)
		assert.ErrorIs(t, err, errNotProven)
	})
}
