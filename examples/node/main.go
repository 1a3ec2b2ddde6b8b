// Command node is one party of a prooflearn task on a chain, in a process of
// its own: it holds its own key, talks to the node over JSON-RPC and follows
// the task through ProofMarket (contracts/ProofMarket.sol).
//
//	node -role submitter  -rpc URL -key FILE -store DIR -market ADDR -task N
//	node -role solver     ... -task N [-forge | -attack NAME | -lie NODE]
//	node -role verifier   ... -task N [-budget F]
//	node -role challenger ... -task N [-reference ROOT]
//	node -role whistleblower ... -task N [-budget F]
//	node -role registrar  ... -task N
//	node -role arbiter    ... -task N [-grace D]
//
// The submitter draws a fresh seed, files the task (testdata/tasks/tiny.json
// with that seed's SHA-256 as its seed_commitment, the seed itself left out)
// in the store under its hash, posts the hash, the dataset root, an on-chain
// seed commitment, the task's shape (chain.TaskShapeOf) and the escrow, and reveals the seed once a solver has
// claimed the task. The solver stakes, reads the seed the chain revealed,
// refuses it unless it opens the task's own commitment (chain.SeededTask),
// trains on the embedded data with it, files its bundle in the store under
// its root and commits the root with its state roots' root
// (chain.StateRootsRoot); if a verifier rejects it, it defends its
// bundle in the dispute's game. The verifier waits two blocks past the root
// for its challenge, stakes, replays the bundle, checks the state-roots
// commitment against it (chain.CheckStateRoot) and commits, then reveals,
// its verdict; a rejection opens a dispute in the same transaction. The
// challenger (the rejecting verifier's key) finds the disputed segment in
// the solver's bundle, opens the market's DisputeGame on it (with the start
// and the solver's claim opened against the solver's state roots) and plays
// its side. Every party refuses a task whose on-chain shape is not its task
// file's (chain.CheckTaskShape). Each side of the game is this process's own: it reads the round
// from the contract, computes its answer with its own arbitration player,
// sends it, and claims the game when the other side's chess clock runs out
// (chain.Side); the winner pays the game's result out in the market
// (settleByGame).
//
// The arbiter (the key of the game's RulingByArbiter, held by no party to
// a dispute) rules the operators no circuit proves: when the task's game
// reaches its Ruling phase, it re-executes the game's case itself from the
// solver's bundle and the honest replay (chain.RuleGame) and attests the
// game's public input only when that finds the solver's output wrong; the
// challenger then proves with the attestation (proveSolverWrong). The
// challenger holds no key but its own.
//
// The registrar (the key that deployed DisputeGame, held by no party to a
// dispute) watches a fixed-mode task's game: when it reaches its Ruling
// phase on an operator a chunk circuit proves, the registrar runs that
// circuit's Groth16 setup, publishes the constraint system and keys in the
// store and registers the verifier they derive; the challenger proves with
// the published keys only once they derive the registered verifier's code.
// On a product with an inner level (chain.ProductOf) it does the same for
// the product's slice and rounding circuits; the challenger then opens the
// inner level, bisects the product's partial products and proves the slice
// ruling (proveSliceWrong) with the published keys. The arbiter waits up to
// -grace for the registrar, then rules itself (chain.WhoRules).
//
// A solver with -lie NODE (fixed mode) trains honestly, then lies at
// product NODE at the middle step of its last segment, consistently: its
// final checkpoint is its lying replay's, recommitted, and it defends the
// lie in the game with that replay (lie.AtProduct).
//
// Bundles travel through -store, a directory every party sees (one host, or
// a shared mount): the simplest content-addressed storage there is, a bundle
// filed under its Merkle root, which is all the chain carries. A verifier
// trusts nothing about the directory but its name: Verify recomputes the
// root from the files and rejects a bundle whose root is not the one
// committed on-chain.
//
// -task N is the task's number on the market: the parties of one run are
// started together and wait on the chain for each other, so each must know
// which task to follow. -gas FILE writes the gas of every call the party
// sent, as JSON.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/examples/internal/lie"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

