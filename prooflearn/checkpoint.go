package prooflearn

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"unsafe"

	"github.com/transparency-dev/merkle/rfc6962"
)

// Checkpoint is the full training state at a step: what a replay needs to
// continue exactly where the solver was.
type Checkpoint struct {
	Step int
	// Params are the model parameters in the model's canonical order.
	Params []Tensor
	// OptState is the optimizer state in parameter order: momentum buffers,
	// or Adam's first and second moment of each parameter in turn
	// (Task.OptimizerStateNames). Adam's step count t, which its bias
	// correction reads, is Step + 1: the step is exact state already.
	OptState []Tensor
	// RNG is the data-order generator's state after the batches before Step.
	RNG RNGState
}

// RNGState places the data-order stream: the epoch in progress at Step, and
// the number of draws its shuffle consumed.
type RNGState struct {
	Epoch   uint64
	Counter uint64
}

const checkpointTag = "prooflearn/checkpoint/v1\x00"

// Canonical returns the checkpoint's canonical encoding, the bytes its Merkle
// leaf commits to: the tag "prooflearn/checkpoint/v1" and a zero byte; step,
// RNG epoch and counter as uint64 LE; then the parameter list and the optimizer
// list, each as a uint32 LE count followed by, per tensor, a uint16 LE name
// length, the name, and the tensor's canonical encoding (Tensor.AppendCanonical).
//
// Nothing is narrowed: a checkpoint with more than 2^32−1 tensors in a list,
// a name longer than MaxTensorNameLen bytes or a tensor of rank above
// MaxTensorRank — all refused by Tensor.Validate and so by CheckShape — has
// no canonical encoding, and Canonical returns nil. Its leaf, LeafHash(nil),
// is that of no encodable checkpoint, which all start with the tag.
func (c *Checkpoint) Canonical() []byte {
	if c.encodable() != nil {
		return nil
	}
	n := len(checkpointTag) + 24 + 8
	for _, list := range [][]Tensor{c.Params, c.OptState} {
		for i := range list {
			n += 2 + len(list[i].Name) + 2 + 8*len(list[i].Shape) + list[i].Len()*list[i].DType.Size()
		}
	}
	b := bytes.NewBuffer(make([]byte, 0, n))
	c.writeCanonical(b) // a bytes.Buffer's Write never fails
	return b.Bytes()
}

