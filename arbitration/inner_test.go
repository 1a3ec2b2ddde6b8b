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

// innerFixture is a fixed-mode toy task whose first product, layer0.xw
// (8×16 by 16×256), has eight slices of two columns.
type innerFixture struct {
	task    *prooflearn.Task
	batches [][]int
	newCase func() *Case
}

const innerStep = 5

func newInnerFixture(t *testing.T) *innerFixture {
	t.Helper()
	data := toyData(64)
	task := toyTask(data, prooflearn.ModeFixed, "", "sgd", []int{256})
	require.NoError(t, task.Validate())
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := task.DataOrder()
	require.NoError(t, err)
	batches := make([][]int, task.CheckpointInterval)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	w, J, ok := chunk.Slices(8, 16, 256)
	require.True(t, ok)
	require.Equal(t, [2]int{2, 8}, [2]int{w, J})
	f := &innerFixture{task: task, batches: batches}
	f.newCase = func() *Case {
		return &Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[Party]prooflearn.Hash{}}
	}
	return f
}

// play runs the game with the inner level between an honest player and a
// liar that computes layer0.xw wrongly at innerStep (value at, moved by
// one unit) and hides it from later graph nodes, plus a wrong first-layer
// weight gradient so that its state differs: the first operator the sides
// dispute is the product.
func (f *innerFixture) play(t *testing.T, liarSide Party, at int, opts []PlayerOption, gameOpts ...GameOption) *Result {
	t.Helper()
	c, honest, liar := f.players(t, liarSide, append([]PlayerOption{
		editNode(innerStep, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
		editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }),
	}, opts...)...)
	pl := map[Party]Player{liarSide: liar, liarSide.Other(): honest}
	res, err := Play(context.Background(), c, pl[PartySolver], pl[PartyChallenger], append(gameOpts, WithInnerLevel())...)
	require.NoError(t, err)
	require.Equal(t, innerStep, res.Step, "%s", res.Detail)
	require.Equal(t, "layer0.xw", res.NodeName, "%s", res.Detail)
	assert.LessOrEqual(t, res.Rounds, res.MaxRounds)
	return res
}

// players makes a case with an honest player and a liar built by edits,
// each side's claim its own last leaf, the liar's on liarSide.
func (f *innerFixture) players(t *testing.T, liarSide Party, edits ...PlayerOption) (c *Case, honest, liar *ReplayPlayer) {
	t.Helper()
	data := toyData(64)
	c = f.newCase()
	honest, err := NewReplayPlayer(c, data, f.batches)
	require.NoError(t, err)
	liar, err = NewReplayPlayer(c, data, f.batches, edits...)
	require.NoError(t, err)
	claim(t, c, liarSide, liar)
	claim(t, c, liarSide.Other(), honest)
	return c, honest, liar
}

// withPartials edits a player's partial products (after they were made
// consistent with its output).
func withPartials(fn func(t int, p []int64)) PlayerOption { return WithPartialEdit(fn) }

