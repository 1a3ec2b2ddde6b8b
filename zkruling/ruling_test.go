package zkruling

import (
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomTensor draws n values in [-lim, lim].
func randomTensor(rng *rand.Rand, n int, lim int32) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = rng.Int32N(2*lim+1) - lim
	}
	return out
}

type matMulCase struct {
	op   Operator
	a, b []int32
	c    []int32
}

func newMatMulCase(t *testing.T, seed uint64, m, k, n int, ta, tb bool) matMulCase {
	rng := rand.New(rand.NewPCG(seed, 1))
	op := Operator{Op: OpMatMul, M: m, K: k, N: n, TransA: ta, TransB: tb}
	a := randomTensor(rng, m*k, 3*One)
	b := randomTensor(rng, k*n, One)
	c := make([]int32, m*n)
	require.NoError(t, fixed.MatMul(c, a, b, m, k, n, ta, tb))
	return matMulCase{op, a, b, c}
}

func TestMatMulRuling(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ta, tb bool
	}{{"plain", false, false}, {"transA", true, false}, {"transB", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			mc := newMatMulCase(t, 1, 4, 5, 3, tc.ta, tc.tb)
			r, err := ProveOperator(mc.op, [][]int32{mc.a, mc.b}, mc.c)
			require.NoError(t, err)
			require.NoError(t, r.VerifyGo())
			t.Logf("%s: %d constraints, prove %v, proof %d bytes", r.Report.Circuit, r.Report.Constraints, r.Report.ProveTime, r.Report.ProofBytes)
			assert.Len(t, r.PublicInputs(), 3)
		})
	}
}

func TestMatMulRulingRejects(t *testing.T) {
	mc := newMatMulCase(t, 2, 4, 6, 3, false, false)
	rng := rand.New(rand.NewPCG(3, 3))

	t.Run("output off by one raw unit", func(t *testing.T) {
		c := append([]int32{}, mc.c...)
		c[rng.IntN(len(c))]++
		_, err := ProveOperator(mc.op, [][]int32{mc.a, mc.b}, c)
		assert.Error(t, err)
	})
	t.Run("truncated instead of rounded", func(t *testing.T) {
		acc := matMulAcc(mc.a, mc.b, 4, 6, 3, false, false)
		c := make([]int32, len(acc))
		differs := false
		for i, v := range acc {
			c[i] = int32(v >> Frac)
			differs = differs || c[i] != mc.c[i]
		}
		require.True(t, differs, "truncation must differ from rounding somewhere for the case to mean anything")
		_, err := ProveOperator(mc.op, [][]int32{mc.a, mc.b}, c)
		assert.Error(t, err)
	})
	t.Run("output out of range", func(t *testing.T) {
		// Large inputs whose exact product rounds outside [-2^24, 2^24): the
		// honest Round of the accumulator, which the spec refuses.
		a := make([]int32, 4*6)
		b := make([]int32, 6*3)
		for i := range a {
			a[i] = 1<<Bound - 1
		}
		for i := range b {
			b[i] = 1 << 20
		}
		acc := matMulAcc(a, b, 4, 6, 3, false, false)
		c := make([]int32, len(acc))
		for i, v := range acc {
			c[i] = int32(fixed.Round(v, Frac))
		}
		var ov *fixed.OverflowError
		require.ErrorAs(t, fixed.MatMul(make([]int32, 12), a, b, 4, 6, 3, false, false), &ov)
		_, err := ProveOperator(mc.op, [][]int32{a, b}, c)
		assert.Error(t, err)
	})
	t.Run("input out of range", func(t *testing.T) {
		a := append([]int32{}, mc.a...)
		a[0] = 1 << Bound
		_, err := ProveOperator(mc.op, [][]int32{a, mc.b}, mc.c)
		assert.Error(t, err)
	})
	t.Run("mismatched input digest", func(t *testing.T) {
		assignment, _, err := assign(mc.op, [][]int32{mc.a, mc.b}, mc.c)
		require.NoError(t, err)
		other := append([]int32{}, mc.a...)
		other[0]++
		digests := make([]fr.Element, 3)
		for i, x := range []struct {
			shape []int
			v     []int32
		}{{[]int{4, 6}, other}, {[]int{6, 3}, mc.b}, {[]int{4, 3}, mc.c}} {
			digests[i], err = Digest(x.shape, x.v)
			require.NoError(t, err)
		}
		setDigests(assignment, digests)
		_, err = prove(mc.op, assignment, digests)
		assert.Error(t, err)
	})
	t.Run("honest proof against another digest", func(t *testing.T) {
		r, err := ProveOperator(mc.op, [][]int32{mc.a, mc.b}, mc.c)
		require.NoError(t, err)
		require.NoError(t, r.VerifyGo())
		c := append([]int32{}, mc.c...)
		c[0]++
		r.Digests[2], err = Digest([]int{4, 3}, c)
		require.NoError(t, err)
		assert.Error(t, r.VerifyGo())
	})
}

