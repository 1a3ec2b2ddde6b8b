package arbitration

import (
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// The transposed inner level. A weight gradient Aᵀ·B (the first layer's
// dW1 = xᵀ·dz, 784×32 over a batch of 32 in tiny) has the batch for inner
// dimension, and its whole circuit must hash all of x. Its partial products
// run over the operands' rows (chunk.TPartialProducts): P_t = Σ_{b < t}
// A[b, :]ᵀ·B[b, :], P_0 = 0, output = Round(P_K, 16). Each P_t touches every
// output value, so it is committed by the output's chunk layout: its leaf
// (TransposedPartialLeaf) lists the chunk digests of P_t
// (chunk.PartialChunkDigest), one per output chunk. The game is the inner
// level's, on the same messages and players: the sides commit to a tree
// over P_0 … P_K, the first leaf the zero partial's and the last opened;
// the game bisects to the first t they dispute, then takes the first chunk
// c of P_t whose digests differ, and rules that P_t's chunk c must be
// P_{t−1}'s chunk c plus A[t−1, rows of c]ᵀ·B[t−1, :]; or, when they agree
// on P_K, on the rounding of the first output chunk at which their outputs
// differ. Either ruling reads one chunk of each operand and of one or two
// partials (zkruling.ProveTSlice, zkruling.ProveTRound), four or two public
// digests.

const tpartialLeafTag = "prooflearn/partial-t/v1\x00"

// TransposedPartialLeaf is the leaf of partial P_t of the transposed
// product named name (output m×n over an inner dimension k): the RFC 6962
// leaf hash of the tag "prooflearn/partial-t/v1" and a zero byte, the name
// as a uint16 length and bytes, m, k, n, t and the chunk count as uint32s,
// then the chunk digests (chunk.PartialChunkDigest, 32 bytes each),
// big-endian like PartialLeaf, so that a contract can rebuild it. The tag
// keeps it from standing for a plain product's partial.
func TransposedPartialLeaf(name string, m, k, n, t int, digests []prooflearn.Hash) prooflearn.Hash {
	return partialLeaf(tpartialLeafTag, name, m, k, n, t, digests)
}

// PartialChunkDigests returns the chunk digests of the transposed partial
// P_t (m×n) as hashes.
func PartialChunkDigests(m, k, n, t int, p []int64) ([]prooflearn.Hash, error) {
	return digestHashes(chunk.PartialChunkDigests(m, k, n, t, p))
}

// innerTShape returns the transposed level's dimensions for the disputed
// node on the agreed inputs (A k×m, B k×n, output m×n) and the output rows
// per chunk; ok false when the level does not apply.
func innerTShape(node *train.Node, inputs []prooflearn.Tensor) (m, k, n, rows int, ok bool) {
	if node.Op != train.OpFixedMatMul || len(node.Attr) != 2 || node.Attr[0] != 1 || node.Attr[1] != 0 || len(inputs) != 2 {
		return
	}
	a, b := inputs[0].Shape, inputs[1].Shape
	if len(a) != 2 || len(b) != 2 || a[0] != b[0] || len(node.Shape) != 2 || node.Shape[0] != a[1] || node.Shape[1] != b[1] {
		return
	}
	m, k, n = a[1], a[0], b[1]
	rows, ok = chunk.TSlices(m, k, n)
	return
}

// tpartialScheme is how the transposed level commits to and rules on a
// partial: by the chunk digests of P_t, ruling on one output chunk of one
// operand row.
type tpartialScheme struct{ innerProduct }

// newTPartialScheme returns the transposed level's scheme for the disputed
// node on the agreed inputs, ok false when the level does not apply.
func newTPartialScheme(node *train.Node, inputs []prooflearn.Tensor) (*tpartialScheme, bool) {
	m, k, n, rows, ok := innerTShape(node, inputs)
	if !ok {
		return nil, false
	}
	return &tpartialScheme{innerProduct{name: node.Name, m: m, k: k, n: n, a: &inputs[0], b: &inputs[1],
		partials: k, width: rows, transposed: true, tag: tpartialLeafTag, unit: "chunk", units: chunk.Count(m * n),
		commits: "commits to %d partials past the zero one, the product has %d operand rows"}}, true
}

func (s *tpartialScheme) product() *innerProduct { return &s.innerProduct }

func (s *tpartialScheme) products() ([][]int64, error) {
	return chunk.TPartialProducts(s.a.I32, s.b.I32, s.m, s.k, s.n)
}

func (s *tpartialScheme) span(lo, hi int) (int, int, string) {
	start, _ := chunk.Bounds(s.m*s.n, lo)
	_, end := chunk.Bounds(s.m*s.n, hi-1)
	r, count := start/s.n, (end-start)/s.n
	return r, count, fmt.Sprintf("chunk %d (rows %d…%d)", lo, r, r+count-1)
}

func (s *tpartialScheme) chunkUnits(c int) (int, int) { return c, c + 1 }

func (s *tpartialScheme) unitDigest(t, c int, values []int64) (prooflearn.Hash, error) {
	d, err := chunk.PartialChunkDigest(s.m, s.k, s.n, t, c, values)
	return chunk.Bytes(d), err
}

// advance adds the outer product of the operands' row t−1 on the chunk's
// output rows to chunk c.
func (s *tpartialScheme) advance(t, c int, values []int64) []int64 {
	r, count, _ := s.span(c, c+1)
	a, b := s.a.I32[(t-1)*s.m:t*s.m], s.b.I32[(t-1)*s.n:t*s.n]
	for q := range count {
		x := int64(a[r+q])
		for j, y := range b {
			values[q*s.n+j] += x * int64(y)
		}
	}
	return values
}

func (s *tpartialScheme) sliceFault(t, c int) (string, error) {
	r, count, _ := s.span(c, c+1)
	return fmt.Sprintf("operand row %d of %d, chunk %d", t, s.k, c),
		fmt.Errorf("chunk %d of partial %d of %s (rows %d…%d) is not the agreed chunk plus operand row %d's product (%s and %s)", c, t, s.name, r, r+count-1, t-1, s.a.Name, s.b.Name)
}

func (s *tpartialScheme) roundFault(value int, got int32, want int64) (int, error) {
	return -1, fmt.Errorf("value %d of %s is %d, the rounding of the agreed last partial is %d", value, s.name, got, want)
}

// level3T plays the transposed inner level on the product node of step and
// rules. It always ends the game.
func (g *game) level3T(step int, node *train.Node, inputs []prooflearn.Tensor, outputs map[Party]*prooflearn.Tensor) error {
	s, _ := newTPartialScheme(node, inputs)
	return g.innerLevel(step, node, s, outputs)
}
