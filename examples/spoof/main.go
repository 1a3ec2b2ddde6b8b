// Command spoof writes a forged proof bundle: one of the spoofing attacks
// published against proof-of-learning, for checking that the verifier
// rejects it.
//
//	go run ./examples/spoof -attack stitch -task testdata/tasks/tiny.json -out forged/
//	go run ./examples/verifier -task testdata/tasks/tiny.json -proof forged/
//
// Exit status: 0 when the bundle was written, 2 on error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/spoof"
)

const usage = `usage: spoof -attack NAME -task FILE -out DIR [-data DIR] [-report FILE.json]
             [-tamper EXAMPLE,PIXEL,VALUE]
       spoof -list

Writes a forged proof bundle for the task to DIR (which must be new or
empty). The forger is consistent: every leaf and the Merkle root match the
files it writes, and the bundle is bound to the task, so only the checks on
its content can catch it. Attacks:

%s
-tamper picks the pixel data-tamper changes (default: pixel 0 of the first
example of step 0, set to 255).

Exit status: 0 when the bundle was written, 2 on error.
`

func main() { os.Exit(run()) }

func attackList() string {
	var b strings.Builder
	for _, a := range spoof.Attacks() {
		fmt.Fprintf(&b, "  %-13s %s\n", a.Name, a.Summary)
	}
	return b.String()
}

func run() int {
	fs := flag.NewFlagSet("spoof", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprintf(os.Stderr, usage, attackList()) }
	attack := fs.String("attack", "", "attack name (see -list)")
	taskPath := fs.String("task", "", "task file (JSON)")
	out := fs.String("out", "", "directory for the forged bundle")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	reportPath := fs.String("report", "", "write a JSON description of the forgery here")
	tamper := fs.String("tamper", "", "data-tamper's EXAMPLE,PIXEL,VALUE")
	list := fs.Bool("list", false, "list the attacks and exit")
	if err := fs.Parse(os.Args[1:]); err != nil {
		return cli.ExitError
	}
	if *list {
		fmt.Print(attackList())
		return cli.ExitOK
	}
	if *attack == "" || *taskPath == "" || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "spoof: %v\n", err)
		return cli.ExitError
	}
	var opts []spoof.Option
	if *tamper != "" {
		var t spoof.Tamper
		var v int
		if n, err := fmt.Sscanf(*tamper, "%d,%d,%d", &t.Example, &t.Pixel, &v); err != nil || n != 3 || v < 0 || v > 255 {
			return fail(errors.New("-tamper wants EXAMPLE,PIXEL,VALUE with VALUE in 0..255"))
		}
		t.Value = byte(v)
		opts = append(opts, spoof.WithTamper(t))
	}
	task, data, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		return fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := spoof.Build(ctx, *attack, task, data.Train, *out, opts...)
	if err != nil {
		return fail(err)
	}
	fmt.Printf("attack    %s: %s\n", res.Attack, res.Summary)
	fmt.Printf("bundle    %s (root %s)\n", res.Dir, res.Root)
	fmt.Printf("forged    %d of %d segments\n", len(res.Forged), len(task.CheckpointSteps())-1)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, res); err != nil {
			return fail(err)
		}
	}
	return cli.ExitOK
}
