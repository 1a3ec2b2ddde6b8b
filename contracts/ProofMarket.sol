// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IMarketGame, RFC6962} from "./DisputeGame.sol";

/// @title ProofMarket: the task registry, escrow and settlement of prooflearn.
/// @notice The payout rules are the Go settlement package's (settlement.Settlement
/// over settlement.Ledger), amount for amount: an account's free balance is
/// `freeOf`, its open stakes, bonds and escrows `lockedOf`, and the jackpot pool
/// `jackpot`. Money enters through payable calls and leaves only through
/// `withdraw` (pull payments), so the contract's ether balance always equals
/// `owed()`. Arithmetic is Solidity 0.8's checked arithmetic throughout.
contract ProofMarket {
    /// The market's amounts (wei) and deadlines (seconds); settlement.Terms
    /// plus the chain-only deadlines of the task's phases.
    struct Terms {
        uint256 reward;
        uint256 verifierFee;
        uint256 jackpotTax;
        uint256 solverStake;
        uint256 verifierStake;
        uint256 bond;
        uint256 jackpotPrize;
        uint256 winnerShare; // percent of a slashed lock paid to the winner
        uint64 answerWithin; // each move's deadline in a dispute
        uint64 phaseWithin; // each task phase's deadline (seed, root, verdict)
        uint64 challengeWindow; // how long an accepted task may be challenged
    }

    enum Phase {
        None,
        Posted, // the submitter's payment is in escrow; waiting for a solver
        Claimed, // a solver staked; waiting for the seed
        Seeded, // the seed is revealed; waiting for the proof root
        Rooted, // the root is on-chain; waiting for a verifier's commitment
        Committed, // a verifier staked and committed its verdict; waiting for the reveal
        Verified, // a verdict is in; disputes may be opened
        Paid, // the solver was paid
        Slashed, // the solver lost a dispute
        Abandoned // a phase deadline passed; every lock went back to its owner
    }

    /// What the market needs of a task to derive a dispute's case from its
    /// segment number: the checkpoint interval, the number of steps and the
    /// hash of a step's operator graph as a game's Spec carries it,
    /// keccak256(abi.encode(nodes, writers)) (chain.TaskShapeOf).
    struct Shape {
        uint32 interval;
        uint64 steps;
        bytes32 graphHash;
    }

    struct Task {
        address submitter;
        address solver;
        address verifier;
        Phase phase;
        bool accepted;
        bool verifierSlashed;
        uint64 deadline; // of the current phase; the challenge window's end once Verified
        uint64 rootBlock;
        bytes32 taskHash;
        bytes32 datasetRoot;
        bytes32 seedCommit;
        bytes32 seed;
        bytes32 proofRoot;
        bytes32 stateRoot; // RFC 6962 root over the level-1 state roots of checkpoints 0..n
        bytes32 challenge;
        bytes32 verdictCommit;
        uint256 passed; // bit s: the verdict declared segment s replayed and passed
        uint256 escrow;
        uint256 solverStake;
        uint256 verifierStake;
        uint256 dispute; // the dispute in progress, 0 when none
        Shape shape;
    }

    struct Dispute {
        uint256 task;
        address challenger;
        bool byVerifier; // a rejection's dispute: the verifier's stake is the bond
        bool challengerOnMove;
        bool settled;
        uint64 deadline;
        uint32 moves;
        uint256 bond;
        uint256 game; // the DisputeGame playing it, 0 before openGame
        uint256 segment; // the segment the game is about, as its challenger stated it
    }

    struct ForcedError {
        address verifier;
        uint256 stake;
        bool settled;
    }

    Terms public terms;
    /// The address that reports the outcome of a dispute no game plays
    /// (decide) and settles forced errors.
    address public immutable arbiter;
    /// The dispute game whose outcomes decide disputes (openGame,
    /// settleByGame); zero for a market whose disputes only the arbiter decides.
    IMarketGame public immutable game;
    uint256 public immutable escrowAmount;
    /// The largest slash product a payout computes, checked at deployment.
    uint256 public immutable maxSlashProduct;

    mapping(address => uint256) public freeOf;
    mapping(address => uint256) public lockedOf;
    uint256 public jackpot;
    uint256 public totalFree;
    uint256 public totalLocked;

    uint256 public taskCount;
    uint256 public disputeCount;
    mapping(uint256 => Task) internal tasks;
    mapping(uint256 => Dispute) public disputes;
    mapping(bytes32 => ForcedError) public forcedErrors;

    event TaskPosted(uint256 indexed task, address indexed submitter, bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit);
    event TaskClaimed(uint256 indexed task, address indexed solver);
    event SeedRevealed(uint256 indexed task, bytes32 seed);
    event RootCommitted(uint256 indexed task, bytes32 proofRoot, bytes32 stateRoot, uint64 rootBlock);
    event VerdictCommitted(uint256 indexed task, address indexed verifier, bytes32 challenge);
    event VerdictRevealed(uint256 indexed task, bool accepted, uint256 passed, uint256 dispute);
    event VerifierTimedOut(uint256 indexed task, address indexed verifier);
    event TaskAbandoned(uint256 indexed task);
    event DisputeOpened(uint256 indexed dispute, uint256 indexed task, address indexed challenger, bool byVerifier);
    event Answered(uint256 indexed dispute, bool challengerMoved, uint32 moves);
    event Ruled(uint256 indexed dispute, bool challengerWon, bool verifierAtFault, bool byTimeout);
    event TaskPaid(uint256 indexed task);
    event ForcedErrorOpened(bytes32 indexed id, address indexed verifier);
    event ForcedErrorSettled(bytes32 indexed id, bool reported, uint256 prize);
    event Withdrawn(address indexed account, uint256 amount);
    event GameOpened(uint256 indexed dispute, uint256 indexed game, uint256 segment);

    error InvalidTerms();
    error WrongPhase(Phase have);
    error NotAllowed();
    error DeadlinePassed();
    error DeadlineNotPassed();
    error BadReveal();
    error ChallengeNotReady();
    error DisputeOpen();
    error AlreadySettled();
    error NothingToWithdraw();
    error TransferFailed();
    error Duplicate();
    error NoGame();
    error GameInProgress();
    error GameNotOfMarket();
    error GameNotOfDispute();
    error GameNotOver();
    error BadShape();
    error SegmentOutOfRange();
    error WrongStepRange();
    error StartNotCommitted();
    error SolverClaimNotCommitted();
    error WrongGraph();
    error WrongTask();

    constructor(Terms memory t, address arbiter_, IMarketGame game_) {
        if (t.solverStake == 0 || t.verifierStake == 0 || t.bond == 0 || t.winnerShare > 100 || t.answerWithin == 0 || t.phaseWithin == 0 || arbiter_ == address(0)) {
            revert InvalidTerms();
        }
        // Checked sums and products: terms whose payouts would overflow are
        // refused here rather than at the first payout.
        escrowAmount = t.reward + t.verifierFee + t.jackpotTax;
        uint256 largest = t.solverStake > t.verifierStake ? t.solverStake : t.verifierStake;
        if (t.bond > largest) largest = t.bond;
        maxSlashProduct = largest * t.winnerShare;
        terms = t;
        arbiter = arbiter_;
        game = game_;
    }

    // ---- money in and out ----

    /// @notice Adds msg.value to the caller's free balance.
    function deposit() external payable {
        _credit(msg.sender, msg.value);
    }

    /// @notice Pays the caller's whole free balance out. The balance is zeroed
    /// before the transfer, so a reentrant call finds nothing to take.
    function withdraw() external {
        uint256 amount = freeOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        freeOf[msg.sender] = 0;
        totalFree -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice A task's record.
    function getTask(uint256 id) external view returns (Task memory) {
        return tasks[id];
    }

    /// @notice What the contract owes: every free balance, every open lock and the pool.
    function owed() external view returns (uint256) {
        return totalFree + totalLocked + jackpot;
    }

    // ---- a task's life ----

    /// @notice Posts a task and escrows the reward, the fee and the jackpot
    /// tax (the tax goes to the pool at once), paid from msg.value and the
    /// caller's free balance. seedCommit is keccak256(seed, salt); shape is
    /// what openGame derives a dispute's case from (a solver and a verifier
    /// refuse a task whose shape is not its task file's).
    function postTask(bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit, Shape calldata shape) external payable returns (uint256 id) {
        if (shape.interval == 0 || shape.steps == 0) revert BadShape();
        _credit(msg.sender, msg.value);
        id = ++taskCount;
        Task storage t = tasks[id];
        t.submitter = msg.sender;
        t.taskHash = taskHash;
        t.datasetRoot = datasetRoot;
        t.seedCommit = seedCommit;
        t.shape = shape;
        t.phase = Phase.Posted;
        t.deadline = _after(terms.phaseWithin);
        t.escrow = _lock(msg.sender, escrowAmount);
        t.escrow -= terms.jackpotTax;
        lockedOf[msg.sender] -= terms.jackpotTax;
        totalLocked -= terms.jackpotTax;
        jackpot += terms.jackpotTax;
        emit TaskPosted(id, msg.sender, taskHash, datasetRoot, seedCommit);
    }

    /// @notice A solver takes the task and locks its stake.
    function claimTask(uint256 id) external payable {
        _credit(msg.sender, msg.value);
        Task storage t = _inPhase(id, Phase.Posted);
        t.solver = msg.sender;
        t.solverStake = _lock(msg.sender, terms.solverStake);
        _next(t, Phase.Claimed);
        emit TaskClaimed(id, msg.sender);
    }

    /// @notice The submitter reveals the seed its commitment bound.
    function revealSeed(uint256 id, bytes32 seed, bytes32 salt) external {
        Task storage t = _inPhase(id, Phase.Claimed);
        if (msg.sender != t.submitter) revert NotAllowed();
        if (keccak256(abi.encode(seed, salt)) != t.seedCommit) revert BadReveal();
        t.seed = seed;
        _next(t, Phase.Seeded);
        emit SeedRevealed(id, seed);
    }

    /// @notice The solver commits its proof root and its state roots' root:
    /// the RFC 6962 root over the level-1 state roots of its checkpoints
    /// 0..n in order (chain.StateRootsRoot), which binds a game's start and
    /// the solver's claim. A verifier recomputes it from the bundle and
    /// rejects a bundle it does not match. The verifier's challenge is the
    /// hash of the block after this one, which nobody knows yet.
    function commitRoot(uint256 id, bytes32 proofRoot, bytes32 stateRoot) external {
        Task storage t = _inPhase(id, Phase.Seeded);
        if (msg.sender != t.solver) revert NotAllowed();
        t.proofRoot = proofRoot;
        t.stateRoot = stateRoot;
        t.rootBlock = uint64(block.number);
        _next(t, Phase.Rooted);
        emit RootCommitted(id, proofRoot, stateRoot, t.rootBlock);
    }

    /// @notice The challenge a verifier's sample must use: the hash of the
    /// block after the root's. Past the 256 blocks the EVM keeps, the
    /// previous block's hash stands in.
    function challengeOf(uint256 id) public view returns (bytes32) {
        Task storage t = tasks[id];
        if (t.phase < Phase.Rooted) revert WrongPhase(t.phase);
        if (t.challenge != 0) return t.challenge;
        if (block.number <= uint256(t.rootBlock) + 1) revert ChallengeNotReady();
        bytes32 h = blockhash(uint256(t.rootBlock) + 1);
        return h != 0 ? h : blockhash(block.number - 1);
    }

    /// @notice A verifier locks its stake and commits to its verdict:
    /// commitment = keccak256(abi.encode(id, verifier, accepted, passed, salt)).
    function commitVerdict(uint256 id, bytes32 commitment) external payable {
        _credit(msg.sender, msg.value);
        Task storage t = _inPhase(id, Phase.Rooted);
        if (msg.sender == t.solver) revert NotAllowed();
        t.challenge = challengeOf(id);
        t.verifier = msg.sender;
        t.verdictCommit = commitment;
        t.verifierStake = _lock(msg.sender, terms.verifierStake);
        _next(t, Phase.Committed);
        emit VerdictCommitted(id, msg.sender, t.challenge);
    }

    /// @notice The verifier reveals its verdict. A rejection opens a dispute
    /// at once, the verifier challenging with its stake as bond; the solver
    /// moves first (settlement.RecordVerdict).
    function revealVerdict(uint256 id, bool accepted, uint256 passed, bytes32 salt) external returns (uint256 did) {
        Task storage t = _inPhase(id, Phase.Committed);
        if (msg.sender != t.verifier) revert NotAllowed();
        if (block.timestamp > t.deadline) revert DeadlinePassed();
        if (keccak256(abi.encode(id, msg.sender, accepted, passed, salt)) != t.verdictCommit) revert BadReveal();
        t.accepted = accepted;
        t.passed = passed;
        t.phase = Phase.Verified;
        t.deadline = _after(terms.challengeWindow);
        if (!accepted) {
            did = _openDispute(id, t, msg.sender, true, 0);
        }
        emit VerdictRevealed(id, accepted, passed, did);
    }

    /// @notice A verifier that committed but did not reveal in time loses its
    /// whole stake to the pool; the task waits for another verifier.
    function claimRevealTimeout(uint256 id) external {
        Task storage t = _inPhase(id, Phase.Committed);
        if (block.timestamp <= t.deadline) revert DeadlineNotPassed();
        address v = t.verifier;
        uint256 stake = t.verifierStake;
        _unlock(v, stake);
        jackpot += stake;
        t.verifierStake = 0;
        t.verifier = address(0);
        t.verdictCommit = 0;
        _next(t, Phase.Rooted);
        emit VerifierTimedOut(id, v);
    }

    /// @notice A task stuck before its verdict past its phase deadline ends:
    /// every open lock goes back to its owner (the tax stays in the pool).
    function abandon(uint256 id) external {
        Task storage t = tasks[id];
        if (t.phase == Phase.None || t.phase >= Phase.Committed) revert WrongPhase(t.phase);
        if (block.timestamp <= t.deadline) revert DeadlineNotPassed();
        t.phase = Phase.Abandoned;
        _release(t.submitter, t.escrow);
        t.escrow = 0;
        if (t.solver != address(0)) {
            _release(t.solver, t.solverStake);
            t.solverStake = 0;
        }
        emit TaskAbandoned(id);
    }

    /// @notice A whistleblower challenges an accepted task's proof with a
    /// bond (settlement.OpenDispute). One dispute runs at a time.
    function openDispute(uint256 id) external payable returns (uint256 did) {
        _credit(msg.sender, msg.value);
        Task storage t = _awaitingPayout(id);
        if (block.timestamp > t.deadline) revert DeadlinePassed();
        uint256 bond = _lock(msg.sender, terms.bond);
        did = _openDispute(id, t, msg.sender, false, bond);
    }

    /// @notice The party on move records a move; the other is then on move
    /// with a fresh deadline (settlement.Answer).
    function answer(uint256 did) external {
        Dispute storage d = _unplayed(did);
        Task storage t = tasks[d.task];
        address onMove = d.challengerOnMove ? d.challenger : t.solver;
        if (msg.sender != onMove) revert NotAllowed();
        if (block.timestamp > d.deadline) revert DeadlinePassed();
        d.challengerOnMove = !d.challengerOnMove;
        d.deadline = _after(terms.answerWithin);
        d.moves += 1;
        emit Answered(did, !d.challengerOnMove, d.moves);
    }

    /// @notice After the deadline the party that moved last wins
    /// (settlement.ClaimTimeout); a timeout never faults the verifier.
    function claimTimeout(uint256 did) external {
        Dispute storage d = _unplayed(did);
        if (block.timestamp <= d.deadline) revert DeadlineNotPassed();
        _rule(did, d, !d.challengerOnMove, false, 0, true);
    }

    /// @notice The arbiter pays out an outcome reached off-chain
    /// (settlement.Decide), for a dispute no DisputeGame is playing: once a
    /// game is open, only its result decides.
    function decide(uint256 did, bool challengerWon, bool verifierAtFault, uint256 segment) external {
        if (msg.sender != arbiter) revert NotAllowed();
        Dispute storage d = _unplayed(did);
        _rule(did, d, challengerWon, verifierAtFault, segment, false);
    }

    /// @notice The dispute's challenger has its segment played in the
    /// market's DisputeGame. Every field of the case but the challenger's own
    /// claim is checked against what the task and its solver committed: the
    /// step range is the segment's under the task's interval and steps, the
    /// agreed start and the solver's claim are leaves `segment` and
    /// `segment + 1` of the solver's state roots (startPath and claimPath
    /// open them against its stateRoot), the operator graph hashes to the
    /// task's, and the spec names the task's hash (the game keys its circuits
    /// and its ruling input by it). From then on the game's chess clocks replace the
    /// dispute's move clock, and only the game's result decides
    /// (settleByGame). One game per dispute, opened before its deadline.
    function openGame(uint256 did, uint256 segment, IMarketGame.Spec calldata spec, bytes32[] calldata startPath, bytes32[] calldata claimPath)
        external
        returns (uint256 gid)
    {
        if (address(game) == address(0)) revert NoGame();
        Dispute storage d = _unplayed(did);
        if (msg.sender != d.challenger) revert NotAllowed();
        if (block.timestamp > d.deadline) revert DeadlinePassed();
        _checkCase(tasks[d.task], segment, spec, startPath, claimPath);
        d.segment = segment;
        // The game is the immutable contract fixed at deployment; its id is
        // recorded on return, and nothing reads d.game before it is.
        gid = game.open(tasks[d.task].solver, d.challenger, did, spec);
        d.game = gid;
        emit GameOpened(did, gid, segment);
    }

    /// The case a game on `segment` of task t must have, but for the
    /// challenger's claim, which is its own word (a false one loses it the game).
    function _checkCase(Task storage t, uint256 segment, IMarketGame.Spec calldata spec, bytes32[] calldata startPath, bytes32[] calldata claimPath)
        internal
        view
    {
        uint256 size = _checkRange(t.shape, segment, spec.fromStep, spec.steps) + 1;
        bytes32 root = t.stateRoot;
        if (!RFC6962.includes(segment, size, spec.start, startPath, root)) revert StartNotCommitted();
        if (!RFC6962.includes(segment + 1, size, spec.solverClaim, claimPath, root)) revert SolverClaimNotCommitted();
        if (keccak256(abi.encode(spec.nodes, spec.writers)) != t.shape.graphHash) revert WrongGraph();
        if (spec.task != t.taskHash) revert WrongTask();
    }

    /// The task's number of segments, once the segment is one of them and
    /// the step range is its own: `interval` steps from segment × interval,
    /// the last segment the steps left.
    function _checkRange(Shape storage sh, uint256 segment, uint64 fromStep, uint32 steps) internal view returns (uint256 segments) {
        uint256 interval = sh.interval;
        uint256 total = sh.steps;
        segments = (total + interval - 1) / interval;
        if (segment >= segments) revert SegmentOutOfRange();
        uint256 from = segment * interval;
        uint256 length = total - from < interval ? total - from : interval;
        if (fromStep != from || steps != length) revert WrongStepRange();
    }

    /// @notice Anyone pays out a dispute from its game's result
    /// (settlement.Decide with the game's outcome): the game must be one this
    /// market opened for this very dispute, and over. A challenger that won
    /// by a ruling faults a verifier that declared the segment passed; a
    /// win by the clock proves nothing about the verifier's sample
    /// (settlement.ClaimTimeout's rule).
    function settleByGame(uint256 did, uint256 gid) external {
        Dispute storage d = _openDisputeOf(did);
        if (address(game) == address(0)) revert NoGame();
        (address market, uint256 forDispute, bool over, uint8 winner, bool timedOut) = game.outcome(gid);
        if (market != address(this)) revert GameNotOfMarket();
        if (forDispute != did || d.game != gid) revert GameNotOfDispute();
        if (!over) revert GameNotOver();
        bool challengerWon = winner == 1;
        _rule(did, d, challengerWon, challengerWon && !timedOut, d.segment, timedOut);
    }

    /// @notice Pays a task nobody successfully challenged once its challenge
    /// window closed (settlement.FinalizeTask).
    function finalize(uint256 id) external {
        Task storage t = _awaitingPayout(id);
        if (block.timestamp <= t.deadline) revert DeadlineNotPassed();
        t.phase = Phase.Paid;
        _payFromEscrow(t, t.solver, terms.reward);
        _release(t.solver, t.solverStake);
        t.solverStake = 0;
        if (!t.verifierSlashed) {
            _payFromEscrow(t, t.verifier, terms.verifierFee);
            _release(t.verifier, t.verifierStake);
            t.verifierStake = 0;
        }
        _release(t.submitter, t.escrow);
        t.escrow = 0;
        emit TaskPaid(id);
    }

    // ---- forced errors ----

    /// @notice A verifier locks its stake on a forced-error task (settlement.OpenForcedError).
    function openForcedError(bytes32 fid) external payable {
        _credit(msg.sender, msg.value);
        ForcedError storage f = forcedErrors[fid];
        if (f.verifier != address(0)) revert Duplicate();
        f.verifier = msg.sender;
        f.stake = _lock(msg.sender, terms.verifierStake);
        emit ForcedErrorOpened(fid, msg.sender);
    }

    /// @notice The arbiter settles a forced error (settlement.SettleForcedError):
    /// a report earns the stake back and the prize (at most the pool); a
    /// pass loses the whole stake to the pool.
    function settleForcedError(bytes32 fid, bool reported) external returns (uint256 prize) {
        if (msg.sender != arbiter) revert NotAllowed();
        ForcedError storage f = forcedErrors[fid];
        if (f.verifier == address(0)) revert NotAllowed();
        if (f.settled) revert AlreadySettled();
        f.settled = true;
        uint256 stake = f.stake;
        f.stake = 0;
        if (!reported) {
            _unlock(f.verifier, stake);
            jackpot += stake;
        } else {
            _release(f.verifier, stake);
            prize = terms.jackpotPrize < jackpot ? terms.jackpotPrize : jackpot;
            jackpot -= prize;
            _credit(f.verifier, prize);
        }
        emit ForcedErrorSettled(fid, reported, prize);
    }

    // ---- internals ----

    function _openDispute(uint256 id, Task storage t, address challenger, bool byVerifier, uint256 bond) internal returns (uint256 did) {
        did = ++disputeCount;
        disputes[did] = Dispute({task: id, challenger: challenger, byVerifier: byVerifier, challengerOnMove: false, settled: false,
            deadline: _after(terms.answerWithin), moves: 0, bond: bond, game: 0, segment: 0});
        t.dispute = did;
        emit DisputeOpened(did, id, challenger, byVerifier);
    }

    /// settlement.Settlement.rule, step for step.
    function _rule(uint256 did, Dispute storage d, bool challengerWon, bool atFault, uint256 segment, bool byTimeout) internal {
        Task storage t = tasks[d.task];
        d.settled = true;
        t.dispute = 0;
        bool fault;
        if (challengerWon) {
            // The proof is wrong: the solver loses its stake, the submitter
            // gets its reward back, and the task is over.
            t.phase = Phase.Slashed;
            _slash(t.solver, t.solverStake, d.challenger);
            t.solverStake = 0;
            _payFromEscrow(t, t.submitter, terms.reward);
            // The verifier is slashed only for a segment its own report
            // declared passed; a verifier's own rejection was right.
            fault = !d.byVerifier && atFault && segment < 256 && (t.passed >> segment) & 1 == 1;
            if (!t.verifierSlashed) {
                if (fault) {
                    _slash(t.verifier, t.verifierStake, d.challenger);
                } else {
                    _payFromEscrow(t, t.verifier, terms.verifierFee);
                    _release(t.verifier, t.verifierStake);
                }
                t.verifierStake = 0;
            }
            _release(t.submitter, t.escrow);
            t.escrow = 0;
            if (!d.byVerifier) {
                _release(d.challenger, d.bond);
                d.bond = 0;
            }
            t.verifierSlashed = t.verifierSlashed || fault;
        } else {
            // The proof stands: the challenger's bond compensates the solver.
            if (d.byVerifier) {
                _slash(t.verifier, t.verifierStake, t.solver);
                t.verifierStake = 0;
                t.verifierSlashed = true;
                t.accepted = true;
            } else {
                _slash(d.challenger, d.bond, t.solver);
                d.bond = 0;
            }
        }
        emit Ruled(did, challengerWon, fault, byTimeout);
    }

    function _credit(address a, uint256 amount) internal {
        if (amount == 0) return;
        freeOf[a] += amount;
        totalFree += amount;
    }

    /// Moves amount from a's free balance into a lock it owns.
    function _lock(address a, uint256 amount) internal returns (uint256) {
        freeOf[a] -= amount; // reverts on insufficient funds
        totalFree -= amount;
        lockedOf[a] += amount;
        totalLocked += amount;
        return amount;
    }

    /// Closes amount of a's locks without paying it anywhere (the caller does).
    function _unlock(address owner, uint256 amount) internal {
        lockedOf[owner] -= amount;
        totalLocked -= amount;
    }

    function _release(address owner, uint256 amount) internal {
        _unlock(owner, amount);
        _credit(owner, amount);
    }

    /// Slashes a lock: winnerShare percent to the winner, the rest to the pool.
    function _slash(address owner, uint256 amount, address winner) internal {
        _unlock(owner, amount);
        uint256 win = amount * terms.winnerShare / 100;
        _credit(winner, win);
        jackpot += amount - win;
    }

    function _payFromEscrow(Task storage t, address to, uint256 amount) internal {
        t.escrow -= amount;
        _unlock(t.submitter, amount);
        _credit(to, amount);
    }

    function _inPhase(uint256 id, Phase p) internal view returns (Task storage t) {
        t = tasks[id];
        if (t.phase != p) revert WrongPhase(t.phase);
        if (p != Phase.Committed && block.timestamp > t.deadline) revert DeadlinePassed();
    }

    function _awaitingPayout(uint256 id) internal view returns (Task storage t) {
        t = tasks[id];
        if (t.phase != Phase.Verified) revert WrongPhase(t.phase);
        if (t.dispute != 0) revert DisputeOpen();
    }

    function _openDisputeOf(uint256 did) internal view returns (Dispute storage d) {
        d = disputes[did];
        if (d.task == 0) revert NotAllowed();
        if (d.settled) revert AlreadySettled();
    }

    /// An open dispute no game is playing.
    function _unplayed(uint256 did) internal view returns (Dispute storage d) {
        d = _openDisputeOf(did);
        if (d.game != 0) revert GameInProgress();
    }

    function _next(Task storage t, Phase p) internal {
        t.phase = p;
        t.deadline = _after(terms.phaseWithin);
    }

    function _after(uint64 d) internal view returns (uint64) {
        return uint64(block.timestamp) + d;
    }
}
