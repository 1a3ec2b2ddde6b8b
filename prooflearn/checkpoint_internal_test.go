package prooflearn

import (
	"bytes"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/testdata"
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

// TestSetLittleEndianRoundTrips: SetLittleEndian reads back what
// AppendLittleEndian wrote, by memory copy and by the big-endian path, for
// every dtype, and refuses a length that is not the tensor's.
func TestSetLittleEndianRoundTrips(t *testing.T) {
	src := []Tensor{NewTensor("a", Float32, 5000), NewTensor("b", Float64, 3, 3), NewTensor("c", Int32, 11)}
	for i := range src[0].F32 {
		src[0].F32[i] = float32(i) * -0.25
	}
	for i := range src[1].F64 {
		src[1].F64[i] = float64(i) / 7
	}
	for i := range src[2].I32 {
		src[2].I32[i] = int32(i*i - 50)
	}
	for _, le := range []bool{true, false} {
		func() {
			defer func(saved bool) { nativeLittleEndian = saved }(nativeLittleEndian)
			nativeLittleEndian = le
			for _, s := range src {
				raw := s.AppendLittleEndian(nil)
				require.Equal(t, s.LittleEndianBytes(), raw)
				dst := NewTensor(s.Name, s.DType, s.Shape...)
				require.NoError(t, dst.SetLittleEndian(raw))
				require.Equal(t, s, dst, "little-endian machine: %v", le)
				require.ErrorIs(t, dst.SetLittleEndian(raw[:len(raw)-1]), ErrMalformed)
				require.ErrorIs(t, dst.SetLittleEndian(append(raw, 0)), ErrMalformed)
			}
		}()
	}
}

// TestCheckLayoutSkipsOnlyTheValues: CheckLayout refuses every layout
// CheckShape refuses, with the same error, and accepts a non-finite value
// only CheckShape's validation refuses.
func TestCheckLayoutSkipsOnlyTheValues(t *testing.T) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	require.NoError(t, err)
	task, err := DecodeTask(bytes.NewReader(raw))
	require.NoError(t, err)
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	c, err := InitialCheckpoint(task, seed)
	require.NoError(t, err)
	require.NoError(t, c.CheckShape(task))
	require.NoError(t, c.CheckLayout(task))

	c.Params[0].F32[0] = float32(math.NaN())
	require.Error(t, c.CheckShape(task))
	require.NoError(t, c.CheckLayout(task), "the values are not CheckLayout's")

	renamed := c.Clone()
	renamed.Params[0].Name = "other"
	reshaped := c.Clone()
	reshaped.Params[0].Shape = []int{1, len(reshaped.Params[0].F32)}
	dropped := c.Clone()
	dropped.Params = dropped.Params[1:]
	for name, bad := range map[string]*Checkpoint{"renamed": renamed, "reshaped": reshaped, "dropped": dropped} {
		want := bad.CheckShape(task)
		require.Error(t, want, name)
		require.Equal(t, want, bad.CheckLayout(task), name)
	}
}
