package zkruling

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// sliceCase is a plain product with its partial products and output.
type sliceCase struct {
	op       Operator
	a, b     []int32
	partials [][]int64
	out      []int32
}

func newSliceCase(t *testing.T, rng *rand.Rand, m, k, n int) sliceCase {
	t.Helper()
	op := Operator{Op: OpMatMul, M: m, K: k, N: n}
	a, b := randomTensor(rng, m*k, 2*One), randomTensor(rng, k*n, One)
	a[0] = 0 // a zero the product skips
	width, count, ok := chunk.Slices(m, k, n)
	require.True(t, ok)
	ps, err := chunk.PartialProducts(a, b, m, k, n, width)
	require.NoError(t, err)
	require.Len(t, ps, count+1)
	out := make([]int32, m*n)
	require.NoError(t, fixed.MatMul(out, a, b, m, k, n, false, false))
	return sliceCase{op, a, b, ps, out}
}

func TestSlicesAndPartials(t *testing.T) {
	for _, c := range []struct{ m, k, n, width, count int }{
		{32, 784, 32, 16, 49},  // tiny's x·W1
		{64, 784, 128, 4, 196}, // fashion-mlp's
		{40, 24, 64, 8, 3},
	} {
		w, j, ok := chunk.Slices(c.m, c.k, c.n)
		require.True(t, ok, "%+v", c)
		assert.Equal(t, c.width, w)
		assert.Equal(t, c.count, j)
	}
	for _, c := range [][3]int{{32, 32, 10}, {32, 30, 32}, {32, 16, 32}, {2, 8, 1024}} {
		_, _, ok := chunk.Slices(c[0], c[1], c[2])
		assert.False(t, ok, "%v: n must divide 512, 512/n divide k, two slices or more", c)
	}
	// The last partial rounds to the spec's product: the partials are its
	// accumulators, cut by slice.
	sc := newSliceCase(t, rand.New(rand.NewPCG(3, 4)), 40, 24, 64)
	last := sc.partials[len(sc.partials)-1]
	for i, v := range last {
		require.Equal(t, int64(sc.out[i]), fixed.Round(v, fixed.Frac), "value %d", i)
	}
	assert.Equal(t, make([]int64, 40*64), sc.partials[0])
	// A row's slice lies inside one chunk of A: row 33 of slice 2 starts at
	// 33·24 + 8 = 800 = chunk 1, offset 288.
	i, off := chunk.SliceChunk(24, 8, 2, 33)
	assert.Equal(t, [2]int{1, 288}, [2]int{i, off})
}

// The slice circuit, solved by gnark's test engine: every honest row of
// every slice satisfies it; a row one unit off under its own recomputed
// digest, a slice of another row of A, a previous row from another row,
// and a chunk of A presented under another index do not.
func TestSliceCircuit(t *testing.T) {
	sc := newSliceCase(t, rand.New(rand.NewPCG(7, 1)), 40, 24, 64)
	field := ecc.BN254.ScalarField()
	solve := func(c *sliceCircuit) error {
		return test.IsSolved(newSliceCircuit(c.m, c.k, c.n, c.width, c.lenA), c, field)
	}
	for _, at := range [][2]int{{1, 0}, {2, 5}, {3, 39}, {2, 33}} {
		tt, r := at[0], at[1]
		c, _, ref, err := sliceAssignment(sc.op, tt, r, sc.a, sc.b, sc.partials[tt-1], sc.partials[tt])
		require.NoError(t, err)
		require.NoError(t, solve(c), "slice %d row %d", tt, r)
		assert.Equal(t, (r*24+(tt-1)*8)/512, ref.AChunk, "row %d slice %d", r, tt)
	}
	// A forged partial whose digests are all recomputed.
	forged := slices.Clone(sc.partials[2])
	forged[5*64+3]++
	c, _, _, err := sliceAssignment(sc.op, 2, 5, sc.a, sc.b, sc.partials[1], forged)
	require.NoError(t, err)
	assert.Error(t, solve(c), "P_2 row 5 one unit off")
	// The truncated sum of an earlier slice carried forward: P_3 = P_1 +
	// slice 3 skips slice 2.
	c, _, _, err = sliceAssignment(sc.op, 3, 5, sc.a, sc.b, sc.partials[1], sc.partials[3])
	require.NoError(t, err)
	assert.Error(t, solve(c), "a previous partial of another slice")

	c, _, _, err = sliceAssignment(sc.op, 2, 5, sc.a, sc.b, sc.partials[1], sc.partials[2])
	require.NoError(t, err)
	// Row 6's slice of A selected for row 5 (it lies in the same chunk).
	other := *c
	other.Sel = slices.Clone(c.Sel)
	for q := range other.Sel {
		other.Sel[q] = 0
	}
	_, off6 := chunk.SliceChunk(24, 8, 2, 6)
	other.Sel[off6/8] = 1
	assert.Error(t, solve(&other), "another row's slice of A")
	// The previous partial's row 4 under row 5's position.
	other = *c
	other.Prev = slices.Clone(c.Prev)
	for j := range 64 {
		other.Prev[j] = sc.partials[1][4*64+j]
	}
	d, err := chunk.PartialDigest(40, 24, 64, 1, 4, sc.partials[1][4*64:5*64])
	require.NoError(t, err)
	other.Digests[2] = fieldOf(d)
	assert.Error(t, solve(&other), "row 4 of P_1 presented for row 5")
	// A's chunk index moved with its digest: the equation ties the index
	// to the row and slice.
	other = *c
	other.AIndex = 1
	d, err = chunk.Digest([]int{40, 24}, 1, sc.a[512:])
	require.NoError(t, err)
	other.Digests[0] = fieldOf(d)
	assert.Error(t, solve(&other), "chunk 1 of A for row 5")
}

