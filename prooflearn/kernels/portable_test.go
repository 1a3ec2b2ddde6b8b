package kernels

import (
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const refPrec = 256

// refExp is e**x to 256 bits: Taylor series on x/2**s, squared s times.
func refExp(x float64) *big.Float {
	s := 0
	for r := math.Abs(x); r > 1.0/1024; r /= 2 {
		s++
	}
	r := new(big.Float).SetPrec(refPrec).SetMantExp(big.NewFloat(x).SetPrec(refPrec), -s)
	sum := new(big.Float).SetPrec(refPrec).SetInt64(1)
	term := new(big.Float).SetPrec(refPrec).SetInt64(1)
	for n := int64(1); n < 40; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(refPrec).SetInt64(n))
		sum.Add(sum, term)
	}
	for ; s > 0; s-- {
		sum.Mul(sum, sum)
	}
	return sum
}

// refLog is log x to about 256 bits by Newton's method on refExp.
func refLog(x float64) *big.Float {
	bx := new(big.Float).SetPrec(refPrec).SetFloat64(x)
	// The starting point comes from math.Log on a normal number: its amd64
	// assembly is wrong for subnormal inputs.
	start := math.Log(x)
	if x < 0x1p-1000 {
		start = math.Log(x*0x1p200) - 200*math.Ln2
	}
	y := new(big.Float).SetPrec(refPrec).SetFloat64(start)
	two := new(big.Float).SetPrec(refPrec).SetInt64(2)
	for range 4 {
		yf, _ := y.Float64()
		// e**y for a y that is not a float64: e**yf · e**(y−yf), the second
		// factor from its Taylor series to second order (|y−yf| < 1e-15).
		d := new(big.Float).SetPrec(refPrec).Sub(y, new(big.Float).SetFloat64(yf))
		corr := new(big.Float).SetPrec(refPrec).Mul(d, d)
		corr.Quo(corr, two)
		corr.Add(corr, d)
		corr.Add(corr, new(big.Float).SetPrec(refPrec).SetInt64(1))
		ey := new(big.Float).SetPrec(refPrec).Mul(refExp(yf), corr)
		num := new(big.Float).SetPrec(refPrec).Sub(bx, ey)
		den := new(big.Float).SetPrec(refPrec).Add(bx, ey)
		num.Quo(num, den)
		num.Mul(num, two)
		y.Add(y, num)
	}
	return y
}

// faithful reports whether got is one of the two float64 values around the
// exact value ref: an error under one ulp.
func faithful(got float64, ref *big.Float) bool {
	lo, _ := ref.Float64()
	// ref.Float64 rounds to nearest; the exact value lies between lo and its
	// neighbour on the side of the rounding error.
	c := new(big.Float).SetPrec(refPrec).SetFloat64(lo).Cmp(ref)
	other := lo
	switch {
	case c > 0:
		other = math.Nextafter(lo, math.Inf(-1))
	case c < 0:
		other = math.Nextafter(lo, math.Inf(1))
	}
	return got == lo || got == other
}

// ulps is the distance between a and b in units in the last place: how many
// representable float64 values lie between them.
func ulps(a, b float64) uint64 {
	if a == b {
		return 0
	}
	ord := func(x float64) int64 {
		i := int64(math.Float64bits(x))
		if i < 0 {
			i = math.MinInt64 - i
		}
		return i
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return uint64(d)
}

// sweep calls f on n evenly spaced points of [lo, hi] and on every float64
// whose bits come from a fixed pseudo-random walk inside the interval.
func sweep(lo, hi float64, n int, f func(x float64)) {
	for i := 0; i <= n; i++ {
		f(lo + (hi-lo)*(float64(i)/float64(n)))
	}
	state := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < n; i++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		f(lo + (hi-lo)*(float64(state>>11)/(1<<53)))
	}
}

// sweepLog is sweep over log x, for ranges spanning many binades.
func sweepLog(lo, hi float64, n int, f func(x float64)) {
	sweep(math.Log(lo), math.Log(hi), n, func(t float64) {
		if x := math.Exp(t); x >= lo && x <= hi {
			f(x)
		}
	})
}

// checkFaithful reports the first few x where f(x) is not faithful to ref(x).
func checkFaithful(t *testing.T, name string, f func(float64) float64, ref func(float64) *big.Float) func(x float64) {
	bad := 0
	return func(x float64) {
		got, want := f(x), ref(x)
		ok := faithful(got, want)
		if !ok {
			bad++
		}
		if bad < 5 {
			// %.25g formats a *big.Float as want.Text('g', 25) does.
			assert.True(t, ok, "%s(%v) = %v, reference %.25g", name, x, got, want)
		}
	}
}

// Exp is faithfully rounded (error under one ulp) against a 256-bit reference.
func TestExpFaithful(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	check := checkFaithful(t, "Exp", Exp, refExp)
	sweep(-708, 709.7, n, check)
	sweep(-2, 2, n, check)
}

