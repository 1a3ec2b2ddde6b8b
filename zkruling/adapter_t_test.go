package zkruling

import (
	"context"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/zkruling/chunk"
)

// recorderSource is a stand-in for a circuit's verifier that reverts with
// the public inputs it was handed, so that a test reads what the adapter
// derived from its lists without proving anything.
const recorderSource = `// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;
contract Recorder {
    error Inputs4(uint256[4] input);
    error Inputs2(uint256[2] input);
    function verifyProof(bytes calldata, uint256[4] calldata input) external pure { revert Inputs4(input); }
    function verifyProof(bytes calldata, uint256[2] calldata input) external pure { revert Inputs2(input); }
}
`

// tClaims builds the adapter's arguments for a transposed product aᵀ·b:
// the operands' and an output's fixed-mode lists, and partials' chunk
// lists under arbitration.TransposedPartialLeaf.
type tClaims struct {
	t       *testing.T
	name    string
	m, k, n int
}

func (c tClaims) tensor(name string, shape []int, vals []int32) abiTensor {
	c.t.Helper()
	cl, err := arbitration.NewChunkClaim(name, &prooflearn.Tensor{Name: name, DType: prooflearn.Int32, Shape: shape, I32: vals})
	require.NoError(c.t, err)
	return toABI(cl)
}

// partial is P_index's list and leaf: p's chunk digests computed at
// index, so a relabelled partial carries digests that bind its label.
func (c tClaims) partial(index int, p []int64) abiPartial {
	c.t.Helper()
	ds, err := arbitration.PartialChunkDigests(c.m, c.k, c.n, index, p)
	require.NoError(c.t, err)
	out := abiPartial{Name: []byte(c.name), M: uint32(c.m), K: uint32(c.k), N: uint32(c.n), Index: uint32(index),
		Leaf: arbitration.TransposedPartialLeaf(c.name, c.m, c.k, c.n, index, ds)}
	for _, d := range ds {
		out.Digests = append(out.Digests, d)
	}
	return out
}

// revertData returns the revert data an eth_call failed with.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	require.Error(t, err)
	var de interface{ ErrorData() interface{} }
	require.ErrorAs(t, err, &de)
	s, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	data, err := hexutil.Decode(s)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(data), 4)
	return data
}

