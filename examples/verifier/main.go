// Command verifier checks a proof bundle against its task.
//
//	go run ./examples/verifier -task testdata/tasks/tiny.json -proof proof/ -report report.json
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
                [-delta l1=X,l2=X,linf=X,cosine=X] [-budget F] [-topq N] [-quiet]

Checks the proof bundle in DIR against the task: the binding to task, dataset
and seed; every checkpoint and batch against the Merkle root; the initial
weights and data order against the seed; then replays the segments chosen by
Fiat–Shamir randomness from the root (a -budget fraction of them) and the
-topq largest updates, comparing each with δ (the task's "delta", or -delta).

Exit status: 0 accepted, 1 rejected, 2 error.
`

func main() {
	os.Exit(run())
}

func run() int {
	fs := flag.NewFlagSet("verifier", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	proof := fs.String("proof", "", "proof bundle directory")
	reportPath := fs.String("report", "", "write the JSON report here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	deltaFlag := fs.String("delta", "", "thresholds, e.g. l2=1e-3,linf=1e-4 (default: the task's delta)")
	budget := fs.Float64("budget", verifier.DefaultBudget, "fraction of segments chosen by Fiat–Shamir")
	topQ := fs.Int("topq", verifier.DefaultTopQ, "replay the Q segments with the largest updates")
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
	task, err := prooflearn.ReadTask(*taskPath)
	if err != nil {
		return fail(err)
	}
	data, err := cli.LoadData(task, *dataDir)
	if err != nil {
		return fail(err)
	}
	opts := []verifier.Option{verifier.WithBudget(*budget), verifier.WithTopQ(*topQ)}
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
