package kernels

import (
	"math"
	mrand "math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/prooflearn/prooflearn/prooflearn"
)

func randVec(rng *mrand.Rand, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = scale * (2*rng.Float64() - 1)
	}
	return v
}

func dotF(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// checkGrad compares grad, the claimed gradient of Σ r·f(x) with respect
// to x, with central differences of f in float64.
func checkGrad(t *testing.T, name string, x []float64, r []float64, f func(x []float64) []float64, grad []float64) {
	t.Helper()
	require.Len(t, grad, len(x))
	for i := range x {
		const h = 1e-6
		v := x[i]
		x[i] = v + h
		up := dotF(r, f(x))
		x[i] = v - h
		down := dotF(r, f(x))
		x[i] = v
		fd := (up - down) / (2 * h)
		assert.InDelta(t, fd, grad[i], 1e-7+1e-6*math.Abs(fd), "%s: d/dx[%d]", name, i)
	}
}

func TestLayerNormGradientsMatchFiniteDifferences(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(1, 2))
	const m, n = 3, 7
	x, g, b := randVec(rng, m*n, 2), randVec(rng, n, 1.5), randVec(rng, n, 1)
	dy := randVec(rng, m*n, 1)
	ln := func(x, g, b []float64) []float64 {
		out := make([]float64, m*n)
		LayerNorm(out, x, g, b, m, n)
		return out
	}
	dx, dg, db := make([]float64, m*n), make([]float64, n), make([]float64, n)
	LayerNormGradX(dx, x, g, dy, m, n)
	LayerNormGradG(dg, x, dy, m, n)
	BiasGrad(db, dy, m, n)
	checkGrad(t, "x", x, dy, func(x []float64) []float64 { return ln(x, g, b) }, dx)
	checkGrad(t, "gain", g, dy, func(g []float64) []float64 { return ln(x, g, b) }, dg)
	checkGrad(t, "bias", b, dy, func(b []float64) []float64 { return ln(x, g, b) }, db)

	// Each row has mean b and standard deviation g once g = 1, b = 0.
	one, zero := make([]float64, n), make([]float64, n)
	for i := range one {
		one[i] = 1
	}
	out := ln(x, one, zero)
	for i := 0; i < m; i++ {
		row := out[i*n : (i+1)*n]
		var mean, sq float64
		for _, v := range row {
			mean += v / n
			sq += v * v / n
		}
		assert.InDelta(t, 0, mean, 1e-12)
		assert.InDelta(t, 1, sq, 1e-4) // ε = 1e-5 keeps it just under 1
	}
	assert.Equal(t, prooflearn.LayerNormEpsilon, layerNormEps, "the kernels' ε is the task's")
}

func TestGELUMatchesReferenceAndItsGradient(t *testing.T) {
	xs := []float64{-30, -6, -3, -1.5, -0.7, -1e-3, 0, 1e-3, 0.4, 1, 2.5, 6, 30}
	out, grad := make([]float64, len(xs)), make([]float64, len(xs))
	GELU(out, xs)
	ones := make([]float64, len(xs))
	for i := range ones {
		ones[i] = 1
	}
	GELUGrad(grad, xs, ones)
	for i, x := range xs {
		want := 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
		assert.InDelta(t, want, out[i], 1e-15+1e-14*math.Abs(want), "gelu(%v)", x)
		const h = 1e-6
		up, down := []float64{0}, []float64{0}
		GELU(up, []float64{x + h})
		GELU(down, []float64{x - h})
		assert.InDelta(t, (up[0]-down[0])/(2*h), grad[i], 1e-7, "gelu'(%v)", x)
	}
	assert.Equal(t, 0.0, out[0], "gelu(−30) underflows to 0, not NaN")
	assert.Equal(t, 30.0, out[len(out)-1])
	for _, u := range []float64{-800, -20, -1, -1e-9, 0, 1e-9, 0.5, 3, 20, 800} {
		assert.InDelta(t, math.Tanh(u), tanh(u), 4e-16, "tanh(%v)", u)
	}
	nan := []float64{0}
	GELU(nan, []float64{math.NaN()})
	assert.True(t, math.IsNaN(nan[0]), "a NaN stays NaN")
}

