package safetensors

import (
	"encoding/binary"
	"io"
	"slices"
	"strings"
)

// TensorInfo is what a header declares about one tensor, before any of its
// data is read.
type TensorInfo struct {
	Name  string
	DType string
	Shape []int
	// Begin and End are the tensor's data_offsets in the data buffer.
	Begin, End uint64
}

// Header is a file's parsed header: what a reader can check against what it
// expects (names, dtypes, shapes, sizes) before reading the data buffer.
type Header struct {
	// Size is the number of bytes the header takes in the file, the 8-byte
	// length prefix included: the data buffer starts there.
	Size     int64
	Metadata map[string]string
	// Tensors are sorted by name.
	Tensors []TensorInfo
}

// ReadHeader reads and parses the length prefix and the JSON header from r,
// and no more: at most 8 + lim.MaxHeader bytes. The header is checked as
// Decode checks it (strict JSON, no duplicate keys, known dtypes, shapes
// whose size fits their data_offsets); whether the offsets tile the data
// buffer is left to Decode, which sees the buffer.
func ReadHeader(r io.Reader, lim Limits) (*Header, error) {
	lim = lim.normalized()
	var prefix [8]byte
	if _, err := io.ReadFull(r, prefix[:]); err != nil {
		return nil, malformed("reading the header length: %v", err)
	}
	n := binary.LittleEndian.Uint64(prefix[:])
	if n > uint64(lim.MaxHeader) {
		return nil, tooLarge("header length %d is over the limit of %d bytes", n, lim.MaxHeader)
	}
	h := make([]byte, n)
	if _, err := io.ReadFull(r, h); err != nil {
		return nil, malformed("header length %d runs past the end of the input: %v", n, err)
	}
	entries, meta, ferr := parseHeader(h)
	if ferr != nil {
		return nil, ferr
	}
	out := &Header{Size: 8 + int64(n), Tensors: make([]TensorInfo, 0, len(entries))}
	if len(meta) > 0 {
		out.Metadata = meta
	}
	for _, e := range entries {
		size, ok := DTypeSize(e.dtype)
		if !ok {
			return nil, malformed("tensor %q: unknown dtype %q", e.name, e.dtype)
		}
		want, ok := byteLen(e.shape, size)
		if !ok || e.begin > e.end || e.end-e.begin != uint64(want) {
			return nil, malformed("tensor %q: data_offsets [%d,%d] do not hold shape %v of %s", e.name, e.begin, e.end, e.shape, e.dtype)
		}
		out.Tensors = append(out.Tensors, TensorInfo{Name: e.name, DType: e.dtype, Shape: e.shape, Begin: e.begin, End: e.end})
	}
	slices.SortFunc(out.Tensors, func(x, y TensorInfo) int { return strings.Compare(x.Name, y.Name) })
	return out, nil
}
