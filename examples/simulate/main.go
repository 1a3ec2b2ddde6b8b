// Command simulate runs a network of solvers, verifiers and whistleblowers
// over many tasks, with real proofs and real money, and reports who gained
// and who lost.
//
//	go run ./examples/simulate
//	go run ./examples/simulate -tasks 2000 -cheat 0.5 -lazy 0.8 -seed 7 -report sim.json
//
// Exit status: 0 when money was conserved and no party that always behaved
// lost stake, 1 when either guarantee failed, 2 on error.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

const usage = `usage: simulate [-tasks N] [-solvers N] [-verifiers N] [-whistleblowers N]
                [-cheaters F] [-cheat P] [-lazy-verifiers F] [-lazy P]
                [-griefers F] [-grief P] [-forced P] [-silent P] [-purse N]
                [-seed N] [-resolver game|replay] [-variants N]
                [-task FILE] [-data DIR] [-dir DIR] [-report FILE.json] [-quiet]

Simulates a verification network on one task (the tiny task by default).
It trains one honest proof, derives cheating proofs from it by perturbing a
checkpoint and re-committing (blatant ones a verifier's sample catches,
subtle ones it can miss) and forced-error proofs, then runs -tasks tasks:

  each task     a random solver and verifier; the submitter pays reward,
                fee and jackpot tax; solver and verifier lock stakes
  solvers       a -cheaters fraction cheat, each with probability -cheat per task
  verifiers     a -lazy-verifiers fraction are lazy with probability -lazy:
                they declare their sample passed without replaying it
  whistleblowers re-check every accepted task and challenge wrong proofs
                with a bond; a -griefers fraction instead challenge honest
                proofs with probability -grief
  forced errors a -forced rate of tasks are planted wrong proofs: a verifier
                that reports one wins the jackpot prize, one that passes it
                loses its stake
  disputes      are played by the bisection game (-resolver game) or a full
                replay of the solver's proof (-resolver replay); a party
                bound to lose stops answering with probability -silent and
                loses on timeout

It prints each role's gains and losses and checks that money is conserved
and that no party that never misbehaved lost stake.

Exit status: 0 both guarantees held, 1 one failed, 2 error.
`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	cfg := defaultConfig()
	fs.IntVar(&cfg.Tasks, "tasks", cfg.Tasks, "number of tasks")
	fs.IntVar(&cfg.Solvers, "solvers", cfg.Solvers, "number of solvers")
	fs.IntVar(&cfg.Verifiers, "verifiers", cfg.Verifiers, "number of verifiers")
	fs.IntVar(&cfg.Whistleblowers, "whistleblowers", cfg.Whistleblowers, "number of whistleblowers")
	cli.Float64Var(fs, &cfg.Cheaters, "cheaters", cfg.Cheaters, "fraction of solvers that cheat at times")
	cli.Float64Var(fs, &cfg.Cheat, "cheat", cfg.Cheat, "probability a cheating solver cheats on a task")
	cli.Float64Var(fs, &cfg.LazyVerifiers, "lazy-verifiers", cfg.LazyVerifiers, "fraction of verifiers that are lazy at times")
	cli.Float64Var(fs, &cfg.Lazy, "lazy", cfg.Lazy, "probability a lazy verifier skips the replay")
	cli.Float64Var(fs, &cfg.Griefers, "griefers", cfg.Griefers, "fraction of whistleblowers that challenge honest proofs")
	cli.Float64Var(fs, &cfg.Grief, "grief", cfg.Grief, "probability a griefer challenges an accepted honest proof")
	cli.Float64Var(fs, &cfg.Forced, "forced", cfg.Forced, "rate of forced-error tasks")
	cli.Float64Var(fs, &cfg.Silent, "silent", cfg.Silent, "probability a party bound to lose a dispute stops answering")
	fs.Int64Var(&cfg.Purse, "purse", cfg.Purse, "each party's starting balance")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed of the simulation")
	resolverName := fs.String("resolver", "game", "how disputes are decided: game or replay")
	variants := fs.Int("variants", 4, "cheating proofs to derive (each costs one perturbation)")
	taskPath := fs.String("task", "", "task file (default: the embedded tiny task)")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	keep := fs.String("dir", "", "keep the proofs in this directory and reuse its honest proof (default: a temporary one)")
	reportPath := fs.String("report", "", "write the JSON report here")
	quiet := fs.Bool("quiet", false, "no progress")
	if err := fs.Parse(args); err != nil {
		return cli.ExitError
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "simulate: %v\n", err)
		return cli.ExitError
	}
	if err := cfg.validate(); err != nil {
		return fail(err)
	}
	if *variants < 1 || *variants > 64 {
		return fail(fmt.Errorf("-variants %d: want 1…64", *variants))
	}
	if *resolverName != "game" && *resolverName != "replay" {
		return fail(fmt.Errorf("-resolver %q: want game or replay", *resolverName))
	}
	task, err := loadTask(*taskPath)
	if err != nil {
		return fail(err)
	}
	data, err := cli.LoadData(task, *dataDir)
	if err != nil {
		return fail(err)
	}
	dir := *keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "prooflearn-simulate-"); err != nil {
			return fail(err)
		}
		defer os.RemoveAll(dir)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var progress func(solver.Progress)
	if !*quiet {
		bar := cli.NewBar("train")
		progress = func(p solver.Progress) { bar.Update(p.Step, p.Steps, "honest proof") }
	}
	w, err := newWorld(ctx, task, data.Train, dir, *variants, 3, progress)
	if err != nil {
		return fail(err)
	}
	w.resolver = replayResolver{w}
	if *resolverName == "game" {
		w.resolver = newGameResolver(w, data.Train)
	}
	rep, err := simulate(cfg, w, settlement.DefaultTerms())
	if err != nil {
		return fail(err)
	}
	writeSummary(stdout, rep)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, rep); err != nil {
			return fail(err)
		}
	}
	if !rep.Conserved || !rep.HonestNeverLost {
		return cli.ExitRejected
	}
	return cli.ExitOK
}

