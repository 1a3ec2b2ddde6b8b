package prooflearn

import (
	"encoding/binary"
	"fmt"
	"math"
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
	n := len(checkpointTag) + 24 + 8
	for _, list := range [][]Tensor{c.Params, c.OptState} {
		if uint64(len(list)) > math.MaxUint32 {
			return nil
		}
		for i := range list {
			if list[i].checkEncodable() != nil {
				return nil
			}
			n += 2 + len(list[i].Name) + 2 + 8*len(list[i].Shape) + list[i].Len()*list[i].DType.Size()
		}
	}
	b := make([]byte, 0, n)
	b = append(b, checkpointTag...)
	b = binary.LittleEndian.AppendUint64(b, uint64(c.Step))
	b = binary.LittleEndian.AppendUint64(b, c.RNG.Epoch)
	b = binary.LittleEndian.AppendUint64(b, c.RNG.Counter)
	for _, list := range [][]Tensor{c.Params, c.OptState} {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(list)))
		for i := range list {
			b = binary.LittleEndian.AppendUint16(b, uint16(len(list[i].Name)))
			b = append(b, list[i].Name...)
			b = list[i].AppendCanonical(b)
		}
	}
	return b
}

// LeafHash is the checkpoint's Merkle leaf.
func (c *Checkpoint) LeafHash() Hash { return LeafHash(c.Canonical()) }

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
func (c *Checkpoint) CheckShape(t *Task) error {
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
