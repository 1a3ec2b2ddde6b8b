package arbitration

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// The toy fixture's first-layer weight gradient d.layer0.w = xᵀ·dz is a
// 16×256 output over the batch of 8: 8 partials past the zero one, 8
// output chunks of 2 rows.
const tAt = 5*512 + 37 // chunk 5, row 10

// playT runs the game with the inner level between an honest player and a
// consistent liar whose first-layer weight gradient at innerStep is off by
// a quarter at tAt: the first operator the sides dispute is d.layer0.w.
func (f *innerFixture) playT(t *testing.T, liarSide Party, opts ...PlayerOption) *Result {
	t.Helper()
	c, honest, liar := f.players(t, liarSide, append([]PlayerOption{
		editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[tAt] += fixed.One / 4 }),
	}, opts...)...)
	pl := map[Party]Player{liarSide: liar, liarSide.Other(): honest}
	res, err := Play(context.Background(), c, pl[PartySolver], pl[PartyChallenger], WithInnerLevel())
	require.NoError(t, err)
	require.Equal(t, innerStep, res.Step, "%s", res.Detail)
	require.Equal(t, "d.layer0.w", res.NodeName, "%s", res.Detail)
	assert.LessOrEqual(t, res.Rounds, res.MaxRounds)
	return res
}

func TestInnerLevelTransposed(t *testing.T) {
	f := newInnerFixture(t)
	rows, ok := chunk.TSlices(16, 8, 256)
	require.True(t, ok)
	require.Equal(t, 2, rows)
	const lie = (fixed.One / 4) << fixed.Frac // the output's lie, in partial units
	for _, side := range sides {
		t.Run("last partial, liar "+string(side), func(t *testing.T) {
			// The whole lie in the last partial, which its output rounds
			// from: operand row 8, chunk 5.
			res := f.playT(t, side)
			assert.Equal(t, side.Other(), res.Winner, "%s", res.Detail)
			assert.Equal(t, ReasonArbiter, res.Reason)
			require.NotNil(t, res.Inner)
			in := res.Inner
			assert.True(t, in.Transposed)
			assert.Equal(t, InnerSlice, in.Kind)
			assert.Equal(t, [5]int{16, 8, 256, 2, 8}, [5]int{in.M, in.K, in.N, in.Width, in.Slices})
			assert.Equal(t, [3]int{8, 5, 10}, [3]int{in.Slice, in.Chunk, in.Row})
			assert.Equal(t, 7, in.Agreed.Index)
			assert.Equal(t, TransposedPartialLeaf("d.layer0.w", 16, 8, 256, 7, in.Agreed.Digests), in.Agreed.Leaf)
			assert.Len(t, in.Agreed.Digests, 8, "one digest per output chunk")
			assert.Equal(t, in.Claims[PartySolver].Digests[:5], in.Claims[PartyChallenger].Digests[:5])
			assert.NotEqual(t, in.Claims[PartySolver].Digests[5], in.Claims[PartyChallenger].Digests[5])
			assert.Len(t, in.Rows, 512, "the agreed chunk 5 of P_7")
			assert.Contains(t, res.Detail, "operand row 8 of 8, chunk 5")
			require.NotNil(t, res.Verdict)
			assert.True(t, res.Verdict.Checks[side.Other()].Valid)
			assert.False(t, res.Verdict.Checks[side].Valid)
		})
	}
	t.Run("lie spread from operand row 3", func(t *testing.T) {
		// A consistent forger: its partials agree up to P_2 and carry the
		// lie from P_3 on, every digest and leaf recomputed.
		spread := withPartials(func(tt int, p []int64) {
			if tt >= 3 && tt < 8 {
				p[tAt] += lie
			}
		})
		res := f.playT(t, PartySolver, spread)
		assert.Equal(t, PartyChallenger, res.Winner, "%s", res.Detail)
		require.NotNil(t, res.Inner)
		assert.Equal(t, [4]int{3, 5, 10, 2}, [4]int{res.Inner.Slice, res.Inner.Chunk, res.Inner.Row, res.Inner.Agreed.Index})
		assert.Contains(t, res.Detail, "operand row 3 of 8, chunk 5")
	})
	t.Run("lie spread over two chunks", func(t *testing.T) {
		// A second lie in chunk 1 from P_5: the bisection finds P_3 first,
		// where only chunk 5 differs.
		spread := withPartials(func(tt int, p []int64) {
			if tt >= 3 && tt < 8 {
				p[tAt] += lie
			}
			if tt >= 5 {
				p[600]++
			}
		})
		res := f.playT(t, PartyChallenger, spread)
		assert.Equal(t, PartySolver, res.Winner, "%s", res.Detail)
		assert.Equal(t, [2]int{3, 5}, [2]int{res.Inner.Slice, res.Inner.Chunk})
	})
	t.Run("honest partials, wrong rounding", func(t *testing.T) {
		// The liar's partials are all honest: its output does not round
		// from them. The ruling is on the rounding of output chunk 5.
		honestLast := withPartials(func(tt int, p []int64) {
			if tt == 8 {
				p[tAt] -= lie
			}
		})
		res := f.playT(t, PartyChallenger, honestLast)
		assert.Equal(t, PartySolver, res.Winner, "%s", res.Detail)
		require.NotNil(t, res.Inner)
		assert.True(t, res.Inner.Transposed)
		assert.Equal(t, InnerRound, res.Inner.Kind)
		assert.Equal(t, [3]int{5, 10, 8}, [3]int{res.Inner.Chunk, res.Inner.Row, res.Inner.Slice})
		assert.Len(t, res.Inner.Rows, 512)
		assert.Contains(t, res.Detail, "rounding of output chunk 5")
	})
	t.Run("a lie in the start", func(t *testing.T) {
		nonzero := withPartials(func(tt int, p []int64) {
			if tt == 0 {
				p[0] = 1
			}
		})
		res := f.playT(t, PartySolver, nonzero)
		assert.Equal(t, PartyChallenger, res.Winner)
		assert.Equal(t, ReasonInvalid, res.Reason)
		assert.Contains(t, res.Detail, "partial 0 is not the zero partial")
	})
	t.Run("honest player without the inner level", func(t *testing.T) {
		c, honest, liar := f.players(t, PartySolver,
			editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[tAt] += fixed.One / 4 }))
		res, err := Play(context.Background(), c, liar, struct{ Player }{honest}, WithInnerLevel())
		require.NoError(t, err)
		assert.Equal(t, PartySolver, res.Winner)
		assert.Contains(t, res.Detail, "does not play the inner level")
		res, err = Play(context.Background(), c, liar, struct{ Player }{honest})
		require.NoError(t, err)
		assert.Equal(t, PartyChallenger, res.Winner)
		assert.Nil(t, res.Inner)
		assert.Equal(t, "d.layer0.w", res.NodeName)
	})
}

