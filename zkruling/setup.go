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
	c, setup, err := chunkCircuitFor(op, index)
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

// LoadChunkSetup reads a setup WriteChunkSetup wrote into dir and makes it
// this process's circuit for op's chunk index: ProveChunk then proves with
// those keys. It returns the Solidity source of the verifier the loaded
// verifying key derives, for the caller to compare with the verifier it
// will be checked by. The constraint system must be the one this process
// compiles for the chunk (same constraint count) and the proving key the
// verifying key's setup: a setup of another circuit, or a proving key of
// another setup, is refused (ErrSetupMismatch).
func LoadChunkSetup(dir string, op Operator, index int) ([]byte, error) {
	_, length, err := checkChunkOp(op, index)
	if err != nil {
		return nil, err
	}
	offset := rowOffset(op, index)
	build := func() (frontend.Circuit, error) { return newChunkCircuit(op, length, offset) }
	ccs := groth16.NewCS(ecc.BN254)
	pk := groth16.NewProvingKey(ecc.BN254)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	for name, r := range map[string]io.ReaderFrom{setupCCS: ccs, setupPK: pk, setupVK: vk} {
		if err := readFile(filepath.Join(dir, name), r); err != nil {
			return nil, fmt.Errorf("zkruling: %s: %w", name, err)
		}
	}
	blank, err := build()
	if err != nil {
		return nil, err
	}
	want, err := compileCount(blank)
	if err != nil {
		return nil, err
	}
	if got := ccs.GetNbConstraints(); got != want {
		return nil, fmt.Errorf("%w: the published constraint system has %d constraints, the chunk's circuit %d", ErrSetupMismatch, got, want)
	}
	if err := sameSetup(pk, vk); err != nil {
		return nil, err
	}
	key := chunkKey(op, length, offset)
	c := &compiled{name: key, blank: build, ccs: ccs, pk: pk, vk: vk}
	circuits.Lock()
	circuits.byKey[key] = c
	circuits.Unlock()
	return c.solidity()
}

// ErrSetupMismatch is a published setup that is not the chunk circuit's.
var ErrSetupMismatch = errors.New("zkruling: the published setup is not the chunk circuit's")

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

func chunkCircuitFor(op Operator, index int) (*compiled, time.Duration, error) {
	_, length, err := checkChunkOp(op, index)
	if err != nil {
		return nil, 0, err
	}
	offset := rowOffset(op, index)
	return circuitByKey(chunkKey(op, length, offset), func() (frontend.Circuit, error) { return newChunkCircuit(op, length, offset) })
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
