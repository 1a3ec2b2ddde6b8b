// Package bundle reads and writes proof bundles: a directory holding
// manifest.json, batches.json and one safetensors file per checkpoint. A
// bundle from a stranger is read through an fs.FS within the task's limits
// (ReadManifestFS, ReadBatchesFS, ReadCheckpointFS), so it can come from a
// directory confined by os.Root (DirFS), an archive or memory; the
// directory-taking *For functions are those on DirFS.
//
// The files are storage, not commitments: a checkpoint's Merkle leaf is the
// hash of its canonical encoding (prooflearn.Checkpoint.Canonical), so a
// bundle can be re-encoded without changing its root. Every decoder here
// validates fully and returns typed errors wrapping prooflearn's sentinels.
package bundle

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/safetensors"
)

// File names inside a bundle.
const (
	ManifestFile   = "manifest.json"
	BatchesFile    = "batches.json"
	CheckpointsDir = "checkpoints"
)

const checkpointFormat = "prooflearn-checkpoint/v1"

// CheckpointPath is where the checkpoint of step lives, relative to the bundle.
func CheckpointPath(step int) string {
	return filepath.Join(CheckpointsDir, fmt.Sprintf("step-%08d.safetensors", step))
}

// EncodeCheckpoint returns the safetensors bytes of a checkpoint. Tensor order
// and RNG state go in the metadata so decoding restores the canonical order.
func EncodeCheckpoint(c *prooflearn.Checkpoint) ([]byte, error) {
	b, err := new(CheckpointEncoder).Encode(c)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// CheckpointEncoder encodes checkpoints as EncodeCheckpoint does, into
// buffers it keeps from one call to the next. A solver writes a checkpoint
// of the same size every k steps; encoding each into fresh memory costs
// page faults and zeroing of twice its size, more than the copying. The zero
// value is ready to use; one encoder is not for concurrent use.
type CheckpointEncoder struct {
	data []byte // the tensors' values, in the file's order
	out  []byte
	file safetensors.File
}

// Encode returns the safetensors bytes of c, EncodeCheckpoint's bytes. They
// are the encoder's buffer: valid until its next Encode.
func (e *CheckpointEncoder) Encode(c *prooflearn.Checkpoint) ([]byte, error) {
	e.file.Metadata = map[string]string{
		"format":      checkpointFormat,
		"step":        strconv.Itoa(c.Step),
		"rng_epoch":   strconv.FormatUint(c.RNG.Epoch, 10),
		"rng_counter": strconv.FormatUint(c.RNG.Counter, 10),
		"params":      names(c.Params),
		"optimizer":   names(c.OptState),
	}
	size := 0
	for _, list := range [][]prooflearn.Tensor{c.Params, c.OptState} {
		for i := range list {
			size += list[i].Len() * list[i].DType.Size()
		}
	}
	// Sized first, so that no append below moves the values the tensors'
	// Data already point into.
	if cap(e.data) < size {
		e.data = make([]byte, 0, size)
	}
	data := e.data[:0]
	ts := e.file.Tensors[:0]
	for _, list := range [][]prooflearn.Tensor{c.Params, c.OptState} {
		for i := range list {
			start := len(data)
			data = list[i].AppendLittleEndian(data)
			ts = append(ts, safetensors.Tensor{
				Name:  list[i].Name,
				DType: stDType(list[i].DType),
				Shape: list[i].Shape,
				Data:  data[start:len(data):len(data)],
			})
		}
	}
	e.file.Tensors = ts
	out, err := safetensors.AppendEncode(e.out[:0], &e.file)
	clear(ts) // no reference to c's shapes or names outlives the call
	if err != nil {
		return nil, err
	}
	e.out = out
	return out, nil
}

func names(ts []prooflearn.Tensor) string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i] = ts[i].Name
	}
	return strings.Join(out, ",")
}

func stDType(d prooflearn.DType) string {
	switch d {
	case prooflearn.Float64:
		return "F64"
	case prooflearn.Int32:
		return "I32"
	}
	return "F32"
}

