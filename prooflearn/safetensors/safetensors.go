// Package safetensors reads and writes the Hugging Face safetensors format,
// using only the standard library.
//
// # Format
//
// A safetensors file is
//
//	N       8 bytes, little-endian uint64: the length of the header
//	header  N bytes of UTF-8 JSON
//	buffer  the rest of the file: the raw tensor bytes
//
// The header is a JSON object. Each key is a tensor name whose value is
//
//	{"dtype": "F32", "shape": [2, 2], "data_offsets": [begin, end]}
//
// where begin and end are byte offsets relative to the start of the buffer
// (not of the file) and the tensor's bytes are buffer[begin:end], row-major and
// little-endian. One optional key, "__metadata__", maps to an object of string
// values. The tensors must cover the buffer exactly: no overlap, no gaps and
// no trailing bytes.
//
// [Encode] writes a canonical form: "__metadata__" first, then tensors sorted
// by name, compact JSON with fields in the order dtype, shape, data_offsets,
// the header padded with spaces to a multiple of 8 bytes (as the reference
// implementation does, so the buffer is 8-byte aligned in the file), and the
// data laid out in the same sorted-name order. The same File always encodes to
// the same bytes. [Decode] accepts any valid layout, not only the canonical
// one, and validates everything: the header length, UTF-8 and JSON syntax,
// duplicate keys, unknown fields, dtypes, shapes (non-negative, no overflow of
// the element count), offsets, byte lengths and exact coverage of the buffer.
// Every failure is a [*FormatError] that wraps prooflearn.ErrMalformed or
// prooflearn.ErrTooLarge and says exactly what is wrong. Neither function
// panics on any input.
//
// # Commitments
//
// Checkpoint commitments in prooflearn are NOT computed over safetensors
// bytes. They are computed over prooflearn's own canonical encoding of the
// tensors (names, dtypes, shapes and data). A safetensors file is only a
// container: it may be rewritten — re-encoded, reordered, re-padded, its
// metadata changed — without changing any Merkle root, and two different
// files holding the same tensors commit to the same root.
//
// # Limits
//
// [Decode] and [ReadFile] take [Limits]: MaxHeader bounds the JSON header and
// MaxTotal bounds the whole file. [DefaultLimits] allows a 16 MiB header and a
// 2 GiB file. Exceeding either is reported as prooflearn.ErrTooLarge, and
// ReadFile checks the file's size before reading any of it.
package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// metadataKey is the reserved header key holding the string-to-string metadata.
const metadataKey = "__metadata__"

// Tensor is one named tensor. Data holds the raw little-endian bytes, row-major,
// exactly product(Shape) × DTypeSize(DType) of them. An empty (or nil) Shape is
// a scalar with one element.
type Tensor struct {
	Name  string
	DType string
	Shape []int
	Data  []byte
}

// File is the content of a safetensors file: optional metadata and tensors.
// Decode returns Tensors sorted by name; Encode accepts them in any order.
type File struct {
	// Metadata is the "__metadata__" object. Decode leaves it nil when the
	// header has none or an empty one; Encode omits it when it is empty.
	Metadata map[string]string
	Tensors  []Tensor
}

// Get returns the tensor called name, or false if the file has none.
func (f *File) Get(name string) (*Tensor, bool) {
	if f == nil {
		return nil, false
	}
	for i := range f.Tensors {
		if f.Tensors[i].Name == name {
			return &f.Tensors[i], true
		}
	}
	return nil, false
}

// Limits bounds what Decode and ReadFile accept. A field that is zero or
// negative means the corresponding DefaultLimits value.
type Limits struct {
	// MaxHeader is the largest JSON header accepted, in bytes.
	MaxHeader int64
	// MaxTotal is the largest input (whole file) accepted, in bytes.
	MaxTotal int64
}

// DefaultLimits: a 16 MiB header and a 2 GiB file.
var DefaultLimits = Limits{MaxHeader: 16 << 20, MaxTotal: 2 << 30}

func (l Limits) normalized() Limits {
	if l.MaxHeader <= 0 {
		l.MaxHeader = DefaultLimits.MaxHeader
	}
	if l.MaxTotal <= 0 {
		l.MaxTotal = DefaultLimits.MaxTotal
	}
	return l
}

