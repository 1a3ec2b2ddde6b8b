package chain

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
)

// ErrSetupMismatch is a published setup (a chunk circuit's, or a product's
// slice and rounding circuits') that is not the one the game's registry
// holds for the operator: a verifying key does not derive the registered
// verifier's code, or the registry's inputs (and, for a product, its slice
// count or zero partial) are not the operator's. A challenger refuses it
// before proving: a proof with other keys would not verify on-chain, and
// keys the registrar did not vouch for are no ruling.
var ErrSetupMismatch = errors.New("chain: the published setup is not the registered verifier's")

// ErrNotRegistered is an operator whose chunk circuit (or, for a product,
// slice circuit) the registry does not hold yet, or whose setup is not
// published yet: a challenger waits.
var ErrNotRegistered = errors.New("chain: the operator's circuit is not registered and published yet")

// ChunkSetupDir is where, in the store every party shares, the registrar
// publishes the setup (constraint system and keys, zkruling.WriteChunkSetup)
// of the chunk circuit it registered for operator node of the task's step
// graph key graph (StepGraphKey).
func ChunkSetupDir(store string, graph [32]byte, node uint32) string {
	return filepath.Join(store, "circuits", fmt.Sprintf("%s-%d", hex.EncodeToString(graph[:]), node))
}

// ChunkSetupTime is the file of a published setup that gives the setup's
// seconds: a figure for reports, trusted by nothing.
const ChunkSetupTime = "setup-seconds"

// chunkIndex is the chunk whose circuit the registry holds for an operator:
// chunk 0's, the circuit of every full chunk.
const chunkIndex = 0

// RegisterChunkSetup is the registrar's step for operator node of the step
// graph nodes of the task whose hash is task (the registry's key is
// StepGraphKey): it runs the Groth16 setup of the operator's chunk circuit,
// publishes the constraint system and keys under ChunkSetupDir (written
// aside and renamed in, so a reader sees all of it or nothing), deploys the
// verifier the verifying key derives and registers it with the game (opts
// must be the registrar's). Only the registrar runs a setup: the challenger
// proves with the published keys (LoadChunkSetup). It returns the verifier
// and the setup's time.
func RegisterChunkSetup(opts *bind.TransactOpts, backend bind.ContractBackend, g *bindings.DisputeGame, task prooflearn.Hash, nodes []train.Node, node uint32, store string,
	send func(name string) func(*types.Transaction, error) (*types.Receipt, error)) (common.Address, time.Duration, error) {
	op, order, err := ChunkOperator(nodes, int(node))
	if err != nil {
		return common.Address{}, 0, err
	}
	graph := StepGraphKey(task, nodes)
	var src []byte
	var setup time.Duration
	if err := publishSetup(ChunkSetupDir(store, graph, node), func(tmp string) (time.Duration, error) {
		src, setup, err = zkruling.WriteChunkSetup(tmp, op, chunkIndex)
		return setup, err
	}); err != nil {
		return common.Address{}, 0, err
	}
	addr, tx, err := DeployVerifierSource(opts, backend, src)
	if _, err := send("Verifier.deploy")(tx, err); err != nil {
		return common.Address{}, 0, err
	}
	if _, err := send("DisputeGame.registerChunkCircuit")(g.RegisterChunkCircuit(opts, graph, node, addr, order)); err != nil {
		return common.Address{}, 0, err
	}
	return addr, setup, nil
}

// LoadChunkSetup is the challenger's check of the registrar's published
// setup for operator node of the step graph nodes of task (its hash),
// before it proves: the
// registry must hold a verifier for the operator with the operator's inputs
// in the circuit's order, and the verifier the published verifying key
// derives (compiled with solcjs, its creation code run in an eth_call) must
// be the registered verifier's code byte for byte. Then the keys are this
// process's for the circuit (zkruling.LoadChunkSetup) and
// ProveChunkRuling proves with them. ErrNotRegistered: nothing to check yet;
// ErrSetupMismatch: the published setup is not the registered one.
func LoadChunkSetup(ctx context.Context, backend bind.ContractBackend, g *bindings.DisputeGame, task prooflearn.Hash, nodes []train.Node, node uint32, store string) (common.Address, error) {
	op, order, err := ChunkOperator(nodes, int(node))
	if err != nil {
		return common.Address{}, err
	}
	graph := StepGraphKey(task, nodes)
	c, err := g.CircuitOf(&bind.CallOpts{Context: ctx}, graph, node)
	if err != nil {
		return common.Address{}, err
	}
	dir := ChunkSetupDir(store, graph, node)
	if c.Verifier == (common.Address{}) {
		return common.Address{}, ErrNotRegistered
	}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return common.Address{}, ErrNotRegistered
	}
	if !slices.Equal(c.Inputs, order) {
		return common.Address{}, fmt.Errorf("%w: the registry's inputs of operator %d are %v, the circuit takes %v", ErrSetupMismatch, node, c.Inputs, order)
	}
	src, err := zkruling.LoadChunkSetup(dir, op, chunkIndex)
	if err != nil {
		if errors.Is(err, zkruling.ErrSetupMismatch) {
			return common.Address{}, fmt.Errorf("%w: %v", ErrSetupMismatch, err)
		}
		return common.Address{}, err
	}
	if err := derivesCode(ctx, backend, src, c.Verifier, fmt.Sprintf("operator %d", node)); err != nil {
		return common.Address{}, err
	}
	return c.Verifier, nil
}

// publishSetup writes a setup into a directory beside dir (write returns
// the setup's time, written in as ChunkSetupTime) and renames it in, so
// that a reader sees all of it or nothing.
func publishSetup(dir string, write func(tmp string) (time.Duration, error)) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".setup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	setup, err := write(tmp)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, ChunkSetupTime), []byte(strconv.FormatFloat(setup.Seconds(), 'f', 3, 64)), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

// derivesCode checks that the verifier a published verifying key derives
// (src, compiled with solcjs, its creation code run in an eth_call) is the
// code at addr byte for byte; what names the circuit in the error
// (ErrSetupMismatch).
func derivesCode(ctx context.Context, backend bind.ContractBackend, src []byte, addr common.Address, what string) error {
	solc, err := zkruling.FindSolc()
	if err != nil {
		return err
	}
	bin, _, err := zkruling.CompileVerifier(solc, src)
	if err != nil {
		return err
	}
	// A contract creation in an eth_call returns the code it would deploy.
	derived, err := backend.CallContract(ctx, ethereum.CallMsg{Data: bin, Gas: 16_000_000}, nil)
	if err != nil {
		return fmt.Errorf("chain: running the published verifier's creation code: %w", err)
	}
	onChain, err := backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	if len(derived) == 0 || !bytes.Equal(derived, onChain) {
		return fmt.Errorf("%w: the verifier the published key of %s derives is not the code at %s", ErrSetupMismatch, what, addr.Hex())
	}
	return nil
}
