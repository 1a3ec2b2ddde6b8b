package verifier_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func trainTo(t *testing.T, task *prooflearn.Task, data solver.Dataset, dir string) {
	t.Helper()
	if _, err := solver.Train(context.Background(), task, data, dir); err != nil {
		t.Fatal(err)
	}
}

// recommit recomputes every leaf and the root of a bundle from its files, as
// a forger who controls the whole bundle would, and writes manifest m.
func recommit(t *testing.T, task *prooflearn.Task, dir string, m *prooflearn.Manifest) {
	t.Helper()
	for j, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		if err != nil {
			t.Fatal(err)
		}
		m.Checkpoints[j].Leaf = c.LeafHash()
	}
	if err := bundle.Recommit(dir, m); err != nil {
		t.Fatal(err)
	}
}
