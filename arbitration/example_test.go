package arbitration_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

// A solver's proof of the tiny-det task has one weight of checkpoint 30
// changed and every commitment recomputed to match, so no hash check can
// see it. A challenger holding an honest bundle disputes it: the case is
// the first segment on which the two bundles differ, the game narrows it
// to one operator of one step, and the arbiter re-executes that operator.
func ExampleCaseFromBundles() {
	raw, err := testdata.Tasks.ReadFile("tasks/tiny-det.json")
	if err != nil {
		panic(err)
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		panic(err)
	}
	data, err := dataset.Embedded()
	if err != nil {
		panic(err)
	}
	tmp, err := os.MkdirTemp("", "dispute-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	honest, forged := filepath.Join(tmp, "honest"), filepath.Join(tmp, "forged")
	if _, err := solver.Train(context.Background(), task, data.Train, honest); err != nil {
		panic(err)
	}
	if err := os.CopyFS(forged, os.DirFS(honest)); err != nil {
		panic(err)
	}
	forgeCheckpoint(forged, 30)

	sb, err := arbitration.OpenBundle(forged, task)
	if err != nil {
		panic(err)
	}
	cb, err := arbitration.OpenBundle(honest, task)
	if err != nil {
		panic(err)
	}
	c, err := arbitration.CaseFromBundles(task, data.Train, sb, cb)
	if err != nil {
		panic(err)
	}
	sp, cp, err := arbitration.NewPlayers(c, data.Train, sb, cb)
	if err != nil {
		panic(err)
	}
	res, err := arbitration.Play(context.Background(), c, sp, cp)
	if err != nil {
		panic(err)
	}
	fmt.Printf("segment %d (steps %d→%d)\n", c.Segment, c.FromStep, c.ToStep)
	fmt.Printf("winner: %s (%s)\n", res.Winner, res.Reason)
	fmt.Printf("step %d, operator %d of %d: %s %s\n", res.Step, res.Node, res.Nodes, res.Op, res.NodeName)
	fmt.Printf("rounds: %d of at most %d\n", res.Rounds, res.MaxRounds)
	fmt.Println(res.Detail)
	// Output:
	// segment 29 (steps 290→300)
	// winner: challenger (arbiter)
	// step 299, operator 32 of 37: sgd-update w1
	// rounds: 12 of at most 13
	// solver's output of operator 32 (sgd-update w1) at step 299: output differs from the re-execution bit for bit (first at element 17: 0.570575476, want 0.560575485)
}

// forgeCheckpoint changes one weight of checkpoint j and recomputes its
// leaf and the proof root: a consistent forgery.
func forgeCheckpoint(dir string, j int) {
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		panic(err)
	}
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
	if err != nil {
		panic(err)
	}
	c.Params[2].F32[17] += 0.01 // w1
	if err := bundle.WriteCheckpoint(dir, c); err != nil {
		panic(err)
	}
	m.Checkpoints[j].Leaf = c.LeafHash()
	if err := bundle.Recommit(dir, m); err != nil {
		panic(err)
	}
}
