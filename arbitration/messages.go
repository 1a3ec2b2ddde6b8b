package arbitration

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Messages are what players send the arbiter. Each has one canonical binary
// encoding: a type byte, a version byte, then fixed-width little-endian
// fields, lists as a uint32 count followed by their items, hashes as 32 raw
// bytes and tensors as a uint16-length name followed by
// prooflearn.Tensor.AppendCanonical. Decoders accept exactly the bytes the
// encoder produces (so decode → encode is the identity) and reject anything
// else with an error wrapping prooflearn.ErrMalformed; they never allocate
// more than the input's length justifies.

// Message type bytes.
const (
	msgStepsCommit   byte = 1
	msgOpening       byte = 2
	msgNodesCommit   byte = 3
	msgPrefixOpening byte = 4
	msgNodeReveal    byte = 5
	msgVersion       byte = 1
)

// Structural limits a decoder enforces before trusting a count.
const (
	maxPath     = 64 // audit paths of trees up to 2^64 leaves
	maxRank     = 8
	maxDim      = 1 << 31
	maxTensorEl = 1 << 31
)

// Opening is one leaf of a committed tree with its audit path.
type Opening struct {
	Index uint32
	Leaf  prooflearn.Hash
	Path  []prooflearn.Hash
}

// StepsCommit is a player's level-1 commitment: the Merkle root over the
// state roots after 0, 1, …, Steps steps of the segment, with the first and
// last leaves opened (they must be the agreed start and the player's claim).
type StepsCommit struct {
	Root  prooflearn.Hash
	Steps uint32
	First Opening
	Last  Opening
}

// NodesCommit is a player's level-2 commitment for one step: the Merkle root
// over the output leaves of the step's Nodes operators, and for every tensor
// of the state after the step, the node that writes it opened against Root
// and the same leaf opened against the player's state after the step.
type NodesCommit struct {
	Step     uint64
	Root     prooflearn.Hash
	Nodes    uint32
	Bindings []Binding
}

// Binding ties state tensor State after the step to the output of Node.
type Binding struct {
	State     uint32
	Node      uint32
	Leaf      prooflearn.Hash
	NodePath  []prooflearn.Hash
	StatePath []prooflearn.Hash
}

// PrefixOpening answers a level-2 bisection query: the root of the first
// Size output leaves and a consistency proof to the committed root.
type PrefixOpening struct {
	Size   uint32
	Prefix prooflearn.Hash
	Proof  []prooflearn.Hash
}

// NodeReveal is a player's case for the disputed operator: its claimed
// output (opened against the player's prefix root of Node+1 leaves, which
// extends the agreed prefix of Node leaves), its inputs (opened against the
// agreed prefix) and, for operators that read the committed world, the
// evidence: the state tensor's opening against the agreed state before the
// step, or the batch's examples opened against the dataset root.
type NodeReveal struct {
	Node        uint32
	Output      prooflearn.Tensor
	OutputPath  []prooflearn.Hash
	Consistency []prooflearn.Hash
	Inputs      []InputOpening
	StatePath   []prooflearn.Hash
	Examples    []Example
}

// InputOpening is one input of the disputed operator.
type InputOpening struct {
	Node   uint32
	Tensor prooflearn.Tensor
	Path   []prooflearn.Hash
}

// Example is one committed training example with its dataset audit path.
type Example struct {
	Index      uint32
	Rows, Cols uint32
	Label      uint8
	Pixels     []byte
	Path       []prooflearn.Hash
}

// Encode returns the canonical encoding.
func (m *StepsCommit) Encode() []byte {
	b := []byte{msgStepsCommit, msgVersion}
	b = append(b, m.Root[:]...)
	b = binary.LittleEndian.AppendUint32(b, m.Steps)
	b = m.First.append(b)
	return m.Last.append(b)
}

// DecodeStepsCommit parses a StepsCommit.
func DecodeStepsCommit(b []byte) (*StepsCommit, error) {
	r := newReader(b, msgStepsCommit, "steps commitment")
	m := &StepsCommit{Root: r.hash(), Steps: r.u32()}
	m.First = r.opening()
	m.Last = r.opening()
	return m, r.done()
}

// Encode returns the canonical encoding.
func (m *Opening) Encode() []byte { return m.append([]byte{msgOpening, msgVersion}) }

