package chain

import (
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// bindCase is a rejected tiny task's dispute whose challenger (the
// verifier) may open a game.
func bindCase(t *testing.T, k *market) *big.Int {
	t.Helper()
	rej := verdict{accepted: false, passed: new(big.Int), salt: [32]byte{4}}
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, rej)
	did := k.nextDispute()
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, rej.accepted, rej.passed, rej.salt))
	return did
}

// TestOpenGameBindsCase: a challenger cannot put a case to the game that
// the task and its solver did not commit to. A false start, a false solver
// claim (opened as another leaf, or with a forged or truncated path), a
// wrong operator graph, another task's hash, a wrong step range and a segment past the task's
// end are each refused with their named error; only its own claim is the
// challenger's word, and the true case opens.
func TestOpenGameBindsCase(t *testing.T) {
	k := newMarket(t)
	did := bindCase(t, k)
	const seg = 3
	try := func(want string, segment int, edit func(s *bindings.IMarketGameSpec, sp, cp *[][32]byte)) {
		t.Helper()
		spec := tinySpec(seg)
		sp, cp := tinyPaths(t, seg)
		edit(&spec, &sp, &cp)
		k.reverts(want)(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), did, big.NewInt(int64(segment)), spec, sp, cp))
	}
	other := prooflearn.LeafHash([]byte("not committed"))

	// The start: a state the solver never committed, and one it committed
	// at another checkpoint, opened there.
	try("StartNotCommitted", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Start = other })
	try("StartNotCommitted", seg, func(s *bindings.IMarketGameSpec, sp, _ *[][32]byte) {
		s.Start = tinyStates[seg+2]
		*sp, _ = tinyPaths(t, seg+2)
	})
	// The solver's claim: made up; its own checkpoint seg+2 with the proof
	// for that leaf; the true claim's proof with one hash changed; a
	// truncated path; the challenger's claim in its place.
	try("SolverClaimNotCommitted", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.SolverClaim = other })
	try("SolverClaimNotCommitted", seg, func(s *bindings.IMarketGameSpec, _, cp *[][32]byte) {
		s.SolverClaim = tinyStates[seg+2]
		_, *cp = tinyPaths(t, seg+1)
	})
	try("SolverClaimNotCommitted", seg, func(_ *bindings.IMarketGameSpec, _, cp *[][32]byte) {
		forged := append([][32]byte(nil), *cp...)
		forged[0][0] ^= 1
		*cp = forged
	})
	try("SolverClaimNotCommitted", seg, func(_ *bindings.IMarketGameSpec, _, cp *[][32]byte) { *cp = (*cp)[:len(*cp)-1] })
	try("SolverClaimNotCommitted", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.SolverClaim = tinyChallengerClaim })
	// An inner node of the tree in the claim's place, with the claim's path
	// less its first hash: it hashes to the root, but at another height.
	try("SolverClaimNotCommitted", seg, func(s *bindings.IMarketGameSpec, _, cp *[][32]byte) {
		s.SolverClaim = sha256.Sum256(append(append([]byte{1}, tinyStates[seg+1][:]...), tinyStates[seg+2][:]...))
		*cp = (*cp)[1:]
	})
	// The graph: another operator count, another writer, an extra state tensor.
	try("WrongGraph", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Nodes = 2 })
	try("WrongGraph", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Writers = []uint32{1} })
	try("WrongGraph", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Writers = []uint32{0, 0} })
	// The task: another task's hash (one of the same graph and another
	// constant would key another circuit and another ruling input), none.
	try("WrongTask", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Task = [32]byte{0xab} })
	try("WrongTask", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Task = [32]byte{} })
	// The step range: another first step, another length, a segment number
	// the spec is not about, a segment past the task's last.
	try("WrongStepRange", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.FromStep++ })
	try("WrongStepRange", seg, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.Steps = 2 })
	try("WrongStepRange", seg+1, func(*bindings.IMarketGameSpec, *[][32]byte, *[][32]byte) {})
	try("SegmentOutOfRange", tinySegments, func(s *bindings.IMarketGameSpec, _, _ *[][32]byte) { s.FromStep = tinySegments })

	// The true case, with any claim of the challenger's own.
	gid := k.openTinyGame(did, verifierAcct, seg)
	k2, err := k.game.CaseOf(k.sim.Call(), gid)
	require.NoError(t, err)
	require.Equal(t, [32]byte(tinyStates[seg]), k2.Start)
	require.Equal(t, [32]byte(tinyStates[seg+1]), k2.SolverClaim)
}

