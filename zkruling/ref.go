package zkruling

// The operators the circuits prove are prooflearn/fixed's, the fixed-point
// mode's ground truth; this file holds only what a proof needs beyond them:
// the exact accumulators of a matrix product, the witness of Freivalds'
// check.

import "github.com/prooflearn/prooflearn/prooflearn/fixed"

// The fixed-point format (see prooflearn/fixed): raw int32 values x standing
// for x / 2^Frac, every operator output in [-2^Bound, 2^Bound).
const (
	Frac  = fixed.Frac
	One   = fixed.One
	Bound = fixed.Bound
)

func inRange(v int64) bool { return fixed.InRange(v) }

// matMulAcc returns the exact int64 accumulators of op(a)·op(b), the
// witness the MatMul circuit checks with Freivalds' test.
func matMulAcc(a, b []int32, m, k, n int, transA, transB bool) []int64 {
	acc := make([]int64, m*n)
	for i := range m {
		for p := range k {
			av := int64(a[index(i, p, m, k, transA)])
			for j := range n {
				acc[i*n+j] += av * int64(b[index(p, j, k, n, transB)])
			}
		}
	}
	return acc
}

// index is the position of element (i, j) of op(x), an r×c matrix, in x's
// row-major storage.
func index(i, j, r, c int, trans bool) int {
	if trans {
		return j*r + i
	}
	return i*c + j
}
