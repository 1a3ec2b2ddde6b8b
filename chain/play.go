package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Party is what one side needs of its connection to play: its transaction
// options, read calls, sending (with gas accounting), and a way to make the
// chain move on when nothing else does. *Client is one.
type Party interface {
	Opts(value *big.Int) *bind.TransactOpts
	Call() *bind.CallOpts
	Send(name string) func(*types.Transaction, error) (*types.Receipt, error)
	Poke(ctx context.Context) error
}

// Prover is a challenger's ruling: given the public input the game asks
// for (DisputeGame.rulingInput), a proof that the solver's output is wrong,
// or ok false when it has none (the solver's output is right, or the
// operator has no circuit), and then the challenger's clock runs out.
type Prover func(ctx context.Context, input [4]*big.Int) (proof [8]*big.Int, ok bool, err error)

// Side plays one side of a DisputeGame on its own, from the chain's state:
// each round it reads the game's phase and bisection interval, asks its
// arbitration.Player the query the Go game would ask (the same midpoints,
// arbitration/game.go), and sends the answer as its own transaction. It
// never sees the other side's answers except through the contract, which
// checks them. While the other side is on move it polls, poking the chain
// so that block time moves, and claims the timeout as soon as the other
// side's clock has run out.
type Side struct {
	Game *bindings.DisputeGame
	ID   *big.Int
	// Side is SideSolver or SideChallenger.
	Side   uint8
	Player arbitration.Player
	// Task names the revealed operators' leaves (train.StepNodes).
	Task *prooflearn.Task
	// FromStep is the segment's first global step (the game's fromStep).
	FromStep int
	// Bond goes with the solver's first answer in a standalone game (nil
	// in a market's game, which takes none).
	Bond *big.Int
	// Prove is the challenger's ruling (nil: it proves nothing).
	Prove Prover
	// ProveChunk, when set, is the challenger's proven chunk ruling
	// (proveChunkWrong), tried before Prove.
	ProveChunk ChunkProver
	// Poll is how long to wait between looks at the chain (default 500 ms).
	Poll time.Duration
	// StopAfter, when positive, makes the side stop answering after that
	// many answers and only wait: a party that stops moving.
	StopAfter int
	// Inner, when set, plays the inner level of a product (chain/inner.go).
	Inner *InnerLevel
	// Logf, when set, is told of every answer.
	Logf func(format string, args ...any)

	answers int
	step    int
}

// Play plays until the game is over and returns its winner.
func (s *Side) Play(ctx context.Context, p Party) (winner uint8, err error) {
	poll := s.Poll
	if poll <= 0 {
		poll = 500 * time.Millisecond
	}
	type round struct {
		phase  uint8
		rounds uint32
	}
	done := map[round]bool{}
	for {
		st, err := s.Game.Status(p.Call(), s.ID)
		if err != nil {
			return 0, err
		}
		if st.Phase == PhaseOver {
			return st.Winner, nil
		}
		if st.Phase < PhaseSteps {
			return 0, fmt.Errorf("chain: game %v does not exist", s.ID)
		}
		r := round{st.Phase, st.Rounds}
		owes := !done[r] && !((st.Phase == PhaseRuling || st.Phase == PhaseInner) && s.Side == SideSolver)
		if owes && (s.StopAfter <= 0 || s.answers < s.StopAfter) {
			err := s.answer(ctx, p, st.Phase, int(st.Lo), int(st.Hi))
			switch why := RevertError(err, GameABI()); {
			case err == nil, why == "AlreadyAnswered":
				done[r] = true
				continue
			case why == "OutOfTime":
				// Too late: the other side claims the game.
				done[r] = true
			default:
				// An answer that checked when estimated can still fail in
				// its block if the round moved on meanwhile (the other side
				// claimed the game); anything else is this side's error.
				if now, serr := s.Game.Status(p.Call(), s.ID); serr == nil && (now.Phase != st.Phase || now.Rounds != st.Rounds) {
					continue
				}
				return 0, fmt.Errorf("chain: %s answering in phase %d: %w (%s)", sideName(s.Side), st.Phase, err, why)
			}
		}
		// The other side is on move: end the game if its clock ran out. A
		// refusal (time left, or the game moved on between the estimate and
		// the block) means: not now.
		if _, err := p.Send("DisputeGame.claimTimeout")(s.Game.ClaimTimeout(p.Opts(nil), s.ID)); err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(poll):
		}
		if err := p.Poke(ctx); err != nil {
			return 0, err
		}
	}
}

// answer sends the side's answer to the round in phase ph over [lo, hi].
func (s *Side) answer(ctx context.Context, p Party, ph uint8, lo, hi int) error {
	name, value, send, err := s.move(ctx, p, ph, lo, hi)
	if err != nil {
		return err
	}
	if send == nil {
		return nil // the challenger has no proof: its clock runs out
	}
	// Estimate first (a refused answer reverts here, with its reason), then
	// send with headroom: the estimate assumed the other side had not
	// answered yet, and if its answer lands first in the same block, this
	// one closes the round and pays for setting up the next.
	o := p.Opts(value)
	o.NoSend = true
	tx, err := send(o)
	if err != nil {
		_, err = p.Send("DisputeGame."+name)(tx, err)
		return err
	}
	o = p.Opts(value)
	o.GasLimit = tx.Gas() + roundHeadroom
	if _, err := p.Send("DisputeGame." + name)(send(o)); err != nil {
		return err
	}
	s.answers++
	if s.Logf != nil {
		s.Logf("%s: %s (phase %d, interval [%d, %d])", sideName(s.Side), name, ph, lo, hi)
	}
	return nil
}

