package prooflearn

import (
	"errors"
	"fmt"
)

// Sentinel errors a caller can branch on with errors.Is. Errors that carry
// evidence are typed (RootMismatchError, LeafMismatchError, NonFiniteError, …)
// and wrap one of these.
var (
	// ErrMalformed: bytes that do not parse (truncated, bad magic, bad lengths).
	ErrMalformed = errors.New("malformed input")
	// ErrTooLarge: an input larger than the limit prooflearn accepts for it.
	ErrTooLarge = errors.New("input too large")
	// ErrNonFinite: a tensor holds NaN or ±Inf where training state must be finite.
	ErrNonFinite = errors.New("non-finite value")
	// ErrInvalidTask: a task file that is incomplete or inconsistent.
	ErrInvalidTask = errors.New("invalid task")
	// ErrOutOfRange: an index outside what was committed to.
	ErrOutOfRange = errors.New("index out of range")
	// ErrCommitment: bytes that do not match what was committed to.
	ErrCommitment = errors.New("commitment mismatch")
)

// RootMismatchError reports a Merkle root that differs from the one committed to.
// The error is the evidence: both roots.
type RootMismatchError struct {
	Expected   Hash
	Calculated Hash
}

func (e *RootMismatchError) Error() string {
	return fmt.Sprintf("merkle root mismatch: committed %s, calculated %s", e.Expected, e.Calculated)
}

func (e *RootMismatchError) Unwrap() error { return ErrCommitment }

// NonFiniteError names the tensor and element that holds NaN or ±Inf.
type NonFiniteError struct {
	Tensor string
	Index  int
	Value  float64
}

func (e *NonFiniteError) Error() string {
	return fmt.Sprintf("tensor %q element %d is %v", e.Tensor, e.Index, e.Value)
}

func (e *NonFiniteError) Unwrap() error { return ErrNonFinite }

// LimitError reports a size beyond the limit prooflearn accepts for it: a
// field of a task or of a bundle file that declares more than the documented
// maximum (MaxModelWidth, MaxParams, MaxSteps, …). The error is the evidence:
// the field, the value it declares and the limit. It wraps ErrTooLarge and In.
type LimitError struct {
	// Field names what declared the size, as the input spells it:
	// "model.classes", "model.hidden[1]", "manifest steps".
	Field string
	// Value is the declared value in decimal. It is a string because a
	// hostile value need not fit an int (1e30, or 2^40 on a 32-bit machine).
	Value string
	Limit int64
	// In is the kind of input: ErrInvalidTask for a task, ErrMalformed for a
	// bundle file.
	In error
}

func (e *LimitError) Error() string {
	in := e.In
	if in == nil {
		in = ErrTooLarge
	}
	return fmt.Sprintf("%v: %s %s exceeds the limit of %d", in, e.Field, e.Value, e.Limit)
}

// Unwrap returns ErrTooLarge and the kind of input, so errors.Is matches both.
func (e *LimitError) Unwrap() []error {
	if e.In == nil {
		return []error{ErrTooLarge}
	}
	return []error{ErrTooLarge, e.In}
}
