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
	"strconv"
	"strings"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/examples/internal/lie"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
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
		// Accepted: a whistleblower may still dispute it until the
		// challenge window closes, and the solver stays to defend.
		p.logf("verdict in (phase %d, accepted %v): watching for a whistleblower until the challenge window closes", t.Phase, t.Accepted)
		if t, err = p.watchWindow(ctx); err != nil || t.Dispute.Sign() == 0 {
			return nil, nil, err
		}
		p.logf("a whistleblower opened dispute %v", t.Dispute)
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

// taskGame waits for the task's dispute game (waitGame) and returns the
// market's record of the task, the task it names and the game; a nil game
// id when there is nothing to play.
func (p *party) taskGame(ctx context.Context) (t bindings.ProofMarketTask, task *prooflearn.Task, g *bindings.DisputeGame, gid *big.Int, err error) {
	if _, gid, err = p.waitGame(ctx); err != nil || gid == nil {
		return t, nil, nil, nil, err
	}
	if t, err = p.m.GetTask(p.cl.Call(), p.id); err != nil {
		return t, nil, nil, nil, err
	}
	if task, err = p.readTask(t); err != nil {
		return t, nil, nil, nil, err
	}
	if g, err = p.game(); err != nil {
		return t, nil, nil, nil, err
	}
	return t, task, g, gid, nil
}

