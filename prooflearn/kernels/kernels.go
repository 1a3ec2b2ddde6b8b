package kernels

import (
	"runtime"
	"sync"
)

// Float is the element type of a kernel.
type Float interface{ ~float32 | ~float64 }

// The kernels below work on row-major matrices stored in flat slices. Each
// one defines its reduction order in its comment; sums start at +0 and add
// terms in that order, each product rounded to F (the conversion F(a*b))
// before it is added, so no compiler may fuse a multiply and an add.

// MatMul sets c (m×n) to op(a)·op(b), where op(a) is m×k and op(b) is k×n.
// With transA, a is stored k×m and op(a) = aᵀ; with transB, b is stored n×k
// and op(b) = bᵀ. Every c[i,j] is Σ_p op(a)[i,p]·op(b)[p,j] summed for
// p = 0, 1, …, k−1. Rows of c may be computed by several goroutines; each
// element is computed by exactly one of them in the order above, so the
// result does not depend on GOMAXPROCS.
//
// On amd64 with AVX2 the tiles are computed by an assembly kernel
// (vector_amd64.s) that holds one element of c in each vector lane and
// performs exactly the operations above, so it returns the bits of the
// pure-Go kernel; the pure-Go kernel runs everywhere else and in builds
// tagged purego.
func MatMul[F Float](c, a, b []F, m, k, n int, transA, transB bool) {
	c = c[:m*n]
	a = a[:m*k]
	b = b[:k*n]
	if matMulVector(c, a, b, m, k, n, transA, transB) {
		return
	}
	matMulGeneric(c, a, b, m, k, n, transA, transB)
}

// matMulGeneric is MatMul in pure Go: the reference the vector kernels are
// tested against, and the kernel of every other platform.
func matMulGeneric[F Float](c, a, b []F, m, k, n int, transA, transB bool) {
	c = c[:m*n]
	a = a[:m*k]
	b = b[:k*n]
	// op(a)[i,p] = a[i*ai + p*ap] and op(b)[p,j] = b[p*bp + j*bj].
	ai, ap := k, 1
	if transA {
		ai, ap = 1, m
	}
	bp, bj := n, 1
	if transB {
		bp, bj = 1, k
	}
	// Pack op(b) into panels of 4 columns, each panel k×4 contiguous, so the
	// tiles read it sequentially whatever the layout. Packing moves values
	// without arithmetic.
	nb := n / 4 * 4
	buf, packed := getScratch[F](nb * k)
	defer putScratch(buf)
	for q := 0; q < nb/4; q++ {
		panel := packed[q*4*k : (q+1)*4*k]
		for p := 0; p < k; p++ {
			o := p*bp + 4*q*bj
			panel[4*p], panel[4*p+1], panel[4*p+2], panel[4*p+3] = b[o], b[o+bj], b[o+2*bj], b[o+3*bj]
		}
	}
	parallelRows(m, k*n, minParallelWork, func(lo, hi int) {
		matMulRows(c, a, b, packed, lo, hi, k, n, ai, ap, bp, bj)
	})
}

// matMulRows computes rows lo..hi−1 of c in tiles of 2×4 elements whose
// sums stay in registers while p runs over k, then the ragged edges one
// element at a time. A tile and the edge loop perform the same rounded
// operations on each element in the same order, so where an element falls
// does not change its bits.
func matMulRows[F Float](c, a, b, packed []F, lo, hi, k, n, ai, ap, bp, bj int) {
	nb := n / 4 * 4
	buf, pa := getScratch[F](2 * k)
	defer putScratch(buf)
	i := lo
	for ; i+2 <= hi; i += 2 {
		for p := 0; p < k; p++ {
			pa[2*p], pa[2*p+1] = a[i*ai+p*ap], a[(i+1)*ai+p*ap]
		}
		r0, r1 := c[i*n:i*n+n], c[(i+1)*n:(i+1)*n+n]
		for q := 0; q < nb/4; q++ {
			tile2x4(r0[4*q:4*q+4], r1[4*q:4*q+4], pa, packed[q*4*k:(q+1)*4*k], k)
		}
		for j := nb; j < n; j++ {
			r0[j] = dotStrided(a, b, i*ai, ap, j*bj, bp, k)
			r1[j] = dotStrided(a, b, (i+1)*ai, ap, j*bj, bp, k)
		}
	}
	for ; i < hi; i++ {
		for j := 0; j < n; j++ {
			c[i*n+j] = dotStrided(a, b, i*ai, ap, j*bj, bp, k)
		}
	}
}

