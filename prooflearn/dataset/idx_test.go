package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// encodeIDX is an independent IDX writer (unsigned-byte type only), the oracle
// the round-trip tests compare ReadIDX against.
func encodeIDX(idx *IDX) []byte {
	out := []byte{0, 0, 0x08, byte(len(idx.Dims))}
	for _, d := range idx.Dims {
		out = binary.BigEndian.AppendUint32(out, uint32(d))
	}
	return append(out, idx.Data...)
}

// header builds an IDX header with any type byte and raw dimensions, including
// ones encodeIDX would never write.
func header(typ byte, dims ...uint32) []byte {
	out := []byte{0, 0, typ, byte(len(dims))}
	for _, d := range dims {
		out = binary.BigEndian.AppendUint32(out, d)
	}
	return out
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func seq(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + 3)
	}
	return b
}

func TestReadIDXValid(t *testing.T) {
	cases := []*IDX{
		{Dims: []int{1}, Data: []byte{42}},
		{Dims: []int{5}, Data: seq(5)},
		{Dims: []int{3, 4, 5}, Data: seq(60)},
		{Dims: []int{2, 1, 1, 1, 3}, Data: seq(6)},
		{Dims: []int{3, 1 << 20}, Data: seq(3 << 20)}, // larger than readData's first chunk
	}
	for _, want := range cases {
		t.Run(fmt.Sprint(want.Dims), func(t *testing.T) {
			raw := encodeIDX(want)
			for _, input := range []struct {
				name string
				b    []byte
			}{{"raw", raw}, {"gzip", gzipBytes(t, raw)}} {
				got, err := ReadIDX(bytes.NewReader(input.b), int64(len(want.Data)))
				require.NoError(t, err, "%s %v", input.name, want.Dims)
				require.Equal(t, want.Dims, got.Dims, "%s: dims", input.name)
				// bytes.Equal, not require.Equal: the largest case is 3 MiB.
				require.True(t, bytes.Equal(got.Data, want.Data),
					"%s %v: got dims %v and %d data bytes", input.name, want.Dims, got.Dims, len(got.Data))
			}
			// One byte under the data size must be refused: the limit is exact.
			_, err := ReadIDX(bytes.NewReader(raw), int64(len(want.Data)-1))
			if len(want.Data) > 1 {
				assert.ErrorIs(t, err, prooflearn.ErrTooLarge, "%v with maxBytes one short", want.Dims)
			}
		})
	}
}

// oneByteReader returns at most one byte per Read, the worst case for code
// that assumes Read fills its buffer.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func TestReadIDXShortReads(t *testing.T) {
	want := &IDX{Dims: []int{2, 3}, Data: seq(6)}
	for _, c := range []struct {
		name string
		b    []byte
	}{{"raw", encodeIDX(want)}, {"gzip", gzipBytes(t, encodeIDX(want))}} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadIDX(oneByteReader{bytes.NewReader(c.b)}, 0)
			require.NoError(t, err)
			require.Equal(t, want.Dims, got.Dims, "dims")
			require.Equal(t, want.Data, got.Data, "data")
		})
	}
}