// DecodeOpening parses an Opening.
func DecodeOpening(b []byte) (*Opening, error) {
	r := newReader(b, msgOpening, "opening")
	m := r.opening()
	return &m, r.done()
}

func (m *Opening) append(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, m.Index)
	b = append(b, m.Leaf[:]...)
	return appendHashes(b, m.Path)
}

// Encode returns the canonical encoding.
func (m *NodesCommit) Encode() []byte {
	b := []byte{msgNodesCommit, msgVersion}
	b = binary.LittleEndian.AppendUint64(b, m.Step)
	b = append(b, m.Root[:]...)
	b = binary.LittleEndian.AppendUint32(b, m.Nodes)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Bindings)))
	for _, x := range m.Bindings {
		b = binary.LittleEndian.AppendUint32(b, x.State)
		b = binary.LittleEndian.AppendUint32(b, x.Node)
		b = append(b, x.Leaf[:]...)
		b = appendHashes(b, x.NodePath)
		b = appendHashes(b, x.StatePath)
	}
	return b
}

// DecodeNodesCommit parses a NodesCommit.
func DecodeNodesCommit(b []byte) (*NodesCommit, error) {
	r := newReader(b, msgNodesCommit, "nodes commitment")
	m := &NodesCommit{Step: r.u64(), Root: r.hash(), Nodes: r.u32()}
	n := r.count(4 + 4 + 32 + 4 + 4)
	for i := 0; i < n && r.err == nil; i++ {
		x := Binding{State: r.u32(), Node: r.u32(), Leaf: r.hash()}
		x.NodePath = r.hashes()
		x.StatePath = r.hashes()
		m.Bindings = append(m.Bindings, x)
	}
	return m, r.done()
}

// Encode returns the canonical encoding.
func (m *PrefixOpening) Encode() []byte {
	b := []byte{msgPrefixOpening, msgVersion}
	b = binary.LittleEndian.AppendUint32(b, m.Size)
	b = append(b, m.Prefix[:]...)
	return appendHashes(b, m.Proof)
}

// DecodePrefixOpening parses a PrefixOpening.
func DecodePrefixOpening(b []byte) (*PrefixOpening, error) {
	r := newReader(b, msgPrefixOpening, "prefix opening")
	m := &PrefixOpening{Size: r.u32(), Prefix: r.hash()}
	m.Proof = r.hashes()
	return m, r.done()
}

// Encode returns the canonical encoding.
func (m *NodeReveal) Encode() []byte {
	b := []byte{msgNodeReveal, msgVersion}
	b = binary.LittleEndian.AppendUint32(b, m.Node)
	b = appendTensor(b, &m.Output)
	b = appendHashes(b, m.OutputPath)
	b = appendHashes(b, m.Consistency)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Inputs)))
	for i := range m.Inputs {
		b = binary.LittleEndian.AppendUint32(b, m.Inputs[i].Node)
		b = appendTensor(b, &m.Inputs[i].Tensor)
		b = appendHashes(b, m.Inputs[i].Path)
	}
	b = appendHashes(b, m.StatePath)
	return appendExamples(b, m.Examples)
}

// appendExamples encodes opened dataset examples: a uint32 LE count, then
// per example its index, rows and columns (uint32 LE), its label byte, its
// pixels (uint32 LE length and bytes) and its Merkle path.
func appendExamples(b []byte, examples []Example) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(examples)))
	for _, e := range examples {
		b = binary.LittleEndian.AppendUint32(b, e.Index)
		b = binary.LittleEndian.AppendUint32(b, e.Rows)
		b = binary.LittleEndian.AppendUint32(b, e.Cols)
		b = append(b, e.Label)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Pixels)))
		b = append(b, e.Pixels...)
		b = appendHashes(b, e.Path)
	}
	return b
}

// DecodeNodeReveal parses a NodeReveal.
func DecodeNodeReveal(b []byte) (*NodeReveal, error) {
	r := newReader(b, msgNodeReveal, "node reveal")
	m := &NodeReveal{Node: r.u32(), Output: r.tensor()}
	m.OutputPath = r.hashes()
	m.Consistency = r.hashes()
	n := r.count(4 + 2 + 2 + 4)
	for i := 0; i < n && r.err == nil; i++ {
		in := InputOpening{Node: r.u32(), Tensor: r.tensor()}
		in.Path = r.hashes()
		m.Inputs = append(m.Inputs, in)
	}
	m.StatePath = r.hashes()
	n = r.count(4 + 4 + 4 + 1 + 4 + 4)
	for i := 0; i < n && r.err == nil; i++ {
		e := Example{Index: r.u32(), Rows: r.u32(), Cols: r.u32(), Label: r.u8()}
		e.Pixels = r.bytes()
		e.Path = r.hashes()
		m.Examples = append(m.Examples, e)
	}
	return m, r.done()
}