func TestCausalSoftmaxMasksTheFutureAndItsGradient(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(3, 4))
	const blocks, ctx = 2, 5
	rows := blocks * ctx
	scale := AttentionScale(4)
	s, dp := randVec(rng, rows*ctx, 3), randVec(rng, rows*ctx, 1)
	sm := func(s []float64) []float64 {
		out := make([]float64, rows*ctx)
		CausalSoftmax(out, s, rows, ctx, scale)
		return out
	}
	p := sm(s)
	for r := 0; r < rows; r++ {
		tpos := r % ctx
		var sum float64
		for j := 0; j < ctx; j++ {
			v := p[r*ctx+j]
			if j > tpos {
				assert.Equal(t, 0.0, v, "row %d attends to the future position %d", r, j)
			} else {
				assert.Greater(t, v, 0.0)
			}
			sum += v
		}
		assert.InDelta(t, 1, sum, 1e-15)
	}
	// Scores of future positions change nothing.
	s2 := append([]float64(nil), s...)
	s2[0*ctx+3], s2[1*ctx+4] = 1e6, math.NaN()
	assert.Equal(t, p, sm(s2))
	ds := make([]float64, rows*ctx)
	CausalSoftmaxGrad(ds, p, dp, rows, ctx, scale)
	checkGrad(t, "scores", s, dp, sm, ds)
}

func TestEmbeddingAndPositionsGradients(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(5, 6))
	const batch, ctx, width, vocab = 2, 4, 3, 6
	x := []float64{1, 5, 1, 0, 2, 3, 3, 3, 4, 1}
	table, pos := randVec(rng, vocab*width, 1), randVec(rng, ctx*width, 1)
	dy := randVec(rng, batch*ctx*width, 1)
	emb := func(table []float64) []float64 {
		out := make([]float64, batch*ctx*width)
		Embed(out, x, table, batch, ctx, width, vocab)
		return out
	}
	posAdd := func(pos []float64) []float64 {
		out := make([]float64, batch*ctx*width)
		PosAdd(out, emb(table), pos, batch, ctx, width)
		return out
	}
	dtable, dpos := make([]float64, vocab*width), make([]float64, ctx*width)
	EmbedGrad(dtable, x, dy, batch, ctx, width, vocab)
	PosGrad(dpos, dy, batch, ctx, width)
	checkGrad(t, "table", table, dy, emb, dtable)
	checkGrad(t, "positions", pos, dy, posAdd, dpos)
	// Token 2 is only a target (x[0, 4]), never an input: its row gets
	// nothing.
	assert.Equal(t, []float64{0, 0, 0}, dtable[2*width:3*width])

	y := make([]float64, batch*ctx*vocab)
	Targets(y, x, batch, ctx, vocab)
	for r, want := range []int{5, 1, 0, 2, 3, 3, 4, 1} {
		for j := 0; j < vocab; j++ {
			assert.Equal(t, map[bool]float64{true: 1, false: 0}[j == want], y[r*vocab+j], "target row %d", r)
		}
	}
}

