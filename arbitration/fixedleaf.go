package arbitration

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// In fixed mode a tensor's leaf commits to the MiMC digests of its
// chunk.Size-value chunks instead of its bytes, so that a proven ruling on
// one chunk (zkruling.ProveChunk), whose public inputs are chunk digests,
// can be tied to the leaves the game disputed: a contract recomputes a leaf
// from a digest list with its SHA-256 precompile and reads the disputed
// chunk's digest from the list. The Merkle trees over the leaves, the
// checkpoints and the bundle root are unchanged.

const fixedLeafTag = "prooflearn/fixed-tensor/v1\x00"

// ErrChunkLeaf is a chunk-digest list that does not hash to the leaf it is
// presented for.
var ErrChunkLeaf = errors.New("arbitration: chunk digests do not match the leaf")

// ChunkDigests returns the chunk digests (chunk.Digests) of a fixed-point
// tensor, each as its 32-byte big-endian field element. It fails for a
// tensor that is not Int32, does not match its shape or holds a value
// outside the fixed-point range.
func ChunkDigests(t *prooflearn.Tensor) ([]prooflearn.Hash, error) {
	if t.DType != prooflearn.Int32 {
		return nil, fmt.Errorf("%w: tensor %q is not a fixed-point tensor", prooflearn.ErrMalformed, t.Name)
	}
	ds, err := chunk.Digests(t.Shape, t.I32)
	if err != nil {
		return nil, fmt.Errorf("%w: tensor %q: %v", prooflearn.ErrMalformed, t.Name, err)
	}
	out := make([]prooflearn.Hash, len(ds))
	for i := range ds {
		out[i] = chunk.Bytes(ds[i])
	}
	return out, nil
}

// FixedLeaf is the leaf of a fixed-point tensor named name of the given
// shape with the given chunk digests: the RFC 6962 leaf hash
// (SHA-256 of 0x00 and the data) of the tag "prooflearn/fixed-tensor/v1"
// and a zero byte, the name as a uint16 length and bytes, the rank as a
// byte, each dimension as a uint32, the chunk count as a uint32, then the
// 32-byte digests. The integers are big-endian, as Solidity's
// abi.encodePacked writes them, so that a contract can rebuild the leaf.
func FixedLeaf(name string, shape []int, digests []prooflearn.Hash) prooflearn.Hash {
	b := make([]byte, 0, len(fixedLeafTag)+2+len(name)+1+4*len(shape)+4+32*len(digests))
	b = append(b, fixedLeafTag...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(name)))
	b = append(b, name...)
	b = append(b, byte(len(shape)))
	for _, d := range shape {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(digests)))
	for i := range digests {
		b = append(b, digests[i][:]...)
	}
	return prooflearn.LeafHash(b)
}

// fixedLeaf is TensorLeaf for an Int32 tensor whose values lie in the
// fixed-point range; ok is false for any other tensor, which keeps the
// byte-encoding leaf. Every tensor of a fixed-mode run lies in the range,
// and packing is injective only there, so a tensor outside it must not get
// a chunk leaf: it could share one with an in-range tensor.
func fixedLeaf(name string, t *prooflearn.Tensor) (prooflearn.Hash, bool) {
	if t.DType != prooflearn.Int32 {
		return prooflearn.Hash{}, false
	}
	ds, err := ChunkDigests(t)
	if err != nil {
		return prooflearn.Hash{}, false
	}
	return FixedLeaf(name, t.Shape, ds), true
}

// ChunkClaim is a fixed-point tensor's leaf as a contract sees it: the
// tensor's name and shape, the leaf the game committed to, and the chunk
// digests a party presents for it.
type ChunkClaim struct {
	Name    string
	Shape   []int
	Leaf    prooflearn.Hash
	Digests []prooflearn.Hash
}

// NewChunkClaim is the claim of a fixed-point tensor under its own leaf.
func NewChunkClaim(name string, t *prooflearn.Tensor) (*ChunkClaim, error) {
	ds, err := ChunkDigests(t)
	if err != nil {
		return nil, err
	}
	return &ChunkClaim{Name: name, Shape: t.Shape, Leaf: FixedLeaf(name, t.Shape, ds), Digests: ds}, nil
}

// Check verifies that the digests are the shape's chunk count and hash to
// the leaf (ErrChunkLeaf otherwise).
func (c *ChunkClaim) Check() error {
	n := shapeSize(c.Shape)
	if len(c.Digests) != chunk.Count(n) {
		return fmt.Errorf("%w: %q: %d digests, shape %v has %d chunks", ErrChunkLeaf, c.Name, len(c.Digests), c.Shape, chunk.Count(n))
	}
	if got := FixedLeaf(c.Name, c.Shape, c.Digests); got != c.Leaf {
		return fmt.Errorf("%w: %q: the digests hash to %s, the leaf is %s", ErrChunkLeaf, c.Name, got, c.Leaf)
	}
	return nil
}

// FirstDifferingChunk checks both claims against their leaves and returns
// the first chunk whose digests differ: the chunk a ruling proves. The two
// claims must be of one tensor (name and shape) with different leaves.
func FirstDifferingChunk(a, b *ChunkClaim) (int, error) {
	for _, c := range []*ChunkClaim{a, b} {
		if err := c.Check(); err != nil {
			return -1, err
		}
	}
	if a.Name != b.Name || !slices.Equal(a.Shape, b.Shape) {
		return -1, fmt.Errorf("%w: claims on %q %v and %q %v", prooflearn.ErrMalformed, a.Name, a.Shape, b.Name, b.Shape)
	}
	for i := range a.Digests {
		if a.Digests[i] != b.Digests[i] {
			return i, nil
		}
	}
	return -1, fmt.Errorf("%w: both claims on %q have the same chunk digests", ErrNoDispute, a.Name)
}
