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
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

var convGeoms = []ConvGeom{
	{C: 1, H: 6, W: 6, K: 3, S: 1, P: 1, Out: 2},
	{C: 3, H: 7, W: 5, K: 3, S: 2, P: 0, Out: 4},
	{C: 2, H: 8, W: 8, K: 5, S: 1, P: 2, Out: 3},
	{C: 2, H: 5, W: 5, K: 5, S: 1, P: 0, Out: 5}, // one output pixel
}

// at reads x[n, c, y, x] of a batch, +0 where (y, x) is padding.
func at[F Float](x []F, g ConvGeom, n, c, y, xx int) F {
	if y < 0 || y >= g.H || xx < 0 || xx >= g.W {
		return 0
	}
	return x[((n*g.C+c)*g.H+y)*g.W+xx]
}

// directConv is Conv2D's specification written as loops: the sum over c,
// ky, kx from +0, each product rounded (padding positions included as +0),
// then the bias.
func directConv[F Float](x, w, b []F, batch int, g ConvGeom) []F {
	oh, ow := g.OH(), g.OW()
	out := make([]F, batch*g.OutSize())
	for n := 0; n < batch; n++ {
		for o := 0; o < g.Out; o++ {
			for oy := 0; oy < oh; oy++ {
				for ox := 0; ox < ow; ox++ {
					var s F
					for c := 0; c < g.C; c++ {
						for ky := 0; ky < g.K; ky++ {
							for kx := 0; kx < g.K; kx++ {
								s += F(w[((o*g.C+c)*g.K+ky)*g.K+kx] * at(x, g, n, c, oy*g.S-g.P+ky, ox*g.S-g.P+kx))
							}
						}
					}
					out[((n*g.Out+o)*oh+oy)*ow+ox] = s + b[o]
				}
			}
		}
	}
	return out
}

// directGradW is Conv2DGradW's specification: Σ over n, then oy, ox.
func directGradW[F Float](x, dy []F, batch int, g ConvGeom) []F {
	oh, ow := g.OH(), g.OW()
	dw := make([]F, g.Out*g.Window())
	for o := 0; o < g.Out; o++ {
		for c := 0; c < g.C; c++ {
			for ky := 0; ky < g.K; ky++ {
				for kx := 0; kx < g.K; kx++ {
					var s F
					for n := 0; n < batch; n++ {
						for oy := 0; oy < oh; oy++ {
							for ox := 0; ox < ow; ox++ {
								s += F(dy[((n*g.Out+o)*oh+oy)*ow+ox] * at(x, g, n, c, oy*g.S-g.P+ky, ox*g.S-g.P+kx))
							}
						}
					}
					dw[((o*g.C+c)*g.K+ky)*g.K+kx] = s
				}
			}
		}
	}
	return dw
}

// directGradX is Conv2DGradX's specification: per output pixel and window
// position the sum over o, then added into dx in pixel, then window order.
func directGradX[F Float](dy, w []F, batch int, g ConvGeom) []F {
	oh, ow := g.OH(), g.OW()
	dx := make([]F, batch*g.In())
	for n := 0; n < batch; n++ {
		for oy := 0; oy < oh; oy++ {
			for ox := 0; ox < ow; ox++ {
				for c := 0; c < g.C; c++ {
					for ky := 0; ky < g.K; ky++ {
						for kx := 0; kx < g.K; kx++ {
							var t F
							for o := 0; o < g.Out; o++ {
								t += F(dy[((n*g.Out+o)*oh+oy)*ow+ox] * w[((o*g.C+c)*g.K+ky)*g.K+kx])
							}
							iy, ix := oy*g.S-g.P+ky, ox*g.S-g.P+kx
							if iy >= 0 && iy < g.H && ix >= 0 && ix < g.W {
								dx[((n*g.C+c)*g.H+iy)*g.W+ix] += t
							}
						}
					}
				}
			}
		}
	}
	return dx
}

