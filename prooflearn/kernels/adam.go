package kernels

import "math"

// Adam's deterministic kernels. Each element's arithmetic is a fixed
// sequence of IEEE 754 operations in the element type F, every product
// rounded by an explicit conversion so that no compiler fuses it with an
// addition; square roots are math.Sqrt, correctly rounded on every platform
// (for float32, the float64 root of the float32 value rounded to float32 —
// float64 carries more than twice float32's precision plus two bits, so this
// double rounding is the correctly rounded float32 root). The formulas are
// written out in docs/optimizers.md.

// AdamCoeffs are the constants of one Adam step in the element type: the
// learning rate, β1 and 1 − β1, β2 and 1 − β2, the bias corrections
// 1 − β1^t and 1 − β2^t, ε and the decoupled weight decay λ (0 for Adam).
type AdamCoeffs[F Float] struct {
	LR, B1, C1, B2, C2, BC1, BC2, Eps, WD F
}

// NewAdamCoeffs computes the constants of Adam step t (1-based: the first
// step is t = 1) in float64 — 1 − β, 1 − PowInt(β, t) — and rounds each to F.
func NewAdamCoeffs[F Float](lr, beta1, beta2, eps, wd float64, t int) AdamCoeffs[F] {
	return AdamCoeffs[F]{
		LR: F(lr), B1: F(beta1), C1: F(1 - beta1), B2: F(beta2), C2: F(1 - beta2),
		BC1: F(1 - PowInt(beta1, t)), BC2: F(1 - PowInt(beta2, t)), Eps: F(eps), WD: F(wd),
	}
}

// PowInt returns b^n for n ≥ 0 by binary exponentiation from the lowest bit
// up: r = 1, p = b; for each bit of n, r = r·p if the bit is set, then
// p = p·p. Each product is one rounded float64 multiplication, so every
// platform gets the same bits (math.Pow's last bit is not portable), in at
// most 2·log2(n) multiplications.
func PowInt(b float64, n int) float64 {
	r, p := 1.0, b
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = float64(r * p)
		}
		p = float64(p * p)
	}
	return r
}

// AdamFirstMoment updates m in place: m = β1·m + (1 − β1)·g.
func AdamFirstMoment[F Float](m, g []F, c AdamCoeffs[F]) {
	g = g[:len(m)]
	for i := range m {
		m[i] = F(c.B1*m[i]) + F(c.C1*g[i])
	}
}

// AdamSecondMoment updates v in place: v = β2·v + ((1 − β2)·g)·g.
func AdamSecondMoment[F Float](v, g []F, c AdamCoeffs[F]) {
	g = g[:len(v)]
	for i := range v {
		v[i] = F(c.B2*v[i]) + F(F(c.C2*g[i])*g[i])
	}
}

// AdamApply updates w in place from the updated moments:
// u = (m ÷ bc1) ÷ (√(v ÷ bc2) + ε), plus λ·w for AdamW, then w = w − η·u.
func AdamApply[F Float](w, m, v []F, c AdamCoeffs[F]) {
	m, v = m[:len(w)], v[:len(w)]
	for i := range w {
		w[i] -= F(c.LR * adamDirection(w[i], m[i], v[i], c))
	}
}

// adamDirection is u of AdamApply for one element.
func adamDirection[F Float](w, m, v F, c AdamCoeffs[F]) F {
	u := (m / c.BC1) / (F(math.Sqrt(float64(v/c.BC2))) + c.Eps)
	if c.WD != 0 {
		u += F(c.WD * w)
	}
	return u
}

// Adam is one whole Adam step in place, element by element:
// AdamFirstMoment, AdamSecondMoment and AdamApply fused, the same bits.
func Adam[F Float](w, m, v, g []F, c AdamCoeffs[F]) {
	m, v, g = m[:len(w)], v[:len(w)], g[:len(w)]
	for i := range w {
		mi := F(c.B1*m[i]) + F(c.C1*g[i])
		vi := F(c.B2*v[i]) + F(F(c.C2*g[i])*g[i])
		m[i], v[i] = mi, vi
		w[i] -= F(c.LR * adamDirection(w[i], mi, vi, c))
	}
}

// SumSquares adds the squares of xs to s in float64, element by element in
// order, each square and sum rounded: the global gradient norm's sum, taken
// over the parameters in their canonical order.
func SumSquares[F Float](s float64, xs []F) float64 {
	for _, x := range xs {
		s += float64(float64(x) * float64(x))
	}
	return s
}

// ClipScale is the factor that clips gradients of squared global norm
// sumSq to norm at most maxNorm: maxNorm ÷ √sumSq where the norm exceeds
// maxNorm, else 1 (also for maxNorm 0, no clipping).
func ClipScale(sumSq, maxNorm float64) float64 {
	norm := math.Sqrt(sumSq)
	if maxNorm == 0 || !(norm > maxNorm) {
		return 1
	}
	return maxNorm / norm
}

// ScaleInPlace multiplies g by s rounded to F, each product rounded: the
// clipped gradient.
func ScaleInPlace[F Float](g []F, s float64) {
	sf := F(s)
	for i := range g {
		g[i] = F(g[i] * sf)
	}
}
