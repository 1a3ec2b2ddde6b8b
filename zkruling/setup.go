package zkruling

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"

	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// The files WriteChunkSetup writes into its directory: the constraint
// system, the proving key and the verifying key of one chunk circuit.
const (
	setupCCS = "circuit.ccs"
	setupPK  = "proving.key"
	setupVK  = "verifying.key"
)

// WriteChunkSetup sets up (once per process) the circuit that proves chunk
// index of op and writes its constraint system and keys into dir, so that
// another process proves with the keys of the party that ran the setup and
// deployed the verifier (LoadChunkSetup) instead of a setup of its own. It
// returns the verifier contract's Solidity source and the setup's time (0
// when the process had already set the circuit up).
func WriteChunkSetup(dir string, op Operator, index int) ([]byte, time.Duration, error) {
	spec, err := chunkSpec(op, index)
	if err != nil {
		return nil, 0, err
	}
	return writeSetup(dir, spec)
}

// LoadChunkSetup reads a setup WriteChunkSetup wrote into dir and makes it
// this process's circuit for op's chunk index: ProveChunk then proves with
// those keys. It returns the Solidity source of the verifier the loaded
// verifying key derives, for the caller to compare with the verifier it
// will be checked by. The constraint system must be the one this process
// compiles for the chunk (same constraint count) and the proving key the
// verifying key's setup: a setup of another circuit, or a proving key of
// another setup, is refused (ErrSetupMismatch).
func LoadChunkSetup(dir string, op Operator, index int) ([]byte, error) {
	spec, err := chunkSpec(op, index)
	if err != nil {
		return nil, err
	}
	return loadSetup(dir, spec)
}

// circuitSpec names one circuit of the process's cache (circuitByKey) and
// builds it blank: what a published setup is written from and checked
// against.
type circuitSpec struct {
	key   string
	build func() (frontend.Circuit, error)
}

// chunkSpec is the circuit that proves chunk index of op.
func chunkSpec(op Operator, index int) (circuitSpec, error) {
	_, length, err := checkChunkOp(op, index)
	if err != nil {
		return circuitSpec{}, err
	}
	offset := rowOffset(op, index)
	return circuitSpec{chunkKey(op, length, offset), func() (frontend.Circuit, error) { return newChunkCircuit(op, length, offset) }}, nil
}

// writeSetup sets up (once per process) the circuit of spec and writes its
// constraint system and keys into dir. It returns the verifier's Solidity
// source and the setup's time.
func writeSetup(dir string, spec circuitSpec) ([]byte, time.Duration, error) {
	c, setup, err := circuitByKey(spec.key, spec.build)
	if err != nil {
		return nil, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, 0, err
	}
	for name, w := range map[string]io.WriterTo{setupCCS: c.ccs, setupPK: c.pk, setupVK: c.vk} {
		if err := writeFile(filepath.Join(dir, name), w); err != nil {
			return nil, 0, err
		}
	}
	src, err := c.solidity()
	return src, setup, err
}

// loadSetup reads a setup writeSetup wrote into dir, checks that it is
// spec's circuit (same constraint count, the proving key the verifying
// key's setup) and makes it this process's circuit of spec's key. It
// returns the Solidity source of the verifier the loaded verifying key
// derives.
func loadSetup(dir string, spec circuitSpec) ([]byte, error) {
	ccs := groth16.NewCS(ecc.BN254)
	pk := groth16.NewProvingKey(ecc.BN254)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	for name, r := range map[string]io.ReaderFrom{setupCCS: ccs, setupPK: pk, setupVK: vk} {
		if err := readFile(filepath.Join(dir, name), r); err != nil {
			return nil, fmt.Errorf("zkruling: %s: %w", name, err)
		}
	}
	blank, err := spec.build()
	if err != nil {
		return nil, err
	}
	want, err := compileCount(blank)
	if err != nil {
		return nil, err
	}
	if got := ccs.GetNbConstraints(); got != want {
		return nil, fmt.Errorf("%w: the published constraint system has %d constraints, the circuit (%s) %d", ErrSetupMismatch, got, spec.key, want)
	}
	if err := sameSetup(pk, vk); err != nil {
		return nil, err
	}
	c := &compiled{name: spec.key, blank: spec.build, ccs: ccs, pk: pk, vk: vk}
	circuits.Lock()
	circuits.byKey[spec.key] = c
	circuits.Unlock()
	return c.solidity()
}

