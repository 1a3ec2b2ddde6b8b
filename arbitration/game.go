package arbitration

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/settlement"
)

// Party is a side of the game: prooflearn.Party, which settlement pays out
// by too.
type Party = prooflearn.Party

// The game's two sides (prooflearn.PartySolver, prooflearn.PartyChallenger).
const (
	PartySolver     = prooflearn.PartySolver
	PartyChallenger = prooflearn.PartyChallenger
)

// Case is one disputed segment: both sides agree on the checkpoint Start at
// FromStep and claim different states (Claims, as StateRoot) at ToStep.
type Case struct {
	Task     *prooflearn.Task
	Segment  int
	FromStep int
	ToStep   int
	Start    *prooflearn.Checkpoint
	Claims   map[Party]prooflearn.Hash
	// Replay: the challenger's claim is the honest replay of the segment
	// on the seed's batches, not its bundle's checkpoint (tolerant mode,
	// see CaseFromBundles and NewPlayers).
	Replay bool
	// Finding says why the segment is disputed ("" when not known).
	Finding string
}

// Validate checks that the case can be played.
func (c *Case) Validate() error {
	if c.Task == nil || c.Start == nil {
		return fmt.Errorf("%w: case without a task or a start checkpoint", prooflearn.ErrMalformed)
	}
	if c.FromStep != c.Start.Step || c.ToStep <= c.FromStep || c.ToStep > c.Task.Steps {
		return fmt.Errorf("%w: segment %d→%d from a checkpoint at step %d", prooflearn.ErrOutOfRange, c.FromStep, c.ToStep, c.Start.Step)
	}
	if err := c.Start.CheckShape(c.Task); err != nil {
		return err
	}
	if c.Claims[PartySolver] == c.Claims[PartyChallenger] {
		return fmt.Errorf("%w: both sides claim state %s at step %d", ErrNoDispute, c.Claims[PartySolver], c.ToStep)
	}
	return nil
}

// How a game ended.
const (
	// ReasonArbiter: the arbiter re-executed the disputed operator.
	ReasonArbiter = "arbiter"
	// ReasonTimeout: the loser did not answer before its deadline.
	ReasonTimeout = "timeout"
	// ReasonInvalid: the loser sent an answer that does not check out
	// (a malformed message or a Merkle opening that fails).
	ReasonInvalid = "invalid-answer"
	// ReasonForfeit: the loser's bundle does not back its own claims
	// (see ForfeitError); no game was played.
	ReasonForfeit = "forfeit"
	// ReasonBinding: the loser's operator outputs do not open against the
	// state it committed to in the first level: it switched stories.
	ReasonBinding = "binding"
)

// Result is how a game ended, with its evidence.
type Result struct {
	Winner Party  `json:"winner"`
	Loser  Party  `json:"loser"`
	Reason string `json:"reason"`
	Detail string `json:"detail"`
	// Segment, Step (global) and Node locate the disputed operator; −1 where
	// the game ended before reaching them.
	Segment  int    `json:"segment"`
	Step     int    `json:"step"`
	Node     int    `json:"node"`
	NodeName string `json:"node_name,omitempty"`
	Op       string `json:"op,omitempty"`
	// Rounds is the number of query/answer exchanges; MaxRounds the bound
	// ⌈log2 k⌉ + ⌈log2 G⌉ + 3 they never exceed.
	Rounds    int `json:"rounds"`
	MaxRounds int `json:"max_rounds"`
	Nodes     int `json:"nodes"`
	// SolverOutput and ChallengerOutput are the claimed output leaves of
	// the disputed operator.
	SolverOutput     *prooflearn.Hash `json:"solver_output,omitempty"`
	ChallengerOutput *prooflearn.Hash `json:"challenger_output,omitempty"`
	Verdict          *Verdict         `json:"verdict,omitempty"`
	// Inner is where the inner level (WithInnerLevel) ended, when it was
	// played; its ruling decided the game.
	Inner *InnerResult `json:"inner,omitempty"`
}

// Outcome is what settlement needs from the result
// (settlement.Settlement.Decide).
func (r *Result) Outcome() settlement.Outcome {
	return settlement.Outcome{Winner: r.Winner, Segment: r.Segment}
}

// GameOption configures Play.
type GameOption func(*game)

// WithDeadline sets how long a player may take for one answer (default 10 minutes).
func WithDeadline(d time.Duration) GameOption { return func(g *game) { g.deadline = d } }

// WithProgress registers a callback told of each round as it starts:
// its number and what was asked.
func WithProgress(fn func(round int, query string)) GameOption {
	return func(g *game) { g.progress = fn }
}

