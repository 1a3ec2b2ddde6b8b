package verifier_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// fineTune returns a 100-step task that starts from the proof in baseDir.
func fineTune(t *testing.T, baseTask *prooflearn.Task, baseDir string) *prooflearn.Task {
	t.Helper()
	m, err := bundle.ReadManifest(baseDir)
	require.NoError(t, err)
	ft := *baseTask
	ft.Name = "tiny-finetune"
	ft.Steps = 100
	ft.Optimizer.LearningRate = 0.01
	seed := sha256.Sum256([]byte("prooflearn/fine-tune-seed"))
	ft.Seed, ft.SeedCommitment = fmt.Sprintf("%x", seed[:]), prooflearn.CommitSeed(seed[:])
	ft.Base = &prooflearn.BaseSpec{Root: m.Root, TaskHash: m.TaskHash}
	return &ft
}

func stacked(t *testing.T, baseTask *prooflearn.Task, data *dataset.Split, baseDir string) (*prooflearn.Task, string) {
	t.Helper()
	ft := fineTune(t, baseTask, baseDir)
	dir := filepath.Join(t.TempDir(), "finetune")
	_, err := solver.Train(context.Background(), ft, data.Train, dir, solver.WithBase(baseDir))
	require.NoError(t, err)
	return ft, dir
}

func TestStackedProofAccepted(t *testing.T) {
	base, data, baseDir := testbundle.Honest(t)
	ft, dir := stacked(t, base, data, baseDir)
	rep := verify(t, ft, dir, verifier.WithBase(&verifier.BaseProof{Task: base, Data: data.Train, Dir: baseDir}))
	require.Equal(t, verifier.Accepted, rep.Verdict, "fine-tune %s: %v", rep.Verdict, rep.Findings)
	require.NotNil(t, rep.Base, "fine-tune %s: %v", rep.Verdict, rep.Findings)
	require.Equal(t, verifier.Accepted, rep.Base.Verdict, "fine-tune %s: %v", rep.Verdict, rep.Findings)
	_, err := verifier.Verify(context.Background(), ft, data.Train, dir)
	require.Error(t, err, "a fine-tuning task verified without its base proof")
	_, err = verifier.Verify(context.Background(), base, data.Train, baseDir, verifier.WithBase(&verifier.BaseProof{Task: base, Data: data.Train, Dir: baseDir}))
	require.Error(t, err, "a base proof was accepted for a task that has none")
}

// A fine-tune that starts from the seed's fresh initialisation, not the base
// model, claims work on top of a model it never used.
func TestStackedProofNotStartingFromBaseRejected(t *testing.T) {
	base, data, baseDir := testbundle.Honest(t)
	ft, dir := stacked(t, base, data, baseDir)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	init, err := prooflearn.InitialCheckpoint(ft, mustSeed(t, ft))
	require.NoError(t, err)
	require.NoError(t, bundle.WriteCheckpoint(dir, init))
	recommit(t, ft, dir, m)
	rep := verify(t, ft, dir, verifier.WithBase(&verifier.BaseProof{Task: base, Data: data.Train, Dir: baseDir}), verifier.WithMinProgress(0))
	rejectedBy(t, rep, verifier.CheckBase)
}

// A fine-tune of a forged base proof is rejected by the base's own checks.
func TestStackedProofOnForgedBaseRejected(t *testing.T) {
	base := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	forged := filepath.Join(t.TempDir(), "forged-base")
	_, err := spoof.Build(context.Background(), spoof.Interpolate, base, data.Train, forged)
	require.NoError(t, err)
	ft, dir := stacked(t, base, data, forged)
	rep := verify(t, ft, dir, verifier.WithBase(&verifier.BaseProof{Task: base, Data: data.Train, Dir: forged}), verifier.WithMinProgress(0))
	rejectedBy(t, rep, verifier.CheckBase)
	require.NotNil(t, rep.Base, "base report %+v", rep.Base)
	require.Equal(t, verifier.Rejected, rep.Base.Verdict, "base report %+v", rep.Base)
}
