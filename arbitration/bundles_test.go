package arbitration

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// recommit changes checkpoint j with edit and updates its manifest leaf.
func recommit(t *testing.T, dir string, j int, edit func(*prooflearn.Checkpoint)) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
	if err != nil {
		t.Fatal(err)
	}
	edit(c)
	if err := bundle.WriteCheckpoint(dir, c); err != nil {
		t.Fatal(err)
	}
	m.Checkpoints[j].Leaf = c.LeafHash()
	if err := prooflearn.WriteFileAtomic(filepath.Join(dir, bundle.ManifestFile), m.Encode()); err != nil {
		t.Fatal(err)
	}
}

func TestCaseFromBundles(t *testing.T) {
	task, _, honestDir := testbundle.Honest(t)
	open := func(dir string) *Bundle {
		b, err := OpenBundle(dir)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	honest := open(honestDir)
	if _, err := CaseFromBundles(task, honest, honest); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("identical bundles: %v", err)
	}

	_, _, d := testbundle.Honest(t)
	recommit(t, d, 12, func(c *prooflearn.Checkpoint) { c.OptState[3].F32[0] += 1 })
	c, err := CaseFromBundles(task, open(d), honest)
	if err != nil {
		t.Fatal(err)
	}
	if c.Segment != 11 || c.FromStep != 110 || c.ToStep != 120 || c.Start.Step != 110 || c.Claims[PartySolver] == c.Claims[PartyChallenger] {
		t.Fatalf("case %d %d→%d", c.Segment, c.FromStep, c.ToStep)
	}

	for _, tc := range []struct {
		name string
		j    int
		edit func(*prooflearn.Checkpoint)
	}{
		{"initial weights", 0, func(c *prooflearn.Checkpoint) { c.Params[1].F32[0] = 0.5 }},
		{"data-order state", 4, func(c *prooflearn.Checkpoint) { c.RNG.Counter++ }},
	} {
		_, _, d := testbundle.Honest(t)
		recommit(t, d, tc.j, tc.edit)
		_, err := CaseFromBundles(task, honest, open(d))
		var fe *ForfeitError
		if !errors.As(err, &fe) || fe.Party != PartyChallenger {
			t.Fatalf("%s: %v, want the challenger to forfeit", tc.name, err)
		}
	}

	other := *task
	other.Steps = 400
	if _, err := CaseFromBundles(&other, honest, honest); err == nil {
		t.Fatal("bundles of another task made a case")
	}
}