func testConvMatchesSpec[F Float](t *testing.T) {
	r := rnd(7)
	for _, g := range convGeoms {
		t.Run(fmt.Sprintf("%+v", g), func(t *testing.T) {
			batch := 3
			x, w, b := fill[F](&r, batch*g.In()), fill[F](&r, g.Out*g.Window()), fill[F](&r, g.Out)
			dy := fill[F](&r, batch*g.OutSize())
			out := make([]F, batch*g.OutSize())
			Conv2D(out, x, w, b, batch, g)
			assert.Equal(t, bits(directConv(x, w, b, batch, g)), bits(out), "conv2d")
			dw := make([]F, g.Out*g.Window())
			Conv2DGradW(dw, x, dy, batch, g)
			assert.Equal(t, bits(directGradW(x, dy, batch, g)), bits(dw), "conv2d weight gradient")
			dx := make([]F, batch*g.In())
			Conv2DGradX(dx, dy, w, batch, g)
			assert.Equal(t, bits(directGradX(dy, w, batch, g)), bits(dx), "conv2d input gradient")
			db := make([]F, g.Out)
			Conv2DGradB(db, dy, batch, g)
			for o := 0; o < g.Out; o++ {
				var s F
				for n := 0; n < batch; n++ {
					for _, v := range dy[(n*g.Out+o)*g.Pixels() : (n*g.Out+o+1)*g.Pixels()] {
						s += v
					}
				}
				assert.Equal(t, math.Float64bits(float64(s)), math.Float64bits(float64(db[o])), "bias gradient %d", o)
			}
		})
	}
}

// TestConvMatchesSpec: every convolution kernel computes its documented
// sums, in their documented order, bit for bit.
func TestConvMatchesSpec(t *testing.T) {
	t.Run("float32", testConvMatchesSpec[float32])
	t.Run("float64", testConvMatchesSpec[float64])
}

// TestConvGradientsMatchFiniteDifferences: the gradients are those of the
// forward pass. L = Σ conv(x, w, b) ⊙ R in float64, central differences.
func TestConvGradientsMatchFiniteDifferences(t *testing.T) {
	r := rnd(11)
	for _, g := range convGeoms {
		batch := 2
		x, w, b := fill[float64](&r, batch*g.In()), fill[float64](&r, g.Out*g.Window()), fill[float64](&r, g.Out)
		R := fill[float64](&r, batch*g.OutSize())
		loss := func() float64 {
			out := make([]float64, len(R))
			Conv2D(out, x, w, b, batch, g)
			var s float64
			for i := range out {
				s += out[i] * R[i]
			}
			return s
		}
		dw, db, dx := make([]float64, len(w)), make([]float64, len(b)), make([]float64, len(x))
		Conv2DGradW(dw, x, R, batch, g)
		Conv2DGradB(db, R, batch, g)
		Conv2DGradX(dx, R, w, batch, g)
		for _, p := range []struct {
			name       string
			vals, grad []float64
		}{{"w", w, dw}, {"b", b, db}, {"x", x, dx}} {
			for i := range p.vals {
				const h = 1e-6
				v := p.vals[i]
				p.vals[i] = v + h
				up := loss()
				p.vals[i] = v - h
				down := loss()
				p.vals[i] = v
				assert.InDelta(t, (up-down)/(2*h), p.grad[i], 1e-6, "%+v: d/d%s[%d]", g, p.name, i)
			}
		}
	}
}

