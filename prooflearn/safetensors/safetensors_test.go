package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// raw builds a file from a literal header (not padded) and buffer.
func raw(header string, buf []byte) []byte {
	b := make([]byte, 8, 8+len(header)+len(buf))
	binary.LittleEndian.PutUint64(b, uint64(len(header)))
	b = append(b, header...)
	return append(b, buf...)
}

func f32(vals ...float32) []byte {
	b := make([]byte, 0, 4*len(vals))
	for _, v := range vals {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return b
}

func sampleFile() *File {
	i64 := make([]byte, 0, 24)
	for _, v := range []int64{-1, 0, 1 << 40} {
		i64 = binary.LittleEndian.AppendUint64(i64, uint64(v))
	}
	return &File{
		Metadata: map[string]string{"format": "pt", "step": "42", "quote\"\n\x01<>&": "é\u2028"},
		Tensors: []Tensor{
			{Name: "w1", DType: "F32", Shape: []int{2, 2}, Data: f32(1, 2, 3, 4)},
			{Name: "b0", DType: "F64", Shape: []int{1}, Data: make([]byte, 8)},
			{Name: "step", DType: "I64", Shape: []int{3}, Data: i64},
			{Name: "scalar", DType: "U32", Shape: nil, Data: []byte{1, 0, 0, 0}},
			{Name: "empty", DType: "F32", Shape: []int{0, 5}, Data: nil},
			{Name: "bytes", DType: "U8", Shape: []int{3}, Data: []byte{7, 8, 9}},
			{Name: "odd/name.with \"quotes\"", DType: "BF16", Shape: []int{1, 1}, Data: []byte{0x80, 0x3f}},
		},
	}
}

// equalFiles compares names, dtypes, shapes, data and metadata, treating nil
// and empty slices and maps alike and ignoring tensor order.
func equalFiles(t testing.TB, a, b *File) {
	t.Helper()
	require.Equal(t, len(a.Metadata), len(b.Metadata), "metadata differs: %q vs %q", a.Metadata, b.Metadata)
	for k, v := range a.Metadata {
		w, ok := b.Metadata[k]
		require.True(t, ok, "metadata %q differs: %q vs missing", k, v)
		require.Equal(t, v, w, "metadata %q differs: %q vs %q", k, v, w)
	}
	require.Equal(t, len(a.Tensors), len(b.Tensors), "tensor count differs: %d vs %d", len(a.Tensors), len(b.Tensors))
	for _, ta := range a.Tensors {
		tb, ok := b.Get(ta.Name)
		require.True(t, ok, "tensor %q missing", ta.Name)
		// slices.Equal and bytes.Equal, not require.Equal: nil and empty are alike.
		require.True(t, ta.DType == tb.DType && slices.Equal(ta.Shape, tb.Shape) && bytes.Equal(ta.Data, tb.Data),
			"tensor %q differs: %s %v %x vs %s %v %x", ta.Name, ta.DType, ta.Shape, ta.Data, tb.DType, tb.Shape, tb.Data)
	}
}

func TestRoundTrip(t *testing.T) {
	in := sampleFile()
	enc, err := Encode(in)
	require.NoError(t, err)
	n := binary.LittleEndian.Uint64(enc)
	assert.Zero(t, n%8, "header length %d is not a multiple of 8", n)
	out, err := Decode(enc, DefaultLimits)
	require.NoError(t, err)
	equalFiles(t, in, out)
	assert.True(t, slices.IsSortedFunc(out.Tensors, func(a, b Tensor) int { return strings.Compare(a.Name, b.Name) }),
		"decoded tensors are not sorted by name")
	w, ok := out.Get("w1")
	if assert.True(t, ok, "Get(w1) found nothing") {
		assert.Equal(t, "F32", w.DType, "Get(w1) = %+v", w)
		assert.Equal(t, f32(1, 2, 3, 4), w.Data, "Get(w1) = %+v", w)
	}
	_, ok = out.Get("nope")
	assert.False(t, ok, "Get(nope) found something")
	_, ok = (*File)(nil).Get("w1")
	assert.False(t, ok, "nil File Get found something")
}

func TestDeterminism(t *testing.T) {
	a, err := Encode(sampleFile())
	require.NoError(t, err)
	b, err := Encode(sampleFile())
	require.NoError(t, err)
	require.Equal(t, a, b, "Encode is not deterministic")
	// Tensor order in the File does not matter.
	rev := sampleFile()
	slices.Reverse(rev.Tensors)
	c, err := Encode(rev)
	require.NoError(t, err)
	require.Equal(t, a, c, "Encode depends on tensor order")
	// Encode(Decode(Encode(f))) == Encode(f).
	dec, err := Decode(a, DefaultLimits)
	require.NoError(t, err)
	d, err := Encode(dec)
	require.NoError(t, err)
	require.Equal(t, a, d, "Encode(Decode(b)) != b")
}

func TestEncodeGolden(t *testing.T) {
	f := &File{
		Metadata: map[string]string{"format": "pt"},
		Tensors: []Tensor{
			{Name: "b", DType: "F32", Shape: []int{1}, Data: f32(1)},
			{Name: "a", DType: "U8", Shape: []int{2}, Data: []byte{5, 6}},
		},
	}
	got, err := Encode(f)
	require.NoError(t, err)
	header := `{"__metadata__":{"format":"pt"},"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}`
	for len(header)%8 != 0 {
		header += " "
	}
	want := raw(header, append([]byte{5, 6}, f32(1)...))
	require.Equal(t, want, got, "Encode =\n%q\nwant\n%q", got, want)
	// No metadata and no tensors: "{}" padded to 8.
	got, err = Encode(&File{Metadata: map[string]string{}})
	require.NoError(t, err)
	want = raw("{}      ", nil)
	require.Equal(t, want, got, "Encode(empty) = %q, want %q", got, want)
}

func TestDecodeValidVariants(t *testing.T) {
	// Non-canonical layout: data in reverse name order, whitespace, escapes,
	// field order shuffled, zero-size tensor at the end.
	hdr := ` { "b" : {"shape":[1],"data_offsets":[0,4],"dtype":"F32"},
		"\u0061": {"dtype":"U8","data_offsets":[4,6],"shape":[2]},
		"z": {"dtype":"I64","shape":[0],"data_offsets":[6,6]},
		"__metadata__": {} }  `
	f, err := Decode(raw(hdr, append(f32(2), 7, 8)), DefaultLimits)
	require.NoError(t, err)
	assert.Nil(t, f.Metadata, "empty metadata decoded as %v, want nil", f.Metadata)
	names := []string{}
	for _, ten := range f.Tensors {
		names = append(names, ten.Name)
	}
	require.Equal(t, []string{"a", "b", "z"}, names, "names")
	a, _ := f.Get("a")
	assert.Equal(t, []byte{7, 8}, a.Data, "a")
	enc, err := Encode(f)
	require.NoError(t, err)
	g, err := Decode(enc, DefaultLimits)
	require.NoError(t, err)
	equalFiles(t, f, g)

	// An empty file: "{}" and no buffer.
	f, err = Decode(raw("{}", nil), DefaultLimits)
	require.NoError(t, err, "empty header")
	require.Empty(t, f.Tensors, "empty header: %v", f)
	// Zero Limits mean the defaults.
	_, err = Decode(raw("{}", nil), Limits{})
	require.NoError(t, err, "zero Limits")
}

func TestDecodeAliases(t *testing.T) {
	b, err := Encode(sampleFile())
	require.NoError(t, err)
	f, err := Decode(b, DefaultLimits)
	require.NoError(t, err)
	w, _ := f.Get("w1")
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	p := uintptr(unsafe.Pointer(&w.Data[0]))
	assert.True(t, p >= start && p < start+uintptr(len(b)), "Data does not alias the input")
	assert.Equal(t, len(w.Data), cap(w.Data), "Data cap != len: appending could overwrite the next tensor")
}

type badCase struct {
	name   string
	in     []byte
	lim    Limits
	target error
	want   string // substring of the message
}

func badCases() []badCase {
	ok4 := `"dtype":"F32","shape":[1],"data_offsets":[0,4]`
	hugeLen := make([]byte, 16)
	binary.LittleEndian.PutUint64(hugeLen, math.MaxUint64)
	bigLen := make([]byte, 16)
	binary.LittleEndian.PutUint64(bigLen, 1<<40)
	pastEnd := make([]byte, 20)
	binary.LittleEndian.PutUint64(pastEnd, 100)
	return []badCase{
		{"empty file", nil, DefaultLimits, prooflearn.ErrMalformed, "empty input"},
		{"short file", []byte{1, 0, 0, 0, 0}, DefaultLimits, prooflearn.ErrMalformed, "input is 5 bytes, need at least 8"},
		{"header length max uint64", hugeLen, DefaultLimits, prooflearn.ErrTooLarge, "header length 18446744073709551615 is over the limit of 16777216"},
		{"header length huge", bigLen, DefaultLimits, prooflearn.ErrTooLarge, "over the limit"},
		{"header over small limit", raw(`{}      `, nil), Limits{MaxHeader: 4}, prooflearn.ErrTooLarge, "header length 8 is over the limit of 4"},
		{"file over small limit", raw(`{}`, make([]byte, 100)), Limits{MaxTotal: 64}, prooflearn.ErrTooLarge, "input is 110 bytes, over the limit of 64"},
		{"header length beyond file", pastEnd, DefaultLimits, prooflearn.ErrMalformed, "header length 100 runs past the end of the input (12 bytes"},
		{"empty header", raw("", nil), DefaultLimits, prooflearn.ErrMalformed, "header is empty"},
		{"blank header", raw("   ", nil), DefaultLimits, prooflearn.ErrMalformed, "header is empty"},
		{"invalid JSON", raw(`{"a":`, nil), DefaultLimits, prooflearn.ErrMalformed, `header is not valid JSON (in tensor "a", near byte 5): unexpected EOF`},
		{"invalid JSON syntax", raw(`{"a" 1}`, nil), DefaultLimits, prooflearn.ErrMalformed, "header is not valid JSON"},
		{"invalid JSON top level", raw(`{,}`, nil), DefaultLimits, prooflearn.ErrMalformed, "header is not valid JSON (near byte"},
		{"truncated object", raw(`{"a":{"dtype":"F32"`, nil), DefaultLimits, prooflearn.ErrMalformed, "not valid JSON"},
		{"invalid UTF-8", raw("{\"\xff\":{}}", nil), DefaultLimits, prooflearn.ErrMalformed, "not valid UTF-8"},
		{"JSON array", raw(`[1,2]`, nil), DefaultLimits, prooflearn.ErrMalformed, "header is an array, want a JSON object"},
		{"JSON string", raw(`"x"`, nil), DefaultLimits, prooflearn.ErrMalformed, "header is a string, want a JSON object"},
		{"JSON null", raw(`null`, nil), DefaultLimits, prooflearn.ErrMalformed, "header is null"},
		{"data after JSON", raw(`{} {}`, nil), DefaultLimits, prooflearn.ErrMalformed, "data after the JSON object"},
		{"garbage after JSON", raw(`{}x`, nil), DefaultLimits, prooflearn.ErrMalformed, "data after the JSON object"},
		{"duplicate tensor", raw(`{"a":{`+ok4+`},"a":{`+ok4+`}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `duplicate key "a"`},
		{"duplicate metadata", raw(`{"__metadata__":{},"__metadata__":{}}`, nil), DefaultLimits, prooflearn.ErrMalformed, `duplicate key "__metadata__"`},
		{"duplicate metadata key", raw(`{"__metadata__":{"k":"1","k":"2"}}`, nil), DefaultLimits, prooflearn.ErrMalformed, `__metadata__: duplicate key "k"`},
		{"duplicate field", raw(`{"a":{"dtype":"F32",`+ok4+`}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": duplicate field "dtype"`},
		{"unknown field", raw(`{"a":{`+ok4+`,"extra":1}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": unknown field "extra"`},
		{"entry not object", raw(`{"a":[1]}`, nil), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": entry is an array`},
		{"missing dtype", raw(`{"a":{"shape":[1],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": missing field "dtype"`},
		{"missing shape", raw(`{"a":{"dtype":"F32","data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": missing field "shape"`},
		{"missing data_offsets", raw(`{"a":{"dtype":"F32","shape":[1]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": missing field "data_offsets"`},
		{"dtype not string", raw(`{"a":{"dtype":4,"shape":[1],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": dtype is a number (4), want a string`},
		{"shape not array", raw(`{"a":{"dtype":"F32","shape":"1","data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": shape is a string`},
		{"shape element string", raw(`{"a":{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": shape dimension 0 is a string`},
		{"shape element nested", raw(`{"a":{"dtype":"F32","shape":[[1]],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": shape dimension 0 is an array`},
		{"shape element float", raw(`{"a":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `shape dimension 0 is 1.0, want a non-negative integer`},
		{"shape element exponent", raw(`{"a":{"dtype":"F32","shape":[1e0],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `want a non-negative integer`},
		{"negative dim", raw(`{"a":{"dtype":"F32","shape":[2,-1],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": shape dimension 1 is -1, must be non-negative`},
		{"dim out of range", raw(`{"a":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `shape dimension 0 is 99999999999999999999, out of range`},
		{"shape product overflow", raw(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": shape [4294967296 4294967296] of F32: element count overflows`},
		{"byte count overflow", raw(`{"a":{"dtype":"F64","shape":[2305843009213693952],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `element count overflows`},
		{"overflow before zero", raw(`{"a":{"dtype":"U8","shape":[4294967296,4294967296,0],"data_offsets":[0,0]}}`, nil), DefaultLimits, prooflearn.ErrMalformed, `element count overflows`},
		{"offsets not array", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":{}}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `data_offsets is an object`},
		{"offsets one element", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `data_offsets has 1 element(s), want 2`},
		{"offsets three elements", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `data_offsets has more than 2 elements`},
		{"offset null", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[null,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `data_offsets element 0 is null`},
		{"offset negative", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `data_offsets element 0 is -4, must be non-negative`},
		{"offset too big", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,18446744073709551616]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `out of range`},
		{"begin after end", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": data_offsets [4,0] begin after end`},
		{"offsets past buffer", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": data_offsets [4,8] run past the end of the 4-byte data buffer`},
		{"byte length mismatch", raw(`{"w0":{"dtype":"F32","shape":[2,2],"data_offsets":[0,12]}}`, f32(1, 2, 3)), DefaultLimits, prooflearn.ErrMalformed, `safetensors: tensor "w0": data_offsets [0,12] hold 12 bytes, shape [2 2] of F32 needs 16`},
		{"unknown dtype", raw(`{"a":{"dtype":"F99","shape":[1],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensor "a": unknown dtype "F99"`},
		{"overlap", raw(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, f32(1, 2, 3)), DefaultLimits, prooflearn.ErrMalformed, `tensors "a" and "b" overlap`},
		{"same range", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, f32(1)), DefaultLimits, prooflearn.ErrMalformed, `tensors "a" and "b" overlap`},
		{"empty tensor inside another", raw(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[0],"data_offsets":[4,4]}}`, f32(1, 2)), DefaultLimits, prooflearn.ErrMalformed, `overlap`},
		{"gap", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}`, f32(1, 2, 3)), DefaultLimits, prooflearn.ErrMalformed, `gap in the data buffer: bytes [4,8) belong to no tensor (next is "b" at [8,12])`},
		{"leading gap", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, f32(1, 2)), DefaultLimits, prooflearn.ErrMalformed, `bytes [0,4) belong to no tensor`},
		{"trailing bytes", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, f32(1, 2)), DefaultLimits, prooflearn.ErrMalformed, `trailing bytes: the data buffer is 8 bytes but the tensors cover only [0,4)`},
		{"trailing bytes no tensors", raw(`{}`, []byte{0}), DefaultLimits, prooflearn.ErrMalformed, `trailing bytes`},
		{"metadata value number", raw(`{"__metadata__":{"k":1}}`, nil), DefaultLimits, prooflearn.ErrMalformed, `__metadata__: value of "k" is a number (1), want a string`},
		{"metadata value object", raw(`{"__metadata__":{"k":{}}}`, nil), DefaultLimits, prooflearn.ErrMalformed, `value of "k" is an object`},
		{"metadata array", raw(`{"__metadata__":["a"]}`, nil), DefaultLimits, prooflearn.ErrMalformed, `__metadata__ is an array, want an object of strings`},
		{"metadata null", raw(`{"__metadata__":null}`, nil), DefaultLimits, prooflearn.ErrMalformed, `__metadata__ is null`},
	}
}

func TestDecodeMalformed(t *testing.T) {
	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			f, err := Decode(c.in, c.lim)
			require.Error(t, err, "Decode succeeded: %+v", f)
			assert.Nil(t, f, "non-nil File with error")
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "error %T %v is not a *FormatError", err, err)
			assert.ErrorIs(t, err, c.target)
			other := prooflearn.ErrTooLarge
			if c.target == prooflearn.ErrTooLarge {
				other = prooflearn.ErrMalformed
			}
			assert.NotErrorIs(t, err, other, "error also wraps %v", other)
			want := c.want
			if strconv.IntSize == 32 && strings.Contains(want, "element count overflows") {
				// A dimension beyond int's range is refused before the
				// product is formed.
				want = "out of range"
			}
			assert.ErrorContains(t, err, want)
		})
	}
}

func TestEncodeErrors(t *testing.T) {
	ok := Tensor{Name: "a", DType: "F32", Shape: []int{1}, Data: f32(1)}
	cases := []struct {
		name string
		f    *File
		want string
	}{
		{"nil file", nil, "nil File"},
		{"duplicate", &File{Tensors: []Tensor{ok, {Name: "b", DType: "U8", Shape: []int{}, Data: []byte{1}}, ok}}, `duplicate tensor name "a"`},
		{"reserved", &File{Tensors: []Tensor{{Name: "__metadata__", DType: "U8", Data: []byte{1}}}}, `reserved`},
		{"unknown dtype", &File{Tensors: []Tensor{{Name: "a", DType: "F4", Shape: []int{1}, Data: []byte{1}}}}, `unknown dtype "F4"`},
		{"length mismatch", &File{Tensors: []Tensor{{Name: "w0", DType: "F32", Shape: []int{2, 2}, Data: f32(1, 2, 3)}}}, `tensor "w0": data holds 12 bytes, shape [2 2] of F32 needs 16`},
		{"negative dim", &File{Tensors: []Tensor{{Name: "a", DType: "F32", Shape: []int{-1, -4}, Data: f32(1)}}}, `shape dimension 0 is -1`},
		{"overflow", &File{Tensors: []Tensor{{Name: "a", DType: "F32", Shape: []int{math.MaxInt, 2}}}}, `overflows`},
		{"bad utf8 name", &File{Tensors: []Tensor{{Name: "\xff", DType: "U8", Shape: []int{1}, Data: []byte{1}}}}, `not valid UTF-8`},
		{"bad utf8 metadata", &File{Metadata: map[string]string{"k": "\xfe"}}, `not valid UTF-8`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Encode(c.f)
			require.Error(t, err, "Encode succeeded: %q", b)
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "error %T %v is not a *FormatError", err, err)
			require.ErrorIs(t, err, prooflearn.ErrMalformed)
			assert.ErrorContains(t, err, c.want)
		})
	}
}

func TestDTypeSize(t *testing.T) {
	for dt, want := range map[string]int{"F32": 4, "F64": 8, "I64": 8, "I32": 4, "U8": 1, "U32": 4, "U64": 8, "BF16": 2, "BOOL": 1} {
		t.Run(dt, func(t *testing.T) {
			n, ok := DTypeSize(dt)
			assert.True(t, ok, "DTypeSize(%q) is unknown", dt)
			assert.Equal(t, want, n, "DTypeSize(%q)", dt)
		})
	}
	for _, dt := range []string{"", "f32", "F4", "__metadata__"} {
		t.Run("unknown "+strconv.Quote(dt), func(t *testing.T) {
			_, ok := DTypeSize(dt)
			assert.False(t, ok, "DTypeSize(%q) is known", dt)
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	enc, err := Encode(sampleFile())
	require.NoError(t, err)
	good := filepath.Join(dir, "good.safetensors")
	require.NoError(t, os.WriteFile(good, enc, 0o644))
	f, err := ReadFile(good, DefaultLimits)
	require.NoError(t, err)
	equalFiles(t, sampleFile(), f)

	// Exactly at the limit is fine; one byte under is not.
	_, err = ReadFile(good, Limits{MaxTotal: int64(len(enc))})
	assert.NoError(t, err, "file at the limit")
	_, err = ReadFile(good, Limits{MaxTotal: int64(len(enc)) - 1})
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge, "file one byte over")
	assert.ErrorContains(t, err, good, "file one byte over")

	// A malformed file: the error names the path and keeps the sentinel.
	bad := filepath.Join(dir, "bad.safetensors")
	require.NoError(t, os.WriteFile(bad, raw(`{"a":{"dtype":"F99","shape":[1],"data_offsets":[0,4]}}`, f32(1)), 0o644))
	_, err = ReadFile(bad, DefaultLimits)
	var fe *FormatError
	assert.ErrorAs(t, err, &fe, "malformed file")
	assert.ErrorIs(t, err, prooflearn.ErrMalformed, "malformed file")
	assert.ErrorContains(t, err, bad, "malformed file")
	assert.ErrorContains(t, err, `unknown dtype "F99"`, "malformed file")

	// A missing file.
	missing := filepath.Join(dir, "missing.safetensors")
	_, err = ReadFile(missing, DefaultLimits)
	assert.ErrorIs(t, err, os.ErrNotExist, "missing file")
	assert.ErrorContains(t, err, missing, "missing file")

	// A directory.
	_, err = ReadFile(dir, DefaultLimits)
	assert.Error(t, err, "ReadFile of a directory succeeded")
}

// TestReadFileRefusesOversized uses a sparse 64 GiB file: reading it would take
// minutes and exhaust memory, so a prompt ErrTooLarge shows ReadFile checked the
// size before reading.
func TestReadFileRefusesOversized(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.safetensors")
	fh, err := os.Create(path)
	require.NoError(t, err)
	const size = 64 << 30
	if err := fh.Truncate(size); err != nil {
		fh.Close()
		t.Skipf("cannot create a sparse file here: %v", err)
	}
	fh.Close()
	lim := Limits{MaxHeader: 1 << 10, MaxTotal: 1 << 20}
	f, err := ReadFile(path, lim)
	require.Error(t, err, "ReadFile succeeded: %+v", f)
	var fe *FormatError
	require.ErrorAs(t, err, &fe, "error %T %v is not a *FormatError", err, err)
	require.ErrorIs(t, err, prooflearn.ErrTooLarge)
	assert.ErrorContains(t, err, "file is 68719476736 bytes, over the limit of 1048576")
	assert.ErrorContains(t, err, path, "want the error to name the path")

	// The same with a non-sparse file a little over a small limit.
	small := filepath.Join(t.TempDir(), "small.safetensors")
	require.NoError(t, os.WriteFile(small, make([]byte, 100), 0o644))
	_, err = ReadFile(small, Limits{MaxTotal: 99})
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge, "100-byte file with MaxTotal 99")
}

func fuzzSeeds(tb testing.TB) [][]byte {
	valid, err := Encode(sampleFile())
	require.NoError(tb, err)
	seeds := [][]byte{
		valid,
		raw("{}", nil),
		raw(`{"__metadata__":{"a":"b"},"x":{"dtype":"U8","shape":[],"data_offsets":[0,1]}}`, []byte{9}),
		raw(`{"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"U8","shape":[0],"data_offsets":[4,4]}}`, f32(1)),
	}
	for _, c := range badCases() {
		seeds = append(seeds, c.in)
	}
	return seeds
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	lim := Limits{MaxHeader: 1 << 20, MaxTotal: 1 << 24}
	f.Fuzz(func(t *testing.T, b []byte) {
		orig := bytes.Clone(b)
		dec, err := Decode(b, lim)
		require.True(t, bytes.Equal(b, orig), "Decode modified its input")
		if err != nil {
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "error %T %v is not a *FormatError", err, err)
			require.True(t, errors.Is(err, prooflearn.ErrMalformed) || errors.Is(err, prooflearn.ErrTooLarge),
				"error %v wraps neither sentinel", err)
			require.Nil(t, dec, "non-nil File with error")
			return
		}
		enc, err := Encode(dec)
		require.NoError(t, err, "Encode(Decode(b))")
		again, err := Decode(enc, DefaultLimits)
		require.NoError(t, err, "Decode(Encode(Decode(b)))")
		equalFiles(t, dec, again)
		enc2, err := Encode(again)
		require.NoError(t, err)
		require.Equal(t, enc, enc2, "Encode is not idempotent over Decode")
	})
}

// TestSeedCorpus checks that the checked-in corpus parses and that its valid-*
// entries decode and its bad-* entries do not.
func TestSeedCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzDecode", "*"))
	require.NoError(t, err, "no seed corpus")
	require.NotEmpty(t, paths, "no seed corpus")
	var valid, bad int
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(p)
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSpace(string(text)), "\n")
			require.True(t, len(lines) == 2 && lines[0] == "go test fuzz v1" &&
				strings.HasPrefix(lines[1], "[]byte(") && strings.HasSuffix(lines[1], ")"),
				"%s: not a single-[]byte corpus file", p)
			s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
			require.NoError(t, err, p)
			_, err = Decode([]byte(s), DefaultLimits)
			switch {
			case strings.HasPrefix(name, "valid-"):
				valid++
				assert.NoError(t, err, name)
			case strings.HasPrefix(name, "bad-"):
				bad++
				assert.Error(t, err, "%s: decoded", name)
			}
		})
	}
	assert.True(t, valid > 0 && bad > 0, "corpus has %d valid and %d bad entries", valid, bad)
}
