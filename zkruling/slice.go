package zkruling

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	gmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// A product whose inner dimension is large (the first layer's x·W1:
// 32×784×32 in tiny, 1,984,224 constraints proven whole) is ruled over its
// partial products instead (chunk.PartialProducts): the game bisects to the
// first slice t whose partial P_t the sides dispute, and ProveSlice proves
// one row of it, P_t[r] = P_{t−1}[r] + A[r, slice t]·B[slice t, :], against
// four digests a contract reads from committed lists: A's chunk holding the
// row's slice and B's chunk t−1 (from the agreed operand leaves), row r of
// P_{t−1} (from the agreed partial's leaf) and row r of P_t (from a side's).
// ProveRound rules on the last step, C = Round(P_J, 16): it proves that a
// side's output chunk is not the rounding at one row of P_J, against two
// digests. Neither circuit grows with the inner dimension.

// SliceRef locates a ruling of ProveSlice or ProveRound in its product.
type SliceRef struct {
	// Slice is t: P_t is proven from P_{t−1} (ProveSlice), or the output
	// accused against P_Slices (ProveRound).
	Slice  int
	Slices int // J
	Width  int // columns of A per slice
	// Row is the partial's row: the proven row of P_t (ProveSlice), or the
	// accused row of the output and of P_J (ProveRound).
	Row int
	// AChunk is the chunk of A read (ProveSlice); OutChunk the output chunk
	// accused (ProveRound); −1 where not used.
	AChunk, OutChunk int
	// Rows is the number of partial rows the ruling reads: 1.
	Rows int
}

// sliceCircuit proves row Row of partial Slice. Digests: A's chunk, B's
// chunk Slice−1, row Row of P_{Slice−1}, row Row of P_Slice.
type sliceCircuit struct {
	Digests [4]frontend.Variable `gnark:",public"`

	Slice, Row, AIndex frontend.Variable
	// Sel is one-hot over the positions of the row's slice in A's chunk.
	Sel        []frontend.Variable
	A, B       []frontend.Variable
	Prev, Next []frontend.Variable

	m, k, n, width, lenA int
}

func newSliceCircuit(m, k, n, width, lenA int) *sliceCircuit {
	return &sliceCircuit{Sel: make([]frontend.Variable, lenA/width), A: make([]frontend.Variable, lenA),
		B: make([]frontend.Variable, width*n), Prev: make([]frontend.Variable, n), Next: make([]frontend.Variable, n),
		m: m, k: k, n: n, width: width, lenA: lenA}
}

// below asserts 0 ≤ x < bound for a small constant bound.
func below(api frontend.API, rc frontend.Rangechecker, x frontend.Variable, bound int) {
	b := max(1, bits.Len(uint(bound-1)))
	rc.Check(x, b)
	rc.Check(api.Sub(bound-1, x), b)
}

// checkPartials range-checks partial values as int64s, which makes their
// packing injective.
func checkPartials(api frontend.API, rc frontend.Rangechecker, vs []frontend.Variable) {
	off := new(big.Int).Lsh(big.NewInt(1), 63)
	for _, v := range vs {
		rc.Check(api.Add(v, off), chunk.PartialBits)
	}
}

