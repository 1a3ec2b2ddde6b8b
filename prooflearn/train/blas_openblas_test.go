//go:build openblas

package train

import (
	"math"
	"strings"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/netlib/blas/netlib"
	G "gorgonia.org/gorgonia"
)

// The openblas build trains tolerant tasks on OpenBLAS and says so; the
// trajectory stays within the task's δ of the one gonum's BLAS gives, and
// deterministic tasks never reach a BLAS (their golden root is checked by
// TestGoldenDeterministicRoot in the same build).
func TestOpenBLASTolerantWithinDelta(t *testing.T) {
	if _, ok := G.WhichBLAS().(netlib.Implementation); !ok {
		t.Fatalf("gorgonia's BLAS is %T, want netlib's", G.WhichBLAS())
	}
	task, err := prooflearn.ReadTask("../../testdata/tasks/tiny.json")
	if err != nil {
		t.Fatal(err)
	}
	if k := Kernels(task); !strings.Contains(k, "OpenBLAS") {
		t.Errorf("Kernels(tolerant task) = %q, want it to name OpenBLAS", k)
	}
	split, err := dataset.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	run := func() *prooflearn.Checkpoint {
		tr, err := New(task, split.Train)
		if err != nil {
			t.Fatal(err)
		}
		for tr.Step() < task.CheckpointInterval {
			if _, err := tr.TrainStep(); err != nil {
				t.Fatal(err)
			}
		}
		return tr.Checkpoint()
	}
	withOpenBLAS := run()
	G.Use(gonum.Implementation{})
	withGonum := run()
	G.Use(netlib.Implementation{})
	var linf float64
	for i := range withGonum.Params {
		for j, v := range withGonum.Params[i].F32 {
			linf = math.Max(linf, math.Abs(float64(v-withOpenBLAS.Params[i].F32[j])))
		}
	}
	if linf == 0 || linf > task.Delta.LInf {
		t.Errorf("after %d steps OpenBLAS and gonum differ by L∞ %g; want > 0 and ≤ δ %g", task.CheckpointInterval, linf, task.Delta.LInf)
	}
}
