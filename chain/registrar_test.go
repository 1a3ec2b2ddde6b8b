package chain

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/zkruling"
)

// TestChunkSetupRegistrar: the registrar (the game's deployer, its own
// key) sets up, publishes and registers an operator's chunk circuit; the
// challenger cannot register one, waits while nothing is registered and
// published, accepts the published setup only when the verifier its
// verifying key derives is the registered verifier's code, and refuses
// before proving a published setup whose verifying key, or whole setup, is
// another circuit's. The cheapest circuits of tiny-fixed (the 10-value
// momentum and sgd of b1) keep it short.
func TestChunkSetupRegistrar(t *testing.T) {
	if testing.Short() {
		t.Skip("two Groth16 setups and four solcjs compilations (about 30 s)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	k := newMarket(t)
	task := testbundle.ShippedTask(t, "tiny-fixed")
	nodes, err := train.StepNodes(task, 0)
	require.NoError(t, err)
	node := func(name string) uint32 {
		for j, n := range nodes {
			if _, _, err := ChunkOperator(nodes, j); err == nil && n.Name == name {
				return uint32(j)
			}
		}
		t.Fatalf("no node %s", name)
		return 0
	}
	mb1, b1 := node("momentum.b1"), node("b1")
	graph := StepGraphKey(task.Hash(), nodes)
	store := t.TempDir()
	send := func(name string) func(*types.Transaction, error) (*types.Receipt, error) {
		return func(tx *types.Transaction, err error) (*types.Receipt, error) { return k.sim.Send(name, tx, err) }
	}
	challenger := k.sim.Opts(verifierAcct, nil)

	// Nothing registered or published: the challenger waits.
	_, err = LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store)
	require.ErrorIs(t, err, ErrNotRegistered)
	// The challenger cannot register a verifier of its choosing.
	_, order, err := ChunkOperator(nodes, int(mb1))
	require.NoError(t, err)
	tx, err := k.game.RegisterChunkCircuit(challenger, graph, mb1, k.gameAddr, order)
	_, err = k.sim.Send("registerChunkCircuit", tx, err)
	require.Error(t, err)
	require.Equal(t, "NotRegistrar", RevertError(err, GameABI()))
	// Nor can it publish a setup and deploy its verifier as the registrar.
	_, _, err = RegisterChunkSetup(challenger, k.sim.Contracts, k.game, task.Hash(), nodes, b1, t.TempDir(), send)
	require.Error(t, err)

	vb1, _, err := RegisterChunkSetup(k.sim.Opts(arbiterAcct, nil), k.sim.Contracts, k.game, task.Hash(), nodes, b1, store, send)
	require.NoError(t, err)
	vmb1, _, err := RegisterChunkSetup(k.sim.Opts(arbiterAcct, nil), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store, send)
	require.NoError(t, err)
	require.NotEqual(t, vb1, vmb1)
	got, err := k.game.CircuitOf(k.sim.Call(), graph, mb1)
	require.NoError(t, err)
	require.Equal(t, vmb1, got.Verifier)
	require.Equal(t, order, got.Inputs)

	v, err := LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store)
	require.NoError(t, err, "the registrar's own setup matches its verifier")
	require.Equal(t, vmb1, v)

	dir, other := ChunkSetupDir(store, graph, mb1), ChunkSetupDir(store, graph, b1)
	copyFile := func(name string) {
		data, err := os.ReadFile(filepath.Join(other, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	// Another setup's proving key beside the registered verifying key: its
	// proofs would not verify, so it is refused before any.
	copyFile("proving.key")
	_, err = LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store)
	require.ErrorIs(t, err, ErrSetupMismatch)
	// Another circuit's keys under the operator's constraint system: the
	// verifier its verifying key derives is not the registered one.
	copyFile("verifying.key")
	_, err = LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store)
	require.ErrorIs(t, err, ErrSetupMismatch)
	require.ErrorContains(t, err, vmb1.Hex())
	// Another circuit's whole setup (same constraint count, other circuit).
	copyFile("circuit.ccs")
	_, err = LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, mb1, store)
	require.ErrorIs(t, err, ErrSetupMismatch)
	// A published setup for an operator the registry holds nothing for.
	_, err = LoadChunkSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, node("momentum.b0"), store)
	require.ErrorIs(t, err, ErrNotRegistered)
	require.NotEqual(t, common.Address{}, vb1)
}