// The subdirectories WriteSliceSetup writes a product's two circuits into.
const (
	SliceSetupSlice = "slice"
	SliceSetupRound = "round"
)

// WriteSliceSetup sets up (once per process) the two circuits of the inner
// level of the plain product op, its slice circuit (ProveSlice, for A's
// full chunks) and its rounding circuit (ProveRound, for full output
// chunks), and writes each one's constraint system and keys into a
// subdirectory of dir (SliceSetupSlice, SliceSetupRound), so that another
// process proves with them (LoadSliceSetup). It returns the two verifiers'
// Solidity sources and the setups' time.
func WriteSliceSetup(dir string, op Operator) (slice, round []byte, setup time.Duration, err error) {
	specs, err := sliceSpecs(op)
	if err != nil {
		return nil, nil, 0, err
	}
	var srcs [2][]byte
	for i, name := range []string{SliceSetupSlice, SliceSetupRound} {
		src, d, err := writeSetup(filepath.Join(dir, name), specs[i])
		if err != nil {
			return nil, nil, 0, err
		}
		srcs[i], setup = src, setup+d
	}
	return srcs[0], srcs[1], setup, nil
}

// LoadSliceSetup reads a setup WriteSliceSetup wrote into dir and makes
// both circuits this process's for op: ProveSlice and ProveRound then prove
// with those keys. It returns the Solidity sources of the verifiers the
// loaded verifying keys derive. A setup of other circuits, or a proving key
// of another setup, is refused (ErrSetupMismatch).
func LoadSliceSetup(dir string, op Operator) (slice, round []byte, err error) {
	specs, err := sliceSpecs(op)
	if err != nil {
		return nil, nil, err
	}
	var srcs [2][]byte
	for i, name := range []string{SliceSetupSlice, SliceSetupRound} {
		if srcs[i], err = loadSetup(filepath.Join(dir, name), specs[i]); err != nil {
			return nil, nil, fmt.Errorf("%s circuit: %w", name, err)
		}
	}
	return srcs[0], srcs[1], nil
}

// sliceSpecs are op's slice circuit (A's full chunks) and rounding circuit
// (full output chunks), the ones the registry holds a verifier of.
func sliceSpecs(op Operator) ([2]circuitSpec, error) {
	width, count, err := checkSliceOp(op)
	if err != nil {
		return [2]circuitSpec{}, err
	}
	m, k, n := op.M, op.K, op.N
	lenA := min(chunk.Size, m*k)
	rows := min(chunk.Size, m*n) / n
	return [2]circuitSpec{
		{sliceKey(op, width, lenA), func() (frontend.Circuit, error) { return newSliceCircuit(m, k, n, width, lenA), nil }},
		{roundKey(op, rows, count), func() (frontend.Circuit, error) { return newRoundCircuit(m, k, n, rows), nil }},
	}, nil
}

// ErrSetupMismatch is a published setup that is not the circuit's it is
// loaded for.
var ErrSetupMismatch = errors.New("zkruling: the published setup is not the circuit's")

// sameSetup checks that a proving key and a verifying key come from one
// setup: they share [α]₁, [β]₁, [δ]₁, [β]₂ and [δ]₂. A proving key of
// another setup makes proofs the verifier rejects.
func sameSetup(pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	p, ok := pk.(*groth16bn254.ProvingKey)
	v, ok2 := vk.(*groth16bn254.VerifyingKey)
	if !ok || !ok2 {
		return fmt.Errorf("%w: not BN254 keys", ErrSetupMismatch)
	}
	if !p.G1.Alpha.Equal(&v.G1.Alpha) || !p.G1.Beta.Equal(&v.G1.Beta) || !p.G1.Delta.Equal(&v.G1.Delta) ||
		!p.G2.Beta.Equal(&v.G2.Beta) || !p.G2.Delta.Equal(&v.G2.Delta) {
		return fmt.Errorf("%w: the proving key is not the verifying key's setup", ErrSetupMismatch)
	}
	return nil
}

func writeFile(path string, w io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := w.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readFile(path string, r io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = r.ReadFrom(f)
	return err
}
