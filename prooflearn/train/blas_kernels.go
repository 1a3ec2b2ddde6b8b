package train

import (
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
)

// Kernels says which kernels this binary trains and replays the task with,
// for a binary's summary: prooflearn/kernels in deterministic mode whatever
// the build (its AVX2 assembly or pure Go, the same bits either way),
// prooflearn/fixed in fixed mode, gorgonia's operators on the BLAS the build
// selects in tolerant
// mode (gonum's pure Go by default, OpenBLAS with -tags openblas).
func Kernels(task *prooflearn.Task) string {
	if task.Mode == prooflearn.ModeFixed {
		return "fixed: prooflearn/fixed (Q15.16 integers, pure Go)"
	}
	if task.Model.Type == prooflearn.ModelCNN && task.Mode != prooflearn.ModeDeterministic {
		return "tolerant: prooflearn/kernels (" + kernels.Implementation() + "; a CNN runs the deterministic kernels in every mode)"
	}
	if task.Model.Type == prooflearn.ModelTransformer && task.Mode != prooflearn.ModeDeterministic {
		return "tolerant: prooflearn/kernels (" + kernels.Implementation() + "; a transformer runs the deterministic kernels in every mode)"
	}
	if kernelsFor(task) == deterministicKernels {
		return "deterministic: prooflearn/kernels (" + kernels.Implementation() + ")"
	}
	return "tolerant: gorgonia on " + tolerantBLAS()
}