// TestMaxPoolTiesAndOverlap: the first maximum in (ky, kx) order takes a
// tie and the whole gradient; overlapping windows add their gradients to a
// shared maximum in window order.
func TestMaxPoolTiesAndOverlap(t *testing.T) {
	g := ConvGeom{C: 1, H: 2, W: 4, K: 2, S: 2, Out: 1}
	x := []float32{
		1, 5, 5, 2,
		5, 3, 5, 5,
	}
	out := make([]float32, 2)
	MaxPool(out, x, 1, g)
	assert.Equal(t, []float32{5, 5}, out)
	dx := make([]float32, 8)
	MaxPoolGrad(dx, x, []float32{0.5, -2}, 1, g)
	assert.Equal(t, []float32{0, 0.5, -2, 0, 0, 0, 0, 0}, dx, "the first maximum in scan order gets the gradient")

	// 3×3 windows with stride 2 over 5×5 overlap in the middle row and
	// column; the centre is every window's maximum.
	g = ConvGeom{C: 1, H: 5, W: 5, K: 3, S: 2, Out: 1}
	x5 := make([]float64, 25)
	x5[12] = 9
	out5 := make([]float64, 4)
	MaxPool(out5, x5, 1, g)
	assert.Equal(t, []float64{9, 9, 9, 9}, out5)
	dx5 := make([]float64, 25)
	MaxPoolGrad(dx5, x5, []float64{1, 2, 4, 8}, 1, g)
	assert.Equal(t, 15.0, dx5[12])
	var rest float64
	for i, v := range dx5 {
		if i != 12 {
			rest += math.Abs(v)
		}
	}
	assert.Zero(t, rest)

	// NaN first in a window stays: nothing compares greater than it.
	nan := float32(math.NaN())
	MaxPool(out, []float32{nan, 7, 1, 1, 1, 1, 1, 1}, 1, ConvGeom{C: 1, H: 2, W: 4, K: 2, S: 2, Out: 1})
	assert.True(t, math.IsNaN(float64(out[0])))
	assert.Equal(t, float32(1), out[1])
}

// TestConvIndependentOfGOMAXPROCS: the kernels split work across
// goroutines by rows; each element is still computed by one of them in
// the documented order.
func TestConvIndependentOfGOMAXPROCS(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	g := ConvGeom{C: 4, H: 14, W: 14, K: 5, S: 1, P: 2, Out: 8}
	r := rnd(3)
	batch := 16
	x, w, b := fill[float32](&r, batch*g.In()), fill[float32](&r, g.Out*g.Window()), fill[float32](&r, g.Out)
	dy := fill[float32](&r, batch*g.OutSize())
	run := func() [3][]uint64 {
		out, dw, dx := make([]float32, batch*g.OutSize()), make([]float32, g.Out*g.Window()), make([]float32, batch*g.In())
		Conv2D(out, x, w, b, batch, g)
		Conv2DGradW(dw, x, dy, batch, g)
		Conv2DGradX(dx, dy, w, batch, g)
		return [3][]uint64{bits(out), bits(dw), bits(dx)}
	}
	runtime.GOMAXPROCS(1)
	one := run()
	runtime.GOMAXPROCS(5)
	assert.Equal(t, one, run())
}

