package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// taskFile is where the store keeps the task whose hash is h.
func (p *party) taskFile(h [32]byte) string {
	return filepath.Join(p.store, "tasks", hex.EncodeToString(h[:])+".json")
}

// fileTask puts task in the store under its hash, for the other parties.
func (p *party) fileTask(task *prooflearn.Task) error {
	raw, err := json.MarshalIndent(task, "", "  ")
	if err != nil {
		return err
	}
	path := p.taskFile(task.Hash())
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return prooflearn.WriteFileAtomic(path, raw)
}

// readTask reads the chain's task t from the store: the file must hash to
// the task hash the chain carries and name its dataset root. Once the seed
// is revealed on-chain it is attached, if it opens the task's commitment.
func (p *party) readTask(t bindings.ProofMarketTask) (*prooflearn.Task, error) {
	task, err := prooflearn.ReadTask(p.taskFile(t.TaskHash))
	if err != nil {
		return nil, fmt.Errorf("the task the chain posted: %w", err)
	}
	if task.Hash() != t.TaskHash || task.Dataset.Root != t.DatasetRoot {
		return nil, fmt.Errorf("the store's task hashes to %x, the chain posted %x", task.Hash(), t.TaskHash)
	}
	// The market derives a dispute's case from the shape it recorded; one
	// that is not this task's would cut its disputes up otherwise.
	if err := chain.CheckTaskShape(t.Shape, task); err != nil {
		return nil, err
	}
	if t.Phase < chain.TaskSeeded || t.Phase == chain.TaskAbandoned {
		return task, nil
	}
	return chain.SeededTask(task, t.Seed)
}

// checkStateRoot checks the solver's state-roots commitment on the chain
// against the bundle in dir (chain.CheckStateRoot).
func (p *party) checkStateRoot(t bindings.ProofMarketTask, task *prooflearn.Task, dir string) error {
	b, err := arbitration.OpenBundle(dir, task)
	if err != nil {
		return err
	}
	return chain.CheckStateRoot(t.StateRoot, b)
}

// game is the market's DisputeGame.
func (p *party) game() (*bindings.DisputeGame, error) {
	addr, err := p.m.Game(p.cl.Call())
	if err != nil {
		return nil, err
	}
	return bindings.NewDisputeGame(addr, p.cl.Contracts)
}

// waitGame waits for the verdict on the task and, if it opened a dispute,
// for the dispute's game. It returns a nil game id when there is nothing
// to play: accepted, or the dispute settled without a game.
func (p *party) waitGame(ctx context.Context) (did, gid *big.Int, err error) {
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskVerified })
	if err != nil {
		return nil, nil, err
	}
	if t.Dispute.Sign() == 0 {
		p.logf("verdict in (phase %d, accepted %v): no dispute", t.Phase, t.Accepted)
		return nil, nil, nil
	}
	did = t.Dispute
	for {
		d, err := p.m.Disputes(p.cl.Call(), did)
		if err != nil {
			return nil, nil, err
		}
		if d.Game.Sign() != 0 {
			return did, d.Game, nil
		}
		if d.Settled {
			return did, nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// defend plays the solver's side of the dispute a rejection opened, from
// the chain's case and its own bundle in dir.
func (p *party) defend(ctx context.Context, task *prooflearn.Task, dir string) error {
	did, gid, err := p.waitGame(ctx)
	if err != nil || gid == nil {
		return err
	}
	g, err := p.game()
	if err != nil {
		return err
	}
	d, err := p.m.Disputes(p.cl.Call(), did)
	if err != nil {
		return err
	}
	b, err := arbitration.OpenBundle(dir, task)
	if err != nil {
		return err
	}
	seg := int(d.Segment.Int64())
	start, err := b.Checkpoint(seg)
	if err != nil {
		return err
	}
	c, err := chain.GameCase(p.cl.Call(), g, gid, task, seg, start)
	if err != nil {
		return err
	}
	player, err := arbitration.NewBundlePlayer(c, p.data.Train, b)
	if err != nil {
		return err
	}
	p.logf("dispute %v: defending segment %d (steps %d→%d) in game %v", did, seg, c.FromStep, c.ToStep, gid)
	side := &chain.Side{Game: g, ID: gid, Side: chain.SideSolver, Player: player, Task: task, FromStep: c.FromStep, Logf: p.logf}
	return p.finish(ctx, side, did)
}

// finish plays side to the game's end and, if this side won, pays the
// result out in the market.
func (p *party) finish(ctx context.Context, side *chain.Side, did *big.Int) error {
	w, err := side.Play(ctx, p.cl)
	if err != nil {
		return err
	}
	name := map[uint8]string{chain.SideSolver: "the solver", chain.SideChallenger: "the challenger"}[w]
	if w != side.Side {
		p.logf("game %v over: %s won", side.ID, name)
		return nil
	}
	if _, err := p.cl.Send("settleByGame")(p.m.SettleByGame(p.cl.Opts(nil), did, side.ID)); err != nil && chain.RevertError(err, chain.MarketABI()) != "AlreadySettled" {
		return fmt.Errorf("settleByGame: %w (%s)", err, chain.RevertError(err, chain.MarketABI()))
	}
	p.logf("game %v over: %s (this party) won; settled in the market", side.ID, name)
	return nil
}

// challenge is the rejecting verifier's side of its dispute: it finds the
// disputed segment in the solver's bundle, opens the market's game on it
// and plays the challenger.
func (p *party) challenge(ctx context.Context) error {
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskVerified })
	if err != nil {
		return err
	}
	if t.Dispute.Sign() == 0 {
		p.logf("accepted: nothing to challenge")
		return nil
	}
	did := t.Dispute
	d, err := p.m.Disputes(p.cl.Call(), did)
	if err != nil {
		return err
	}
	if d.Challenger != p.cl.Addr {
		return fmt.Errorf("dispute %v is %s's, not this key's", did, d.Challenger.Hex())
	}
	task, err := p.readTask(t)
	if err != nil {
		return err
	}
	sb, err := arbitration.OpenBundle(filepath.Join(p.store, hex.EncodeToString(t.ProofRoot[:])), task)
	if err != nil {
		return err
	}
	// In tolerant mode the challenger's claim is the honest replay of the
	// solver's own segment: no bundle of its own is needed. A reference
	// bundle (deterministic mode needs one) is another bundle of this task.
	ref := sb
	if p.reference != "" {
		if ref, err = arbitration.OpenBundle(filepath.Join(p.store, p.reference), task); err != nil {
			return err
		}
	}
	// A commitment the bundle does not give opens no game (its leaves are
	// not the bundle's): that dispute is the arbiter's, who recomputes it.
	if err := chain.CheckStateRoot(t.StateRoot, sb); err != nil {
		return fmt.Errorf("dispute %v has no game to play, it is for the arbiter's decide: %w", did, err)
	}
	c, err := arbitration.CaseFromBundles(task, p.data.Train, sb, ref)
	if err != nil {
		return err
	}
	_, player, err := arbitration.NewPlayers(c, p.data.Train, sb, ref)
	if err != nil {
		return err
	}
	g, err := p.game()
	if err != nil {
		return err
	}
	gid := d.Game
	if gid.Sign() == 0 {
		nodes, err := train.StepNodes(task, c.FromStep)
		if err != nil {
			return err
		}
		// The start and the solver's claim open against the solver's
		// state-roots commitment as leaves segment and segment+1.
		roots, err := chain.StateRoots(sb)
		if err != nil {
			return err
		}
		sp, cp, err := chain.StatePaths(roots, c.Segment)
		if err != nil {
			return err
		}
		if _, err := p.cl.Send("openGame")(p.m.OpenGame(p.cl.Opts(nil), did, big.NewInt(int64(c.Segment)), chain.CaseSpec(c, nodes), sp, cp)); err != nil {
			return fmt.Errorf("openGame: %w (%s)", err, chain.RevertError(err, chain.MarketABI()))
		}
		if d, err = p.m.Disputes(p.cl.Call(), did); err != nil {
			return err
		}
		gid = d.Game
	}
	p.logf("dispute %v: %s; playing it in game %v", did, c.Finding, gid)
	side := &chain.Side{Game: g, ID: gid, Side: chain.SideChallenger, Player: player, Task: task, FromStep: c.FromStep,
		Prove: p.prover(ctx, c, sb, ref), Logf: p.logf}
	return p.finish(ctx, side, did)
}

