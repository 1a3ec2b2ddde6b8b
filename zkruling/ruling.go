package zkruling

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// Operator names, as the training graph spells them.
const (
	OpMatMul   = "matmul"
	OpReLU     = "relu"
	OpReLUGrad = "relu-grad"
	OpAddBias  = "add-bias"
	OpBiasGrad = "bias-grad"
	OpMomentum = "momentum" // (v, g) ↦ v', Scalar = MU: fixed.MomentumStep
	OpSGD      = "sgd"      // (w, v) ↦ w', Scalar = LR: fixed.SGDStep
	// OpSquaredErrorGrad: (z, y) ↦ dz = RoundDiv(z − y, m), y the one-hot
	// targets and m the batch (Shape[0]): fixed.SquaredErrorGrad. Proven by
	// chunk only (ProveChunk).
	OpSquaredErrorGrad = "squared-error-grad"
)

// ErrUnsupported is returned for an operator no circuit proves yet.
var ErrUnsupported = errors.New("zkruling: no circuit for this operator")

// Operator names one operator instance and the shapes its circuit is sized
// by. For OpMatMul, M, K, N and the transposes are those of
// prooflearn/fixed.MatMul; for OpAddBias and OpBiasGrad the matrix is M×N
// (the bias N wide); for OpReLU, OpReLUGrad, OpMomentum and OpSGD Shape is
// the tensor shape. Scalar is the update's constant, raw (fixed.Momentum's MU
// for OpMomentum, fixed.LearningRate's LR for OpSGD), compiled into the
// circuit.
type Operator struct {
	Op             string
	M, K, N        int
	TransA, TransB bool
	Shape          []int
	Scalar         int64
}

// key names the circuit an operator needs: operators with equal keys share
// one compiled circuit and one pair of keys.
func (o Operator) key() string {
	switch o.Op {
	case OpMatMul:
		return fmt.Sprintf("%s %dx%dx%d ta=%t tb=%t", o.Op, o.M, o.K, o.N, o.TransA, o.TransB)
	case OpAddBias, OpBiasGrad:
		return fmt.Sprintf("%s %dx%d", o.Op, o.M, o.N)
	case OpMomentum, OpSGD:
		return fmt.Sprintf("%s %v scalar=%d", o.Op, o.Shape, o.Scalar)
	}
	return fmt.Sprintf("%s %v", o.Op, o.Shape)
}

// Report is what a ruling cost to produce and to check.
type Report struct {
	Circuit      string
	Constraints  int
	PublicInputs int
	SetupTime    time.Duration // zero when the keys came from the cache
	ProveTime    time.Duration
	ProofBytes   int // the Solidity encoding of the proof
	DeployGas    uint64
	VerifyGas    uint64 // the verification transaction's gas, 21,000 intrinsic included
}

// Ruling is a Groth16 proof that an operator applied to the tensors with the
// input digests yields the tensor with the output digest.
type Ruling struct {
	Operator Operator
	// Digests of the operator's inputs, in argument order, then its output:
	// the proof's public inputs.
	Digests []fr.Element
	Proof   groth16.Proof
	Report  Report
	// Chunk locates a ruling of ProveChunk in its tensor; nil for a
	// ruling on the whole operator.
	Chunk *ChunkRef
	// Slice locates a ruling of ProveSlice or ProveRound in its product's
	// partial products; nil otherwise.
	Slice *SliceRef

	circuit *compiled
}

// compiled is one circuit with its keys. The keys come from a local setup
// whose toxic waste this process discards: sound against everyone but the
// process itself, which is what an arbiter's self-check and the measurements
// need. A contract must instead take a verifying key from a multi-party
// ceremony, which this package does not run.
type compiled struct {
	name string
	// blank returns the circuit with no assignment, to carry a public
	// witness.
	blank func() (frontend.Circuit, error)
	ccs   constraint.ConstraintSystem
	pk    groth16.ProvingKey
	vk    groth16.VerifyingKey

	solOnce sync.Once
	sol     []byte
	solErr  error
}

