package bundle

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// TestDecodeTensorIsTensorFromLittleEndian: the decoder's copy of the
// values gives prooflearn.TensorFromLittleEndian's tensor, or refuses what
// it refuses, for honest and hostile shapes, every dtype, with and without
// an arena.
func TestDecodeTensorIsTensorFromLittleEndian(t *testing.T) {
	raw := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + 11)
		}
		return b
	}
	f64 := binary.LittleEndian.AppendUint64(nil, math.Float64bits(-2.5))
	cases := []struct {
		name  string
		dt    prooflearn.DType
		shape []int
		raw   []byte
	}{
		{"w0", prooflearn.Float32, []int{3, 5}, raw(60)},
		{"b0", prooflearn.Float64, []int{1}, f64},
		{"q0", prooflearn.Int32, []int{7}, raw(28)},
		{"scalar", prooflearn.Float32, nil, raw(4)},
		{"empty", prooflearn.Float32, []int{0, 9}, nil},
		{"short", prooflearn.Float32, []int{4}, raw(15)},
		{"long", prooflearn.Int32, []int{2}, raw(12)},
		{"negative", prooflearn.Float32, []int{-1, 4}, raw(16)},
		{"overflow", prooflearn.Float32, []int{1 << 20, 1 << 20, 1 << 20}, raw(4)},
		{"rank", prooflearn.Float32, make([]int, prooflearn.MaxTensorRank+1), raw(0)},
		{strings.Repeat("n", prooflearn.MaxTensorNameLen+1), prooflearn.Float32, []int{1}, raw(4)},
		{"unknown dtype", prooflearn.DType(9), []int{1}, raw(4)},
	}
	for _, tc := range cases {
		want, wantErr := prooflearn.TensorFromLittleEndian(tc.name, tc.dt, tc.shape, tc.raw)
		for _, arena := range []*ValueArena{nil, NewValueArena(1 << 10)} {
			got, err := decodeTensor(tc.name, tc.dt, tc.shape, tc.raw, arena)
			if wantErr != nil {
				require.Error(t, err, "%.20s: TensorFromLittleEndian refuses it: %v", tc.name, wantErr)
				assert.ErrorIs(t, err, prooflearn.ErrMalformed)
				continue
			}
			require.NoError(t, err, "%.20s", tc.name)
			require.Equal(t, want, got, "%.20s", tc.name)
		}
	}
}
