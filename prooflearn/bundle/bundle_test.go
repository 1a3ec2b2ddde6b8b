package bundle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// smallCheckpoint is a 2-layer model's state small enough for a fuzz seed.
func smallCheckpoint() *prooflearn.Checkpoint {
	c := &prooflearn.Checkpoint{Step: 20, RNG: prooflearn.RNGState{Epoch: 1, Counter: 99}}
	for i, shape := range [][]int{{3, 2}, {2}} {
		name := []string{"w0", "b0"}[i]
		p := prooflearn.NewTensor(name, prooflearn.Float32, shape...)
		m := prooflearn.NewTensor(prooflearn.MomentumPrefix+name, prooflearn.Float32, shape...)
		for j := range p.F32 {
			p.F32[j] = float32(j) - 1.5
			m.F32[j] = float32(j) / 8
		}
		c.Params = append(c.Params, p)
		c.OptState = append(c.OptState, m)
	}
	return c
}

func TestCheckpointRoundTrip(t *testing.T) {
	for _, dt := range []prooflearn.DType{prooflearn.Float32, prooflearn.Float64} {
		t.Run(fmt.Sprint(dt), func(t *testing.T) {
			c := smallCheckpoint()
			if dt == prooflearn.Float64 {
				for i := range c.Params {
					p := prooflearn.NewTensor(c.Params[i].Name, dt, c.Params[i].Shape...)
					for j := range p.F64 {
						p.F64[j] = math.Pi * float64(j)
					}
					c.Params[i] = p
				}
			}
			b, err := EncodeCheckpoint(c)
			require.NoError(t, err)
			got, err := DecodeCheckpoint(b)
			require.NoError(t, err)
			require.Equal(t, c.LeafHash(), got.LeafHash(), "%v: decoded checkpoint hashes differently", dt)
			// Tensor order comes from the metadata, not the file's sorted order.
			require.Equal(t, "w0", got.Params[0].Name, "order lost: %s %s", got.Params[0].Name, got.OptState[1].Name)
			require.Equal(t, "momentum.b0", got.OptState[1].Name, "order lost: %s %s", got.Params[0].Name, got.OptState[1].Name)
		})
	}
}

func TestCheckpointBadFilesAreTypedErrors(t *testing.T) {
	good, err := EncodeCheckpoint(smallCheckpoint())
	require.NoError(t, err)
	dataStart := 8 + int(binary.LittleEndian.Uint64(good[:8]))
	nan := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(nan[dataStart+4:], math.Float32bits(float32(math.NaN())))
	inf := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(inf[dataStart:], math.Float32bits(float32(math.Inf(-1))))
	allNaN := append([]byte(nil), good...)
	for i := dataStart; i+4 <= len(allNaN); i += 4 {
		binary.LittleEndian.PutUint32(allNaN[i:], 0x7fc00000)
	}
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"empty":         {nil, prooflearn.ErrMalformed},
		"truncated":     {good[:len(good)-3], prooflearn.ErrMalformed},
		"header only":   {good[:dataStart], prooflearn.ErrMalformed},
		"huge header":   {append([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}, good[8:]...), prooflearn.ErrTooLarge},
		"NaN":           {nan, prooflearn.ErrNonFinite},
		"-Inf":          {inf, prooflearn.ErrNonFinite},
		"NaN-filled":    {allNaN, prooflearn.ErrNonFinite},
		"garbage":       {append([]byte{16, 0, 0, 0, 0, 0, 0, 0}, "not a json header"...), prooflearn.ErrMalformed},
		"trailing data": {append(append([]byte(nil), good...), 1, 2, 3, 4), prooflearn.ErrMalformed},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeCheckpoint(c.b)
			assert.ErrorIs(t, err, c.want)
		})
	}
	plus := smallCheckpoint()
	enc, _ := EncodeCheckpoint(plus)
	enc = bytes.Replace(enc, []byte(`"step":"20"`), []byte(`"step":"+20"`), 1)
	_, err = DecodeCheckpoint(enc)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed, `step "+20": want ErrMalformed (one encoding per step)`)
	var nf *prooflearn.NonFiniteError
	_, err = DecodeCheckpoint(nan)
	if assert.ErrorAs(t, err, &nf, "NaN: want *NonFiniteError naming the tensor") {
		assert.NotEmpty(t, nf.Tensor, "NaN: want *NonFiniteError naming the tensor, got %v", err)
	}
}

func TestReadCheckpointRefusesOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.safetensors")
	f, err := os.Create(path)
	require.NoError(t, err)
	f.Close()
	require.NoError(t, os.Truncate(path, prooflearn.MaxCheckpointBytes+1))
	_, err = ReadCheckpoint(path)
	require.ErrorIs(t, err, prooflearn.ErrTooLarge)
}

func TestWriteCheckpointIsAtomic(t *testing.T) {
	dir := t.TempDir()
	c := smallCheckpoint()
	require.NoError(t, WriteCheckpoint(dir, c))
	entries, _ := os.ReadDir(filepath.Join(dir, CheckpointsDir))
	require.Len(t, entries, 1, "directory holds %v, want only the checkpoint (no temporary files)", entries)
	require.Equal(t, filepath.Base(CheckpointPath(c.Step)), entries[0].Name(),
		"directory holds %v, want only the checkpoint (no temporary files)", entries)
	got, err := ReadCheckpoint(filepath.Join(dir, CheckpointPath(c.Step)))
	require.NoError(t, err, "read back")
	require.Equal(t, c.LeafHash(), got.LeafHash(), "read back")
}

func FuzzDecodeCheckpoint(f *testing.F) {
	good, _ := EncodeCheckpoint(smallCheckpoint())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCheckpoint(b)
		if err != nil {
			require.True(t, errors.Is(err, prooflearn.ErrMalformed) || errors.Is(err, prooflearn.ErrTooLarge) || errors.Is(err, prooflearn.ErrNonFinite),
				"untyped error: %v", err)
			return
		}
		for _, list := range [][]prooflearn.Tensor{c.Params, c.OptState} {
			for i := range list {
				require.NoError(t, list[i].Validate(), "decoder accepted an invalid tensor")
			}
		}
		again, err := EncodeCheckpoint(c)
		require.NoError(t, err, "decoded checkpoint does not encode")
		c2, err := DecodeCheckpoint(again)
		require.NoError(t, err, "parse → marshal → parse changed the checkpoint")
		require.Equal(t, c.LeafHash(), c2.LeafHash(), "parse → marshal → parse changed the checkpoint")
	})
}
