package zkruling

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	gmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// A transposed product Aᵀ·B whose inner dimension is the batch (the first
// layer's weight gradient xᵀ·dz: 784×32×32 in tiny, ~2M constraints proven
// whole) is ruled over its partial products by operand row
// (chunk.TPartialProducts), committed by the output's chunk layout: the
// game bisects to the first row t whose partial P_t the sides dispute, then
// to the first chunk c of P_t whose digests differ, and ProveTSlice proves
// P_t[chunk c] = P_{t−1}[chunk c] + A[t−1, rows of c]ᵀ·B[t−1, :] against
// four digests a contract reads from committed lists: A's chunk holding the
// row's segment and B's chunk holding its row t−1 (the agreed operand
// leaves), chunk c of P_{t−1} (the agreed partial's leaf) and of P_t (a
// side's). ProveTRound proves C = Round(P_k, 16) on one output chunk from
// the last partial's chunk: two digests. Neither circuit grows with the
// batch or the input width.

// publicSetter is a circuit that takes its public digests in order.
type publicSetter interface{ setPublic([]frontend.Variable) }

// tsliceCircuit proves chunk Chunk of partial Slice of a transposed
// product. Digests: A's chunk, B's chunk, chunk Chunk of P_{Slice−1}, of
// P_Slice.
type tsliceCircuit struct {
	Digests [4]frontend.Variable `gnark:",public"`

	Slice, Chunk, AIndex, BIndex frontend.Variable
	// SelA is one-hot over the w-aligned positions of A's chunk, SelB over
	// the n-aligned positions of B's.
	SelA, SelB []frontend.Variable
	A, B       []frontend.Variable
	Prev, Next []frontend.Variable

	m, k, n, lenA, lenB, length int
}

func newTSliceCircuit(m, k, n, lenA, lenB, length int) *tsliceCircuit {
	w := chunk.Size / n
	return &tsliceCircuit{SelA: make([]frontend.Variable, lenA/w), SelB: make([]frontend.Variable, lenB/n),
		A: make([]frontend.Variable, lenA), B: make([]frontend.Variable, lenB),
		Prev: make([]frontend.Variable, length), Next: make([]frontend.Variable, length),
		m: m, k: k, n: n, lenA: lenA, lenB: lenB, length: length}
}

func (c *tsliceCircuit) setPublic(v []frontend.Variable) { copy(c.Digests[:], v) }

// selectSegment returns the len values of vs starting at the position sel
// picks (one-hot, position q at q·stride), and the selected start.
func selectSegment(api frontend.API, sel, vs []frontend.Variable, stride, length int) (seg []frontend.Variable, start frontend.Variable) {
	var total frontend.Variable = 0
	start = 0
	for q, s := range sel {
		api.AssertIsBoolean(s)
		total = api.Add(total, s)
		start = api.Add(start, api.Mul(s, q*stride))
	}
	api.AssertIsEqual(total, 1)
	seg = make([]frontend.Variable, length)
	for i := range seg {
		var v frontend.Variable = 0
		for q, s := range sel {
			if q*stride+i < len(vs) {
				v = api.Add(v, api.Mul(s, vs[q*stride+i]))
			}
		}
		seg[i] = v
	}
	return seg, start
}

func (c *tsliceCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	w := chunk.Size / c.n
	rows := c.length / c.n
	slice0 := api.Sub(c.Slice, 1) // the operands' row and P_{t−1}'s index
	below(api, rc, slice0, c.k)
	below(api, rc, c.Chunk, chunk.Count(c.m*c.n))
	below(api, rc, c.AIndex, chunk.Count(c.k*c.m))
	below(api, rc, c.BIndex, chunk.Count(c.k*c.n))
	xs, offA := selectSegment(api, c.SelA, c.A, w, rows)
	ds, offB := selectSegment(api, c.SelB, c.B, c.n, c.n)
	// A's segment starts at flat index (t−1)·m + Chunk·w, B's row at
	// (t−1)·n: each is its chunk's index times Size plus the selected
	// offset.
	api.AssertIsEqual(api.Add(api.Mul(c.AIndex, chunk.Size), offA), api.Add(api.Mul(slice0, c.m), api.Mul(c.Chunk, w)))
	api.AssertIsEqual(api.Add(api.Mul(c.BIndex, chunk.Size), offB), api.Mul(slice0, c.n))
	checkValues(api, rc, c.A)
	checkValues(api, rc, c.B)
	checkPartials(api, rc, c.Prev)
	checkPartials(api, rc, c.Next)
	// |Prev| < 2^63 and a product is below 2^48: Next is the integer sum.
	for i := range rows {
		for j := range c.n {
			api.AssertIsEqual(c.Next[i*c.n+j], api.Add(c.Prev[i*c.n+j], api.Mul(xs[i], ds[j])))
		}
	}
	dA, err := chunkDigestCircuit(api, []int{c.k, c.m}, c.AIndex, c.A)
	if err != nil {
		return err
	}
	dB, err := chunkDigestCircuit(api, []int{c.k, c.n}, c.BIndex, c.B)
	if err != nil {
		return err
	}
	dPrev, err := partialChunkDigestCircuit(api, c.m, c.k, c.n, slice0, c.Chunk, c.Prev)
	if err != nil {
		return err
	}
	dNext, err := partialChunkDigestCircuit(api, c.m, c.k, c.n, c.Slice, c.Chunk, c.Next)
	if err != nil {
		return err
	}
	for i, d := range []frontend.Variable{dA, dB, dPrev, dNext} {
		api.AssertIsEqual(c.Digests[i], d)
	}
	return nil
}

