package prooflearn

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBigEndianPathEncodesTheSameBytes runs the streamed encodings through
// the path a big-endian machine takes, values converted a chunk at a time,
// with tensors of every dtype, longer than a chunk and empty: the bytes
// and the leaf must be Canonical's, as on a little-endian machine.
func TestBigEndianPathEncodesTheSameBytes(t *testing.T) {
	c := &Checkpoint{Step: 1234, RNG: RNGState{Epoch: 3, Counter: 77}}
	big := NewTensor("w0", Float32, 300, 17) // 5,100 values: three chunks
	for i := range big.F32 {
		big.F32[i] = float32(i)*0.37 - 100
	}
	f64 := NewTensor("b0", Float64, 2100)
	for i := range f64.F64 {
		f64.F64[i] = float64(i) / 3
	}
	i32 := NewTensor("q0", Int32, 9)
	for i := range i32.I32 {
		i32.I32[i] = int32(i*1000 - 4000)
	}
	empty := NewTensor("e0", Float32, 0, 4)
	c.Params = []Tensor{big, f64, i32, empty}
	c.OptState = []Tensor{big.Clone(), NewTensor("m1", Float64)}
	c.OptState[0].Name = MomentumPrefix + "w0"

	want := c.Canonical()
	require.NotNil(t, want)
	var wantFile []byte
	for i := range c.Params {
		wantFile = c.Params[i].AppendLittleEndian(wantFile)
	}
	for _, le := range []bool{true, false} {
		t.Run(map[bool]string{true: "little-endian", false: "big-endian"}[le], func(t *testing.T) {
			defer func(saved bool) { nativeLittleEndian = saved }(nativeLittleEndian)
			nativeLittleEndian = le
			var w bytes.Buffer
			require.NoError(t, c.WriteCanonical(&w))
			require.Equal(t, want, w.Bytes())
			require.Equal(t, LeafHash(want), c.LeafHash())
			var file []byte
			for i := range c.Params {
				require.True(t, bytes.Equal(c.Params[i].LittleEndianBytes(), c.Params[i].AppendLittleEndian(nil)), "tensor %s", c.Params[i].Name)
				file = c.Params[i].AppendLittleEndian(file)
			}
			require.Equal(t, wantFile, file)
		})
	}
	// Without optimizer state the list's count is the encoding's last bytes.
	c.OptState = nil
	var w bytes.Buffer
	require.NoError(t, c.WriteCanonical(&w))
	require.Equal(t, c.Canonical(), w.Bytes())
}
