package chain

import (
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
)

const (
	deployerAcct   = 0
	gameSolver     = 1
	gameChallenger = 2
	gameOther      = 3
)

var (
	gameBond  = big.NewInt(1_000_000)
	gameClock = uint64(3600)
)

type gameEnv struct {
	t    *testing.T
	sim  *Sim
	game *bindings.DisputeGame
	// ruling is the game's RulingByArbiter, whose arbiter is the deployer.
	ruling *bindings.RulingByArbiter
}

func newGameEnv(t *testing.T) *gameEnv {
	sim, err := NewSim(4, new(big.Int).Mul(big.NewInt(100), ether))
	require.NoError(t, err)
	t.Cleanup(func() { _ = sim.Close() })
	_, game, ruling, err := sim.DeployGame(deployerAcct, deployerAcct, gameBond, gameClock)
	require.NoError(t, err)
	return &gameEnv{t: t, sim: sim, game: game, ruling: ruling}
}

func (e *gameEnv) send(name string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) {
		e.t.Helper()
		_, err = e.sim.Send(name, tx, err)
		require.NoError(e.t, err, "revert %s", RevertError(err, GameABI()))
	}
}

func (e *gameEnv) reverts(want string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) {
		e.t.Helper()
		_, err = e.sim.Send("refused", tx, err)
		require.Error(e.t, err)
		require.Equal(e.t, want, RevertError(err, GameABI(), RulingABI()), "%v", err)
	}
}

func (e *gameEnv) status(id *big.Int) (phase, winner uint8, rounds, lo uint32) {
	e.t.Helper()
	st, err := e.game.Status(e.sim.Call(), id)
	require.NoError(e.t, err)
	return st.Phase, st.Winner, st.Rounds, st.Lo
}

// TestDisputeGameMatchesArbiter plays the arbitration game between a
// forged bundle (one weight of checkpoint 12 changed and re-committed) as
// the solver and the honest bundle as the challenger, records both sides'
// answers, replays them as transactions and requires the contract to pin
// the same step and operator and name the Go arbiter's winner.
func TestDisputeGameMatchesArbiter(t *testing.T) {
	task, data, honestDir := testbundle.Honest(t)
	_, _, forgedDir := testbundle.Honest(t)
	forge(t, forgedDir, 12, func(c *prooflearn.Checkpoint) { c.Params[3].F32[0] += 0.01 })
	honest, err := arbitration.OpenBundle(honestDir, task)
	require.NoError(t, err)
	forged, err := arbitration.OpenBundle(forgedDir, task)
	require.NoError(t, err)
	c, err := arbitration.CaseFromBundles(task, data.Train, forged, honest)
	require.NoError(t, err)
	sp, cp, err := arbitration.NewPlayers(c, data.Train, forged, honest)
	require.NoError(t, err)
	rs, rc := NewRecorder(sp), NewRecorder(cp)
	res, err := arbitration.Play(t.Context(), c, rs, rc)
	require.NoError(t, err)
	require.Equal(t, arbitration.ReasonArbiter, res.Reason, res.Detail)

	require.Equal(t, arbitration.PartyChallenger, res.Winner)
	replayOnChain(t, task, data.Train, forged, c, res, rs, rc, honest)
}