// partialChunkDigestCircuit is chunk.PartialChunkDigest in-circuit over
// range-checked values; t and c are witnesses.
func partialChunkDigestCircuit(api frontend.API, m, k, n int, t, c frontend.Variable, values []frontend.Variable) (frontend.Variable, error) {
	h, err := gmimc.NewMiMC(api)
	if err != nil {
		return nil, err
	}
	hdr := chunk.PartialChunkHeader(m, k, n, len(values), 0, 0)
	for _, x := range hdr[:len(hdr)-2] {
		h.Write(x)
	}
	h.Write(t, c)
	return packPartials(api, &h, values), nil
}

// packPartials writes values to h as v + 2^63, chunk.PartialPackWidth to an
// element, as chunk.PartialDigest and chunk.PartialChunkDigest pack them,
// and returns the digest.
func packPartials(api frontend.API, h *gmimc.MiMC, values []frontend.Variable) frontend.Variable {
	off := bigPow2(63)
	shift := bigPow2(chunk.PartialBits)
	for start := 0; start < len(values); start += chunk.PartialPackWidth {
		end := min(start+chunk.PartialPackWidth, len(values))
		var e frontend.Variable = 0
		for i := end - 1; i >= start; i-- {
			e = api.Add(api.Mul(e, shift), api.Add(values[i], off))
		}
		h.Write(e)
	}
	return h.Sum()
}

// checkTSliceOp validates a transposed product for the row-bisected
// rulings and returns its output rows per chunk.
func checkTSliceOp(op Operator) (rows int, err error) {
	if op.Op != OpMatMul || !op.TransA || op.TransB {
		return 0, fmt.Errorf("%w: %s (transA %v, transB %v) has no transposed slice ruling: only Aᵀ·B is bisected over its operands' rows", ErrUnsupported, op.Op, op.TransA, op.TransB)
	}
	rows, ok := chunk.TSlices(op.M, op.K, op.N)
	if !ok {
		return 0, fmt.Errorf("%w: transposed matmul %d×%d×%d: the inner dimension is not bisected (want n dividing %d, %d/n dividing m, 2 ≤ k ≤ 2^14)", ErrUnsupported, op.M, op.K, op.N, chunk.Size, chunk.Size)
	}
	return rows, nil
}

// TSliceRef locates a ruling of ProveTSlice or ProveTRound in its product.
type TSliceRef struct {
	// Slice is t: P_t is proven from P_{t−1} (ProveTSlice), or the output
	// from P_K (ProveTRound); Slices is K.
	Slice, Slices int
	// Chunk is the output (and partial) chunk proven; Rows the output rows
	// it covers, from Row.
	Chunk, Row, Rows int
	// AChunk and BChunk are the operands' chunks read (ProveTSlice); −1 for
	// ProveTRound.
	AChunk, BChunk int
}

