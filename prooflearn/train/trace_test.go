package train

import (
	"strings"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// TestTraceMatchesTrainer: the traced step computes the trainer's next state
// bit for bit, so a party's per-node trace is bound to its per-step states.
func TestTraceMatchesTrainer(t *testing.T) {
	data := newSynthetic(200)
	for _, c := range []struct{ dtype, opt string }{{"float32", "momentum"}, {"float32", "sgd"}, {"float64", "momentum"}} {
		for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
			task := syntheticTask(c.dtype, c.opt, data)
			task.Mode = mode
			tr, err := New(task, data)
			if err != nil {
				t.Fatal(err)
			}
			tc, err := NewTracer(task, data)
			if err != nil {
				t.Fatal(err)
			}
			state := tr.Checkpoint()
			for s := 0; s < 6; s++ {
				st, err := tc.Step(state, tr.Batch(s), nil)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := tr.TrainStep(); err != nil {
					t.Fatal(err)
				}
				want := tr.Checkpoint()
				if got := st.Next.LeafHash(); got != want.LeafHash() {
					t.Fatalf("%v step %d: traced next state differs from the trainer's", c, s)
				}
				if len(st.Outputs) != len(st.Nodes) {
					t.Fatalf("%d outputs for %d nodes", len(st.Outputs), len(st.Nodes))
				}
				for i, n := range st.Nodes {
					if len(n.Shape) != len(st.Outputs[i].Shape) {
						t.Fatalf("node %d %s shape %v, output %v", i, n.Op, n.Shape, st.Outputs[i].Shape)
					}
					for _, in := range n.Inputs {
						if in >= i {
							t.Fatalf("node %d reads later node %d", i, in)
						}
					}
				}
				state = st.Next
			}
			if s := tc.Nodes(0); len(s) == 0 {
				t.Fatal("no nodes")
			}
			tc.Close()
		}
	}
}

func TestStepNodesDeterministic(t *testing.T) {
	task := syntheticTask("float32", "momentum", newSynthetic(50))
	a, err := StepNodes(task, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := StepNodes(task, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatal("node counts differ")
	}
	for i := range a {
		if a[i].Op != b[i].Op || a[i].Name != b[i].Name || len(a[i].Inputs) != len(b[i].Inputs) {
			t.Fatalf("node %d differs: %+v vs %+v", i, a[i], b[i])
		}
	}
	for _, n := range a {
		t.Logf("%d %s %s in=%v shape=%v attr=%v scalar=%v state=%d", n.Index, n.Name, n.Op, n.Inputs, n.Shape, n.Attr, n.Scalar, n.State)
	}
}

// TestExecuteReproducesTrace: re-executing any one graph operator on its
// recorded inputs gives its recorded output, bit for bit.
func TestExecuteReproducesTrace(t *testing.T) {
	for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
		t.Run(mode, func(t *testing.T) { testExecute(t, mode) })
	}
}

func testExecute(t *testing.T, mode string) {
	data := newSynthetic(100)
	task := syntheticTask("float32", "momentum", data)
	task.Mode = mode
	tc, err := NewTracer(task, data)
	if err != nil {
		t.Fatal(err)
	}
	defer tc.Close()
	tr, err := New(task, data)
	if err != nil {
		t.Fatal(err)
	}
	st, err := tc.Step(tr.Checkpoint(), tc.Batch(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	executed := 0
	for i, n := range st.Nodes {
		switch {
		case n.Op == OpBatchX || n.Op == OpBatchY || n.Op == OpLoadState || n.Op == OpConst || n.Op == OpGrad ||
			n.Op == OpMomentumUpdate || n.Op == OpSGDUpdate || strings.HasPrefix(n.Name, "grad."):
			if _, err := tc.Execute(i, nil); err == nil {
				t.Fatalf("node %d (%s) executed without inputs", i, n.Op)
			}
			continue
		}
		var in []prooflearn.Tensor
		for _, j := range n.Inputs {
			in = append(in, st.Outputs[j])
		}
		out, err := tc.Execute(i, in)
		if err != nil {
			t.Fatalf("node %d (%s): %v", i, n.Op, err)
		}
		a, b := out.AppendCanonical(nil), st.Outputs[i].AppendCanonical(nil)
		if string(a) != string(b) {
			t.Fatalf("node %d (%s): re-execution differs from the trace", i, n.Op)
		}
		executed++
		if len(in) > 0 {
			if _, err := tc.Execute(i, in[:len(in)-1]); err == nil {
				t.Fatalf("node %d accepted a missing input", i)
			}
		}
	}
	if executed < 8 {
		t.Fatalf("only %d operators executed", executed)
	}
}
