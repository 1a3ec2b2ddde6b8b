package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
)

// ErrNoChunkCircuit is a disputed operator that no chunk circuit proves: a
// product, a bias gradient, a float-mode operator. Its game ends on the
// challenger's clock unless another ruling applies.
var ErrNoChunkCircuit = errors.New("chain: no chunk circuit proves this operator")

// ChunkOperator is the zkruling operator of node j of a fixed-mode step
// graph when a chunk circuit proves it (zkruling.ChunkedOps), with the
// node's inputs in the circuit's argument order, as nodes of the step.
func ChunkOperator(nodes []train.Node, j int) (zkruling.Operator, []uint32, error) {
	if j < 0 || j >= len(nodes) {
		return zkruling.Operator{}, nil, fmt.Errorf("%w: node %d of %d", prooflearn.ErrOutOfRange, j, len(nodes))
	}
	n := nodes[j]
	ins := make([]uint32, len(n.Inputs))
	for k, i := range n.Inputs {
		ins[k] = uint32(i)
	}
	out := n.Shape
	var op zkruling.Operator
	switch n.Op {
	case train.OpFixedMomentum:
		op = zkruling.Operator{Op: zkruling.OpMomentum, Shape: out, Scalar: int64(n.Scalar)}
	case train.OpFixedSGD:
		op = zkruling.Operator{Op: zkruling.OpSGD, Shape: out, Scalar: int64(n.Scalar)}
	case train.OpFixedReLU:
		op = zkruling.Operator{Op: zkruling.OpReLU, Shape: out}
	case train.OpFixedReLUGrad:
		// The node reads (x, dy); the circuit takes (dy, x).
		op = zkruling.Operator{Op: zkruling.OpReLUGrad, Shape: out}
		ins[0], ins[1] = ins[1], ins[0]
	case train.OpFixedAddBias:
		if len(out) == 2 {
			op = zkruling.Operator{Op: zkruling.OpAddBias, M: out[0], N: out[1]}
		}
	case train.OpFixedSqErrGrad:
		if len(out) == 2 {
			op = zkruling.Operator{Op: zkruling.OpSquaredErrorGrad, Shape: out}
		}
	}
	if op.Op == "" {
		return zkruling.Operator{}, nil, fmt.Errorf("%w: node %d (%s %q)", ErrNoChunkCircuit, j, n.Op, n.Name)
	}
	return op, ins, nil
}

// ChunkRuling is a challenger's proven ruling on one chunk of the disputed
// operator, as DisputeGame.proveChunkWrong takes it, with the registry
// entry its circuit needs (InputNodes) and the zkruling proof it carries.
type ChunkRuling struct {
	Inputs       []bindings.IChunkRulingTensor
	InputPaths   [][][32]byte
	Output       bindings.IChunkRulingTensor
	SolverOutput bindings.IChunkRulingTensor
	Index        *big.Int
	Proof        []byte
	InputNodes   []uint32
	Ruling       *zkruling.Ruling

	inputValues [][]int32 // the agreed inputs' values, in the circuit's order
	honest      []int32   // the proven output's values
}

// ChunkTensor is a chunk claim as the contracts take it.
func ChunkTensor(c *arbitration.ChunkClaim) bindings.IChunkRulingTensor {
	t := bindings.IChunkRulingTensor{Name: []byte(c.Name), Leaf: c.Leaf}
	for _, d := range c.Shape {
		t.Shape = append(t.Shape, uint32(d))
	}
	for _, d := range c.Digests {
		t.Digests = append(t.Digests, d)
	}
	return t
}

// ProveChunkRuling proves the first chunk at which the solver's output of
// the disputed operator differs from the challenger's: honest is the
// challenger's reveal of node honest.Node at global step `step` (its
// output, and the agreed inputs with their paths against the agreed prefix,
// as it revealed them), solverOut the solver's revealed output. The proof
// is of the challenger's output, so it exists only when that output is the
// operator's on the agreed inputs; otherwise ProveChunk fails.
func ProveChunkRuling(task *prooflearn.Task, step int, honest *arbitration.NodeReveal, solverOut *prooflearn.Tensor) (*ChunkRuling, error) {
	nodes, err := train.StepNodes(task, step)
	if err != nil {
		return nil, err
	}
	j := int(honest.Node)
	op, order, err := ChunkOperator(nodes, j)
	if err != nil {
		return nil, err
	}
	r := &ChunkRuling{InputNodes: order}
	var values [][]int32
	for _, node := range order {
		i := slices.IndexFunc(honest.Inputs, func(in arbitration.InputOpening) bool { return in.Node == node })
		if i < 0 {
			return nil, fmt.Errorf("%w: the reveal of node %d has no input from node %d", prooflearn.ErrMalformed, j, node)
		}
		in := honest.Inputs[i]
		c, err := arbitration.NewChunkClaim(nodes[node].Name, &in.Tensor)
		if err != nil {
			return nil, fmt.Errorf("%w: input node %d", err, node)
		}
		r.Inputs = append(r.Inputs, ChunkTensor(c))
		r.InputPaths = append(r.InputPaths, hashes(in.Path))
		values = append(values, in.Tensor.I32)
	}
	name := nodes[j].Name
	mine, err := arbitration.NewChunkClaim(name, &honest.Output)
	if err != nil {
		return nil, err
	}
	theirs, err := arbitration.NewChunkClaim(name, solverOut)
	if err != nil {
		return nil, err
	}
	index, err := arbitration.FirstDifferingChunk(theirs, mine)
	if err != nil {
		return nil, err
	}
	if r.Ruling, err = zkruling.ProveChunk(op, index, values, honest.Output.I32); err != nil {
		return nil, err
	}
	r.Output, r.SolverOutput = ChunkTensor(mine), ChunkTensor(theirs)
	r.Index, r.Proof = big.NewInt(int64(index)), r.Ruling.SolidityProof()
	r.inputValues, r.honest = values, honest.Output.I32
	return r, nil
}

