package fixed

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRound(t *testing.T) {
	for _, c := range []struct {
		acc  int64
		s    uint
		want int64
	}{
		{3, 1, 2},   // 1.5 → 2: a tie goes up
		{-3, 1, -1}, // −1.5 → −1: a tie goes toward +∞, not away from zero
		{5, 1, 3},   // 2.5 → 3
		{-5, 1, -2}, // −2.5 → −2
		{1, 1, 1},   // 0.5 → 1
		{-1, 1, 0},  // −0.5 → 0
		{-2, 2, 0},  // −0.5 → 0
		{-3, 2, -1}, // −0.75 → −1
		{1 << 15, 16, 1},
		{1<<15 - 1, 16, 0},
		{-(1 << 15), 16, 0},
		{-(1<<15 + 1), 16, -1},
		{3 << 16, 16, 3},
		{-(3 << 16), 16, -3},
	} {
		assert.Equal(t, c.want, Round(c.acc, c.s), "Round(%d, %d)", c.acc, c.s)
	}
}

func TestRoundDiv(t *testing.T) {
	for _, c := range []struct{ x, d, want int64 }{
		{3, 2, 2},   // 1.5 → 2
		{-3, 2, -1}, // −1.5 → −1: half up
		{1, 2, 1},   // 0.5 → 1
		{-1, 2, 0},  // −0.5 → 0
		{7, 3, 2},   // 2.33 → 2
		{8, 3, 3},   // 2.67 → 3
		{-7, 3, -2}, // −2.33 → −2
		{-8, 3, -3}, // −2.67 → −3
		{-6, 4, -1}, // −1.5 → −1
		{10, 5, 2},
		{-10, 5, -2},
		{0, 7, 0},
		{5, 1, 5},
		{-5, 1, -5},
	} {
		assert.Equal(t, c.want, RoundDiv(c.x, c.d), "RoundDiv(%d, %d)", c.x, c.d)
	}
}

// q turns real values into raw ones (exact for the multiples of 2^-16 used here).
func q(xs ...float64) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = int32(x * One)
	}
	return out
}

func TestMatMul(t *testing.T) {
	// a = [[1, 2, 3], [-1, 0.5, -2]] (2×3), b = [[1, 0], [0, 1], [0.5, -0.25]] (3×2).
	a := q(1, 2, 3, -1, 0.5, -2)
	b := q(1, 0, 0, 1, 0.5, -0.25)
	want := q(2.5, 1.25, -2, 1)
	c := make([]int32, 4)
	require.NoError(t, MatMul(c, a, b, 2, 3, 2, false, false))
	assert.Equal(t, want, c)

	// The same product from transposed storage: aᵀ stored 3×2, bᵀ stored 2×3.
	at := q(1, -1, 2, 0.5, 3, -2)
	bt := q(1, 0, 0.5, 0, 1, -0.25)
	for _, tc := range []struct {
		a, b           []int32
		transA, transB bool
	}{{at, b, true, false}, {a, bt, false, true}, {at, bt, true, true}} {
		c := make([]int32, 4)
		require.NoError(t, MatMul(c, tc.a, tc.b, 2, 3, 2, tc.transA, tc.transB))
		assert.Equal(t, want, c, "transA %v transB %v", tc.transA, tc.transB)
	}
}

func TestMatMulRounding(t *testing.T) {
	// One raw unit times a half: 2^-16 · 0.5 = 2^-17, exactly half a raw unit:
	// rounds up to 1. Its negative rounds toward +∞, to 0.
	c := make([]int32, 1)
	require.NoError(t, MatMul(c, []int32{1}, []int32{One / 2}, 1, 1, 1, false, false))
	assert.Equal(t, int32(1), c[0])
	require.NoError(t, MatMul(c, []int32{-1}, []int32{One / 2}, 1, 1, 1, false, false))
	assert.Equal(t, int32(0), c[0])
	// 3 · 0.25 raw = 0.75 raw → 1; −0.75 → −1.
	require.NoError(t, MatMul(c, []int32{3}, []int32{One / 4}, 1, 1, 1, false, false))
	assert.Equal(t, int32(1), c[0])
	require.NoError(t, MatMul(c, []int32{-3}, []int32{One / 4}, 1, 1, 1, false, false))
	assert.Equal(t, int32(-1), c[0])
	// The sum is rounded once, not each product: 2 × (1 · 0.5 raw) = 1 raw
	// exactly, where rounding each product would give 2.
	require.NoError(t, MatMul(c, []int32{1, 1}, []int32{One / 2, One / 2}, 1, 2, 1, false, false))
	assert.Equal(t, int32(1), c[0])
}

