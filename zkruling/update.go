package zkruling

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
)

// The optimizer update of prooflearn/fixed.Update is two operators in the
// training graph, and the dispute game pins one of them: fx.momentum
// (v' = Round(MU·v, Frac) + g) and fx.sgd (w' = w − Round(LR·v, Frac), v the
// new momentum, or the gradient itself under plain SGD). Each has its own
// circuit, with the constant (MU or LR, raw as fixed.Momentum and
// fixed.LearningRate give them) fixed at compile time like a shape: a ruling
// under another learning rate is a different circuit with a different
// verifying key, so a verifier that holds the task's key cannot be shown a
// ruling under a lied rate.

// updateCircuit proves one elementwise optimizer operator over n values:
//
//	momentum: Out = Round(Scalar·X, Frac) + Y   (X = v, Y = g, Out = v')
//	sgd:      Out = X − Round(Scalar·Y, Frac)   (X = w, Y = v or g, Out = w')
//
// with every value of X, Y and Out in [-2^Bound, 2^Bound). The rounded
// product q is the difference of two in-range values, and is pinned by its
// remainder Scalar·x + 2^(Frac−1) − q·2^Frac, range-checked to [0, 2^Frac):
// exactly fixed.Round's (acc + 2^(Frac−1)) >> Frac, a tie toward +∞. All the
// quantities are far below the field's size (|Scalar·x| < 2^55), so the
// field equation is the integer one.
type updateCircuit struct {
	DigestX, DigestY, DigestOut frontend.Variable `gnark:",public"`

	X, Y, Out []frontend.Variable

	op     string
	scalar int64
	shape  []int
	pack   int
}

// maxScalar bounds |LR| and |MU| (2^31, a rate of 32768): it keeps every
// product below 2^55, so the remainder check cannot wrap the field.
const maxScalar = 1 << 31

func newUpdateCircuit(op Operator, pack int) (*updateCircuit, error) {
	n, err := size(op.Shape)
	if err != nil {
		return nil, err
	}
	if op.Scalar <= -maxScalar || op.Scalar >= maxScalar {
		return nil, fmt.Errorf("zkruling: %s: scalar %d outside (-2^31, 2^31)", op.Op, op.Scalar)
	}
	return &updateCircuit{X: make([]frontend.Variable, n), Y: make([]frontend.Variable, n), Out: make([]frontend.Variable, n),
		op: op.Op, scalar: op.Scalar, shape: op.Shape, pack: pack}, nil
}

func (c *updateCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	for _, t := range [][]frontend.Variable{c.X, c.Y, c.Out} {
		checkValues(api, rc, t)
	}
	for i := range c.Out {
		var prod, q frontend.Variable
		if c.op == OpMomentum {
			prod, q = api.Mul(c.X[i], c.scalar), api.Sub(c.Out[i], c.Y[i])
		} else {
			prod, q = api.Mul(c.Y[i], c.scalar), api.Sub(c.X[i], c.Out[i])
		}
		rc.Check(api.Sub(api.Add(prod, 1<<(Frac-1)), api.Mul(q, 1<<Frac)), Frac)
	}
	return assertDigests(api, c.pack,
		digestInput{c.DigestX, c.shape, c.X},
		digestInput{c.DigestY, c.shape, c.Y},
		digestInput{c.DigestOut, c.shape, c.Out})
}