// FormatError reports input that is not a valid safetensors file, or a File
// that cannot be encoded. Err is prooflearn.ErrMalformed or
// prooflearn.ErrTooLarge, so callers can branch with errors.Is.
type FormatError struct {
	Reason string // what is wrong, e.g. `tensor "w0": unknown dtype "F99"`
	Err    error  // prooflearn.ErrMalformed or prooflearn.ErrTooLarge
}

func (e *FormatError) Error() string { return "safetensors: " + e.Reason }

// Unwrap returns the sentinel: prooflearn.ErrMalformed or prooflearn.ErrTooLarge.
func (e *FormatError) Unwrap() error { return e.Err }

func malformed(format string, args ...any) *FormatError {
	return &FormatError{Reason: fmt.Sprintf(format, args...), Err: prooflearn.ErrMalformed}
}

func tooLarge(format string, args ...any) *FormatError {
	return &FormatError{Reason: fmt.Sprintf(format, args...), Err: prooflearn.ErrTooLarge}
}

// dtypeSizes lists the dtypes this package knows, with their size in bytes.
// Sub-byte types (F4, F6_*) are not supported.
var dtypeSizes = map[string]int{
	"BOOL":    1,
	"U8":      1,
	"I8":      1,
	"F8_E5M2": 1,
	"F8_E4M3": 1,
	"F8_E8M0": 1,
	"I16":     2,
	"U16":     2,
	"F16":     2,
	"BF16":    2,
	"I32":     4,
	"U32":     4,
	"F32":     4,
	"I64":     8,
	"U64":     8,
	"F64":     8,
	"C64":     8,
}

// DTypeSize returns the size in bytes of one element of dtype ("F32" → 4), and
// false if the dtype is unknown. Known: BOOL, U8, I8, F8_E5M2, F8_E4M3,
// F8_E8M0, I16, U16, F16, BF16, I32, U32, F32, I64, U64, F64, C64.
func DTypeSize(dtype string) (int, bool) {
	n, ok := dtypeSizes[dtype]
	return n, ok
}

