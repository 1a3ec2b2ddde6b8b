package solver

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

// writesInFlight bounds the checkpoints being hashed, encoded and written at
// once: enough for the fsyncs of a few files to overlap (a filesystem's
// journal commits them together), few enough that the snapshots waiting in
// memory stay a handful.
const writesInFlight = 4

// bundleWriter writes the files of a bundle off the training goroutine.
// First, in a new directory, the task marker (synced, directory included,
// before any other entry appears, so a directory with files always says
// whose run it holds). It takes the training loop's checkpoint snapshots and
// computes each one's Merkle leaf, encodes it and writes it: a temporary
// file, one fsync, a rename. Meanwhile it derives every step's batch from
// the seed, hashes them and writes the batches file the same way. The
// directories are synced once each, by Close, rather than after every file;
// the caller writes the manifest after Close, as the last file.
//
// Files may land out of order, and a killed solver may leave a later
// checkpoint without an earlier one; resume uses only the longest prefix of
// valid checkpoints and writes the rest again, so that is harmless. What
// Close has returned from is on disk.
type bundleWriter struct {
	dir   string
	ready chan struct{} // closed once the marker and directories exist
	slots chan struct{}
	spare chan *prooflearn.Checkpoint // written snapshots, for the next ones
	// encoders are the writes' encoding buffers, one per write in flight,
	// kept for the next checkpoints, which have the same size.
	encoders chan *bundle.CheckpointEncoder
	wg       sync.WaitGroup

	mu          sync.Mutex
	leaves      []prooflearn.Hash // checkpoints', in the order they were added
	batchLeaves []prooflearn.Hash // one per step
	err         error             // the first failed write
}

// newBundleWriter starts writing the bundle of task in dir: the marker, when
// not nil (claimDir's), then the batches file.
func newBundleWriter(dir string, task *prooflearn.Task, marker []byte) (*bundleWriter, error) {
	// The seed fixes every batch, so the file need not wait for training.
	// A data order of its own: the trainer's is not safe to share.
	order, err := task.DataOrder()
	if err != nil {
		return nil, err
	}
	w := &bundleWriter{dir: dir, ready: make(chan struct{}), slots: make(chan struct{}, writesInFlight),
		spare: make(chan *prooflearn.Checkpoint, writesInFlight+1), encoders: make(chan *bundle.CheckpointEncoder, writesInFlight)}
	w.wg.Add(2)
	go func() {
		defer w.wg.Done()
		defer close(w.ready)
		err := prepareDir(dir, marker)
		w.mu.Lock()
		defer w.mu.Unlock()
		w.fail(err)
	}()
	go func() {
		defer w.wg.Done()
		leaves, err := writeBatches(dir, task, order, w.wait)
		w.mu.Lock()
		defer w.mu.Unlock()
		w.batchLeaves = leaves
		w.fail(err)
	}()
	return w, nil
}

// prepareDir writes the task marker, if any, durably, then creates the
// checkpoints directory.
func prepareDir(dir string, marker []byte) error {
	if marker != nil {
		if err := prooflearn.WriteFileSynced(filepath.Join(dir, taskMarker), marker); err != nil {
			return err
		}
		if err := prooflearn.SyncDir(dir); err != nil {
			return err
		}
	}
	return os.MkdirAll(filepath.Join(dir, bundle.CheckpointsDir), 0o755)
}

