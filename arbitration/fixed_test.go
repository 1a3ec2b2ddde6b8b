package arbitration

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
)

// TestFixedModeGame plays the game on fixed-mode tasks: every honest
// operator passes the arbiter, every operator re-executed alone from its
// encoded call gives the honest output, and a wrong gradient is
// pinpointed whichever side lies.
func TestFixedModeGame(t *testing.T) {
	data := toyData(64)
	for _, tc := range []struct {
		opt    string
		hidden []int
	}{{"sgd", []int{8, 6}}, {"momentum", nil}, {"momentum", []int{8}}} {
		t.Run(fmt.Sprintf("%s-%v", tc.opt, tc.hidden), func(t *testing.T) {
			task := toyTask(data, prooflearn.ModeFixed, "", tc.opt, tc.hidden)
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
			arb, err := NewArbiter(task)
			require.NoError(t, err)
			require.Equal(t, prooflearn.ModeFixed, arb.Mode())
			newCase := func() *Case {
				return &Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[Party]prooflearn.Hash{}}
			}
			p, err := NewReplayPlayer(newCase(), data, batches)
			require.NoError(t, err)
			const step = 3
			reveals := revealStep(t, p, step)
			judgeAll(t, arb, p, step, reveals, nil, true)
			// One raw unit off in any computed output is wrong.
			judgeAll(t, arb, p, step, reveals, func(n train.Node, x *prooflearn.Tensor) bool {
				if n.Op == train.OpLoadState || x.Len() == 0 {
					return false
				}
				x.I32[0]++
				return true
			}, false)

			nodes := arb.Nodes(step)
			for j, r := range reveals {
				if nodes[j].Op == train.OpLoadState {
					continue
				}
				inputs := make([]prooflearn.Tensor, len(r.Inputs))
				for k := range inputs {
					inputs[k] = r.Inputs[k].Tensor
				}
				call, err := NewOperatorCall(task, step, nodes, j, inputs, r.Examples)
				require.NoError(t, err)
				dec, err := DecodeOperatorCall(call.Encode())
				require.NoError(t, err)
				res, err := RunCall(dec)
				require.NoError(t, err, "node %d (%s %s)", j, nodes[j].Op, nodes[j].Name)
				assert.Equal(t, TensorLeaf(nodes[j].Name, &r.Output), res.Output, "node %d (%s %s)", j, nodes[j].Op, nodes[j].Name)
				assert.Equal(t, prooflearn.ModeFixed, res.Mode)
			}

			// A weight gradient of the first layer off by 1/8 (a lie of one raw
			// unit here is lost in the update's rounding: LR·1 < 2^15).
			target := -1
			for j, n := range arb.Nodes(5) {
				if n.Name == "d.layer0.w" {
					target = j
				}
			}
			require.Positive(t, target)
			for _, side := range sides {
				c := newCase()
				honest, err := NewReplayPlayer(c, data, batches)
				require.NoError(t, err)
				liar, err := NewReplayPlayer(c, data, batches, editNode(5, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[3] += fixed.One / 8 }))
				require.NoError(t, err)
				claim(t, c, side, liar)
				claim(t, c, side.Other(), honest)
				pl := map[Party]Player{side: liar, side.Other(): honest}
				var ruled *OperatorCall
				res, err := Play(context.Background(), c, pl[PartySolver], pl[PartyChallenger], WithRuledCall(func(oc *OperatorCall) { ruled = oc }))
				require.NoError(t, err)
				assert.Equal(t, side.Other(), res.Winner, "liar as %s: %s", side, res.Detail)
				assert.Equal(t, 5, res.Step)
				assert.Equal(t, target, res.Node, "%s", res.Detail)
				// The ruled call re-executes to the honest side's output,
				// whichever side revealed the inputs.
				require.NotNil(t, ruled)
				assert.Equal(t, uint32(target), ruled.Node)
				rc, err := RunCall(ruled)
				require.NoError(t, err)
				honestOut := res.ChallengerOutput
				if side.Other() == PartySolver {
					honestOut = res.SolverOutput
				}
				require.NotNil(t, honestOut)
				assert.Equal(t, *honestOut, rc.Output)
				assert.Equal(t, train.OpFixedMatMul, res.Op)
				assert.LessOrEqual(t, res.Rounds, res.MaxRounds)
				require.NotNil(t, res.Verdict)
				assert.True(t, res.Verdict.Exact)
				assert.Equal(t, prooflearn.ModeFixed, res.Verdict.Mode)
			}
		})
	}
}

// TestFixedModeBundleDispute: a tiny-fixed proof with one weight of a middle
// checkpoint changed by one raw unit and every commitment recomputed is
// pinpointed to the one operator that writes that weight in the step
// before the checkpoint, and the arbiter's re-execution rules for the
// honest challenger.
func TestFixedModeBundleDispute(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	task.Steps = 100
	data := testbundle.Data(t)
	tmp := t.TempDir()
	honest, forged := filepath.Join(tmp, "honest"), filepath.Join(tmp, "forged")
	_, err := solver.Train(context.Background(), task, data.Train, honest)
	require.NoError(t, err)
	require.NoError(t, os.CopyFS(forged, os.DirFS(honest)))
	m, err := bundle.ReadManifest(forged)
	require.NoError(t, err)
	const j = 3
	ck, err := bundle.ReadCheckpoint(filepath.Join(forged, m.Checkpoints[j].File))
	require.NoError(t, err)
	ck.Params[2].I32[17]++ // w1, one raw unit
	require.NoError(t, bundle.WriteCheckpoint(forged, ck))
	m.Checkpoints[j].Leaf = ck.LeafHash()
	require.NoError(t, bundle.Recommit(forged, m))

	sb, err := OpenBundle(forged, task)
	require.NoError(t, err)
	cb, err := OpenBundle(honest, task)
	require.NoError(t, err)
	c, err := CaseFromBundles(task, data.Train, sb, cb)
	require.NoError(t, err)
	assert.Equal(t, j-1, c.Segment)
	sp, cp, err := NewPlayers(c, data.Train, sb, cb)
	require.NoError(t, err)
	res, err := Play(context.Background(), c, sp, cp)
	require.NoError(t, err)
	assert.Equal(t, PartyChallenger, res.Winner, "%s", res.Detail)
	assert.Equal(t, m.Checkpoints[j].Step-1, res.Step)
	assert.Equal(t, train.OpFixedSGD, res.Op)
	assert.Equal(t, "w1", res.NodeName)
	require.NotNil(t, res.Verdict)
	assert.True(t, res.Verdict.Checks[PartyChallenger].Valid)
	assert.False(t, res.Verdict.Checks[PartySolver].Valid)
	assert.Equal(t, 17, res.Verdict.Checks[PartySolver].Index)
	assert.Equal(t, 1.0/fixed.One, res.Verdict.Checks[PartySolver].Error)
}
