package bundle_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/testdata"
)

// storedCheckpoint is a checkpoint written to a bundle directory, with the
// task it belongs to.
type storedCheckpoint struct {
	task *prooflearn.Task
	dir  string
	name string // relative to dir
	c    *prooflearn.Checkpoint
}

// storeCheckpoints writes the trained states of several tasks (float32,
// fixed-point int32, Adam's two moments: files of different sizes and
// layouts) into a bundle directory each.
func storeCheckpoints(t *testing.T) []storedCheckpoint {
	names := []string{"tiny", "tiny-fixed", "tiny-adam"}
	states := trainedCheckpoints(t, names...)
	var out []storedCheckpoint
	for _, name := range names {
		raw, err := testdata.Tasks.ReadFile("tasks/" + name + ".json")
		require.NoError(t, err)
		task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
		require.NoError(t, err)
		dir := t.TempDir()
		for _, c := range states[name] {
			require.NoError(t, bundle.WriteCheckpoint(dir, c))
			out = append(out, storedCheckpoint{task: task, dir: dir, name: filepath.ToSlash(bundle.CheckpointPath(c.Step)), c: c})
		}
	}
	return out
}

// TestCheckpointReaderMatchesFreshReads: one reader, its buffer reused
// across files of different sizes and its values partly in an arena too
// small for all of them, reads every checkpoint as ReadCheckpointFS does;
// and what it returned earlier is untouched by what it reads later: no
// checkpoint shares the reader's buffer or another's values.
func TestCheckpointReaderMatchesFreshReads(t *testing.T) {
	stored := storeCheckpoints(t)
	// Room for two of the smallest checkpoints: the rest fall back to
	// tensors of their own.
	arena := bundle.NewValueArena(2 * stored[0].task.CheckpointPayloadBytes())
	r := &bundle.CheckpointReader{Values: arena}
	var got []*prooflearn.Checkpoint
	for pass := range 2 {
		for _, s := range stored {
			want, err := bundle.ReadCheckpointFS(bundle.DirFS(s.dir), s.name, s.task)
			require.NoError(t, err)
			c, err := r.ReadFS(bundle.DirFS(s.dir), s.name, s.task)
			require.NoError(t, err)
			require.Equal(t, want, c, "pass %d, %s", pass, s.name)
			require.Equal(t, s.c.LeafHash(), c.LeafHash())
			got = append(got, c)
		}
	}
	for i, c := range got {
		s := stored[i%len(stored)]
		require.Equal(t, s.c.LeafHash(), c.LeafHash(), "read %d changed by later reads", i)
		for _, ts := range [][]prooflearn.Tensor{c.Params, c.OptState} {
			for _, x := range ts {
				// Full slices: an append to one tensor's values cannot
				// write over its neighbour's in the arena.
				assert.Equal(t, x.Len(), cap(x.F32)+cap(x.F64)+cap(x.I32), "tensor %s", x.Name)
			}
		}
	}
}

// TestCheckpointReaderRefusesShortFileAfterLongerOne: the reused buffer
// still holds the end of the previous, longer file; a truncated file read
// next must be refused, not completed with those stale bytes, and a file
// with bytes appended must be refused too.
func TestCheckpointReaderRefusesShortFileAfterLongerOne(t *testing.T) {
	s := storeCheckpoints(t)[1]
	path := filepath.Join(s.dir, filepath.FromSlash(s.name))
	good, err := os.ReadFile(path)
	require.NoError(t, err)
	r := new(bundle.CheckpointReader)
	fsys := bundle.DirFS(s.dir)
	_, err = r.ReadFS(fsys, s.name, s.task)
	require.NoError(t, err)
	for name, content := range map[string][]byte{
		"truncated by one byte": good[:len(good)-1],
		"truncated by half":     good[:len(good)/2],
		"one byte appended":     append(bytes.Clone(good), 0),
	} {
		require.NoError(t, os.WriteFile(path, content, 0o644))
		_, err := r.ReadFS(fsys, s.name, s.task)
		require.Error(t, err, name)
		assert.ErrorIs(t, err, prooflearn.ErrMalformed, name)
	}
	require.NoError(t, os.WriteFile(path, good, 0o644))
	c, err := r.ReadFS(fsys, s.name, s.task)
	require.NoError(t, err)
	assert.Equal(t, s.c.LeafHash(), c.LeafHash())
}

// TestValueArenaSharedByConcurrentReaders: readers on several goroutines
// share one arena, as the verifier's workers do; every checkpoint comes
// out whole (run with -race).
func TestValueArenaSharedByConcurrentReaders(t *testing.T) {
	stored := storeCheckpoints(t)
	var total int64
	for _, s := range stored {
		total += s.task.CheckpointPayloadBytes()
	}
	arena := bundle.NewValueArena(total)
	const workers = 4
	leaves := make([][]prooflearn.Hash, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			r := &bundle.CheckpointReader{Values: arena}
			for _, s := range stored {
				c, err := r.ReadFS(bundle.DirFS(s.dir), s.name, s.task)
				if err != nil {
					t.Error(err)
					return
				}
				leaves[w] = append(leaves[w], c.LeafHash())
			}
		})
	}
	wg.Wait()
	for w := range workers {
		require.Len(t, leaves[w], len(stored))
		for i, s := range stored {
			assert.Equal(t, s.c.LeafHash(), leaves[w][i], "worker %d, %s", w, s.name)
		}
	}
}
