package chain

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/zkruling"
)

// TestChunkOperator: the chunk circuits' operators of a fixed-mode step,
// with their inputs in the circuits' argument order; products have none.
func TestChunkOperator(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	nodes, err := train.StepNodes(task, 0)
	require.NoError(t, err)
	seen := map[string]int{}
	for j, n := range nodes {
		op, ins, err := ChunkOperator(nodes, j)
		if n.Op == train.OpFixedMatMul || n.Op == train.OpFixedBiasGrad || len(n.Inputs) == 0 {
			require.ErrorIs(t, err, ErrNoChunkCircuit, "%s", n.Op)
			continue
		}
		require.NoError(t, err, "%s %s", n.Op, n.Name)
		seen[op.Op]++
		require.Len(t, ins, len(n.Inputs))
		for _, i := range ins {
			require.Less(t, int(i), j, "an input is an earlier node")
		}
		if n.Op == train.OpFixedReLUGrad {
			require.Equal(t, []uint32{uint32(n.Inputs[1]), uint32(n.Inputs[0])}, ins, "relu-grad's circuit takes (dy, x)")
		}
		if n.Op == train.OpFixedMomentum {
			require.EqualValues(t, n.Scalar, op.Scalar)
		}
	}
	for _, op := range []string{zkruling.OpMomentum, zkruling.OpSGD, zkruling.OpReLU, zkruling.OpReLUGrad, zkruling.OpAddBias, zkruling.OpSquaredErrorGrad} {
		require.Positive(t, seen[op], "%s", op)
	}
	// A fixed step's optimizer nodes write the state: the game binds them.
	require.Len(t, StateWriters(nodes), 8, "4 parameters and their momentum")
}

