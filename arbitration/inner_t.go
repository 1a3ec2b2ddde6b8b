package arbitration

import (
	"context"
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// The transposed inner level. A weight gradient Aᵀ·B (the first layer's
// dW1 = xᵀ·dz, 784×32 over a batch of 32 in tiny) has the batch for inner
// dimension, and its whole circuit must hash all of x. Its partial products
// run over the operands' rows (chunk.TPartialProducts): P_t = Σ_{b < t}
// A[b, :]ᵀ·B[b, :], P_0 = 0, output = Round(P_K, 16). Each P_t touches every
// output value, so it is committed by the output's chunk layout: its leaf
// (TransposedPartialLeaf) lists the chunk digests of P_t
// (chunk.PartialChunkDigest), one per output chunk. The game is the inner
// level's, on the same messages and players: the sides commit to a tree
// over P_0 … P_K, the first leaf the zero partial's and the last opened;
// the game bisects to the first t they dispute, then takes the first chunk
// c of P_t whose digests differ, and rules that P_t's chunk c must be
// P_{t−1}'s chunk c plus A[t−1, rows of c]ᵀ·B[t−1, :]; or, when they agree
// on P_K, on the rounding of the first output chunk at which their outputs
// differ. Either ruling reads one chunk of each operand and of one or two
// partials (zkruling.ProveTSlice, zkruling.ProveTRound), four or two public
// digests.

const tpartialLeafTag = "prooflearn/partial-t/v1\x00"

// TransposedPartialLeaf is the leaf of partial P_t of the transposed
// product named name (output m×n over an inner dimension k): the RFC 6962
// leaf hash of the tag "prooflearn/partial-t/v1" and a zero byte, the name
// as a uint16 length and bytes, m, k, n, t and the chunk count as uint32s,
// then the chunk digests (chunk.PartialChunkDigest, 32 bytes each),
// big-endian like PartialLeaf, so that a contract can rebuild it. The tag
// keeps it from standing for a plain product's partial.
func TransposedPartialLeaf(name string, m, k, n, t int, digests []prooflearn.Hash) prooflearn.Hash {
	return partialLeaf(tpartialLeafTag, name, m, k, n, t, digests)
}

// PartialChunkDigests returns the chunk digests of the transposed partial
// P_t (m×n) as hashes.
func PartialChunkDigests(m, k, n, t int, p []int64) ([]prooflearn.Hash, error) {
	return digestHashes(chunk.PartialChunkDigests(m, k, n, t, p))
}

// innerTShape returns the transposed level's dimensions for the disputed
// node on the agreed inputs (A k×m, B k×n, output m×n) and the output rows
// per chunk; ok false when the level does not apply.
func innerTShape(node *train.Node, inputs []prooflearn.Tensor) (m, k, n, rows int, ok bool) {
	if node.Op != train.OpFixedMatMul || len(node.Attr) != 2 || node.Attr[0] != 1 || node.Attr[1] != 0 || len(inputs) != 2 {
		return
	}
	a, b := inputs[0].Shape, inputs[1].Shape
	if len(a) != 2 || len(b) != 2 || a[0] != b[0] || len(node.Shape) != 2 || node.Shape[0] != a[1] || node.Shape[1] != b[1] {
		return
	}
	m, k, n = a[1], a[0], b[1]
	rows, ok = chunk.TSlices(m, k, n)
	return
}

// tpartialScheme is how the transposed level commits to and opens a
// partial.
type tpartialScheme struct {
	name    string
	m, k, n int
}

func (s tpartialScheme) leaf(t int, digests []prooflearn.Hash) prooflearn.Hash {
	return TransposedPartialLeaf(s.name, s.m, s.k, s.n, t, digests)
}

func (s tpartialScheme) check(o *PartialOpening, index int, root prooflearn.Hash) error {
	if want := chunk.Count(s.m * s.n); int(o.Index) != index || len(o.Digests) != want {
		return fmt.Errorf("opened partial %d with %d chunk digests, asked for partial %d of %d chunks", o.Index, len(o.Digests), index, want)
	}
	return prooflearn.VerifyInclusion(index, s.k+1, s.leaf(index, o.Digests), o.Path, root)
}

func (s tpartialScheme) claim(o PartialOpening) PartialClaim {
	return PartialClaim{Index: int(o.Index), Leaf: s.leaf(int(o.Index), o.Digests), Digests: o.Digests}
}

// level3T plays the transposed inner level on the product node of step and
// rules. It always ends the game.
func (g *game) level3T(step int, node *train.Node, inputs []prooflearn.Tensor, outputs map[Party]*prooflearn.Tensor) error {
	m, k, n, w, _ := innerTShape(node, inputs)
	s := tpartialScheme{name: node.Name, m: m, k: k, n: n}
	g.res.MaxRounds += ceilLog2(k+1) + 2
	if err := g.innerPlayers(node, outputs); err != nil {
		return err
	}
	zero, err := PartialChunkDigests(m, k, n, 0, make([]int64, m*n))
	if err != nil {
		return err
	}
	commits, err := exchange(g, fmt.Sprintf("partial products of %s at step %d", s.name, step),
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
		case int(c.Slices) != k:
			fails[p] = fmt.Errorf("commits to %d partials past the zero one, the product has %d operand rows", c.Slices, k)
		case !slices.Equal(c.First.Digests, zero):
			fails[p] = fmt.Errorf("partial 0 is not the zero partial")
		default:
			if err := s.check(&c.First, 0, c.Root); err != nil {
				fails[p] = fmt.Errorf("partial 0: %w", err)
			} else if err := s.check(&c.Last, k, c.Root); err != nil {
				fails[p] = fmt.Errorf("partial %d: %w", k, err)
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return err
	}
	ir := &InnerResult{Transposed: true, M: m, K: k, N: n, Width: w, Slices: k, Row: -1, Chunk: -1}
	if slices.Equal(commits[PartySolver].Last.Digests, commits[PartyChallenger].Last.Digests) {
		return g.innerTRound(ir, s, commits[PartySolver].Last, outputs)
	}
	// Bisect to the first partial the sides dispute, agreeing on the one
	// before it.
	lo, hi := 0, k
	agreed := PartialOpening{Index: 0, Digests: zero}
	last := map[Party]PartialOpening{}
	for _, p := range sides {
		last[p] = commits[p].Last
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ans, err := exchange(g, fmt.Sprintf("partial %d of %d of %s", mid, k, s.name),
			func(ctx context.Context, p Player) (*PartialOpening, error) {
				return p.(InnerPlayer).OpenPartial(ctx, PartialQuery{Index: mid})
			}, (*PartialOpening).Encode, DecodePartialOpening)
		if err != nil {
			return err
		}
		fails := map[Party]error{}
		for _, p := range sides {
			if err := s.check(ans[p], mid, commits[p].Root); err != nil {
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
	c := 0
	for last[PartySolver].Digests[c] == last[PartyChallenger].Digests[c] {
		c++
	}
	start, end := chunk.Bounds(m*n, c)
	ir.Kind, ir.Slice, ir.Chunk, ir.Row = InnerSlice, t, c, start/n
	ir.Agreed = s.claim(agreed)
	ir.Claims = map[Party]PartialClaim{}
	for _, p := range sides {
		ir.Claims[p] = s.claim(last[p])
	}
	prev, err := g.agreedChunk(ir, s, t-1, c, agreed.Digests[c])
	if err != nil {
		return err
	}
	// The honest chunk: the agreed one plus the outer product of the
	// operands' row t−1 on the chunk's output rows.
	want := slices.Clone(prev)
	a, b := inputs[0].I32[(t-1)*m:t*m], inputs[1].I32[(t-1)*n:t*n]
	for q := range (end - start) / n {
		x := int64(a[start/n+q])
		for j, y := range b {
			want[q*n+j] += x * int64(y)
		}
	}
	d, err := chunk.PartialChunkDigest(m, k, n, t, c, want)
	if err != nil {
		return err
	}
	wantDigest := prooflearn.Hash(chunk.Bytes(d))
	g.res.Inner = ir
	bad := map[Party]error{}
	for _, p := range sides {
		if ir.Claims[p].Digests[c] != wantDigest {
			bad[p] = fmt.Errorf("chunk %d of partial %d of %s (rows %d…%d) is not the agreed chunk plus operand row %d's product (%s and %s)", c, t, s.name, start/n, end/n-1, t-1, inputs[0].Name, inputs[1].Name)
		}
	}
	return g.innerRule(bad, fmt.Sprintf("operand row %d of %d, chunk %d", t, k, c))
}

// agreedChunk asks both sides for chunk c of the agreed transposed partial
// t, as the rows it covers, and checks it against its digest; a side whose
// chunk does not match loses.
func (g *game) agreedChunk(ir *InnerResult, s tpartialScheme, t, c int, digest prooflearn.Hash) ([]int64, error) {
	start, end := chunk.Bounds(s.m*s.n, c)
	r, count := start/s.n, (end-start)/s.n
	ans, err := exchange(g, fmt.Sprintf("chunk %d (rows %d…%d) of partial %d of %s", c, r, r+count-1, t, s.name),
		func(ctx context.Context, p Player) (*PartialRows, error) {
			return p.(InnerPlayer).OpenRows(ctx, RowsQuery{Index: t, Row: r, Count: count})
		}, (*PartialRows).Encode, DecodePartialRows)
	if err != nil {
		return nil, err
	}
	fails := map[Party]error{}
	for _, p := range sides {
		a := ans[p]
		if int(a.Index) != t || int(a.Row) != r || len(a.Values) != end-start {
			fails[p] = fmt.Errorf("opened %d values of partial %d from row %d, asked for %d rows of %d from row %d", len(a.Values), a.Index, a.Row, count, s.n, r)
			continue
		}
		if d, err := chunk.PartialChunkDigest(s.m, s.k, s.n, t, c, a.Values); err != nil || chunk.Bytes(d) != digest {
			fails[p] = fmt.Errorf("chunk %d of partial %d does not match its committed digest", c, t)
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return nil, err
	}
	ir.Rows = ans[PartySolver].Values
	return ir.Rows, nil
}

// innerTRound rules on the rounding: the sides agree on P_K, so the first
// output chunk at which their outputs differ must be Round(P_K, 16) there,
// read from the same chunk of P_K.
func (g *game) innerTRound(ir *InnerResult, s tpartialScheme, last PartialOpening, outputs map[Party]*prooflearn.Tensor) error {
	ir.Kind, ir.Slice = InnerRound, ir.Slices
	ir.Agreed = s.claim(last)
	claims := map[Party]*ChunkClaim{}
	for _, p := range sides {
		c, err := NewChunkClaim(s.name, outputs[p])
		if err != nil {
			return err
		}
		claims[p] = c
	}
	c, err := FirstDifferingChunk(claims[PartySolver], claims[PartyChallenger])
	if err != nil {
		return err
	}
	start, end := chunk.Bounds(s.m*s.n, c)
	ir.Chunk, ir.Row = c, start/s.n
	rows, err := g.agreedChunk(ir, s, ir.Slices, c, last.Digests[c])
	if err != nil {
		return err
	}
	g.res.Inner = ir
	bad := map[Party]error{}
	for _, p := range sides {
		out := outputs[p].I32[start:end]
		for j, v := range rows {
			if want := fixed.Round(v, fixed.Frac); int64(out[j]) != want {
				bad[p] = fmt.Errorf("value %d of %s is %d, the rounding of the agreed last partial is %d", start+j, s.name, out[j], want)
				break
			}
		}
	}
	return g.innerRule(bad, fmt.Sprintf("rounding of output chunk %d", c))
}

// tpartialsFor computes the player's transposed partials of its revealed
// node, when the node is a transposed product the level applies to: the
// exact partial sums of its own inputs by operand row, the last one moved
// so that it rounds to the player's own output, then any test edits; ok
// false otherwise.
func (p *ReplayPlayer) tpartialsFor(node *train.Node, inputs []prooflearn.Tensor) (pt *partialTrace, ok bool, err error) {
	m, k, n, _, ok := innerTShape(node, inputs)
	if !ok {
		return nil, false, nil
	}
	ps, err := chunk.TPartialProducts(inputs[0].I32, inputs[1].I32, m, k, n)
	if err != nil {
		return nil, true, err
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
	pt = &partialTrace{name: node.Name, m: m, k: k, n: n, partials: ps}
	for t, x := range ps {
		ds, err := PartialChunkDigests(m, k, n, t, x)
		if err != nil {
			return nil, true, err
		}
		pt.digests = append(pt.digests, ds)
		pt.leaves = append(pt.leaves, TransposedPartialLeaf(node.Name, m, k, n, t, ds))
	}
	pt.tree = prooflearn.NewTree(pt.leaves)
	p.partials = pt
	return pt, true, nil
}