// tile2x4 sets r0[0..3] and r1[0..3] to Σ_p pa[2p+r]·pb[4p+j] for p
// ascending: two rows of op(a), interleaved, times a packed panel of op(b).
// The loop is unrolled four times over p (a quarter fewer cycles than no
// unrolling on amd64); each sum still takes its terms one at a time in p
// order. Each b value feeds both rows right after its load, which keeps the
// live values within amd64's fifteen usable float registers.
func tile2x4[F Float](r0, r1, pa, pb []F, k int) {
	var c00, c01, c02, c03, c10, c11, c12, c13 F
	pa, pb = pa[:2*k], pb[:4*k]
	for len(pa) >= 8 && len(pb) >= 16 {
		var a0, a1, b F
		a0, a1 = pa[0], pa[1]
		b = pb[0]
		c00 += F(a0 * b)
		c10 += F(a1 * b)
		b = pb[1]
		c01 += F(a0 * b)
		c11 += F(a1 * b)
		b = pb[2]
		c02 += F(a0 * b)
		c12 += F(a1 * b)
		b = pb[3]
		c03 += F(a0 * b)
		c13 += F(a1 * b)
		a0, a1 = pa[2], pa[3]
		b = pb[4]
		c00 += F(a0 * b)
		c10 += F(a1 * b)
		b = pb[5]
		c01 += F(a0 * b)
		c11 += F(a1 * b)
		b = pb[6]
		c02 += F(a0 * b)
		c12 += F(a1 * b)
		b = pb[7]
		c03 += F(a0 * b)
		c13 += F(a1 * b)
		a0, a1 = pa[4], pa[5]
		b = pb[8]
		c00 += F(a0 * b)
		c10 += F(a1 * b)
		b = pb[9]
		c01 += F(a0 * b)
		c11 += F(a1 * b)
		b = pb[10]
		c02 += F(a0 * b)
		c12 += F(a1 * b)
		b = pb[11]
		c03 += F(a0 * b)
		c13 += F(a1 * b)
		a0, a1 = pa[6], pa[7]
		b = pb[12]
		c00 += F(a0 * b)
		c10 += F(a1 * b)
		b = pb[13]
		c01 += F(a0 * b)
		c11 += F(a1 * b)
		b = pb[14]
		c02 += F(a0 * b)
		c12 += F(a1 * b)
		b = pb[15]
		c03 += F(a0 * b)
		c13 += F(a1 * b)
		pa, pb = pa[8:], pb[16:]
	}
	for len(pa) >= 2 && len(pb) >= 4 {
		a0, a1 := pa[0], pa[1]
		c00 += F(a0 * pb[0])
		c10 += F(a1 * pb[0])
		c01 += F(a0 * pb[1])
		c11 += F(a1 * pb[1])
		c02 += F(a0 * pb[2])
		c12 += F(a1 * pb[2])
		c03 += F(a0 * pb[3])
		c13 += F(a1 * pb[3])
		pa, pb = pa[2:], pb[4:]
	}
	r0, r1 = r0[:4], r1[:4]
	r0[0], r0[1], r0[2], r0[3] = c00, c01, c02, c03
	r1[0], r1[1], r1[2], r1[3] = c10, c11, c12, c13
}

// dotStrided is Σ_p a[pa+p·ap]·b[pb+p·bp] for p = 0..k−1 ascending.
func dotStrided[F Float](a, b []F, pa, ap, pb, bp, k int) F {
	var s F
	for p := 0; p < k; p++ {
		s += F(a[pa] * b[pb])
		pa += ap
		pb += bp
	}
	return s
}

// dot is Σ x[p]·y[p] for p ascending, each product rounded before the add.
func dot[F Float](x, y []F) F {
	y = y[:len(x)]
	var s F
	for p, xv := range x {
		s += F(xv * y[p])
	}
	return s
}

// minParallelWork is the number of multiply-adds below which the pure-Go
// kernel stays on the calling goroutine: under it, starting goroutines costs
// more than it saves. The vector kernel does about eight times as many
// multiply-adds in the same time, so its threshold is eight times higher.
const (
	minParallelWork       = 1 << 15
	minVectorParallelWork = 1 << 18
)

// parallelRows calls rows over a partition of [0, m), on up to GOMAXPROCS
// goroutines, one per minWork units of work. The partition depends on
// GOMAXPROCS but the kernels compute each row independently, so the result
// does not.
func parallelRows(m, workPerRow, minWork int, rows func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if w := m * workPerRow / minWork; w < workers {
		workers = w
	}
	if workers > m {
		workers = m
	}
	if workers <= 1 {
		rows(0, m)
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := m*w/workers, m*(w+1)/workers
		wg.Go(func() { rows(lo, hi) })
	}
	wg.Wait()
}

// AddBias sets out (m×n) to z + b, adding the row b (length n) to every row.
func AddBias[F Float](out, z, b []F, m, n int) {
	b = b[:n]
	for i := 0; i < m; i++ {
		orow, zrow := out[i*n:i*n+n], z[i*n:i*n+n]
		for j, bv := range b {
			orow[j] = zrow[j] + bv
		}
	}
}