func TestInnerLevel(t *testing.T) {
	f := newInnerFixture(t)
	const at = 3*256 + 17 // row 3
	for _, side := range sides {
		t.Run(string(side), func(t *testing.T) {
			// A liar that puts the whole lie in its last partial, the one
			// its output must round from: slice 8, row 3.
			res := f.play(t, side, at, nil)
			assert.Equal(t, side.Other(), res.Winner, "%s", res.Detail)
			assert.Equal(t, ReasonArbiter, res.Reason)
			require.NotNil(t, res.Inner)
			in := res.Inner
			assert.Equal(t, InnerSlice, in.Kind)
			assert.Equal(t, [5]int{8, 16, 256, 2, 8}, [5]int{in.M, in.K, in.N, in.Width, in.Slices})
			assert.Equal(t, 8, in.Slice)
			assert.Equal(t, 3, in.Row)
			assert.Equal(t, 7, in.Agreed.Index)
			assert.Equal(t, PartialLeaf("layer0.xw", 8, 16, 256, 7, in.Agreed.Digests), in.Agreed.Leaf)
			assert.NotEqual(t, in.Claims[PartySolver].Digests[3], in.Claims[PartyChallenger].Digests[3])
			assert.Equal(t, in.Claims[PartySolver].Digests[:3], in.Claims[PartyChallenger].Digests[:3])
			assert.Len(t, in.Rows, 256, "the agreed row 3 of P_7")
			assert.Contains(t, res.Detail, "slice 8 of 8, row 3")
			// The re-execution agrees with the inner ruling.
			require.NotNil(t, res.Verdict)
			assert.True(t, res.Verdict.Checks[side.Other()].Valid)
			assert.False(t, res.Verdict.Checks[side].Valid)
		})
	}
	t.Run("lie spread from slice 3", func(t *testing.T) {
		// A consistent forger: its partials agree up to P_2 and carry the
		// lie from P_3 on, every digest and leaf recomputed.
		spread := withPartials(func(tt int, p []int64) {
			if tt >= 3 && tt < 8 {
				p[at] += fixed.One
			}
		})
		res := f.play(t, PartySolver, at, []PlayerOption{spread})
		assert.Equal(t, PartyChallenger, res.Winner, "%s", res.Detail)
		require.NotNil(t, res.Inner)
		assert.Equal(t, [3]int{3, 3, 2}, [3]int{res.Inner.Slice, res.Inner.Row, res.Inner.Agreed.Index})
	})
	for _, side := range sides {
		t.Run("honest partials, wrong rounding, liar "+string(side), func(t *testing.T) {
			// The liar's partials are all honest: its output does not round
			// from them. The ruling is on the rounding in output chunk 1
			// (values 512…1023, rows 2 and 3), accusing the liar at row 3,
			// its first row that is not the rounding.
			honestLast := withPartials(func(tt int, p []int64) {
				if tt == 8 {
					p[at] -= fixed.One << fixed.Frac
				}
			})
			res := f.play(t, side, at, []PlayerOption{honestLast})
			assert.Equal(t, side.Other(), res.Winner, "%s", res.Detail)
			require.NotNil(t, res.Inner)
			in := res.Inner
			assert.Equal(t, InnerRound, in.Kind)
			assert.Equal(t, [3]int{1, 3, 8}, [3]int{in.Chunk, in.Row, in.Slice})
			assert.Equal(t, side, in.Accused)
			assert.Len(t, in.Rows, 256, "row 3 of P_8")
			assert.Contains(t, res.Detail, "rounding of output chunk 1")
			assert.Contains(t, res.Detail, "row 3 of layer0.xw is not the rounding")
		})
	}
	t.Run("a wrong rounding on both sides", func(t *testing.T) {
		// Both outputs are wrong in chunk 1, at different rows; the solver
		// stands, and the challenger is accused at its own row.
		data := toyData(64)
		c := f.newCase()
		mk := func(at int) *ReplayPlayer {
			p, err := NewReplayPlayer(c, data, f.batches,
				editNode(innerStep, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
				editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }),
				withPartials(func(tt int, p []int64) {
					if tt == 8 {
						p[at] -= fixed.One << fixed.Frac
					}
				}))
			require.NoError(t, err)
			return p
		}
		sol, chal := mk(at), mk(2*256+4)
		claim(t, c, PartySolver, sol)
		claim(t, c, PartyChallenger, chal)
		res, err := Play(context.Background(), c, sol, chal, WithInnerLevel())
		require.NoError(t, err)
		require.NotNil(t, res.Inner, "%s", res.Detail)
		assert.Equal(t, InnerRound, res.Inner.Kind)
		assert.Equal(t, PartySolver, res.Winner, "%s", res.Detail)
		assert.Equal(t, PartyChallenger, res.Inner.Accused)
		assert.Equal(t, 2, res.Inner.Row)
		assert.Contains(t, res.Detail, "wrong too")
	})
	t.Run("a lie in the start", func(t *testing.T) {
		nonzero := withPartials(func(tt int, p []int64) {
			if tt == 0 {
				p[0] = 1
			}
		})
		res := f.play(t, PartySolver, at, []PlayerOption{nonzero})
		assert.Equal(t, PartyChallenger, res.Winner)
		assert.Equal(t, ReasonInvalid, res.Reason)
		assert.Contains(t, res.Detail, "partial 0 is not the zero partial")
	})
	t.Run("honest player without the inner level", func(t *testing.T) {
		// A side that cannot play the level loses, whatever it claims.
		c, honest, liar := f.players(t, PartySolver,
			editNode(innerStep, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
			editNode(innerStep, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }))
		res, err := Play(context.Background(), c, liar, struct{ Player }{honest}, WithInnerLevel())
		require.NoError(t, err)
		assert.Equal(t, PartySolver, res.Winner)
		assert.Contains(t, res.Detail, "does not play the inner level")
		// Without the option the game re-executes the product whole.
		res, err = Play(context.Background(), c, liar, struct{ Player }{honest})
		require.NoError(t, err)
		assert.Equal(t, PartyChallenger, res.Winner)
		assert.Nil(t, res.Inner)
		assert.Equal(t, "layer0.xw", res.NodeName)
	})
}

