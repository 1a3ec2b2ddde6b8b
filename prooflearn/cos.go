package prooflearn

import "math"

// Cos returns cos(x) for |x| ≤ 2^20, computed with +, −, × and ÷ in float64
// only, every product rounded by an explicit conversion so that no compiler
// fuses it into a multiply-add: amd64, arm64 and every other platform return
// the same bits. (math.Cos's pure-Go code may be compiled with fused
// multiply-adds, so its last bit is not portable.) The warm-up + cosine
// learning-rate schedule uses it, and deterministic mode needs the same
// learning rate everywhere.
//
// The algorithm is FreeBSD's k_cos.c and k_sin.c (as in Go's math package)
// after reducing x = j·π/2 + y, |y| ≤ π/4, with π/2 in two parts (33 bits
// and the rest) so that j·π/2's leading part is exact. The error is about
// one ulp. Outside |x| ≤ 2^20, and for NaN or ±Inf, Cos returns NaN.
func Cos(x float64) float64 {
	const (
		twoOverPi = 6.36619772367581382433e-01
		pio2Hi    = 1.57079632673412561417e+00 // first 33 bits of π/2
		pio2Lo    = 6.07710050650619224932e-11 // π/2 − pio2Hi
	)
	x = math.Abs(x)
	if !(x <= 1<<20) {
		return math.NaN()
	}
	j := int64(float64(x*twoOverPi) + 0.5)
	fj := float64(j)
	y := (x - float64(fj*pio2Hi)) - float64(fj*pio2Lo)
	switch j & 3 {
	case 0:
		return kernelCos(y)
	case 1:
		return -kernelSin(y)
	case 2:
		return -kernelCos(y)
	default:
		return kernelSin(y)
	}
}

// kernelCos is cos(x) for |x| ≤ π/4 (FreeBSD __kernel_cos with no tail).
func kernelCos(x float64) float64 {
	const (
		c1 = 4.16666666666666019037e-02
		c2 = -1.38888888888741095749e-03
		c3 = 2.48015872894767294178e-05
		c4 = -2.75573143513906633035e-07
		c5 = 2.08757232129817482790e-09
		c6 = -1.13596475577881948265e-11
	)
	z := float64(x * x)
	w := float64(z * z)
	r := float64(z*(c1+float64(z*(c2+float64(z*c3))))) + float64(float64(w*w)*(c4+float64(z*(c5+float64(z*c6)))))
	hz := float64(0.5 * z)
	w = 1 - hz
	return w + (((1 - w) - hz) + float64(z*r))
}

// kernelSin is sin(x) for |x| ≤ π/4 (FreeBSD __kernel_sin with no tail).
func kernelSin(x float64) float64 {
	const (
		s1 = -1.66666666666666324348e-01
		s2 = 8.33333333332248946124e-03
		s3 = -1.98412698298579493134e-04
		s4 = 2.75573137070700676789e-06
		s5 = -2.50507602534068634195e-08
		s6 = 1.58969099521155010221e-10
	)
	z := float64(x * x)
	w := float64(z * z)
	r := s2 + float64(z*(s3+float64(z*s4))) + float64(float64(z*w)*(s5+float64(z*s6)))
	v := float64(z * x)
	return x + float64(v*(s1+float64(z*r)))
}
