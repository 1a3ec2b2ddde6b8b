// Package arbitration settles disputes about a training segment: the
// two-level bisection game that narrows a disagreement down to one operator
// of one step and the arbiter that re-executes that operator alone. The
// ledger and the payout rules are package settlement, beside this one.
//
// Play runs the game between two Players on a Case (a segment both sides
// start from the same checkpoint and end at different states, as
// CaseFromBundles finds it: in tolerant mode the first segment of the
// solver's bundle that does not replay within δ, in deterministic mode the
// first segment on which two bundles differ). Level 1 bisects over the
// segment's steps using each side's Merkle root over its per-step state
// roots (StateRoot: one leaf per tensor, so single tensors open against a
// state). Level 2 bisects over the step's operators — forward, backward and
// the optimizer update, in the protocol's operator order
// (train.StepNodes, derived from the task's model spec) — using prefix roots with RFC 6962 consistency proofs, so that the
// sides end agreeing on every output before operator j and disputing j's.
// Level 2's outputs are bound to level 1's states, its inputs to the agreed
// state, the committed dataset and the seed's batch. The Arbiter then
// re-executes operator j: bit for bit in deterministic mode, within a
// per-operator error bound in tolerant mode. A side that does not answer
// before its deadline, or whose answer does not check out, loses. Every
// answer crosses the canonical binary encoding (StepsCommit, Opening,
// NodesCommit, PrefixOpening, NodeReveal), whose decoders validate fully.
//
// With WithInnerLevel, a fixed-mode product whose inner dimension can be
// cut (chunk.Slices) is not ruled whole: the sides commit to its exact
// partial sums P_0 … P_J (PartialsCommit, PartialLeaf), the game bisects to
// the first one they dispute and rules on one row of it, from the agreed
// previous partial and the agreed operands, or on the rounding of one
// output chunk when they agree on P_J (Result.Inner): a ruling that
// zkruling proves in a circuit that does not grow with the product. A
// weight gradient Aᵀ·B over the batch (chunk.TSlices) is bisected the same
// way over its operands' rows, its partials committed by output chunk
// (TransposedPartialLeaf), and ruled on one chunk of one partial.
//
// Result.Outcome feeds settlement.Settlement, which moves stakes, bonds and
// rewards in a ledger whose audit checks that money is conserved.
package arbitration
