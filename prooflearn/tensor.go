package prooflearn

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"strconv"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// DType is the element type of a tensor.
type DType uint8

const (
	Float32 DType = 1
	Float64 DType = 2
	// Int32 holds fixed-point raw values (prooflearn/fixed: x stands for
	// x/2^16), the element type of a task in fixed mode.
	Int32 DType = 3
)

// String returns the name used in task files ("float32", "float64"), or
// "int32" for fixed-point tensors.
func (d DType) String() string {
	switch d {
	case Float32:
		return "float32"
	case Float64:
		return "float64"
	case Int32:
		return "int32"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size is the element size in bytes.
func (d DType) Size() int {
	switch d {
	case Float32, Int32:
		return 4
	case Float64:
		return 8
	}
	return 0
}

// ParseDType parses "float32" or "float64"; the empty string means float32.
func ParseDType(s string) (DType, error) {
	switch s {
	case "", "float32":
		return Float32, nil
	case "float64":
		return Float64, nil
	}
	return 0, fmt.Errorf("%w: dtype %q (want float32 or float64)", ErrInvalidTask, s)
}

// Limits of the canonical encodings: a tensor's rank is stored in one byte
// (Tensor.AppendCanonical) and a tensor's name length in two
// (Checkpoint.Canonical). Tensor.Validate refuses a tensor beyond either, so
// no valid tensor is ever narrowed.
const (
	MaxTensorRank    = math.MaxUint8
	MaxTensorNameLen = math.MaxUint16
)

// Tensor is a named dense tensor. Exactly one of F32, F64 and I32 holds the
// values, according to DType; all are row-major.
type Tensor struct {
	Name  string
	DType DType
	Shape []int
	F32   []float32
	F64   []float64
	// I32 holds an Int32 tensor's fixed-point raw values.
	I32 []int32
}

// NewTensor allocates a zero tensor.
func NewTensor(name string, dt DType, shape ...int) Tensor {
	t := Tensor{Name: name, DType: dt, Shape: append([]int(nil), shape...)}
	n := shapeSize(shape)
	switch dt {
	case Float64:
		t.F64 = make([]float64, n)
	case Int32:
		t.I32 = make([]int32, n)
	default:
		t.F32 = make([]float32, n)
	}
	return t
}

func shapeSize(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// Len is the number of elements.
func (t *Tensor) Len() int {
	switch t.DType {
	case Float64:
		return len(t.F64)
	case Int32:
		return len(t.I32)
	}
	return len(t.F32)
}

// At returns element i as a float64, exactly: a float widened, a
// fixed-point raw value x as the real value x/2^16 it stands for, so that
// distances, norms and losses are in the same units in every mode.
func (t *Tensor) At(i int) float64 {
	switch t.DType {
	case Float64:
		return t.F64[i]
	case Int32:
		return fixed.ToFloat(t.I32[i])
	}
	return float64(t.F32[i])
}

// Clone returns a deep copy.
func (t *Tensor) Clone() Tensor {
	c := Tensor{Name: t.Name, DType: t.DType, Shape: append([]int(nil), t.Shape...)}
	if t.F32 != nil {
		c.F32 = append([]float32(nil), t.F32...)
	}
	if t.F64 != nil {
		c.F64 = append([]float64(nil), t.F64...)
	}
	if t.I32 != nil {
		c.I32 = append([]int32(nil), t.I32...)
	}
	return c
}

// CopyFrom copies values from src, which must have the same dtype and size.
func (t *Tensor) CopyFrom(src *Tensor) error {
	if t.DType != src.DType || t.Len() != src.Len() || !sameShape(t.Shape, src.Shape) {
		return fmt.Errorf("%w: tensor %q is %v%v, source %q is %v%v", ErrMalformed, t.Name, t.DType, t.Shape, src.Name, src.DType, src.Shape)
	}
	copy(t.F32, src.F32)
	copy(t.F64, src.F64)
	copy(t.I32, src.I32)
	return nil
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Validate checks that the tensor fits the canonical encoding (rank at most
// MaxTensorRank, name at most MaxTensorNameLen bytes), that the values match
// the shape and that they are all finite; an Int32 tensor's values must be
// in the fixed-point range [−2^24, 2^24), which every fixed-point operator
// keeps and on which the exactness of its int64 sums rests.
func (t *Tensor) Validate() error {
	if t.DType != Float32 && t.DType != Float64 && t.DType != Int32 {
		return fmt.Errorf("%w: tensor %q has unknown dtype %d", ErrMalformed, t.Name, t.DType)
	}
	if err := t.checkEncodable(); err != nil {
		return err
	}
	for _, d := range t.Shape {
		if d < 0 {
			return fmt.Errorf("%w: tensor %q has negative dimension in %v", ErrMalformed, t.Name, t.Shape)
		}
	}
	if !shapeHolds(t.Shape, t.Len()) {
		return fmt.Errorf("%w: tensor %q has %d values for shape %v", ErrMalformed, t.Name, t.Len(), t.Shape)
	}
	if t.DType == Int32 {
		for i, v := range t.I32 {
			if !fixed.InRange(int64(v)) {
				return fmt.Errorf("%w: tensor %q element %d is %d, outside the fixed-point range [-2^24, 2^24)", ErrMalformed, t.Name, i, v)
			}
		}
		return nil
	}
	for i := 0; i < t.Len(); i++ {
		if v := t.At(i); math.IsNaN(v) || math.IsInf(v, 0) {
			return &NonFiniteError{Tensor: t.Name, Index: i, Value: v}
		}
	}
	return nil
}

// checkEncodable refuses a tensor whose rank or name length would not fit
// the canonical encodings' fields.
func (t *Tensor) checkEncodable() error {
	if len(t.Shape) > MaxTensorRank {
		return &LimitError{Field: fmt.Sprintf("tensor %.40q rank", t.Name), Value: strconv.Itoa(len(t.Shape)), Limit: MaxTensorRank, In: ErrMalformed}
	}
	if len(t.Name) > MaxTensorNameLen {
		return &LimitError{Field: fmt.Sprintf("tensor %.40q… name length", t.Name), Value: strconv.Itoa(len(t.Name)), Limit: MaxTensorNameLen, In: ErrMalformed}
	}
	return nil
}

// shapeHolds reports whether a shape of non-negative dimensions has exactly
// n elements. Unlike shapeSize it cannot overflow: a hostile shape whose
// product wraps around to n does not match.
func shapeHolds(shape []int, n int) bool {
	for _, d := range shape {
		if d == 0 {
			return n == 0
		}
	}
	size := uint64(1)
	for _, d := range shape {
		hi, lo := bits.Mul64(size, uint64(d))
		if hi != 0 || lo > uint64(n) {
			return false
		}
		size = lo
	}
	return size == uint64(n)
}

// AppendCanonical appends the canonical encoding of the tensor's values:
// dtype (1 byte: 1 float32, 2 float64, 3 int32), rank (1 byte), each
// dimension as uint64 LE, then the values as little-endian IEEE 754 (int32:
// two's complement raw values). The name is not part of it; containers encode
// names themselves.
//
// A tensor of rank above MaxTensorRank, which Validate refuses, is not
// narrowed: it encodes as the single byte 0, no dtype, which starts no valid
// tensor's encoding. Such a tensor never shares an encoding, or a leaf, with
// a valid one, and decoders refuse it.
func (t *Tensor) AppendCanonical(b []byte) []byte {
	if len(t.Shape) > MaxTensorRank {
		return append(b, 0)
	}
	b = append(b, byte(t.DType), byte(len(t.Shape)))
	for _, d := range t.Shape {
		b = binary.LittleEndian.AppendUint64(b, uint64(d))
	}
	return t.appendValues(b)
}

// LittleEndianBytes returns the raw values, as a safetensors file stores them.
func (t *Tensor) LittleEndianBytes() []byte {
	return t.appendValues(make([]byte, 0, t.Len()*t.DType.Size()))
}

func (t *Tensor) appendValues(b []byte) []byte {
	switch t.DType {
	case Float64:
		for _, v := range t.F64 {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	case Int32:
		for _, v := range t.I32 {
			b = binary.LittleEndian.AppendUint32(b, uint32(v))
		}
	default:
		for _, v := range t.F32 {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
	}
	return b
}

// TensorFromLittleEndian builds a tensor from raw little-endian values.
func TensorFromLittleEndian(name string, dt DType, shape []int, raw []byte) (Tensor, error) {
	size := dt.Size()
	if size == 0 {
		return Tensor{}, fmt.Errorf("%w: tensor %q has unknown dtype", ErrMalformed, name)
	}
	if err := (&Tensor{Name: name, Shape: shape}).checkEncodable(); err != nil {
		return Tensor{}, err
	}
	n := 1
	for _, d := range shape {
		if d < 0 || (d > 0 && n > math.MaxInt32/d) {
			return Tensor{}, fmt.Errorf("%w: tensor %q shape %v", ErrMalformed, name, shape)
		}
		n *= d
	}
	// n·size can pass 2^31 for n < 2^31: compare in int64, or a 32-bit
	// machine would wrap a huge shape onto a short payload.
	if int64(len(raw)) != int64(n)*int64(size) {
		return Tensor{}, fmt.Errorf("%w: tensor %q has %d bytes, shape %v of %v needs %d", ErrMalformed, name, len(raw), shape, dt, int64(n)*int64(size))
	}
	t := NewTensor(name, dt, shape...)
	for i := 0; i < n; i++ {
		switch dt {
		case Float64:
			t.F64[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
		case Int32:
			t.I32[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
		default:
			t.F32[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
	}
	return t, nil
}
