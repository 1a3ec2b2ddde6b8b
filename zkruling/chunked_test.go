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

// chunkCase is one elementwise operator on whole tensors with its honest
// output, from prooflearn/fixed.
type chunkCase struct {
	op     Operator
	inputs [][]int32
	out    []int32
}

func newChunkCase(rng *rand.Rand, op string, shape []int) chunkCase {
	n := 1
	for _, d := range shape {
		n *= d
	}
	x, y := randomTensor(rng, n, 2*One), randomTensor(rng, n, One)
	switch op {
	case OpMomentum:
		o := Operator{Op: op, Shape: shape, Scalar: fixed.Momentum(0.8)}
		return chunkCase{o, [][]int32{x, y}, momentumOut(x, y, o.Scalar)}
	case OpSGD:
		o := Operator{Op: op, Shape: shape, Scalar: fixed.LearningRate(0.02)}
		return chunkCase{o, [][]int32{x, y}, sgdOut(x, y, o.Scalar)}
	case OpReLU:
		out := make([]int32, n)
		fixed.ReLU(out, x)
		return chunkCase{Operator{Op: op, Shape: shape}, [][]int32{x}, out}
	case OpReLUGrad:
		x[0] = 0 // no gradient flows at zero
		out := make([]int32, n)
		fixed.ReLUGrad(out, y, x)
		return chunkCase{Operator{Op: op, Shape: shape}, [][]int32{y, x}, out}
	case OpSquaredErrorGrad:
		m, w := shape[0], shape[1]
		labels := make([]int, m)
		for i := range labels {
			labels[i] = rng.IntN(w)
			y[i*w+labels[i]] = fixed.One
		}
		for i := range y {
			if y[i] != fixed.One {
				y[i] = 0
			}
		}
		out := make([]int32, n)
		if err := fixed.SquaredErrorGrad(out, x, labels, m, w); err != nil {
			panic(err)
		}
		return chunkCase{Operator{Op: op, Shape: shape}, [][]int32{x, y}, out}
	case OpAddBias:
		m, w := shape[0], shape[1]
		bias := randomTensor(rng, w, One)
		out := make([]int32, n)
		if err := fixed.AddBias(out, x, bias, m, w); err != nil {
			panic(err)
		}
		return chunkCase{Operator{Op: op, M: m, N: w}, [][]int32{x, bias}, out}
	}
	panic(op)
}

// digestsAt is every argument's chunk digest at index (the whole bias's for
// add-bias), from the native chunk.Digests lists a fixed-mode leaf commits.
func (c chunkCase) digestsAt(t *testing.T, index int) []fr.Element {
	shapes, chunked, err := chunkShapes(c.op)
	require.NoError(t, err)
	var out []fr.Element
	for k, vals := range append(slices.Clone(c.inputs), c.out) {
		list, err := chunk.Digests(shapes[k], vals)
		require.NoError(t, err)
		if chunked[k] {
			out = append(out, list[index])
		} else {
			require.Len(t, list, 1)
			out = append(out, list[0])
		}
	}
	return out
}

// Every elementwise operator proves a chunk whose public inputs are the
// entries at its index of the native chunk-digest lists, and refuses a
// wrong output value in the chunk. The tensors are 2×260: chunk 1 holds the
// last 8 values (chunk 0, 512 values, is left to the long test).
func TestProveChunk(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 3))
	for _, op := range ChunkedOps {
		t.Run(op, func(t *testing.T) {
			shape := []int{2, 260}
			if op == OpAddBias {
				c := newChunkCase(rng, op, []int{6, 100})
				_, err := ProveChunk(c.op, 1, c.inputs, c.out)
				require.ErrorIs(t, err, ErrUnsupported, "chunks of 512 do not start on rows of 100")
				shape = []int{17, 32} // 32 divides 512: chunk 1 is row 16
			}
			c := newChunkCase(rng, op, shape)
			const index = 1
			r, err := ProveChunk(c.op, index, c.inputs, c.out)
			require.NoError(t, err)
			require.NoError(t, r.VerifyGo())
			assert.Equal(t, c.digestsAt(t, index), r.Digests, "the circuit hashes chunks as chunk.Digest does")
			require.NotNil(t, r.Chunk)
			assert.Equal(t, index, r.Chunk.Index)
			t.Logf("%s: %d constraints", r.Report.Circuit, r.Report.Constraints)

			bad := slices.Clone(c.out)
			start, _ := chunk.Bounds(len(c.out), index)
			bad[start+len(bad[start:])/2]++
			_, err = ProveChunk(c.op, index, c.inputs, bad)
			assert.Error(t, err, "an output one unit off in the chunk")
			// A value off outside the chunk is not this chunk's business.
			bad = slices.Clone(c.out)
			bad[0]++
			_, err = ProveChunk(c.op, index, c.inputs, bad)
			assert.NoError(t, err)
		})
	}
}