// prover is the challenger's ruling on the operator the game pinned. It
// re-executes the case as the Go arbiter does (arbitration.Play between
// the solver's bundle and the challenger's player, on this machine), and
// only when that finds the solver's output of the same step and operator
// wrong does it establish the ruling: with the stub verifier the network
// deploys, the stub's owner registers the public input (-ruling-key); with
// a zkruling verifier this is where zkruling.ProveOperator's proof goes.
func (p *party) prover(_ context.Context, c *arbitration.Case, sb, ref *arbitration.Bundle) chain.Prover {
	return func(ctx context.Context, in [4]*big.Int) ([8]*big.Int, bool, error) {
		var proof [8]*big.Int
		for i := range proof {
			proof[i] = new(big.Int)
		}
		sp, cp, err := arbitration.NewPlayers(c, p.data.Train, sb, ref)
		if err != nil {
			return proof, false, err
		}
		res, err := arbitration.Play(ctx, c, sp, cp)
		if err != nil {
			return proof, false, err
		}
		if res.Verdict == nil || res.Verdict.Checks[arbitration.PartySolver].Valid ||
			in[0].Int64() != int64(res.Step) || in[1].Int64() != int64(res.Node) {
			p.logf("ruling: the re-execution does not show the solver's output of step %v operator %v wrong (%s)", in[0], in[1], res.Detail)
			return proof, false, nil
		}
		if p.rulingKey == "" {
			return proof, false, errors.New("no -ruling-key: nobody to register the ruling with the stub verifier")
		}
		key, err := crypto.LoadECDSA(p.rulingKey)
		if err != nil {
			return proof, false, err
		}
		rc, err := chain.Dial(ctx, p.rpc, key)
		if err != nil {
			return proof, false, err
		}
		defer rc.Close()
		g, err := p.game()
		if err != nil {
			return proof, false, err
		}
		vaddr, err := g.Ruling(p.cl.Call())
		if err != nil {
			return proof, false, err
		}
		stub, err := bindings.NewRulingVerifierStub(vaddr, rc.Contracts)
		if err != nil {
			return proof, false, err
		}
		r, err := rc.Send("RulingVerifierStub.setAccepts")(stub.SetAccepts(rc.Opts(nil), in, true))
		if err != nil {
			return proof, false, err
		}
		p.cl.Gas.Add("RulingVerifierStub.setAccepts", r.GasUsed)
		p.logf("ruling: step %d operator %d (%s) re-executed; the solver's output is wrong", res.Step, res.Node, res.NodeName)
		return proof, true, nil
	}
}
