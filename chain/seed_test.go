package chain

import (
	"crypto/sha256"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
)

// TestSeededTask: the seed revealed on-chain feeds training only when it
// opens the task's own commitment, whatever the chain's commitment says.
func TestSeededTask(t *testing.T) {
	task, _, _ := testbundle.Honest(t)
	seed := [32]byte(sha256.Sum256([]byte("a fresh seed")))
	c := *task
	c.Seed, c.SeedCommitment = "", prooflearn.CommitSeed(seed[:])
	got, err := SeededTask(&c, seed)
	require.NoError(t, err)
	b, err := got.RevealedSeed()
	require.NoError(t, err)
	require.Equal(t, seed[:], b)
	require.Equal(t, c.Hash(), got.Hash(), "the seed is outside the task hash; its commitment is inside")
	require.Empty(t, c.Seed, "the task given is not changed")

	// Another seed: it may open a commitment the submitter posted on-chain
	// (keccak256(seed, salt) for any salt), never the task's SHA-256.
	other := seed
	other[31] ^= 1
	_, err = SeededTask(&c, other)
	require.ErrorIs(t, err, prooflearn.ErrCommitment)
	_, err = SeededTask(&c, [32]byte{})
	require.ErrorIs(t, err, prooflearn.ErrCommitment)
}
