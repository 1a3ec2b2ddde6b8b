// Command arbiter plays the dispute game between two proof bundles of the
// same task and reports who wins.
//
//	go run ./examples/arbiter -task testdata/tasks/tiny.json -solver-proof proof/ -challenger-proof replay/ -report r.json
//
// Exit status: 0 the solver's proof stands, 1 the challenger wins, 2 error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

const usage = `usage: arbiter -task FILE -solver-proof DIR -challenger-proof DIR [-report FILE.json]
               [-data DIR] [-deadline DURATION] [-quiet] [-prove]
               [-profile PROFILE.json] [-delta l1=X,l2=X,linf=X,cosine=X] [-relative R]

Plays the two-level dispute game between the solver's proof bundle and the
challenger's and reports who wins.

Tolerant mode: the disputed segment is the first segment of the solver's
bundle that, replayed on the seed's batches from the solver's own
checkpoint, does not reproduce the solver's next checkpoint within δ (the
profile's, the task's "delta", or -delta) and ρ (-relative); if every
segment does, the solver's proof stands. The solver defends its committed
checkpoint, the challenger the honest replay from the same start. The
challenger's bundle must back its own commitments (else it forfeits); its
checkpoints, maybe trained on another machine, are not what it defends.

Deterministic mode: the first checkpoint on which the bundles differ bit for
bit fixes the segment, and each side defends its own bundle's checkpoint.

Level 1 bisects over the segment's steps, level 2 over the operators of the
one step the sides split on (forward, backward and optimizer update), and
the arbiter re-executes the first operator whose output they dispute: within
a per-operator error bound in tolerant mode, bit for bit in deterministic
mode. A side that answers wrongly, too late (-deadline per answer) or with
outputs that do not open against its own earlier commitments loses.

The report (-report) holds "winner" ("solver" or "challenger"), "reason",
"finding" (why the segment is disputed), "step", "node", "op", "rounds",
"solver_output" and "challenger_output" (the claimed output hashes of the
disputed operator), and the arbiter's verdict.

-prove (fixed-mode tasks only) proves the ruling with a Groth16 proof
(package zkruling): the operator the arbiter re-executed, on the agreed
inputs, yields the re-execution's output, with MiMC digests of the tensors as
the only public inputs. The proof is checked in Go and by the circuit's
Solidity verifier on a simulated chain (solc from $PROOFLEARN_SOLCJS, the
cache scripts/solc.sh installs into, or solcjs on PATH; without one the
report says so and the proof stands on the Go check). The report's "proof"
holds the circuit, constraints, setup and proving seconds, proof bytes,
verify and deploy gas. An elementwise operator (fx.momentum, fx.sgd,
fx.relu, fx.relugrad, fx.addbias, fx.sqerrgrad) is proven on one 512-value
chunk: the first at which the two sides' outputs differ, every tensor's
chunk-digest list checked against the leaf the game committed; the proof's
"chunk" gives its index, the chunk count and length, the leaf check and
the side the proof is for. Its setup takes about half a minute, whatever
the tensor's size. A product whose inner dimension can be bisected (no
transposes, the output width n dividing 512, 512/n dividing the inner
dimension: the first layer's x·W1) is not ruled whole: -prove plays the
game's inner level (arbitration.WithInnerLevel), which bisects over the
product's partial sums to one row of one slice, or to the rounding of one
row of an output chunk, and proves that (the proof's "slice": kind, slice,
row, chunk, public inputs, leaf check, proven side and, for a rounding, the
side whose chunk the proof shows wrong); the slice circuit has about 51,000
constraints for tiny's 32×784×32, the rounding circuit about 25,500. A
weight gradient Aᵀ·B whose inner dimension is the batch (the first layer's
dW1 = xᵀ·dz) is bisected the same way over the operands' rows, its partials
committed by output chunk, to one chunk of one partial or the rounding of
one output chunk (the "slice" report then says "transposed"; about 167,000
constraints for tiny's 784×32×32, 4 public inputs). Other products and
fx.biasgrad are proven whole, whose setup grows with the operator. A ruling
that cannot be proven exits 2; a
game that ends before the arbiter re-executes an operator has no ruling to
prove, which the report says.

Exit status: 0 the solver's proof stands, 1 the challenger wins, 2 error.
`

