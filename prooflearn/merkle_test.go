package prooflearn

import (
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// naiveRoot is RFC 6962 §2.1 written out literally: MTH(D[n]) splits at the
// largest power of two smaller than n.
func naiveRoot(leaves []Hash) Hash {
	if len(leaves) == 0 {
		return sha256.Sum256(nil)
	}
	if len(leaves) == 1 {
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := naiveRoot(leaves[:k]), naiveRoot(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func testLeaves(n int) []Hash {
	out := make([]Hash, n)
	for i := range out {
		out[i] = LeafHash([]byte{byte(i), byte(i >> 8), 0x55})
	}
	return out
}

func TestLeafHashIsDomainSeparated(t *testing.T) {
	data := []byte("checkpoint bytes")
	require.Equal(t, Hash(sha256.Sum256(append([]byte{0}, data...))), LeafHash(data),
		"leaf hash is not SHA-256(0x00 || data)")
}

func TestMerkleMatchesReference(t *testing.T) {
	for n := 0; n <= 70; n++ {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			leaves := testLeaves(n)
			want := naiveRoot(leaves)
			got := MerkleRoot(leaves)
			require.Equal(t, want, got, "n=%d: MerkleRoot %s, reference %s", n, got, want)
			tree := NewTree(leaves)
			require.Equal(t, want, tree.Root(), "n=%d: Tree.Root differs from the reference", n)
			for i := 0; i < n; i++ {
				path, err := tree.InclusionProof(i)
				require.NoError(t, err)
				require.NoError(t, VerifyInclusion(i, n, leaves[i], path, want), "n=%d leaf %d", n, i)
				// The same path must not prove another leaf or position.
				var mm *RootMismatchError
				err = VerifyInclusion(i, n, leaves[(i+1)%n], path, want)
				if n > 1 {
					require.ErrorAs(t, err, &mm, "n=%d leaf %d: a wrong leaf verified (err %v)", n, i, err)
				}
			}
		})
	}
}

func TestProofLayoutIndices(t *testing.T) {
	for _, c := range []struct{ steps, k int }{{10, 2}, {10, 3}, {7, 7}, {1, 5}, {500, 10}} {
		t.Run(fmt.Sprintf("steps=%d,k=%d", c.steps, c.k), func(t *testing.T) {
			var ckpts, batches []Hash
			nckpt := (c.steps+c.k-1)/c.k + 1
			for j := 0; j < nckpt; j++ {
				ckpts = append(ckpts, Hash{1, byte(j)})
			}
			for s := 0; s < c.steps; s++ {
				batches = append(batches, Hash{2, byte(s), byte(s >> 8)})
			}
			leaves := ProofLeaves(Hash{9}, ckpts, batches, c.k)
			require.Equal(t, 1+nckpt+c.steps, len(leaves), "%+v: leaves", c)
			for j := range ckpts {
				require.Equal(t, ckpts[j], leaves[CheckpointLeafIndex(j, c.k, c.steps)], "%+v: checkpoint %d not at its index", c, j)
			}
			for s := range batches {
				require.Equal(t, batches[s], leaves[BatchLeafIndex(s, c.k)], "%+v: batch %d not at its index", c, s)
			}
		})
	}
}