// smallProducts is a step graph of two small plain products with an inner
// level (40×24×64 and 40×32×32): circuits far cheaper than tiny's x·W1.
func smallProducts() []train.Node {
	return []train.Node{
		{Index: 0, Name: "x", Op: train.OpLoadState, Shape: []int{40, 24}, State: 0},
		{Index: 1, Name: "w", Op: train.OpLoadState, Shape: []int{24, 64}, State: 1},
		{Index: 2, Name: "xw", Op: train.OpFixedMatMul, Inputs: []int{0, 1}, Attr: []int{0, 0}, Shape: []int{40, 64}, State: -1},
		{Index: 3, Name: "y", Op: train.OpLoadState, Shape: []int{40, 32}, State: 2},
		{Index: 4, Name: "v", Op: train.OpLoadState, Shape: []int{32, 32}, State: 3},
		{Index: 5, Name: "yv", Op: train.OpFixedMatMul, Inputs: []int{3, 4}, Attr: []int{0, 0}, Shape: []int{40, 32}, State: -1},
	}
}

// TestSliceSetupRegistrar: the registrar sets up, publishes and registers a
// product's slice and rounding circuits; the challenger waits while
// nothing is registered, accepts the published setup only when both
// verifiers its verifying keys derive are the registered ones, and refuses
// before proving a consistent forgery: the rounding circuit's keys of
// another product (a proving key and verifying key of one setup, beside
// the product's own constraint system), and the two products' whole setups
// exchanged.
func TestSliceSetupRegistrar(t *testing.T) {
	if testing.Short() {
		t.Skip("four Groth16 setups and six solcjs compilations (about 3 min on two cores)")
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip(err)
	}
	k := newMarket(t)
	task := testbundle.ShippedTask(t, "tiny-fixed")
	nodes := smallProducts()
	graph := StepGraphKey(task.Hash(), nodes)
	store := t.TempDir()
	send := func(name string) func(*types.Transaction, error) (*types.Receipt, error) {
		return func(tx *types.Transaction, err error) (*types.Receipt, error) { return k.sim.Send(name, tx, err) }
	}
	_, err := LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, 2, store)
	require.ErrorIs(t, err, ErrNotRegistered)
	_, err = LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, 1, store)
	require.ErrorIs(t, err, ErrNoInnerLevel)
	// Nobody but the registrar registers.
	_, _, err = RegisterSliceSetup(k.sim.Opts(verifierAcct, nil), k.sim.Contracts, k.game, task.Hash(), nodes, 2, t.TempDir(), send)
	require.Error(t, err)

	reg := k.sim.Opts(arbiterAcct, nil)
	c2, _, err := RegisterSliceSetup(reg, k.sim.Contracts, k.game, task.Hash(), nodes, 2, store, send)
	require.NoError(t, err)
	c5, _, err := RegisterSliceSetup(reg, k.sim.Contracts, k.game, task.Hash(), nodes, 5, store, send)
	require.NoError(t, err)
	got, err := LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, 2, store)
	require.NoError(t, err, "the registrar's own setup matches its verifiers")
	require.Equal(t, c2, got)
	assert.Equal(t, []uint32{0, 1}, got.Inputs)
	assert.EqualValues(t, 3, got.Slices)

	dir, other := SliceSetupDir(store, graph, 2), SliceSetupDir(store, graph, 5)
	backup := t.TempDir()
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
		require.NoError(t, os.WriteFile(to, data, 0o644))
	}
	for _, f := range []string{"circuit.ccs", "proving.key", "verifying.key"} {
		copyFile(filepath.Join(dir, zkruling.SliceSetupRound, f), filepath.Join(backup, f))
	}
	// The other product's rounding keys (one setup: the proving key is the
	// verifying key's) beside this product's constraint system: both the
	// constraint count and the key pair check, only the derived verifier
	// is not the registered one.
	for _, f := range []string{"proving.key", "verifying.key"} {
		copyFile(filepath.Join(other, zkruling.SliceSetupRound, f), filepath.Join(dir, zkruling.SliceSetupRound, f))
	}
	_, err = LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, 2, store)
	require.ErrorIs(t, err, ErrSetupMismatch)
	require.ErrorContains(t, err, c2.Round.Hex())
	for _, f := range []string{"circuit.ccs", "proving.key", "verifying.key"} {
		copyFile(filepath.Join(backup, f), filepath.Join(dir, zkruling.SliceSetupRound, f))
	}
	_, err = LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, 2, store)
	require.NoError(t, err, "restored")

	// The two products' published setups exchanged.
	tmp := dir + ".tmp"
	require.NoError(t, os.Rename(dir, tmp))
	require.NoError(t, os.Rename(other, dir))
	require.NoError(t, os.Rename(tmp, other))
	for _, j := range []uint32{2, 5} {
		_, err = LoadSliceSetup(t.Context(), k.sim.Contracts, k.game, task.Hash(), nodes, j, store)
		require.ErrorIs(t, err, ErrSetupMismatch, "product %d", j)
	}
	require.NotEqual(t, c2.Slice, c5.Slice)
}