// TestOpenGameLastSegment: the last segment of a task whose steps are not
// a multiple of its interval is shorter, and only its own length opens.
func TestOpenGameLastSegment(t *testing.T) {
	k := newMarket(t)
	// 8 steps every 3: segments [0,3), [3,6), [6,8), checkpoints 0..3.
	states := tinyStateRoots(4)
	k.shape = bindings.ProofMarketShape{Interval: 3, Steps: 8, GraphHash: GraphHash(1, []uint32{0})}
	k.stateRoot = prooflearn.MerkleRoot(states)
	did := bindCase(t, k)
	sp, cp, err := StatePaths(states, 2)
	require.NoError(t, err)
	spec := bindings.IMarketGameSpec{Task: tinyTaskHash, FromStep: 6, Steps: 3, Start: states[2], SolverClaim: states[3], ChallengerClaim: tinyChallengerClaim, Nodes: 1, Writers: []uint32{0}}
	k.reverts("WrongStepRange")(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), did, big.NewInt(2), spec, sp, cp))
	k.reverts("SegmentOutOfRange")(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), did, big.NewInt(3), spec, sp, cp))
	spec.Steps = 2
	k.send("openGame")(k.m.OpenGame(k.sim.Opts(verifierAcct, nil), did, big.NewInt(2), spec, sp, cp))
}

// TestStatePathsRange: there is no game past the last checkpoint.
func TestStatePathsRange(t *testing.T) {
	_, _, err := StatePaths(tinyStates, tinySegments)
	require.ErrorIs(t, err, prooflearn.ErrOutOfRange)
	_, _, err = StatePaths(tinyStates, -1)
	require.ErrorIs(t, err, prooflearn.ErrOutOfRange)
	sp, cp, err := StatePaths(tinyStates, tinySegments-1)
	require.NoError(t, err)
	require.NoError(t, prooflearn.VerifyInclusion(tinySegments-1, len(tinyStates), tinyStates[tinySegments-1], fromArgs(sp), prooflearn.MerkleRoot(tinyStates)))
	require.NoError(t, prooflearn.VerifyInclusion(tinySegments, len(tinyStates), tinyStates[tinySegments], fromArgs(cp), prooflearn.MerkleRoot(tinyStates)))
}

func fromArgs(hs [][32]byte) []prooflearn.Hash {
	out := make([]prooflearn.Hash, len(hs))
	for i := range hs {
		out[i] = hs[i]
	}
	return out
}

// TestStateRootCheck: the state-roots commitment is a function of the
// bundle. The honest bundle gives the root over its checkpoints' state
// roots; a solver that commits the honest bundle's state roots but files a
// bundle with one weight changed (re-committed, so its proof root checks)
// is refused by the verifier's check, and so is any other root.
func TestStateRootCheck(t *testing.T) {
	task, _, honestDir := testbundle.Honest(t)
	_, _, forgedDir := testbundle.Honest(t)
	forge(t, forgedDir, 12, func(c *prooflearn.Checkpoint) { c.Params[3].F32[0] += 0.01 })
	honest, err := arbitration.OpenBundle(honestDir, task)
	require.NoError(t, err)
	forged, err := arbitration.OpenBundle(forgedDir, task)
	require.NoError(t, err)

	roots, err := StateRoots(honest)
	require.NoError(t, err)
	require.Len(t, roots, len(task.CheckpointSteps()))
	for j := range roots {
		c, err := honest.Checkpoint(j)
		require.NoError(t, err)
		require.Equal(t, arbitration.StateRoot(c), roots[j])
	}
	s, err := StateRootsRoot(honest)
	require.NoError(t, err)
	require.Equal(t, prooflearn.MerkleRoot(roots), s)
	require.NoError(t, CheckStateRoot(s, honest))

	// The forged bundle differs at checkpoint 12 only.
	froots, err := StateRoots(forged)
	require.NoError(t, err)
	for j := range roots {
		require.Equal(t, j == 12, roots[j] != froots[j], "checkpoint %d", j)
	}
	require.ErrorIs(t, CheckStateRoot(s, forged), ErrStateRoots)
	require.ErrorIs(t, CheckStateRoot([32]byte{}, honest), ErrStateRoots)
	// A commitment over the right state roots in another order is another root.
	swapped := append([]prooflearn.Hash(nil), roots...)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	require.ErrorIs(t, CheckStateRoot(prooflearn.MerkleRoot(swapped), honest), ErrStateRoots)
}

// TestTaskShape: the shape postTask records is the task file's, and a
// node refuses an on-chain shape that differs in any field.
func TestTaskShape(t *testing.T) {
	task := testbundle.TinyTask(t)
	sh, err := TaskShapeOf(task)
	require.NoError(t, err)
	require.Equal(t, uint32(task.CheckpointInterval), sh.Interval)
	require.Equal(t, uint64(task.Steps), sh.Steps)
	// Every step has the graph the contract checks a Spec against.
	for _, step := range []int{0, task.Steps / 2, task.Steps - 1} {
		nodes, err := train.StepNodes(task, step)
		require.NoError(t, err)
		require.Equal(t, sh.GraphHash, GraphHash(uint32(len(nodes)), StateWriters(nodes)), "step %d", step)
	}
	require.NoError(t, CheckTaskShape(sh, task))
	for _, edit := range []func(s *bindings.ProofMarketShape){
		func(s *bindings.ProofMarketShape) { s.Interval++ },
		func(s *bindings.ProofMarketShape) { s.Steps-- },
		func(s *bindings.ProofMarketShape) { s.GraphHash[31] ^= 1 },
	} {
		bad := sh
		edit(&bad)
		require.ErrorIs(t, CheckTaskShape(bad, task), ErrTaskShape)
	}
}