// DeployChunkVerifier compiles the gnark verifier of the ruling's circuit
// with solcjs (zkruling.FindSolc, solc zkruling.SolcVersion, optimizer on)
// and deploys it; the registrar then registers it for the operator.
func DeployChunkVerifier(opts *bind.TransactOpts, backend bind.ContractBackend, r *zkruling.Ruling) (common.Address, *types.Transaction, error) {
	src, err := r.Solidity()
	if err != nil {
		return common.Address{}, nil, err
	}
	return DeployVerifierSource(opts, backend, src)
}

// DeployVerifierSource compiles and deploys a gnark verifier's Solidity
// source, as DeployChunkVerifier does.
func DeployVerifierSource(opts *bind.TransactOpts, backend bind.ContractBackend, src []byte) (common.Address, *types.Transaction, error) {
	solc, err := zkruling.FindSolc()
	if err != nil {
		return common.Address{}, nil, err
	}
	bin, abiJSON, err := zkruling.CompileVerifier(solc, src)
	if err != nil {
		return common.Address{}, nil, err
	}
	parsed, err := abi.JSON(strings.NewReader(abiJSON))
	if err != nil {
		return common.Address{}, nil, err
	}
	addr, tx, _, err := bind.DeployContract(opts, parsed, bin, backend)
	return addr, tx, err
}

// RulingReport is a proven chunk ruling as a challenger's node reports it
// (examples/node -ruling-report): where the game ended, the circuit and
// its costs, the verifier that checked it, and the root of the bundle the
// challenger's claim came from.
type RulingReport struct {
	Step         int     `json:"step"`
	Node         int     `json:"node"`
	NodeName     string  `json:"node_name"`
	Circuit      string  `json:"circuit"`
	Chunk        int64   `json:"chunk"`
	Chunks       int     `json:"chunks"`
	Constraints  int     `json:"constraints"`
	ProofBytes   int     `json:"proof_bytes"`
	SetupSeconds float64 `json:"setup_seconds"`
	ProveSeconds float64 `json:"prove_seconds"`
	Verifier     string  `json:"verifier"`
	Reference    string  `json:"reference_root"`
}

// ChunkProver is a challenger's proven chunk ruling on the operator the
// game pinned: given the global step and the operator, the arguments of
// proveChunkWrong, or nil when it has none (the solver's output is right,
// or no chunk circuit proves the operator), and then the challenger's clock
// runs out. The circuit is registered by then.
type ChunkProver func(ctx context.Context, step, node int) (*ChunkRuling, error)

// ChunkCase is a case the challenger replayed and the Go arbiter found the
// solver wrong in: the two reveals of the pinned operator, all that
// ProveChunkRuling needs.
type ChunkCase struct {
	Task      *prooflearn.Task
	Step      int
	Honest    *arbitration.NodeReveal
	SolverOut *prooflearn.Tensor
}

// Prove proves the chunk ruling of the case (ProveChunkRuling) with this
// process's keys of the operator's chunk circuit: the registrar's published
// ones once LoadChunkSetup has loaded them.
func (cc *ChunkCase) Prove() (*ChunkRuling, error) {
	return ProveChunkRuling(cc.Task, cc.Step, cc.Honest, cc.SolverOut)
}

// ReplayChunkCase plays case c here between the solver's bundle and the
// challenger's (arbitration.Play with recorded players, as the Go arbiter
// does) and, when the Go arbiter finds the solver's output wrong, returns
// the pinned operator's reveals. The on-chain game pins the same step and
// operator (the same queries on the same answers), so the replay can run
// while the chain's game is still being played; the caller checks
// res.Step and res.Node against the game's. A nil case and no error: the
// re-execution does not show the solver wrong. ErrNoChunkCircuit: no chunk
// circuit proves the operator.
func ReplayChunkCase(ctx context.Context, c *arbitration.Case, data train.Dataset, sb, ref *arbitration.Bundle) (*ChunkCase, *arbitration.Result, error) {
	sp, cp, err := arbitration.NewPlayers(c, data, sb, ref)
	if err != nil {
		return nil, nil, err
	}
	rs, rc := NewRecorder(sp), NewRecorder(cp)
	res, err := arbitration.Play(ctx, c, rs, rc)
	if err != nil {
		return nil, nil, err
	}
	if res.Verdict == nil || res.Verdict.Checks[arbitration.PartySolver].Valid || rs.Revealed == nil || rc.Revealed == nil {
		return nil, res, nil
	}
	nodes, err := train.StepNodes(c.Task, res.Step)
	if err != nil {
		return nil, res, err
	}
	if _, _, err := ChunkOperator(nodes, int(rc.Revealed.Node)); err != nil {
		return nil, res, err
	}
	return &ChunkCase{Task: c.Task, Step: res.Step, Honest: rc.Revealed, SolverOut: &rs.Revealed.Output}, res, nil
}

// ReplayChunkRuling is ReplayChunkCase followed by the case's proof, with
// whatever keys of the circuit this process holds (its own setup when it
// loaded none).
func ReplayChunkRuling(ctx context.Context, c *arbitration.Case, data train.Dataset, sb, ref *arbitration.Bundle) (*ChunkRuling, *arbitration.Result, error) {
	cc, res, err := ReplayChunkCase(ctx, c, data, sb, ref)
	if err != nil || cc == nil {
		return nil, res, err
	}
	r, err := cc.Prove()
	return r, res, err
}
