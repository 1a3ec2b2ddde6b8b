package spoof

import (
	"context"
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// WeightEdit names the forgery EditWeight builds. It is not in Attacks:
// it is a targeted edit of one chosen tensor element rather than a
// strategy against every task, and the tests that pin which check stops
// each attack run it on the tasks they name.
const WeightEdit = "weight-edit"

// EditWeight writes to dir the bundle of a solver that trains honestly,
// adds by to element index of parameter param (say "conv1.w", a
// convolution kernel) in the middle checkpoint, trains honestly on from
// the edited state, and commits to all of it consistently: every leaf and
// the root are recomputed, so no hash is wrong. Only replaying the segment
// that ends at the edit shows it (Result.Forged names that segment).
func (f *Forger) EditWeight(ctx context.Context, dir, param string, index int, by float64) (*Result, error) {
	f.ctx = ctx
	h, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	mid := f.segments() / 2
	if mid < 1 {
		return nil, fmt.Errorf("%s: the task has %d segments; the edit needs at least 2", WeightEdit, f.segments())
	}
	edited := h[mid].Clone()
	p := -1
	for i := range edited.Params {
		if edited.Params[i].Name == param {
			p = i
		}
	}
	if p < 0 {
		return nil, fmt.Errorf("%w: %s: the model has no parameter %q", prooflearn.ErrOutOfRange, WeightEdit, param)
	}
	t := &edited.Params[p]
	if index < 0 || index >= t.Len() {
		return nil, fmt.Errorf("%w: %s: %s has %d elements, not %d", prooflearn.ErrOutOfRange, WeightEdit, param, t.Len(), index)
	}
	before := t.At(index)
	setAt(t, index, before+by)
	if t.At(index) == before {
		return nil, fmt.Errorf("%s: adding %g to %s[%d] = %g changes nothing", WeightEdit, by, param, index, before)
	}
	rest, err := f.trainFrom(edited)
	if err != nil {
		return nil, err
	}
	ckpts := append(append([]*prooflearn.Checkpoint(nil), h[:mid]...), rest...)
	root, err := writeBundle(dir, f.task, ckpts, f.seedBatches())
	if err != nil {
		return nil, err
	}
	return &Result{Attack: WeightEdit, Summary: fmt.Sprintf("%s[%d] of the middle checkpoint changed by %g, then trained honestly from it; every leaf and the root consistent", param, index, by),
		Dir: dir, Root: root, Forged: []int{mid - 1}}, nil
}
