package main

import (
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark/logger"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// ProofReport is the -prove part of the report: a Groth16 proof (zkruling)
// of the ruled operator on the agreed inputs with the arbiter's own output,
// checked in Go and by the circuit's Solidity verifier on a simulated chain.
type ProofReport struct {
	Circuit      string  `json:"circuit,omitempty"`
	Constraints  int     `json:"constraints,omitempty"`
	SetupSeconds float64 `json:"setup_seconds,omitempty"`
	ProveSeconds float64 `json:"prove_seconds,omitempty"`
	ProofBytes   int     `json:"proof_bytes,omitempty"`
	// OutputLeaf is the proven output's leaf: the honest claim's, as the
	// verdict's re-execution computed it.
	OutputLeaf string `json:"output_leaf,omitempty"`
	VerifiedGo bool   `json:"verified_go"`
	VerifyGas  uint64 `json:"verify_gas,omitempty"`
	DeployGas  uint64 `json:"deploy_gas,omitempty"`
	// Chain says why the on-chain check was not run, when it was not.
	Chain string `json:"chain,omitempty"`
	// Chunk locates a chunk ruling (elementwise operators); absent for a
	// ruling on the whole operator.
	Chunk *ChunkReport `json:"chunk,omitempty"`
	// Whole says how a ruling on a whole product or bias gradient was tied
	// to the game's leaves; absent otherwise.
	Whole *WholeReport `json:"whole,omitempty"`
	// Slice says which slice or rounding of a product's partial products
	// the inner level ruled on and how the proof was tied to the committed
	// lists; absent for other rulings.
	Slice *SliceReport `json:"slice,omitempty"`
	// Error says why no proof was made.
	Error string `json:"error,omitempty"`
}

// errNotProven is a ruling -prove could not prove.
var errNotProven = errors.New("no proof of the ruling")

// ChunkReport says which chunk of an elementwise operator was proven and
// how its public inputs were tied to the game's leaves.
type ChunkReport struct {
	Index  int `json:"index"`
	Chunks int `json:"chunks"`
	Length int `json:"length"`
	// LeafCheck says what the digest lists were checked against: every
	// input's list against its agreed leaf, each side's output list
	// against its committed output leaf.
	LeafCheck string `json:"leaf_check"`
	// ProvenFor is the side whose output chunk digest the proof's output
	// digest is: the side a contract rules for.
	ProvenFor arbitration.Party `json:"proven_for"`
}

// proveRuling proves the operator of call, the arbiter's ruling, with the
// output its re-execution gives: on the first chunk at which the two sides'
// outputs differ for an elementwise operator (outputs and leaves are the
// revealed outputs and the leaves the game committed them under), on the
// whole operator over every chunk digest for a product or a bias gradient
// (the same lists, checked the same way), on the whole operator under
// whole-tensor digests otherwise. A missing solc skips only the chain.
//
// When the game played the inner level (inner non-nil), the ruling is its
// own: one row of one slice of the product, or the accusation of one side's
// output chunk at a row that is not the rounding (proveInnerRuling).
func proveRuling(call *arbitration.OperatorCall, outputs map[arbitration.Party]*prooflearn.Tensor, leaves map[arbitration.Party]prooflearn.Hash, inner *arbitration.InnerResult) (*ProofReport, error) {
	// gnark logs its compile and prove phases to stderr in its own format;
	// the report carries what matters of them.
	logger.Disable()
	res, err := arbitration.RunCall(call)
	if err != nil {
		return nil, fmt.Errorf("%w: re-executing %s: %v", errNotProven, call.Op, err)
	}
	op, order, err := zkOperator(call)
	if err != nil {
		return nil, err
	}
	inputs := make([][]int32, len(order))
	for k, i := range order {
		inputs[k] = call.Inputs[i].Tensor.I32
	}
	p := &ProofReport{OutputLeaf: res.Output.String()}
	var r *zkruling.Ruling
	chunked, whole := slices.Contains(zkruling.ChunkedOps, op.Op), slices.Contains(zkruling.WholeOps, op.Op)
	if inner != nil {
		if r, p.Slice, err = proveInnerRuling(call, op, inner, outputs, leaves, res.Tensor.I32); err != nil {
			return nil, err
		}
	} else if (chunked || whole) && len(outputs) == 2 {
		cc := &chunkCase{Op: op, Honest: res.Tensor.I32}
		for _, i := range order {
			in := &call.Inputs[i].Tensor
			c, err := arbitration.NewChunkClaim(in.Name, in) // the leaf the game opened it against
			if err != nil {
				return nil, fmt.Errorf("%w: input %q: %w", errNotProven, in.Name, err)
			}
			cc.Inputs = append(cc.Inputs, c)
			cc.InputValues = append(cc.InputValues, in.I32)
		}
		if cc.Outputs, err = outputClaims(call.Name, outputs, leaves); err != nil {
			return nil, err
		}
		if whole {
			if r, p.Whole, err = proveWholeRuling(cc); err != nil {
				return nil, err
			}
		} else {
			if r, p.Chunk, err = proveChunkRuling(cc); err != nil {
				return nil, err
			}
		}
	}
	if r == nil {
		if r, err = zkruling.ProveOperator(op, inputs, res.Tensor.I32); err != nil {
			return nil, fmt.Errorf("%w: %w", errNotProven, err)
		}
	}
	if err := r.VerifyGo(); err != nil {
		return nil, fmt.Errorf("%w: the proof does not verify: %v", errNotProven, err)
	}
	p.VerifiedGo = true
	solc, err := zkruling.FindSolc()
	if err == nil {
		var chain *zkruling.Chain
		if chain, err = zkruling.NewChain(solc); err == nil {
			_, err = r.VerifyOnChain(chain)
			chain.Close()
		}
	}
	if err != nil {
		p.Chain = fmt.Sprintf("not verified on chain: %v (scripts/solc.sh installs solc %s)", err, zkruling.SolcVersion)
	}
	p.Circuit, p.Constraints, p.ProofBytes = r.Report.Circuit, r.Report.Constraints, r.Report.ProofBytes
	p.SetupSeconds, p.ProveSeconds = r.Report.SetupTime.Seconds(), r.Report.ProveTime.Seconds()
	p.VerifyGas, p.DeployGas = r.Report.VerifyGas, r.Report.DeployGas
	return p, nil
}

// chunkCase is a leaf-tied ruling's material (by chunk, or whole for a
// product or bias gradient) as a contract would hold it: the
// operator, the agreed inputs' digest lists (in zkruling's argument order)
// with their values, each side's output digest list under its committed
// leaf, and the honest output (the arbiter's re-execution).
type chunkCase struct {
	Op          zkruling.Operator
	Inputs      []*arbitration.ChunkClaim
	InputValues [][]int32
	Outputs     map[arbitration.Party]*arbitration.ChunkClaim
	Honest      []int32
}

// proveChunkRuling checks every digest list against its leaf, so that no
// proof is made for digests the game did not commit, picks the first chunk
// at which the outputs differ, proves it on the honest output, and checks
// that the proof's public inputs are the lists' entries at that chunk: what
// a contract reads from the lists it has just checked.
func proveChunkRuling(c *chunkCase) (*zkruling.Ruling, *ChunkReport, error) {
	sol, chal, err := c.checkLeaves()
	if err != nil {
		return nil, nil, err
	}
	i, err := arbitration.FirstDifferingChunk(sol, chal)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	r, err := zkruling.ProveChunk(c.Op, i, c.InputValues, c.Honest)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	for k, in := range c.Inputs {
		at := i
		if len(in.Digests) == 1 {
			at = 0 // a one-chunk input (the bias of add-bias) is read whole
		}
		if prooflearn.Hash(r.Digests[k].Bytes()) != in.Digests[at] {
			return nil, nil, fmt.Errorf("%w: the proof's input %d digest is not %q's chunk %d", errNotProven, k, in.Name, at)
		}
	}
	rep := &ChunkReport{Index: i, Chunks: r.Chunk.Count, Length: r.Chunk.Length,
		LeafCheck: fmt.Sprintf("%d input and 2 output chunk-digest lists hash to their leaves", len(c.Inputs))}
	out := prooflearn.Hash(r.Digests[len(r.Digests)-1].Bytes())
	switch out {
	case sol.Digests[i]:
		rep.ProvenFor = arbitration.PartySolver
	case chal.Digests[i]:
		rep.ProvenFor = arbitration.PartyChallenger
	default:
		return nil, nil, fmt.Errorf("%w: neither side's chunk %d is the honest output's", errNotProven, i)
	}
	return r, rep, nil
}

// checkLeaves checks every agreed input's and both sides' output digest
// lists against their leaves, before anything is proven, and returns the
// two outputs' claims.
func (c *chunkCase) checkLeaves() (sol, chal *arbitration.ChunkClaim, err error) {
	for _, in := range c.Inputs {
		if err := in.Check(); err != nil {
			return nil, nil, fmt.Errorf("%w: agreed input: %w", errNotProven, err)
		}
	}
	sol, chal = c.Outputs[arbitration.PartySolver], c.Outputs[arbitration.PartyChallenger]
	if sol == nil || chal == nil {
		return nil, nil, fmt.Errorf("%w: a ruling tied to the leaves needs both sides' outputs", errNotProven)
	}
	for _, out := range []*arbitration.ChunkClaim{sol, chal} {
		if err := out.Check(); err != nil {
			return nil, nil, fmt.Errorf("%w: output: %w", errNotProven, err)
		}
	}
	return sol, chal, nil
}

// outputClaims returns both sides' revealed outputs of the operator named
// name as chunk-digest claims under the leaves the game committed them to.
func outputClaims(name string, outputs map[arbitration.Party]*prooflearn.Tensor, leaves map[arbitration.Party]prooflearn.Hash) (map[arbitration.Party]*arbitration.ChunkClaim, error) {
	claims := map[arbitration.Party]*arbitration.ChunkClaim{}
	for party, t := range outputs {
		ds, err := arbitration.ChunkDigests(t)
		if err != nil {
			return nil, fmt.Errorf("%w: %s's output: %w", errNotProven, party, err)
		}
		claims[party] = &arbitration.ChunkClaim{Name: name, Shape: t.Shape, Leaf: leaves[party], Digests: ds}
	}
	return claims, nil
}

// checkOutputs checks both sides' output digest lists against their leaves
// (outputClaims, chunkCase.checkLeaves) and returns the two claims.
func checkOutputs(name string, outputs map[arbitration.Party]*prooflearn.Tensor, leaves map[arbitration.Party]prooflearn.Hash) (sol, chal *arbitration.ChunkClaim, err error) {
	claims, err := outputClaims(name, outputs, leaves)
	if err != nil {
		return nil, nil, err
	}
	return (&chunkCase{Outputs: claims}).checkLeaves()
}

// provenFor returns the side whose partial claim holds digest d at index i,
// the challenger when both do, and "" when neither does.
func provenFor(claims map[arbitration.Party]arbitration.PartialClaim, i int, d prooflearn.Hash) arbitration.Party {
	var p arbitration.Party
	for _, q := range []arbitration.Party{arbitration.PartySolver, arbitration.PartyChallenger} {
		if claims[q].Digests[i] == d {
			p = q
		}
	}
	return p
}

// WholeReport says how a whole operator's ruling (a product, a bias
// gradient) was tied to the game's leaves: its public inputs are every chunk
// digest of every tensor.
type WholeReport struct {
	PublicInputs int `json:"public_inputs"`
	// LeafCheck says what the digest lists were checked against, as
	// ChunkReport's.
	LeafCheck string `json:"leaf_check"`
	// ProvenFor is the side whose output digest list is the proof's.
	ProvenFor arbitration.Party `json:"proven_for"`
}

// proveWholeRuling is proveChunkRuling for an operator proven whole
// (zkruling.WholeOps): it checks every digest list against its leaf before
// proving, proves the operator on the honest output, and checks that the
// proof's public inputs are the input lists followed by one side's output
// list, the side a contract's verifyWholeRuling rules for.
func proveWholeRuling(c *chunkCase) (*zkruling.Ruling, *WholeReport, error) {
	sol, chal, err := c.checkLeaves()
	if err != nil {
		return nil, nil, err
	}
	r, err := zkruling.ProveWhole(c.Op, c.InputValues, c.Honest)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	at := 0
	matches := func(list []prooflearn.Hash) bool {
		if at+len(list) > len(r.Digests) {
			return false
		}
		for j, d := range list {
			if prooflearn.Hash(r.Digests[at+j].Bytes()) != d {
				return false
			}
		}
		return true
	}
	for k, in := range c.Inputs {
		if !matches(in.Digests) {
			return nil, nil, fmt.Errorf("%w: the proof's input %d digests are not %q's list", errNotProven, k, in.Name)
		}
		at += len(in.Digests)
	}
	rep := &WholeReport{PublicInputs: len(r.Digests),
		LeafCheck: fmt.Sprintf("%d input and 2 output chunk-digest lists hash to their leaves", len(c.Inputs))}
	switch {
	case at+len(sol.Digests) == len(r.Digests) && matches(sol.Digests):
		rep.ProvenFor = arbitration.PartySolver
	case at+len(chal.Digests) == len(r.Digests) && matches(chal.Digests):
		rep.ProvenFor = arbitration.PartyChallenger
	default:
		return nil, nil, fmt.Errorf("%w: neither side's output list is the honest output's", errNotProven)
	}
	return r, rep, nil
}

// zkOperator is the zkruling operator of a fixed-mode node and the order of
// its inputs in zkruling's arguments (the node's input index of each).
func zkOperator(call *arbitration.OperatorCall) (zkruling.Operator, []int, error) {
	in := make([]int, len(call.Inputs))
	for k := range call.Inputs {
		in[k] = k
	}
	shapeOf := func(k int) []int { return call.Inputs[k].Tensor.Shape }
	out := call.Shape
	switch call.Op {
	case train.OpFixedMomentum:
		return zkruling.Operator{Op: zkruling.OpMomentum, Shape: out, Scalar: int64(call.Scalar)}, in, nil
	case train.OpFixedSGD:
		return zkruling.Operator{Op: zkruling.OpSGD, Shape: out, Scalar: int64(call.Scalar)}, in, nil
	case train.OpFixedMatMul:
		if len(call.Attr) != 2 || len(out) != 2 || len(shapeOf(0)) != 2 {
			break
		}
		ta, tb := call.Attr[0] != 0, call.Attr[1] != 0
		k := shapeOf(0)[1]
		if ta {
			k = shapeOf(0)[0]
		}
		return zkruling.Operator{Op: zkruling.OpMatMul, M: out[0], K: k, N: out[1], TransA: ta, TransB: tb}, in, nil
	case train.OpFixedAddBias:
		if len(out) != 2 {
			break
		}
		return zkruling.Operator{Op: zkruling.OpAddBias, M: out[0], N: out[1]}, in, nil
	case train.OpFixedBiasGrad:
		if len(shapeOf(0)) != 2 {
			break
		}
		return zkruling.Operator{Op: zkruling.OpBiasGrad, M: shapeOf(0)[0], N: shapeOf(0)[1]}, in, nil
	case train.OpFixedSqErrGrad:
		if len(out) != 2 {
			break
		}
		return zkruling.Operator{Op: zkruling.OpSquaredErrorGrad, Shape: out}, in, nil
	case train.OpFixedReLU:
		return zkruling.Operator{Op: zkruling.OpReLU, Shape: out}, in, nil
	case train.OpFixedReLUGrad:
		// The node reads (x, dy); the circuit takes (dy, x).
		return zkruling.Operator{Op: zkruling.OpReLUGrad, Shape: out}, []int{1, 0}, nil
	}
	return zkruling.Operator{}, nil, fmt.Errorf("%w: %s %q: %w", errNotProven, call.Op, call.Name, zkruling.ErrUnsupported)
}

// SliceReport says what an inner-level ruling proved and how its public
// inputs were tied to the game's commitments.
type SliceReport struct {
	// Kind is "slice" (row Row of partial Slice from partial Slice−1) or
	// "round" (row Row of output chunk Chunk is not the rounding of the last
	// partial's row Row, proven against the Against side's chunk).
	Kind   string `json:"kind"`
	Slice  int    `json:"slice"`
	Slices int    `json:"slices"`
	Width  int    `json:"width"`
	Row    int    `json:"row"`
	Rows   int    `json:"rows"`
	Chunk  int    `json:"chunk"`
	AChunk int    `json:"a_chunk"`
	// Transposed: the level of a transposed product Aᵀ·B over its
	// operands' rows (proveTInnerRuling); Chunk is then the partial's
	// chunk proven and BChunk the chunk of B read.
	Transposed bool `json:"transposed,omitempty"`
	BChunk     int  `json:"b_chunk,omitempty"`
	// PublicInputs is the proof's number of public inputs.
	PublicInputs int    `json:"public_inputs"`
	LeafCheck    string `json:"leaf_check"`
	// ProvenFor is the side the proof rules for: for a slice, the side
	// whose committed digest the proof's claimed digest is; for a
	// rounding, the other side than Against.
	ProvenFor arbitration.Party `json:"proven_for"`
	// Against is the side whose committed output chunk a rounding proof
	// shows wrong (the accused); empty for a slice.
	Against arbitration.Party `json:"against,omitempty"`
}

// proveInnerRuling proves the inner level's ruling on the honest partial
// products of the agreed operands, after checking every list the proof's
// public inputs are read from against its leaf: the operands' chunk
// digests against their agreed leaves, the partials' row digests against
// the partial leaves the game opened, the outputs' chunk digests against
// the sides' output leaves. It checks that the proof's inputs are those
// lists' entries and names the side whose entry the claimed digest is, or,
// for a rounding, the side accused. honest, the re-executed output, is not
// read: a rounding is proven against the accused side's own output.
func proveInnerRuling(call *arbitration.OperatorCall, op zkruling.Operator, in *arbitration.InnerResult, outputs map[arbitration.Party]*prooflearn.Tensor, leaves map[arbitration.Party]prooflearn.Hash, honest []int32) (*zkruling.Ruling, *SliceReport, error) {
	if in.Transposed {
		return proveTInnerRuling(call, op, in, outputs, leaves, honest)
	}
	if len(call.Inputs) != 2 || op.Op != zkruling.OpMatMul || op.M != in.M || op.K != in.K || op.N != in.N {
		return nil, nil, fmt.Errorf("%w: the inner level's %d×%d×%d product is not the ruled %s", errNotProven, in.M, in.K, in.N, call.Op)
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
	checkPartial := func(c arbitration.PartialClaim) error {
		if arbitration.PartialLeaf(call.Name, in.M, in.K, in.N, c.Index, c.Digests) != c.Leaf || len(c.Digests) != in.M {
			return fmt.Errorf("%w: partial %d's row digests do not hash to its leaf", errNotProven, c.Index)
		}
		return nil
	}
	if err := checkPartial(in.Agreed); err != nil {
		return nil, nil, err
	}
	ps, err := chunk.PartialProducts(a.I32, b.I32, in.M, in.K, in.N, in.Width)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	rep := &SliceReport{Kind: in.Kind, Slice: in.Slice, Slices: in.Slices, Width: in.Width, Row: in.Row, Chunk: in.Chunk, AChunk: -1}
	var r *zkruling.Ruling
	at := func(k int) prooflearn.Hash { return prooflearn.Hash(r.Digests[k].Bytes()) }
	switch in.Kind {
	case arbitration.InnerSlice:
		for _, p := range []arbitration.Party{arbitration.PartySolver, arbitration.PartyChallenger} {
			if err := checkPartial(in.Claims[p]); err != nil {
				return nil, nil, err
			}
		}
		if r, err = zkruling.ProveSlice(op, in.Slice, in.Row, a.I32, b.I32, ps[in.Slice-1], ps[in.Slice]); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
		}
		rep.AChunk, rep.Rows = r.Slice.AChunk, 1
		switch {
		case at(0) != claims[0].Digests[r.Slice.AChunk]:
			return nil, nil, fmt.Errorf("%w: the proof's A digest is not %q's chunk %d", errNotProven, a.Name, r.Slice.AChunk)
		case at(1) != claims[1].Digests[in.Slice-1]:
			return nil, nil, fmt.Errorf("%w: the proof's B digest is not %q's chunk %d", errNotProven, b.Name, in.Slice-1)
		case at(2) != in.Agreed.Digests[in.Row]:
			return nil, nil, fmt.Errorf("%w: the proof's previous row is not the agreed partial's row %d", errNotProven, in.Row)
		}
		rep.LeafCheck = "2 operand chunk-digest lists and 3 partial row-digest lists hash to their leaves"
		rep.ProvenFor = provenFor(in.Claims, in.Row, at(3))
	case arbitration.InnerRound:
		sol, chal, err := checkOutputs(call.Name, outputs, leaves)
		if err != nil {
			return nil, nil, err
		}
		accused := in.Accused
		lists := map[arbitration.Party]*arbitration.ChunkClaim{arbitration.PartySolver: sol, arbitration.PartyChallenger: chal}
		if lists[accused] == nil || in.Row*in.N/chunk.Size != in.Chunk {
			return nil, nil, fmt.Errorf("%w: a rounding ruling accusing %q at row %d of chunk %d", errNotProven, accused, in.Row, in.Chunk)
		}
		// The accusation, proven on the honest last partial: it fails
		// unless the accused output's row is not its rounding.
		if r, err = zkruling.ProveRound(op, in.Row, ps[in.Slices], outputs[accused].I32); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", errNotProven, err)
		}
		rep.Rows = r.Slice.Rows
		switch {
		case at(0) != in.Agreed.Digests[in.Row]:
			return nil, nil, fmt.Errorf("%w: the proof's row %d is not the agreed last partial's", errNotProven, in.Row)
		case at(1) != lists[accused].Digests[in.Chunk]:
			return nil, nil, fmt.Errorf("%w: the proof's chunk is not %s's chunk %d", errNotProven, accused, in.Chunk)
		}
		rep.LeafCheck = "the last partial's row-digest list and 2 output chunk-digest lists hash to their leaves"
		rep.Against, rep.ProvenFor = accused, accused.Other()
	default:
		return nil, nil, fmt.Errorf("%w: inner ruling of kind %q", errNotProven, in.Kind)
	}
	if rep.ProvenFor == "" {
		return nil, nil, fmt.Errorf("%w: neither side's committed digest is the honest one", errNotProven)
	}
	rep.PublicInputs = len(r.Digests)
	return r, rep, nil
}