func appendHashes(b []byte, hs []prooflearn.Hash) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(hs)))
	for _, h := range hs {
		b = append(b, h[:]...)
	}
	return b
}

func appendTensor(b []byte, t *prooflearn.Tensor) []byte {
	b = binary.LittleEndian.AppendUint16(b, uint16(len(t.Name)))
	b = append(b, t.Name...)
	return t.AppendCanonical(b)
}

// reader decodes with a sticky error: after the first problem every read
// returns zero values and done reports it.
type reader struct {
	b    []byte
	what string
	err  error
}

func newReader(b []byte, typ byte, what string) *reader {
	r := &reader{b: b, what: what}
	if len(b) < 2 || b[0] != typ || b[1] != msgVersion {
		r.fail("not a version-%d %s message", msgVersion, what)
		return r
	}
	r.b = b[2:]
	return r
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s: %s", prooflearn.ErrMalformed, r.what, fmt.Sprintf(format, args...))
	}
	r.b = nil
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.fail("truncated")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (r *reader) hash() (h prooflearn.Hash) {
	if b := r.take(prooflearn.HashSize); b != nil {
		copy(h[:], b)
	}
	return h
}

// count reads a list length and refuses one the remaining bytes cannot hold
// at minSize bytes per item.
func (r *reader) count(minSize int) int {
	n := r.u32()
	if r.err == nil && uint64(n)*uint64(minSize) > uint64(len(r.b)) {
		r.fail("list of %d items in %d bytes", n, len(r.b))
		return 0
	}
	return int(n)
}

func (r *reader) hashes() []prooflearn.Hash {
	n := r.count(prooflearn.HashSize)
	if r.err == nil && n > maxPath {
		r.fail("audit path of %d hashes (limit %d)", n, maxPath)
	}
	if r.err != nil || n == 0 {
		return nil
	}
	out := make([]prooflearn.Hash, n)
	for i := range out {
		out[i] = r.hash()
	}
	return out
}

func (r *reader) bytes() []byte {
	n := r.count(1)
	if r.err != nil || n == 0 {
		return nil
	}
	return append([]byte(nil), r.take(n)...)
}

func (r *reader) tensor() prooflearn.Tensor {
	name := string(r.take(int(r.u16())))
	dt := prooflearn.DType(r.u8())
	rank := int(r.u8())
	if r.err != nil {
		return prooflearn.Tensor{}
	}
	if dt != prooflearn.Float32 && dt != prooflearn.Float64 && dt != prooflearn.Int32 {
		r.fail("tensor %q has dtype %d", name, dt)
		return prooflearn.Tensor{}
	}
	if rank > maxRank {
		r.fail("tensor %q has rank %d (limit %d)", name, rank, maxRank)
		return prooflearn.Tensor{}
	}
	shape := make([]int, rank)
	n := uint64(1)
	for i := range shape {
		d := r.u64()
		if d > maxDim {
			r.fail("tensor %q dimension %d", name, d)
			return prooflearn.Tensor{}
		}
		shape[i] = int(d)
		if n *= d; d != 0 && n > maxTensorEl {
			r.fail("tensor %q of shape %v is too large", name, shape)
			return prooflearn.Tensor{}
		}
	}
	raw := r.take(int(n) * dt.Size())
	if r.err != nil {
		return prooflearn.Tensor{}
	}
	t, err := prooflearn.TensorFromLittleEndian(name, dt, shape, raw)
	if err != nil {
		r.fail("%v", err)
	}
	return t
}

func (r *reader) opening() Opening {
	o := Opening{Index: r.u32(), Leaf: r.hash()}
	o.Path = r.hashes()
	return o
}

func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	return r.err
}

// finite reports whether every value of t is finite.
func finite(t *prooflearn.Tensor) bool {
	for i := 0; i < t.Len(); i++ {
		if v := t.At(i); math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
