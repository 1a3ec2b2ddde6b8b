// Package zkruling proves an arbiter's ruling on one fixed-point operator
// with a Groth16 proof (gnark, BN254) that a contract can check for a few
// hundred thousand gas, instead of re-executing the operator.
//
// A dispute ends at one operator of one training step. In fixed mode
// (package prooflearn/fixed) every operator is integer arithmetic with one
// correct answer, so a ruling is a statement of the form "the operator applied
// to the tensors with digests d_1 … d_k yields the tensor with digest d_out".
// [ProveOperator] proves it; the digests ([Digest]: MiMC over the shape, the
// length and the packed values) are the proof's only public inputs, and the
// shapes are fixed in the circuit, so a verifier trusts nothing but the
// digests it already holds.
//
// Circuits:
//
//   - matmul: C = Round(op(A)·op(B), Frac) with every value of A, B and C in
//     [-2^24, 2^24). The exact accumulators are a witness, checked with
//     Freivalds' test r^T·Acc = (r^T·op(A))·op(B) where r = (1, ρ, ρ², …)
//     and ρ comes from gnark's commitment to A, B and Acc; each output is
//     pinned by a range-checked rounding remainder.
//   - relu, relu-grad: a sign bit per element, proved by one range check.
//   - add-bias, bias-grad: linear, only range checks and digests.
//   - momentum, sgd: the two nodes of the optimizer update,
//     v' = Round(MU·v, Frac) + g and w' = w − Round(LR·v, Frac), with the
//     constant compiled in and each rounding pinned by a range-checked
//     remainder.
//
// An elementwise operator (momentum, sgd, relu, relu-grad, add-bias) is
// proven one chunk at a time ([ProveChunk]): the public inputs are the MiMC
// digests of the inputs' and the output's 512-value chunks at one index
// (package zkruling/chunk), the digests the dispute game's fixed-mode leaves
// commit to, so a ruling is tied to the disputed leaves and its cost does
// not grow with the tensor.
//
// A product whose inner dimension is large (the first layer's x·W1) is
// ruled over its exact partial sums (chunk.PartialProducts), which the
// game's inner level bisects: [ProveSlice] proves one row of one slice,
// P_t[r] = P_{t−1}[r] + A[r, slice]·B[slice, :], with four public inputs
// read from committed lists, and [ProveRound] that a side's output chunk is
// not the rounding of the last partial at one row, with two.
//
// A [Ruling] verifies in Go ([Ruling.VerifyGo]) and on a chain
// ([Ruling.VerifyOnChain] on a [Chain], go-ethereum's simulated backend),
// against the verifier gnark exports for the circuit, compiled with solc
// [SolcVersion]; both use keccak-256 as the commitment's hash to field, the
// only one the Solidity verifier implements. Each [Ruling.Report] records
// constraints, proving time, proof size and gas.
//
// Keys come from a local Groth16 setup per circuit, cached for the process.
// That suffices for an arbiter proving to itself and for measurement; a
// deployed verifier needs keys from a multi-party ceremony instead.
//
// docs/zk-ruling.md describes the design and the measured costs.
package zkruling
