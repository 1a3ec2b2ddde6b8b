package spoof

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

func TestNames(t *testing.T) {
	want := []string{Stitch, RankInit, Interpolate, GradMatch, TopQEvasion, HParamLie, OrderLie, DataTamper, StateEdit, LastSegment}
	got := Names()
	require.Len(t, got, len(want), "Names() = %v", got)
	for i := range want {
		t.Run(want[i], func(t *testing.T) {
			assert.Equal(t, want[i], got[i], "attack %d", i)
			assert.NotEmpty(t, Attacks()[i].Summary, "attack %d: %q has no summary", i, got[i])
		})
	}
}

func TestBuildRejectsBadInput(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t).Train
	ctx := context.Background()
	_, err := Build(ctx, "no-such-attack", task, data, t.TempDir())
	assert.ErrorIs(t, err, ErrUnknownAttack, "unknown attack")
	full := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(full, "x"), []byte("x"), 0o644))
	_, err = Build(ctx, RankInit, task, data, full)
	assert.Error(t, err, "wrote a forged bundle into a non-empty directory")
	_, err = Build(ctx, DataTamper, task, data, t.TempDir(), WithTamper(Tamper{Example: 5, Pixel: 784}))
	assert.ErrorIs(t, err, prooflearn.ErrOutOfRange, "tamper outside the image")
	_, err = Build(ctx, DataTamper, task, data, t.TempDir(), WithTamper(Tamper{Example: 5, Pixel: 0, Value: data.Pixels(5)[0]}))
	assert.Error(t, err, "a tamper that changes nothing was accepted")
	noSeed := *task
	noSeed.Seed = ""
	_, err = Build(ctx, Stitch, &noSeed, data, t.TempDir())
	assert.ErrorIs(t, err, prooflearn.ErrInvalidTask, "unrevealed seed")
}

// A forger who moves the weights by tiny amounts stays close to every
// checkpoint it claims. With thresholds so loose that neither δ nor ρ can
// object, the progress check still does: the loss does not fall.
func TestTinyUpdatesFailProgress(t *testing.T) {
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t).Train
	f, err := New(task, data)
	require.NoError(t, err)
	f.ctx = context.Background()
	seed := f.seed
	target, err := f.stolen()
	require.NoError(t, err)
	init, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
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
	_, err = writeBundle(dir, task, ckpts, f.seedBatches())
	require.NoError(t, err)
	loose := prooflearn.Thresholds{L1: 1e9, L2: 1e9, LInf: 1e9, Cosine: 2}
	rep, err := verifier.Verify(context.Background(), task, data, dir, verifier.WithThresholds(loose, "test"), verifier.WithRelative(1e9))
	require.NoError(t, err)
	require.Equal(t, verifier.Rejected, rep.Verdict, "want rejection by progress alone: %s %v", rep.Verdict, rep.Findings)
	require.Len(t, rep.Findings, 1, "want rejection by progress alone: %s %v", rep.Verdict, rep.Findings)
	require.Equal(t, verifier.CheckProgress, rep.Findings[0].Check, "want rejection by progress alone: %s %v", rep.Verdict, rep.Findings)
}
