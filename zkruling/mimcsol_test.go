package zkruling

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mimcSolidity is gnark-crypto's BN254 MiMC (Miyaguchi–Preneel, 110 rounds
// of x⁵) over a list of field elements in Solidity, its rounds unrolled in
// assembly with the constants inline: the cheapest way a contract could
// recompute a hash of a chunk-digest list that a circuit also computes.
func mimcSolidity() string {
	var b strings.Builder
	b.WriteString(`// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;
contract MiMCList {
    function hash(uint256[] calldata xs) external pure returns (uint256 h) {
        for (uint256 k = 0; k < xs.length; k++) {
            uint256 x = xs[k];
            assembly {
                let r := 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001
                let m := x
                let t := 0
                let t2 := 0
`)
	for _, c := range mimc.GetConstants() {
		fmt.Fprintf(&b, "                t := addmod(addmod(m, h, r), 0x%x, r) t2 := mulmod(t, t, r) m := mulmod(mulmod(t2, t2, r), t, r)\n", &c)
	}
	b.WriteString(`                h := addmod(addmod(addmod(m, h, r), h, r), x, r)
            }
        }
    }
}
`)
	return b.String()
}

// TestMiMCOnChainCost measures what hashing a tensor's chunk-digest list to
// one public input would cost a contract: the Solidity MiMC above agrees
// with gnark-crypto's on a 49-digest list (x·W1's operands), and its gas
// per digest is what docs/zk-ruling.md sets against the ~7,000 gas a public
// input costs the Groth16 verifier.
func TestMiMCOnChainCost(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles and deploys a contract")
	}
	chain, err := NewChain(solcForTest(t))
	require.NoError(t, err)
	defer chain.Close()
	bin, abiJSON, err := compileContract(chain.solc, []byte(mimcSolidity()), "MiMCList")
	require.NoError(t, err)
	parsed, err := abi.JSON(strings.NewReader(abiJSON))
	require.NoError(t, err)
	receipt, err := chain.send(nil, bin)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	addr := receipt.ContractAddress

	rng := rand.New(rand.NewPCG(5, 49))
	gasOf := func(n int) uint64 {
		h := mimc.NewFieldHasher()
		xs := make([]*big.Int, n)
		for i := range xs {
			var e fr.Element
			e.SetUint64(rng.Uint64())
			e.Square(&e) // spread over the field
			h.WriteElement(e)
			xs[i] = e.BigInt(new(big.Int))
		}
		want := h.SumElement()
		data, err := parsed.Pack("hash", xs)
		require.NoError(t, err)
		out, err := chain.client.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: data}, nil)
		require.NoError(t, err)
		assert.Equal(t, fieldOf(want).FillBytes(make([]byte, 32)), out, "Solidity MiMC of %d elements", n)
		receipt, err := chain.send(&addr, data)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		return receipt.GasUsed
	}
	one, many := gasOf(1), gasOf(49)
	perDigest := (many - one) / 48
	t.Logf("MiMC of a list on chain: 1 element %d gas, 49 elements %d gas: %d gas per digest", one, many, perDigest)
	assert.Greater(t, perDigest, uint64(0))
}
