package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// Phases of a DisputeGame's inner level (after PhaseOver in its enum).
const (
	PhasePartials uint8 = PhaseOver + 1 + iota
	PhasePartial
	PhaseInner
)

// ErrNoInnerLevel is a disputed operator that is not a plain fixed-mode
// product whose inner dimension the game bisects (chunk.Slices).
var ErrNoInnerLevel = errors.New("chain: the operator has no inner level")

// Product is the shape of a fixed-mode product A·B (m×k by k×n) that the
// inner level bisects, with its name, operands' nodes and slicing.
type Product struct {
	Name          string
	M, K, N       int
	Width, Slices int
	Inputs        []uint32 // A's node, B's node
	InputNames    []string
}

// ProductOf is node j of a fixed-mode step graph as the inner level plays
// it, or ErrNoInnerLevel.
func ProductOf(nodes []train.Node, j int) (*Product, error) {
	if j < 0 || j >= len(nodes) {
		return nil, fmt.Errorf("%w: node %d of %d", prooflearn.ErrOutOfRange, j, len(nodes))
	}
	n := nodes[j]
	if n.Op != train.OpFixedMatMul || len(n.Attr) != 2 || n.Attr[0] != 0 || n.Attr[1] != 0 || len(n.Inputs) != 2 || len(n.Shape) != 2 {
		return nil, fmt.Errorf("%w: node %d (%s %q)", ErrNoInnerLevel, j, n.Op, n.Name)
	}
	a := nodes[n.Inputs[0]].Shape
	if len(a) != 2 || a[0] != n.Shape[0] {
		return nil, fmt.Errorf("%w: node %d (%s %q)", ErrNoInnerLevel, j, n.Op, n.Name)
	}
	p := &Product{Name: n.Name, M: n.Shape[0], K: a[1], N: n.Shape[1], Inputs: []uint32{uint32(n.Inputs[0]), uint32(n.Inputs[1])},
		InputNames: []string{nodes[n.Inputs[0]].Name, nodes[n.Inputs[1]].Name}}
	var ok bool
	if p.Width, p.Slices, ok = chunk.Slices(p.M, p.K, p.N); !ok {
		return nil, fmt.Errorf("%w: node %d (%s, %d×%d×%d)", ErrNoInnerLevel, j, n.Name, p.M, p.K, p.N)
	}
	return p, nil
}

// Operator is the product as zkruling proves its slices and rounding.
func (p *Product) Operator() zkruling.Operator {
	return zkruling.Operator{Op: zkruling.OpMatMul, M: p.M, K: p.K, N: p.N}
}

// Partial is partial P_index of the product with the given row digests, as
// the contracts take it.
func (p *Product) Partial(index int, digests []prooflearn.Hash) bindings.IInnerRulingPartial {
	out := bindings.IInnerRulingPartial{Name: []byte(p.Name), M: uint32(p.M), K: uint32(p.K), N: uint32(p.N), Index: uint32(index),
		Leaf: arbitration.PartialLeaf(p.Name, p.M, p.K, p.N, index, digests)}
	for _, d := range digests {
		out.Digests = append(out.Digests, d)
	}
	return out
}

// ZeroLeaf is the leaf of the zero partial P_0, which the registry pins.
func (p *Product) ZeroLeaf() ([32]byte, error) {
	ds, err := arbitration.PartialRowDigests(p.M, p.K, p.N, 0, make([]int64, p.M*p.N))
	if err != nil {
		return [32]byte{}, err
	}
	return arbitration.PartialLeaf(p.Name, p.M, p.K, p.N, 0, ds), nil
}

// SliceSetupDir is where, in the store every party shares, the registrar
// publishes the setups of the slice and rounding circuits
// (zkruling.WriteSliceSetup) it registered for product node of the task's
// step graph key graph (StepGraphKey).
func SliceSetupDir(store string, graph [32]byte, node uint32) string {
	return ChunkSetupDir(store, graph, node) + "-slice"
}