func (c *sliceCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	J := c.k / c.width
	below(api, rc, c.Row, c.m)
	slice0 := api.Sub(c.Slice, 1) // B's chunk and P_{t−1}'s index
	below(api, rc, slice0, J)
	below(api, rc, c.AIndex, chunk.Count(c.m*c.k))
	// The slice starts at flat index Row·k + (Slice−1)·width of A, which is
	// AIndex·Size + the selected offset.
	var off, total frontend.Variable = 0, 0
	for q, s := range c.Sel {
		api.AssertIsBoolean(s)
		total = api.Add(total, s)
		off = api.Add(off, api.Mul(s, q*c.width))
	}
	api.AssertIsEqual(total, 1)
	api.AssertIsEqual(api.Add(api.Mul(c.AIndex, chunk.Size), off),
		api.Add(api.Mul(c.Row, c.k), api.Mul(slice0, c.width)))
	checkValues(api, rc, c.A)
	checkValues(api, rc, c.B)
	checkPartials(api, rc, c.Prev)
	checkPartials(api, rc, c.Next)
	row := make([]frontend.Variable, c.width)
	for p := range row {
		var v frontend.Variable = 0
		for q, s := range c.Sel {
			v = api.Add(v, api.Mul(s, c.A[q*c.width+p]))
		}
		row[p] = v
	}
	// |Prev| < 2^63 and the slice adds less than width·2^48, far inside the
	// field: Next is the integer sum.
	for j := range c.Next {
		sum := c.Prev[j]
		for p := range row {
			sum = api.Add(sum, api.Mul(row[p], c.B[p*c.n+j]))
		}
		api.AssertIsEqual(c.Next[j], sum)
	}
	dA, err := chunkDigestCircuit(api, []int{c.m, c.k}, c.AIndex, c.A)
	if err != nil {
		return err
	}
	dB, err := chunkDigestCircuit(api, []int{c.k, c.n}, slice0, c.B)
	if err != nil {
		return err
	}
	dPrev, err := partialDigestCircuit(api, c.m, c.k, c.n, slice0, c.Row, c.Prev)
	if err != nil {
		return err
	}
	dNext, err := partialDigestCircuit(api, c.m, c.k, c.n, c.Slice, c.Row, c.Next)
	if err != nil {
		return err
	}
	for i, d := range []frontend.Variable{dA, dB, dPrev, dNext} {
		api.AssertIsEqual(c.Digests[i], d)
	}
	return nil
}

// partialDigestCircuit is chunk.PartialDigest in-circuit over range-checked
// values; the index and row are witnesses.
func partialDigestCircuit(api frontend.API, m, k, n int, t, r frontend.Variable, values []frontend.Variable) (frontend.Variable, error) {
	h, err := gmimc.NewMiMC(api)
	if err != nil {
		return nil, err
	}
	hdr := chunk.PartialHeader(m, k, n, 0, 0)
	for _, x := range hdr[:len(hdr)-2] {
		h.Write(x)
	}
	h.Write(t, r)
	off := new(big.Int).Lsh(big.NewInt(1), 63)
	shift := new(big.Int).Lsh(big.NewInt(1), chunk.PartialBits)
	for start := 0; start < len(values); start += chunk.PartialPackWidth {
		end := min(start+chunk.PartialPackWidth, len(values))
		var e frontend.Variable = 0
		for i := end - 1; i >= start; i-- {
			e = api.Add(api.Mul(e, shift), api.Add(values[i], off))
		}
		h.Write(e)
	}
	return h.Sum(), nil
}

// checkSliceOp validates a product for the inner-dimension rulings and
// returns its slice width and count.
func checkSliceOp(op Operator) (width, count int, err error) {
	if op.Op != OpMatMul || op.TransA || op.TransB {
		return 0, 0, fmt.Errorf("%w: %s (transA %v, transB %v) has no slice ruling: only a plain product is bisected over its inner dimension", ErrUnsupported, op.Op, op.TransA, op.TransB)
	}
	width, count, ok := chunk.Slices(op.M, op.K, op.N)
	if !ok || op.K > 1<<14 {
		return 0, 0, fmt.Errorf("%w: matmul %d×%d×%d: the inner dimension is not bisected (want n dividing %d, %d/n dividing k, k ≤ 2^14, two slices or more)", ErrUnsupported, op.M, op.K, op.N, chunk.Size, chunk.Size)
	}
	return width, count, nil
}

// ProveSlice proves row r of partial product P_t (1 ≤ t ≤ J) of the plain
// product a·b (op: OpMatMul, M×K by K×N, no transposes, chunk.Slices
// accepting the shape): that it is row r of prev, P_{t−1}, plus A's row r
// on slice t times B's slice t. next is the claimed P_t (m×n, only row r
// is read). The ruling's Digests are A's chunk (SliceRef.AChunk), B's chunk
// t−1, chunk.PartialDigest of prev's row r at t−1 and of next's at t. It
// fails when next's row r is not the sum.
func ProveSlice(op Operator, t, r int, a, b []int32, prev, next []int64) (*Ruling, error) {
	c, digests, ref, err := sliceAssignment(op, t, r, a, b, prev, next)
	if err != nil {
		return nil, err
	}
	m, k, n, width, lenA := c.m, c.k, c.n, c.width, c.lenA
	cc, setup, err := circuitByKey(sliceKey(op, width, lenA), func() (frontend.Circuit, error) { return newSliceCircuit(m, k, n, width, lenA), nil })
	if err != nil {
		return nil, err
	}
	rl, err := proveWith(cc, setup, op, c, digests)
	if err != nil {
		return nil, err
	}
	rl.Slice = ref
	return rl, nil
}