var circuits = struct {
	sync.Mutex
	byKey map[string]*compiled
}{byKey: map[string]*compiled{}}

func init() { solver.RegisterHint(signHint) }

// ProveOperator proves that op maps inputs to output. The output is the
// claim, not recomputed: one the specification does not produce (a wrong
// value, a wrong rounding, a value out of range) leaves the circuit
// unsatisfiable and the call fails. Inputs are in argument order:
// (a, b) for OpMatMul, (x) for OpReLU, (dy, x) for OpReLUGrad, (x, bias) for
// OpAddBias, (dy) for OpBiasGrad, (v, g) for OpMomentum, (w, v) for OpSGD.
func ProveOperator(op Operator, inputs [][]int32, output []int32) (*Ruling, error) {
	assignment, shapes, err := assign(op, inputs, output)
	if err != nil {
		return nil, err
	}
	digests := make([]fr.Element, len(shapes))
	tensors := append(append([][]int32{}, inputs...), output)
	for i := range shapes {
		if digests[i], err = Digest(shapes[i], tensors[i]); err != nil {
			return nil, fmt.Errorf("%w (%s argument %d)", err, op.Op, i)
		}
	}
	setDigests(assignment, digests)
	return prove(op, assignment, digests)
}

func prove(op Operator, assignment frontend.Circuit, digests []fr.Element) (*Ruling, error) {
	c, setup, err := circuitFor(op)
	if err != nil {
		return nil, err
	}
	return proveWith(c, setup, op, assignment, digests)
}

func proveWith(c *compiled, setup time.Duration, op Operator, assignment frontend.Circuit, digests []fr.Element) (*Ruling, error) {
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	start := time.Now()
	proof, err := groth16.Prove(c.ccs, c.pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("zkruling: %s does not satisfy its circuit: %w", c.name, err)
	}
	r := &Ruling{Operator: op, Digests: digests, Proof: proof, circuit: c}
	r.Report = Report{
		Circuit:      c.name,
		Constraints:  c.ccs.GetNbConstraints(),
		PublicInputs: len(digests),
		SetupTime:    setup,
		ProveTime:    time.Since(start),
		ProofBytes:   len(r.SolidityProof()),
	}
	return r, nil
}

// VerifyGo checks the proof against the digests, as the Solidity verifier
// does (same hash to field for the commitment).
func (r *Ruling) VerifyGo() error {
	blank, err := r.circuit.blank()
	if err != nil {
		return err
	}
	setDigests(blank, r.Digests)
	w, err := frontend.NewWitness(blank, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return err
	}
	return groth16.Verify(r.Proof, r.circuit.vk, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16))
}

// PublicInputs are the digests as the Solidity verifier takes them.
func (r *Ruling) PublicInputs() []*big.Int {
	out := make([]*big.Int, len(r.Digests))
	for i, d := range r.Digests {
		out[i] = fieldOf(d)
	}
	return out
}

// SolidityProof is the proof in the encoding of the exported verifier's
// verifyProof: A, B, C, then the commitment and its proof of knowledge.
func (r *Ruling) SolidityProof() []byte {
	return r.Proof.(*groth16bn254.Proof).MarshalSolidity()
}

// Solidity returns the verifier contract of the ruling's circuit.
func (r *Ruling) Solidity() ([]byte, error) { return r.circuit.solidity() }

func (c *compiled) solidity() ([]byte, error) {
	c.solOnce.Do(func() {
		var buf bytes.Buffer
		c.solErr = c.vk.ExportSolidity(&buf)
		c.sol = buf.Bytes()
	})
	return c.sol, c.solErr
}

// Constraints compiles op's circuit and returns its constraint count,
// without the far costlier setup.
func Constraints(op Operator) (int, error) {
	c, err := newCircuit(op, packWidth)
	if err != nil {
		return 0, err
	}
	return compileCount(c)
}