// RegisterSliceSetup is the registrar's step for product j of the step
// graph nodes of the task whose hash is task (the registry's key is
// StepGraphKey): it runs the Groth16 setups of the product's slice and
// rounding circuits, publishes their constraint systems and keys under
// SliceSetupDir (written aside and renamed in), deploys the two verifiers
// the verifying keys derive and registers them, with the operands' nodes,
// the slice count and the zero partial's leaf, as the product's inner level
// (opts must be the registrar's). The challenger proves with the published
// keys (LoadSliceSetup). It returns the registry entry and the setups'
// time.
func RegisterSliceSetup(opts *bind.TransactOpts, backend bind.ContractBackend, g *bindings.DisputeGame, task prooflearn.Hash, nodes []train.Node, j int, store string,
	send func(name string) func(*types.Transaction, error) (*types.Receipt, error)) (*bindings.DisputeGameSliceCircuit, time.Duration, error) {
	p, err := ProductOf(nodes, j)
	if err != nil {
		return nil, 0, err
	}
	c := &bindings.DisputeGameSliceCircuit{Inputs: p.Inputs, Slices: uint32(p.Slices)}
	if c.Zero, err = p.ZeroLeaf(); err != nil {
		return nil, 0, err
	}
	graph := StepGraphKey(task, nodes)
	var slice, round []byte
	var setup time.Duration
	if err := publishSetup(SliceSetupDir(store, graph, uint32(j)), func(tmp string) (time.Duration, error) {
		slice, round, setup, err = zkruling.WriteSliceSetup(tmp, p.Operator())
		return setup, err
	}); err != nil {
		return nil, 0, err
	}
	for _, v := range []struct {
		name string
		src  []byte
		addr *common.Address
	}{{"slice", slice, &c.Slice}, {"round", round, &c.Round}} {
		addr, tx, err := DeployVerifierSource(opts, backend, v.src)
		if _, err := send("deploy "+v.name+" verifier")(tx, err); err != nil {
			return nil, 0, err
		}
		*v.addr = addr
	}
	if _, err := send("DisputeGame.registerSliceCircuit")(g.RegisterSliceCircuit(opts, graph, uint32(j), *c)); err != nil {
		return nil, 0, err
	}
	return c, setup, nil
}

// LoadSliceSetup is the challenger's check of the registrar's published
// setup for product node of the step graph nodes of task (its hash), before
// it proves: the registry must hold the product's inner level with the
// product's operands, slice count and zero partial, and the verifiers both
// published verifying keys derive must be the registered slice and rounding
// verifiers' code byte for byte. Then the keys are this process's for the
// two circuits (zkruling.LoadSliceSetup) and ProveSliceRuling and
// ProveRoundRuling prove with them. It returns the registry entry.
// ErrNotRegistered: nothing to check yet; ErrSetupMismatch: the published
// setup, or the registry's entry, is not the product's.
func LoadSliceSetup(ctx context.Context, backend bind.ContractBackend, g *bindings.DisputeGame, task prooflearn.Hash, nodes []train.Node, node uint32, store string) (*bindings.DisputeGameSliceCircuit, error) {
	p, err := ProductOf(nodes, int(node))
	if err != nil {
		return nil, err
	}
	graph := StepGraphKey(task, nodes)
	c, err := g.SliceCircuitOf(&bind.CallOpts{Context: ctx}, graph, node)
	if err != nil {
		return nil, err
	}
	dir := SliceSetupDir(store, graph, node)
	if c.Slice == (common.Address{}) {
		return nil, ErrNotRegistered
	}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotRegistered
	}
	zero, err := p.ZeroLeaf()
	if err != nil {
		return nil, err
	}
	if !slices.Equal(c.Inputs, p.Inputs) || int(c.Slices) != p.Slices || c.Zero != zero {
		return nil, fmt.Errorf("%w: the registry's inner level of product %d has operands %v, %d slices and zero leaf %x; the product's are %v, %d and %x",
			ErrSetupMismatch, node, c.Inputs, c.Slices, c.Zero, p.Inputs, p.Slices, zero)
	}
	slice, round, err := zkruling.LoadSliceSetup(dir, p.Operator())
	if err != nil {
		if errors.Is(err, zkruling.ErrSetupMismatch) {
			return nil, fmt.Errorf("%w: %v", ErrSetupMismatch, err)
		}
		return nil, err
	}
	if err := derivesCode(ctx, backend, slice, c.Slice, fmt.Sprintf("product %d's slice circuit", node)); err != nil {
		return nil, err
	}
	if err := derivesCode(ctx, backend, round, c.Round, fmt.Sprintf("product %d's rounding circuit", node)); err != nil {
		return nil, err
	}
	return &c, nil
}

