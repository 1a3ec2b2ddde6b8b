package kernels

// Convolution and max-pooling on batches of images stored example by
// example, each channel-major (C, H, W) and row-major within a channel:
// x[n, c, y, x] is x[((n·C + c)·H + y)·W + x]. Flattening such a batch for
// a dense layer moves nothing: row n of the [batch, C·H·W] matrix is
// example n in that order.
//
// The convolution runs as im2col and MatMul, so its sums are MatMul's:
// each output element is one sum over the window in a fixed order, every
// product rounded before it is added, on every platform and at any
// GOMAXPROCS. Padding positions hold +0 and are multiplied like any other
// input (so a non-finite weight poisons its outputs as it would in a
// framework that pads with zeros).

// ConvGeom is the geometry of a convolution or pooling window over one
// example: C input channels of H×W, a K×K window moved by S, P zeros of
// padding around the input. Out is the number of output channels (a
// pooling layer's is C).
type ConvGeom struct {
	C, H, W, K, S, P, Out int
}

// OH and OW are the output's height and width: (H + 2P − K)/S + 1 and the
// same for W. The task's validation makes the divisions exact.
func (g ConvGeom) OH() int { return (g.H+2*g.P-g.K)/g.S + 1 }
func (g ConvGeom) OW() int { return (g.W+2*g.P-g.K)/g.S + 1 }

// In is C·H·W, the input values of one example; Window is C·K·K, the values
// one output pixel reads; Pixels is OH·OW.
func (g ConvGeom) In() int     { return g.C * g.H * g.W }
func (g ConvGeom) Window() int { return g.C * g.K * g.K }
func (g ConvGeom) Pixels() int { return g.OH() * g.OW() }

// OutSize is Out·OH·OW, the output values of one example.
func (g ConvGeom) OutSize() int { return g.Out * g.Pixels() }

// im2col writes the windows of examples n0..n1−1 of x into cols, one row of
// Window() values per output pixel: row (n−n0)·Pixels() + oy·OW + ox holds
// x[n, c, oy·S − P + ky, ox·S − P + kx] at column (c·K + ky)·K + kx, +0
// where that position is padding. It moves values only.
func im2col[F Float](cols, x []F, g ConvGeom, n0, n1 int) {
	oh, ow, win := g.OH(), g.OW(), g.Window()
	for n := n0; n < n1; n++ {
		img := x[n*g.In() : (n+1)*g.In()]
		for oy := 0; oy < oh; oy++ {
			for ox := 0; ox < ow; ox++ {
				row := cols[((n-n0)*oh*ow+oy*ow+ox)*win:][:win]
				q := 0
				for c := 0; c < g.C; c++ {
					plane := img[c*g.H*g.W : (c+1)*g.H*g.W]
					for ky := 0; ky < g.K; ky++ {
						iy := oy*g.S - g.P + ky
						for kx := 0; kx < g.K; kx++ {
							ix := ox*g.S - g.P + kx
							if iy < 0 || iy >= g.H || ix < 0 || ix >= g.W {
								row[q] = 0
							} else {
								row[q] = plane[iy*g.W+ix]
							}
							q++
						}
					}
				}
			}
		}
	}
}

// Conv2D sets out (batch × Out·OH·OW) to the convolution of x (batch ×
// C·H·W) with w (Out × C·K·K, stored [out, in, ky, kx]) plus the bias b
// (Out): out[n, o, oy, ox] = s + b[o], where s is the sum from +0 of
// w[o, c, ky, kx]·x[n, c, oy·S−P+ky, ox·S−P+kx] over c, ky, kx in that
// (row-major) order, each product rounded, and the bias added last in one
// rounded addition.
func Conv2D[F Float](out, x, w, b []F, batch int, g ConvGeom) {
	pix, win := g.Pixels(), g.Window()
	rows := batch * pix
	cbuf, cols := getScratch[F](rows * win)
	defer putScratch(cbuf)
	tbuf, tmp := getScratch[F](rows * g.Out)
	defer putScratch(tbuf)
	im2col(cols, x, g, 0, batch)
	// tmp[(n·pix + p)·Out + o] = Σ_q cols[n·pix+p, q]·w[o, q]
	MatMul(tmp, cols, w[:g.Out*win], rows, win, g.Out, false, true)
	for n := 0; n < batch; n++ {
		for o := 0; o < g.Out; o++ {
			dst := out[(n*g.Out+o)*pix : (n*g.Out+o+1)*pix]
			bo := b[o]
			for p := range dst {
				dst[p] = tmp[(n*pix+p)*g.Out+o] + bo
			}
		}
	}
}

// Conv2DGradW sets dw (Out × C·K·K) to the gradient of the loss with
// respect to Conv2D's weight given the gradient dy at its output:
// dw[o, q] is the sum from +0 of dy[n, o, p]·cols[n, p, q] over examples n
// and, within each, output pixels p in row-major order, each product
// rounded (cols as im2col writes them).
func Conv2DGradW[F Float](dw, x, dy []F, batch int, g ConvGeom) {
	pix, win := g.Pixels(), g.Window()
	rows := batch * pix
	cbuf, cols := getScratch[F](rows * win)
	defer putScratch(cbuf)
	tbuf, dyt := getScratch[F](g.Out * rows)
	defer putScratch(tbuf)
	im2col(cols, x, g, 0, batch)
	// dyt[o, n·pix + p] = dy[n, o, p]: moves values only.
	for n := 0; n < batch; n++ {
		for o := 0; o < g.Out; o++ {
			copy(dyt[o*rows+n*pix:o*rows+(n+1)*pix], dy[(n*g.Out+o)*pix:(n*g.Out+o+1)*pix])
		}
	}
	MatMul(dw[:g.Out*win], dyt, cols, g.Out, rows, win, false, false)
}

