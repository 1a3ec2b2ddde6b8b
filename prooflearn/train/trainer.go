// Package train runs the training step every role shares: the solver to
// produce a trajectory, the verifier to replay a segment of it, the arbiter to
// re-execute a disputed step. Given the same task, seed, data and checkpoint it
// computes the same next state.
package train

import (
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Examples is the view of a dataset training needs.
type Examples interface {
	Len() int
	Pixels(i int) []byte
	Label(i int) byte
}

// Trainer holds the model, optimizer state and data order for one task.
type Trainer struct {
	task  *prooflearn.Task
	data  Examples
	order *prooflearn.DataOrder
	state *prooflearn.Checkpoint
	net   *mlp
	eval  *mlp
	fx    *fixedNet // fixed mode's step, in place of net and eval
}

// New prepares a trainer at step 0, initialised from the revealed seed. The
// task's mode picks the kernels: gorgonia's (tolerant), prooflearn/kernels
// (deterministic: the same bits on every platform) or prooflearn/fixed
// (fixed: integer arithmetic, no graph).
func New(task *prooflearn.Task, data Examples) (*Trainer, error) {
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	if err := CheckData(task, data); err != nil {
		return nil, err
	}
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	init, err := prooflearn.InitialCheckpoint(task, seed)
	if err != nil {
		return nil, err
	}
	if task.Mode == prooflearn.ModeFixed {
		return &Trainer{task: task, data: data, order: order, state: init, fx: newFixedNet(task)}, nil
	}
	net, err := buildMLP(kernelsFor(task), task.Model, task.ElemType(), task.BatchSize, init.Params, true)
	if err != nil {
		return nil, err
	}
	return &Trainer{task: task, data: data, order: order, state: init, net: net}, nil
}

// CheckData reports whether data fits the task's model: the number of
// examples, the features per example and every label below the class count.
// Tasks come from untrusted submitters, so a mismatch is an error, never an
// index out of range.
func CheckData(task *prooflearn.Task, data Examples) error {
	if data.Len() != task.Dataset.Examples {
		return fmt.Errorf("%w: dataset has %d examples, task expects %d", prooflearn.ErrInvalidTask, data.Len(), task.Dataset.Examples)
	}
	for i := 0; i < data.Len(); i++ {
		if n := len(data.Pixels(i)); n != task.Model.Input {
			if task.Model.Type == prooflearn.ModelTransformer {
				return fmt.Errorf("%w: model.context + 1 is %d, example %d is a window of %d tokens", prooflearn.ErrInvalidTask, task.Model.Input, i, n)
			}
			return fmt.Errorf("%w: model.input is %d, example %d has %d features", prooflearn.ErrInvalidTask, task.Model.Input, i, n)
		}
		if task.Model.Type == prooflearn.ModelTransformer {
			for j, b := range data.Pixels(i) {
				if int(b) >= task.Model.Vocab {
					return fmt.Errorf("%w: model.vocab is %d, example %d has token %d at position %d", prooflearn.ErrInvalidTask, task.Model.Vocab, i, b, j)
				}
			}
		}
		if l := int(data.Label(i)); l >= task.Model.Classes {
			return fmt.Errorf("%w: model.classes is %d, example %d has label %d", prooflearn.ErrInvalidTask, task.Model.Classes, i, l)
		}
	}
	return nil
}

// Step is the step the trainer will run next (the number of steps done).
func (t *Trainer) Step() int { return t.state.Step }

// Batch returns the example indices the seed assigns to step.
func (t *Trainer) Batch(step int) []int { return t.order.Batch(step) }

// Checkpoint returns a deep copy of the current state.
func (t *Trainer) Checkpoint() *prooflearn.Checkpoint {
	c := t.state.Clone()
	c.RNG = t.order.State(c.Step)
	return c
}

// CheckpointInto is Checkpoint into storage the caller already has: c, a
// checkpoint of the same task taken earlier and no longer in use, receives a
// copy of the current state and is returned. Taking a snapshot then costs a
// copy, not an allocation of the whole state. A nil c, or one that does not
// fit, gets a fresh copy as from Checkpoint.
func (t *Trainer) CheckpointInto(c *prooflearn.Checkpoint) *prooflearn.Checkpoint {
	if c == nil || len(c.Params) != len(t.state.Params) || len(c.OptState) != len(t.state.OptState) {
		return t.Checkpoint()
	}
	params, opt := c.Params, c.OptState
	*c = *t.state
	c.Params, c.OptState = params, opt
	for _, l := range []struct{ dst, src []prooflearn.Tensor }{{c.Params, t.state.Params}, {c.OptState, t.state.OptState}} {
		for i := range l.src {
			if l.dst[i].CopyFrom(&l.src[i]) != nil {
				return t.Checkpoint()
			}
			l.dst[i].Name = l.src[i].Name
		}
	}
	c.RNG = t.order.State(c.Step)
	return c
}

// Restore replaces the state with a checkpoint (checked against the task).
func (t *Trainer) Restore(c *prooflearn.Checkpoint) error {
	if err := c.CheckShape(t.task); err != nil {
		return err
	}
	if c.Step < 0 || c.Step > t.task.Steps {
		return fmt.Errorf("%w: checkpoint step %d outside 0..%d", prooflearn.ErrOutOfRange, c.Step, t.task.Steps)
	}
	// Copy values in place: the graph is bound to these backing arrays.
	for i := range c.Params {
		if err := t.state.Params[i].CopyFrom(&c.Params[i]); err != nil {
			return err
		}
	}
	for i := range c.OptState {
		if err := t.state.OptState[i].CopyFrom(&c.OptState[i]); err != nil {
			return err
		}
	}
	t.state.Step = c.Step
	return nil
}

// TrainStep runs one step on the seed's batch for the current step and
// returns the loss before the update.
func (t *Trainer) TrainStep() (float64, error) {
	if t.state.Step >= t.task.Steps {
		return 0, fmt.Errorf("%w: all %d steps are done", prooflearn.ErrOutOfRange, t.task.Steps)
	}
	return t.StepOn(t.order.Batch(t.state.Step))
}

// StepOn runs one step on the given batch. The verifier and arbiter use it to
// replay exactly what a party claims.
func (t *Trainer) StepOn(indices []int) (float64, error) {
	for _, i := range indices {
		if i < 0 || i >= t.data.Len() {
			return 0, fmt.Errorf("%w: example %d of %d", prooflearn.ErrOutOfRange, i, t.data.Len())
		}
	}
	if len(indices) != t.task.BatchSize {
		return 0, fmt.Errorf("%w: batch of %d, task batch size %d", prooflearn.ErrMalformed, len(indices), t.task.BatchSize)
	}
	if t.fx != nil {
		return t.fixedStepOn(indices)
	}
	t.net.load(t.data, indices)
	if err := t.net.run(); err != nil {
		return 0, fmt.Errorf("step %d: %w", t.state.Step, err)
	}
	loss := t.net.scalarLoss()
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return loss, fmt.Errorf("step %d: %w: loss is %v", t.state.Step, prooflearn.ErrNonFinite, loss)
	}
	signedZero := t.net.kernels == deterministicKernels
	if t.task.Optimizer.IsAdam() {
		if err := t.adamStep(signedZero); err != nil {
			return 0, err
		}
		t.state.Step++
		return loss, nil
	}
	lr := t.task.LearningRate(t.state.Step)
	mu := t.task.Optimizer.Momentum
	for i := range t.state.Params {
		g, zero, err := t.net.grad(i)
		if err != nil {
			return 0, fmt.Errorf("step %d: gradient of %s: %w", t.state.Step, t.state.Params[i].Name, err)
		}
		var mom *prooflearn.Tensor
		if len(t.state.OptState) > 0 {
			mom = &t.state.OptState[i]
		}
		p := &t.state.Params[i]
		switch gv := g.(type) {
		case []float32:
			var v []float32
			if mom != nil {
				v = mom.F32
			}
			sgdUpdate(p.F32, v, gv, float32(lr), float32(mu), signedZero)
		case []float64:
			var v []float64
			if mom != nil {
				v = mom.F64
			}
			sgdUpdate(p.F64, v, gv, lr, mu, signedZero)
		}
		zero()
	}
	t.state.Step++
	return loss, nil
}

