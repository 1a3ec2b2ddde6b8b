// Package solver trains a task and writes its proof bundle.
//
// Training is deterministic given the task: initialisation and data order come
// from the revealed seed (prooflearn.InitialCheckpoint, prooflearn.DataOrder).
// Every k steps the solver stores a checkpoint; at the end it commits to the
// binding leaf, every checkpoint and every step's batch in one RFC 6962 Merkle
// tree, whose root is the proof's identity.
//
// Writes are atomic, and the manifest is written last, so a directory holds
// either a complete bundle or a run in progress. Checkpoints are written off
// the training path: the loop takes a snapshot, a writer hashes, encodes and
// stores it on other goroutines (one fsync per file, one per directory), and
// the manifest waits for all of them. A solver stopped at any point
// (killed, or its context cancelled) resumes from its last checkpoint when run
// again on the same directory and ends with the same root.
package solver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Dataset is what the solver trains on: examples plus the Merkle root that
// identifies them.
type Dataset interface {
	train.Examples
	Root() prooflearn.Hash
}

// Progress is reported after every step.
type Progress struct {
	Step, Steps int
	Loss        float64
	// ResumedFrom is the step training resumed at (0 for a fresh run).
	ResumedFrom int
}

type config struct {
	progress func(Progress)
	test     train.Examples
	base     string // the base proof's directory, for a fine-tuning task
}

// Option configures Train.
type Option func(*config)

// WithProgress registers a callback called after every step.
func WithProgress(fn func(Progress)) Option { return func(c *config) { c.progress = fn } }

// WithTestSet makes Train report test accuracy in the manifest's metrics.
func WithTestSet(test train.Examples) Option { return func(c *config) { c.test = test } }

// ErrForeignBundle is returned when the output directory holds a run of another task.
var ErrForeignBundle = errors.New("output directory holds a bundle of another task")

const taskMarker = ".prooflearn-task"

// Train runs task on data and writes the proof bundle to dir, resuming from
// the last checkpoint if dir holds an interrupted run of the same task.
func Train(ctx context.Context, task *prooflearn.Task, data Dataset, dir string, opts ...Option) (*prooflearn.Manifest, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if err := task.Validate(); err != nil {
		return nil, err
	}
	if got := data.Root(); got != task.Dataset.Root {
		return nil, fmt.Errorf("%w: dataset root %s, task commits to %s", prooflearn.ErrCommitment, got, task.Dataset.Root)
	}
	tr, err := train.New(task, data)
	if err != nil {
		return nil, err
	}
	if err := startFromBase(tr, task, cfg.base); err != nil {
		return nil, err
	}
	marker, err := claimDir(dir, task.Hash())
	if err != nil {
		return nil, err
	}
	start := time.Now()
	ckptSteps := task.CheckpointSteps()
	leaves, err := resume(dir, task, tr, ckptSteps)
	if err != nil {
		return nil, err
	}
	resumedFrom := tr.Step()
	w, err := newBundleWriter(dir, task, marker)
	if err != nil {
		return nil, err
	}
	if len(leaves) == 0 {
		if err := w.Add(tr.Checkpoint()); err != nil {
			return nil, stopWriter(w, err)
		}
	}
	var loss float64
	for tr.Step() < task.Steps {
		if err := ctx.Err(); err != nil {
			return nil, stopWriter(w, fmt.Errorf("stopped at step %d (resume by running again): %w", tr.Step(), err))
		}
		if loss, err = tr.TrainStep(); err != nil {
			return nil, stopWriter(w, err)
		}
		if s := tr.Step(); s%task.CheckpointInterval == 0 || s == task.Steps {
			// The snapshot, a copy into one the writer is done with, is the
			// only work on the training path; the writer hashes, encodes
			// and stores it meanwhile.
			if err := w.Add(tr.CheckpointInto(w.Spare())); err != nil {
				return nil, stopWriter(w, err)
			}
		}
		if cfg.progress != nil {
			cfg.progress(Progress{Step: tr.Step(), Steps: task.Steps, Loss: loss, ResumedFrom: resumedFrom})
		}
	}
	// The test set is evaluated while the writer finishes; the time the
	// metrics report is training and proof, not the evaluation.
	var acc float64
	var evaluating time.Duration
	if cfg.test != nil {
		t0 := time.Now()
		if a, err := tr.Accuracy(cfg.test); err == nil {
			acc = a
		}
		evaluating = time.Since(t0)
	}
	written, batchLeaves, err := w.Wait()
	if err != nil {
		return nil, err
	}
	leaves = append(leaves, written...)
	m, err := commit(task, data.Root(), ckptSteps, leaves, batchLeaves)
	if err != nil {
		return nil, err
	}
	m.Metrics = &prooflearn.TrainingMetrics{FinalLoss: loss, Seconds: (time.Since(start) - evaluating).Seconds(), TestAccuracy: acc}
	if err := writeManifest(dir, m.Encode(), w.SyncCheckpoints); err != nil {
		return nil, err
	}
	return m, nil
}

