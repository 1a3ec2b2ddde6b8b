package zkruling

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"
)

// Every circuit's public inputs are the digests of its operator's inputs and
// output, in that order, and nothing else: the shapes (and transposes) are
// fixed when the circuit is compiled, so they live in the verifying key, and
// a contract needs to trust nothing beyond the digests it already holds.

// matMulCircuit proves C = Round(op(A)·op(B), Frac) with every value of A, B
// and C in [-2^Bound, 2^Bound). The prover supplies the exact accumulators
// Acc = op(A)·op(B); instead of m·k·n multiplications the circuit checks them
// with Freivalds' test, r^T·Acc = (r^T·op(A))·op(B), for r = (1, ρ, ρ², …)
// with ρ derived from a commitment to A, B and Acc (so fixed after them),
// which costs m·n + m·k + k·n multiplications. Then each C = Round(Acc) is
// pinned by a remainder Acc + 2^(Frac−1) − C·2^Frac range-checked to
// [0, 2^Frac).
type matMulCircuit struct {
	DigestA, DigestB, DigestC frontend.Variable `gnark:",public"`

	A, B, C, Acc []frontend.Variable

	shape matMulShape
	pack  int
}

type matMulShape struct {
	M, K, N        int
	TransA, TransB bool
}

func (s matMulShape) shapeA() []int {
	if s.TransA {
		return []int{s.K, s.M}
	}
	return []int{s.M, s.K}
}

func (s matMulShape) shapeB() []int {
	if s.TransB {
		return []int{s.N, s.K}
	}
	return []int{s.K, s.N}
}

func newMatMulCircuit(s matMulShape, pack int) *matMulCircuit {
	return &matMulCircuit{
		A:     make([]frontend.Variable, s.M*s.K),
		B:     make([]frontend.Variable, s.K*s.N),
		C:     make([]frontend.Variable, s.M*s.N),
		Acc:   make([]frontend.Variable, s.M*s.N),
		shape: s,
		pack:  pack,
	}
}

func (c *matMulCircuit) Define(api frontend.API) error {
	s := c.shape
	defineMatMul(api, s, c.A, c.B, c.C, c.Acc)
	return assertDigests(api, c.pack,
		digestInput{c.DigestA, s.shapeA(), c.A},
		digestInput{c.DigestB, s.shapeB(), c.B},
		digestInput{c.DigestC, []int{s.M, s.N}, c.C})
}

// defineMatMul constrains C = Round(op(A)·op(B), Frac) through the witness
// accumulators Acc, every value of A, B and C range-checked: the product
// whichever digests bind its tensors.
func defineMatMul(api frontend.API, s matMulShape, a, b, cv, accs []frontend.Variable) {
	rc := newRangechecker(api)
	for _, t := range [][]frontend.Variable{a, b, cv} {
		checkValues(api, rc, t)
	}
	for i, acc := range accs {
		rc.Check(api.Sub(api.Add(acc, 1<<(Frac-1)), api.Mul(cv[i], 1<<Frac)), Frac)
	}
	committed := append(append(append([]frontend.Variable{}, accs...), a...), b...)
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		r := make([]frontend.Variable, s.M)
		r[0] = 1
		for i := 1; i < s.M; i++ {
			r[i] = api.Mul(r[i-1], rho)
		}
		// u = r^T·op(A), then both sides of r^T·Acc = u·op(B), column by column.
		u := make([]frontend.Variable, s.K)
		for p := range s.K {
			var sum frontend.Variable = 0
			for i := range s.M {
				sum = api.Add(sum, api.Mul(r[i], a[index(i, p, s.M, s.K, s.TransA)]))
			}
			u[p] = sum
		}
		for j := range s.N {
			var lhs, rhs frontend.Variable = 0, 0
			for i := range s.M {
				lhs = api.Add(lhs, api.Mul(r[i], accs[i*s.N+j]))
			}
			for p := range s.K {
				rhs = api.Add(rhs, api.Mul(u[p], b[index(p, j, s.K, s.N, s.TransB)]))
			}
			api.AssertIsEqual(lhs, rhs)
		}
		return nil
	}, committed...)
}

// reluCircuit proves Y = max(X, 0) elementwise over a tensor of the given
// shape.
type reluCircuit struct {
	DigestX, DigestY frontend.Variable `gnark:",public"`

	X, Y []frontend.Variable

	shape []int
	pack  int
}

func (c *reluCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	for i, x := range c.X {
		api.AssertIsEqual(c.Y[i], api.Mul(nonNegative(api, rc, x), x))
	}
	return assertDigests(api, c.pack,
		digestInput{c.DigestX, c.shape, c.X},
		digestInput{c.DigestY, c.shape, c.Y})
}

// reluGradCircuit proves DX = DY where X > 0, else 0.
type reluGradCircuit struct {
	DigestDY, DigestX, DigestDX frontend.Variable `gnark:",public"`

	DY, X, DX []frontend.Variable

	shape []int
	pack  int
}

func (c *reluGradCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	checkValues(api, rc, c.DY)
	for i, x := range c.X {
		// x > 0 ⇔ x ≥ 0 and x ≠ 0; nonNegative already forces x = 0 to the
		// non-negative side, so subtracting IsZero leaves exactly x > 0.
		positive := api.Sub(nonNegative(api, rc, x), api.IsZero(x))
		api.AssertIsEqual(c.DX[i], api.Mul(positive, c.DY[i]))
	}
	return assertDigests(api, c.pack,
		digestInput{c.DigestDY, c.shape, c.DY},
		digestInput{c.DigestX, c.shape, c.X},
		digestInput{c.DigestDX, c.shape, c.DX})
}

// checkValues range-checks every value to [-2^Bound, 2^Bound): the spec's
// output rule, and what makes the packed digest injective.
func checkValues(api frontend.API, rc frontend.Rangechecker, vs []frontend.Variable) {
	for _, v := range vs {
		rc.Check(api.Add(v, 1<<Bound), valueBits)
	}
}

// nonNegative returns a bit s = [x ≥ 0] and, in passing, proves x in
// [-2^Bound, 2^Bound): x + 2^Bound − s·2^Bound must lie in [0, 2^Bound),
// which for s = 1 says 0 ≤ x < 2^Bound and for s = 0 says -2^Bound ≤ x < 0,
// so exactly one s satisfies it.
func nonNegative(api frontend.API, rc frontend.Rangechecker, x frontend.Variable) frontend.Variable {
	res, err := api.Compiler().NewHint(signHint, 1, x)
	if err != nil {
		panic(fmt.Sprintf("zkruling: sign hint: %v", err))
	}
	s := res[0]
	api.AssertIsBoolean(s)
	rc.Check(api.Sub(api.Add(x, 1<<Bound), api.Mul(s, 1<<Bound)), Bound)
	return s
}

type digestInput struct {
	public frontend.Variable
	shape  []int
	values []frontend.Variable
}

func assertDigests(api frontend.API, pack int, ds ...digestInput) error {
	for _, d := range ds {
		got, err := digestCircuit(api, d.shape, d.values, pack)
		if err != nil {
			return err
		}
		api.AssertIsEqual(d.public, got)
	}
	return nil
}

func newRangechecker(api frontend.API) frontend.Rangechecker { return rangecheck.New(api) }
