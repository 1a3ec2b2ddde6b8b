package chain

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
)

// TestProductOf: tiny-fixed's first-layer product is bisected over 49
// slices of 16 columns; operators that are not plain products have no
// inner level.
func TestProductOf(t *testing.T) {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	nodes, err := train.StepNodes(task, 0)
	require.NoError(t, err)
	found := false
	for j, n := range nodes {
		p, err := ProductOf(nodes, j)
		if n.Op != train.OpFixedMatMul {
			require.ErrorIs(t, err, ErrNoInnerLevel, "%s %s", n.Op, n.Name)
			continue
		}
		if n.Name != "layer0.xw" {
			continue
		}
		require.NoError(t, err)
		found = true
		assert.Equal(t, [5]int{32, 784, 32, 16, 49}, [5]int{p.M, p.K, p.N, p.Width, p.Slices})
		assert.Equal(t, []uint32{uint32(n.Inputs[0]), uint32(n.Inputs[1])}, p.Inputs)
		zero, err := p.ZeroLeaf()
		require.NoError(t, err)
		ds, err := arbitration.PartialRowDigests(p.M, p.K, p.N, 0, make([]int64, p.M*p.N))
		require.NoError(t, err)
		assert.Equal(t, zero, p.Partial(0, ds).Leaf)
		assert.NotEqual(t, zero, p.Partial(1, ds).Leaf, "the index is in the leaf")
	}
	require.True(t, found)
	_, err = ProductOf(nodes, len(nodes))
	require.ErrorIs(t, err, prooflearn.ErrOutOfRange)
}

// innerGame is a standalone game on tiny-fixed's first 20 steps between
// two in-process players, played one answer at a time.
type innerGame struct {
	e        *gameEnv
	task     *prooflearn.Task
	id       *big.Int
	sides    [2]*Side
	parties  [2]simParty
	players  [2]*arbitration.ReplayPlayer
	registry *bindings.DisputeGameSliceCircuit
}

// newInnerGame opens the game with the solver's and the challenger's
// players and registers the first-layer product's inner level.
func newInnerGame(t *testing.T, solver, challenger func(c *arbitration.Case, data train.Dataset, batches [][]int) *arbitration.ReplayPlayer) *innerGame {
	task := testbundle.ShippedTask(t, "tiny-fixed")
	data := testbundle.Data(t).Train
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := task.DataOrder()
	require.NoError(t, err)
	batches := make([][]int, task.CheckpointInterval)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	c := &arbitration.Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
	ig := &innerGame{e: newGameEnv(t), task: task}
	ig.players = [2]*arbitration.ReplayPlayer{solver(c, data, batches), challenger(c, data, batches)}
	for i, side := range []arbitration.Party{arbitration.PartySolver, arbitration.PartyChallenger} {
		m, err := ig.players[i].CommitSteps(t.Context(), arbitration.StepsQuery{})
		require.NoError(t, err)
		c.Claims[side] = m.Last.Leaf
	}
	nodes, err := train.StepNodes(task, 0)
	require.NoError(t, err)
	e := ig.e
	spec := CaseSpec(c, nodes)
	tx, err := e.game.Create(e.sim.Opts(gameChallenger, gameBond), e.sim.Address(gameSolver), spec.Task, spec.FromStep, spec.Steps, spec.Start, spec.SolverClaim, spec.ChallengerClaim, spec.Nodes, spec.Writers)
	e.send("create")(tx, err)
	ig.id, err = e.game.GameCount(e.sim.Call())
	require.NoError(t, err)
	j := slices.IndexFunc(nodes, func(n train.Node) bool { return n.Name == "layer0.xw" })
	store := t.TempDir()
	ig.registry, _, err = RegisterSliceSetup(e.sim.Opts(deployerAcct, nil), e.sim.Contracts, e.game, task.Hash(), nodes, j, store,
		func(name string) func(*types.Transaction, error) (*types.Receipt, error) {
			return func(tx *types.Transaction, err error) (*types.Receipt, error) { return e.sim.Send(name, tx, err) }
		})
	require.NoError(t, err)
	// The challenger proves with the registrar's published keys, once they
	// derive the registered verifiers.
	loaded, err := LoadSliceSetup(t.Context(), e.sim.Contracts, e.game, task.Hash(), nodes, uint32(j), store)
	require.NoError(t, err)
	require.Equal(t, ig.registry, loaded)
	for i, acct := range []int{gameSolver, gameChallenger} {
		ig.parties[i] = simParty{e.sim, acct, time.Second}
		ig.sides[i] = &Side{Game: e.game, ID: ig.id, Side: uint8(i), Player: ig.players[i], Task: task, Inner: &InnerLevel{}, Logf: t.Logf}
	}
	ig.sides[SideSolver].Bond = gameBond
	return ig
}

