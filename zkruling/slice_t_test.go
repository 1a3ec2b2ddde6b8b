package zkruling

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// tsliceCase is a transposed product aᵀ·b (a k×m, b k×n) with its partial
// products by operand row and its output.
type tsliceCase struct {
	op       Operator
	a, b     []int32
	partials [][]int64
	out      []int32
}

func newTSliceCase(t *testing.T, rng *rand.Rand, m, k, n int) tsliceCase {
	t.Helper()
	op := Operator{Op: OpMatMul, M: m, K: k, N: n, TransA: true}
	a, b := randomTensor(rng, k*m, One), randomTensor(rng, k*n, One/2)
	a[1] = 0 // a zero the product skips
	_, ok := chunk.TSlices(m, k, n)
	require.True(t, ok)
	ps, err := chunk.TPartialProducts(a, b, m, k, n)
	require.NoError(t, err)
	require.Len(t, ps, k+1)
	out := make([]int32, m*n)
	require.NoError(t, fixed.MatMul(out, a, b, m, k, n, true, false))
	return tsliceCase{op, a, b, ps, out}
}

func TestTSlicesAndPartials(t *testing.T) {
	for _, c := range []struct{ m, k, n, rows int }{
		{784, 32, 32, 16}, // tiny's dW1 = xᵀ·dz
		{784, 64, 128, 4}, // fashion-mlp's
		{16, 8, 256, 2},
	} {
		w, ok := chunk.TSlices(c.m, c.k, c.n)
		require.True(t, ok, "%+v", c)
		assert.Equal(t, c.rows, w)
	}
	for _, c := range [][3]int{{784, 32, 10}, {30, 8, 32}, {32, 1, 32}, {16, 1 << 15, 32}} {
		_, ok := chunk.TSlices(c[0], c[1], c[2])
		assert.False(t, ok, "%v: n must divide 512, 512/n divide m, 2 ≤ k ≤ 2^14", c)
	}
	// The last partial is the kernel's accumulator: it rounds to the spec's
	// product, and P_0 is zero.
	sc := newTSliceCase(t, rand.New(rand.NewPCG(3, 5)), 16, 8, 256)
	for i, v := range sc.partials[8] {
		require.Equal(t, int64(sc.out[i]), fixed.Round(v, fixed.Frac), "value %d", i)
	}
	assert.Equal(t, make([]int64, 16*256), sc.partials[0])
	// Output chunk 3 covers rows 6 and 7; operand row 4 (t = 5) reads a's
	// values 4·16 + 6 and 4·16 + 7, in chunk 0 at offset 70.
	i, off := chunk.TSliceChunk(16, 256, 5, 3)
	assert.Equal(t, [2]int{0, 70}, [2]int{i, off})
	// Every digest binds its index, chunk and values.
	d, err := chunk.PartialChunkDigest(16, 8, 256, 5, 3, sc.partials[5][3*512:4*512])
	require.NoError(t, err)
	for _, other := range []func() (any, error){
		func() (any, error) { return chunk.PartialChunkDigest(16, 8, 256, 4, 3, sc.partials[5][3*512:4*512]) },
		func() (any, error) { return chunk.PartialChunkDigest(16, 8, 256, 5, 2, sc.partials[5][3*512:4*512]) },
		func() (any, error) { return chunk.PartialChunkDigest(16, 8, 256, 5, 3, sc.partials[4][3*512:4*512]) },
	} {
		e, err := other()
		require.NoError(t, err)
		assert.NotEqual(t, d, e)
	}
	_, err = chunk.PartialChunkDigest(16, 8, 256, 9, 3, sc.partials[5][3*512:4*512])
	assert.Error(t, err, "no partial 9 over 8 rows")
	_, err = chunk.PartialChunkDigest(16, 8, 256, 5, 3, sc.partials[5][:511])
	assert.Error(t, err, "a short chunk")
}