// TestChunkRulingDecidesGame: a fixed-mode dispute (tiny-fixed trained at a
// lied learning rate, spoof's hparam-lie) played as a market's game by two
// sides on their own is decided by a gnark proof: the challenger proves
// the first chunk at which the solver's momentum update differs, the
// DisputeGame checks it through RulingVerifierZK and the circuit's
// verifier registered for that operator, and anyone settles it. Refused on
// the way: a proof presented for another chunk, a proof of another chunk,
// a proof for the solver's own output, the honest list presented as the
// solver's, inputs out of order or from another node, an unregistered
// operator's circuit, and a stranger's submission.
func TestChunkRulingDecidesGame(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two fixed-mode bundles, plays a full game and sets up a circuit (about a minute)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	sc, task := newHparamLieCase(t)
	k := sc.k
	require.Equal(t, train.OpFixedMomentum, sc.res.Op, "the lie shows first in the momentum update")
	gid := sc.openGame(t)

	refused := func(want string) func(*types.Transaction, error) {
		return func(tx *types.Transaction, err error) {
			t.Helper()
			_, err = k.sim.Send("refused", tx, err)
			require.Error(t, err, want)
			if want != "" {
				why := RevertError(err, GameABI())
				if why == "BadAnswer" {
					why = badAnswer(t, err)
				}
				require.Equal(t, want, why)
			}
		}
	}
	var ruling *ChunkRuling
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	prove := func(ctx context.Context, step, node int) (*ChunkRuling, error) {
		// A failed check ends this goroutine: stop the other side too.
		defer func() {
			if t.Failed() {
				cancel()
			}
		}()
		cc, res, err := ReplayChunkCase(ctx, sc.c, sc.data, sc.forged, sc.honest)
		require.NoError(t, err)
		require.NotNil(t, cc, "the re-execution shows the solver wrong: %+v", res)
		require.Equal(t, []int{step, node}, []int{res.Step, res.Node}, "the Go game pins the chain's operator")
		nodes, err := train.StepNodes(task, step)
		require.NoError(t, err)
		g := k.game
		call := func(r *ChunkRuling) (*types.Transaction, error) {
			return g.ProveChunkWrong(k.sim.Opts(verifierAcct, nil), gid, r.Inputs, r.InputPaths, r.Output, r.SolverOutput, r.Index, r.Proof)
		}
		// Before the operator's circuit is registered there is nothing to
		// check a proof with (one made with the keys of a setup of the
		// circuit this process holds).
		op, _, err := ChunkOperator(nodes, node)
		require.NoError(t, err)
		_, _, err = zkruling.WriteChunkSetup(t.TempDir(), op, 0)
		require.NoError(t, err)
		r, err := cc.Prove()
		require.NoError(t, err)
		refused("NoCircuit")(call(r))
		// A circuit registered for the operator of another task of the
		// same step graph (the same nodes and writers, another learning
		// rate: its circuit compiles another constant in) is not this
		// game's: the registry keys by the task.
		otherTask := *task
		otherTask.Optimizer.LearningRate *= 2
		otherNodes, err := train.StepNodes(&otherTask, step)
		require.NoError(t, err)
		require.Equal(t, GraphHash(uint32(len(nodes)), StateWriters(nodes)), GraphHash(uint32(len(otherNodes)), StateWriters(otherNodes)))
		require.NotEqual(t, StepGraphKey(task.Hash(), nodes), StepGraphKey(otherTask.Hash(), otherNodes))
		k.send("registerChunkCircuit")(g.RegisterChunkCircuit(k.sim.Opts(arbiterAcct, nil), StepGraphKey(otherTask.Hash(), otherNodes), uint32(node), k.gameAddr, r.InputNodes))
		refused("NoCircuit")(call(r))
		// Only the registrar registers.
		refused("NotRegistrar")(g.RegisterChunkCircuit(k.sim.Opts(verifierAcct, nil), StepGraphKey(task.Hash(), nodes), uint32(node), k.gameAddr, r.InputNodes))
		// The registrar, its own key, publishes the setup in the store
		// and registers its verifier; the challenger proves with the
		// published keys once their verifier is the registered one.
		store := t.TempDir()
		vaddr, _, err := RegisterChunkSetup(k.sim.Opts(arbiterAcct, nil), k.sim.Contracts, g, task.Hash(), nodes, uint32(node), store,
			func(name string) func(*types.Transaction, error) (*types.Receipt, error) {
				return func(tx *types.Transaction, err error) (*types.Receipt, error) { return k.sim.Send(name, tx, err) }
			})
		require.NoError(t, err)
		loaded, err := LoadChunkSetup(ctx, k.sim.Contracts, g, task.Hash(), nodes, uint32(node), store)
		require.NoError(t, err)
		require.Equal(t, vaddr, loaded)
		r, err = cc.Prove()
		require.NoError(t, err)
		got, err := g.CircuitOf(k.sim.Call(), StepGraphKey(task.Hash(), nodes), uint32(node))
		require.NoError(t, err)
		require.Equal(t, vaddr, got.Verifier)
		require.Equal(t, r.InputNodes, got.Inputs)
		// Registered once: a circuit cannot be swapped under a game.
		refused("CircuitRegistered")(g.RegisterChunkCircuit(k.sim.Opts(arbiterAcct, nil), StepGraphKey(task.Hash(), nodes), uint32(node), vaddr, r.InputNodes))

		bad := *r
		bad.Index = new(big.Int).Add(r.Index, big.NewInt(1))
		refused("")(call(&bad)) // the proof of chunk i presented as chunk i+1
		bad = *r
		bad.Output = r.SolverOutput
		refused("")(call(&bad)) // the proof against the solver's output
		bad = *r
		bad.SolverOutput = r.Output
		refused("not the solver's output")(call(&bad))
		bad = *r
		bad.SolverOutput.Digests = slices.Clone(r.SolverOutput.Digests)
		bad.SolverOutput.Digests[r.Index.Int64()] = r.Output.Digests[r.Index.Int64()]
		refused("digests are not the solver's output")(call(&bad))
		bad = *r
		bad.Inputs = []bindings.IChunkRulingTensor{r.Inputs[1], r.Inputs[0]} // out of the circuit's order
		refused("input is not its node's agreed output")(call(&bad))
		bad = *r
		bad.Inputs = []bindings.IChunkRulingTensor{r.Inputs[0], r.Output} // the honest output for an input
		refused("input is not its node's agreed output")(call(&bad))
		bad = *r
		bad.Inputs = r.Inputs[:1]
		refused("not the operator's inputs")(call(&bad))
		refused("NotAPlayer")(g.ProveChunkWrong(k.sim.Opts(otherAcct, nil), gid, r.Inputs, r.InputPaths, r.Output, r.SolverOutput, r.Index, r.Proof))
		// A true proof of another chunk, presented for the disputed one.
		other := int(r.Index.Int64()) + 1
		zr, err := zkruling.ProveChunk(op, other, r.inputValues, r.honest)
		require.NoError(t, err)
		bad = *r
		bad.Proof = zr.SolidityProof()
		refused("")(call(&bad))
		ruling = r
		return r, nil
	}
	solverSide := sc.solverSide(t, gid)
	// Each of the solver's polls moves the chain's clock a second: polling
	// slowly, it leaves the challenger the wall time a setup and proofs take.
	solverSide.Poll = 500 * time.Millisecond
	challenger := sc.challengerSide(t, gid)
	challenger.Prove = nil
	challenger.ProveChunk = prove
	sides := []*Side{solverSide, challenger}
	winners, errs := playSides(ctx, cancel, k.sim, sides)
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	require.Equal(t, []uint8{SideChallenger, SideChallenger}, winners)
	require.NotNil(t, ruling)
	out, err := k.game.Outcome(k.sim.Call(), gid)
	require.NoError(t, err)
	require.False(t, out.TimedOut, "won by the proof, not the clock")
	st, err := k.game.Status(k.sim.Call(), gid)
	require.NoError(t, err)
	require.EqualValues(t, sc.res.Node, st.Lo)

	verifierBefore := k.free(verifierAcct)
	k.send("settleByGame")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), sc.did, gid))
	tm := k.terms
	half := int64(tm.SolverStake) * int64(tm.WinnerShare) / 100
	assert.EqualValues(t, verifierBefore+int64(tm.VerifierStake+tm.VerifierFee)+half, k.free(verifierAcct))
	tk, err := k.m.GetTask(k.sim.Call(), sc.task1)
	require.NoError(t, err)
	require.Equal(t, TaskSlashed, tk.Phase)
	rep := ruling.Ruling.Report
	t.Logf("step %d operator %d (%s), chunk %v: %d constraints, proof %d bytes, setup %v, prove %v\n%s", sc.res.Step, sc.res.Node, sc.res.NodeName,
		ruling.Index, rep.Constraints, rep.ProofBytes, rep.SetupTime, rep.ProveTime, k.sim.Gas.Table())
}

