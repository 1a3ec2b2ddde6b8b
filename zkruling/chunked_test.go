package zkruling

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
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

// sqErrOut is RoundDiv(z − y, m) for any targets y, one-hot or not.
func sqErrOut(z, y []int32, m int) []int32 {
	out := make([]int32, len(z))
	for i := range z {
		out[i] = int32(fixed.RoundDiv(int64(z[i])-int64(y[i]), int64(m)))
	}
	return out
}

// The squared-error gradient proves its targets one-hot: a chunk of a
// 60×10 batch (chunk 1 starts at column 2 of row 51, 88 values) is refused
// for a row without a one, a row with two, and a target of One/2, each
// with the output the spec's formula gives on those targets; a row the
// chunk's edge cuts may hold no one in the chunk, but not two.
func TestSquaredErrorGradTargetsOneHot(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up an 88-value chunk circuit")
	}
	const m, n = 60, 10
	rng := rand.New(rand.NewPCG(4, 40))
	z := randomTensor(rng, m*n, 2*One)
	y := make([]int32, m*n)
	labels := make([]int, m)
	for i := range labels {
		labels[i] = rng.IntN(n)
		y[i*n+labels[i]] = fixed.One
	}
	labels[51], labels[52] = 0, 5 // row 51's one lies in chunk 0, before chunk 1's first column
	for _, i := range []int{51, 52} {
		clear(y[i*n : (i+1)*n])
		y[i*n+labels[i]] = fixed.One
	}
	dz := make([]int32, m*n)
	require.NoError(t, fixed.SquaredErrorGrad(dz, z, labels, m, n))
	op := Operator{Op: OpSquaredErrorGrad, Shape: []int{m, n}}
	r, err := ProveChunk(op, 1, [][]int32{z, y}, dz)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	assert.Contains(t, r.Report.Circuit, "from column 2")
	for name, edit := range map[string]func(y []int32){
		"a row without a one":    func(y []int32) { y[52*n+5] = 0 },
		"a row with two ones":    func(y []int32) { y[52*n+6] = fixed.One },
		"half a one":             func(y []int32) { y[52*n+5] = fixed.One / 2; y[52*n+6] = fixed.One / 2 },
		"two ones in a cut row":  func(y []int32) { y[51*n+2], y[51*n+3] = fixed.One, fixed.One },
		"a one of another value": func(y []int32) { y[52*n+5] = 2 * fixed.One; y[53*n+labels[53]] = 0 },
	} {
		bad := slices.Clone(y)
		edit(bad)
		_, err := ProveChunk(op, 1, [][]int32{z, bad}, sqErrOut(z, bad, m))
		assert.Error(t, err, name)
	}
	// The cut row's part in the chunk holds no one: allowed, the one is in
	// chunk 0.
	assert.Equal(t, sqErrOut(z, y, m), dz)
}

// An add-bias whose bias width does not divide 512 is proven by chunk on
// the committed leaves' chunks: chunk 1 of a 6×100 matrix starts at column
// 12, compiled into its circuit, and the index is tied to that offset.
func TestAddBiasUnalignedChunk(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 100))
	c := newChunkCase(rng, OpAddBias, []int{6, 100})
	// The circuit of offset 12 with another index (digests recomputed):
	// Index·512 = Rows·100 + 12 has no solution for index 2.
	cc, err := newChunkCircuit(c.op, 88, 12)
	require.NoError(t, err)
	assign, err := newChunkCircuit(c.op, 88, 12)
	require.NoError(t, err)
	fill(assign.In[0], c.inputs[0][512:])
	fill(assign.In[1], c.inputs[1])
	fill(assign.Out, c.out[512:])
	digests := make([]frontend.Variable, 3)
	for k, vals := range [][]int32{c.inputs[0][512:], c.inputs[1], c.out[512:]} {
		index := []int{2, 0, 2}[k]
		shape := [][]int{{6, 100}, {100}, {6, 100}}[k]
		d := chunk.HashPacked(chunk.Header(shape, index, len(vals)), vals, chunk.PackWidth)
		digests[k] = fieldOf(d)
	}
	assign.Digests, assign.Index = digests, 2
	for _, rows := range []int{10, 11} {
		assign.Rows = rows
		assert.Error(t, test.IsSolved(cc, assign, ecc.BN254.ScalarField()), "index 2 with rows %d", rows)
	}
	assign.Index, assign.Rows = 1, 5
	for k, vals := range [][]int32{c.inputs[0][512:], c.inputs[1], c.out[512:]} {
		index := []int{1, 0, 1}[k]
		shape := [][]int{{6, 100}, {100}, {6, 100}}[k]
		assign.Digests[k] = fieldOf(chunk.HashPacked(chunk.Header(shape, index, len(vals)), vals, chunk.PackWidth))
	}
	assert.NoError(t, test.IsSolved(cc, assign, ecc.BN254.ScalarField()), "index 1, rows 5: 512 = 5·100 + 12")
	if testing.Short() {
		t.Skip("the proof sets up an 88-value chunk circuit")
	}
	r, err := ProveChunk(c.op, 1, c.inputs, c.out)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	assert.Equal(t, c.digestsAt(t, 1), r.Digests)
	assert.Contains(t, r.Report.Circuit, "from column 12")
	bad := slices.Clone(c.out)
	bad[599]++
	_, err = ProveChunk(c.op, 1, c.inputs, bad)
	assert.Error(t, err, "the last value one unit off")
	// The bias read at the column of an aligned chunk (offset 0) is wrong.
	shifted := slices.Clone(c.out)
	for i := 512; i < 600; i++ {
		shifted[i] = c.inputs[0][i] + c.inputs[1][(i-512)%100]
	}
	_, err = ProveChunk(c.op, 1, c.inputs, shifted)
	assert.Error(t, err, "the bias from column 0")

}