// byteLen returns product(shape) × elemSize, or false if a dimension is
// negative or the product (or any prefix of it, as in the reference
// implementation) overflows an int.
func byteLen(shape []int, elemSize int) (int, bool) {
	n := uint64(1)
	for _, d := range shape {
		if d < 0 {
			return 0, false
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > math.MaxInt {
			return 0, false
		}
		n = lo
	}
	hi, lo := bits.Mul64(n, uint64(elemSize))
	if hi != 0 || lo > math.MaxInt {
		return 0, false
	}
	return int(lo), true
}

// Encode returns the canonical safetensors encoding of f: deterministic bytes
// for the same File (see the package comment for the layout). It fails with a
// *FormatError wrapping prooflearn.ErrMalformed on a duplicate or reserved
// tensor name, an unknown dtype, a negative or overflowing shape, Data whose
// length is not product(shape) × dtype size, or a name or metadata string that
// is not valid UTF-8.
func Encode(f *File) ([]byte, error) { return AppendEncode(nil, f) }

// AppendEncode appends Encode's bytes for f to dst and returns the extended
// slice, so that a caller encoding many files of one size reuses one buffer
// (dst[:0]) instead of allocating each. On error it returns nil, and dst's
// contents up to its length are untouched.
func AppendEncode(dst []byte, f *File) ([]byte, error) {
	if f == nil {
		return nil, malformed("encode: nil File")
	}
	order := make([]int, len(f.Tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(f.Tensors[a].Name, f.Tensors[b].Name) })

	var dataLen int
	for k, i := range order {
		t := &f.Tensors[i]
		if k > 0 && f.Tensors[order[k-1]].Name == t.Name {
			return nil, malformed("encode: duplicate tensor name %q", t.Name)
		}
		if t.Name == metadataKey {
			return nil, malformed("encode: tensor name %q is reserved for metadata", t.Name)
		}
		if !utf8.ValidString(t.Name) {
			return nil, malformed("encode: tensor name %q is not valid UTF-8", t.Name)
		}
		size, ok := DTypeSize(t.DType)
		if !ok {
			return nil, malformed("encode: tensor %q: unknown dtype %q", t.Name, t.DType)
		}
		for j, d := range t.Shape {
			if d < 0 {
				return nil, malformed("encode: tensor %q: shape dimension %d is %d, must be non-negative", t.Name, j, d)
			}
		}
		want, ok := byteLen(t.Shape, size)
		if !ok {
			return nil, malformed("encode: tensor %q: shape %v of %s overflows", t.Name, t.Shape, t.DType)
		}
		if len(t.Data) != want {
			return nil, malformed("encode: tensor %q: data holds %d bytes, shape %v of %s needs %d", t.Name, len(t.Data), t.Shape, t.DType, want)
		}
		if dataLen > math.MaxInt-want {
			return nil, malformed("encode: total data size overflows")
		}
		dataLen += want
	}

	h := make([]byte, 0, 64+64*len(order))
	h = append(h, '{')
	first := true
	if len(f.Metadata) > 0 {
		keys := make([]string, 0, len(f.Metadata))
		for k, v := range f.Metadata {
			if !utf8.ValidString(k) {
				return nil, malformed("encode: metadata key %q is not valid UTF-8", k)
			}
			if !utf8.ValidString(v) {
				return nil, malformed("encode: metadata %q: value %q is not valid UTF-8", k, v)
			}
			keys = append(keys, k)
		}
		slices.Sort(keys)
		h = appendString(h, metadataKey)
		h = append(h, ':', '{')
		for j, k := range keys {
			if j > 0 {
				h = append(h, ',')
			}
			h = appendString(h, k)
			h = append(h, ':')
			h = appendString(h, f.Metadata[k])
		}
		h = append(h, '}')
		first = false
	}
	offset := 0
	for _, i := range order {
		t := &f.Tensors[i]
		if !first {
			h = append(h, ',')
		}
		first = false
		h = appendString(h, t.Name)
		h = append(h, `:{"dtype":`...)
		h = appendString(h, t.DType)
		h = append(h, `,"shape":[`...)
		for j, d := range t.Shape {
			if j > 0 {
				h = append(h, ',')
			}
			h = strconv.AppendInt(h, int64(d), 10)
		}
		h = append(h, `],"data_offsets":[`...)
		h = strconv.AppendInt(h, int64(offset), 10)
		h = append(h, ',')
		offset += len(t.Data)
		h = strconv.AppendInt(h, int64(offset), 10)
		h = append(h, ']', '}')
	}
	h = append(h, '}')
	for len(h)%8 != 0 {
		h = append(h, ' ')
	}

	if dataLen > math.MaxInt-8-len(h)-len(dst) {
		return nil, malformed("encode: total size overflows")
	}
	out := slices.Grow(dst, 8+len(h)+dataLen)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(h)))
	out = append(out, h...)
	for _, i := range order {
		out = append(out, f.Tensors[i].Data...)
	}
	return out, nil
}

// appendString appends s as a JSON string, escaping as serde_json (the
// reference implementation's serializer) does: '"', '\\', \b \f \n \r \t, other
// control characters as \u00XX, everything else verbatim. s must be valid UTF-8.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// entry is one tensor as described by the header, before its data is sliced.
type entry struct {
	name       string
	dtype      string
	shape      []int
	begin, end uint64
}

// Decode parses and fully validates a safetensors file (see the package
// comment). Returned Tensors are sorted by name.
//
// The returned Data slices alias b (they are sub-slices of it, capped so that
// appending to one cannot overwrite another): b must not be modified while the
// File is in use. Copy the data if b will be reused.
//
// Every error is a *FormatError wrapping prooflearn.ErrMalformed, or
// prooflearn.ErrTooLarge when b or its header exceeds lim.
func Decode(b []byte, lim Limits) (*File, error) {
	f, err := decode(b, lim.normalized())
	if err != nil {
		return nil, err // avoid a typed-nil error
	}
	return f, nil
}

