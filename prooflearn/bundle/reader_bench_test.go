package bundle_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/testdata"
)

// BenchmarkReadCheckpoints is a verifier's work for the checkpoints of a
// bundle of fashion-mlp's shape (51 checkpoints of 784-128-10 with
// momentum, 814 KB of state each), all held at once as the verifier holds
// them: read, decode, validate and hash each, with a fresh buffer and
// fresh tensors for each (ReadCheckpointFS), and with a reader's reused
// buffer. The verifier also puts the values in one ValueArena: what that
// saves is the page faults of a fresh process's heap, which a benchmark's
// warm heap does not have, so it is measured on the whole binary instead
// (docs/verifier-cost.md).
//
//	go test -run '^$' -bench ReadCheckpoints -benchmem ./prooflearn/bundle/
func BenchmarkReadCheckpoints(b *testing.B) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	require.NoError(b, err)
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	require.NoError(b, err)
	task.Model.Hidden = []int{128}
	seed, err := task.RevealedSeed()
	require.NoError(b, err)
	state, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(b, err)
	dir := b.TempDir()
	require.NoError(b, bundle.WriteCheckpoint(dir, state))
	fsys, name := bundle.DirFS(dir), bundle.CheckpointPath(0)
	const checkpoints = 51
	held := make([]*prooflearn.Checkpoint, checkpoints)
	run := func(b *testing.B, newReader func() *bundle.CheckpointReader) {
		b.ReportAllocs()
		for b.Loop() {
			clear(held)
			r := newReader()
			for i := range held {
				var c *prooflearn.Checkpoint
				var err error
				if r == nil {
					c, err = bundle.ReadCheckpointFS(fsys, name, task)
				} else {
					c, err = r.ReadFS(fsys, name, task)
				}
				if err != nil {
					b.Fatal(err)
				}
				_ = c.LeafHash()
				held[i] = c
			}
		}
	}
	b.Run("fresh", func(b *testing.B) { run(b, func() *bundle.CheckpointReader { return nil }) })
	b.Run("reader", func(b *testing.B) { run(b, func() *bundle.CheckpointReader { return new(bundle.CheckpointReader) }) })
}
