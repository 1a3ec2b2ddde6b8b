package cli

import (
	"fmt"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// ForgeWeight is the examples' cheating solver: it adds 0.01 to one weight
// of the output layer in the j-th stored checkpoint of the bundle in dir and
// recommits, the checkpoint's leaf, the manifest and the root all
// recomputed, so every commitment checks out and only replay can tell. It
// returns the forged checkpoint's step and the bundle's new root.
func ForgeWeight(dir string, j int) (int, prooflearn.Hash, error) {
	return RewriteCheckpoint(dir, j, func(c *prooflearn.Checkpoint) error {
		w := &c.Params[len(c.Params)-2] // the output layer's weights
		switch {
		case len(w.F32) > 17:
			w.F32[17] += 0.01
		case len(w.F64) > 17:
			w.F64[17] += 0.01
		default:
			return fmt.Errorf("checkpoint %d has no weight to forge", j)
		}
		return nil
	})
}

// RewriteCheckpoint changes the j-th stored checkpoint of the bundle in dir
// with edit and recommits, as a consistent forger does: the checkpoint's
// leaf, the manifest and the root recomputed. It returns the checkpoint's
// step and the new root.
func RewriteCheckpoint(dir string, j int, edit func(*prooflearn.Checkpoint) error) (int, prooflearn.Hash, error) {
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if j < 0 || j >= len(m.Checkpoints) {
		return 0, prooflearn.Hash{}, fmt.Errorf("the bundle has %d checkpoints, not %d", len(m.Checkpoints), j+1)
	}
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
	if err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if err := edit(c); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if err := bundle.WriteCheckpoint(dir, c); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	m.Checkpoints[j].Leaf = c.LeafHash()
	if err := bundle.Recommit(dir, m); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	if m, err = bundle.ReadManifest(dir); err != nil {
		return 0, prooflearn.Hash{}, err
	}
	return c.Step, m.Root, nil
}