type config struct {
	role, rpc, keyFile, store, market, gasFile string
	reference, taskFile, attack, lie           string
	rulingReport                               string
	task                                       int64
	forge, lazy                                bool
	budget                                     float64
	timeout, grace                             time.Duration
}

func main() {
	var c config
	flag.StringVar(&c.role, "role", "", "submitter, solver, verifier, challenger, whistleblower, registrar or arbiter")
	flag.StringVar(&c.rpc, "rpc", "http://127.0.0.1:8545", "the node's JSON-RPC URL")
	flag.StringVar(&c.keyFile, "key", "", "the party's private key (hex, as crypto.SaveECDSA writes it)")
	flag.StringVar(&c.store, "store", "", "the bundle store every party shares")
	flag.StringVar(&c.market, "market", "", "ProofMarket's address")
	flag.Int64Var(&c.task, "task", 0, "the task's number on the market")
	flag.BoolVar(&c.forge, "forge", false, "solver: nudge one weight of a middle checkpoint and recommit (a cheating solver)")
	flag.StringVar(&c.attack, "attack", "", "solver: commit the bundle of this spoof attack instead of training (a cheating solver), e.g. hparam-lie")
	flag.StringVar(&c.lie, "lie", "", "solver: in a fixed-mode task, lie consistently at this product (e.g. layer0.xw) in the last segment and defend the lie (a cheating solver)")
	flag.StringVar(&c.taskFile, "task-file", "tiny", "the shipped task (testdata/tasks/NAME.json) every party of the task runs")
	flag.StringVar(&c.rulingReport, "ruling-report", "", "challenger: write the proven ruling's figures (circuit, constraints, proof size, times) to this JSON file")
	flag.Float64Var(&c.budget, "budget", verifier.DefaultBudget, "verifier, whistleblower: the fraction of steps to replay")
	flag.BoolVar(&c.lazy, "lazy", false, "verifier: accept without replaying, declaring every segment passed (a lazy verifier)")
	flag.StringVar(&c.reference, "reference", "", "challenger: the root of a bundle of the same task in the store to dispute against (default: the honest replay alone, tolerant mode)")
	flag.DurationVar(&c.grace, "grace", 10*time.Minute, "arbiter: how long a fixed-mode game pinned to an operator with a chunk circuit waits for the registrar to register it before the arbiter rules instead")
	flag.StringVar(&c.gasFile, "gas", "", "write the gas of the party's calls to this JSON file")
	flag.DurationVar(&c.timeout, "timeout", 10*time.Minute, "give up after this long")
	flag.Parse()
	if err := run(c); err != nil {
		fmt.Fprintf(os.Stderr, "node %s: %v\n", c.role, err)
		os.Exit(cli.ExitError)
	}
}

// party is one role's view of the chain and the task.
type party struct {
	config
	cl     *chain.Client
	m      *bindings.ProofMarket
	id     *big.Int
	task   *prooflearn.Task
	data   *dataset.Split
	logf   func(format string, args ...any)
	window time.Duration
}

