package chain

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// simParty is account i of a simulated chain as a Party; its Poke moves the
// chain's clock on by step.
type simParty struct {
	s    *Sim
	i    int
	step time.Duration
}

func (p simParty) Opts(v *big.Int) *bind.TransactOpts { return p.s.Opts(p.i, v) }
func (p simParty) Call() *bind.CallOpts               { return p.s.Call() }

// Poke mines what is pending, then moves the clock; when another party's
// transaction arrived in between, the clock moves with the block that
// mines it instead.
func (p simParty) Poke(context.Context) error {
	p.s.Commit()
	if err := p.s.Advance(p.step); err != nil {
		p.s.Commit()
	}
	return nil
}
func (p simParty) Send(name string) func(*types.Transaction, error) (*types.Receipt, error) {
	return func(tx *types.Transaction, err error) (*types.Receipt, error) { return p.s.Send(name, tx, err) }
}

// sidesCase is a cheating solver's task on the market: the forged bundle
// (one weight of checkpoint 12 changed, re-committed) rejected by the
// verifier, whose rejection opened dispute did; c is the case the
// challenger finds, res the Go game's result on it.
type sidesCase struct {
	k      *market
	task   *prooflearn.Task
	data   train.Dataset
	forged *arbitration.Bundle
	honest *arbitration.Bundle
	c      *arbitration.Case
	cp     arbitration.Player
	res    *arbitration.Result
	did    *big.Int
	task1  *big.Int
}

func newSidesCase(t *testing.T) *sidesCase {
	task, data, honestDir := testbundle.Honest(t)
	_, _, forgedDir := testbundle.Honest(t)
	forge(t, forgedDir, 12, func(c *prooflearn.Checkpoint) { c.Params[3].F32[0] += 0.01 })
	return newSidesCaseFrom(t, task, data.Train, forgedDir, honestDir)
}

// newSidesCaseFrom is newSidesCase on any task with the forged and honest
// bundles in the given directories.
func newSidesCaseFrom(t *testing.T, task *prooflearn.Task, data train.Dataset, forgedDir, honestDir string) *sidesCase {
	honest, err := arbitration.OpenBundle(honestDir, task)
	require.NoError(t, err)
	forged, err := arbitration.OpenBundle(forgedDir, task)
	require.NoError(t, err)
	c, err := arbitration.CaseFromBundles(task, data, forged, honest)
	require.NoError(t, err)
	sp, cp, err := arbitration.NewPlayers(c, data, forged, honest)
	require.NoError(t, err)
	res, err := arbitration.Play(t.Context(), c, sp, cp)
	require.NoError(t, err)
	require.Equal(t, arbitration.PartyChallenger, res.Winner)
	// The challenger's own player, fresh: the one above has played.
	_, cp, err = arbitration.NewPlayers(c, data, forged, honest)
	require.NoError(t, err)

	k := newMarket(t)
	// The task's shape on-chain and the forged bundle's state roots, as
	// the solver commits them: openGame checks the case against both.
	k.shape, err = TaskShapeOf(task)
	require.NoError(t, err)
	k.taskHash = task.Hash()
	k.stateRoot, err = StateRootsRoot(forged)
	require.NoError(t, err)
	rej := verdict{accepted: false, passed: new(big.Int), salt: [32]byte{4}}
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, rej)
	did := k.nextDispute()
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, rej.accepted, rej.passed, rej.salt))
	return &sidesCase{k: k, task: task, data: data, forged: forged, honest: honest, c: c, cp: cp, res: res, did: did, task1: id}
}

// openGame has the challenger (the verifier that rejected) open the case's
// game in the market, and returns its id.
func (sc *sidesCase) openGame(t *testing.T) *big.Int {
	nodes, err := train.StepNodes(sc.task, sc.c.FromStep)
	require.NoError(t, err)
	k := sc.k
	roots, err := StateRoots(sc.forged)
	require.NoError(t, err)
	sp, cp, err := StatePaths(roots, sc.c.Segment)
	require.NoError(t, err)
	k.send("openGame")(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), sc.did, big.NewInt(int64(sc.c.Segment)), CaseSpec(sc.c, nodes), sp, cp))
	d, err := k.m.Disputes(k.sim.Call(), sc.did)
	require.NoError(t, err)
	require.NotZero(t, d.Game.Sign())
	return d.Game
}

// solverSide fields the solver's side from the chain alone: the game's case
// and the market's segment, with its own (forged) bundle.
func (sc *sidesCase) solverSide(t *testing.T, gid *big.Int) *Side {
	k := sc.k
	d, err := k.m.Disputes(k.sim.Call(), sc.did)
	require.NoError(t, err)
	seg := int(d.Segment.Int64())
	start, err := sc.forged.Checkpoint(seg)
	require.NoError(t, err)
	c, err := GameCase(k.sim.Call(), k.game, gid, sc.task, seg, start)
	require.NoError(t, err)
	sp, err := arbitration.NewBundlePlayer(c, sc.data, sc.forged)
	require.NoError(t, err)
	return &Side{Game: k.game, ID: gid, Side: SideSolver, Player: sp, Task: sc.task, FromStep: c.FromStep, Poll: 10 * time.Millisecond, Logf: t.Logf}
}