// WithRuledCall registers a callback given the operator the arbiter rules on
// as an OperatorCall: the task's node with the agreed inputs (those the
// solver revealed, which checkReveal has opened against the agreed prefix)
// and, for a batch node, the solver's opened examples. RunCall on it
// re-executes the operator as the ruling did, which is what a proof of the
// ruling (zkruling) is made from. It is not called when the game ends before
// the arbiter re-executes an operator.
func WithRuledCall(fn func(*OperatorCall)) GameOption {
	return func(g *game) { g.ruled = fn }
}

// WithRuledOutputs registers a callback given the two sides' revealed
// outputs of the operator the arbiter rules on, each opened against its
// side's commitment (its leaf is the Result's SolverOutput or
// ChallengerOutput). In fixed mode a proven ruling on one chunk is built
// from them: the first chunk at which their digest lists differ. It is
// called with WithRuledCall's call, and only then.
func WithRuledOutputs(fn func(map[Party]*prooflearn.Tensor)) GameOption {
	return func(g *game) { g.ruledOutputs = fn }
}

// DefaultDeadline is a player's time per answer.
const DefaultDeadline = 10 * time.Minute

// maxMessage bounds one answer's encoding.
const maxMessage = 1 << 30

type game struct {
	ctx      context.Context
	c        *Case
	arb      *Arbiter
	players  map[Party]Player
	deadline time.Duration
	progress func(int, string)
	ruled    func(*OperatorCall)
	// ruledOutputs: see WithRuledOutputs.
	ruledOutputs func(map[Party]*prooflearn.Tensor)
	// inner: see WithInnerLevel.
	inner bool
	res   *Result
}

var sides = [2]Party{PartySolver, PartyChallenger}

// errOver ends the game; the result holds why.
var errOver = errors.New("game over")

// Play runs the two-level game between the solver and the challenger on
// case c. The error is for the caller's mistakes (an unplayable case, a
// cancelled context); everything a player does wrong is a loss in Result.
func Play(ctx context.Context, c *Case, solver, challenger Player, opts ...GameOption) (*Result, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	arb, err := NewArbiter(c.Task)
	if err != nil {
		return nil, err
	}
	defer arb.tracer.Close()
	g := &game{ctx: ctx, c: c, arb: arb, deadline: DefaultDeadline,
		players: map[Party]Player{PartySolver: solver, PartyChallenger: challenger},
		res:     &Result{Segment: c.Segment, Step: -1, Node: -1}}
	for _, o := range opts {
		o(g)
	}
	nodes := arb.Nodes(c.FromStep)
	g.res.Nodes = len(nodes)
	g.res.MaxRounds = ceilLog2(c.ToStep-c.FromStep) + ceilLog2(len(nodes)) + 3
	if err := g.play(); err != nil && !errors.Is(err, errOver) {
		return nil, err
	}
	return g.res, nil
}

func (g *game) play() error {
	i, before, after, err := g.level1()
	if err != nil {
		return err
	}
	return g.level2(i, before, after)
}

// finish ends the game against whichever sides failed: one failing side
// loses; if both fail the challenger loses, since the solver's committed
// claim stands until it is shown wrong.
func (g *game) finish(fails map[Party]error, reason string) error {
	if len(fails) == 0 {
		return nil
	}
	loser := PartySolver
	if _, ok := fails[PartyChallenger]; ok {
		loser = PartyChallenger
	}
	g.res.Winner, g.res.Loser = loser.Other(), loser
	g.res.Reason = reason
	if errors.Is(fails[loser], ErrTimeout) {
		g.res.Reason = ReasonTimeout
	}
	g.res.Detail = fmt.Sprintf("%s: %v", loser, fails[loser])
	return errOver
}

