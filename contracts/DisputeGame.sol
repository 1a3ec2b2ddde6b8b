// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice The on-chain verifier of one operator's ruling: gnark's exported
/// Groth16 verifier has this shape and reverts on a proof that does not check.
interface IRulingVerifier {
    function verifyProof(uint256[8] calldata proof, uint256[4] calldata input) external view;
}

/// @notice The chunk ruling's adapter (contracts/RulingVerifierZK.sol): it
/// rebuilds fixed-mode leaves from their chunk-digest lists and has a
/// circuit's gnark verifier check a proof of one chunk of an elementwise
/// operator on the lists' entries at the chunk.
interface IChunkRuling {
    struct Tensor {
        bytes name;
        uint32[] shape;
        bytes32 leaf;
        bytes32[] digests;
    }

    function fixedLeaf(bytes calldata name, uint32[] calldata shape, bytes32[] calldata digests) external pure returns (bytes32);

    function verifyChunkRuling(address verifier, Tensor[] calldata inputs, Tensor calldata output, uint256 index, bytes calldata proof)
        external
        view
        returns (bytes32);
}

/// @notice The inner level's rulings on the same adapter
/// (contracts/RulingVerifierZK.sol): the leaf of a partial product, a slice
/// ruling (row r of P_t is row r of P_{t−1} plus A's row on slice t times
/// B's slice t) and a rounding ruling (a side's output row is not
/// Round(P_J, 16)), each read from lists checked against their leaves.
interface IInnerRuling {
    struct Partial {
        bytes name;
        uint32 m;
        uint32 k;
        uint32 n;
        uint32 index;
        bytes32 leaf;
        bytes32[] digests;
    }

    function partialLeaf(Partial calldata p) external pure returns (bytes32);

    function verifySliceRuling(
        address verifier,
        IChunkRuling.Tensor calldata a,
        IChunkRuling.Tensor calldata b,
        Partial calldata prev,
        Partial calldata next,
        uint256 row,
        bytes calldata proof
    ) external view returns (bytes32);

    function verifyRoundRuling(address verifier, Partial calldata last, IChunkRuling.Tensor calldata output, uint256 row, bytes calldata proof)
        external
        view
        returns (bytes32);
}

/// @notice What a market needs of a dispute game: to open a game for one of
/// its disputes, and to read how that game ended.
interface IMarketGame {
    /// A segment's game as its challenger states it: the task's hash (which
    /// fixes every constant of its step graph), the agreed start state root,
    /// both claimed end roots and the step's operator graph.
    struct Spec {
        bytes32 task;
        uint64 fromStep;
        uint32 steps;
        bytes32 start;
        bytes32 solverClaim;
        bytes32 challengerClaim;
        uint32 nodes;
        uint32[] writers;
    }

    /// Opens a bondless game between solver and challenger for the caller's
    /// dispute `dispute`; the caller is recorded as the game's market.
    function open(address solver, address challenger, uint256 dispute, Spec calldata s) external returns (uint256 id);

    /// The market and dispute a game was opened for (zero for a standalone
    /// game), whether it is over, its winner (0 solver, 1 challenger) and
    /// whether it ended by a clock running out.
    function outcome(uint256 id) external view returns (address market, uint256 dispute, bool over, uint8 winner, bool timedOut);
}

/// @title RFC 6962 Merkle proofs over SHA-256, as prooflearn commits
/// (transparency-dev/merkle's inclusion and consistency verification).
library RFC6962 {
    function hashChildren(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x01), l, r));
    }

    /// The root that leaf hash `leaf` at `index` of a tree of `size` leaves
    /// implies with audit path `path`; reverts on a path of the wrong length.
    function rootFromInclusion(uint256 index, uint256 size, bytes32 leaf, bytes32[] calldata path) internal pure returns (bytes32 h) {
        require(index < size, "merkle: index out of range");
        uint256 inner = _bitLen(index ^ (size - 1));
        uint256 border = _ones(index >> inner);
        require(path.length == inner + border, "merkle: wrong path length");
        h = leaf;
        for (uint256 i = 0; i < inner; i++) {
            h = (index >> i) & 1 == 0 ? hashChildren(h, path[i]) : hashChildren(path[i], h);
        }
        for (uint256 i = inner; i < path.length; i++) {
            h = hashChildren(path[i], h);
        }
    }

    function verifyInclusion(uint256 index, uint256 size, bytes32 leaf, bytes32[] calldata path, bytes32 root) internal pure returns (bool) {
        return rootFromInclusion(index, size, leaf, path) == root;
    }

    /// verifyInclusion that answers false, rather than reverting, for an
    /// index out of range or a path of the wrong length: a caller with its
    /// own named error for a proof that does not open.
    function includes(uint256 index, uint256 size, bytes32 leaf, bytes32[] calldata path, bytes32 root) internal pure returns (bool) {
        if (index >= size) return false;
        uint256 inner = _bitLen(index ^ (size - 1));
        if (path.length != inner + _ones(index >> inner)) return false;
        return rootFromInclusion(index, size, leaf, path) == root;
    }

    /// Whether the tree of size1 leaves with root1 is a prefix of the tree
    /// of size2 leaves with root2 (0 < size1 < size2).
    function verifyConsistency(uint256 size1, uint256 size2, bytes32[] calldata proof, bytes32 root1, bytes32 root2) internal pure returns (bool) {
        if (size1 == 0 || size1 >= size2 || proof.length == 0) return false;
        uint256 inner = _bitLen((size1 - 1) ^ (size2 - 1));
        uint256 border = _ones((size1 - 1) >> inner);
        uint256 shift = _trailingZeros(size1);
        inner -= shift;
        bytes32 seed = proof[0];
        uint256 start = 1;
        if (size1 == 1 << shift) {
            seed = root1;
            start = 0;
        }
        if (proof.length != start + inner + border) return false;
        uint256 mask = (size1 - 1) >> shift;
        bytes32 h1 = seed;
        bytes32 h2 = seed;
        for (uint256 i = 0; i < inner; i++) {
            bytes32 p = proof[start + i];
            if ((mask >> i) & 1 == 1) {
                h1 = hashChildren(p, h1);
                h2 = hashChildren(p, h2);
            } else {
                h2 = hashChildren(h2, p);
            }
        }
        for (uint256 i = start + inner; i < proof.length; i++) {
            h1 = hashChildren(proof[i], h1);
            h2 = hashChildren(proof[i], h2);
        }
        return h1 == root1 && h2 == root2;
    }

    function _bitLen(uint256 x) private pure returns (uint256 n) {
        while (x != 0) {
            x >>= 1;
            n++;
        }
    }

    function _ones(uint256 x) private pure returns (uint256 n) {
        while (x != 0) {
            n += x & 1;
            x >>= 1;
        }
    }

    function _trailingZeros(uint256 x) private pure returns (uint256 n) {
        while (x & 1 == 0) {
            x >>= 1;
            n++;
        }
    }
}

