package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// playInner plays tiny-fixed's first segment with the inner level on, the
// solver a forger built by edits and the challenger honest, both played
// in-process, and returns the result with the operator call it ruled on
// and the sides' outputs of it.
func playInner(t *testing.T, edits ...arbitration.PlayerOption) (*arbitration.Result, *arbitration.OperatorCall, map[arbitration.Party]*prooflearn.Tensor) {
	t.Helper()
	task, split, err := cli.LoadTask(filepath.Join("..", "..", "testdata", "tasks", "tiny-fixed.json"), "")
	require.NoError(t, err)
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
	c := &arbitration.Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
	honest, err := arbitration.NewReplayPlayer(c, split.Train, batches)
	require.NoError(t, err)
	forger, err := arbitration.NewReplayPlayer(c, split.Train, batches, edits...)
	require.NoError(t, err)
	for side, p := range map[arbitration.Party]*arbitration.ReplayPlayer{arbitration.PartySolver: forger, arbitration.PartyChallenger: honest} {
		m, err := p.CommitSteps(context.Background(), arbitration.StepsQuery{})
		require.NoError(t, err)
		c.Claims[side] = m.Last.Leaf
	}
	var ruled *arbitration.OperatorCall
	var outputs map[arbitration.Party]*prooflearn.Tensor
	res, err := arbitration.Play(context.Background(), c, forger, honest, arbitration.WithInnerLevel(),
		arbitration.WithRuledCall(func(c *arbitration.OperatorCall) { ruled = c }),
		arbitration.WithRuledOutputs(func(o map[arbitration.Party]*prooflearn.Tensor) { outputs = o }))
	require.NoError(t, err)
	return res, ruled, outputs
}

// TestArbiterProvesTheFirstLayer plays tiny-fixed's first segment between
// an honest player and a forger whose first-layer product h = x·W1 is off
// by one at step 3 (with a first-layer gradient edit, so that its state
// differs): the game pins layer0.xw, a 32×784×32 product whose whole
// circuit has ~2M constraints, and the inner level pins slice 49, row 5.
// proveRuling, as -prove runs it, proves that row from the agreed
// operands' chunks and partial: a four-input proof for the honest side.
// A bundle's players cannot lie at a forward product (they defend their
// checkpoints at the state writers), so the forger is played in-process.
func TestArbiterProvesTheFirstLayer(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up a ~60k-constraint slice circuit (~1–2 min)")
	}
	const at = 5*32 + 7 // row 5 of h
	res, ruled, outputs := playInner(t,
		arbitration.WithOutputEdit(3, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
		arbitration.WithOutputEdit(3, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }))
	assert.Equal(t, arbitration.PartyChallenger, res.Winner, "%s", res.Detail)
	assert.Equal(t, 3, res.Step)
	assert.Equal(t, "layer0.xw", res.NodeName)
	require.NotNil(t, res.Inner)
	assert.Equal(t, arbitration.InnerSlice, res.Inner.Kind)
	assert.Equal(t, [3]int{49, 49, 5}, [3]int{res.Inner.Slice, res.Inner.Slices, res.Inner.Row})
	require.NotNil(t, ruled)

	leaves := map[arbitration.Party]prooflearn.Hash{arbitration.PartySolver: *res.SolverOutput, arbitration.PartyChallenger: *res.ChallengerOutput}
	p, err := proveRuling(ruled, outputs, leaves, res.Inner)
	require.NoError(t, err)
	require.NotNil(t, p.Slice)
	assert.Equal(t, arbitration.PartyChallenger, p.Slice.ProvenFor)
	assert.Equal(t, 4, p.Slice.PublicInputs)
	assert.Equal(t, (5*784+48*16)/512, p.Slice.AChunk, "row 5's last slice of x")
	assert.True(t, p.VerifiedGo)
	if p.Chain == "" {
		assert.LessOrEqual(t, p.VerifyGas, uint64(400_000))
	} else {
		t.Log(p.Chain)
	}
	t.Logf("%s: %d constraints, setup %.1f s, prove %.1f s, %d proof bytes, verify gas %d, deploy gas %d",
		p.Circuit, p.Constraints, p.SetupSeconds, p.ProveSeconds, p.ProofBytes, p.VerifyGas, p.DeployGas)

	// A slice ruling whose agreed partial was tampered with after the game
	// is refused before anything is proven.
	bad := *res.Inner
	bad.Agreed.Digests = append([]prooflearn.Hash(nil), bad.Agreed.Digests...)
	bad.Agreed.Digests[0][0] ^= 1
	_, err = proveRuling(ruled, outputs, leaves, &bad)
	assert.ErrorIs(t, err, errNotProven)
}