// TestDisputeGameSolverStands: the challenger defends a checkpoint with one
// weight changed against the honest solver. The Go arbiter finds the
// solver's output right; on-chain the challenger cannot prove it wrong and
// its clock runs out, so the solver wins there too.
func TestDisputeGameSolverStands(t *testing.T) {
	task, data, dir := testbundle.Honest(t)
	b, err := arbitration.OpenBundle(dir, task)
	require.NoError(t, err)
	steps := task.CheckpointSteps()
	start, err := b.Checkpoint(3)
	require.NoError(t, err)
	c := &arbitration.Case{Task: task, Segment: 3, FromStep: steps[3], ToStep: steps[4], Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
	end, err := b.Checkpoint(4)
	require.NoError(t, err)
	end.Params[2].F32[17] += 0.01
	honest, err := arbitration.NewBundlePlayer(c, data.Train, b)
	require.NoError(t, err)
	liar, err := arbitration.NewReplayPlayer(c, data.Train, b.Batches.Indices[c.FromStep:c.ToStep], arbitration.DefendEnd(end))
	require.NoError(t, err)
	for side, p := range map[arbitration.Party]arbitration.Player{arbitration.PartySolver: honest, arbitration.PartyChallenger: liar} {
		m, err := p.CommitSteps(t.Context(), arbitration.StepsQuery{})
		require.NoError(t, err)
		c.Claims[side] = m.Last.Leaf
	}
	rs, rc := NewRecorder(honest), NewRecorder(liar)
	res, err := arbitration.Play(t.Context(), c, rs, rc)
	require.NoError(t, err)
	require.Equal(t, arbitration.ReasonArbiter, res.Reason, res.Detail)
	require.Equal(t, arbitration.PartySolver, res.Winner)
	replayOnChain(t, task, data.Train, b, c, res, rs, rc, nil)
}

// replayOnChain sends both recorded sides' answers of a game the Go arbiter
// played as transactions, with adversarial answers refused on the way, and
// requires the contract to pin the same step and operator in the same
// rounds and to name the Go arbiter's winner. At the Ruling phase the
// arbiter rules from the solver's bundle alone (RuleGame): it attests
// exactly when the Go arbiter found the solver's output wrong. other, when
// set, is a bundle that is not the solver's: ruling from it finds nothing.
func replayOnChain(t *testing.T, task *prooflearn.Task, data train.Dataset, solver *arbitration.Bundle, c *arbitration.Case, res *arbitration.Result, rs, rc *Recorder, other *arbitration.Bundle) *ArbiterRuling {
	nodes, err := train.StepNodes(task, res.Step)
	require.NoError(t, err)
	startNodes, err := train.StepNodes(task, c.FromStep)
	require.NoError(t, err)
	// The contract takes the step's graph once, at creation: every step of
	// the segment must have the same one.
	require.Equal(t, StateWriters(startNodes), StateWriters(nodes))
	require.Len(t, nodes, len(startNodes))

	e := newGameEnv(t)
	// Game 1 is the task's; game 2 is the same case in another task of the
	// same step graph (another learning rate), played with the same moves.
	otherTask := *task
	otherTask.Optimizer.LearningRate *= 2
	require.NotEqual(t, task.Hash(), otherTask.Hash())
	id, id2 := big.NewInt(1), big.NewInt(2)
	for _, h := range []prooflearn.Hash{task.Hash(), otherTask.Hash()} {
		e.send("create")(e.game.Create(e.sim.Opts(gameChallenger, gameBond), e.sim.Addrs[gameSolver], h, uint64(c.FromStep),
			uint32(c.ToStep-c.FromStep), arbitration.StateRoot(c.Start), c.Claims[arbitration.PartySolver],
			c.Claims[arbitration.PartyChallenger], uint32(len(nodes)), StateWriters(nodes)))
	}
	ms, mc := rs.Moves(e.game, id, nodes), rc.Moves(e.game, id, nodes)
	ms2, mc2 := rs.Moves(e.game, id2, nodes), rc.Moves(e.game, id2, nodes)
	require.Len(t, ms, res.Rounds)
	require.Len(t, mc, res.Rounds)

	// Round 0's adversarial answers: a forged opening, the wrong party, no bond.
	bad := *rc.Steps
	bad.Last.Path = append([]prooflearn.Hash(nil), bad.Last.Path...)
	bad.Last.Path[0][0] ^= 1
	e.reverts("BadAnswer")(e.game.CommitSteps(e.sim.Opts(gameChallenger, nil), id, bad.Root, OpeningArg(bad.First), OpeningArg(bad.Last)))
	e.reverts("BadAnswer")(e.game.CommitSteps(e.sim.Opts(gameChallenger, nil), id, rs.Steps.Root, OpeningArg(rs.Steps.First), OpeningArg(rs.Steps.Last))) // the solver's claim, not its own
	e.reverts("NotAPlayer")(mc[0].Send(e.sim.Opts(gameOther, nil)))
	e.reverts("BadBond")(ms[0].Send(e.sim.Opts(gameSolver, nil)))

	for r := range ms {
		solverOpts := e.sim.Opts(gameSolver, nil)
		if r == 0 {
			solverOpts.Value = gameBond
		}
		// Either side may answer first.
		if r%2 == 0 {
			e.send(ms[r].Name)(ms[r].Send(solverOpts))
			e.reverts("AlreadyAnswered")(ms[r].Send(e.sim.Opts(gameSolver, nil)))
			e.send(mc[r].Name)(mc[r].Send(e.sim.Opts(gameChallenger, nil)))
		} else {
			e.send(mc[r].Name)(mc[r].Send(e.sim.Opts(gameChallenger, nil)))
			e.send(ms[r].Name)(ms[r].Send(solverOpts))
		}
		e.send(ms2[r].Name)(ms2[r].Send(solverOpts))
		e.send(mc2[r].Name)(mc2[r].Send(e.sim.Opts(gameChallenger, nil)))
		if r+1 < len(ms) {
			// A round's answer replayed in the next round is refused: in
			// another phase as such, in the same one as the wrong opening.
			tx, err := mc[r].Send(e.sim.Opts(gameChallenger, nil))
			_, err = e.sim.Send("replayed", tx, err)
			require.Error(t, err)
			why := RevertError(err, GameABI())
			if mc[r+1].Name == mc[r].Name {
				require.Equal(t, "BadAnswer", why, "round %d", r)
			} else {
				require.Equal(t, "WrongPhase", why, "round %d", r)
			}
		}
	}
	phase, _, rounds, lo := e.status(id)
	require.Equal(t, PhaseRuling, phase)
	require.EqualValues(t, res.Rounds, rounds)
	require.EqualValues(t, res.Node, lo, "the contract pinned operator %d, the Go game %d (%s)", lo, res.Node, res.NodeName)

	// The ruling: the arbiter re-executes the case from the solver's
	// bundle and finds the solver's output wrong exactly when the Go
	// arbiter did, on the game's very public input.
	input, err := e.game.RulingInput(e.sim.Call(), id)
	require.NoError(t, err)
	require.EqualValues(t, res.Step, input[0].Int64())
	solverWrong := !res.Verdict.Checks[arbitration.PartySolver].Valid
	ruled, err := RuleGame(t.Context(), e.sim.Call(), e.game, id, task, data, solver)
	require.NoError(t, err)
	require.Equal(t, solverWrong, ruled.SolverWrong, ruled.Why)
	// Game 2 pinned the same step and operator on the same state, prefix,
	// inputs and output, but its ruling input names its own task: the
	// arbiter ruling with this task finds its case not the game's.
	phase2, _, _, lo2 := e.status(id2)
	require.Equal(t, PhaseRuling, phase2)
	require.Equal(t, lo, lo2)
	input2, err := e.game.RulingInput(e.sim.Call(), id2)
	require.NoError(t, err)
	for _, i := range []int{0, 1, 3} {
		require.Zero(t, input[i].Cmp(input2[i]), "field %d", i)
	}
	require.NotZero(t, input[2].Cmp(input2[2]), "the claim digest names the task")
	ruled2, err := RuleGame(t.Context(), e.sim.Call(), e.game, id2, task, data, solver)
	require.NoError(t, err)
	require.False(t, ruled2.SolverWrong, "a ruling with another task's hash is not this game's")
	if other != nil {
		// Another bundle than the solver's (its end is not the solver's
		// claim) is not the game's case: nothing to attest.
		o, err := RuleGame(t.Context(), e.sim.Call(), e.game, id, task, data, other)
		require.NoError(t, err)
		require.False(t, o.SolverWrong)
		require.NotEmpty(t, o.Why)
	}
	var proof [8]*big.Int
	for i := range proof {
		proof[i] = big.NewInt(int64(i + 1))
	}
	e.reverts("AlreadyAnswered")(e.game.ProveSolverWrong(e.sim.Opts(gameSolver, nil), id, proof)) // the solver has nothing left to do
	e.reverts("NotAPlayer")(e.game.ProveSolverWrong(e.sim.Opts(gameOther, nil), id, proof))
	// Only the arbiter attests: neither side nor a stranger can.
	for _, acct := range []int{gameSolver, gameChallenger, gameOther} {
		e.reverts("NotArbiter")(e.ruling.Attest(e.sim.Opts(acct, nil), input))
	}
	// An attestation of another input (another output digest, another
	// operator) does not rule this game.
	for _, field := range []int{1, 3} {
		wrong := input
		wrong[field] = new(big.Int).Add(input[field], big.NewInt(1))
		e.send("RulingByArbiter.attest")(e.ruling.Attest(e.sim.Opts(deployerAcct, nil), wrong))
		e.reverts("NotAttested")(e.game.ProveSolverWrong(e.sim.Opts(gameChallenger, nil), id, proof))
	}
	ok, err := RulingAttested(e.sim.Call(), e.sim.Contracts, e.game, input)
	require.NoError(t, err)
	require.False(t, ok)
	if solverWrong {
		for i := range input {
			require.Zero(t, input[i].Cmp(ruled.Replayed[i]), "field %d of the replayed case is the game's", i)
		}
		e.send("RulingByArbiter.attest")(e.ruling.Attest(e.sim.Opts(deployerAcct, nil), ruled.Input))
		e.reverts("AlreadyAttested")(e.ruling.Attest(e.sim.Opts(deployerAcct, nil), ruled.Input))
		ok, err := RulingAttested(e.sim.Call(), e.sim.Contracts, e.game, input)
		require.NoError(t, err)
		require.True(t, ok)
		e.send("proveSolverWrong")(e.game.ProveSolverWrong(e.sim.Opts(gameChallenger, nil), id, proof))
		// The attestation of game 1's case does not rule game 2's.
		e.reverts("NotAttested")(e.game.ProveSolverWrong(e.sim.Opts(gameChallenger, nil), id2, proof))
	} else {
		// No attestation: the challenger cannot win, and the clock decides.
		require.Nil(t, ruled.Replayed, "the solver's output is right: nothing to compare")
		e.reverts("NotAttested")(e.game.ProveSolverWrong(e.sim.Opts(gameChallenger, nil), id, proof))
		e.reverts("TimeLeft")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
		require.NoError(t, e.sim.Advance(time.Duration(gameClock+1)*time.Second))
		e.reverts("OutOfTime")(e.game.ProveSolverWrong(e.sim.Opts(gameChallenger, nil), id, proof))
		e.send("claimTimeout")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
	}
	phase, winner, _, _ := e.status(id)
	require.Equal(t, PhaseOver, phase)
	want := SideSolver
	if res.Winner == arbitration.PartyChallenger {
		want = SideChallenger
	}
	require.Equal(t, want, winner, "Go arbiter: %s (%s)", res.Winner, res.Detail)
	// The winner takes both bonds, once.
	winnerAcct := gameSolver + int(winner)
	owed, err := e.game.Withdrawable(e.sim.Call(), e.sim.Addrs[winnerAcct])
	require.NoError(t, err)
	require.Zero(t, owed.Cmp(new(big.Int).Mul(gameBond, big.NewInt(2))))
	e.send("withdraw")(e.game.Withdraw(e.sim.Opts(winnerAcct, nil)))
	e.reverts("NothingToWithdraw")(e.game.Withdraw(e.sim.Opts(winnerAcct, nil)))
	t.Logf("dispute at step %d operator %d (%s %s): %d rounds (bound %d), %d operators\n%s",
		res.Step, res.Node, res.Op, res.NodeName, res.Rounds, res.MaxRounds, res.Nodes, e.sim.Gas.Table())
	return ruled
}

// forge changes checkpoint j of the bundle in dir with edit and re-commits
// it: a forged proof whose every commitment checks out.
func forge(t *testing.T, dir string, j int, edit func(*prooflearn.Checkpoint)) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
	require.NoError(t, err)
	edit(c)
	require.NoError(t, bundle.WriteCheckpoint(dir, c))
	m.Checkpoints[j].Leaf = c.LeafHash()
	require.NoError(t, prooflearn.WriteFileAtomic(filepath.Join(dir, bundle.ManifestFile), m.Encode()))
	m, err = bundle.ReadManifest(dir)
	require.NoError(t, err)
	require.NoError(t, bundle.Recommit(dir, m))
}

