package arbitration

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
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

// zeroPartialLeaf is the leaf of P_0, which every honest player commits.
func zeroPartialLeaf(name string, m, k, n int) (prooflearn.Hash, []prooflearn.Hash, error) {
	ds, err := PartialRowDigests(m, k, n, 0, make([]int64, m*n))
	if err != nil {
		return prooflearn.Hash{}, nil, err
	}
	return PartialLeaf(name, m, k, n, 0, ds), ds, nil
}

func (o *PartialOpening) check(name string, m, k, n, index, size int, root prooflearn.Hash) error {
	if int(o.Index) != index || len(o.Digests) != m {
		return fmt.Errorf("opened partial %d with %d row digests, asked for partial %d of %d rows", o.Index, len(o.Digests), index, m)
	}
	return prooflearn.VerifyInclusion(index, size, PartialLeaf(name, m, k, n, index, o.Digests), o.Path, root)
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

// level3 plays the inner level on the product node of step, on the agreed
// inputs and the sides' revealed outputs, and rules. It always ends the
// game.
func (g *game) level3(step int, node *train.Node, inputs []prooflearn.Tensor, outputs map[Party]*prooflearn.Tensor) error {
	m, k, n, width, J, _ := innerShape(node, inputs)
	name := node.Name
	g.res.MaxRounds += ceilLog2(J+1) + 2
	if err := g.innerPlayers(node, outputs); err != nil {
		return err
	}
	_, zeroDigests, err := zeroPartialLeaf(name, m, k, n)
	if err != nil {
		return err
	}
	commits, err := exchange(g, fmt.Sprintf("partial products of %s at step %d", name, step),
		func(ctx context.Context, p Player) (*PartialsCommit, error) {
			return p.(InnerPlayer).CommitPartials(ctx, PartialsQuery{})
		}, (*PartialsCommit).Encode, DecodePartialsCommit)
	if err != nil {
		return err
	}
	fails := map[Party]error{}
	for _, p := range sides {
		c := commits[p]
		switch {
		case int(c.Slices) != J:
			fails[p] = fmt.Errorf("commits to %d slices, the product has %d", c.Slices, J)
		case !slices.Equal(c.First.Digests, zeroDigests):
			fails[p] = fmt.Errorf("partial 0 is not the zero partial")
		default:
			if err := c.First.check(name, m, k, n, 0, J+1, c.Root); err != nil {
				fails[p] = fmt.Errorf("partial 0: %w", err)
			} else if err := c.Last.check(name, m, k, n, J, J+1, c.Root); err != nil {
				fails[p] = fmt.Errorf("partial %d: %w", J, err)
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return err
	}
	ir := &InnerResult{M: m, K: k, N: n, Width: width, Slices: J, Row: -1, Chunk: -1}
	if slices.Equal(commits[PartySolver].Last.Digests, commits[PartyChallenger].Last.Digests) {
		return g.innerRound(ir, name, commits[PartySolver].Last, outputs)
	}
	lo, hi := 0, J
	agreed := PartialOpening{Index: 0, Digests: zeroDigests}
	last := map[Party]PartialOpening{}
	for _, p := range sides {
		last[p] = commits[p].Last
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ans, err := exchange(g, fmt.Sprintf("partial %d of %d of %s", mid, J, name),
			func(ctx context.Context, p Player) (*PartialOpening, error) {
				return p.(InnerPlayer).OpenPartial(ctx, PartialQuery{Index: mid})
			}, (*PartialOpening).Encode, DecodePartialOpening)
		if err != nil {
			return err
		}
		fails := map[Party]error{}
		for _, p := range sides {
			if err := ans[p].check(name, m, k, n, mid, J+1, commits[p].Root); err != nil {
				fails[p] = fmt.Errorf("partial %d: %w", mid, err)
			}
		}
		if err := g.finish(fails, ReasonInvalid); err != nil {
			return err
		}
		if slices.Equal(ans[PartySolver].Digests, ans[PartyChallenger].Digests) {
			lo, agreed = mid, *ans[PartySolver]
		} else {
			hi = mid
			for _, p := range sides {
				last[p] = *ans[p]
			}
		}
	}
	t := hi
	r := 0
	for r < m && last[PartySolver].Digests[r] == last[PartyChallenger].Digests[r] {
		r++
	}
	ir.Kind, ir.Slice, ir.Row = InnerSlice, t, r
	ir.Agreed = PartialClaim{Index: t - 1, Leaf: PartialLeaf(name, m, k, n, t-1, agreed.Digests), Digests: agreed.Digests}
	ir.Claims = map[Party]PartialClaim{}
	for _, p := range sides {
		ir.Claims[p] = PartialClaim{Index: t, Leaf: PartialLeaf(name, m, k, n, t, last[p].Digests), Digests: last[p].Digests}
	}
	prev, err := g.agreedRows(ir, name, t-1, r, 1, agreed.Digests)
	if err != nil {
		return err
	}
	// The honest row: the agreed row plus the slice's product on the agreed
	// operands.
	want := slices.Clone(prev)
	a, b := inputs[0].I32, inputs[1].I32
	for p := (t - 1) * width; p < t*width; p++ {
		x := int64(a[r*k+p])
		for j := range n {
			want[j] += x * int64(b[p*n+j])
		}
	}
	d, err := chunk.PartialDigest(m, k, n, t, r, want)
	if err != nil {
		return err
	}
	wantDigest := prooflearn.Hash(chunk.Bytes(d))
	g.res.Inner = ir
	bad := map[Party]error{}
	for _, p := range sides {
		if ir.Claims[p].Digests[r] != wantDigest {
			bad[p] = fmt.Errorf("row %d of partial %d of %s (slice %d of %d, columns %d…%d of %s) is not the agreed row plus the slice's product", r, t, name, t, J, (t-1)*width, t*width-1, inputs[0].Name)
		}
	}
	return g.innerRule(bad, fmt.Sprintf("slice %d of %d, row %d", t, J, r))
}

// agreedRows asks both sides for count rows of the agreed partial t from
// row r and checks them against its digests; a side whose rows do not
// match loses.
func (g *game) agreedRows(ir *InnerResult, name string, t, r, count int, digests []prooflearn.Hash) ([]int64, error) {
	ans, err := exchange(g, fmt.Sprintf("rows %d…%d of partial %d of %s", r, r+count-1, t, name),
		func(ctx context.Context, p Player) (*PartialRows, error) {
			return p.(InnerPlayer).OpenRows(ctx, RowsQuery{Index: t, Row: r, Count: count})
		}, (*PartialRows).Encode, DecodePartialRows)
	if err != nil {
		return nil, err
	}
	fails := map[Party]error{}
	for _, p := range sides {
		a := ans[p]
		if int(a.Index) != t || int(a.Row) != r || len(a.Values) != count*ir.N {
			fails[p] = fmt.Errorf("opened %d values of partial %d from row %d, asked for %d rows of %d from row %d", len(a.Values), a.Index, a.Row, count, ir.N, r)
			continue
		}
		for q := range count {
			d, err := chunk.PartialDigest(ir.M, ir.K, ir.N, t, r+q, a.Values[q*ir.N:(q+1)*ir.N])
			if err != nil || chunk.Bytes(d) != digests[r+q] {
				fails[p] = fmt.Errorf("row %d of partial %d does not match its committed digest", r+q, t)
				break
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return nil, err
	}
	ir.Rows = ans[PartySolver].Values
	return ir.Rows, nil
}

// innerRound rules on the rounding: the sides agree on P_J, so in the first
// output chunk at which their outputs differ a side whose row is not
// Round(P_J, 16) there is wrong. The loser is accused at its first such
// row, which is what a proof (zkruling.ProveRound) shows against its chunk:
// row r of P_J and the chunk are the proof's only public inputs, and an
// honest chunk has no such row.
func (g *game) innerRound(ir *InnerResult, name string, last PartialOpening, outputs map[Party]*prooflearn.Tensor) error {
	m, k, n := ir.M, ir.K, ir.N
	ir.Kind, ir.Slice = InnerRound, ir.Slices
	ir.Agreed = PartialClaim{Index: ir.Slices, Leaf: PartialLeaf(name, m, k, n, ir.Slices, last.Digests), Digests: last.Digests}
	claims := map[Party]*ChunkClaim{}
	for _, p := range sides {
		c, err := NewChunkClaim(name, outputs[p])
		if err != nil {
			return err
		}
		claims[p] = c
	}
	i, err := FirstDifferingChunk(claims[PartySolver], claims[PartyChallenger])
	if err != nil {
		return err
	}
	start, end := chunk.Bounds(m*n, i)
	first := start / n
	ir.Chunk, ir.Row = i, first
	rows, err := g.agreedRows(ir, name, ir.Slices, first, (end-start)/n, last.Digests)
	if err != nil {
		return err
	}
	g.res.Inner = ir
	bad := map[Party]error{}
	accused := map[Party]int{}
	for _, p := range sides {
		out := outputs[p].I32[start:end]
		for j, v := range rows {
			if want := fixed.Round(v, fixed.Frac); int64(out[j]) != want {
				r := first + j/n
				accused[p] = r
				bad[p] = fmt.Errorf("row %d of %s is not the rounding of the agreed last partial: value %d is %d, the rounding is %d", r, name, start+j, out[j], want)
				break
			}
		}
	}
	over := g.innerRule(bad, fmt.Sprintf("rounding of output chunk %d", i))
	if r, ok := accused[g.res.Loser]; ok {
		ir.Row, ir.Accused = r, g.res.Loser
	}
	ir.Rows = rows[(ir.Row-first)*n : (ir.Row-first+1)*n]
	return over
}

// innerRule ends the game on the inner ruling: a side whose claim is wrong
// loses; if both are, the solver's claim stands, as in finish.
func (g *game) innerRule(bad map[Party]error, what string) error {
	g.res.Reason = ReasonArbiter
	g.res.Winner = PartySolver
	if _, ok := bad[PartySolver]; ok {
		if _, both := bad[PartyChallenger]; !both {
			g.res.Winner = PartyChallenger
		}
	}
	g.res.Loser = g.res.Winner.Other()
	if err := bad[g.res.Loser]; err != nil {
		g.res.Detail = fmt.Sprintf("%s, inner level (%s): %v", g.res.Loser, what, err)
	} else {
		g.res.Detail = fmt.Sprintf("inner level (%s): both sides' claims hold; the solver's claim stands", what)
	}
	if err := bad[g.res.Winner]; err != nil {
		g.res.Detail += fmt.Sprintf("; %s's claim is wrong too: %v", g.res.Winner, err)
	}
	return errOver
}

// partialTrace is a player's partial products of the revealed product.
type partialTrace struct {
	name     string
	m, k, n  int
	partials [][]int64
	digests  [][]prooflearn.Hash
	leaves   []prooflearn.Hash
	tree     *prooflearn.Tree
}

// partialsFor computes the player's partials of its revealed node: the
// exact partial sums of its own inputs, the last one moved so that it
// rounds to the player's own output (a player defending an output commits
// the partials that support it), then any test edits.
func (p *ReplayPlayer) partialsFor() (*partialTrace, error) {
	if p.partials != nil {
		return p.partials, nil
	}
	if p.trace == nil {
		return nil, fmt.Errorf("%w: no node revealed", prooflearn.ErrOutOfRange)
	}
	node := p.trace.Nodes[p.revealed]
	if len(node.Inputs) != 2 {
		return nil, fmt.Errorf("%w: node %d (%s) is not a product", prooflearn.ErrMalformed, p.revealed, node.Op)
	}
	inputs := []prooflearn.Tensor{p.trace.Outputs[node.Inputs[0]], p.trace.Outputs[node.Inputs[1]]}
	if pt, ok, err := p.tpartialsFor(&node, inputs); ok {
		return pt, err
	}
	m, k, n, width, _, ok := innerShape(&node, inputs)
	if !ok {
		return nil, fmt.Errorf("%w: node %d (%s %s) has no inner level", prooflearn.ErrMalformed, p.revealed, node.Op, node.Name)
	}
	ps, err := chunk.PartialProducts(inputs[0].I32, inputs[1].I32, m, k, n, width)
	if err != nil {
		return nil, err
	}
	last, out := ps[len(ps)-1], p.trace.Outputs[p.revealed].I32
	for i := range last {
		last[i] += (int64(out[i]) - fixed.Round(last[i], fixed.Frac)) << fixed.Frac
	}
	for _, e := range p.partialEdits {
		for t := range ps {
			e(t, ps[t])
		}
	}
	pt := &partialTrace{name: node.Name, m: m, k: k, n: n, partials: ps}
	for t, x := range ps {
		ds, err := PartialRowDigests(m, k, n, t, x)
		if err != nil {
			return nil, err
		}
		pt.digests = append(pt.digests, ds)
		pt.leaves = append(pt.leaves, PartialLeaf(node.Name, m, k, n, t, ds))
	}
	pt.tree = prooflearn.NewTree(pt.leaves)
	p.partials = pt
	return pt, nil
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