func decode(b []byte, lim Limits) (*File, *FormatError) {
	switch {
	case uint64(len(b)) > uint64(lim.MaxTotal):
		return nil, tooLarge("input is %d bytes, over the limit of %d", len(b), lim.MaxTotal)
	case len(b) == 0:
		return nil, malformed("empty input: need at least 8 bytes for the header length")
	case len(b) < 8:
		return nil, malformed("input is %d bytes, need at least 8 for the header length", len(b))
	}
	n := binary.LittleEndian.Uint64(b[:8])
	if n > uint64(lim.MaxHeader) {
		return nil, tooLarge("header length %d is over the limit of %d bytes", n, lim.MaxHeader)
	}
	if n > uint64(len(b)-8) {
		return nil, malformed("header length %d runs past the end of the input (%d bytes after the length prefix)", n, len(b)-8)
	}
	header := b[8 : 8+n]
	buf := b[8+n:]

	entries, meta, ferr := parseHeader(header)
	if ferr != nil {
		return nil, ferr
	}

	// Per-tensor checks.
	for i := range entries {
		e := &entries[i]
		size, ok := DTypeSize(e.dtype)
		if !ok {
			return nil, malformed("tensor %q: unknown dtype %q", e.name, e.dtype)
		}
		want, ok := byteLen(e.shape, size)
		if !ok {
			return nil, malformed("tensor %q: shape %v of %s: element count overflows", e.name, e.shape, e.dtype)
		}
		if e.begin > e.end {
			return nil, malformed("tensor %q: data_offsets [%d,%d] begin after end", e.name, e.begin, e.end)
		}
		if e.end > uint64(len(buf)) {
			return nil, malformed("tensor %q: data_offsets [%d,%d] run past the end of the %d-byte data buffer", e.name, e.begin, e.end, len(buf))
		}
		if got := e.end - e.begin; got != uint64(want) {
			return nil, malformed("tensor %q: data_offsets [%d,%d] hold %d bytes, shape %v of %s needs %d", e.name, e.begin, e.end, got, e.shape, e.dtype, want)
		}
	}

	// Coverage: sorted by offsets, the tensors must tile the buffer exactly.
	byOffset := make([]*entry, len(entries))
	for i := range entries {
		byOffset[i] = &entries[i]
	}
	slices.SortFunc(byOffset, func(x, y *entry) int {
		if c := cmpU64(x.begin, y.begin); c != 0 {
			return c
		}
		if c := cmpU64(x.end, y.end); c != 0 {
			return c
		}
		return strings.Compare(x.name, y.name)
	})
	var cursor uint64
	var prev *entry
	for _, e := range byOffset {
		switch {
		case e.begin < cursor:
			return nil, malformed("tensors %q and %q overlap: %q has data_offsets [%d,%d], %q has [%d,%d]",
				prev.name, e.name, prev.name, prev.begin, prev.end, e.name, e.begin, e.end)
		case e.begin > cursor:
			return nil, malformed("gap in the data buffer: bytes [%d,%d) belong to no tensor (next is %q at [%d,%d])",
				cursor, e.begin, e.name, e.begin, e.end)
		}
		cursor = e.end
		prev = e
	}
	if cursor != uint64(len(buf)) {
		return nil, malformed("trailing bytes: the data buffer is %d bytes but the tensors cover only [0,%d)", len(buf), cursor)
	}

	slices.SortFunc(entries, func(x, y entry) int { return strings.Compare(x.name, y.name) })
	f := &File{Tensors: make([]Tensor, len(entries))}
	if len(meta) > 0 {
		f.Metadata = meta
	}
	for i, e := range entries {
		f.Tensors[i] = Tensor{Name: e.name, DType: e.dtype, Shape: e.shape, Data: buf[e.begin:e.end:e.end]}
	}
	return f, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// parseHeader parses the JSON header strictly: a single object, no duplicate
// keys at any level, tensor entries with exactly the fields dtype, shape and
// data_offsets, metadata values that are strings, integers written as plain
// non-negative integer literals.
func parseHeader(h []byte) ([]entry, map[string]string, *FormatError) {
	if len(bytes.TrimLeft(h, " \t\r\n")) == 0 {
		return nil, nil, malformed("header is empty, want a JSON object")
	}
	if !utf8.Valid(h) {
		return nil, nil, malformed("header is not valid UTF-8")
	}
	p := &parser{dec: json.NewDecoder(bytes.NewReader(h))}
	p.dec.UseNumber()

	tok, ferr := p.token("header")
	if ferr != nil {
		return nil, nil, ferr
	}
	if tok != json.Delim('{') {
		return nil, nil, malformed("header is %s, want a JSON object", describe(tok))
	}
	var entries []entry
	var meta map[string]string
	seen := make(map[string]bool)
	for p.dec.More() {
		tok, ferr := p.token("header")
		if ferr != nil {
			return nil, nil, ferr
		}
		key, ok := tok.(string)
		if !ok { // unreachable: the decoder only returns string keys
			return nil, nil, malformed("header: object key is %s", describe(tok))
		}
		if seen[key] {
			return nil, nil, malformed("duplicate key %q in header", key)
		}
		seen[key] = true
		if key == metadataKey {
			if meta, ferr = p.metadata(); ferr != nil {
				return nil, nil, ferr
			}
			continue
		}
		e, ferr := p.entry(key)
		if ferr != nil {
			return nil, nil, ferr
		}
		entries = append(entries, e)
	}
	if _, ferr := p.token("header"); ferr != nil { // the closing '}'
		return nil, nil, ferr
	}
	rest := h[p.dec.InputOffset():]
	if len(bytes.TrimLeft(rest, " \t\r\n")) != 0 {
		return nil, nil, malformed("header has data after the JSON object (at byte %d)", p.dec.InputOffset())
	}
	return entries, meta, nil
}

type parser struct{ dec *json.Decoder }

// token returns the next JSON token, turning syntax errors into FormatErrors.
func (p *parser) token(where string) (json.Token, *FormatError) {
	tok, err := p.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		if where == "header" {
			return nil, malformed("header is not valid JSON (near byte %d): %v", p.dec.InputOffset(), err)
		}
		return nil, malformed("header is not valid JSON (in %s, near byte %d): %v", where, p.dec.InputOffset(), err)
	}
	return tok, nil
}