// stepsCommit builds a side's valid level-1 commitment over k+1 made-up
// state roots from start to claim.
func stepsCommit(t testing.TB, k int, start, claim prooflearn.Hash) (root [32]byte, first, last bindings.DisputeGameOpening) {
	leaves := make([]prooflearn.Hash, k+1)
	leaves[0], leaves[k] = start, claim
	for i := 1; i < k; i++ {
		leaves[i] = prooflearn.LeafHash([]byte{byte(i)})
	}
	tree := prooflearn.NewTree(leaves)
	p0, err := tree.InclusionProof(0)
	require.NoError(t, err)
	pk, err := tree.InclusionProof(k)
	require.NoError(t, err)
	return tree.Root(), OpeningArg(arbitration.Opening{Index: 0, Leaf: start, Path: p0}), OpeningArg(arbitration.Opening{Index: uint32(k), Leaf: claim, Path: pk})
}

// TestDisputeGameClocks: a side that does not answer in time loses; when
// both are out of time the challenger loses; a late answer is refused.
func TestDisputeGameClocks(t *testing.T) {
	e := newGameEnv(t)
	start, sc, cc := prooflearn.LeafHash([]byte("start")), prooflearn.LeafHash([]byte("solver")), prooflearn.LeafHash([]byte("challenger"))
	create := func() *big.Int {
		n, err := e.game.GameCount(e.sim.Call())
		require.NoError(t, err)
		e.send("create")(e.game.Create(e.sim.Opts(gameChallenger, gameBond), e.sim.Addrs[gameSolver], prooflearn.LeafHash([]byte("task")), 100, 10, start, sc, cc, 7, []uint32{5, 6}))
		return n.Add(n, big.NewInt(1))
	}
	e.reverts("BadBond")(e.game.Create(e.sim.Opts(gameChallenger, nil), e.sim.Addrs[gameSolver], prooflearn.LeafHash([]byte("task")), 100, 10, start, sc, cc, 7, []uint32{5, 6}))

	// The solver never answers: the challenger wins and takes its bond back.
	id := create()
	root, first, last := stepsCommit(t, 10, start, cc)
	e.send("commitSteps")(e.game.CommitSteps(e.sim.Opts(gameChallenger, nil), id, root, first, last))
	e.reverts("TimeLeft")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
	require.NoError(t, e.sim.Advance(time.Duration(gameClock+1)*time.Second))
	sroot, sfirst, slast := stepsCommit(t, 10, start, sc)
	e.reverts("OutOfTime")(e.game.CommitSteps(e.sim.Opts(gameSolver, gameBond), id, sroot, sfirst, slast))
	e.send("claimTimeout")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
	phase, winner, _, _ := e.status(id)
	require.Equal(t, PhaseOver, phase)
	require.Equal(t, SideChallenger, winner)
	e.reverts("WrongPhase")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))

	// Neither answers: the solver's claim stands.
	id = create()
	require.NoError(t, e.sim.Advance(time.Duration(gameClock+1)*time.Second))
	e.send("claimTimeout")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
	_, winner, _, _ = e.status(id)
	require.Equal(t, SideSolver, winner)

	// Clocks are per side and cumulative: time spent in one round is gone
	// in the next.
	id = create()
	require.NoError(t, e.sim.Advance(time.Duration(gameClock/2)*time.Second))
	e.send("commitSteps")(e.game.CommitSteps(e.sim.Opts(gameSolver, gameBond), id, sroot, sfirst, slast))
	e.send("commitSteps")(e.game.CommitSteps(e.sim.Opts(gameChallenger, nil), id, root, first, last))
	st, err := e.game.Status(e.sim.Call(), id)
	require.NoError(t, err)
	require.Less(t, st.SolverClock, gameClock/2+1)
	require.Less(t, st.ChallengerClock, gameClock/2+1)
	require.Equal(t, PhaseState, st.Phase)
	require.NoError(t, e.sim.Advance(time.Duration(gameClock/2+1)*time.Second))
	e.send("claimTimeout")(e.game.ClaimTimeout(e.sim.Opts(gameOther, nil), id))
	_, winner, _, _ = e.status(id)
	require.Equal(t, SideSolver, winner)
}

