package prooflearn

import (
	"crypto/sha256"
	"errors"
	"testing"
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
	if LeafHash(data) != sha256.Sum256(append([]byte{0}, data...)) {
		t.Fatal("leaf hash is not SHA-256(0x00 || data)")
	}
}

func TestMerkleMatchesReference(t *testing.T) {
	for n := 0; n <= 70; n++ {
		leaves := testLeaves(n)
		want := naiveRoot(leaves)
		if got := MerkleRoot(leaves); got != want {
			t.Fatalf("n=%d: MerkleRoot %s, reference %s", n, got, want)
		}
		tree := NewTree(leaves)
		if tree.Root() != want {
			t.Fatalf("n=%d: Tree.Root differs from the reference", n)
		}
		for i := 0; i < n; i++ {
			path, err := tree.InclusionProof(i)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyInclusion(i, n, leaves[i], path, want); err != nil {
				t.Fatalf("n=%d leaf %d: %v", n, i, err)
			}
			// The same path must not prove another leaf or position.
			var mm *RootMismatchError
			if err := VerifyInclusion(i, n, leaves[(i+1)%n], path, want); n > 1 && !errors.As(err, &mm) {
				t.Fatalf("n=%d leaf %d: a wrong leaf verified (err %v)", n, i, err)
			}
		}
	}
}

func TestProofLayoutIndices(t *testing.T) {
	for _, c := range []struct{ steps, k int }{{10, 2}, {10, 3}, {7, 7}, {1, 5}, {500, 10}} {
		var ckpts, batches []Hash
		nckpt := (c.steps+c.k-1)/c.k + 1
		for j := 0; j < nckpt; j++ {
			ckpts = append(ckpts, Hash{1, byte(j)})
		}
		for s := 0; s < c.steps; s++ {
			batches = append(batches, Hash{2, byte(s), byte(s >> 8)})
		}
		leaves := ProofLeaves(Hash{9}, ckpts, batches, c.k)
		if len(leaves) != 1+nckpt+c.steps {
			t.Fatalf("%+v: %d leaves", c, len(leaves))
		}
		for j := range ckpts {
			if leaves[CheckpointLeafIndex(j, c.k, c.steps)] != ckpts[j] {
				t.Fatalf("%+v: checkpoint %d not at its index", c, j)
			}
		}
		for s := range batches {
			if leaves[BatchLeafIndex(s, c.k)] != batches[s] {
				t.Fatalf("%+v: batch %d not at its index", c, s)
			}
		}
	}
}
