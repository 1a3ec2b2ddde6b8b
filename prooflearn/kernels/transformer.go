package kernels

import "math"

// The kernels of a GPT-style transformer (docs/transformer.md). Activations
// are matrices of N = B·T rows, one per position of each example's window
// (row b·T + t), and a row of features. Attention works per head on
// matrices of B·H·T rows of D = W/H features: row (b·H + h)·T + t holds
// head h of position t of example b. Token ids enter as the floats of the
// batch's x (B × (T+1)): an id is exact in either element type.
//
// As everywhere in this package every sum starts at +0 and adds its terms
// in the order written, each product rounded to F before it is added, so
// no compiler may fuse a multiply and an add; exp is the portable Exp in
// float64, and sqrt is correctly rounded on every platform.

// tokenID returns the id v encodes, or −1 if v is not an integer in
// [0, vocab). The batch's ids are bytes a dataset validated; an arbiter
// re-executing an operator on disputed inputs may see anything, and a bad
// id must give defined bits rather than a panic.
func tokenID[F Float](v F, vocab int) int {
	if !(v >= 0 && v < F(vocab)) || v != F(int(v)) {
		return -1
	}
	return int(v)
}

// Embed sets out (B·T × W) to the rows of table (V × W) that the first T
// ids of each row of x (B × (T+1)) name: out[b·T+t] = table[x[b, t]]. A bad
// id (not an integer in [0, V)) gives a row of NaN. It moves values only.
func Embed[F Float](out, x, table []F, batch, ctx, width, vocab int) {
	nan := F(math.NaN())
	for b := 0; b < batch; b++ {
		for t := 0; t < ctx; t++ {
			row := out[(b*ctx+t)*width:][:width]
			if id := tokenID(x[b*(ctx+1)+t], vocab); id >= 0 {
				copy(row, table[id*width:(id+1)*width])
			} else {
				for j := range row {
					row[j] = nan
				}
			}
		}
	}
}

// EmbedGrad sets dtable (V × W) to the gradient of Embed with respect to
// its table: zero, then for b ascending and t ascending within b,
// dtable[x[b, t]] += dy[b·T+t]. A token's row sums its positions in that
// fixed order; a row no position names stays +0. A bad id adds nothing
// (its output row is already NaN).
func EmbedGrad[F Float](dtable, x, dy []F, batch, ctx, width, vocab int) {
	clear(dtable[:vocab*width])
	for b := 0; b < batch; b++ {
		for t := 0; t < ctx; t++ {
			id := tokenID(x[b*(ctx+1)+t], vocab)
			if id < 0 {
				continue
			}
			drow, grow := dtable[id*width:(id+1)*width], dy[(b*ctx+t)*width:][:width]
			for j, g := range grow {
				drow[j] += g
			}
		}
	}
}

// Targets sets out (B·T × V) to the one-hot rows of the next tokens: row
// b·T+t is 1 at x[b, t+1] and 0 elsewhere, so that CrossEntropy against it
// is next-token cross-entropy. A bad id gives a row of NaN. It moves
// values only.
func Targets[F Float](out, x []F, batch, ctx, vocab int) {
	clear(out[:batch*ctx*vocab])
	nan := F(math.NaN())
	for b := 0; b < batch; b++ {
		for t := 0; t < ctx; t++ {
			row := out[(b*ctx+t)*vocab:][:vocab]
			if id := tokenID(x[b*(ctx+1)+t+1], vocab); id >= 0 {
				row[id] = 1
			} else {
				for j := range row {
					row[j] = nan
				}
			}
		}
	}
}

// PosAdd sets out (B·T × W) to h + pos[t] for every row b·T+t, pos being
// T × W: one rounded addition per value.
func PosAdd[F Float](out, h, pos []F, batch, ctx, width int) {
	n := ctx * width
	pos = pos[:n]
	for b := 0; b < batch; b++ {
		o, x := out[b*n:(b+1)*n], h[b*n:(b+1)*n]
		for i, p := range pos {
			o[i] = x[i] + p
		}
	}
}

// PosGrad sets dpos (T × W) to the gradient of PosAdd with respect to pos:
// dpos[t] = Σ_b dy[b·T+t], b ascending.
func PosGrad[F Float](dpos, dy []F, batch, ctx, width int) {
	n := ctx * width
	dpos = dpos[:n]
	clear(dpos)
	for b := 0; b < batch; b++ {
		for i, g := range dy[b*n : (b+1)*n] {
			dpos[i] += g
		}
	}
}

// Add sets out to a + b elementwise (the residual connections).
func Add[F Float](out, a, b []F) {
	a, b = a[:len(out)], b[:len(out)]
	for i := range out {
		out[i] = a[i] + b[i]
	}
}