// Report is the JSON report.
type Report struct {
	Task     string          `json:"task"`
	TaskHash prooflearn.Hash `json:"task_hash"`
	arbitration.Result
	// Finding says why the segment was disputed.
	Finding string `json:"finding,omitempty"`
	// Proof is the ruling's proof (-prove).
	Proof   *ProofReport `json:"proof,omitempty"`
	Seconds float64      `json:"seconds"`
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("arbiter", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	solverDir := fs.String("solver-proof", "", "the solver's proof bundle")
	challengerDir := fs.String("challenger-proof", "", "the challenger's proof bundle")
	reportPath := fs.String("report", "", "write the JSON report here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	deadline := fs.Duration("deadline", arbitration.DefaultDeadline, "time a side has for each answer")
	quiet := fs.Bool("quiet", false, "no progress lines")
	prove := fs.Bool("prove", false, "prove the ruling with a Groth16 proof and verify it on a simulated chain (fixed mode)")
	profilePath := fs.String("profile", "", "calibrated thresholds written by \"verifier profile\" (tolerant mode)")
	deltaFlag := fs.String("delta", "", "thresholds, e.g. l2=1e-3,linf=1e-4 (default: the profile's, else the task's delta)")
	relative := cli.Float64(fs, "relative", -1, "ρ: largest replay distance as a fraction of the claimed update (default: the profile's, else 0.01)")
	if err := fs.Parse(args); err != nil {
		return cli.ExitError
	}
	if *taskPath == "" || *solverDir == "" || *challengerDir == "" || fs.NArg() > 0 || *deadline <= 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "arbiter: %v\n", err)
		return cli.ExitError
	}
	start := time.Now()
	task, split, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		return fail(err)
	}
	if *prove && task.Mode != prooflearn.ModeFixed {
		return fail(fmt.Errorf("-prove: proofs of a ruling need a fixed-mode task (\"mode\": \"fixed\"), %s is in %s mode", task.Name, task.Mode))
	}
	if split.Train.Root() != task.Dataset.Root {
		return fail(fmt.Errorf("%w: the dataset has root %s, the task commits to %s", prooflearn.ErrCommitment, split.Train.Root(), task.Dataset.Root))
	}
	// As the verifier: -delta overrides only the metrics it names; the
	// others keep the profile's thresholds, else the task's.
	var caseOpts []arbitration.CaseOption
	var deltaBase prooflearn.Thresholds
	if task.Delta != nil {
		deltaBase = task.Delta.Resolve(task)
	}
	if *profilePath != "" {
		p, err := verifier.ReadProfile(*profilePath)
		if err != nil {
			return fail(err)
		}
		if p.TaskHash != task.Hash() {
			return fail(fmt.Errorf("%w: profile %s is for task %s, not %s", prooflearn.ErrInvalidTask, *profilePath, p.TaskHash, task.Hash()))
		}
		deltaBase = p.Thresholds.Resolve(task)
		caseOpts = append(caseOpts, arbitration.WithThresholds(p.Thresholds), arbitration.WithRelative(p.Relative))
	}
	if *deltaFlag != "" {
		th, err := cli.ParseThresholds(*deltaFlag, deltaBase, task)
		if err != nil {
			return fail(err)
		}
		caseOpts = append(caseOpts, arbitration.WithThresholds(th))
	}
	if *relative >= 0 {
		caseOpts = append(caseOpts, arbitration.WithRelative(*relative))
	}
	sb, err := arbitration.OpenBundle(*solverDir, task)
	if err != nil {
		return fail(fmt.Errorf("solver's bundle: %w", err))
	}
	cb, err := arbitration.OpenBundle(*challengerDir, task)
	if err != nil {
		return fail(fmt.Errorf("challenger's bundle: %w", err))
	}
	rep := &Report{Task: task.Name, TaskHash: task.Hash()}
	var ruled *arbitration.OperatorCall
	var ruledOutputs map[arbitration.Party]*prooflearn.Tensor
	c, err := arbitration.CaseFromBundles(task, split.Train, sb, cb, caseOpts...)
	var forfeit *arbitration.ForfeitError
	switch {
	case errors.As(err, &forfeit):
		rep.Result = arbitration.Result{Winner: forfeit.Party.Other(), Loser: forfeit.Party, Reason: arbitration.ReasonForfeit,
			Detail: forfeit.Error(), Segment: -1, Step: -1, Node: -1}
	case errors.Is(err, arbitration.ErrNoDispute):
		rep.Result = arbitration.Result{Winner: arbitration.PartySolver, Loser: arbitration.PartyChallenger, Reason: "no-dispute",
			Detail: err.Error(), Segment: -1, Step: -1, Node: -1}
	case err != nil:
		return fail(err)
	default:
		rep.Finding = c.Finding
		if !*quiet {
			fmt.Fprintf(stderr, "disputed segment %d: steps %d→%d\n", c.Segment, c.FromStep, c.ToStep)
		}
		sp, cp, err := arbitration.NewPlayers(c, split.Train, sb, cb)
		if err != nil {
			return fail(err)
		}
		opts := []arbitration.GameOption{arbitration.WithDeadline(*deadline)}
		if *prove {
			opts = append(opts, arbitration.WithInnerLevel(), arbitration.WithRuledCall(func(c *arbitration.OperatorCall) { ruled = c }),
				arbitration.WithRuledOutputs(func(o map[arbitration.Party]*prooflearn.Tensor) { ruledOutputs = o }))
		}
		if !*quiet {
			opts = append(opts, arbitration.WithProgress(func(round int, query string) {
				fmt.Fprintf(stderr, "round %d: %s\n", round, query)
			}))
		}
		res, err := arbitration.Play(ctx, c, sp, cp, opts...)
		if err != nil {
			return fail(err)
		}
		rep.Result = *res
	}
	var proveErr error
	if *prove {
		if ruled == nil {
			rep.Proof = &ProofReport{Error: "the game ended before the arbiter re-executed an operator: no ruling to prove"}
		} else {
			if !*quiet {
				fmt.Fprintf(stderr, "proving %s (%s)\n", ruled.Op, ruled.Name)
			}
			leaves := map[arbitration.Party]prooflearn.Hash{}
			if rep.SolverOutput != nil && rep.ChallengerOutput != nil {
				leaves[arbitration.PartySolver], leaves[arbitration.PartyChallenger] = *rep.SolverOutput, *rep.ChallengerOutput
			}
			rep.Proof, proveErr = proveRuling(ruled, ruledOutputs, leaves, rep.Inner)
			if proveErr != nil {
				rep.Proof = &ProofReport{Error: proveErr.Error()}
			}
		}
	}
	rep.Seconds = time.Since(start).Seconds()
	summarize(stdout, rep)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, rep); err != nil {
			return fail(err)
		}
	}
	if proveErr != nil {
		return fail(proveErr)
	}
	if rep.Winner == arbitration.PartyChallenger {
		return cli.ExitRejected
	}
	return cli.ExitOK
}

