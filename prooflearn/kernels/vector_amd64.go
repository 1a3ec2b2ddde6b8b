//go:build !purego

package kernels

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// The tile kernels of vector_amd64.s. Each sets a 6×16 (float32) or 6×8
// (float64) tile of c to the products of six rows of op(a) with one panel of
// op(b); k is at least 1.
//
//go:noescape
func tile6x16f32(k int, a *float32, rs, ps int, b *float32, bs int, c *float32, cs int)

//go:noescape
func tile6x8f64(k int, a *float64, rs, ps int, b *float64, bs int, c *float64, cs int)

// haveAVX2 is whether this processor and its operating system run AVX2.
var haveAVX2 = cpu.X86.HasAVX && cpu.X86.HasAVX2

// vectorKernel names the MatMul kernel of this build and processor.
var vectorKernel = func() string {
	if haveAVX2 {
		return "AVX2 assembly"
	}
	return ""
}()

// tileRows is the number of rows of c in one tile.
const tileRows = 6

// matMulVector computes MatMul with the AVX2 tile kernels and reports
// whether it did; without AVX2 it does nothing and reports false.
func matMulVector[F Float](c, a, b []F, m, k, n int, transA, transB bool) bool {
	if !haveAVX2 {
		return false
	}
	switch unsafe.Sizeof(F(0)) {
	case 4:
		matMulTiles(as[float32](c), as[float32](a), as[float32](b), m, k, n, transA, transB, 16, tile6x16f32)
	default:
		matMulTiles(as[float64](c), as[float64](a), as[float64](b), m, k, n, transA, transB, 8, tile6x8f64)
	}
	return true
}

// as views a slice of F as a slice of E, a type of the same size (F is
// ~float32 or ~float64, so the bits are the same values).
func as[E, F Float](s []F) []E {
	return unsafe.Slice((*E)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

// matMulTiles computes c = op(a)·op(b) tile by tile: tiles of tileRows rows
// and nr columns, numbered row panel by row panel, split into contiguous
// runs among goroutines. A goroutine computes whole elements of c, each as
// one lane of kern, so the split does not change a bit.
//
// The kernel reads a in place through its strides whatever the layout, and
// b in place when it is not transposed, with a row of b as a row of the
// panel. Packing copies values, without arithmetic, only where the kernel
// cannot read in place: b when transposed, the last panel of columns when n
// is not a multiple of nr, and the last tileRows rows when m is not a
// multiple of tileRows. Packed panels are padded with zeros to full tiles;
// the padding lanes compute values nobody reads (a ragged tile is written
// to a small buffer and its real elements copied to c), and lanes never mix,
// so padding does not change the real elements.
func matMulTiles[F float32 | float64](c, a, b []F, m, k, n int, transA, transB bool, nr int,
	kern func(k int, a *F, rs, ps int, b *F, bs int, c *F, cs int)) {
	c, a, b = c[:m*n], a[:m*k], b[:k*n]
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c) // every sum is empty: +0
		return
	}
	// op(a)[i,p] = a[i*ai + p*ap] and op(b)[p,j] = b[p*bp + j*bj].
	ai, ap := k, 1
	if transA {
		ai, ap = 1, m
	}
	bp, bj := n, 1
	if transB {
		bp, bj = 1, k
	}
	rowPanels := (m + tileRows - 1) / tileRows
	colPanels := (n + nr - 1) / nr
	direct := 0 // panels 0..direct−1 are read from b in place
	if !transB {
		direct = n / nr
	}
	buf, packed := getScratch[F]((colPanels - direct) * nr * k)
	defer putScratch(buf)
	for q := direct; q < colPanels; q++ {
		panel := packed[(q-direct)*nr*k : (q-direct+1)*nr*k]
		j0 := q * nr
		w := min(nr, n-j0)
		for p := 0; p < k; p++ {
			row := panel[p*nr : (p+1)*nr]
			for jj := range w {
				row[jj] = b[p*bp+(j0+jj)*bj]
			}
			clear(row[w:])
		}
	}
	tiles := rowPanels * colPanels
	parallelRows(tiles, tileRows*nr*k, minVectorParallelWork, func(lo, hi int) {
		var edge *[]uint64 // the packed ragged row panel, once this goroutine needs it
		var edgeA []F
		var tmp [tileRows * 16]F // a ragged tile; nr is at most 16
		for t := lo; t < hi; t++ {
			i0, j0 := t/colPanels*tileRows, t%colPanels*nr
			rows, cols := min(tileRows, m-i0), min(nr, n-j0)
			pa, rs, ps := &a[i0*ai], ai, ap
			if rows < tileRows {
				if edge == nil {
					edge, edgeA = getScratch[F](tileRows * k)
					for p := 0; p < k; p++ {
						for r := range tileRows {
							v := F(0)
							if r < rows {
								v = a[(i0+r)*ai+p*ap]
							}
							edgeA[p*tileRows+r] = v
						}
					}
				}
				pa, rs, ps = &edgeA[0], 1, tileRows
			}
			var pb *F
			bs := nr
			if q := j0 / nr; q < direct {
				pb, bs = &b[j0], n
			} else {
				pb = &packed[(q-direct)*nr*k]
			}
			if rows == tileRows && cols == nr {
				kern(k, pa, rs, ps, pb, bs, &c[i0*n+j0], n)
				continue
			}
			kern(k, pa, rs, ps, pb, bs, &tmp[0], nr)
			for r := range rows {
				copy(c[(i0+r)*n+j0:(i0+r)*n+j0+cols], tmp[r*nr:r*nr+cols])
			}
		}
		if edge != nil {
			putScratch(edge)
		}
	})
}

// The ReLU kernels of vector_amd64.s, on len(out) (len(dx)) rounded down to
// whole registers; the other slices are at least as long.
//
//go:noescape
func reluAVX2f32(out, x []float32)

//go:noescape
func reluGradAVX2f32(dx, out, dout []float32)

//go:noescape
func reluAVX2f64(out, x []float64)

//go:noescape
func reluGradAVX2f64(dx, out, dout []float64)

// reluVector runs ReLU on as many leading elements as the vector kernel
// takes and returns how many; x is at least as long as out.
func reluVector[F Float](out, x []F) int {
	if !haveAVX2 {
		return 0
	}
	if unsafe.Sizeof(F(0)) == 4 {
		reluAVX2f32(as[float32](out), as[float32](x))
		return len(out) &^ 7
	}
	reluAVX2f64(as[float64](out), as[float64](x))
	return len(out) &^ 3
}

// reluGradVector runs ReLUGrad on as many leading elements as the vector
// kernel takes and returns how many; out and dout are at least as long as
// dx.
func reluGradVector[F Float](dx, out, dout []F) int {
	if !haveAVX2 {
		return 0
	}
	if unsafe.Sizeof(F(0)) == 4 {
		reluGradAVX2f32(as[float32](dx), as[float32](out), as[float32](dout))
		return len(dx) &^ 7
	}
	reluGradAVX2f64(as[float64](dx), as[float64](out), as[float64](dout))
	return len(dx) &^ 3
}