// A liar that commits plain-level row digests for the transposed product
// (the right values, the other scheme's leaves) is refused at the
// commitment: not even its zero partial is the transposed scheme's.
func TestInnerLevelTransposedRefusesRowLeaves(t *testing.T) {
	f := newInnerFixture(t)
	c, honest, liar := f.players(t, PartySolver,
		editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[tAt] += fixed.One / 4 }))
	rowLeaves := &rowLeafPlayer{ReplayPlayer: liar}
	res, err := Play(context.Background(), c, rowLeaves, honest, WithInnerLevel())
	require.NoError(t, err)
	assert.Equal(t, PartyChallenger, res.Winner, "%s", res.Detail)
	assert.Equal(t, ReasonInvalid, res.Reason)
	assert.Contains(t, res.Detail, "partial 0 is not the zero partial", "its zero partial is the other scheme's")
}

// rowLeafPlayer commits its transposed partials under plain-level leaves:
// row digests in PartialLeaf.
type rowLeafPlayer struct{ *ReplayPlayer }

func (p *rowLeafPlayer) CommitPartials(ctx context.Context, q PartialsQuery) (*PartialsCommit, error) {
	pt, err := p.partialsFor()
	if err != nil {
		return nil, err
	}
	var leaves []prooflearn.Hash
	var ds [][]prooflearn.Hash
	for tt, x := range pt.partials {
		d, err := PartialRowDigests(pt.m, pt.k, pt.n, tt, x)
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
		leaves = append(leaves, PartialLeaf(pt.name, pt.m, pt.k, pt.n, tt, d))
	}
	tree := prooflearn.NewTree(leaves)
	open := func(i int) PartialOpening {
		path, _ := tree.InclusionProof(i)
		return PartialOpening{Index: uint32(i), Digests: ds[i], Path: path}
	}
	return &PartialsCommit{Root: tree.Root(), Slices: uint32(len(leaves) - 1), First: open(0), Last: open(len(leaves) - 1)}, nil
}

func TestTransposedPartialLeaf(t *testing.T) {
	ds := []prooflearn.Hash{{1}, {2}}
	l := TransposedPartialLeaf("d.layer0.w", 16, 8, 256, 3, ds)
	assert.NotEqual(t, l, TransposedPartialLeaf("d.layer0.w", 16, 8, 256, 4, ds), "the index is bound")
	assert.NotEqual(t, l, TransposedPartialLeaf("d.layer1.w", 16, 8, 256, 3, ds), "the name is bound")
	assert.NotEqual(t, l, TransposedPartialLeaf("d.layer0.w", 16, 8, 256, 3, []prooflearn.Hash{{2}, {1}}), "the order is bound")
	assert.NotEqual(t, l, PartialLeaf("d.layer0.w", 16, 8, 256, 3, ds), "a transposed partial's leaf is not a plain one's")
}
