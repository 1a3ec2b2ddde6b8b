package kernels

import (
	"fmt"
	"math"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// intn is a value in [0, n) from the stream.
func (r *rnd) intn(n int) int {
	r.next()
	return int(uint64(*r) % uint64(n))
}

// bits returns n random low bits (n ≤ 63), whatever the width of int.
func (r *rnd) bits(n uint) uint64 {
	r.next()
	return uint64(*r) & (1<<n - 1)
}

// awkward is a value drawn to stress the rounding of a product and a sum:
// ±0, subnormals, the smallest and largest normals (whose products underflow
// to subnormals or zero, or overflow to ±Inf, and whose sums then meet
// Inf − Inf = NaN), powers of two and ordinary values with exponents spread
// over a wide range.
func awkward[F Float](r *rnd) F {
	var z F
	single := any(z) == any(float32(0))
	sign := 1.0
	if r.intn(2) == 0 {
		sign = -1
	}
	switch r.intn(12) {
	case 0:
		return F(math.Copysign(0, sign))
	case 1: // a subnormal
		if single {
			return F(math.Float32frombits(uint32(r.bits(23)) | uint32(r.intn(2))<<31))
		}
		return F(math.Float64frombits(r.bits(52) | uint64(r.intn(2))<<63))
	case 2: // near the largest finite value
		if single {
			return F(sign * math.MaxFloat32 * (0.5 + r.next()/4))
		}
		return F(sign * math.MaxFloat64 * (0.5 + r.next()/4))
	case 3: // near the smallest normal
		if single {
			return F(sign * 0x1p-126 * (1 + r.next()/2))
		}
		return F(sign * 0x1p-1022 * (1 + r.next()/2))
	case 4:
		return F(math.Ldexp(sign, r.intn(40)-20))
	case 5: // large enough that a few products overflow float32
		return F(r.next() * 0x1p64)
	default:
		return F(math.Ldexp(r.next(), r.intn(60)-30))
	}
}

func fillAwkward[F Float](r *rnd, n int) []F {
	s := make([]F, n)
	for i := range s {
		s[i] = awkward[F](r)
	}
	return s
}

// bits are the IEEE 754 encodings of s, for comparisons in which -0 ≠ +0
// and every NaN is compared by its payload.
func bits[F Float](s []F) []uint64 {
	out := make([]uint64, len(s))
	for i, v := range s {
		if f, ok := any(v).(float32); ok {
			out[i] = uint64(math.Float32bits(f))
		} else {
			out[i] = math.Float64bits(float64(v))
		}
	}
	return out
}

// matMulShapes are the shapes the vector kernel's edges depend on: empty
// sums and matrices, single rows and columns, every remainder of m modulo
// the six rows of a tile and of n modulo the 16 (float32) or 8 (float64)
// columns of a panel, and the shapes of a training step.
func matMulShapes(r *rnd) [][3]int {
	shapes := [][3]int{
		{0, 0, 0}, {0, 3, 5}, {4, 0, 7}, {3, 5, 0}, {1, 1, 1}, {1, 0, 1},
		{6, 1, 16}, {6, 1, 8}, {7, 2, 17}, {5, 3, 15}, {12, 9, 32}, {13, 31, 33},
		{64, 784, 128}, {784, 64, 128}, {64, 10, 128}, {64, 128, 10}, {32, 784, 32},
	}
	for len(shapes) < 120 {
		shapes = append(shapes, [3]int{r.intn(30), r.intn(40), r.intn(50)})
	}
	return shapes
}

func testVectorMatchesGeneric[F Float](t *testing.T, gen func(*rnd, int) []F) {
	if vectorKernel == "" {
		t.Skipf("no vector MatMul kernel on %s/%s with this processor and build", runtime.GOOS, runtime.GOARCH)
	}
	r := rnd(0x9e3779b97f4a7c15)
	for _, s := range matMulShapes(&r) {
		m, k, n := s[0], s[1], s[2]
		for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			name := fmt.Sprintf("%dx%dx%d-transA=%v-transB=%v", m, k, n, tr[0], tr[1])
			a, b := gen(&r, m*k), gen(&r, k*n)
			want := make([]F, m*n)
			matMulGeneric(want, a, b, m, k, n, tr[0], tr[1])
			// c is longer than m·n with a guard after it: the kernel
			// overwrites all of c[:m·n] and nothing beyond.
			got := make([]F, m*n+17)
			for i := range got {
				got[i] = 42
			}
			MatMul(got, a, b, m, k, n, tr[0], tr[1])
			require.Equal(t, bits(want), bits(got[:m*n]), "%s: vector kernel differs from the pure-Go one", name)
			for _, v := range got[m*n:] {
				require.Equal(t, F(42), v, "%s: wrote past m·n", name)
			}
			if m*k*n <= 4096 {
				require.Equal(t, bits(naiveMatMul(a, b, m, k, n, tr[0], tr[1])), bits(want), "%s: pure-Go kernel differs from the definition", name)
			}
		}
	}
}

