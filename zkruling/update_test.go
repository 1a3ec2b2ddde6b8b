package zkruling

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// updateCase is one optimizer operator of tiny-fixed's hyperparameters
// (η = 0.02, μ = 0.8) on a 2×5 tensor, the inputs drawn so that products
// land on every residue, ties included.
type updateCase struct {
	op    Operator
	x, y  []int32
	out   []int32
	apply func(x, y []int32, scalar int64) []int32
}

func momentumOut(v, g []int32, mu int64) []int32 {
	out := slices.Clone(v)
	if err := fixed.MomentumStep(out, g, mu); err != nil {
		panic(err)
	}
	return out
}

func sgdOut(w, v []int32, lr int64) []int32 {
	out := slices.Clone(w)
	if err := fixed.SGDStep(out, v, lr); err != nil {
		panic(err)
	}
	return out
}

func newUpdateCase(seed uint64, op string) updateCase {
	rng := rand.New(rand.NewPCG(seed, 7))
	shape := []int{2, 5}
	x, y := randomTensor(rng, 10, 2*One), randomTensor(rng, 10, One)
	// Extremes of the range, where a wrapped or mis-signed product shows.
	x[0], y[0] = fixed.Min, fixed.Max
	if op == OpSGD {
		x[0] = fixed.Max
	}
	uc := updateCase{x: x, y: y}
	if op == OpMomentum {
		uc.op = Operator{Op: OpMomentum, Shape: shape, Scalar: fixed.Momentum(0.8)}
		uc.apply = momentumOut
	} else {
		uc.op = Operator{Op: OpSGD, Shape: shape, Scalar: fixed.LearningRate(0.02)}
		uc.apply = sgdOut
	}
	uc.out = uc.apply(x, y, uc.op.Scalar)
	return uc
}

func TestUpdateRulings(t *testing.T) {
	for _, op := range []string{OpMomentum, OpSGD} {
		t.Run(op, func(t *testing.T) {
			uc := newUpdateCase(11, op)
			r, err := ProveOperator(uc.op, [][]int32{uc.x, uc.y}, uc.out)
			require.NoError(t, err)
			require.NoError(t, r.VerifyGo())
			assert.Len(t, r.PublicInputs(), 3)
			t.Logf("%s: %d constraints, setup %v, prove %v", r.Report.Circuit, r.Report.Constraints, r.Report.SetupTime, r.Report.ProveTime)

			t.Run("output off by one raw unit", func(t *testing.T) {
				for _, d := range []int32{1, -1} {
					out := slices.Clone(uc.out)
					out[3] += d
					_, err := ProveOperator(uc.op, [][]int32{uc.x, uc.y}, out)
					assert.Error(t, err, "off by %d", d)
				}
			})
			t.Run("truncated instead of rounded", func(t *testing.T) {
				// Round toward −∞ (an arithmetic shift without the half) in
				// place of fixed.Round: differs wherever the remainder is at
				// least a half.
				out := make([]int32, len(uc.out))
				differs := false
				for i := range out {
					var v int64
					if op == OpMomentum {
						v = (uc.op.Scalar*int64(uc.x[i]))>>Frac + int64(uc.y[i])
					} else {
						v = int64(uc.x[i]) - (uc.op.Scalar*int64(uc.y[i]))>>Frac
					}
					out[i] = int32(v)
					differs = differs || out[i] != uc.out[i]
				}
				require.True(t, differs, "truncation must differ from rounding somewhere for the case to mean anything")
				_, err := ProveOperator(uc.op, [][]int32{uc.x, uc.y}, out)
				assert.Error(t, err)
			})
			t.Run("computed with another constant", func(t *testing.T) {
				// The output of a lied rate (η = 0.03, μ = 0.9) under the
				// task's circuit.
				lied := fixed.LearningRate(0.03)
				if op == OpMomentum {
					lied = fixed.Momentum(0.9)
				}
				out := uc.apply(uc.x, uc.y, lied)
				require.NotEqual(t, uc.out, out)
				_, err := ProveOperator(uc.op, [][]int32{uc.x, uc.y}, out)
				assert.Error(t, err)
				// And a proof under the lied constant's own circuit does not
				// verify under the task's key: the digests are the same kind of
				// statement, but the constant lives in the verifying key.
				liedOp := uc.op
				liedOp.Scalar = lied
				lr, err := ProveOperator(liedOp, [][]int32{uc.x, uc.y}, out)
				require.NoError(t, err)
				lr.circuit = r.circuit
				assert.Error(t, lr.VerifyGo())
			})
			t.Run("input out of range", func(t *testing.T) {
				x := slices.Clone(uc.x)
				x[1] = fixed.Max + 1                      // 2^24, one past the range
				out := uc.apply(uc.x, uc.y, uc.op.Scalar) // any claim: the input alone is refused
				_, err := ProveOperator(uc.op, [][]int32{x, uc.y}, out)
				assert.Error(t, err)
			})
			t.Run("tampered digest", func(t *testing.T) {
				bad := *r
				bad.Digests = slices.Clone(r.Digests)
				bad.Digests[2].SetUint64(1)
				assert.Error(t, bad.VerifyGo())
			})
		})
	}
}

func TestUpdateOperatorChecks(t *testing.T) {
	_, err := Constraints(Operator{Op: OpSGD, Shape: []int{3}, Scalar: 1 << 31})
	assert.Error(t, err, "a scalar that could wrap the field is refused")
	_, err = Constraints(Operator{Op: OpMomentum, Shape: []int{0}, Scalar: 1})
	assert.Error(t, err)
	_, err = ProveOperator(Operator{Op: OpSGD, Shape: []int{4}, Scalar: 1311}, [][]int32{{1, 2, 3, 4}}, []int32{1, 2, 3, 4})
	assert.Error(t, err, "one input where sgd takes two")
}
