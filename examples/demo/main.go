// Command demo is prooflearn's eight stages end to end, in one process, on
// the embedded data:
//
//  1. submit     a submitter publishes the tiny task and escrows the fee;
//
//  2. profile    a verifier calibrates δ by replaying an honest run under
//     legitimate perturbations;
//
//  3. train      an honest solver trains the task;
//
//  4. prove      its checkpoints and batches are committed under one root;
//
//  5. verify     the verifier replays a sample and accepts;
//
//  6. challenge  a cheating solver edits one weight of a middle checkpoint
//     and recommits every leaf and the root; the verifier's replay
//     rejects it, which opens a dispute;
//
//  7. arbitrate  the two-level game pins the dispute to one operator of one
//     step, which the arbiter re-executes;
//
//  8. settle     fees, rewards and slashes are paid, balances before and after.
//
//     go run ./examples/demo [-dir DIR]
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
)

func main() {
	keep := flag.String("dir", "", "keep the proof bundles in this directory (default: a temporary one, removed at exit)")
	flag.Parse()
	if err := run(*keep); err != nil {
		fmt.Fprintf(os.Stderr, "demo: %v\n", err)
		os.Exit(cli.ExitError)
	}
}

// The parties' accounts in the settlement ledger.
const (
	submitter = "submitter"
	honestSol = "solver"
	cheatSol  = "cheating-solver"
	verifierA = "verifier"
)

func stage(n int, name, format string, args ...any) {
	fmt.Printf("%d. %-10s %s\n", n, name, fmt.Sprintf(format, args...))
}

func detail(format string, args ...any) {
	fmt.Printf("   %-10s %s\n", "", fmt.Sprintf(format, args...))
}