// The transposed slice circuit, solved by gnark's test engine: honest
// chunks of several rows satisfy it; a chunk one unit off under its own
// recomputed digest, another operand row of a, a moved chunk index of a or
// b, and a previous chunk from another chunk or row do not.
func TestTSliceCircuit(t *testing.T) {
	const m, k, n = 16, 8, 256
	sc := newTSliceCase(t, rand.New(rand.NewPCG(7, 2)), m, k, n)
	field := ecc.BN254.ScalarField()
	solve := func(c *tsliceCircuit) error {
		return test.IsSolved(newTSliceCircuit(c.m, c.k, c.n, c.lenA, c.lenB, c.length), c, field)
	}
	for _, at := range [][2]int{{1, 0}, {3, 5}, {8, 7}, {6, 3}} {
		tt, c := at[0], at[1]
		cc, _, ref, err := tsliceAssignment(sc.op, tt, c, sc.a, sc.b, sc.partials[tt-1], sc.partials[tt])
		require.NoError(t, err)
		require.NoError(t, solve(cc), "row %d chunk %d", tt, c)
		assert.Equal(t, (tt-1)*n/512, ref.BChunk)
		assert.Equal(t, [2]int{2 * c, 2}, [2]int{ref.Row, ref.Rows})
	}
	// A forged partial whose digests are all recomputed.
	forged := slices.Clone(sc.partials[3])
	forged[5*512+17]++
	cc, _, _, err := tsliceAssignment(sc.op, 3, 5, sc.a, sc.b, sc.partials[2], forged)
	require.NoError(t, err)
	assert.Error(t, solve(cc), "P_3 chunk 5 one unit off")
	// P_4 from P_2: a skipped operand row.
	cc, _, _, err = tsliceAssignment(sc.op, 4, 5, sc.a, sc.b, sc.partials[2], sc.partials[4])
	require.NoError(t, err)
	assert.Error(t, solve(cc), "a previous partial of another row")

	cc, _, _, err = tsliceAssignment(sc.op, 3, 5, sc.a, sc.b, sc.partials[2], sc.partials[3])
	require.NoError(t, err)
	require.NoError(t, solve(cc))
	// Another batch row of a (row 3 instead of row 2) selected inside the
	// same chunk of a.
	other := *cc
	other.SelA = slices.Clone(cc.SelA)
	_, off := chunk.TSliceChunk(m, n, 4, 5)
	setOneHot(other.SelA, off/2)
	assert.Error(t, solve(&other), "another batch row of a")
	// Another row of b, inside b's same chunk.
	other = *cc
	other.SelB = slices.Clone(cc.SelB)
	setOneHot(other.SelB, 1) // b's row 3; row 2 is at position 0
	assert.Error(t, solve(&other), "another batch row of b")
	// b's chunk index moved, its digest recomputed for the moved index.
	other = *cc
	other.BIndex = 0
	d, err := chunk.Digest([]int{k, n}, 0, sc.b[:512])
	require.NoError(t, err)
	other.Digests[1] = fieldOf(d)
	other.B = slices.Clone(cc.B)
	fill(other.B, sc.b[:512])
	assert.Error(t, solve(&other), "chunk 0 of b for operand row 2")
	// The chunk index moved: chunk 4 of both partials presented as the
	// ruled chunk, every digest recomputed for it.
	other = *cc
	other.Chunk = 4
	other.Prev, other.Next = slices.Clone(cc.Prev), slices.Clone(cc.Next)
	for j := range 512 {
		other.Prev[j], other.Next[j] = sc.partials[2][4*512+j], sc.partials[3][4*512+j]
	}
	for i, p := range [][]int64{sc.partials[2], sc.partials[3]} {
		d, err := chunk.PartialChunkDigest(m, k, n, 2+i, 5, p[4*512:5*512])
		require.NoError(t, err)
		other.Digests[2+i] = fieldOf(d)
	}
	assert.Error(t, solve(&other), "chunk 4's values under chunk 5's digests")
	// A wrong previous chunk: P_2's chunk 5 with one value changed, its
	// digest recomputed, and the next chunk made consistent with it.
	other = *cc
	other.Prev, other.Next = slices.Clone(cc.Prev), slices.Clone(cc.Next)
	other.Prev[9] = sc.partials[2][5*512+9] + 1
	other.Next[9] = sc.partials[3][5*512+9] + 1
	prev := slices.Clone(sc.partials[2][5*512 : 6*512])
	prev[9]++
	d, err = chunk.PartialChunkDigest(m, k, n, 2, 5, prev)
	require.NoError(t, err)
	other.Digests[2] = fieldOf(d)
	require.NotEqual(t, cc.Digests[2], other.Digests[2])
	next := slices.Clone(sc.partials[3][5*512 : 6*512])
	next[9]++
	d, err = chunk.PartialChunkDigest(m, k, n, 3, 5, next)
	require.NoError(t, err)
	other.Digests[3] = fieldOf(d)
	require.NoError(t, solve(&other), "the circuit proves the step from whatever previous chunk it is given")
	assert.NotEqual(t, cc.Digests[2], other.Digests[2], "so the ruling names the previous chunk: a contract checks it is the agreed one")
}

