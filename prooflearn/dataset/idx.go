package dataset

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// DefaultMaxBytes bounds the data section the loaders in this package accept:
// 256 MiB, five times the full Fashion-MNIST training images, so real MNIST-family
// files load while a forged header cannot make us reserve gigabytes.
const DefaultMaxBytes int64 = 256 << 20

// typeUint8 is the only IDX element type this package decodes: unsigned byte.
const typeUint8 = 0x08

// ErrUnsupportedType is wrapped by the *FormatError returned for IDX files whose
// element type is not unsigned byte. It wraps prooflearn.ErrMalformed, so a caller
// that only asks "is the input bad?" does not need to know about it.
var ErrUnsupportedType = fmt.Errorf("%w: unsupported IDX element type", prooflearn.ErrMalformed)

// IDX is a decoded IDX file: its dimensions, outermost first, and its elements
// in row-major order (len(Data) is the product of Dims).
type IDX struct {
	Dims []int
	Data []byte
}

// FormatError reports an input that is not an IDX file ReadIDX accepts. Err is
// the sentinel to branch on: prooflearn.ErrMalformed (or ErrUnsupportedType,
// which wraps it) for bytes that do not parse, prooflearn.ErrTooLarge for a
// header whose data section would exceed the caller's limit.
type FormatError struct {
	File   string // the file being read; empty when ReadIDX was handed a bare reader
	Reason string // what is wrong, in words
	Err    error
}

func (e *FormatError) Error() string {
	file := e.File
	if file == "" {
		file = "IDX input"
	}
	return fmt.Sprintf("%s: %s: %v", file, e.Reason, e.Err)
}

func (e *FormatError) Unwrap() error { return e.Err }

func malformed(format string, args ...any) *FormatError {
	return &FormatError{Reason: fmt.Sprintf(format, args...), Err: prooflearn.ErrMalformed}
}

