package arbitration

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

func fixedTensor(name string, shape []int) *prooflearn.Tensor {
	t := prooflearn.NewTensor(name, prooflearn.Int32, shape...)
	for i := range t.I32 {
		t.I32[i] = int32(i*7919%(2*fixed.One)) - fixed.One
	}
	return &t
}

// A fixed-point tensor's leaf is SHA-256 over its name, shape and chunk
// digests, laid out as a contract rebuilds it with abi.encodePacked; float
// tensors and out-of-range int32 tensors keep the byte-encoding leaf.
func TestFixedLeaf(t *testing.T) {
	x := fixedTensor("momentum.w1", []int{40, 32}) // 1,280 values: chunks of 512, 512, 256
	ds, err := ChunkDigests(x)
	require.NoError(t, err)
	require.Len(t, ds, 3)
	for i := range ds {
		start, end := chunk.Bounds(x.Len(), i)
		d, err := chunk.Digest(x.Shape, i, x.I32[start:end])
		require.NoError(t, err)
		assert.Equal(t, prooflearn.Hash(d.Bytes()), ds[i])
	}
	// The leaf by hand: 0x00 ‖ tag ‖ u16 name ‖ u8 rank ‖ u32 dims ‖ u32 count ‖ digests.
	b := []byte{0}
	b = append(b, "prooflearn/fixed-tensor/v1\x00"...)
	b = binary.BigEndian.AppendUint16(b, uint16(len("momentum.w1")))
	b = append(b, "momentum.w1"...)
	b = append(b, 2, 0, 0, 0, 40, 0, 0, 0, 32, 0, 0, 0, 3)
	for _, d := range ds {
		b = append(b, d[:]...)
	}
	want := prooflearn.Hash(sha256.Sum256(b))
	assert.Equal(t, want, TensorLeaf("momentum.w1", x))
	assert.NotEqual(t, want, TensorLeaf("w1", x), "the name is in the leaf")

	// Out of range: the byte leaf, never a chunk leaf another tensor could share.
	out := *x
	out.I32 = slices.Clone(x.I32)
	out.I32[5] = fixed.Max + 1
	_, err = ChunkDigests(&out)
	require.Error(t, err)
	byteLeaf := prooflearn.LeafHash(out.AppendCanonical(append(binary.LittleEndian.AppendUint16([]byte(tensorLeafTag), 11), "momentum.w1"...)))
	assert.Equal(t, byteLeaf, TensorLeaf("momentum.w1", &out))

	f := prooflearn.NewTensor("w1", prooflearn.Float32, 2, 2)
	_, err = ChunkDigests(&f)
	assert.Error(t, err)
	assert.Equal(t, prooflearn.LeafHash(f.AppendCanonical(append(binary.LittleEndian.AppendUint16([]byte(tensorLeafTag), 2), "w1"...))), TensorLeaf("w1", &f))
}

// The chunk a ruling proves: the first at which two leaf-checked digest
// lists differ, whatever else differs after it; a list that does not hash to
// its leaf is refused.
func TestFirstDifferingChunk(t *testing.T) {
	honest := fixedTensor("w1", []int{50, 32}) // 1,600 values: 4 chunks
	forged := *honest
	forged.I32 = slices.Clone(honest.I32)
	forged.I32[3*512+9] += 3 // the forger's intended lie, in chunk 3
	forged.I32[600]--        // and a side effect in chunk 1
	h, err := NewChunkClaim("w1", honest)
	require.NoError(t, err)
	f, err := NewChunkClaim("w1", &forged)
	require.NoError(t, err)
	assert.Equal(t, TensorLeaf("w1", honest), h.Leaf)
	i, err := FirstDifferingChunk(f, h)
	require.NoError(t, err)
	assert.Equal(t, 1, i)

	// Digests that do not hash to the leaf: one replaced, one dropped, or
	// the list of another tensor under this leaf.
	bad := *f
	bad.Digests = slices.Clone(f.Digests)
	bad.Digests[1] = h.Digests[1]
	_, err = FirstDifferingChunk(&bad, h)
	assert.ErrorIs(t, err, ErrChunkLeaf)
	bad.Digests = f.Digests[:3]
	assert.ErrorIs(t, bad.Check(), ErrChunkLeaf)
	bad.Digests, bad.Leaf = h.Digests, f.Leaf
	assert.ErrorIs(t, bad.Check(), ErrChunkLeaf)

	_, err = FirstDifferingChunk(h, h)
	assert.ErrorIs(t, err, ErrNoDispute)
	other, err := NewChunkClaim("w2", honest)
	require.NoError(t, err)
	_, err = FirstDifferingChunk(h, other)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed)
}
