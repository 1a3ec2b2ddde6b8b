package prooflearn

import "math"

// TensorSpec is one tensor a task's checkpoints must hold.
type TensorSpec struct {
	Kind  string // KindParams or KindOptimizer
	Name  string
	DType DType
	Shape []int
}

// Len is the number of elements.
func (s TensorSpec) Len() int {
	n := 1
	for _, d := range s.Shape {
		n *= d
	}
	return n
}

// CheckpointLayout lists every tensor a checkpoint of t holds, in canonical
// order: the parameters, then the optimizer buffers (one momentum buffer
// per parameter for "momentum"; for Adam and AdamW each parameter's first
// and then second moment, parameter by parameter; none for plain SGD). It is what a reader
// checks a checkpoint file's header against before reading its data, and
// what Checkpoint.CheckShape checks a decoded checkpoint against.
func (t *Task) CheckpointLayout() []TensorSpec {
	names, shapes := t.Model.ParamShapes()
	dt := t.ElemType()
	out := make([]TensorSpec, 0, 2*len(names))
	for i := range names {
		out = append(out, TensorSpec{KindParams, names[i], dt, shapes[i]})
	}
	for i, name := range t.OptimizerStateNames() {
		out = append(out, TensorSpec{KindOptimizer, name, dt, shapes[i/t.optimizerBuffers()]})
	}
	return out
}

// CheckpointPayloadBytes is the size of the tensor data a checkpoint of t
// holds (math.MaxInt64 if it overflows; Validate bounds a valid task's).
func (t *Task) CheckpointPayloadBytes() int64 {
	var total int64
	for _, s := range t.CheckpointLayout() {
		n := int64(s.DType.Size())
		for _, d := range s.Shape {
			if d < 0 || (d > 0 && n > math.MaxInt64/int64(d)) {
				return math.MaxInt64
			}
			n *= int64(d)
		}
		if total > math.MaxInt64-n {
			return math.MaxInt64
		}
		total += n
	}
	return total
}

// optimizerBuffers is the number of optimizer buffers per parameter.
func (t *Task) optimizerBuffers() int {
	switch {
	case t.Optimizer.Type == OptMomentum:
		return 1
	case t.Optimizer.IsAdam():
		return 2
	}
	return 0
}

// OptimizerStateNames lists the names of the optimizer's buffers in the
// checkpoint's order: "momentum.w0", "momentum.b0", … for momentum;
// "adam.m.w0", "adam.v.w0", "adam.m.b0", … for Adam and AdamW (the first
// moment m and the second moment v of each parameter in turn); none for
// plain SGD. Buffer j belongs to parameter j ÷ (buffers per parameter).
func (t *Task) OptimizerStateNames() []string {
	names, _ := t.Model.ParamShapes()
	var out []string
	for _, name := range names {
		switch {
		case t.Optimizer.Type == OptMomentum:
			out = append(out, MomentumPrefix+name)
		case t.Optimizer.IsAdam():
			out = append(out, AdamMPrefix+name, AdamVPrefix+name)
		}
	}
	return out
}