// refused checks that a transaction reverts with the named error, or
// BadAnswer's reason (any revert for "").
func (ig *innerGame) refused(t *testing.T) func(want string) func(*types.Transaction, error) {
	return func(want string) func(*types.Transaction, error) {
		return func(tx *types.Transaction, err error) {
			t.Helper()
			_, err = ig.e.sim.Send("refused", tx, err)
			require.Error(t, err, want)
			if want != "" {
				why := RevertError(err, GameABI())
				if why == "BadAnswer" {
					why = badAnswer(t, err)
				}
				require.Equal(t, want, why)
			}
		}
	}
}

// play answers each round, solver first, until the game is over; before
// each answer of a side, check (when set) may try refused moves.
// It returns whether the game is over and its winner.
func (ig *innerGame) play(t *testing.T, check func(phase uint8, side int)) (bool, uint8) {
	for range 200 {
		st, err := ig.e.game.Status(ig.e.sim.Call(), ig.id)
		require.NoError(t, err)
		if st.Phase == PhaseOver {
			return true, st.Winner
		}
		moved := false
		for i, s := range ig.sides {
			if (st.Phase == PhaseRuling || st.Phase == PhaseInner) && i == int(SideSolver) {
				continue
			}
			if check != nil {
				check(st.Phase, i)
			}
			now, err := ig.e.game.Status(ig.e.sim.Call(), ig.id)
			require.NoError(t, err)
			if now.Phase != st.Phase || now.Rounds != st.Rounds {
				break // the check ended the round (or the game)
			}
			before := s.answers
			err = s.answer(t.Context(), ig.parties[i], st.Phase, int(st.Lo), int(st.Hi))
			require.NoError(t, err, "revert %s", RevertError(err, GameABI()))
			moved = moved || s.answers > before
		}
		if !moved {
			return false, 0 // nobody had a move: the side on move has no proof
		}
	}
	t.Fatal("the game did not end")
	return false, 0
}

// at is the value of h = x·W1 (32×32) that the forgers move: row 5.
const at = 5*32 + 7

// xwForger is a player that computes h = x·W1 wrongly at step 3 (value
// at, moved by one unit) and hides it from later nodes but for a wrong
// first-layer weight gradient, so that its state differs and the first
// operator the sides dispute is the product. Its partials round to its
// output (the lie shows in the last slice) unless opts edit them.
func xwForger(t *testing.T, opts ...arbitration.PlayerOption) func(*arbitration.Case, train.Dataset, [][]int) *arbitration.ReplayPlayer {
	return func(c *arbitration.Case, data train.Dataset, batches [][]int) *arbitration.ReplayPlayer {
		p, err := arbitration.NewReplayPlayer(c, data, batches, append([]arbitration.PlayerOption{
			arbitration.WithOutputEdit(3, "layer0.xw", func(x *prooflearn.Tensor) { x.I32[at] += fixed.One }),
			arbitration.WithOutputEdit(3, "d.layer0.w", func(x *prooflearn.Tensor) { x.I32[0] += fixed.One / 4 })}, opts...)...)
		require.NoError(t, err)
		return p
	}
}

