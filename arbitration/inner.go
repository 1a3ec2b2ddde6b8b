package arbitration

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// The inner level. A fixed-mode product with a large inner dimension (the
// first layer's x·W1) is too big to prove whole, so when the game ends on
// one (WithInnerLevel) it bisects once more, over the product's partial
// sums (chunk.PartialProducts): P_t = Σ_{p < t·w} A[:, p]·B[p, :], exact
// integers, P_0 = 0, output = Round(P_J, 16). Each side commits to a Merkle
// tree over the leaves of P_0 … P_J (PartialLeaf: the row digests of P_t),
// whose first leaf must be the zero partial's and whose last it opens; the
// game bisects to the first partial t the sides dispute, both agreeing on
// P_{t−1}, and rules on the first row r of P_t whose digests differ:
// P_t[r] must be P_{t−1}[r] + A[r, slice t]·B[slice t, :], from the agreed
// operands. If the sides agree on P_J, they dispute the rounding: in the
// first output chunk at which their committed outputs differ, a side whose
// row r is not Round(P_J[r], 16) loses, accused at its first such row.
// Either ruling is one small proof (zkruling.ProveSlice, zkruling.ProveRound)
// whose public inputs are entries of committed lists: the agreed operands'
// chunk digests, the partials' row digests and the outputs' chunk digests
// (for the rounding, two: row r of P_J and the accused side's chunk).

// Queries of the inner level.
type (
	// PartialsQuery asks for the inner-level commitment on the revealed
	// product.
	PartialsQuery struct{}
	// PartialQuery asks for partial Index with its row digests, opened.
	PartialQuery struct{ Index int }
	// RowsQuery asks for Count rows of partial Index from row Row.
	RowsQuery struct{ Index, Row, Count int }
)

// InnerPlayer is a Player that plays the inner level (WithInnerLevel).
type InnerPlayer interface {
	CommitPartials(context.Context, PartialsQuery) (*PartialsCommit, error)
	OpenPartial(context.Context, PartialQuery) (*PartialOpening, error)
	OpenRows(context.Context, RowsQuery) (*PartialRows, error)
}

// WithInnerLevel makes the game bisect over the inner dimension of a
// fixed-mode product it ends on, when chunk.Slices accepts the product's
// shape and neither operand is transposed, or, for Aᵀ·B, over the
// operands' rows when chunk.TSlices accepts it (level3T), instead of ruling
// on the whole product; both players must then be InnerPlayers. The ruling
// is on one row of one slice (one chunk of one partial for Aᵀ·B), or on the
// rounding of one row of an output chunk (Result.Inner).
func WithInnerLevel() GameOption { return func(g *game) { g.inner = true } }

// PartialOpening is partial P_Index's leaf, given by its row digests, with
// its audit path in the player's inner tree.
type PartialOpening struct {
	Index   uint32
	Digests []prooflearn.Hash
	Path    []prooflearn.Hash
}

// PartialsCommit is a player's inner-level commitment: the root of the tree
// over the leaves of P_0 … P_Slices, with the first (the zero partial) and
// the last opened.
type PartialsCommit struct {
	Root        prooflearn.Hash
	Slices      uint32
	First, Last PartialOpening
}

// PartialRows are rows Row … Row+len(Values)/n−1 of partial Index.
type PartialRows struct {
	Index, Row uint32
	Values     []int64
}

// Inner-level message types.
const (
	msgPartialsCommit byte = 6
	msgPartialOpening byte = 7
	msgPartialRows    byte = 8
	maxPartialRows         = 1 << 14 // the fixed-point mode's bound on a batch
)

const partialLeafTag = "prooflearn/partial/v1\x00"

// PartialLeaf is the leaf of partial P_t of the product named name
// (m×k by k×n): the RFC 6962 leaf hash of the tag
// "prooflearn/partial/v1" and a zero byte, the name as a uint16 length and
// bytes, m, k, n, t and the row count as uint32s, then the rows' digests
// (chunk.PartialDigest, 32 bytes each), big-endian like FixedLeaf, so that
// a contract can rebuild it.
func PartialLeaf(name string, m, k, n, t int, digests []prooflearn.Hash) prooflearn.Hash {
	return partialLeaf(partialLeafTag, name, m, k, n, t, digests)
}