func run(c config) error {
	if c.keyFile == "" || c.store == "" || c.task <= 0 || !common.IsHexAddress(c.market) {
		return errors.New("-key, -store, -market and -task are required")
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	key, err := crypto.LoadECDSA(c.keyFile)
	if err != nil {
		return err
	}
	cl, err := chain.Dial(ctx, c.rpc, key)
	if err != nil {
		return err
	}
	defer cl.Close()
	m, err := bindings.NewProofMarket(common.HexToAddress(c.market), cl.Contracts)
	if err != nil {
		return err
	}
	raw, err := testdata.Tasks.ReadFile("tasks/" + c.taskFile + ".json")
	if err != nil {
		return err
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	data, err := dataset.Embedded()
	if err != nil {
		return err
	}
	p := &party{config: c, cl: cl, m: m, id: big.NewInt(c.task), task: task, data: data,
		logf: func(format string, args ...any) {
			fmt.Printf("%s %s task %d: %s\n", c.role, cl.Addr.Hex()[:10], c.task, fmt.Sprintf(format, args...))
		}}
	switch c.role {
	case "submitter":
		err = p.submit(ctx)
	case "solver":
		err = p.solve(ctx)
	case "verifier":
		err = p.verify(ctx)
	case "challenger":
		err = p.challenge(ctx)
	case "whistleblower":
		err = p.whistleblow(ctx)
	case "registrar":
		err = p.register(ctx)
	case "arbiter":
		err = p.arbitrate(ctx)
	default:
		err = fmt.Errorf("unknown role %q", c.role)
	}
	if err == nil && c.gasFile != "" {
		err = cli.WriteJSON(c.gasFile, cl.Gas.Calls())
	}
	return err
}

func (p *party) terms(ctx context.Context) (reward, fee, tax, solverStake, verifierStake *big.Int, err error) {
	t, err := p.m.Terms(p.cl.Call())
	return t.Reward, t.VerifierFee, t.JackpotTax, t.SolverStake, t.VerifierStake, err
}

// submit posts the task with its escrow and reveals the seed once claimed.
func (p *party) submit(ctx context.Context) error {
	n, err := p.m.TaskCount(p.cl.Call())
	if err != nil {
		return err
	}
	if n.Int64()+1 != p.id.Int64() {
		return fmt.Errorf("the market's next task is %d, not %d", n.Int64()+1, p.id)
	}
	reward, fee, tax, _, _, err := p.terms(ctx)
	if err != nil {
		return err
	}
	escrow := new(big.Int).Add(reward, new(big.Int).Add(fee, tax))
	var seed, salt [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return err
	}
	if _, err := rand.Read(salt[:]); err != nil {
		return err
	}
	// The task's own seed commitment (SHA-256, inside its hash) and the
	// chain's (keccak256 with a salt) bind the same fresh seed; the task
	// travels through the store without it.
	task := *p.task
	task.Seed, task.SeedCommitment = "", prooflearn.CommitSeed(seed[:])
	if err := p.fileTask(&task); err != nil {
		return err
	}
	// The task's shape goes on-chain with it: openGame derives a dispute's
	// step range and operator graph from it.
	shape, err := chain.TaskShapeOf(&task)
	if err != nil {
		return err
	}
	if _, err := p.cl.Send("postTask")(p.m.PostTask(p.cl.Opts(escrow), task.Hash(), task.Dataset.Root, chain.SeedCommitment(seed, salt), shape)); err != nil {
		return err
	}
	p.logf("posted %q (hash %.16s…), escrow %v wei", task.Name, task.Hash(), escrow)
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskClaimed })
	if err != nil {
		return err
	}
	if t.Phase != chain.TaskClaimed {
		return fmt.Errorf("task left Claimed before the seed: phase %d", t.Phase)
	}
	if _, err := p.cl.Send("revealSeed")(p.m.RevealSeed(p.cl.Opts(nil), p.id, seed, salt)); err != nil {
		return err
	}
	p.logf("claimed by %s; seed revealed", t.Solver.Hex()[:10])
	return nil
}