// Conv2DGradB sets db (Out) to the bias gradient: db[o] is the sum from +0
// of dy[n, o, p] over n and then p, in order.
func Conv2DGradB[F Float](db, dy []F, batch int, g ConvGeom) {
	pix := g.Pixels()
	db = db[:g.Out]
	clear(db)
	for n := 0; n < batch; n++ {
		for o := 0; o < g.Out; o++ {
			s := db[o]
			for _, v := range dy[(n*g.Out+o)*pix : (n*g.Out+o+1)*pix] {
				s += v
			}
			db[o] = s
		}
	}
}

// Conv2DGradX sets dx (batch × C·H·W) to the gradient with respect to
// Conv2D's input: first, per output pixel p of example n and window
// position q, t = the sum from +0 of dy[n, o, p]·w[o, q] over o in order,
// each product rounded; then dx starts at +0 and, for n, then p in
// row-major order, then q in (c, ky, kx) order, every t whose window
// position is not padding is added to its input position in one rounded
// addition.
func Conv2DGradX[F Float](dx, dy, w []F, batch int, g ConvGeom) {
	pix, win := g.Pixels(), g.Window()
	rows := batch * pix
	pbuf, dyp := getScratch[F](rows * g.Out)
	defer putScratch(pbuf)
	cbuf, dcols := getScratch[F](rows * win)
	defer putScratch(cbuf)
	// dyp[n·pix + p, o] = dy[n, o, p]: moves values only.
	for n := 0; n < batch; n++ {
		for o := 0; o < g.Out; o++ {
			src := dy[(n*g.Out+o)*pix : (n*g.Out+o+1)*pix]
			for p, v := range src {
				dyp[(n*pix+p)*g.Out+o] = v
			}
		}
	}
	MatMul(dcols, dyp, w[:g.Out*win], rows, g.Out, win, false, false)
	dx = dx[:batch*g.In()]
	clear(dx)
	oh, ow := g.OH(), g.OW()
	parallelRows(batch, pix*win, minParallelWork, func(lo, hi int) {
		for n := lo; n < hi; n++ {
			img := dx[n*g.In() : (n+1)*g.In()]
			for oy := 0; oy < oh; oy++ {
				for ox := 0; ox < ow; ox++ {
					row := dcols[(n*pix+oy*ow+ox)*win:][:win]
					q := 0
					for c := 0; c < g.C; c++ {
						plane := img[c*g.H*g.W : (c+1)*g.H*g.W]
						for ky := 0; ky < g.K; ky++ {
							iy := oy*g.S - g.P + ky
							for kx := 0; kx < g.K; kx++ {
								ix := ox*g.S - g.P + kx
								if iy >= 0 && iy < g.H && ix >= 0 && ix < g.W {
									plane[iy*g.W+ix] += row[q]
								}
								q++
							}
						}
					}
				}
			}
		}
	})
}

// maxIndex returns the index in plane (one channel of H×W) of the maximum of
// the window at output pixel (oy, ox): the window is scanned by ky and then
// kx, and a value replaces the best so far only if it is greater, so the
// first maximum in that order wins a tie (and a NaN never replaces, nor is
// replaced once first).
func maxIndex[F Float](plane []F, g ConvGeom, oy, ox int) int {
	y0, x0 := oy*g.S, ox*g.S
	best := y0*g.W + x0
	for ky := 0; ky < g.K; ky++ {
		for kx := 0; kx < g.K; kx++ {
			i := (y0+ky)*g.W + x0 + kx
			if plane[i] > plane[best] {
				best = i
			}
		}
	}
	return best
}

// MaxPool sets out (batch × C·OH·OW) to the maximum of each K×K window of x
// (batch × C·H·W; g.P is 0 and g.Out is g.C), chosen as maxIndex chooses.
// It compares and copies only, so it is exact.
func MaxPool[F Float](out, x []F, batch int, g ConvGeom) {
	oh, ow := g.OH(), g.OW()
	plane := g.H * g.W
	for n := 0; n < batch; n++ {
		for c := 0; c < g.C; c++ {
			src := x[(n*g.C+c)*plane : (n*g.C+c+1)*plane]
			dst := out[(n*g.C+c)*oh*ow : (n*g.C+c+1)*oh*ow]
			for oy := 0; oy < oh; oy++ {
				for ox := 0; ox < ow; ox++ {
					dst[oy*ow+ox] = src[maxIndex(src, g, oy, ox)]
				}
			}
		}
	}
}

// MaxPoolGrad sets dx (batch × C·H·W) to the gradient through MaxPool:
// dx starts at +0 and each window's output gradient dy[n, c, oy, ox] is
// added, in row-major window order, to the input position maxIndex chose
// (windows that overlap, S < K, may add to one position more than once).
func MaxPoolGrad[F Float](dx, x, dy []F, batch int, g ConvGeom) {
	oh, ow := g.OH(), g.OW()
	plane := g.H * g.W
	dx = dx[:batch*g.C*plane]
	clear(dx)
	for n := 0; n < batch; n++ {
		for c := 0; c < g.C; c++ {
			src := x[(n*g.C+c)*plane : (n*g.C+c+1)*plane]
			d := dx[(n*g.C+c)*plane : (n*g.C+c+1)*plane]
			grad := dy[(n*g.C+c)*oh*ow : (n*g.C+c+1)*oh*ow]
			for oy := 0; oy < oh; oy++ {
				for ox := 0; ox < ow; ox++ {
					d[maxIndex(src, g, oy, ox)] += grad[oy*ow+ox]
				}
			}
		}
	}
}