func (p *parser) metadata() (map[string]string, *FormatError) {
	tok, ferr := p.token("__metadata__")
	if ferr != nil {
		return nil, ferr
	}
	if tok != json.Delim('{') {
		return nil, malformed("__metadata__ is %s, want an object of strings", describe(tok))
	}
	meta := make(map[string]string)
	for p.dec.More() {
		tok, ferr := p.token("__metadata__")
		if ferr != nil {
			return nil, ferr
		}
		key, _ := tok.(string)
		if _, dup := meta[key]; dup {
			return nil, malformed("__metadata__: duplicate key %q", key)
		}
		tok, ferr = p.token("__metadata__")
		if ferr != nil {
			return nil, ferr
		}
		val, ok := tok.(string)
		if !ok {
			return nil, malformed("__metadata__: value of %q is %s, want a string", key, describe(tok))
		}
		meta[key] = val
	}
	if _, ferr := p.token("__metadata__"); ferr != nil {
		return nil, ferr
	}
	return meta, nil
}

func (p *parser) entry(name string) (entry, *FormatError) {
	e := entry{name: name}
	where := fmt.Sprintf("tensor %q", name)
	tok, ferr := p.token(where)
	if ferr != nil {
		return e, ferr
	}
	if tok != json.Delim('{') {
		return e, malformed("%s: entry is %s, want an object with dtype, shape and data_offsets", where, describe(tok))
	}
	var haveDType, haveShape, haveOffsets bool
	for p.dec.More() {
		tok, ferr := p.token(where)
		if ferr != nil {
			return e, ferr
		}
		field, _ := tok.(string)
		switch field {
		case "dtype":
			if haveDType {
				return e, malformed("%s: duplicate field \"dtype\"", where)
			}
			haveDType = true
			tok, ferr := p.token(where)
			if ferr != nil {
				return e, ferr
			}
			s, ok := tok.(string)
			if !ok {
				return e, malformed("%s: dtype is %s, want a string", where, describe(tok))
			}
			e.dtype = s
		case "shape":
			if haveShape {
				return e, malformed("%s: duplicate field \"shape\"", where)
			}
			haveShape = true
			if e.shape, ferr = p.shape(where); ferr != nil {
				return e, ferr
			}
		case "data_offsets":
			if haveOffsets {
				return e, malformed("%s: duplicate field \"data_offsets\"", where)
			}
			haveOffsets = true
			if e.begin, e.end, ferr = p.offsets(where); ferr != nil {
				return e, ferr
			}
		default:
			return e, malformed("%s: unknown field %q (want dtype, shape, data_offsets)", where, field)
		}
	}
	if _, ferr := p.token(where); ferr != nil {
		return e, ferr
	}
	switch {
	case !haveDType:
		return e, malformed("%s: missing field \"dtype\"", where)
	case !haveShape:
		return e, malformed("%s: missing field \"shape\"", where)
	case !haveOffsets:
		return e, malformed("%s: missing field \"data_offsets\"", where)
	}
	return e, nil
}