// The vector kernel returns the pure-Go kernel's bits on every shape and
// layout, for ordinary values and for values chosen to round, underflow and
// overflow: it performs the same IEEE 754 operations in the same order.
func TestMatMulVectorMatchesGeneric(t *testing.T) {
	t.Run("float32/uniform", func(t *testing.T) { testVectorMatchesGeneric(t, fill[float32]) })
	t.Run("float32/awkward", func(t *testing.T) { testVectorMatchesGeneric(t, fillAwkward[float32]) })
	t.Run("float64/uniform", func(t *testing.T) { testVectorMatchesGeneric(t, fill[float64]) })
	t.Run("float64/awkward", func(t *testing.T) { testVectorMatchesGeneric(t, fillAwkward[float64]) })
}

// The awkward values do reach the cases they are drawn for: a product that
// overflows, one that is subnormal, and a NaN from Inf − Inf.
func TestAwkwardValuesReachTheEdges(t *testing.T) {
	r := rnd(0x9e3779b97f4a7c15)
	a, b := fillAwkward[float32](&r, 40*60), fillAwkward[float32](&r, 60*40)
	c := make([]float32, 40*40)
	matMulGeneric(c, a, b, 40, 60, 40, false, false)
	var inf, nan, sub, negZero int
	for _, v := range c {
		switch {
		case math.IsInf(float64(v), 0):
			inf++
		case v != v:
			nan++
		case v != 0 && math.Abs(float64(v)) < 0x1p-126:
			sub++
		case v == 0 && math.Signbit(float64(v)):
			negZero++
		}
	}
	assert.Positive(t, inf, "no infinite element")
	assert.Positive(t, nan, "no NaN element")
	var subProducts int
	for i := range a {
		p := a[i] * b[i]
		if p != 0 && math.Abs(float64(p)) < 0x1p-126 {
			subProducts++
		}
	}
	assert.Positive(t, subProducts, "no subnormal product")
	assert.Zero(t, negZero, "a sum from +0 is never −0 unless every term is −0")
}

// A NaN input propagates to the elements whose sums it enters, and only to
// those, in both kernels.
func TestMatMulVectorNaNInputs(t *testing.T) {
	if vectorKernel == "" {
		t.Skip("no vector MatMul kernel")
	}
	r := rnd(3)
	m, k, n := 13, 9, 21
	a, b := fill[float32](&r, m*k), fill[float32](&r, k*n)
	a[4*k+2] = float32(math.NaN())  // row 4 of c
	b[5*n+19] = float32(math.NaN()) // column 19 of c
	want, got := make([]float32, m*n), make([]float32, m*n)
	matMulGeneric(want, a, b, m, k, n, false, false)
	MatMul(got, a, b, m, k, n, false, false)
	for i := range m {
		for j := range n {
			isNaN := i == 4 || j == 19
			assert.Equal(t, isNaN, want[i*n+j] != want[i*n+j], "generic c[%d,%d]", i, j)
			assert.Equal(t, isNaN, got[i*n+j] != got[i*n+j], "vector c[%d,%d]", i, j)
			if !isNaN {
				assert.Equal(t, math.Float32bits(want[i*n+j]), math.Float32bits(got[i*n+j]), "c[%d,%d]", i, j)
			}
		}
	}
}

// A named element type takes the same path and gives the same bits.
func TestMatMulNamedElementType(t *testing.T) {
	type weight float32
	r := rnd(5)
	m, k, n := 7, 11, 19
	a32, b32 := fill[float32](&r, m*k), fill[float32](&r, k*n)
	a, b := make([]weight, m*k), make([]weight, k*n)
	for i, v := range a32 {
		a[i] = weight(v)
	}
	for i, v := range b32 {
		b[i] = weight(v)
	}
	want, got := make([]float32, m*n), make([]weight, m*n)
	MatMul(want, a32, b32, m, k, n, false, true)
	MatMul(got, a, b, m, k, n, false, true)
	for i := range want {
		require.Equal(t, math.Float32bits(want[i]), math.Float32bits(float32(got[i])), "element %d", i)
	}
}

