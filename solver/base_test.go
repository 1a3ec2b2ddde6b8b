package solver_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
)

func TestFineTuneStartsFromBase(t *testing.T) {
	base, data, baseDir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(baseDir)
	if err != nil {
		t.Fatal(err)
	}
	ft := *base
	ft.Name, ft.Steps = "tiny-finetune", 20
	ft.Base = &prooflearn.BaseSpec{Root: m.Root, TaskHash: m.TaskHash}
	ctx := context.Background()

	dir := filepath.Join(t.TempDir(), "ft")
	if _, err := solver.Train(ctx, &ft, data.Train, dir, solver.WithBase(baseDir)); err != nil {
		t.Fatal(err)
	}
	start, err := bundle.ReadCheckpoint(filepath.Join(dir, bundle.CheckpointPath(0)))
	if err != nil {
		t.Fatal(err)
	}
	final, err := solver.BaseFinalCheckpoint(&ft, baseDir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range start.Params {
		for j := 0; j < start.Params[i].Len(); j++ {
			if start.Params[i].At(j) != final.Params[i].At(j) {
				t.Fatalf("%s[%d]: fine-tune starts at %v, the base ends at %v", start.Params[i].Name, j, start.Params[i].At(j), final.Params[i].At(j))
			}
		}
	}
	for i := range start.OptState {
		for j := 0; j < start.OptState[i].Len(); j++ {
			if start.OptState[i].At(j) != 0 {
				t.Fatalf("%s: optimizer state not reset", start.OptState[i].Name)
			}
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
		if c.task.Name == "" {
			other := ft
			other.Base = &prooflearn.BaseSpec{Root: prooflearn.Hash{1}, TaskHash: m.TaskHash}
			c.task, c.base = &other, baseDir
		}
		_, err := solver.Train(ctx, c.task, data.Train, filepath.Join(t.TempDir(), "x"), solver.WithBase(c.base))
		if !errors.Is(err, solver.ErrBaseProof) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
