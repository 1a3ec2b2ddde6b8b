// Command verifier checks a proof bundle against its task, and calibrates
// the thresholds it checks with.
//
//	go run ./examples/verifier profile -task testdata/tasks/tiny.json -out tiny.profile.json
//	go run ./examples/verifier -task testdata/tasks/tiny.json -proof proof/ -profile tiny.profile.json -report report.json
//
// Exit status: 0 accepted, 1 rejected, 2 error.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

const usage = `usage: verifier -task FILE -proof DIR [-report FILE.json] [-data DIR]
                [-profile PROFILE.json] [-delta l1=X,l2=X,linf=X,cosine=X] [-relative R]
                [-budget F] [-topq N] [-base-task FILE -base DIR] [-quiet]
       verifier profile -task FILE -out PROFILE.json [-data DIR] [-segments N]
                [-safety F] [-quiet]

Checks the proof bundle in DIR against the task: the binding to task, dataset
and seed; every checkpoint and batch against the Merkle root; the initial
weights and data order against the seed; that weights which can get no
gradient never move; that the loss on a committed sample falls; then replays
the top -topq updates, the segments on both sides of anomalous jumps in
update size, and Fiat–Shamir segments drawn from the root to fill a -budget
fraction of the steps. A replay must be within δ (the profile's, the task's
"delta", or -delta) and within ρ (-relative) of the segment's claimed update.

A fine-tuning task (one with a "base") needs its base proof: -base-task and
-base give the base's task file and bundle; both proofs are verified and this
one must start from the base's final parameters.

"verifier profile" calibrates δ and ρ for a task: it replays segments of an
honest reference run under legitimate perturbations (thread count, float64
arithmetic, the batch reduced in another order) and writes the profile that
-profile loads.

Exit status: 0 accepted, 1 rejected, 2 error.
`

func main() {
	os.Exit(run())
}

func run() int {
	if len(os.Args) > 1 && os.Args[1] == "profile" {
		return runProfile(os.Args[2:])
	}
	fs := flag.NewFlagSet("verifier", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	proof := fs.String("proof", "", "proof bundle directory")
	reportPath := fs.String("report", "", "write the JSON report here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	deltaFlag := fs.String("delta", "", "thresholds, e.g. l2=1e-3,linf=1e-4 (default: the task's delta)")
	profilePath := fs.String("profile", "", "calibrated thresholds written by \"verifier profile\"")
	relative := fs.Float64("relative", -1, "ρ: largest replay distance as a fraction of the claimed update (default: the profile's, else 0.01)")
	budget := fs.Float64("budget", verifier.DefaultBudget, "fraction of the steps to replay")
	topQ := fs.Int("topq", verifier.DefaultTopQ, "replay the Q segments with the largest updates")
	baseTask := fs.String("base-task", "", "task file of the base proof (fine-tuning tasks)")
	baseDir := fs.String("base", "", "bundle directory of the base proof (fine-tuning tasks)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(os.Args[1:]); err != nil {
		return cli.ExitError
	}
	if *taskPath == "" || *proof == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "verifier: %v\n", err)
		return cli.ExitError
	}
	task, data, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		return fail(err)
	}
	opts := []verifier.Option{verifier.WithBudget(*budget), verifier.WithTopQ(*topQ)}
	if *profilePath != "" {
		p, err := verifier.ReadProfile(*profilePath)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithProfile(p, *profilePath))
	}
	if (*baseTask == "") != (*baseDir == "") {
		return fail(fmt.Errorf("-base-task and -base go together"))
	}
	if *baseTask != "" {
		bt, err := prooflearn.ReadTask(*baseTask)
		if err != nil {
			return fail(err)
		}
		bd, err := cli.LoadData(bt, *dataDir)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithBase(&verifier.BaseProof{Task: bt, Data: bd.Train, Dir: *baseDir}))
	}
	if *relative >= 0 {
		opts = append(opts, verifier.WithRelative(*relative))
	}
	if *deltaFlag != "" {
		var base prooflearn.Thresholds
		if task.Delta != nil {
			base = *task.Delta
		}
		th, err := cli.ParseThresholds(*deltaFlag, base)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithThresholds(th, "flag"))
	}
	if !*quiet {
		bar := cli.NewBar("replay")
		opts = append(opts, verifier.WithProgress(func(p verifier.Progress) {
			bar.Update(p.Done, p.Total, "segments")
		}))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := verifier.Verify(ctx, task, data.Train, *proof, opts...)
	if err != nil {
		return fail(err)
	}
	rep.WriteSummary(os.Stdout)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, rep); err != nil {
			return fail(err)
		}
	}
	if rep.Verdict != verifier.Accepted {
		return cli.ExitRejected
	}
	return cli.ExitOK
}

func runProfile(args []string) int {
	fs := flag.NewFlagSet("verifier profile", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	out := fs.String("out", "", "write the profile here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	segments := fs.Int("segments", verifier.DefaultProfileSegments, "segments replayed under each perturbation")
	safety := fs.Float64("safety", verifier.DefaultSafetyFactor, "δ = this × the largest measured error")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return cli.ExitError
	}
	if *taskPath == "" || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "verifier profile: %v\n", err)
		return cli.ExitError
	}
	task, data, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		return fail(err)
	}
	opts := []verifier.ProfileOption{verifier.WithProfileSegments(*segments), verifier.WithSafetyFactor(*safety)}
	if !*quiet {
		bars := map[string]*cli.Bar{}
		opts = append(opts, verifier.WithProfileProgress(func(p verifier.Progress) {
			if bars[p.Phase] == nil {
				bars[p.Phase] = cli.NewBar(p.Phase)
			}
			bars[p.Phase].Update(p.Done, p.Total, "")
		}))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p, err := verifier.Calibrate(ctx, task, data.Train, opts...)
	if err != nil {
		return fail(err)
	}
	b, err := p.Encode()
	if err != nil {
		return fail(err)
	}
	if err := prooflearn.WriteFileAtomic(*out, b); err != nil {
		return fail(err)
	}
	p.WriteSummary(os.Stdout)
	return cli.ExitOK
}
