package spoof

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

func TestNames(t *testing.T) {
	want := []string{Stitch, RankInit, Interpolate, GradMatch, TopQEvasion, HParamLie, OrderLie, DataTamper}
	got := Names()
	if len(got) != len(want) {
		t.Fatalf("Names() = %v", got)
	}
	for i := range want {
		if got[i] != want[i] || Attacks()[i].Summary == "" {
			t.Errorf("attack %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestBuildRejectsBadInput(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t).Train
	ctx := context.Background()
	if _, err := Build(ctx, "no-such-attack", task, data, t.TempDir()); !errors.Is(err, ErrUnknownAttack) {
		t.Errorf("unknown attack: %v", err)
	}
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(ctx, RankInit, task, data, full); err == nil {
		t.Error("wrote a forged bundle into a non-empty directory")
	}
	if _, err := Build(ctx, DataTamper, task, data, t.TempDir(), WithTamper(Tamper{Example: 5, Pixel: 784})); !errors.Is(err, prooflearn.ErrOutOfRange) {
		t.Errorf("tamper outside the image: %v", err)
	}
	if _, err := Build(ctx, DataTamper, task, data, t.TempDir(), WithTamper(Tamper{Example: 5, Pixel: 0, Value: data.Pixels(5)[0]})); err == nil {
		t.Error("a tamper that changes nothing was accepted")
	}
	noSeed := *task
	noSeed.Seed = ""
	if _, err := Build(ctx, Stitch, &noSeed, data, t.TempDir()); !errors.Is(err, prooflearn.ErrInvalidTask) {
		t.Errorf("unrevealed seed: %v", err)
	}
}

// A forger who moves the weights by tiny amounts stays close to every
// checkpoint it claims. With thresholds so loose that neither δ nor ρ can
// object, the progress check still does: the loss does not fall.
func TestTinyUpdatesFailProgress(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t).Train
	f, err := New(task, data)
	if err != nil {
		t.Fatal(err)
	}
	f.ctx = context.Background()
	seed := f.seed
	target, err := f.stolen()
	if err != nil {
		t.Fatal(err)
	}
	init, err := prooflearn.InitialCheckpoint(task, seed)
	if err != nil {
		t.Fatal(err)
	}
	// Only the layers after the first move, and the momentum stays zero, so
	// the rows of the first layer that get no gradient stay exactly put.
	near := init.Clone()
	for i := 1; i < len(near.Params); i++ {
		for e := 0; e < near.Params[i].Len(); e++ {
			s := init.Params[i].At(e)
			setAt(&near.Params[i], e, s+1e-3*(target.Params[i].At(e)-s))
		}
	}
	dir := filepath.Join(t.TempDir(), "tiny")
	ckpts := f.line(init, near, 0)
	for _, c := range ckpts {
		for i := range c.OptState {
			c.OptState[i] = prooflearn.NewTensor(c.OptState[i].Name, c.OptState[i].DType, c.OptState[i].Shape...)
		}
	}
	if _, err := writeBundle(dir, task, ckpts, f.seedBatches()); err != nil {
		t.Fatal(err)
	}
	loose := prooflearn.Thresholds{L1: 1e9, L2: 1e9, LInf: 1e9, Cosine: 2}
	rep, err := verifier.Verify(context.Background(), task, data, dir, verifier.WithThresholds(loose, "test"), verifier.WithRelative(1e9))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Verdict != verifier.Rejected || len(rep.Findings) != 1 || rep.Findings[0].Check != verifier.CheckProgress {
		t.Fatalf("want rejection by progress alone: %s %v", rep.Verdict, rep.Findings)
	}
}
