package solver_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func TestFineTuneStartsFromBase(t *testing.T) {
	base, data, baseDir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(baseDir)
	require.NoError(t, err)
	ft := *base
	ft.Name, ft.Steps = "tiny-finetune", 20
	ft.Base = &prooflearn.BaseSpec{Root: m.Root, TaskHash: m.TaskHash}
	ctx := context.Background()

	dir := filepath.Join(t.TempDir(), "ft")
	_, err = solver.Train(ctx, &ft, data.Train, dir, solver.WithBase(baseDir))
	require.NoError(t, err)
	start, err := bundle.ReadCheckpoint(filepath.Join(dir, bundle.CheckpointPath(0)))
	require.NoError(t, err)
	final, err := solver.BaseFinalCheckpoint(&ft, baseDir)
	require.NoError(t, err)
	for i := range start.Params {
		for j := 0; j < start.Params[i].Len(); j++ {
			require.Equal(t, final.Params[i].At(j), start.Params[i].At(j),
				"%s[%d]: fine-tune starts at %v, the base ends at %v", start.Params[i].Name, j, start.Params[i].At(j), final.Params[i].At(j))
		}
	}
	for i := range start.OptState {
		for j := 0; j < start.OptState[i].Len(); j++ {
			require.Zero(t, start.OptState[i].At(j), "%s: optimizer state not reset", start.OptState[i].Name)
		}
	}

	for name, c := range map[string]struct {
		task *prooflearn.Task
		base string
	}{
		"no base given":          {&ft, ""},
		"base for a plain task":  {base, baseDir},
		"base is another proof":  {&prooflearn.Task{}, ""},
		"base directory missing": {&ft, filepath.Join(t.TempDir(), "none")},
	} {
		t.Run(name, func(t *testing.T) {
			if c.task.Name == "" {
				other := ft
				other.Base = &prooflearn.BaseSpec{Root: prooflearn.Hash{1}, TaskHash: m.TaskHash}
				c.task, c.base = &other, baseDir
			}
			_, err := solver.Train(ctx, c.task, data.Train, filepath.Join(t.TempDir(), "x"), solver.WithBase(c.base))
			assert.ErrorIs(t, err, solver.ErrBaseProof)
		})
	}
}