// InnerEnd is where a game's inner level ended, as the challenger reads it
// from the chain: the product, the slice interval (lo = hi = J when the
// sides agree on P_J), and the solver's partial at hi as it opened it.
type InnerEnd struct {
	Step, Node int
	Product    *Product
	Lo, Hi     int
	Round      bool
	// SolverDigests are the row digests of the solver's P_hi (nil when
	// Round).
	SolverDigests []prooflearn.Hash
}

// InnerRuling is a challenger's proof on the inner level: the arguments of
// proveSliceWrong (Slice) or of proveRoundWrong (the rest), with the
// zkruling proof it carries.
type InnerRuling struct {
	Slice *bindings.DisputeGameSliceCase

	Last   bindings.IInnerRulingPartial
	Output bindings.IChunkRulingTensor
	Row    *big.Int
	Proof  []byte

	Ruling *zkruling.Ruling
}

// InnerProver is a challenger's proof once the inner level has ended (nil:
// it has none, and its clock runs out).
type InnerProver func(ctx context.Context, e *InnerEnd) (*InnerRuling, error)

// InnerLevel makes a side play the inner level of a product the game pins:
// the challenger opens it when the registry holds the product's circuits.
type InnerLevel struct {
	// Prove is the challenger's proof (nil: ProveSlice with the side's
	// player, which proves the slice ruling only).
	Prove InnerProver
	// Ready, when set, is asked at the Ruling phase on a product with an
	// inner level before the side looks at the registry. It may block: a
	// round whose move sends nothing is over for the side, so the wait for
	// a registrar happens inside the move. true: the side opens the inner
	// level (when the registry holds it); false: the ruling is left to
	// another (the arbiter), and the other rulings apply.
	Ready func(ctx context.Context, step, node int) (bool, error)
}

// innerPlayer is the side's player as an inner-level player.
func (s *Side) innerPlayer() (arbitration.InnerPlayer, error) {
	ip, ok := s.Player.(arbitration.InnerPlayer)
	if !ok {
		return nil, fmt.Errorf("chain: the %s's player does not play the inner level", sideName(s.Side))
	}
	return ip, nil
}

// enterInner is the challenger's openInner on a product whose inner level
// is registered; ok false: none is, and the other rulings apply.
func (s *Side) enterInner(ctx context.Context, p Party, node int) (sendFunc, bool, error) {
	nodes, err := train.StepNodes(s.Task, s.step)
	if err != nil {
		return nil, false, err
	}
	if _, err := ProductOf(nodes, node); err != nil {
		return nil, false, nil
	}
	if s.Inner.Ready != nil {
		if ok, err := s.Inner.Ready(ctx, s.step, node); err != nil || !ok {
			return nil, false, err
		}
	}
	c, err := s.Game.SliceCircuitOf(p.Call(), StepGraphKey(s.Task.Hash(), nodes), uint32(node))
	if err != nil || c.Slice == (common.Address{}) {
		return nil, false, err
	}
	g, id := s.Game, s.ID
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return g.OpenInner(o, id) }, true, nil
}