func TestMatMulOverflow(t *testing.T) {
	// 16 · 16 = 256 = 2^24 raw·2^-16: the first value out of range.
	c := make([]int32, 2)
	err := MatMul(c, q(1, 16), q(16), 2, 1, 1, false, false)
	var oe *OverflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpMatMul, Index: 1, Value: 256 * One}, *oe)
	assert.Contains(t, err.Error(), "matmul")
	// −256 is in range: the interval is closed below.
	require.NoError(t, MatMul(c, q(1, -16), q(16), 2, 1, 1, false, false))
	assert.Equal(t, q(16, -256), c)
}

func TestAddBias(t *testing.T) {
	x := q(1, -2, 0.5, 3)
	y := make([]int32, 4)
	require.NoError(t, AddBias(y, x, q(0.25, -1), 2, 2))
	assert.Equal(t, q(1.25, -3, 0.75, 2), y)
	// In place.
	require.NoError(t, AddBias(x, x, q(0.25, -1), 2, 2))
	assert.Equal(t, y, x)

	err := AddBias(y, []int32{Max, 0, 0, Min}, []int32{1, -1}, 2, 2)
	var oe *OverflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpAddBias, Index: 0, Value: Max + 1}, *oe)
	err = AddBias(y, []int32{Max, 0, 0, Min}, []int32{0, -1}, 2, 2)
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpAddBias, Index: 3, Value: Min - 1}, *oe)
}

func TestBiasGrad(t *testing.T) {
	db := make([]int32, 3)
	require.NoError(t, BiasGrad(db, []int32{1, -2, 3, 4, 5, -6}, 2, 3))
	assert.Equal(t, []int32{5, 3, -3}, db)
	// The sum of in-range values may leave the range.
	err := BiasGrad(db[:1], []int32{Max, 1}, 2, 1)
	var oe *OverflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpBiasGrad, Index: 0, Value: Max + 1}, *oe)
}

func TestReLU(t *testing.T) {
	x := []int32{-5, 0, 7, Min, Max}
	y := make([]int32, len(x))
	ReLU(y, x)
	assert.Equal(t, []int32{0, 0, 7, 0, Max}, y)
	dx := make([]int32, len(x))
	ReLUGrad(dx, []int32{1, 2, 3, 4, 5}, x)
	assert.Equal(t, []int32{0, 0, 3, 0, 5}, dx, "zero input gets no gradient")
}

func TestSquaredErrorGrad(t *testing.T) {
	// Two rows, three classes, labels 2 and 0; m = 2.
	z := q(0.5, -1, 0.5, 1, 0, 3)
	dz := make([]int32, 6)
	require.NoError(t, SquaredErrorGrad(dz, z, []int{2, 0}, 2, 3))
	// (z − t)/2: (0.25, −0.5, −0.25), (0, 0, 1.5).
	assert.Equal(t, q(0.25, -0.5, -0.25, 0, 0, 1.5), dz)
	// Ties: 3/2 → 2 and −3/2 → −1 (half up); −1/2 → 0 and 1/2 → 1.
	require.NoError(t, SquaredErrorGrad(dz[:4], []int32{3, -3, -1, One + 1}, []int{0, 1}, 2, 2))
	assert.Equal(t, []int32{-32766, -1, 0, 1}, dz[:4])
	// (3 − 65536)/2 = −32766.5 rounds up to −32766.
	// Division by a batch of 3: 1/3 → 0, 2/3 → 1, −2/3 → −1, and
	// −65536/3 = −21845.33 → −21845.
	require.NoError(t, SquaredErrorGrad(dz, []int32{0, 1, 0, 2, 0, -2}, []int{0, 0, 0}, 3, 2))
	assert.Equal(t, []int32{-21845, 0, -21845, 1, -21845, -1}, dz)

	// z − t can leave the range where z alone does not: z = −2^24, label here.
	err := SquaredErrorGrad(dz[:2], []int32{Min, 0}, []int{0}, 1, 2)
	var oe *OverflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpSquaredErrorGrad, Index: 0, Value: Min - One}, *oe)

	assert.InDelta(t, 0.5*(0.25+1+0.25+0+0+9)/2, SquaredError(q(0.5, -1, 0.5, 1, 0, 3), []int{2, 0}, 2, 3), 1e-12)
}

func TestUpdate(t *testing.T) {
	lr, mu := LearningRate(0.5), Momentum(0.75)
	require.Equal(t, int64(One/2), lr)
	require.Equal(t, int64(3*One/4), mu)
	// Plain SGD: w − Round(0.5·g): g = 3 raw → 1.5 → 2; g = −3 → −1.5 → −1.
	w := []int32{10, 10, One}
	require.NoError(t, Update(w, nil, []int32{3, -3, One}, lr, mu))
	assert.Equal(t, []int32{8, 11, One / 2}, w)

	// Momentum: v' = Round(0.75·v) + g, w' = w − Round(0.5·v').
	w = []int32{100, 100, 100}
	v := []int32{2, -2, 4}
	require.NoError(t, Update(w, v, []int32{1, 1, 0}, lr, mu))
	// 0.75·2 = 1.5 → 2, +1 = 3; 0.75·−2 = −1.5 → −1, +1 = 0; 0.75·4 = 3.
	assert.Equal(t, []int32{3, 0, 3}, v)
	// 0.5·3 = 1.5 → 2; 0; 1.5 → 2.
	assert.Equal(t, []int32{98, 100, 98}, w)

	// A zero gradient with zero momentum does not move a weight.
	w, v = []int32{-7}, []int32{0}
	require.NoError(t, Update(w, v, []int32{0}, lr, mu))
	assert.Equal(t, []int32{-7}, w)
	assert.Equal(t, []int32{0}, v)
}

