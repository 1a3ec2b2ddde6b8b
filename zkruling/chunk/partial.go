package chunk

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
)

// A fixed-mode product C = Round(A·B, 16) of an m×k by a k×n matrix is
// settled, when k is large, over its partial products: P_t is the exact
// integer sum Σ_{p < t·w} A[:, p]·B[p, :] over the first t slices of w
// columns of A (rows of B), P_0 = 0 and C = Round(P_J, 16) for J = k/w. The
// game commits to each P_t as the MiMC digests of its rows and bisects over
// t; a ruling then proves one slice of one row, P_t[r] = P_{t−1}[r] +
// A[r, slice]·B[slice, :], or the final rounding of one output chunk.
//
// The slice width is chosen so that both operand slices are read from the
// chunks the operands' leaves already commit to: w = Size/n, so that B's
// rows (t−1)·w … t·w−1 are exactly B's chunk t−1, and w divides k and
// Size, so that A's row r of slice t (w values starting at flat index
// r·k + (t−1)·w, a multiple of w) lies inside one chunk of A.

const (
	// PartialTag ("partial" in ASCII) opens a partial row's digest, which
	// therefore never shares a hash input with a chunk digest.
	PartialTag = 0x7061727469616c
	// PartialBits is the width of a packed partial value: v + 2^63 as an
	// unsigned 64-bit integer, so every int64 packs injectively.
	PartialBits = 64
	// PartialPackWidth partial values share a field element (192 bits).
	PartialPackWidth = 3
)

// Slices returns the slice width w and count J = k/w of an m×k by k×n
// product, and whether its inner dimension can be bisected: n divides
// Size, w = Size/n divides k, and there are at least two slices.
func Slices(m, k, n int) (width, count int, ok bool) {
	if m <= 0 || k <= 0 || n <= 0 || n > Size || Size%n != 0 {
		return 0, 0, false
	}
	w := Size / n
	if k%w != 0 || k/w < 2 {
		return 0, 0, false
	}
	return w, k / w, true
}

// SliceChunk is the chunk of A (m×k, row-major) that holds row r of slice
// t (1 ≤ t ≤ J), and the offset of its first value in the chunk.
func SliceChunk(k, width, t, r int) (index, offset int) {
	f := r*k + (t-1)*width
	return f / Size, f % Size
}

// PartialProducts returns P_0 … P_J of the m×k by k×n product a·b
// (row-major, no transposes) over slices of the given width: P_t holds
// m·n exact sums. With values below 2^24 in magnitude and k ≤ 2^14 every
// sum is below 2^62.
func PartialProducts(a, b []int32, m, k, n, width int) ([][]int64, error) {
	if len(a) != m*k || len(b) != k*n || width <= 0 || k%width != 0 {
		return nil, fmt.Errorf("chunk: partial products of %d and %d values as %d×%d by %d×%d in slices of %d", len(a), len(b), m, k, k, n, width)
	}
	out := make([][]int64, k/width+1)
	out[0] = make([]int64, m*n)
	for t := 1; t < len(out); t++ {
		p := append([]int64(nil), out[t-1]...)
		for i := range m {
			row := p[i*n : (i+1)*n]
			for q := (t - 1) * width; q < t*width; q++ {
				x := int64(a[i*k+q])
				if x == 0 {
					continue
				}
				for j, y := range b[q*n : (q+1)*n] {
					row[j] += x * int64(y)
				}
			}
		}
		out[t] = p
	}
	return out, nil
}

// PartialHeader is the header a partial row's digest hashes before its
// values: the tag, the product's dimensions, the partial's index t and the
// row.
func PartialHeader(m, k, n, t, r int) []int64 {
	return []int64{PartialTag, int64(m), int64(k), int64(n), int64(t), int64(r)}
}

// PartialDigest is the digest of row r of the partial product P_t of an
// m×k by k×n product: MiMC over PartialHeader, then the n values, each as
// v + 2^63, packed PartialPackWidth to a field element as Σ uᵢ·2^(64·i).
func PartialDigest(m, k, n, t, r int, row []int64) (fr.Element, error) {
	if len(row) != n || r < 0 || r >= m || t < 0 {
		return fr.Element{}, fmt.Errorf("chunk: row %d of partial %d of a %d×%d by %d×%d product with %d values", r, t, m, k, k, n, len(row))
	}
	return packedDigest(PartialHeader(m, k, n, t, r), row), nil
}

// packedDigest is the MiMC digest of a partial's header then its values
// as v + 2^63, PartialPackWidth to an element, the first value in the low
// bits: the packing PartialDigest and PartialChunkDigest share.
func packedDigest(header []int64, values []int64) fr.Element {
	h := mimc.NewFieldHasher()
	var e, term, shift fr.Element
	for _, x := range header {
		e.SetInt64(x)
		h.WriteElement(e)
	}
	shift.SetUint64(1)
	for range PartialBits {
		shift.Double(&shift)
	}
	for start := 0; start < len(values); start += PartialPackWidth {
		end := min(start+PartialPackWidth, len(values))
		e.SetZero()
		for i := end - 1; i >= start; i-- {
			e.Mul(&e, &shift)
			term.SetUint64(uint64(values[i]) ^ (1 << 63)) // v + 2^63 mod 2^64
			e.Add(&e, &term)
		}
		h.WriteElement(e)
	}
	return h.SumElement()
}

// PartialDigests returns the row digests of P_t (m×n, row-major).
func PartialDigests(m, k, n, t int, p []int64) ([]fr.Element, error) {
	if len(p) != m*n {
		return nil, fmt.Errorf("chunk: partial %d holds %d values, want %d×%d", t, len(p), m, n)
	}
	out := make([]fr.Element, m)
	for r := range m {
		d, err := PartialDigest(m, k, n, t, r, p[r*n:(r+1)*n])
		if err != nil {
			return nil, err
		}
		out[r] = d
	}
	return out, nil
}
