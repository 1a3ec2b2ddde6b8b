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