// sliceAssignment is ProveSlice's witness, its public digests and where it
// lies.
func sliceAssignment(op Operator, t, r int, a, b []int32, prev, next []int64) (*sliceCircuit, []fr.Element, *SliceRef, error) {
	width, count, err := checkSliceOp(op)
	if err != nil {
		return nil, nil, nil, err
	}
	m, k, n := op.M, op.K, op.N
	if t < 1 || t > count || r < 0 || r >= m {
		return nil, nil, nil, fmt.Errorf("zkruling: slice %d row %d of a product with %d slices and %d rows", t, r, count, m)
	}
	if len(a) != m*k || len(b) != k*n || len(prev) != m*n || len(next) != m*n {
		return nil, nil, nil, fmt.Errorf("zkruling: slice ruling of %d×%d×%d with %d, %d, %d and %d values", m, k, n, len(a), len(b), len(prev), len(next))
	}
	ai, off := chunk.SliceChunk(k, width, t, r)
	aStart, aEnd := chunk.Bounds(m*k, ai)
	c := newSliceCircuit(m, k, n, width, aEnd-aStart)
	fill(c.A, a[aStart:aEnd])
	fill(c.B, b[(t-1)*width*n:t*width*n])
	for q := range c.Sel {
		c.Sel[q] = 0
		if q*width == off {
			c.Sel[q] = 1
		}
	}
	prevRow, nextRow := prev[r*n:(r+1)*n], next[r*n:(r+1)*n]
	for j := range n {
		c.Prev[j], c.Next[j] = prevRow[j], nextRow[j]
	}
	c.Slice, c.Row, c.AIndex = t, r, ai
	digests := make([]fr.Element, 4)
	if digests[0], err = chunk.Digest([]int{m, k}, ai, a[aStart:aEnd]); err != nil {
		return nil, nil, nil, err
	}
	if digests[1], err = chunk.Digest([]int{k, n}, t-1, b[(t-1)*width*n:t*width*n]); err != nil {
		return nil, nil, nil, err
	}
	if digests[2], err = chunk.PartialDigest(m, k, n, t-1, r, prevRow); err != nil {
		return nil, nil, nil, err
	}
	if digests[3], err = chunk.PartialDigest(m, k, n, t, r, nextRow); err != nil {
		return nil, nil, nil, err
	}
	for i := range digests {
		c.Digests[i] = fieldOf(digests[i])
	}
	return c, digests, &SliceRef{Slice: t, Slices: count, Width: width, Row: r, AChunk: ai, OutChunk: -1, Rows: 1}, nil
}

// SliceConstraints compiles the slice circuit of op (for A's full chunks)
// and returns its constraint count, without the setup.
func SliceConstraints(op Operator) (int, error) {
	width, _, err := checkSliceOp(op)
	if err != nil {
		return 0, err
	}
	return compileCount(newSliceCircuit(op.M, op.K, op.N, width, min(chunk.Size, op.M*op.K)))
}

// The rounding ruling. When the sides agree on the last partial P_J but
// not on the output, one side's output chunk is not Round(P_J, 16) on the
// rows it covers. Proving the honest chunk whole would make every row's
// digest of P_J a public input (512/n of them: 16 at tiny's x·W1, 450,012
// gas). Instead the ruling is an accusation against one committed chunk:
// its row r is not Round(P_J[r], 16) somewhere. Two digests are public,
// row r's of P_J and the accused chunk's; r, the chunk index and the other
// rows of the chunk are witnesses hashed into them, r tied to the chunk in
// the circuit. Nobody can accuse an honest chunk: its preimage is unique
// (MiMC over range-checked values), and every row of it is the rounding.

