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
	if len(a.Metadata) != len(b.Metadata) {
		t.Fatalf("metadata differs: %q vs %q", a.Metadata, b.Metadata)
	}
	for k, v := range a.Metadata {
		if w, ok := b.Metadata[k]; !ok || w != v {
			t.Fatalf("metadata %q differs: %q vs %q", k, v, w)
		}
	}
	if len(a.Tensors) != len(b.Tensors) {
		t.Fatalf("tensor count differs: %d vs %d", len(a.Tensors), len(b.Tensors))
	}
	for _, ta := range a.Tensors {
		tb, ok := b.Get(ta.Name)
		if !ok {
			t.Fatalf("tensor %q missing", ta.Name)
		}
		if ta.DType != tb.DType || !slices.Equal(ta.Shape, tb.Shape) || !bytes.Equal(ta.Data, tb.Data) {
			t.Fatalf("tensor %q differs: %s %v %x vs %s %v %x", ta.Name, ta.DType, ta.Shape, ta.Data, tb.DType, tb.Shape, tb.Data)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	in := sampleFile()
	enc, err := Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	n := binary.LittleEndian.Uint64(enc)
	if n%8 != 0 {
		t.Errorf("header length %d is not a multiple of 8", n)
	}
	out, err := Decode(enc, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	equalFiles(t, in, out)
	if !slices.IsSortedFunc(out.Tensors, func(a, b Tensor) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("decoded tensors are not sorted by name")
	}
	w, ok := out.Get("w1")
	if !ok || w.DType != "F32" || !bytes.Equal(w.Data, f32(1, 2, 3, 4)) {
		t.Errorf("Get(w1) = %+v, %v", w, ok)
	}
	if _, ok := out.Get("nope"); ok {
		t.Error("Get(nope) found something")
	}
	if _, ok := (*File)(nil).Get("w1"); ok {
		t.Error("nil File Get found something")
	}
}

func TestDeterminism(t *testing.T) {
	a, err := Encode(sampleFile())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode(sampleFile())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("Encode is not deterministic")
	}
	// Tensor order in the File does not matter.
	rev := sampleFile()
	slices.Reverse(rev.Tensors)
	c, err := Encode(rev)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) {
		t.Fatal("Encode depends on tensor order")
	}
	// Encode(Decode(Encode(f))) == Encode(f).
	dec, err := Decode(a, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Encode(dec)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, d) {
		t.Fatal("Encode(Decode(b)) != b")
	}
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
	if err != nil {
		t.Fatal(err)
	}
	header := `{"__metadata__":{"format":"pt"},"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}`
	for len(header)%8 != 0 {
		header += " "
	}
	want := raw(header, append([]byte{5, 6}, f32(1)...))
	if !bytes.Equal(got, want) {
		t.Fatalf("Encode =\n%q\nwant\n%q", got, want)
	}
	// No metadata and no tensors: "{}" padded to 8.
	got, err = Encode(&File{Metadata: map[string]string{}})
	if err != nil {
		t.Fatal(err)
	}
	if want := raw("{}      ", nil); !bytes.Equal(got, want) {
		t.Fatalf("Encode(empty) = %q, want %q", got, want)
	}
}

