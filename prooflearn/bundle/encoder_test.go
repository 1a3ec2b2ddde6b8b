package bundle_test

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/safetensors"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/testdata"
)

// builtEncoding is the file encoding as it was built before the reusing
// encoder: every tensor's values copied out by LittleEndianBytes, then
// safetensors.Encode into a fresh buffer.
func builtEncoding(t *testing.T, c *prooflearn.Checkpoint) []byte {
	names := func(ts []prooflearn.Tensor) string {
		var out []string
		for i := range ts {
			out = append(out, ts[i].Name)
		}
		return strings.Join(out, ",")
	}
	f := &safetensors.File{Metadata: map[string]string{
		"format":      "prooflearn-checkpoint/v1",
		"step":        strconv.Itoa(c.Step),
		"rng_epoch":   strconv.FormatUint(c.RNG.Epoch, 10),
		"rng_counter": strconv.FormatUint(c.RNG.Counter, 10),
		"params":      names(c.Params),
		"optimizer":   names(c.OptState),
	}}
	for _, list := range [][]prooflearn.Tensor{c.Params, c.OptState} {
		for i := range list {
			dt := map[prooflearn.DType]string{prooflearn.Float32: "F32", prooflearn.Float64: "F64", prooflearn.Int32: "I32"}[list[i].DType]
			f.Tensors = append(f.Tensors, safetensors.Tensor{Name: list[i].Name, DType: dt, Shape: list[i].Shape, Data: list[i].LittleEndianBytes()})
		}
	}
	b, err := safetensors.Encode(f)
	require.NoError(t, err)
	return b
}

// trainedCheckpoints returns, for each shipped task named, its initial
// checkpoint and the state after a few steps (optimizer state no longer
// zero, the data order advanced).
func trainedCheckpoints(t *testing.T, names ...string) map[string][]*prooflearn.Checkpoint {
	data, err := dataset.Embedded()
	require.NoError(t, err)
	out := map[string][]*prooflearn.Checkpoint{}
	for _, name := range names {
		raw, err := testdata.Tasks.ReadFile("tasks/" + name + ".json")
		require.NoError(t, err)
		task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
		require.NoError(t, err)
		tr, err := train.New(task, data.Train)
		require.NoError(t, err)
		out[name] = append(out[name], tr.Checkpoint())
		for range 7 {
			_, err := tr.TrainStep()
			require.NoError(t, err)
		}
		out[name] = append(out[name], tr.Checkpoint())
	}
	return out
}

// TestStreamedEncodingsMatchBuiltOnes checks, on real training states of
// every kind of task (tolerant float32, deterministic, fixed-point int32,
// Adam's two moments), that the encodings written without building them
// are byte for byte those built whole: the leaf streamed into SHA-256 is
// the hash of Canonical's bytes, WriteCanonical writes those bytes, and one
// CheckpointEncoder reused across checkpoints of different sizes and dtypes
// gives the file EncodeCheckpoint built before. A leaf or file that
// differed in one byte would change every root.
func TestStreamedEncodingsMatchBuiltOnes(t *testing.T) {
	tasks := []string{"tiny", "tiny-det", "tiny-fixed", "tiny-adam"}
	states := trainedCheckpoints(t, tasks...)
	enc := new(bundle.CheckpointEncoder)
	var all []*prooflearn.Checkpoint
	for _, name := range tasks {
		all = append(all, states[name]...)
	}
	// Twice over, so the second pass encodes into buffers last used for
	// a checkpoint of another task (larger, smaller, other dtype).
	for pass := range 2 {
		for _, c := range all {
			canonical := c.Canonical()
			require.NotNil(t, canonical)
			var w bytes.Buffer
			require.NoError(t, c.WriteCanonical(&w))
			require.Equal(t, canonical, w.Bytes(), "step %d: WriteCanonical", c.Step)
			require.Equal(t, prooflearn.LeafHash(canonical), c.LeafHash(), "step %d: streamed leaf", c.Step)

			want := builtEncoding(t, c)
			got, err := enc.Encode(c)
			require.NoError(t, err)
			require.Equal(t, want, got, "pass %d, step %d: reused encoder", pass, c.Step)
			one, err := bundle.EncodeCheckpoint(c)
			require.NoError(t, err)
			require.Equal(t, want, one, "step %d: EncodeCheckpoint", c.Step)

			back, err := bundle.DecodeCheckpoint(got)
			require.NoError(t, err)
			require.Equal(t, c.LeafHash(), back.LeafHash(), "step %d: decoded leaf", c.Step)
		}
	}
	// The dtypes the tasks cover, so that none is left to chance.
	dtypes := map[prooflearn.DType]bool{}
	for _, c := range all {
		for _, p := range c.Params {
			dtypes[p.DType] = true
		}
	}
	assert.True(t, dtypes[prooflearn.Float32] && dtypes[prooflearn.Int32], "the tasks cover float32 and int32 state: %v", dtypes)
}