// convDigest hashes the bits of every convolution and pooling kernel on
// fixed inputs; like kernelDigest, the arm64 build must reproduce it.
func convDigest() string {
	h := sha256.New()
	r := rnd(2026)
	for _, g := range convGeoms {
		batch := 3
		for _, f64 := range []bool{false, true} {
			put := func(s []float64) {
				for _, v := range s {
					if f64 {
						binary.Write(h, binary.LittleEndian, math.Float64bits(v))
					} else {
						binary.Write(h, binary.LittleEndian, math.Float32bits(float32(v)))
					}
				}
			}
			if f64 {
				x, w, b, dy := fill[float64](&r, batch*g.In()), fill[float64](&r, g.Out*g.Window()), fill[float64](&r, g.Out), fill[float64](&r, batch*g.OutSize())
				put(convAll(x, w, b, dy, batch, g))
			} else {
				x, w, b, dy := fill[float32](&r, batch*g.In()), fill[float32](&r, g.Out*g.Window()), fill[float32](&r, g.Out), fill[float32](&r, batch*g.OutSize())
				o := convAll(x, w, b, dy, batch, g)
				s := make([]float64, len(o))
				for i, v := range o {
					s[i] = float64(v)
				}
				put(s)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// convAll runs every convolution and pooling kernel and concatenates their
// outputs.
func convAll[F Float](x, w, b, dy []F, batch int, g ConvGeom) []F {
	out, dw, db, dx := make([]F, batch*g.OutSize()), make([]F, g.Out*g.Window()), make([]F, g.Out), make([]F, batch*g.In())
	Conv2D(out, x, w, b, batch, g)
	Conv2DGradW(dw, x, dy, batch, g)
	Conv2DGradB(db, dy, batch, g)
	Conv2DGradX(dx, dy, w, batch, g)
	all := append(append(append(out, dw...), db...), dx...)
	if g.P == 0 {
		pg := ConvGeom{C: g.C, H: g.H, W: g.W, K: g.K, S: g.S, Out: g.C}
		pooled, back := make([]F, batch*pg.OutSize()), make([]F, batch*g.In())
		MaxPool(pooled, x, batch, pg)
		MaxPoolGrad(back, x, dy[:len(pooled)], batch, pg)
		all = append(append(all, pooled...), back...)
	}
	return all
}

func TestConvDigestIsPortable(t *testing.T) {
	const want = "a920f0755e1150b86b160e12fc18770292e37bdc7168450ed1941335e13a9ea2"
	assert.Equal(t, want, convDigest(), "convolution digest on %s/%s", runtime.GOOS, runtime.GOARCH)
}

// TestConvNodesRefuseBadShapes: a node is built only on the shapes its
// geometry gives, and Do refuses inputs of another shape.
func TestConvNodesRefuseBadShapes(t *testing.T) {
	gr := G.NewGraph()
	g := ConvGeom{C: 1, H: 6, W: 6, K: 3, S: 1, P: 1, Out: 2}
	x := matrix(gr, tensor.Float32, "x", 2, 36)
	w := matrix(gr, tensor.Float32, "w", 2, 9)
	b := matrix(gr, tensor.Float32, "b", 1, 2)
	_, err := Conv2DNode(x, w, b, ConvGeom{C: 1, H: 6, W: 6, K: 3, S: 0, P: 1, Out: 2})
	assert.ErrorIs(t, err, ErrOperand, "zero stride")
	_, err = Conv2DNode(x, w, b, ConvGeom{C: 1, H: 6, W: 6, K: 3, S: 2, P: 0, Out: 2})
	assert.ErrorIs(t, err, ErrOperand, "windows that do not tile the input")
	_, err = Conv2DNode(x, b, w, g)
	assert.ErrorIs(t, err, ErrOperand, "weight and bias swapped")
	_, err = MaxPoolNode(x, ConvGeom{C: 1, H: 6, W: 6, K: 2, S: 2, P: 1, Out: 1})
	assert.ErrorIs(t, err, ErrOperand, "padded pooling")
	n, err := Conv2DNode(x, w, b, g)
	require.NoError(t, err)
	assert.Equal(t, "conv2d", n.Op().(*Op).Name())
	assert.Equal(t, "geom=1:6:6:3:1:1", n.Op().(*Op).Attrs())
	_, err = n.Op().Do(tensor.New(tensor.WithShape(2, 35), tensor.Of(tensor.Float32)), tensor.New(tensor.WithShape(2, 9), tensor.Of(tensor.Float32)), tensor.New(tensor.WithShape(1, 2), tensor.Of(tensor.Float32)))
	assert.ErrorIs(t, err, ErrOperand)
	geom, err := ParseGeom("1:6:6:3:1:1")
	require.NoError(t, err)
	assert.Equal(t, []int{1, 6, 6, 3, 1, 1}, geom)
	for _, bad := range []string{"", "1:2:3", "1:6:6:3:1:-1", "a:6:6:3:1:1"} {
		_, err := ParseGeom(bad)
		assert.ErrorIs(t, err, ErrOperand, bad)
	}
}