func TestReLURulings(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	shape := []int{3, 5}
	x := randomTensor(rng, 15, 2*One)
	x[0], x[1], x[2] = 0, -(1 << Bound), 1<<Bound-1
	dy := randomTensor(rng, 15, One)
	y := make([]int32, 15)
	fixed.ReLU(y, x)
	dx := make([]int32, 15)
	fixed.ReLUGrad(dx, dy, x)

	relu := Operator{Op: OpReLU, Shape: shape}
	grad := Operator{Op: OpReLUGrad, Shape: shape}
	r, err := ProveOperator(relu, [][]int32{x}, y)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	g, err := ProveOperator(grad, [][]int32{dy, x}, dx)
	require.NoError(t, err)
	require.NoError(t, g.VerifyGo())

	t.Run("negative passed through", func(t *testing.T) {
		bad := append([]int32{}, y...)
		i := firstIndex(x, func(v int32) bool { return v < 0 })
		bad[i] = x[i]
		_, err := ProveOperator(relu, [][]int32{x}, bad)
		assert.Error(t, err)
	})
	t.Run("positive zeroed", func(t *testing.T) {
		bad := append([]int32{}, y...)
		bad[firstIndex(x, func(v int32) bool { return v > 0 })] = 0
		_, err := ProveOperator(relu, [][]int32{x}, bad)
		assert.Error(t, err)
	})
	t.Run("gradient through zero", func(t *testing.T) {
		bad := append([]int32{}, dx...)
		bad[0] = dy[0] // x[0] = 0: no gradient flows
		require.NotZero(t, dy[0])
		_, err := ProveOperator(grad, [][]int32{dy, x}, bad)
		assert.Error(t, err)
	})
	t.Run("input out of range", func(t *testing.T) {
		bx := append([]int32{}, x...)
		bx[3] = 1 << Bound
		by := make([]int32, 15)
		fixed.ReLU(by, bx)
		_, err := ProveOperator(relu, [][]int32{bx}, by)
		assert.Error(t, err)
	})
}

func firstIndex(x []int32, f func(int32) bool) int {
	for i, v := range x {
		if f(v) {
			return i
		}
	}
	panic("no such element")
}

func TestBiasRulings(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	m, n := 3, 4
	x := randomTensor(rng, m*n, 2*One)
	bias := randomTensor(rng, n, One)
	y := make([]int32, m*n)
	require.NoError(t, fixed.AddBias(y, x, bias, m, n))
	db := make([]int32, n)
	require.NoError(t, fixed.BiasGrad(db, x, m, n))

	add := Operator{Op: OpAddBias, M: m, N: n}
	grad := Operator{Op: OpBiasGrad, M: m, N: n}
	r, err := ProveOperator(add, [][]int32{x, bias}, y)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	g, err := ProveOperator(grad, [][]int32{x}, db)
	require.NoError(t, err)
	require.NoError(t, g.VerifyGo())

	t.Run("sum off by one", func(t *testing.T) {
		bad := append([]int32{}, y...)
		bad[rng.IntN(len(bad))]--
		_, err := ProveOperator(add, [][]int32{x, bias}, bad)
		assert.Error(t, err)
	})
	t.Run("bias of the wrong column", func(t *testing.T) {
		bad := append([]int32{}, y...)
		bad[1] = x[1] + bias[0]
		require.NotEqual(t, y[1], bad[1])
		_, err := ProveOperator(add, [][]int32{x, bias}, bad)
		assert.Error(t, err)
	})
	t.Run("gradient missing a row", func(t *testing.T) {
		bad := append([]int32{}, db...)
		bad[2] -= x[(m-1)*n+2]
		require.NotZero(t, x[(m-1)*n+2])
		_, err := ProveOperator(grad, [][]int32{x}, bad)
		assert.Error(t, err)
	})
	t.Run("overflowing gradient", func(t *testing.T) {
		big := make([]int32, m*n)
		for i := range big {
			big[i] = 1<<Bound - 1
		}
		var ov *fixed.OverflowError
		require.ErrorAs(t, fixed.BiasGrad(make([]int32, n), big, m, n), &ov)
		// The exact column sums, which the spec refuses to emit.
		sums := make([]int32, n)
		for j := range sums {
			sums[j] = int32(m * (1<<Bound - 1))
		}
		_, err := ProveOperator(grad, [][]int32{big}, sums)
		assert.Error(t, err)
	})
}