// adamStep runs Adam's update on the gradients the graph computed: every
// gradient first (with +0 + g in tolerant mode, as OpGrad), then the global
// clip over all of them, then parameter by parameter the moments and the
// weights (adamUpdate). State buffer 2i is parameter i's first moment,
// 2i + 1 its second.
func (t *Trainer) adamStep(signedZero bool) error {
	grads := make([]any, len(t.state.Params))
	zeros := make([]func(), len(t.state.Params))
	for i := range t.state.Params {
		g, zero, err := t.net.grad(i)
		if err != nil {
			return fmt.Errorf("step %d: gradient of %s: %w", t.state.Step, t.state.Params[i].Name, err)
		}
		if !signedZero {
			switch gv := g.(type) {
			case []float32:
				positiveZero(gv)
			case []float64:
				positiveZero(gv)
			}
		}
		grads[i], zeros[i] = g, zero
	}
	if c := t.task.Optimizer.ClipNorm; c > 0 {
		clipGradients(grads, c)
	}
	c32, c64 := adamCoeffs[float32](t.task, t.state.Step), adamCoeffs[float64](t.task, t.state.Step)
	for i := range t.state.Params {
		p, m, v := &t.state.Params[i], &t.state.OptState[2*i], &t.state.OptState[2*i+1]
		switch gv := grads[i].(type) {
		case []float32:
			adamUpdate(p.F32, m.F32, v.F32, gv, c32)
		case []float64:
			adamUpdate(p.F64, m.F64, v.F64, gv, c64)
		}
		zeros[i]()
	}
	return nil
}