// Log is faithfully rounded against a 256-bit reference.
func TestLogFaithful(t *testing.T) {
	n := 500
	if testing.Short() {
		n = 50
	}
	for _, r := range [][2]float64{{1e-300, 1e-200}, {0.25, 4}, {1, 1e300}} {
		t.Run(fmt.Sprintf("[%v,%v]", r[0], r[1]), func(t *testing.T) {
			sweepLog(r[0], r[1], n, checkFaithful(t, "Log", Log, refLog))
		})
	}
}

// Both Exp and the standard library's math.Exp are faithfully rounded, so
// they may sit on opposite sides of the exact value: at most 2 ulps apart.
func TestExpCloseToMath(t *testing.T) {
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for _, r := range []struct{ lo, hi float64 }{
		// The finite range, subnormal results included, short of the top:
		// amd64's math.Exp returns +Inf from about 709.43 on, where the
		// exact value is still finite (TestExpFaithful covers the top).
		{-745, 709.4},
		{-20, 20},     // where log-softmax lives
		{-1e-6, 1e-6}, // near zero
		{-0.4, 0.4},   // inside the first reduction interval
	} {
		t.Run(fmt.Sprintf("[%v,%v]", r.lo, r.hi), func(t *testing.T) {
			var worst uint64
			var at float64
			sweep(r.lo, r.hi, n, func(x float64) {
				if u := ulps(Exp(x), math.Exp(x)); u > worst {
					worst, at = u, x
				}
			})
			assert.LessOrEqual(t, worst, uint64(2), "Exp on [%v, %v]: %d ulps from math.Exp at %v (Exp %v, math.Exp %v)", r.lo, r.hi, worst, at, Exp(at), math.Exp(at))
			t.Logf("Exp on [%v, %v]: at most %d ulp from math.Exp", r.lo, r.hi, worst)
		})
	}
}

// Log agrees with math.Log to within 2 ulps on normal inputs (see
// TestExpCloseToMath for why 2).
func TestLogCloseToMath(t *testing.T) {
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for _, r := range []struct{ lo, hi float64 }{
		{1e-300, 1e-290},
		{1e-6, 2},
		{0.5, 1.5}, // around the √2/2 switch and 1
		{1, 1e6},
		{1e300, math.MaxFloat64},
	} {
		t.Run(fmt.Sprintf("[%v,%v]", r.lo, r.hi), func(t *testing.T) {
			var worst uint64
			var at float64
			sweepLog(r.lo, r.hi, n, func(x float64) {
				if u := ulps(Log(x), math.Log(x)); u > worst {
					worst, at = u, x
				}
			})
			assert.LessOrEqual(t, worst, uint64(2), "Log on [%v, %v]: %d ulps from math.Log at %v (Log %v, math.Log %v)", r.lo, r.hi, worst, at, Log(at), math.Log(at))
			t.Logf("Log on [%v, %v]: at most %d ulp from math.Log", r.lo, r.hi, worst)
		})
	}
	// Subnormal inputs go through Frexp's normalisation. math.Log is not the
	// reference here: its amd64 assembly returns log(2**-1022)-ish values
	// for every subnormal (math.Log(5e-324) = -709.09 there; the exact
	// value is -744.44), one more reason not to build on it.
	for _, x := range []float64{5e-324, 1e-310, 2.2250738585072e-308} {
		t.Run(fmt.Sprintf("subnormal %v", x), func(t *testing.T) {
			ref := refLog(x)
			assert.True(t, faithful(Log(x), ref), "Log(%v) = %v, reference %s", x, Log(x), ref.Text('g', 25))
		})
	}
}

func TestExpLogSpecialValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"Exp(0)", Exp(0), 1},
		{"Exp(-0)", Exp(math.Copysign(0, -1)), 1},
		{"Exp(+Inf)", Exp(inf), inf},
		{"Exp(-Inf)", Exp(-inf), 0},
		{"Exp(710)", Exp(710), inf},
		{"Exp(-746)", Exp(-746), 0},
		{"Exp(1)", Exp(1), math.E},
		{"Log(1)", Log(1), 0},
		{"Log(0)", Log(0), -inf},
		{"Log(+Inf)", Log(inf), inf},
		{"Log(e)", Log(math.E), 1},
		{"Log(2)", Log(2), math.Ln2},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.got, "%s", c.name)
		})
	}
	for _, c := range []struct {
		name string
		got  float64
	}{{"Exp(NaN)", Exp(nan)}, {"Log(NaN)", Log(nan)}, {"Log(-1)", Log(-1)}, {"Log(-Inf)", Log(-inf)}} {
		t.Run(c.name, func(t *testing.T) {
			assert.True(t, math.IsNaN(c.got), "%s = %v, want NaN", c.name, c.got)
		})
	}
}

// Exp(Log(x)) round-trips to within a few ulps: a consistency check that
// does not lean on the standard library.
func TestExpLogRoundTrip(t *testing.T) {
	sweep(1e-5, 1e5, 10000, func(x float64) {
		y := Exp(Log(x))
		require.LessOrEqual(t, ulps(y, x), uint64(64), "Exp(Log(%v)) = %v: ulps", x, y)
	})
}