// solve claims the task, trains it, files the bundle under its root and
// commits the root.
func (p *party) solve(ctx context.Context) error {
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskPosted })
	if err != nil {
		return err
	}
	if t.Phase != chain.TaskPosted {
		return fmt.Errorf("task %d was taken (phase %d)", p.id, t.Phase)
	}
	if _, err := p.readTask(t); err != nil {
		return err
	}
	if p.lie != "" {
		// Refuse a lie this task cannot carry before staking on it.
		_, step := lie.Segment(p.task)
		if _, err := lie.ProductLie(p.task, step, p.lie); err != nil {
			return fmt.Errorf("-lie %s: %w", p.lie, err)
		}
	}
	_, _, _, stake, _, err := p.terms(ctx)
	if err != nil {
		return err
	}
	if _, err := p.cl.Send("claimTask")(p.m.ClaimTask(p.cl.Opts(stake), p.id)); err != nil {
		return err
	}
	p.logf("claimed, stake %v wei", stake)
	if t, err = chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskSeeded }); err != nil {
		return err
	}
	// Train with the seed the chain revealed, and only if it opens the
	// task's commitment.
	task, err := p.readTask(t)
	if err != nil {
		return err
	}
	p.logf("the chain revealed seed %x…, which opens the task's commitment", t.Seed[:8])
	tmp, err := os.MkdirTemp(p.store, ".train-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var man *prooflearn.Manifest
	if p.attack != "" {
		res, err := spoof.Build(ctx, p.attack, task, p.data.Train, tmp)
		if err != nil {
			return err
		}
		p.logf("built the %s forgery: %s", p.attack, res.Summary)
		if man, err = bundle.ReadManifestFor(tmp, task); err != nil {
			return err
		}
	} else if man, err = solver.Train(ctx, task, p.data.Train, tmp); err != nil {
		return err
	}
	root := man.Root
	if p.forge {
		step, r, err := cli.ForgeWeight(tmp, len(man.Checkpoints)/2)
		if err != nil {
			return err
		}
		p.logf("forged one weight of the checkpoint at step %d and recommitted", step)
		root = r
	}
	if p.lie != "" {
		step, r, err := lie.AtProduct(ctx, tmp, task, p.data.Train, p.lie)
		if err != nil {
			return err
		}
		p.logf("lied at %s at step %d (the last segment), its end state recommitted", p.lie, step)
		root = r
	}
	dir := filepath.Join(p.store, hex.EncodeToString(root[:]))
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	// With the proof root, the root over its checkpoints' state roots: the
	// leaves a game's start and this solver's claim must open in.
	b, err := arbitration.OpenBundle(dir, task)
	if err != nil {
		return err
	}
	stateRoot, err := chain.StateRootsRoot(b)
	if err != nil {
		return err
	}
	if _, err := p.cl.Send("commitRoot")(p.m.CommitRoot(p.cl.Opts(nil), p.id, root, stateRoot)); err != nil {
		return err
	}
	if man.Metrics != nil {
		p.logf("trained %d steps (final loss %.3f), bundle %s, root committed", man.Steps, man.Metrics.FinalLoss, dir)
	} else {
		p.logf("%d steps, bundle %s, root committed", man.Steps, dir)
	}
	return p.defend(ctx, task, dir)
}

// verify waits for the root and its challenge, replays the bundle and
// commits, then reveals, its verdict.
func (p *party) verify(ctx context.Context) error {
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskRooted })
	if err != nil {
		return err
	}
	if t.Phase != chain.TaskRooted {
		return fmt.Errorf("task %d is past Rooted (phase %d)", p.id, t.Phase)
	}
	// The challenge is the hash of the block after the root's, which the
	// solver could not know; it is readable from the block after that.
	if err := p.cl.WaitBlock(ctx, t.RootBlock+2); err != nil {
		return err
	}
	challenge, err := p.m.ChallengeOf(p.cl.Call(), p.id)
	if err != nil {
		return err
	}
	task, err := p.readTask(t)
	if err != nil {
		return err
	}
	dir := filepath.Join(p.store, hex.EncodeToString(t.ProofRoot[:]))
	if p.lazy {
		return p.acceptUnchecked(ctx, task)
	}
	rep, err := verifier.Verify(ctx, task, p.data.Train, dir, verifier.WithChallenge(challenge[:]), verifier.WithBudget(p.budget))
	if err != nil {
		return err
	}
	accepted := rep.Verdict == verifier.Accepted
	if accepted && rep.Root != t.ProofRoot {
		// Verify checks the files against their own root; the chain's is
		// the one the solver is paid for.
		accepted = false
	}
	if accepted {
		// The solver's state-roots commitment binds any game's start and
		// claim; one its bundle does not give is rejected. The bundle alone
		// decides it, so this rejection needs no game: anyone (the arbiter,
		// through decide) recomputes it.
		if err := p.checkStateRoot(t, task, dir); err != nil {
			p.logf("rejecting: %v", err)
			accepted = false
		}
	}
	var segs []int
	for _, s := range rep.Segments {
		if s.Passed {
			segs = append(segs, s.Index)
		}
	}
	if !accepted {
		segs = nil
	}
	if err := p.commitVerdict(ctx, accepted, segs); err != nil {
		return err
	}
	p.logf("%s: replayed %d of %d steps (%d segments, %d findings); verdict committed and revealed",
		rep.Verdict, rep.ReplayedSteps, rep.TotalSteps, len(rep.Segments), len(rep.Findings))
	return nil
}

