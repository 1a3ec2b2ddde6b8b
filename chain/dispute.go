package chain

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Sides of a DisputeGame, as its status reports the winner.
const (
	SideSolver     uint8 = 0
	SideChallenger uint8 = 1
)

// Phases of a DisputeGame (its Phase enum).
const (
	PhaseSteps uint8 = iota + 1
	PhaseState
	PhaseNodes
	PhasePrefix
	PhaseReveal
	PhaseRuling
	PhaseOver
)

// GameABI is DisputeGame's ABI, for RevertError.
func GameABI() *abi.ABI { return mustABI(bindings.DisputeGameMetaData.GetAbi()) }

// RulingABI is RulingByArbiter's ABI, for RevertError: a proveSolverWrong
// the arbiter did not attest reverts with its NotAttested.
func RulingABI() *abi.ABI { return mustABI(bindings.RulingByArbiterMetaData.GetAbi()) }

// DeployGame deploys a RulingByArbiter whose arbiter is account arbiter
// (the ruling of operators no circuit proves), the chunk ruling's adapter
// (RulingVerifierZK) and a DisputeGame calling both, with account
// registrar its deployer and so its circuits' registrar, the given bond
// (wei) and chess clock per side, and returns the game's address with the
// bindings.
func (s *Sim) DeployGame(registrar, arbiter int, bond *big.Int, clockSeconds uint64) (common.Address, *bindings.DisputeGame, *bindings.RulingByArbiter, error) {
	vaddr, tx, ruling, err := bindings.DeployRulingByArbiter(s.Opts(registrar, nil), s.Contracts, s.Addrs[arbiter])
	if _, err := s.Send("RulingByArbiter.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	zaddr, tx, _, err := bindings.DeployRulingVerifierZK(s.Opts(registrar, nil), s.Contracts)
	if _, err := s.Send("RulingVerifierZK.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	gaddr, tx, game, err := bindings.DeployDisputeGame(s.Opts(registrar, nil), s.Contracts, vaddr, zaddr, bond, clockSeconds)
	if _, err := s.Send("DisputeGame.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	return gaddr, game, ruling, nil
}

// ArbiterRuling is what the arbiter found on a game in its Ruling phase.
type ArbiterRuling struct {
	// Input is the game's public input (DisputeGame.rulingInput): the
	// step, the operator, the claim's digest and the solver's output's.
	Input [4]*big.Int
	// Replayed is the same input computed from the arbiter's own
	// re-execution (nil where it pinned no operator).
	Replayed *[4]*big.Int
	// Result is the re-execution's outcome.
	Result *arbitration.Result
	// SolverWrong: the re-execution found the solver's output of the
	// game's step and operator wrong, on the game's very claim; only then
	// does the arbiter attest Input.
	SolverWrong bool
	// Why says why not, when not.
	Why string
	// Exact: the ruling is exactRuling's, the game's claim judged against
	// the honest replay alone (an exact task whose game is not the case
	// the solver's bundle gives).
	Exact bool
}

// How says how a ruling that found the solver wrong found it, for logs.
func (r *ArbiterRuling) How() string {
	if r.Exact {
		return "the game's claim judged against the honest replay (the solver played otherwise than its bundle)"
	}
	return "re-executed from the solver's bundle"
}

// RuleGame is the arbiter's decision on game id in its Ruling phase. It
// re-executes the game's case itself: arbitration.Play between the
// solver's published bundle (its checkpoint at the segment's start must
// give the game's agreed start) and the honest replay from that start on
// the task's own batches (the arbiter needs nothing of the challenger's:
// an honest challenger's claim is that replay's, bit for bit in an exact
// task, and a challenger whose claim is not loses the replayed game). The
// solver is found wrong only when the re-execution pins the game's step
// and operator, judges the solver's output there invalid, and the public
// input of the replayed case, every one of its four fields, is the game's
// rulingInput: the same state before the step, agreed prefix and solver's
// input leaves, and the same solver output leaf.
//
// A solver may answer on chain otherwise than its bundle (a segment's
// inner states are not committed on chain), and then the replayed case is
// not the game's. In an exact task (deterministic or fixed) every operator
// has one correct output, so the arbiter then judges the game's claim
// against the honest replay alone (exactRuling): when the claim is the
// honest one (the same state before the step, agreed prefix and input
// leaves) and the solver's output leaf is not the honest output's, the
// solver's output is wrong. A tolerant task has no such judgment (the
// solver's output tensor is off chain, and a different leaf may be within
// tolerance): the game's case must be the bundle's.
func RuleGame(ctx context.Context, opts *bind.CallOpts, g *bindings.DisputeGame, id *big.Int, task *prooflearn.Task, data train.Dataset, solver *arbitration.Bundle) (*ArbiterRuling, error) {
	in, err := g.RulingInput(opts, id)
	if err != nil {
		return nil, fmt.Errorf("chain: game %v is not in its Ruling phase: %w", id, err)
	}
	r := &ArbiterRuling{Input: in}
	k, err := g.CaseOf(opts, id)
	if err != nil {
		return nil, err
	}
	if task.CheckpointInterval <= 0 || k.FromStep%uint64(task.CheckpointInterval) != 0 {
		r.Why = fmt.Sprintf("the game starts at step %d, no checkpoint of the task", k.FromStep)
		return r, nil
	}
	seg := int(k.FromStep / uint64(task.CheckpointInterval))
	start, err := solver.Checkpoint(seg)
	if err != nil {
		return nil, err
	}
	c, err := GameCase(opts, g, id, task, seg, start)
	if err != nil {
		r.Why = err.Error()
		return r, nil
	}
	c.Replay = true
	sp, cp, err := arbitration.NewPlayers(c, data, solver, nil)
	if err != nil {
		return nil, err
	}
	rs := NewRecorder(sp)
	res, err := arbitration.Play(ctx, c, rs, cp)
	if err != nil {
		return nil, err
	}
	r.Result = res
	switch {
	case res.Verdict == nil || res.Verdict.Checks[arbitration.PartySolver].Valid || res.SolverOutput == nil || rs.Revealed == nil:
		r.Why = "the re-execution does not find the solver's output wrong: " + res.Detail
	default:
		replayed, err := replayedInput(ctx, rs, task, c, res)
		if err != nil {
			return nil, err
		}
		r.Replayed = &replayed
		if i := firstDiffering(replayed, in); i >= 0 {
			r.Why = fmt.Sprintf("the re-executed case (step %v, operator %v) is not the game's (step %v, operator %v): field %d differs",
				replayed[0], replayed[1], in[0], in[1], i)
		} else {
			r.SolverWrong = true
			return r, nil
		}
	}
	if !task.Exact() {
		return r, nil
	}
	exact, wrong, why, err := exactRuling(ctx, c, data, in)
	if err != nil {
		return nil, err
	}
	if !wrong {
		r.Why += "; " + why
		return r, nil
	}
	r.Replayed, r.SolverWrong, r.Why, r.Exact = exact, true, "", true
	return r, nil
}

// exactRuling judges an exact task's game claim in against the honest
// replay from the case's start alone: the solver's output is wrong when the
// claim's digest is the honest one at the game's step and operator (the
// same state before the step, agreed prefix and input leaves) and its
// output digest is not the honest output's. It returns the claim as the
// replay gives it (the output field the game's, found different).
func exactRuling(ctx context.Context, c *arbitration.Case, data train.Dataset, in [4]*big.Int) (*[4]*big.Int, bool, string, error) {
	if !in[0].IsInt64() || !in[1].IsInt64() {
		return nil, false, "the game's step or operator is out of range", nil
	}
	step, node := int(in[0].Int64()), int(in[1].Int64())
	i := step - c.FromStep
	if i < 0 || step >= c.ToStep {
		return nil, false, fmt.Sprintf("step %d is outside the game's segment", step), nil
	}
	nodes, err := train.StepNodes(c.Task, step)
	if err != nil {
		return nil, false, "", err
	}
	if node >= len(nodes) {
		return nil, false, fmt.Sprintf("operator %d is not of step %d", node, step), nil
	}
	hp, err := arbitration.NewSeedPlayer(c, data)
	if err != nil {
		return nil, false, "", err
	}
	before, err := hp.OpenState(ctx, arbitration.StateQuery{Index: i})
	if err != nil {
		return nil, false, "", err
	}
	if _, err := hp.CommitNodes(ctx, arbitration.NodesQuery{Index: i}); err != nil {
		return nil, false, "", err
	}
	var agreed prooflearn.Hash
	if node > 0 {
		p, err := hp.OpenPrefix(ctx, arbitration.PrefixQuery{Size: node})
		if err != nil {
			return nil, false, "", err
		}
		agreed = p.Prefix
	}
	rv, err := hp.Reveal(ctx, arbitration.RevealQuery{Node: node})
	if err != nil {
		return nil, false, "", err
	}
	honest := [4]*big.Int{in[0], in[1], claimDigest(c.Task.Hash(), before.Leaf, agreed, rv, nodes), in[3]}
	if honest[2].Cmp(in[2]) != 0 {
		return &honest, false, fmt.Sprintf("the game's claim at step %d operator %d is not the honest replay's", step, node), nil
	}
	out := arbitration.TensorLeaf(nodes[node].Name, &rv.Output)
	if digest(out[:]).Cmp(in[3]) == 0 {
		return &honest, false, fmt.Sprintf("the solver's output of step %d operator %d is the honest replay's", step, node), nil
	}
	return &honest, true, "", nil
}

// replayedInput is DisputeGame.rulingInput of the case a re-execution
// pinned, from the solver's recorded player: the step, the operator, the
// digest of (the task's hash, state before the step, root of the agreed prefix, keccak256
// of the solver's input leaves) and of the solver's output leaf.
func replayedInput(ctx context.Context, rs *Recorder, task *prooflearn.Task, c *arbitration.Case, res *arbitration.Result) ([4]*big.Int, error) {
	var out [4]*big.Int
	nodes, err := train.StepNodes(task, res.Step)
	if err != nil {
		return out, err
	}
	before, err := rs.OpenState(ctx, arbitration.StateQuery{Index: res.Step - c.FromStep})
	if err != nil {
		return out, err
	}
	var agreed prooflearn.Hash // the contract's agreed root is zero until a prefix is agreed
	if res.Node > 0 {
		p, err := rs.OpenPrefix(ctx, arbitration.PrefixQuery{Size: res.Node})
		if err != nil {
			return out, err
		}
		agreed = p.Prefix
	}
	out[0], out[1] = big.NewInt(int64(res.Step)), big.NewInt(int64(res.Node))
	out[2] = claimDigest(task.Hash(), before.Leaf, agreed, rs.Revealed, nodes)
	out[3] = digest(res.SolverOutput[:])
	return out, nil
}

// claimDigest is rulingInput's claim field: sha256(task hash ‖ before ‖
// agreed ‖ keccak256(the revealed input leaves)) shifted to 248 bits.
func claimDigest(task, before, agreed prooflearn.Hash, rv *arbitration.NodeReveal, nodes []train.Node) *big.Int {
	_, _, _, inputs := RevealArgs(rv, nodes)
	var leaves []byte
	for _, in := range inputs {
		leaves = append(leaves, in.Leaf[:]...)
	}
	claim := sha256.Sum256(append(append(append(append([]byte(nil), task[:]...), before[:]...), agreed[:]...), crypto.Keccak256(leaves)...))
	return digest(claim[:])
}

// digest is a 32-byte hash as rulingInput carries it: its top 248 bits.
func digest(h []byte) *big.Int { return new(big.Int).Rsh(new(big.Int).SetBytes(h), 8) }

// firstDiffering is the first field where a and b differ, or −1.
func firstDiffering(a, b [4]*big.Int) int {
	for i := range a {
		if a[i].Cmp(b[i]) != 0 {
			return i
		}
	}
	return -1
}

// RulingAttested reports whether the game's ruling verifier accepts a proof
// for input: for RulingByArbiter, whether its arbiter attested it. A zk
// verifier checks a proof instead and has nothing to wait for.
func RulingAttested(opts *bind.CallOpts, backend bind.ContractBackend, g *bindings.DisputeGame, input [4]*big.Int) (bool, error) {
	vaddr, err := g.Ruling(opts)
	if err != nil {
		return false, err
	}
	r, err := bindings.NewRulingByArbiter(vaddr, backend)
	if err != nil {
		return false, err
	}
	return r.Attested(opts, input)
}

// CaseSpec is a game's case as ProofMarket.openGame and DisputeGame.open
// take it: the task's hash, the segment's first step and length, the agreed start state
// root, both claimed end roots and the step's operator graph (its operator
// count and StateWriters).
func CaseSpec(c *arbitration.Case, nodes []train.Node) bindings.IMarketGameSpec {
	return bindings.IMarketGameSpec{
		Task:     c.Task.Hash(),
		FromStep: uint64(c.FromStep), Steps: uint32(c.ToStep - c.FromStep),
		Start:       arbitration.StateRoot(c.Start),
		SolverClaim: c.Claims[arbitration.PartySolver], ChallengerClaim: c.Claims[arbitration.PartyChallenger],
		Nodes: uint32(len(nodes)), Writers: StateWriters(nodes),
	}
}

// Recorder is an arbitration.Player that keeps its inner player's answers,
// so that a game the Go arbiter played can be replayed as transactions.
type Recorder struct {
	arbitration.Player
	mu       sync.Mutex
	Steps    *arbitration.StepsCommit
	States   []*arbitration.Opening
	Nodes    *arbitration.NodesCommit
	Prefixes []*arbitration.PrefixOpening
	Revealed *arbitration.NodeReveal
}

// NewRecorder records p's answers.
func NewRecorder(p arbitration.Player) *Recorder { return &Recorder{Player: p} }

func (r *Recorder) CommitSteps(ctx context.Context, q arbitration.StepsQuery) (*arbitration.StepsCommit, error) {
	m, err := r.Player.CommitSteps(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Steps = m
	return m, err
}

func (r *Recorder) OpenState(ctx context.Context, q arbitration.StateQuery) (*arbitration.Opening, error) {
	m, err := r.Player.OpenState(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.States = append(r.States, m)
	return m, err
}

func (r *Recorder) CommitNodes(ctx context.Context, q arbitration.NodesQuery) (*arbitration.NodesCommit, error) {
	m, err := r.Player.CommitNodes(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Nodes = m
	return m, err
}

func (r *Recorder) OpenPrefix(ctx context.Context, q arbitration.PrefixQuery) (*arbitration.PrefixOpening, error) {
	m, err := r.Player.OpenPrefix(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Prefixes = append(r.Prefixes, m)
	return m, err
}

func (r *Recorder) Reveal(ctx context.Context, q arbitration.RevealQuery) (*arbitration.NodeReveal, error) {
	m, err := r.Player.Reveal(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Revealed = m
	return m, err
}

// Move is one side's answer to one round, ready to send.
type Move struct {
	Name string
	Send func(*bind.TransactOpts) (*types.Transaction, error)
}

// Moves turns a recorded side's answers into its transactions, round by
// round: the level-1 commitment, the state openings, the level-2
// commitment, the prefix openings and the reveal. nodes are the disputed
// step's operators (train.StepNodes), which name the revealed inputs' leaves.
func (r *Recorder) Moves(game *bindings.DisputeGame, id *big.Int, nodes []train.Node) []Move {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Move
	if m := r.Steps; m != nil {
		out = append(out, Move{"commitSteps", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return game.CommitSteps(o, id, m.Root, OpeningArg(m.First), OpeningArg(m.Last))
		}})
	}
	for _, m := range r.States {
		out = append(out, Move{"openState", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return game.OpenState(o, id, OpeningArg(*m))
		}})
	}
	if m := r.Nodes; m != nil {
		out = append(out, Move{"commitNodes", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return game.CommitNodes(o, id, m.Step, m.Root, m.Nodes, BindingsArg(m))
		}})
	}
	for _, m := range r.Prefixes {
		out = append(out, Move{"openPrefix", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return game.OpenPrefix(o, id, m.Size, m.Prefix, hashes(m.Proof))
		}})
	}
	if m := r.Revealed; m != nil {
		out = append(out, Move{"reveal", func(o *bind.TransactOpts) (*types.Transaction, error) {
			output, outPath, consistency, inputs := RevealArgs(m, nodes)
			return game.Reveal(o, id, m.Node, output, outPath, consistency, inputs)
		}})
	}
	return out
}

// OpeningArg is an arbitration.Opening as the contract takes it.
func OpeningArg(o arbitration.Opening) bindings.DisputeGameOpening {
	return bindings.DisputeGameOpening{Index: o.Index, Leaf: o.Leaf, Path: hashes(o.Path)}
}

// BindingsArg is a level-2 commitment's bindings as the contract takes them.
func BindingsArg(m *arbitration.NodesCommit) []bindings.DisputeGameBinding {
	out := make([]bindings.DisputeGameBinding, len(m.Bindings))
	for i, b := range m.Bindings {
		out[i] = bindings.DisputeGameBinding{State: b.State, Node: b.Node, Leaf: b.Leaf, NodePath: hashes(b.NodePath), StatePath: hashes(b.StatePath)}
	}
	return out
}

// RevealArgs is a reveal as the contract takes it: the output's leaf
// (arbitration.TensorLeaf, which commits the tensor) and its openings, and
// each input's leaf with its path. The tensors stay off-chain: the ruling
// verifier's proof is about them.
func RevealArgs(m *arbitration.NodeReveal, nodes []train.Node) (output [32]byte, outputPath, consistency [][32]byte, inputs []bindings.DisputeGameInputOpening) {
	output = arbitration.TensorLeaf(nodes[m.Node].Name, &m.Output)
	for _, in := range m.Inputs {
		inputs = append(inputs, bindings.DisputeGameInputOpening{Node: in.Node,
			Leaf: arbitration.TensorLeaf(nodes[in.Node].Name, &in.Tensor), Path: hashes(in.Path)})
	}
	return output, hashes(m.OutputPath), hashes(m.Consistency), inputs
}

// StateWriters lists, per state tensor, the operator of a step that writes
// it: the graph the contract checks a level-2 commitment's bindings against.
func StateWriters(nodes []train.Node) []uint32 {
	var out []uint32
	for _, n := range nodes {
		if n.WritesState() {
			for len(out) <= n.State {
				out = append(out, ^uint32(0))
			}
			out[n.State] = uint32(n.Index)
		}
	}
	return out
}

func hashes(hs []prooflearn.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i := range hs {
		out[i] = hs[i]
	}
	return out
}

// Address is account i's address.
func (s *Sim) Address(i int) common.Address { return s.Addrs[i] }
