package zkruling

// This file is the fixed-point specification's reference for the operators
// the circuits prove, with the signatures of package prooflearn/fixed. It
// exists so that witness generation can run before that package lands; at
// merge these definitions are replaced by calls into prooflearn/fixed, and
// the circuits' tests keep pinning both to the same answers.

import "fmt"

// Fixed-point format of the specification: every tensor element is an int32
// raw value x standing for x / 2^Frac, and every operator output lies in
// [-2^Bound, 2^Bound).
const (
	Frac  = 16
	One   = 1 << Frac
	Bound = 24
)

// OverflowError reports an operator output outside [-2^Bound, 2^Bound).
type OverflowError struct {
	Op    string
	Index int
	Value int64
}

func (e *OverflowError) Error() string {
	return fmt.Sprintf("fixed: %s output %d = %d is outside [-2^%d, 2^%d)", e.Op, e.Index, e.Value, Bound, Bound)
}

// Round divides acc by 2^s, rounding half toward +inf.
func Round(acc int64, s uint) int64 { return (acc + 1<<(s-1)) >> s }

func inRange(v int64) bool { return v >= -(1<<Bound) && v < 1<<Bound }

func checkRange(op string, i int, v int64) error {
	if !inRange(v) {
		return &OverflowError{Op: op, Index: i, Value: v}
	}
	return nil
}

// MatMul sets c (m×n) to Round(op(a)·op(b), Frac), accumulating exactly in
// int64; op transposes when the flag is set (a is stored k×m when transA, b is
// stored n×k when transB), as in prooflearn/kernels.MatMul.
func MatMul(c, a, b []int32, m, k, n int, transA, transB bool) error {
	acc := matMulAcc(a, b, m, k, n, transA, transB)
	for i, v := range acc {
		r := Round(v, Frac)
		if err := checkRange("matmul", i, r); err != nil {
			return err
		}
		c[i] = int32(r)
	}
	return nil
}

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

// ReLU sets y = max(x, 0).
func ReLU(y, x []int32) {
	for i, v := range x {
		y[i] = max(v, 0)
	}
}

// ReLUGrad sets dx = dy where x > 0, else 0.
func ReLUGrad(dx, dy, x []int32) {
	for i := range dx {
		if x[i] > 0 {
			dx[i] = dy[i]
		} else {
			dx[i] = 0
		}
	}
}

// AddBias sets y[i,j] = x[i,j] + bias[j] over an m×n x, range-checked.
func AddBias(y, x, bias []int32, m, n int) error {
	for i := range m {
		for j := range n {
			v := int64(x[i*n+j]) + int64(bias[j])
			if err := checkRange("add-bias", i*n+j, v); err != nil {
				return err
			}
			y[i*n+j] = int32(v)
		}
	}
	return nil
}

// BiasGrad sets db[j] = Σ_i dy[i,j] over an m×n dy, exactly, range-checked.
func BiasGrad(db, dy []int32, m, n int) error {
	for j := range n {
		var s int64
		for i := range m {
			s += int64(dy[i*n+j])
		}
		if err := checkRange("bias-grad", j, s); err != nil {
			return err
		}
		db[j] = int32(s)
	}
	return nil
}
