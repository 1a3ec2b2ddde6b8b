package zkruling

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// wholeCase is a whole operator with its honest output and its tensors'
// shapes.
type wholeCase struct {
	op     Operator
	inputs [][]int32
	out    []int32
	shapes [][]int
}

func newMatMulWhole(t *testing.T, rng *rand.Rand, m, k, n int, ta, tb bool) wholeCase {
	op := Operator{Op: OpMatMul, M: m, K: k, N: n, TransA: ta, TransB: tb}
	a, b := randomTensor(rng, m*k, One), randomTensor(rng, k*n, One/4)
	c := make([]int32, m*n)
	require.NoError(t, fixed.MatMul(c, a, b, m, k, n, ta, tb))
	shapes, err := wholeShapes(op)
	require.NoError(t, err)
	return wholeCase{op, [][]int32{a, b}, c, shapes}
}

func newBiasGradWhole(t *testing.T, rng *rand.Rand, m, n int) wholeCase {
	op := Operator{Op: OpBiasGrad, M: m, N: n}
	dy := randomTensor(rng, m*n, One)
	db := make([]int32, n)
	for i := range m {
		for j := range n {
			db[j] += dy[i*n+j]
		}
	}
	shapes, err := wholeShapes(op)
	require.NoError(t, err)
	return wholeCase{op, [][]int32{dy}, db, shapes}
}

// lists is every tensor's native chunk-digest list, as a fixed-mode leaf
// commits it.
func (c wholeCase) lists(t *testing.T) [][]fr.Element {
	var out [][]fr.Element
	for k, v := range append(slices.Clone(c.inputs), c.out) {
		ds, err := chunk.Digests(c.shapes[k], v)
		require.NoError(t, err)
		out = append(out, ds)
	}
	return out
}

// verifyWith checks r's proof against other public inputs.
func verifyWith(r *Ruling, digests []fr.Element) error {
	forged := *r
	forged.Digests = digests
	return forged.VerifyGo()
}

// TestProveWhole proves a product and a bias gradient whole over the chunk
// digests the game's leaves commit: the public inputs are exactly the
// tensors' lists, a wrong output has no proof, and the proof fails with a
// digest changed or with another tensor's list in place of one.
func TestProveWhole(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 2))
	for _, c := range []wholeCase{newMatMulWhole(t, rng, 4, 8, 3, false, true), newBiasGradWhole(t, rng, 6, 3)} {
		t.Run(c.op.Op, func(t *testing.T) {
			r, err := ProveWhole(c.op, c.inputs, c.out)
			require.NoError(t, err)
			require.NoError(t, r.VerifyGo())
			lists := c.lists(t)
			assert.Equal(t, slices.Concat(lists...), r.Digests, "public inputs are the leaves' lists")
			counts, err := ChunkCounts(c.op)
			require.NoError(t, err)
			for k, l := range lists {
				assert.Len(t, l, counts[k])
			}

			wrong := slices.Clone(c.out)
			wrong[0]++
			_, err = ProveWhole(c.op, c.inputs, wrong)
			require.Error(t, err, "an output one unit off")

			// The first input's list replaced by the output's: another
			// tensor's digest, each list of length one here.
			other := slices.Clone(r.Digests)
			other[0] = other[len(other)-1]
			assert.Error(t, verifyWith(r, other))
			tampered := slices.Clone(r.Digests)
			tampered[len(tampered)-1].SetUint64(7)
			assert.Error(t, verifyWith(r, tampered))
		})
	}
}

// TestProveWholeAcrossChunks proves a product whose operands span two
// chunks each (2×300 by 300×2): the lists are bound in order, so the proof
// fails with an operand's chunks swapped or with the two operands' lists
// swapped, even though their lengths agree.
func TestProveWholeAcrossChunks(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a circuit of ~45,000 constraints")
	}
	rng := rand.New(rand.NewPCG(10, 3))
	c := newMatMulWhole(t, rng, 2, 300, 2, false, false)
	counts, err := ChunkCounts(c.op)
	require.NoError(t, err)
	require.Equal(t, []int{2, 2, 1}, counts)
	r, err := ProveWhole(c.op, c.inputs, c.out)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	d := r.Digests
	assert.Error(t, verifyWith(r, []fr.Element{d[1], d[0], d[2], d[3], d[4]}), "A's chunks swapped")
	assert.Error(t, verifyWith(r, []fr.Element{d[2], d[3], d[0], d[1], d[4]}), "A's and B's lists swapped")
}