// innerMove is the side's answer in an inner-level phase for product node.
func (s *Side) innerMove(ctx context.Context, p Party, ph uint8, node int) (string, *big.Int, sendFunc, error) {
	g, id := s.Game, s.ID
	nodes, err := train.StepNodes(s.Task, s.step)
	if err != nil {
		return "", nil, nil, err
	}
	prod, err := ProductOf(nodes, node)
	if err != nil {
		return "", nil, nil, err
	}
	ip, err := s.innerPlayer()
	if err != nil {
		return "", nil, nil, err
	}
	switch ph {
	case PhasePartials:
		m, err := ip.CommitPartials(ctx, arbitration.PartialsQuery{})
		if err != nil {
			return "commitPartials", nil, nil, err
		}
		last := prod.Partial(int(m.Last.Index), m.Last.Digests)
		return "commitPartials", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.CommitPartials(o, id, m.Root, hashes(m.First.Path), last, hashes(m.Last.Path))
		}, nil
	case PhasePartial:
		st, err := g.InnerStatus(p.Call(), id)
		if err != nil {
			return "openPartial", nil, nil, err
		}
		mid := int(st.Lo) + (int(st.Hi)-int(st.Lo))/2
		m, err := ip.OpenPartial(ctx, arbitration.PartialQuery{Index: mid})
		if err != nil {
			return "openPartial", nil, nil, err
		}
		part := prod.Partial(int(m.Index), m.Digests)
		return "openPartial", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.OpenPartial(o, id, part, hashes(m.Path))
		}, nil
	case PhaseInner:
		e, err := ReadInnerEnd(p.Call(), g, id, s.step, node, prod)
		if err != nil {
			return "", nil, nil, err
		}
		prove := s.ProveSlice
		if s.Inner != nil && s.Inner.Prove != nil {
			prove = s.Inner.Prove
		}
		r, err := prove(ctx, e)
		if err != nil || r == nil {
			return "", nil, nil, err
		}
		if r.Slice != nil {
			return "proveSliceWrong", nil, func(o *bind.TransactOpts) (*types.Transaction, error) { return g.ProveSliceWrong(o, id, *r.Slice) }, nil
		}
		return "proveRoundWrong", nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.ProveRoundWrong(o, id, r.Last, r.Output, r.Row, r.Proof)
		}, nil
	}
	return "", nil, nil, errors.New("chain: no move in this phase")
}

