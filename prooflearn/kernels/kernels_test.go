package kernels

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rnd fills a slice with values in [-1, 1) from a fixed xorshift stream, so
// every platform sees the same inputs.
type rnd uint64

func (r *rnd) next() float64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return float64(uint64(*r)>>11)/(1<<52) - 1
}

func fill[F Float](r *rnd, n int) []F {
	s := make([]F, n)
	for i := range s {
		s[i] = F(r.next())
	}
	return s
}

// naiveMatMul is the specification MatMul must match bit for bit: the
// textbook triple loop, each product rounded, p ascending.
func naiveMatMul[F Float](a, b []F, m, k, n int, transA, transB bool) []F {
	at := func(i, p int) F {
		if transA {
			return a[p*m+i]
		}
		return a[i*k+p]
	}
	bt := func(p, j int) F {
		if transB {
			return b[j*k+p]
		}
		return b[p*n+j]
	}
	c := make([]F, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s F
			for p := 0; p < k; p++ {
				s += F(at(i, p) * bt(p, j))
			}
			c[i*n+j] = s
		}
	}
	return c
}

func testMatMulMatchesNaive[F Float](t *testing.T, name string) {
	r := rnd(7)
	for _, sz := range [][3]int{{1, 1, 1}, {3, 5, 2}, {7, 13, 9}, {32, 784, 32}, {64, 32, 10}, {200, 150, 5}} {
		m, k, n := sz[0], sz[1], sz[2]
		a, b := fill[F](&r, m*k), fill[F](&r, k*n)
		t.Run(fmt.Sprintf("%dx%dx%d", m, k, n), func(t *testing.T) {
			for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
				want := naiveMatMul(a, b, m, k, n, tr[0], tr[1])
				got := make([]F, m*n)
				for i := range got {
					got[i] = 42 // MatMul must overwrite, not accumulate
				}
				MatMul(got, a, b, m, k, n, tr[0], tr[1])
				for i := range want {
					// Equal bits, or both NaN.
					require.True(t, got[i] == want[i] || (got[i] != got[i] && want[i] != want[i]),
						"%s %v trans %v: c[%d] = %v, naive %v", name, sz, tr, i, got[i], want[i])
				}
			}
		})
	}
}

func TestMatMulMatchesNaive(t *testing.T) {
	t.Run("float32", func(t *testing.T) { testMatMulMatchesNaive[float32](t, "float32") })
	t.Run("float64", func(t *testing.T) { testMatMulMatchesNaive[float64](t, "float64") })
}

// The parallel kernels split rows by GOMAXPROCS; the bits must not move.
func TestMatMulIndependentOfGOMAXPROCS(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rnd(11)
	m, k, n := 300, 257, 33
	a, b := fill[float32](&r, m*k), fill[float32](&r, k*n)
	var ref []float32
	for _, procs := range []int{1, 2, 3, 5, 8, 16} {
		runtime.GOMAXPROCS(procs)
		for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			c := make([]float32, m*n)
			MatMul(c, a, b, m, k, n, tr[0], tr[1])
			if tr == [2]bool{} {
				if ref == nil {
					ref = c
				}
				for i := range c {
					require.Equal(t, math.Float32bits(ref[i]), math.Float32bits(c[i]),
						"GOMAXPROCS %d: c[%d] = %v, with 1 proc %v", procs, i, c[i], ref[i])
				}
			}
		}
	}
}

// mlpGrads runs a two-hidden-layer MLP forward and backward with the
// kernels, the way the deterministic training graph wires them.
type tinyNet struct {
	batch, in, h1, h2, out int
	x, y                   []float64
	w                      [][]float64 // w0, b0, w1, b1, w2, b2
}

func (n *tinyNet) shapes() [][2]int {
	return [][2]int{{n.in, n.h1}, {1, n.h1}, {n.h1, n.h2}, {1, n.h2}, {n.h2, n.out}, {1, n.out}}
}

func (n *tinyNet) loss() (float64, [][]float64) {
	widths := []int{n.in, n.h1, n.h2, n.out}
	acts := [][]float64{n.x}
	h := n.x
	for l := 0; l < 3; l++ {
		z := make([]float64, n.batch*widths[l+1])
		MatMul(z, h, n.w[2*l], n.batch, widths[l], widths[l+1], false, false)
		AddBias(z, z, n.w[2*l+1], n.batch, widths[l+1])
		if l < 2 {
			ReLU(z, z)
			acts = append(acts, z)
		}
		h = z
	}
	logp := make([]float64, len(h))
	LogSoftmax(logp, h, n.batch, n.out)
	scale := -1 / float64(n.batch)
	loss := CrossEntropy(logp, n.y, scale)

	grads := make([][]float64, 6)
	dlogp := make([]float64, len(logp))
	CrossEntropyGrad(dlogp, n.y, scale)
	dz := make([]float64, len(logp))
	LogSoftmaxGrad(dz, logp, dlogp, n.batch, n.out)
	for l := 2; l >= 0; l-- {
		grads[2*l] = make([]float64, widths[l]*widths[l+1])
		MatMul(grads[2*l], acts[l], dz, widths[l], n.batch, widths[l+1], true, false)
		grads[2*l+1] = make([]float64, widths[l+1])
		BiasGrad(grads[2*l+1], dz, n.batch, widths[l+1])
		if l == 0 {
			break
		}
		dh := make([]float64, n.batch*widths[l])
		MatMul(dh, dz, n.w[2*l], n.batch, widths[l+1], widths[l], false, true)
		dz = make([]float64, len(dh))
		ReLUGrad(dz, acts[l], dh)
	}
	return loss, grads
}