// TestEncoderOutputIsOverwrittenNotShared: the bytes Encode returns are the
// encoder's buffer, so a second Encode of another checkpoint replaces them;
// a caller that keeps them must copy them, and two encoders never share
// one.
func TestEncoderOutputIsOverwrittenNotShared(t *testing.T) {
	states := trainedCheckpoints(t, "tiny")["tiny"]
	first, second := states[0], states[1]
	enc := new(bundle.CheckpointEncoder)
	a, err := enc.Encode(first)
	require.NoError(t, err)
	kept := bytes.Clone(a)
	other, err := new(bundle.CheckpointEncoder).Encode(second)
	require.NoError(t, err)
	require.Equal(t, kept, a, "another encoder's Encode must not touch this one's buffer")
	b, err := enc.Encode(second)
	require.NoError(t, err)
	require.Equal(t, other, b)
	require.NotEqual(t, kept, a, "the first result is overwritten by the second Encode")
}

// TestUnencodableCheckpointHasNoStreamedEncoding: a checkpoint with a
// tensor beyond the canonical encoding's fields (a name longer than two
// bytes of length can say) has no encoding; the streamed leaf must be the
// leaf of none, as Canonical's nil gives, and WriteCanonical must refuse it
// before writing a byte, not write a narrowed length.
func TestUnencodableCheckpointHasNoStreamedEncoding(t *testing.T) {
	c := trainedCheckpoints(t, "tiny")["tiny"][0].Clone()
	c.Params[0].Name = strings.Repeat("w", prooflearn.MaxTensorNameLen+1)
	require.Nil(t, c.Canonical())
	require.Equal(t, prooflearn.LeafHash(nil), c.LeafHash())
	var w bytes.Buffer
	err := c.WriteCanonical(&w)
	require.Error(t, err)
	assert.True(t, errors.Is(err, prooflearn.ErrMalformed), "%v", err)
	assert.Zero(t, w.Len(), "nothing written for a checkpoint without an encoding")

	// One byte shorter fits, and the streamed leaf follows the bytes.
	c.Params[0].Name = c.Params[0].Name[1:]
	require.NotNil(t, c.Canonical())
	require.Equal(t, prooflearn.LeafHash(c.Canonical()), c.LeafHash())
}

// failingWriter fails its n-th write.
type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n--; f.n == 0 {
		return 0, errWrite
	}
	return len(p), nil
}

// TestWriteCanonicalReportsWriteErrors: a failed write at any point of the
// stream is returned, not swallowed.
func TestWriteCanonicalReportsWriteErrors(t *testing.T) {
	c := trainedCheckpoints(t, "tiny-adam")["tiny-adam"][1]
	writes := 0
	require.NoError(t, c.WriteCanonical(writerFunc(func(p []byte) (int, error) { writes++; return len(p), nil })))
	require.Greater(t, writes, 2)
	for n := 1; n <= writes; n++ {
		require.ErrorIs(t, c.WriteCanonical(&failingWriter{n: n}), errWrite, "write %d of %d failing", n, writes)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