/// @title DisputeGame: arbitration's two-level bisection as transactions.
/// @notice Both sides answer each query (in either order) with the Merkle
/// openings the Go game checks; an answer that does not check reverts, so a
/// side that cannot answer runs out of time. Each side has a chess clock: its
/// time runs from a round's start until it answers, and a side whose time is
/// out loses (the challenger, if both are). Level 1 bisects the segment's
/// steps over the state roots; level 2 bisects the disputed step's operator
/// outputs over prefix roots; at the first disputed operator both reveal
/// their output and inputs, and the challenger has its remaining time to
/// prove, through the ruling verifier, that the solver's output is wrong.
/// Otherwise the solver's claim stands. The winner takes both bonds.
contract DisputeGame is IMarketGame {
    uint8 internal constant SOLVER = 0;
    uint8 internal constant CHALLENGER = 1;

    enum Phase {
        None,
        Steps, // level-1 commitments
        State, // level-1 bisection
        Nodes, // level-2 commitments
        Prefix, // level-2 bisection
        Reveal, // the disputed operator's output and inputs
        Ruling, // the challenger may prove the solver's output wrong
        Over,
        Partials, // inner level: partial-product commitments
        Partial, // inner level: bisection over the slices
        Inner // inner level: the challenger may prove the solver's partial or rounding wrong
    }

    struct Opening {
        uint32 index;
        bytes32 leaf;
        bytes32[] path;
    }

    struct Binding {
        uint32 state;
        uint32 node;
        bytes32 leaf;
        bytes32[] nodePath;
        bytes32[] statePath;
    }

    struct InputOpening {
        uint32 node;
        bytes32 leaf;
        bytes32[] path;
    }

    struct Game {
        address[2] players;
        Phase phase;
        uint8 winner;
        bool[2] answered;
        uint64 roundStart;
        uint64[2] clock; // seconds left per side
        uint32 rounds;
        uint32 steps; // the segment's steps k
        uint32 nodes; // the step's operators G
        uint32 lo;
        uint32 hi;
        uint64 fromStep;
        uint64 step; // the disputed step (global), once level 1 is over
        bytes32 task; // the task's hash: its graph key and ruling input name it
        bytes32 start;
        bytes32[2] claims;
        bytes32[2] roots; // level-1 roots, then level-2 roots
        bytes32[2] answers; // this round's opened leaf or prefix root
        bytes32 before; // agreed state before the disputed step
        bytes32[2] afterStep; // each side's state after it
        bytes32 agreed; // agreed root of the first lo outputs
        bytes32[2] prefix; // each side's root of the first hi outputs
        bytes32[2] outputs; // revealed output leaves
        bytes32[2] inputs; // keccak256 of the revealed input leaves
        uint32[] writers; // per state tensor, the operator that writes it
        uint256 bonds;
        address market; // the market whose dispute this game decides (open), or zero (create)
        uint256 dispute; // that market's dispute id
        bool timedOut; // it ended by claimTimeout
    }

    IRulingVerifier public immutable ruling;
    /// The chunk ruling's adapter (zero: no proven chunk rulings) and the
    /// account that registers circuits' verifiers with it.
    IChunkRuling public immutable chunkRuling;
    address public immutable registrar;
    uint256 public immutable bond;
    uint64 public immutable clockSeconds;

    /// A registered chunk circuit of one operator of a step graph: its gnark
    /// verifier (which fixes the operator, shape, constant and chunk length)
    /// and the operator's inputs as nodes of the step, in the circuit's
    /// argument order.
    struct Circuit {
        address verifier;
        uint32[] inputs;
    }

    uint256 public gameCount;
    mapping(uint256 => Game) internal games;
    mapping(bytes32 => Circuit) internal circuits; // by circuitKey(task's step graph key, node)
    mapping(address => uint256) public withdrawable;

    event Created(uint256 indexed game, address indexed solver, address indexed challenger);
    event Answered(uint256 indexed game, uint8 side, Phase phase, uint32 round);
    event Narrowed(uint256 indexed game, Phase phase, uint32 lo, uint32 hi);
    event Ended(uint256 indexed game, uint8 winner, string reason);

    error WrongPhase();
    error NotAPlayer();
    error AlreadyAnswered();
    error OutOfTime();
    error TimeLeft();
    error BadAnswer(string why);
    error BadBond();
    error NothingToWithdraw();
    error TransferFailed();
    error NotRegistrar();
    error CircuitRegistered();
    error NoCircuit();

    event CircuitSet(bytes32 indexed graph, uint32 node, address verifier);

    constructor(IRulingVerifier ruling_, IChunkRuling chunkRuling_, uint256 bond_, uint64 clockSeconds_) {
        require(address(ruling_) != address(0) && bond_ > 0 && clockSeconds_ > 0, "game: bad parameters");
        ruling = ruling_;
        chunkRuling = chunkRuling_;
        registrar = msg.sender;
        bond = bond_;
        clockSeconds = clockSeconds_;
    }

    /// @notice The challenger opens a game of task `task` (its hash) on a
    /// segment of `steps` steps from global step `fromStep`, whose agreed
    /// start state is `start` and whose end the sides claim differently, with
    /// the task's operator graph: the step's operator count and, per state
    /// tensor, the operator writing it. It pays its bond; the solver pays its
    /// own with its first answer.
    function create(address solver, bytes32 task, uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes, uint32[] calldata writers)
        external
        payable
        returns (uint256 id)
    {
        if (msg.value != bond) revert BadBond();
        id = _create(solver, msg.sender, Spec(task, fromStep, steps, start, solverClaim, challengerClaim, nodes, writers));
        games[id].bonds = msg.value;
    }

    /// @notice A market opens a game for one of its disputes. The market
    /// holds the stakes and pays the outcome (it reads `outcome`), so the
    /// game takes no bonds. Anyone may call this, but a game records its
    /// caller as its market: a market accepts only games it opened itself.
    function open(address solver, address challenger, uint256 dispute, Spec calldata s) external returns (uint256 id) {
        id = _create(solver, challenger, s);
        Game storage g = games[id];
        g.market = msg.sender;
        g.dispute = dispute;
    }

    function _create(address solver, address challenger, Spec memory s) internal returns (uint256 id) {
        require(s.steps > 0 && s.nodes > 0 && s.writers.length > 0 && s.solverClaim != s.challengerClaim && solver != challenger, "game: nothing to dispute");
        id = ++gameCount;
        Game storage g = games[id];
        g.players = [solver, challenger];
        g.phase = Phase.Steps;
        g.roundStart = uint64(block.timestamp);
        g.clock = [clockSeconds, clockSeconds];
        g.steps = s.steps;
        g.nodes = s.nodes;
        g.fromStep = s.fromStep;
        g.task = s.task;
        g.start = s.start;
        g.claims = [s.solverClaim, s.challengerClaim];
        g.writers = s.writers;
        emit Created(id, solver, challenger);
    }

    // ---- level 1 ----

    /// @notice A side's level-1 commitment: the root over the states after
    /// 0…k steps, its first leaf the agreed start and its last the side's claim.
    function commitSteps(uint256 id, bytes32 root, Opening calldata first, Opening calldata last) external payable {
        (Game storage g, uint8 s) = _answer(id, Phase.Steps);
        uint256 k = g.steps;
        if (first.index != 0 || first.leaf != g.start) revert BadAnswer("first state is not the agreed start");
        if (last.index != k || last.leaf != g.claims[s]) revert BadAnswer("last state is not the claim");
        if (!RFC6962.verifyInclusion(0, k + 1, first.leaf, first.path, root)) revert BadAnswer("first state does not open");
        if (!RFC6962.verifyInclusion(k, k + 1, last.leaf, last.path, root)) revert BadAnswer("last state does not open");
        g.roots[s] = root;
        if (_roundDone(id, g, s)) {
            g.lo = 0;
            g.hi = g.steps;
            g.before = g.start;
            g.afterStep = g.claims;
            _afterLevel1Round(id, g);
        }
    }

    /// @notice A side opens its state after mid = lo + (hi-lo)/2 steps.
    function openState(uint256 id, Opening calldata o) external {
        (Game storage g, uint8 s) = _answer(id, Phase.State);
        uint32 mid = g.lo + (g.hi - g.lo) / 2;
        if (o.index != mid) revert BadAnswer("not the state asked for");
        if (!RFC6962.verifyInclusion(mid, uint256(g.steps) + 1, o.leaf, o.path, g.roots[s])) revert BadAnswer("state does not open");
        g.answers[s] = o.leaf;
        if (_roundDone(id, g, s)) {
            if (g.answers[SOLVER] == g.answers[CHALLENGER]) {
                g.lo = mid;
                g.before = g.answers[SOLVER];
            } else {
                g.hi = mid;
                g.afterStep = g.answers;
            }
            _afterLevel1Round(id, g);
        }
    }

    function _afterLevel1Round(uint256 id, Game storage g) internal {
        if (g.hi - g.lo > 1) {
            g.phase = Phase.State;
        } else {
            g.phase = Phase.Nodes;
            g.step = g.fromStep + g.lo;
        }
        emit Narrowed(id, g.phase, g.lo, g.hi);
    }

    // ---- level 2 ----

    /// @notice A side's level-2 commitment for the disputed step: the root
    /// over its operators' output leaves, every state tensor after the step
    /// bound to the output of the operator that writes it.
    function commitNodes(uint256 id, uint64 step, bytes32 root, uint32 nodes, Binding[] calldata bindings) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Nodes);
        if (step != g.step || nodes != g.nodes) revert BadAnswer("not the step or operator count asked for");
        uint256 n = g.writers.length;
        if (bindings.length != n) revert BadAnswer("binds the wrong number of state tensors");
        bytes32 afterStep = g.afterStep[s];
        for (uint256 i = 0; i < n; i++) {
            Binding calldata b = bindings[i];
            if (b.state != i || b.node != g.writers[i]) revert BadAnswer("binding ties the wrong operator");
            if (!RFC6962.verifyInclusion(b.node, nodes, b.leaf, b.nodePath, root)) revert BadAnswer("output does not open");
            if (!RFC6962.verifyInclusion(i, n, b.leaf, b.statePath, afterStep)) revert BadAnswer("state tensor is not in the state after the step");
        }
        g.roots[s] = root;
        if (_roundDone(id, g, s)) {
            g.lo = 0;
            g.hi = g.nodes;
            g.prefix = g.roots;
            _afterLevel2Round(id, g);
        }
    }

    /// @notice A side opens the root of its first mid operator outputs,
    /// consistent with its level-2 root.
    function openPrefix(uint256 id, uint32 size, bytes32 prefixRoot, bytes32[] calldata proof) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Prefix);
        uint32 mid = g.lo + (g.hi - g.lo) / 2;
        if (size != mid) revert BadAnswer("not the prefix asked for");
        if (!RFC6962.verifyConsistency(mid, g.nodes, proof, prefixRoot, g.roots[s])) revert BadAnswer("prefix is not consistent with the root");
        g.answers[s] = prefixRoot;
        if (_roundDone(id, g, s)) {
            if (g.answers[SOLVER] == g.answers[CHALLENGER]) {
                g.lo = mid;
                g.agreed = g.answers[SOLVER];
            } else {
                g.hi = mid;
                g.prefix = g.answers;
            }
            _afterLevel2Round(id, g);
        }
    }

    function _afterLevel2Round(uint256 id, Game storage g) internal {
        g.phase = g.hi - g.lo > 1 ? Phase.Prefix : Phase.Reveal;
        emit Narrowed(id, g.phase, g.lo, g.hi);
    }

    /// @notice A side's case on the first disputed operator j = lo: its
    /// output, leaf j of its prefix of j+1 outputs extending the agreed
    /// prefix of j, and its inputs opened against the agreed prefix.
    function reveal(uint256 id, uint32 node, bytes32 output, bytes32[] calldata outputPath, bytes32[] calldata consistency, InputOpening[] calldata inputs) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Reveal);
        uint32 j = g.lo;
        if (node != j) revert BadAnswer("not the operator asked for");
        if (!RFC6962.verifyInclusion(j, uint256(j) + 1, output, outputPath, g.prefix[s])) revert BadAnswer("output does not open");
        if (j > 0) {
            if (!RFC6962.verifyConsistency(j, uint256(j) + 1, consistency, g.agreed, g.prefix[s])) revert BadAnswer("prefix does not extend the agreed one");
        } else if (consistency.length != 0) {
            revert BadAnswer("consistency proof for operator 0");
        }
        bytes32[] memory leaves = new bytes32[](inputs.length);
        for (uint256 i = 0; i < inputs.length; i++) {
            InputOpening calldata in_ = inputs[i];
            if (in_.node >= j || !RFC6962.verifyInclusion(in_.node, j, in_.leaf, in_.path, g.agreed)) revert BadAnswer("input does not open against the agreed outputs");
            leaves[i] = in_.leaf;
        }
        g.outputs[s] = output;
        g.inputs[s] = keccak256(abi.encodePacked(leaves));
        if (_roundDone(id, g, s)) {
            // Only the challenger has something left to do: the solver's
            // clock stops, the challenger's runs until it proves its case.
            g.phase = Phase.Ruling;
            g.answered = [true, false];
        }
    }

    // ---- the ruling ----

    /// @notice The public input a proof that the solver's output of the
    /// disputed operator is wrong must carry: the global step, the operator,
    /// and two 248-bit digests (field elements of any SNARK field): of the
    /// claim (the task's hash, agreed state before the step, agreed prefix,
    /// the solver's inputs) and of the solver's output leaf. The task's hash
    /// is in it because two tasks of one graph may differ in a constant (a
    /// learning rate, a momentum): a ruling of one is not a ruling of the other.
    function rulingInput(uint256 id) public view returns (uint256[4] memory input) {
        Game storage g = games[id];
        if (g.phase != Phase.Ruling) revert WrongPhase();
        input[0] = g.step;
        input[1] = g.lo;
        input[2] = uint256(sha256(abi.encodePacked(g.task, g.before, g.agreed, g.inputs[SOLVER]))) >> 8;
        input[3] = uint256(g.outputs[SOLVER]) >> 8;
    }

    /// @notice The challenger proves the solver's output wrong and wins.
    function proveSolverWrong(uint256 id, uint256[8] calldata proof) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Ruling);
        if (s != CHALLENGER) revert NotAPlayer();
        ruling.verifyProof(proof, rulingInput(id)); // reverts on a bad proof
        _end(id, g, CHALLENGER, "ruling");
    }

    /// The registry's key of operator `node` of the task's step graph key
    /// `graph` (keccak256(abi.encode(task, nodes, writers)): a circuit
    /// compiles its operator's constant in, and the task's hash fixes it).
    function circuitKey(bytes32 graph, uint32 node) public pure returns (bytes32) {
        return keccak256(abi.encode(graph, node));
    }

    /// The registry's key of game g's disputed operator.
    function _gameKey(Game storage g) internal view returns (bytes32) {
        return circuitKey(keccak256(abi.encode(g.task, g.nodes, g.writers)), g.lo);
    }

    /// @notice The registrar records the chunk circuit of operator `node` of
    /// the task's step graph key `graph`: its verifier and its inputs' nodes. A key is
    /// set once, so no entry changes under a game that relies on it. The
    /// registrar stands where a setup ceremony's output goes: it vouches that
    /// the verifier is the operator's circuit, nothing else.
    function registerChunkCircuit(bytes32 graph, uint32 node, address verifier, uint32[] calldata inputs) external {
        if (msg.sender != registrar) revert NotRegistrar();
        Circuit storage c = circuits[circuitKey(graph, node)];
        if (c.verifier != address(0)) revert CircuitRegistered();
        require(verifier != address(0) && inputs.length > 0, "game: bad circuit");
        c.verifier = verifier;
        c.inputs = inputs;
        emit CircuitSet(graph, node, verifier);
    }

    /// @notice The chunk circuit registered for operator `node` of `graph`.
    function circuitOf(bytes32 graph, uint32 node) external view returns (address verifier, uint32[] memory inputs) {
        Circuit storage c = circuits[circuitKey(graph, node)];
        return (c.verifier, c.inputs);
    }

    /// @notice The challenger proves chunk `index` of the disputed
    /// operator's output and shows that the solver's chunk there is another:
    /// the operator is deterministic, so the solver's output is wrong. The
    /// circuit is the registry's for this game's graph and operator; each
    /// input is the agreed output of the node the registry names, opened
    /// against the agreed prefix; `solverOutput` is the digest list of the
    /// solver's revealed output leaf; `output` the proven one, of the same
    /// tensor. The adapter checks every list against its leaf and the proof.
    function proveChunkWrong(
        uint256 id,
        IChunkRuling.Tensor[] calldata inputs,
        bytes32[][] calldata inputPaths,
        IChunkRuling.Tensor calldata output,
        IChunkRuling.Tensor calldata solverOutput,
        uint256 index,
        bytes calldata proof
    ) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Ruling);
        if (s != CHALLENGER) revert NotAPlayer();
        address verifier = _checkInputs(g, inputs, inputPaths);
        _checkSolverOutput(g, output, solverOutput);
        chunkRuling.verifyChunkRuling(verifier, inputs, output, index, proof); // reverts on a bad proof
        uint256 at = output.digests.length == 1 ? 0 : index;
        if (solverOutput.digests[at] == output.digests[at]) revert BadAnswer("the solver's chunk is the proven one");
        _end(id, g, CHALLENGER, "chunk ruling");
    }

    /// The registered circuit's verifier, once every input opens as the
    /// agreed output of the node the registry names for it.
    function _checkInputs(Game storage g, IChunkRuling.Tensor[] calldata inputs, bytes32[][] calldata paths) internal view returns (address) {
        if (address(chunkRuling) == address(0)) revert NoCircuit();
        Circuit storage c = circuits[_gameKey(g)];
        if (c.verifier == address(0)) revert NoCircuit();
        uint256 n = c.inputs.length;
        if (inputs.length != n || paths.length != n) revert BadAnswer("not the operator's inputs");
        for (uint256 k = 0; k < n; k++) {
            if (!RFC6962.verifyInclusion(c.inputs[k], g.lo, inputs[k].leaf, paths[k], g.agreed)) {
                revert BadAnswer("input is not its node's agreed output");
            }
        }
        return c.verifier;
    }

    /// Checks that solverOutput is the digest list of the solver's revealed
    /// output leaf and names the same tensor, of the same shape, as output.
    function _checkSolverOutput(Game storage g, IChunkRuling.Tensor calldata output, IChunkRuling.Tensor calldata solverOutput) internal view {
        if (solverOutput.leaf != g.outputs[SOLVER]) revert BadAnswer("not the solver's output");
        if (chunkRuling.fixedLeaf(solverOutput.name, solverOutput.shape, solverOutput.digests) != solverOutput.leaf) {
            revert BadAnswer("digests are not the solver's output");
        }
        if (
            keccak256(abi.encode(output.name, output.shape)) != keccak256(abi.encode(solverOutput.name, solverOutput.shape))
                || output.digests.length != solverOutput.digests.length
        ) revert BadAnswer("not the solver's tensor");
    }

    // ---- the inner level ----
    //
    // A fixed-mode product too large for one proof (the first layer's x·W1)
    // is ruled over its partial sums P_t = Σ_{p < t·w} A[:, p]·B[p, :]
    // (arbitration/inner.go): P_0 = 0, output = Round(P_J, 16). From the
    // Ruling phase the challenger opens the inner level; each side commits
    // a Merkle root over the leaves of P_0 … P_J (IInnerRuling.partialLeaf),
    // P_0 the registered zero partial and P_J opened with its row digests.
    // If the sides' P_J agree, the challenger may accuse the solver's output
    // of not rounding it (proveRoundWrong); otherwise the game bisects to
    // the first slice t whose P_t the sides dispute, both agreeing on
    // P_{t−1}, and the challenger may prove a row of its P_t from P_{t−1}
    // and the agreed operands where the solver's row differs
    // (proveSliceWrong). Either way only the challenger proves; without a
    // proof its clock runs out and the solver's claim stands.

    /// The registered inner level of one product of a step graph: its slice
    /// and rounding circuits' verifiers (which fix the shape), the nodes of
    /// its operands A and B, its slice count J and the leaf of its zero
    /// partial P_0 (PartialLeaf of the product's name, shape, index 0 and
    /// the zero rows' digests).
    struct SliceCircuit {
        address slice;
        address round;
        uint32[] inputs;
        uint32 slices;
        bytes32 zero;
    }

    /// A game's inner level: the bisection interval over the slices, each
    /// side's root, each side's partial at hi, and the agreed partial at lo
    /// (P_J's leaf when the sides agree on it: round).
    struct InnerGame {
        uint32 lo;
        uint32 hi;
        bool round;
        bytes32[2] roots;
        bytes32[2] claims;
        bytes32[2] answers;
        bytes32 agreed;
    }

    /// The challenger's slice ruling: the agreed operands with their paths
    /// against the agreed prefix, the agreed P_{t−1}, its own P_t, the
    /// solver's P_t, the row and the proof.
    struct SliceCase {
        IChunkRuling.Tensor a;
        IChunkRuling.Tensor b;
        bytes32[] aPath;
        bytes32[] bPath;
        IInnerRuling.Partial prev;
        IInnerRuling.Partial next;
        IInnerRuling.Partial solverNext;
        uint256 row;
        bytes proof;
    }

    mapping(bytes32 => SliceCircuit) internal sliceCircuits; // by circuitKey(task's step graph key, node)
    mapping(uint256 => InnerGame) internal inners;

    /// A side's partial P_index with its row digests, as it opened it: what
    /// the other side needs to prove a row of it wrong.
    event PartialOpened(uint256 indexed game, uint8 side, uint32 index, bytes32[] digests);

    /// @notice The registrar records the inner level of product `node` of
    /// the task's step graph key `graph`, once, as registerChunkCircuit does.
    function registerSliceCircuit(bytes32 graph, uint32 node, SliceCircuit calldata c) external {
        if (msg.sender != registrar) revert NotRegistrar();
        SliceCircuit storage e = sliceCircuits[circuitKey(graph, node)];
        if (e.slice != address(0)) revert CircuitRegistered();
        require(c.slice != address(0) && c.round != address(0) && c.inputs.length == 2 && c.slices >= 2, "game: bad circuit");
        sliceCircuits[circuitKey(graph, node)] = c;
        emit CircuitSet(graph, node, c.slice);
    }

    /// @notice The inner level registered for product `node` of `graph`.
    function sliceCircuitOf(bytes32 graph, uint32 node) external view returns (SliceCircuit memory) {
        return sliceCircuits[circuitKey(graph, node)];
    }

    /// @notice A game's inner level: the slice interval, whether the sides
    /// agree on P_J (the rounding is disputed), and the agreed partial's leaf.
    function innerStatus(uint256 id) external view returns (uint32 lo, uint32 hi, bool round, bytes32 agreed) {
        InnerGame storage n = inners[id];
        return (n.lo, n.hi, n.round, n.agreed);
    }

    function _sliceCircuit(Game storage g) internal view returns (SliceCircuit storage c) {
        c = sliceCircuits[_gameKey(g)];
        if (c.slice == address(0) || address(chunkRuling) == address(0)) revert NoCircuit();
    }

    /// @notice The challenger opens the inner level on the disputed product,
    /// whose inner level is registered; both sides then commit.
    function openInner(uint256 id) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Ruling);
        if (s != CHALLENGER) revert NotAPlayer();
        _sliceCircuit(g);
        g.phase = Phase.Partials;
        g.answered = [false, false];
        g.rounds += 1;
        g.roundStart = uint64(block.timestamp);
    }

    /// @notice A side's inner-level commitment: the root over the leaves of
    /// P_0 … P_J, its first leaf the zero partial and its last, P_J, opened
    /// with its row digests.
    function commitPartials(uint256 id, bytes32 root, bytes32[] calldata firstPath, IInnerRuling.Partial calldata last, bytes32[] calldata lastPath)
        external
    {
        (Game storage g, uint8 s) = _answer(id, Phase.Partials);
        SliceCircuit storage c = _sliceCircuit(g);
        if (!RFC6962.includes(0, uint256(c.slices) + 1, c.zero, firstPath, root)) revert BadAnswer("partial 0 is not the zero partial");
        _openPartial(c.slices, c.slices, last, lastPath, root);
        emit PartialOpened(id, s, c.slices, last.digests);
        InnerGame storage n = inners[id];
        n.roots[s] = root;
        n.claims[s] = last.leaf;
        if (_roundDone(id, g, s)) _afterCommits(id, g, n, c);
    }

    function _afterCommits(uint256 id, Game storage g, InnerGame storage n, SliceCircuit storage c) internal {
        uint32 J = c.slices;
        if (n.claims[SOLVER] == n.claims[CHALLENGER]) {
            (n.lo, n.hi, n.round, n.agreed) = (J, J, true, n.claims[SOLVER]);
            _innerRuling(id, g, n);
        } else {
            (n.lo, n.hi, n.agreed) = (0, J, c.zero);
            g.phase = Phase.Partial;
            emit Narrowed(id, Phase.Partial, 0, J);
        }
    }

    /// @notice A side opens its partial P_mid, mid = lo + (hi-lo)/2, with
    /// its row digests.
    function openPartial(uint256 id, IInnerRuling.Partial calldata p, bytes32[] calldata path) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Partial);
        InnerGame storage n = inners[id];
        uint32 mid = n.lo + (n.hi - n.lo) / 2;
        _openPartial(mid, _sliceCircuit(g).slices, p, path, n.roots[s]);
        emit PartialOpened(id, s, mid, p.digests);
        n.answers[s] = p.leaf;
        if (_roundDone(id, g, s)) {
            if (n.answers[SOLVER] == n.answers[CHALLENGER]) {
                n.lo = mid;
                n.agreed = n.answers[SOLVER];
            } else {
                n.hi = mid;
                n.claims = n.answers;
            }
            if (n.hi - n.lo > 1) {
                emit Narrowed(id, Phase.Partial, n.lo, n.hi);
            } else {
                _innerRuling(id, g, n);
            }
        }
    }

    /// Checks that p is partial `index` under its leaf and opens at index in
    /// the tree of J+1 leaves with root `root`.
    function _openPartial(uint32 index, uint32 J, IInnerRuling.Partial calldata p, bytes32[] calldata path, bytes32 root) internal view {
        if (p.index != index) revert BadAnswer("not the partial asked for");
        if (IInnerRuling(address(chunkRuling)).partialLeaf(p) != p.leaf) revert BadAnswer("digests are not the partial's leaf");
        if (!RFC6962.includes(index, uint256(J) + 1, p.leaf, path, root)) revert BadAnswer("partial does not open");
    }

    /// Only the challenger has something left to do: the solver's clock
    /// stops, the challenger's runs until it proves its case.
    function _innerRuling(uint256 id, Game storage g, InnerGame storage n) internal {
        g.phase = Phase.Inner;
        g.answered = [true, false];
        emit Narrowed(id, Phase.Inner, n.lo, n.hi);
    }

    /// @notice The challenger proves row `row` of its partial P_t from the
    /// agreed P_{t−1} and the agreed operands (the slice circuit), and shows
    /// that the solver's row there is another: the solver's P_t is wrong.
    function proveSliceWrong(uint256 id, SliceCase calldata c) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Inner);
        if (s != CHALLENGER) revert NotAPlayer();
        InnerGame storage n = inners[id];
        if (n.round) revert BadAnswer("the sides agree on the last partial");
        SliceCircuit storage sc = _sliceCircuit(g);
        if (!RFC6962.includes(sc.inputs[0], g.lo, c.a.leaf, c.aPath, g.agreed) || !RFC6962.includes(sc.inputs[1], g.lo, c.b.leaf, c.bPath, g.agreed)) {
            revert BadAnswer("input is not its node's agreed output");
        }
        if (c.prev.leaf != n.agreed) revert BadAnswer("not the agreed partial");
        if (c.next.leaf != n.claims[CHALLENGER] || c.next.index != n.hi) revert BadAnswer("not the challenger's partial");
        if (c.solverNext.leaf != n.claims[SOLVER] || IInnerRuling(address(chunkRuling)).partialLeaf(c.solverNext) != c.solverNext.leaf) {
            revert BadAnswer("not the solver's partial");
        }
        if (c.row >= c.solverNext.digests.length || c.solverNext.digests[c.row] == c.next.digests[c.row]) {
            revert BadAnswer("the solver's row is the proven one");
        }
        IInnerRuling(address(chunkRuling)).verifySliceRuling(sc.slice, c.a, c.b, c.prev, c.next, c.row, c.proof); // reverts on a bad proof
        _end(id, g, CHALLENGER, "slice ruling");
    }

    /// @notice The sides agree on P_J: the challenger proves that row `row`
    /// of the solver's revealed output is not Round(P_J, 16) there.
    function proveRoundWrong(uint256 id, IInnerRuling.Partial calldata last, IChunkRuling.Tensor calldata output, uint256 row, bytes calldata proof) external {
        (Game storage g, uint8 s) = _answer(id, Phase.Inner);
        if (s != CHALLENGER) revert NotAPlayer();
        InnerGame storage n = inners[id];
        if (!n.round) revert BadAnswer("the sides dispute the partials");
        if (last.leaf != n.agreed) revert BadAnswer("not the agreed partial");
        if (output.leaf != g.outputs[SOLVER]) revert BadAnswer("not the solver's output");
        IInnerRuling(address(chunkRuling)).verifyRoundRuling(_sliceCircuit(g).round, last, output, row, proof); // reverts on a bad proof
        _end(id, g, CHALLENGER, "rounding ruling");
    }

    /// @notice Ends a game whose side on move ran out of time: that side
    /// loses; if both did, the challenger loses, since the solver's
    /// committed claim stands until it is shown wrong.
    function claimTimeout(uint256 id) external {
        Game storage g = games[id];
        if (g.phase == Phase.None || g.phase == Phase.Over) revert WrongPhase();
        uint256 elapsed = block.timestamp - g.roundStart;
        bool solverOut = !g.answered[SOLVER] && elapsed > g.clock[SOLVER];
        bool challengerOut = !g.answered[CHALLENGER] && elapsed > g.clock[CHALLENGER];
        if (!solverOut && !challengerOut) revert TimeLeft();
        g.timedOut = true;
        _end(id, g, challengerOut ? SOLVER : CHALLENGER, "timeout");
    }

    /// @notice Pays the caller what games it won.
    function withdraw() external {
        uint256 amount = withdrawable[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        withdrawable[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice A game's state: phase, winner (0 solver, 1 challenger, when
    /// Over), rounds played, the bisection interval and each side's clock.
    function status(uint256 id) external view returns (Phase phase, uint8 winner, uint32 rounds, uint32 lo, uint32 hi, uint64 solverClock, uint64 challengerClock) {
        Game storage g = games[id];
        return (g.phase, g.winner, g.rounds, g.lo, g.hi, g.clock[SOLVER], g.clock[CHALLENGER]);
    }

    /// @notice The case a game plays, as its challenger stated it: what a
    /// side needs to field its player from the chain.
    function caseOf(uint256 id) external view returns (uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes) {
        Game storage g = games[id];
        return (g.fromStep, g.steps, g.start, g.claims[SOLVER], g.claims[CHALLENGER], g.nodes);
    }

    /// @inheritdoc IMarketGame
    function outcome(uint256 id) external view returns (address market, uint256 dispute, bool over, uint8 winner, bool timedOut) {
        Game storage g = games[id];
        return (g.market, g.dispute, g.phase == Phase.Over, g.winner, g.timedOut);
    }

    // ---- internals ----

    /// Checks that the sender is a side that still owes this round's answer
    /// in phase p and has the time, and stops its clock.
    function _answer(uint256 id, Phase p) internal returns (Game storage g, uint8 s) {
        g = games[id];
        if (g.phase != p) revert WrongPhase();
        if (msg.sender == g.players[SOLVER]) {
            s = SOLVER;
        } else if (msg.sender == g.players[CHALLENGER]) {
            s = CHALLENGER;
        } else {
            revert NotAPlayer();
        }
        if (g.answered[s]) revert AlreadyAnswered();
        uint256 elapsed = block.timestamp - g.roundStart;
        if (elapsed > g.clock[s]) revert OutOfTime();
        g.clock[s] -= uint64(elapsed);
        g.answered[s] = true;
        // The solver's bond comes with its first answer; a market's game
        // has none (the market holds the stakes).
        if (p == Phase.Steps && s == SOLVER && g.market == address(0)) {
            if (msg.value != bond) revert BadBond();
            g.bonds += msg.value;
        } else if (msg.value != 0) {
            revert BadBond();
        }
        emit Answered(id, s, p, g.rounds);
    }

    /// Whether both sides have answered; if so, starts the next round.
    function _roundDone(uint256, Game storage g, uint8 s) internal returns (bool) {
        if (!g.answered[1 - s]) return false;
        g.answered = [false, false];
        g.rounds += 1;
        g.roundStart = uint64(block.timestamp);
        return true;
    }

    function _end(uint256 id, Game storage g, uint8 winner, string memory reason) internal {
        g.phase = Phase.Over;
        g.winner = winner;
        uint256 b = g.bonds;
        g.bonds = 0;
        withdrawable[g.players[winner]] += b;
        emit Ended(id, winner, reason);
    }
}

/// @notice The ruling of an arbiter: a ruling verifier that accepts exactly
/// the public inputs (DisputeGame.rulingInput) its arbiter attested. The
/// arbiter attests an input only when its own re-execution of the operator
/// on the claim's inputs does not give the solver's output: the input names
/// the step, the operator, the digest of the agreed state, agreed prefix
/// and the solver's inputs, and the digest of the solver's output, so an
/// attestation speaks of that computation and nothing else, in any game
/// that reaches it. It is the ruling of operators no circuit proves (float
/// mode; fixed-mode products, or an operator whose circuit nobody
/// registered): a trusted party where a zk verifier of the same interface
/// removes the trust. No party to a dispute holds the arbiter's key, and an
/// attestation is never withdrawn, so a game's ruling cannot change under it.
contract RulingByArbiter is IRulingVerifier {
    address public immutable arbiter;
    mapping(bytes32 => bool) internal attestations;

    /// The arbiter found the solver's output wrong for the ruling input
    /// whose keccak256(abi.encode(input)) is `key`.
    event Attested(bytes32 indexed key, uint256 step, uint256 node, uint256 claim, uint256 solverOutput);

    error NotArbiter();
    error AlreadyAttested();
    error NotAttested();

    constructor(address arbiter_) {
        require(arbiter_ != address(0), "ruling: no arbiter");
        arbiter = arbiter_;
    }

    /// @notice The arbiter attests that the solver's output named by `input`
    /// is not what the operator gives on the claim's inputs.
    function attest(uint256[4] calldata input) external {
        if (msg.sender != arbiter) revert NotArbiter();
        bytes32 key = keccak256(abi.encode(input));
        if (attestations[key]) revert AlreadyAttested();
        attestations[key] = true;
        emit Attested(key, input[0], input[1], input[2], input[3]);
    }

    /// @notice Whether the arbiter attested `input`.
    function attested(uint256[4] calldata input) external view returns (bool) {
        return attestations[keccak256(abi.encode(input))];
    }

    /// @inheritdoc IRulingVerifier
    /// @dev The proof is ignored: the attestation is the ruling.
    function verifyProof(uint256[8] calldata, uint256[4] calldata input) external view {
        if (!attestations[keccak256(abi.encode(input))]) revert NotAttested();
    }
}
