package prooflearn

import (
	"crypto/sha256"
	"fmt"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

// HashSize is the size in bytes of every hash prooflearn commits to (SHA-256).
const HashSize = sha256.Size

// Hash is a SHA-256 digest: a Merkle leaf hash, an interior node or a root.
type Hash [HashSize]byte

// String returns the hash in lower-case hex, the form manifests and reports use.
func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

// MarshalText encodes the hash as hex so JSON manifests carry readable roots.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText parses a hex hash, rejecting anything but exactly 64 hex digits.
func (h *Hash) UnmarshalText(text []byte) error {
	parsed, err := ParseHash(string(text))
	if err != nil {
		return err
	}
	*h = parsed
	return nil
}

// ParseHash parses 64 hex digits into a Hash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	if len(s) != 2*HashSize {
		return h, fmt.Errorf("%w: hash %q has %d hex digits, want %d", ErrMalformed, truncate(s, 80), len(s), 2*HashSize)
	}
	for i := 0; i < HashSize; i++ {
		hi, ok1 := unhex(s[2*i])
		lo, ok2 := unhex(s[2*i+1])
		if !ok1 || !ok2 {
			return h, fmt.Errorf("%w: hash %q is not hex", ErrMalformed, truncate(s, 80))
		}
		h[i] = hi<<4 | lo
	}
	return h, nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// hasher is the one Merkle construction prooflearn uses: RFC 6962 with SHA-256,
// so leaves are hashed as H(0x00 || data) and interior nodes as H(0x01 || l || r).
var hasher = rfc6962.DefaultHasher

// LeafHash returns the RFC 6962 leaf hash of canonical bytes.
func LeafHash(canonical []byte) Hash {
	var h Hash
	copy(h[:], hasher.HashLeaf(canonical))
	return h
}

// Tree is an RFC 6962 Merkle tree over a fixed list of leaf hashes. It keeps
// every interior node so it can produce inclusion proofs.
type Tree struct {
	leaves []Hash
	nodes  map[compact.NodeID][]byte
	root   Hash
}

// NewTree builds the tree over leaf hashes (already hashed with LeafHash).
func NewTree(leaves []Hash) *Tree {
	t := &Tree{leaves: append([]Hash(nil), leaves...), nodes: make(map[compact.NodeID][]byte)}
	if len(leaves) == 0 {
		copy(t.root[:], hasher.EmptyRoot())
		return t
	}
	visit := func(id compact.NodeID, h []byte) { t.nodes[id] = h }
	rf := compact.RangeFactory{Hash: hasher.HashChildren}
	r := rf.NewEmptyRange(0)
	for i := range t.leaves {
		visit(compact.NewNodeID(0, uint64(i)), t.leaves[i][:])
		// Append cannot fail on a range that starts at 0 and only grows.
		if err := r.Append(t.leaves[i][:], visit); err != nil {
			panic(err)
		}
	}
	root, err := r.GetRootHash(visit)
	if err != nil {
		panic(err)
	}
	copy(t.root[:], root)
	return t
}

// MerkleRoot is shorthand for NewTree(leaves).Root().
func MerkleRoot(leaves []Hash) Hash {
	if len(leaves) == 0 {
		var h Hash
		copy(h[:], hasher.EmptyRoot())
		return h
	}
	rf := compact.RangeFactory{Hash: hasher.HashChildren}
	r := rf.NewEmptyRange(0)
	for i := range leaves {
		if err := r.Append(leaves[i][:], nil); err != nil {
			panic(err)
		}
	}
	root, err := r.GetRootHash(nil)
	if err != nil {
		panic(err)
	}
	var h Hash
	copy(h[:], root)
	return h
}

// Root returns the tree's root hash.
func (t *Tree) Root() Hash { return t.root }

// Size returns the number of leaves.
func (t *Tree) Size() int { return len(t.leaves) }

// Leaf returns leaf hash i.
func (t *Tree) Leaf(i int) Hash { return t.leaves[i] }

// InclusionProof returns the audit path for leaf i, to be checked with VerifyInclusion.
func (t *Tree) InclusionProof(i int) ([]Hash, error) {
	if i < 0 || i >= len(t.leaves) {
		return nil, fmt.Errorf("%w: leaf %d of a tree of %d", ErrOutOfRange, i, len(t.leaves))
	}
	nodes, err := proof.Inclusion(uint64(i), uint64(len(t.leaves)))
	if err != nil {
		return nil, err
	}
	hashes := make([][]byte, len(nodes.IDs))
	for j, id := range nodes.IDs {
		h, ok := t.nodes[id]
		if !ok {
			return nil, fmt.Errorf("merkle: node %+v missing from tree of %d leaves", id, len(t.leaves))
		}
		hashes[j] = h
	}
	path, err := nodes.Rehash(hashes, hasher.HashChildren)
	if err != nil {
		return nil, err
	}
	out := make([]Hash, len(path))
	for j := range path {
		copy(out[j][:], path[j])
	}
	return out, nil
}

// VerifyInclusion checks that leaf is leaf number index of a tree of size leaves
// with the given root. A mismatch is returned as *RootMismatchError.
func VerifyInclusion(index, size int, leaf Hash, path []Hash, root Hash) error {
	if index < 0 || size <= 0 || index >= size {
		return fmt.Errorf("%w: leaf %d of a tree of %d", ErrOutOfRange, index, size)
	}
	p := make([][]byte, len(path))
	for j := range path {
		p[j] = path[j][:]
	}
	calc, err := proof.RootFromInclusionProof(hasher, uint64(index), uint64(size), leaf[:], p)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	var got Hash
	copy(got[:], calc)
	if got != root {
		return &RootMismatchError{Expected: root, Calculated: got}
	}
	return nil
}
