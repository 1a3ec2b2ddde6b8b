package zkruling

import (
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type digestTestCircuit struct {
	D      frontend.Variable `gnark:",public"`
	Values []frontend.Variable
	shape  []int
	pack   int
}

func (c *digestTestCircuit) Define(api frontend.API) error {
	return assertDigests(api, c.pack, digestInput{c.D, c.shape, c.Values})
}

// TestDigestMatchesCircuit checks the native digest against the in-circuit
// one, packed and unpacked, at lengths that do and do not fill the last
// packed element.
func TestDigestMatchesCircuit(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, shape := range [][]int{{1}, {2, 5}, {3, 7}, {4, 1, 3}} {
		for _, pack := range []int{1, packWidth} {
			n, err := size(shape)
			require.NoError(t, err)
			values := randomTensor(rng, n, 1<<Bound-1)
			values[0] = -(1 << Bound)
			d, err := digest(shape, values, pack)
			require.NoError(t, err)
			circuit := &digestTestCircuit{Values: make([]frontend.Variable, n), shape: shape, pack: pack}
			good := &digestTestCircuit{D: fieldOf(d), Values: make([]frontend.Variable, n)}
			fill(good.Values, values)
			assert.NoError(t, test.IsSolved(circuit, good, ecc.BN254.ScalarField()), "shape %v pack %d", shape, pack)
			values[n-1]++
			bad := &digestTestCircuit{D: fieldOf(d), Values: make([]frontend.Variable, n)}
			fill(bad.Values, values)
			assert.Error(t, test.IsSolved(circuit, bad, ecc.BN254.ScalarField()), "shape %v pack %d", shape, pack)
		}
	}
}

func TestDigestBindsShapeAndRange(t *testing.T) {
	values := []int32{1, -2, 3, -4, 5, -6}
	d23, err := Digest([]int{2, 3}, values)
	require.NoError(t, err)
	d32, err := Digest([]int{3, 2}, values)
	require.NoError(t, err)
	d6, err := Digest([]int{6}, values)
	require.NoError(t, err)
	assert.NotEqual(t, d23, d32)
	assert.NotEqual(t, d23, d6)
	// A shorter tensor is not a prefix of the longer one's digest input.
	d5, err := Digest([]int{5}, values[:5])
	require.NoError(t, err)
	assert.NotEqual(t, d5, d6)

	_, err = Digest([]int{2, 2}, values)
	assert.Error(t, err, "shape and length disagree")
	for _, v := range []int32{1 << Bound, -(1 << Bound) - 1, 1<<31 - 1} {
		_, err = Digest([]int{1}, []int32{v})
		assert.Error(t, err, "value %d is out of range", v)
	}
	for _, v := range []int32{1<<Bound - 1, -(1 << Bound)} {
		_, err = Digest([]int{1}, []int32{v})
		assert.NoError(t, err, "value %d is in range", v)
	}
}

// TestPackedDigestsCollideOutOfRange is why every circuit range-checks the
// values it digests: packing 2^24 into a slot equals packing −2^24 there and
// carrying one into the next.
func TestPackedDigestsCollideOutOfRange(t *testing.T) {
	honest := []int32{-(1 << Bound), 5, 7}
	forged := []int32{1 << Bound, 4, 7}
	var a, b fr.Element = digestUnchecked([]int{3}, honest, packWidth), digestUnchecked([]int{3}, forged, packWidth)
	assert.Equal(t, a, b)
	_, err := Digest([]int{3}, forged)
	assert.Error(t, err)
}

// TestMatMulRefusesCollidingInput gives the MatMul circuit the forged
// operand above: its digest is the honest operand's, the accumulators and the
// output are those of the forged operand, so only the range check stands
// between the prover and a ruling on a tensor nobody committed to.
func TestMatMulRefusesCollidingInput(t *testing.T) {
	op := Operator{Op: OpMatMul, M: 1, K: 3, N: 2}
	honest := []int32{-(1 << Bound), 5, 7}
	forged := []int32{1 << Bound, 4, 7}
	b := []int32{1, 2, -3, 4, 5, -6}
	acc := matMulAcc(forged, b, 1, 3, 2, false, false)
	c := make([]int32, len(acc))
	for i, v := range acc {
		c[i] = int32(fixed.Round(v, Frac))
	}
	assignment, _, err := assign(op, [][]int32{forged, b}, c)
	require.NoError(t, err)
	digests := []fr.Element{digestUnchecked([]int{1, 3}, honest, packWidth), {}, {}}
	digests[1], err = Digest([]int{3, 2}, b)
	require.NoError(t, err)
	digests[2], err = Digest([]int{1, 2}, c)
	require.NoError(t, err)
	setDigests(assignment, digests)
	circuit, err := newCircuit(op, packWidth)
	require.NoError(t, err)
	assert.Error(t, test.IsSolved(circuit, assignment, ecc.BN254.ScalarField()))
}

// TestPackingConstraints measures what packing saves on a MatMul circuit.
func TestPackingConstraints(t *testing.T) {
	m, k, n := 8, 8, 8
	if !testing.Short() {
		m, k, n = 16, 16, 16
	}
	op := Operator{Op: OpMatMul, M: m, K: k, N: n}
	count := func(pack int) int {
		c, err := newCircuit(op, pack)
		require.NoError(t, err)
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		require.NoError(t, err)
		return ccs.GetNbConstraints()
	}
	unpacked, packed := count(1), count(packWidth)
	t.Logf("matmul %dx%dx%d: %d constraints unpacked, %d packed %d to an element", m, k, n, unpacked, packed, packWidth)
	assert.Less(t, 4*packed, unpacked)
}