// challengerSide is the challenger's side; its ruling is the arbiter's:
// the arbiter re-executes the game's case from the solver's bundle
// (RuleGame) and attests the public input only when it finds the solver's
// output wrong, and the challenger proves with that attestation.
func (sc *sidesCase) challengerSide(t *testing.T, gid *big.Int) *Side {
	k := sc.k
	prove := func(ctx context.Context, in [4]*big.Int) ([8]*big.Int, bool, error) {
		var proof [8]*big.Int
		for i := range proof {
			proof[i] = new(big.Int)
		}
		ruled, err := RuleGame(ctx, k.sim.Call(), k.game, gid, sc.task, sc.data, sc.forged)
		if err != nil || !ruled.SolverWrong {
			return proof, false, err
		}
		tx, err := k.ruling.Attest(k.sim.Opts(arbiterAcct, nil), ruled.Input)
		if _, err = k.sim.Send("RulingByArbiter.attest", tx, err); err != nil {
			return proof, false, err
		}
		ok, err := RulingAttested(k.sim.Call(), k.sim.Contracts, k.game, in)
		return proof, ok, err
	}
	return &Side{Game: k.game, ID: gid, Side: SideChallenger, Player: sc.cp, Task: sc.task, FromStep: sc.c.FromStep, Prove: prove, Poll: 10 * time.Millisecond, Logf: t.Logf}
}

// TestSidesPlayFromChain: each side of a market's dispute plays on its own
// from contract state (two goroutines, each with its own key and player,
// reading nothing of the other but the chain): the contract pins the Go
// game's step and operator in as many rounds, the challenger wins by the
// ruling, and anyone pays it out.
func TestSidesPlayFromChain(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two bundles and plays a full game (about 15 s)")
	}
	sc := newSidesCase(t)
	k := sc.k
	gid := sc.openGame(t)
	sides := []*Side{sc.solverSide(t, gid), sc.challengerSide(t, gid)}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	winners, errs := playSides(ctx, cancel, k.sim, sides)
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	require.Equal(t, []uint8{SideChallenger, SideChallenger}, winners)
	st, err := k.game.Status(k.sim.Call(), gid)
	require.NoError(t, err)
	require.EqualValues(t, sc.res.Rounds, st.Rounds)
	require.EqualValues(t, sc.res.Node, st.Lo, "the contract pinned operator %d, the Go game %d", st.Lo, sc.res.Node)
	out, err := k.game.Outcome(k.sim.Call(), gid)
	require.NoError(t, err)
	require.False(t, out.TimedOut)

	verifierBefore := k.free(verifierAcct)
	k.send("settleByGame")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), sc.did, gid))
	tm := k.terms
	half := int64(tm.SolverStake) * int64(tm.WinnerShare) / 100
	require.EqualValues(t, verifierBefore+int64(tm.VerifierStake+tm.VerifierFee)+half, k.free(verifierAcct))
	task, err := k.m.GetTask(k.sim.Call(), sc.task1)
	require.NoError(t, err)
	require.Equal(t, TaskSlashed, task.Phase)
	t.Logf("game on step %d operator %d (%s), %d rounds\n%s", sc.res.Step, sc.res.Node, sc.res.NodeName, st.Rounds, k.sim.Gas.Table())
}

// TestSideThatStopsLoses: the chess clocks. A solver that never answers,
// and one that stops after two answers (a process killed mid-game), loses
// by timeout to a challenger that keeps polling and claims it.
func TestSideThatStopsLoses(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two bundles (about 10 s)")
	}
	for _, stopAfter := range []int{0, 2} {
		sc := newSidesCase(t)
		k := sc.k
		gid := sc.openGame(t)
		var solverErr error
		var wg sync.WaitGroup
		if stopAfter > 0 {
			// It answers, then stops moving but keeps watching: it sees
			// itself lose.
			s := sc.solverSide(t, gid)
			s.StopAfter = stopAfter
			wg.Add(1)
			go func() {
				defer wg.Done()
				var w uint8
				w, solverErr = s.Play(t.Context(), simParty{k.sim, solverAcct, time.Second})
				if solverErr == nil && w != SideChallenger {
					solverErr = fmt.Errorf("the stopped solver saw side %d win", w)
				}
			}()
		}
		// The challenger's pokes move the clock ten minutes at a time.
		w, err := sc.challengerSide(t, gid).Play(t.Context(), simParty{k.sim, verifierAcct, 10 * time.Minute})
		wg.Wait()
		require.NoError(t, err)
		require.NoError(t, solverErr)
		require.Equal(t, SideChallenger, w, "stop after %d", stopAfter)
		out, err := k.game.Outcome(k.sim.Call(), gid)
		require.NoError(t, err)
		require.True(t, out.TimedOut)
		st, err := k.game.Status(k.sim.Call(), gid)
		require.NoError(t, err)
		if stopAfter > 0 {
			require.Greater(t, st.Rounds, uint32(0), "the solver answered before it stopped")
		}
		k.send("settleByGame")(k.m.SettleByGame(k.sim.Opts(otherAcct, nil), sc.did, gid))
		task, err := k.m.GetTask(k.sim.Call(), sc.task1)
		require.NoError(t, err)
		require.Equal(t, TaskSlashed, task.Phase)
	}
}

// playSides plays the solver's and the challenger's sides (in that order)
// at once on the simulated chain until the game ends and returns each
// side's winner and error; an error cancels the other side, which would
// otherwise wait out a clock of hours.
func playSides(ctx context.Context, cancel context.CancelFunc, sim *Sim, sides []*Side) (winners []uint8, errs []error) {
	winners, errs = make([]uint8, len(sides)), make([]error, len(sides))
	var wg sync.WaitGroup
	for i, s := range sides {
		wg.Add(1)
		go func() {
			defer wg.Done()
			winners[i], errs[i] = s.Play(ctx, simParty{sim, []int{solverAcct, verifierAcct}[i], time.Second})
			if errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	return winners, errs
}
