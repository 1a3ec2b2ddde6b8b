package settlement

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// A rejection whose finding names no segment (the initialisation, the
// binding, the data order, progress, a missing file) is settled without a
// game: the solver is slashed as if it had lost one, at no move.
func TestSlashRecomputed(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	id, err := s.RecordVerdict("t1", false, nil, t0)
	require.NoError(t, err)
	require.NotEmpty(t, id)
	_, err = s.SlashRecomputed(id, "")
	require.Error(t, err, "a recomputed ruling must name its check")

	r, err := s.SlashRecomputed(id, "initialisation")
	require.NoError(t, err)
	assert.Equal(t, prooflearn.PartyChallenger, r.Winner)
	assert.Equal(t, "initialisation", r.Recomputed)
	assert.Equal(t, -1, r.Segment)
	assert.False(t, r.VerifierAtFault)
	win := tm.SolverStake * Amount(tm.WinnerShare) / 100
	expect(t, l, tm.JackpotTax+tm.SolverStake-win, map[string]Amount{
		"submitter": -(tm.VerifierFee + tm.JackpotTax),
		"solver":    -tm.SolverStake, "verifier": tm.VerifierFee + win,
	})
	d, err := s.Dispute(id)
	require.NoError(t, err)
	assert.True(t, d.Settled)
	assert.Zero(t, d.Moves, "no game was played")
	_, err = s.SlashRecomputed(id, "initialisation")
	assert.ErrorIs(t, err, ErrAlreadySettled)
}