// DecodeCheckpoint parses a checkpoint file. Values must be finite: a NaN or
// infinity in training state is an error (*prooflearn.NonFiniteError).
func DecodeCheckpoint(b []byte) (*prooflearn.Checkpoint, error) { return decodeCheckpoint(b, nil) }

// decodeCheckpoint is DecodeCheckpoint with the values in arena, while it
// has room.
func decodeCheckpoint(b []byte, arena *ValueArena) (*prooflearn.Checkpoint, error) {
	f, err := safetensors.Decode(b, safetensors.Limits{MaxHeader: 16 << 20, MaxTotal: prooflearn.MaxCheckpointBytes})
	if err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: checkpoint: "+format, append([]any{prooflearn.ErrMalformed}, args...)...)
	}
	md := f.Metadata
	if md["format"] != checkpointFormat {
		return nil, bad("format %q, want %q", md["format"], checkpointFormat)
	}
	step, err := strconv.Atoi(md["step"])
	if err != nil || step < 0 || strconv.Itoa(step) != md["step"] {
		return nil, bad("step %q", md["step"])
	}
	epoch, err1 := strconv.ParseUint(md["rng_epoch"], 10, 64)
	counter, err2 := strconv.ParseUint(md["rng_counter"], 10, 64)
	if err1 != nil || err2 != nil {
		return nil, bad("rng state %q/%q", md["rng_epoch"], md["rng_counter"])
	}
	c := &prooflearn.Checkpoint{Step: step, RNG: prooflearn.RNGState{Epoch: epoch, Counter: counter}}
	used := 0
	for _, field := range []struct {
		key  string
		dest *[]prooflearn.Tensor
	}{{"params", &c.Params}, {"optimizer", &c.OptState}} {
		list, ok := md[field.key]
		if !ok {
			return nil, bad("metadata lacks %q", field.key)
		}
		if list == "" {
			continue
		}
		for _, name := range strings.Split(list, ",") {
			st, ok := f.Get(name)
			if !ok {
				return nil, bad("metadata lists tensor %q, the file lacks it", name)
			}
			var dt prooflearn.DType
			switch st.DType {
			case "F32":
				dt = prooflearn.Float32
			case "F64":
				dt = prooflearn.Float64
			case "I32":
				dt = prooflearn.Int32
			default:
				return nil, bad("tensor %q has dtype %s, want F32, F64 or I32", name, st.DType)
			}
			t, err := decodeTensor(name, dt, st.Shape, st.Data, arena)
			if err != nil {
				return nil, err
			}
			if err := t.Validate(); err != nil {
				return nil, err
			}
			*field.dest = append(*field.dest, t)
			used++
		}
	}
	if used != len(f.Tensors) {
		return nil, bad("file holds %d tensors, metadata names %d", len(f.Tensors), used)
	}
	return c, nil
}

// decodeTensor is prooflearn.TensorFromLittleEndian for a tensor that
// safetensors.Decode has checked (its shape's size, without overflow, is
// the data's length), the same checks made again: the values are copied as
// they lie (Tensor.SetLittleEndian), a memory copy on a little-endian
// machine, rather than one at a time. A verifier decodes every checkpoint
// of a bundle.
func decodeTensor(name string, dt prooflearn.DType, shape []int, raw []byte, arena *ValueArena) (prooflearn.Tensor, error) {
	if len(shape) > prooflearn.MaxTensorRank || len(name) > prooflearn.MaxTensorNameLen {
		// Refused as TensorFromLittleEndian refuses it.
		return prooflearn.TensorFromLittleEndian(name, dt, shape, raw)
	}
	n := 1
	for _, d := range shape {
		if d < 0 || (d > 0 && n > math.MaxInt32/d) {
			return prooflearn.Tensor{}, fmt.Errorf("%w: tensor %q shape %v", prooflearn.ErrMalformed, name, shape)
		}
		n *= d
	}
	if int64(len(raw)) != int64(n)*int64(dt.Size()) {
		return prooflearn.Tensor{}, fmt.Errorf("%w: tensor %q has %d bytes, shape %v of %v needs %d", prooflearn.ErrMalformed, name, len(raw), shape, dt, int64(n)*int64(dt.Size()))
	}
	t, ok := arena.tensor(name, dt, shape, n)
	if !ok {
		t = prooflearn.NewTensor(name, dt, shape...)
	}
	if err := t.SetLittleEndian(raw); err != nil {
		return prooflearn.Tensor{}, err
	}
	return t, nil
}

