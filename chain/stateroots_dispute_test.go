package chain

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// TestStateRootsMismatchDecided: a solver publishes its honest bundle but
// commits a state-roots root the bundle does not give (the right roots in
// another order). The verifier's node rejects on it (CheckStateRoot), which
// opens a dispute; no game can be opened on it, since neither the start
// nor the solver's claim opens against the commitment, so the dispute
// falls to the arbiter, who recomputes the commitment from the bundle and
// decides it: the solver is slashed and the rejecting verifier paid. Only
// the arbiter decides, once, and the dispute has no game to settle.
func TestStateRootsMismatchDecided(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the tiny task's bundle (about 10 s)")
	}
	task, _, dir := testbundle.Honest(t)
	b, err := arbitration.OpenBundle(dir, task)
	require.NoError(t, err)
	roots, err := StateRoots(b)
	require.NoError(t, err)
	swapped := append([]prooflearn.Hash(nil), roots...)
	swapped[0], swapped[1] = swapped[1], swapped[0]

	k := newMarket(t)
	k.shape, err = TaskShapeOf(task)
	require.NoError(t, err)
	k.stateRoot = prooflearn.MerkleRoot(swapped)

	// The verifier's check: the chain's commitment is not the bundle's.
	require.ErrorIs(t, CheckStateRoot(k.stateRoot, b), ErrStateRoots)
	rej := verdict{accepted: false, passed: new(big.Int), salt: [32]byte{7}}
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, rej)
	did := k.nextDispute()
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, rej.accepted, rej.passed, rej.salt))
	d, err := k.m.Disputes(k.sim.Call(), did)
	require.NoError(t, err)
	require.Equal(t, id, d.Task)
	require.Equal(t, k.sim.Addrs[verifierAcct], d.Challenger)

	// No game: no segment's start opens against the commitment (leaves 0
	// and 1 are swapped; a later segment's leaves stand where the bundle
	// has them, but their paths pass through the swapped pair's node).
	nodes, err := train.StepNodes(task, 0)
	require.NoError(t, err)
	for _, seg := range []int{0, 1, 7} {
		from := seg * task.CheckpointInterval
		start, err := b.Checkpoint(seg)
		require.NoError(t, err)
		sp, cp, err := StatePaths(roots, seg)
		require.NoError(t, err)
		spec := CaseSpec(&arbitration.Case{Task: task, FromStep: from, ToStep: from + task.CheckpointInterval, Start: start,
			Claims: map[arbitration.Party]prooflearn.Hash{arbitration.PartySolver: roots[seg+1], arbitration.PartyChallenger: {1}}}, nodes)
		k.reverts("StartNotCommitted")(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), did, big.NewInt(int64(seg)), spec, sp, cp))
	}
	// A game that is not this dispute's settles nothing.
	k.reverts("GameNotOfMarket")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), did, big.NewInt(1)))

	// The arbiter recomputes the commitment from the bundle and rules.
	require.ErrorIs(t, CheckStateRoot(k.stateRoot, b), ErrStateRoots)
	k.reverts("NotAllowed")(k.m.Decide(k.sim.Opts(verifierAcct, nil), did, true, false, big.NewInt(0)))
	k.reverts("NotAllowed")(k.m.Decide(k.sim.Opts(solverAcct, nil), did, false, false, big.NewInt(0)))
	verifierBefore, jackpotBefore := k.free(verifierAcct), k.jackpot()
	k.send("decide")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), did, true, false, big.NewInt(0)))
	tm := k.terms
	half := int64(tm.SolverStake) * int64(tm.WinnerShare) / 100
	require.EqualValues(t, verifierBefore+int64(tm.VerifierStake+tm.VerifierFee)+half, k.free(verifierAcct))
	require.EqualValues(t, jackpotBefore+int64(tm.SolverStake)-half, k.jackpot())
	require.Zero(t, k.locked(solverAcct))
	got, err := k.m.GetTask(k.sim.Call(), id)
	require.NoError(t, err)
	require.Equal(t, TaskSlashed, got.Phase)
	require.False(t, got.VerifierSlashed)
	// Once decided, nobody rules on it again.
	k.reverts("AlreadySettled")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), did, false, false, big.NewInt(0)))
}
