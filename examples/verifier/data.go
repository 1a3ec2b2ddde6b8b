package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// loadTrain returns the training split task commits to: the embedded dataset
// of that name ("fashion-mnist-subset", "fortunes-min"), else the verified
// cache in cacheDir when there is one, else the IDX files (in dataDir, or the installed Fashion-MNIST),
// decoded and, if they are the task's dataset, cached for the next run. A
// cache that fails its checks is reported on log and ignored: it can cost a
// decode, never a wrong example. cacheDir "" turns the cache off.
func loadTrain(task *prooflearn.Task, dataDir, cacheDir string, log io.Writer) (*dataset.Dataset, error) {
	if dataDir == "" {
		s, err := dataset.EmbeddedByName(task.Dataset.Name)
		if err == nil {
			return s.Train, nil // built into the binary: nothing to cache
		}
		if !errors.Is(err, dataset.ErrNotEmbedded) {
			return nil, err
		}
	}
	if dataDir == "" && task.Dataset.Name != "fashion-mnist" {
		return nil, fmt.Errorf("task %q names dataset %q: pass -data DIR with its IDX files", task.Name, task.Dataset.Name)
	}
	if cacheDir != "" {
		d, err := dataset.ReadCache(cacheDir, task.Dataset.Root, task.Dataset.Examples, task.Model.Input)
		switch {
		case err == nil:
			return d, nil
		case errors.Is(err, dataset.ErrCacheInvalid):
			fmt.Fprintf(log, "verifier: %v; decoding the IDX files instead\n", err)
		case !errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(log, "verifier: dataset cache unreadable (%v); decoding the IDX files instead\n", err)
		}
	}
	var d *dataset.Dataset
	var err error
	if dataDir != "" {
		d, err = dataset.LoadTrainDir(dataDir)
	} else {
		d, err = dataset.SystemTrain()
	}
	if err != nil {
		return nil, err
	}
	// Only the task's own dataset is cached: the verification of any other
	// fails on its root anyway.
	if cacheDir != "" && d.Root() == task.Dataset.Root {
		if d.Name == "" {
			d.Name = task.Dataset.Name
		}
		if _, err := dataset.WriteCache(cacheDir, d); err != nil {
			fmt.Fprintf(log, "verifier: could not write the dataset cache: %v\n", err)
		}
	}
	return d, nil
}