func run(keep string) error {
	start := time.Now()
	ctx := context.Background()
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
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
	dir := keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "prooflearn-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	honestDir, cheatDir := filepath.Join(dir, "honest"), filepath.Join(dir, "cheat")

	// 1. submit: the task is public; the submitter escrows reward, fee and
	// jackpot tax for two solvers' runs of it, and the parties stake.
	ledger := settlement.NewLedger()
	for _, a := range []string{submitter, honestSol, cheatSol, verifierA} {
		if err := ledger.Mint(a, 1000); err != nil {
			return err
		}
	}
	market, err := settlement.New(ledger, settlement.DefaultTerms())
	if err != nil {
		return err
	}
	before := holdings(ledger)
	for _, t := range []struct{ id, solver string }{{"honest-run", honestSol}, {"cheat-run", cheatSol}} {
		if err := market.OpenTask(t.id, submitter, t.solver, verifierA); err != nil {
			return err
		}
	}
	terms := market.Terms()
	stage(1, "submit", "task %q (hash %.16s…): MLP %d-%v-%d, %s, %d steps of %d, checkpoint every %d",
		task.Name, task.Hash(), task.Model.Input, task.Model.Hidden, task.Model.Classes, task.Optimizer.Type, task.Steps, task.BatchSize, task.CheckpointInterval)
	detail("dataset %s (%d examples, root %.16s…), seed committed %.16s…", task.Dataset.Name, data.Train.Len(), task.Dataset.Root, task.SeedCommitment)
	detail("posted to two solvers: reward %d, verifier fee %d, jackpot tax %d each; stakes: solver %d, verifier %d",
		terms.Reward, terms.VerifierFee, terms.JackpotTax, terms.SolverStake, terms.VerifierStake)

	// 2. profile
	prof, err := verifier.Calibrate(ctx, task, data.Train, verifier.WithProfileSegments(5))
	if err != nil {
		return err
	}
	names, replays := "", 0
	for i, p := range prof.Perturbations {
		if i > 0 {
			names += ", "
		}
		names += p.Name
		replays += p.Replays
	}
	stage(2, "profile", "δ calibrated from %d honest replays (%s; a short demo calibration)", replays, names)
	detail("δ: L2 %.3g, L∞ %.3g, cosine %.3g; false-reject rate ≤ %.3g per replayed segment", prof.Thresholds.L2, prof.Thresholds.LInf, prof.Thresholds.Cosine, prof.FalseRejectRate)
	withProfile := verifier.WithProfile(prof, "demo calibration")

	// 3. train
	bar := cli.NewBar("train")
	m, err := solver.Train(ctx, task, data.Train, honestDir,
		solver.WithTestSet(data.Test),
		solver.WithProgress(func(p solver.Progress) { bar.Update(p.Step, p.Steps, fmt.Sprintf("loss %.3f", p.Loss)) }))
	if err != nil {
		return err
	}
	stage(3, "train", "final loss %.3f, test accuracy %.1f%% (%d test examples)", m.Metrics.FinalLoss, 100*m.Metrics.TestAccuracy, data.Test.Len())

	// 4. prove
	size, err := dirSize(honestDir)
	if err != nil {
		return err
	}
	stage(4, "prove", "%d checkpoints + %d batches committed, root %s (%.1f MB)", len(m.Checkpoints), m.Steps, m.Root, float64(size)/1e6)

	// 5. verify
	honest, err := verifier.Verify(ctx, task, data.Train, honestDir, withProfile)
	if err != nil {
		return err
	}
	stage(5, "verify", "%s: replayed %d of %d steps (%d segments), largest L2 distance %.3g (δ %.3g)",
		honest.Verdict, honest.ReplayedSteps, honest.TotalSteps, len(honest.Segments), maxL2(honest), honest.Thresholds.L2)
	if honest.Verdict != verifier.Accepted {
		honest.WriteSummary(os.Stdout)
		return fmt.Errorf("the honest bundle was rejected")
	}
	if _, err := market.RecordVerdict("honest-run", true, passed(honest), start); err != nil {
		return err
	}

	// 6. challenge: a consistent forgery of a middle checkpoint.
	if err := os.CopyFS(cheatDir, os.DirFS(honestDir)); err != nil {
		return err
	}
	j := len(m.Checkpoints) / 2
	step, _, err := cli.ForgeWeight(cheatDir, j)
	if err != nil {
		return err
	}
	forged, err := verifier.Verify(ctx, task, data.Train, cheatDir, withProfile, verifier.WithBudget(1))
	if err != nil {
		return err
	}
	stage(6, "challenge", "a cheating solver nudged one weight of its checkpoint at step %d and recommitted every leaf and the root", step)
	detail("verifier (every segment): %s, %d findings, the first:", forged.Verdict, len(forged.Findings))
	if len(forged.Findings) > 0 {
		detail("  - %s", forged.Findings[0])
	}
	if forged.Verdict != verifier.Rejected {
		return fmt.Errorf("the forged bundle was accepted")
	}
	dispute, err := market.RecordVerdict("cheat-run", false, nil, start)
	if err != nil {
		return err
	}
	detail("the rejection opens dispute %s: the verifier's stake is its bond", dispute)

	// 7. arbitrate: the cheating solver defends its bundle, the verifier
	// the honest replay.
	sb, err := arbitration.OpenBundle(cheatDir, task)
	if err != nil {
		return err
	}
	cb, err := arbitration.OpenBundle(honestDir, task)
	if err != nil {
		return err
	}
	c, err := arbitration.CaseFromBundles(task, data.Train, sb, cb,
		arbitration.WithThresholds(prof.Thresholds), arbitration.WithRelative(prof.Relative))
	if err != nil {
		return err
	}
	sp, cp, err := arbitration.NewPlayers(c, data.Train, sb, cb)
	if err != nil {
		return err
	}
	res, err := arbitration.Play(ctx, c, sp, cp)
	if err != nil {
		return err
	}
	stage(7, "arbitrate", "segment %d (steps %d→%d), %d rounds of at most %d: winner %s (%s)",
		c.Segment, c.FromStep, c.ToStep, res.Rounds, res.MaxRounds, res.Winner, res.Reason)
	detail("disputed operator: step %d, operator %d of %d, %s %s", res.Step, res.Node, res.Nodes, res.Op, res.NodeName)
	detail("%s", res.Detail)
	if res.Winner != prooflearn.PartyChallenger {
		return fmt.Errorf("the cheating solver won the dispute")
	}

	// 8. settle
	if _, err := market.Decide(dispute, res.Outcome()); err != nil {
		return err
	}
	if err := market.FinalizeTask("honest-run"); err != nil {
		return err
	}
	if err := ledger.Audit(); err != nil {
		return err
	}
	after := holdings(ledger)
	stage(8, "settle", "%-16s %7s %7s %7s", "account", "before", "after", "change")
	for _, a := range []string{submitter, honestSol, cheatSol, verifierA, settlement.Jackpot} {
		detail("%-16s %7d %7d %+7d", a, before[a], after[a], after[a]-before[a])
	}
	detail("ledger audit: nothing created or lost")
	fmt.Printf("done in %.1fs: the honest proof was paid, the forged one rejected, pinned to one operator and slashed.\n", time.Since(start).Seconds())
	return nil
}

func holdings(l *settlement.Ledger) map[string]settlement.Amount {
	h := map[string]settlement.Amount{settlement.Jackpot: l.JackpotPool()}
	for _, a := range []string{submitter, honestSol, cheatSol, verifierA} {
		h[a] = l.Holdings(a)
	}
	return h
}

func passed(r *verifier.Report) []int {
	var ok []int
	for _, s := range r.Segments {
		if s.Passed {
			ok = append(ok, s.Index)
		}
	}
	return ok
}

func maxL2(r *verifier.Report) float64 {
	var m float64
	for _, s := range r.Segments {
		m = max(m, s.Distances.L2)
	}
	return m
}

func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	return n, err
}
