package chunk

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// A transposed product C = Round(Aᵀ·B, 16), A stored k×m and B k×n (the
// first layer's weight gradient xᵀ·dz: k is the batch), has partial
// products over the rows of its operands: P_t = Σ_{b < t} A[b, :]ᵀ·B[b, :],
// P_0 = 0 and C = Round(P_k, 16). fixed.MatMul sums the same exact int64
// products, in another order, and rounds once at the end, so the last
// partial is its accumulator. Each row t of the operands adds an outer
// product to every output value, so a partial is committed by the output's
// own chunk layout: the digest of chunk c of P_t (PartialChunkDigest)
// covers output rows c·w … c·w+w−1 for w = Size/n, and the step from
// P_{t−1} to P_t on that chunk reads A[t−1, c·w … c·w+w−1] (w values at
// flat index (t−1)·m + c·w, a multiple of w, which divides Size: inside one
// chunk of A) and B's row t−1 (n values at flat index (t−1)·n, inside one
// chunk of B since n divides Size).

// PartialChunkTag ("partialc" in ASCII) opens a transposed partial's chunk
// digest, which therefore never shares a hash input with a partial row's
// digest or a chunk digest.
const PartialChunkTag = 0x7061727469616c63

// TSlices returns the output rows per chunk w = Size/n of a transposed
// product (A k×m, B k×n, output m×n) and whether its inner dimension k can
// be bisected by operand row: n divides Size, w divides m (so that every
// read of A stays inside one chunk), 2 ≤ k ≤ 2^14.
func TSlices(m, k, n int) (rows int, ok bool) {
	if m <= 0 || k < 2 || k > 1<<14 || n <= 0 || n > Size || Size%n != 0 {
		return 0, false
	}
	w := Size / n
	if m%w != 0 {
		return 0, false
	}
	return w, true
}

// TSliceChunk is the chunk of A (k×m, row-major) that holds the values
// output chunk c reads from operand row t−1, and the offset of the first
// one in that chunk.
func TSliceChunk(m, n, t, c int) (index, offset int) {
	f := (t-1)*m + c*(Size/n)
	return f / Size, f % Size
}

// TPartialProducts returns P_0 … P_k of the transposed product aᵀ·b (a
// stored k×m, b k×n): P_t holds m·n exact sums. With values below 2^24 in
// magnitude and k ≤ 2^14 every sum is below 2^62.
func TPartialProducts(a, b []int32, m, k, n int) ([][]int64, error) {
	if m <= 0 || n <= 0 || len(a) != k*m || len(b) != k*n {
		return nil, fmt.Errorf("chunk: transposed partial products of %d and %d values as %d×%d and %d×%d", len(a), len(b), k, m, k, n)
	}
	out := make([][]int64, k+1)
	out[0] = make([]int64, m*n)
	for t := 1; t <= k; t++ {
		p := append([]int64(nil), out[t-1]...)
		brow := b[(t-1)*n : t*n]
		for i, x := range a[(t-1)*m : t*m] {
			if x == 0 {
				continue
			}
			row := p[i*n : (i+1)*n]
			for j, y := range brow {
				row[j] += int64(x) * int64(y)
			}
		}
		out[t] = p
	}
	return out, nil
}

// PartialChunkHeader is what chunk c of a transposed partial P_t hashes
// before its values: the tag, m, k, n, the chunk's length, t and c. The
// length is fixed by the shape and c, so a circuit compiled for one length
// folds all but t and c into constants.
func PartialChunkHeader(m, k, n, length, t, c int) []int64 {
	return []int64{PartialChunkTag, int64(m), int64(k), int64(n), int64(length), int64(t), int64(c)}
}

// PartialChunkDigest is the digest of chunk c (output values c·Size …) of
// the transposed partial P_t of an m×n output over an inner dimension k:
// MiMC over PartialChunkHeader, then the values, each as v + 2^63, packed
// PartialPackWidth to a field element as Σ uᵢ·2^(64·i), as PartialDigest
// packs a row.
func PartialChunkDigest(m, k, n, t, c int, values []int64) (fr.Element, error) {
	if c < 0 || c >= Count(m*n) || t < 0 || t > k {
		return fr.Element{}, fmt.Errorf("chunk: chunk %d of transposed partial %d of a %d×%d output over %d", c, t, m, n, k)
	}
	if start, end := Bounds(m*n, c); len(values) != end-start {
		return fr.Element{}, fmt.Errorf("chunk: chunk %d of a %d×%d partial holds %d values, got %d", c, m, n, end-start, len(values))
	}
	return packedDigest(PartialChunkHeader(m, k, n, len(values), t, c), values), nil
}

// PartialChunkDigests returns the chunk digests of the transposed partial
// P_t (m×n, row-major).
func PartialChunkDigests(m, k, n, t int, p []int64) ([]fr.Element, error) {
	if len(p) != m*n {
		return nil, fmt.Errorf("chunk: partial %d holds %d values, want %d×%d", t, len(p), m, n)
	}
	out := make([]fr.Element, Count(m*n))
	for c := range out {
		start, end := Bounds(m*n, c)
		d, err := PartialChunkDigest(m, k, n, t, c, p[start:end])
		if err != nil {
			return nil, err
		}
		out[c] = d
	}
	return out, nil
}
