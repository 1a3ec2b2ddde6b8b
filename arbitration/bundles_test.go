package arbitration

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
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

// recommitManifest recomputes a bundle's proof root after its leaves changed.
func recommitManifest(t *testing.T, dir string) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := bundle.Recommit(dir, m); err != nil {
		t.Fatal(err)
	}
}

// ulpNoise moves every parameter and momentum value of every checkpoint
// after the first by one ulp: the bundle of an honest party whose machine
// rounds differently (checkpoint 0 comes from the seed, the same bits
// everywhere).
func ulpNoise(t *testing.T, dir string) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	for j := 1; j < len(m.Checkpoints); j++ {
		recommit(t, dir, j, func(c *prooflearn.Checkpoint) {
			for _, ts := range [][]prooflearn.Tensor{c.Params, c.OptState} {
				for i := range ts {
					for e, v := range ts[i].F32 {
						ts[i].F32[e] = math.Nextafter32(v, float32(math.Inf(1)))
					}
				}
			}
		})
	}
	recommitManifest(t, dir)
}

func openBundle(t *testing.T, dir string) *Bundle {
	t.Helper()
	b, err := OpenBundle(dir, testbundle.TinyTask(t))
	require.NoError(t, err)
	return b
}

// playBundles plays the game between two bundles as the arbiter would.
func playBundles(t *testing.T, task *prooflearn.Task, data *dataset.Dataset, solver, challenger *Bundle) (*Case, *Result) {
	t.Helper()
	c, err := CaseFromBundles(task, data, solver, challenger)
	if err != nil {
		t.Fatal(err)
	}
	sp, cp, err := NewPlayers(c, data, solver, challenger)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Play(context.Background(), c, sp, cp)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rounds > res.MaxRounds {
		t.Fatalf("%d rounds, the bound is %d", res.Rounds, res.MaxRounds)
	}
	return c, res
}

func TestCaseFromBundles(t *testing.T) {
	if testing.Short() {
		t.Skip("replays the tiny run a dozen times; the suite without -short runs it (TestStateEditRuledAtMomentumUpdate covers a tolerant case here)")
	}
	task, data, honestDir := testbundle.Honest(t)
	honest := openBundle(t, honestDir)
	if _, err := CaseFromBundles(task, data.Train, honest, honest); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("identical bundles: %v", err)
	}

	// A forged weight in checkpoint 12: the solver's segment 11 does not
	// replay within δ.
	_, _, d := testbundle.Honest(t)
	recommit(t, d, 12, func(c *prooflearn.Checkpoint) { c.Params[3].F32[0] += 0.01 })
	forged := openBundle(t, d)
	c, err := CaseFromBundles(task, data.Train, forged, honest)
	if err != nil {
		t.Fatal(err)
	}
	if c.Segment != 11 || c.FromStep != 110 || c.ToStep != 120 || c.Start.Step != 110 || !c.Replay || c.Claims[PartySolver] == c.Claims[PartyChallenger] || c.Finding == "" {
		t.Fatalf("case %d %d→%d replay %v: %s", c.Segment, c.FromStep, c.ToStep, c.Replay, c.Finding)
	}
	// The challenger's claim is the honest replay: the honest bundle's own
	// checkpoint, on the machine that trained it.
	end, err := honest.Checkpoint(12)
	if err != nil {
		t.Fatal(err)
	}
	if c.Claims[PartyChallenger] != StateRoot(end) {
		t.Fatal("the challenger's claim is not the honest replay")
	}
	// A looser δ lets the same forgery stand.
	loose := prooflearn.Thresholds{L1: 1, L2: 1, LInf: 1, Cosine: 1}
	if _, err := CaseFromBundles(task, data.Train, forged, honest, WithThresholds(loose), WithRelative(1)); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("δ = 1: %v", err)
	}

	// The liar as challenger: the solver's bundle replays, nothing to dispute.
	if _, err := CaseFromBundles(task, data.Train, honest, forged); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("forged challenger: %v, want no dispute", err)
	}

	// Momentum alone forged at checkpoint 12: the parameters of segment 11
	// replay exactly, its optimizer state does not, and the whole state is
	// compared: the dispute is segment 11, where the forgery was made.
	_, _, d = testbundle.Honest(t)
	recommit(t, d, 12, func(c *prooflearn.Checkpoint) { c.OptState[3].F32[0] += 1 })
	c, err = CaseFromBundles(task, data.Train, openBundle(t, d), honest)
	require.NoError(t, err, "forged momentum")
	assert.Equal(t, 11, c.Segment)
	assert.Contains(t, c.Finding, "optimizer state")

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
		for _, side := range sides {
			bs := map[Party]*Bundle{side: openBundle(t, d), side.Other(): honest}
			_, err := CaseFromBundles(task, data.Train, bs[PartySolver], bs[PartyChallenger])
			var fe *ForfeitError
			if !errors.As(err, &fe) || fe.Party != side {
				t.Fatalf("%s as %s: %v, want it to forfeit", tc.name, side, err)
			}
		}
	}
	// A checkpoint file that does not back its manifest leaf.
	_, _, d = testbundle.Honest(t)
	m, err := bundle.ReadManifest(d)
	if err != nil {
		t.Fatal(err)
	}
	m.Checkpoints[40].Leaf = prooflearn.Hash{1}
	if err := prooflearn.WriteFileAtomic(filepath.Join(d, bundle.ManifestFile), m.Encode()); err != nil {
		t.Fatal(err)
	}
	var fe *ForfeitError
	if _, err := CaseFromBundles(task, data.Train, honest, openBundle(t, d)); !errors.As(err, &fe) || fe.Party != PartyChallenger {
		t.Fatalf("broken challenger: %v", err)
	}

	other := *task
	other.Steps = 400
	if _, err := CaseFromBundles(&other, data.Train, honest, honest); err == nil {
		t.Fatal("bundles of another task made a case")
	}
	noDelta := *task
	noDelta.Delta = nil
	if _, err := CaseFromBundles(&noDelta, data.Train, forged, honest); err == nil || errors.Is(err, ErrNoDispute) {
		t.Fatalf("no thresholds: %v", err)
	}
	if _, err := CaseFromBundles(task, data.Train, forged, honest, WithRelative(math.NaN())); err == nil || errors.Is(err, ErrNoDispute) {
		t.Fatalf("ρ NaN: %v", err)
	}
}