// acceptUnchecked is a lazy verifier: it stakes and accepts without
// replaying anything, declaring every segment passed, and so stakes its
// deposit on the bundle being right.
func (p *party) acceptUnchecked(ctx context.Context, task *prooflearn.Task) error {
	segs := make([]int, (task.Steps+task.CheckpointInterval-1)/task.CheckpointInterval)
	for i := range segs {
		segs[i] = i
	}
	if err := p.commitVerdict(ctx, true, segs); err != nil {
		return err
	}
	p.logf("ACCEPTED without replaying anything; every one of %d segments declared passed", len(segs))
	return nil
}

// commitVerdict stakes, commits the verdict (accepted, the segments
// passed) under a fresh salt and reveals it.
func (p *party) commitVerdict(ctx context.Context, accepted bool, segs []int) error {
	passed, err := chain.PassedBitmap(segs)
	if err != nil {
		return err
	}
	var salt [32]byte
	if _, err := rand.Read(salt[:]); err != nil {
		return err
	}
	_, _, _, _, stake, err := p.terms(ctx)
	if err != nil {
		return err
	}
	c := chain.VerdictCommitment(p.id, p.cl.Addr, accepted, passed, salt)
	if _, err := p.cl.Send("commitVerdict")(p.m.CommitVerdict(p.cl.Opts(stake), p.id, c)); err != nil {
		return err
	}
	if _, err := p.cl.Send("revealVerdict")(p.m.RevealVerdict(p.cl.Opts(nil), p.id, accepted, passed, salt)); err != nil {
		return err
	}
	return nil
}

// whistleblow is a whistleblower on one task: once the solver's root is
// on-chain it replays the bundle itself (whistleblower.CheckProof, -budget
// of the steps), and if the task's verifier accepted a bundle
// its replay rejects, it opens a dispute with its bond inside the challenge
// window and plays it as the challenger (the game's case, the market's
// payout: a ruling on a segment the verdict declared passed slashes the
// verifier to the whistleblower and the pool).
func (p *party) whistleblow(ctx context.Context) error {
	t, err := chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskRooted })
	if err != nil {
		return err
	}
	task, err := p.readTask(t)
	if err != nil {
		return err
	}
	// The replay (the whistleblower package's full check, at the task's
	// required thresholds) starts as soon as the bundle is committed, so
	// that the finding is ready when the verdict comes.
	dir := filepath.Join(p.store, hex.EncodeToString(t.ProofRoot[:]))
	rep, err := whistleblower.CheckProof(ctx, task, p.data.Train, dir, whistleblower.WithBudget(p.budget))
	if err != nil {
		return err
	}
	p.logf("own replay: %s, %d of %d steps, %d findings", rep.Verdict, rep.ReplayedSteps, rep.TotalSteps, len(rep.Findings))
	if t, err = chain.WaitTask(ctx, p.m, p.id, func(t bindings.ProofMarketTask) bool { return t.Phase >= chain.TaskVerified }); err != nil {
		return err
	}
	switch {
	case t.Phase != chain.TaskVerified || !t.Accepted || t.Dispute.Sign() != 0:
		p.logf("nothing to blow the whistle on: phase %d, accepted %v, dispute %v", t.Phase, t.Accepted, t.Dispute)
		return nil
	case rep.Verdict == verifier.Accepted:
		p.logf("the verifier accepted and the own replay agrees: no dispute")
		return nil
	}
	terms, err := p.m.Terms(p.cl.Call())
	if err != nil {
		return err
	}
	if _, err := p.cl.Send("openDispute")(p.m.OpenDispute(p.cl.Opts(terms.Bond), p.id)); err != nil {
		return fmt.Errorf("openDispute: %w (%s)", err, chain.RevertError(err, chain.MarketABI()))
	}
	p.logf("the verifier %s accepted a bundle the own replay rejects: dispute opened with a bond of %v wei", t.Verifier.Hex()[:10], terms.Bond)
	return p.challenge(ctx)
}