// badAnswer is the reason a BadAnswer revert gives.
func badAnswer(t *testing.T, err error) string {
	t.Helper()
	var de interface{ ErrorData() interface{} }
	require.True(t, errors.As(err, &de))
	data, derr := hexutil.Decode(de.ErrorData().(string))
	require.NoError(t, derr)
	args, derr := GameABI().Errors["BadAnswer"].Inputs.Unpack(data[4:])
	require.NoError(t, derr)
	return args[0].(string)
}

// newHparamLieCase is a sides case on tiny-fixed between a bundle trained
// at a lied learning rate (spoof's hparam-lie) and an honest one, both
// trained here, and the task.
func newHparamLieCase(t *testing.T) (*sidesCase, *prooflearn.Task) {
	t.Helper()
	task := testbundle.ShippedTask(t, "tiny-fixed")
	data := testbundle.Data(t)
	honestDir, forgedDir := filepath.Join(t.TempDir(), "honest"), filepath.Join(t.TempDir(), "lie")
	_, err := solver.Train(t.Context(), task, data.Train, honestDir)
	require.NoError(t, err)
	_, err = spoof.Build(t.Context(), "hparam-lie", task, data.Train, forgedDir)
	require.NoError(t, err)
	sc := newSidesCaseFrom(t, task, data.Train, forgedDir, honestDir)
	return sc, task
}