func summarize(w io.Writer, r *Report) {
	fmt.Fprintf(w, "winner: %s (%s)\n", r.Winner, r.Reason)
	if r.Finding != "" {
		fmt.Fprintln(w, r.Finding)
	}
	if r.Step >= 0 {
		fmt.Fprintf(w, "disputed step %d of segment %d", r.Step, r.Segment)
		if r.Node >= 0 {
			fmt.Fprintf(w, ", operator %d of %d: %s (%s)", r.Node, r.Nodes, r.Op, r.NodeName)
		}
		fmt.Fprintln(w)
	}
	if r.SolverOutput != nil && r.ChallengerOutput != nil {
		fmt.Fprintf(w, "solver's output:     %s\nchallenger's output: %s\n", r.SolverOutput, r.ChallengerOutput)
	}
	if r.Verdict != nil {
		for _, p := range []arbitration.Party{arbitration.PartySolver, arbitration.PartyChallenger} {
			c := r.Verdict.Checks[p]
			ok := "correct"
			if !c.Valid {
				ok = "wrong"
			}
			fmt.Fprintf(w, "  %-10s %s", p, ok)
			if c.Bound > 0 {
				fmt.Fprintf(w, " (worst error %.3g, bound %.3g)", c.Error, c.Bound)
			}
			fmt.Fprintln(w)
		}
	}
	if r.Detail != "" {
		fmt.Fprintf(w, "%s\n", r.Detail)
	}
	if p := r.Proof; p != nil {
		switch {
		case p.Error != "":
			fmt.Fprintf(w, "proof: %s\n", p.Error)
		default:
			if c := p.Chunk; c != nil {
				fmt.Fprintf(w, "proven chunk %d of %d (%d values), for the %s: %s\n", c.Index, c.Chunks, c.Length, c.ProvenFor, c.LeafCheck)
			}
			fmt.Fprintf(w, "proof: %s, %d constraints, setup %.1fs, prove %.1fs, %d bytes, verified in Go", p.Circuit, p.Constraints, p.SetupSeconds, p.ProveSeconds, p.ProofBytes)
			if p.Chain != "" {
				fmt.Fprintf(w, "; %s\n", p.Chain)
			} else {
				fmt.Fprintf(w, ", on chain for %d gas (deploy %d)\n", p.VerifyGas, p.DeployGas)
			}
		}
	}
	fmt.Fprintf(w, "rounds: %d (bound %d), %.1fs\n", r.Rounds, r.MaxRounds, r.Seconds)
}
