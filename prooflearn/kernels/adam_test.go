package kernels

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPowInt(t *testing.T) {
	assert.Equal(t, 1.0, PowInt(0.9, 0))
	assert.Equal(t, 0.9, PowInt(0.9, 1))
	assert.Equal(t, float64(0.9*0.9)*0.9, PowInt(0.9, 3)) // r = b, p = b², r = b·b²
	for _, b := range []float64{0.9, 0.999, 0.5, 0.99999} {
		for _, n := range []int{2, 7, 100, 1000, 12345, 1 << 20} {
			want := math.Pow(b, float64(n))
			if want < 1e-300 {
				assert.Less(t, PowInt(b, n), 1e-300, "%v^%d", b, n)
				continue
			}
			assert.InEpsilon(t, want, PowInt(b, n), 1e-12, "%v^%d", b, n)
		}
	}
}

// TestAdamOneStepByHand checks the first step against values worked out by
// hand: with m = v = 0, m' = 0.1·g, v' = 0.001·g², the bias corrections
// make m̂ = g and v̂ = g², so the step is η·g/(|g| + ε) (+ η·λ·w).
func TestAdamOneStepByHand(t *testing.T) {
	c := NewAdamCoeffs[float64](0.01, 0.9, 0.999, 1e-8, 0.1, 1)
	w := []float64{1, -2, 0.5}
	m, v := make([]float64, 3), make([]float64, 3)
	g := []float64{0.5, -4, 0}
	Adam(w, m, v, g, c)
	assert.InDeltaSlice(t, []float64{0.05, -0.4, 0}, m, 1e-15)
	assert.InDeltaSlice(t, []float64{0.00025, 0.016, 0}, v, 1e-15)
	assert.InDelta(t, 1-0.01*(0.5/(0.5+1e-8)+0.1*1), w[0], 1e-12)
	assert.InDelta(t, -2-0.01*(-4/(4+1e-8)+0.1*-2), w[1], 1e-12)
	assert.InDelta(t, 0.5-0.01*0.1*0.5, w[2], 1e-15)
}

// adamReference is Adam as a textbook writes it, in float64 with math.Pow.
func adamReference(w, m, v, g []float64, lr, b1, b2, eps, wd float64, t int) {
	for i := range w {
		m[i] = b1*m[i] + (1-b1)*g[i]
		v[i] = b2*v[i] + (1-b2)*g[i]*g[i]
		mh := m[i] / (1 - math.Pow(b1, float64(t)))
		vh := v[i] / (1 - math.Pow(b2, float64(t)))
		w[i] -= lr * (mh/(math.Sqrt(vh)+eps) + wd*w[i])
	}
}

// TestAdamMatchesReference runs 200 float32 steps of the kernel beside the
// float64 textbook version on the same gradients: they agree to float32
// rounding.
func TestAdamMatchesReference(t *testing.T) {
	const n, steps = 257, 200
	rng := rand(7)
	w32, m32, v32 := make([]float32, n), make([]float32, n), make([]float32, n)
	w64, m64, v64 := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range w32 {
		w32[i] = float32(rng() - 0.5)
		w64[i] = float64(w32[i])
	}
	g32, g64 := make([]float32, n), make([]float64, n)
	for s := 1; s <= steps; s++ {
		for i := range g32 {
			g32[i] = float32((rng() - 0.5) * 0.1)
			g64[i] = float64(g32[i])
		}
		Adam(w32, m32, v32, g32, NewAdamCoeffs[float32](0.001, 0.9, 0.999, 1e-8, 0.01, s))
		adamReference(w64, m64, v64, g64, 0.001, 0.9, 0.999, 1e-8, 0.01, s)
	}
	for i := range w32 {
		require.InDelta(t, w64[i], float64(w32[i]), 2e-6, "w[%d]", i)
		require.InDelta(t, m64[i], float64(m32[i]), 1e-7, "m[%d]", i)
		require.InEpsilon(t, v64[i], float64(v32[i]), 1e-4, "v[%d]", i)
	}
}

// TestAdamFusedIsSplit: the fused kernel and its three operators one after
// the other give the same bits, which is what lets the dispute game split
// the step into moment and weight operators.
func TestAdamFusedIsSplit(t *testing.T) {
	rng := rand(3)
	for _, wd := range []float64{0, 0.05} {
		w, m, v, g := make([]float32, 99), make([]float32, 99), make([]float32, 99), make([]float32, 99)
		for i := range w {
			w[i], m[i], v[i], g[i] = float32(rng()-0.5), float32(rng()-0.5)*0.01, float32(rng())*1e-4, float32(rng()-0.5)*0.1
		}
		w2, m2, v2 := append([]float32(nil), w...), append([]float32(nil), m...), append([]float32(nil), v...)
		c := NewAdamCoeffs[float32](0.003, 0.9, 0.999, 1e-8, wd, 17)
		Adam(w, m, v, g, c)
		AdamFirstMoment(m2, g, c)
		AdamSecondMoment(v2, g, c)
		AdamApply(w2, m2, v2, c)
		assert.Equal(t, w, w2)
		assert.Equal(t, m, m2)
		assert.Equal(t, v, v2)
	}
}

// TestClipByHand: gradients (3, 4) and (12) have global norm 13.
func TestClipByHand(t *testing.T) {
	a, b := []float32{3, 4}, []float32{12}
	s := SumSquares(SumSquares(0, a), b)
	assert.Equal(t, 169.0, s)
	assert.Equal(t, 0.5, ClipScale(s, 6.5))
	assert.Equal(t, 1.0, ClipScale(s, 13)) // at the bound: unchanged
	assert.Equal(t, 1.0, ClipScale(s, 20))
	assert.Equal(t, 1.0, ClipScale(s, 0)) // 0: no clipping
	ScaleInPlace(a, 0.5)
	ScaleInPlace(b, 0.5)
	assert.Equal(t, []float32{1.5, 2}, a)
	assert.Equal(t, []float32{6}, b)
}

// rand is a small deterministic generator in [0, 1) for test data.
func rand(seed uint64) func() float64 {
	x := seed*0x9e3779b97f4a7c15 + 1
	return func() float64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return float64(x>>11) / (1 << 53)
	}
}