func TestUpdateOverflow(t *testing.T) {
	var oe *OverflowError
	err := Update([]int32{0}, []int32{Max}, []int32{1}, One/2, One-1)
	// Round((2^16−1)·(2^24−1), 16) = 2^24 − 257: plus a gradient of 1 is in
	// range, plus 2^9 is not.
	require.NoError(t, err)
	err = Update([]int32{0}, []int32{Max}, []int32{1 << 9}, One/2, One-1)
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OpMomentum, oe.Op)
	assert.False(t, InRange(oe.Value))
	// The weight leaves the range: 2^24 − 1 minus −1.
	err = Update([]int32{Max}, nil, []int32{-2}, One/2, 0)
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, OverflowError{Op: OpSGD, Index: 0, Value: Max + 1}, *oe)
	assert.True(t, errors.As(err, &oe))
	assert.Contains(t, err.Error(), "sgd")
}

func TestEncodings(t *testing.T) {
	assert.Equal(t, int32(0), Pixel(0))
	assert.Equal(t, int32(One), Pixel(255))
	assert.Equal(t, int32((128*65536+127)/255), Pixel(128))
	assert.Equal(t, int32(257), Pixel(1), "(65536 + 127)/255 = 257.5 truncated")
	for p := 0; p < 256; p++ {
		assert.LessOrEqual(t, math.Abs(ToFloat(Pixel(byte(p)))-float64(p)/255), 0.5/One+1e-12, "pixel %d", p)
	}
	assert.Equal(t, int32(32768), FromFloat(0.5))
	assert.Equal(t, int32(-32768), FromFloat(-0.5))
	assert.Equal(t, int32(1), FromFloat(0.75/One))
	assert.Equal(t, int32(-1), FromFloat(-0.5/One), "math.Round rounds half away from zero")
	assert.Equal(t, int64(3277), LearningRate(0.05))
	assert.Equal(t, int64(58982), Momentum(0.9))
	assert.Equal(t, 0.5, ToFloat(One/2))
}

// naiveMatMul is the specification's formula, element by element in the
// order of p, for comparison.
func naiveMatMul(a, b []int32, m, k, n int, transA, transB bool) []int64 {
	out := make([]int64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var acc int64
			for p := 0; p < k; p++ {
				av, bv := a[i*k+p], b[p*n+j]
				if transA {
					av = a[p*m+i]
				}
				if transB {
					bv = b[j*k+p]
				}
				acc += int64(av) * int64(bv)
			}
			out[i*n+j] = Round(acc, Frac)
		}
	}
	return out
}

// TestMatMulMatchesFormula: on random in-range operands with many zeros,
// every transpose gives the formula's values, and an overflow is reported
// at the formula's first out-of-range element.
func TestMatMulMatchesFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	draw := func(n int, scale int32) []int32 {
		out := make([]int32, n)
		for i := range out {
			if rng.IntN(3) > 0 {
				out[i] = rng.Int32N(2*scale) - scale
			}
		}
		return out
	}
	for trial := range 40 {
		m, k, n := 1+rng.IntN(9), 1+rng.IntN(40), 1+rng.IntN(9)
		transA, transB := trial%2 == 1, trial/2%2 == 1
		scale := int32(4 * One)
		if trial >= 20 {
			scale = Max // large enough that some outputs overflow
		}
		a, b := draw(m*k, scale), draw(k*n, scale)
		want := naiveMatMul(a, b, m, k, n, transA, transB)
		c := make([]int32, m*n)
		err := MatMul(c, a, b, m, k, n, transA, transB)
		first := -1
		for i, v := range want {
			if !InRange(v) {
				first = i
				break
			}
		}
		if first >= 0 {
			var oe *OverflowError
			require.ErrorAs(t, err, &oe, "trial %d", trial)
			assert.Equal(t, OverflowError{Op: OpMatMul, Index: first, Value: want[first]}, *oe, "trial %d", trial)
			continue
		}
		require.NoError(t, err, "trial %d", trial)
		for i, v := range want {
			require.Equal(t, v, int64(c[i]), "trial %d element %d", trial, i)
		}
	}
}
