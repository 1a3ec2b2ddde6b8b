package verifier_test

import (
	"context"
	"os"
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
	var ckptLeaves []prooflearn.Hash
	for j, ref := range m.Checkpoints {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File))
		if err != nil {
			t.Fatal(err)
		}
		m.Checkpoints[j].Leaf = c.LeafHash()
		ckptLeaves = append(ckptLeaves, c.LeafHash())
	}
	bs, err := bundle.ReadBatches(dir, m)
	if err != nil {
		t.Fatal(err)
	}
	var batchLeaves []prooflearn.Hash
	for s, idx := range bs.Indices {
		batchLeaves = append(batchLeaves, prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx)))
	}
	m.Root = prooflearn.ProofRoot(m.TaskHash, m.DatasetRoot, m.SeedCommitment, ckptLeaves, batchLeaves, m.CheckpointInterval)
	if err := os.WriteFile(filepath.Join(dir, bundle.ManifestFile), m.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
}
