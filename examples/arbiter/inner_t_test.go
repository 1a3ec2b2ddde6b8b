package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// TestArbiterProvesTheFirstLayerGradient plays tiny-fixed's first segment
// between an honest player and a forger whose first-layer weight gradient
// dW1 = xᵀ·dz (784×32 over the batch of 32) is off by a quarter at step 3,
// every leaf and root recomputed: the game pins d.layer0.w, whose whole
// circuit must hash all of x, and the transposed inner level pins its last
// partial (operand row 32), output chunk 20. proveRuling, as -prove runs
// it, proves that chunk from the agreed operands' chunks and the agreed
// previous partial's chunk: a four-input proof for the honest side.
func TestArbiterProvesTheFirstLayerGradient(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up a ~167k-constraint circuit (~2–4 min)")
	}
	const at = 20*512 + 100 // chunk 20: row 323, column 4
	res, ruled, outputs := playInner(t,
		arbitration.WithOutputEdit(3, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One / 4 }))
	assert.Equal(t, arbitration.PartyChallenger, res.Winner, "%s", res.Detail)
	assert.Equal(t, 3, res.Step)
	assert.Equal(t, "d.layer0.w", res.NodeName)
	require.NotNil(t, res.Inner)
	assert.True(t, res.Inner.Transposed)
	assert.Equal(t, arbitration.InnerSlice, res.Inner.Kind)
	assert.Equal(t, [4]int{32, 32, 20, 320}, [4]int{res.Inner.Slice, res.Inner.Slices, res.Inner.Chunk, res.Inner.Row})
	require.NotNil(t, ruled)

	leaves := map[arbitration.Party]prooflearn.Hash{arbitration.PartySolver: *res.SolverOutput, arbitration.PartyChallenger: *res.ChallengerOutput}
	p, err := proveRuling(ruled, outputs, leaves, res.Inner)
	require.NoError(t, err)
	require.NotNil(t, p.Slice)
	assert.True(t, p.Slice.Transposed)
	assert.Equal(t, arbitration.PartyChallenger, p.Slice.ProvenFor)
	assert.Equal(t, 4, p.Slice.PublicInputs)
	assert.Equal(t, [3]int{(31*784 + 20*16) / 512, 31 * 32 / 512, 16}, [3]int{p.Slice.AChunk, p.Slice.BChunk, p.Slice.Rows}, "x's row 31 on the chunk's 16 rows, dz's row 31")
	assert.True(t, p.VerifiedGo)
	if p.Chain == "" {
		assert.LessOrEqual(t, p.VerifyGas, uint64(400_000))
	} else {
		t.Log(p.Chain)
	}
	t.Logf("%s: %d constraints, setup %.1f s, prove %.1f s, %d proof bytes, verify gas %d, deploy gas %d",
		p.Circuit, p.Constraints, p.SetupSeconds, p.ProveSeconds, p.ProofBytes, p.VerifyGas, p.DeployGas)

	// A ruling whose agreed partial was tampered with after the game, or
	// whose chunk was moved, is refused before anything is proven.
	bad := *res.Inner
	bad.Agreed.Digests = append([]prooflearn.Hash(nil), bad.Agreed.Digests...)
	bad.Agreed.Digests[20][0] ^= 1
	_, err = proveRuling(ruled, outputs, leaves, &bad)
	assert.ErrorIs(t, err, errNotProven)
	moved := *res.Inner
	moved.Chunk = 21
	_, err = proveRuling(ruled, outputs, leaves, &moved)
	assert.ErrorIs(t, err, errNotProven, "chunk 21, where the sides agree: a true proof of another chunk")
}

// firstDifference accepts only the first index at which the lists differ.
func TestFirstDifference(t *testing.T) {
	a := []prooflearn.Hash{{1}, {2}, {3}, {4}}
	b := []prooflearn.Hash{{1}, {2}, {9}, {8}}
	require.NoError(t, firstDifference(a, b, 2))
	for _, c := range []int{-1, 0, 1, 3, 4} {
		assert.ErrorIs(t, firstDifference(a, b, c), errNotProven, "chunk %d", c)
	}
	assert.ErrorIs(t, firstDifference(a, b[:3], 2), errNotProven, "lists of different lengths")
}