// exchange sends one query to both players at once and collects their
// answers through the canonical encoding, so the arbiter only ever sees
// decoded bytes. It counts one round.
func exchange[M any](g *game, what string, call func(context.Context, Player) (*M, error), enc func(*M) []byte, dec func([]byte) (*M, error)) (map[Party]*M, error) {
	g.res.Rounds++
	if g.progress != nil {
		g.progress(g.res.Rounds, what)
	}
	type answer struct {
		m   *M
		err error
	}
	chans := map[Party]chan answer{}
	for _, p := range sides {
		ch := make(chan answer, 1)
		chans[p] = ch
		pl := g.players[p]
		go func() {
			ctx, cancel := context.WithTimeout(g.ctx, g.deadline)
			defer cancel()
			inner := make(chan answer, 1)
			go func() {
				defer func() {
					if r := recover(); r != nil {
						inner <- answer{err: fmt.Errorf("player failed: %v", r)}
					}
				}()
				m, err := call(ctx, pl)
				inner <- answer{m, err}
			}()
			select {
			case a := <-inner:
				ch <- a
			case <-ctx.Done():
				ch <- answer{err: fmt.Errorf("%w (%s, %v)", ErrTimeout, what, g.deadline)}
			}
		}()
	}
	out := map[Party]*M{}
	fails := map[Party]error{}
	for _, p := range sides {
		a := <-chans[p]
		switch {
		case a.err != nil:
			fails[p] = fmt.Errorf("%s: %w", what, a.err)
		case a.m == nil:
			fails[p] = fmt.Errorf("%s: empty answer", what)
		default:
			b := enc(a.m)
			if len(b) > maxMessage {
				fails[p] = fmt.Errorf("%s: %w: answer of %d bytes", what, prooflearn.ErrTooLarge, len(b))
				continue
			}
			m, err := dec(b)
			if err != nil {
				fails[p] = fmt.Errorf("%s: %w", what, err)
				continue
			}
			out[p] = m
		}
	}
	if err := g.ctx.Err(); err != nil {
		return nil, err
	}
	return out, g.finish(fails, ReasonInvalid)
}

