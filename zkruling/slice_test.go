package zkruling

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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

// forgeRounding returns out with value j moved to the truncation of the
// last partial there (a value whose remainder is at least half a unit, so
// that truncation and rounding differ): a forgery in the rounding only.
func forgeRounding(t *testing.T, last []int64, out []int32, from int) ([]int32, int) {
	t.Helper()
	j := from + slices.IndexFunc(last[from:], func(v int64) bool { return v&0xffff >= 1<<15 })
	require.GreaterOrEqual(t, j, from)
	forged := slices.Clone(out)
	forged[j] = int32(last[j] >> 16)
	require.NotEqual(t, out[j], forged[j])
	return forged, j
}

// The rounding circuit, solved by gnark's test engine: it accuses a chunk
// at one value of one row. An honest chunk cannot be accused at any row
// or column; a forged rounding can, at its row and column only; another
// row's digest of P_J, a row selected in the chunk other than the one the
// digest names, another chunk's digest and index, and a rounding witness
// other than the true one are all refused.
func TestRoundCircuit(t *testing.T) {
	const m, k, n = 40, 24, 64 // 8 rows per output chunk, 5 chunks
	sc := newSliceCase(t, rand.New(rand.NewPCG(2, 2)), m, k, n)
	last := sc.partials[len(sc.partials)-1]
	field := ecc.BN254.ScalarField()
	solve := func(c *roundCircuit) error {
		return test.IsSolved(newRoundCircuit(m, k, n, c.rows), c, field)
	}
	assign := func(r, col int, out []int32) *roundCircuit {
		t.Helper()
		c, _, ref, err := roundAssignment(sc.op, r, col, last, out)
		require.NoError(t, err)
		require.Equal(t, r*n/512, ref.OutChunk)
		return c
	}
	// Honest: no row of any chunk is accusable, whatever the column.
	for _, at := range [][2]int{{0, 0}, {7, 63}, {8, 5}, {21, 30}, {39, 1}} {
		assert.Error(t, solve(assign(at[0], at[1], sc.out)), "honest row %d column %d", at[0], at[1])
	}
	_, err := ProveRound(sc.op, 21, last, sc.out)
	assert.ErrorIs(t, err, ErrRoundingHolds, "the prover refuses an honest row")

	// A forgery in the rounding only: truncation at one value of row r.
	forged, j := forgeRounding(t, last, sc.out, 2*512+3*64)
	r, col := j/n, j%n
	require.Equal(t, 2, r*n/512, "the forged value lies in chunk 2")
	require.NoError(t, solve(assign(r, col, forged)), "the forged value %d", j)
	other := (col + 1) % n
	require.Equal(t, forged[r*n+other], sc.out[r*n+other])
	assert.Error(t, solve(assign(r, other, forged)), "an honest value of the forged row")
	if r > 0 && (r-1)*n/512 == r*n/512 {
		assert.Error(t, solve(assign(r-1, col, forged)), "an honest row of the forged chunk")
	}

	c := assign(r, col, forged)
	// Row r+1's digest of P_J (the same chunk) for row r.
	bad := *c
	d, err := chunk.PartialDigest(m, k, n, 3, r+1, last[(r+1)*n:(r+2)*n])
	require.NoError(t, err)
	bad.Digests[0] = fieldOf(d)
	assert.Error(t, solve(&bad), "another row's digest of P_J")
	// Row r+1's values and digest under row r's selection: the digest's
	// row is not the selected one.
	bad = *c
	bad.P = slices.Clone(c.P)
	for q := range n {
		bad.P[q] = last[(r+1)*n+q]
	}
	bad.Digests[0] = fieldOf(d)
	assert.Error(t, solve(&bad), "row r+1 of P_J under row r's position in the chunk")
	// The row moved within the chunk, digest and values with it: the
	// selected row of the chunk is honest there.
	bad = *c
	bad.RowSel = slices.Clone(c.RowSel)
	for q := range bad.RowSel {
		bad.RowSel[q] = 0
	}
	bad.RowSel[(r%8+1)%8] = 1
	assert.Error(t, solve(&bad), "a moved row index")
	// Another chunk: chunk 3's digest and index with the forged chunk 2's
	// values, and chunk 3 (honest) with its own values.
	bad = *c
	bad.Index = 3
	assert.Error(t, solve(&bad), "the forged chunk presented as chunk 3")
	d, err = chunk.Digest([]int{m, n}, 3, forged[3*512:4*512])
	require.NoError(t, err)
	bad.Digests[1] = fieldOf(d)
	bad.Out = slices.Clone(c.Out)
	fill(bad.Out, forged[3*512:4*512])
	assert.Error(t, solve(&bad), "chunk 3's values and digest for row r of chunk 2")
	// A rounding witness other than the true one: the floor (which the
	// forgery wrote) or one more, with the remainder moved accordingly.
	for _, w := range []int64{last[j] >> 16, roundOf(last[j]) + 1} {
		bad = *c
		bad.Round = w
		assert.Error(t, solve(&bad), "rounding witness %d for %d", w, last[j])
	}
	honest := assign(r, col, sc.out)
	honest.Round = int64(forged[j])
	assert.Error(t, solve(honest), "the honest chunk with the forged value as the rounding")

	// The last chunk of a product whose output ends in a shorter chunk
	// (44×64: five full chunks and four rows) has its own circuit.
	sc2 := newSliceCase(t, rand.New(rand.NewPCG(2, 3)), 44, k, n)
	last2 := sc2.partials[len(sc2.partials)-1]
	forged2, j2 := forgeRounding(t, last2, sc2.out, 5*512)
	c2, _, _, err := roundAssignment(sc2.op, j2/n, j2%n, last2, forged2)
	require.NoError(t, err)
	require.Equal(t, 4, c2.rows)
	assert.NoError(t, test.IsSolved(newRoundCircuit(44, k, n, 4), c2, field))
	c2, _, _, err = roundAssignment(sc2.op, j2/n, j2%n, last2, sc2.out)
	require.NoError(t, err)
	assert.Error(t, test.IsSolved(newRoundCircuit(44, k, n, 4), c2, field), "the honest last chunk")
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
	wrong, j := forgeRounding(t, last, sc.out, 4*512)
	rr, err := ProveRound(sc.op, j/64, last, wrong)
	require.NoError(t, err)
	require.NoError(t, rr.VerifyGo())
	assert.Len(t, rr.Digests, 2, "a row of P_J and the accused chunk")
	assert.Equal(t, SliceRef{Slice: 3, Slices: 3, Width: 8, Row: j / 64, AChunk: -1, OutChunk: 4, Rows: 1}, *rr.Slice)
	_, err = ProveRound(sc.op, j/64, last, sc.out)
	assert.ErrorIs(t, err, ErrRoundingHolds, "the honest output cannot be accused")
	honestChunk, err := chunk.Digest([]int{40, 64}, 4, sc.out[4*512:])
	require.NoError(t, err)
	badRound := *rr
	badRound.Digests = []fr.Element{rr.Digests[0], honestChunk}
	assert.Error(t, badRound.VerifyGo(), "the accusation under the honest chunk's digest")

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
	_, err = badRound.VerifyOnChain(chain)
	assert.ErrorIs(t, err, ErrRejectedOnChain)
}