// TestHonestChallengerFromAnotherMachine: the challenger's bundle differs
// from the solver's in every checkpoint by one ulp (an honest bundle trained
// where rounding differs), the solver forged one segment. The challenger
// wins, at the forged segment's last update of the forged tensor; with the
// two bundles swapped, the solver's proof stands.
func TestHonestChallengerFromAnotherMachine(t *testing.T) {
	if testing.Short() {
		t.Skip("replays thirty segments of two bundles; the suite without -short runs it")
	}
	task, data, liarDir := testbundle.Honest(t)
	recommit(t, liarDir, 30, func(c *prooflearn.Checkpoint) { c.Params[0].F32[400*32+5] += 0.02 })
	recommitManifest(t, liarDir)
	_, _, otherDir := testbundle.Honest(t)
	ulpNoise(t, otherDir)
	liar, other := openBundle(t, liarDir), openBundle(t, otherDir)

	c, res := playBundles(t, task, data.Train, liar, other)
	if c.Segment != 29 {
		t.Fatalf("disputed segment %d, want 29: %s", c.Segment, c.Finding)
	}
	if res.Winner != PartyChallenger || res.Reason != ReasonArbiter || res.Step != 299 || res.Op != train.OpSGDUpdate || res.NodeName != "w0" {
		t.Fatalf("winner %s (%s) at step %d %s %s, want the challenger at the w0 update of step 299: %s", res.Winner, res.Reason, res.Step, res.Op, res.NodeName, res.Detail)
	}
	if chk := res.Verdict.Checks[PartySolver]; chk.Valid || chk.Error < 0.01 {
		t.Fatalf("the solver's check %+v should show the 0.02 change", chk)
	}

	// The noisy bundle as the solver: every segment replays within δ.
	if _, err := CaseFromBundles(task, data.Train, other, liar); !errors.Is(err, ErrNoDispute) {
		t.Fatalf("noisy honest solver: %v, want no dispute", err)
	}
}

// TestDeterministicCaseIsBitwise: in deterministic mode the first segment
// whose checkpoints differ at all is disputed, and each side defends its
// own bundle's checkpoint.
func TestDeterministicCaseIsBitwise(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the deterministic tiny task")
	}
	task := testbundle.TinyTask(t)
	task.Mode, task.Delta, task.Steps = prooflearn.ModeDeterministic, nil, 80
	data := testbundle.Data(t)
	dir := t.TempDir()
	honestDir, liarDir := filepath.Join(dir, "honest"), filepath.Join(dir, "liar")
	if _, err := solver.Train(context.Background(), task, data.Train, honestDir); err != nil {
		t.Fatal(err)
	}
	if err := testbundle.CopyDir(honestDir, liarDir); err != nil {
		t.Fatal(err)
	}
	recommit(t, liarDir, 5, func(c *prooflearn.Checkpoint) {
		c.Params[0].F32[7] = math.Nextafter32(c.Params[0].F32[7], 1)
	})
	recommitManifest(t, liarDir)
	honest, liar := openBundle(t, honestDir), openBundle(t, liarDir)
	for _, side := range sides {
		bs := map[Party]*Bundle{side: liar, side.Other(): honest}
		c, res := playBundles(t, task, data.Train, bs[PartySolver], bs[PartyChallenger])
		if c.Segment != 4 || c.Replay {
			t.Fatalf("liar as %s: segment %d replay %v", side, c.Segment, c.Replay)
		}
		if res.Winner != side.Other() || res.Step != c.ToStep-1 || res.Op != train.OpSGDUpdate || res.NodeName != "w0" {
			t.Fatalf("liar as %s: winner %s at step %d %s %s: %s", side, res.Winner, res.Step, res.Op, res.NodeName, res.Detail)
		}
	}
}