// level1 bisects over the segment's steps. It returns the segment step i
// (0-based) whose start state both sides agree on and whose end state they
// dispute, with those states.
func (g *game) level1() (int, prooflearn.Hash, map[Party]prooflearn.Hash, error) {
	k := g.c.ToStep - g.c.FromStep
	start := StateRoot(g.c.Start)
	commits, err := exchange(g, "steps commitment",
		func(ctx context.Context, p Player) (*StepsCommit, error) { return p.CommitSteps(ctx, StepsQuery{}) },
		(*StepsCommit).Encode, DecodeStepsCommit)
	if err != nil {
		return 0, start, nil, err
	}
	fails := map[Party]error{}
	for _, p := range sides {
		m := commits[p]
		switch {
		case int(m.Steps) != k:
			fails[p] = fmt.Errorf("commits to %d steps, the segment has %d", m.Steps, k)
		case m.First.Index != 0 || m.First.Leaf != start:
			fails[p] = fmt.Errorf("first state %s is not the agreed start %s", m.First.Leaf, start)
		case m.Last.Index != uint32(k) || m.Last.Leaf != g.c.Claims[p]:
			fails[p] = fmt.Errorf("last state %s is not its committed checkpoint's %s", m.Last.Leaf, g.c.Claims[p])
		default:
			if err := prooflearn.VerifyInclusion(0, k+1, m.First.Leaf, m.First.Path, m.Root); err != nil {
				fails[p] = fmt.Errorf("first state: %w", err)
			} else if err := prooflearn.VerifyInclusion(k, k+1, m.Last.Leaf, m.Last.Path, m.Root); err != nil {
				fails[p] = fmt.Errorf("last state: %w", err)
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return 0, start, nil, err
	}
	lo, hi := 0, k
	before := start
	after := map[Party]prooflearn.Hash{PartySolver: g.c.Claims[PartySolver], PartyChallenger: g.c.Claims[PartyChallenger]}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ans, err := exchange(g, fmt.Sprintf("state at step %d", g.c.FromStep+mid),
			func(ctx context.Context, p Player) (*Opening, error) { return p.OpenState(ctx, StateQuery{Index: mid}) },
			(*Opening).Encode, DecodeOpening)
		if err != nil {
			return 0, start, nil, err
		}
		fails := map[Party]error{}
		for _, p := range sides {
			o := ans[p]
			if o.Index != uint32(mid) {
				fails[p] = fmt.Errorf("opened state %d, asked for %d", o.Index, mid)
			} else if err := prooflearn.VerifyInclusion(mid, k+1, o.Leaf, o.Path, commits[p].Root); err != nil {
				fails[p] = fmt.Errorf("state %d: %w", mid, err)
			}
		}
		if err := g.finish(fails, ReasonInvalid); err != nil {
			return 0, start, nil, err
		}
		if ans[PartySolver].Leaf == ans[PartyChallenger].Leaf {
			lo, before = mid, ans[PartySolver].Leaf
		} else {
			hi = mid
			for _, p := range sides {
				after[p] = ans[p].Leaf
			}
		}
	}
	g.res.Step = g.c.FromStep + lo
	return lo, before, after, nil
}

// level2 bisects over the operators of segment step i and has the arbiter
// re-execute the first one whose output the sides dispute.
func (g *game) level2(i int, before prooflearn.Hash, after map[Party]prooflearn.Hash) error {
	step := g.c.FromStep + i
	nodes := g.arb.Nodes(step)
	G := len(nodes)
	nState := len(g.c.Start.Params) + len(g.c.Start.OptState)
	writers := stateWriters(nodes)
	if len(writers) != nState {
		return fmt.Errorf("arbitration: the step writes %d state tensors, the state has %d", len(writers), nState)
	}
	commits, err := exchange(g, fmt.Sprintf("operators of step %d", step),
		func(ctx context.Context, p Player) (*NodesCommit, error) {
			return p.CommitNodes(ctx, NodesQuery{Index: i})
		},
		(*NodesCommit).Encode, DecodeNodesCommit)
	if err != nil {
		return err
	}
	fails := map[Party]error{}
	for _, p := range sides {
		if err := checkBindings(commits[p], step, G, writers, after[p]); err != nil {
			fails[p] = err
		}
	}
	if err := g.finish(fails, ReasonBinding); err != nil {
		return err
	}
	if commits[PartySolver].Root == commits[PartyChallenger].Root {
		return fmt.Errorf("arbitration: both sides' operator roots agree although their states differ")
	}
	lo, hi := 0, G
	var agreed prooflearn.Hash // root of the first lo outputs
	prefix := map[Party]prooflearn.Hash{PartySolver: commits[PartySolver].Root, PartyChallenger: commits[PartyChallenger].Root}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ans, err := exchange(g, fmt.Sprintf("first %d operators of step %d", mid, step),
			func(ctx context.Context, p Player) (*PrefixOpening, error) {
				return p.OpenPrefix(ctx, PrefixQuery{Size: mid})
			},
			(*PrefixOpening).Encode, DecodePrefixOpening)
		if err != nil {
			return err
		}
		fails := map[Party]error{}
		for _, p := range sides {
			o := ans[p]
			if o.Size != uint32(mid) {
				fails[p] = fmt.Errorf("opened a prefix of %d, asked for %d", o.Size, mid)
			} else if err := verifyConsistency(mid, G, o.Proof, o.Prefix, commits[p].Root); err != nil {
				fails[p] = err
			}
		}
		if err := g.finish(fails, ReasonInvalid); err != nil {
			return err
		}
		if ans[PartySolver].Prefix == ans[PartyChallenger].Prefix {
			lo, agreed = mid, ans[PartySolver].Prefix
		} else {
			hi = mid
			for _, p := range sides {
				prefix[p] = ans[p].Prefix
			}
		}
	}
	j := lo // the first disputed operator: outputs 0..j−1 agree
	node := nodes[j]
	g.res.Node, g.res.NodeName, g.res.Op = j, node.Name, node.Op
	reveals, err := exchange(g, fmt.Sprintf("operator %d (%s) of step %d", j, node.Op, step),
		func(ctx context.Context, p Player) (*NodeReveal, error) { return p.Reveal(ctx, RevealQuery{Node: j}) },
		(*NodeReveal).Encode, DecodeNodeReveal)
	if err != nil {
		return err
	}
	fails = map[Party]error{}
	for _, p := range sides {
		if err := checkReveal(reveals[p], nodes, j, agreed, prefix[p]); err != nil {
			fails[p] = err
		}
	}
	for _, p := range sides {
		if r := reveals[p]; r != nil {
			h := TensorLeaf(node.Name, &r.Output)
			if p == PartySolver {
				g.res.SolverOutput = &h
			} else {
				g.res.ChallengerOutput = &h
			}
		}
	}
	if err := g.finish(fails, ReasonInvalid); err != nil {
		return err
	}
	inputs := make([]prooflearn.Tensor, len(reveals[PartySolver].Inputs))
	for k := range inputs {
		inputs[k] = reveals[PartySolver].Inputs[k].Tensor
	}
	v := &Verdict{Step: step, Node: j, Name: node.Name, Op: node.Op, Mode: g.arb.Mode(), Exact: exactOp(node.Op) || g.arb.task.Exact(), Checks: map[Party]Check{}}
	for _, p := range sides {
		r := reveals[p]
		v.Checks[p] = g.arb.judge(step, nodes, j, inputs, &r.Output,
			evidence{before: before, stateSize: nState, statePath: r.StatePath, examples: r.Examples})
	}
	g.res.Verdict = v
	if g.ruled != nil {
		if call, err := NewOperatorCall(g.arb.task, step, nodes, j, inputs, reveals[PartySolver].Examples); err == nil {
			g.ruled(call)
			if g.ruledOutputs != nil {
				outs := map[Party]*prooflearn.Tensor{}
				for _, p := range sides {
					outs[p] = &reveals[p].Output
				}
				g.ruledOutputs(outs)
			}
		}
	}
	if _, _, _, _, ok := innerTShape(&node, inputs); ok && g.inner {
		return g.level3T(step, &node, inputs, map[Party]*prooflearn.Tensor{
			PartySolver: &reveals[PartySolver].Output, PartyChallenger: &reveals[PartyChallenger].Output})
	}
	if _, _, _, _, _, ok := innerShape(&node, inputs); ok && g.inner {
		return g.level3(step, &node, inputs, map[Party]*prooflearn.Tensor{
			PartySolver: &reveals[PartySolver].Output, PartyChallenger: &reveals[PartyChallenger].Output})
	}
	g.res.Reason = ReasonArbiter
	g.res.Winner = PartySolver
	if !v.Checks[PartySolver].Valid {
		g.res.Winner = PartyChallenger
	}
	g.res.Loser = g.res.Winner.Other()
	lc, wc := v.Checks[g.res.Loser], v.Checks[g.res.Winner]
	switch {
	case !lc.Valid:
		g.res.Detail = fmt.Sprintf("%s's output of operator %d (%s %s) at step %d: %s", g.res.Loser, j, node.Op, node.Name, step, lc.Reason)
	case wc.Valid:
		g.res.Detail = fmt.Sprintf("both outputs of operator %d (%s %s) at step %d are within the bound; the solver's claim stands", j, node.Op, node.Name, step)
	}
	if !wc.Valid {
		g.res.Detail += fmt.Sprintf("; %s's output is wrong too: %s", g.res.Winner, wc.Reason)
	}
	return errOver
}