func TestRoundCircuit(t *testing.T) {
	sc := newSliceCase(t, rand.New(rand.NewPCG(2, 2)), 40, 24, 64)
	last := sc.partials[len(sc.partials)-1]
	field := ecc.BN254.ScalarField()
	assign := func(i int, out []int32) *roundCircuit {
		t.Helper()
		start, end := chunk.Bounds(40*64, i)
		rows := (end - start) / 64
		c := newRoundCircuit(40, 24, 64, rows)
		c.Index = i
		for q := range rows {
			d, err := chunk.PartialDigest(40, 24, 64, 3, start/64+q, last[start+q*64:start+(q+1)*64])
			require.NoError(t, err)
			c.Digests[q] = fieldOf(d)
		}
		for j := range end - start {
			c.P[j] = last[start+j]
		}
		fill(c.Out, out[start:end])
		d, err := chunk.Digest([]int{40, 64}, i, out[start:end])
		require.NoError(t, err)
		c.Digests[rows] = fieldOf(d)
		return c
	}
	for i := range chunk.Count(40 * 64) {
		c := assign(i, sc.out)
		require.NoError(t, test.IsSolved(newRoundCircuit(40, 24, 64, c.rows), c, field), "chunk %d", i)
	}
	// Truncation instead of rounding at one value whose remainder is at
	// least half a unit.
	j := slices.IndexFunc(last, func(v int64) bool { return v&0xffff >= 1<<15 })
	require.GreaterOrEqual(t, j, 0)
	trunc := slices.Clone(sc.out)
	trunc[j] = int32(last[j] >> 16)
	c := assign(j/512, trunc)
	assert.Error(t, test.IsSolved(newRoundCircuit(40, 24, 64, c.rows), c, field), "truncated at %d", j)
}

// ProveSlice and ProveRound end to end at a small shape: Groth16 proofs
// that verify in Go and on the simulated chain; a proof does not verify
// for a forged P_t row's digest. Sets up two ~25k-constraint circuits.
func TestProveSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up a slice and a rounding circuit (~1 min on two cores)")
	}
	sc := newSliceCase(t, rand.New(rand.NewPCG(9, 9)), 40, 24, 64)
	r, err := ProveSlice(sc.op, 2, 33, sc.a, sc.b, sc.partials[1], sc.partials[2])
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	assert.Equal(t, SliceRef{Slice: 2, Slices: 3, Width: 8, Row: 33, AChunk: 1, OutChunk: -1, Rows: 1}, *r.Slice)
	forged := slices.Clone(sc.partials[2])
	forged[33*64]--
	_, err = ProveSlice(sc.op, 2, 33, sc.a, sc.b, sc.partials[1], forged)
	assert.Error(t, err, "a forged row has no proof")
	d, err := chunk.PartialDigest(40, 24, 64, 2, 33, forged[33*64:34*64])
	require.NoError(t, err)
	bad := *r
	bad.Digests = slices.Clone(r.Digests)
	bad.Digests[3] = d
	assert.Error(t, bad.VerifyGo(), "the honest proof under the forged row's digest")

	last := sc.partials[3]
	rr, err := ProveRound(sc.op, 4, last, sc.out)
	require.NoError(t, err)
	require.NoError(t, rr.VerifyGo())
	assert.Len(t, rr.Digests, 8+1, "the last chunk covers 8 rows")
	wrong := slices.Clone(sc.out)
	wrong[4*512+1]++
	_, err = ProveRound(sc.op, 4, last, wrong)
	assert.Error(t, err)

	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	for _, x := range []*Ruling{r, rr} {
		gas, err := x.VerifyOnChain(chain)
		require.NoError(t, err)
		t.Logf("%s: %d constraints, %d public inputs, setup %v, prove %v, %d gas", x.Report.Circuit, x.Report.Constraints, x.Report.PublicInputs, x.Report.SetupTime, x.Report.ProveTime, gas)
	}
	_, err = bad.VerifyOnChain(chain)
	assert.ErrorIs(t, err, ErrRejectedOnChain)
}

// TestMeasureSlice proves the inner level's rulings at tiny's first-layer
// shape (32×784×32: 49 slices of 16) and fashion-mlp's (64×784×128: 196
// slices of 4): one row of one slice, and the rounding of one output
// chunk, each verified in Go and on the simulated chain. The README's and
// docs/zk-ruling.md's figures are one run of
//
//	go test -run TestMeasureSlice -v -timeout 60m ./zkruling/
func TestMeasureSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up four circuits of ~10^5 constraints")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	rng := rand.New(rand.NewPCG(21, 22))
	t.Log("| ruling | constraints | public inputs | setup | prove | proof bytes | verify gas |")
	for _, s := range [][3]int{{32, 784, 32}, {64, 784, 128}} {
		sc := newSliceCase(t, rng, s[0], s[1], s[2])
		J := len(sc.partials) - 1
		r, err := ProveSlice(sc.op, J/2, s[0]-1, sc.a, sc.b, sc.partials[J/2-1], sc.partials[J/2])
		require.NoError(t, err)
		rr, err := ProveRound(sc.op, 0, sc.partials[J], sc.out)
		require.NoError(t, err)
		for _, x := range []*Ruling{r, rr} {
			require.NoError(t, x.VerifyGo())
			gas := mustVerify(t, x, chain)
			rep := x.Report
			t.Logf("| %s | %d | %d | %.1f s | %.1f s | %d | %d |", rep.Circuit, rep.Constraints, rep.PublicInputs,
				rep.SetupTime.Seconds(), rep.ProveTime.Seconds(), rep.ProofBytes, gas)
		}
		assert.LessOrEqual(t, r.Report.VerifyGas, uint64(400_000), "a slice ruling has four public inputs")
	}
}