// The backward kernels agree with central finite differences of the
// forward kernels, for every parameter of every layer.
func TestGradientsMatchFiniteDifferences(t *testing.T) {
	r := rnd(3)
	n := &tinyNet{batch: 6, in: 5, h1: 7, h2: 4, out: 3}
	n.x = fill[float64](&r, n.batch*n.in)
	n.y = make([]float64, n.batch*n.out)
	for i := 0; i < n.batch; i++ {
		n.y[i*n.out+i%n.out] = 1
	}
	for _, s := range n.shapes() {
		n.w = append(n.w, fill[float64](&r, s[0]*s[1]))
	}
	_, grads := n.loss()
	const h = 1e-6
	worst := 0.0
	for p := range n.w {
		for i := range n.w[p] {
			orig := n.w[p][i]
			n.w[p][i] = orig + h
			up, _ := n.loss()
			n.w[p][i] = orig - h
			down, _ := n.loss()
			n.w[p][i] = orig
			fd := (up - down) / (2 * h)
			err := math.Abs(fd-grads[p][i]) / math.Max(1e-3, math.Abs(fd)+math.Abs(grads[p][i]))
			worst = math.Max(worst, err)
			assert.LessOrEqual(t, err, 1e-5,
				"param %d[%d]: backward %.10g, finite difference %.10g", p, i, grads[p][i], fd)
		}
	}
	t.Logf("worst relative gradient error %.3g", worst)
}

func TestLogSoftmaxMatchesDefinition(t *testing.T) {
	r := rnd(5)
	m, n := 9, 10
	z := fill[float64](&r, m*n)
	for i := range z {
		z[i] *= 30
	}
	z[3] = 500 // a large logit must not overflow
	out := make([]float64, m*n)
	LogSoftmax(out, z, m, n)
	for i := 0; i < m; i++ {
		var s float64
		for j := 0; j < n; j++ {
			s += math.Exp(out[i*n+j])
		}
		assert.InDelta(t, 1, s, 1e-12, "row %d: Σ exp(logp) = %v", i, s)
	}
}

func TestUpdate(t *testing.T) {
	// Expected values use variables and explicit conversions: constant
	// expressions are evaluated exactly, and a test could be fused too.
	lr32, g0, g1 := float32(0.1), float32(0.5), float32(-1)
	w := []float32{1, 2}
	Update(w, nil, []float32{g0, g1}, lr32, 0)
	assert.Equal(t, []float32{1 - float32(lr32*g0), 2 - float32(lr32*g1)}, w, "SGD: w")
	lr, mu := 0.1, 0.9
	w64, v := []float64{1, 2}, []float64{1, 1}
	Update(w64, v, []float64{0.5, -1}, lr, mu)
	v0, v1 := float64(mu*1)+0.5, float64(mu*1)-1
	assert.Equal(t, []float64{v0, v1}, v, "momentum: v (w %v)", w64)
	assert.Equal(t, []float64{1 - float64(lr*v0), 2 - float64(lr*v1)}, w64, "momentum: w (v %v)", v)
}

// kernelDigest hashes the bits every kernel produces on fixed inputs. The
// constant below was recorded on amd64; the same test binary built for
// arm64 (and run under qemu in CI) must produce it too. A mismatch means
// some kernel's bits depend on the platform.
func kernelDigest() string {
	h := sha256.New()
	put32 := func(s []float32) {
		for _, v := range s {
			binary.Write(h, binary.LittleEndian, math.Float32bits(v))
		}
	}
	put64 := func(s []float64) {
		for _, v := range s {
			binary.Write(h, binary.LittleEndian, math.Float64bits(v))
		}
	}
	// Exp and Log over their working ranges.
	xs := make([]float64, 0, 4000)
	for i := 0; i < 2000; i++ {
		xs = append(xs, -745+float64(float64(i)*(1455.0/2000)))
	}
	r := rnd(99)
	for i := 0; i < 2000; i++ {
		xs = append(xs, 20*r.next())
	}
	for _, x := range xs {
		put64([]float64{Exp(x), Log(math.Abs(x)), Log(Exp(x / 40))})
	}
	// The training kernels, float32 and float64.
	m, k, n := 33, 70, 10
	a32, b32 := fill[float32](&r, m*k), fill[float32](&r, k*n)
	c32 := make([]float32, m*n)
	MatMul(c32, a32, b32, m, k, n, false, false)
	put32(c32)
	t32 := make([]float32, k*n)
	MatMul(t32, a32, c32, k, m, n, true, false)
	put32(t32)
	ls32 := make([]float32, m*n)
	LogSoftmax(ls32, c32, m, n)
	put32(ls32)
	g32 := make([]float32, m*n)
	LogSoftmaxGrad(g32, ls32, c32, m, n)
	put32(g32)
	put32([]float32{CrossEntropy(ls32, c32, -1.0/33)})
	a64, b64 := fill[float64](&r, m*k), fill[float64](&r, k*n)
	c64 := make([]float64, m*n)
	MatMul(c64, a64, b64, m, k, n, false, false)
	put64(c64)
	ls64 := make([]float64, m*n)
	LogSoftmax(ls64, c64, m, n)
	put64(ls64)
	g64 := make([]float64, m*n)
	LogSoftmaxGrad(g64, ls64, c64, m, n)
	put64(g64)
	put64([]float64{CrossEntropy(ls64, c64, -1.0/33)})
	return hex.EncodeToString(h.Sum(nil))
}

func TestKernelDigestIsPortable(t *testing.T) {
	const want = "87db28c6e35b4e61fac03d785aaa6c8edd6cbcbcca299a4b9c0bf01970287a00"
	assert.Equal(t, want, kernelDigest(), "kernel digest on %s/%s", runtime.GOOS, runtime.GOARCH)
}