// checkBindings verifies a level-2 commitment: its size, and that every
// state tensor after the step is the output of the node that writes it.
func checkBindings(m *NodesCommit, step, G int, writers []int, after prooflearn.Hash) error {
	if m.Step != uint64(step) || int(m.Nodes) != G {
		return fmt.Errorf("commits to %d operators of step %d, the arbiter asked for the %d of step %d", m.Nodes, m.Step, G, step)
	}
	if len(m.Bindings) != len(writers) {
		return fmt.Errorf("binds %d state tensors, the state has %d", len(m.Bindings), len(writers))
	}
	for s, b := range m.Bindings {
		if int(b.State) != s || int(b.Node) != writers[s] {
			return fmt.Errorf("binding %d ties state tensor %d to node %d, want tensor %d to node %d", s, b.State, b.Node, s, writers[s])
		}
		if err := prooflearn.VerifyInclusion(int(b.Node), G, b.Leaf, b.NodePath, m.Root); err != nil {
			return fmt.Errorf("output of node %d: %w", b.Node, err)
		}
		if err := prooflearn.VerifyInclusion(s, len(writers), b.Leaf, b.StatePath, after); err != nil {
			return fmt.Errorf("state tensor %d written by node %d is not in the state it committed to after the step: %w", s, b.Node, err)
		}
	}
	return nil
}

// checkReveal verifies a player's case on node j: the output opens as leaf
// j of its prefix of j+1 outputs, which extends the agreed prefix of j; the
// inputs open against the agreed prefix.
func checkReveal(r *NodeReveal, nodes []train.Node, j int, agreed, prefix prooflearn.Hash) error {
	node := nodes[j]
	if int(r.Node) != j {
		return fmt.Errorf("revealed node %d, asked for %d", r.Node, j)
	}
	leaf := TensorLeaf(node.Name, &r.Output)
	if err := prooflearn.VerifyInclusion(j, j+1, leaf, r.OutputPath, prefix); err != nil {
		return fmt.Errorf("output of node %d: %w", j, err)
	}
	if j > 0 {
		if err := verifyConsistency(j, j+1, r.Consistency, agreed, prefix); err != nil {
			return err
		}
	} else if len(r.Consistency) != 0 {
		return fmt.Errorf("%w: consistency proof for node 0", prooflearn.ErrMalformed)
	}
	if len(r.Inputs) != len(node.Inputs) {
		return fmt.Errorf("revealed %d inputs, node %d (%s) takes %d", len(r.Inputs), j, node.Op, len(node.Inputs))
	}
	for k, in := range r.Inputs {
		want := node.Inputs[k]
		if int(in.Node) != want {
			return fmt.Errorf("input %d is node %d, want %d", k, in.Node, want)
		}
		if err := prooflearn.VerifyInclusion(want, j, TensorLeaf(nodes[want].Name, &in.Tensor), in.Path, agreed); err != nil {
			return fmt.Errorf("input %d (node %d) does not open against the agreed outputs: %w", k, want, err)
		}
	}
	return nil
}

func ceilLog2(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}