// ReadCheckpoint reads and decodes a checkpoint file; errors name the file.
func ReadCheckpoint(path string) (*prooflearn.Checkpoint, error) {
	b, err := prooflearn.ReadLimited(path, prooflearn.MaxCheckpointBytes)
	if err != nil {
		return nil, err
	}
	c, err := DecodeCheckpoint(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// WriteCheckpoint stores a checkpoint atomically under dir.
func WriteCheckpoint(dir string, c *prooflearn.Checkpoint) error {
	b, err := EncodeCheckpoint(c)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, CheckpointPath(c.Step))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return prooflearn.WriteFileAtomic(path, b)
}

// ReadManifest reads dir/manifest.json.
func ReadManifest(dir string) (*prooflearn.Manifest, error) {
	b, err := prooflearn.ReadLimited(filepath.Join(dir, ManifestFile), prooflearn.MaxManifestBytes)
	if err != nil {
		return nil, err
	}
	return prooflearn.DecodeManifest(b)
}

// ReadBatches reads the batches file a manifest names.
func ReadBatches(dir string, m *prooflearn.Manifest) (*prooflearn.Batches, error) {
	return readBatches(dir, m, prooflearn.MaxBatchesBytes)
}

func readBatches(dir string, m *prooflearn.Manifest, limit int64) (*prooflearn.Batches, error) {
	b, err := prooflearn.ReadLimited(filepath.Join(dir, m.BatchesFile), limit)
	if err != nil {
		return nil, err
	}
	return decodeBatches(b, m)
}

// decodeBatches decodes a batches file and checks it has m's steps.
func decodeBatches(b []byte, m *prooflearn.Manifest) (*prooflearn.Batches, error) {
	bs, ok, err := decodeBatchesFast(b)
	if !ok {
		bs, err = prooflearn.DecodeBatches(b)
	}
	if err != nil {
		return nil, err
	}
	if len(bs.Indices) != m.Steps {
		return nil, fmt.Errorf("%w: batches file has %d steps, manifest %d", prooflearn.ErrMalformed, len(bs.Indices), m.Steps)
	}
	return bs, nil
}

// IsNotExist reports whether err means a bundle file is missing.
func IsNotExist(err error) bool { return errors.Is(err, os.ErrNotExist) }

// Recommit recomputes m's root from its checkpoint leaves and the batches
// stored in dir, and writes m as dir's manifest (atomically, and last, as the
// solver does). It is for tools that rewrite a bundle — and for building the
// consistent forgeries the tests and the spoof package need; it believes the
// checkpoint leaves m names, so set those first.
func Recommit(dir string, m *prooflearn.Manifest) error {
	bs, err := ReadBatches(dir, m)
	if err != nil {
		return err
	}
	batchLeaves := make([]prooflearn.Hash, len(bs.Indices))
	for s, idx := range bs.Indices {
		batchLeaves[s] = prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx))
	}
	ckptLeaves := make([]prooflearn.Hash, len(m.Checkpoints))
	for i, c := range m.Checkpoints {
		ckptLeaves[i] = c.Leaf
	}
	m.Leaves = 1 + len(ckptLeaves) + len(batchLeaves)
	m.Root = prooflearn.ProofRoot(m.TaskHash, m.DatasetRoot, m.SeedCommitment, ckptLeaves, batchLeaves, m.CheckpointInterval)
	return prooflearn.WriteFileAtomic(filepath.Join(dir, ManifestFile), m.Encode())
}