// layerNormStats returns a row's mean and 1/√(var + ε): mean = (Σ x_j)/W,
// var = (Σ (x_j − mean)²)/W, both sums left to right, each square rounded
// before it is added; the square root is in float64 (exact rounding) and
// the reciprocal rounded to F.
func layerNormStats[F Float](x []F) (mean, rstd F) {
	var s F
	for _, v := range x {
		s += v
	}
	mean = s / F(len(x))
	var q F
	for _, v := range x {
		d := v - mean
		q += F(d * d)
	}
	variance := q / F(len(x))
	rstd = F(1 / math.Sqrt(float64(variance+F(layerNormEps))))
	return mean, rstd
}

// layerNormEps is prooflearn.LayerNormEpsilon (this package cannot import
// prooflearn; a test checks they agree).
const layerNormEps = 1e-5

// LayerNorm sets each row of out (m × n) to ((x − mean)·rstd)·g + b, with
// mean and rstd as layerNormStats computes them and every operation
// rounded in that order; g and b are rows of n.
func LayerNorm[F Float](out, x, g, b []F, m, n int) {
	g, b = g[:n], b[:n]
	for i := 0; i < m; i++ {
		xr, or := x[i*n:(i+1)*n], out[i*n:(i+1)*n]
		mean, rstd := layerNormStats(xr)
		for j, v := range xr {
			xh := F((v - mean) * rstd)
			or[j] = F(xh*g[j]) + b[j]
		}
	}
}

// LayerNormGradX sets dx (m × n) to the gradient of LayerNorm with respect
// to its input, recomputing each row's mean and rstd from x: with
// x̂_j = (x_j − mean)·rstd and ĝ_j = dy_j·g_j, s1 = Σ ĝ_j and s2 = Σ ĝ_j·x̂_j
// (left to right), dx_j = rstd·((ĝ_j − s1/n) − x̂_j·(s2/n)).
func LayerNormGradX[F Float](dx, x, g, dy []F, m, n int) {
	g = g[:n]
	buf, xh := getScratch[F](2 * n)
	defer putScratch(buf)
	xh, gh := xh[:n], xh[n:2*n]
	for i := 0; i < m; i++ {
		xr, dr, dyr := x[i*n:(i+1)*n], dx[i*n:(i+1)*n], dy[i*n:(i+1)*n]
		mean, rstd := layerNormStats(xr)
		var s1, s2 F
		for j, v := range xr {
			xh[j] = F((v - mean) * rstd)
			gh[j] = F(dyr[j] * g[j])
			s1 += gh[j]
			s2 += F(gh[j] * xh[j])
		}
		m1, m2 := s1/F(n), s2/F(n)
		for j := range dr {
			dr[j] = F(rstd * ((gh[j] - m1) - F(xh[j]*m2)))
		}
	}
}

// LayerNormGradG sets dg (length n) to the gradient of LayerNorm with
// respect to its gain: dg_j = Σ_i dy[i, j]·x̂[i, j], rows i ascending, x̂
// recomputed from x as LayerNorm computes it. (The gradient with respect
// to the bias is BiasGrad's column sum.)
func LayerNormGradG[F Float](dg, x, dy []F, m, n int) {
	dg = dg[:n]
	clear(dg)
	for i := 0; i < m; i++ {
		xr, dyr := x[i*n:(i+1)*n], dy[i*n:(i+1)*n]
		mean, rstd := layerNormStats(xr)
		for j, v := range xr {
			xh := F((v - mean) * rstd)
			dg[j] += F(dyr[j] * xh)
		}
	}
}

// geluC is √(2/π) and geluA GELU's cubic coefficient.
const (
	geluC = 0.7978845608028654
	geluA = 0.044715
)

// tanh is the hyperbolic tangent from the portable Exp: 1 − 2/(e^{2u} + 1),
// which is −1 or 1 where e^{2u} underflows or overflows. math.Tanh is not
// used: it has assembly on some platforms.
func tanh(u float64) float64 {
	return 1 - 2/(Exp(2*u)+1)
}

// geluInner is u = c·(x + a·x³) in float64, each product rounded.
func geluInner(x float64) float64 {
	x3 := float64(float64(x*x) * x)
	return float64(geluC * (x + float64(geluA*x3)))
}

// GELU sets out[i] to GELU's tanh approximation of x[i],
// 0.5·x·(1 + tanh(c·(x + a·x³))), computed in float64 (each product
// rounded) and rounded once to F.
func GELU[F Float](out, x []F) {
	x = x[:len(out)]
	for i, v := range x {
		u := float64(v)
		t := tanh(geluInner(u))
		out[i] = F(float64(0.5*u) * (1 + t))
	}
}

