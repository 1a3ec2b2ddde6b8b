package zkruling

import (
	"fmt"
	"math/big"
	"math/bits"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	gmimc "github.com/consensys/gnark/std/hash/mimc"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// A ruling on an elementwise operator proves one chunk (chunk.Size values)
// of it instead of the whole tensor: the dispute game's fixed-mode leaves
// commit to the tensors' chunk digests (arbitration.FixedLeaf), the two
// sides' output lists differ at a first chunk, and the output's values there
// depend only on the inputs' values at the same positions. The public inputs
// are the inputs' digests of that chunk and the output's, which a contract
// reads from the agreed input leaves' lists and from the winner's output
// list, so it needs no other binding; the chunk index is a witness hashed
// into every digest, so one key pair serves every full chunk of a tensor
// shape (the last, shorter chunk has its own). The cost no longer grows
// with the tensor: a 784×32 update is proven 512 values at a time.

// ChunkedOps are the operators ProveChunk proves: those whose output value
// at a position depends on the inputs at that position only (and, for
// add-bias, on the whole bias; for the squared-error gradient, on the batch
// size, a constant of the shape).
var ChunkedOps = []string{OpMomentum, OpSGD, OpReLU, OpReLUGrad, OpAddBias, OpSquaredErrorGrad}

// ChunkRef locates a chunk ruling in its tensor.
type ChunkRef struct {
	Index  int // the chunk's position
	Count  int // the tensor's number of chunks
	Length int // the chunk's number of values
}

// chunkCircuit proves one chunk of an elementwise operator. In holds the
// inputs' values at the chunk's positions (the whole bias for add-bias), Out
// the output's; Digests are the inputs' chunk digests then the output's.
type chunkCircuit struct {
	Digests []frontend.Variable `gnark:",public"`

	Index frontend.Variable
	// Rows is ⌊Index·chunk.Size / width⌋ for a row-structured operator
	// (add-bias, the squared-error gradient; width the bias or class
	// count): with Index·chunk.Size = Rows·width + offset, range-checked,
	// it ties the index to the circuit's offset.
	Rows frontend.Variable
	In   [][]frontend.Variable
	Out  []frontend.Variable

	op     Operator
	length int
	// offset is the column of the chunk's first value, (Index·chunk.Size)
	// mod width, compiled into the circuit: chunks whose rows start alike
	// share a key.
	offset int
}

// chunkShapes returns the shapes of op's inputs and output in argument
// order, and which of them are chunked (the bias of add-bias is whole).
func chunkShapes(op Operator) ([][]int, []bool, error) {
	switch op.Op {
	case OpMomentum, OpSGD, OpReLUGrad, OpSquaredErrorGrad:
		return [][]int{op.Shape, op.Shape, op.Shape}, []bool{true, true, true}, nil
	case OpReLU:
		return [][]int{op.Shape, op.Shape}, []bool{true, true}, nil
	case OpAddBias:
		return [][]int{{op.M, op.N}, {op.N}, {op.M, op.N}}, []bool{true, false, true}, nil
	}
	return nil, nil, fmt.Errorf("%w: %q is not proven by chunk", ErrUnsupported, op.Op)
}

// checkChunkOp validates op for a chunk of the given index.
func checkChunkOp(op Operator, index int) (n, length int, err error) {
	switch op.Op {
	case OpMomentum, OpSGD, OpReLU, OpReLUGrad:
		if n, err = size(op.Shape); err != nil {
			return 0, 0, err
		}
	case OpSquaredErrorGrad:
		if n, err = size(op.Shape); err != nil {
			return 0, 0, err
		}
		if len(op.Shape) != 2 || op.Shape[0] > 1<<14 {
			return 0, 0, fmt.Errorf("zkruling: %s %v: want a batch × classes matrix, the batch at most 2^14", op.Op, op.Shape)
		}
	case OpAddBias:
		if op.M <= 0 || op.N <= 0 {
			return 0, 0, fmt.Errorf("zkruling: add-bias %dx%d: dimensions must be positive", op.M, op.N)
		}
		n = op.M * op.N
		// The bias is hashed whole, as one chunk, so it may be at most
		// chunk.Size wide. The column of a chunk's first value is its
		// offset, compiled into its circuit (rowOffset).
		if op.N > chunk.Size {
			return 0, 0, fmt.Errorf("%w: add-bias %dx%d: a bias wider than one chunk of %d", ErrUnsupported, op.M, op.N, chunk.Size)
		}
	default:
		_, _, err := chunkShapes(op)
		return 0, 0, err
	}
	if (op.Op == OpMomentum || op.Op == OpSGD) && (op.Scalar <= -maxScalar || op.Scalar >= maxScalar) {
		return 0, 0, fmt.Errorf("zkruling: %s: scalar %d outside (-2^31, 2^31)", op.Op, op.Scalar)
	}
	if index < 0 || index >= chunk.Count(n) {
		return 0, 0, fmt.Errorf("zkruling: chunk %d of a %d-value tensor, which has %d", index, n, chunk.Count(n))
	}
	start, end := chunk.Bounds(n, index)
	if end == start {
		return 0, 0, fmt.Errorf("zkruling: %s: an empty tensor has nothing to prove", op.Op)
	}
	return n, end - start, nil
}

// rowWidth is the row length of a row-structured chunked operator (the
// bias width of add-bias, the class count of the squared-error gradient),
// 0 for the others.
func rowWidth(op Operator) int {
	switch op.Op {
	case OpAddBias:
		return op.N
	case OpSquaredErrorGrad:
		if len(op.Shape) == 2 {
			return op.Shape[1]
		}
	}
	return 0
}

// rowOffset is the column of chunk index's first value for a
// row-structured operator, 0 for the others.
func rowOffset(op Operator, index int) int {
	if w := rowWidth(op); w > 0 {
		return index * chunk.Size % w
	}
	return 0
}

// chunkKey names the circuit of op's chunks of the given length and
// offset.
func chunkKey(op Operator, length, offset int) string {
	if offset != 0 {
		return fmt.Sprintf("%s chunk of %d from column %d", op.key(), length, offset)
	}
	return fmt.Sprintf("%s chunk of %d", op.key(), length)
}

func newChunkCircuit(op Operator, length, offset int) (*chunkCircuit, error) {
	shapes, chunked, err := chunkShapes(op)
	if err != nil {
		return nil, err
	}
	c := &chunkCircuit{Digests: make([]frontend.Variable, len(shapes)), In: make([][]frontend.Variable, len(shapes)-1),
		Out: make([]frontend.Variable, length), op: op, length: length, offset: offset}
	for k := range c.In {
		n := length
		if !chunked[k] {
			n, _ = size(shapes[k])
		}
		c.In[k] = make([]frontend.Variable, n)
	}
	return c, nil
}

func (c *chunkCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	width := rowWidth(c.op)
	if width > 0 {
		// Index·Size = Rows·width + offset with Rows below the tensor's row
		// count: the chunk starts at column offset, as compiled.
		n, _ := size(c.op.Shape)
		if c.op.Op == OpAddBias {
			n = c.op.M * c.op.N
		}
		below(api, rc, c.Rows, max(1, n/width))
		api.AssertIsEqual(api.Mul(c.Index, chunk.Size), api.Add(api.Mul(c.Rows, width), c.offset))
	} else {
		api.AssertIsEqual(c.Rows, 0)
	}
	switch op := c.op; op.Op {
	case OpMomentum, OpSGD:
		// As updateCircuit: the rounded product q is pinned by its
		// remainder.
		for _, t := range [][]frontend.Variable{c.In[0], c.In[1], c.Out} {
			checkValues(api, rc, t)
		}
		x, y := c.In[0], c.In[1]
		for i := range c.Out {
			var prod, q frontend.Variable
			if op.Op == OpMomentum {
				prod, q = api.Mul(x[i], op.Scalar), api.Sub(c.Out[i], y[i])
			} else {
				prod, q = api.Mul(y[i], op.Scalar), api.Sub(x[i], c.Out[i])
			}
			rc.Check(api.Sub(api.Add(prod, 1<<(Frac-1)), api.Mul(q, 1<<Frac)), Frac)
		}
	case OpReLU:
		for i, x := range c.In[0] {
			api.AssertIsEqual(c.Out[i], api.Mul(nonNegative(api, rc, x), x))
		}
	case OpReLUGrad:
		dy, x := c.In[0], c.In[1]
		checkValues(api, rc, dy)
		for i := range c.Out {
			positive := api.Sub(nonNegative(api, rc, x[i]), api.IsZero(x[i]))
			api.AssertIsEqual(c.Out[i], api.Mul(positive, dy[i]))
		}
	case OpSquaredErrorGrad:
		// dz = RoundDiv(z − y, m) = ⌊(2d + m)/(2m)⌋ for d = z − y, pinned
		// by the remainder 2d + m − 2m·dz in [0, 2m): both it and
		// 2m − 1 − it are range-checked to the bits of 2m − 1. |2d + m| <
		// 2^27, so the field equation is the integer one. With y one-hot (One
		// at the label, the only targets a batch has, which the agreed
		// batch-y leaf fixes) d is fixed.SquaredErrorGrad's z − t.
		for _, t := range [][]frontend.Variable{c.In[0], c.In[1], c.Out} {
			checkValues(api, rc, t)
		}
		// The targets are one-hot: every value is 0 or One, and a row
		// inside the chunk sums to One; the part of a row the chunk's edge
		// cuts sums to 0 or One.
		for _, y := range c.In[1] {
			api.AssertIsEqual(api.Mul(y, api.Sub(y, fixed.One)), 0)
		}
		for start := 0; start < c.length; {
			end := min(c.length, start+width-(c.offset+start)%width)
			var sum frontend.Variable = 0
			for _, y := range c.In[1][start:end] {
				sum = api.Add(sum, y)
			}
			if end-start == width {
				api.AssertIsEqual(sum, fixed.One)
			} else {
				api.AssertIsEqual(api.Mul(sum, api.Sub(sum, fixed.One)), 0)
			}
			start = end
		}
		m := op.Shape[0]
		b := bits.Len(uint(2*m - 1))
		for i := range c.Out {
			d := api.Sub(c.In[0][i], c.In[1][i])
			rem := api.Sub(api.Add(api.Mul(d, 2), m), api.Mul(c.Out[i], 2*m))
			rc.Check(rem, b)
			rc.Check(api.Sub(2*m-1, rem), b)
		}
	case OpAddBias:
		for _, t := range [][]frontend.Variable{c.In[0], c.In[1], c.Out} {
			checkValues(api, rc, t)
		}
		// Position i of the chunk is in column (offset + i) mod N.
		for i := range c.Out {
			api.AssertIsEqual(c.Out[i], api.Add(c.In[0][i], c.In[1][(c.offset+i)%op.N]))
		}
	}
	shapes, chunked, err := chunkShapes(c.op)
	if err != nil {
		return err
	}
	tensors := append(slices.Clone(c.In), c.Out)
	for k, t := range tensors {
		var index frontend.Variable = 0
		if chunked[k] {
			index = c.Index
		}
		d, err := chunkDigestCircuit(api, shapes[k], index, t)
		if err != nil {
			return err
		}
		api.AssertIsEqual(c.Digests[k], d)
	}
	return nil
}

// chunkDigestCircuit computes chunk.Digest in-circuit over range-checked
// values: the header up to the index is constant and folds away, so the
// index costs one permutation and each ten values one more.
func chunkDigestCircuit(api frontend.API, shape []int, index frontend.Variable, values []frontend.Variable) (frontend.Variable, error) {
	h, err := gmimc.NewMiMC(api)
	if err != nil {
		return nil, err
	}
	hdr := chunk.Header(shape, 0, len(values))
	for _, x := range hdr[:len(hdr)-1] {
		h.Write(x)
	}
	h.Write(index)
	shift := new(big.Int).Lsh(big.NewInt(1), chunk.ValueBits)
	for start := 0; start < len(values); start += chunk.PackWidth {
		end := min(start+chunk.PackWidth, len(values))
		var e frontend.Variable = 0
		for i := end - 1; i >= start; i-- {
			e = api.Add(api.Mul(e, shift), values[i])
		}
		h.Write(e)
	}
	return h.Sum(), nil
}

// ProveChunk proves chunk index of an elementwise operator (ChunkedOps):
// that the operator maps the inputs' values at the chunk's positions (the
// whole bias for add-bias) to the output's there. Inputs and output are the
// whole tensors, in ProveOperator's argument order; the ruling's Digests
// are the chunk digests (chunk.Digest) of the inputs at the index, then the
// output's, and its Chunk says where the chunk lies. Like ProveOperator it
// fails when the claimed output chunk is not the specification's.
func ProveChunk(op Operator, index int, inputs [][]int32, output []int32) (*Ruling, error) {
	n, length, err := checkChunkOp(op, index)
	if err != nil {
		return nil, err
	}
	shapes, chunked, err := chunkShapes(op)
	if err != nil {
		return nil, err
	}
	if len(inputs) != len(shapes)-1 {
		return nil, fmt.Errorf("zkruling: %s takes %d inputs, got %d", op.Op, len(shapes)-1, len(inputs))
	}
	offset := rowOffset(op, index)
	c, err := newChunkCircuit(op, length, offset)
	if err != nil {
		return nil, err
	}
	start, end := chunk.Bounds(n, index)
	tensors := append(slices.Clone(inputs), output)
	digests := make([]fr.Element, len(tensors))
	for k, t := range tensors {
		tn, _ := size(shapes[k])
		if len(t) != tn {
			return nil, fmt.Errorf("zkruling: %s argument %d has %d values, shape %v holds %d", op.Op, k, len(t), shapes[k], tn)
		}
		vals, at := t, 0
		if chunked[k] {
			vals, at = t[start:end], index
		}
		if digests[k], err = chunk.Digest(shapes[k], at, vals); err != nil {
			return nil, fmt.Errorf("%w (%s argument %d)", err, op.Op, k)
		}
		if k < len(inputs) {
			fill(c.In[k], vals)
		} else {
			fill(c.Out, vals)
		}
	}
	c.Index = index
	c.Rows = 0
	if w := rowWidth(op); w > 0 {
		c.Rows = index * chunk.Size / w
	}
	setDigests(c, digests)
	key := chunkKey(op, length, offset)
	cc, setup, err := circuitByKey(key, func() (frontend.Circuit, error) { return newChunkCircuit(op, length, offset) })
	if err != nil {
		return nil, err
	}
	r, err := proveWith(cc, setup, op, c, digests)
	if err != nil {
		return nil, err
	}
	r.Chunk = &ChunkRef{Index: index, Count: chunk.Count(n), Length: length}
	return r, nil
}

// ChunkConstraints compiles the circuit of op's chunk index and returns its
// constraint count, without the setup.
func ChunkConstraints(op Operator, index int) (int, error) {
	_, length, err := checkChunkOp(op, index)
	if err != nil {
		return 0, err
	}
	c, err := newChunkCircuit(op, length, rowOffset(op, index))
	if err != nil {
		return 0, err
	}
	return compileCount(c)
}