func honestPlayer(t *testing.T) func(*arbitration.Case, train.Dataset, [][]int) *arbitration.ReplayPlayer {
	return func(c *arbitration.Case, data train.Dataset, batches [][]int) *arbitration.ReplayPlayer {
		p, err := arbitration.NewReplayPlayer(c, data, batches)
		require.NoError(t, err)
		return p
	}
}

// TestInnerLevelDecidesGame: a consistent forger that lies in the first
// layer's product x·W1 (one value of one row, with partials that round to
// its output, so the lie shows in the last slice) is pinned on chain to
// that product, to the last slice and to the lied row, and loses by the
// slice proof, checked by DisputeGame through RulingVerifierZK and the
// registered slice verifier. Refused on the way: commitments whose last
// partial is of the wrong index, whose digests are not its leaf, whose
// partial does not open or whose first is not the zero partial; an opening
// of the wrong partial or with the wrong path; and, at the ruling, a
// stranger, the rounding accusation (the sides dispute the partials), a
// previous partial of the wrong index, the challenger's partial presented
// as the solver's, operands out of order, a true proof of another row
// presented for the disputed one, and one for its own row, where the
// sides agree.
func TestInnerLevelDecidesGame(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up the slice and rounding circuits (~2–4 min)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	ig := newInnerGame(t, xwForger(t), honestPlayer(t))
	e, g, id := ig.e, ig.e.game, ig.id
	refused := ig.refused(t)
	var prod *Product
	var ruling *InnerRuling
	solverOpts := e.sim.Opts(gameSolver, nil)
	check := func(phase uint8, side int) {
		if side != int(SideSolver) || prod == nil && phase != PhasePartials {
			return
		}
		sp := ig.players[SideSolver]
		switch phase {
		case PhasePartials:
			nodes, err := train.StepNodes(ig.task, ig.sides[SideSolver].step)
			require.NoError(t, err)
			st, err := g.Status(e.sim.Call(), id)
			require.NoError(t, err)
			prod, err = ProductOf(nodes, int(st.Lo))
			require.NoError(t, err, "the game pins a product")
			require.Equal(t, "layer0.xw", prod.Name)
			m, err := sp.CommitPartials(t.Context(), arbitration.PartialsQuery{})
			require.NoError(t, err)
			prevLast, err := sp.OpenPartial(t.Context(), arbitration.PartialQuery{Index: prod.Slices - 1})
			require.NoError(t, err)
			last := prod.Partial(prod.Slices, m.Last.Digests)
			refused("not the partial asked for")(g.CommitPartials(solverOpts, id, m.Root, hashes(m.First.Path), prod.Partial(prod.Slices-1, prevLast.Digests), hashes(prevLast.Path)))
			ds := slices.Clone(m.Last.Digests)
			ds[0][0] ^= 1
			bad := prod.Partial(prod.Slices, ds) // a leaf of its own, not in the tree
			withLeaf := bad
			withLeaf.Leaf = last.Leaf
			refused("digests are not the partial's leaf")(g.CommitPartials(solverOpts, id, m.Root, hashes(m.First.Path), withLeaf, hashes(m.Last.Path)))
			refused("partial does not open")(g.CommitPartials(solverOpts, id, m.Root, hashes(m.First.Path), bad, hashes(m.Last.Path)))
			refused("partial 0 is not the zero partial")(g.CommitPartials(solverOpts, id, m.Root, hashes(m.Last.Path), last, hashes(m.Last.Path)))
		case PhasePartial:
			st, err := g.InnerStatus(e.sim.Call(), id)
			require.NoError(t, err)
			mid := int(st.Lo) + (int(st.Hi)-int(st.Lo))/2
			o, err := sp.OpenPartial(t.Context(), arbitration.PartialQuery{Index: mid + 1})
			require.NoError(t, err)
			refused("not the partial asked for")(g.OpenPartial(solverOpts, id, prod.Partial(mid+1, o.Digests), hashes(o.Path)))
			right, err := sp.OpenPartial(t.Context(), arbitration.PartialQuery{Index: mid})
			require.NoError(t, err)
			refused("partial does not open")(g.OpenPartial(solverOpts, id, prod.Partial(mid, right.Digests), hashes(o.Path)))
		}
	}
	ig.sides[SideChallenger].Inner.Prove = func(ctx context.Context, end *InnerEnd) (*InnerRuling, error) {
		require.False(t, end.Round, "the forger's partials round to its output: the sides dispute the partials")
		require.Equal(t, [2]int{prod.Slices - 1, prod.Slices}, [2]int{end.Lo, end.Hi}, "the lie shows in the last slice")
		cp := ig.players[SideChallenger]
		r, err := ProveSliceRuling(ctx, cp, cp, end)
		require.NoError(t, err)
		c := *r.Slice
		require.EqualValues(t, at/prod.N, c.Row.Int64(), "the lied row")
		ch := e.sim.Opts(gameChallenger, nil)
		call := func(c bindings.DisputeGameSliceCase) (*types.Transaction, error) { return g.ProveSliceWrong(ch, id, c) }
		refused("NotAPlayer")(g.ProveSliceWrong(e.sim.Opts(gameOther, nil), id, c))
		refused("the sides dispute the partials")(g.ProveRoundWrong(ch, id, c.Next, c.A, c.Row, c.Proof))
		bad := c
		older, err := cp.OpenPartial(ctx, arbitration.PartialQuery{Index: end.Lo - 1})
		require.NoError(t, err)
		bad.Prev = prod.Partial(end.Lo-1, older.Digests)
		refused("not the agreed partial")(call(bad))
		bad = c
		bad.SolverNext = c.Next
		refused("not the solver's partial")(call(bad))
		bad = c
		bad.A, bad.APath, bad.B, bad.BPath = c.B, c.BPath, c.A, c.APath
		refused("input is not its node's agreed output")(call(bad))
		// A true proof of another row, where the sides agree.
		other := int(c.Row.Int64()) + 1
		require.Equal(t, c.Next.Digests[other], c.SolverNext.Digests[other])
		rows, err := cp.OpenRows(ctx, arbitration.RowsQuery{Index: end.Lo, Row: 0, Count: prod.M})
		require.NoError(t, err)
		nextRows, err := cp.OpenRows(ctx, arbitration.RowsQuery{Index: end.Hi, Row: 0, Count: prod.M})
		require.NoError(t, err)
		rv, err := cp.Reveal(ctx, arbitration.RevealQuery{Node: end.Node})
		require.NoError(t, err)
		var a, b []int32
		for _, in := range rv.Inputs {
			switch in.Node {
			case prod.Inputs[0]:
				a = in.Tensor.I32
			case prod.Inputs[1]:
				b = in.Tensor.I32
			}
		}
		zr, err := zkruling.ProveSlice(prod.Operator(), end.Hi, other, a, b, rows.Values, nextRows.Values)
		require.NoError(t, err)
		bad = c
		bad.Proof = zr.SolidityProof()
		refused("")(call(bad)) // presented for the disputed row
		bad.Row = big.NewInt(int64(other))
		refused("the solver's row is the proven one")(call(bad))
		ruling = r
		return r, nil
	}
	over, winner := ig.play(t, check)
	require.True(t, over)
	assert.Equal(t, SideChallenger, winner)
	st, err := g.Status(e.sim.Call(), id)
	require.NoError(t, err)
	out, err := g.Outcome(e.sim.Call(), id)
	require.NoError(t, err)
	require.False(t, out.TimedOut, "won by the proof, not the clock")
	require.NotNil(t, ruling)
	nodes, err := train.StepNodes(ig.task, ig.sides[SideSolver].step)
	require.NoError(t, err)
	assert.EqualValues(t, slices.IndexFunc(nodes, func(n train.Node) bool { return n.Name == "layer0.xw" }), st.Lo)
	rep := ruling.Ruling.Report
	t.Logf("slice %d of %d, row %v: %d constraints, proof %d bytes, prove %v\n%s", prod.Slices, prod.Slices, ruling.Slice.Row,
		rep.Constraints, rep.ProofBytes, rep.ProveTime, e.sim.Gas.Table())
}