// GELUGrad sets dx[i] = dy[i]·GELU'(x[i]), the derivative
// 0.5·(1 + t) + 0.5·x·(1 − t²)·c·(1 + 3a·x²) with t = tanh(c·(x + a·x³)),
// computed in float64 (each product rounded), rounded to F and then
// multiplied by dy[i] in F.
func GELUGrad[F Float](dx, x, dy []F) {
	x, dy = x[:len(dx)], dy[:len(dx)]
	for i, v := range x {
		u := float64(v)
		t := tanh(geluInner(u))
		sech2 := 1 - float64(t*t)
		inner := float64(geluC * (1 + float64(3*geluA*float64(u*u))))
		d := float64(0.5*(1+t)) + float64(float64(float64(0.5*u)*sech2)*inner)
		dx[i] = F(dy[i] * F(d))
	}
}

// Heads copies part k of x (B·T × P·W, P parts of W features side by
// side, such as the attention's q, k and v) into out (B·H·T × D), head by
// head: out[(b·H+h)·T + t, d] = x[b·T + t, k·W + h·D + d]. It moves values
// only.
func Heads[F Float](out, x []F, batch, ctx, heads, headDim, parts, part int) {
	w := heads * headDim
	for b := 0; b < batch; b++ {
		for h := 0; h < heads; h++ {
			for t := 0; t < ctx; t++ {
				src := x[(b*ctx+t)*parts*w+part*w+h*headDim:][:headDim]
				copy(out[((b*heads+h)*ctx+t)*headDim:][:headDim], src)
			}
		}
	}
}

// Unheads is the inverse of Heads for every part at once: out
// (B·T × P·W) gets part k from in[k] (B·H·T × D each). It moves values
// only; the attention uses it to merge the heads' outputs (P = 1) and to
// assemble the gradient of q, k and v (P = 3).
func Unheads[F Float](out []F, in [][]F, batch, ctx, heads, headDim int) {
	w, parts := heads*headDim, len(in)
	for k, src := range in {
		for b := 0; b < batch; b++ {
			for h := 0; h < heads; h++ {
				for t := 0; t < ctx; t++ {
					copy(out[(b*ctx+t)*parts*w+k*w+h*headDim:][:headDim], src[((b*heads+h)*ctx+t)*headDim:][:headDim])
				}
			}
		}
	}
}

// BatchMatMul runs MatMul on count independent products: c_i = op(a_i)·
// op(b_i), where a_i, b_i and c_i are the i-th of count equal blocks of a,
// b and c (each block laid out as MatMul describes). Each product sums as
// MatMul does, so the bits do not depend on the block it falls in.
func BatchMatMul[F Float](c, a, b []F, count, m, k, n int, transA, transB bool) {
	for i := 0; i < count; i++ {
		MatMul(c[i*m*n:(i+1)*m*n], a[i*m*k:(i+1)*m*k], b[i*k*n:(i+1)*k*n], m, k, n, transA, transB)
	}
}

// CausalSoftmax sets out (count·T × T) to the causal attention weights
// of the scores s: in every block of T rows, row t is
// softmax(scale·s[t, 0..t]) over its first t+1 columns and 0 beyond them
// (a position attends to itself and to earlier ones). With z_j =
// F(scale·s_j): the maximum of z_0..z_t, then e_j = Exp(z_j − max) and
// their sum left to right in float64, and out_j = F(e_j / sum).
func CausalSoftmax[F Float](out, s []F, rows, ctx int, scale F) {
	buf, e := getScratch[float64](ctx)
	defer putScratch(buf)
	for r := 0; r < rows; r++ {
		t := r % ctx
		sr, or := s[r*ctx:(r+1)*ctx], out[r*ctx:(r+1)*ctx]
		mx := F(scale * sr[0])
		for _, v := range sr[1 : t+1] {
			if z := F(scale * v); z > mx || z != z {
				mx = z
			}
		}
		var sum float64
		for j := 0; j <= t; j++ {
			e[j] = Exp(float64(F(scale*sr[j]) - mx))
			sum += e[j]
		}
		for j := 0; j <= t; j++ {
			or[j] = F(e[j] / sum)
		}
		clear(or[t+1:])
	}
}

// CausalSoftmaxGrad sets ds (count·T × T) to the gradient of CausalSoftmax
// with respect to its scores, given its output p and the gradient dp at
// the output: in row t, with dot = Σ_{k≤t} p_k·dp_k left to right,
// ds_j = scale·(p_j·(dp_j − dot)) for j ≤ t and 0 beyond.
func CausalSoftmaxGrad[F Float](ds, p, dp []F, rows, ctx int, scale F) {
	for r := 0; r < rows; r++ {
		t := r % ctx
		pr, gr, dr := p[r*ctx:(r+1)*ctx], dp[r*ctx:(r+1)*ctx], ds[r*ctx:(r+1)*ctx]
		var dot F
		for k := 0; k <= t; k++ {
			dot += F(pr[k] * gr[k])
		}
		for j := 0; j <= t; j++ {
			dr[j] = F(scale * F(pr[j]*(gr[j]-dot)))
		}
		clear(dr[t+1:])
	}
}