func TestReadIDXErrors(t *testing.T) {
	valid := encodeIDX(&IDX{Dims: []int{2, 3}, Data: seq(6)})
	validGz := gzipBytes(t, valid)

	flipped := bytes.Clone(validGz)
	flipped[len(flipped)-8] ^= 0xff // the CRC-32 in the gzip trailer
	corruptBody := bytes.Clone(validGz)
	corruptBody[10] = 0xff // first deflate block header byte: reserved block type 11
	gzTrailing := append(bytes.Clone(validGz), "junk"...)

	cases := []struct {
		name     string
		input    []byte
		maxBytes int64
		want     error
		reason   string // substring the message must contain
	}{
		{"empty", nil, 0, prooflearn.ErrMalformed, "truncated header"},
		{"bad magic", append([]byte{1, 0}, valid[2:]...), 0, prooflearn.ErrMalformed, "bad magic"},
		{"bad magic second byte", append([]byte{0, 9}, valid[2:]...), 0, prooflearn.ErrMalformed, "bad magic"},
		{"float32 type", append(header(0x0D, 2, 3), make([]byte, 24)...), 0, ErrUnsupportedType, "float32"},
		{"unknown type", append(header(0x42, 6), seq(6)...), 0, ErrUnsupportedType, "0x42"},
		{"zero ndim", header(0x08), 0, prooflearn.ErrMalformed, "zero dimensions"},
		{"zero dim", header(0x08, 3, 0, 2), 0, prooflearn.ErrMalformed, "dimension 1 is zero"},
		{"truncated magic", []byte{0, 0, 8}, 0, prooflearn.ErrMalformed, "truncated header"},
		{"truncated dims", valid[:9], 0, prooflearn.ErrMalformed, "truncated header"},
		{"truncated data", valid[:len(valid)-1], 0, prooflearn.ErrMalformed, "got 5 of 6"},
		{"no data", valid[:12], 0, prooflearn.ErrMalformed, "got 0 of 6"},
		{"trailing byte", append(bytes.Clone(valid), 0), 0, prooflearn.ErrMalformed, "trailing"},
		{"over maxBytes", valid, 5, prooflearn.ErrTooLarge, "5-byte limit"},
		{"dims overflow int64", header(0x08, 0xffffffff, 0xffffffff, 0xffffffff), 0, prooflearn.ErrTooLarge, "4294967295"},
		{"dims overflow to small", header(0x08, 0x10000, 0x10000, 0x10000, 0x10000, 1), 1 << 40, prooflearn.ErrTooLarge, "limit"},
		{"huge dims", header(0x08, 1000, 1000, 1000), 0, prooflearn.ErrTooLarge, "limit"},
		{"gzip bad crc", flipped, 0, prooflearn.ErrMalformed, "gzip: invalid checksum"},
		{"gzip corrupt deflate", corruptBody, 0, prooflearn.ErrMalformed, "corrupt gzip stream: flate: corrupt input"},
		{"gzip truncated trailer", validGz[:len(validGz)-3], 0, prooflearn.ErrMalformed, "truncated gzip stream"},
		{"gzip truncated body", validGz[:14], 0, prooflearn.ErrMalformed, "truncated"},
		{"gzip header only", validGz[:5], 0, prooflearn.ErrMalformed, "truncated gzip header"},
		{"gzip bad method", append([]byte{0x1f, 0x8b, 7}, validGz[3:]...), 0, prooflearn.ErrMalformed, "gzip: invalid header"},
		{"gzip trailing junk", gzTrailing, 0, prooflearn.ErrMalformed, "trailing bytes after the gzip stream"},
		{"two gzip members", append(bytes.Clone(validGz), validGz...), 0, prooflearn.ErrMalformed, "trailing bytes after the gzip stream"},
		{"gzip then trailing data", gzipBytes(t, append(bytes.Clone(valid), 1, 2)), 0, prooflearn.ErrMalformed, "trailing"},
		{"gzip of truncated", gzipBytes(t, valid[:len(valid)-2]), 0, prooflearn.ErrMalformed, "got 4 of 6"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			idx, err := ReadIDX(bytes.NewReader(c.input), c.maxBytes)
			require.Error(t, err, "ReadIDX succeeded with %v", idx)
			assert.Nil(t, idx, "non-nil IDX alongside error %v", err)
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "err = %T %v, want *FormatError", err, err)
			assert.ErrorIs(t, err, c.want)
			assert.ErrorContains(t, err, c.reason)
			// ErrMalformed and ErrTooLarge are distinct answers; never both.
			assert.NotEqual(t, errors.Is(err, prooflearn.ErrMalformed), errors.Is(err, prooflearn.ErrTooLarge),
				"err = %v: want exactly one of ErrMalformed, ErrTooLarge", err)
		})
	}
}

func TestUnsupportedTypeIsMalformed(t *testing.T) {
	_, err := ReadIDX(bytes.NewReader(header(0x0E, 1)), 0)
	require.ErrorIs(t, err, ErrUnsupportedType)
	require.ErrorIs(t, err, prooflearn.ErrMalformed)
}

