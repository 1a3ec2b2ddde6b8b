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

// Both inner levels play one game over partial products P_0 … P_J of the
// disputed product, on the same messages: the sides commit to a tree over
// the partials' leaves, the first the zero partial's and the last opened;
// the game bisects to the first partial t they dispute, both agreeing on
// P_{t−1}, and rules on the first unit (a row of a plain product's partial,
// an output chunk of a transposed one's) whose digests differ, from the
// agreed unit and the agreed operands; or, when they agree on P_J, on the
// rounding of the first output chunk at which their outputs differ. A
// partialScheme is what tells the levels apart.

// innerProduct is what the inner level knows of the disputed product: its
// name and shape, the agreed operands, and how its partials are committed.
type innerProduct struct {
	name       string
	m, k, n    int
	a, b       *prooflearn.Tensor
	partials   int    // J, the partials past the zero one
	width      int    // InnerResult.Width
	transposed bool   // InnerResult.Transposed
	tag        string // the leaves' tag (partialLeaf)
	unit       string // what one digest of a partial covers: "row" or "chunk"
	units      int    // the digests of a partial
	// commits is the error format for a commitment to another number of
	// partials: the number committed, then J.
	commits string
}

// partialScheme is how an inner level computes, digests and rules on its
// partials: the plain level (rowScheme) by rows of P_t, the transposed
// level (tpartialScheme) by output chunks.
type partialScheme interface {
	// product is the product the scheme plays on.
	product() *innerProduct
	// products returns the exact partials P_0 … P_J of the agreed operands.
	products() ([][]int64, error)
	// span returns the rows units lo … hi−1 cover, and how an opening names
	// them (the transposed level opens one chunk at a time).
	span(lo, hi int) (row, count int, what string)
	// chunkUnits returns the units lo … hi−1 that output chunk c covers.
	chunkUnits(c int) (lo, hi int)
	// unitDigest is the digest of unit u of partial t, given by its values.
	unitDigest(t, u int, values []int64) (prooflearn.Hash, error)
	// advance returns the honest unit u of P_t: prev, the agreed one of
	// P_{t−1}, to which it adds the slice's share in place.
	advance(t, u int, prev []int64) []int64
	// sliceFault names the slice ruling on unit u of P_t, and says why a
	// claim of it that is not the honest one is wrong.
	sliceFault(t, u int) (what string, fault error)
	// roundFault says why output value got, whose rounding is want, is
	// wrong, and returns the row it accuses, or −1 when the ruling is on
	// the output chunk whole.
	roundFault(value int, got int32, want int64) (row int, fault error)
}

// schemeFor returns the inner level's scheme for the disputed node on the
// agreed inputs: the transposed level's when it applies, else the plain
// level's; ok false when neither applies.
func schemeFor(node *train.Node, inputs []prooflearn.Tensor) (s partialScheme, ok bool) {
	if s, ok := newTPartialScheme(node, inputs); ok {
		return s, true
	}
	return newRowScheme(node, inputs)
}

// leaf is the leaf of partial P_t with the given digests.
func (p *innerProduct) leaf(t int, digests []prooflearn.Hash) prooflearn.Hash {
	return partialLeaf(p.tag, p.name, p.m, p.k, p.n, t, digests)
}

// claim is an opened partial's leaf with its digests.
func (p *innerProduct) claim(o PartialOpening) PartialClaim {
	return PartialClaim{Index: int(o.Index), Leaf: p.leaf(int(o.Index), o.Digests), Digests: o.Digests}
}

// check checks an opening of partial index against a side's root.
func (p *innerProduct) check(o *PartialOpening, index int, root prooflearn.Hash) error {
	if int(o.Index) != index || len(o.Digests) != p.units {
		return fmt.Errorf("opened partial %d with %d %s digests, asked for partial %d of %d %ss", o.Index, len(o.Digests), p.unit, index, p.units, p.unit)
	}
	return prooflearn.VerifyInclusion(index, p.partials+1, p.leaf(index, o.Digests), o.Path, root)
}

// partialDigests returns the digests of partial P_t, one per unit.
func partialDigests(s partialScheme, t int, values []int64) ([]prooflearn.Hash, error) {
	p := s.product()
	if len(values) != p.m*p.n {
		return nil, fmt.Errorf("%w: partial %d holds %d values, want %d×%d", prooflearn.ErrMalformed, t, len(values), p.m, p.n)
	}
	out := make([]prooflearn.Hash, p.units)
	for u := range out {
		r, count, _ := s.span(u, u+1)
		d, err := s.unitDigest(t, u, values[r*p.n:(r+count)*p.n])
		if err != nil {
			return nil, err
		}
		out[u] = d
	}
	return out, nil
}

