package prooflearn

import (
	"bytes"
	"errors"
	"strings"
	"testing"
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
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Encode(), m.Encode()) {
		t.Fatal("manifest does not round-trip")
	}
}

func TestManifestRejects(t *testing.T) {
	good := string(sampleManifest().Encode())
	for name, text := range map[string]string{
		"empty":           "",
		"truncated":       good[:len(good)/2],
		"trailing":        good + "{}",
		"unknown field":   strings.Replace(good, `"format"`, `"formats": 1, "format"`, 1),
		"wrong format":    strings.Replace(good, ManifestFormat, "other/v9", 1),
		"bad root":        strings.Replace(good, `"root": "0000`, `"root": "zz00`, 1),
		"short hash":      strings.Replace(good, `"root": "00`, `"root": "`, 1),
		"escaping path":   strings.Replace(good, "checkpoints/x.safetensors", "../../etc/passwd", 1),
		"absolute path":   strings.Replace(good, `"batches.json"`, `"/etc/passwd"`, 1),
		"zero steps":      strings.Replace(good, `"steps": 5`, `"steps": 0`, 1),
		"missing ckpt":    func() string { m := sampleManifest(); m.Checkpoints = m.Checkpoints[:3]; return string(m.Encode()) }(),
		"leaf count":      strings.Replace(good, `"leaves": 10`, `"leaves": 11`, 1),
		"not json object": "[1,2,3]",
	} {
		_, err := DecodeManifest([]byte(text))
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err %v, want ErrMalformed", name, err)
		}
	}
}

func FuzzDecodeManifest(f *testing.F) {
	f.Add(sampleManifest().Encode())
	f.Add([]byte(`{"format":"prooflearn-proof/v1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeManifest(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		again, err := DecodeManifest(m.Encode())
		if err != nil {
			t.Fatalf("re-encoded manifest does not decode: %v", err)
		}
		if !bytes.Equal(again.Encode(), m.Encode()) {
			t.Fatal("encode/decode is not stable")
		}
	})
}

func FuzzDecodeBatches(f *testing.F) {
	f.Add([]byte(`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[0,1],[3,2]]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		bs, err := DecodeBatches(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, idx := range bs.Indices {
			if len(idx) != bs.BatchSize {
				t.Fatal("accepted a batch of the wrong size")
			}
		}
	})
}