// A header may promise up to maxBytes, but memory must follow the bytes that
// actually arrive, or twenty forged bytes could reserve the whole limit.
func TestReadIDXAllocationBounded(t *testing.T) {
	cases := []struct {
		name     string
		input    []byte
		maxBytes int64
		want     error
	}{
		// 1e9 bytes > DefaultMaxBytes: refused before any data buffer exists.
		{"over limit", header(0x08, 1000, 1000, 1000), 0, prooflearn.ErrTooLarge},
		// 200 MB is within the limit but the input holds 16 bytes of it.
		{"short input within limit", append(header(0x08, 200, 1000, 1000), seq(16)...), 0, prooflearn.ErrMalformed},
		{"short gzip within limit", gzipBytes(t, append(header(0x08, 200, 1000, 1000), seq(16)...)), 0, prooflearn.ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := ReadIDX(bytes.NewReader(c.input), c.maxBytes)
			runtime.ReadMemStats(&after)
			assert.ErrorIs(t, err, c.want)
			// One first chunk (1 MiB) plus bufio and gzip state; far below 200 MB.
			assert.LessOrEqual(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "bytes allocated")
		})
	}
}

type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

// A reader's own failure is not a format problem and must keep its identity,
// so callers can tell a bad file from a bad disk.
func TestReadIDXReaderError(t *testing.T) {
	errDisk := errors.New("disk on fire")
	valid := encodeIDX(&IDX{Dims: []int{2, 3}, Data: seq(6)})
	for _, c := range []struct {
		name string
		b    []byte
	}{{"raw", valid[:10]}, {"gzip", gzipBytes(t, valid)[:20]}} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadIDX(&failingReader{bytes.NewReader(c.b), errDisk}, 0)
			assert.ErrorIs(t, err, errDisk, "want it to wrap errDisk")
			var fe *FormatError
			assert.NotErrorAs(t, err, &fe, "a reader failure is not a format error")
		})
	}
}

func TestFormatErrorMessage(t *testing.T) {
	e := &FormatError{File: "x.gz", Reason: "bad magic 01 00, want 00 00", Err: prooflearn.ErrMalformed}
	assert.Equal(t, "x.gz: bad magic 01 00, want 00 00: malformed input", e.Error(), "Error()")
	e.File = ""
	got := e.Error()
	assert.True(t, strings.HasPrefix(got, "IDX input: "), "Error() without a file = %q", got)
}

func FuzzReadIDX(f *testing.F) {
	valid := encodeIDX(&IDX{Dims: []int{2, 3}, Data: seq(6)})
	f.Add(valid)
	f.Add(gzipBytes(f, valid))
	f.Add(encodeIDX(&IDX{Dims: []int{1, 2, 2}, Data: []byte{0, 255, 128, 7}}))
	f.Add(header(0x08, 0xffffffff, 0xffffffff))
	f.Add(header(0x0D, 1))
	f.Add([]byte{0x1f, 0x8b})

	const maxBytes = 1 << 16
	f.Fuzz(func(t *testing.T, input []byte) {
		idx, err := ReadIDX(bytes.NewReader(input), maxBytes)
		if err != nil {
			// bytes.Reader never fails, so every error is about the input.
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "err = %T %v, want *FormatError", err, err)
			require.True(t, errors.Is(err, prooflearn.ErrMalformed) || errors.Is(err, prooflearn.ErrTooLarge),
				"err = %v wraps neither ErrMalformed nor ErrTooLarge", err)
			return
		}
		size := 1
		for _, d := range idx.Dims {
			require.Positive(t, d, "dims %v", idx.Dims)
			size *= d
		}
		require.Equal(t, size, len(idx.Data), "dims %v with %d data bytes", idx.Dims, len(idx.Data))
		require.LessOrEqual(t, size, maxBytes, "dims %v (limit %d)", idx.Dims, maxBytes)

		// The format has exactly one encoding of a given IDX, so a successful
		// parse must re-encode to the (decompressed) input byte for byte.
		plain := input
		if len(input) >= 2 && input[0] == 0x1f && input[1] == 0x8b {
			zr, err := gzip.NewReader(bytes.NewReader(input))
			require.NoError(t, err, "ReadIDX accepted gzip that gzip.NewReader rejects")
			plain, err = io.ReadAll(zr)
			require.NoError(t, err, "ReadIDX accepted gzip that does not decompress")
		}
		encoded := encodeIDX(idx)
		require.Equal(t, plain, encoded, "re-encoding differs from input:\n got %x\nwant %x", encoded, plain)
		again, err := ReadIDX(bytes.NewReader(encoded), maxBytes)
		require.NoError(t, err, "re-encoded IDX does not parse")
		require.Equal(t, idx.Dims, again.Dims, "round trip changed dims %v -> %v", idx.Dims, again.Dims)
		require.Equal(t, idx.Data, again.Data, "round trip changed data")
	})
}
