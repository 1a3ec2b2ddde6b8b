package bundle

import (
	"bytes"
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// A batches file holds every step's example indices: 240,000 numbers for
// fashion-mlp, which encoding/json decodes through reflection, one value at
// a time, in most of a verifier's time for its cheap checks.
// decodeBatchesFast reads the one form the solver writes (json.Marshal of
// prooflearn.Batches) directly and leaves every other input to
// prooflearn.DecodeBatches, so that what is accepted, and what it decodes
// to, is DecodeBatches' verdict either way.

const (
	batchesFormatKey = `{"format":"`
	batchesSizeKey   = `","batch_size":`
	batchesIndexKey  = `,"indices":`
)

// decodeBatchesFast decodes b if it is in the solver's form: the three
// fields in order, no whitespace but a final newline, the format a plain
// ASCII string without escapes, and every number a decimal literal without
// sign or leading zero no larger than math.MaxInt32. Then ok is true and the
// result and error are prooflearn.DecodeBatches(b)'s: the format and batch
// size are checked by DecodeBatches itself, on the file's own header with
// no indices, and the indices as it checks them. For anything else ok is
// false and the caller decodes b with DecodeBatches.
func decodeBatchesFast(b []byte) (bs *prooflearn.Batches, ok bool, err error) {
	p := b
	if !bytes.HasPrefix(p, []byte(batchesFormatKey)) {
		return nil, false, nil
	}
	p = p[len(batchesFormatKey):]
	end := 0
	for end < len(p) && p[end] != '"' {
		if c := p[end]; c < 0x20 || c > 0x7e || c == '\\' {
			return nil, false, nil
		}
		end++
	}
	p = p[end:]
	if !bytes.HasPrefix(p, []byte(batchesSizeKey)) {
		return nil, false, nil
	}
	p = p[len(batchesSizeKey):]
	_, n, isDecimal := decimal(p)
	if !isDecimal {
		return nil, false, nil
	}
	p = p[n:]
	if !bytes.HasPrefix(p, []byte(batchesIndexKey)) {
		return nil, false, nil
	}
	p = p[len(batchesIndexKey):]
	header := b[:len(b)-len(p)]

	// [[i,i,…],[…],…]}
	// Every index but the last is followed by a comma, and takes two bytes
	// with it: sized once, the list is not copied as it grows, and a
	// hostile file gets no more than decoding it into [][]int would take.
	values := make([]int, 0, min(bytes.Count(p, []byte(","))+1, len(p)/2+1))
	var ends []int // each step's end in values
	if len(p) == 0 || p[0] != '[' {
		return nil, false, nil
	}
	p = p[1:]
	for len(p) > 0 && p[0] != ']' {
		if len(ends) > 0 {
			if p[0] != ',' {
				return nil, false, nil
			}
			p = p[1:]
		}
		if len(p) == 0 || p[0] != '[' {
			return nil, false, nil
		}
		p = p[1:]
		start := len(values)
		for len(p) > 0 && p[0] != ']' {
			if len(values) > start {
				if p[0] != ',' {
					return nil, false, nil
				}
				p = p[1:]
			}
			v, n, ok := decimal(p)
			if !ok {
				return nil, false, nil
			}
			values = append(values, v)
			p = p[n:]
		}
		if len(p) == 0 {
			return nil, false, nil
		}
		p = p[1:] // the batch's ']'
		ends = append(ends, len(values))
		if len(ends) > prooflearn.MaxSteps {
			return nil, false, nil // DecodeBatches says what it says of that
		}
	}
	if len(p) == 0 {
		return nil, false, nil
	}
	p = p[1:] // the list's ']'
	if string(p) != "}" && string(p) != "}\n" {
		return nil, false, nil
	}

	// The header, with no indices, through DecodeBatches: its format and
	// batch size checks, its errors.
	bs, err = prooflearn.DecodeBatches(append(bytes.Clone(header), "[]}"...))
	if err != nil {
		return nil, true, err
	}
	bs.Indices = make([][]int, len(ends))
	lo := 0
	for s, hi := range ends {
		bs.Indices[s] = values[lo:hi:hi]
		lo = hi
	}
	// The checks DecodeBatches makes of the indices. Every index is in
	// [0, MaxInt32] already, so in BatchCanonical's uint32.
	for s, idx := range bs.Indices {
		if len(idx) != bs.BatchSize {
			return nil, true, fmt.Errorf("%w: batches file step %d has %d indices, batch size %d", prooflearn.ErrMalformed, s, len(idx), bs.BatchSize)
		}
	}
	return bs, true, nil
}

// decimal parses a non-negative decimal literal without sign, exponent or
// leading zero at the start of p, at most math.MaxInt32, and returns it and
// its length; false if p does not start with one.
func decimal(p []byte) (v, n int, ok bool) {
	var u uint64
	for n < len(p) && '0' <= p[n] && p[n] <= '9' {
		u = 10*u + uint64(p[n]-'0')
		n++
		if u > math.MaxInt32 {
			return 0, 0, false
		}
	}
	if n == 0 || (p[0] == '0' && n > 1) {
		return 0, 0, false
	}
	return int(u), n, true
}