// ProveTSlice proves chunk c of the partial product P_t (1 ≤ t ≤ K) of the
// transposed product aᵀ·b (op: OpMatMul with TransA, a stored K×M, b K×N,
// chunk.TSlices accepting the shape): that it is chunk c of prev, P_{t−1},
// plus the outer product of a's row t−1 on the chunk's output rows and b's
// row t−1. next is the claimed P_t (M×N, only chunk c is read). The
// ruling's Digests are a's chunk and b's chunk holding those rows
// (TSliceRef.AChunk, BChunk), then chunk.PartialChunkDigest of prev's chunk
// c at t−1 and of next's at t. It fails when next's chunk is not the sum.
func ProveTSlice(op Operator, t, c int, a, b []int32, prev, next []int64) (*Ruling, *TSliceRef, error) {
	cc, digests, ref, err := tsliceAssignment(op, t, c, a, b, prev, next)
	if err != nil {
		return nil, nil, err
	}
	m, k, n, lenA, lenB, length := cc.m, cc.k, cc.n, cc.lenA, cc.lenB, cc.length
	key := fmt.Sprintf("%s transposed slice of %d values, A chunk of %d, B chunk of %d", op.key(), length, lenA, lenB)
	comp, setup, err := circuitByKey(key, func() (frontend.Circuit, error) { return newTSliceCircuit(m, k, n, lenA, lenB, length), nil })
	if err != nil {
		return nil, nil, err
	}
	rl, err := proveWith(comp, setup, op, cc, digests)
	if err != nil {
		return nil, nil, err
	}
	return rl, ref, nil
}

// tsliceAssignment is ProveTSlice's witness, its public digests and where
// it lies.
func tsliceAssignment(op Operator, t, c int, a, b []int32, prev, next []int64) (*tsliceCircuit, []fr.Element, *TSliceRef, error) {
	w, err := checkTSliceOp(op)
	if err != nil {
		return nil, nil, nil, err
	}
	m, k, n := op.M, op.K, op.N
	if t < 1 || t > k || c < 0 || c >= chunk.Count(m*n) {
		return nil, nil, nil, fmt.Errorf("zkruling: row %d chunk %d of a transposed product with %d rows and %d chunks", t, c, k, chunk.Count(m*n))
	}
	if len(a) != k*m || len(b) != k*n || len(prev) != m*n || len(next) != m*n {
		return nil, nil, nil, fmt.Errorf("zkruling: transposed slice ruling of %d×%d×%d with %d, %d, %d and %d values", m, k, n, len(a), len(b), len(prev), len(next))
	}
	ai, offA := chunk.TSliceChunk(m, n, t, c)
	bi, offB := (t-1)*n/chunk.Size, (t-1)*n%chunk.Size
	aStart, aEnd := chunk.Bounds(k*m, ai)
	bStart, bEnd := chunk.Bounds(k*n, bi)
	start, end := chunk.Bounds(m*n, c)
	cc := newTSliceCircuit(m, k, n, aEnd-aStart, bEnd-bStart, end-start)
	fill(cc.A, a[aStart:aEnd])
	fill(cc.B, b[bStart:bEnd])
	setOneHot(cc.SelA, offA/w)
	setOneHot(cc.SelB, offB/n)
	for j := range end - start {
		cc.Prev[j], cc.Next[j] = prev[start+j], next[start+j]
	}
	cc.Slice, cc.Chunk, cc.AIndex, cc.BIndex = t, c, ai, bi
	digests := make([]fr.Element, 4)
	if digests[0], err = chunk.Digest([]int{k, m}, ai, a[aStart:aEnd]); err != nil {
		return nil, nil, nil, err
	}
	if digests[1], err = chunk.Digest([]int{k, n}, bi, b[bStart:bEnd]); err != nil {
		return nil, nil, nil, err
	}
	if digests[2], err = chunk.PartialChunkDigest(m, k, n, t-1, c, prev[start:end]); err != nil {
		return nil, nil, nil, err
	}
	if digests[3], err = chunk.PartialChunkDigest(m, k, n, t, c, next[start:end]); err != nil {
		return nil, nil, nil, err
	}
	for i := range digests {
		cc.Digests[i] = fieldOf(digests[i])
	}
	return cc, digests, &TSliceRef{Slice: t, Slices: k, Chunk: c, Row: start / n, Rows: (end - start) / n, AChunk: ai, BChunk: bi}, nil
}

func setOneHot(sel []frontend.Variable, at int) {
	for q := range sel {
		sel[q] = 0
		if q == at {
			sel[q] = 1
		}
	}
}

// TSliceConstraints compiles the transposed slice circuit of op for full
// chunks and returns its constraint count, without the setup.
func TSliceConstraints(op Operator) (int, error) {
	if _, err := checkTSliceOp(op); err != nil {
		return 0, err
	}
	return compileCount(newTSliceCircuit(op.M, op.K, op.N, min(chunk.Size, op.K*op.M), min(chunk.Size, op.K*op.N), min(chunk.Size, op.M*op.N)))
}