// A chunk ruling's public inputs are its digests: another chunk index, a
// tampered output digest or the digests of the chunk before are refused.
func TestChunkRulingBindsItsDigests(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	c := newChunkCase(rng, OpSGD, []int{2, 260})
	r, err := ProveChunk(c.op, 1, c.inputs, c.out)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())

	bad := *r
	bad.Digests = slices.Clone(r.Digests)
	bad.Digests[2].SetUint64(1)
	assert.Error(t, bad.VerifyGo(), "tampered output digest")

	// The same values hashed as chunk 0 of another 8-value tensor: the
	// index is inside every digest, so the proof is not one for them.
	other := make([]fr.Element, 3)
	for k, vals := range [][]int32{c.inputs[0][512:], c.inputs[1][512:], c.out[512:]} {
		other[k], err = chunk.Digest([]int{8}, 0, vals)
		require.NoError(t, err)
	}
	bad.Digests = other
	assert.Error(t, bad.VerifyGo(), "the chunk's values under another shape and index")

	_, err = ProveChunk(c.op, 2, c.inputs, c.out)
	assert.Error(t, err, "a 520-value tensor has two chunks")
	_, err = ProveChunk(Operator{Op: OpMatMul, M: 2, K: 2, N: 2}, 0, nil, nil)
	assert.ErrorIs(t, err, ErrUnsupported)
	in := slices.Clone(c.inputs[0])
	in[520-1] = fixed.Max + 1
	_, err = ProveChunk(c.op, 1, [][]int32{in, c.inputs[1]}, c.out)
	assert.Error(t, err, "an input out of range")
}

// A proof of chunk i presented as chunk j, with chunk j's digests, fails:
// both are full chunks under one key, so only the index inside the digests
// tells them apart. Two full chunks need a setup for 512 values (~30 s).
func TestChunkProofIsForItsIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a 512-value chunk circuit (~30 s on two cores)")
	}
	rng := rand.New(rand.NewPCG(8, 1))
	c := newChunkCase(rng, OpReLU, []int{3, 400})
	r0, err := ProveChunk(c.op, 0, c.inputs, c.out)
	require.NoError(t, err)
	require.NoError(t, r0.VerifyGo())
	r1, err := ProveChunk(c.op, 1, c.inputs, c.out)
	require.NoError(t, err)
	assert.Zero(t, r1.Report.SetupTime, "chunks 0 and 1 share a key")
	require.NoError(t, r1.VerifyGo())

	swapped := *r0
	swapped.Digests = r1.Digests
	assert.Error(t, swapped.VerifyGo(), "chunk 0's proof presented as chunk 1")
	// Even where the values of the two chunks coincide, the index tells
	// them apart.
	same := newChunkCase(rng, OpReLU, []int{2, 512})
	copy(same.inputs[0][512:], same.inputs[0][:512])
	fixed.ReLU(same.out, same.inputs[0])
	s0, err := ProveChunk(same.op, 0, same.inputs, same.out)
	require.NoError(t, err)
	d1 := same.digestsAt(t, 1)
	require.NotEqual(t, s0.Digests, d1)
	swapped = *s0
	swapped.Digests = d1
	assert.Error(t, swapped.VerifyGo(), "equal values at another index")
	t.Logf("%s: %d constraints, setup %v, prove %v", r0.Report.Circuit, r0.Report.Constraints, r0.Report.SetupTime, r0.Report.ProveTime)
}

// The squared-error gradient divides by the batch with RoundDiv (a tie up,
// toward +∞ for negative values too): a batch of 4 leaves every residue,
// ties included, and truncation toward zero, a floor, or a tie rounded down
// are each refused.
func TestSquaredErrorGradChunk(t *testing.T) {
	const m, n = 4, 3
	z := []int32{-4, -3, -2, -1, 0, 1, 2, 3, 4, 6, fixed.Max, fixed.Min}
	labels := []int{1, 2, 0, 1}
	y := make([]int32, m*n)
	for i, l := range labels {
		y[i*n+l] = fixed.One
	}
	dz := make([]int32, m*n)
	require.NoError(t, fixed.SquaredErrorGrad(dz, z, labels, m, n))
	op := Operator{Op: OpSquaredErrorGrad, Shape: []int{m, n}}
	r, err := ProveChunk(op, 0, [][]int32{z, y}, dz)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	for name, div := range map[string]func(d int64) int64{
		"truncation": func(d int64) int64 { return d / m },
		"floor":      func(d int64) int64 { return (d - ((d%m)+m)%m) / m },
		"tie down":   func(d int64) int64 { return -fixed.RoundDiv(-d, m) },
	} {
		other := make([]int32, m*n)
		for i := range other {
			other[i] = int32(div(int64(z[i]) - int64(y[i])))
		}
		require.NotEqual(t, dz, other, name)
		_, err := ProveChunk(op, 0, [][]int32{z, y}, other)
		assert.Error(t, err, name)
	}
	_, err = ChunkConstraints(Operator{Op: OpSquaredErrorGrad, Shape: []int{2, 3, 4}}, 0)
	assert.Error(t, err, "a rank-3 shape has no batch")
}
