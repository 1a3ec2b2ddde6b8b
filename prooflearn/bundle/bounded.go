package bundle

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/safetensors"
)

// A bundle comes from a stranger, so reading one costs what the task says
// the bundle should be, never what the files claim: every size limit below
// is computed from the task before a byte of the file is read, and a
// checkpoint's declared tensors are checked against the task's layout
// before any of its data is.

// CheckpointLimit is the largest checkpoint file a bundle of task may hold:
// the length prefix, a header with room for every tensor the task's layout
// names and the metadata, and exactly the layout's data.
func CheckpointLimit(task *prooflearn.Task) int64 {
	return 8 + checkpointHeaderLimit(task) + task.CheckpointPayloadBytes()
}

// checkpointHeaderLimit bounds the JSON header of a task's checkpoint: the
// metadata and, per tensor, its name (twice: as key and in the metadata's
// list), its dtype, shape and offsets, with generous room for whitespace.
func checkpointHeaderLimit(task *prooflearn.Task) int64 {
	var n int64 = 4096
	for _, s := range task.CheckpointLayout() {
		n += 256 + 2*int64(len(s.Name)) + 24*int64(len(s.Shape))
	}
	return n
}

// ManifestLimit is the largest manifest a bundle of task may hold: a fixed
// part and one entry per checkpoint the task stores.
func ManifestLimit(task *prooflearn.Task) int64 {
	return 64<<10 + 512*int64(len(task.CheckpointSteps()))
}

// BatchesLimit is the largest batches file a bundle of task may hold: every
// step's batch of indices written in decimal, with room for whitespace.
func BatchesLimit(task *prooflearn.Task) int64 {
	digits := int64(len(fmt.Sprint(task.Dataset.Examples))) + 1
	return 4096 + int64(task.Steps)*(16+int64(task.BatchSize)*(digits+8))
}

// ReadCheckpointFor reads the checkpoint file at path for task: it refuses a
// file larger than CheckpointLimit(task) before reading it, reads the header
// alone and checks its tensors (names, dtypes, shapes) against the task's
// layout, and only then reads the data. The result also passes CheckShape.
// It is ReadCheckpointFS on the file's directory (DirFS): it cannot know
// which bundle the file belongs to, so reading a bundle's checkpoint is
// ReadCheckpointFS on the bundle's DirFS, where a symbolic link that leads
// out of the bundle (a linked checkpoints directory) is refused.
func ReadCheckpointFor(path string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	c, err := readCheckpointFS(DirFS(filepath.Dir(path)), filepath.Base(path), task)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// checkDeclared compares a checkpoint header's tensors with the task's
// layout: the same names, each with the task's dtype and shape.
func checkDeclared(h *safetensors.Header, task *prooflearn.Task) error {
	layout := task.CheckpointLayout()
	if len(h.Tensors) != len(layout) {
		return fmt.Errorf("%w: the file declares %d tensors, a checkpoint of this task holds %d", prooflearn.ErrMalformed, len(h.Tensors), len(layout))
	}
	for _, want := range layout {
		i, found := slices.BinarySearchFunc(h.Tensors, want.Name, func(t safetensors.TensorInfo, name string) int { return strings.Compare(t.Name, name) })
		if !found {
			return fmt.Errorf("%w: the file declares no tensor %q", prooflearn.ErrMalformed, want.Name)
		}
		got := h.Tensors[i]
		if got.DType != stDType(want.DType) || !slices.Equal(got.Shape, want.Shape) {
			return fmt.Errorf("%w: tensor %q is declared %s%v, the task's is %s%v", prooflearn.ErrMalformed, want.Name, got.DType, got.Shape, stDType(want.DType), want.Shape)
		}
	}
	return nil
}

// ReadManifestFor reads dir's manifest, refusing one larger than
// ManifestLimit(task) before reading it: ReadManifestFS on DirFS(dir).
func ReadManifestFor(dir string, task *prooflearn.Task) (*prooflearn.Manifest, error) {
	return ReadManifestFS(DirFS(dir), task)
}

// ReadBatchesFor reads the batches file m names, refusing one larger than
// BatchesLimit(task) before reading it: ReadBatchesFS on DirFS(dir).
func ReadBatchesFor(dir string, m *prooflearn.Manifest, task *prooflearn.Task) (*prooflearn.Batches, error) {
	return ReadBatchesFS(DirFS(dir), m, task)
}