// TestDisputeGameCodeSize: with the inner level, DisputeGame's deployed
// code still fits EIP-170's limit on a contract's size.
func TestDisputeGameCodeSize(t *testing.T) {
	sim, err := NewSim(1, ether)
	require.NoError(t, err)
	defer func() { _ = sim.Close() }()
	addr, _, _, err := sim.DeployGame(0, 0, gameBond, gameClock)
	require.NoError(t, err)
	code, err := sim.Contracts.CodeAt(t.Context(), addr, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code)
	assert.LessOrEqual(t, len(code), 24576)
	t.Logf("DisputeGame: %d bytes of code", len(code))
}

// TestInnerLevelRounding: a forger that commits the true partials of
// x·W1 beside its wrong output agrees with the honest side on P_J, so the
// game goes straight to the rounding, and loses by the rounding proof
// against its output's row. Refused: the slice ruling (the sides agree on
// P_J), another partial for P_J, the challenger's own output for the
// solver's, and the proof presented for another row; the honest output
// has no accusation to prove.
func TestInnerLevelRounding(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up the slice and rounding circuits (~2–4 min)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	// The forger's partials are moved to round to its output; move the last
	// one back: its partials are the true ones.
	ig := newInnerGame(t, xwForger(t, arbitration.WithPartialEdit(func(tt int, p []int64) {
		if tt == 49 {
			p[at] -= int64(fixed.One) << fixed.Frac
		}
	})), honestPlayer(t))
	e, g, id := ig.e, ig.e.game, ig.id
	refused := ig.refused(t)
	var ruling *InnerRuling
	ig.sides[SideChallenger].Inner.Prove = func(ctx context.Context, end *InnerEnd) (*InnerRuling, error) {
		require.True(t, end.Round, "the sides agree on P_J")
		prod := end.Product
		require.Equal(t, [2]int{prod.Slices, prod.Slices}, [2]int{end.Lo, end.Hi})
		cp, sp := ig.players[SideChallenger], ig.players[SideSolver]
		rows, err := cp.OpenRows(ctx, arbitration.RowsQuery{Index: prod.Slices, Row: 0, Count: prod.M})
		require.NoError(t, err)
		// The solver's output as its published bundle gives it.
		srv, err := sp.Reveal(ctx, arbitration.RevealQuery{Node: end.Node})
		require.NoError(t, err)
		crv, err := cp.Reveal(ctx, arbitration.RevealQuery{Node: end.Node})
		require.NoError(t, err)
		_, err = ProveRoundRuling(end, rows.Values, &crv.Output)
		require.ErrorIs(t, err, zkruling.ErrRoundingHolds, "the honest output has no accusation")
		r, err := ProveRoundRuling(end, rows.Values, &srv.Output)
		require.NoError(t, err)
		require.EqualValues(t, at/prod.N, r.Row.Int64(), "the lied row")
		ch := e.sim.Opts(gameChallenger, nil)
		refused("the sides agree on the last partial")(g.ProveSliceWrong(ch, id, bindings.DisputeGameSliceCase{Row: big.NewInt(0)}))
		older, err := cp.OpenPartial(ctx, arbitration.PartialQuery{Index: prod.Slices - 1})
		require.NoError(t, err)
		refused("not the agreed partial")(g.ProveRoundWrong(ch, id, prod.Partial(prod.Slices-1, older.Digests), r.Output, r.Row, r.Proof))
		own, err := arbitration.NewChunkClaim(prod.Name, &crv.Output)
		require.NoError(t, err)
		refused("not the solver's output")(g.ProveRoundWrong(ch, id, r.Last, ChunkTensor(own), r.Row, r.Proof))
		refused("")(g.ProveRoundWrong(ch, id, r.Last, r.Output, big.NewInt(r.Row.Int64()+1), r.Proof))
		ruling = r
		return r, nil
	}
	over, winner := ig.play(t, nil)
	require.True(t, over)
	assert.Equal(t, SideChallenger, winner)
	out, err := g.Outcome(e.sim.Call(), id)
	require.NoError(t, err)
	require.False(t, out.TimedOut, "won by the proof, not the clock")
	require.NotNil(t, ruling)
	rep := ruling.Ruling.Report
	t.Logf("rounding of row %v: %d constraints, proof %d bytes, prove %v\n%s", ruling.Row, rep.Constraints, rep.ProofBytes, rep.ProveTime, e.sim.Gas.Table())
}