func compileCount(c frontend.Circuit) (int, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return 0, err
	}
	return ccs.GetNbConstraints(), nil
}

func circuitFor(op Operator) (*compiled, time.Duration, error) {
	return circuitByKey(op.key(), func() (frontend.Circuit, error) { return newCircuit(op, packWidth) })
}

// circuitByKey compiles and sets up the circuit build returns, once per key
// and process.
func circuitByKey(key string, build func() (frontend.Circuit, error)) (*compiled, time.Duration, error) {
	circuits.Lock()
	defer circuits.Unlock()
	if c, ok := circuits.byKey[key]; ok {
		return c, 0, nil
	}
	start := time.Now()
	circuit, err := build()
	if err != nil {
		return nil, 0, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		return nil, 0, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, 0, err
	}
	c := &compiled{name: key, blank: build, ccs: ccs, pk: pk, vk: vk}
	circuits.byKey[key] = c
	return c, time.Since(start), nil
}

// newCircuit returns op's circuit, sized by its shapes, with values packed
// pack to a field element in the digests.
func newCircuit(op Operator, pack int) (frontend.Circuit, error) {
	switch op.Op {
	case OpMatMul:
		if op.M <= 0 || op.K <= 0 || op.N <= 0 || op.K > 1<<14 {
			return nil, fmt.Errorf("zkruling: matmul %dx%dx%d: dimensions must be positive, the inner one at most 2^14", op.M, op.K, op.N)
		}
		return newMatMulCircuit(matMulShape{op.M, op.K, op.N, op.TransA, op.TransB}, pack), nil
	case OpReLU:
		n, err := size(op.Shape)
		if err != nil {
			return nil, err
		}
		return &reluCircuit{X: make([]frontend.Variable, n), Y: make([]frontend.Variable, n), shape: op.Shape, pack: pack}, nil
	case OpReLUGrad:
		n, err := size(op.Shape)
		if err != nil {
			return nil, err
		}
		return &reluGradCircuit{DY: make([]frontend.Variable, n), X: make([]frontend.Variable, n), DX: make([]frontend.Variable, n), shape: op.Shape, pack: pack}, nil
	case OpAddBias, OpBiasGrad:
		if op.M <= 0 || op.N <= 0 || op.M > 1<<14 {
			return nil, fmt.Errorf("zkruling: %s %dx%d: dimensions must be positive, the rows at most 2^14", op.Op, op.M, op.N)
		}
		mn := op.M * op.N
		if op.Op == OpAddBias {
			return &addBiasCircuit{X: make([]frontend.Variable, mn), Bias: make([]frontend.Variable, op.N), Y: make([]frontend.Variable, mn), m: op.M, n: op.N, pack: pack}, nil
		}
		return &biasGradCircuit{DY: make([]frontend.Variable, mn), DB: make([]frontend.Variable, op.N), m: op.M, n: op.N, pack: pack}, nil
	case OpMomentum, OpSGD:
		return newUpdateCircuit(op, pack)
	}
	return nil, fmt.Errorf("%w: %q", ErrUnsupported, op.Op)
}