// writeManifest writes the manifest, the bundle's last file, durably: to a
// synced temporary file while syncDirs makes every other file's rename
// durable, then, once both are done, renamed into place and the directory
// synced. The two syncs overlap, and the manifest still cannot appear before
// anything it names.
func writeManifest(dir string, data []byte, syncDirs func() error) error {
	path := filepath.Join(dir, bundle.ManifestFile)
	synced := make(chan error, 1)
	go func() { synced <- syncDirs() }()
	tmp, err := writeTempSynced(path, data)
	if serr := <-synced; err != nil || serr != nil {
		if err == nil {
			os.Remove(tmp)
		}
		return errors.Join(err, serr)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return prooflearn.SyncDir(dir)
}

// writeTempSynced writes data to a new temporary file beside path, synced
// and closed, and returns its name; the caller renames it over path.
func writeTempSynced(path string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(tmp)
		return "", err
	}
	// CreateTemp makes the file 0600; the manifest is meant to be read by
	// others (verifiers, whistleblowers).
	if err := f.Chmod(0o644); err != nil {
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

// stopWriter waits for the checkpoints already handed to w, so a stopped
// run leaves every one of them on disk for resume, and returns err with any
// write error besides.
func stopWriter(w *bundleWriter, err error) error {
	if _, _, werr := w.Close(); werr != nil && !errors.Is(err, werr) {
		return errors.Join(err, werr)
	}
	return err
}

// claimDir creates dir for a run of the task with taskHash, refusing a
// directory that already holds another task's run: resuming that would mix
// two runs. For an empty directory it returns the marker to write, the task
// hash; the bundle writer writes it before anything else.
func claimDir(dir string, taskHash prooflearn.Hash) (marker []byte, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, taskMarker))
	switch {
	case err == nil:
		if string(b) != taskHash.String() {
			return nil, fmt.Errorf("%w: %s was used for task %s, this task is %s", ErrForeignBundle, dir, b, taskHash)
		}
		return nil, nil
	case errors.Is(err, os.ErrNotExist):
		entries, _ := os.ReadDir(dir)
		if len(entries) > 0 {
			return nil, fmt.Errorf("%w: %s is not empty and is not a prooflearn run", ErrForeignBundle, dir)
		}
		return []byte(taskHash.String()), nil
	default:
		return nil, err
	}
}

// resume restores the trainer from the longest prefix of valid checkpoints in
// dir and returns their leaves. Checkpoint 0 must be the seed's initial state;
// an unreadable checkpoint ends the prefix (it and later ones are rewritten).
func resume(dir string, task *prooflearn.Task, tr *train.Trainer, steps []int) ([]prooflearn.Hash, error) {
	var leaves []prooflearn.Hash
	var last *prooflearn.Checkpoint
	for _, s := range steps {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, bundle.CheckpointPath(s)))
		if err != nil || c.Step != s || c.CheckShape(task) != nil {
			break
		}
		if s == 0 && c.LeafHash() != tr.Checkpoint().LeafHash() {
			break
		}
		leaves = append(leaves, c.LeafHash())
		last = c
	}
	if last != nil {
		if err := tr.Restore(last); err != nil {
			return nil, err
		}
	}
	return leaves, nil
}

// commit builds the manifest with the Merkle root.
func commit(task *prooflearn.Task, datasetRoot prooflearn.Hash, ckptSteps []int, ckptLeaves, batchLeaves []prooflearn.Hash) (*prooflearn.Manifest, error) {
	if len(ckptLeaves) != len(ckptSteps) || len(batchLeaves) != task.Steps {
		return nil, fmt.Errorf("internal: %d checkpoint leaves for %d checkpoints, %d batch leaves for %d steps", len(ckptLeaves), len(ckptSteps), len(batchLeaves), task.Steps)
	}
	seedCommit, err := prooflearn.ParseHash(task.SeedCommitment)
	if err != nil {
		return nil, err
	}
	m := &prooflearn.Manifest{
		Format:             prooflearn.ManifestFormat,
		TaskHash:           task.Hash(),
		DatasetRoot:        datasetRoot,
		SeedCommitment:     seedCommit,
		Steps:              task.Steps,
		CheckpointInterval: task.CheckpointInterval,
		BatchesFile:        bundle.BatchesFile,
	}
	for j, s := range ckptSteps {
		m.Checkpoints = append(m.Checkpoints, prooflearn.CheckpointRef{Step: s, File: bundle.CheckpointPath(s), Leaf: ckptLeaves[j]})
	}
	m.Leaves = 1 + len(ckptLeaves) + len(batchLeaves)
	m.Root = prooflearn.ProofRoot(m.TaskHash, m.DatasetRoot, m.SeedCommitment, ckptLeaves, batchLeaves, task.CheckpointInterval)
	return m, nil
}
