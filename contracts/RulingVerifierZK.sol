// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice gnark's exported Groth16 verifier of a chunk ruling with two
/// public inputs (relu: x, y; the inner level's rounding: a row of the last
/// partial, the accused output chunk; the transposed level's rounding: a
/// chunk of the last partial, the output's chunk) or three (momentum, sgd, relu-grad, add-bias:
/// two inputs and the output). It reverts on a proof that does not check.
interface IChunkVerifier2 {
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view;
}

interface IChunkVerifier3 {
    function verifyProof(bytes calldata proof, uint256[3] calldata input) external view;
}

/// @notice gnark's exported verifier of a slice ruling (zkruling.ProveSlice):
/// A's chunk, B's chunk, the previous partial's row, the next partial's row;
/// or of a transposed slice ruling (zkruling.ProveTSlice): the same with the
/// partials' chunk in place of their row.
interface ISliceVerifier {
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view;
}

/// @title The proven ruling on one chunk of a fixed-mode operator, or on a
/// whole product or bias gradient, tied to the dispute game's leaves.
/// @notice In fixed mode the game's leaf of a tensor commits to the MiMC
/// digests of its 512-value chunks (arbitration.FixedLeaf in prooflearn):
///
///     leaf = sha256(0x00 ‖ "prooflearn/fixed-tensor/v1" 0x00 ‖ uint16 len(name) ‖ name
///                   ‖ uint8 rank ‖ uint32 dims ‖ uint32 count ‖ digests)
///
/// A ruling (zkruling.ProveChunk) proves that the operator maps the inputs'
/// chunk `index` to the output's; its public inputs are those chunk digests.
/// This contract takes the digest lists, rebuilds each leaf with the SHA-256
/// precompile and compares it with the leaf the game opened, reads the
/// digests at `index` (entry 0 of a one-chunk input, the bias of add-bias)
/// and has the circuit's verifier check the proof on them. It returns the
/// output leaf whose chunk was proven: the game rules for the side that
/// committed it. The verifier address fixes the circuit (operator, shape,
/// constant and chunk length), so the caller must take it from the task's
/// registry of verifiers, never from a party.
contract RulingVerifierZK {
    /// A tensor's digest list as a party presents it, with the leaf the
    /// game holds for it.
    struct Tensor {
        bytes name;
        uint32[] shape;
        bytes32 leaf;
        bytes32[] digests;
    }

    error LeafMismatch(uint256 tensor);
    error ChunkOutOfRange(uint256 tensor, uint256 index, uint256 count);
    error BadArity(uint256 inputs);

    uint256 internal constant CHUNK = 512;

    /// The fixed-mode leaf of a tensor with the given name, shape and chunk
    /// digests.
    function fixedLeaf(bytes calldata name, uint32[] calldata shape, bytes32[] calldata digests) public pure returns (bytes32) {
        bytes memory dims;
        for (uint256 i = 0; i < shape.length; i++) {
            dims = abi.encodePacked(dims, shape[i]);
        }
        return sha256(
            abi.encodePacked(
                bytes1(0x00),
                "prooflearn/fixed-tensor/v1",
                bytes1(0x00),
                uint16(name.length),
                name,
                uint8(shape.length),
                dims,
                uint32(digests.length),
                digests
            )
        );
    }

    /// Checks t's digests against its leaf and its chunk count against its
    /// shape, and returns its digest at `index`, or at 0 for a one-chunk
    /// tensor read whole.
    function chunkDigest(Tensor calldata t, uint256 tensor, uint256 index) internal pure returns (uint256) {
        uint256 count = checkList(t, tensor);
        if (count == 1) return uint256(t.digests[0]);
        if (index >= count) revert ChunkOutOfRange(tensor, index, count);
        return uint256(t.digests[index]);
    }

    /// Checks t's digests against its leaf and its chunk count against its
    /// shape, and returns the count.
    function checkList(Tensor calldata t, uint256 tensor) internal pure returns (uint256 count) {
        if (fixedLeaf(t.name, t.shape, t.digests) != t.leaf) revert LeafMismatch(tensor);
        uint256 n = 1;
        for (uint256 i = 0; i < t.shape.length; i++) {
            n *= t.shape[i];
        }
        count = n == 0 ? 1 : (n + CHUNK - 1) / CHUNK;
        if (t.digests.length != count) revert LeafMismatch(tensor);
    }

    /// Verifies the ruling on chunk `index`: inputs in the circuit's
    /// argument order, each with its agreed leaf; output with the leaf of the
    /// side the proof is for. Reverts unless every list matches its leaf and
    /// the proof checks; returns the proven output leaf.
    function verifyChunkRuling(
        address verifier,
        Tensor[] calldata inputs,
        Tensor calldata output,
        uint256 index,
        bytes calldata proof
    ) external view returns (bytes32) {
        uint256 out = chunkDigest(output, inputs.length, index);
        if (inputs.length == 1) {
            IChunkVerifier2(verifier).verifyProof(proof, [chunkDigest(inputs[0], 0, index), out]);
        } else if (inputs.length == 2) {
            IChunkVerifier3(verifier).verifyProof(
                proof, [chunkDigest(inputs[0], 0, index), chunkDigest(inputs[1], 1, index), out]
            );
        } else {
            revert BadArity(inputs.length);
        }
        return output.leaf;
    }

    /// Verifies a ruling on a whole operator (matmul, bias-grad:
    /// zkruling.ProveWhole), whose public inputs are every chunk digest of
    /// every tensor: the inputs' lists in argument order, then the output's.
    /// Each list is checked against its leaf as above and the lists, so
    /// tied to the leaves, are the verifier's input; its arity is their total,
    /// which the verifier's signature fixes, so lists of other lengths find no
    /// function to call. Reverts unless every list matches its leaf and the
    /// proof checks; returns the proven output leaf.
    function verifyWholeRuling(address verifier, Tensor[] calldata inputs, Tensor calldata output, bytes calldata proof)
        external
        view
        returns (bytes32)
    {
        bytes memory publics;
        uint256 total;
        for (uint256 k = 0; k <= inputs.length; k++) {
            Tensor calldata t = k < inputs.length ? inputs[k] : output;
            total += checkList(t, k);
            publics = abi.encodePacked(publics, t.digests);
        }
        // gnark's verifyProof(bytes, uint256[total]): the array inline after
        // the proof's offset, then the proof, padded to a word.
        bytes4 selector = bytes4(keccak256(abi.encodePacked("verifyProof(bytes,uint256[", decimal(total), "])")));
        bytes memory call = abi.encodePacked(
            selector, uint256(32 + 32 * total), publics, uint256(proof.length), proof, new bytes((32 - (proof.length % 32)) % 32)
        );
        if (verifier.code.length == 0) revert ProofRejected();
        (bool ok,) = verifier.staticcall(call);
        if (!ok) revert ProofRejected();
        return output.leaf;
    }

    error ProofRejected();

    /// A partial product's row-digest list (the game's inner level) with
    /// the leaf the game opened for it: P_index of the product `name`,
    /// m×k by k×n.
    struct Partial {
        bytes name;
        uint32 m;
        uint32 k;
        uint32 n;
        uint32 index;
        bytes32 leaf;
        bytes32[] digests;
    }

    error BadSlice();

    /// The leaf of a partial product (arbitration.PartialLeaf):
    /// sha256(0x00 ‖ "prooflearn/partial/v1" 0x00 ‖ uint16 len(name) ‖ name
    /// ‖ uint32 m, k, n, index, count ‖ digests).
    function partialLeaf(Partial calldata p) public pure returns (bytes32) {
        return taggedPartialLeaf("prooflearn/partial/v1", p);
    }

    /// The leaf of p under a partial scheme's tag: sha256(0x00 ‖ tag 0x00 ‖
    /// uint16 len(name) ‖ name ‖ uint32 m, k, n, index, count ‖ digests),
    /// the encoding both schemes share (arbitration.PartialLeaf and
    /// arbitration.TransposedPartialLeaf).
    function taggedPartialLeaf(bytes memory tag, Partial calldata p) internal pure returns (bytes32) {
        return sha256(
            abi.encodePacked(
                bytes1(0x00),
                tag,
                bytes1(0x00),
                uint16(p.name.length),
                p.name,
                p.m,
                p.k,
                p.n,
                p.index,
                uint32(p.digests.length),
                p.digests
            )
        );
    }

    function checkPartial(Partial calldata p, uint256 tensor) internal pure {
        if (partialLeaf(p) != p.leaf || p.digests.length != p.m) revert LeafMismatch(tensor);
    }

    /// Verifies a slice ruling of the inner level: row `row` of partial
    /// `next` (P_t, a side's) is row `row` of `prev` (P_{t−1}, the agreed
    /// one) plus A's row on slice t times B's slice t. a and b are the
    /// product's agreed operands (m×k, k×n), prev and next the partials'
    /// lists under the leaves the game opened. The slice width is 512/n,
    /// so B's slice t is its chunk t−1 and A's row on it lies in chunk
    /// (row·k + (t−1)·width)/512: the contract reads the four public inputs
    /// from the checked lists itself. Returns next's leaf: the game rules
    /// for the side that committed it.
    function verifySliceRuling(
        address verifier,
        Tensor calldata a,
        Tensor calldata b,
        Partial calldata prev,
        Partial calldata next,
        uint256 row,
        bytes calldata proof
    ) external view returns (bytes32) {
        ISliceVerifier(verifier).verifyProof(proof, sliceInputs(a, b, prev, next, row));
        return next.leaf;
    }

    /// The slice ruling's public inputs, read from lists checked against
    /// their leaves at the positions the slice and the row fix.
    function sliceInputs(Tensor calldata a, Tensor calldata b, Partial calldata prev, Partial calldata next, uint256 row)
        internal
        pure
        returns (uint256[4] memory input)
    {
        checkSlice(a, b, prev, next, row);
        checkList(a, 0);
        checkList(b, 1);
        checkPartial(prev, 2);
        checkPartial(next, 3);
        uint256 width = CHUNK / next.n;
        uint256 t = next.index;
        input[0] = uint256(a.digests[(row * next.k + (t - 1) * width) / CHUNK]);
        input[1] = uint256(b.digests[t - 1]);
        input[2] = uint256(prev.digests[row]);
        input[3] = uint256(next.digests[row]);
    }

    /// Reverts unless the product can be cut into slices of 512/n columns,
    /// prev is the partial before next of the same product, row is one of
    /// its rows and a, b are its m×k and k×n operands.
    function checkSlice(Tensor calldata a, Tensor calldata b, Partial calldata prev, Partial calldata next, uint256 row)
        internal
        pure
    {
        uint256 n = next.n;
        if (n == 0 || CHUNK % n != 0) revert BadSlice();
        uint256 width = CHUNK / n;
        if (next.k % width != 0 || next.index == 0 || next.index > next.k / width || row >= next.m) revert BadSlice();
        if (uint256(prev.index) + 1 != next.index || prev.m != next.m || prev.k != next.k || prev.n != n) revert BadSlice();
        if (keccak256(prev.name) != keccak256(next.name)) revert BadSlice();
        if (a.shape.length != 2 || b.shape.length != 2) revert BadSlice();
        if (a.shape[0] != next.m || a.shape[1] != next.k || b.shape[0] != next.k || b.shape[1] != n) revert BadSlice();
    }

    /// Verifies a rounding ruling of the inner level (zkruling.ProveRound):
    /// the sides agree on the last partial P_J (`last`, under the leaf the
    /// game opened) and the proof shows that `output`, a side's output list
    /// under that side's leaf, is not Round(P_J, 16) at row `row`. Its two
    /// public inputs are read here from the checked lists: row `row` of
    /// P_J's digests and output's digest of chunk row·n/512, the chunk
    /// holding the row (the circuit ties the row to the chunk and hashes
    /// both positions into the digests). Returns output's leaf: the game
    /// rules AGAINST the side that committed it. An honest output has no
    /// such proof, whichever row is named.
    function verifyRoundRuling(
        address verifier,
        Partial calldata last,
        Tensor calldata output,
        uint256 row,
        bytes calldata proof
    ) external view returns (bytes32) {
        IChunkVerifier2(verifier).verifyProof(proof, roundInputs(last, output, row));
        return output.leaf;
    }

    /// The rounding ruling's public inputs, read from lists checked against
    /// their leaves at the positions the row fixes.
    function roundInputs(Partial calldata last, Tensor calldata output, uint256 row)
        internal
        pure
        returns (uint256[2] memory input)
    {
        uint256 n = last.n;
        if (n == 0 || CHUNK % n != 0 || last.k % (CHUNK / n) != 0) revert BadSlice();
        if (last.index != last.k / (CHUNK / n) || row >= last.m) revert BadSlice();
        if (keccak256(last.name) != keccak256(output.name)) revert BadSlice();
        if (output.shape.length != 2 || output.shape[0] != last.m || output.shape[1] != n) revert BadSlice();
        checkPartial(last, 0);
        checkList(output, 1);
        input[0] = uint256(last.digests[row]);
        input[1] = uint256(output.digests[(row * n) / CHUNK]);
    }

    /// The leaf of partial P_index of a transposed product Aᵀ·B (the first
    /// layer's weight gradient xᵀ·dz: A k×m, B k×n, output m×n, the inner
    /// dimension k the batch; arbitration.TransposedPartialLeaf):
    /// sha256(0x00 ‖ "prooflearn/partial-t/v1" 0x00 ‖ uint16 len(name) ‖ name
    /// ‖ uint32 m, k, n, index, count ‖ digests), one digest per output
    /// chunk (chunk.PartialChunkDigest). The tag keeps it from standing for
    /// a plain product's partial, whose digests are per row.
    function transposedPartialLeaf(Partial calldata p) public pure returns (bytes32) {
        return taggedPartialLeaf("prooflearn/partial-t/v1", p);
    }

    /// Reverts unless p's digests hash to its leaf and number its output's
    /// chunks: m·n/512, exact once checkTShape has passed.
    function checkTPartial(Partial calldata p, uint256 tensor) internal pure {
        if (transposedPartialLeaf(p) != p.leaf || p.digests.length != (uint256(p.m) * p.n) / CHUNK) {
            revert LeafMismatch(tensor);
        }
    }

    /// Reverts unless the transposed product's rows can be bisected as
    /// chunk.TSlices accepts it (n divides 512, w = 512/n divides m,
    /// 2 ≤ k ≤ 2^14), so that each output chunk covers w whole rows and each
    /// operand read of a ruling lies inside one chunk; returns w.
    function checkTShape(Partial calldata p) internal pure returns (uint256 w) {
        uint256 n = p.n;
        if (n == 0 || CHUNK % n != 0) revert BadSlice();
        w = CHUNK / n;
        if (p.m == 0 || p.m % w != 0 || p.k < 2 || p.k > 1 << 14) revert BadSlice();
    }

    /// Verifies a slice ruling of the transposed level
    /// (zkruling.ProveTSlice): chunk `chunk` of partial `next` (P_t, a
    /// side's) is chunk `chunk` of `prev` (P_{t−1}, the agreed one) plus
    /// A[t−1, rows of the chunk]ᵀ·B[t−1, :]. a and b are the product's agreed
    /// operands (k×m and k×n), prev and next the partials' chunk-digest
    /// lists under the leaves the game opened; `chunk` is the game's, the
    /// first at which the sides' P_t lists differ. The contract reads the
    /// four public inputs from the checked lists at the positions the circuit
    /// ties: A's chunk holding flat index (t−1)·m + chunk·w, B's chunk holding
    /// (t−1)·n, and entry `chunk` of each partial. Returns next's leaf: the
    /// game rules for the side that committed it.
    function verifyTSliceRuling(
        address verifier,
        Tensor calldata a,
        Tensor calldata b,
        Partial calldata prev,
        Partial calldata next,
        uint256 chunk,
        bytes calldata proof
    ) external view returns (bytes32) {
        ISliceVerifier(verifier).verifyProof(proof, tsliceInputs(a, b, prev, next, chunk));
        return next.leaf;
    }

    /// The transposed slice ruling's public inputs, read from lists checked
    /// against their leaves at the positions t and the chunk fix.
    function tsliceInputs(Tensor calldata a, Tensor calldata b, Partial calldata prev, Partial calldata next, uint256 chunk)
        internal
        pure
        returns (uint256[4] memory input)
    {
        uint256 w = checkTSlice(a, b, prev, next);
        uint256 count = (uint256(next.m) * next.n) / CHUNK;
        if (chunk >= count) revert ChunkOutOfRange(3, chunk, count);
        checkList(a, 0);
        checkList(b, 1);
        checkTPartial(prev, 2);
        checkTPartial(next, 3);
        // The operands' row t−1; row·m + chunk·w < k·m and row·n < k·n, so
        // both positions fall inside the checked lists.
        uint256 row = uint256(next.index) - 1;
        input[0] = uint256(a.digests[(row * next.m + chunk * w) / CHUNK]);
        input[1] = uint256(b.digests[(row * next.n) / CHUNK]);
        input[2] = uint256(prev.digests[chunk]);
        input[3] = uint256(next.digests[chunk]);
    }

    /// Reverts unless the product can be bisected over its rows, next is
    /// P_t with 1 ≤ t ≤ k, prev is P_{t−1} of the same product, and a, b are
    /// its k×m and k×n operands; returns the output rows per chunk.
    function checkTSlice(Tensor calldata a, Tensor calldata b, Partial calldata prev, Partial calldata next)
        internal
        pure
        returns (uint256 w)
    {
        w = checkTShape(next);
        if (next.index == 0 || next.index > next.k) revert BadSlice();
        if (uint256(prev.index) + 1 != next.index || prev.m != next.m || prev.k != next.k || prev.n != next.n) {
            revert BadSlice();
        }
        if (keccak256(prev.name) != keccak256(next.name)) revert BadSlice();
        if (a.shape.length != 2 || b.shape.length != 2) revert BadSlice();
        if (a.shape[0] != next.k || a.shape[1] != next.m || b.shape[0] != next.k || b.shape[1] != next.n) revert BadSlice();
    }

    /// Verifies a rounding ruling of the transposed level
    /// (zkruling.ProveTRound): the sides agree on the last partial P_k
    /// (`last`, under the leaf the game opened) and the proof shows that
    /// chunk `chunk` of `output`, a side's output list under that side's
    /// leaf, is Round(P_k, 16) on the same chunk. Its two public inputs are
    /// entry `chunk` of each checked list, whatever n. Returns output's
    /// leaf: the game rules for the side that committed it (the other
    /// side's chunk, differing there, is not the rounding).
    function verifyTRoundRuling(
        address verifier,
        Partial calldata last,
        Tensor calldata output,
        uint256 chunk,
        bytes calldata proof
    ) external view returns (bytes32) {
        IChunkVerifier2(verifier).verifyProof(proof, troundInputs(last, output, chunk));
        return output.leaf;
    }

    /// The transposed rounding's public inputs, read from lists checked
    /// against their leaves at the chunk.
    function troundInputs(Partial calldata last, Tensor calldata output, uint256 chunk)
        internal
        pure
        returns (uint256[2] memory input)
    {
        checkTShape(last);
        if (last.index != last.k) revert BadSlice();
        if (keccak256(last.name) != keccak256(output.name)) revert BadSlice();
        if (output.shape.length != 2 || output.shape[0] != last.m || output.shape[1] != last.n) revert BadSlice();
        uint256 count = (uint256(last.m) * last.n) / CHUNK;
        if (chunk >= count) revert ChunkOutOfRange(1, chunk, count);
        checkTPartial(last, 0);
        checkList(output, 1);
        input[0] = uint256(last.digests[chunk]);
        input[1] = uint256(output.digests[chunk]);
    }

    function decimal(uint256 v) internal pure returns (bytes memory s) {
        if (v == 0) return "0";
        for (; v > 0; v /= 10) {
            s = abi.encodePacked(bytes1(uint8(48 + (v % 10))), s);
        }
    }
}