// measureChain starts the simulated chain a measurement verifies its
// rulings on, closed with the test, and logs the header of measureRow's
// table.
func measureChain(t *testing.T) *Chain {
	t.Helper()
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	t.Cleanup(func() { chain.Close() })
	t.Log("| ruling | constraints | public inputs | setup | prove | proof bytes | verify gas |")
	return chain
}

// measureRow verifies a ruling in Go and on chain, logs its row of the
// table and returns its verify gas.
func measureRow(t *testing.T, x *Ruling, chain *Chain) uint64 {
	t.Helper()
	require.NoError(t, x.VerifyGo())
	gas := mustVerify(t, x, chain)
	rep := x.Report
	t.Logf("| %s | %d | %d | %.1f s | %.1f s | %d | %d |", rep.Circuit, rep.Constraints, rep.PublicInputs,
		rep.SetupTime.Seconds(), rep.ProveTime.Seconds(), rep.ProofBytes, gas)
	return gas
}

// TestMeasureSlice proves the inner level's rulings at tiny's first-layer
// shape (32×784×32: 49 slices of 16) and fashion-mlp's (64×784×128: 196
// slices of 4): one row of one slice, and the rounding of one output
// chunk accused at a forged row, each verified in Go and on the simulated
// chain. The README's and
// docs/zk-ruling.md's figures are one run of
//
//	go test -run TestMeasureSlice -v -timeout 60m ./zkruling/
func TestMeasureSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up four circuits of ~10^5 constraints")
	}
	chain := measureChain(t)
	rng := rand.New(rand.NewPCG(21, 22))
	for _, s := range [][3]int{{32, 784, 32}, {64, 784, 128}} {
		sc := newSliceCase(t, rng, s[0], s[1], s[2])
		J := len(sc.partials) - 1
		r, err := ProveSlice(sc.op, J/2, s[0]-1, sc.a, sc.b, sc.partials[J/2-1], sc.partials[J/2])
		require.NoError(t, err)
		forged, j := forgeRounding(t, sc.partials[J], sc.out, 0)
		rr, err := ProveRound(sc.op, j/s[2], sc.partials[J], forged)
		require.NoError(t, err)
		for _, x := range []*Ruling{r, rr} {
			measureRow(t, x, chain)
		}
		assert.LessOrEqual(t, r.Report.VerifyGas, uint64(400_000), "a slice ruling has four public inputs")
		assert.LessOrEqual(t, rr.Report.VerifyGas, uint64(400_000), "a rounding ruling has two public inputs")
	}
}
