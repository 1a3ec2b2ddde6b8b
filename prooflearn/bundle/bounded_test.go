package bundle_test

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// hostileCheckpoint writes a sparse safetensors file whose header declares
// one tensor of claimBytes bytes, and makes the file that large without
// writing its data.
func hostileCheckpoint(t *testing.T, dir string, shape []int, claimBytes int64) string {
	t.Helper()
	header := fmt.Sprintf(`{"__metadata__":{"format":"prooflearn-checkpoint/v1","step":"10","rng_epoch":"0","rng_counter":"320","params":"w0","optimizer":""},"w0":{"dtype":"F32","shape":%s,"data_offsets":[0,%d]}}`,
		jsonInts(shape), claimBytes)
	path := filepath.Join(dir, "hostile.safetensors")
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	_, err = f.Write(append(n[:], header...))
	require.NoError(t, err)
	require.NoError(t, f.Truncate(int64(8+len(header))+claimBytes))
	return path
}

func jsonInts(s []int) string {
	out := "["
	for i, v := range s {
		if i > 0 {
			out += ","
		}
		out += fmt.Sprint(v)
	}
	return out + "]"
}

func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// A checkpoint whose header claims a 1.5 GB tensor, in a sparse file under
// the global size cap, is refused by its size before a byte of it is read:
// the work is bounded by the task, not by the file.
func TestHostileCheckpointRefusedBySize(t *testing.T) {
	task := testbundle.TinyTask(t)
	const claim = 1536 << 20
	path := hostileCheckpoint(t, t.TempDir(), []int{claim / 4}, claim)
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Less(t, st.Size(), int64(prooflearn.MaxCheckpointBytes), "the file is under the global cap")

	before := allocated()
	_, err = bundle.ReadCheckpointFor(path, task)
	used := allocated() - before
	require.ErrorIs(t, err, prooflearn.ErrTooLarge)
	assert.Contains(t, err.Error(), fmt.Sprint(bundle.CheckpointLimit(task)))
	assert.Less(t, used, uint64(1<<20), "reading allocated %d bytes", used)
}

// A file within the task's size whose header declares other tensors than
// the task's layout is refused from its header, before its data is read.
func TestDeclaredTensorsCheckedBeforeData(t *testing.T) {
	task := testbundle.TinyTask(t)
	layout := task.CheckpointLayout()
	size := bundle.CheckpointLimit(task) - 8 - 4096
	for name, shape := range map[string][]int{
		"other shape":         {int(size / 4)},
		"the task's shape w0": layout[0].Shape,
	} {
		t.Run(name, func(t *testing.T) {
			n := int64(4)
			for _, d := range shape {
				n *= int64(d)
			}
			path := hostileCheckpoint(t, t.TempDir(), shape, n)
			before := allocated()
			_, err := bundle.ReadCheckpointFor(path, task)
			used := allocated() - before
			require.ErrorIs(t, err, prooflearn.ErrMalformed)
			assert.Contains(t, err.Error(), "declare")
			assert.Less(t, used, uint64(1<<20), "reading allocated %d bytes", used)
		})
	}
}

// An honest checkpoint reads back as it was written.
func TestReadCheckpointForHonest(t *testing.T) {
	task, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifestFor(dir, task)
	require.NoError(t, err)
	for _, ref := range m.Checkpoints[:3] {
		c, err := bundle.ReadCheckpointFor(filepath.Join(dir, ref.File), task)
		require.NoError(t, err)
		assert.Equal(t, ref.Leaf, c.LeafHash())
		assert.Equal(t, ref.Step, c.Step)
	}
	bs, err := bundle.ReadBatchesFor(dir, m, task)
	require.NoError(t, err)
	assert.Len(t, bs.Indices, task.Steps)
	// The same bundle read for a task with a smaller model is refused by size.
	small := *task
	small.Model.Hidden = []int{4}
	_, err = bundle.ReadCheckpointFor(filepath.Join(dir, m.Checkpoints[0].File), &small)
	assert.ErrorIs(t, err, prooflearn.ErrTooLarge)
}
