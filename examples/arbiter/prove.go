package main

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/logger"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
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
	// Error says why no proof was made.
	Error string `json:"error,omitempty"`
}

// errNotProven is a ruling -prove could not prove.
var errNotProven = errors.New("no proof of the ruling")

// proveRuling proves the operator of call, the arbiter's ruling, with the
// output its re-execution gives. A missing solc skips only the chain.
func proveRuling(call *arbitration.OperatorCall) (*ProofReport, error) {
	// gnark logs its compile and prove phases to stderr in its own format;
	// the report carries what matters of them.
	logger.Disable()
	res, err := arbitration.RunCall(call)
	if err != nil {
		return nil, fmt.Errorf("%w: re-executing %s: %v", errNotProven, call.Op, err)
	}
	op, inputs, err := zkOperator(call)
	if err != nil {
		return nil, err
	}
	r, err := zkruling.ProveOperator(op, inputs, res.Tensor.I32)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNotProven, err)
	}
	if err := r.VerifyGo(); err != nil {
		return nil, fmt.Errorf("%w: the proof does not verify: %v", errNotProven, err)
	}
	p := &ProofReport{VerifiedGo: true, OutputLeaf: res.Output.String()}
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

// zkOperator is the zkruling operator of a fixed-mode node and its inputs in
// zkruling's argument order.
func zkOperator(call *arbitration.OperatorCall) (zkruling.Operator, [][]int32, error) {
	in := make([][]int32, len(call.Inputs))
	for k := range call.Inputs {
		in[k] = call.Inputs[k].Tensor.I32
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
	case train.OpFixedReLU:
		return zkruling.Operator{Op: zkruling.OpReLU, Shape: out}, in, nil
	case train.OpFixedReLUGrad:
		// The node reads (x, dy); the circuit takes (dy, x).
		return zkruling.Operator{Op: zkruling.OpReLUGrad, Shape: out}, [][]int32{in[1], in[0]}, nil
	}
	return zkruling.Operator{}, nil, fmt.Errorf("%w: %s %q: %w", errNotProven, call.Op, call.Name, zkruling.ErrUnsupported)
}