func (p *parser) shape(where string) ([]int, *FormatError) {
	tok, ferr := p.token(where)
	if ferr != nil {
		return nil, ferr
	}
	if tok != json.Delim('[') {
		return nil, malformed("%s: shape is %s, want an array of non-negative integers", where, describe(tok))
	}
	shape := []int{}
	for i := 0; ; i++ {
		tok, ferr := p.token(where)
		if ferr != nil {
			return nil, ferr
		}
		if tok == json.Delim(']') {
			return shape, nil
		}
		v, ferr := uintValue(tok, fmt.Sprintf("%s: shape dimension %d", where, i), math.MaxInt)
		if ferr != nil {
			return nil, ferr
		}
		shape = append(shape, int(v))
	}
}

func (p *parser) offsets(where string) (begin, end uint64, ferr *FormatError) {
	tok, ferr := p.token(where)
	if ferr != nil {
		return 0, 0, ferr
	}
	if tok != json.Delim('[') {
		return 0, 0, malformed("%s: data_offsets is %s, want an array [begin, end]", where, describe(tok))
	}
	var v [2]uint64
	for i := 0; ; i++ {
		tok, ferr := p.token(where)
		if ferr != nil {
			return 0, 0, ferr
		}
		if tok == json.Delim(']') {
			if i != 2 {
				return 0, 0, malformed("%s: data_offsets has %d element(s), want 2", where, i)
			}
			return v[0], v[1], nil
		}
		if i >= 2 {
			return 0, 0, malformed("%s: data_offsets has more than 2 elements", where)
		}
		if v[i], ferr = uintValue(tok, fmt.Sprintf("%s: data_offsets element %d", where, i), math.MaxUint64); ferr != nil {
			return 0, 0, ferr
		}
	}
}

// uintValue checks that tok is a non-negative integer literal no larger than max.
func uintValue(tok json.Token, what string, max uint64) (uint64, *FormatError) {
	num, ok := tok.(json.Number)
	if !ok {
		return 0, malformed("%s is %s, want a non-negative integer", what, describe(tok))
	}
	s := string(num)
	if strings.HasPrefix(s, "-") {
		if strings.ContainsAny(s, ".eE") {
			return 0, malformed("%s is %s, want a non-negative integer", what, s)
		}
		return 0, malformed("%s is %s, must be non-negative", what, s)
	}
	if strings.ContainsAny(s, ".eE") {
		return 0, malformed("%s is %s, want a non-negative integer", what, s)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v > max {
		return 0, malformed("%s is %s, out of range", what, s)
	}
	return v, nil
}

// describe names the JSON type of a token for error messages.
func describe(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return fmt.Sprintf("%q", string(t))
	case string:
		return "a string"
	case json.Number:
		return "a number (" + string(t) + ")"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

// ReadFile reads and decodes the safetensors file at path. It checks the
// file's size against lim.MaxTotal before reading anything, refusing a larger
// file with prooflearn.ErrTooLarge, and never reads more than lim.MaxTotal+1
// bytes even if the file grows meanwhile. Errors name the path. The returned
// Data slices alias a buffer owned by the File.
func ReadFile(path string, lim Limits) (*File, error) {
	lim = lim.normalized()
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	if st.IsDir() {
		return nil, withPath(path, malformed("is a directory"))
	}
	size := st.Size()
	if size > lim.MaxTotal || size >= math.MaxInt {
		return nil, withPath(path, tooLarge("file is %d bytes, over the limit of %d", size, lim.MaxTotal))
	}
	readLimit := lim.MaxTotal
	if readLimit < math.MaxInt64 {
		readLimit++ // one byte more than allowed reveals a file that grew
	}
	r := &io.LimitedReader{R: fh, N: readLimit}
	b := make([]byte, 0, size+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("safetensors: read %s: %w", path, err)
		}
	}
	if int64(len(b)) > lim.MaxTotal {
		return nil, withPath(path, tooLarge("file is over the limit of %d bytes", lim.MaxTotal))
	}
	f, ferr := decode(b, lim)
	if ferr != nil {
		return nil, withPath(path, ferr)
	}
	return f, nil
}

func withPath(path string, e *FormatError) *FormatError {
	return &FormatError{Reason: path + ": " + e.Reason, Err: e.Err}
}