// ReadInnerEnd reads where game id's inner level on product node ended:
// its interval and the solver's P_hi digests, from the solver's last
// PartialOpened event at hi.
func ReadInnerEnd(opts *bind.CallOpts, g *bindings.DisputeGame, id *big.Int, step, node int, prod *Product) (*InnerEnd, error) {
	st, err := g.InnerStatus(opts, id)
	if err != nil {
		return nil, err
	}
	e := &InnerEnd{Step: step, Node: node, Product: prod, Lo: int(st.Lo), Hi: int(st.Hi), Round: st.Round}
	if e.Round {
		return e, nil
	}
	it, err := g.FilterPartialOpened(&bind.FilterOpts{Context: opts.Context}, []*big.Int{id})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		if ev := it.Event; ev.Side == SideSolver && int(ev.Index) == e.Hi {
			e.SolverDigests = e.SolverDigests[:0]
			for _, d := range ev.Digests {
				e.SolverDigests = append(e.SolverDigests, d)
			}
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	if len(e.SolverDigests) != prod.M {
		return nil, fmt.Errorf("chain: game %v: the solver's partial %d was not opened with %d rows", id, e.Hi, prod.M)
	}
	return e, nil
}

// ProveSlice is the challenger's slice ruling with its own player: the
// first row of P_hi at which the solver's digests differ from its own,
// proven from its own P_lo (the agreed one) and the operands it revealed
// (agreed, opened against the agreed prefix). It proves nothing when the
// sides agree on P_J (the rounding is disputed) or when its own row is not
// the slice's sum (ProveSlice fails).
func (s *Side) ProveSlice(ctx context.Context, e *InnerEnd) (*InnerRuling, error) {
	if e.Round {
		return nil, nil
	}
	ip, err := s.innerPlayer()
	if err != nil {
		return nil, err
	}
	return ProveSliceRuling(ctx, s.Player, ip, e)
}

// ProveSliceRuling is ProveSlice with a challenger's player and its inner
// player (the same ReplayPlayer, usually).
func ProveSliceRuling(ctx context.Context, pl arbitration.Player, ip arbitration.InnerPlayer, e *InnerEnd) (*InnerRuling, error) {
	prod := e.Product
	rv, err := pl.Reveal(ctx, arbitration.RevealQuery{Node: e.Node})
	if err != nil {
		return nil, err
	}
	c := &bindings.DisputeGameSliceCase{}
	var vals [2][]int32
	for k, node := range prod.Inputs {
		i := slices.IndexFunc(rv.Inputs, func(in arbitration.InputOpening) bool { return in.Node == node })
		if i < 0 {
			return nil, fmt.Errorf("%w: the reveal of node %d has no input from node %d", prooflearn.ErrMalformed, e.Node, node)
		}
		in := rv.Inputs[i]
		cl, err := arbitration.NewChunkClaim(prod.InputNames[k], &in.Tensor)
		if err != nil {
			return nil, err
		}
		if k == 0 {
			c.A, c.APath = ChunkTensor(cl), hashes(in.Path)
		} else {
			c.B, c.BPath = ChunkTensor(cl), hashes(in.Path)
		}
		vals[k] = in.Tensor.I32
	}
	rows := func(t int) ([]int64, []prooflearn.Hash, error) {
		o, err := ip.OpenPartial(ctx, arbitration.PartialQuery{Index: t})
		if err != nil {
			return nil, nil, err
		}
		r, err := ip.OpenRows(ctx, arbitration.RowsQuery{Index: t, Row: 0, Count: prod.M})
		if err != nil {
			return nil, nil, err
		}
		return r.Values, o.Digests, nil
	}
	prev, prevDigests, err := rows(e.Lo)
	if err != nil {
		return nil, err
	}
	next, nextDigests, err := rows(e.Hi)
	if err != nil {
		return nil, err
	}
	row := 0
	for row < prod.M && nextDigests[row] == e.SolverDigests[row] {
		row++
	}
	if row == prod.M {
		return nil, fmt.Errorf("chain: the solver's partial %d is the challenger's", e.Hi)
	}
	r, err := zkruling.ProveSlice(prod.Operator(), e.Hi, row, vals[0], vals[1], prev, next)
	if err != nil {
		return nil, err
	}
	c.Prev, c.Next, c.SolverNext = prod.Partial(e.Lo, prevDigests), prod.Partial(e.Hi, nextDigests), prod.Partial(e.Hi, e.SolverDigests)
	c.Row, c.Proof = big.NewInt(int64(row)), r.SolidityProof()
	return &InnerRuling{Slice: c, Ruling: r}, nil
}

// ProveRoundRuling is the challenger's rounding ruling when the sides agree
// on P_J (e.Round): last is P_J's values (its own, the agreed ones) and
// solverOut the solver's revealed output of the product (from the solver's
// published bundle, as ReplayChunkCase reads it). It accuses the first row
// of the first output chunk at which the solver's output is not the
// rounding of P_J; it fails with zkruling.ErrRoundingHolds when there is
// none.
func ProveRoundRuling(e *InnerEnd, last []int64, solverOut *prooflearn.Tensor) (*InnerRuling, error) {
	prod := e.Product
	if !e.Round {
		return nil, fmt.Errorf("chain: the sides dispute the partials, not the rounding")
	}
	if len(last) != prod.M*prod.N || len(solverOut.I32) != prod.M*prod.N {
		return nil, fmt.Errorf("%w: rounding of a %d×%d product with %d and %d values", prooflearn.ErrMalformed, prod.M, prod.N, len(last), len(solverOut.I32))
	}
	digests, err := arbitration.PartialRowDigests(prod.M, prod.K, prod.N, prod.Slices, last)
	if err != nil {
		return nil, err
	}
	row := 0
	for row < prod.M-1 && rowRounds(last, solverOut.I32, row, prod.N) {
		row++
	}
	r, err := zkruling.ProveRound(prod.Operator(), row, last, solverOut.I32)
	if err != nil {
		return nil, err
	}
	cl, err := arbitration.NewChunkClaim(prod.Name, solverOut)
	if err != nil {
		return nil, err
	}
	return &InnerRuling{Last: prod.Partial(prod.Slices, digests), Output: ChunkTensor(cl), Row: big.NewInt(int64(row)), Proof: r.SolidityProof(), Ruling: r}, nil
}

// rowRounds is whether row r of out is the rounding of row r of last.
func rowRounds(last []int64, out []int32, r, n int) bool {
	for j := r * n; j < (r+1)*n; j++ {
		if int64(out[j]) != fixed.Round(last[j], fixed.Frac) {
			return false
		}
	}
	return true
}
