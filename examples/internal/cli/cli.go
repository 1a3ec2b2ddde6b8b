// Package cli holds what the example binaries share: loading a task and its
// dataset, drawing progress, writing JSON reports, strict number flags
// (Float64, Float64Var) and the exit-code contract.
package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// Exit codes every binary uses.
const (
	ExitOK       = 0
	ExitRejected = 1
	ExitError    = 2
)

// LoadTask reads the task file at path and the dataset it names (or the IDX
// files in dataDir).
func LoadTask(path, dataDir string) (*prooflearn.Task, *dataset.Split, error) {
	task, err := prooflearn.ReadTask(path)
	if err != nil {
		return nil, nil, err
	}
	data, err := LoadData(task, dataDir)
	if err != nil {
		return nil, nil, err
	}
	return task, data, nil
}

// LoadData returns the dataset a task names: an embedded one
// ("fashion-mnist-subset", "fortunes-min"; dataset.EmbeddedByName), the
// installed full set for "fashion-mnist", or the IDX files in dir when dir
// is given.
func LoadData(task *prooflearn.Task, dir string) (*dataset.Split, error) {
	if dir != "" {
		return dataset.LoadDir(dir)
	}
	if task.Dataset.Name == "fashion-mnist" {
		return dataset.System()
	}
	if s, err := dataset.EmbeddedByName(task.Dataset.Name); !errors.Is(err, dataset.ErrNotEmbedded) {
		return s, err
	}
	return nil, fmt.Errorf("task %q names dataset %q: pass -data DIR with its IDX files", task.Name, task.Dataset.Name)
}

// Bar draws a progress bar on a terminal and a line every 10% elsewhere, so
// logs stay readable.
type Bar struct {
	w         io.Writer
	label     string
	tty       bool
	start     time.Time
	lastTenth int
}

// NewBar returns a bar writing to stderr.
func NewBar(label string) *Bar {
	tty := false
	if st, err := os.Stderr.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		tty = true
	}
	return &Bar{w: os.Stderr, label: label, tty: tty, start: time.Now(), lastTenth: -1}
}

// Update shows done of total with a short note.
func (b *Bar) Update(done, total int, note string) {
	if total <= 0 {
		return
	}
	if b.tty {
		const width = 30
		filled := done * width / total
		fmt.Fprintf(b.w, "\r%-8s [%s%s] %d/%d %s  ", b.label, strings.Repeat("#", filled), strings.Repeat("-", width-filled), done, total, note)
		if done == total {
			fmt.Fprintf(b.w, "(%.1fs)\n", time.Since(b.start).Seconds())
		}
		return
	}
	if tenth := done * 10 / total; tenth != b.lastTenth {
		b.lastTenth = tenth
		fmt.Fprintf(b.w, "%s: %d/%d %s (%.1fs)\n", b.label, done, total, note, time.Since(b.start).Seconds())
	}
}

// WriteJSON writes v as indented JSON, atomically.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return prooflearn.WriteFileAtomic(path, append(b, '\n'))
}

// Fail prints an error and exits with ExitError.
func Fail(prog string, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", prog, err)
	os.Exit(ExitError)
}

// ParseThresholds parses "l1=0.01,l2=1e-3,linf=1e-4,cosine=1e-4", starting
// from base so that unnamed metrics keep their values; "optimizer.l2=…" and
// so on set the optimizer state's thresholds, which task must keep (momentum,
// Adam): where base has none for it, its unnamed metrics start at 0, exact,
// as a verifier treats a missing optimizer δ. Each value is parsed as
// strictly as a Float64 flag and must be ≥ 0.
func ParseThresholds(s string, base prooflearn.Thresholds, task *prooflearn.Task) (prooflearn.Thresholds, error) {
	th := base
	if base.Optimizer != nil {
		o := *base.Optimizer
		th.Optimizer = &o
	} else if task != nil && len(task.OptimizerStateNames()) > 0 {
		th.Optimizer = &prooflearn.Thresholds{}
	}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(part, "=")
		k = strings.TrimSpace(k)
		if !ok {
			return th, fmt.Errorf("-delta: %q is not metric=value", part)
		}
		f, err := ParseFloat(strings.TrimSpace(v))
		if err != nil {
			return th, fmt.Errorf("-delta: %s: %v", k, err)
		}
		if f < 0 {
			return th, fmt.Errorf("-delta: %s=%v must be ≥ 0", k, f)
		}
		dst := &th
		if m, ok := strings.CutPrefix(k, prooflearn.KindOptimizer+"."); ok {
			if th.Optimizer == nil {
				return th, fmt.Errorf("-delta: %s: the task's optimizer keeps no state to bound", k)
			}
			dst, k = th.Optimizer, m
		}
		switch k {
		case prooflearn.MetricL1:
			dst.L1 = f
		case prooflearn.MetricL2:
			dst.L2 = f
		case prooflearn.MetricLInf:
			dst.LInf = f
		case prooflearn.MetricCosine:
			dst.Cosine = f
		default:
			return th, fmt.Errorf("-delta: unknown metric %q (want l1, l2, linf or cosine, or optimizer.l1 and so on)", k)
		}
	}
	return th, nil
}
