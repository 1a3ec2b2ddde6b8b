package spoof

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/verifier"
)

// The attacks against a transformer (tiny-gpt, tolerant, its calibrated
// δ), each verified with every segment replayed, and the check that must
// reject each one. data-tamper changes one character of a window the first
// batch trains on to another ASCII character (the default tamper, byte
// 255, is no token of a 128-token vocabulary, which the trainer refuses).
func TestAttacksOnGPTRejected(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains tiny-gpt once per attack (about half a minute); the full suite without the race detector runs it")
	}
	catches := map[string]string{
		DataTamper:  verifier.CheckReplay,
		StateEdit:   verifier.CheckReplayOptimizer,
		Stitch:      verifier.CheckReplay,
		LastSegment: verifier.CheckReplay,
		Interpolate: verifier.CheckReplay,
	}
	task := testbundle.ShippedTask(t, "tiny-gpt")
	// Four segments of the shipped 20: every attack and check is the same
	// on a shorter run, at a fifth of the cost.
	task.Steps = 100
	data := testbundle.DataFor(t, task).Train
	order, err := prooflearn.NewDataOrder(mustSeed(t, task), task.Dataset.Examples, task.BatchSize)
	require.NoError(t, err)
	ex := order.Batch(0)[0]
	const pos = 10
	swap := byte('e')
	if data.Pixels(ex)[pos] == swap {
		swap = 't'
	}
	f, err := New(task, data, WithTamper(Tamper{Example: ex, Pixel: pos, Value: swap}))
	require.NoError(t, err)
	for _, name := range []string{DataTamper, StateEdit, Stitch, LastSegment, Interpolate} {
		t.Run(name, func(t *testing.T) { rejectedConsistently(t, f, task, data, name, catches[name]) })
	}
}

func mustSeed(t *testing.T, task *prooflearn.Task) []byte {
	t.Helper()
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	return seed
}