// revertName names the custom error of adapter or recorder that data
// carries, "" for another.
func revertName(data []byte, abis ...abi.ABI) string {
	for _, a := range abis {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return ""
}

// TestTransposedAdapterPositions checks the transposed entries of
// RulingVerifierZK without a proof, its verifier a recorder that reverts
// with the inputs it is handed: transposedPartialLeaf is
// arbitration.TransposedPartialLeaf byte for byte on random inputs; the
// public inputs verifyTSliceRuling and verifyTRoundRuling read from the
// lists are exactly those ProveTSlice and ProveTRound prove against, at
// every operand row and chunk tried (x in two chunks with a row across them, dz in eight); and
// every inconsistent shape, range or list reverts with the adapter's
// error before the verifier is called.
func TestTransposedAdapterPositions(t *testing.T) {
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	adapter, adapterABI := deployAdapter(t, chain)
	recorder, recABI := deployContract(t, chain, []byte(recorderSource), "Recorder")

	call := func(method string, args ...any) ([]byte, error) {
		t.Helper()
		data, err := adapterABI.Pack(method, args...)
		require.NoError(t, err)
		return chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	}

	rng := rand.New(rand.NewPCG(10, 1))
	for range 8 {
		name := make([]byte, rng.IntN(40))
		for i := range name {
			name[i] = byte(rng.IntN(256))
		}
		m, k, n, tt := rng.IntN(1<<20), rng.IntN(1<<15), rng.IntN(600), rng.IntN(1<<15)
		ds := make([]prooflearn.Hash, rng.IntN(60))
		p := abiPartial{Name: name, M: uint32(m), K: uint32(k), N: uint32(n), Index: uint32(tt)}
		for i := range ds {
			for j := range ds[i] {
				ds[i][j] = byte(rng.IntN(256))
			}
			p.Digests = append(p.Digests, ds[i])
		}
		want := arbitration.TransposedPartialLeaf(string(name), m, k, n, tt, ds)
		got, err := call("transposedPartialLeaf", p)
		require.NoError(t, err)
		assert.Equal(t, want[:], got, "%d×%d×%d at %d, %d digests", m, k, n, tt, len(ds))
		got, err = call("partialLeaf", p)
		require.NoError(t, err)
		assert.NotEqual(t, want[:], got, "the plain partial's leaf of the same fields")
	}

	// w = 2: x 16×48 in 2 chunks, dz 16×256 in 8, 24 output chunks. 48 does
	// not divide 512, so a row of x straddles its chunks: row 10 starts in
	// chunk 0 (480) and output chunk 20 reads it at 520, in chunk 1.
	const m, k, n = 48, 16, 256
	sc := newTSliceCase(t, rand.New(rand.NewPCG(10, 2)), m, k, n)
	cl := tClaims{t, "d.layer0.w", m, k, n}
	a, b := cl.tensor("x", []int{k, m}, sc.a), cl.tensor("dz", []int{k, n}, sc.b)
	ps := map[int]abiPartial{}
	part := func(i int) abiPartial {
		if p, ok := ps[i]; ok {
			return p
		}
		ps[i] = cl.partial(i, sc.partials[i])
		return ps[i]
	}
	inputs := func(data []byte, method string) []*big.Int {
		t.Helper()
		require.Equal(t, method, revertName(data, recABI), "reverted with %x", data[:4])
		vals, err := recABI.Errors[method].Inputs.Unpack(data[4:])
		require.NoError(t, err)
		switch v := vals[0].(type) {
		case [4]*big.Int:
			return v[:]
		case [2]*big.Int:
			return v[:]
		}
		t.Fatalf("inputs of type %T", vals[0])
		return nil
	}
	slice := func(a, b abiTensor, prev, next abiPartial, c int) ([]byte, error) {
		return call("verifyTSliceRuling", recorder, a, b, prev, next, big.NewInt(int64(c)), []byte{})
	}
	aChunks := map[int]bool{}
	for _, at := range [][2]int{{1, 0}, {1, 23}, {8, 23}, {11, 0}, {11, 20}, {12, 5}, {16, 23}} {
		tt, c := at[0], at[1]
		_, err := slice(a, b, part(tt-1), part(tt), c)
		got := inputs(revertData(t, err), "Inputs4")
		_, want, ref, err := tsliceAssignment(sc.op, tt, c, sc.a, sc.b, sc.partials[tt-1], sc.partials[tt])
		require.NoError(t, err)
		for i := range want {
			assert.Equal(t, fieldOf(want[i]), got[i], "row %d chunk %d: public input %d", tt, c, i)
		}
		aChunks[ref.AChunk] = true
		if tt == 11 && c == 20 {
			assert.Equal(t, 1, ref.AChunk, "the straddling row read past its start's chunk")
		}
	}
	assert.Len(t, aChunks, 2, "both of x's chunks read")
	for _, c := range []int{0, 13, 23} {
		_, err := call("verifyTRoundRuling", recorder, part(k), cl.tensor(cl.name, []int{m, n}, sc.out), big.NewInt(int64(c)), []byte{})
		got := inputs(revertData(t, err), "Inputs2")
		start, end := chunk.Bounds(m*n, c)
		dp, err := chunk.PartialChunkDigest(m, k, n, k, c, sc.partials[k][start:end])
		require.NoError(t, err)
		do, err := chunk.Digest([]int{m, n}, c, sc.out[start:end])
		require.NoError(t, err)
		assert.Equal(t, []*big.Int{fieldOf(dp), fieldOf(do)}, got, "rounding of chunk %d", c)
	}

	// Inconsistent arguments revert with the adapter's own error.
	relabel := func(p abiPartial, index int) abiPartial {
		p.Index = uint32(index)
		p.Leaf = arbitration.TransposedPartialLeaf(cl.name, m, k, n, index, hashes(p.Digests))
		return p
	}
	renamed := func(p abiPartial, name string) abiPartial {
		p.Name = []byte(name)
		p.Leaf = arbitration.TransposedPartialLeaf(name, m, k, n, int(p.Index), hashes(p.Digests))
		return p
	}
	tampered := part(5)
	tampered.Digests = slices.Clone(tampered.Digests)
	tampered.Digests[3][0] ^= 1
	plain := part(5)
	plain.Leaf = arbitration.PartialLeaf(cl.name, m, k, n, 5, hashes(plain.Digests))
	aT := cl.tensor("x", []int{m, k}, sc.a) // x's values under the transposed shape
	for _, bad := range []struct {
		why, want string
		err       func() error
	}{
		{"P_3 as the predecessor of P_5", "BadSlice", func() error { _, err := slice(a, b, part(3), part(5), 0); return err }},
		{"P_5 as the predecessor of P_4", "BadSlice", func() error { _, err := slice(a, b, part(5), part(4), 0); return err }},
		{"P_0 as the proven partial", "BadSlice", func() error { _, err := slice(a, b, relabel(part(0), k), part(0), 0); return err }},
		{"a partial past the batch", "BadSlice", func() error { _, err := slice(a, b, part(k), relabel(part(k), k+1), 0); return err }},
		{"partials of two products", "BadSlice", func() error { _, err := slice(a, b, part(4), renamed(part(5), "d.layer1.w"), 0); return err }},
		{"x under its transpose's shape", "BadSlice", func() error { _, err := slice(aT, b, part(4), part(5), 0); return err }},
		{"the operands swapped", "BadSlice", func() error { _, err := slice(b, a, part(4), part(5), 0); return err }},
		{"a chunk past the output", "ChunkOutOfRange", func() error { _, err := slice(a, b, part(4), part(5), 24); return err }},
		{"a list that does not hash to its leaf", "LeafMismatch", func() error { _, err := slice(a, b, part(4), tampered, 3); return err }},
		{"a plain partial's leaf over chunk digests", "LeafMismatch", func() error { _, err := slice(a, b, part(4), plain, 3); return err }},
		{"rounding from P_15", "BadSlice", func() error {
			_, err := call("verifyTRoundRuling", recorder, part(k-1), cl.tensor(cl.name, []int{m, n}, sc.out), big.NewInt(0), []byte{})
			return err
		}},
		{"rounding into another product's output", "BadSlice", func() error {
			_, err := call("verifyTRoundRuling", recorder, part(k), cl.tensor("d.layer1.w", []int{m, n}, sc.out), big.NewInt(0), []byte{})
			return err
		}},
		{"rounding of a chunk past the output", "ChunkOutOfRange", func() error {
			_, err := call("verifyTRoundRuling", recorder, part(k), cl.tensor(cl.name, []int{m, n}, sc.out), big.NewInt(24), []byte{})
			return err
		}},
	} {
		assert.Equal(t, bad.want, revertName(revertData(t, bad.err()), adapterABI, recABI), bad.why)
	}

	// A shape whose rows do not bisect: n = 96 does not divide 512.
	odd := cl.partial(1, sc.partials[1])
	odd.N = 96
	_, err = slice(a, cl.tensor("dz", []int{k, 96}, sc.b[:k*96]), relabel(odd, 0), odd, 0)
	assert.Equal(t, "BadSlice", revertName(revertData(t, err), adapterABI, recABI), "n = 96")
}

// burnerSource is a stand-in verifier that accepts every proof after
// spending `burn` gas, set to what the real verifier spends: a transaction
// through the adapter then costs what it would with the real verifier, and
// calldata's floor price (EIP-7623), which a cheap call would pay instead,
// does not distort the figure.
const burnerSource = `// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;
contract Burner {
    uint256 public burn;
    function setBurn(uint256 g) external { burn = g; }
    function verifyProof(bytes calldata, uint256[4] calldata) external view { spend(); }
    function verifyProof(bytes calldata, uint256[2] calldata) external view { spend(); }
    function spend() internal view {
        uint256 start = gasleft();
        uint256 b = burn;
        while (start - gasleft() < b) {}
    }
}
`

// TestTransposedAdapterGas estimates the transposed rulings' gas through
// the adapter at tiny-fixed's dW1 (784×32 over a batch of 32: x in 49
// chunks, dz in 2, partials of 49) and fashion-mlp's (784×128 over 64: 98,
// 16 and 196), with honest lists under their leaves and a verifier that
// spends what the real one does: it is calibrated so that the proof sent
// to it directly costs the real verifier's measured gas (TestMeasureTSlice,
// docs/zk-ruling.md). A list that does not hash to its leaf still reverts.
//
//	go test -run TestTransposedAdapterGas -v ./zkruling/
func TestTransposedAdapterGas(t *testing.T) {
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	adapter, adapterABI := deployAdapter(t, chain)
	burner, burnABI := deployContract(t, chain, []byte(burnerSource), "Burner")
	proof := make([]byte, 384) // a gnark Groth16 proof's length with its commitment
	for i := range proof {
		proof[i] = byte(i%255 + 1)
	}

	tx := func(to common.Address, a abi.ABI, method string, args ...any) *types.Receipt {
		t.Helper()
		data, err := a.Pack(method, args...)
		require.NoError(t, err)
		rc, err := chain.send(&to, data)
		require.NoError(t, err)
		return rc
	}
	// calibrate sets the burn so that the proof and arity inputs sent to
	// the burner directly cost want, and returns that direct cost.
	calibrate := func(arity int, want uint64) uint64 {
		t.Helper()
		// abigen's ABI names the overloads verifyProof and verifyProof0.
		var method string
		for name, m := range burnABI.Methods {
			if strings.HasPrefix(name, "verifyProof") && m.Inputs[1].Type.Size == arity {
				method = name
			}
		}
		require.NotEmpty(t, method)
		inputs := reflect.New(reflect.ArrayOf(arity, reflect.TypeFor[*big.Int]())).Elem()
		for i := range arity {
			inputs.Index(i).Set(reflect.ValueOf(new(big.Int).Lsh(big.NewInt(int64(i+3)), 240)))
		}
		direct := func() uint64 {
			rc := tx(burner, burnABI, method, proof, inputs.Interface())
			require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
			return rc.GasUsed
		}
		// A cheap call pays calldata's floor price, so the cost is not
		// linear in the burn until it is above it: step to the target.
		burn := int64(0)
		var got uint64
		for range 6 {
			require.Equal(t, types.ReceiptStatusSuccessful, tx(burner, burnABI, "setBurn", big.NewInt(burn)).Status)
			got = direct()
			if got+200 > want && got < want+200 {
				break
			}
			burn += int64(want) - int64(got)
			require.Positive(t, burn)
		}
		require.InDelta(t, want, got, 200, "the burner calibrated to the verifier's gas")
		return got
	}
	rng := rand.New(rand.NewPCG(10, 5))
	for _, s := range []struct {
		task               string
		m, k, n            int
		sliceGas, roundGas uint64 // the verifiers alone, docs/zk-ruling.md
	}{{"tiny-fixed", 784, 32, 32, 358_725, 344_689}, {"fashion-mlp", 784, 64, 128, 358_737, 344_701}} {
		m, k, n := s.m, s.k, s.n
		sc := newTSliceCase(t, rng, m, k, n)
		cl := tClaims{t, "d.layer0.w", m, k, n}
		a, b := cl.tensor("x", []int{k, m}, sc.a), cl.tensor("dz", []int{k, n}, sc.b)
		tt, c := k/2, m*n/512-1
		prev, next := cl.partial(tt-1, sc.partials[tt-1]), cl.partial(tt, sc.partials[tt])
		direct := calibrate(4, s.sliceGas)
		sl := tx(adapter, adapterABI, "verifyTSliceRuling", burner, a, b, prev, next, big.NewInt(int64(c)), proof)
		require.Equal(t, types.ReceiptStatusSuccessful, sl.Status, s.task)
		t.Logf("%s dW1 (%d×%d over %d), slice: lists of %d+%d+%d+%d digests, %d gas through the adapter (the verifier alone %d)",
			s.task, m, n, k, len(a.Digests), len(b.Digests), len(prev.Digests), len(next.Digests), sl.GasUsed, direct)
		bad := next
		bad.Digests = slices.Clone(next.Digests)
		bad.Digests[len(bad.Digests)-1][31] ^= 1
		assert.Equal(t, types.ReceiptStatusFailed,
			tx(adapter, adapterABI, "verifyTSliceRuling", burner, a, b, prev, bad, big.NewInt(int64(c)), proof).Status,
			"%s: a list that does not hash to its leaf", s.task)

		last, out := cl.partial(k, sc.partials[k]), cl.tensor(cl.name, []int{m, n}, sc.out)
		direct = calibrate(2, s.roundGas)
		rd := tx(adapter, adapterABI, "verifyTRoundRuling", burner, last, out, big.NewInt(int64(c)), proof)
		require.Equal(t, types.ReceiptStatusSuccessful, rd.Status, s.task)
		t.Logf("%s dW1, rounding: lists of %d+%d digests, %d gas through the adapter (the verifier alone %d)",
			s.task, len(last.Digests), len(out.Digests), rd.GasUsed, direct)
	}
}

func hashes(ds [][32]byte) []prooflearn.Hash {
	out := make([]prooflearn.Hash, len(ds))
	for i := range ds {
		out[i] = ds[i]
	}
	return out
}

// TestRulingVerifierZKTSlice checks verifyTSliceRuling with a real proof on
// the simulated chain (16×256 over a batch of 8): it accepts the honest
// chunk of P_t and returns its leaf; it reverts for the forged P_t under its
// own leaf, for another batch row's pair of partials (t off by one either
// way), for a previous partial that is not P_{t−1} (P_{t−2}, as such or
// relabelled t−1), for a moved chunk index, for a list that does not hash
// to its leaf, for another product's operand under the same name and shape,
// and for a true proof of another chunk.
func TestRulingVerifierZKTSlice(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up and proves a ~10^5-constraint transposed slice circuit (~2 min)")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	const m, k, n = 16, 8, 256
	sc := newTSliceCase(t, rand.New(rand.NewPCG(10, 3)), m, k, n)
	const tt, c = 5, 3
	r, ref, err := ProveTSlice(sc.op, tt, c, sc.a, sc.b, sc.partials[tt-1], sc.partials[tt])
	require.NoError(t, err)
	require.Equal(t, c, ref.Chunk)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)
	adapter, adapterABI := deployAdapter(t, chain)

	cl := tClaims{t, "d.layer0.w", m, k, n}
	a, b := cl.tensor("x", []int{k, m}, sc.a), cl.tensor("dz", []int{k, n}, sc.b)
	prev, next := cl.partial(tt-1, sc.partials[tt-1]), cl.partial(tt, sc.partials[tt])
	rule := func(a, b abiTensor, prev, next abiPartial, c int, proof []byte) *types.Receipt {
		t.Helper()
		data, err := adapterABI.Pack("verifyTSliceRuling", v.addr, a, b, prev, next, big.NewInt(int64(c)), proof)
		require.NoError(t, err)
		receipt, err := chain.send(&adapter, data)
		require.NoError(t, err)
		return receipt
	}
	proof := r.SolidityProof()
	ok := rule(a, b, prev, next, c, proof)
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status, "the honest chunk %d of P_%d", c, tt)
	t.Logf("verifyTSliceRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))
	data, err := adapterABI.Pack("verifyTSliceRuling", v.addr, a, b, prev, next, big.NewInt(c), proof)
	require.NoError(t, err)
	ret, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	require.NoError(t, err)
	assert.Equal(t, next.Leaf[:], ret, "the proven leaf, the side the game rules for")

	failed := func(rc *types.Receipt, why string) {
		t.Helper()
		assert.Equal(t, types.ReceiptStatusFailed, rc.Status, why)
	}
	forgedVals := slices.Clone(sc.partials[tt])
	forgedVals[c*512+40]++
	failed(rule(a, b, prev, cl.partial(tt, forgedVals), c, proof), "the forged P_t under its own leaf")
	failed(rule(a, b, next, cl.partial(tt+1, sc.partials[tt+1]), c, proof), "P_t, P_{t+1}: the next batch row")
	failed(rule(a, b, cl.partial(tt-2, sc.partials[tt-2]), prev, c, proof), "P_{t−2}, P_{t−1}: the previous batch row")
	failed(rule(a, b, cl.partial(tt-2, sc.partials[tt-2]), next, c, proof), "P_{t−2} as the predecessor of P_t")
	failed(rule(a, b, cl.partial(tt-1, sc.partials[tt-2]), next, c, proof), "P_{t−2}'s values relabelled t−1")
	failed(rule(a, b, prev, next, c+1, proof), "the chunk index moved")
	bad := next
	bad.Digests = slices.Clone(next.Digests)
	bad.Digests[0][0] ^= 1
	failed(rule(a, b, prev, bad, c, proof), "a list that does not hash to its leaf")
	otherA := slices.Clone(sc.a)
	otherA[(tt-1)*m+c*2]++ // the value the chunk reads
	failed(rule(cl.tensor("x", []int{k, m}, otherA), b, prev, next, c, proof), "another product's x")
	otherB := slices.Clone(sc.b)
	otherB[(tt-1)*n+7]++
	failed(rule(a, cl.tensor("dz", []int{k, n}, otherB), prev, next, c, proof), "another product's dz")

	r6, _, err := ProveTSlice(sc.op, tt, 6, sc.a, sc.b, sc.partials[tt-1], sc.partials[tt])
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rule(a, b, prev, next, 6, r6.SolidityProof()).Status, "chunk 6's own proof")
	failed(rule(a, b, prev, next, c, r6.SolidityProof()), "a true proof of chunk 6 for chunk 3")
}