// TestInnerLevelHonestSolverStands: a challenger that forges x·W1 against
// an honest solver is pinned to the last slice like the forger above, but
// has no proof: its own row is not the slice's sum, and the true proof of
// that row, which anyone can make, is the solver's row; the rounding
// cannot be accused while the sides dispute the partials. Its clock runs
// out and the solver wins.
func TestInnerLevelHonestSolverStands(t *testing.T) {
	if testing.Short() {
		t.Skip("replays 20 tiny-fixed steps per side and sets up the slice and rounding circuits (~2–4 min)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	ig := newInnerGame(t, honestPlayer(t), xwForger(t))
	e, g, id := ig.e, ig.e.game, ig.id
	refused := ig.refused(t)
	tried := false
	ig.sides[SideChallenger].Inner.Prove = func(ctx context.Context, end *InnerEnd) (*InnerRuling, error) {
		require.False(t, end.Round)
		prod := end.Product
		require.Equal(t, [2]int{prod.Slices - 1, prod.Slices}, [2]int{end.Lo, end.Hi})
		cp, sp := ig.players[SideChallenger], ig.players[SideSolver]
		_, err := ProveSliceRuling(ctx, cp, cp, end)
		require.Error(t, err, "the forged row is not the slice's sum")
		// The true proof of the row, made from the solver's partials.
		r, err := ProveSliceRuling(ctx, sp, sp, &InnerEnd{Step: end.Step, Node: end.Node, Product: prod, Lo: end.Lo, Hi: end.Hi,
			SolverDigests: mustDigests(t, cp, end.Hi)})
		require.NoError(t, err)
		c := *r.Slice
		require.EqualValues(t, at/prod.N, c.Row.Int64())
		// Presented with the challenger's partial as the proven one and the
		// solver's as the solver's: the proof is not of the challenger's row.
		c.Next, c.SolverNext = r.Slice.SolverNext, r.Slice.Next
		ch := e.sim.Opts(gameChallenger, nil)
		refused("")(g.ProveSliceWrong(ch, id, c))
		// With the solver's partial as the proven one: it is not the
		// challenger's.
		refused("not the challenger's partial")(g.ProveSliceWrong(ch, id, *r.Slice))
		refused("the sides dispute the partials")(g.ProveRoundWrong(ch, id, c.Next, c.A, c.Row, c.Proof))
		tried = true
		return nil, nil
	}
	over, _ := ig.play(t, nil)
	require.False(t, over, "the challenger has no proof: the game waits on its clock")
	require.True(t, tried)
	require.NoError(t, e.sim.Advance(time.Duration(gameClock+1)*time.Second))
	e.send("claimTimeout")(g.ClaimTimeout(e.sim.Opts(gameSolver, nil), id))
	out, err := g.Outcome(e.sim.Call(), id)
	require.NoError(t, err)
	assert.True(t, out.Over)
	assert.True(t, out.TimedOut)
	assert.Equal(t, SideSolver, out.Winner)
}

// mustDigests is partial t's row digests as player p opens them.
func mustDigests(t *testing.T, p arbitration.InnerPlayer, tt int) []prooflearn.Hash {
	o, err := p.OpenPartial(t.Context(), arbitration.PartialQuery{Index: tt})
	require.NoError(t, err)
	return o.Digests
}
