//go:build fullset

package solver_test

import (
	"context"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/verifier"
)

// TestFashionMLPReachesTarget trains testdata/tasks/fashion-mlp.json on the
// installed Fashion-MNIST (apt-get install dataset-fashion-mnist), checks the
// promised test accuracy, and verifies the proof. Run with -tags fullset.
func TestFashionMLPReachesTarget(t *testing.T) {
	task, err := prooflearn.ReadTask("../testdata/tasks/fashion-mlp.json")
	if err != nil {
		t.Fatal(err)
	}
	data, err := dataset.System()
	if err != nil {
		t.Fatalf("this test needs the full dataset: %v", err)
	}
	dir := t.TempDir()
	m, err := solver.Train(context.Background(), task, data.Train, dir, solver.WithTestSet(data.Test))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("test accuracy %.4f after %d steps in %.1fs", m.Metrics.TestAccuracy, m.Steps, m.Metrics.Seconds)
	if m.Metrics.TestAccuracy < 0.84 {
		t.Fatalf("test accuracy %.4f, the task promises at least 0.84", m.Metrics.TestAccuracy)
	}
	rep, err := verifier.Verify(context.Background(), task, data.Train, dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Verdict != verifier.Accepted {
		t.Fatalf("honest full-set proof rejected: %v", rep.Findings)
	}
}
