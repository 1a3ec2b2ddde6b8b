package chain

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// TestRegistrarGraceFallback: a fixed-mode game pinned to an operator a
// chunk circuit proves (the momentum update a lied learning rate breaks
// first), whose circuit nobody registers. Who rules: nobody while the
// arbiter's wait is under its grace, the arbiter once the grace has passed;
// the arbiter then attests from its own re-execution (RuleGame) and the
// challenger wins by proveSolverWrong, not by the clock. Conversely, once
// the operator's chunk circuit is registered its proof rules and the
// arbiter does not; a product waits for its slice circuit and is the
// proof's once that is registered; a float-mode task is always the
// arbiter's.
func TestRegistrarGraceFallback(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two fixed-mode bundles and plays a full game (about a minute)")
	}
	sc, task := newHparamLieCase(t)
	k := sc.k
	require.Equal(t, train.OpFixedMomentum, sc.res.Op)
	gid := sc.openGame(t)

	const grace = time.Minute
	challenger := sc.challengerSide(t, gid)
	attest := challenger.Prove
	var decided []Ruler
	challenger.Prove = func(ctx context.Context, in [4]*big.Int) ([8]*big.Int, bool, error) {
		step, node := int(in[0].Int64()), uint32(in[1].Int64())
		for _, waited := range []time.Duration{0, grace / 2, grace} {
			who, err := WhoRules(k.sim.Call(), k.game, task, step, node, waited, grace)
			if err != nil {
				return [8]*big.Int{}, false, err
			}
			decided = append(decided, who)
		}
		if decided[len(decided)-1] != RulerArbiter {
			return [8]*big.Int{}, false, nil
		}
		return attest(ctx, in)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	sides := []*Side{sc.solverSide(t, gid), challenger}
	winners, errs := playSides(ctx, cancel, k.sim, sides)
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	require.Equal(t, []uint8{SideChallenger, SideChallenger}, winners)
	require.Equal(t, []Ruler{RulerWait, RulerWait, RulerArbiter}, decided, "wait within the grace, then the arbiter")
	out, err := k.game.Outcome(k.sim.Call(), gid)
	require.NoError(t, err)
	require.False(t, out.TimedOut, "won by the arbiter's attestation, not the clock")
	assert.Len(t, k.sim.Gas.Calls()["RulingByArbiter.attest"], 1)
	assert.Len(t, k.sim.Gas.Calls()["DisputeGame.proveSolverWrong"], 1)

	// The converse: a registered chunk circuit's proof rules, however long
	// the arbiter has waited.
	step, node := sc.res.Step, uint32(sc.res.Node)
	nodes, err := train.StepNodes(task, step)
	require.NoError(t, err)
	graph := StepGraphKey(task.Hash(), nodes)
	_, order, err := ChunkOperator(nodes, int(node))
	require.NoError(t, err)
	k.send("registerChunkCircuit")(k.game.RegisterChunkCircuit(k.sim.Opts(arbiterAcct, nil), graph, node, k.gameAddr, order))
	for _, waited := range []time.Duration{0, 2 * grace} {
		who, err := WhoRules(k.sim.Call(), k.game, task, step, node, waited, grace)
		require.NoError(t, err)
		assert.Equal(t, RulerProof, who, "waited %v", waited)
	}
	// A product with an inner level waits for its slice circuit, then is
	// the proof's.
	xw := uint32(slices.IndexFunc(nodes, func(n train.Node) bool { return n.Name == "layer0.xw" }))
	who, err := WhoRules(k.sim.Call(), k.game, task, step, xw, 0, grace)
	require.NoError(t, err)
	assert.Equal(t, RulerWait, who)
	p, err := ProductOf(nodes, int(xw))
	require.NoError(t, err)
	k.send("registerSliceCircuit")(k.game.RegisterSliceCircuit(k.sim.Opts(arbiterAcct, nil), graph, xw,
		bindings.DisputeGameSliceCircuit{Slice: k.gameAddr, Round: k.gameAddr, Inputs: p.Inputs, Slices: uint32(p.Slices)}))
	who, err = WhoRules(k.sim.Call(), k.game, task, step, xw, 2*grace, grace)
	require.NoError(t, err)
	assert.Equal(t, RulerProof, who)
	// An operator no circuit proves in fixed mode, and any float-mode
	// operator, are the arbiter's at once.
	none := slices.IndexFunc(nodes, func(n train.Node) bool {
		_, _, cerr := ChunkOperator(nodes, n.Index)
		_, perr := ProductOf(nodes, n.Index)
		return n.Op != train.OpLoadState && cerr != nil && perr != nil
	})
	require.GreaterOrEqual(t, none, 0, "the step graph has an operator no circuit proves (the transposed products)")
	who, err = WhoRules(k.sim.Call(), k.game, task, step, uint32(none), 0, grace)
	require.NoError(t, err)
	assert.Equal(t, RulerArbiter, who, "operator %s", nodes[none].Name)
	who, err = WhoRules(k.sim.Call(), k.game, testbundle.TinyTask(t), step, node, 0, grace)
	require.NoError(t, err)
	assert.Equal(t, RulerArbiter, who)
}