func loadTask(path string) (*prooflearn.Task, error) {
	if path != "" {
		return prooflearn.ReadTask(path)
	}
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		return nil, err
	}
	return prooflearn.DecodeTask(bytes.NewReader(raw))
}

func writeSummary(w io.Writer, r *Report) {
	c := r.Counts
	fmt.Fprintf(w, "simulated %d tasks (%d skipped: a party could not cover its stake) and %d forced errors, seed %d, disputes by %s\n",
		c.Tasks, c.Skipped, c.ForcedErrors, r.Config.Seed, r.Resolver)
	fmt.Fprintf(w, "cheats      %d: %d rejected by the verifier, %d caught by a whistleblower, %d paid\n",
		c.Cheats, c.CheatsRejected, c.CheatsChallenged, c.CheatsPaid)
	fmt.Fprintf(w, "laziness    %d lazy verdicts; %d verifiers slashed in disputes; forced errors %d reported, %d missed\n",
		c.LazyVerdicts, c.VerifiersSlashed, c.ForcedReported, c.ForcedMissed)
	fmt.Fprintf(w, "disputes    %d (%d decided by timeout, %d by recomputing a check that names no segment, %d opened by griefers), %d game rounds; jackpot paid %d, pool now %d\n",
		c.Disputes, c.DisputesByTimeout, c.Recomputed, c.GriefDisputes, c.GameRounds, c.JackpotPaid, r.Jackpot)
	fmt.Fprintf(w, "\n%-14s %-9s %7s %6s %10s %9s %10s\n", "role", "kind", "parties", "tasks", "net", "net/task", "slashed")
	for _, rr := range r.Roles {
		perTask := 0.0
		if rr.Tasks > 0 {
			perTask = float64(rr.Net) / float64(rr.Tasks)
		}
		fmt.Fprintf(w, "%-14s %-9s %7d %6d %+10d %+9.1f %10d\n", rr.Role, rr.Kind, rr.Parties, rr.Tasks, rr.Net, perTask, rr.Slashed)
	}
	fmt.Fprintf(w, "\nmoney       supply %d, held %d: %s\n", r.Supply, r.Holdings, okWord(r.Conserved, "conserved", "NOT CONSERVED"))
	fmt.Fprintf(w, "honest      %s\n", okWord(r.HonestNeverLost, "no party that always behaved lost stake", "AN HONEST PARTY LOST"))
	for _, v := range r.Violations {
		fmt.Fprintf(w, "  violation: %s\n", v)
	}
}

func okWord(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return strings.ToUpper(no)
}
