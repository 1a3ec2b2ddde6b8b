package chain

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// DeployGame deploys a RulingVerifierStub owned by account i (a test
// double standing where a gnark-exported verifier goes), the chunk
// ruling's adapter (RulingVerifierZK) and a DisputeGame calling both, with
// account i its circuits' registrar, the given bond (wei) and chess clock
// per side, and returns the game's address with the bindings.
func (s *Sim) DeployGame(i int, bond *big.Int, clockSeconds uint64) (common.Address, *bindings.DisputeGame, *bindings.RulingVerifierStub, error) {
	vaddr, tx, stub, err := bindings.DeployRulingVerifierStub(s.Opts(i, nil), s.Contracts)
	if _, err := s.Send("RulingVerifierStub.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	zaddr, tx, _, err := bindings.DeployRulingVerifierZK(s.Opts(i, nil), s.Contracts)
	if _, err := s.Send("RulingVerifierZK.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	gaddr, tx, game, err := bindings.DeployDisputeGame(s.Opts(i, nil), s.Contracts, vaddr, zaddr, bond, clockSeconds)
	if _, err := s.Send("DisputeGame.deploy", tx, err); err != nil {
		return common.Address{}, nil, nil, err
	}
	return gaddr, game, stub, nil
}

// CaseSpec is a game's case as ProofMarket.openGame and DisputeGame.open
// take it: the segment's first step and length, the agreed start state
// root, both claimed end roots and the step's operator graph (its operator
// count and StateWriters).
func CaseSpec(c *arbitration.Case, nodes []train.Node) bindings.IMarketGameSpec {
	return bindings.IMarketGameSpec{
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