// partialLeaf is the encoding PartialLeaf and TransposedPartialLeaf share;
// only the tag, and what the digests stand for, tell them apart.
func partialLeaf(tag, name string, m, k, n, t int, digests []prooflearn.Hash) prooflearn.Hash {
	b := make([]byte, 0, len(tag)+2+len(name)+20+32*len(digests))
	b = append(b, tag...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(name)))
	b = append(b, name...)
	for _, x := range []int{m, k, n, t, len(digests)} {
		b = binary.BigEndian.AppendUint32(b, uint32(x))
	}
	for i := range digests {
		b = append(b, digests[i][:]...)
	}
	return prooflearn.LeafHash(b)
}

// PartialRowDigests returns the row digests of P_t (m×n) as hashes.
func PartialRowDigests(m, k, n, t int, p []int64) ([]prooflearn.Hash, error) {
	return digestHashes(chunk.PartialDigests(m, k, n, t, p))
}

// digestHashes returns field-element digests, or the error that came with
// them, as 32-byte big-endian hashes.
func digestHashes(ds []fr.Element, err error) ([]prooflearn.Hash, error) {
	if err != nil {
		return nil, err
	}
	out := make([]prooflearn.Hash, len(ds))
	for i := range ds {
		out[i] = chunk.Bytes(ds[i])
	}
	return out, nil
}

// Encode returns the canonical encoding.
func (m *PartialsCommit) Encode() []byte {
	b := []byte{msgPartialsCommit, msgVersion}
	b = append(b, m.Root[:]...)
	b = binary.LittleEndian.AppendUint32(b, m.Slices)
	b = m.First.append(b)
	return m.Last.append(b)
}

// DecodePartialsCommit parses a PartialsCommit.
func DecodePartialsCommit(b []byte) (*PartialsCommit, error) {
	r := newReader(b, msgPartialsCommit, "partials commitment")
	m := &PartialsCommit{Root: r.hash(), Slices: r.u32()}
	m.First = r.partialOpening()
	m.Last = r.partialOpening()
	return m, r.done()
}

// Encode returns the canonical encoding.
func (m *PartialOpening) Encode() []byte { return m.append([]byte{msgPartialOpening, msgVersion}) }

// DecodePartialOpening parses a PartialOpening.
func DecodePartialOpening(b []byte) (*PartialOpening, error) {
	r := newReader(b, msgPartialOpening, "partial opening")
	m := r.partialOpening()
	return &m, r.done()
}

func (m *PartialOpening) append(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, m.Index)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Digests)))
	for _, h := range m.Digests {
		b = append(b, h[:]...)
	}
	return appendHashes(b, m.Path)
}

func (r *reader) partialOpening() PartialOpening {
	o := PartialOpening{Index: r.u32()}
	n := r.count(prooflearn.HashSize)
	if r.err == nil && n > maxPartialRows {
		r.fail("%d row digests (limit %d)", n, maxPartialRows)
	}
	for i := 0; i < n && r.err == nil; i++ {
		o.Digests = append(o.Digests, r.hash())
	}
	o.Path = r.hashes()
	return o
}

// Encode returns the canonical encoding.
func (m *PartialRows) Encode() []byte {
	b := []byte{msgPartialRows, msgVersion}
	b = binary.LittleEndian.AppendUint32(b, m.Index)
	b = binary.LittleEndian.AppendUint32(b, m.Row)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Values)))
	for _, v := range m.Values {
		b = binary.LittleEndian.AppendUint64(b, uint64(v))
	}
	return b
}

// DecodePartialRows parses PartialRows.
func DecodePartialRows(b []byte) (*PartialRows, error) {
	r := newReader(b, msgPartialRows, "partial rows")
	m := &PartialRows{Index: r.u32(), Row: r.u32()}
	n := r.count(8)
	for i := 0; i < n && r.err == nil; i++ {
		m.Values = append(m.Values, int64(r.u64()))
	}
	return m, r.done()
}

// PartialClaim is a partial's leaf with the row digests it commits to.
type PartialClaim struct {
	Index   int               `json:"index"`
	Leaf    prooflearn.Hash   `json:"leaf"`
	Digests []prooflearn.Hash `json:"digests"`
}

// Inner rulings.
const (
	InnerSlice = "slice" // one row of one partial, from the previous one
	InnerRound = "round" // one output chunk, from the last partial
)

