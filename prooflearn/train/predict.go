package train

import (
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Predictor runs a model's forward pass at fixed parameters, for a caller
// that uses a proven model rather than training one (examples/sample draws
// text from a transformer's final checkpoint). It builds the same graph a
// trainer evaluates with, so its logits are those the protocol's forward
// pass computes.
type Predictor struct {
	task  *prooflearn.Task
	batch int
	net   *mlp
}

// NewPredictor builds the forward pass of task's model over batch examples
// at params, which must have the model's names and shapes (a checkpoint's
// Params); the predictor reads them in place, so they must not change while
// it is in use. Fixed-point tasks are not supported.
func NewPredictor(task *prooflearn.Task, params []prooflearn.Tensor, batch int) (*Predictor, error) {
	if task.Mode == prooflearn.ModeFixed {
		return nil, fmt.Errorf("%w: a predictor runs float models; task %q is in fixed mode", prooflearn.ErrInvalidTask, task.Name)
	}
	if batch <= 0 {
		return nil, fmt.Errorf("%w: predictor batch %d must be positive", prooflearn.ErrInvalidTask, batch)
	}
	names, shapes := task.Model.ParamShapes()
	if len(params) != len(names) {
		return nil, fmt.Errorf("%w: %d parameter tensors for a model of %d", prooflearn.ErrMalformed, len(params), len(names))
	}
	for i, p := range params {
		n := 1
		for _, d := range shapes[i] {
			n *= d
		}
		if p.Name != names[i] || !slices.Equal(p.Shape, shapes[i]) || p.Len() != n || p.DType != task.ElemType() {
			return nil, fmt.Errorf("%w: parameter %d is %s %v %s, the model's is %s %v %s", prooflearn.ErrMalformed, i, p.Name, p.Shape, p.DType, names[i], shapes[i], task.ElemType())
		}
	}
	net, err := buildMLP(kernelsFor(task), task.Model, task.ElemType(), batch, params, false)
	if err != nil {
		return nil, err
	}
	return &Predictor{task: task, batch: batch, net: net}, nil
}

// Logits returns the logits for examples idx of data (len(idx) must be the
// predictor's batch), widened to float64, row-major: one row of
// Model.Classes per example for an MLP or CNN; for a transformer one row per
// position, Model.Context rows per example, row p predicting the token after
// the example's first p+1 tokens. The returned slice is the caller's.
func (p *Predictor) Logits(data Examples, idx []int) ([]float64, error) {
	if len(idx) != p.batch {
		return nil, fmt.Errorf("train: %d examples for a predictor of batch %d", len(idx), p.batch)
	}
	for _, i := range idx {
		if i < 0 || i >= data.Len() {
			return nil, fmt.Errorf("train: example %d of %d", i, data.Len())
		}
		if n := len(data.Pixels(i)); n != p.task.Model.Input {
			return nil, fmt.Errorf("%w: model.input is %d, example %d has %d features", prooflearn.ErrInvalidTask, p.task.Model.Input, i, n)
		}
	}
	p.net.load(data, idx)
	if err := p.net.run(); err != nil {
		return nil, err
	}
	switch d := p.net.exec.value(p.net.logits).Data().(type) {
	case []float32:
		out := make([]float64, len(d))
		for i, v := range d {
			out[i] = float64(v)
		}
		return out, nil
	case []float64:
		return append([]float64(nil), d...), nil
	default:
		return nil, fmt.Errorf("train: logits of type %T", d)
	}
}