// TestRulingVerifierZKTRound checks verifyTRoundRuling with a real proof on
// the simulated chain: it accepts the honest output's chunk rounded from the
// agreed P_k and returns its leaf; it reverts for a forged output under its
// own leaf, a moved chunk index, P_{k−1} (as such or relabelled k), a list
// that does not hash to its leaf and another product's output.
func TestRulingVerifierZKTRound(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up and proves a ~10^5-constraint transposed rounding circuit (~1 min)")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	const m, k, n = 16, 8, 256
	sc := newTSliceCase(t, rand.New(rand.NewPCG(10, 4)), m, k, n)
	const c = 3
	r, _, err := ProveTRound(sc.op, c, sc.partials[k], sc.out)
	require.NoError(t, err)
	v, err := chain.verifier(r.circuit)
	require.NoError(t, err)
	adapter, adapterABI := deployAdapter(t, chain)

	cl := tClaims{t, "d.layer0.w", m, k, n}
	last := cl.partial(k, sc.partials[k])
	honest := cl.tensor(cl.name, []int{m, n}, sc.out)
	rule := func(last abiPartial, out abiTensor, c int) *types.Receipt {
		t.Helper()
		data, err := adapterABI.Pack("verifyTRoundRuling", v.addr, last, out, big.NewInt(int64(c)), r.SolidityProof())
		require.NoError(t, err)
		receipt, err := chain.send(&adapter, data)
		require.NoError(t, err)
		return receipt
	}
	ok := rule(last, honest, c)
	require.Equal(t, types.ReceiptStatusSuccessful, ok.Status, "the honest output's chunk %d", c)
	assert.LessOrEqual(t, ok.GasUsed, uint64(400_000))
	t.Logf("verifyTRoundRuling: %d gas (the verifier alone: %d)", ok.GasUsed, mustVerify(t, r, chain))
	data, err := adapterABI.Pack("verifyTRoundRuling", v.addr, last, honest, big.NewInt(c), r.SolidityProof())
	require.NoError(t, err)
	ret, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &adapter, Data: data}, nil)
	require.NoError(t, err)
	assert.Equal(t, honest.Leaf[:], ret, "the proven output leaf, the side the game rules for")

	failed := func(rc *types.Receipt, why string) {
		t.Helper()
		assert.Equal(t, types.ReceiptStatusFailed, rc.Status, why)
	}
	forgedVals := slices.Clone(sc.out)
	forgedVals[c*512+100]++
	failed(rule(last, cl.tensor(cl.name, []int{m, n}, forgedVals), c), "a forged output under its own leaf")
	failed(rule(last, honest, c+1), "the chunk index moved")
	failed(rule(cl.partial(k-1, sc.partials[k-1]), honest, c), "P_{k−1} for P_k")
	failed(rule(cl.partial(k, sc.partials[k-1]), honest, c), "P_{k−1}'s values relabelled k")
	bad := last
	bad.Digests = slices.Clone(last.Digests)
	bad.Digests[c][0] ^= 1
	failed(rule(bad, honest, c), "a list that does not hash to its leaf")
	failed(rule(last, cl.tensor("d.layer1.w", []int{m, n}, sc.out), c), "another product's output")
}
