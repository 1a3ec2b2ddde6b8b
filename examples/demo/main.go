// Command demo is prooflearn end to end on the embedded data: a submitter
// publishes the tiny task, a solver trains it and writes a proof, a verifier
// accepts it; then one stored checkpoint is tampered with and the verifier
// rejects the bundle, naming the evidence.
//
//	go run ./examples/demo
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
)

func main() {
	keep := flag.String("dir", "", "keep the proof bundle in this directory (default: a temporary one, removed at exit)")
	flag.Parse()
	if err := run(*keep); err != nil {
		fmt.Fprintf(os.Stderr, "demo: %v\n", err)
		os.Exit(cli.ExitError)
	}
}

func run(keep string) error {
	start := time.Now()
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

	fmt.Printf("1. submit   task %q: MLP %d-%v-%d, %s, %d steps of %d, checkpoint every %d\n",
		task.Name, task.Model.Input, task.Model.Hidden, task.Model.Classes, task.Optimizer.Type, task.Steps, task.BatchSize, task.CheckpointInterval)
	fmt.Printf("            dataset %s (%d examples, root %.16s…), seed committed %.16s…\n",
		task.Dataset.Name, data.Train.Len(), task.Dataset.Root, task.SeedCommitment)

	bar := cli.NewBar("train")
	m, err := solver.Train(context.Background(), task, data.Train, dir,
		solver.WithTestSet(data.Test),
		solver.WithProgress(func(p solver.Progress) { bar.Update(p.Step, p.Steps, fmt.Sprintf("loss %.3f", p.Loss)) }))
	if err != nil {
		return err
	}
	fmt.Printf("2. train    final loss %.3f, test accuracy %.1f%% (%d test examples)\n", m.Metrics.FinalLoss, 100*m.Metrics.TestAccuracy, data.Test.Len())
	fmt.Printf("3. prove    %d checkpoints + %d batches committed, root %s\n", len(m.Checkpoints), m.Steps, m.Root)

	honest, err := verifier.Verify(context.Background(), task, data.Train, dir)
	if err != nil {
		return err
	}
	fmt.Printf("4. verify   %s: replayed %d of %d steps (%d segments), largest L2 distance %.3g (δ %.3g)\n",
		honest.Verdict, honest.ReplayedSteps, honest.TotalSteps, len(honest.Segments), maxL2(honest), honest.Thresholds.L2)
	if honest.Verdict != verifier.Accepted {
		honest.WriteSummary(os.Stdout)
		return fmt.Errorf("the honest bundle was rejected")
	}

	// Tamper: double one bias in the middle checkpoint by flipping the lowest
	// exponent bit of its first value, leaving the manifest as it was.
	target := m.Checkpoints[len(m.Checkpoints)/2]
	if err := flipFirstValue(filepath.Join(dir, target.File)); err != nil {
		return err
	}
	fmt.Printf("5. tamper   flipped one bit of %s (step %d)\n", target.File, target.Step)

	forged, err := verifier.Verify(context.Background(), task, data.Train, dir)
	if err != nil {
		return err
	}
	fmt.Printf("6. verify   %s, evidence:\n", forged.Verdict)
	for _, f := range forged.Findings {
		fmt.Printf("              - %s\n", f)
	}
	if forged.Verdict != verifier.Rejected {
		return fmt.Errorf("the tampered bundle was accepted")
	}
	fmt.Printf("done in %.1fs: the honest proof was accepted and the tampered one rejected.\n", time.Since(start).Seconds())
	return nil
}

func maxL2(r *verifier.Report) float64 {
	var m float64
	for _, s := range r.Segments {
		m = max(m, s.Distances.L2)
	}
	return m
}

// flipFirstValue flips bit 7 of the third byte of the first stored float32
// (the lowest exponent bit), which halves or doubles it.
func flipFirstValue(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(b) < 8 {
		return fmt.Errorf("%s is too short to tamper with", path)
	}
	dataStart := 8 + int(binary.LittleEndian.Uint64(b[:8]))
	if dataStart+4 > len(b) {
		return fmt.Errorf("%s has no data to tamper with", path)
	}
	b[dataStart+2] ^= 0x80
	return os.WriteFile(path, b, 0o644)
}