// A token id that is not an integer in [0, vocab) — what an arbiter may be
// handed by a dishonest party — gives rows of NaN, never a panic or a
// read outside the table, through the operator as the arbiter runs it.
func TestHostileTokenIDs(t *testing.T) {
	for _, bad := range []float64{-1, 6, 2.5, math.NaN(), math.Inf(1), 1e300} {
		g := G.NewGraph()
		xv := tensor.New(tensor.WithBacking([]float64{1, bad, 2, 3}), tensor.WithShape(1, 4))
		x := G.NewMatrix(g, tensor.Float64, G.WithShape(1, 4), G.WithValue(xv))
		table := G.NewMatrix(g, tensor.Float64, G.WithShape(6, 2), G.WithValue(tensor.New(tensor.WithBacking(randVec(mrand.New(mrand.NewPCG(1, 1)), 12, 1)), tensor.WithShape(6, 2))))
		dy := G.NewMatrix(g, tensor.Float64, G.WithShape(3, 2), G.WithValue(tensor.New(tensor.WithBacking([]float64{1, 1, 1, 1, 1, 1}), tensor.WithShape(3, 2))))
		e, err := EmbedNode(x, table)
		require.NoError(t, err)
		out, err := e.Op().Do(xv, table.Value())
		require.NoError(t, err)
		got := out.Data().([]float64)
		assert.False(t, math.IsNaN(got[0]) || math.IsNaN(got[1]), "id 1 is fine")
		assert.True(t, math.IsNaN(got[2]) && math.IsNaN(got[3]), "id %v gives NaN", bad)
		eg, err := EmbedGradNode(x, dy, 6)
		require.NoError(t, err)
		out, err = eg.Op().Do(xv, dy.Value())
		require.NoError(t, err)
		var sum float64
		for _, v := range out.Data().([]float64) {
			sum += v
		}
		assert.Equal(t, 4.0, sum, "the bad id adds nothing; ids 1 and 2 add their rows")
		tg, err := TargetsNode(x, 6)
		require.NoError(t, err)
		out, err = tg.Op().Do(xv)
		require.NoError(t, err)
		assert.True(t, math.IsNaN(out.Data().([]float64)[0]), "target %v gives a NaN row", bad)
	}
}

func TestHeadsAndBatchMatMul(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(7, 8))
	const batch, ctx, heads, hd = 2, 3, 2, 4
	w := heads * hd
	qkv := randVec(rng, batch*ctx*3*w, 1)
	parts := make([][]float64, 3)
	for k := range parts {
		parts[k] = make([]float64, batch*heads*ctx*hd)
		Heads(parts[k], qkv, batch, ctx, heads, hd, 3, k)
	}
	// Head h of position t of example b, part k.
	assert.Equal(t, qkv[(1*ctx+2)*3*w+1*w+1*hd+3], parts[1][((1*heads+1)*ctx+2)*hd+3])
	back := make([]float64, len(qkv))
	Unheads(back, parts, batch, ctx, heads, hd)
	assert.Equal(t, qkv, back, "unheads inverts heads")

	const count, m, k, n = 3, 2, 5, 4
	a, b := randVec(rng, count*k*m, 1), randVec(rng, count*n*k, 1)
	c := make([]float64, count*m*n)
	BatchMatMul(c, a, b, count, m, k, n, true, true)
	for i := 0; i < count; i++ {
		want := make([]float64, m*n)
		MatMul(want, a[i*k*m:(i+1)*k*m], b[i*n*k:(i+1)*n*k], m, k, n, true, true)
		assert.Equal(t, want, c[i*m*n:(i+1)*m*n], "block %d", i)
	}
}

// The transformer kernels in float32 are the same bits on every platform
// and in the purego build: pinned here over one forward pass of each.
func TestTransformerKernelsFloat32Pinned(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(9, 10))
	f32 := func(v []float64) []float32 {
		out := make([]float32, len(v))
		for i, x := range v {
			out[i] = float32(x)
		}
		return out
	}
	const rows, n = 8, 16
	x, g, b, dy := f32(randVec(rng, rows*n, 3)), f32(randVec(rng, n, 1)), f32(randVec(rng, n, 1)), f32(randVec(rng, rows*n, 1))
	var all []float32
	out := make([]float32, rows*n)
	LayerNorm(out, x, g, b, rows, n)
	all = append(all, out...)
	LayerNormGradX(out, x, g, dy, rows, n)
	all = append(all, out...)
	GELU(out, x)
	all = append(all, out...)
	GELUGrad(out, x, dy)
	all = append(all, out...)
	sq := make([]float32, 4*4*2)
	CausalSoftmax(sq, x[:32], 8, 4, float32(AttentionScale(16)))
	all = append(all, sq...)
	CausalSoftmaxGrad(sq, sq, dy[:32], 8, 4, float32(AttentionScale(16)))
	all = append(all, sq...)
	var h uint64 = 14695981039346656037
	for _, v := range all {
		h = (h ^ uint64(math.Float32bits(v))) * 1099511628211
	}
	assert.Equal(t, uint64(0x1d9246ca923fe569), h, "pinned FNV-1a of the float32 outputs")
}