// innerLevel plays the inner level of scheme s on the product node of step,
// with the sides' revealed outputs, and rules. It always ends the game.
func (g *game) innerLevel(step int, node *train.Node, s partialScheme, outputs map[Party]*prooflearn.Tensor) error {
	p := s.product()
	J := p.partials
	g.res.MaxRounds += ceilLog2(J+1) + 2
	if err := g.innerPlayers(node, outputs); err != nil {
		return err
	}
	zero, err := partialDigests(s, 0, make([]int64, p.m*p.n))
	if err != nil {
		return err
	}
	commits, err := exchange(g, fmt.Sprintf("partial products of %s at step %d", p.name, step),
		func(ctx context.Context, pl Player) (*PartialsCommit, error) {
			return pl.(InnerPlayer).CommitPartials(ctx, PartialsQuery{})
		}, (*PartialsCommit).Encode, DecodePartialsCommit)
	if err != nil {
		return err
	}
	fails := map[Party]error{}
	for _, side := range sides {
		c := commits[side]
		switch {
		case int(c.Slices) != J:
			fails[side] = fmt.Errorf(p.commits, c.Slices, J)
		case !slices.Equal(c.First.Digests, zero):
			fails[side] = fmt.Errorf("partial 0 is not the zero partial")
		default:
			if err := p.check(&c.First, 0, c.Root); err != nil {
				fails[side] = fmt.Errorf("partial 0: %w", err)
			} else if err := p.check(&c.Last, J, c.Root); err != nil {
				fails[side] = fmt.Errorf("partial %d: %w", J, err)
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return err
	}
	ir := &InnerResult{Transposed: p.transposed, M: p.m, K: p.k, N: p.n, Width: p.width, Slices: J, Row: -1, Chunk: -1}
	if slices.Equal(commits[PartySolver].Last.Digests, commits[PartyChallenger].Last.Digests) {
		return g.innerRound(ir, s, commits[PartySolver].Last, outputs)
	}
	// Bisect to the first partial the sides dispute, agreeing on the one
	// before it.
	lo, hi := 0, J
	agreed := PartialOpening{Index: 0, Digests: zero}
	last := map[Party]PartialOpening{}
	for _, side := range sides {
		last[side] = commits[side].Last
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ans, err := exchange(g, fmt.Sprintf("partial %d of %d of %s", mid, J, p.name),
			func(ctx context.Context, pl Player) (*PartialOpening, error) {
				return pl.(InnerPlayer).OpenPartial(ctx, PartialQuery{Index: mid})
			}, (*PartialOpening).Encode, DecodePartialOpening)
		if err != nil {
			return err
		}
		fails := map[Party]error{}
		for _, side := range sides {
			if err := p.check(ans[side], mid, commits[side].Root); err != nil {
				fails[side] = fmt.Errorf("partial %d: %w", mid, err)
			}
		}
		if err := g.finish(fails, ReasonInvalid); err != nil {
			return err
		}
		if slices.Equal(ans[PartySolver].Digests, ans[PartyChallenger].Digests) {
			lo, agreed = mid, *ans[PartySolver]
		} else {
			hi = mid
			for _, side := range sides {
				last[side] = *ans[side]
			}
		}
	}
	t := hi
	u := 0
	for u < p.units && last[PartySolver].Digests[u] == last[PartyChallenger].Digests[u] {
		u++
	}
	ir.Kind, ir.Slice = InnerSlice, t
	ir.Row, _, _ = s.span(u, u+1)
	if p.transposed {
		ir.Chunk = u
	}
	ir.Agreed = p.claim(agreed)
	ir.Claims = map[Party]PartialClaim{}
	for _, side := range sides {
		ir.Claims[side] = p.claim(last[side])
	}
	prev, err := g.agreedUnits(ir, s, t-1, u, u+1, agreed.Digests)
	if err != nil {
		return err
	}
	want, err := s.unitDigest(t, u, s.advance(t, u, slices.Clone(prev)))
	if err != nil {
		return err
	}
	g.res.Inner = ir
	what, fault := s.sliceFault(t, u)
	bad := map[Party]error{}
	for _, side := range sides {
		if ir.Claims[side].Digests[u] != want {
			bad[side] = fault
		}
	}
	return g.innerRule(bad, what)
}

// agreedUnits asks both sides for units lo … hi−1 of the agreed partial t,
// as the rows they cover, and checks them against its digests; a side
// whose rows do not match loses.
func (g *game) agreedUnits(ir *InnerResult, s partialScheme, t, lo, hi int, digests []prooflearn.Hash) ([]int64, error) {
	p := s.product()
	r, count, what := s.span(lo, hi)
	ans, err := exchange(g, fmt.Sprintf("%s of partial %d of %s", what, t, p.name),
		func(ctx context.Context, pl Player) (*PartialRows, error) {
			return pl.(InnerPlayer).OpenRows(ctx, RowsQuery{Index: t, Row: r, Count: count})
		}, (*PartialRows).Encode, DecodePartialRows)
	if err != nil {
		return nil, err
	}
	fails := map[Party]error{}
	for _, side := range sides {
		a := ans[side]
		if int(a.Index) != t || int(a.Row) != r || len(a.Values) != count*p.n {
			fails[side] = fmt.Errorf("opened %d values of partial %d from row %d, asked for %d rows of %d from row %d", len(a.Values), a.Index, a.Row, count, p.n, r)
			continue
		}
		for u := lo; u < hi; u++ {
			ur, uc, _ := s.span(u, u+1)
			d, err := s.unitDigest(t, u, a.Values[(ur-r)*p.n:(ur-r+uc)*p.n])
			if err != nil || d != digests[u] {
				fails[side] = fmt.Errorf("%s %d of partial %d does not match its committed digest", p.unit, u, t)
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
// output chunk at which their outputs differ a side whose value is not
// Round(P_J, 16) there is wrong, read from the units of P_J the chunk
// covers. On a plain product the loser is accused at its first such row,
// which is what a proof (zkruling.ProveRound) shows against its chunk: row
// r of P_J and the chunk are the proof's only public inputs, and an honest
// chunk has no such row. On a transposed one the ruling reads the chunk
// whole (zkruling.ProveTRound).
func (g *game) innerRound(ir *InnerResult, s partialScheme, last PartialOpening, outputs map[Party]*prooflearn.Tensor) error {
	p := s.product()
	ir.Kind, ir.Slice = InnerRound, ir.Slices
	ir.Agreed = p.claim(last)
	claims := map[Party]*ChunkClaim{}
	for _, side := range sides {
		c, err := NewChunkClaim(p.name, outputs[side])
		if err != nil {
			return err
		}
		claims[side] = c
	}
	c, err := FirstDifferingChunk(claims[PartySolver], claims[PartyChallenger])
	if err != nil {
		return err
	}
	start, end := chunk.Bounds(p.m*p.n, c)
	first := start / p.n
	ir.Chunk, ir.Row = c, first
	lo, hi := s.chunkUnits(c)
	rows, err := g.agreedUnits(ir, s, ir.Slices, lo, hi, last.Digests)
	if err != nil {
		return err
	}
	g.res.Inner = ir
	bad := map[Party]error{}
	accused := map[Party]int{}
	for _, side := range sides {
		out := outputs[side].I32[start:end]
		for j, v := range rows {
			if want := fixed.Round(v, fixed.Frac); int64(out[j]) != want {
				accused[side], bad[side] = s.roundFault(start+j, out[j], want)
				break
			}
		}
	}
	over := g.innerRule(bad, fmt.Sprintf("rounding of output chunk %d", c))
	if r, ok := accused[g.res.Loser]; ok && r >= 0 {
		ir.Row, ir.Accused = r, g.res.Loser
	}
	// The rows the ruling reads: the unit that holds row Row.
	for u := lo; u < hi; u++ {
		if r, count, _ := s.span(u, u+1); ir.Row >= r && ir.Row < r+count {
			ir.Rows = rows[(r-first)*p.n : (r-first+count)*p.n]
		}
	}
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

// partialsFor computes the player's partials of its revealed node, in the
// scheme of the level that applies to it: the exact partial sums of its own
// inputs, the last one moved so that it rounds to the player's own output
// (a player defending an output commits the partials that support it),
// then any test edits.
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
	s, ok := schemeFor(&node, inputs)
	if !ok {
		return nil, fmt.Errorf("%w: node %d (%s %s) has no inner level", prooflearn.ErrMalformed, p.revealed, node.Op, node.Name)
	}
	ps, err := s.products()
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
	sp := s.product()
	pt := &partialTrace{name: sp.name, m: sp.m, k: sp.k, n: sp.n, partials: ps}
	for t, x := range ps {
		ds, err := partialDigests(s, t, x)
		if err != nil {
			return nil, err
		}
		pt.digests = append(pt.digests, ds)
		pt.leaves = append(pt.leaves, sp.leaf(t, ds))
	}
	pt.tree = prooflearn.NewTree(pt.leaves)
	p.partials = pt
	return pt, nil
}
