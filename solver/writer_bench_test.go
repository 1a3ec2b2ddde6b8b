package solver

import (
	"bytes"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/testdata"
)

// BenchmarkWriteCheckpoint is the bundle writer's work for one checkpoint of
// fashion-mlp's shape (784-128-10 with momentum, 814 KB of state): the
// snapshot the training loop takes, fresh or into a used one, then the leaf
// hash, the encoding and the synced write the writer does off the loop.
func BenchmarkWriteCheckpoint(b *testing.B) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		b.Fatal(err)
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	task.Model.Hidden = []int{128}
	task.BatchSize = 64
	seed, err := task.RevealedSeed()
	if err != nil {
		b.Fatal(err)
	}
	state, err := prooflearn.InitialCheckpoint(task, seed)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := prepareDir(dir, nil); err != nil {
		b.Fatal(err)
	}
	ready := func() error { return nil }
	data, err := dataset.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	tr, err := train.New(task, data.Train)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("snapshot-fresh", func(b *testing.B) {
		for b.Loop() {
			_ = tr.Checkpoint()
		}
	})
	b.Run("snapshot-into-used", func(b *testing.B) {
		c := tr.Checkpoint()
		for b.Loop() {
			c = tr.CheckpointInto(c)
		}
	})
	// The leaf streamed into SHA-256, against the canonical encoding built
	// in a fresh buffer and hashed, as before.
	b.Run("hash", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = state.LeafHash()
		}
	})
	b.Run("hash-built", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = prooflearn.LeafHash(state.Canonical())
		}
	})
	// The file's encoding into an encoder's reused buffers, against a fresh
	// encoding each time.
	b.Run("encode-reused", func(b *testing.B) {
		b.ReportAllocs()
		enc := new(bundle.CheckpointEncoder)
		for b.Loop() {
			if _, err := enc.Encode(state); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encode-fresh", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := bundle.EncodeCheckpoint(state); err != nil {
				b.Fatal(err)
			}
		}
	})
	// All the writer does for one checkpoint, with an encoder it reuses.
	b.Run("hash-encode-write", func(b *testing.B) {
		b.ReportAllocs()
		c := state.Clone()
		enc := new(bundle.CheckpointEncoder)
		for b.Loop() {
			if _, err := writeCheckpoint(dir, c, enc, ready); err != nil {
				b.Fatal(err)
			}
		}
	})
}
