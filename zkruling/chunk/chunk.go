// Package chunk defines the chunk digests of a fixed-point tensor: the MiMC
// digests of its consecutive Size-element chunks, which the dispute game's
// fixed-mode leaves commit to (arbitration.TensorLeaf) and which a proven
// ruling takes as public inputs (zkruling.ProveChunk). A ruling on an
// elementwise operator then proves one chunk, whatever the tensor's size,
// and a contract checks that its public inputs belong to the disputed leaves
// by recomputing those leaves from the chunk-digest lists with SHA-256.
//
// The package needs only gnark-crypto's MiMC, so the game can compute leaves
// without linking a prover.
package chunk

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

const (
	// Size is the number of values in a chunk; the last chunk of a tensor
	// holds the remaining 1…Size. 512 keeps a chunk's update circuit near
	// 60,000 constraints: a proof in seconds and a setup under a minute on
	// two cores (docs/zk-ruling.md).
	Size = 512
	// ValueBits is the width of one packed value: a value in
	// [-2^Bound, 2^Bound) in balanced radix.
	ValueBits = fixed.Bound + 1
	// PackWidth values fit in one BN254 scalar (250 < 254 bits), so
	// Σ x_i·2^(ValueBits·i) over integers lies in (-2^249, 2^249) and is
	// injective modulo r.
	PackWidth = 10
	// Tag is the first element every chunk digest hashes ("chunk" in
	// ASCII), which separates it from zkruling.Digest's whole-tensor digests.
	Tag = 0x6368756e6b
)

// Count is the number of chunks of an n-value tensor (one for an empty one,
// so that every tensor has a digest list to commit).
func Count(n int) int { return max(1, (n+Size-1)/Size) }

// Bounds returns the value range [start, end) of chunk i of an n-value
// tensor.
func Bounds(n, i int) (start, end int) { return i * Size, min((i+1)*Size, n) }

// Header is what a chunk digest hashes before the values: the tag, the
// rank, the dimensions, the tensor's value count, Size, the chunk's length,
// then its index. Everything but the index is fixed by the shape and the
// chunk's length, so a circuit compiled for them folds it into constants
// and takes the index last, as its one header witness. Binding the shape
// and the index keeps a chunk from standing for another position or
// another tensor's chunk.
func Header(shape []int, index, length int) []int64 {
	n := 1
	for _, d := range shape {
		n *= d
	}
	h := []int64{Tag, int64(len(shape))}
	for _, d := range shape {
		h = append(h, int64(d))
	}
	return append(h, int64(n), Size, int64(length), int64(index))
}

// Digest is the digest of chunk index of a tensor of the given shape, whose
// values are the chunk's: MiMC (BN254, Miyaguchi–Preneel, gnark-crypto's
// fr/mimc, which gnark's std/hash/mimc computes in-circuit) over Header,
// then the values packed PackWidth to a field element, Σ x_i·2^(ValueBits·i),
// each from its spec field encoding (x ↦ x for x ≥ 0, r − |x| otherwise). It
// fails for a value outside [-2^Bound, 2^Bound), where packing stops being
// injective, and for a chunk whose position or length the shape does not
// have.
func Digest(shape []int, index int, values []int32) (fr.Element, error) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return fr.Element{}, fmt.Errorf("chunk: shape %v has a negative dimension", shape)
		}
		n *= d
	}
	if index < 0 || index >= Count(n) {
		return fr.Element{}, fmt.Errorf("chunk: index %d of a %d-value tensor, which has %d chunks", index, n, Count(n))
	}
	if start, end := Bounds(n, index); len(values) != end-start {
		return fr.Element{}, fmt.Errorf("chunk: chunk %d of shape %v holds %d values, got %d", index, shape, end-start, len(values))
	}
	for i, v := range values {
		if !fixed.InRange(int64(v)) {
			return fr.Element{}, fmt.Errorf("chunk: value %d of chunk %d is %d, outside [-2^%d, 2^%d)", i, index, v, fixed.Bound, fixed.Bound)
		}
	}
	return HashPacked(Header(shape, index, len(values)), values, PackWidth), nil
}

// HashPacked is MiMC (Miyaguchi–Preneel over BN254) over the header's
// elements, then the values packed width to a field element,
// Σ x_i·2^(ValueBits·(i−start)) from the last value down: the encoding of a
// chunk digest here and of zkruling's whole-tensor digests (header and width
// are theirs). It does not range-check the values; the caller must, since
// the packing is injective only inside the fixed-point range.
func HashPacked(header []int64, values []int32, width int) fr.Element {
	h := mimc.NewFieldHasher()
	var e fr.Element
	for _, x := range header {
		e.SetInt64(x)
		h.WriteElement(e)
	}
	var shift, term fr.Element
	shift.SetUint64(1 << ValueBits)
	for start := 0; start < len(values); start += width {
		end := min(start+width, len(values))
		e.SetZero()
		for i := end - 1; i >= start; i-- {
			e.Mul(&e, &shift)
			term.SetInt64(int64(values[i]))
			e.Add(&e, &term)
		}
		h.WriteElement(e)
	}
	return h.SumElement()
}

// Digests returns the digest of every chunk of a tensor, in order.
func Digests(shape []int, values []int32) ([]fr.Element, error) {
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n != len(values) {
		return nil, fmt.Errorf("chunk: shape %v holds %d values, got %d", shape, n, len(values))
	}
	out := make([]fr.Element, Count(n))
	errs := make([]error, len(out))
	// Chunks hash independently: spread them over the cores, a few chunks
	// to a goroutine.
	workers := min(runtime.GOMAXPROCS(0), (len(out)+3)/4)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(out); i += workers {
				start, end := Bounds(n, i)
				out[i], errs[i] = Digest(shape, i, values[start:end])
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes is a digest's 32-byte big-endian encoding: the field element as the
// verifier contract takes it (a uint256) and as a fixed-mode leaf hashes it.
func Bytes(e fr.Element) [32]byte { return e.Bytes() }