// watchWindow watches an accepted task until a dispute is opened on it, it
// leaves the Verified phase (finalized), or the chain's time passes its
// challenge window (nobody can open one then). It sends nothing: the
// chain's clock moves with the other parties' transactions.
func (p *party) watchWindow(ctx context.Context) (bindings.ProofMarketTask, error) {
	for {
		t, err := p.m.GetTask(p.cl.Call(), p.id)
		if err != nil {
			return t, err
		}
		if t.Dispute.Sign() != 0 || t.Phase != chain.TaskVerified {
			return t, nil
		}
		head, err := p.cl.Eth.HeaderByNumber(ctx, nil)
		if err != nil {
			return t, err
		}
		if head.Time > t.Deadline {
			p.logf("the challenge window closed at %d with no dispute", t.Deadline)
			return t, nil
		}
		select {
		case <-ctx.Done():
			return t, ctx.Err()
		case <-time.After(500 * time.Millisecond):
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
	if p.lie != "" {
		// The lying solver defends its lie: its claim is its committed
		// checkpoint, which only its lying replay gives.
		player, err = lie.Player(c, p.data.Train, b, p.lie)
	}
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
	// An exact task's claim is a bundle's: without -reference the
	// challenger trains its own with the seed the chain revealed, from the
	// reveal on, while the solver trains and the verifier replays.
	type trained struct {
		b   *arbitration.Bundle
		err error
	}
	var own chan trained
	if p.reference == "" && p.task.Exact() {
		t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskSeeded })
		if err != nil {
			return err
		}
		task, err := p.readTask(t)
		if err != nil {
			return err
		}
		own = make(chan trained, 1)
		go func() {
			b, err := p.trainReference(ctx, task)
			own <- trained{b, err}
		}()
	}
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
	switch {
	case p.reference != "":
		if ref, err = arbitration.OpenBundle(filepath.Join(p.store, p.reference), task); err != nil {
			return err
		}
	case own != nil:
		tr := <-own
		if ref, err = tr.b, tr.err; err != nil {
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
	finding := c.Finding
	if finding == "" {
		// An exact task's case names no distance: the checkpoints differ.
		finding = fmt.Sprintf("segment %d (steps %d→%d): the solver's end checkpoint is not the reference's", c.Segment, c.FromStep, c.ToStep)
	}
	p.logf("dispute %v: %s; playing it in game %v", did, finding, gid)
	side := &chain.Side{Game: g, ID: gid, Side: chain.SideChallenger, Player: player, Task: task, FromStep: c.FromStep,
		Prove: p.prover(task, sb, g, gid), Logf: p.logf}
	if task.Mode == prooflearn.ModeFixed {
		// A fixed-mode operator has one correct output: the ruling is a
		// gnark proof of one chunk of it, checked on-chain. An operator no
		// chunk circuit proves (a product), or whose circuit nobody
		// registers, falls back to the arbiter's attestation (Prove).
		side.ProveChunk = p.chunkProver(ctx, c, sb, ref, g, gid)
		// A product with an inner level is bisected further, over its
		// partial products, once the registrar registered its slice
		// circuit; the challenger proves the slice ruling with the
		// registrar's published keys.
		side.Inner = &chain.InnerLevel{Ready: p.sliceReady(task, g, gid)}
	}
	return p.finish(ctx, side, did)
}

// prover is the challenger's ruling on the operator the game pinned
// through the game's RulingByArbiter. It runs the arbiter's own decision
// on this machine (chain.RuleGame: the solver's bundle against the honest
// replay, and in an exact task the game's claim judged against the honest
// replay alone, so a solver that plays otherwise than its bundle is judged
// too), and only when that finds the solver's output of the game's step
// and operator wrong does it wait for the arbiter (its own process, the
// only holder of the arbiter's key) to attest the game's public input,
// then proves with that attestation. It holds no key but its own: what it
// cannot establish, the arbiter's own re-execution must. It gives up, and
// its clock decides, if the game leaves the Ruling phase meanwhile.
func (p *party) prover(task *prooflearn.Task, sb *arbitration.Bundle, g *bindings.DisputeGame, gid *big.Int) chain.Prover {
	return func(ctx context.Context, in [4]*big.Int) ([8]*big.Int, bool, error) {
		var proof [8]*big.Int
		for i := range proof {
			proof[i] = new(big.Int)
		}
		r, err := chain.RuleGame(ctx, p.cl.Call(), g, gid, task, p.data.Train, sb)
		if err != nil {
			return proof, false, err
		}
		if !r.SolverWrong {
			p.logf("ruling: the re-execution does not show the solver's output of step %v operator %v wrong (%s)", in[0], in[1], r.Why)
			return proof, false, nil
		}
		p.logf("ruling: step %v operator %v, %s: the solver's output is wrong; waiting for the arbiter's attestation", in[0], in[1], r.How())
		for {
			ok, err := chain.RulingAttested(p.cl.Call(), p.cl.Contracts, g, in)
			if err != nil {
				return proof, false, err
			}
			if ok {
				p.logf("ruling: the arbiter attested step %v operator %v", in[0], in[1])
				return proof, true, nil
			}
			st, err := g.Status(p.cl.Call(), gid)
			if err != nil {
				return proof, false, err
			}
			if st.Phase != chain.PhaseRuling {
				return proof, false, nil
			}
			select {
			case <-ctx.Done():
				return proof, false, ctx.Err()
			case <-time.After(500 * time.Millisecond):
			}
		}
	}
}

// trainReference trains the task (with the chain's seed) into the store
// and returns the bundle: the challenger's own claim in an exact task.
func (p *party) trainReference(ctx context.Context, task *prooflearn.Task) (*arbitration.Bundle, error) {
	tmp, err := os.MkdirTemp(p.store, ".reference-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	man, err := solver.Train(ctx, task, p.data.Train, tmp)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(p.store, hex.EncodeToString(man.Root[:]))
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, err
	}
	p.logf("trained its own bundle of the task, root %x…", man.Root[:8])
	return arbitration.OpenBundle(dir, task)
}

// chunkProver is the challenger's proven ruling in a fixed-mode game: it
// replays the case here (chain.ReplayChunkCase), in the background from the
// start, so that the replay overlaps the chain's game. At the Ruling phase,
// when the Go arbiter found the solver's output of the same step and
// operator wrong, it waits for the registrar (its own process, the only
// holder of the registrar's key) to register the operator's chunk circuit
// and publish its setup in the store, loads the published keys only if the
// verifier they derive is the registered one (chain.LoadChunkSetup: a
// mismatch ends this process with its reason, before any proof), and proves
// the first differing chunk with them. This process runs no setup and
// registers nothing.
func (p *party) chunkProver(ctx context.Context, c *arbitration.Case, sb, ref *arbitration.Bundle, g *bindings.DisputeGame, gid *big.Int) chain.ChunkProver {
	logger.Disable()
	type replayed struct {
		cc  *chain.ChunkCase
		res *arbitration.Result
		err error
	}
	done := make(chan replayed, 1)
	go func() {
		cc, res, err := chain.ReplayChunkCase(ctx, c, p.data.Train, sb, ref)
		done <- replayed{cc, res, err}
	}()
	return func(ctx context.Context, step, node int) (*chain.ChunkRuling, error) {
		var rp replayed
		select {
		case rp = <-done:
			done <- rp
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		cc, res, err := rp.cc, rp.res, rp.err
		if err != nil {
			if errors.Is(err, chain.ErrNoChunkCircuit) {
				p.logf("ruling: %v; the clock decides", err)
				return nil, nil
			}
			return nil, err
		}
		if cc == nil || res.Step != step || res.Node != node {
			p.logf("ruling: the re-execution does not show the solver's output of step %d operator %d wrong (%s)", step, node, res.Detail)
			return nil, nil
		}
		in, err := g.RulingInput(p.cl.Call(), gid)
		if err != nil {
			return nil, err
		}
		nodes, err := train.StepNodes(c.Task, step)
		if err != nil {
			return nil, err
		}
		p.logf("ruling: step %d operator %d (%s) is wrong; waiting for the registrar's circuit", step, node, res.NodeName)
		var vaddr common.Address
		for {
			vaddr, err = chain.LoadChunkSetup(ctx, p.cl.Contracts, g, c.Task.Hash(), nodes, uint32(node), p.store)
			if !errors.Is(err, chain.ErrNotRegistered) {
				break
			}
			// A registrar that never registers leaves the ruling to the
			// arbiter, which attests once its grace has passed.
			if ok, err := chain.RulingAttested(p.cl.Call(), p.cl.Contracts, g, in); err != nil {
				return nil, err
			} else if ok {
				p.logf("ruling: no circuit registered for operator %d, and the arbiter attested the ruling: proving by its attestation", node)
				return nil, nil
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(500 * time.Millisecond):
			}
		}
		if err != nil {
			return nil, fmt.Errorf("refusing the registrar's published setup of operator %d: %w", node, err)
		}
		r, err := cc.Prove()
		if err != nil {
			return nil, err
		}
		rep := r.Ruling.Report
		setup := p.publishedSetupSeconds(chain.ChunkSetupDir(p.store, chain.StepGraphKey(c.Task.Hash(), nodes), uint32(node)))
		p.logf("ruling: step %d operator %d (%s) proven wrong at chunk %v with the registrar's keys (they derive verifier %s): %d constraints, %d-byte proof, the registrar's setup %.1fs, prove %.1fs",
			step, node, res.NodeName, r.Index, vaddr.Hex(), rep.Constraints, rep.ProofBytes, setup, rep.ProveTime.Seconds())
		if p.rulingReport != "" {
			rr := chain.RulingReport{Step: step, Node: node, NodeName: res.NodeName, Circuit: rep.Circuit, Chunk: r.Index.Int64(), Chunks: r.Ruling.Chunk.Count,
				Constraints: rep.Constraints, ProofBytes: rep.ProofBytes, SetupSeconds: setup, ProveSeconds: rep.ProveTime.Seconds(),
				Verifier: vaddr.Hex(), Reference: hex.EncodeToString(ref.Manifest.Root[:])}
			if err := cli.WriteJSON(p.rulingReport, rr); err != nil {
				return nil, err
			}
		}
		return r, nil
	}
}

// sliceReady is the challenger's wait at the Ruling phase on a product
// with an inner level: for the registrar (its own process) to register the
// product's slice circuit and publish its setup, which it loads only if
// the verifiers the published keys derive are the registered ones
// (chain.LoadSliceSetup: a mismatch ends this process with its reason,
// before any proof); then it opens the inner level. A registrar that never
// registers leaves the ruling to the arbiter, which attests once its grace
// has passed: then the challenger proves by the attestation instead
// (proveSolverWrong). Only the slice ruling is proven here: the rounding
// accusation needs the solver's output values, which a solver that lies
// beside its bundle does not publish.
func (p *party) sliceReady(task *prooflearn.Task, g *bindings.DisputeGame, gid *big.Int) func(ctx context.Context, step, node int) (bool, error) {
	return func(ctx context.Context, step, node int) (bool, error) {
		nodes, err := train.StepNodes(task, step)
		if err != nil {
			return false, err
		}
		in, err := g.RulingInput(p.cl.Call(), gid)
		if err != nil {
			return false, err
		}
		p.logf("ruling: step %d operator %d (%s) is a product with an inner level; waiting for the registrar's slice circuit", step, node, nodes[node].Name)
		for {
			c, err := chain.LoadSliceSetup(ctx, p.cl.Contracts, g, task.Hash(), nodes, uint32(node), p.store)
			if err == nil {
				setup := p.publishedSetupSeconds(chain.SliceSetupDir(p.store, chain.StepGraphKey(task.Hash(), nodes), uint32(node)))
				p.logf("ruling: the registrar's published slice and rounding keys derive the registered verifiers %s and %s (its setup %.1fs): opening the inner level",
					c.Slice.Hex(), c.Round.Hex(), setup)
				return true, nil
			}
			if !errors.Is(err, chain.ErrNotRegistered) {
				return false, fmt.Errorf("refusing the registrar's published slice setup of product %d: %w", node, err)
			}
			if ok, err := chain.RulingAttested(p.cl.Call(), p.cl.Contracts, g, in); err != nil {
				return false, err
			} else if ok {
				p.logf("ruling: no slice circuit registered for product %d, and the arbiter attested the ruling: proving by its attestation", node)
				return false, nil
			}
			st, err := g.Status(p.cl.Call(), gid)
			if err != nil {
				return false, err
			}
			if st.Phase != chain.PhaseRuling {
				return false, nil
			}
			select {
			case <-ctx.Done():
				return false, ctx.Err()
			case <-time.After(500 * time.Millisecond):
			}
		}
	}
}

// publishedSetupSeconds is the setup time the registrar published with a
// circuit's keys (chain.ChunkSetupTime), 0 when unreadable: a figure only.
func (p *party) publishedSetupSeconds(dir string) float64 {
	raw, err := os.ReadFile(filepath.Join(dir, chain.ChunkSetupTime))
	if err != nil {
		return 0
	}
	s, _ := strconv.ParseFloat(strings.TrimSpace(string(raw)), 64)
	return s
}

// register is the game's registrar on one task, a party of its own: the
// only process that holds the registrar's key (the key that deployed
// DisputeGame, the only account registerChunkCircuit accepts). Zero-knowledge
// keys come from a setup (zkruling), so whoever runs the setup can forge
// proofs for its circuit; the registrar runs it, and a party to the
// dispute never does. When the task's dispute reaches its Ruling phase on
// an operator a chunk circuit proves (or a product with an inner level,
// whose slice and rounding circuits it registers instead: registerSlice)
// and the registry holds none for it, the registrar runs the circuit's setup, publishes the constraint system
// and keys in the store (chain.ChunkSetupDir) and deploys and registers the
// verifier they derive (chain.RegisterChunkSetup). It leaves when the game
// is over or the registry already holds the circuit.
func (p *party) register(ctx context.Context) error {
	if p.task.Mode != prooflearn.ModeFixed {
		p.logf("a %s-mode task has no chunk circuit: nothing to register", p.task.Mode)
		return nil
	}
	logger.Disable()
	_, task, g, gid, err := p.taskGame(ctx)
	if err != nil || gid == nil {
		return err
	}
	for {
		st, err := g.Status(p.cl.Call(), gid)
		if err != nil {
			return err
		}
		switch st.Phase {
		case chain.PhaseOver:
			p.logf("game %v over before its Ruling phase: nothing to register", gid)
			return nil
		case chain.PhaseRuling:
			in, err := g.RulingInput(p.cl.Call(), gid)
			if err != nil {
				return err
			}
			step, node := int(in[0].Int64()), uint32(in[1].Int64())
			nodes, err := train.StepNodes(task, step)
			if err != nil {
				return err
			}
			if _, err := chain.ProductOf(nodes, int(node)); err == nil {
				return p.registerSlice(g, gid, task, nodes, step, node)
			}
			if _, _, err := chain.ChunkOperator(nodes, int(node)); err != nil {
				p.logf("game %v ends on step %d operator %d: %v", gid, step, node, err)
				return nil
			}
			c, err := g.CircuitOf(p.cl.Call(), chain.StepGraphKey(task.Hash(), nodes), node)
			if err != nil {
				return err
			}
			if c.Verifier != (common.Address{}) {
				p.logf("game %v ends on step %d operator %d, whose circuit is registered (%s)", gid, step, node, c.Verifier.Hex())
				return nil
			}
			p.logf("game %v ends on step %d operator %d (%s): setting up its chunk circuit", gid, step, node, nodes[node].Name)
			vaddr, setup, err := chain.RegisterChunkSetup(p.cl.Opts(nil), p.cl.Contracts, g, task.Hash(), nodes, node, p.store, p.cl.Send)
			if err != nil {
				return err
			}
			p.logf("set up in %.1fs, keys published in %s, verifier %s deployed and registered", setup.Seconds(),
				chain.ChunkSetupDir(p.store, chain.StepGraphKey(task.Hash(), nodes), node), vaddr.Hex())
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// registerSlice is the registrar's step on a game whose Ruling phase is on
// product node of step, which has an inner level: unless the registry
// holds its slice circuit already, it sets up the product's slice and
// rounding circuits, publishes their keys in the store
// (chain.SliceSetupDir) and deploys and registers the verifiers they derive
// (chain.RegisterSliceSetup).
func (p *party) registerSlice(g *bindings.DisputeGame, gid *big.Int, task *prooflearn.Task, nodes []train.Node, step int, node uint32) error {
	graph := chain.StepGraphKey(task.Hash(), nodes)
	c, err := g.SliceCircuitOf(p.cl.Call(), graph, node)
	if err != nil {
		return err
	}
	if c.Slice != (common.Address{}) {
		p.logf("game %v ends on step %d product %d, whose slice circuit is registered (%s)", gid, step, node, c.Slice.Hex())
		return nil
	}
	p.logf("game %v ends on step %d product %d (%s): setting up its slice and rounding circuits", gid, step, node, nodes[node].Name)
	r, setup, err := chain.RegisterSliceSetup(p.cl.Opts(nil), p.cl.Contracts, g, task.Hash(), nodes, int(node), p.store, p.cl.Send)
	if err != nil {
		return err
	}
	p.logf("set up in %.1fs, keys published in %s, slice verifier %s and rounding verifier %s deployed and registered (%d slices)", setup.Seconds(),
		chain.SliceSetupDir(p.store, graph, node), r.Slice.Hex(), r.Round.Hex(), r.Slices)
	return nil
}

// arbitrate is the arbiter on one task, a party of its own: the only
// process that holds the key of the game's RulingByArbiter. It rules the
// operators no circuit proves: every float-mode one, and in fixed mode an
// operator that neither a chunk circuit nor a product's inner level proves,
// or one whose circuit the registrar has not registered within -grace
// (chain.WhoRules). When the task's dispute game
// reaches its Ruling phase it re-executes the game's case itself from the
// solver's bundle in the store and the honest replay (chain.RuleGame), and
// attests the game's public input only when that re-execution finds the
// solver's output of the game's step and operator wrong on the game's very
// claim. Otherwise it attests nothing and the clock decides. It leaves once
// it has ruled, the proof of a registered circuit rules instead, or the
// game is over.
func (p *party) arbitrate(ctx context.Context) error {
	logger.Disable()
	t, task, g, gid, err := p.taskGame(ctx)
	if err != nil || gid == nil {
		return err
	}
	vaddr, err := g.Ruling(p.cl.Call())
	if err != nil {
		return err
	}
	ruling, err := bindings.NewRulingByArbiter(vaddr, p.cl.Contracts)
	if err != nil {
		return err
	}
	if who, err := ruling.Arbiter(p.cl.Call()); err != nil {
		return fmt.Errorf("the game's ruling verifier %s is no RulingByArbiter: %w", vaddr.Hex(), err)
	} else if who != p.cl.Addr {
		return fmt.Errorf("the game's arbiter is %s, not this key", who.Hex())
	}
	var waiting time.Time // the arbiter's first look at the Ruling phase
	for {
		st, err := g.Status(p.cl.Call(), gid)
		if err != nil {
			return err
		}
		switch st.Phase {
		case chain.PhaseOver:
			p.logf("game %v over (winner %d) with nothing for the arbiter to rule", gid, st.Winner)
			return nil
		case chain.PhaseRuling:
			in, err := g.RulingInput(p.cl.Call(), gid)
			if err != nil {
				return err
			}
			step, node := int(in[0].Int64()), uint32(in[1].Int64())
			if waiting.IsZero() {
				waiting = time.Now()
			}
			who, err := chain.WhoRules(p.cl.Call(), g, task, step, node, time.Since(waiting), p.grace)
			if err != nil {
				return err
			}
			if who == chain.RulerProof {
				p.logf("game %v: operator %d of step %d has a registered circuit: its proof rules, not the arbiter", gid, node, step)
				return nil
			}
			if who == chain.RulerWait {
				break
			}
			if time.Since(waiting) >= p.grace {
				p.logf("game %v: no circuit registered for operator %d of step %d within %v: the arbiter rules", gid, node, step, p.grace)
			}
			if ok, err := ruling.Attested(p.cl.Call(), in); err != nil {
				return err
			} else if ok {
				p.logf("game %v: step %d operator %d already attested", gid, step, node)
				return nil
			}
			dir := filepath.Join(p.store, hex.EncodeToString(t.ProofRoot[:]))
			sb, err := arbitration.OpenBundle(dir, task)
			if err != nil {
				return fmt.Errorf("the solver's bundle %s: %w", dir, err)
			}
			r, err := chain.RuleGame(ctx, p.cl.Call(), g, gid, task, p.data.Train, sb)
			if err != nil {
				return err
			}
			if !r.SolverWrong {
				p.logf("game %v: no attestation for step %d operator %d: %s", gid, step, node, r.Why)
				return nil
			}
			if _, err := p.cl.Send("RulingByArbiter.attest")(ruling.Attest(p.cl.Opts(nil), r.Input)); err != nil {
				return fmt.Errorf("attest: %w (%s)", err, chain.RevertError(err, chain.RulingABI()))
			}
			p.logf("game %v: step %d operator %d, %s: the solver's output is wrong; attested", gid, step, node, r.How())
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
