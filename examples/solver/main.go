// Command solver trains a task and writes its proof bundle.
//
//	go run ./examples/solver -task testdata/tasks/tiny.json -out proof/
//
// Run it again on the same -out after an interruption and it resumes from the
// last checkpoint, ending with the same root.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
)

const usage = `usage: solver -task FILE -out DIR [-data DIR] [-base DIR] [-report FILE.json] [-quiet]

Trains the task and writes a proof bundle (manifest.json, batches.json,
checkpoints/) to DIR. The dataset is the one the task names: the embedded
Fashion-MNIST subset for "fashion-mnist-subset", the embedded text corpus
for "fortunes-min", the installed Fashion-MNIST for
"fashion-mnist" (apt-get install dataset-fashion-mnist); -data DIR uses the
IDX files in DIR instead. A fine-tuning task (one with a "base") starts from
the final checkpoint of its base proof, given with -base DIR.

Exit status: 0 on success, 2 on error.
`

func main() {
	fs := flag.NewFlagSet("solver", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	out := fs.String("out", "", "directory for the proof bundle")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	reportPath := fs.String("report", "", "write the manifest summary as JSON here")
	baseDir := fs.String("base", "", "base proof bundle of a fine-tuning task")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(cli.ExitError)
	}
	if *taskPath == "" || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		os.Exit(cli.ExitError)
	}
	task, data, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		cli.Fail("solver", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	resumedFrom := 0
	bar := cli.NewBar("train")
	opts := []solver.Option{solver.WithTestSet(data.Test), solver.WithProgress(func(p solver.Progress) {
		resumedFrom = p.ResumedFrom
		if !*quiet {
			bar.Update(p.Step, p.Steps, fmt.Sprintf("loss %.4f", p.Loss))
		}
	})}
	if *baseDir != "" {
		opts = append(opts, solver.WithBase(*baseDir))
	}
	m, err := solver.Train(ctx, task, data.Train, *out, opts...)
	if err != nil {
		cli.Fail("solver", err)
	}
	fmt.Printf("task      %s (%s)\n", task.Name, task.Hash())
	fmt.Printf("steps     %d, %d checkpoints every %d steps\n", m.Steps, len(m.Checkpoints), m.CheckpointInterval)
	fmt.Printf("kernels   %s\n", train.Kernels(task))
	if resumedFrom > 0 {
		fmt.Printf("resumed   from the checkpoint at step %d\n", resumedFrom)
	}
	fmt.Printf("loss      %.4f (last step)\n", m.Metrics.FinalLoss)
	if m.Metrics.TestAccuracy > 0 {
		fmt.Printf("accuracy  %.2f%% on %d test examples\n", 100*m.Metrics.TestAccuracy, data.Test.Len())
	}
	fmt.Printf("time      %.1fs\n", m.Metrics.Seconds)
	fmt.Printf("root      %s\n", m.Root)
	fmt.Printf("bundle    %s\n", *out)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, m); err != nil {
			cli.Fail("solver", err)
		}
	}
}
