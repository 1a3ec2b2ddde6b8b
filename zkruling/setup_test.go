package zkruling

import (
	"math/rand/v2"
	"os"
	"path/filepath"
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