// InnerResult is where the inner level ended and what its ruling reads.
type InnerResult struct {
	Kind string `json:"kind"`
	// Transposed: the level of a product Aᵀ·B over its operands' rows
	// (level3T), whose partials are committed by output chunk.
	Transposed bool `json:"transposed,omitempty"`
	// M, K, N: the product's shape; Width and Slices: chunk.Slices' (when
	// Transposed: chunk.TSlices' output rows per chunk, and K).
	M      int `json:"m"`
	K      int `json:"k"`
	N      int `json:"n"`
	Width  int `json:"width"`
	Slices int `json:"slices"`
	// Slice is t: the disputed partial P_t (InnerSlice), or J (InnerRound).
	Slice int `json:"slice"`
	// Row is the disputed row of P_t (InnerSlice), or the accused row of
	// the output and of P_J (InnerRound). Transposed: the first output row
	// of Chunk.
	Row int `json:"row"`
	// Chunk is the disputed output chunk (InnerRound, and InnerSlice when
	// Transposed: the chunk of P_t); −1 otherwise.
	Chunk int `json:"chunk"`
	// Agreed is P_{t−1} (InnerSlice) or P_J (InnerRound), the same leaf on
	// both sides; Claims the sides' P_t (InnerSlice only).
	Agreed PartialClaim           `json:"agreed"`
	Claims map[Party]PartialClaim `json:"claims,omitempty"`
	// Accused is the side whose output row Row is not the rounding of P_J
	// (InnerRound): the ruling is a proof against its chunk Chunk.
	Accused Party `json:"accused,omitempty"`
	// Rows is the agreed partial's row the ruling reads, opened against its
	// digest: row Row of P_{t−1}, or of P_J.
	Rows []int64 `json:"-"`
}

// innerShape returns the inner level's dimensions for the disputed node on
// the agreed inputs, ok false when the level does not apply.
func innerShape(node *train.Node, inputs []prooflearn.Tensor) (m, k, n, width, count int, ok bool) {
	if node.Op != train.OpFixedMatMul || len(node.Attr) != 2 || node.Attr[0] != 0 || node.Attr[1] != 0 || len(inputs) != 2 {
		return
	}
	a, b := inputs[0].Shape, inputs[1].Shape
	if len(a) != 2 || len(b) != 2 || a[1] != b[0] || len(node.Shape) != 2 || node.Shape[0] != a[0] || node.Shape[1] != b[1] {
		return
	}
	m, k, n = a[0], a[1], b[1]
	width, count, ok = chunk.Slices(m, k, n)
	return
}

// WithPartialEdit has a ReplayPlayer edit its partial products of the
// revealed product after making the last one round to its output: fn is
// called with each partial's index and values. A forger that commits
// honest partials beside a wrong output (a lie in the rounding only) or
// spreads its lie over the partials is built with it.
func WithPartialEdit(fn func(t int, p []int64)) PlayerOption {
	return func(p *ReplayPlayer) { p.partialEdits = append(p.partialEdits, fn) }
}

// innerPlayers fails a side that is not an InnerPlayer, or whose revealed
// output is not a fixed-point tensor of the product's shape.
func (g *game) innerPlayers(node *train.Node, outputs map[Party]*prooflearn.Tensor) error {
	fails := map[Party]error{}
	for _, p := range sides {
		if _, ok := g.players[p].(InnerPlayer); !ok {
			fails[p] = fmt.Errorf("does not play the inner level of a product")
			continue
		}
		o := outputs[p]
		if _, err := ChunkDigests(o); err != nil || !slices.Equal(o.Shape, node.Shape) {
			fails[p] = fmt.Errorf("output of %s is not a fixed-point %v tensor", node.Name, node.Shape)
		}
	}
	return g.finish(fails, ReasonInvalid)
}

// rowScheme is how the plain level commits to and rules on a partial: by
// the row digests of P_t, ruling on one row of one slice.
type rowScheme struct{ innerProduct }

// newRowScheme returns the plain level's scheme for the disputed node on
// the agreed inputs, ok false when the level does not apply.
func newRowScheme(node *train.Node, inputs []prooflearn.Tensor) (*rowScheme, bool) {
	m, k, n, width, J, ok := innerShape(node, inputs)
	if !ok {
		return nil, false
	}
	return &rowScheme{innerProduct{name: node.Name, m: m, k: k, n: n, a: &inputs[0], b: &inputs[1],
		partials: J, width: width, tag: partialLeafTag, unit: "row", units: m,
		commits: "commits to %d slices, the product has %d"}}, true
}

func (s *rowScheme) product() *innerProduct { return &s.innerProduct }