// roundHeadroom is the gas a closing answer may need beyond an opening
// one's estimate: the next round's interval, agreed roots and phase.
const roundHeadroom = 300_000

type sendFunc func(*bind.TransactOpts) (*types.Transaction, error)

// move computes the side's answer with its player and returns the call
// that sends it (nil: nothing to send), with the ether it carries.
func (s *Side) move(ctx context.Context, p Party, ph uint8, lo, hi int) (string, *big.Int, sendFunc, error) {
	g, id, mid := s.Game, s.ID, lo+(hi-lo)/2
	switch ph {
	case PhaseSteps:
		m, err := s.Player.CommitSteps(ctx, arbitration.StepsQuery{})
		if err != nil {
			return "commitSteps", nil, nil, err
		}
		var bond *big.Int
		if s.Side == SideSolver {
			bond = s.Bond
		}
		return "commitSteps", bond, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.CommitSteps(o, id, m.Root, OpeningArg(m.First), OpeningArg(m.Last))
		}, nil
	case PhaseState:
		m, err := s.Player.OpenState(ctx, arbitration.StateQuery{Index: mid})
		if err != nil {
			return "openState", nil, nil, err
		}
		return "openState", nil, func(o *bind.TransactOpts) (*types.Transaction, error) { return g.OpenState(o, id, OpeningArg(*m)) }, nil
	case PhaseNodes:
		m, err := s.Player.CommitNodes(ctx, arbitration.NodesQuery{Index: lo})
		if err != nil {
			return "commitNodes", nil, nil, err
		}
		s.step = int(m.Step)
		return "commitNodes", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.CommitNodes(o, id, m.Step, m.Root, m.Nodes, BindingsArg(m))
		}, nil
	case PhasePrefix:
		m, err := s.Player.OpenPrefix(ctx, arbitration.PrefixQuery{Size: mid})
		if err != nil {
			return "openPrefix", nil, nil, err
		}
		return "openPrefix", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.OpenPrefix(o, id, m.Size, m.Prefix, hashes(m.Proof))
		}, nil
	case PhaseReveal:
		m, err := s.Player.Reveal(ctx, arbitration.RevealQuery{Node: lo})
		if err != nil {
			return "reveal", nil, nil, err
		}
		nodes, err := train.StepNodes(s.Task, s.step)
		if err != nil {
			return "reveal", nil, nil, err
		}
		output, outPath, consistency, inputs := RevealArgs(m, nodes)
		return "reveal", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.Reveal(o, id, m.Node, output, outPath, consistency, inputs)
		}, nil
	case PhasePartials, PhasePartial, PhaseInner:
		return s.innerMove(ctx, p, ph, lo)
	case PhaseRuling:
		if s.Inner != nil {
			if send, ok, err := s.enterInner(ctx, p, lo); err != nil || ok {
				return "openInner", nil, send, err
			}
		}
		if s.ProveChunk != nil {
			r, err := s.ProveChunk(ctx, s.step, lo)
			if err != nil || r != nil {
				if err != nil {
					return "proveChunkWrong", nil, nil, err
				}
				return "proveChunkWrong", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return g.ProveChunkWrong(o, id, r.Inputs, r.InputPaths, r.Output, r.SolverOutput, r.Index, r.Proof)
				}, nil
			}
		}
		if s.Prove == nil {
			return "", nil, nil, nil
		}
		input, err := g.RulingInput(p.Call(), id)
		if err != nil {
			return "proveSolverWrong", nil, nil, err
		}
		proof, ok, err := s.Prove(ctx, [4]*big.Int(input))
		if err != nil || !ok {
			return "", nil, nil, err
		}
		return "proveSolverWrong", nil, func(o *bind.TransactOpts) (*types.Transaction, error) { return g.ProveSolverWrong(o, id, proof) }, nil
	}
	return "", nil, nil, errors.New("chain: no move in this phase")
}

func sideName(s uint8) string {
	if s == SideSolver {
		return "solver"
	}
	return "challenger"
}

// GameCase is the case game id plays, read from the chain (DisputeGame.caseOf),
// fielded with the side's own checkpoint at the segment's start: what
// arbitration.NewBundlePlayer needs. segment is the market's record of the
// game's segment (ProofMarket.disputes). It refuses a start its checkpoint
// does not give: a side cannot defend from a state it did not commit to.
func GameCase(opts *bind.CallOpts, g *bindings.DisputeGame, id *big.Int, task *prooflearn.Task, segment int, start *prooflearn.Checkpoint) (*arbitration.Case, error) {
	k, err := g.CaseOf(opts, id)
	if err != nil {
		return nil, err
	}
	if start == nil || uint64(start.Step) != k.FromStep {
		return nil, fmt.Errorf("chain: game %v starts at step %d, not at the checkpoint given", id, k.FromStep)
	}
	if root := arbitration.StateRoot(start); root != k.Start {
		return nil, fmt.Errorf("chain: game %v starts from state %x, the checkpoint at step %d is %x", id, k.Start, k.FromStep, root)
	}
	c := &arbitration.Case{Task: task, Segment: segment, FromStep: int(k.FromStep), ToStep: int(k.FromStep) + int(k.Steps), Start: start,
		Claims: map[arbitration.Party]prooflearn.Hash{arbitration.PartySolver: k.SolverClaim, arbitration.PartyChallenger: k.ChallengerClaim},
		Replay: !task.Exact()}
	return c, c.Validate()
}