// FuzzMatMul compares MatMul with the pure-Go kernel on matrices whose
// values are arbitrary bit patterns, NaN payloads aside: where the pure-Go
// kernel gives NaN, MatMul must too.
func FuzzMatMul(f *testing.F) {
	f.Add(uint8(7), uint8(3), uint8(17), uint8(0), []byte("\x00\x00\x80\x7f\x01\x00\x00\x00\xff\xff\x7f\x7f\x00\x00\x00\x80"))
	f.Add(uint8(1), uint8(0), uint8(1), uint8(3), []byte{})
	f.Add(uint8(6), uint8(5), uint8(16), uint8(2), []byte("\x12\x34\x56\x78\x9a\xbc\xde\xf0"))
	f.Fuzz(func(t *testing.T, m8, k8, n8, flags uint8, data []byte) {
		m, k, n := int(m8%40), int(k8%40), int(n8%40)
		transA, transB := flags&1 != 0, flags&2 != 0
		word := func(i int) uint64 {
			var w uint64
			for j := range 8 {
				if len(data) > 0 {
					w = w<<8 | uint64(data[(8*i+j)%len(data)])
				}
			}
			return w ^ uint64(i)*0x9e3779b97f4a7c15
		}
		if flags&4 == 0 {
			a, b := make([]float32, m*k), make([]float32, k*n)
			for i := range a {
				a[i] = math.Float32frombits(uint32(word(i)))
			}
			for i := range b {
				b[i] = math.Float32frombits(uint32(word(len(a) + i)))
			}
			fuzzCompare(t, a, b, m, k, n, transA, transB)
			return
		}
		a, b := make([]float64, m*k), make([]float64, k*n)
		for i := range a {
			a[i] = math.Float64frombits(word(i))
		}
		for i := range b {
			b[i] = math.Float64frombits(word(len(a) + i))
		}
		fuzzCompare(t, a, b, m, k, n, transA, transB)
	})
}

func fuzzCompare[F Float](t *testing.T, a, b []F, m, k, n int, transA, transB bool) {
	want, got := make([]F, m*n), make([]F, m*n)
	matMulGeneric(want, a, b, m, k, n, transA, transB)
	MatMul(got, a, b, m, k, n, transA, transB)
	wb, gb := bits(want), bits(got)
	for i := range want {
		if want[i] != want[i] {
			require.True(t, got[i] != got[i], "element %d: want NaN, got %v", i, got[i])
			continue
		}
		require.Equal(t, wb[i], gb[i], "element %d: want %v, got %v", i, want[i], got[i])
	}
}

// reluInput draws the values ReLU and ReLUGrad must tell apart: ±0, NaNs of
// both signs, quiet and signalling, infinities, subnormals and the awkward
// values above.
func reluInput[F Float](r *rnd, n int) []F {
	s := make([]F, n)
	var z F
	single := any(z) == any(float32(0))
	for i := range s {
		switch r.intn(8) {
		case 0:
			if single {
				s[i] = F(math.Float32frombits([]uint32{0x7fc00000, 0xffc00000, 0x7f800001, 0xff812345}[r.intn(4)]))
			} else {
				s[i] = F(math.Float64frombits([]uint64{0x7ff8000000000000, 0xfff8000000000000, 0x7ff0000000000001, 0xfff0000012345678}[r.intn(4)]))
			}
		case 1:
			s[i] = F(math.Inf(1 - 2*r.intn(2)))
		default:
			s[i] = awkward[F](r)
		}
	}
	return s
}

func testReLUVectorMatchesGeneric[F Float](t *testing.T) {
	r := rnd(11)
	for n := range 70 {
		for _, off := range []int{0, 1, 3} {
			x, dout := reluInput[F](&r, n+off)[off:], reluInput[F](&r, n+off)[off:]
			want, got := make([]F, n), make([]F, n)
			reluGeneric(want, x)
			ReLU(got, x)
			require.Equal(t, bits(want), bits(got), "ReLU, n=%d, offset %d", n, off)
			reluGradGeneric(want, x, dout)
			ReLUGrad(got, x, dout)
			require.Equal(t, bits(want), bits(got), "ReLUGrad, n=%d, offset %d", n, off)
		}
	}
}

// ReLU and ReLUGrad return the pure-Go loops' bits for every length and
// alignment, NaN payloads and signs of zero included.
func TestReLUVectorMatchesGeneric(t *testing.T) {
	t.Run("float32", testReLUVectorMatchesGeneric[float32])
	t.Run("float64", testReLUVectorMatchesGeneric[float64])
}
