package prooflearn

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
)

// ManifestFormat identifies the manifest layout.
const ManifestFormat = "prooflearn-proof/v1"

// Manifest is a proof bundle's index (manifest.json). Only Root is the proof's
// identity; the rest says where the committed objects are stored, and every
// leaf it names is recomputed from the stored objects before it is believed.
type Manifest struct {
	Format             string          `json:"format"`
	Root               Hash            `json:"root"`
	TaskHash           Hash            `json:"task_hash"`
	DatasetRoot        Hash            `json:"dataset_root"`
	SeedCommitment     Hash            `json:"seed_commitment"`
	Steps              int             `json:"steps"`
	CheckpointInterval int             `json:"checkpoint_interval"`
	Leaves             int             `json:"leaves"`
	Checkpoints        []CheckpointRef `json:"checkpoints"`
	BatchesFile        string          `json:"batches_file"`
	// Metrics are informational: not committed, never trusted.
	Metrics *TrainingMetrics `json:"metrics,omitempty"`
}

// CheckpointRef locates one checkpoint and the leaf it must hash to.
type CheckpointRef struct {
	Step int    `json:"step"`
	File string `json:"file"`
	Leaf Hash   `json:"leaf"`
}

// TrainingMetrics are what the solver observed; a verifier ignores them.
type TrainingMetrics struct {
	FinalLoss    float64 `json:"final_loss"`
	TestAccuracy float64 `json:"test_accuracy,omitempty"`
	Seconds      float64 `json:"seconds"`
}

// Batches is the stored form of the per-step batch indices (batches.json).
type Batches struct {
	Format    string  `json:"format"`
	BatchSize int     `json:"batch_size"`
	Indices   [][]int `json:"indices"`
}

// BatchesFormat identifies the batches file layout.
const BatchesFormat = "prooflearn-batches/v1"

// Size limits for bundle files: far above any real bundle, low enough that a
// hostile one cannot exhaust memory.
const (
	MaxManifestBytes   = 16 << 20
	MaxBatchesBytes    = 512 << 20
	MaxCheckpointBytes = 2 << 30
)

// ReadLimited reads a whole file, refusing one larger than limit before reading it.
// Only regular files are read, and a symbolic link in the path's last element
// is not followed: a bundle is untrusted, and a link to a device or a named
// pipe inside it must not make a verifier read forever. The checks are made
// on the open handle, so the file checked is the file read.
func ReadLimited(path string, limit int64) ([]byte, error) {
	f, err := openNoFollow(path)
	if err != nil {
		if isLoop(err) {
			return nil, fmt.Errorf("%w: %s is a symbolic link", ErrMalformed, path)
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is not a regular file (%v)", ErrMalformed, path, st.Mode().Type())
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %s is %d bytes, limit %d", ErrTooLarge, path, st.Size(), limit)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s is over %d bytes", ErrTooLarge, path, limit)
	}
	return b, nil
}

func decodeStrict(b []byte, v any, what string) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("%w: %s is empty", ErrMalformed, what)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, what, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: %s: trailing data", ErrMalformed, what)
	}
	return nil
}

// DecodeManifest parses and sanity-checks a manifest. It checks structure
// only; whether the bundle is honest is the verifier's business.
func DecodeManifest(b []byte) (*Manifest, error) {
	var m Manifest
	if err := decodeStrict(b, &m, "manifest"); err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: manifest: "+format, append([]any{ErrMalformed}, args...)...)
	}
	if m.Format != ManifestFormat {
		return nil, bad("format %q, want %q", m.Format, ManifestFormat)
	}
	if m.Steps <= 0 || m.CheckpointInterval <= 0 {
		return nil, bad("steps %d and checkpoint_interval %d must be positive", m.Steps, m.CheckpointInterval)
	}
	// The task bounds both (Task.Validate), and so keeps the arithmetic
	// below far from overflow, on 32-bit machines too.
	for _, f := range []struct {
		name  string
		value int
	}{{"steps", m.Steps}, {"checkpoint_interval", m.CheckpointInterval}} {
		if f.value > MaxSteps {
			return nil, &LimitError{Field: "manifest " + f.name, Value: strconv.Itoa(f.value), Limit: MaxSteps, In: ErrMalformed}
		}
	}
	want := (m.Steps+m.CheckpointInterval-1)/m.CheckpointInterval + 1
	if want > MaxCheckpoints {
		return nil, &LimitError{Field: "manifest checkpoints (steps ÷ checkpoint_interval + 1)", Value: strconv.Itoa(want), Limit: MaxCheckpoints, In: ErrMalformed}
	}
	if len(m.Checkpoints) != want {
		return nil, bad("%d checkpoints for %d steps at interval %d, want %d", len(m.Checkpoints), m.Steps, m.CheckpointInterval, want)
	}
	if m.Leaves != 1+want+m.Steps {
		return nil, bad("leaves %d, want %d", m.Leaves, 1+want+m.Steps)
	}
	for _, c := range m.Checkpoints {
		if !filepath.IsLocal(c.File) {
			return nil, bad("checkpoint file %q is not a path inside the bundle", c.File)
		}
	}
	if !filepath.IsLocal(m.BatchesFile) {
		return nil, bad("batches file %q is not a path inside the bundle", m.BatchesFile)
	}
	return &m, nil
}