func (s *rowScheme) products() ([][]int64, error) {
	return chunk.PartialProducts(s.a.I32, s.b.I32, s.m, s.k, s.n, s.width)
}

func (s *rowScheme) span(lo, hi int) (int, int, string) {
	return lo, hi - lo, fmt.Sprintf("rows %d…%d", lo, hi-1)
}

func (s *rowScheme) chunkUnits(c int) (int, int) {
	start, end := chunk.Bounds(s.m*s.n, c)
	return start / s.n, end / s.n
}

func (s *rowScheme) unitDigest(t, r int, row []int64) (prooflearn.Hash, error) {
	d, err := chunk.PartialDigest(s.m, s.k, s.n, t, r, row)
	return chunk.Bytes(d), err
}

// advance adds the slice's product on the agreed operands to row r.
func (s *rowScheme) advance(t, r int, row []int64) []int64 {
	a, b := s.a.I32, s.b.I32
	for p := (t - 1) * s.width; p < t*s.width; p++ {
		x := int64(a[r*s.k+p])
		for j := range s.n {
			row[j] += x * int64(b[p*s.n+j])
		}
	}
	return row
}

func (s *rowScheme) sliceFault(t, r int) (string, error) {
	return fmt.Sprintf("slice %d of %d, row %d", t, s.partials, r),
		fmt.Errorf("row %d of partial %d of %s (slice %d of %d, columns %d…%d of %s) is not the agreed row plus the slice's product", r, t, s.name, t, s.partials, (t-1)*s.width, t*s.width-1, s.a.Name)
}

func (s *rowScheme) roundFault(value int, got int32, want int64) (int, error) {
	r := value / s.n
	return r, fmt.Errorf("row %d of %s is not the rounding of the agreed last partial: value %d is %d, the rounding is %d", r, s.name, value, got, want)
}

// level3 plays the plain inner level on the product node of step, on the
// agreed inputs and the sides' revealed outputs, and rules. It always ends
// the game.
func (g *game) level3(step int, node *train.Node, inputs []prooflearn.Tensor, outputs map[Party]*prooflearn.Tensor) error {
	s, _ := newRowScheme(node, inputs)
	return g.innerLevel(step, node, s, outputs)
}

func (pt *partialTrace) open(t int) (*PartialOpening, error) {
	if t < 0 || t >= len(pt.leaves) {
		return nil, fmt.Errorf("%w: partial %d of %d", prooflearn.ErrOutOfRange, t, len(pt.leaves))
	}
	path, err := pt.tree.InclusionProof(t)
	if err != nil {
		return nil, err
	}
	return &PartialOpening{Index: uint32(t), Digests: pt.digests[t], Path: path}, nil
}

// CommitPartials commits to the partial products of the revealed product.
func (p *ReplayPlayer) CommitPartials(ctx context.Context, _ PartialsQuery) (*PartialsCommit, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pt, err := p.partialsFor()
	if err != nil {
		return nil, err
	}
	first, err := pt.open(0)
	if err != nil {
		return nil, err
	}
	last, err := pt.open(len(pt.leaves) - 1)
	if err != nil {
		return nil, err
	}
	return &PartialsCommit{Root: pt.tree.Root(), Slices: uint32(len(pt.leaves) - 1), First: *first, Last: *last}, nil
}

// OpenPartial opens partial q.Index.
func (p *ReplayPlayer) OpenPartial(ctx context.Context, q PartialQuery) (*PartialOpening, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pt, err := p.partialsFor()
	if err != nil {
		return nil, err
	}
	return pt.open(q.Index)
}

// OpenRows returns q.Count rows of partial q.Index from row q.Row.
func (p *ReplayPlayer) OpenRows(ctx context.Context, q RowsQuery) (*PartialRows, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pt, err := p.partialsFor()
	if err != nil {
		return nil, err
	}
	if q.Index < 0 || q.Index >= len(pt.partials) || q.Row < 0 || q.Count < 1 || q.Row+q.Count > pt.m {
		return nil, fmt.Errorf("%w: rows %d+%d of partial %d", prooflearn.ErrOutOfRange, q.Row, q.Count, q.Index)
	}
	return &PartialRows{Index: uint32(q.Index), Row: uint32(q.Row),
		Values: slices.Clone(pt.partials[q.Index][q.Row*pt.n : (q.Row+q.Count)*pt.n])}, nil
}