// TestArbiterProvesTheRounding plays tiny-fixed's first segment between an
// honest player and a forger whose h = x·W1 is off by one at row 5 of step
// 3 while every partial product it commits is honest: the sides agree on
// P_49 and the inner level rules on the rounding, accusing the forger at
// row 5 of output chunk 0. proveRuling proves the accusation against the
// forger's chunk with two public inputs, under 400,000 gas; it refuses to
// accuse the honest side, or the forger at a row where its output is the
// rounding.
func TestArbiterProvesTheRounding(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up a ~25k-constraint rounding circuit (~1 min)")
	}
	const at = 5*32 + 7 // row 5 of h
	res, ruled, outputs := playInner(t,
		arbitration.WithOutputEdit(3, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
		arbitration.WithOutputEdit(3, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 }),
		// The last partial put back to the honest one: the lie is in the
		// rounding only.
		arbitration.WithPartialEdit(func(tt int, p []int64) {
			if tt == 49 {
				p[at] -= fixed.One << fixed.Frac
			}
		}))
	assert.Equal(t, arbitration.PartyChallenger, res.Winner, "%s", res.Detail)
	assert.Equal(t, "layer0.xw", res.NodeName)
	require.NotNil(t, res.Inner)
	assert.Equal(t, arbitration.InnerRound, res.Inner.Kind)
	assert.Equal(t, [3]int{0, 5, 49}, [3]int{res.Inner.Chunk, res.Inner.Row, res.Inner.Slice})
	assert.Equal(t, arbitration.PartySolver, res.Inner.Accused)
	require.NotNil(t, ruled)

	leaves := map[arbitration.Party]prooflearn.Hash{arbitration.PartySolver: *res.SolverOutput, arbitration.PartyChallenger: *res.ChallengerOutput}
	p, err := proveRuling(ruled, outputs, leaves, res.Inner)
	require.NoError(t, err)
	require.NotNil(t, p.Slice)
	assert.Equal(t, arbitration.InnerRound, p.Slice.Kind)
	assert.Equal(t, arbitration.PartySolver, p.Slice.Against)
	assert.Equal(t, arbitration.PartyChallenger, p.Slice.ProvenFor)
	assert.Equal(t, 2, p.Slice.PublicInputs)
	assert.True(t, p.VerifiedGo)
	if p.Chain == "" {
		assert.LessOrEqual(t, p.VerifyGas, uint64(400_000))
	} else {
		t.Log(p.Chain)
	}
	t.Logf("%s: %d constraints, setup %.1f s, prove %.1f s, %d proof bytes, verify gas %d, deploy gas %d",
		p.Circuit, p.Constraints, p.SetupSeconds, p.ProveSeconds, p.ProofBytes, p.VerifyGas, p.DeployGas)

	// The honest side cannot be accused, nor the forger at a row where its
	// output is the rounding.
	bad := *res.Inner
	bad.Accused = arbitration.PartyChallenger
	_, err = proveRuling(ruled, outputs, leaves, &bad)
	assert.ErrorIs(t, err, errNotProven)
	bad = *res.Inner
	bad.Row = 4
	_, err = proveRuling(ruled, outputs, leaves, &bad)
	assert.ErrorIs(t, err, errNotProven)
	// A row outside the accused chunk is refused before proving.
	bad.Row = 20
	_, err = proveRuling(ruled, outputs, leaves, &bad)
	assert.ErrorIs(t, err, errNotProven)
}