func TestTRoundCircuit(t *testing.T) {
	const m, k, n = 16, 8, 256
	sc := newTSliceCase(t, rand.New(rand.NewPCG(2, 3)), m, k, n)
	last := sc.partials[k]
	field := ecc.BN254.ScalarField()
	assign := func(c int, out []int32) *troundCircuit {
		t.Helper()
		start, end := chunk.Bounds(m*n, c)
		cc := newTRoundCircuit(m, k, n, end-start)
		cc.Chunk = c
		for j := range end - start {
			cc.P[j] = last[start+j]
		}
		fill(cc.Out, out[start:end])
		d, err := chunk.PartialChunkDigest(m, k, n, k, c, last[start:end])
		require.NoError(t, err)
		cc.Digests[0] = fieldOf(d)
		e, err := chunk.Digest([]int{m, n}, c, out[start:end])
		require.NoError(t, err)
		cc.Digests[1] = fieldOf(e)
		return cc
	}
	for c := range chunk.Count(m * n) {
		require.NoError(t, test.IsSolved(newTRoundCircuit(m, k, n, 512), assign(c, sc.out), field), "chunk %d", c)
	}
	j := slices.IndexFunc(last, func(v int64) bool { return v&0xffff >= 1<<15 })
	require.GreaterOrEqual(t, j, 0)
	trunc := slices.Clone(sc.out)
	trunc[j] = int32(last[j] >> 16)
	assert.Error(t, test.IsSolved(newTRoundCircuit(m, k, n, 512), assign(j/512, trunc), field), "truncated at %d", j)
	// Chunk c's values presented as chunk c+1: the index is in both digests.
	c := j / 512
	moved := assign(c, sc.out)
	moved.Chunk = (c + 1) % 8
	assert.Error(t, test.IsSolved(newTRoundCircuit(m, k, n, 512), moved, field), "moved chunk index")
}

// TestTSliceConstraints counts the transposed circuits at tiny's and
// fashion-mlp's first-layer weight gradients:
//
//	go test -run TestTSliceConstraints -v ./zkruling/
func TestTSliceConstraints(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles four circuits of ~10^5 constraints")
	}
	for _, s := range [][3]int{{784, 32, 32}, {784, 64, 128}} {
		op := Operator{Op: OpMatMul, M: s[0], K: s[1], N: s[2], TransA: true}
		ns, err := TSliceConstraints(op)
		require.NoError(t, err)
		nr, err := TRoundConstraints(op)
		require.NoError(t, err)
		t.Logf("%s: transposed slice %d constraints, rounding %d", op.key(), ns, nr)
		assert.Less(t, ns, 250_000)
		assert.Less(t, nr, ns)
	}
}

// TestMeasureTSlice proves the transposed level's rulings at tiny's
// first-layer weight gradient (dW1 = xᵀ·dz: 784×32×32, 32 operand rows,
// 49 output chunks of 16 rows) and fashion-mlp's (784×64×128: 64 rows, 196
// chunks of 4): one chunk of one partial, and the rounding of one output
// chunk, each verified in Go and on the simulated chain. The full suite
// measures tiny's shape; fashion-mlp's setups take several minutes more
// and run with PROOFLEARN_MEASURE=all (a verifier's gas depends on its
// public inputs alone, which are the same four and two at both shapes).
// The figures in docs/zk-ruling.md are one run of
//
//	PROOFLEARN_MEASURE=all go test -run TestMeasureTSlice -v -timeout 90m ./zkruling/
func TestMeasureTSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up two circuits of ~10^5 constraints")
	}
	chain := measureChain(t)
	rng := rand.New(rand.NewPCG(23, 24))
	shapes := [][3]int{{784, 32, 32}}
	if os.Getenv("PROOFLEARN_MEASURE") == "all" {
		shapes = append(shapes, [3]int{784, 64, 128})
	}
	for _, s := range shapes {
		sc := newTSliceCase(t, rng, s[0], s[1], s[2])
		k := s[1]
		c := chunk.Count(s[0]*s[2]) - 1
		r, _, err := ProveTSlice(sc.op, k/2, c, sc.a, sc.b, sc.partials[k/2-1], sc.partials[k/2])
		require.NoError(t, err)
		rr, _, err := ProveTRound(sc.op, c, sc.partials[k], sc.out)
		require.NoError(t, err)
		for _, x := range []*Ruling{r, rr} {
			gas := measureRow(t, x, chain)
			assert.LessOrEqual(t, gas, uint64(400_000), x.Report.Circuit)
		}
		// The honest proof does not verify for a forged chunk's digest.
		forged := slices.Clone(sc.partials[k/2])
		forged[c*512]++
		d, err := chunk.PartialChunkDigest(s[0], k, s[2], k/2, c, forged[c*512:(c+1)*512])
		require.NoError(t, err)
		bad := *r
		bad.Digests = slices.Clone(r.Digests)
		bad.Digests[3] = d
		assert.Error(t, bad.VerifyGo())
	}
}