// roundCircuit proves that row Index·(512/n) + q of output chunk Index
// (m×n, from P_J of an m×k by k×n product) differs from Round(P_J, 16) at
// one value. Digests: row r of P_J, then the output chunk.
type roundCircuit struct {
	Digests [2]frontend.Variable `gnark:",public"`

	Index frontend.Variable
	// RowSel is one-hot over the chunk's rows (the accused row q), ColSel
	// over the row's values (the value that is not the rounding).
	RowSel, ColSel []frontend.Variable
	P              []frontend.Variable // row r of P_J, n values
	Out            []frontend.Variable // the chunk, rows·n values
	// Round is Round(P[col], 16), pinned by its remainder.
	Round frontend.Variable

	m, k, n, rows int
}

func newRoundCircuit(m, k, n, rows int) *roundCircuit {
	return &roundCircuit{RowSel: make([]frontend.Variable, rows), ColSel: make([]frontend.Variable, n),
		P: make([]frontend.Variable, n), Out: make([]frontend.Variable, rows*n), m: m, k: k, n: n, rows: rows}
}

// oneHot asserts that sel is boolean with one bit set and returns the set
// bit's position.
func oneHot(api frontend.API, sel []frontend.Variable) frontend.Variable {
	var pos, total frontend.Variable = 0, 0
	for q, s := range sel {
		api.AssertIsBoolean(s)
		total = api.Add(total, s)
		pos = api.Add(pos, api.Mul(s, q))
	}
	api.AssertIsEqual(total, 1)
	return pos
}

// roundBits range-checks a rounded partial: |P| < 2^63 makes
// |Round(P, 16)| ≤ 2^47, inside [-2^48, 2^48).
const roundBits = 49

func (c *roundCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	per := chunk.Size / c.n // rows per output chunk
	J := c.k / per
	below(api, rc, c.Index, chunk.Count(c.m*c.n))
	checkValues(api, rc, c.Out)
	checkPartials(api, rc, c.P)
	q := oneHot(api, c.RowSel)
	oneHot(api, c.ColSel)
	// The accused row of the chunk, then its value and the partial's at the
	// selected column: each a sum with one non-zero term.
	var out, p frontend.Variable = 0, 0
	for j := range c.n {
		var v frontend.Variable = 0
		for r, s := range c.RowSel {
			v = api.Add(v, api.Mul(s, c.Out[r*c.n+j]))
		}
		out = api.Add(out, api.Mul(c.ColSel[j], v))
		p = api.Add(p, api.Mul(c.ColSel[j], c.P[j]))
	}
	// Round = ⌊(p + 2^15)/2^16⌋: the remainder lies in [0, 2^16). p, Round
	// and the remainder are all far below the field's size, so the field
	// equation is the integer one and Round is the only solution; without
	// the range check on Round a prover could pick another remainder and
	// an off-integer Round that differs from any output.
	rc.Check(api.Add(c.Round, new(big.Int).Lsh(big.NewInt(1), roundBits-1)), roundBits)
	rc.Check(api.Sub(api.Add(p, 1<<(Frac-1)), api.Mul(c.Round, 1<<Frac)), Frac)
	api.AssertIsDifferent(out, c.Round)
	// Row r = Index·per + q: the partial's row lies in the accused chunk.
	dRow, err := partialDigestCircuit(api, c.m, c.k, c.n, J, api.Add(api.Mul(c.Index, per), q), c.P)
	if err != nil {
		return err
	}
	dOut, err := chunkDigestCircuit(api, []int{c.m, c.n}, c.Index, c.Out)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Digests[0], dRow)
	api.AssertIsEqual(c.Digests[1], dOut)
	return nil
}

// roundOf is fixed.Round(v, Frac) without the overflow of v + 2^15 near
// 2^63: the integer the circuit pins.
func roundOf(v int64) int64 { return v>>Frac + (v>>(Frac-1))&1 }