// ReadIDX decodes one IDX file from r, gzip-compressed or not: a stream that
// starts with the gzip magic 0x1f 0x8b is decompressed transparently (an IDX
// file always starts with 0x00 0x00, so the two cannot be confused).
//
// The IDX format is a 4-byte magic, 0x00 0x00 TYPE NDIM, then NDIM big-endian
// uint32 dimensions, then the elements. Only TYPE 0x08 (unsigned byte) is
// supported. maxBytes bounds the data section (the product of the dimensions);
// zero or negative means DefaultMaxBytes. ReadIDX rejects, with a *FormatError,
// a bad magic, an unsupported type, zero dimensions, a truncated header or data
// section, bytes after the data section, a corrupt gzip stream, and a data
// section over maxBytes. Errors of the underlying reader other than a premature
// end are returned as they are, wrapped with context.
//
// Memory grows with the bytes actually received, not with what the header
// claims, so a forged header on a short input costs at most a 1 MiB buffer.
func ReadIDX(r io.Reader, maxBytes int64) (*IDX, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	// On 32-bit platforms a slice cannot be longer than MaxInt, whatever the caller allows.
	maxBytes = min(maxBytes, int64(math.MaxInt))

	br := bufio.NewReader(r)
	var src io.Reader = br
	var zr *gzip.Reader
	// A short or failing Peek is not an error here: the header read below reports it.
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		var err error
		zr, err = gzip.NewReader(br)
		if err != nil {
			return nil, readError(err, "truncated gzip header")
		}
		// One gzip member holds one IDX file; anything after it is trailing
		// garbage to reject, not a further member to append.
		zr.Multistream(false)
		// The deflate stream is read to its end (and its CRC verified) by the
		// trailing-bytes check below, so nothing is lost by not checking Close.
		defer zr.Close()
		src = zr
	}

	var magic [4]byte
	if k, err := io.ReadFull(src, magic[:]); err != nil {
		return nil, readError(err, fmt.Sprintf("truncated header: got %d of 4 magic bytes", k))
	}
	if magic[0] != 0 || magic[1] != 0 {
		return nil, malformed("bad magic %02x %02x, want 00 00", magic[0], magic[1])
	}
	if magic[2] != typeUint8 {
		return nil, &FormatError{
			Reason: fmt.Sprintf("element type 0x%02x (%s); only 0x08 (unsigned byte) is supported", magic[2], typeName(magic[2])),
			Err:    ErrUnsupportedType,
		}
	}
	ndim := int(magic[3])
	if ndim == 0 {
		return nil, malformed("zero dimensions")
	}

	raw := make([]byte, 4*ndim) // at most 1020 bytes: NDIM is one byte
	if k, err := io.ReadFull(src, raw); err != nil {
		return nil, readError(err, fmt.Sprintf("truncated header: got %d of %d dimension bytes", k, len(raw)))
	}
	dims := make([]int, ndim)
	size := int64(1)
	for i := range dims {
		d := int64(binary.BigEndian.Uint32(raw[4*i:]))
		if d == 0 {
			return nil, malformed("dimension %d is zero", i)
		}
		// size*d > maxBytes without computing size*d, which could overflow.
		if size > maxBytes/d {
			return nil, &FormatError{
				Reason: fmt.Sprintf("dimensions %v describe more than the %d-byte limit", headerDims(raw), maxBytes),
				Err:    prooflearn.ErrTooLarge,
			}
		}
		size *= d
		dims[i] = int(d)
	}

	data, got, err := readData(src, int(size))
	if err != nil {
		return nil, readError(err, fmt.Sprintf("truncated data: got %d of %d bytes", got, size))
	}

	// Reading past the end both rejects trailing bytes and, for gzip, runs the
	// decompressor to the end of the stream so its checksum is verified. Only
	// a gzip stream can end early here: a plain reader at its end gives io.EOF.
	var extra [1]byte
	switch k, err := io.ReadFull(src, extra[:]); {
	case k > 0:
		return nil, malformed("trailing bytes after the %d-byte data section", size)
	case err != io.EOF:
		return nil, readError(err, "truncated gzip stream")
	}
	if zr != nil {
		switch k, err := io.ReadFull(br, extra[:]); {
		case k > 0:
			return nil, malformed("trailing bytes after the gzip stream")
		case err != io.EOF:
			return nil, readError(err, "truncated input after the gzip stream") // unreachable for a 1-byte read; kept for safety
		}
	}
	return &IDX{Dims: dims, Data: data}, nil
}

// readChunk is the first buffer readData allocates; it doubles from there, so a
// header that promises more than the input holds costs at most twice what came.
const readChunk = 1 << 20

// readData reads exactly n bytes, growing its buffer as bytes arrive. It
// returns how many bytes it got for error messages.
func readData(r io.Reader, n int) ([]byte, int, error) {
	buf := make([]byte, min(n, readChunk))
	got := 0
	for {
		k, err := io.ReadFull(r, buf[got:])
		got += k
		if err != nil {
			return nil, got, err
		}
		if got == n {
			return buf, got, nil
		}
		grown := make([]byte, min(n, 2*len(buf)))
		copy(grown, buf)
		buf = grown
	}
}

// readError classifies err from reading the input: running out of bytes is a
// format error described by truncated, and so is a corrupt gzip stream;
// anything else (a failing disk, a closed pipe) is the reader's problem and
// keeps its identity.
func readError(err error, truncated string) error {
	var corrupt flate.CorruptInputError
	switch {
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return malformed("%s", truncated)
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.As(err, &corrupt):
		return malformed("corrupt gzip stream: %v", err)
	}
	return fmt.Errorf("idx: reading input: %w", err)
}

// headerDims renders the raw dimensions for an error message without
// converting them to int, which may not hold them.
func headerDims(raw []byte) []uint32 {
	out := make([]uint32, len(raw)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(raw[4*i:])
	}
	return out
}

// typeName names the IDX element types so an error says what the file holds.
func typeName(t byte) string {
	switch t {
	case 0x08:
		return "unsigned byte"
	case 0x09:
		return "signed byte"
	case 0x0B:
		return "int16"
	case 0x0C:
		return "int32"
	case 0x0D:
		return "float32"
	case 0x0E:
		return "float64"
	}
	return "not an IDX type"
}
