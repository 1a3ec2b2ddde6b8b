package chunk

import (
	"math"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// PartialDigest hashes the header, then each value as v + 2^63 packed
// three to an element, low value first; the index, the row and every value
// are bound.
func TestPartialDigest(t *testing.T) {
	row := []int64{-1, 0, math.MaxInt64, math.MinInt64}
	d, err := PartialDigest(2, 16, 4, 3, 1, row)
	require.NoError(t, err)

	h := mimc.NewFieldHasher()
	var e, term, shift fr.Element
	for _, x := range []int64{PartialTag, 2, 16, 4, 3, 1} {
		e.SetInt64(x)
		h.WriteElement(e)
	}
	shift.SetString("18446744073709551616") // 2^64
	for _, group := range [][]uint64{{1<<63 - 1, 1 << 63, 1<<64 - 1}, {0}} {
		e.SetZero()
		for i := len(group) - 1; i >= 0; i-- {
			e.Mul(&e, &shift)
			term.SetUint64(group[i])
			e.Add(&e, &term)
		}
		h.WriteElement(e)
	}
	assert.Equal(t, h.SumElement(), d)

	for name, other := range map[string]func() (fr.Element, error){
		"another partial": func() (fr.Element, error) { return PartialDigest(2, 16, 4, 2, 1, row) },
		"another row":     func() (fr.Element, error) { return PartialDigest(2, 16, 4, 3, 0, row) },
		"another value": func() (fr.Element, error) {
			return PartialDigest(2, 16, 4, 3, 1, []int64{0, -1, math.MaxInt64, math.MinInt64})
		},
	} {
		o, err := other()
		require.NoError(t, err)
		assert.NotEqual(t, d, o, name)
	}
	_, err = PartialDigest(2, 16, 4, 3, 2, row)
	assert.Error(t, err, "row 2 of a 2-row partial")
	_, err = PartialDigest(2, 16, 4, 3, 1, row[:3])
	assert.Error(t, err, "a short row")

	_, err = PartialProducts(make([]int32, 6), make([]int32, 8), 2, 3, 4, 2)
	assert.Error(t, err, "the slice width must divide k")
}
