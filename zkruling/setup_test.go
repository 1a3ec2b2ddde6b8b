package zkruling

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// A chunk circuit's setup written by one party and loaded by another proves
// with the loaded keys: the proof verifies and the verifier the loaded key
// derives is the writer's. A setup of another circuit (other constraint
// count) or a missing file is refused.
func TestChunkSetupRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	c := newChunkCase(rng, OpReLU, []int{10})
	dir := t.TempDir()
	src, _, err := WriteChunkSetup(dir, c.op, 0)
	require.NoError(t, err)
	require.NotEmpty(t, src)
	for _, f := range []string{setupCCS, setupPK, setupVK} {
		st, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		require.Positive(t, st.Size(), f)
	}

	loaded, err := LoadChunkSetup(dir, c.op, 0)
	require.NoError(t, err)
	require.Equal(t, src, loaded, "the loaded verifying key derives the writer's verifier")
	r, err := ProveChunk(c.op, 0, c.inputs, c.out)
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	got, err := r.Solidity()
	require.NoError(t, err)
	require.Equal(t, src, got, "the proof is made with the loaded keys")

	// The setup of a longer relu chunk is not this circuit's.
	other := newChunkCase(rng, OpReLU, []int{20})
	otherDir := t.TempDir()
	_, _, err = WriteChunkSetup(otherDir, other.op, 0)
	require.NoError(t, err)
	_, err = LoadChunkSetup(otherDir, c.op, 0)
	require.ErrorIs(t, err, ErrSetupMismatch)

	// A proving key of another setup beside this setup's verifying key:
	// its proofs would not verify, so it is refused before any.
	sameDir := t.TempDir()
	for _, f := range []string{setupCCS, setupVK} {
		raw, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(sameDir, f), raw, 0o644))
	}
	raw, err := os.ReadFile(filepath.Join(otherDir, setupPK))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(sameDir, setupPK), raw, 0o644))
	_, err = LoadChunkSetup(sameDir, c.op, 0)
	require.ErrorIs(t, err, ErrSetupMismatch)

	require.NoError(t, os.Remove(filepath.Join(dir, setupPK)))
	_, err = LoadChunkSetup(dir, c.op, 0)
	require.ErrorIs(t, err, os.ErrNotExist)
}

// A product's slice and rounding setups written by one party and loaded by
// another prove with the loaded keys: both proofs verify, and the
// verifiers the loaded keys derive are the writer's. A setup whose rounding
// circuit is the slice circuit's, a proving key of another setup, or
// another product's setup is refused.
func TestSliceSetupRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("four Groth16 setups of slice and rounding circuits (about 2 min on two cores)")
	}
	rng := rand.New(rand.NewPCG(7, 3))
	sc := newSliceCase(t, rng, 40, 24, 64)
	dir := t.TempDir()
	slice, round, _, err := WriteSliceSetup(dir, sc.op)
	require.NoError(t, err)
	require.NotEmpty(t, slice)
	require.NotEqual(t, slice, round)

	ls, lr, err := LoadSliceSetup(dir, sc.op)
	require.NoError(t, err)
	require.Equal(t, slice, ls, "the loaded slice key derives the writer's verifier")
	require.Equal(t, round, lr, "the loaded rounding key derives the writer's verifier")
	r, err := ProveSlice(sc.op, 1, 0, sc.a, sc.b, sc.partials[0], sc.partials[1])
	require.NoError(t, err)
	require.NoError(t, r.VerifyGo())
	got, err := r.Solidity()
	require.NoError(t, err)
	require.Equal(t, slice, got, "the slice proof is made with the loaded keys")
	out := slices.Clone(sc.out)
	out[3]++
	rr, err := ProveRound(sc.op, 0, sc.partials[len(sc.partials)-1], out)
	require.NoError(t, err)
	require.NoError(t, rr.VerifyGo())
	got, err = rr.Solidity()
	require.NoError(t, err)
	require.Equal(t, round, got, "the rounding proof is made with the loaded keys")

	cp := func(from, to string) {
		raw, err := os.ReadFile(from)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
		require.NoError(t, os.WriteFile(to, raw, 0o644))
	}
	// The slice circuit's whole setup published as the rounding circuit's.
	swapped := t.TempDir()
	for _, f := range []string{setupCCS, setupPK, setupVK} {
		cp(filepath.Join(dir, SliceSetupSlice, f), filepath.Join(swapped, SliceSetupSlice, f))
		cp(filepath.Join(dir, SliceSetupSlice, f), filepath.Join(swapped, SliceSetupRound, f))
	}
	_, _, err = LoadSliceSetup(swapped, sc.op)
	require.ErrorIs(t, err, ErrSetupMismatch)

	// Another product's setup (another slice width).
	other := newSliceCase(t, rng, 40, 32, 32)
	otherDir := t.TempDir()
	_, _, _, err = WriteSliceSetup(otherDir, other.op)
	require.NoError(t, err)
	_, _, err = LoadSliceSetup(otherDir, sc.op)
	require.ErrorIs(t, err, ErrSetupMismatch)

	// The rounding circuit's proving key of another setup.
	mixed := t.TempDir()
	for _, sub := range []string{SliceSetupSlice, SliceSetupRound} {
		for _, f := range []string{setupCCS, setupPK, setupVK} {
			cp(filepath.Join(dir, sub, f), filepath.Join(mixed, sub, f))
		}
	}
	cp(filepath.Join(otherDir, SliceSetupRound, setupPK), filepath.Join(mixed, SliceSetupRound, setupPK))
	_, _, err = LoadSliceSetup(mixed, sc.op)
	require.ErrorIs(t, err, ErrSetupMismatch)

	require.NoError(t, os.Remove(filepath.Join(dir, SliceSetupRound, setupVK)))
	_, _, err = LoadSliceSetup(dir, sc.op)
	require.ErrorIs(t, err, os.ErrNotExist)
}