func TestDecodeValidVariants(t *testing.T) {
	// Non-canonical layout: data in reverse name order, whitespace, escapes,
	// field order shuffled, zero-size tensor at the end.
	hdr := ` { "b" : {"shape":[1],"data_offsets":[0,4],"dtype":"F32"},
		"\u0061": {"dtype":"U8","data_offsets":[4,6],"shape":[2]},
		"z": {"dtype":"I64","shape":[0],"data_offsets":[6,6]},
		"__metadata__": {} }  `
	f, err := Decode(raw(hdr, append(f32(2), 7, 8)), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata != nil {
		t.Errorf("empty metadata decoded as %v, want nil", f.Metadata)
	}
	names := []string{}
	for _, ten := range f.Tensors {
		names = append(names, ten.Name)
	}
	if !slices.Equal(names, []string{"a", "b", "z"}) {
		t.Fatalf("names = %q", names)
	}
	if a, _ := f.Get("a"); !bytes.Equal(a.Data, []byte{7, 8}) {
		t.Errorf("a = %v", a.Data)
	}
	enc, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(enc, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	equalFiles(t, f, g)

	// An empty file: "{}" and no buffer.
	f, err = Decode(raw("{}", nil), DefaultLimits)
	if err != nil || len(f.Tensors) != 0 {
		t.Fatalf("empty header: %v, %v", f, err)
	}
	// Zero Limits mean the defaults.
	if _, err := Decode(raw("{}", nil), Limits{}); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeAliases(t *testing.T) {
	b, err := Encode(sampleFile())
	if err != nil {
		t.Fatal(err)
	}
	f, err := Decode(b, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := f.Get("w1")
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	p := uintptr(unsafe.Pointer(&w.Data[0]))
	if p < start || p >= start+uintptr(len(b)) {
		t.Error("Data does not alias the input")
	}
	if cap(w.Data) != len(w.Data) {
		t.Errorf("Data cap %d != len %d: appending could overwrite the next tensor", cap(w.Data), len(w.Data))
	}
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
			if err == nil {
				t.Fatalf("Decode succeeded: %+v", f)
			}
			if f != nil {
				t.Errorf("non-nil File with error")
			}
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v is not a *FormatError", err, err)
			}
			if !errors.Is(err, c.target) {
				t.Errorf("error %q does not wrap %v", err, c.target)
			}
			other := prooflearn.ErrTooLarge
			if c.target == prooflearn.ErrTooLarge {
				other = prooflearn.ErrMalformed
			}
			if errors.Is(err, other) {
				t.Errorf("error %q also wraps %v", err, other)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
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
			if err == nil {
				t.Fatalf("Encode succeeded: %q", b)
			}
			var fe *FormatError
			if !errors.As(err, &fe) || !errors.Is(err, prooflearn.ErrMalformed) {
				t.Fatalf("error %T %v is not a *FormatError wrapping ErrMalformed", err, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
		})
	}
}

func TestDTypeSize(t *testing.T) {
	for dt, want := range map[string]int{"F32": 4, "F64": 8, "I64": 8, "I32": 4, "U8": 1, "U32": 4, "U64": 8, "BF16": 2, "BOOL": 1} {
		if n, ok := DTypeSize(dt); !ok || n != want {
			t.Errorf("DTypeSize(%q) = %d, %v; want %d", dt, n, ok, want)
		}
	}
	for _, dt := range []string{"", "f32", "F4", "__metadata__"} {
		if _, ok := DTypeSize(dt); ok {
			t.Errorf("DTypeSize(%q) is known", dt)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	enc, err := Encode(sampleFile())
	if err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.safetensors")
	if err := os.WriteFile(good, enc, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFile(good, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	equalFiles(t, sampleFile(), f)

	// Exactly at the limit is fine; one byte under is not.
	if _, err := ReadFile(good, Limits{MaxTotal: int64(len(enc))}); err != nil {
		t.Errorf("file at the limit: %v", err)
	}
	_, err = ReadFile(good, Limits{MaxTotal: int64(len(enc)) - 1})
	if !errors.Is(err, prooflearn.ErrTooLarge) || !strings.Contains(err.Error(), good) {
		t.Errorf("file one byte over: %v", err)
	}

	// A malformed file: the error names the path and keeps the sentinel.
	bad := filepath.Join(dir, "bad.safetensors")
	if err := os.WriteFile(bad, raw(`{"a":{"dtype":"F99","shape":[1],"data_offsets":[0,4]}}`, f32(1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = ReadFile(bad, DefaultLimits)
	var fe *FormatError
	if !errors.As(err, &fe) || !errors.Is(err, prooflearn.ErrMalformed) ||
		!strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), `unknown dtype "F99"`) {
		t.Errorf("malformed file: %v", err)
	}

	// A missing file.
	missing := filepath.Join(dir, "missing.safetensors")
	if _, err := ReadFile(missing, DefaultLimits); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: %v", err)
	}

	// A directory.
	if _, err := ReadFile(dir, DefaultLimits); err == nil {
		t.Error("ReadFile of a directory succeeded")
	}
}

// TestReadFileRefusesOversized uses a sparse 64 GiB file: reading it would take
// minutes and exhaust memory, so a prompt ErrTooLarge shows ReadFile checked the
// size before reading.
func TestReadFileRefusesOversized(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.safetensors")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	const size = 64 << 30
	if err := fh.Truncate(size); err != nil {
		fh.Close()
		t.Skipf("cannot create a sparse file here: %v", err)
	}
	fh.Close()
	lim := Limits{MaxHeader: 1 << 10, MaxTotal: 1 << 20}
	f, err := ReadFile(path, lim)
	if err == nil {
		t.Fatalf("ReadFile succeeded: %+v", f)
	}
	var fe *FormatError
	if !errors.As(err, &fe) || !errors.Is(err, prooflearn.ErrTooLarge) {
		t.Fatalf("error %T %v is not a *FormatError wrapping ErrTooLarge", err, err)
	}
	if want := "file is 68719476736 bytes, over the limit of 1048576"; !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the path and %q", err, want)
	}

	// The same with a non-sparse file a little over a small limit.
	small := filepath.Join(t.TempDir(), "small.safetensors")
	if err := os.WriteFile(small, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(small, Limits{MaxTotal: 99}); !errors.Is(err, prooflearn.ErrTooLarge) {
		t.Errorf("100-byte file with MaxTotal 99: %v", err)
	}
}

func fuzzSeeds(tb testing.TB) [][]byte {
	valid, err := Encode(sampleFile())
	if err != nil {
		tb.Fatal(err)
	}
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
		if !bytes.Equal(b, orig) {
			t.Fatal("Decode modified its input")
		}
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v is not a *FormatError", err, err)
			}
			if !errors.Is(err, prooflearn.ErrMalformed) && !errors.Is(err, prooflearn.ErrTooLarge) {
				t.Fatalf("error %v wraps neither sentinel", err)
			}
			if dec != nil {
				t.Fatal("non-nil File with error")
			}
			return
		}
		enc, err := Encode(dec)
		if err != nil {
			t.Fatalf("Encode(Decode(b)): %v", err)
		}
		again, err := Decode(enc, DefaultLimits)
		if err != nil {
			t.Fatalf("Decode(Encode(Decode(b))): %v", err)
		}
		equalFiles(t, dec, again)
		enc2, err := Encode(again)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(enc, enc2) {
			t.Fatal("Encode is not idempotent over Decode")
		}
	})
}

// TestSeedCorpus checks that the checked-in corpus parses and that its valid-*
// entries decode and its bad-* entries do not.
func TestSeedCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzDecode", "*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed corpus: %v", err)
	}
	var valid, bad int
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(text)), "\n")
		if len(lines) != 2 || lines[0] != "go test fuzz v1" ||
			!strings.HasPrefix(lines[1], "[]byte(") || !strings.HasSuffix(lines[1], ")") {
			t.Fatalf("%s: not a single-[]byte corpus file", p)
		}
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		_, err = Decode([]byte(s), DefaultLimits)
		switch name := filepath.Base(p); {
		case strings.HasPrefix(name, "valid-"):
			valid++
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		case strings.HasPrefix(name, "bad-"):
			bad++
			if err == nil {
				t.Errorf("%s: decoded", name)
			}
		}
	}
	if valid == 0 || bad == 0 {
		t.Errorf("corpus has %d valid and %d bad entries", valid, bad)
	}
}