// encodable reports whether the checkpoint has a canonical encoding (see
// Canonical): no list of more than 2^32−1 tensors, no tensor beyond the
// encoding's fields.
func (c *Checkpoint) encodable() error {
	for _, list := range [][]Tensor{c.Params, c.OptState} {
		if uint64(len(list)) > math.MaxUint32 {
			return &LimitError{Field: "checkpoint tensor count", Value: fmt.Sprint(len(list)), Limit: math.MaxUint32, In: ErrMalformed}
		}
		for i := range list {
			if err := list[i].checkEncodable(); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteCanonical writes the checkpoint's canonical encoding, the bytes
// Canonical returns, to w without building it: the small fields go through
// a few bytes of scratch, and each tensor's values are written from its own
// memory where the machine is little-endian (through a 16 KiB chunk where
// it is not). A checkpoint without an encoding (Canonical returns nil) is an
// error, and nothing is written.
func (c *Checkpoint) WriteCanonical(w io.Writer) error {
	if err := c.encodable(); err != nil {
		return err
	}
	return c.writeCanonical(w)
}

func (c *Checkpoint) writeCanonical(w io.Writer) error {
	b := make([]byte, 0, 256)
	b = append(b, checkpointTag...)
	b = binary.LittleEndian.AppendUint64(b, uint64(c.Step))
	b = binary.LittleEndian.AppendUint64(b, c.RNG.Epoch)
	b = binary.LittleEndian.AppendUint64(b, c.RNG.Counter)
	var chunk []byte // for a big-endian machine's values
	for _, list := range [][]Tensor{c.Params, c.OptState} {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(list)))
		for i := range list {
			t := &list[i]
			b = binary.LittleEndian.AppendUint16(b, uint16(len(t.Name)))
			b = append(b, t.Name...)
			b = append(b, byte(t.DType), byte(len(t.Shape)))
			for _, d := range t.Shape {
				b = binary.LittleEndian.AppendUint64(b, uint64(d))
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
			if raw, ok := t.littleEndianView(); ok {
				if _, err := w.Write(raw); err != nil {
					return err
				}
				continue
			}
			if chunk == nil {
				chunk = make([]byte, 16<<10)
			}
			for lo := 0; lo < t.Len(); {
				hi := min(t.Len(), lo+len(chunk)/8)
				if _, err := w.Write(t.appendRange(chunk[:0], lo, hi)); err != nil {
					return err
				}
				lo = hi
			}
		}
	}
	if len(b) > 0 { // the optimizer list's count, when it is empty
		_, err := w.Write(b)
		return err
	}
	return nil
}

// LeafHash is the checkpoint's Merkle leaf, LeafHash(c.Canonical()). The
// encoding is streamed into SHA-256 (WriteCanonical) rather than built: a
// checkpoint is hashed by the solver as it writes and by a verifier as it
// reads, and a fresh buffer of the state's size each time costs more than
// the hash.
func (c *Checkpoint) LeafHash() Hash {
	if c.encodable() != nil {
		return LeafHash(nil)
	}
	h := sha256.New()
	h.Write([]byte{rfc6962.RFC6962LeafHashPrefix})
	c.writeCanonical(h) // a hash.Hash's Write never fails
	var out Hash
	h.Sum(out[:0])
	return out
}

// AppendLittleEndian appends the tensor's raw values, as a safetensors file
// stores them (LittleEndianBytes), to b: a copy of the values' memory on a
// little-endian machine.
func (t *Tensor) AppendLittleEndian(b []byte) []byte {
	if raw, ok := t.littleEndianView(); ok {
		return append(b, raw...)
	}
	return t.appendRange(b, 0, t.Len())
}

// SetLittleEndian sets the tensor's values from raw, their little-endian
// encoding as AppendLittleEndian writes it: a copy into the values' memory
// on a little-endian machine. raw must hold exactly the tensor's Len values
// of its dtype. The values are not validated (Validate does that).
func (t *Tensor) SetLittleEndian(raw []byte) error {
	if size := t.DType.Size(); size == 0 || len(raw) != t.Len()*size {
		return fmt.Errorf("%w: tensor %q: %d bytes for %d values of %v", ErrMalformed, t.Name, len(raw), t.Len(), t.DType)
	}
	if view, ok := t.littleEndianView(); ok {
		copy(view, raw)
		return nil
	}
	switch t.DType {
	case Float64:
		for i := range t.F64 {
			t.F64[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
		}
	case Int32:
		for i := range t.I32 {
			t.I32[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
		}
	default:
		for i := range t.F32 {
			t.F32[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
	}
	return nil
}

// nativeLittleEndian: whether this machine stores values in little-endian
// order, the order of every encoding, so that a tensor's memory is its
// encoded values.
var nativeLittleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// littleEndianView returns the tensor's values as the bytes of their
// little-endian encoding, aliasing the tensor's memory, when the machine is
// little-endian. The caller only reads it.
func (t *Tensor) littleEndianView() ([]byte, bool) {
	if !nativeLittleEndian {
		return nil, false
	}
	var p unsafe.Pointer
	var n int
	switch t.DType {
	case Float64:
		p, n = unsafe.Pointer(unsafe.SliceData(t.F64)), 8*len(t.F64)
	case Int32:
		p, n = unsafe.Pointer(unsafe.SliceData(t.I32)), 4*len(t.I32)
	default:
		p, n = unsafe.Pointer(unsafe.SliceData(t.F32)), 4*len(t.F32)
	}
	if n == 0 {
		return nil, true
	}
	return unsafe.Slice((*byte)(p), n), true
}

// appendRange appends the little-endian encoding of values [lo, hi).
func (t *Tensor) appendRange(b []byte, lo, hi int) []byte {
	switch t.DType {
	case Float64:
		for _, v := range t.F64[lo:hi] {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	case Int32:
		for _, v := range t.I32[lo:hi] {
			b = binary.LittleEndian.AppendUint32(b, uint32(v))
		}
	default:
		for _, v := range t.F32[lo:hi] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
	}
	return b
}

// Clone returns a deep copy.
func (c *Checkpoint) Clone() *Checkpoint {
	out := &Checkpoint{Step: c.Step, RNG: c.RNG}
	for i := range c.Params {
		out.Params = append(out.Params, c.Params[i].Clone())
	}
	for i := range c.OptState {
		out.OptState = append(out.OptState, c.OptState[i].Clone())
	}
	return out
}

// CheckShape verifies that the checkpoint holds exactly the tensors the task's
// model and optimizer need (Task.CheckpointLayout), with the right names,
// shapes and dtype, all finite.
func (c *Checkpoint) CheckShape(t *Task) error { return c.checkShape(t, true) }

// CheckLayout is CheckShape without validating the values: the names,
// shapes and dtypes against the task's layout. It is for a decoder that has
// already validated every tensor it built (bundle.DecodeCheckpoint does),
// where a second pass over every value would find nothing new.
func (c *Checkpoint) CheckLayout(t *Task) error { return c.checkShape(t, false) }

func (c *Checkpoint) checkShape(t *Task, validate bool) error {
	layout := t.CheckpointLayout()
	for _, k := range c.StateKinds() {
		var want []TensorSpec
		for _, s := range layout {
			if s.Kind == k.Kind {
				want = append(want, s)
			}
		}
		if len(k.Tensors) != len(want) {
			return fmt.Errorf("%w: checkpoint at step %d has %d %s tensors, the task's model and optimizer have %d", ErrMalformed, c.Step, len(k.Tensors), k.Kind, len(want))
		}
		for i := range k.Tensors {
			got, w := &k.Tensors[i], want[i]
			if got.Name != w.Name || got.DType != w.DType || !sameShape(got.Shape, w.Shape) {
				return fmt.Errorf("%w: checkpoint at step %d: %s tensor %d is %q %v%v, want %q %v%v", ErrMalformed, c.Step, k.Kind, i, got.Name, got.DType, got.Shape, w.Name, w.DType, w.Shape)
			}
			if !validate {
				continue
			}
			if err := got.Validate(); err != nil {
				return fmt.Errorf("checkpoint at step %d: %w", c.Step, err)
			}
		}
	}
	return nil
}

// MomentumPrefix names momentum buffers: the buffer of w0 is "momentum.w0".
const MomentumPrefix = "momentum."

// AdamMPrefix and AdamVPrefix name Adam's first and second moments: those
// of w0 are "adam.m.w0" and "adam.v.w0".
const (
	AdamMPrefix = "adam.m."
	AdamVPrefix = "adam.v."
)

const batchTag = "prooflearn/batch/v1\x00"

// BatchCanonical is the canonical encoding of one step's batch: the tag
// "prooflearn/batch/v1" and a zero byte, the step as uint64 LE, the count as
// uint32 LE, then each example index as uint32 LE.
//
// Nothing is narrowed: a batch of more than 2^32−1 indices, or with an index
// outside [0, 2^32−1] (DecodeBatches refuses both), has no canonical
// encoding, and BatchCanonical returns nil, whose leaf no encodable batch has.
func BatchCanonical(step int, indices []int) []byte {
	if uint64(len(indices)) > math.MaxUint32 {
		return nil
	}
	for _, i := range indices {
		if i < 0 || uint64(i) > math.MaxUint32 {
			return nil
		}
	}
	b := make([]byte, 0, len(batchTag)+12+4*len(indices))
	b = append(b, batchTag...)
	b = binary.LittleEndian.AppendUint64(b, uint64(step))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(indices)))
	for _, i := range indices {
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
	}
	return b
}

const bindingTag = "prooflearn/binding/v1\x00"

// BindingCanonical is leaf 0 of every proof: it binds the proof to the task,
// the dataset and the seed commitment, so a bundle cannot be replayed under
// another task. Tag "prooflearn/binding/v1" and a zero byte, then the task
// hash, the dataset root and the seed commitment (32 bytes each).
func BindingCanonical(taskHash, datasetRoot Hash, seedCommitment Hash) []byte {
	b := append([]byte(bindingTag), taskHash[:]...)
	b = append(b, datasetRoot[:]...)
	return append(b, seedCommitment[:]...)
}
