package chain

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// ErrStateRoots is a solver's state-roots commitment (ProofMarket's
// stateRoot) that its bundle does not give. Anyone recomputes it from the
// bundle alone (StateRootsRoot), so a verifier rejects on it without a game.
var ErrStateRoots = errors.New("chain: the state-roots commitment does not match the bundle")

// ErrTaskShape is a task whose on-chain shape (ProofMarket.Shape) is not
// its task file's: the market would derive its disputes' cases from
// another task.
var ErrTaskShape = errors.New("chain: the task's on-chain shape does not match the task file")

var (
	tUint32, _      = abi.NewType("uint32", "", nil)
	tUint32Array, _ = abi.NewType("uint32[]", "", nil)
)

// GraphHash is a step's operator graph as ProofMarket hashes a game's Spec:
// keccak256(abi.encode(uint32 nodes, uint32[] writers)).
func GraphHash(nodes uint32, writers []uint32) [32]byte {
	b, err := abi.Arguments{{Type: tUint32}, {Type: tUint32Array}}.Pack(nodes, writers)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(b)
}

// StepGraphKey is the task's step graph key, DisputeGame's registry key
// (with the operator, circuitKey) of the circuits that rule a game of the
// task: keccak256(abi.encode(bytes32 task, uint32 nodes, uint32[] writers)).
// The task's hash is in it because a circuit compiles its operator's
// constant in (a learning rate, a momentum), and two tasks of one graph
// may differ in it: a circuit of one must not rule a game of the other.
func StepGraphKey(task prooflearn.Hash, nodes []train.Node) [32]byte {
	b, err := abi.Arguments{{Type: tBytes32}, {Type: tUint32}, {Type: tUint32Array}}.Pack([32]byte(task), uint32(len(nodes)), StateWriters(nodes))
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(b)
}

// TaskShapeOf is what postTask records of task for openGame to derive a
// case from a segment number: the checkpoint interval, the number of steps
// and the hash of a step's operator graph (GraphHash of its operator count
// and StateWriters; every step of a task has the same graph, only the
// learning rate's scalar changes).
func TaskShapeOf(task *prooflearn.Task) (bindings.ProofMarketShape, error) {
	nodes, err := train.StepNodes(task, 0)
	if err != nil {
		return bindings.ProofMarketShape{}, err
	}
	if task.CheckpointInterval <= 0 || uint64(task.CheckpointInterval) > math.MaxUint32 || task.Steps <= 0 {
		return bindings.ProofMarketShape{}, fmt.Errorf("%w: interval %d, steps %d", prooflearn.ErrInvalidTask, task.CheckpointInterval, task.Steps)
	}
	return bindings.ProofMarketShape{Interval: uint32(task.CheckpointInterval), Steps: uint64(task.Steps),
		GraphHash: GraphHash(uint32(len(nodes)), StateWriters(nodes))}, nil
}

// CheckTaskShape refuses (ErrTaskShape) a task whose on-chain shape is not
// the one its file gives: a solver would stake, and a verifier judge, a task
// whose disputes the market would cut up otherwise.
func CheckTaskShape(onChain bindings.ProofMarketShape, task *prooflearn.Task) error {
	want, err := TaskShapeOf(task)
	if err != nil {
		return err
	}
	if onChain != want {
		return fmt.Errorf("%w: the chain has interval %d, %d steps, graph %x; the task file gives %d, %d, %x", ErrTaskShape,
			onChain.Interval, onChain.Steps, onChain.GraphHash, want.Interval, want.Steps, want.GraphHash)
	}
	return nil
}

// StateRoots are the level-1 state roots (arbitration.StateRoot) of b's
// checkpoints 0..n in order: the leaves a game's start and claims are.
// Each checkpoint is read and checked against its manifest leaf.
func StateRoots(b *arbitration.Bundle) ([]prooflearn.Hash, error) {
	out := make([]prooflearn.Hash, len(b.Manifest.Checkpoints))
	for j := range out {
		c, err := b.Checkpoint(j)
		if err != nil {
			return nil, err
		}
		out[j] = arbitration.StateRoot(c)
	}
	return out, nil
}

// StateRootsRoot is the state-roots commitment a solver makes with its
// proof root (commitRoot's stateRoot): the RFC 6962 root over StateRoots,
// the same tree the game opens its leaves in, so openGame checks a case's
// start and the solver's claim against it.
func StateRootsRoot(b *arbitration.Bundle) (prooflearn.Hash, error) {
	roots, err := StateRoots(b)
	if err != nil {
		return prooflearn.Hash{}, err
	}
	return prooflearn.MerkleRoot(roots), nil
}

// CheckStateRoot is a verifier's check of the solver's state-roots
// commitment: nil when the bundle gives onChain, ErrStateRoots (with both
// roots) when not. The rejection needs no game: the commitment is a
// function of the bundle that anyone, the arbiter included, recomputes.
func CheckStateRoot(onChain [32]byte, b *arbitration.Bundle) error {
	got, err := StateRootsRoot(b)
	if err != nil {
		return err
	}
	if got != onChain {
		return fmt.Errorf("%w: the chain has %x, the bundle's state roots give %x", ErrStateRoots, onChain, got)
	}
	return nil
}

// StatePaths are the inclusion proofs openGame takes for a game on segment:
// leaves segment (the agreed start) and segment+1 (the solver's claim) of
// the tree over roots (StateRoots of the solver's bundle).
func StatePaths(roots []prooflearn.Hash, segment int) (startPath, claimPath [][32]byte, err error) {
	if segment < 0 || segment+1 >= len(roots) {
		return nil, nil, fmt.Errorf("%w: segment %d of %d", prooflearn.ErrOutOfRange, segment, len(roots)-1)
	}
	tree := prooflearn.NewTree(roots)
	sp, err := tree.InclusionProof(segment)
	if err != nil {
		return nil, nil, err
	}
	cp, err := tree.InclusionProof(segment + 1)
	if err != nil {
		return nil, nil, err
	}
	return hashes(sp), hashes(cp), nil
}
