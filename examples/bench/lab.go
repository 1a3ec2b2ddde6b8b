package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
)

// attack is one forgery the detection and dispute sections measure.
type attack struct {
	label, name string
	opts        []spoof.Option
}

// quietShift is a state edit small enough to hide among honest updates: no
// anomalous jump gives it away, so only the sample finds it. The default
// (steering) edit is always caught through its jump.
const quietShift = 0.05

// attacksFor lists the forgeries to measure: every published attack, the
// state edit both loud and quiet.
func attacksFor(names []string) []attack {
	var out []attack
	for _, n := range names {
		out = append(out, attack{label: n, name: n})
		if n == spoof.StateEdit {
			out = append(out, attack{label: n + "-quiet", name: n, opts: []spoof.Option{spoof.WithSteerShift(quietShift)}})
		}
	}
	return out
}

// forgery is a forged bundle on disk.
type forgery struct {
	attack
	res *spoof.Result
}

// lab holds the tiny task's honest bundle and its forgeries, which the
// detection and dispute sections share: the tiny task is what the verifier's
// δ is calibrated for, and it trains in seconds.
type lab struct {
	task      *prooflearn.Task
	data      *dataset.Split
	dir       string
	honest    string  // the honest bundle's directory
	trainSecs float64 // the solver's wall time for the honest bundle
	stepSecs  float64 // one training step of the task, wall seconds
	forged    []forgery
}

// newLab trains the honest bundle and forges one bundle per attack, in a
// temporary directory that close removes.
func newLab(ctx context.Context, cfg config, data *dataset.Split) (*lab, error) {
	task, err := tinyTask()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "prooflearn-bench-lab-")
	if err != nil {
		return nil, err
	}
	l := &lab{task: task, data: data, dir: dir, honest: filepath.Join(dir, "honest")}
	t0 := time.Now()
	if _, err := solver.Train(ctx, task, data.Train, l.honest); err != nil {
		l.close()
		return nil, err
	}
	l.trainSecs = time.Since(t0).Seconds()
	if l.stepSecs, _, err = stepTime(task, data.Train, 100, 3, 10); err != nil {
		l.close()
		return nil, err
	}
	forgers := map[string]*spoof.Forger{}
	for i, a := range attacksFor(cfg.attacks) {
		// One forger (and its honest run) per set of options.
		key := ""
		if a.opts != nil {
			key = a.label
		}
		f := forgers[key]
		if f == nil {
			if f, err = spoof.New(task, data.Train, a.opts...); err != nil {
				l.close()
				return nil, err
			}
			forgers[key] = f
		}
		res, err := f.Build(ctx, a.name, filepath.Join(dir, fmt.Sprintf("forged-%02d", i)))
		if err != nil {
			l.close()
			return nil, fmt.Errorf("forging %s: %w", a.label, err)
		}
		res.Forged = slices.Compact(slices.Sorted(slices.Values(res.Forged)))
		l.forged = append(l.forged, forgery{a, res})
	}
	return l, nil
}

func (l *lab) close() { os.RemoveAll(l.dir) }