// ProveRound proves that the output of the plain product whose last
// partial product is last (P_J, m×n) is wrong at row r: some value of
// output's row r is not Round(P_J[r], 16). The ruling's Digests are
// chunk.PartialDigest of P_J's row r at J, then the digest of the output
// chunk holding row r (SliceRef.OutChunk); r, the chunk index and the
// chunk's other rows are witnesses. It fails with ErrRoundingHolds when
// row r of output is the rounding: an honest output cannot be accused.
func ProveRound(op Operator, r int, last []int64, output []int32) (*Ruling, error) {
	width, _, err := checkSliceOp(op)
	if err != nil {
		return nil, err
	}
	n := op.N
	if len(last) != op.M*n || len(output) != op.M*n {
		return nil, fmt.Errorf("zkruling: rounding of a %d×%d output with %d and %d values", op.M, n, len(last), len(output))
	}
	if r < 0 || r >= op.M {
		return nil, fmt.Errorf("zkruling: row %d of a %d-row output", r, op.M)
	}
	col := -1
	for j := range n {
		if int64(output[r*n+j]) != roundOf(last[r*n+j]) {
			col = j
			break
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("%w: row %d", ErrRoundingHolds, r)
	}
	c, digests, ref, err := roundAssignment(op, r, col, last, output)
	if err != nil {
		return nil, err
	}
	m, k, rows := op.M, op.K, c.rows
	cc, setup, err := circuitByKey(roundKey(op, rows, ref.Slices), func() (frontend.Circuit, error) { return newRoundCircuit(m, k, n, rows), nil })
	if err != nil {
		return nil, err
	}
	rl, err := proveWith(cc, setup, op, c, digests)
	if err != nil {
		return nil, err
	}
	ref.Width = width
	rl.Slice = ref
	return rl, nil
}

// ErrRoundingHolds is ProveRound's refusal: the accused row is the
// rounding of the last partial.
var ErrRoundingHolds = fmt.Errorf("zkruling: the output row is the rounding of the last partial, nothing to prove")

// roundAssignment is ProveRound's witness accusing value col of row r, its
// public digests and where it lies. It does not check that the value is
// wrong: the circuit does.
func roundAssignment(op Operator, r, col int, last []int64, output []int32) (*roundCircuit, []fr.Element, *SliceRef, error) {
	_, count, err := checkSliceOp(op)
	if err != nil {
		return nil, nil, nil, err
	}
	m, k, n := op.M, op.K, op.N
	i := r * n / chunk.Size
	start, end := chunk.Bounds(m*n, i)
	rows := (end - start) / n
	for j := start; j < end; j++ {
		if !fixed.InRange(int64(output[j])) {
			return nil, nil, nil, fmt.Errorf("zkruling: output value %d is %d, outside the fixed-point range", j, output[j])
		}
	}
	c := newRoundCircuit(m, k, n, rows)
	c.Index = i
	for q := range rows {
		c.RowSel[q] = 0
		if start/n+q == r {
			c.RowSel[q] = 1
		}
	}
	row := last[r*n : (r+1)*n]
	for j := range n {
		c.ColSel[j] = 0
		if j == col {
			c.ColSel[j] = 1
		}
		c.P[j] = row[j]
	}
	fill(c.Out, output[start:end])
	c.Round = roundOf(row[col])
	digests := make([]fr.Element, 2)
	if digests[0], err = chunk.PartialDigest(m, k, n, count, r, row); err != nil {
		return nil, nil, nil, err
	}
	if digests[1], err = chunk.Digest([]int{m, n}, i, output[start:end]); err != nil {
		return nil, nil, nil, err
	}
	for q := range digests {
		c.Digests[q] = fieldOf(digests[q])
	}
	return c, digests, &SliceRef{Slice: count, Slices: count, Row: r, AChunk: -1, OutChunk: i, Rows: 1}, nil
}

// RoundConstraints compiles the rounding circuit of op's full output
// chunks and returns its constraint count, without the setup.
func RoundConstraints(op Operator) (int, error) {
	_, _, err := checkSliceOp(op)
	if err != nil {
		return 0, err
	}
	return compileCount(newRoundCircuit(op.M, op.K, op.N, min(chunk.Size, op.M*op.N)/op.N))
}

// sliceKey names op's slice circuit over A chunks of lenA values.
func sliceKey(op Operator, width, lenA int) string {
	return fmt.Sprintf("%s slice of %d, A chunk of %d", op.key(), width, lenA)
}

// roundKey names op's rounding circuit over output chunks of rows rows.
func roundKey(op Operator, rows, slices int) string {
	return fmt.Sprintf("%s rounding accused in a chunk of %d rows of partial %d", op.key(), rows, slices)
}