func TestInnerMessages(t *testing.T) {
	o := PartialOpening{Index: 3, Digests: []prooflearn.Hash{{1}, {2}}, Path: []prooflearn.Hash{{3}}}
	c := &PartialsCommit{Root: prooflearn.Hash{9}, Slices: 8, First: o, Last: PartialOpening{Index: 8, Digests: []prooflearn.Hash{{4}}}}
	dc, err := DecodePartialsCommit(c.Encode())
	require.NoError(t, err)
	assert.Equal(t, c, dc)
	do, err := DecodePartialOpening(o.Encode())
	require.NoError(t, err)
	assert.Equal(t, &o, do)
	rows := &PartialRows{Index: 2, Row: 5, Values: []int64{-1 << 62, 0, 7}}
	dr, err := DecodePartialRows(rows.Encode())
	require.NoError(t, err)
	assert.Equal(t, rows, dr)
	for _, b := range [][]byte{c.Encode(), o.Encode(), rows.Encode()} {
		_, e1 := DecodePartialsCommit(b[:len(b)-1])
		_, e2 := DecodePartialOpening(b[:len(b)-1])
		_, e3 := DecodePartialRows(b[:len(b)-1])
		for _, e := range []error{e1, e2, e3} {
			assert.ErrorIs(t, e, prooflearn.ErrMalformed)
		}
	}
	// A list length the message cannot hold is refused before allocating.
	b := rows.Encode()
	b[10], b[11], b[12], b[13] = 0xff, 0xff, 0xff, 0x7f
	_, err = DecodePartialRows(b)
	assert.ErrorIs(t, err, prooflearn.ErrMalformed)
}

func TestPartialLeaf(t *testing.T) {
	ds := []prooflearn.Hash{{1}, {2}}
	l := PartialLeaf("layer0.xw", 2, 16, 256, 3, ds)
	assert.NotEqual(t, l, PartialLeaf("layer0.xw", 2, 16, 256, 4, ds), "the index is bound")
	assert.NotEqual(t, l, PartialLeaf("layer1.xw", 2, 16, 256, 3, ds), "the name is bound")
	assert.NotEqual(t, l, PartialLeaf("layer0.xw", 2, 16, 256, 3, []prooflearn.Hash{{2}, {1}}), "the order is bound")
	assert.NotEqual(t, l, FixedLeaf("layer0.xw", []int{2, 256}, ds), "a partial's leaf is not a tensor's")
}

// The inner level's decoders accept only canonical encodings: whatever
// decodes re-encodes to the same bytes, and nothing panics.
func FuzzDecodeInner(f *testing.F) {
	o := PartialOpening{Index: 3, Digests: []prooflearn.Hash{{1}, {2}}, Path: []prooflearn.Hash{{3}}}
	f.Add(o.Encode())
	f.Add((&PartialsCommit{Root: prooflearn.Hash{9}, Slices: 8, First: o, Last: o}).Encode())
	f.Add((&PartialRows{Index: 2, Row: 5, Values: []int64{-1, 0, 7}}).Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := DecodePartialsCommit(b); err == nil {
			assert.Equal(t, b, m.Encode())
		}
		if m, err := DecodePartialOpening(b); err == nil {
			assert.Equal(t, b, m.Encode())
		}
		if m, err := DecodePartialRows(b); err == nil {
			assert.Equal(t, b, m.Encode())
		}
	})
}
