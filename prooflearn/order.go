package prooflearn

import (
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// DataOrder derives the batch of every step from the revealed seed: each epoch
// is a Fisher–Yates shuffle of all examples driven by the PRNG stream
// "prooflearn/order/epoch/<e>", cut into len/batch batches (the remainder of an
// epoch is dropped). The solver cannot choose its data order.
type DataOrder struct {
	seed     []byte
	examples int
	batch    int
	epoch    int
	perm     []int
	counter  uint64
}

// NewDataOrder prepares the order for a dataset of examples and a batch size.
func NewDataOrder(seed []byte, examples, batch int) (*DataOrder, error) {
	if examples <= 0 || batch <= 0 || batch > examples {
		return nil, fmt.Errorf("%w: data order for %d examples in batches of %d", ErrInvalidTask, examples, batch)
	}
	return &DataOrder{seed: append([]byte(nil), seed...), examples: examples, batch: batch, epoch: -1}, nil
}

// BatchesPerEpoch is the number of full batches in one pass.
func (o *DataOrder) BatchesPerEpoch() int { return o.examples / o.batch }

// Batch returns the example indices of step (0-based). The slice is fresh.
func (o *DataOrder) Batch(step int) []int {
	e := step / o.BatchesPerEpoch()
	o.shuffle(e)
	pos := (step % o.BatchesPerEpoch()) * o.batch
	return append([]int(nil), o.perm[pos:pos+o.batch]...)
}

// State returns the RNG state in force at step: the epoch and the draws its
// shuffle consumed.
func (o *DataOrder) State(step int) RNGState {
	e := step / o.BatchesPerEpoch()
	o.shuffle(e)
	return RNGState{Epoch: uint64(e), Counter: o.counter}
}

func (o *DataOrder) shuffle(e int) {
	if o.epoch == e {
		return
	}
	if o.perm == nil {
		o.perm = make([]int, o.examples)
	}
	for i := range o.perm {
		o.perm[i] = i
	}
	rng := NewPRNG(o.seed, fmt.Sprintf("prooflearn/order/epoch/%d", e))
	for i := len(o.perm) - 1; i > 0; i-- {
		j := rng.IntN(i + 1)
		o.perm[i], o.perm[j] = o.perm[j], o.perm[i]
	}
	o.epoch, o.counter = e, rng.Counter
}

// InitialCheckpoint derives step 0 from the revealed seed: weights drawn
// Glorot-uniform, U(-√(6/(in+out)), +√(6/(in+out))) (a convolution's
// He-uniform, √(6/fan_in): initLimit; a transformer's uniform with standard
// deviation InitStd and layer-norm gains 1: paramInit), from the PRNG stream
// "prooflearn/init/<name>" of each weight; biases and optimizer state zero. The
// arithmetic is one float64 multiply-add on exactly representable operands and
// one correctly rounded sqrt, so every platform gets the same bits. In fixed
// mode each value x becomes the raw value round(x·2^16) (fixed.FromFloat).
func InitialCheckpoint(t *Task, seed []byte) (*Checkpoint, error) {
	order, err := NewDataOrder(seed, t.Dataset.Examples, t.BatchSize)
	if err != nil {
		return nil, err
	}
	dt := t.ElemType()
	names, shapes := t.Model.ParamShapes()
	c := &Checkpoint{Step: 0, RNG: order.State(0)}
	for i, name := range names {
		p := NewTensor(name, dt, shapes[i]...)
		limit, fill := t.Model.paramInit(name, shapes[i])
		// A transformer's layer-norm gains start at 1 (fixed mode, which
		// would need fixed.FromFloat, refuses transformers).
		for j := range p.F32 {
			p.F32[j] = float32(fill)
		}
		for j := range p.F64 {
			p.F64[j] = fill
		}
		if limit > 0 {
			rng := NewPRNG(seed, "prooflearn/init/"+name)
			for j := 0; j < p.Len(); j++ {
				// u = 2·Float64() − 1, uniform in [−1, 1), computed as an
				// exact integer difference times a power of two: no
				// floating-point add for a compiler to fuse with the multiply.
				u := float64(int64(rng.Uint64()>>11)-1<<52) * (1.0 / (1 << 52))
				v := u * limit
				switch dt {
				case Float64:
					p.F64[j] = v
				case Int32:
					p.I32[j] = fixed.FromFloat(v)
				default:
					p.F32[j] = float32(v)
				}
			}
		}
		c.Params = append(c.Params, p)
	}
	for i, name := range t.OptimizerStateNames() {
		c.OptState = append(c.OptState, NewTensor(name, dt, shapes[i/t.optimizerBuffers()]...))
	}
	return c, nil
}

// DataOrder returns the data order the task's revealed seed gives.
func (t *Task) DataOrder() (*DataOrder, error) {
	seed, err := t.RevealedSeed()
	if err != nil {
		return nil, err
	}
	return NewDataOrder(seed, t.Dataset.Examples, t.BatchSize)
}
