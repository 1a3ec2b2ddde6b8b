package zkruling

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	gmimc "github.com/consensys/gnark/std/hash/mimc"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// Packing: a value in [-2^Bound, 2^Bound) takes valueBits bits in balanced
// radix, and packWidth of them fit in one BN254 scalar (250 < 254 bits), so
// the sum Σ x_i·2^(valueBits·i) over integers lies in (-2^249, 2^249) and is
// injective modulo r. Each packed element costs one MiMC permutation instead
// of packWidth, which is where almost all of a ruling's constraints go.
const (
	valueBits = Bound + 1
	packWidth = 10
)

// Digest is the commitment to one fixed-point tensor that a ruling's public
// inputs carry: MiMC (BN254, Miyaguchi–Preneel, as gnark-crypto and gnark's
// std/hash/mimc define it) over the rank, the dimensions, the element count,
// then the values, packed packWidth to a field element from their spec field
// encoding (x ↦ x for x ≥ 0, r − |x| otherwise). Binding the shape and length
// first makes tensors of different shapes digest differently even when their
// packed values coincide, and rules out length extension. It fails when a
// value lies outside [-2^Bound, 2^Bound), where packing would stop being
// injective; every fixed-mode tensor lies inside it.
func Digest(shape []int, values []int32) (fr.Element, error) {
	return digest(shape, values, packWidth)
}

func digest(shape []int, values []int32, width int) (fr.Element, error) {
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n != len(values) {
		return fr.Element{}, fmt.Errorf("zkruling: shape %v holds %d values, got %d", shape, n, len(values))
	}
	for i, v := range values {
		if !inRange(int64(v)) {
			return fr.Element{}, fmt.Errorf("zkruling: value %d = %d is outside [-2^%d, 2^%d)", i, v, Bound, Bound)
		}
	}
	return digestUnchecked(shape, values, width), nil
}

// digestUnchecked packs without the range check, which is what a circuit
// without its range checks would accept: the tests use it to build the
// colliding tensors those checks exist to refuse.
func digestUnchecked(shape []int, values []int32, width int) fr.Element {
	hd := header(shape, len(values))
	h64 := make([]int64, len(hd))
	for i, x := range hd {
		h64[i] = int64(x)
	}
	return chunk.HashPacked(h64, values, width)
}

func header(shape []int, n int) []int {
	h := append([]int{len(shape)}, shape...)
	return append(h, n)
}

// digestCircuit computes Digest in-circuit over values the caller has already
// range-checked to [-2^Bound, 2^Bound): packing is a linear combination, so
// the only constraints are the MiMC permutations of the packed elements (the
// header is constant and folds away).
func digestCircuit(api frontend.API, shape []int, values []frontend.Variable, width int) (frontend.Variable, error) {
	h, err := gmimc.NewMiMC(api)
	if err != nil {
		return nil, err
	}
	for _, x := range header(shape, len(values)) {
		h.Write(x)
	}
	shift := new(big.Int).Lsh(big.NewInt(1), valueBits)
	for start := 0; start < len(values); start += width {
		end := min(start+width, len(values))
		var e frontend.Variable = 0
		for i := end - 1; i >= start; i-- {
			e = api.Add(api.Mul(e, shift), values[i])
		}
		h.Write(e)
	}
	return h.Sum(), nil
}

// fieldOf is the spec's field encoding of a digest, as the public input of a
// witness and of the Solidity verifier.
func fieldOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }
