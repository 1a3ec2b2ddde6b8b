package chain

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
)

// How a tiny game ends (playTiny).
type tinyEnd int

const (
	endRuling           tinyEnd = iota // both answer every round, the challenger proves the solver wrong
	endSolverSilent                    // the solver never answers: the challenger wins on time
	endChallengerSilent                // the challenger never answers: the solver wins on time
	endNoProof                         // both answer every round, the challenger proves nothing: the solver wins on time
)

// The tiny games' task: eight one-step segments of a one-operator step
// writing the only state tensor, whose solver committed made-up state roots
// tinyStates (checkpoints 0..8).
const tinySegments = 8

var (
	tinyStates          = tinyStateRoots(tinySegments + 1)
	tinyChallengerClaim = prooflearn.LeafHash([]byte("challenger end"))
	tinyShape           = bindings.ProofMarketShape{Interval: 1, Steps: tinySegments, GraphHash: GraphHash(1, []uint32{0})}
	tinyTaskHash        = [32]byte{0xaa}
)

func tinyStateRoots(n int) []prooflearn.Hash {
	out := make([]prooflearn.Hash, n)
	for i := range out {
		out[i] = prooflearn.LeafHash(fmt.Appendf(nil, "state %d", i))
	}
	return out
}

// tinySpec is a game on one of the tiny task's segments: every answer is a
// claim or a one-leaf opening, so a market test can play it to any end
// without a bundle.
func tinySpec(segment int) bindings.IMarketGameSpec {
	return bindings.IMarketGameSpec{Task: tinyTaskHash, FromStep: uint64(segment), Steps: 1, Start: tinyStates[segment],
		SolverClaim: tinyStates[segment+1], ChallengerClaim: tinyChallengerClaim, Nodes: 1, Writers: []uint32{0}}
}

// tinyPaths opens tinySpec(segment)'s start and solver claim against the
// tiny task's state-roots commitment.
func tinyPaths(t testing.TB, segment int) (start, claim [][32]byte) {
	t.Helper()
	start, claim, err := StatePaths(tinyStates, segment)
	require.NoError(t, err)
	return start, claim
}

// gameSend sends a DisputeGame transaction that must succeed, and checks
// the market's invariant after it.
func (k *market) gameSend(name string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) {
		k.t.Helper()
		_, err = k.sim.Send(name, tx, err)
		require.NoError(k.t, err, "revert %s", RevertError(err, GameABI()))
		k.checkOwed()
	}
}

// openTinyGame has dispute did's challenger ch open a tinySpec game on
// segment in the market and returns the game's id.
func (k *market) openTinyGame(did *big.Int, ch, segment int) *big.Int {
	k.t.Helper()
	n, err := k.game.GameCount(k.sim.Call())
	require.NoError(k.t, err)
	sp, cp := tinyPaths(k.t, segment)
	k.send("openGame")(k.m.OpenGame(k.sim.Opts(ch, nil), did, big.NewInt(int64(segment)), tinySpec(segment), sp, cp))
	return n.Add(n, big.NewInt(1))
}

// playTiny plays game gid (a tinySpec(segment) game between accounts sol
// and ch) to end; it returns the winner and whether the game ended on time.
func (k *market) playTiny(gid *big.Int, segment, sol, ch int, end tinyEnd) (winner uint8, timedOut bool) {
	t := k.t
	t.Helper()
	answer := func(s int, round int) {
		t.Helper()
		acct, claim := []int{sol, ch}[s], []prooflearn.Hash{tinyStates[segment+1], tinyChallengerClaim}[s]
		o := k.sim.Opts(acct, nil)
		switch round {
		case 0:
			root, first, last := stepsCommit(t, 1, tinyStates[segment], claim)
			k.gameSend("commitSteps")(k.game.CommitSteps(o, gid, root, first, last))
		case 1:
			k.gameSend("commitNodes")(k.game.CommitNodes(o, gid, uint64(segment), claim, 1,
				[]bindings.DisputeGameBinding{{State: 0, Node: 0, Leaf: claim, NodePath: [][32]byte{}, StatePath: [][32]byte{}}}))
		case 2:
			k.gameSend("reveal")(k.game.Reveal(o, gid, 0, claim, [][32]byte{}, [][32]byte{}, []bindings.DisputeGameInputOpening{}))
		}
	}
	timeout := func() {
		t.Helper()
		require.NoError(t, k.sim.Advance(time.Duration(marketGameClock+1)*time.Second))
		k.gameSend("DisputeGame.claimTimeout")(k.game.ClaimTimeout(k.sim.Opts(otherAcct, nil), gid))
	}
	switch end {
	case endSolverSilent:
		answer(1, 0)
		timeout()
	case endChallengerSilent:
		answer(0, 0)
		timeout()
	case endRuling, endNoProof:
		for round := range 3 {
			answer(0, round)
			answer(1, round)
		}
		if end == endNoProof {
			timeout()
			break
		}
		in, err := k.game.RulingInput(k.sim.Call(), gid)
		require.NoError(t, err)
		// An attestation speaks of the computation, not of one game: a
		// second game on the same case is ruled by the first attestation.
		if ok, err := k.ruling.Attested(k.sim.Call(), in); !ok {
			require.NoError(t, err)
			k.gameSend("RulingByArbiter.attest")(k.ruling.Attest(k.sim.Opts(arbiterAcct, nil), in))
		}
		k.gameSend("proveSolverWrong")(k.game.ProveSolverWrong(k.sim.Opts(ch, nil), gid, [8]*big.Int{
			new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)}))
	}
	out, err := k.game.Outcome(k.sim.Call(), gid)
	require.NoError(t, err)
	require.True(t, out.Over)
	return out.Winner, out.TimedOut
}