// Encode returns the manifest as indented JSON.
func (m *Manifest) Encode() []byte {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// DecodeBatches parses a batches file.
func DecodeBatches(b []byte) (*Batches, error) {
	var bs Batches
	if err := decodeStrict(b, &bs, "batches file"); err != nil {
		return nil, err
	}
	if bs.Format != BatchesFormat {
		return nil, fmt.Errorf("%w: batches file format %q, want %q", ErrMalformed, bs.Format, BatchesFormat)
	}
	if bs.BatchSize <= 0 {
		return nil, fmt.Errorf("%w: batches file batch_size %d", ErrMalformed, bs.BatchSize)
	}
	if bs.BatchSize > MaxBatchSize {
		return nil, &LimitError{Field: "batches file batch_size", Value: strconv.Itoa(bs.BatchSize), Limit: MaxBatchSize, In: ErrMalformed}
	}
	if len(bs.Indices) > MaxSteps {
		return nil, &LimitError{Field: "batches file steps", Value: strconv.Itoa(len(bs.Indices)), Limit: MaxSteps, In: ErrMalformed}
	}
	for s, idx := range bs.Indices {
		if len(idx) != bs.BatchSize {
			return nil, fmt.Errorf("%w: batches file step %d has %d indices, batch size %d", ErrMalformed, s, len(idx), bs.BatchSize)
		}
		for _, i := range idx {
			// BatchCanonical stores an index as a uint32; compared as a
			// uint64, so the check also compiles where int is 32 bits.
			if i < 0 || uint64(i) > math.MaxUint32 {
				return nil, fmt.Errorf("%w: batches file step %d index %d", ErrMalformed, s, i)
			}
		}
	}
	return &bs, nil
}

// ProofLeaves lays out a proof's Merkle leaves: the binding leaf, then each
// checkpoint followed by the batches of the steps that start from it:
// [binding, ckpt(0), batch(0) … batch(k−1), ckpt(k), batch(k) …, ckpt(steps)].
func ProofLeaves(binding Hash, checkpoints []Hash, batches []Hash, k int) []Hash {
	leaves := make([]Hash, 0, 1+len(checkpoints)+len(batches))
	leaves = append(leaves, binding)
	for j, c := range checkpoints {
		leaves = append(leaves, c)
		for s := j * k; s < (j+1)*k && s < len(batches); s++ {
			leaves = append(leaves, batches[s])
		}
	}
	return leaves
}

// CheckpointLeafIndex is the position of checkpoint j in ProofLeaves.
func CheckpointLeafIndex(j, k, steps int) int {
	before := min(j*k, steps) // batches that precede checkpoint j
	return 1 + j + before
}

// BatchLeafIndex is the position of step s's batch in ProofLeaves.
func BatchLeafIndex(s, k int) int {
	return 1 + s/k + 1 + s
}

// ProofRoot is the root of a proof: the Merkle root over ProofLeaves, with the
// binding leaf computed from the task hash, dataset root and seed commitment.
func ProofRoot(taskHash, datasetRoot, seedCommitment Hash, checkpoints, batches []Hash, k int) Hash {
	binding := LeafHash(BindingCanonical(taskHash, datasetRoot, seedCommitment))
	return MerkleRoot(ProofLeaves(binding, checkpoints, batches, k))
}
