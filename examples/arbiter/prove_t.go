package main

import (
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/zkruling"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// proveTInnerRuling proves the transposed inner level's ruling (a weight
// gradient Aᵀ·B bisected over its operands' rows) on the honest partials of
// the agreed operands, after checking every list the proof's public inputs
// are read from against its leaf: the operands' chunk digests against their
// agreed leaves, the partials' chunk digests against the partial leaves the
// game opened, the outputs' chunk digests against the sides' output leaves.
// It checks that the proof's inputs are those lists' entries and names the
// side whose entry the claimed digest is.
func proveTInnerRuling(call *arbitration.OperatorCall, op zkruling.Operator, in *arbitration.InnerResult, outputs map[arbitration.Party]*prooflearn.Tensor, leaves map[arbitration.Party]prooflearn.Hash, honest []int32) (*zkruling.Ruling, *SliceReport, error) {
	if len(call.Inputs) != 2 || op.Op != zkruling.OpMatMul || !op.TransA || op.TransB || op.M != in.M || op.K != in.K || op.N != in.N {
		return nil, nil, fmt.Errorf("%w: the transposed inner level's %d×%d×%d product is not the ruled %s", errNotProven, in.M, in.K, in.N, call.Op)
	}
	a, b := &call.Inputs[0].Tensor, &call.Inputs[1].Tensor
	var claims [2]*arbitration.ChunkClaim
	for i, t := range []*prooflearn.Tensor{a, b} {
		c, err := arbitration.NewChunkClaim(t.Name, t)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: operand %q: %w", errNotProven, t.Name, err)
		}
		claims[i] = c
	}
	chunks := chunk.Count(in.M * in.N)
	checkPartial := func(c arbitration.PartialClaim) error {
		if len(c.Digests) != chunks || arbitration.TransposedPartialLeaf(call.Name, in.M, in.K, in.N, c.Index, c.Digests) != c.Leaf {
			return fmt.Errorf("%w: partial %d's chunk digests do not hash to its leaf", errNotProven, c.Index)
		}
		return nil
	}
	if err := checkPartial(in.Agreed); err != nil {
		return nil, nil, err
	}
	if in.Chunk < 0 || in.Chunk >= chunks {
		return nil, nil, fmt.Errorf("%w: output chunk %d of %d", errNotProven, in.Chunk, chunks)
	}
	ps, err := chunk.TPartialProducts(a.I32, b.I32, in.M, in.K, in.N)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	rep := &SliceReport{Kind: in.Kind, Transposed: true, Slice: in.Slice, Slices: in.Slices, Width: in.Width, Row: in.Row, Chunk: in.Chunk, AChunk: -1}
	var r *zkruling.Ruling
	var ref *zkruling.TSliceRef
	at := func(k int) prooflearn.Hash { return prooflearn.Hash(r.Digests[k].Bytes()) }
	switch in.Kind {
	case arbitration.InnerSlice:
		for _, p := range []arbitration.Party{arbitration.PartySolver, arbitration.PartyChallenger} {
			if err := checkPartial(in.Claims[p]); err != nil {
				return nil, nil, err
			}
		}
		if in.Slice < 1 || in.Slice > in.K {
			return nil, nil, fmt.Errorf("%w: partial %d of %d", errNotProven, in.Slice, in.K)
		}
		// The chunk is the first at which the sides' P_t differ, as a
		// contract reads it from the two lists: not the prover's choice.
		if err := firstDifference(in.Claims[arbitration.PartySolver].Digests, in.Claims[arbitration.PartyChallenger].Digests, in.Chunk); err != nil {
			return nil, nil, err
		}
		if r, ref, err = zkruling.ProveTSlice(op, in.Slice, in.Chunk, a.I32, b.I32, ps[in.Slice-1], ps[in.Slice]); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
		}
		rep.AChunk, rep.BChunk, rep.Rows = ref.AChunk, ref.BChunk, ref.Rows
		switch {
		case at(0) != claims[0].Digests[ref.AChunk]:
			return nil, nil, fmt.Errorf("%w: the proof's A digest is not %q's chunk %d", errNotProven, a.Name, ref.AChunk)
		case at(1) != claims[1].Digests[ref.BChunk]:
			return nil, nil, fmt.Errorf("%w: the proof's B digest is not %q's chunk %d", errNotProven, b.Name, ref.BChunk)
		case at(2) != in.Agreed.Digests[in.Chunk]:
			return nil, nil, fmt.Errorf("%w: the proof's previous chunk is not the agreed partial's chunk %d", errNotProven, in.Chunk)
		}
		rep.LeafCheck = "2 operand chunk-digest lists and 3 partial chunk-digest lists hash to their leaves"
		rep.ProvenFor = provenFor(in.Claims, in.Chunk, at(3))
	case arbitration.InnerRound:
		sol, chal, err := checkOutputs(call.Name, outputs, leaves)
		if err != nil {
			return nil, nil, err
		}
		if err := firstDifference(sol.Digests, chal.Digests, in.Chunk); err != nil {
			return nil, nil, err
		}
		if r, ref, err = zkruling.ProveTRound(op, in.Chunk, ps[in.K], honest); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
		}
		rep.Rows = ref.Rows
		if at(0) != in.Agreed.Digests[in.Chunk] {
			return nil, nil, fmt.Errorf("%w: the proof's last-partial chunk is not the agreed last partial's chunk %d", errNotProven, in.Chunk)
		}
		rep.LeafCheck = "the last partial's chunk-digest list and 2 output chunk-digest lists hash to their leaves"
		switch at(1) {
		case sol.Digests[in.Chunk]:
			rep.ProvenFor = arbitration.PartySolver
		case chal.Digests[in.Chunk]:
			rep.ProvenFor = arbitration.PartyChallenger
		}
	default:
		return nil, nil, fmt.Errorf("%w: inner ruling of kind %q", errNotProven, in.Kind)
	}
	if rep.ProvenFor == "" {
		return nil, nil, fmt.Errorf("%w: neither side's committed digest is the honest one", errNotProven)
	}
	rep.PublicInputs = len(r.Digests)
	return r, rep, nil
}

// firstDifference fails unless the two digest lists first differ at c.
func firstDifference(a, b []prooflearn.Hash, c int) error {
	if len(a) != len(b) || c < 0 || c >= len(a) || a[c] == b[c] || !slices.Equal(a[:c], b[:c]) {
		return fmt.Errorf("%w: chunk %d is not the first at which the sides' digests differ", errNotProven, c)
	}
	return nil
}
