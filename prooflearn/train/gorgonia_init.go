package train

import "github.com/prooflearn/prooflearn/prooflearn"

// Gorgonia keeps package-level constant nodes (zero and one of each dtype,
// and a few more) that every graph's ReLU and backward pass add. Adding one
// computes and caches its hash the first time: a write, which races when
// two goroutines build their first graphs at once (two Verify or Calibrate
// calls in one process). The value written is the same either way, but a
// race is a race: building one small step graph of each dtype at start-up
// caches those hashes before any caller can run.
func init() {
	spec := prooflearn.ModelSpec{Type: "mlp", Input: 2, Hidden: []int{2}, Classes: 2}
	names, shapes := spec.ParamShapes()
	for _, dt := range []prooflearn.DType{prooflearn.Float32, prooflearn.Float64} {
		params := make([]prooflearn.Tensor, len(names))
		for i := range names {
			params[i] = prooflearn.NewTensor(names[i], dt, shapes[i]...)
		}
		if m, err := newMLP(spec, dt, 2, params, true); err == nil {
			m.vm.Close()
		}
	}
}