// BiasGrad sets db (length n) to the column sums of dz (m×n), rows summed
// in ascending order: the gradient of AddBias with respect to b.
func BiasGrad[F Float](db, dz []F, m, n int) {
	db = db[:n]
	clear(db)
	for i := 0; i < m; i++ {
		row := dz[i*n : i*n+n]
		for j, v := range row {
			db[j] += v
		}
	}
}

// ReLU sets out[i] = max(x[i], 0); a NaN stays NaN so that a diverged step
// is not hidden. It moves bits without arithmetic (x[i] or +0), and so does
// its AVX2 version.
func ReLU[F Float](out, x []F) {
	x = x[:len(out)]
	done := reluVector(out, x)
	reluGeneric(out[done:], x[done:])
}

func reluGeneric[F Float](out, x []F) {
	x = x[:len(out)]
	for i, v := range x {
		if v <= 0 {
			v = 0
		}
		out[i] = v
	}
}

// ReLUGrad sets dx[i] = dout[i] where the ReLU output out[i] is positive
// and 0 elsewhere (the subgradient 0 at 0).
func ReLUGrad[F Float](dx, out, dout []F) {
	out, dout = out[:len(dx)], dout[:len(dx)]
	done := reluGradVector(dx, out, dout)
	reluGradGeneric(dx[done:], out[done:], dout[done:])
}

func reluGradGeneric[F Float](dx, out, dout []F) {
	out, dout = out[:len(dx)], dout[:len(dx)]
	for i, o := range out {
		if o > 0 {
			dx[i] = dout[i]
		} else {
			dx[i] = 0
		}
	}
}

// LogSoftmax sets each row of out (m×n) to z − max(z) − log Σ exp(z − max(z)).
// The maximum and the sum run over the row left to right; exp and log are
// the portable Exp and Log in float64, and the sum of exponentials is kept
// in float64 for both element types.
func LogSoftmax[F Float](out, z []F, m, n int) {
	for i := 0; i < m; i++ {
		zrow, orow := z[i*n:i*n+n], out[i*n:i*n+n]
		mx := zrow[0]
		for _, v := range zrow[1:] {
			if v > mx || v != v {
				mx = v
			}
		}
		var s float64
		for j, v := range zrow {
			d := v - mx
			orow[j] = d
			s += Exp(float64(d))
		}
		lse := F(Log(s))
		for j := range orow {
			orow[j] -= lse
		}
	}
}

// LogSoftmaxGrad sets dz (m×n) to the gradient through LogSoftmax given its
// output logp and the gradient g at the output: dz = g − exp(logp)·Σ g,
// row by row, the sum left to right.
func LogSoftmaxGrad[F Float](dz, logp, g []F, m, n int) {
	for i := 0; i < m; i++ {
		lrow, grow, drow := logp[i*n:i*n+n], g[i*n:i*n+n], dz[i*n:i*n+n]
		var s F
		for _, v := range grow {
			s += v
		}
		for j, v := range lrow {
			p := F(Exp(float64(v)))
			drow[j] = grow[j] - F(p*s)
		}
	}
}

// CrossEntropy returns scale·Σ y[i]·logp[i], the sum over the flat slices
// in ascending order. With scale = −1/batch and one-hot rows y it is the
// mean negative log-likelihood.
func CrossEntropy[F Float](logp, y []F, scale F) F {
	return F(scale * dot(y, logp))
}

// CrossEntropyGrad sets dlogp to the gradient of CrossEntropy with respect
// to logp: scale·y.
func CrossEntropyGrad[F Float](dlogp, y []F, scale F) {
	y = y[:len(dlogp)]
	for i, v := range y {
		dlogp[i] = F(scale * v)
	}
}

// Update applies one optimizer step in place: plain SGD when v is nil,
// w −= η·g; otherwise heavy-ball momentum, v = μ·v + g; w −= η·v. Products
// are rounded before they are added, as in every kernel here.
func Update[F Float](w, v, g []F, lr, mu F) {
	g = g[:len(w)]
	if v == nil {
		for i := range w {
			w[i] -= F(lr * g[i])
		}
		return
	}
	v = v[:len(w)]
	for i := range w {
		v[i] = F(mu*v[i]) + g[i]
		w[i] -= F(lr * v[i])
	}
}

// Implementation names the MatMul kernel this binary runs on this processor:
// "AVX2 assembly" or "pure Go". Both give the same bits; the name is for a
// binary's summary and for benchmarks.
func Implementation() string {
	if vectorKernel != "" {
		return vectorKernel
	}
	return "pure Go"
}