// assign builds the full assignment (digests left unset) and returns the
// shapes of the inputs and output in argument order.
func assign(op Operator, inputs [][]int32, output []int32) (frontend.Circuit, [][]int, error) {
	circuit, err := newCircuit(op, packWidth)
	if err != nil {
		return nil, nil, err
	}
	var shapes [][]int
	switch c := circuit.(type) {
	case *matMulCircuit:
		shapes = [][]int{c.shape.shapeA(), c.shape.shapeB(), {op.M, op.N}}
	case *reluCircuit:
		shapes = [][]int{op.Shape, op.Shape}
	case *reluGradCircuit:
		shapes = [][]int{op.Shape, op.Shape, op.Shape}
	case *addBiasCircuit:
		shapes = [][]int{{op.M, op.N}, {op.N}, {op.M, op.N}}
	case *biasGradCircuit:
		shapes = [][]int{{op.M, op.N}, {op.N}}
	case *updateCircuit:
		shapes = [][]int{op.Shape, op.Shape, op.Shape}
	}
	if len(inputs) != len(shapes)-1 {
		return nil, nil, fmt.Errorf("zkruling: %s takes %d inputs, got %d", op.Op, len(shapes)-1, len(inputs))
	}
	tensors := append(append([][]int32{}, inputs...), output)
	for i, t := range tensors {
		n, _ := size(shapes[i])
		if len(t) != n {
			return nil, nil, fmt.Errorf("zkruling: %s argument %d has %d values, shape %v holds %d", op.Op, i, len(t), shapes[i], n)
		}
	}
	switch c := circuit.(type) {
	case *matMulCircuit:
		fill(c.A, inputs[0])
		fill(c.B, inputs[1])
		fill(c.C, output)
		for i, v := range matMulAcc(inputs[0], inputs[1], op.M, op.K, op.N, op.TransA, op.TransB) {
			c.Acc[i] = v
		}
	case *reluCircuit:
		fill(c.X, inputs[0])
		fill(c.Y, output)
	case *reluGradCircuit:
		fill(c.DY, inputs[0])
		fill(c.X, inputs[1])
		fill(c.DX, output)
	case *addBiasCircuit:
		fill(c.X, inputs[0])
		fill(c.Bias, inputs[1])
		fill(c.Y, output)
	case *biasGradCircuit:
		fill(c.DY, inputs[0])
		fill(c.DB, output)
	case *updateCircuit:
		fill(c.X, inputs[0])
		fill(c.Y, inputs[1])
		fill(c.Out, output)
	}
	return circuit, shapes, nil
}

func setDigests(circuit frontend.Circuit, d []fr.Element) {
	v := make([]frontend.Variable, len(d))
	for i := range d {
		v[i] = fieldOf(d[i])
	}
	switch c := circuit.(type) {
	case publicSetter:
		c.setPublic(v)
	case *matMulCircuit:
		c.DigestA, c.DigestB, c.DigestC = v[0], v[1], v[2]
	case *reluCircuit:
		c.DigestX, c.DigestY = v[0], v[1]
	case *reluGradCircuit:
		c.DigestDY, c.DigestX, c.DigestDX = v[0], v[1], v[2]
	case *addBiasCircuit:
		c.DigestX, c.DigestBias, c.DigestY = v[0], v[1], v[2]
	case *biasGradCircuit:
		c.DigestDY, c.DigestDB = v[0], v[1]
	case *updateCircuit:
		c.DigestX, c.DigestY, c.DigestOut = v[0], v[1], v[2]
	case *chunkCircuit:
		c.Digests = v
	case *wholeCircuit:
		c.Digests = v
	case *sliceCircuit:
		copy(c.Digests[:], v)
	case *roundCircuit:
		copy(c.Digests[:], v)
	}
}

func fill(dst []frontend.Variable, src []int32) {
	for i, v := range src {
		dst[i] = int64(v)
	}
}

func size(shape []int) (int, error) {
	if len(shape) == 0 {
		return 0, fmt.Errorf("zkruling: empty shape")
	}
	n := 1
	for _, d := range shape {
		if d <= 0 {
			return 0, fmt.Errorf("zkruling: shape %v has a non-positive dimension", shape)
		}
		n *= d
	}
	return n, nil
}

// signHint returns 1 when the field element encodes a non-negative int (below
// r/2), 0 otherwise; the circuit checks its answer.
func signHint(mod *big.Int, in, out []*big.Int) error {
	half := new(big.Int).Rsh(mod, 1)
	out[0].SetUint64(0)
	if in[0].Cmp(half) <= 0 {
		out[0].SetUint64(1)
	}
	return nil
}