// troundCircuit proves output chunk Chunk of C = Round(P_K, 16) of a
// transposed product. Digests: chunk Chunk of P_K, then the output's.
type troundCircuit struct {
	Digests [2]frontend.Variable `gnark:",public"`

	Chunk frontend.Variable
	P     []frontend.Variable
	Out   []frontend.Variable

	m, k, n int
}

func newTRoundCircuit(m, k, n, length int) *troundCircuit {
	return &troundCircuit{P: make([]frontend.Variable, length), Out: make([]frontend.Variable, length), m: m, k: k, n: n}
}

func (c *troundCircuit) setPublic(v []frontend.Variable) { copy(c.Digests[:], v) }

func (c *troundCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	below(api, rc, c.Chunk, chunk.Count(c.m*c.n))
	checkValues(api, rc, c.Out)
	checkPartials(api, rc, c.P)
	// Out = Round(P, 16), pinned by its remainder; with |P| < 2^63 the
	// field equation is the integer one.
	for i := range c.Out {
		rc.Check(api.Sub(api.Add(c.P[i], 1<<(Frac-1)), api.Mul(c.Out[i], 1<<Frac)), Frac)
	}
	dP, err := partialChunkDigestCircuit(api, c.m, c.k, c.n, c.k, c.Chunk, c.P)
	if err != nil {
		return err
	}
	dOut, err := chunkDigestCircuit(api, []int{c.m, c.n}, c.Chunk, c.Out)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Digests[0], dP)
	api.AssertIsEqual(c.Digests[1], dOut)
	return nil
}

// ProveTRound proves output chunk c of the transposed product whose last
// partial product is last (P_K, M×N): that the chunk is Round(P_K, 16).
// The ruling's Digests are chunk.PartialChunkDigest of last's chunk c at K,
// then the output's chunk digest. It fails when the output's chunk is not
// the rounding.
func ProveTRound(op Operator, c int, last []int64, output []int32) (*Ruling, *TSliceRef, error) {
	if _, err := checkTSliceOp(op); err != nil {
		return nil, nil, err
	}
	m, k, n := op.M, op.K, op.N
	if len(last) != m*n || len(output) != m*n {
		return nil, nil, fmt.Errorf("zkruling: rounding of a %d×%d output with %d and %d values", m, n, len(last), len(output))
	}
	if c < 0 || c >= chunk.Count(m*n) {
		return nil, nil, fmt.Errorf("zkruling: output chunk %d of %d", c, chunk.Count(m*n))
	}
	start, end := chunk.Bounds(m*n, c)
	cc := newTRoundCircuit(m, k, n, end-start)
	cc.Chunk = c
	for j := range end - start {
		cc.P[j] = last[start+j]
		if !fixed.InRange(int64(output[start+j])) {
			return nil, nil, fmt.Errorf("zkruling: output value %d is %d, outside the fixed-point range", start+j, output[start+j])
		}
	}
	fill(cc.Out, output[start:end])
	digests := make([]fr.Element, 2)
	var err error
	if digests[0], err = chunk.PartialChunkDigest(m, k, n, k, c, last[start:end]); err != nil {
		return nil, nil, err
	}
	if digests[1], err = chunk.Digest([]int{m, n}, c, output[start:end]); err != nil {
		return nil, nil, err
	}
	for i := range digests {
		cc.Digests[i] = fieldOf(digests[i])
	}
	length := end - start
	key := fmt.Sprintf("%s transposed rounding of %d values", op.key(), length)
	comp, setup, err := circuitByKey(key, func() (frontend.Circuit, error) { return newTRoundCircuit(m, k, n, length), nil })
	if err != nil {
		return nil, nil, err
	}
	rl, err := proveWith(comp, setup, op, cc, digests)
	if err != nil {
		return nil, nil, err
	}
	return rl, &TSliceRef{Slice: k, Slices: k, Chunk: c, Row: start / n, Rows: length / n, AChunk: -1, BChunk: -1}, nil
}

// TRoundConstraints compiles the transposed rounding circuit of op's full
// output chunks and returns its constraint count, without the setup.
func TRoundConstraints(op Operator) (int, error) {
	if _, err := checkTSliceOp(op); err != nil {
		return 0, err
	}
	return compileCount(newTRoundCircuit(op.M, op.K, op.N, min(chunk.Size, op.M*op.N)))
}

func bigPow2(e uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), e) }