// Accuracy is the fraction of examples whose arg-max logit is the label.
func (t *Trainer) Accuracy(data Examples) (float64, error) {
	if t.fx != nil {
		return t.fixedAccuracy(data)
	}
	// A CNN task's limits bound its buffers at this batch size too.
	const evalBatch = prooflearn.EvalBatch
	if t.eval == nil {
		net, err := buildMLP(kernelsFor(t.task), t.task.Model, t.task.ElemType(), evalBatch, t.state.Params, false)
		if err != nil {
			return 0, err
		}
		t.eval = net
	}
	correct, seen := 0, 0
	idx := make([]int, evalBatch)
	for start := 0; start+evalBatch <= data.Len(); start += evalBatch {
		for i := range idx {
			idx[i] = start + i
		}
		t.eval.load(data, idx)
		if err := t.eval.run(); err != nil {
			return 0, err
		}
		logits := t.eval.exec.value(t.eval.logits)
		classes := t.task.Model.Classes
		// A transformer has a row of logits per position; the label is the
		// token after the window, predicted by its last row.
		rows := t.eval.logits.Shape()[0] / evalBatch
		for r := range idx {
			row := r*rows + rows - 1
			best, bestV := 0, math.Inf(-1)
			for c := 0; c < classes; c++ {
				var v float64
				switch d := logits.Data().(type) {
				case []float32:
					v = float64(d[row*classes+c])
				case []float64:
					v = d[row*classes+c]
				}
				if v > bestV {
					best, bestV = c, v
				}
			}
			if best == int(data.Label(idx[r])) {
				correct++
			}
			seen++
		}
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w: evaluation needs at least %d examples", prooflearn.ErrMalformed, evalBatch)
	}
	return float64(correct) / float64(seen), nil
}
