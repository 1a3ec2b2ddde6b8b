package arbitration

import (
	"encoding/binary"
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

const tensorLeafTag = "prooflearn/state-tensor/v1\x00"

// TensorLeaf is the Merkle leaf of one named tensor: the tag
// "prooflearn/state-tensor/v1" and a zero byte, the name as a uint16 LE
// length and bytes, then the tensor's canonical encoding. State tensors and
// the outputs of a step's operators are committed to with the same leaf, so
// the tensor an update writes is the tensor the next state holds. A
// fixed-point (Int32) tensor in the fixed-point range has FixedLeaf instead,
// over its chunk digests, which a proven ruling can be tied to.
func TensorLeaf(name string, t *prooflearn.Tensor) prooflearn.Hash {
	if h, ok := fixedLeaf(name, t); ok {
		return h
	}
	b := make([]byte, 0, len(tensorLeafTag)+2+len(name)+2+8*len(t.Shape)+t.Len()*t.DType.Size())
	b = append(b, tensorLeafTag...)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(name)))
	b = append(b, name...)
	return prooflearn.LeafHash(t.AppendCanonical(b))
}

// StateLeaves are the leaves of a training state: one per tensor of every
// kind of state (prooflearn.Checkpoint.StateKinds: the parameters, then the
// optimizer buffers), in the checkpoint's order, so a kind of state added
// there is committed here too. The step and the data-order position are
// not part of it: both follow from the step's position in the segment and
// the task's seed, and CaseFromBundles checks them against it.
func StateLeaves(c *prooflearn.Checkpoint) []prooflearn.Hash {
	var out []prooflearn.Hash
	for _, k := range c.StateKinds() {
		for i := range k.Tensors {
			out = append(out, TensorLeaf(k.Tensors[i].Name, &k.Tensors[i]))
		}
	}
	return out
}

// StateRoot is the Merkle root over StateLeaves: the per-step state hash of
// the game's first level. A single tensor opens against it.
func StateRoot(c *prooflearn.Checkpoint) prooflearn.Hash {
	return prooflearn.MerkleRoot(StateLeaves(c))
}

// consistencyProof proves that the tree over leaves[:size1] is a prefix of
// the tree over leaves[:size2] (RFC 6962 §2.1.2).
func consistencyProof(leaves []prooflearn.Hash, size1, size2 int) ([]prooflearn.Hash, error) {
	if size1 <= 0 || size1 > size2 || size2 > len(leaves) {
		return nil, fmt.Errorf("%w: consistency %d→%d over %d leaves", prooflearn.ErrOutOfRange, size1, size2, len(leaves))
	}
	nodes, err := proof.Consistency(uint64(size1), uint64(size2))
	if err != nil {
		return nil, err
	}
	hashes := make([][]byte, len(nodes.IDs))
	for i, id := range nodes.IDs {
		hashes[i] = subtreeHash(leaves, id)
	}
	path, err := nodes.Rehash(hashes, rfc6962.DefaultHasher.HashChildren)
	if err != nil {
		return nil, err
	}
	return toHashes(path), nil
}

// subtreeHash is the hash of a perfect subtree: the Merkle root of the leaves it covers.
func subtreeHash(leaves []prooflearn.Hash, id compact.NodeID) []byte {
	begin, end := id.Coverage()
	h := prooflearn.MerkleRoot(leaves[begin:end])
	return h[:]
}

// verifyConsistency checks a consistencyProof between two roots.
func verifyConsistency(size1, size2 int, path []prooflearn.Hash, root1, root2 prooflearn.Hash) error {
	if size1 <= 0 || size1 > size2 {
		return fmt.Errorf("%w: consistency %d→%d", prooflearn.ErrOutOfRange, size1, size2)
	}
	p := make([][]byte, len(path))
	for i := range path {
		p[i] = path[i][:]
	}
	if err := proof.VerifyConsistency(rfc6962.DefaultHasher, uint64(size1), uint64(size2), p, root1[:], root2[:]); err != nil {
		return fmt.Errorf("%w: prefix of %d leaves is not consistent with the tree of %d: %v", prooflearn.ErrCommitment, size1, size2, err)
	}
	return nil
}

func toHashes(b [][]byte) []prooflearn.Hash {
	out := make([]prooflearn.Hash, len(b))
	for i := range b {
		copy(out[i][:], b[i])
	}
	return out
}
