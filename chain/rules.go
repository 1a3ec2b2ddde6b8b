package chain

import (
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Ruler is who rules a game at its Ruling phase: a circuit's proof, the
// arbiter's attestation, or nobody yet.
type Ruler uint8

const (
	// RulerArbiter: no circuit proves the pinned operator (every
	// float-mode one), or the registrar registered none within the grace:
	// the arbiter re-executes the operator and attests (RuleGame).
	RulerArbiter Ruler = iota
	// RulerProof: the registry holds the operator's chunk circuit, or the
	// product's slice circuit: the challenger's proof rules, and the
	// arbiter attests nothing.
	RulerProof
	// RulerWait: a circuit would prove the operator (a chunk circuit, or a
	// product's inner level) but the registry holds none yet and the grace
	// has not passed: the arbiter waits for the registrar.
	RulerWait
)

func (r Ruler) String() string {
	switch r {
	case RulerArbiter:
		return "the arbiter"
	case RulerProof:
		return "a registered circuit's proof"
	case RulerWait:
		return "nobody yet (waiting for the registrar)"
	}
	return "unknown"
}

// WhoRules decides who rules game g's Ruling phase on operator node of
// global step of task: in a fixed-mode task, the proof of the operator's
// circuit once the registry holds it (a chunk circuit, ChunkOperator, or,
// for a product, its inner level, ProductOf), else a wait while waited (how
// long the arbiter has waited for the registrar) is under grace, else the
// arbiter; in any other mode, and for an operator no circuit proves, the
// arbiter.
func WhoRules(opts *bind.CallOpts, g *bindings.DisputeGame, task *prooflearn.Task, step int, node uint32, waited, grace time.Duration) (Ruler, error) {
	if task.Mode != prooflearn.ModeFixed {
		return RulerArbiter, nil
	}
	nodes, err := train.StepNodes(task, step)
	if err != nil {
		return 0, err
	}
	graph := StepGraphKey(task.Hash(), nodes)
	var registered bool
	switch {
	case isProduct(nodes, node):
		c, err := g.SliceCircuitOf(opts, graph, node)
		if err != nil {
			return 0, err
		}
		registered = c.Slice != (common.Address{})
	case isChunkOperator(nodes, node):
		c, err := g.CircuitOf(opts, graph, node)
		if err != nil {
			return 0, err
		}
		registered = c.Verifier != (common.Address{})
	default:
		return RulerArbiter, nil
	}
	switch {
	case registered:
		return RulerProof, nil
	case waited < grace:
		return RulerWait, nil
	}
	return RulerArbiter, nil
}

func isProduct(nodes []train.Node, node uint32) bool {
	_, err := ProductOf(nodes, int(node))
	return err == nil
}

func isChunkOperator(nodes []train.Node, node uint32) bool {
	_, _, err := ChunkOperator(nodes, int(node))
	return err == nil
}
