package prooflearn

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleManifest() *Manifest {
	m := &Manifest{Format: ManifestFormat, Steps: 5, CheckpointInterval: 2, BatchesFile: "batches.json"}
	for _, s := range []int{0, 2, 4, 5} {
		m.Checkpoints = append(m.Checkpoints, CheckpointRef{Step: s, File: "checkpoints/x.safetensors", Leaf: Hash{byte(s)}})
	}
	m.Leaves = 1 + len(m.Checkpoints) + m.Steps
	return m
}

func TestManifestRoundTrip(t *testing.T) {
	m := sampleManifest()
	got, err := DecodeManifest(m.Encode())
	require.NoError(t, err)
	assert.Equal(t, string(m.Encode()), string(got.Encode()), "manifest does not round-trip")
}

func TestManifestRejects(t *testing.T) {
	good := string(sampleManifest().Encode())
	for _, tc := range []struct {
		name, text string
	}{
		{"empty", ""},
		{"truncated", good[:len(good)/2]},
		{"trailing", good + "{}"},
		{"unknown field", strings.Replace(good, `"format"`, `"formats": 1, "format"`, 1)},
		{"wrong format", strings.Replace(good, ManifestFormat, "other/v9", 1)},
		{"bad root", strings.Replace(good, `"root": "0000`, `"root": "zz00`, 1)},
		{"short hash", strings.Replace(good, `"root": "00`, `"root": "`, 1)},
		{"escaping path", strings.Replace(good, "checkpoints/x.safetensors", "../../etc/passwd", 1)},
		{"absolute path", strings.Replace(good, `"batches.json"`, `"/etc/passwd"`, 1)},
		{"zero steps", strings.Replace(good, `"steps": 5`, `"steps": 0`, 1)},
		{"steps beyond int64", strings.Replace(good, `"steps": 5`, `"steps": 1e30`, 1)},
		{"missing ckpt", func() string { m := sampleManifest(); m.Checkpoints = m.Checkpoints[:3]; return string(m.Encode()) }()},
		{"leaf count", strings.Replace(good, `"leaves": 10`, `"leaves": 11`, 1)},
		{"negative leaf count", strings.Replace(good, `"leaves": 10`, `"leaves": -10`, 1)},
		{"not json object", "[1,2,3]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEqual(t, good, tc.text, "the edit did not apply")
			_, err := DecodeManifest([]byte(tc.text))
			assert.ErrorIs(t, err, ErrMalformed)
		})
	}
}

func FuzzDecodeManifest(f *testing.F) {
	f.Add(sampleManifest().Encode())
	f.Add([]byte(`{"format":"prooflearn-proof/v1"}`))
	hostile := sampleManifest()
	hostile.Steps, hostile.CheckpointInterval, hostile.Checkpoints = math.MaxInt, math.MaxInt, hostile.Checkpoints[:1]
	hostile.Leaves = 2 + hostile.Steps // wraps negative
	f.Add(hostile.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeManifest(b)
		if err != nil {
			require.ErrorIs(t, err, ErrMalformed, "untyped error")
			return
		}
		assert.LessOrEqual(t, m.Steps, MaxSteps)
		assert.Equal(t, 1+len(m.Checkpoints)+m.Steps, m.Leaves)
		again, err := DecodeManifest(m.Encode())
		require.NoError(t, err, "re-encoded manifest does not decode")
		assert.Equal(t, string(m.Encode()), string(again.Encode()), "encode/decode is not stable")
	})
}

func FuzzDecodeBatches(f *testing.F) {
	f.Add([]byte(`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[0,1],[3,2]]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		bs, err := DecodeBatches(b)
		if err != nil {
			require.ErrorIs(t, err, ErrMalformed, "untyped error")
			return
		}
		for s, idx := range bs.Indices {
			require.Len(t, idx, bs.BatchSize, "accepted a batch of the wrong size")
			assert.NotNil(t, BatchCanonical(s, idx), "accepted a batch the canonical encoding cannot hold")
		}
	})
}