// TestGameDecidesMarket: a dispute opened in the market is played in its
// DisputeGame and paid out from the game's result by anyone, with no
// trusted address on the way; every way of deciding it otherwise is
// refused with its named error.
func TestGameDecidesMarket(t *testing.T) {
	k := newMarket(t)
	tm := k.terms
	// Task 1: accepted with segment 2 declared passed, then challenged by a
	// whistleblower. Task 2: accepted, challenged by another account.
	v := accept(2)
	id1 := k.openTask(submitterAcct, solverAcct, verifierAcct, v)
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id1, v.accepted, v.passed, v.salt))
	d1 := k.nextDispute()
	k.send("openDispute")(k.m.OpenDispute(k.sim.Opts(whistleAcct, wei(tm.Bond)), id1))
	id2 := k.openTask(submitterAcct, solverAcct, verifierAcct, v)
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id2, v.accepted, v.passed, v.salt))
	d2 := k.nextDispute()
	k.send("openDispute")(k.m.OpenDispute(k.sim.Opts(otherAcct, wei(tm.Bond)), id2))

	// No game yet: nothing to settle from, and only the challenger opens one.
	k.reverts("GameNotOfMarket")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, big.NewInt(1)))
	sp, cp := tinyPaths(t, 2)
	k.reverts("NotAllowed")(k.m.OpenGame(k.sim.Opts(solverAcct, nil), d1, big.NewInt(2), tinySpec(2), sp, cp))
	g1 := k.openTinyGame(d1, whistleAcct, 2)
	g2 := k.openTinyGame(d2, otherAcct, 2)
	k.reverts("GameInProgress")(k.m.OpenGame(k.sim.Opts(whistleAcct, nil), d1, big.NewInt(2), tinySpec(2), sp, cp))
	// Once a game plays the dispute, the move clock and the arbiter are out of it.
	k.reverts("GameInProgress")(k.m.Answer(k.sim.Opts(solverAcct, nil), d1))
	k.reverts("GameInProgress")(k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), d1))
	k.reverts("GameInProgress")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), d1, false, false, big.NewInt(0)))
	// Deciding before the game ends.
	k.reverts("GameNotOver")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, g1))

	// Games created outside the market, one claiming to be for d1 and won
	// by its challenger, one a standalone game with bonds.
	n, err := k.game.GameCount(k.sim.Call())
	require.NoError(t, err)
	outside := n.Add(n, big.NewInt(1))
	k.gameSend("open")(k.game.Open(k.sim.Opts(whistleAcct, nil), k.sim.Addrs[solverAcct], k.sim.Addrs[whistleAcct], d1, tinySpec(2)))
	standalone := new(big.Int).Add(outside, big.NewInt(1))
	k.gameSend("create")(k.game.Create(k.sim.Opts(whistleAcct, big.NewInt(1)), k.sim.Addrs[solverAcct], tinyTaskHash, 2, 1, tinyStates[2], tinyStates[3], tinyChallengerClaim, 1, []uint32{0}))

	// g1 is played through to the ruling; g2, the outside games end on time.
	w, late := k.playTiny(g1, 2, solverAcct, whistleAcct, endRuling)
	require.Equal(t, SideChallenger, w)
	require.False(t, late)
	w, late = k.playTiny(outside, 2, solverAcct, whistleAcct, endSolverSilent)
	require.Equal(t, SideChallenger, w)
	require.True(t, late)
	require.NoError(t, k.sim.Advance(time.Duration(marketGameClock+1)*time.Second))
	for _, g := range []*big.Int{g2, standalone} {
		k.gameSend("DisputeGame.claimTimeout")(k.game.ClaimTimeout(k.sim.Opts(otherAcct, nil), g))
	}

	k.reverts("GameNotOfMarket")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, outside))
	k.reverts("GameNotOfMarket")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, standalone))
	k.reverts("GameNotOfDispute")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, g2))
	k.reverts("GameNotOfDispute")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d2, g1))

	// Anyone settles d1 from g1: the challenger won by a ruling on a
	// segment the verifier declared passed, so both solver and verifier are
	// slashed, as settlement.Decide pays it.
	half := func(a settlement.Amount) int64 { return int64(a) * int64(tm.WinnerShare) / 100 }
	whistleBefore, pool := k.free(whistleAcct), k.jackpot()
	k.send("settleByGame")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, g1))
	require.EqualValues(t, whistleBefore+int64(tm.Bond)+half(tm.SolverStake)+half(tm.VerifierStake), k.free(whistleAcct))
	require.EqualValues(t, pool+int64(tm.SolverStake)-half(tm.SolverStake)+int64(tm.VerifierStake)-half(tm.VerifierStake), k.jackpot())
	task, err := k.m.GetTask(k.sim.Call(), id1)
	require.NoError(t, err)
	require.EqualValues(t, 8, task.Phase) // Slashed
	require.True(t, task.VerifierSlashed)
	// Deciding twice.
	k.reverts("AlreadySettled")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), d1, g1))
	k.reverts("AlreadySettled")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), d1, true, true, big.NewInt(2)))

	// d2's challenger never answered: the solver wins and takes half its bond.
	solverBefore := k.free(solverAcct)
	k.send("settleByGame")(k.m.SettleByGame(k.sim.Opts(verifierAcct, nil), d2, g2))
	require.EqualValues(t, solverBefore+half(tm.Bond), k.free(solverAcct))
	task, err = k.m.GetTask(k.sim.Call(), id2)
	require.NoError(t, err)
	require.EqualValues(t, 6, task.Phase) // Verified again: the proof stands
	require.Zero(t, task.Dispute.Sign())
	t.Log("gas with the game deciding\n" + k.sim.Gas.Table())
}
