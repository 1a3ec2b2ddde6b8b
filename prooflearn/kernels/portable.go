package kernels

import "math"

// Exp returns e**x computed with +, −, ×, ÷ in float64 only, every product
// rounded by an explicit conversion, so that amd64, arm64 and every other
// platform return the same bits. The standard library's math.Exp has
// assembly on some architectures, and its pure-Go fallback may be compiled
// with fused multiply-adds, so its last bit is not portable.
//
// The algorithm is FreeBSD's e_exp.c (as in Go's math package): reduce
// x = k·ln2 + r with |r| ≤ ln2/2, approximate e**r with a degree-5 rational
// remainder, scale by 2**k. The error is below one ulp.
func Exp(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		log2e = 1.44269504088896338700e+00

		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)

		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	switch {
	case x != x: // NaN
		return x
	case x > overflow: // and +Inf
		return math.Inf(1)
	case x < underflow: // and −Inf
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	switch {
	case x < 0:
		k = int(float64(log2e*x) - 0.5)
	case x > 0:
		k = int(float64(log2e*x) + 0.5)
	}
	fk := float64(k)
	hi := x - float64(fk*ln2Hi)
	lo := float64(fk * ln2Lo)
	r := hi - lo
	t := float64(r * r)
	poly := p4 + float64(t*p5)
	poly = p3 + float64(t*poly)
	poly = p2 + float64(t*poly)
	poly = p1 + float64(t*poly)
	c := r - float64(t*poly)
	y := 1 - ((lo - float64(r*c)/(2-c)) - hi)
	// Ldexp is exact bit manipulation (pure Go on every architecture but
	// s390x, where it is also exact); only a subnormal result is rounded,
	// and that rounding is IEEE round-to-nearest-even everywhere.
	return math.Ldexp(y, k)
}

// Log returns the natural logarithm of x with the same portability
// guarantee as Exp. The algorithm is FreeBSD's e_log.c (as in Go's math
// package): x = 2**k·(1+f) with √2/2 ≤ 1+f < √2, log(1+f) from a degree-14
// polynomial in s = f/(2+f). The error is below one ulp.
func Log(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		l1    = 6.666666666666735130e-01
		l2    = 3.999999999940941908e-01
		l3    = 2.857142874366239149e-01
		l4    = 2.222219843214978396e-01
		l5    = 1.818357216161805012e-01
		l6    = 1.531383769920937332e-01
		l7    = 1.479819860511658591e-01
	)
	switch {
	case x != x || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	// Frexp is exact bit manipulation, as Ldexp above.
	f1, ki := math.Frexp(x)
	if f1 < math.Sqrt2/2 {
		f1 *= 2 // exact
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := float64(s * s)
	s4 := float64(s2 * s2)
	t1 := l5 + float64(s4*l7)
	t1 = l3 + float64(s4*t1)
	t1 = l1 + float64(s4*t1)
	t1 = float64(s2 * t1)
	t2 := l4 + float64(s4*l6)
	t2 = l2 + float64(s4*t2)
	t2 = float64(s4 * t2)
	r := t1 + t2
	hfsq := float64(float64(0.5*f) * f)
	return float64(k*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(k*ln2Lo))) - f)
}