// TestArbiterRulesExactCase: in an exact task (tiny-det) a solver may play
// on chain otherwise than the bundle it published (a segment's inner
// states are not committed on chain): here it publishes the honest bundle
// and defends a forged end. The case the arbiter replays from that bundle
// is not the game's, so it judges the game's claim against the honest
// replay alone and attests: the claim is the honest one and the solver's
// output is not. With the sides swapped (an honest solver, a challenger
// defending the forged end) it attests nothing and the clock decides.
func TestArbiterRulesExactCase(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-det")
	data := testbundle.DataFor(t, task)
	dir := filepath.Join(t.TempDir(), "bundle")
	_, err := solver.Train(t.Context(), task, data.Train, dir)
	require.NoError(t, err)
	b, err := arbitration.OpenBundle(dir, task)
	require.NoError(t, err)
	steps := task.CheckpointSteps()
	for _, tc := range []struct {
		name       string
		solverLies bool
		wantWinner arbitration.Party
	}{
		{"the solver deviates from its bundle", true, arbitration.PartyChallenger},
		{"the challenger lies", false, arbitration.PartySolver},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start, err := b.Checkpoint(3)
			require.NoError(t, err)
			c := &arbitration.Case{Task: task, Segment: 3, FromStep: steps[3], ToStep: steps[4], Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
			end, err := b.Checkpoint(4)
			require.NoError(t, err)
			end.Params[2].F32[17] += 0.01
			honest, err := arbitration.NewBundlePlayer(c, data.Train, b)
			require.NoError(t, err)
			liar, err := arbitration.NewReplayPlayer(c, data.Train, b.Batches.Indices[c.FromStep:c.ToStep], arbitration.DefendEnd(end))
			require.NoError(t, err)
			players := map[arbitration.Party]arbitration.Player{arbitration.PartySolver: honest, arbitration.PartyChallenger: liar}
			if tc.solverLies {
				players[arbitration.PartySolver], players[arbitration.PartyChallenger] = liar, honest
			}
			for side, p := range players {
				m, err := p.CommitSteps(t.Context(), arbitration.StepsQuery{})
				require.NoError(t, err)
				c.Claims[side] = m.Last.Leaf
			}
			rs, rc := NewRecorder(players[arbitration.PartySolver]), NewRecorder(players[arbitration.PartyChallenger])
			res, err := arbitration.Play(t.Context(), c, rs, rc)
			require.NoError(t, err)
			require.Equal(t, arbitration.ReasonArbiter, res.Reason, res.Detail)
			require.Equal(t, tc.wantWinner, res.Winner)
			// The published bundle is the honest one in both cases.
			ruled := replayOnChain(t, task, data.Train, b, c, res, rs, rc, nil)
			require.Equal(t, tc.solverLies, ruled.SolverWrong, ruled.Why)
			require.Equal(t, tc.solverLies, ruled.Exact, "judged against the honest replay: the game's case is not the bundle's")
			if !tc.solverLies {
				require.Contains(t, ruled.Why, "is the honest replay's")
			}
		})
	}
}