// wait blocks until the directory is prepared and reports whether that failed.
func (w *bundleWriter) wait() error {
	<-w.ready
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// fail records the first error; the caller holds mu.
func (w *bundleWriter) fail(err error) {
	if err != nil && w.err == nil {
		w.err = err
	}
}

// Spare returns a snapshot the writer is done with, for the caller to take
// the next one into (train.Trainer.CheckpointInto), or nil. Fresh snapshots
// of a whole model's state are costly to allocate (page faults, zeroing);
// copying into a used one is not.
func (w *bundleWriter) Spare() *prooflearn.Checkpoint {
	select {
	case c := <-w.spare:
		return c
	default:
		return nil
	}
}

// Add hands over a snapshot, which the caller must not touch again, and
// returns once a write slot is free. It returns the first error an earlier
// write met, so training stops at the checkpoint after a failed write.
func (w *bundleWriter) Add(c *prooflearn.Checkpoint) error {
	w.mu.Lock()
	if w.err != nil {
		defer w.mu.Unlock()
		return w.err
	}
	i := len(w.leaves)
	w.leaves = append(w.leaves, prooflearn.Hash{})
	w.mu.Unlock()

	w.slots <- struct{}{}
	w.wg.Add(1)
	go func() {
		defer func() {
			<-w.slots
			w.wg.Done()
		}()
		var enc *bundle.CheckpointEncoder
		select {
		case enc = <-w.encoders:
		default:
			enc = new(bundle.CheckpointEncoder)
		}
		leaf, err := writeCheckpoint(w.dir, c, enc, w.wait)
		select {
		case w.encoders <- enc:
		default:
		}
		select {
		case w.spare <- c:
		default:
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		w.leaves[i] = leaf
		if err != nil {
			w.fail(fmt.Errorf("checkpoint at step %d: %w", c.Step, err))
		}
	}()
	return nil
}

// Close waits for every write and syncs the checkpoints directory so the
// renames are durable (the bundle directory was synced after the batches
// file, off the training path). It returns the checkpoints' leaves in the
// order they were added and the batches' leaves in step order, or the first
// error.
func (w *bundleWriter) Close() (checkpoints, batches []prooflearn.Hash, err error) {
	if checkpoints, batches, err = w.Wait(); err != nil {
		return nil, nil, err
	}
	if err := w.SyncCheckpoints(); err != nil {
		return nil, nil, err
	}
	return checkpoints, batches, nil
}

// Wait is Close without the directory sync: every file is written and
// synced, and the leaves are known, but a crash may still lose the
// checkpoints' renames until SyncCheckpoints returns. The caller can build
// the manifest meanwhile.
func (w *bundleWriter) Wait() (checkpoints, batches []prooflearn.Hash, err error) {
	w.wg.Wait()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return nil, nil, w.err
	}
	return w.leaves, w.batchLeaves, nil
}

// SyncCheckpoints makes the checkpoints' renames durable.
func (w *bundleWriter) SyncCheckpoints() error {
	return prooflearn.SyncDir(filepath.Join(w.dir, bundle.CheckpointsDir))
}

// writeBatches writes the batches file of task, every step's example indices
// in order, and returns each step's leaf.
func writeBatches(dir string, task *prooflearn.Task, order *prooflearn.DataOrder, ready func() error) ([]prooflearn.Hash, error) {
	batches := &prooflearn.Batches{Format: prooflearn.BatchesFormat, BatchSize: task.BatchSize}
	leaves := make([]prooflearn.Hash, task.Steps)
	for s := range leaves {
		idx := order.Batch(s)
		batches.Indices = append(batches.Indices, idx)
		leaves[s] = prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx))
	}
	if err := ready(); err != nil {
		return nil, err
	}
	if err := prooflearn.WriteFileSynced(filepath.Join(dir, bundle.BatchesFile), encodeJSON(batches)); err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	// The bundle directory's entries (the marker, checkpoints/ and this
	// file) are final now: syncing it here, while training runs, keeps the
	// sync off the end of the run, where only the manifest is left.
	if err := prooflearn.SyncDir(dir); err != nil {
		return nil, fmt.Errorf("batches: %w", err)
	}
	return leaves, nil
}

// writeCheckpoint stores c under the bundle in dir, encoded by enc, once
// ready allows, and returns its leaf.
func writeCheckpoint(dir string, c *prooflearn.Checkpoint, enc *bundle.CheckpointEncoder, ready func() error) (prooflearn.Hash, error) {
	leaf := c.LeafHash()
	b, err := enc.Encode(c)
	if err != nil {
		return leaf, err
	}
	if err := ready(); err != nil {
		return leaf, err
	}
	return leaf, prooflearn.WriteFileSynced(filepath.Join(dir, bundle.CheckpointPath(c.Step)), b)
}
