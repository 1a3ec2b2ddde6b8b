package zkruling

import (
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// A product's output value depends on a whole row and column of its inputs,
// so a MatMul (or a BiasGrad, whose output sums whole columns) is not proven
// by chunk. ProveWhole proves it whole but over the game's own commitment:
// the circuit computes every chunk digest (chunk.Digest, the index a
// constant per chunk) of every tensor, and the public inputs are all of them,
// the inputs' lists then the output's. A contract rebuilds each tensor's
// fixed-mode leaf from its list (RulingVerifierZK.verifyWholeRuling) and
// passes the lists on as the public inputs, so the ruling is bound to the
// leaves the game disputed. Every digest costs the verifier one BN254 scalar
// multiplication (~7,000 gas): 4 public inputs for tiny's h·W2 (~372,000
// gas), 100 for its x·W1 (~1.05M gas); docs/zk-ruling.md weighs this against
// hashing each list to one public input.

// WholeOps are the operators ProveWhole proves.
var WholeOps = []string{OpMatMul, OpBiasGrad}

// wholeCircuit proves a whole MatMul or BiasGrad. Tensors holds the inputs'
// values then the output's; Acc the product's exact accumulators (empty for
// bias-grad); Digests every chunk digest of every tensor, in that order.
type wholeCircuit struct {
	Digests []frontend.Variable `gnark:",public"`

	Tensors [][]frontend.Variable
	Acc     []frontend.Variable

	op Operator
}

// wholeShapes returns the shapes of op's inputs and output in argument
// order, after checking op's dimensions.
func wholeShapes(op Operator) ([][]int, error) {
	switch op.Op {
	case OpMatMul, OpBiasGrad:
		if _, err := newCircuit(op, packWidth); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: %q is not proven whole over chunk digests", ErrUnsupported, op.Op)
	}
	if op.Op == OpBiasGrad {
		return [][]int{{op.M, op.N}, {op.N}}, nil
	}
	s := matMulShape{op.M, op.K, op.N, op.TransA, op.TransB}
	return [][]int{s.shapeA(), s.shapeB(), {op.M, op.N}}, nil
}

// ChunkCounts returns the number of chunk digests of each of op's tensors
// (inputs, then the output): how ProveWhole's Digests split into lists.
func ChunkCounts(op Operator) ([]int, error) {
	shapes, err := wholeShapes(op)
	if err != nil {
		return nil, err
	}
	counts := make([]int, len(shapes))
	for k, s := range shapes {
		n, _ := size(s)
		counts[k] = chunk.Count(n)
	}
	return counts, nil
}

func newWholeCircuit(op Operator) (*wholeCircuit, error) {
	shapes, err := wholeShapes(op)
	if err != nil {
		return nil, err
	}
	c := &wholeCircuit{Tensors: make([][]frontend.Variable, len(shapes)), op: op}
	digests := 0
	for k, s := range shapes {
		n, _ := size(s)
		c.Tensors[k] = make([]frontend.Variable, n)
		digests += chunk.Count(n)
	}
	c.Digests = make([]frontend.Variable, digests)
	if op.Op == OpMatMul {
		c.Acc = make([]frontend.Variable, op.M*op.N)
	}
	return c, nil
}

func (c *wholeCircuit) Define(api frontend.API) error {
	op := c.op
	switch op.Op {
	case OpMatMul:
		defineMatMul(api, matMulShape{op.M, op.K, op.N, op.TransA, op.TransB}, c.Tensors[0], c.Tensors[1], c.Tensors[2], c.Acc)
	case OpBiasGrad:
		defineBiasGrad(api, op.M, op.N, c.Tensors[0], c.Tensors[1])
	}
	shapes, err := wholeShapes(op)
	if err != nil {
		return err
	}
	at := 0
	for k, t := range c.Tensors {
		for i := range chunk.Count(len(t)) {
			start, end := chunk.Bounds(len(t), i)
			d, err := chunkDigestCircuit(api, shapes[k], i, t[start:end])
			if err != nil {
				return err
			}
			api.AssertIsEqual(c.Digests[at], d)
			at++
		}
	}
	return nil
}

// wholeKey names the circuit of op proven whole over chunk digests.
func wholeKey(op Operator) string { return op.key() + " by chunk digests" }

// ProveWhole proves that op (OpMatMul or OpBiasGrad) maps inputs to output,
// with the chunk digests of every tensor as the public inputs: the ruling's
// Digests are the inputs' chunk-digest lists (chunk.Digests), then the
// output's, concatenated (ChunkCounts splits them). Like ProveOperator it
// fails when the claimed output is not the specification's.
func ProveWhole(op Operator, inputs [][]int32, output []int32) (*Ruling, error) {
	shapes, err := wholeShapes(op)
	if err != nil {
		return nil, err
	}
	if len(inputs) != len(shapes)-1 {
		return nil, fmt.Errorf("zkruling: %s takes %d inputs, got %d", op.Op, len(shapes)-1, len(inputs))
	}
	c, err := newWholeCircuit(op)
	if err != nil {
		return nil, err
	}
	tensors := append(slices.Clone(inputs), output)
	var digests []fr.Element
	for k, t := range tensors {
		ds, err := chunk.Digests(shapes[k], t)
		if err != nil {
			return nil, fmt.Errorf("%w (%s argument %d)", err, op.Op, k)
		}
		digests = append(digests, ds...)
		fill(c.Tensors[k], t)
	}
	if op.Op == OpMatMul {
		for i, v := range matMulAcc(inputs[0], inputs[1], op.M, op.K, op.N, op.TransA, op.TransB) {
			c.Acc[i] = v
		}
	}
	setDigests(c, digests)
	cc, setup, err := circuitByKey(wholeKey(op), func() (frontend.Circuit, error) { return newWholeCircuit(op) })
	if err != nil {
		return nil, err
	}
	return proveWith(cc, setup, op, c, digests)
}

// WholeConstraints compiles ProveWhole's circuit of op and returns its
// constraint count, without the setup.
func WholeConstraints(op Operator) (int, error) {
	c, err := newWholeCircuit(op)
	if err != nil {
		return 0, err
	}
	return compileCount(c)
}
