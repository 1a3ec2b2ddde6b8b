package chunk

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

func TestCountAndBounds(t *testing.T) {
	for _, c := range []struct{ n, count, lastLen int }{
		{0, 1, 0}, {1, 1, 1}, {512, 1, 512}, {513, 2, 1}, {25088, 49, 512}, {1600, 4, 64},
	} {
		assert.Equal(t, c.count, Count(c.n), "n=%d", c.n)
		start, end := Bounds(c.n, c.count-1)
		assert.Equal(t, c.lastLen, end-start, "n=%d", c.n)
		assert.Equal(t, c.n, end, "n=%d: the last chunk ends the tensor", c.n)
	}
}

// Digest is MiMC over the header then the packed values, as written out
// here by hand; the index, the shape and the length each change it.
func TestDigest(t *testing.T) {
	shape := []int{2, 520}
	vals := make([]int32, 1040)
	for i := range vals {
		vals[i] = int32(i*7919%(2*fixed.One)) - fixed.One
	}
	ds, err := Digests(shape, vals)
	require.NoError(t, err)
	require.Len(t, ds, 3)

	chunk1 := vals[512:1024]
	h := mimc.NewFieldHasher()
	var e fr.Element
	for _, x := range []int64{Tag, 2, 2, 520, 1040, 512, 512, 1} {
		e.SetInt64(x)
		h.WriteElement(e)
	}
	for s := 0; s < len(chunk1); s += PackWidth {
		var acc, term, shift fr.Element
		shift.SetUint64(1 << ValueBits)
		for i := min(s+PackWidth, len(chunk1)) - 1; i >= s; i-- {
			acc.Mul(&acc, &shift)
			term.SetInt64(int64(chunk1[i]))
			acc.Add(&acc, &term)
		}
		h.WriteElement(acc)
	}
	assert.Equal(t, h.SumElement(), ds[1])

	other, err := Digest(shape, 0, chunk1)
	require.NoError(t, err)
	assert.NotEqual(t, ds[1], other, "the same values at another index")
	other, err = Digest([]int{1040}, 1, chunk1)
	require.NoError(t, err)
	assert.NotEqual(t, ds[1], other, "the same values under another shape")

	_, err = Digest(shape, 3, vals[:16])
	assert.Error(t, err, "no chunk 3")
	_, err = Digest(shape, 2, vals[:15])
	assert.Error(t, err, "chunk 2 holds 16 values")
	bad := append([]int32{}, chunk1...)
	bad[7] = fixed.Max + 1
	_, err = Digest(shape, 1, bad)
	assert.Error(t, err, "a value outside the range")
	_, err = Digests(shape, vals[:1000])
	assert.Error(t, err)
}

// BenchmarkDigests is what a fixed-mode leaf costs over tiny-fixed's largest
// tensor (784×32): one MiMC permutation per ten values.
func BenchmarkDigests(b *testing.B) {
	vals := make([]int32, 784*32)
	for i := range vals {
		vals[i] = int32(i % fixed.One)
	}
	for b.Loop() {
		if _, err := Digests([]int{784, 32}, vals); err != nil {
			b.Fatal(err)
		}
	}
}
